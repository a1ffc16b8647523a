"""The one rule for a label's name, whoever creates it: the window's "new label" and a dataset
import (issue 12, item 13). A dataset used to create any label it named (markup, spaces,
10,000 characters) while the window refused a space.

A name is one word: 1-:data:`MAX_LENGTH` characters, no white space, no control or format
characters, none of ``<>&"'`` (a name is shown in labels, tooltips and exported XML
configs). :data:`MAX_NEW_PER_IMPORT` bounds how many labels one dataset import may add.
"""

from __future__ import annotations

import unicodedata

from desktop.core.errors import Problem, Template

MAX_LENGTH = 32
MAX_NEW_PER_IMPORT = 50
_MARKUP = frozenset("<>&\"'")


NEEDS_NAME = Template("a label needs a name")
TOO_LONG = Template("a label name has at most {limit} characters, not {length}")
HAS_SPACE = Template("use one word without spaces")
MARKUP_CHAR = Template("{char} is not allowed in a label name")
CONTROL_CHAR = Template("character U+{code} is not allowed in a label name")


def label_problem(name: str) -> Problem | None:
    """Why ``name`` cannot be a label's name, or None when it can."""
    if not name:
        return NEEDS_NAME()
    if len(name) > MAX_LENGTH:
        return TOO_LONG(limit=MAX_LENGTH, length=len(name))
    for ch in name:
        if ch.isspace():
            return HAS_SPACE()
        if ch in _MARKUP:
            return MARKUP_CHAR(char=repr(ch))
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            return CONTROL_CHAR(code=f"{ord(ch):04X}")
    return None


def shown(name: str, limit: int = 40) -> str:
    """``name`` for a one-line message: quoted, cut, escapes for what is not printable."""
    text = name if len(name) <= limit else name[:limit] + "…"
    return ascii(text) if not text.isprintable() else repr(text)
