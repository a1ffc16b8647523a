"""A story's wide lead over narrow columns, the columns cut off it by a band gap, read left first.

A story set beside a shorter one opens with a lead across its whole span and goes on in narrow
columns under it (test18/page-08, test18full/page-11: a lead over three and two columns). Where
the story beside it ends above the columns' top and the lead's last line stands a row gap over
it, a blank runs across the page there, and the XY-cut parts the page into the band over it
and the columns under it, a part of no headline. That part goes on under the story over it
(``columns._continued_under``), each column in turn, left first, right after the story's leaf
over it: the lead. Put there each, they were read right to left (the third column's
paragraphs first); each goes in after the columns already continued under that leaf left of
it (``columns._after_columns_left``).
"""

from __future__ import annotations

from desktop.core.reflow.geometric import reflow_geometric
from tests.core.geometry_helpers import (
    assert_provenance,
    page_of_rows,
    paragraph_column,
    pool_text,
    titled_stories,
)


def _page(columns: int) -> tuple[object, str, list[str]]:
    rows = [(300, 220, 740, 263, pool_text(500, 10)), (1040, 220, 1910, 263, pool_text(520, 20))]
    left, _ = paragraph_column(60, 970, 290, 8, 0, per_paragraph=4)
    lead, paragraphs = paragraph_column(1016, 1870, 290, 9, 100, per_paragraph=9)
    rows += left + lead
    edges = [(1016, 1284), (1336, 1601), (1654, 1919)][:columns]
    for n, (x0, x1) in enumerate(edges):
        column, own = paragraph_column(x0, x1, 632, 6, 200 + 100 * n)
        rows += column
        paragraphs += own
    return reflow_geometric(page_of_rows(rows)), pool_text(520, 20), paragraphs


def test_columns_under_a_wide_lead_are_read_left_first() -> None:
    for columns in (2, 3):
        page, title, paragraphs = _page(columns)
        assert_provenance(page)  # type: ignore[arg-type]
        assert titled_stories(page)[title][1] == paragraphs  # type: ignore[arg-type]
