"""A headline beside a story whose text starts lower keeps its text when a box crosses the
gutter between them by a sliver.

test16/page-05 read shrunk: two titles on one row, the right one over two columns whose first
two rows stand under it; the left story's single column starts lower. The OCR dropped the
right columns' third row (both of its boxes), so a gap runs across the whole width there, and
cut at it the left title heads nothing: its text went to the right story. ``_join_cut_off``
joins such rows again where the rows together part at a gutter; here one box of the left
column (a line boxed tilted, stretched 6 px past the next column's start, its row neighbour
lost too) crossed that gutter, so no gap parted them, and the cut was taken. A gutter a box
or two cross by a sliver parts columns in the XY-cut (``_sliver_crossed``): it parts them for
this join too, and the joined rows are then parted at it.
"""

from __future__ import annotations

from desktop.core.model import Page
from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import assert_provenance, page_of_rows, paragraph_column

LEFT_TITLE = "甲乙丙丁戊己庚辛壬癸子丑寅"
RIGHT_TITLE = "东南西北中春夏秋冬金木水火土日月星辰风云雷电霜雪雨露"
LEFT = (60, 668)  # 25 characters at 24.3 px
RIGHT = [(700, 1300), (1336, 1936)]
DROPPED = (2, 8)  # the right columns' rows the OCR lost
OWN_GAP = 10  # and a row of the first one alone


def _page(reach: float, own_gap: bool = False) -> tuple[Page, list[str], list[str]]:
    """The page, the left story's box of its row 4 ending ``reach`` px past the right story's
    first column's start (0: at its column's end); with ``own_gap`` the right story's first
    column lost its row 10 as well (a gap of its own, under the rows the gap across both
    columns parts)."""
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第3版要闻"),
        (112, 633, 112 + 36 * len(LEFT_TITLE), 667, LEFT_TITLE),
        (710, 680, 710 + 44 * len(RIGHT_TITLE), 718, RIGHT_TITLE),
    ]
    right: list[str] = []
    for n, (x0, x1) in enumerate(RIGHT):
        col, paragraphs = paragraph_column(x0, x1, 760, 12, 11 * n, 24.3, 24)
        for k in reversed((*DROPPED, OWN_GAP) if own_gap and n == 0 else DROPPED):
            lost = col.pop(k)[4]
            paragraphs = [p.replace(lost, "", 1) for p in paragraphs]
        rows += col
        right += paragraphs
    # The left column starts under the right columns' lost row, its rows half a row off
    # theirs (no line on a row of its own beside it).
    col, left = paragraph_column(*LEFT, 904 + 18, 12, 50, 24.3, 24)
    if reach:
        x0, y0, _, y1, text = col[4]
        col[4] = (x0, y0 - 12, round(RIGHT[0][0] + reach), y1 + 4, text)
    rows += col
    return reflow_page(page_of_rows(rows)), left, right


def _stories(page: Page) -> dict[str, list[str]]:
    return {
        next(b.text for b in a.blocks if b.kind == "title"): [
            b.text for b in a.blocks if b.kind == "paragraph"
        ]
        for a in page.articles
        if any(b.kind == "title" for b in a.blocks)
    }


def test_no_box_across_the_gutter() -> None:
    page, left, right = _page(0)
    assert _stories(page) == {LEFT_TITLE: left, RIGHT_TITLE: right}


def test_a_box_crossing_the_gutter_by_a_sliver() -> None:
    page, left, right = _page(6)
    assert_provenance(page)
    assert _stories(page) == {LEFT_TITLE: left, RIGHT_TITLE: right}


def test_the_other_storys_columns_join_across_the_dropped_row_though_one_has_a_gap_of_its_own() -> (
    None
):
    # The right story's columns, cut across at their dropped row 8, are one set of columns
    # (``_join_across_dropped_lines``), though under that gap the first column is cut again
    # at a row it lost alone (test16/page-05: its last line stood apart): its rows read on.
    page, left, right = _page(6, own_gap=True)
    assert_provenance(page)
    assert _stories(page) == {LEFT_TITLE: left, RIGHT_TITLE: right}
