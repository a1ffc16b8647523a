"""Character classes and widths: the few facts about Chinese print that every rule uses.

Widths are in print cells: a CJK character or full-width punctuation mark is one cell, an ASCII
character about half a cell (digits and Latin letters are set half-width in a CJK column).
"""

from __future__ import annotations

import functools
import itertools
import re

#: Marks that end a sentence. A line ending in one of them (optionally followed by a closing
#: quote or bracket) can end a paragraph; a line ending otherwise cannot.
FINAL = frozenset("。！？!?…")
CLOSERS = frozenset("”’」』）)》〉】〕］\"'")
#: Marks that open a quote or bracket.
OPENERS = frozenset("“‘「『（(《〈【〔［")


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph (BMP blocks and the supplementary planes, e.g. 𠮷)."""
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
        or code == 0x3007
    )


# Every layout pass measures every line, several times over. Most lines hold no ASCII at all:
# their width is their count of characters, found in C (``str.split()`` drops exactly the
# characters ``str.isspace()`` calls space, and so does ``\s`` in a str pattern). Lines with
# ASCII are summed character by character in their order, as floats must be for the sums to
# come out bit for bit the same.
#: A character set at no one width (Latin letters, digits, ASCII marks and spaces).
NARROW = re.compile(r"[\x00-\x7f]")
#: The characters ``\s`` matches in a str pattern (those ``str.isspace()`` calls space), as a
#: character class's ranges: searched for in every line's text, the class of their code
#: points is tested faster than ``\s``'s look-up of each character's category (a third less
#: a search). ``tests/core/test_reflow_fast_paths.py`` checks it against ``\s`` over every
#: code point.
SPACES = "\t-\r\x1c- \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_ASCII_OR_SPACE = re.compile(f"[\x00-\x7f{SPACES}]")

_WORD_SPACE = re.compile(r"(?<=[A-Za-z0-9])\s+(?=[A-Za-z0-9])")


def width(text: str) -> float:
    """Print width of ``text`` in cells: OCR spaces count nothing, a space between words half."""
    ink = "".join(text.split())
    # Half a cell an ASCII character, a whole one any other: a sum of halves and wholes is
    # exact in any order, so counted rather than added up a character at a time (encoding
    # to ASCII, non-ASCII characters left out, keeps one byte an ASCII character).
    total = len(ink) - 0.5 * len(ink.encode("ascii", "ignore"))
    if " " in text:
        total += 0.5 * len(_WORD_SPACE.findall(text))
    return total


#: The cells an ASCII character (a Latin letter, a digit, a straight quote) takes in a
#: detector's box, against a CJK character's one (:func:`cells`).
NARROW_CELL = 0.6

#: Lines (and parts of lines) whose cells are remembered: a big page's lines and the parts its
#: cutting tries, many times over.
CELLS_MEMO = 1 << 16


# Memoised: every box pass asks each line's cells again (84k calls for a 10k-box page, a line
# of digits summed character by character each time); the count depends on the text alone.
# ``reflow_page`` empties the memo at each page's start, so a page's time is its own.
@functools.lru_cache(maxsize=CELLS_MEMO)
def cells(text: str) -> float:
    """Character cells of a line's ink as a CJK font sets it in a detector's box (the box
    passes' measure of pitch): Latin letters and digits about 0.6 of a CJK character."""
    if text and _ASCII_OR_SPACE.search(text) is None:
        return float(len(text))  # (a sum of whole cells is exact in any order)
    ink = "".join(text.split())
    if ink and NARROW.search(ink) is None:
        return float(len(ink))
    # (A loop rather than sum() over a generator: a fifth faster, the same additions in the
    # same order; 0 when there is no ink, as sum() of nothing gave.)
    total: float = 0
    for ch in ink:
        total += NARROW_CELL if ch < "\x80" else 1.0
    return total


def ends_sentence(text: str) -> bool:
    """True when the last non-space character closes a sentence (。 or 。” and the like)."""
    stripped = text.rstrip()
    i = len(stripped) - 1
    while i >= 0 and stripped[i] in CLOSERS:
        i -= 1
    return i >= 0 and stripped[i] in FINAL


_CLAUSE = re.compile("[，。；：、,;:]")


def has_phrase_space(text: str) -> bool:
    """True when spaces separate headline phrases ("锐意创新谋改革 心无旁骛促转型").

    Justification spaces sit between single characters ("制 造 业") or next to numbers; a phrase
    space separates phrases of at least three characters, CJK at both sides of the space, with
    no clause punctuation inside (that would be a sentence with a stray space).
    """
    tokens = text.split()
    if len(tokens) < 2 or len(tokens) > 6:
        return False
    if any(len(t) < 3 or _CLAUSE.search(t) for t in tokens):
        return False
    for left, right in itertools.pairwise(tokens):
        if not (is_cjk(left[-1]) and is_cjk(left[-2]) and is_cjk(right[0]) and is_cjk(right[1])):
            return False
        if _DATELINE_END.search(left):
            return False  # "北京6月12日讯 魅视科技…": the gap after a dateline opens a sentence
    return True


_DATELINE_END = re.compile(r"[0-9０-９一二三四五六七八九十]日[讯电]$")


_KICKER_END = re.compile(r"(强调|指出|要求|表示|提出|时说|审议|调研|考察|督导|讲话|寄语|致辞)$")


def ends_like_kicker(text: str) -> bool:
    """True for a line ending in a reporting verb, as kickers do ("…审议时强调")."""
    return bool(_KICKER_END.search(text.rstrip()))


_CJK_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]{2,}")


def bigrams(text: str) -> list[str]:
    """Pairs of adjacent CJK characters: the unit of topic similarity (no word list needed)."""
    grams: list[str] = []
    for run in _CJK_RUN.findall(text):
        grams.extend(map(str.__add__, run, run[1:]))
    return grams
