"""A figure wrapped onto a line of its own at a column's edge is its paragraph's, not a title.

Read shrunk, test12/page-11 had a paragraph's figure broken at its column's edge (``……达1`` |
``00%``), the second line's box drawn 41 px tall over 30 px body boxes: taller than headline
type starts, fewer cells than a pitch holds for, so a headline group of its own, and the
story's paragraphs after it went to a story titled ``00%``. A lone headline line of under
SHORT_CELLS cells holding no CJK character, right under a body line and starting at its left
edge, is body text (``stories._wrapped_figures``).

So is a paragraph's last line of two figures (``%、41%``, 3.4 cells: test18full/page-10, its
box 33 px tall over 26 px body boxes, a title over the story's paragraphs after it): such a
line of fewer than FIGURE_CELLS cells.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from desktop.core.reflow.text import cells
from tests.core.geometry_helpers import (
    assert_provenance,
    page_of_rows,
    paragraph_column,
    titled_stories,
)

TITLE = "东南西北中前后左上下"
COLUMNS = [(60, 500), (540, 980)]
FIGURE = "00%"


def _page(figure: str = FIGURE) -> tuple[list[tuple[int, int, int, int, str]], list[str]]:
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (270, 210, 770, 250, TITLE),
    ]
    paragraphs: list[str] = []
    for n, (x0, x1) in enumerate(COLUMNS):
        column, texts = paragraph_column(x0, x1, 300, 12, 300 * n)
        if n == 1:
            # (A full line of the second paragraph, its figure wrapped under it, boxed tall.)
            y1, text = column[4][3], column[4][4]
            # (Boxed at the pitch the title type would set it: 12 px a cell more than the
            # body's 24 px.)
            width = round(36 * cells(figure))
            wrapped = (x0 + 2, y1 + 1, x0 + 2 + width, y1 + 42, figure)
            later = [(c[0], c[1] + 46, c[2], c[3] + 46, c[4]) for c in column[5:]]
            column = [*column[:5], wrapped, *later]
            texts[1] = column[3][4] + text + figure + column[6][4]
        rows += column
        paragraphs += texts
    return rows, paragraphs


def test_a_figure_wrapped_under_its_line_is_body_text() -> None:
    for figure in (FIGURE, "%、41%"):
        rows, paragraphs = _page(figure)
        page = reflow_page(page_of_rows(rows))
        assert_provenance(page)
        stories = titled_stories(page)
        assert figure not in stories
        assert stories[TITLE] == ([], paragraphs)
