"""A gutter a box crosses by a sliver still parts two columns in the XY-cut.

probe12b: two columns of one story 31-37 px apart, and one line's box reaching 16-17 px across
the gutter into the other column (a character read from the gutter's blank at a line's end;
a loose box over a line with a number, starting left of its column), its characters filling
it at the page's pitch so that no trim took it back. No gap then ran from the story's top to
its foot, and the two columns were read row by row as one: every paragraph of both
interleaved. A gutter of a column gap or more that all lines but such a box or two keep to
parts the columns, each crossing box going to the column it stands in.
"""

from __future__ import annotations

from desktop.core.reflow.columns import BoxT, leaves, xy_cut
from tests.core.geometry_helpers import paragraph_column

PITCH = 25.0
LEFT = (60, 560)
RIGHT = (596, 1096)  # a 36 px gutter


def _leaves(
    reach_left: float, reach_right: float, row: int = 1, drop: bool = False
) -> list[list[int]]:
    """The XY-cut's leaves of two columns of nine rows, row ``row`` of the left column's box
    ending ``reach_right`` px into the right column, the same row of the right column's box
    starting ``reach_left`` px into the left one (0: no reach), or dropped (``drop``: the left
    one's box holds it)."""
    left, _ = paragraph_column(*LEFT, 200, 9, 0, pitch=PITCH)
    right, _ = paragraph_column(*RIGHT, 200, 9, 300, pitch=PITCH)
    if reach_right:
        x0, y0, _, y1, text = left[row]
        left[row] = (x0, y0, round(RIGHT[0] + reach_right), y1, text)
    if reach_left:
        _, y0, x1, y1, text = right[row]
        right[row] = (round(LEFT[1] - reach_left), y0, x1, y1, text)
    if drop:
        del right[row]
    boxes: list[BoxT] = [(a, b, c, d) for a, b, c, d, _ in left + right]
    ids = list(range(len(boxes)))
    root = xy_cut(ids, boxes, [-1] * len(boxes), 0.65 * 26, 0.6 * PITCH)
    return leaves(root)


def test_a_box_ending_a_sliver_past_the_gutter_leaves_the_columns_apart() -> None:
    assert _leaves(0, 16.0) == [list(range(9)), list(range(9, 18))]


def test_a_box_starting_a_sliver_before_the_gutter_leaves_the_columns_apart() -> None:
    assert _leaves(17.0, 0) == [list(range(9)), list(range(9, 18))]


def test_a_line_across_the_columns_under_them_is_no_run_on() -> None:
    # A box reaching far into both columns with nothing of them under it (their last row, a
    # line set under them): not cut from the columns at the gutter it hides.
    assert len(_leaves(0, 300.0, row=8)) == 1


def test_a_run_on_first_row_goes_to_the_column_it_stands_in() -> None:
    # probe10c: a story's first row under its headline boxed as one line across its columns.
    first, *rest = _leaves(0, 300.0, row=0, drop=True)
    assert first == list(range(9))
    assert [i for leaf in rest for i in leaf] == list(range(9, 17))


def test_a_run_on_box_amid_the_columns_rows_goes_to_the_column_it_stands_in() -> None:
    # probe12b: a detector's box over two lines of one row (a column's and the next one's),
    # the columns' rows going on over and under it; the cutting left it whole. The gutter
    # every other line keeps to parts the columns: the box goes to the one holding more of it.
    # (The right column, a row gone, is cut at the blank the row left: its parts in order.)
    first, *rest = _leaves(0, 300.0, row=4, drop=True)
    assert first == list(range(9))
    assert [i for leaf in rest for i in leaf] == list(range(9, 17))
