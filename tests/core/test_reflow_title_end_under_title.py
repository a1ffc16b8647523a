"""A title's short end wrapped onto a line of its own stays the title's, told by its box.

Read shrunk (test20/page-08), a list's title wrapped its last few characters, two CJK
characters and a count in brackets, onto a line centred under it. Too short for a pitch,
that line's size was told by its box's height alone, weighed against the title line's
pitch; on a page whose body boxes came out tall it fell short and read a deck, and the
story's title lost its end (its headline group was lost; at full size it was the title's).
A line too short for a pitch, right under a title line and inside its span, in a box as
tall as that line's or taller, is the title's end (``stories._short_end_under``): a deck
is set smaller than its title.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import assert_provenance, page_of_rows, paragraph_column

TITLE, END = "东南西北中前后左上下春夏秋冬朝暮", "金木(12篇)"


def _rows(end_height: int) -> list[tuple[int, int, int, int, str]]:
    body, _ = paragraph_column(100, 1000, 320, 15, 0, pitch=24, height=30)
    return [
        (69, 82, 444, 181, "人民日报"),
        (1518, 73, 1773, 108, "1998年1月2日星期五"),
        (250, 200, 823, 236, TITLE),
        (436, 247, 636, 247 + end_height, END),
        *body,
    ]


def test_a_short_end_as_tall_as_the_title_line_is_the_title() -> None:
    page = reflow_page(page_of_rows(_rows(38)))
    assert_provenance(page)
    titles = [b.text for a in page.articles for b in a.blocks if b.kind == "title"]
    decks = [b.text for a in page.articles for b in a.blocks if b.kind == "deck"]
    assert titles == [TITLE + END]
    assert decks == []


def test_a_shorter_box_under_the_title_stays_a_deck() -> None:
    page = reflow_page(page_of_rows(_rows(30)))
    decks = [b.text for a in page.articles for b in a.blocks if b.kind == "deck"]
    assert decks == [END]
