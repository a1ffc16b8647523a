"""A gap whose start only ragged lines show is shared out as a gutter as wide as the page's.

The first look at a run-on box (no grid) takes its gutter from the gap its window's lines
leave: the end of those ending left of it, the start of those starting right of it. Lines
start at their column's edge, but in a story whose full lines the detector boxed run on, row
after row, the lines boxed alone in a column are a paragraph's last line and an opening
holding digits (set narrow): they end short of the column, and the gap they leave is wider
than the gutter by it. test13/page-08 (read at RapidOCR's default size): a two-column story
of 18 characters a column, its rows run on, was cut 17 | 19 at such a gap ("……稳步增长" |
"，亿人次……"), the first column's last character put at the head of the second's line.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import _ragged_start, split_across_gutters
from tests.core.geometry_helpers import page_of_rows, paragraph_column, pool_text

P, H, STEP, TOP = 24.2, 26, 36, 100
#: The page's four columns of 18 characters, gutters of 42-46 px.
COLUMNS = [(60, 494), (536, 971), (1017, 1453), (1494, 1928)]
PER = 18


def _line(x: float, row: int, text: str) -> tuple[int, int, int, int, str]:
    """A box round ``text`` set from ``x`` on ``row``: digits at 0.6 of a character."""
    cells = sum(0.6 if ord(c) < 0x80 else 1.0 for c in text)
    y = TOP + row * STEP
    return (round(x), y, round(x + cells * P), y + H, text)


def _run_on(row: int, left: str, right: str) -> tuple[int, int, int, int, str]:
    (l0, _), (_, r1) = COLUMNS[2], COLUMNS[3]
    y = TOP + row * STEP
    return (l0, y, r1, y + H, left + right)


def _page() -> tuple[list[tuple[int, int, int, int, str]], list[tuple[str, str]]]:
    """Two columns of a story set alone on the left; on the right, a story in two columns
    whose rows the detector ran on over both, but for a paragraph's last lines and an
    opening holding digits in its first column, and the second column's lines beside them.
    The run-on rows' parts as set (each column's whole line)."""
    rows: list[tuple[int, int, int, int, str]] = []
    for c, (x0, x1) in enumerate(COLUMNS[:2]):
        col, _ = paragraph_column(x0, x1, TOP, 8, 13 * c, pitch=P, height=H)
        rows += col
    (l0, _), (r0, _) = COLUMNS[2], COLUMNS[3]
    runs: list[tuple[str, str]] = []
    for row in range(8):
        if row in (2, 3, 5):
            if row == 2:
                rows.append(_line(l0, row, pool_text(40, 8) + "。"))
            elif row == 3:
                rows.append(_line(l0 + 2 * P, row, pool_text(50, 6) + "2024" + pool_text(60, 6)))
            else:
                rows.append(_line(l0, row, pool_text(70, 12) + "。"))
            rows.append(_line(r0, row, pool_text(80 + 5 * row, PER)))
            continue
        left, right = pool_text(90 + 3 * row, PER), pool_text(20 + 7 * row, PER)
        rows.append(_run_on(row, left, right))
        runs.append((left, right))
    return rows, runs


def test_run_on_rows_cut_at_a_gutter_as_wide_as_the_pages() -> None:
    rows, runs = _page()
    out = split_across_gutters(page_of_rows(rows))
    for row, run in zip((0, 1, 4, 6, 7), runs, strict=True):
        y = TOP + row * STEP
        parts = sorted(
            (ln.box.x0, ln.text)
            for ln in out.lines
            if ln.box is not None and ln.box.y0 == y and ln.box.x0 >= COLUMNS[2][0] - 5
        )
        assert tuple(t for _, t in parts) == run, row


def test_ragged_start() -> None:
    columns = [(494.0, 536.0), (971.0, 1017.0)]
    # One line ends by the gap (an opening holding digits), three start at its end.
    near = [(1065.0, 1413.0), (1017.0, 1235.0), (1494.0, 1928.0), (1494.0, 1928.0)]
    near += [(1494.0, 1900.0)]
    assert _ragged_start(1413.0, 1494.0, near, columns, P) == 1450.0
    # Two lines ending there show the column's edge: kept.
    assert _ragged_start(1413.0, 1494.0, [*near, (1017.0, 1410.0)], columns, P) == 1413.0
    # One line starting at its end shows no column's edge there either.
    assert _ragged_start(1413.0, 1494.0, near[:3], columns, P) == 1413.0
    # A gap no more than a character wider than the page's gutters, and no grid: kept.
    assert _ragged_start(1430.0, 1494.0, near, columns, P) == 1430.0
    assert _ragged_start(1413.0, 1494.0, near, [], P) == 1413.0
    # Nor one more than an indent wider: a wider gutter, or its end an indented line's start.
    assert _ragged_start(1390.0, 1494.0, [(1065.0, 1390.0), *near[1:]], columns, P) == 1390.0
