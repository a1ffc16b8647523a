"""Two stories' titles side by side, their boxes grown into the gutter between the stories.

A story of three columns beside one of two, each under its own title and a line under that
title (a deck, or the title's second line) centred over its story. The titles fill their
spans, so their ink stands a gutter and the margins apart, under two characters of title
type; a detector's boxes of such titles grow toward each other, the right one's here 60 px
left of its ink, over the end of the left one's box (test16/page-08, both reads: 1153-1907
beside 71-1176 over a gutter 1166-1208). Overlapping boxes hide the gutter from the layout's
XY-cut and join one headline group: both stories were read under one title, the right
story's first lines under the left one's decks. A title is no wider than its columns: where
the text under two such titles leaves a gutter clear between the stories, each title box is
boxed to its side of it (``sidebyside._close_titles``, ``sidebyside._into_gutter``).

A title the detector broke in two pieces has one second line, centred under both: its pieces
are left as boxed.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from desktop.core.reflow.sidebyside import split_between_stories
from tests.core.geometry_helpers import (
    assert_provenance,
    page_of_rows,
    paragraph_column,
    titled_stories,
)

LEFT_TITLE = "金木水火土日月星辰山川河海湖江淮松柏桃李梅兰竹菊"  # 24 at 45 px
LEFT_DECK = "风雨雷电霜雪云雾晴阴寒暑春夏秋冬朝暮"  # 18 at 36 px
RIGHT_TITLE = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申"  # 19 at 36 px
RIGHT_END = "东南西北"  # 4 at 36 px
COLUMNS = [(60, 396), (440, 776), (820, 1156), (1216, 1552), (1596, 1932)]
GUTTER = (1156, 1216)
TOP = 300


def _rows(right_start: int) -> list[tuple[int, int, int, int, str]]:
    """The page's rows, the right title's box starting at ``right_start`` (its ink at 1232)."""
    left_axis, right_axis = (60 + 1156) / 2, (1216 + 1932) / 2
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (70, TOP, 1170, TOP + 46, LEFT_TITLE),
        (right_start, TOP - 2, 1916, TOP + 38, RIGHT_TITLE),
        (round(left_axis - 9 * 36), TOP + 60, round(left_axis + 9 * 36), TOP + 98, LEFT_DECK),
        (round(right_axis - 2 * 36), TOP + 48, round(right_axis + 2 * 36), TOP + 86, RIGHT_END),
    ]
    start = 0
    for x0, x1 in COLUMNS:
        column, _ = paragraph_column(x0, x1, TOP + 140, 9, start)
        rows += column
        start += 200
    return rows


def _paragraphs(columns: list[tuple[int, int]], first: int) -> list[str]:
    out: list[str] = []
    start = first
    for x0, x1 in columns:
        out += paragraph_column(x0, x1, TOP + 140, 9, start)[1]
        start += 200
    return out


def test_titles_grown_over_each_other_are_boxed_to_their_sides_of_the_gutter() -> None:
    out = split_between_stories(page_of_rows(_rows(1145)))
    boxes = {ln.text: ln.box for ln in out.lines if ln.text in (LEFT_TITLE, RIGHT_TITLE)}
    left, right = boxes[LEFT_TITLE], boxes[RIGHT_TITLE]
    assert left is not None and right is not None
    assert left.x1 <= GUTTER[0] and right.x0 >= GUTTER[1]
    assert (left.x0, right.x1) == (70, 1916)


def test_each_title_heads_its_own_story() -> None:
    page = reflow_page(page_of_rows(_rows(1145)))
    assert_provenance(page)
    assert titled_stories(page) == {
        LEFT_TITLE: ([LEFT_DECK], _paragraphs(COLUMNS[:3], 0)),
        RIGHT_TITLE + RIGHT_END: ([], _paragraphs(COLUMNS[3:], 600)),
    }


def test_titles_a_gutter_apart_are_left_as_boxed() -> None:
    rows = _rows(1228)  # the right title's box clear of the gutter
    out = split_between_stories(page_of_rows(rows))
    box = next(ln.box for ln in out.lines if ln.text == RIGHT_TITLE)
    assert box is not None and box.x0 == 1228


def test_a_title_broken_in_two_over_one_second_line_is_left_as_boxed() -> None:
    """The two pieces over one story's five columns, one second line centred under both."""
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (70, TOP, 1170, TOP + 46, LEFT_TITLE),
        (1145, TOP - 2, 1916, TOP + 44, RIGHT_TITLE),
        (820, TOP + 60, 1180, TOP + 104, "东南西北中春夏秋"),
    ]
    start = 0
    for x0, x1 in COLUMNS:
        column, _ = paragraph_column(x0, x1, TOP + 140, 9, start)
        rows += column
        start += 200
    page = page_of_rows(rows)
    assert split_between_stories(page).lines == page.lines
