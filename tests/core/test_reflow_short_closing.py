"""A line of three cells at a column's foot, boxed wide in a box of body height, is body text.

dev/page-219: a letter's closing, 此致 and 敬礼！, at the foot of its second column. The
detector boxed 敬礼！ a cell and a half wide (109 px for three cells at a 24 px pitch): by its
pitch alone it read as headline type, half again the body's, and made a title that took the
letter's paragraphs from its own (the letter's headline group lost). Over three cells a box
run a cell wide swings the pitch by a third; a title so short is set larger, and its box is
taller than a body line's run. Such a line (three cells or fewer, its box no taller than
body lines' run) is body text, as a lone line of two cells was already.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows, paragraph_column, titled_stories

TITLE = "甲乙丙丁戊己庚辛"  # 40 px type
COLUMNS = [(60, 400), (434, 774)]  # 14 characters at 24.3 px


def _page(
    height: int, beside: str = "子丑寅卯辰巳"
) -> tuple[list[str], dict[str, tuple[list[str], list[str]]]]:
    """The titled story in COLUMNS, ``敬礼！`` (a cell and a half wide) set ``height`` px tall
    under its second column, indented a character; and a story beside it titled ``beside``
    (40 px type, or three characters letter-spaced in a box of body height)."""
    rows = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第3版要闻"),
    ]
    mid = (COLUMNS[0][0] + COLUMNS[-1][1]) // 2
    rows.append((mid - 20 * len(TITLE), 300, mid + 20 * len(TITLE), 343, TITLE))
    mine: list[str] = []
    for n, (x0, x1) in enumerate(COLUMNS):
        col, paragraphs = paragraph_column(x0, x1, 370, 9, 13 * n)
        rows += col
        mine += paragraphs
    x0 = COLUMNS[1][0] + 24
    rows.append((x0, 370 + 9 * 36, x0 + 109, 370 + 9 * 36 + height, "敬礼！"))
    mine.append("敬礼！")
    # A story beside it, for a page of more than one headline.
    if len(beside) == 3:
        rows.append((920, 313, 920 + 43 * 3, 343, beside))
    else:
        rows.append((920, 300, 920 + 40 * len(beside), 343, beside))
    for n in range(2):
        col, _ = paragraph_column(860 + 374 * n, 860 + 374 * n + 340, 370, 9, 40 + 11 * n)
        rows += col
    return mine, titled_stories(reflow_page(page_of_rows(rows)))


def test_a_short_closing_line_boxed_wide_at_a_columns_foot_stays_body_text() -> None:
    mine, stories = _page(30)
    assert stories[TITLE] == ([], mine)
    assert "敬礼！" not in stories
    # (A box taller than body lines' run, as a short title's is: a title.)
    _, stories = _page(44)
    assert "敬礼！" in stories


def test_a_short_title_letter_spaced_in_a_box_of_body_height_stays_a_title() -> None:
    """A three-character title ending no sentence (a name over a profile), letter-spaced in a
    box no taller than a body line's: a title, its story's, not a body line (test3, the old
    held-out set: its page-03's headline group lost to the closing-line rule)."""
    _, stories = _page(30, "子丑寅")
    assert "子丑寅" in stories
    assert stories["子丑寅"][1]
