"""A run-on box both tilted and across offset rows is a body line too, up to 2.3 body lines tall.

On probe12 page-633 two stories stand side by side, their rows offset by a third of a line (a
story of one column beside one of two wider columns). One row the detector boxed across the
gutter between the stories *and* tilted: each end of its box is 1.5 body lines tall (the
offset rows' run-on, as OFFSET_RUN_ON allows), and the tilt over its 1200 px adds another
half line, so its axis-aligned box stood 2.1 body lines tall, past TILTED (2.0, taken from
tilted single rows at 1.6-1.8). Its 50 characters stand at the body's pitch once the gutter
is left out, as a tilted body line's do, yet it was left whole: the two stories then read as
one, row by row (14 of 20 paragraphs, 2 of 4 headline groups; after, 20 of 20 and 4 of 4).
TILTED is 2.3 now: a headline of that height is still told by its larger pitch (:func:`_tilted`).

The page of ``test_reflow_tilted_run_on`` with its tilted run-on box drawn 2.15 body lines
tall (its centre kept) shows it: the box is cut into its three columns' lines.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows
from tests.core.test_reflow_tilted_run_on import ROWS

#: The tilted run-on box of that page (313..364, 1.8 body lines) and the same box 2.15 body
#: lines tall about the same centre.
TILTED_BOX = (781, 313, 1933)
TALLER = (781, 309, 1933, 369)


def _rows() -> list[tuple[int, int, int, int, str]]:
    rows = []
    for x0, y0, x1, y1, text in ROWS:
        if (x0, y0, x1) == TILTED_BOX:
            rows.append((*TALLER, text))
        else:
            rows.append((x0, y0, x1, y1, text))
    return rows


def test_a_tilted_offset_run_on_box_over_two_body_lines_tall_is_cut() -> None:
    rows = _rows()
    assert any(y1 - y0 == 60 for _, y0, _, y1, _ in rows)
    page = split_across_gutters(page_of_rows(rows))
    parts = sorted(
        ln.text
        for ln in page.lines
        if ln.box is not None and ln.box.x0 > 780 and 300 < ln.box.cy < 375 and "7" in ln.text
    )
    assert parts == ["、文文文文文文文文文文文文7"]
    assert not any(ln.text == ROWS_TEXT for ln in page.lines)


ROWS_TEXT = next(text for x0, y0, x1, _, text in ROWS if (x0, y0, x1) == TILTED_BOX)
