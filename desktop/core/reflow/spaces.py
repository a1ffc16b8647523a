"""Rows -> clean text with a source map: which spaces go, which one stays.

The rule looks at the characters either side of each space (and of each line join), never at
the page's language, so that Chinese and Latin-script text on one page each read right.

Paragraphs lose every space next to a CJK character or full-width mark: justification spaces,
spaces between Chinese characters, between Chinese and digits or punctuation all go. A space
between two words of a script set with word spaces (Latin letters, with their accents and
ligatures such as ﬁ, or a word and a number) stays, as one space: looked for through the
punctuation next to the space ("bank, and", "mind (as", "Alice ‘Without", "and — then"),
but never before closing punctuation (",.;:!?)]}’”") nor after an opening bracket or quote.
Two numbers keep no space ("1 539" -> "1539"). Headline rows keep one ASCII space between
phrases; bylines keep one space between words ("本报讯（记者 某某）").

Every character produced maps to the raw offset it came from; a kept space maps to the first
raw whitespace character it stands for. Rows are joined with nothing in between, except a space
(mapped to the raw line end) where a word ends one row and another begins the next (two
letters, through punctuation as above; a letter and a number only when neither row's word
there holds a CJK character: a number may be broken over two lines of a Chinese column). A
line-end hyphen after a lowercase letter, before a row opening with a lowercase letter, is a
word broken over the lines: it is dropped ("aver-" + "age" -> "average") and recorded
(:attr:`Emitted.hyphens`, then a ``hyphen`` :class:`~desktop.core.model.Marker`), so no raw
character is lost; any other line-end hyphen or dash stays, with no space ("Rabbit-" + "Hole",
"COVID-" + "19"). (So a real compound broken at its hyphen, "book-" + "shelves", reads
"bookshelves": the usual typesetter's rule, which cannot tell the two apart.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Literal, Protocol

from desktop.core.model import Marker
from desktop.core.reflow.rows import Row
from desktop.core.reflow.text import SPACES, has_phrase_space, is_cjk

Mode = Literal["para", "heading", "byline"]


class Piece(Protocol):
    """What :func:`emit` reads of a row: ``raw[start:end]`` trimmed, as ``text``. The text
    reflow's :class:`~desktop.core.reflow.rows.Row` is one; so is the geometric layout's
    lighter row of a boxed line (:class:`~desktop.core.reflow.stories.LineRow`)."""

    start: int
    end: int
    text: str


#: ``\s``, as the class of its characters (:data:`~desktop.core.reflow.text.SPACES`).
_SPACE = re.compile(f"[{SPACES}]")

#: From here on the scripts set without word spaces (CJK, kana, hangul, their marks and the
#: full-width forms), apart from the Latin and other ligatures (:func:`_kind`).
_WIDE_FROM = "\u2e80"
_LIGATURES_FROM, _LIGATURES_TO = "\ufb00", "\ufb4f"
#: What a character says about a space next to it (:func:`_kind`).
_WIDE, _LETTER, _DIGIT, _MARK = 0, 1, 2, 3
#: Latin marks set against the word before them, never after a space.
ATTACH_LEFT = frozenset(",.;:!?)]}\u2019\u201d")
#: Latin marks set against the word after them, never before a space.
ATTACH_RIGHT = frozenset("([{\u2018\u201c\u201e")
#: Marks that break a word at a line end: the hyphen-minus, the soft hyphen, the hyphen, the
#: double oblique hyphen of Fraktur print and the ¬ some OCR reads it as.
HYPHENS = frozenset("-\u00ad\u2010\u2e17\u00ac")
#: Hyphens and dashes: a line ending or starting with one joins the next with no space.
DASHES = HYPHENS | frozenset("\u2011\u2012\u2013\u2014\u2015")
#: Marks a word space may follow or precede in Latin print: a space next to one of them is
#: looked at through it (and through the spaces beyond). Any other mark (a slash, a middle
#: dot, a per cent sign: "W /m·K", "5.2 %") keeps no space, as next to a CJK character.
_SPACE_AFTER = ATTACH_LEFT | DASHES | frozenset("\"'\u2026")
_SPACE_BEFORE = ATTACH_RIGHT | DASHES | frozenset("\"'")
#: How far through marks and spaces a space looks for the word either side of it.
_REACH = 8


class Emitted:
    """Text under construction: its pieces, in order, and each character's raw offset.

    A row without spaces goes in as one piece (its string as it is), not a string a
    character: a page's blocks hold some 200k characters, and a one-character string each,
    built and joined again, was most of the text's cost. ``offsets`` holds one offset a
    character of the pieces, so it is empty exactly when the text is. ``hyphens`` holds the
    line-end hyphens dropped where a word broken over two lines was joined again."""

    __slots__ = ("hyphens", "offsets", "parts")

    def __init__(self) -> None:
        #: Non-empty strings; joined, the text.
        self.parts: list[str] = []
        self.offsets: list[int] = []
        self.hyphens: list[Marker] = []

    def text(self) -> str:
        return "".join(self.parts)

    def last(self) -> str:
        """The text's last character, "" while there is none."""
        return self.parts[-1][-1] if self.parts else ""

    def drop_last(self) -> None:
        """Take the text's last character off (a line-end hyphen)."""
        last = self.parts[-1]
        if len(last) > 1:
            self.parts[-1] = last[:-1]
        else:
            self.parts.pop()
        self.offsets.pop()

    def before_last(self) -> str:
        """The character before the last one, "" when there is none."""
        if not self.parts:
            return ""
        last = self.parts[-1]
        if len(last) > 1:
            return last[-2]
        return self.parts[-2][-1] if len(self.parts) > 1 else ""


def _kind(ch: str) -> int:
    """What ``ch`` says about a space next to it: a character of a script set without word
    spaces (:data:`_WIDE`, no space), a letter or a digit of one set with them, or a mark
    (punctuation, a symbol, a space: looked through)."""
    if ch >= _WIDE_FROM and not _LIGATURES_FROM <= ch <= _LIGATURES_TO:
        return _WIDE
    if ch.isalpha():
        return _LETTER
    if ch.isalnum():
        return _DIGIT  # digits and other numerals (½, ②)
    return _MARK


def _words(left: int, right: int) -> bool:
    """Whether a space between these kinds separates two words: two letters or a letter and
    a number (two numbers are one number broken by a justification space)."""
    return (left == _LETTER and right in (_LETTER, _DIGIT)) or (left == _DIGIT and right == _LETTER)


def _kind_before(out: Emitted) -> int:
    """The kind of the nearest letter, digit or wide character before the end of the text,
    through spaces and marks a word space may follow (at most :data:`_REACH` of them);
    :data:`_MARK` for none, or for another mark on the way."""
    looked = 0
    for part in reversed(out.parts):
        for ch in reversed(part):
            if ch not in _SPACE_AFTER and not ch.isspace():
                return _kind(ch)
            looked += 1
            if looked >= _REACH:
                return _MARK
    return _MARK


def _kind_after(text: str, i: int) -> int:
    """The kind of the nearest letter, digit or wide character from ``text[i]`` on, through
    spaces and marks a word space may precede (at most :data:`_REACH` of them);
    :data:`_MARK` for none, or for another mark on the way."""
    for ch in text[i : i + _REACH]:
        if ch not in _SPACE_BEFORE and not ch.isspace():
            return _kind(ch)
    return _MARK


def _spaced_gap(out: Emitted, text: str, i: int) -> bool:
    """Whether the space(s) before ``text[i]`` stay, as one, after the text so far."""
    left, right = out.last(), text[i]
    if right in ATTACH_LEFT or left in ATTACH_RIGHT:
        return False
    kl = _kind(left)
    if kl == _WIDE:
        return False
    kr = _kind(right)
    if kr == _WIDE:
        return False
    if kl == _MARK:
        kl = _kind_before(out)
    if kr == _MARK:
        kr = _kind_after(text, i)
    return _words(kl, kr)


def _word_gap(out: Emitted, text: str, i: int) -> bool:
    return out.last().isalnum() and text[i].isalnum()


def _phrase_gap(out: Emitted, text: str, i: int) -> bool:
    return _spaced_gap(out, text, i) or (is_cjk(out.last()) and is_cjk(text[i]))


def _holds_wide_before(out: Emitted) -> bool:
    """Whether the text's last word (back to a space) holds a wide character."""
    for part in reversed(out.parts):
        for ch in reversed(part):
            if ch.isspace():
                return False
            if _kind(ch) == _WIDE:
                return True
    return False


def _holds_wide_after(text: str) -> bool:
    """Whether the first word of ``text`` (up to a space) holds a wide character."""
    for ch in text:
        if ch.isspace():
            return False
        if _kind(ch) == _WIDE:
            return True
    return False


def join_rows(raw: str, joint: int, text: str, out: Emitted) -> None:
    """Join the row ``text`` to the text so far, the previous row ending at raw ``joint``:
    a space (mapped to ``joint``) between two words, a line-end hyphen dropped where it
    breaks a word (the module's rule); otherwise nothing."""
    left = out.last()
    if not left or (left >= _WIDE_FROM and not _LIGATURES_FROM <= left <= _LIGATURES_TO):
        return  # (the usual case on a Chinese page, asked first)
    first = text[0]
    if left in HYPHENS:
        before = out.before_last()
        if (
            first.islower()
            and before.islower()
            and _kind(first) == _LETTER
            and _kind(before) == _LETTER
        ):
            out.hyphens.append(Marker("hyphen", left, "", out.offsets[-1], out.offsets[-1] + 1))
            out.drop_last()
        return
    if first in DASHES or left in DASHES or first in ATTACH_LEFT or left in ATTACH_RIGHT:
        return
    if not raw[joint : joint + 1].isspace():
        return
    kl, kr = _kind(left), _kind(first)
    if kr == _WIDE:
        return
    if kl == _MARK:
        kl = _kind_before(out)
    if kr == _MARK:
        kr = _kind_after(text, 0)
    if kl == _LETTER and kr == _LETTER:
        pass
    elif not _words(kl, kr) or _holds_wide_before(out) or _holds_wide_after(text):
        return  # (a number broken over two lines of a Chinese column stays whole)
    out.parts.append(" ")
    out.offsets.append(joint)


def emit(raw: str, rows: Sequence[Piece], mode: Mode) -> Emitted:
    """The clean text of ``rows`` (one paragraph, heading line or byline) and its source map."""
    out = Emitted()
    parts, offsets = out.parts, out.offsets
    for n, row in enumerate(rows):
        text = row.text
        # A word ending one row and another opening the next keep a space between them; a
        # word broken at a hyphen is joined again. (The row's opening character asked first:
        # most rows open with a CJK character.)
        if n and text and (text[0] < _WIDE_FROM or _LIGATURES_FROM <= text[0] <= _LIGATURES_TO):
            join_rows(raw, rows[n - 1].end, text, out)
        # (A row without whitespace, most rows, goes in whole, as :func:`_emit_row` puts it,
        # without the call or the choice of spaces to keep: it has none.) (Told by
        # str.split(), which gives a text holding no whitespace back whole as its one word,
        # and splits at the characters :data:`_SPACE` matches, those str.isspace() calls
        # space: in C, without the regex engine's look at each character's class.)
        if not text:
            continue
        words = text.split()
        if len(words) == 1 and len(words[0]) == len(text):
            parts.append(text)
            offsets.extend(range(row.start, row.end))
            continue
        keep = _spaced_gap
        if mode == "byline":
            keep = _word_gap
        elif mode == "heading" and has_phrase_space(row.text):
            keep = _phrase_gap
        _emit_row(raw, row, keep, out)
    return out


def emit_range(raw: str, start: int, end: int, mode: Mode) -> Emitted:
    """Like :func:`emit` for a bare raw range (a byline cut from the front of a row)."""
    out = Emitted()
    keep = _word_gap if mode == "byline" else _spaced_gap
    row = Row(line=-1, start=start, end=end, text=raw[start:end], blank_before=False)
    _emit_row(raw, row, keep, out)
    return out


#: Whether the space(s) before ``text[i]`` stay, given the text so far.
Keep = Callable[[Emitted, str, int], bool]


def _emit_row(raw: str, row: Piece, keep: Keep, out: Emitted) -> None:
    text = row.text
    if not _SPACE.search(text):
        if text:
            out.parts.append(text)
            out.offsets.extend(range(row.start, row.end))
        return
    space_at = -1
    for i, ch in enumerate(text):
        if ch.isspace():
            if space_at < 0:
                space_at = row.start + i
            continue
        if space_at >= 0:
            if out.parts and keep(out, text, i):
                out.parts.append(" ")
                out.offsets.append(space_at)
            space_at = -1
        out.parts.append(ch)
        out.offsets.append(row.start + i)
