"""Two stories' titles side by side, one condensed to fill its span, the other centred.

dev/page-207: a story of one column on the left, under a title of 20 characters set condensed
to fill its 720 px (36 px a character) and broken onto a second line of two (``…社会`` /
``基础``); beside it, 38 px on, a story of three columns under a title of 23 characters at
44 px, centred over its columns, and a second line of 24 at the same pitch. The detector
boxes the two titles' first lines as one, 53 px tall (tilted over 1800 px); the second lines
are boxed apart, 37-39 px tall. Cut at the box's own pitch (42 px) the left title lost three
characters to the right one; cut right, the two pieces, closer than their box is tall, were
joined back as one title broken by the detector; and the right title's second line, in a box
less tall than the run-on box, was read as a deck.
"""

from __future__ import annotations

from desktop.core.model import Page
from desktop.core.ocr.model import OcrPage
from desktop.core.reflow import reflow_page
from desktop.core.reflow.sidebyside import split_between_stories
from tests.core.geometry_helpers import page_of_rows

POOL = (
    "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水"
    "玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽翔龙师火帝鸟官人皇始制文字乃服衣裳"
)
LEFT_TITLE = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"  # 20, condensed to fill 720 px
LEFT_END = "戌亥"
RIGHT_TITLE = "东南西北中春夏秋冬金木水火土日月星辰山川河海湖"  # 23 at 44 px
RIGHT_END = "江淮河汉松柏桃李梅兰竹菊风雨雷电霜雪云雾晨昏朝暮"  # 24 at 44 px
TOP = 600  # the titles' first line
LEFT = (60, 783)  # the left story's one column, 30 characters
RIGHT = [(825, 1167), (1208, 1550), (1589, 1931)]  # the right story's, 14 characters


def _text(start: int, n: int) -> str:
    return "".join(POOL[(start + k) % len(POOL)] for k in range(n))


def _body(top: int) -> tuple[list[tuple[int, int, int, int, str]], list[str]]:
    """Each story's rows and paragraphs, eight rows a column, 36 px apart: a first line
    indented two characters, a last line short and ending in a stop, every fourth row."""
    rows: list[tuple[int, int, int, int, str]] = []
    paragraphs: list[str] = []
    start = 0
    for x0, x1 in [LEFT, *RIGHT]:
        per = round((x1 - x0) / 24.1)
        pitch = (x1 - x0) / per
        for k in range(8):
            lead = 2 if k % 4 == 0 else 0
            n = per - lead if k % 4 != 3 else per // 2
            text = _text(start, n - (k % 4 == 3)) + ("。" if k % 4 == 3 else "")
            start += n + 5
            y = top + k * 36
            rows.append((round(x0 + lead * pitch), y, round(x0 + (lead + n) * pitch), y + 25, text))
            paragraphs[len(paragraphs) :] = [""] if lead else []
            paragraphs[-1] += text
    return rows, paragraphs


def _page(run_on: bool = True) -> OcrPage:
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第8版要闻"),
    ]
    if run_on:
        rows.append((64, TOP, 1868, TOP + 53, LEFT_TITLE + RIGHT_TITLE))
    else:
        rows += [
            (64, TOP, 783, TOP + 53, LEFT_TITLE),
            (821, TOP, 1868, TOP + 53, RIGHT_TITLE),
        ]
    rows += [
        (387, TOP + 51, 466, TOP + 90, LEFT_END),
        (839, TOP + 69, 1900, TOP + 106, RIGHT_END),
        *_body(TOP + 112)[0],
    ]
    return page_of_rows(rows)


def _titles(page: Page) -> list[str]:
    return [b.text for a in page.articles for b in a.blocks if b.kind == "title"]


def test_two_titles_boxed_as_one_are_cut_by_the_pitch_of_the_longer_second_line() -> None:
    """At the box's own pitch (42 px) the cut falls three characters short of the gutter's
    place: the left title is condensed, the right one set at its second line's pitch."""
    lines = [ln.text for ln in split_between_stories(_page()).lines]
    assert LEFT_TITLE in lines and RIGHT_TITLE in lines


def test_two_titles_each_over_its_own_second_line_are_not_joined_as_one() -> None:
    """The first lines stand 38 px apart, closer than their 53 px boxes are tall (a title the
    detector broke in two stands so), but each has a second line of its own under it, and
    those stand far apart: two stories' titles."""
    titles = _titles(reflow_page(_page(run_on=False)))
    assert len(titles) == 2
    assert titles[0].startswith(LEFT_TITLE) and titles[1].startswith(RIGHT_TITLE)


def test_a_title_line_at_the_title_lines_pitch_under_it_is_the_title_however_short_its_box() -> (
    None
):
    """The right title's second line (37 px box, 44 px a character) under its first line's
    part of the run-on box (53 px, 45.5 px a character): one title, not a title and a deck.
    (The left title's second line of two characters has no pitch to tell.)"""
    for page in (_page(), _page(run_on=False)):
        titles = _titles(reflow_page(page))
        assert titles[0].startswith(LEFT_TITLE) and titles[1] == RIGHT_TITLE + RIGHT_END


def test_both_stories_read_whole_under_their_titles() -> None:
    page = reflow_page(_page())
    assert [b.text for a in page.articles for b in a.blocks if b.kind == "paragraph"] == (
        _body(TOP + 112)[1]
    )
