"""A spaced list's row holding a bracket, boxed a little taller, still belongs to the list.

``stories._listed_rows`` takes headline-type rows for a spaced list's rows (names padded to a
grid, the padding spaces dropped by the OCR) where they stack in a run of four rows or more
in boxes no taller than a body line's. A bracket's ink reaches over and under a CJK
character's, and a row holding ``（女）`` is boxed taller with it (test20/page-11: 30-32 px
among rows of 26): left out of the run, it parted the list's column in two runs too short
to be a list, and the headline-type row over it read as a title of names
(``stories._bracket_room``).
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
#: Characters a row over 600 px at a 25 px body pitch: 1.20-1.41 of the body's pitch (the
#: third at headline type).
COUNTS = (20, 19, 17, 20, 21, 20, 19, 20)
BRACKET_ROW = 3


def _rows(tall: int) -> list[tuple[int, int, int, int, str]]:
    """A story of body lines on the left, a list of eight spaced rows on the right under its
    own title; the list's fourth row ends in ``（女）``, boxed ``tall`` px (the others 26)."""
    rows = two_titles_over_a_column(LEFT, RIGHT)
    for k, n in enumerate(COUNTS):
        y = 300 + 36 * k
        if k == BRACKET_ROW:
            rows.append(
                (1000, y - 3, 1600, y - 3 + tall, pool_text(300 + 20 * k, n - 3) + "（女）")
            )
        else:
            rows.append((1000, y, 1600, y + 26, pool_text(300 + 20 * k, n)))
    return rows


def _list_read(tall: int) -> bool:
    rows = _rows(tall)
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    stories = titled_stories(page)
    decks, paragraphs = stories.get(RIGHT, ([], []))
    return (
        set(stories) == {LEFT, RIGHT}
        and decks == []
        and paragraphs == ["".join(r[4] for r in rows if r[0] == 1000)]
    )


def test_a_list_row_holding_a_bracket_boxed_taller_keeps_the_list_whole() -> None:
    assert _list_read(33)


def test_the_list_boxed_alike_is_read_whole_as_before() -> None:
    assert _list_read(26)
