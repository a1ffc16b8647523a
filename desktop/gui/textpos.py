"""THE one place that converts between Python code points and Qt's UTF-16 positions.

The core stores offsets as code points (``str`` indexes); ``QTextCursor.position()`` counts
UTF-16 code units, in which a character outside the BMP (𠮷, CJK Extension B) takes two.
Every Qt widget that shows article or page text converts through :class:`TextPositions`.
"""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class TextPositions:
    """Position conversion for one text; O(log n) per call, O(1) when the text is all BMP."""

    __slots__ = ("_astral", "_astral16", "_length")

    def __init__(self, text: str) -> None:
        #: code point indexes of the astral characters, and their UTF-16 positions
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral16 = [cp + k for k, cp in enumerate(self._astral)]
        self._length = len(text)

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)

    def to_utf16(self, cp: int) -> int:
        """UTF-16 position of code point index ``cp`` (0..len(text))."""
        if not self._astral:
            return cp
        return cp + bisect.bisect_left(self._astral, cp)

    def to_codepoint(self, u16: int, *, round_up: bool = False) -> int:
        """Code point index of UTF-16 position ``u16``.

        A position inside a surrogate pair snaps to the start of its character, or past it
        with ``round_up`` (use that for the end of a selection, so it covers the character).
        """
        if not self._astral:
            return u16
        k = bisect.bisect_left(self._astral16, u16)  # astral characters starting before u16
        if k and u16 == self._astral16[k - 1] + 1:  # inside a pair
            return self._astral[k - 1] + (1 if round_up else 0)
        return u16 - k

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        return self.to_utf16(start), self.to_utf16(end)

    def span_to_codepoints(self, start16: int, end16: int) -> tuple[int, int]:
        lo, hi = sorted((start16, end16))
        return self.to_codepoint(lo), self.to_codepoint(hi, round_up=True)


def to_utf16(text: str, cp: int) -> int:
    return TextPositions(text).to_utf16(cp)


def to_codepoint(text: str, u16: int) -> int:
    return TextPositions(text).to_codepoint(u16)
