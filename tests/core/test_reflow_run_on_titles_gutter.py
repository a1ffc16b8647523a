"""Two titles side by side boxed as one, over stories whose gutters are all as wide.

A story of three columns beside one of two, each under a title broken over two lines and
centred over its story, both second lines short; the detector boxes the two first lines as
one (test18/page-03 read shrunk: 44 characters in one box 1841 px wide, the titles set in
type of two sizes). The text under them shows every gutter of the five columns, the one
between the two stories no wider than the first story's own: of the gutters no line crosses,
the widest and then the leftmost was taken, the first story's first, and the box cut there
gave the second story the first story's third column and two thirds of its title. A title's
lines are centred on one axis: its first line spans the box from its end to that end
mirrored about its second line's centre. The stories' gutter lies past both spans
(``sidebyside._past_titles``); a story's own gutters lie under its title.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import assert_provenance, page_of_rows, paragraph_column

LEFT_TITLE = "金木水火土日月星辰山川河海湖江淮松柏桃李梅兰竹菊风"  # 25 at 44 px
LEFT_END = "雷电霜"  # 3 at 44 px
RIGHT_TITLE = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申"  # 19 at 36 px
RIGHT_END = "东南西北中"  # 5 at 36 px
#: Three columns of the left story, two of the right one; every gutter 44 px.
COLUMNS = [(60, 396), (440, 776), (820, 1156), (1200, 1536), (1580, 1916)]
TOP = 600


def _page():  # type: ignore[no-untyped-def]
    left_axis, right_axis = (60 + 1156) / 2, (1200 + 1916) / 2
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        # The detector's box over both first lines.
        (
            round(left_axis - 12.5 * 44),
            TOP,
            round(right_axis + 9.5 * 36),
            TOP + 50,
            LEFT_TITLE + RIGHT_TITLE,
        ),
        (round(left_axis - 1.5 * 44), TOP + 58, round(left_axis + 1.5 * 44), TOP + 112, LEFT_END),
        (round(right_axis - 2.5 * 36), TOP + 52, round(right_axis + 2.5 * 36), TOP + 90, RIGHT_END),
    ]
    paragraphs: list[list[str]] = []
    for n, (x0, x1) in enumerate(COLUMNS):
        column, own = paragraph_column(x0, x1, TOP + 140, 9, 200 * n)
        rows += column
        paragraphs.append(own)
    return page_of_rows(rows), paragraphs


def test_run_on_titles_are_cut_at_the_gutter_past_both_titles() -> None:
    ocr, paragraphs = _page()
    page = reflow_page(ocr)
    assert_provenance(page)
    stories = [
        (
            "".join(b.text for b in a.blocks if b.kind == "title"),
            [b.text for b in a.blocks if b.kind == "paragraph"],
        )
        for a in page.articles
    ]
    left = [p for column in paragraphs[:3] for p in column]
    right = [p for column in paragraphs[3:] for p in column]
    assert [text for _, text in stories] == [left, right]
    # (Cut at the box's own pitch, a character either way: the titles are set in two sizes.)
    assert stories[0][0].startswith(LEFT_TITLE[:-1]) and stories[0][0].endswith(LEFT_END)
    assert stories[1][0].startswith(RIGHT_TITLE[1:]) and stories[1][0].endswith(RIGHT_END)
