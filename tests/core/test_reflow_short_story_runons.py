"""A short story whose every row is a run-on box is cut at the page's column grid, not at the
gap its short lines leave.

A two-column story set in narrow columns, most of its rows boxed by the detector as one line
across both columns: the lines of its first column that stand alone are short ones (an indented
first line ending in digits and a mark, a paragraph's last line), so the first look at the gap
they leave puts the column's end a character and a half short of where its full lines end
(dev/page-178: 1415 px, where the page's grid gutter starts at 1451), and every run-on row is
cut a character short in the first column, a character long in the second. The grid's look cuts
it right, but the wrong cuts, row after row, show each other as the column's whole lines, so
that cut stood. A cut whose gutter the grid's cut narrows by a character or more on the left,
and one of whose parts spans its column from edge to edge yet holds another count of characters
than every line of that column the detector boxed alone with the same edges, gives way to the
grid's cut when that one agrees with them.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows
from tests.core.page178 import PAGE

#: dev/page-178 from its lead story down to the story under the two-column one, text made
#: neutral, boxes as RapidOCR read them, in its order: the two-column story (x 1016-1930,
#: columns of 18 characters, gutter 1451-1494) under its title at y 750, five of its seven rows
#: one box across both columns.
ROWS = PAGE[3:60]


def _row(y0: float) -> list[tuple[int, int, int]]:
    page = split_across_gutters(page_of_rows(ROWS))
    return [
        (round(ln.box.x0), round(ln.box.x1), len(ln.text))
        for ln in page.lines
        if ln.box is not None and abs(ln.box.y0 - y0) < 2 and ln.box.x0 > 1000
    ]


def test_run_on_rows_of_a_short_story_are_cut_at_the_grid_gutter() -> None:
    for y0 in (846.0, 882.0, 1062.0):
        assert [n for _, _, n in _row(y0)] == [18, 18], y0
        assert _row(y0)[0][1] == 1451


def test_every_character_kept() -> None:
    before = "".join(ln.text for ln in page_of_rows(ROWS).lines)
    after = "".join(ln.text for ln in split_across_gutters(page_of_rows(ROWS)).lines)
    assert sorted(before) == sorted(after)
