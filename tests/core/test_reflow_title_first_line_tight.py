"""A title's first line boxed tight is the title's, not a kicker deck.

Read at full size, test14full/page-13's title of two lines had its first line boxed 32 px
tall, its second 41 px, both at one character pitch (35.7 and 36.2 px): by its box's height
the first line was smaller than the title and read as a kicker deck, and the title was its
second line alone. A deck run right over a title whose lines are set at the title's first
line's pitch (within SAME_TYPE either way), the title's first line right under it, is the
title's (``stories._tight_first_lines``); a kicker deck set smaller stays a deck.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import (
    assert_provenance,
    page_of_rows,
    paragraph_column,
    titled_stories,
)

FIRST = "东南西北中前后左上下春夏秋冬朝暮晨昏金木"  # 20
SECOND = "水火土日月星辰山川河海湖江淮松柏桃"  # 17
COLUMNS = [(60, 500), (540, 980)]


def _page(
    first_pitch: float, first_height: int
) -> tuple[list[tuple[int, int, int, int, str]], list[str]]:
    x0 = 70
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (x0, 223, round(x0 + 20 * first_pitch), 223 + first_height, FIRST),
        (120, 265, 120 + round(17 * 36.2), 306, SECOND),
    ]
    paragraphs: list[str] = []
    for n, (a, b) in enumerate(COLUMNS):
        column, texts = paragraph_column(a, b, 340, 12, 300 * n, height=23)
        rows += column
        paragraphs += texts
    return rows, paragraphs


def test_a_first_line_boxed_tight_at_the_title_pitch_is_the_title() -> None:
    rows, paragraphs = _page(35.7, 32)
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    assert titled_stories(page)[FIRST + SECOND] == ([], paragraphs)


def test_a_kicker_deck_set_smaller_stays_a_deck() -> None:
    rows, paragraphs = _page(28.0, 32)
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    assert titled_stories(page)[SECOND] == ([FIRST], paragraphs)
