"""A title over a photo heads the caption and columns under the photo, even when the story
above it has no title of its own.

A probe page (dev stories in a new layout): a story's title, then a photo (blank to the OCR,
250 px), its caption and the columns under it; over the title, a band gap (2.7 line heights)
away, the story above, whose title the OCR lost. The title stood closer to that text than to
its own and went to it as a headline set under its columns: the story above took a title not
its own and the story under the photo had none. A headline stands from its own text a line
height or less (0.6-0.8 on the dev pages); a band gap over a headline is wider (1.9-2.5): a
headline further under the text over it than that heads the text under it, when that text
(not another headline) comes first under its span. A headline set right under the columns
over it still goes with them.
"""

from __future__ import annotations

from desktop.core.model import Page
from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows, paragraph_column

TITLE = "东南西北中春夏秋冬金木水火土日月"
CAPTION = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥。"
NEXT_TITLE = "金银铜铁锡铅锌镍"  # the next band's story
COLUMNS = [(60, 975), (1015, 1930)]  # 37 characters at 24.7 px


def _column(
    x0: int, x1: int, top: int, rows: int, start: int
) -> tuple[list[tuple[int, int, int, int, str]], list[str]]:
    return paragraph_column(x0, x1, top, rows, start, 24.7, 26)


def _page(gap: int) -> tuple[Page, list[str], list[str]]:
    """The untitled story's text, a gap of ``gap`` px, the title, a photo, the caption and
    the titled story's columns."""
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第3版要闻"),
    ]
    upper: list[str] = []
    for n, (x0, x1) in enumerate(COLUMNS):
        col, paragraphs = _column(x0, x1, 290, 12, 17 * n)
        rows += col
        upper += paragraphs
    bottom = 290 + 11 * 36 + 26
    top = bottom + gap
    width = 44 * len(TITLE)
    rows.append((995 - width // 2, top, 995 + width // 2, top + 41, TITLE))
    y = top + 41 + 250  # the photo's blank
    rows.append((62, y, 62 + 22 * len(CAPTION), y + 25, CAPTION))
    lower = [CAPTION]
    for n, (x0, x1) in enumerate(COLUMNS):
        col, paragraphs = _column(x0, x1, y + 46, 6, 60 + 13 * n)
        rows += col
        lower += paragraphs
    y += 46 + 5 * 36 + 26 + 66
    rows.append((995 - 22 * len(NEXT_TITLE), y, 995 + 22 * len(NEXT_TITLE), y + 41, NEXT_TITLE))
    for n, (x0, x1) in enumerate(COLUMNS):
        rows += _column(x0, x1, y + 70, 3, 90 + 5 * n)[0]
    return reflow_page(page_of_rows(rows)), upper, lower


def _articles(page: Page) -> list[tuple[str, list[str]]]:
    return [
        (
            next((b.text for b in a.blocks if b.kind == "title"), ""),
            [b.text for b in a.blocks if b.kind == "paragraph"],
        )
        for a in page.articles
    ]


def test_a_title_a_band_gap_under_untitled_text_heads_the_text_under_its_photo() -> None:
    page, upper, lower = _page(gap=66)
    assert _articles(page)[:2] == [("", upper), (TITLE, lower)]


def test_a_title_right_under_columns_goes_with_them() -> None:
    page, upper, _ = _page(gap=20)
    assert _articles(page)[0] == (TITLE, upper)
