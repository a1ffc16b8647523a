"""A list set spaced out, a few of its rows wide enough for headline type, is body text.

A list of names (test20/page-11, page-15 and their full-size reads: ``…委员名单``) is set in
body type, each name padded to a grid of cells with ideographic spaces. The OCR drops the
spaces, so a row's characters stand wider apart than the body type's, by as much as its
padding: 1.14 to 1.37 of the body's pitch, row by row. The rows over HEADLINE_RATIO read as
headlines, the rows around them joined them as decks, and the list came out as "titles" of
names cutting its story apart. Headline type set over four rows or more at body leading, in
boxes no taller than a body line's, the rows around it set alike but narrower (most of the
stack under headline type), no clause mark out of brackets, is such a list's rows
(``stories._listed_rows``). A title of four lines, every line at headline type, stays a title.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import (
    assert_provenance,
    page_of_rows,
    pool_text,
    titled_stories,
    two_titles_over_a_column,
)

LEFT, RIGHT = "东南西北中前后左", "春夏秋冬朝暮晨昏"
#: Characters a row over 600 px at a 25 px body pitch: 1.20-1.41 of the body's pitch.
COUNTS = (20, 19, 17, 20, 21, 20, 19, 17, 20, 20)


def _rows(counts: tuple[int, ...]) -> list[tuple[int, int, int, int, str]]:
    rows = two_titles_over_a_column(LEFT, RIGHT)
    for k, n in enumerate(counts):
        y = 300 + 36 * k
        rows.append((1000, y, 1600, y + 26, pool_text(300 + 20 * k, n)))
    return rows


def test_a_spaced_list_s_wide_rows_are_no_headlines() -> None:
    rows = _rows(COUNTS)
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    stories = titled_stories(page)
    assert set(stories) == {LEFT, RIGHT}
    decks, paragraphs = stories[RIGHT]
    assert decks == []
    assert paragraphs == ["".join(r[4] for r in rows if r[0] == 1000)]


def test_a_title_of_four_lines_in_body_high_boxes_stays_one() -> None:
    # (Every line at headline type, 1.41 of the body's pitch: a title, not a list.)
    rows = _rows((17, 17, 17, 17))
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    assert any(b.kind == "title" and len(b.text) >= 34 for a in page.articles for b in a.blocks)
