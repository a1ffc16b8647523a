"""A story whose rows are nearly all run on is cut where its equal columns put the gutters.

A story's columns are set equally wide. On dev/page-155 (the rows below: three stories, the
right one, 蔡奇, in three columns of 14 characters at 825-1931 px, text made neutral, boxes as
read, y shifted) nearly every row of the right story was boxed as one line over two or
three columns: no gutter shows as a clear gap, no two rows meet at one (a seam), and the
page's grid has none there. But its lines start at 825 and end at 1929, a line of its first
column ends at 1165, lines of its last two start at 1199-1205: three columns of 340 px at
gutters of about 42 px, which other lines fit too, and they hold the characters such
columns hold: 14 to a column's whole line, 28 to a line over two, 42 (less an indent) to a
line over three, each as much wider than its characters as its gutters. The rows run on
over them were read as one line each.

The evidence asked for is more than the columns' fit (a first version took two fitting lines
and cut a story in two columns of 18 at narrower columns of 9, see the last test).
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows
from tests.core.page178 import PAGE

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


def _equal_columns_page() -> list[tuple[int, int, int, int, str]]:
    """Made up, as the story above: a story of three columns of 14 characters (24 px, gutters
    of 42 px: 824-1160, 1202-1538, 1580-1916) whose rows are nearly all run on, beside a
    story of two such columns (60-396, 438-774) read well."""
    rows: list[tuple[int, int, int, int, str]] = []
    for r in range(10):
        y = 100 + 36 * r
        rows.append((60, y, 396, y + 28, "文" * 13 + "，"))
        rows.append((438, y, 774, y + 28, "文" * 14))
    right = [
        [(872, "文" * 38 + "，甲")],  # indented, over all three columns
        [(824, "文" * 41 + "乙")],
        [(824, "文" * 14), (1202, "文" * 27 + "丙")],  # the first column's line, then two
        [(824, "文" * 8 + "。"), (1250, "文" * 25 + "丁")],  # an indented run-on of two
        [(824, "文" * 41 + "戊")],
        [(824, "文" * 13 + "。" + "文" * 27 + "己")],
        [(824, "文" * 33 + "。")],
        [(824, "文" * 13 + "庚"), (1202, "文" * 28)],
    ]
    for r, row in enumerate(right):
        y = 100 + 36 * r
        rows.extend(
            (
                x,
                y,
                x
                + 24 * len(t)
                + 42 * ((x + 24 * len(t) > 1202) + (x + 24 * len(t) > 1580))
                - (42 if x > 1180 else 0),
                y + 28,
                t,
            )
            for x, t in row
        )
    return rows


def test_every_run_on_row_of_equal_columns_is_cut_into_them() -> None:
    page = split_across_gutters(page_of_rows(_equal_columns_page()))
    right = [ln for ln in page.lines if ln.box is not None and ln.box.x1 > 800]
    # Each line within one column: 824-1160, 1202-1538, 1580-1916.
    assert all(
        any(x - 1 <= ln.box.x0 and ln.box.x1 <= x + 337 for x in (824, 1202, 1580))
        for ln in right
        if ln.box is not None
    )
    last = {ln.text[-1] for ln in right if ln.box is not None and ln.box.x0 >= 1580}
    assert last == set("甲乙丙丁戊己。文")  # every row's last column's part


#: dev/page-06's right half from y 600 down (text made neutral, y shifted): a story in two
#: columns of 18 characters (1018-1451, 1496-1928, at about 23.7 px: the page's pitch, 23.1,
#: is read off shorter lines too), nearly every row a whole line of each, a few paragraphs
#: ending after nine characters.
TWO_COLUMNS = [
    (1065, 20, 1404, 49, "文文文文12文31文文文文文文文"),
    (1494, 23, 1911, 47, "》，文文文文文文文文文文文文文文文文"),
    (1019, 59, 1436, 83, "文文、文文文文文文文文文：文文文文文"),
    (1494, 59, 1911, 83, "；文文文文文文文文文文文文文文文文文"),
    (1018, 93, 1389, 121, "文文文文文1997文，文文文文文文文"),
    (1497, 95, 1914, 120, "文文文文文文《文文文》文文“文文文文"),
    (1018, 129, 1347, 158, "1998文文文，98文文文文文文文"),
    (1494, 128, 1897, 158, "文文”文文文文文文文文文文文文。文"),
    (1018, 163, 1454, 193, "文文文文文文文文文文。文文文文文文文"),
    (1499, 168, 1926, 192, "文文文文文文文文文文文文文《文文文文"),
    (1018, 203, 1453, 227, "文文文、文文、文文、文文、文文文、"),
    (1497, 203, 1924, 227, "文文文》、文文文文文文《文文文文文文"),
    (1019, 240, 1450, 264, "文文文、文文文、文文文文文文文文文文"),
    (1489, 235, 1910, 265, "—文文文文》、文文文《文文文文文》"),
    (1019, 275, 1432, 299, "文文文文文文文文文文文，文文文文文文"),
    (1494, 271, 1700, 302, "文文文文文文文文。"),
    (1017, 306, 1219, 337, "文文文文文文文文。"),
    (1546, 312, 1910, 336, "文文文文文文文文文文文，文文文文"),
    (1068, 344, 1419, 373, "文文文文文文文文文文，文文文文；"),
    (1499, 347, 1911, 371, "文文文文文文文文文文文文，文文文文文"),
    (1019, 383, 1435, 407, "文文文文文文文文文文，文文文文文文文"),
    (1496, 383, 1910, 407, "文文文文文文文文。文文文文文文文文，"),
    (1019, 419, 1450, 443, "文文文文。文文文文文文文文文文文文文"),
    (1496, 419, 1912, 443, "文文文文文文文文文文文文文，文文文文"),
    (1012, 455, 1436, 479, "、文文文文文文文文文文文文文文“文文"),
    (1499, 455, 1928, 479, "文文《文文文文文》文文、《文文文》文"),
    (1018, 491, 1419, 516, '文文、文文文文"文文文文文文文，文文'),
    (1496, 491, 1928, 516, "文、《文文文文文文文》文文文文文文文"),
    (1019, 527, 1425, 551, "文文文文文文文文文—文文文文文文、"),
    (1493, 524, 1557, 554, "文文。"),
    (1018, 559, 1451, 589, "文文文文文文、文文文文文文文文文文文"),
    (1546, 564, 1910, 588, "文文文文文，文文文文文文文文文文"),
    (1018, 599, 1450, 623, "文。文文文文文文文文、文文文、文文文"),
    (1496, 599, 1911, 623, "文文文文文，文文文文文文文文文文文文"),
    (1019, 636, 1433, 660, "文文文文文文文文文文文文文，文文文文"),
    (1497, 636, 1896, 660, "文文，文文文文文文，文文文文文文文文"),
    (1019, 671, 1417, 695, "200文文文文文文文文文文文文文文文"),
    (1018, 706, 1450, 730, "文文文文文文文文文文文文文文文文文文"),
    (1546, 706, 1928, 730, "文文文、文文文、文文文文文文文文"),
    (1015, 742, 1218, 770, "文文文文文文文文。"),
    (1497, 743, 1719, 767, "文文文文文文文文文。"),
    (1068, 779, 1449, 803, "文文文文文文文文文文《文文文》文"),
]


def test_a_columns_own_lines_are_not_cut_at_narrower_columns() -> None:
    # Four columns of nine characters (208 px at the page's pitch, gutters of 28 px) fit its
    # lines too: each whole line spans two of them and holds twice their characters, a
    # paragraph's last line of nine ends at one. But a line run on over a gutter holds the
    # gutter's blank beyond its characters, and these are as wide as their characters: so
    # those columns are not the story's, and no line is cut.
    page = split_across_gutters(page_of_rows(TWO_COLUMNS))
    assert len(page.lines) == len(TWO_COLUMNS)


def test_characters_count_within_one_of_what_the_columns_hold() -> None:
    # (The last row's 33 characters are 32.1 at the columns' pitch once the grid's gutter,
    # where its equal columns' gutter stands, is left out: a box's ends stand off its ink by
    # part of a character. Within one, it is cut as its columns hold: 18 and 15.)
    page = split_across_gutters(page_of_rows(PAGE))
    parts = [
        (round(ln.box.x0), round(ln.box.x1), len(ln.text))
        for ln in page.lines
        if ln.box is not None and 1095 < ln.box.y0 < 1100 and ln.box.x0 > 1000
    ]
    assert parts == [(1019, 1451, 18), (1495, 1842, 15)]
