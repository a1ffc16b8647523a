"""A list set spaced out (names padded with spaces) is body text, not one long sub-head.

Read at full size (test20full/page-08), a story was a list of names, each padded to a few
cells with ideographic spaces: 20 rows with no stop and no clause mark, the spaces dropped
by the OCR, so each row's characters stood wider apart than the body type's. Each row looked
like a sub-head set large (``stories._is_subhead``), and the rows, one after another, were
read as one sub-head of 627 characters: the story had no paragraph, and its headline group
was lost. A sub-head stands over one row, or wraps over two or three; a run of sub-head
lines over more rows than that (``stories.SUBHEAD_ROWS``) is body text
(``stories._short_runs``). A short sub-head between paragraphs stays one.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import (
    assert_provenance,
    page_of_rows,
    paragraph_column,
    pool_text,
    titled_stories,
    two_titles_over_a_column,
)

LEFT, RIGHT = "东南西北中前后左", "春夏秋冬朝暮晨昏"


def _rows(list_rows: int, after: int = 0) -> list[tuple[int, int, int, int, str]]:
    rows = two_titles_over_a_column(LEFT, RIGHT)
    for k in range(list_rows):
        # (20 characters over a 24-character column: the padding spaces dropped)
        y = 300 + 36 * k
        rows.append((1000, y, 1600 - 25 * (k % 2), y + 26, pool_text(300 + 20 * k, 20)))
    if after:  # (paragraphs under them)
        more, _ = paragraph_column(1000, 1600, 300 + 36 * list_rows, after, 500, pitch=25)
        rows.extend(more)
    return rows


def test_a_long_run_of_spaced_rows_is_one_paragraph() -> None:
    rows = _rows(10)
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    decks, paragraphs = titled_stories(page)[RIGHT]
    kinds = {b.kind for a in page.articles for b in a.blocks}
    assert "subhead" not in kinds
    assert decks + paragraphs == ["".join(r[4] for r in rows if r[0] == 1000)]


def test_a_sub_head_over_two_rows_stays_one() -> None:
    rows = _rows(2, after=6)
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    story = next(a for a in page.articles if any(b.text == RIGHT for b in a.blocks))
    heads = [b.text for b in story.blocks if b.kind == "subhead"]
    assert heads == ["".join(r[4] for r in rows[16:18])]
