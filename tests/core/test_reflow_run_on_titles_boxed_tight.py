"""Two titles side by side boxed as one, the left title's short second line boxed tight.

A story of three columns beside one of two, each under a title broken over two lines and
centred over its story; the detector boxes the two first lines as one (test14/page-13 read
at RapidOCR's default size: ``韩正出席…一般性`` and ``李强主持…党中`` in one box 1837 px wide).
The left title's second line, four characters, is boxed tight about its ink: set at
headline pitch but a little short of headline height (31.6 px against 32.3 there), it was
no headline line, so no two second lines stood side by side under the box and it was left
whole, one title over both stories. Such a line is looked at for run-on titles
(``sidebyside.NEAR_HEAD_HEIGHT``).

And each title here runs a little past its story's columns, its first line's span (from the
box's end mirrored about its second line's centre) ending inside the gutter between the two
stories: a title is no wider than its columns, so its part is boxed to the gutter's edge,
and the gutter stays clear down through the titles for the layout to part the stories.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from desktop.core.reflow.sidebyside import split_between_stories
from tests.core.geometry_helpers import page_of_rows, paragraph_column

LEFT_TITLE = "金木水火土日月星辰山川河海湖江淮松柏桃李梅兰竹菊"  # 24 at 46 px
LEFT_END = "风雨雷电"  # 4 at 46 px
RIGHT_TITLE = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"  # 20 at 36 px
RIGHT_END = "东南西北中春夏秋冬朝"  # 10 at 36 px
#: Three columns of the left story, two of the right one; the stories a wider gutter apart.
COLUMNS = [(60, 396), (440, 776), (820, 1156), (1216, 1552), (1596, 1932)]
GUTTER = (1156, 1216)
TOP = 600


def _page(end_height: int):  # type: ignore[no-untyped-def]
    """The page, the left title's second line boxed ``end_height`` px tall (the body's lines
    26 px)."""
    left_axis, right_axis = (60 + 1156) / 2, (1216 + 1932) / 2
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        # The detector's tilted box over both first lines, each a little past its story.
        (
            round(left_axis - 12 * 46),
            TOP,
            round(right_axis + 10 * 36),
            TOP + 62,
            LEFT_TITLE + RIGHT_TITLE,
        ),
        (
            round(left_axis - 2 * 46),
            TOP + 68,
            round(left_axis + 2 * 46),
            TOP + 68 + end_height,
            LEFT_END,
        ),
        (round(right_axis - 5 * 36), TOP + 64, round(right_axis + 5 * 36), TOP + 100, RIGHT_END),
    ]
    start = 0
    for x0, x1 in COLUMNS:
        column, _ = paragraph_column(x0, x1, TOP + 140, 9, start)
        rows += column
        start += 200
    return page_of_rows(rows)


def test_a_title_line_boxed_tight_is_a_second_line_under_a_run_on_title() -> None:
    for height in (30, 40):  # a little short of headline height (31.2 px), and over it
        out = split_between_stories(_page(height))
        parts = {ln.text: ln.box for ln in out.lines if ln.text in (LEFT_TITLE, RIGHT_TITLE)}
        assert set(parts) == {LEFT_TITLE, RIGHT_TITLE}, height


def test_each_part_is_boxed_within_its_storys_side_of_the_gutter() -> None:
    out = split_between_stories(_page(30))
    parts = {ln.text: ln.box for ln in out.lines if ln.text in (LEFT_TITLE, RIGHT_TITLE)}
    left, right = parts[LEFT_TITLE], parts[RIGHT_TITLE]
    assert left is not None and right is not None
    assert left.x1 <= GUTTER[0] + 0.5 and right.x0 >= GUTTER[1] - 0.5


def test_both_titles_read_whole_over_their_stories() -> None:
    titles = [
        (b.kind, b.text)
        for a in reflow_page(_page(30)).articles
        for b in a.blocks
        if b.kind != "paragraph"
    ]
    assert titles == [("title", LEFT_TITLE + LEFT_END), ("title", RIGHT_TITLE + RIGHT_END)]
