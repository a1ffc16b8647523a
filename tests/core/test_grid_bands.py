"""The column grid drawn band by band (grid.BandGrids): a big page's bands keep their own
gutters; a page of broadsheet height keeps one grid, as column_grid draws it."""

from __future__ import annotations

from desktop.core.reflow.grid import BAND, BAND_REACH, BandGrids, column_grid

HEIGHT = 30.0
PITCH = 28.0
ROW = 45.0


def _band(
    top: float, rows: int, columns: list[tuple[float, float]]
) -> list[tuple[float, float, float]]:
    """Lines of full columns, row after row from ``top``: (centre, left, right)."""
    return [(top + r * ROW, x0, x1) for r in range(rows) for x0, x1 in columns]


FOUR = [(60.0, 460.0), (500.0, 900.0), (940.0, 1340.0), (1380.0, 1780.0)]
THREE = [(60.0, 600.0), (640.0, 1180.0), (1220.0, 1760.0)]


def test_a_page_of_broadsheet_height_keeps_one_grid() -> None:
    # Two bands of other column widths, 40 rows of each: 80 rows = 120 body heights.
    lines = _band(0.0, 40, FOUR) + _band(40 * ROW, 40, THREE)
    assert (lines[-1][0] - lines[0][0]) / HEIGHT < BAND + BAND_REACH
    whole = column_grid([(a, b) for _, a, b in lines], HEIGHT, PITCH)
    grids = BandGrids(lines, HEIGHT, PITCH)
    assert grids.at(lines[0][0]) == whole
    assert grids.at(lines[-1][0]) == whole
    # Both bands' gutters are in it: the page's grid as before.
    assert len(whole) == 5


def test_bands_far_apart_keep_their_own_gutters() -> None:
    # A band of four columns, 200 rows of nothing but a three-column band far below.
    gap = 200 * ROW
    lines = _band(0.0, 40, FOUR) + _band(40 * ROW + gap, 40, THREE)
    grids = BandGrids(lines, HEIGHT, PITCH)
    top = grids.at(lines[0][0])
    bottom = grids.at(lines[-1][0])
    assert [s for _, s in top] == [500.0, 940.0, 1380.0]
    assert [s for _, s in bottom] == [640.0, 1220.0]
    # A box far outside the lines takes the nearest band's grid.
    assert grids.at(lines[-1][0] + 10_000) == bottom
    assert grids.at(lines[0][0] - 10_000) == top


def test_each_band_is_drawn_once_and_from_its_window_only() -> None:
    lines = _band(0.0, 400, FOUR)
    grids = BandGrids(lines, HEIGHT, PITCH)
    lo, hi = grids.window(0.0)
    assert lo < 0.0 < hi
    assert hi - lo == (BAND + 2 * BAND_REACH) * HEIGHT
    first = grids.at(0.0)
    assert grids.at(1.0) is first  # the same band: drawn once
    far = grids.at(lines[-1][0])
    assert far == first and far is not first  # another band, the same columns
