"""The cutting's fast paths (``split_across_gutters``' passes and the column grid, perf28)
answer as the rules they stand for: each checked against the plain rule on the real dev
pages stacked (the bench's page) and on synthetic columns whose boxes end or start on, a
hair off or inside the bounds the fast path tests."""

from __future__ import annotations

from desktop.core.ocr.model import OcrLine
from desktop.core.reflow.grid import BandGrids, may_trim_start, trim_reach, trim_to_grid
from desktop.core.reflow.gutters import (
    EMPTY,
    INDENTED,
    _may_trim_over_indent,
    _over_indent_reach,
    _trim_over_indent,
)
from tests.core.test_reflow_fast_paths import _trim_cases


def test_may_trim_start_passes_every_line_whose_start_the_grid_trim_moves() -> None:
    # may_trim_start False: trim_to_grid's line starts where the box does.
    asked = moved = 0
    for lines, placed, h, p in _trim_cases():
        centres = [c for c, _, _ in placed]
        grids = BandGrids(placed, h, p)
        for ln in lines:
            assert ln.box is not None
            grid = grids.at(ln.box.cy)
            box = trim_to_grid(ln, grid, placed, centres, h, p).box
            assert box is not None
            may = may_trim_start(trim_reach(grid, p), ln.box.x0)
            assert may or box.x0 == ln.box.x0
            asked += may
            moved += box.x0 != ln.box.x0
    assert moved > 0 and asked > moved


def test_may_trim_over_indent_passes_every_line_the_trim_moves() -> None:
    # _may_trim_over_indent False: _trim_over_indent gives the line as it is. The lines of
    # the cases, and each again ending on, a hair before or past each bound of each gutter.
    asked = moved = 0
    for lines, placed, h, p in _trim_cases():
        centres = [c for c, _, _ in placed]
        grids = BandGrids(placed, h, p)
        for ln in lines:
            assert ln.box is not None
            grid = grids.at(ln.box.cy)
            reach = _over_indent_reach(grid, p)
            b = ln.box
            ends = [b.x1]
            for _, s in grid[:3]:
                for bound in (s + EMPTY * p, s + INDENTED * p):
                    ends += [bound, bound - 1e-9, bound + 1e-9, bound - 0.5]
            for x1 in ends:
                line = ln if x1 == b.x1 else OcrLine(ln.text, type(b)(b.x0, b.y0, x1, b.y1))
                trimmed = _trim_over_indent(line, grid, placed, centres, h, p)
                may = _may_trim_over_indent(reach, x1)
                assert may or trimmed is line
                asked += may
                moved += trimmed is not line
    assert moved > 0 and asked > moved
