"""The rows near a line cut at a story's equal columns are trimmed back to their gutters.

A story whose rows are nearly all run on shows its columns' gutters to no other look: the
page's grid was drawn while the rows stood whole, and no gap shows between the lines. Once
a row is cut at the gutters its equal columns put (:func:`_regular_gutters`, its lines fitting
columns of one width; or :func:`_run_on_columns`, its full rows' counts), a box of a row near
it that the detector stretched into such a gutter, or back over it, is trimmed to it, as a
seam's rows are: else a box stretched back over the gutter is cut a character off, its room
taken for the next column's (probe12/page-641: two boxes stretched 43 px back over a gutter,
one 7 px into it; probe12b/page-721: two ending 9 and 56 px past one; each page a paragraph
more once trimmed). The trim was made for the run-on look's gutters alone, and for the rows
within RUNNING line heights of the line cut; it now reaches the rows within its story's window
(WINDOW heights, the rows the looks read the columns off): on test13/page-05 (read shrunk)
boxes further from the line cut, stretched into its gutter or back over it (up to 72 px), are
trimmed, and two run-on rows beside them, cut a character off before ("...自立" | "自开年"),
come out right (eight paragraphs more).
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


def _below(row: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int]]:
    """The story's lines (their start, end and the characters they hold), the row ``row``
    (start, end, characters, text) standing three rows under its last: a paragraph's space
    between, so its own rows show the gutter to no look but the equal columns'."""
    y = LAST + 3 * 36
    rows = [*_equal_columns_page(), *((x0, y, x1, y + 28, t) for x0, x1, _, t in row)]
    page = split_across_gutters(page_of_rows(rows))
    return [
        (round(ln.box.x0), round(ln.box.x1), len(ln.text))
        for ln in page.lines
        if ln.box is not None and ln.box.y0 == y and ln.box.x0 > 800
    ]


def test_a_row_further_down_the_story_is_trimmed_to_its_gutters() -> None:
    # (108 px under the last row cut, over three line heights: within the story's window.)
    back = [
        (824, 968, 6, "文" * 5 + "。"),
        (1172, 1538, 14, "文" * 14),
        (1580, 1700, 5, "文" * 4 + "。"),
    ]
    assert _below(back) == [(824, 968, 6), (1202, 1538, 14), (1580, 1700, 5)]
    into = [(824, 1190, 14, "文" * 14), (1250, 1538, 12, "文" * 12)]
    assert _below(into) == [(824, 1160, 14), (1250, 1538, 12)]
