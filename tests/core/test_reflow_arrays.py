"""The box passes' one reader of many places into arrays (desktop.core.reflow.arrays)."""

from __future__ import annotations

from desktop.core.ocr.model import Box
from desktop.core.reflow.arrays import box_places, columns, matrix


def test_rows_read_as_a_matrix_and_as_columns() -> None:
    rows = [(1.0, 2.0, 3.0), (4.0, 5.0, 6.0)]
    assert matrix(rows, 2, 3).tolist() == [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    cy, x0, x1 = columns(rows, 2)
    assert (cy.tolist(), x0.tolist(), x1.tolist()) == ([1.0, 4.0], [2.0, 5.0], [3.0, 6.0])
    assert columns([], 0).shape == (3, 0)


def test_box_places_are_centre_start_and_end() -> None:
    boxes = [Box(10, 0, 30, 20), Box(40, 20, 90, 30)]
    cy, x0, x1 = box_places(iter(boxes), len(boxes))
    assert cy.tolist() == [10.0, 25.0]
    assert (x0.tolist(), x1.tolist()) == ([10.0, 40.0], [30.0, 90.0])
