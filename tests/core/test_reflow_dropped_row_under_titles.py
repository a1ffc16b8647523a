"""Two stories side by side, a row the OCR dropped across both: their columns join again.

test14/page-13 read shrunk: two stories side by side, each a title over its text, the right
one set wider and opening two rows lower (a title of two lines); a few rows under the titles
the OCR lost a whole row across both stories. The blank it left runs across the page, and the
XY-cut reads the rows over it (the titles and each story's first rows) as a band of their own
and the rows under it as another, of two headless columns; the right story, two rows of text
over the gap, was taken for a headline over a caption, and its headline covering most of the
band under it took the whole band, the left story's column too. Two stacked parts split into
the same columns, a dropped line's room apart, are one set of columns
(``_join_across_dropped_lines``), but only where no headline stood among them; headlines over
the upper part's columns (each column ending in text, none under the gap) are no reason to
keep them apart: each story's column runs on under the gap.
"""

from __future__ import annotations

from desktop.core.model import Page
from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import assert_provenance, page_of_rows, paragraph_column

LEFT_TITLE = "甲乙丙丁戊己庚辛壬癸"
RIGHT_TITLE = "东南西北中春夏秋冬金木水火土日月星辰风云雷电"
LEFT = (60, 768)  # 29 characters at 24.4 px
RIGHT = (820, 1930)  # 45 at 24.7 px: a story set wider than its neighbour
LOST_Y = 624  # the row the OCR lost across both stories


def _page(dropped: bool) -> tuple[Page, dict[str, list[str]]]:
    """The page and each story's paragraphs; the right story's title is two lines, its text
    starts two rows under the left one's, so that two of its rows stand over the dropped
    row (``dropped``)."""
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第3版要闻"),
        (120, 400, 120 + 44 * len(LEFT_TITLE), 442, LEFT_TITLE),
        (900, 400, 900 + 44 * 11, 442, RIGHT_TITLE[:11]),
        (900, 460, 900 + 44 * 11, 502, RIGHT_TITLE[11:]),
    ]
    stories: dict[str, list[str]] = {}
    for n, (title, (x0, x1), top) in enumerate(
        ((LEFT_TITLE, LEFT, 480), (RIGHT_TITLE, RIGHT, 552))
    ):
        col, paragraphs = paragraph_column(x0, x1, top, 14, 30 * n, 24.4, 24)
        if dropped:
            lost = next(r for r in col if r[1] == LOST_Y)
            col.remove(lost)
            paragraphs = [p.replace(lost[4], "", 1) for p in paragraphs]
        rows += col
        stories[title] = paragraphs
    return reflow_page(page_of_rows(rows)), stories


def _stories(page: Page) -> dict[str, list[str]]:
    return {
        next(b.text for b in a.blocks if b.kind == "title"): [
            b.text for b in a.blocks if b.kind == "paragraph"
        ]
        for a in page.articles
        if any(b.kind == "title" for b in a.blocks)
    }


def test_no_row_dropped() -> None:
    page, stories = _page(False)
    assert _stories(page) == stories


def test_a_row_dropped_across_both_stories() -> None:
    page, stories = _page(True)
    assert_provenance(page)
    assert _stories(page) == stories
