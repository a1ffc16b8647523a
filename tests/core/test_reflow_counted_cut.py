"""A run-on box's character shared out onto the wrong side of a gutter goes back where its
columns' lines count it.

A run-on box is cut at the gutters its neighbours show, its characters shared out by the
box's own pitch. Where the column before a gutter ends most of its lines short of its edge
(digits set narrow, a line's end), the gutter is taken to start there, and the part before it
gets one character too few, the part after it one too many (test20/page-11 read shrunk:
``…果敢地区`` | ``依实施…``, 13 and 15 characters in columns of 14; test20full/page-09). A
story's columns are set at one measure: the part one character over its column's full line
gives that character to the part that has room for it (``gutters._counted_parts``).
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import split_across_gutters
from desktop.core.reflow.text import cells
from tests.core.geometry_helpers import pool_text

CHAR = 24.0
LEAD = 36.0
HEIGHT = 26.0
LEFT = 60.0
WIDE = 14  # characters a column
RIGHT = LEFT + (WIDE + 2) * CHAR  # a gutter of two characters
TOP = 100.0


def _box(text: str, x0: float, y0: float, width: float | None = None) -> OcrLine:
    w = CHAR * cells(text) if width is None else width
    return OcrLine(text, Box(x0, y0, x0 + w, y0 + HEIGHT), 0.99)


def _story() -> tuple[OcrPage, str, str]:
    """A story in two columns of six rows, its first row boxed as one line over both (14
    characters a column); of
    the left column's other lines, four hold three digits among their fourteen characters
    (boxed as long as their cells: they end short of the column's edge) and two are CJK
    characters alone; the right column's lines are CJK characters alone. The page, and the
    first row's two columns' texts."""
    left_text = pool_text(0, WIDE)
    right_text = pool_text(WIDE, WIDE)
    lines = [_box(left_text + right_text, LEFT, TOP, RIGHT + WIDE * CHAR - LEFT)]
    n = 2 * WIDE
    for row in range(1, 6):
        y0 = TOP + row * LEAD
        left = pool_text(n, WIDE) if row in (2, 4) else pool_text(n, WIDE - 3) + "123"
        lines += [_box(left, LEFT, y0), _box(pool_text(n + WIDE, WIDE), RIGHT, y0)]
        n += 2 * WIDE
    return OcrPage("p.json", "paddle-json", tuple(lines)), left_text, right_text


def _first_row(page: OcrPage) -> list[str]:
    return [
        ln.text
        for ln in split_across_gutters(page).lines
        if ln.box is not None and abs(ln.box.y0 - TOP) < 1
    ]


def test_a_part_one_character_over_its_column_gives_it_back() -> None:
    page, left, right = _story()
    assert _first_row(page) == [left, right]
