"""A title's end wrapped onto a line of its own, boxed as tall as the title line within a
pixel, is the title's end when it is no bare name.

test20/page-11 read shrunk: a list's title ``…委员会委员`` over its end ``名单 (133名)``, both
boxes 34.33 px tall to the fifth decimal (the shrunk read's coordinates scaled back), the
end's box a hundred-thousandth of a pixel the shorter. Three CJK characters have no pitch:
sized by its box's height alone (1.300 of the body against 0.88 of the title line's 1.492)
it read as a deck, and ``stories._short_end_under`` asks its box be as tall as the title
line's or taller. A byline under a title is boxed as tall too (dev/page-42: ``周德武``, 33 px
under a 33 px title line) but is a bare name of CJK characters; a line holding a count or a
bracket is no name (``stories._counted_end_under``). The bare name stays a deck.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import (
    assert_provenance,
    page_of_rows,
    paragraph_column,
    pool_text,
)

LEFT = "东南西北中前后左"
TITLE = pool_text(40, 16)


def _rows(end: str) -> list[tuple[int, int, int, int, str]]:
    left, _ = paragraph_column(100, 900, 300, 12, 0, pitch=25)
    right, _ = paragraph_column(1000, 1600, 330, 9, 500, pitch=25)
    return [
        (69, 82, 444, 181, "人民日报"),
        (1518, 73, 1773, 108, "1998年1月2日星期五"),
        (300, 220, 700, 262, LEFT),
        *left,
        # (16 characters over 600 px: 1.5 of the body's pitch, a 34 px box)
        (1000, 220, 1600, 254, TITLE),
        # (its end under it, a pixel shorter)
        (1200, 266, 1400, 299, end),
        *right,
    ]


def _title_and_decks(end: str) -> tuple[str, list[str]]:
    page = reflow_page(page_of_rows(_rows(end)))
    assert_provenance(page)
    story = next(
        a for a in page.articles if any(b.kind == "title" and TITLE in b.text for b in a.blocks)
    )
    title = "".join(b.text for b in story.blocks if b.kind == "title")
    return title, [b.text for b in story.blocks if b.kind == "deck"]


def test_a_counted_end_as_tall_as_its_title_line_is_the_title_s_end() -> None:
    title, decks = _title_and_decks("玄黄（12）")
    assert title == TITLE + "玄黄（12）"
    assert decks == []


def test_a_bare_name_under_a_title_stays_a_deck() -> None:
    title, decks = _title_and_decks("玄黄宇")
    assert title == TITLE
    assert decks == ["玄黄宇"]
