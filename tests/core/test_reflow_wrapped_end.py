"""A title's last character wrapped alone and boxed square does not make the title a deck.

A title in large type set over a narrow span wraps mid-word; its last line can hold one
character (``蔡奇与社会科学、新闻出版界政协委员共商国 | 是`` on a probe page of dev stories).
Such a line has too few characters for a pitch and is sized by its box's height, and a detector
boxes one character nearly square, taller than the line's box it wraps from: its size was the
headline's largest, the title's first line (sized by its pitch) read as a deck against it and
the one character as the title. A short line right under a line with a pitch, within its span
and at most 1.4 times as tall, is that line's wrapped end and does not set the largest size.
"""

from __future__ import annotations

from desktop.core.model import Page
from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows

CHAR = 24.0
LEAD = 36.0
LEFT = 60.0


Row = tuple[int, int, int, int, str]


def _page(title: Row, stub: Row) -> Page:
    """A title line, a short line under it, and a story of two paragraphs in one column of
    14 characters (30 px boxes)."""
    rows: list[Row] = [
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


def test_a_wrapped_character_boxed_taller_than_its_line_leaves_the_line_a_title() -> None:
    """The title's last character wrapped alone, boxed nearly square (48 px under the line's
    36 px box: ``…共商国 | 是`` on a probe page of dev stories): its box's height (1.6 body
    lines) is not the headline's largest size, against which the line it wraps from (1.39 by
    its pitch) read as a deck and the one character as the title."""
    title = (66, 300, 66 + 20 * 36, 336, "甲乙丙丁与戊己庚辛、子丑寅卯辰巳委员共商")
    page = _page(title, (400, 345, 446, 393, "是"))
    assert _heads(page) == [("title", "甲乙丙丁与戊己庚辛、子丑寅卯辰巳委员共商是")]
