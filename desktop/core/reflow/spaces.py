"""Rows -> clean text with a source map: which spaces go, which one stays.

Paragraphs lose every space except one between two Latin words (or a word and a number):
justification spaces, spaces between Chinese characters, between Chinese and digits or
punctuation, inside quotes and inside numbers with units all go. Headline rows keep one ASCII
space between phrases; bylines keep one space between words ("本报讯（记者 某某）").

Every character produced maps to the raw offset it came from; a kept space maps to the first
raw whitespace character it stands for. Rows are joined with nothing in between, except a space
(mapped to the raw line end) where a Latin word ends one row and another begins the next (a
Latin word is never broken over two lines in a Chinese column; a number may be).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from typing import Literal

from desktop.core.reflow.rows import Row
from desktop.core.reflow.text import has_phrase_space, is_cjk

Mode = Literal["para", "heading", "byline"]

_SPACE = re.compile(r"\s")
#: The ASCII letters: a character both ``isascii()`` and ``isalpha()`` (not "", nor a digit).
_LATIN_LETTERS = frozenset(string.ascii_letters)


class Emitted:
    """Text under construction: its pieces, in order, and each character's raw offset.

    A row without spaces goes in as one piece (its string as it is), not a string a
    character: a page's blocks hold some 200k characters, and a one-character string each,
    built and joined again, was most of the text's cost. ``offsets`` holds one offset a
    character of the pieces, so it is empty exactly when the text is."""

    __slots__ = ("offsets", "parts")

    def __init__(self) -> None:
        #: Non-empty strings; joined, the text.
        self.parts: list[str] = []
        self.offsets: list[int] = []

    def text(self) -> str:
        return "".join(self.parts)

    def last(self) -> str:
        """The text's last character, "" while there is none."""
        return self.parts[-1][-1] if self.parts else ""


def _latin_gap(left: str, right: str) -> bool:
    return (
        left.isascii()
        and right.isascii()
        and left.isalnum()
        and right.isalnum()
        and (left.isalpha() or right.isalpha())
    )


def _word_gap(left: str, right: str) -> bool:
    return left.isalnum() and right.isalnum()


def _phrase_gap(left: str, right: str) -> bool:
    return _latin_gap(left, right) or (is_cjk(left) and is_cjk(right))


def emit(raw: str, rows: Sequence[Row], mode: Mode) -> Emitted:
    """The clean text of ``rows`` (one paragraph, heading line or byline) and its source map."""
    out = Emitted()
    parts, offsets = out.parts, out.offsets
    has_space = _SPACE.search
    for n, row in enumerate(rows):
        text = row.text
        # A Latin word ending one row and another opening the next keep a space between them.
        # (The row's opening letter asked first: most rows open with a CJK character.)
        if n and text[:1] in _LATIN_LETTERS:
            joint = rows[n - 1].end
            if out.last() in _LATIN_LETTERS and raw[joint : joint + 1].isspace():
                parts.append(" ")
                offsets.append(joint)
        # (A row without whitespace, most rows, goes in whole, as :func:`_emit_row` puts it,
        # without the call or the choice of spaces to keep: it has none.)
        if not has_space(text):
            if text:
                parts.append(text)
                offsets.extend(range(row.start, row.end))
            continue
        keep = _latin_gap
        if mode == "byline":
            keep = _word_gap
        elif mode == "heading" and has_phrase_space(row.text):
            keep = _phrase_gap
        _emit_row(raw, row, keep, out)
    return out


def emit_range(raw: str, start: int, end: int, mode: Mode) -> Emitted:
    """Like :func:`emit` for a bare raw range (a byline cut from the front of a row)."""
    out = Emitted()
    keep = _word_gap if mode == "byline" else _latin_gap
    row = Row(line=-1, start=start, end=end, text=raw[start:end], blank_before=False)
    _emit_row(raw, row, keep, out)
    return out


def _emit_row(raw: str, row: Row, keep: Callable[[str, str], bool], out: Emitted) -> None:
    text = row.text
    if not _SPACE.search(text):
        if text:
            out.parts.append(text)
            out.offsets.extend(range(row.start, row.end))
        return
    space_at = -1
    last = out.last()
    for i, ch in enumerate(text):
        if ch.isspace():
            if space_at < 0:
                space_at = row.start + i
            continue
        if space_at >= 0:
            if last and keep(last, ch):
                out.parts.append(" ")
                out.offsets.append(space_at)
            space_at = -1
        out.parts.append(ch)
        out.offsets.append(row.start + i)
        last = ch
