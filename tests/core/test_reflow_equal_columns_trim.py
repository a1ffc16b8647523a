"""The rows near a line cut at a story's equal columns are trimmed back to their gutters.

A story whose rows are nearly all run on shows its columns' gutters to no other look: the
page's grid was drawn while the rows stood whole, and no gap shows between the lines. Once
a row is cut at the gutters its equal columns put (:func:`_regular_gutters`, its lines fitting
columns of one width; or :func:`_run_on_columns`, its full rows' counts), a box of a row near
it that the detector stretched into such a gutter, or back over it, is trimmed to it, as a
seam's rows are: else a box stretched back over the gutter is cut a character off, its room
taken for the next column's (probe12/page-641: two boxes stretched 43 px back over a gutter,
one 7 px into it; probe12b/page-721: two ending 9 and 56 px past one; each page a paragraph
more once trimmed). The trim was made for the run-on look's gutters alone.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows
from tests.core.test_reflow_equal_columns import _equal_columns_page

#: The story's columns (824-1160, 1202-1538, 1580-1916: 14 characters at 24 px, gutters of
#: 42 px) and its last row's top (its first column's whole line, then a line over the last two).
COLUMNS = [(824, 1160), (1202, 1538), (1580, 1916)]
LAST = 100 + 36 * 7


def _right(rows: list[tuple[int, int, int, int, str]]) -> list[tuple[int, int, int]]:
    page = split_across_gutters(page_of_rows(rows))
    return [
        (round(ln.box.x0), round(ln.box.x1), len(ln.text))
        for ln in page.lines
        if ln.box is not None and ln.box.y0 == LAST and ln.box.x0 > 800
    ]


def test_a_box_stretched_back_over_an_equal_columns_gutter_is_cut_at_its_columns() -> None:
    # (The last row's run-on box over the last two columns boxed from 30 px back into the
    # gutter before them: cut as it stands, its first part takes a character of the next.)
    rows = [
        (1172, y0, x1, y1, t) if (y0, x0) == (LAST, 1202) else (x0, y0, x1, y1, t)
        for x0, y0, x1, y1, t in _equal_columns_page()
    ]
    assert _right(rows) == [(824, 1160, 14), (1202, 1538, 14), (1580, 1916, 14)]


def test_a_box_stretched_into_an_equal_columns_gutter_is_trimmed_to_it() -> None:
    rows = [
        (x0, y0, 1190, y1, t) if (y0, x0) == (LAST, 824) else (x0, y0, x1, y1, t)
        for x0, y0, x1, y1, t in _equal_columns_page()
    ]
    assert _right(rows)[0] == (824, 1160, 14)


def test_the_story_as_boxed_is_cut_as_before() -> None:
    assert [(x0, x1) for x0, x1, _ in _right(_equal_columns_page())] == COLUMNS
