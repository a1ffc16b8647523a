"""A box grown into a gutter's blank, short of the other column, still leaves two columns
apart in the XY-cut; and lines keeping to the columns' sides are no caption over them.

test16/page-10 (both reads): a four-column story whose last column's first line opens with a
comma, its box starting 40 px back into the 46 px gutter, 4 px (13 px read shrunk) past the
end of its row neighbour in the column before. No gap of a column gap ran from the story's
top to its foot, and the sliver look (`columns._sliver_crossed`) asked only the blank from the
last end to the next start, 4 px wide: the two columns were read row by row as one (seven
paragraphs lost at full size). Read shrunk, a row gap under the first four rows made those
rows a caption over the columns (`columns._text_over_columns`), read across. Now the blank
runs on past such a start (and back to where the rest of the column before ended, for a box
ending in it), the box one of the few across it; and lines over columns are a caption only
where one of them reaches across a gutter of the columns into both.
"""

from __future__ import annotations

from desktop.core.reflow.columns import BoxT, leaves, xy_cut
from tests.core.geometry_helpers import paragraph_column

PITCH = 25.0
LEFT = (60, 560)
RIGHT = (606, 1106)  # a 46 px gutter
H_GAP = 0.65 * 26
V_GAP = 0.6 * PITCH


def _boxes(height: int = 26) -> tuple[list[BoxT], list[BoxT]]:
    left, _ = paragraph_column(*LEFT, 200, 9, 0, pitch=PITCH, height=height)
    right, _ = paragraph_column(*RIGHT, 200, 9, 300, pitch=PITCH, height=height)
    return [(a, b, c, d) for a, b, c, d, _ in left], [(a, b, c, d) for a, b, c, d, _ in right]


def _leaves(left: list[BoxT], right: list[BoxT]) -> list[list[int]]:
    boxes = left + right
    root = xy_cut(list(range(len(boxes))), boxes, [-1] * len(boxes), H_GAP, V_GAP)
    return leaves(root)


def test_a_box_starting_in_the_gutter_short_of_the_column_before() -> None:
    left, right = _boxes()
    _, y0, x1, y1 = right[3]
    right[3] = (LEFT[1] + 5, y0, x1, y1)  # 41 px back into the gutter, 5 px past the end
    assert _leaves(left, right) == [list(range(9)), list(range(9, 18))]


def test_a_box_ending_in_the_gutter_short_of_the_column_after() -> None:
    left, right = _boxes()
    x0, y0, _, y1 = left[4]
    left[4] = (x0, y0, RIGHT[0] - 4, y1)  # 42 px into the gutter, 4 px short of the start
    assert _leaves(left, right) == [list(range(9)), list(range(9, 18))]


def test_rows_keeping_to_the_columns_sides_are_no_caption_over_them() -> None:
    # Rows a row gap apart (boxes 24 px tall, 36 apart): the first row, its right box
    # starting 5 px past the left one's end, is a row of the columns, not a caption set
    # across them to be read first, row by row.
    left, right = _boxes(height=24)
    _, y0, x1, y1 = right[0]
    right[0] = (LEFT[1] + 5, y0, x1, y1)
    assert _leaves(left, right) == [list(range(9)), list(range(9, 18))]


def test_a_line_set_across_the_columns_over_them_is_still_parted() -> None:
    # A caption's line reaching into both columns, over them: read before them.
    left, right = _boxes(height=24)
    caption: BoxT = (LEFT[0] + 100, 160, RIGHT[1] - 100, 184)
    parts = _leaves([caption, *left], right)
    assert parts[0] == [0]
    assert parts[1:] == [list(range(1, 10)), list(range(10, 19))]
