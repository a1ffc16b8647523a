"""A full line ending a sentence, then a row the detector lost: the paragraph ends there.

Read at both sizes (test20/page-15, test20full/page-15), a paragraph's last line filled its
column and ended in a stop; the detector lost the row under it (the next paragraph's first,
indented row) and the lines under the gap, the rest of the next paragraph, stand at the
column's edge. With no indent and no short line to tell it, the paragraph over the gap ran on
into them. A gap of a lost row's room (a line's height or more, up to
``stories.LOST_ROWS`` of them) under a line ending a sentence is a paragraph's end
(``stories._after_lost_row``); a gap under a line running on is not.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import assert_provenance, page_of_rows, pool_text, titled_stories

TITLE = "东南西北中前后左"
X0, X1, CELL = 100, 900, 25


def _row(k: int, lead: int, n: int, stop: bool, start: int) -> tuple[int, int, int, int, str]:
    y = 300 + 36 * k
    text = pool_text(start, n - stop) + ("。" if stop else "")
    return (X0 + lead * CELL, y, X0 + (lead + n) * CELL, y + 26, text)


def _rows(end: bool) -> list[tuple[int, int, int, int, str]]:
    return [
        (69, 82, 444, 181, "人民日报"),
        (1518, 73, 1773, 108, "1998年1月2日星期五"),
        (300, 220, 700, 262, TITLE),
        _row(0, 2, 30, False, 0),
        _row(1, 0, 32, False, 40),
        _row(2, 0, 32, end, 80),
        # (row 3, the next paragraph's indented first row, lost)
        _row(4, 0, 32, False, 120),
        _row(5, 0, 16, True, 160),
        _row(6, 2, 30, False, 200),
        _row(7, 0, 32, False, 240),
        _row(8, 0, 16, True, 280),
    ]


def test_a_sentence_end_over_a_lost_row_ends_the_paragraph() -> None:
    rows = _rows(end=True)
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    _, paragraphs = titled_stories(page)[TITLE]
    texts = [r[4] for r in rows[3:]]
    assert paragraphs == ["".join(texts[:3]), "".join(texts[3:5]), "".join(texts[5:])]


def test_a_line_running_on_over_a_lost_row_runs_on() -> None:
    rows = _rows(end=False)
    page = reflow_page(page_of_rows(rows))
    _, paragraphs = titled_stories(page)[TITLE]
    texts = [r[4] for r in rows[3:]]
    assert paragraphs == ["".join(texts[:5]), "".join(texts[5:])]
