"""Two stories' titles side by side, their first lines boxed as one, their second lines close.

A story of three columns beside one of two, each under a title set in three lines centred over
its story. A detector reading the page shrunk boxes the two titles' first lines as one (the
gap between them, a gutter and the titles' margins, is under two characters of title type),
and grows the boxes of their second lines toward each other, nearer than two stories'
headlines ever stand (probe16/page-01 read shrunk: one box 73-1904 over second lines 82-975
and 993-1904, each over a short third line of its own). The second lines are too close for
the pair of stories' headlines :func:`sidebyside._run_on_titles` cuts at the gutter the text
shows (and the text under titles on a page read shrunk is run on over that gutter too), and
the layout read one title over both stories. Each second line over a third line of its own,
off the other's span, is two titles (``sidebyside._close_titles``): the run-on box is cut
where the titles' lines place it, each title's first line mirrored about its second line's
centre (``sidebyside._close_run_on``), and the two first lines, each over second and third
lines of its own, head two groups (``stories._two_titles``).

A title broken over lines has one line under each of its lines, centred under it: a box over
two second lines close together with one third line under both is left as boxed.
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

LEFT_1 = "金木水火土日月星辰山川河海湖江淮松柏桃李梅兰竹菊风雨"  # 26 at 40 px: 88-1128
RIGHT_1 = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午"  # 17 at 40 px: 1234-1914
LEFT_2 = "雷电霜雪云雾晴阴寒暑春夏秋冬朝暮东南西北中前后左右上"  # 26: 88-1128
RIGHT_2 = "青赤黄白黑宫商角徵羽琴棋书画诗酒茶"  # 17: 1234-1914, boxed from 1170
LEFT_3 = "一二三四五六"  # 6: 488-728
RIGHT_3 = "七八九"  # 3: 1514-1634
COLUMNS = [(60, 396), (440, 776), (820, 1156), (1216, 1552), (1596, 1932)]
TOP = 300


def _rows(
    right_second: int, third: bool = True, run_on: bool = False
) -> list[tuple[int, int, int, int, str]]:
    """The page's rows, the right title's second line boxed from ``right_second`` (its ink
    from 1234), with each title's third line when ``third``; with ``run_on``, the first rows
    of the stories' columns beside their gutter boxed as one (as a page read shrunk has its
    rows run on over the gutter under the titles)."""
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (88, TOP, 1914, TOP + 44, LEFT_1 + RIGHT_1),
        (88, TOP + 54, 1128, TOP + 90, LEFT_2),
        (right_second, TOP + 52, 1914, TOP + 88, RIGHT_2),
    ]
    if third:
        rows += [
            (488, TOP + 104, 728, TOP + 140, LEFT_3),
            (1514, TOP + 102, 1634, TOP + 138, RIGHT_3),
        ]
    start = 0
    for x0, x1 in COLUMNS:
        column, _ = paragraph_column(x0, x1, TOP + 180, 9, start)
        rows += column
        start += 200
    if run_on:
        # (column 3's first row and column 4's, 1216 on, are the 10th and 19th rows of text)
        k = 7 + 2 * 9
        a, b = rows[k], rows[k + 9]
        rows[k : k + 1] = [(a[0], a[1], b[2], a[3], a[4] + b[4])]
        del rows[k + 9]
    return rows


def _paragraphs(columns: list[tuple[int, int]], first: int) -> list[str]:
    out: list[str] = []
    start = first
    for x0, x1 in columns:
        out += paragraph_column(x0, x1, TOP + 180, 9, start)[1]
        start += 200
    return out


def test_run_on_first_lines_are_cut_where_the_second_lines_place_them() -> None:
    out = split_between_stories(page_of_rows(_rows(1170)))
    boxes = {ln.text: ln.box for ln in out.lines if ln.text in (LEFT_1, RIGHT_1)}
    left, right = boxes.get(LEFT_1), boxes.get(RIGHT_1)
    assert left is not None and right is not None
    assert (left.x0, left.x1) == (88, 1128)
    # (and then, as two titles side by side, each boxed to its side of the stories' gutter)
    assert (right.x0, right.x1) == (1216, 1914)


def test_each_title_heads_its_own_story() -> None:
    page = reflow_page(page_of_rows(_rows(1170)))
    assert_provenance(page)
    stories = titled_stories(page)
    # (Each title's short third line may be read as its deck.)
    assert len(stories) == 2
    left = next(v for k, v in stories.items() if k.startswith(LEFT_1 + LEFT_2))
    right = next(v for k, v in stories.items() if k.startswith(RIGHT_1 + RIGHT_2))
    assert left[1] == _paragraphs(COLUMNS[:3], 0)
    assert right[1] == _paragraphs(COLUMNS[3:], 600)


def test_second_lines_without_third_lines_of_their_own_are_left_as_boxed() -> None:
    """Two close second lines alone under the box: no evidence of two titles."""
    page = page_of_rows(_rows(1170, third=False))
    assert split_between_stories(page).lines == page.lines


def test_one_third_line_under_both_is_left_as_boxed() -> None:
    """A title broken over lines, its second line broken in two: one third line under both."""
    rows = [r for r in _rows(1170, third=False)]
    rows.insert(5, (900, TOP + 104, 1380, TOP + 140, "一二三四五六七八九十百千"))
    page = page_of_rows(rows)
    assert split_between_stories(page).lines == page.lines


def test_titles_over_text_run_on_over_their_gutter_head_their_own_stories() -> None:
    """The text under the titles run on over the stories' gutter shows no gutter clear to box
    the titles to: the cut first lines stay close, and each over second and third lines of
    its own heads a group of its own."""
    rows = _rows(1170, run_on=True)
    out = split_between_stories(page_of_rows(rows))
    right = next(ln.box for ln in out.lines if ln.text == RIGHT_1)
    assert right is not None and right.x0 == 1170
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    stories = titled_stories(page)
    assert len(stories) == 2
    assert any(k.startswith(LEFT_1 + LEFT_2) for k in stories)
    assert any(k.startswith(RIGHT_1 + RIGHT_2) for k in stories)
