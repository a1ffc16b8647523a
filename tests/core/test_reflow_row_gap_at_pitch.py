"""A row gap a story's columns' own leading makes is no cut between parts.

The XY-cut cuts a row where the gap between lines reaches ROW_GAP body heights. A page set
with a leading near that (boxes 23 px tall at a 36 px pitch: 13 px gaps against a 14.95 px
threshold) is cut wherever the detector boxes one row's lines a few pixels short: read at full
size, probe16full/page-300's two-column story had a row boxed 20 px tall, the gap under it 15
px, and the story was read as the rows over that gap across both columns, then the rows under
it (three paragraphs missed). Two stacked parts split into the same columns, each column's
first line under the gap one line pitch under its last line over it, are one set of columns
(``columns._at_pitch``, asked by ``_same_columns`` where the gap is narrower than a line, too
narrow for a dropped line).
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import (
    assert_provenance,
    page_of_rows,
    paragraph_column,
    titled_stories,
)

TITLE = "东南西北中前后左上下"
COLUMNS = [(60, 500), (540, 980)]
TOP = 300
ROWS = 12


def _rows(short: int) -> tuple[list[tuple[int, int, int, int, str]], list[str]]:
    """The page's rows, the story's 7th row boxed ``short`` px shorter at its foot in both
    columns, and the story's paragraphs."""
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (270, 210, 770, 250, TITLE),
    ]
    paragraphs: list[str] = []
    for n, (x0, x1) in enumerate(COLUMNS):
        column, texts = paragraph_column(x0, x1, TOP, ROWS, 400 * n, height=23)
        x, y0, x_1, y1, text = column[6]
        column[6] = (x, y0, x_1, y1 - short, text)
        rows += column
        paragraphs += texts
    return rows, paragraphs


def test_a_row_boxed_short_leaves_the_columns_whole() -> None:
    rows, paragraphs = _rows(3)
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    assert titled_stories(page)[TITLE] == ([], paragraphs)


def test_the_same_story_boxed_evenly_as_before() -> None:
    rows, paragraphs = _rows(0)
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    assert titled_stories(page)[TITLE] == ([], paragraphs)
