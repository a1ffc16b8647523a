"""A one-character piece inside the last cell of a column's line is the rest of that line.

dev/page-220: the boxes of a column's lines were stretched back over the gutter into the last
glyph of the column before, and the cutting shared one character off each (``发``, ``且``, 14
px wide, at the ends of the column before's lines, fragments of their last glyphs read as
characters). Standing far right of the column's edge, each read as a paragraph's indented
opening and split its paragraph in two. Inside the last cell of the line on its row, it is the
rest of that line.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows, paragraph_column, titled_stories

TITLE = "甲乙丙丁戊己庚辛"
COLUMNS = [(60, 400), (434, 774)]  # 14 characters at 24.3 px


def _stories(fragment: tuple[int, int] | None) -> tuple[list[str], list[str]]:
    """The titled story's paragraphs, with a one-character box ``发`` from x0 to x1 on the
    second row of its first column (a paragraph's full middle line, ending at 400); and the
    paragraphs as set."""
    rows = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第3版要闻"),
        (417 - 20 * len(TITLE), 300, 417 + 20 * len(TITLE), 343, TITLE),
    ]
    mine: list[str] = []
    for n, (x0, x1) in enumerate(COLUMNS):
        col, paragraphs = paragraph_column(x0, x1, 370, 9, 13 * n)
        rows += col
        mine += paragraphs
    if fragment is not None:
        rows.append((fragment[0], 370 + 36, fragment[1], 370 + 36 + 28, "发"))
    rows.append((920, 300, 920 + 40 * 6, 343, "子丑寅卯辰巳"))
    for n in range(2):
        col, _ = paragraph_column(860 + 374 * n, 860 + 374 * n + 340, 370, 9, 40 + 11 * n)
        rows += col
    return titled_stories(reflow_page(page_of_rows(rows)))[TITLE][1], mine


def test_a_glyph_fragment_in_a_lines_last_cell_is_the_rest_of_that_line() -> None:
    found, mine = _stories((385, 399))
    assert len(found) == len(mine)
    assert found[0].replace("发", "", 1) == mine[0]
    assert found[1:] == mine[1:]
    # (Without it, the story reads as set.)
    found, _ = _stories(None)
    assert found == mine
