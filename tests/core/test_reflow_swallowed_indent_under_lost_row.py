"""A first line boxed over its indent, under a row the detector lost: a paragraph starts.

dev/page-155: a paragraph's last row (its stop and little else) was lost, so the line over the
gap, a full line, ends no sentence; the next paragraph's first line was boxed from its
column's edge (the box grown over the indent's blank), so it shows no indent either. Its
characters still do: two fewer than the full line over it, boxed as wide. Under a line ending
a sentence such a line opens a paragraph (``stories._indent_swallowed``); under a lost row's
gap it does too, whatever the line over the gap ends in: the sentence's end was on the lost
row (``stories._swallowed_after_lost_row``). Without the gap, or with a line holding its
whole count, the paragraph runs on.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import assert_provenance, page_of_rows, pool_text, titled_stories

TITLE = "东南西北中前后左"
X0, CELL, FULL = 100, 25, 32


def _row(k: int, lead: int, n: int, stop: bool, start: int) -> tuple[int, int, int, int, str]:
    y = 300 + 36 * k
    text = pool_text(start, n - stop) + ("。" if stop else "")
    return (X0 + lead * CELL, y, X0 + (lead + n) * CELL, y + 26, text)


def _rows(lost: bool, held: int) -> list[tuple[int, int, int, int, str]]:
    """A story of three paragraphs in one column; the second's last row (``lost``) missing,
    and the third's first line (of ``held`` characters) boxed from the column's edge as wide
    as a full line."""
    first = _row(5 if lost else 4, 0, FULL, False, 160)
    first = (first[0], first[1], first[2], first[3], pool_text(160, held))
    rows = [
        (69, 82, 444, 181, "人民日报"),
        (1518, 73, 1773, 108, "1998年1月2日星期五"),
        (300, 220, 700, 262, TITLE),
        _row(0, 2, 30, False, 0),
        _row(1, 0, 16, True, 40),
        _row(2, 2, 30, False, 80),
        _row(3, 0, FULL, False, 120),
        # (row 4, when lost: the second paragraph's last row, "…。")
        first,
        _row(6 if lost else 5, 0, FULL, False, 200),
        _row(7 if lost else 6, 0, 16, True, 240),
    ]
    return rows


def test_a_swallowed_indent_under_a_lost_row_opens_a_paragraph() -> None:
    rows = _rows(lost=True, held=FULL - 2)
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    _, paragraphs = titled_stories(page)[TITLE]
    texts = [r[4] for r in rows[3:]]
    assert paragraphs == ["".join(texts[:2]), "".join(texts[2:4]), "".join(texts[4:])]


def test_a_full_line_under_a_lost_row_runs_on() -> None:
    rows = _rows(lost=True, held=FULL)
    _, paragraphs = titled_stories(reflow_page(page_of_rows(rows)))[TITLE]
    texts = [r[4] for r in rows[3:]]
    assert paragraphs == ["".join(texts[:2]), "".join(texts[2:])]


def test_a_short_count_with_no_gap_over_it_runs_on() -> None:
    # (No row lost and no sentence's end over it: the line's fewer characters alone, a
    # dropped glyph or two, start nothing.)
    rows = _rows(lost=False, held=FULL - 2)
    _, paragraphs = titled_stories(reflow_page(page_of_rows(rows)))[TITLE]
    texts = [r[4] for r in rows[3:]]
    assert paragraphs == ["".join(texts[:2]), "".join(texts[2:])]
