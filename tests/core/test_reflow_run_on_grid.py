"""A body line run on over a gutter of the page's column grid is looked at for cutting
whatever the lines listed around it (:func:`desktop.core.reflow.gutters._run_on_by_grid`)."""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine
from desktop.core.reflow.grid import BandGrids
from desktop.core.reflow.gutters import _run_on_by_grid

CHAR = 24.0
LEAD = 36.0
HEIGHT = 28.0
GUTTER = 1.5 * CHAR
XS = [60.0 + k * (14 * CHAR + GUTTER) for k in range(3)]


def _box(text: str, x0: float, y0: float, width: float | None = None) -> OcrLine:
    w = CHAR * len(text) if width is None else width
    return OcrLine(text, Box(x0, y0, x0 + w, y0 + HEIGHT), 0.99)


def _flagged(first: OcrLine) -> bool:
    """Whether ``first``, the first row of a story in three columns of 14 characters (1.5
    characters apart), is found run on over the grid's gutters."""
    body = [(0, first)]
    for row in range(1, 12):
        body.extend((len(body), _box("丁戊己"[k] * 14, XS[k], 100 + row * LEAD)) for k in range(3))
    grids = BandGrids(
        [(ln.box.cy, ln.box.x0, ln.box.x1) for _, ln in body if ln.box is not None],
        HEIGHT,
        CHAR,
    )
    return 0 in _run_on_by_grid(body, grids, CHAR)


def test_a_row_run_on_over_a_grid_gutter_from_an_indent_is_looked_at() -> None:
    """The first row of the second and third columns boxed as one, from the second column's
    indent: its box holds its characters at the body's pitch once the gutter it crosses is
    left out (the blank beyond them is the gutter's), so it is run on over that gutter, however
    wide the lines the tool listed around it (a story's run-on rows, a wider story's lines on
    its row: page-453 of probe10b's first row under its title)."""
    run_on = _box("乙" * 12 + "丙" * 14, XS[1] + 2 * CHAR, 100.0, 26 * CHAR + GUTTER)
    assert _flagged(run_on)
    # A lead set over the columns in body type is as wide as its characters: no gutter's
    # blank in it.
    assert not _flagged(_box("导" * 27, XS[1] + 2 * CHAR, 100.0))
    # A deck in larger type is wider than its characters all along.
    assert not _flagged(_box("副" * 22, XS[1] + 2 * CHAR, 100.0, 26 * CHAR + GUTTER))
    # One starting inside a column (no column's start, nor an indent in) is another matter.
    assert not _flagged(_box("乙" * 9 + "丙" * 14, XS[1] + 5 * CHAR, 100.0, 23 * CHAR + GUTTER))
