"""Core errors in the interface's language: translation at the edge.

The core raises errors whose ``str()`` is one English line, ``path: problem``, and keeps the
problem as a template with its values (:class:`desktop.core.errors.Problem`). Every place the
window shows a core error goes through :func:`error_text` (or :func:`problem_text` for an
import report's line): the template is translated in context :data:`CONTEXT`, the values (file
names, numbers, quoted input) go in as they are, and a template without a translation, or with
a broken one, stays English. The templates are listed for pyside6-lupdate in
:mod:`desktop.gui.error_templates`, which ``python -m desktop.gui.error_text`` writes from the
core (``resources/translations/update.sh`` runs it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import NewsdeskError, Problem, all_templates
from desktop.core.records import ImportProblem
from desktop.gui import i18n

CONTEXT = "errors"
LISTING = Path(__file__).with_name("error_templates.py")


def translate_template(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _swap_tail(message: str, detail: Problem | None) -> str:
    """``message`` with its ending problem in the interface's language (the part before it,
    the file's name, kept as it is)."""
    if detail is None:
        return message
    english = str(detail)
    if not message.endswith(english):
        return message
    place = message[: len(message) - len(english)]
    problem = detail.render(translate_template)
    if place.endswith(": ") and len(place) > 2 and problem != english:
        # "page.json: …", in Chinese "page.json：…" (a problem left English keeps ": ")
        return i18n.join_quote(place[:-2], problem)
    return place + problem


def error_text(exc: BaseException) -> str:
    """The one line to show for ``exc``: a core error translated, anything else as it is."""
    message = str(exc)
    if isinstance(exc, NewsdeskError):
        return _swap_tail(message, exc.detail)
    return message


def problem_text(problem: ImportProblem) -> str:
    """An import report's problem line, translated like :func:`error_text`."""
    return _swap_tail(problem.message, problem.detail)


def listing() -> str:
    """The source of :mod:`desktop.gui.error_templates`: every core template, for lupdate."""
    lines = [
        '"""The core\'s error templates, listed for pyside6-lupdate (context "errors").',
        "",
        "Written by ``python -m desktop.gui.error_text`` (resources/translations/update.sh runs",
        "it) from :func:`desktop.core.errors.all_templates`: do not edit by hand.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "from desktop.gui.models.roles import QT_TRANSLATE_NOOP",
        "",
        "TEMPLATES = (",
    ]
    for template in all_templates():
        lines.append(f'    QT_TRANSLATE_NOOP("{CONTEXT}", {_literal(template.text)}),')
    lines.append(")")
    return "\n".join(lines) + "\n"


def _literal(text: str) -> str:
    """A double-quoted Python literal (what lupdate reads best)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> int:
    LISTING.write_text(listing(), encoding="utf-8")
    print(f"{LISTING}: {len(all_templates())} templates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
