"""Two stories' titles side by side, their first lines boxed as one, are cut at the gutter.

Two stories set side by side, each under a title that fills its span and breaks onto a second
line: the first lines stand a gutter and their margins apart, under two characters of title
type, and a detector boxes them as one line (a probe page of dev stories: ``赵乐际同…合作委员``
and ``王沪宁出席…调研`` in one box, 1818 px wide; the second lines ``会第十次会议`` and
``协商座谈会`` boxed apart, each under its own half). Read as one title over both stories, the
two stories' text went under it and neither headline was right. The second lines, side by
side under the one box, and the gutter the text under them leaves clear between them show
the box is two titles run on: it is cut at that gutter.

A second line can be one character, a title's last wrapped alone (another probe page:
``…中俄议会合作委消费潜力…市场活`` in one box 56 px tall, tilted over both titles, the second
lines ``员会第八次会议`` and ``力``): such a line has no pitch, but its box, headline-tall,
makes it a second line side by side all the same; under the part cut off, the character is
the title's end, not a deck (a deck is never one character), though the part keeps the
run-on box's height and outsizes it.
"""

from __future__ import annotations

from desktop.core.model import Page
from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows

CHAR = 24
LEAD = 36
#: The two stories' columns: (left, right) of each, two a story.
COLUMNS = [(60, 505), (539, 983), (1017, 1462), (1496, 1940)]
LEFT_TITLE = "甲乙丙丁戊己庚辛同子丑寅卯辰巳午未共同主持某某合作委员"
RIGHT_TITLE = "天地玄黄宇宙洪荒出席日月盈昃辰宿列张寒来暑往秋收冬藏调研"


def _rows(
    second_lines: bool, right_end: str = "协商座谈会", top: int = 486
) -> list[tuple[int, int, int, int, str]]:
    """``top``: where the run-on box starts (a tilted box starts higher, its foot stays)."""
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第3版要闻"),
        # The two titles' first lines, 36 px type, 57 px apart: one box.
        (72, top, 1890, 525, LEFT_TITLE[:25] + RIGHT_TITLE[:25]),
    ]
    if second_lines:
        width = 36 * len(right_end)
        rows += [
            (415, 536, 630, 571, "会第十次会议"),
            (1480 - width // 2, 536, 1480 - width // 2 + width, 573, right_end),
        ]
    for n, (x0, x1) in enumerate(COLUMNS):
        story = "左" if n < 2 else "右"
        for k in range(8):
            y = 594 + k * LEAD
            lead = 2 * CHAR if k in (0, 4) and n % 2 == 0 else 0
            per = (x1 - x0) // CHAR - lead // CHAR
            end = "。" if k in (3, 7) else "，"
            text = (f"{story}栏{n}行{k}" + "正文内容" * 5)[: per - 1] + end
            rows.append((x0 + lead, y, x0 + lead + per * CHAR, y + 26, text))
    return rows


def _titles(page: Page) -> list[str]:
    return [b.text for a in page.articles for b in a.blocks if b.kind == "title"]


def test_two_titles_boxed_as_one_line_are_cut_at_the_gutter_between_their_stories() -> None:
    """Each story under its own title, its second line under it (one title over both stories
    without the cut)."""
    page = reflow_page(page_of_rows(_rows(second_lines=True)))
    assert _titles(page) == [
        LEFT_TITLE[:25] + "会第十次会议",
        RIGHT_TITLE[:25] + "协商座谈会",
    ]


def test_a_wide_title_without_two_lines_side_by_side_under_it_stays_whole() -> None:
    """A title over both stories' columns with nothing side by side under it: one title."""
    page = reflow_page(page_of_rows(_rows(second_lines=False)))
    assert _titles(page) == [LEFT_TITLE[:25] + RIGHT_TITLE[:25]]


def test_a_second_line_of_one_character_is_a_second_line_side_by_side() -> None:
    """The right title's second line is one character, boxed 37 px tall; the run-on box over
    both tilted, 56 px tall. Each story under its own title, the character its title's end."""
    page = reflow_page(page_of_rows(_rows(second_lines=True, right_end="谈", top=469)))
    assert _titles(page) == [LEFT_TITLE[:25] + "会第十次会议", RIGHT_TITLE[:25] + "谈"]
