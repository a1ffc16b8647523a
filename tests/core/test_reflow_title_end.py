"""A title's last characters wrapped onto a short line of their own stay in the title.

A title in large type set over a narrow span wraps mid-word; its last line can hold two or
three characters (dev/page-141: ``国务院、中央军委公布实施新修订的《征兵工 | 作条例》``,
dev/page-00: ``于永波会见全军和武警先进典型代表 | 时指出``). Such a line has too few
characters for a pitch and is sized by its box's height, while the title line's size comes from
its pitch (a title's box grows less than its type): measured against that, the wrapped end read
as a deck. Its box is as tall as the title line's, which a deck's or an author's name's is not.
"""

from __future__ import annotations

from desktop.core.model import Page
from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows

CHAR = 24.0
LEAD = 36.0
LEFT = 60.0


TITLE = (66, 300, 66 + 18 * 40, 336, "甲乙丙丁公布实施新修订的《戊己庚辛壬")


def _page(
    stub: tuple[int, int, int, int, str], title: tuple[int, int, int, int, str] = TITLE
) -> Page:
    """A title line (by default 18 characters set 40 px apart, in a 36 px box), a short line
    under it, and a story of two paragraphs in one column of 14 characters (30 px boxes)."""
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第4版要闻"),
        title,
        stub,
    ]
    y = 420
    for p in range(2):
        for k in range(5):
            lead = 2 * CHAR if k == 0 else 0.0
            n = 14 - (2 if k == 0 else 0)
            text = (f"第{p}段第{k}行" + "正文内容" * 4)[: n - 1] + ("。" if k == 4 else "，")
            x0 = LEFT + lead
            rows.append((int(x0), y, int(x0 + n * CHAR), y + 30, text))
            y += int(LEAD)
    return reflow_page(page_of_rows(rows))


def _heads(page: Page) -> list[tuple[str, str]]:
    return [
        (b.kind, b.text) for a in page.articles for b in a.blocks if b.kind in ("title", "deck")
    ]


def test_a_short_line_as_tall_as_the_title_line_over_it_ends_the_title() -> None:
    """``癸条例》`` in a 38 px box under the 36 px title line: one title (a deck without the
    rule: its box's height, 1.27 body lines, falls short of what the title line's pitch
    says of its size, 1.55 body characters)."""
    page = _page((352, 347, 482, 385, "癸条例》"))
    assert _heads(page) == [("title", "甲乙丙丁公布实施新修订的《戊己庚辛壬癸条例》")]


def test_an_authors_name_in_a_shorter_box_stays_a_deck() -> None:
    """A name under the title in a box of body height (31 px, the title's 36): a deck."""
    page = _page((352, 347, 442, 378, "张三丰"))
    assert _heads(page) == [
        ("title", "甲乙丙丁公布实施新修订的《戊己庚辛壬"),
        ("deck", "张三丰"),
    ]


def test_a_wrapped_character_boxed_taller_than_its_line_leaves_the_line_a_title() -> None:
    """The title's last character wrapped alone, boxed nearly square (48 px under the line's
    36 px box: ``…共商国 | 是`` on a probe page of dev stories): its box's height (1.6 body
    lines) is not the headline's largest size, against which the line it wraps from (1.39 by
    its pitch) read as a deck and the one character as the title."""
    title = (66, 300, 66 + 20 * 36, 336, "甲乙丙丁与戊己庚辛、子丑寅卯辰巳委员共商")
    page = _page((400, 345, 446, 393, "是"), title=title)
    assert _heads(page) == [("title", "甲乙丙丁与戊己庚辛、子丑寅卯辰巳委员共商是")]
