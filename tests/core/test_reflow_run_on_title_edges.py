"""Two titles side by side boxed as one: each part boxed over its own title's span.

A story of three columns beside one of two (five page columns): each title is broken over
two lines and centred over its story, and the detector boxes the two first lines as one.
The text under them shows the gutter between the stories and, just as clearly, the left
story's own gutters; the one the run-on box was cut at lay inside the left story. The text
was shared out right (by the right title's second line's pitch), but the parts' boxes stood
at that gutter: the left title's first line squeezed to 0.65 of its pitch read as a deck
under its own short second line, and the right one's stretched over the left story's last
column read larger than its second line, a deck under a title.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.core.ocr.model import Box, OcrPage
from desktop.core.reflow import reflow_page
from desktop.core.reflow.sidebyside import split_between_stories
from tests.core.geometry_helpers import page_of_rows, paragraph_column

LEFT_TITLE = "金木水火土日月星辰山川河海湖江淮松柏桃李梅兰竹菊"  # 24 at 44 px
LEFT_END = "风雨雷电"  # 4 at 44 px
RIGHT_TITLE = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"  # 20 at 36 px, condensed
RIGHT_END = "东南西北中春夏秋冬朝"  # 10 at 36 px
COLUMNS = [(60, 396), (440, 776), (820, 1156), (1200, 1536), (1580, 1916)]
TOP = 600


def _page(run_on: bool = True):  # type: ignore[no-untyped-def]
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
    ]
    left_axis, right_axis = (60 + 1156) / 2, (1200 + 1916) / 2
    left_x0, right_x1 = round(left_axis - 12 * 44), round(right_axis + 10 * 36)
    if run_on:  # the detector's tilted box over both first lines
        rows.append((left_x0, TOP, right_x1, TOP + 62, LEFT_TITLE + RIGHT_TITLE))
    else:
        rows.append((left_x0, TOP + 8, round(left_axis + 12 * 44), TOP + 54, LEFT_TITLE))
        rows.append((round(right_axis - 10 * 36), TOP + 12, right_x1, TOP + 50, RIGHT_TITLE))
    rows.append(
        (round(left_axis - 2 * 44), TOP + 68, round(left_axis + 2 * 44), TOP + 114, LEFT_END)
    )
    rows.append(
        (round(right_axis - 5 * 36), TOP + 62, round(right_axis + 5 * 36), TOP + 98, RIGHT_END)
    )
    start = 0
    for x0, x1 in COLUMNS:
        column, _ = paragraph_column(x0, x1, TOP + 140, 9, start)
        rows += column
        start += 200
    return page_of_rows(rows)


def _titles(page) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(b.kind, b.text) for a in page.articles for b in a.blocks if b.kind != "paragraph"]


def test_each_part_of_a_run_on_title_box_spans_its_own_title() -> None:
    """Each title's first line spans the box from its end to that end mirrored about the
    title's second line's centre (a short one's centre holds however its padding runs)."""
    out = split_between_stories(_page())
    parts = {ln.text: ln.box for ln in out.lines if ln.text in (LEFT_TITLE, RIGHT_TITLE)}
    assert set(parts) == {LEFT_TITLE, RIGHT_TITLE}
    left, right = parts[LEFT_TITLE], parts[RIGHT_TITLE]
    assert left is not None and right is not None
    assert abs(left.x1 - 1136) < 30 and abs(right.x0 - 1198) < 30


def test_both_titles_read_whole_over_their_stories() -> None:
    for page in (_page(), _page(run_on=False)):
        assert _titles(reflow_page(page)) == [
            ("title", LEFT_TITLE + LEFT_END),
            ("title", RIGHT_TITLE + RIGHT_END),
        ]


def test_a_flush_left_title_is_not_squeezed_into_its_short_second_lines_span() -> None:
    """A title set flush left, its short second line under its first characters: mirrored
    about that line's centre, the first line would span four characters' room for its 24
    characters. Spans that do not hold their characters at about their second lines' pitch
    are not used; the parts are boxed at the gutter the text shows, as before."""
    rows = list(_page().lines)
    k = next(n for n, ln in enumerate(rows) if ln.text == LEFT_END)
    box = rows[k].box
    assert box is not None
    start = rows[k - 1].box.x0  # type: ignore[union-attr]
    rows[k] = replace(rows[k], box=Box(start, box.y0, start + box.width, box.y1))
    out = split_between_stories(OcrPage("p.json", "paddle-json", tuple(rows)))
    left = next(ln.box for ln in out.lines if ln.text == LEFT_TITLE)
    assert left is not None and left.x1 > start + 5 * 44  # not its 4 characters' mirror
