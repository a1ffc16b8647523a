"""Two grid gutters that meet, or leave less than a character between them, are one gutter.

test3 page-03: a story in two wide columns (ends 932, starts 1011) under stories whose boxes
the detector stretched into the gutter from both sides (ends and starts clustered at 968).
The page's grid drew that gutter as two, (932, 968) and (968, 1011), meeting at 968. The
story's last run-on row (its first column's whole line boxed on with the second column's
short last line) crossed both: the part between them, of no width, was shown by no line over
or under it, so the line was left whole, and the story's seven paragraphs were read row by
row across both columns. A column no character fits is no column: the gutters a box crosses
are joined where they leave less than a character's room between them.
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine
from desktop.core.reflow.grid import grid_gaps, joined_gutters
from desktop.core.reflow.gutters import _cut
from desktop.core.reflow.text import cells as ink_cells
from tests.core.geometry_helpers import pool_text

PITCH, HEIGHT = 24.0, 27.0
LEFT, RIGHT = (60, 660), (708, 1308)  # 25 characters each, a gutter of two
#: The grid's gutter drawn as two, meeting half a pixel apart: rows of the left column boxed
#: on into the gutter (to 685) and rows of the right one boxed back into it (from 684).
GRID = [(660.0, 684.0), (684.5, 708.0)]


def _page() -> tuple[OcrLine, list[tuple[int, int, int, int, str]]]:
    """Two columns of ten rows, three rows of each stretched into the gutter; the last row a
    run-on box: the left column's whole line and the right column's short last line."""
    rows: list[tuple[int, int, int, int, str]] = []
    start = 0
    for k in range(9):
        y = 300 + 36 * k
        right_end = 685 if k in (1, 2, 3) else LEFT[1]
        left_start = 684 if k in (5, 6, 7) else RIGHT[0]
        rows.append((LEFT[0], y, right_end, y + round(HEIGHT), pool_text(start, 25)))
        rows.append((left_start, y, RIGHT[1], y + round(HEIGHT), pool_text(start + 25, 25)))
        start += 50
    y = 300 + 36 * 9
    run = OcrLine(
        pool_text(start, 25) + pool_text(start + 25, 6) + "。",
        Box(LEFT[0], y, RIGHT[0] + 7 * PITCH, y + HEIGHT),
        0.99,
    )
    return run, rows


def _cut_run_on(grid: list[tuple[float, float]]) -> list[OcrLine] | None:
    run, rows = _page()
    placed = sorted(((y0 + y1) / 2, float(x0), float(x1)) for x0, y0, x1, y1, _ in rows)
    cells = {((y0 + y1) / 2, float(x0), float(x1)): ink_cells(t) for x0, y0, x1, y1, t in rows}
    centres = [cy for cy, _, _ in placed]
    return _cut(run, placed, centres, placed, HEIGHT, PITCH, grid=grid, cells=cells, first_row=True)


def test_gutters_meeting_are_joined() -> None:
    assert joined_gutters(GRID, PITCH) == [(660.0, 708.0)]
    # (A column a character wide between them stays.)
    assert joined_gutters([(600.0, 640.0), (665.0, 700.0)], PITCH) == [
        (600.0, 640.0),
        (665.0, 700.0),
    ]


def test_a_box_crossing_two_meeting_grid_gutters_crosses_one() -> None:
    run, rows = _page()
    assert run.box is not None
    near = [(float(x0), float(x1)) for x0, _, x1, _, _ in rows]
    assert grid_gaps(near, GRID, run.box.x0, run.box.x1, PITCH) == [(660.0, 708.0)]


def test_a_run_on_row_across_a_gutter_drawn_as_two_is_cut_there() -> None:
    run, _ = _page()
    parts = _cut_run_on(GRID)
    assert parts is not None
    assert [p.text for p in parts] == [run.text[:25], run.text[25:]]
    assert [(p.box.x0, p.box.x1) for p in parts if p.box is not None] == [
        (LEFT[0], LEFT[1]),
        (RIGHT[0], run.box.x1 if run.box is not None else 0.0),
    ]
