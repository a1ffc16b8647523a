"""A gutter shown by lines holding figures is no wider than four line heights from where their
characters would end set in CJK cells, not from where their boxes end.

The first look at a run-on box (:func:`_gaps`, the gaps its window's lines leave) takes no gap
wider than four line heights: a paragraph's last line, or a column's lines beside a wider
blank, leave one that is no gutter. But a column's lines holding digits or Latin letters (set
at about 0.6 of a character) end that much short of their column, and the gap they leave to
the next column's lines is wider than the gutter by it: test13/page-12 (read at RapidOCR's
default size) ran a short story's last row, a paragraph's first line and the next column's
paragraph's last four characters, into one box, and the gap beside it (130 px, the left
column's lines ending in figures some three characters short) was refused, the box left whole
and the next column's paragraph end read into the first column's paragraph.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import _gaps, split_across_gutters
from tests.core.geometry_helpers import page_of_rows, pool_text

P, H, STEP, TOP = 24.0, 26, 36, 100
#: Two columns of 37 characters at 24 px, a 60 px gutter between them (60-948, 1008-1896).
L0, R0, PER = 60, 1008, 37


def _line(x: float, row: int, text: str, top: int = TOP) -> tuple[int, int, int, int, str]:
    """A box as the detector draws it round ``text`` set from ``x`` on ``row``: digits and
    Latin letters at 0.6 of a character."""
    cells = sum(0.6 if ord(c) < 0x80 else 1.0 for c in text)
    y = top + row * STEP
    return (round(x), y, round(x + cells * P), y + H, text)


def _figures(start: int, n: int, figure: str) -> str:
    """``n`` CJK characters with ``figure`` set in their middle."""
    return pool_text(start, n // 2) + figure + pool_text(start + 40, n - n // 2)


def _story() -> tuple[list[tuple[int, int, int, int, str]], str, str]:
    """A short two-column story whose last row is one run-on box (the first column's indented
    line and the second's paragraph end), the first column's lines ending in figures short of
    it; under it a headline and a story in three columns set elsewhere."""
    rows = [
        # Its first row, run on too (crossing the gap: one line may).
        (L0, TOP, R0 + 9 * round(P), TOP + H, pool_text(0, PER) + pool_text(30, 9)),
        _line(L0, 1, pool_text(60, 8) + "。"),
        _line(R0, 1, _figures(70, PER - 9, "34.6万5000")),
        _line(L0 + 2 * P, 2, _figures(80, PER - 2 - 8, "1-2313.8")),
        _line(R0, 2, pool_text(90, 19) + "。"),
        _line(L0, 3, _figures(100, PER - 9, "284.8250%")),
        _line(R0 + 2 * P, 3, pool_text(110, PER - 2)),
        _line(R0, 4, pool_text(120, PER)),
    ]
    left, right = pool_text(130, PER - 2), pool_text(150, 3) + "。"
    y = TOP + 5 * STEP
    rows.append((round(L0 + 2 * P), y, round(R0 + 4 * P), y + H, left + right))
    rows.append((600, 380, 1300, 440, pool_text(160, 12)))
    for c in range(3):
        for k in range(6):
            lead = 2 if k == 0 else 0
            rows.append(
                _line(60 + c * 620 + lead * P, k, pool_text(170 + 9 * c + 3 * k, 24 - lead), 470)
            )
    return rows, left, right


def test_run_on_row_cut_where_figures_end_lines_short() -> None:
    rows, left, right = _story()
    out = split_across_gutters(page_of_rows(rows))
    last = [ln.text for ln in out.lines if ln.box is not None and ln.box.y0 == TOP + 5 * STEP]
    assert last == [left, right]


def test_gap_measured_from_where_characters_end() -> None:
    # Three lines a side; those on the left end 137 px before the right ones start, wider
    # than four line heights (104 px) from their boxes' ends.
    near = [(60.0, 871.0), (60.0, 862.0), (108.0, 871.0)]
    near += [(1008.0, 1896.0), (1008.0, 1896.0), (1056.0, 1896.0)]
    assert _gaps(near, 100.0, 1100.0, 26.0) == []
    # Their figures set them some three characters short: the gutter is 60 px.
    assert _gaps(near, 100.0, 1100.0, 26.0, short={871.0: 77.0, 862.0: 86.0}) == [(871.0, 1008.0)]
    # A paragraph's last line leaves its blank: no figures, no gutter.
    assert _gaps(near, 100.0, 1100.0, 26.0, short={862.0: 86.0}) == []
