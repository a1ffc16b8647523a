"""A box trimmed back from its row neighbour's, no line showing its column's edge, stands a
column gap clear of it.

``overlaps.trim_overlaps`` trims a box that reaches a sliver into its row neighbour's back to
where the lines over and under it start; where none does, it trimmed it to the neighbour's
edge, and the two boxes touched: no gap stood between them, and the row hid the gutter, its
columns read row by row across (test10/page-08, read shrunk: a story's first row, its second
column's box stretched back 64 px into the first's end, no line near it in that column). It
is trimmed a character clear of the neighbour, as far as its characters allow
(``overlaps._clear_of``).
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.overlaps import trim_overlaps
from tests.core.geometry_helpers import pool_text

CHAR = 24.0
HEIGHT = 26.0
ROW = 900.0


def _page(spare: float) -> OcrPage:
    """A body column (twelve lines of twenty characters, x 1400-1880) and, alone on its
    row, a box of 22 characters (x 100-628) and one of 24 starting 8 px inside it, boxed
    ``spare`` px wider than its characters at the body's pitch."""
    lines = [
        OcrLine(
            pool_text(20 * k, 20), Box(1400, 100 + 36 * k, 1400 + 20 * CHAR, 126 + 36 * k), 0.99
        )
        for k in range(12)
    ]
    left = OcrLine(pool_text(300, 22), Box(100, ROW, 100 + 22 * CHAR, ROW + HEIGHT), 0.99)
    start = 100 + 22 * CHAR - 8
    right = OcrLine(
        pool_text(330, 24), Box(start, ROW, start + 24 * CHAR + spare, ROW + HEIGHT), 0.99
    )
    return OcrPage("p.json", "paddle-json", (*lines, left, right))


def _right_start(spare: float) -> float:
    box = trim_overlaps(_page(spare)).lines[-1].box
    assert box is not None
    return box.x0


def test_a_stretched_box_is_trimmed_a_character_clear_of_its_neighbour() -> None:
    assert abs(_right_start(48) - (100 + 23 * CHAR)) < 1


def test_no_further_than_its_characters_allow() -> None:
    # (Twelve px to spare over the 8 it overlaps: trimmed to where its characters start,
    # a quarter character of slack before it.)
    assert abs(_right_start(20) - (100 + 22 * CHAR - 8 + 20 - CHAR / 4)) < 1
