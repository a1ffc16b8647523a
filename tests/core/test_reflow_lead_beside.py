"""Two stories side by side, one opening with a lead line across its columns: its neighbour's
text starts lower, and no cut may go between them.

dev/page-159: two titles on one row over a blank (a photo's place); under it the right story
opens with a lead line set across its three columns, its columns a row under it, while the
left story's single column starts a row lower still. The rows part at the gap under the lead
line across the whole width (nothing else stands at that height), and cut there the left
title heads nothing: its text went to the right story, read after the lead. Such a cut is
not taken when the rows under it and over it part at a gutter: the stories are cut apart
first.
"""

from __future__ import annotations

from desktop.core.model import Page
from desktop.core.reflow import reflow_page
from desktop.core.reflow.geometric import reflow_geometric
from tests.core.geometry_helpers import page_of_rows, paragraph_column, pool_text
from tests.layout_score import evaluation_pages, score_page

LEFT_TITLE = "甲乙丙丁戊己庚辛壬癸子丑寅卯"
RIGHT_TITLE = "东南西北中春夏秋冬金木水火土日月"
LEFT = (60, 770)  # 29 characters at 24.5 px
RIGHT = [(828, 1166), (1208, 1546), (1588, 1926)]  # 14 at 24.1 px


def _column(
    x0: int, x1: int, top: int, rows: int, start: int
) -> tuple[list[tuple[int, int, int, int, str]], list[str]]:
    return paragraph_column(x0, x1, top, rows, start, 24.3, 24)


def _page() -> tuple[Page, list[str], list[str]]:
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第3版要闻"),
        (71, 400, 71 + 44 * len(LEFT_TITLE), 442, LEFT_TITLE),
        (989, 400, 989 + 44 * len(RIGHT_TITLE), 442, RIGHT_TITLE),
    ]
    # The right story's lead, one line across its columns, 180 px under the titles.
    lead = pool_text(3, 40) + "。"
    rows.append((828, 620, 828 + 24 * len(lead), 643, lead))
    right: list[str] = [lead]
    for n, (x0, x1) in enumerate(RIGHT):
        col, paragraphs = _column(x0, x1, 665, 6, 11 * n)
        rows += col
        right += paragraphs
    # The left story's column starts a row under the right one's columns.
    col, left = _column(*LEFT, 682, 9, 50)
    rows += col
    return reflow_page(page_of_rows(rows)), left, right


def test_a_story_whose_text_starts_lower_than_its_neighbours_lead_keeps_its_title() -> None:
    page, left, right = _page()
    stories = {
        next(b.text for b in a.blocks if b.kind == "title"): [
            b.text for b in a.blocks if b.kind == "paragraph"
        ]
        for a in page.articles
        if any(b.kind == "title" for b in a.blocks)
    }
    assert stories == {LEFT_TITLE: left, RIGHT_TITLE: right}


def test_headlines_set_in_columns_beside_running_text_keep_their_rows_apart() -> None:
    """The rule above is for a row of headlines and what opens under one of them. Generated
    pages of the dev half set headlines inside columns, beside other stories' running text
    on the same rows: such a row is no headline row, and joining it to the next took a
    headline and its paragraphs into a neighbour (six pages lost a headline group)."""
    pages = evaluation_pages("dev", 6)
    for k in (10, 11, 13, 18, 43, 50):
        score = score_page(reflow_geometric(pages[k].ocr), pages[k].stories)
        assert score.heads_right == score.heads_gold, (k, score)
