"""A spaced list's first row, boxed over its columns' gutter, is cut at it, not read as a deck.

A list of names padded to a grid of cells, the padding spaces dropped by the OCR, is read at
1.1-1.3 of the body's pitch a row. A run-on box set wider than the body is a deck (larger
type set over the columns) and stays whole; the list's first row, boxed over the gutter of
its two columns (no row over it to show the gutter), stayed whole too, and the right
column's first row was read before the left column's rest (test20/page-15 and
test20full/page-15). The lines of both columns beside it are set as wide as it is: it is a
row of those columns (``gutters._set_as_columns``).
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import pool_text

BODY = 24.0
LEAD = 36.0
HEIGHT = 26.0
LEFT, RIGHT = 60.0, 700.0  # the list's columns, 600 px wide, a 40 px gutter
WIDTH = 600.0
TOP = 300.0


def _line(text: str, x0: float, y0: float, width: float) -> OcrLine:
    return OcrLine(text, Box(x0, y0, x0 + width, y0 + HEIGHT), 0.99)


def _page(per_row: int) -> tuple[OcrPage, str]:
    """A body column of twelve lines at BODY's pitch (x 1400-1880), a title over two
    columns, and under it six rows of ``per_row`` characters a column, each filling its
    column (600 px); the first row boxed as one line over both. The page and that row's
    text."""
    lines = [_line(pool_text(k * 20, 20), 1400, TOP + k * LEAD, 20 * BODY) for k in range(12)]
    lines.append(OcrLine("春夏秋冬朝暮晨昏", Box(400, 220, 960, 262), 0.99))
    first = pool_text(500, 2 * per_row)
    lines.append(_line(first, LEFT, TOP, RIGHT + WIDTH - LEFT))
    for k in range(1, 6):
        y0 = TOP + k * LEAD
        lines.append(_line(pool_text(500 + 40 * k, per_row), LEFT, y0, WIDTH))
        lines.append(_line(pool_text(520 + 40 * k, per_row), RIGHT, y0, WIDTH))
    return OcrPage("p.json", "paddle-json", tuple(lines)), first


def _first_row(page: OcrPage) -> list[str]:
    return [
        ln.text
        for ln in split_across_gutters(page).lines
        if ln.box is not None and abs(ln.box.y0 - TOP) < 1 and ln.box.x0 < 1300
    ]


def test_a_list_s_first_row_over_its_gutter_is_cut_there() -> None:
    # (Twenty characters in 600 px: 1.25 of the body's pitch.)
    page, first = _page(20)
    assert _first_row(page) == [first[:20], first[20:]]
