"""A title ending in a closing quote, centred over a story's two columns whose gutter is
narrow, is a title, not a run-on line to cut at the gutter.

A probe page (dev stories in a new layout): a story in two columns 44 px apart (under two
characters), its title in type hardly taller than the body's (a 30 px box against 25) ending
in a closing quote. The detector's box hugs the ink, and a closing quote's ink sits in its
cell's left half: the box ends half a cell short of where the title's cells end, so its
margins over the columns differed by more than a character (26 px at a 24 px pitch) and the
title was not taken for one centred over them; the columns' lines meeting at the gutter row
after row showed it as a seam, and the title was cut there, its halves read as text of the
columns. A title is centred by its cells: the blank a mark leaves in its first or last cell
(half a cell) counts to its margins.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows, paragraph_column, titled_stories

TITLE = "东南西北“春夏秋冬”"  # ten cells at 31 px, its last one's ink in its left half
COLUMNS = [(61, 493), (537, 973)]  # 18 characters at 24 px, a gutter of 44 px
OTHER = "金木水火土日月星辰"
PITCH = 24.0


def test_a_title_ending_in_a_closing_quote_over_a_narrow_gutter_stays_whole() -> None:
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第3版要闻"),
        # (Centred by its cells, a few pixels left of the columns' centre as a renderer
        # rounds; the box ends at the quote's ink.)
        (348, 223, 659, 253, TITLE),
        (1176, 222, 1755, 255, OTHER),
    ]
    paragraphs: list[str] = []
    for n, (x0, x1) in enumerate(COLUMNS):
        col, texts = paragraph_column(x0, x1, 280, 12, 17 * n, PITCH, 25, per_paragraph=6)
        rows += col
        paragraphs += texts
    rows += paragraph_column(1017, 1930, 280, 9, 60, PITCH, 25, per_paragraph=6)[0]
    stories = titled_stories(reflow_page(page_of_rows(rows)))
    assert stories[TITLE][1] == paragraphs
