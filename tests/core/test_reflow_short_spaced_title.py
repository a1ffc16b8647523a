"""A short title set letter-spaced in a box of body height over its story's gutter is no
run-on row left whole.

test3 (an old held-out set, made dev on 2026-12-04 when its floor failed) page-05: a
five-character title (``省长的问候`` in the gold) set at half again the body's pitch, its
box no taller than body lines, centred over its story's two columns with the reporter's
line under it. The last look at run-on lines still whole (``_whole_run_ons``) took it, a
loose line (wider than its characters) of body height, for a row boxed across the gutter
and cut it there: the title's halves went to the two columns and the story lost its
headline group. A run-on row holds a column's whole line at least, so a line of fewer than
two full lines' cells (2 x COLUMN_FULL) is not asked there.
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine
from desktop.core.reflow import reflow_page
from desktop.core.reflow.gutters import _whole_run_ons
from tests.core.geometry_helpers import page_of_rows, paragraph_column, titled_stories

COLUMNS = [(60, 400), (434, 774)]
TITLE = "甲乙丙丁戊"


def _rows() -> list[tuple[int, int, int, int, str]]:
    rows = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第3版要闻"),
    ]
    mid = (COLUMNS[0][0] + COLUMNS[-1][1]) // 2
    rows.append((mid - 92, 300, mid + 92, 326, TITLE))  # 37 px a character, body height
    rows.append((mid - 85, 336, mid + 85, 362, "本报记者子丑寅"))
    for n, (x0, x1) in enumerate(COLUMNS):
        col, _ = paragraph_column(x0, x1, 380, 9, 13 * n)
        rows += col
    rows.append((920, 300, 920 + 40 * 6, 343, "子丑寅卯辰巳"))
    for n in range(2):
        col, _ = paragraph_column(860 + 374 * n, 860 + 374 * n + 340, 370, 9, 40 + 11 * n)
        rows += col
    return rows


def test_a_short_letter_spaced_title_of_body_height_is_not_cut_at_its_storys_gutter() -> None:
    page = reflow_page(page_of_rows(_rows()))
    stories = titled_stories(page)
    assert TITLE in stories
    texts = [b.text for a in page.articles for b in a.blocks]
    assert not any(t != TITLE and t in TITLE for t in texts if t)


def test_the_last_look_at_whole_run_on_lines_leaves_a_line_shorter_than_two_full_lines() -> None:
    """Asked of the lines found wide or loose: a five-character line letter-spaced over a
    gutter is not taken; a row of a column's whole line and the next column's first
    characters is. (A direct test: on a synthetic page the earlier looks settle such a title
    first, as the page above shows; test3 page-05's title reached this look.)"""
    title = OcrLine(TITLE, Box(325, 300, 509, 326), 0.99)
    row = OcrLine("天地玄黄宇宙洪荒日月盈昃辰宿列张寒来", Box(60, 400, 509, 426), 0.99)
    lines = [title, row]
    assert _whole_run_ons({0, 1}, lines, 26.0, lambda line: False) == [1]
