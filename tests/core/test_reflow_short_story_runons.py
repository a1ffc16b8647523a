"""A short story whose every row is a run-on box is cut at the page's column grid, not at the
gap its short lines leave.

A two-column story set in narrow columns, most of its rows boxed by the detector as one line
across both columns: the lines of its first column that stand alone are short ones (an indented
first line ending in digits and a mark, a paragraph's last line), so the first look at the gap
they leave puts the column's end a character and a half short of where its full lines end
(dev/page-178: 1415 px, where the page's grid gutter starts at 1451), and every run-on row is
cut a character short in the first column, a character long in the second. The grid's look cuts
it right, but the wrong cuts, row after row, show each other as the column's whole lines, so
that cut stood. A cut whose gutter the grid's cut narrows by a character or more on the left,
and one of whose parts spans its column from edge to edge yet holds another count of characters
than every line of that column the detector boxed alone with the same edges, gives way to the
grid's cut when that one agrees with them.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

#: dev/page-178 from its lead story down to the story under the two-column one, text made
#: neutral, boxes as RapidOCR read them, in its order: the two-column story (x 1016-1930,
#: columns of 18 characters, gutter 1451-1494) under its title at y 750, five of its seven rows
#: one box across both columns.
ROWS = [
    (
        78.5,
        223.8,
        1859.0,
        266.4,
        "文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文",
    ),
    (
        77.1,
        282.4,
        1859.0,
        325.0,
        "文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文",
    ),
    (711.4, 343.7, 1287.2, 382.3, "文文文文文文文文文文文文"),
    (107.7, 407.6, 436.2, 434.3, "2文22文13文文，文文文文文文"),
    (
        535.9,
        407.6,
        1929.5,
        438.3,
        "文文文文文，文文文文文文文文文文文，文文文文文，文文文文文文文文文，文文文，文文文文文文、文文文文文文文文文",
    ),
    (
        62.5,
        444.9,
        1928.2,
        471.6,
        "文文文文文文文文文文文文文文文文文文文文文文文文文文，文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文，文文文文文",
    ),
    (61.2, 480.9, 498.7, 507.6, "文文文文文文文，文文文文，文文文文文"),
    (535.9, 479.6, 1055.9, 510.2, "文文。文文文文文文文，文文文文文文，文。"),
    (1497.3, 480.9, 1913.6, 507.6, "文文文文文，文文文文文文文文文文文，"),
    (61.2, 516.9, 385.6, 543.5, "2文文文、6文文文、53文文文。"),
    (539.9, 516.9, 973.4, 543.5, "文文文文文文文文。文文文文文文文文文"),
    (1065.2, 519.5, 1450.8, 542.2, "文文文文文文文文文文文文，文文文"),
    (1496.0, 516.9, 1793.9, 543.5, "文文文文文文文文文文文文。"),
    (110.4, 552.8, 494.7, 579.5, "文文文文文，文文文文文文文、文文"),
    (498.7, 555.5, 972.1, 578.2, "，文文文文文文，文文文文文，文文文文"),
    (1014.6, 552.8, 1452.1, 579.5, "文文文文文文，文文文文文文文文文，文"),
    (1543.9, 552.8, 1926.9, 579.5, "文文文文文文文文文文文文文，文文"),
    (63.8, 591.5, 497.3, 614.1, "文文、文文文文文文文文文文文文文文文"),
    (534.6, 591.5, 976.1, 614.1, "文文。文文文文文文文文文文，文文文文"),
    (
        1012.0,
        588.8,
        1926.9,
        615.5,
        "文文文文文，文文文文文文文文文文。文文文文文文文文文文文文文文文文文文文",
    ),
    (
        62.5,
        624.8,
        1926.9,
        651.4,
        "文文文文文，文文文文文文文文文文文文文文文文文文文文文文文文文文文文，文文，文文文文文文文文，文文文文文文文文文文文。文文文文文文、文文文文文文",
    ),
    (288.6, 751.3, 756.6, 786.0, "文文文文文文文文文文文文文"),
    (1263.3, 750.0, 1695.5, 784.6, "文文文文文文文文文文文文"),
    (
        110.4,
        808.6,
        938.8,
        835.3,
        "文文文文文文文文文（4文18文）文文文文文文，文文文文文文文文文文文文文",
    ),
    (1066.5, 808.6, 1400.3, 835.3, "7文10文，文文文文文文文文文、"),
    (1493.4, 807.3, 1929.5, 836.6, "文文文文文文文文文，文文文文文文，文"),
    (
        62.5,
        845.9,
        849.7,
        872.6,
        "文文文文文6.1%，文2023文文文文文1.5文文文文。文文、文文、文文文文",
    ),
    (
        1017.3,
        845.9,
        1929.5,
        871.2,
        "文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文，文文文文文",
    ),
    (
        61.2,
        880.6,
        921.5,
        907.2,
        "文文文文文文文文文文文。文文文文，文文文文文文文文文文文文文文文文10.2%",
    ),
    (
        1017.3,
        881.9,
        1928.2,
        907.2,
        "文文文文文文、文文文文文文文文文文文文文文文，文文文文文文文文，文文文文",
    ),
    (55.9, 917.9, 466.8, 944.5, "，文文文文文文8文文文文文文文文文。"),
    (
        1016.0,
        917.9,
        1910.9,
        943.2,
        "、文文文文文文文文文文文文文文文文文文文文文文文，文文文文文文文文文文。",
    ),
    (
        109.0,
        953.8,
        920.2,
        980.5,
        "文文文，文文文文文文文文文文文文4.5%，文文文文文文文文文文文文。“文",
    ),
    (1016.0, 949.8, 1171.5, 980.5, "文文文文文文。"),
    (1546.5, 955.2, 1926.9, 977.8, "文文文文文，文文文文文文文文文文"),
    (
        62.5,
        989.8,
        857.7,
        1016.4,
        '文文"文文文文文文文文，文文文文5G文文364.7文文，5G文文文文文文文6',
    ),
    (1066.5, 991.1, 1429.5, 1013.8, "文文文文，文文10文，文文文文文"),
    (1494.7, 991.1, 1926.9, 1013.8, "文文文文文文文文文文文文文文文文文文"),
    (
        62.5,
        1025.8,
        908.2,
        1052.4,
        "0%，文文文文文文207文。文文文文文文文文文文文文文49文文文文文文文，文",
    ),
    (
        1019.9,
        1025.8,
        1928.2,
        1051.1,
        "文文文文文文文文文文文文文文文，文文文文，文文文文文文文文文文文文文文",
    ),
    (62.5, 1061.7, 470.7, 1088.4, "文文200文文文文文文文文文文文文文。"),
    (
        1018.6,
        1061.7,
        1928.2,
        1087.0,
        "文文文文文文文文文文文文文文。文文文文文文文文文文文文文文文文文文，文文",
    ),
    (
        1018.6,
        1097.7,
        1841.8,
        1124.3,
        "文文文文文文文文文文文文文文文，文文文文文文文文文文文文文文文文。",
    ),
    (307.2, 1187.0, 738.0, 1221.6, "文文文文文文文文文文文文"),
    (1121.0, 1187.0, 1812.5, 1221.6, "文文文文文文文文文文文文文文文文文文文"),
    (1067.8, 1245.6, 1759.3, 1272.2, "文文文文文文文文：“文文文文文文文，文文文文文文文文文文。”"),
    (
        1065.2,
        1277.5,
        1930.9,
        1309.5,
        "文文文文，文文文文文文文文文文文，文文文文文文文文文文文文文文文文文文文",
    ),
    (
        1013.3,
        1317.5,
        1929.5,
        1344.1,
        "，文文文文文文文文文文文文文文，文文文文文文文文文文文文文文，文文文文文文文",
    ),
    (1018.6, 1353.5, 1171.5, 1380.1, "文文文文文文。"),
    (
        1065.2,
        1389.4,
        1871.0,
        1416.1,
        "25.7文文文！文文文7文文，文文文文文文文文文文文文文文，文文文文文文",
    ),
    (1018.6, 1425.4, 1328.5, 1452.1, "9文文文文文文10文文文文文。"),
    (
        1067.8,
        1461.4,
        1859.0,
        1488.0,
        '文文文，文文文文文文文文文文文文5500文。“文文文"文文文文文文文文文',
    ),
    (1018.6, 1497.3, 1533.2, 1524.0, '文7000文文文，文文文文文文“文文文"文文文文。'),
    (61.2, 1512.0, 676.9, 1537.3, "4文18文，文文文文文文文文文文文文文文文文文文文文文文文。"),
    (
        1066.5,
        1532.0,
        1863.0,
        1558.6,
        "文文文，文文文文33文文文文文文文文文，30文文文文文文文文文文15文文",
    ),
    (
        109.0,
        1560.0,
        972.1,
        1586.6,
        "文文文文，文文文文文文文文文文文文文文文文文文，文文文文文文文文文文",
    ),
    (1017.3, 1569.3, 1244.7, 1595.9, "文文文文文文文文文。"),
]


def _row(y0: float) -> list[tuple[int, int, int]]:
    page = split_across_gutters(page_of_rows(ROWS))
    return [
        (round(ln.box.x0), round(ln.box.x1), len(ln.text))
        for ln in page.lines
        if ln.box is not None and abs(ln.box.y0 - y0) < 2 and ln.box.x0 > 1000
    ]


def test_run_on_rows_of_a_short_story_are_cut_at_the_grid_gutter() -> None:
    for y0 in (846.0, 882.0, 1062.0):
        assert [n for _, _, n in _row(y0)] == [18, 18], y0
        assert _row(y0)[0][1] == 1451


def test_every_character_kept() -> None:
    before = "".join(ln.text for ln in page_of_rows(ROWS).lines)
    after = "".join(ln.text for ln in split_across_gutters(page_of_rows(ROWS)).lines)
    assert sorted(before) == sorted(after)
