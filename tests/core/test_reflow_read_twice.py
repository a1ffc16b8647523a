"""A box reaching a sliver into its row neighbour's, the character there read into both, is
trimmed back to its column all the same.

``overlaps.trim_overlaps`` trims a box reaching a sliver into the next column's line back to
its column's edge only where its characters still fit there. A detector reading a page shrunk
boxed a column's line 7 px into the next column's first character and read that character
into both boxes (test20/page-07: ``…限制到中`` | ``中国发展…``): fifteen characters for a
column of fourteen did not fit, the box stayed, and the row's two boxes overlapping hid the
gutter, the columns read row by row. The character both boxes hold is room neither needs
(``overlaps._read_twice``).
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.overlaps import trim_overlaps
from tests.core.geometry_helpers import pool_text

CHAR = 24.0
LEAD = 36.0
HEIGHT = 26.0
LEFT = 60.0
WIDE = 14  # characters a column
RIGHT = LEFT + (WIDE + 2) * CHAR  # a gutter of two characters
ROW = 3  # the row whose left box reaches into the right one


def _page(last: str) -> OcrPage:
    """Two columns of seven rows of fourteen characters; on ROW the left line's box runs on
    to 7 px past the right column's start, holding ``last`` after its fourteen characters,
    and the right line opens with the character 中."""
    lines: list[OcrLine] = []
    n = 0
    for row in range(7):
        y0 = 100 + row * LEAD
        left, right = pool_text(n, WIDE), pool_text(n + WIDE, WIDE)
        n += 2 * WIDE
        if row == ROW:
            right = "中" + right[1:]
            lines.append(OcrLine(left + last, Box(LEFT, y0, RIGHT + 7, y0 + HEIGHT), 0.99))
        else:
            lines.append(OcrLine(left, Box(LEFT, y0, LEFT + WIDE * CHAR, y0 + HEIGHT), 0.99))
        lines.append(OcrLine(right, Box(RIGHT, y0, RIGHT + WIDE * CHAR, y0 + HEIGHT), 0.99))
    return OcrPage("p.json", "paddle-json", tuple(lines))


def _left_end(page: OcrPage) -> float:
    box = trim_overlaps(page).lines[2 * ROW].box
    assert box is not None
    return box.x1


def test_a_box_holding_its_neighbour_s_first_character_again_is_trimmed_to_its_column() -> None:
    assert _left_end(_page("中")) == LEFT + WIDE * CHAR


def test_a_box_holding_a_character_of_its_own_there_stays() -> None:
    assert _left_end(_page("玄")) == RIGHT + 7
