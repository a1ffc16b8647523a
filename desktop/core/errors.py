"""Errors the user can act on. Their ``str()`` is one line that names the file and the problem.

Anything else that escapes is our bug, not the user's environment.

The problem part of each line comes from a :class:`Template`: English text with named
``{fields}``, a module-level constant next to the code that raises it. The error keeps the
template and its field values (a :class:`Problem`) beside the English line, so that an interface
in another language can translate the template and fill in the same values (translation at the
edge: the core and the CLI only ever speak English, and need no Qt). A field's value may itself
be a :class:`Problem` (a phrase that is translated too), or plain text kept as it is (file names,
numbers, quoted input).
"""

from __future__ import annotations

import string
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Problem:
    """A template filled with values; ``str()`` is the English text. Picklable (it crosses the
    import pool's process boundary inside an :class:`~desktop.core.records.ImportProblem`)."""

    template: str
    fields: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return self.render(lambda text: text)

    def render(self, translate: Callable[[str], str]) -> str:
        """The text in another language: ``translate`` maps a template's English text to its
        translation (itself when it has none). A translation that names a field the template
        lacks, or is otherwise malformed, gives way to the English text rather than fail."""
        values = {
            key: value.render(translate) if isinstance(value, Problem) else value
            for key, value in self.fields
        }
        translated = translate(self.template)
        if translated and translated != self.template:
            try:
                return translated.format(**values)
            except (KeyError, IndexError, ValueError):
                pass
        return self.template.format(**values)


def template_fields(text: str) -> frozenset[str]:
    """The names of the ``{fields}`` in ``text`` (a template's or a translation's)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)


_REGISTRY: list[Template] = []


def all_templates() -> tuple[Template, ...]:
    """Every template the core defines (each module imported, so none is missed), by module:
    what a translation must cover."""
    import importlib
    import pkgutil

    import desktop.core

    for module in pkgutil.walk_packages(desktop.core.__path__, "desktop.core."):
        importlib.import_module(module.name)
    first: dict[str, Template] = {}  # a text defined in two modules is listed once
    for t in sorted(_REGISTRY, key=lambda t: (t.module, t.text)):
        if t.module.startswith("desktop.core."):
            first.setdefault(t.text, t)
    return tuple(first.values())


class Template:
    """English problem text with named ``{fields}``; calling it fills them into a
    :class:`Problem`. Write the text as a literal (the GUI's list of templates for translators
    is gathered from the source by ``desktop.gui.error_templates``)."""

    __slots__ = ("fields", "module", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.fields = template_fields(text)
        #: the module that defined it (the core's own are what translators must cover)
        self.module = str(sys._getframe(1).f_globals.get("__name__", ""))
        _REGISTRY.append(self)

    def __call__(self, **values: object) -> Problem:
        if set(values) != self.fields:
            raise TypeError(
                f"template {self.text!r} takes {sorted(self.fields)}, not {sorted(values)}"
            )
        return Problem(self.text, tuple(values.items()))

    def __repr__(self) -> str:
        return f"Template({self.text!r})"


def as_problem(problem: str | Template | Problem) -> Problem:
    """A problem from what a raising site passes: a filled template, a template without fields,
    or (not yet converted, or our own wording passed through) plain English text."""
    if isinstance(problem, Problem):
        return problem
    if isinstance(problem, Template):
        return problem()
    return Problem(str(problem).replace("{", "{{").replace("}", "}}"))


class NewsdeskError(Exception):
    """Base for errors shown to the user as one line.

    ``detail`` is the problem as a :class:`Problem` (template and values); ``str()`` of the
    error ends with ``str(detail)``, so an interface can swap that tail for its translation.
    """

    detail: Problem

    def __init__(self, message: str | Template | Problem = "") -> None:
        self.detail = as_problem(message)
        super().__init__(str(self.detail))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.detail,))


class _PathError(NewsdeskError):
    """An error about one file: ``path: problem``."""

    def __init__(self, path: str, problem: str | Template | Problem) -> None:
        detail = as_problem(problem)
        Exception.__init__(self, f"{path}: {detail}")
        self.detail = detail
        self.path = path
        self.problem = str(detail)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.detail))


class PageError(_PathError):
    """A page file that cannot be read as text (binary, undecodable, empty, too large)."""


class ProjectError(_PathError):
    """A project file that cannot be used (not a project, newer version, locked, damaged)."""


class EditError(NewsdeskError):
    """An edit that would break an invariant (quote mismatch, bad offsets, unknown label)."""


class DatasetError(_PathError):
    """A dataset file (doccano, Label Studio) that cannot be imported."""


# The system's reasons for refusing a file, as Python gives them (strerror, in English).
PERMISSION_DENIED = Template("Permission denied")
NO_SUCH_FILE = Template("No such file or directory")
IS_A_DIRECTORY = Template("Is a directory")
NO_SPACE = Template("No space left on device")
READ_ONLY_FS = Template("Read-only file system")
_OS_REASONS = {
    t.text: t for t in (PERMISSION_DENIED, NO_SUCH_FILE, IS_A_DIRECTORY, NO_SPACE, READ_ONLY_FS)
}


def os_reason(exc: OSError, default: str | Template = "") -> Problem:
    """The system's reason for ``exc`` as a problem (translated when it is a common one), or
    ``default`` when it gives none, else the exception's class name."""
    text = exc.strerror or ""
    if text in _OS_REASONS:
        return _OS_REASONS[text]()
    if text:
        return as_problem(text)
    return as_problem(default or exc.__class__.__name__)
