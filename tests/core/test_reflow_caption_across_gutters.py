"""A caption set across a story's columns in type a little smaller than the body's is one
line, not the columns' lines run on: its pitch is measured with every gutter it spans left out.

As on probe13c pages 1252 and 1451: a story in three columns under its title and a photo
(blank to the OCR), the caption under the photo one full line across the three columns and a
short tail, set at 0.93 of the body's pitch; a story in one wide column beside it. The rows of
the first two columns meet over their narrow gutter (a seam); the second gutter, wider, shows
as the page's grid. A line run on across columns holds each gutter it spans as blank; the seam
look, cutting the caption at the seam alone, left that one gutter out of its pitch, read the
rest near the body's pitch (0.90), and cut it there (on the probe pages its first column's
share was then read with that column, its tail line between its parts). With the blank of
every gutter the columns under it show left out (0.84), its characters are set smaller than
the body's (SMALL_PITCH): a caption, kept whole."""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from desktop.core.reflow.gutters import split_across_gutters
from desktop.core.reflow.sidebyside import split_between_stories
from tests.core.geometry_helpers import page_of_rows, paragraph_column, pool_text, titled_stories

COLUMNS = [(828, 1162), (1196, 1530), (1596, 1930)]  # 14 characters at 23.9 px
TITLE = "东南西北中春夏秋冬"
CAPTION = pool_text(40, 49) + "，"
TAIL = pool_text(90, 18) + "。"


def _page() -> tuple[list[tuple[int, int, int, int, str]], list[str]]:
    """The page's rows and the three-column story's paragraphs (the caption first)."""
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第3版要闻"),
        (120, 220, 720, 261, "金木水火土日月甲乙"),
    ]
    left, _ = paragraph_column(60, 774, 290, 40, 0, 23.8, 26)
    rows += left
    rows.append((1377 - 22 * len(TITLE), 220, 1377 + 22 * len(TITLE), 261, TITLE))
    y = 261 + 230  # the photo's blank
    rows.append((828, y, 1930, y + 24, CAPTION))
    rows.append((826, y + 30, 826 + round(21.4 * len(TAIL)), y + 56, TAIL))
    paragraphs = [CAPTION + TAIL]
    for n, (x0, x1) in enumerate(COLUMNS):
        col, texts = paragraph_column(x0, x1, y + 72, 12, 70 + 13 * n, 23.9, 26)
        rows += col
        paragraphs += texts
    return rows, paragraphs


def test_a_caption_across_three_columns_in_smaller_type_stays_one_line() -> None:
    rows, paragraphs = _page()
    page = page_of_rows(rows)
    cut = split_across_gutters(split_between_stories(page))
    assert CAPTION in [line.text for line in cut.lines]
    stories = titled_stories(reflow_page(page))
    assert stories[TITLE][1] == paragraphs
