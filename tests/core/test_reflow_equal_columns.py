"""A story whose rows are nearly all run on is cut where its equal columns put the gutters.

A story's columns are set equally wide. On dev/page-155 (the rows below: three stories, the
right one, 蔡奇, in three columns of 14 characters at 825-1931 px, text made neutral, boxes as
read, y shifted) nearly every row of the right story was boxed as one line over two or
three columns: no gutter shows as a clear gap, no two rows meet at one (a seam), and the
page's grid has none there. But its lines start at 825 and end at 1929, a line of its first
column ends at 1165, lines of its last two start at 1199-1205: three columns of 340 px at
gutters of about 42 px, which other lines fit too. The rows run on over them were read as
one line each (16 of 23 paragraphs of the page found, the story's headline lost; 17 and the
headline with it).
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

#: (x0, y0, x1, y1, text) of each box, as RapidOCR read and listed them (y shifted), the two
#: stories to the left too (their columns, other than the right story's, give the page's
#: grid and pitch).
ROWS = [
    (120, 36, 708, 74, "文文文文文文文文文文文文文文文文"),
    (1051, 35, 1715, 82, "文文文文文文文文文文文文文文文"),
    (107, 93, 782, 124, "文文文文文文文，文文文文文文文文文文文文文文文文文文"),
    (
        870,
        101,
        1931,
        136,
        "文文文文文文文文文、文文文文文。文文文文文文文文文文文文文文文文，文文文文文文文",
    ),
    (59, 129, 784, 160, "文文文。文文文文文文文，文文文，文文文文文文文文文文文文"),
    (825, 141, 1699, 172, "文文文文文文文9文文文文文文文文文文文文文文文文，文文文文文文文。"),
    (59, 167, 402, 194, "文文文文文文文文文文文文文文"),
    (
        825,
        176,
        1929,
        207,
        "文文文文文文文文文文文文文文文文、文文文、文文文文文。文文文文文，文文文文文文文",
    ),
    (61, 203, 401, 230, "文文文文文文文文文文文，文文"),
    (405, 198, 782, 232, "文文文文文文文文文文文文"),
    (827, 214, 1165, 242, "文文文文、文文文文文文文文文"),
    (1199, 212, 1929, 243, "文文文文文文文文文文文文文文文文文文文文文文文文文，文文"),
    (59, 235, 780, 266, "文文文文文文文文文文文文，文文文，文文文文文文文文文文文"),
    (822, 248, 1027, 276, "文文文文文文文文。"),
    (1205, 247, 1928, 278, "文文文文文文文，文文文文文文文文文文文文文文，文文文文文"),
    (59, 271, 780, 302, "文文文文文文文文、文文文文文文，文文文文文文文文文文文文"),
    (
        872,
        284,
        1915,
        315,
        "文文文文，文文文文文文文文文文文文文文文文文，文文文文文，文文文文文文文文文文，",
    ),
    (59, 309, 793, 340, "文文文文文文。文文文文文文文。文文，文文文文文文文文文，"),
    (
        824,
        320,
        1931,
        351,
        "文文文文文文文文文文，文文文文文文文文文。文文文文文文文文文文文文文文文文文，文文文",
    ),
    (61, 346, 421, 374, "文文文文文文文文文文文文文、"),
    (426, 346, 785, 374, "文文文文文文文文文文文文文文"),
    (
        824,
        356,
        1771,
        387,
        "文文文文文文文文文文文文文文文文文，文文文文文文，文文文文文文文文文文。",
    ),
    (61, 382, 402, 410, "文文文文文文文文，文文文文文"),
    (438, 382, 736, 410, "文文文文文文文文，2012文"),
    (61, 418, 401, 446, "文文文文文文文文文文文文文"),
    (439, 418, 747, 446, "文文，文文文文文文文310文"),
    (58, 451, 122, 485, "文文。"),
    (442, 455, 780, 483, "文文文文文文文文文文文。文文"),
]


def _row(y0: int) -> list[tuple[float, float, int]]:
    page = split_across_gutters(page_of_rows(ROWS))
    return sorted(
        (ln.box.x0, ln.box.x1, len(ln.text))
        for ln in page.lines
        if ln.box is not None and ln.box.y0 == y0 and ln.box.x1 > 800
    )


def test_run_on_rows_are_cut_at_the_gutters_of_equal_columns() -> None:
    for y0 in (101, 141, 320):
        parts = _row(y0)
        assert len(parts) == 3
        # (Each in its column: 825-1165, 1207-1548, 1590-1931. The characters are shared
        # out by the columns' pitch, about the 14 a column holds, a part ending a paragraph
        # fewer; on this excerpt one or two off where punctuation is set narrow.)
        assert [round((x0 - 825) / 382) for x0, _, _ in parts] == [0, 1, 2]
        assert all(x1 - x0 < 360 for x0, x1, _ in parts)
        assert all(12 <= n <= 16 for _, _, n in parts[:2]) and parts[2][2] <= 16


def test_a_line_in_another_type_across_the_columns_is_left_whole() -> None:
    # (The same run-on row set wider, as a deck's type is: its characters do not stand at
    # the body's pitch once the gutters are left out.)
    rows = [
        (x0, y0, x1 + 200 if y0 == 101 else x1, y1, t) if x0 == 870 else (x0, y0, x1, y1, t)
        for x0, y0, x1, y1, t in ROWS
    ]
    page = split_across_gutters(page_of_rows(rows))
    assert [ln.box.x0 for ln in page.lines if ln.box is not None and ln.box.y0 == 101] == [870]
