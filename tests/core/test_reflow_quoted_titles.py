"""A short title holding curly quotes: its pitch counts each quote as about half a cell.

A probe page (dev stories in a new layout) and dev/page-153: the title 《平“语”近人, set at
36 px over 24 px body type, is boxed 197 px wide and 37 px tall; its two curly quotes are
Western marks the CJK font sets proportionally (0.43-0.57 of a cell), so counted as whole
cells its pitch is 28 px, 1.08 of the body's, and the title was read as a body paragraph.
Counted at half a cell it is 1.4 of the body's, and its box (1.42 of a body line's height)
agrees. Its deck, set at 28 px under it (`习近平…播出引发`), is then set clearly narrower than the
title: a deck, not a second title line. A body line with quotes in a box of body height stays
body text.
"""

from __future__ import annotations

from desktop.core.model import Page
from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows, paragraph_column, titled_stories

TITLE = "《甲“乙”丙丁"  # 36 px: 《甲乙丙丁 five cells, the quotes 16 px each
TITLE_WIDTH = 5 * 36 + 2 * 16 - 14  # a detector's box ends a little inside the ink
DECK = "东南西北中春夏秋冬金木水火土日月"  # 28 px type
OTHER_TITLE = "子丑寅卯辰巳午未申酉戌亥"
COLUMNS = [(60, 400), (434, 774)]  # 14 characters at 24.3 px
QUOTED = "“宇宙”洪荒日月。"  # a paragraph's last line, its quotes full-width cells


def _column(
    x0: int, x1: int, top: int, rows: int, start: int
) -> tuple[list[tuple[int, int, int, int, str]], list[str]]:
    return paragraph_column(x0, x1, top, rows, start, 24.3, 26)


def _page(deck: bool) -> tuple[Page, list[str], list[str]]:
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第3版要闻"),
    ]
    mid = (COLUMNS[0][0] + COLUMNS[-1][1]) // 2
    rows.append((mid - TITLE_WIDTH // 2, 300, mid + TITLE_WIDTH // 2, 337, TITLE))
    top = 360
    if deck:
        width = 28 * len(DECK)
        rows.append((mid - width // 2, 346, mid + width // 2, 377, DECK))
        top = 400
    mine: list[str] = []
    for n, (x0, x1) in enumerate(COLUMNS):
        col, paragraphs = _column(x0, x1, top, 9, 13 * n)
        rows += col
        mine += paragraphs
        if n == 0:
            # A paragraph of one line, its quotes set full width, in a box of body height.
            y = top + 9 * 36
            rows.append((x0 + 49, y, x0 + 49 + 24 * len(QUOTED), y + 26, QUOTED))
            mine.append(QUOTED)
    # A story beside it, for a page of more than one headline.
    x0 = 860
    rows.append((x0 + 60, 300, x0 + 60 + 40 * len(OTHER_TITLE), 343, OTHER_TITLE))
    other: list[str] = []
    for n in range(2):
        col, paragraphs = _column(x0 + 374 * n, x0 + 374 * n + 340, 370, 9, 40 + 11 * n)
        rows += col
        other += paragraphs
    return reflow_page(page_of_rows(rows)), mine, other


def test_a_short_title_with_curly_quotes_is_a_title() -> None:
    page, mine, other = _page(deck=False)
    assert titled_stories(page) == {TITLE: ([], mine), OTHER_TITLE: ([], other)}


def test_the_deck_under_a_quoted_title_is_a_deck() -> None:
    page, mine, other = _page(deck=True)
    assert titled_stories(page) == {TITLE: ([DECK], mine), OTHER_TITLE: ([], other)}
