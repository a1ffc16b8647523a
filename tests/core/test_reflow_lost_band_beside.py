"""Two stories side by side cut across by a row band the OCR lost over both.

Read shrunk (probe16/page-403) or at full size (probe16full/page-200), the detector lost a row
of every column of two stories standing side by side, each under its own title: the gap
across the region cut it in two, the titles and the rows over the gap one part, the columns
under it another, and the headless columns under the gap, one part, went with the story on
the left (the right story's title headed its first rows alone). The XY-cut's dropped-line
join (``columns._join_across_dropped_lines``) joins such parts only without headlines; where
the part over the gap is stories side by side whose titles stand over their own columns, and
the part under it as many columns, each under one of them, no title among them, each
column's lines under the gap run on from its lines over it (``columns._join_headed``).

The boxes are probe16/page-403's as read shrunk (its two stories' titles and body lines, the
text made neutral): a synthetic page of clean columns is read right without the rule (the
stacked parts' headless columns go to the stories over them there).
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import assert_provenance, page_of_rows, pool_text

LEFT, RIGHT = "东南西北中前后左上下春夏秋冬朝暮晨", "金木水火土日月星辰山川河海湖江淮松柏桃"
#: The body lines as read: (x0, y0, x1, y1, characters).
BODY = [
    (1257, 278, 1933, 310, 28),
    (109, 288, 1135, 320, 40),
    (1206, 315, 1931, 346, 30),
    (59, 325, 1150, 356, 42),
    (1206, 388, 1929, 414, 30),
    (56, 394, 1137, 429, 42),
    (1206, 423, 1928, 449, 30),
    (56, 433, 102, 464, 2),
    (442, 434, 801, 463, 14),
    (822, 434, 1168, 463, 14),
    (1207, 458, 1270, 488, 3),
    (391, 468, 1064, 499, 25),
    (109, 471, 406, 498, 12),
    (1255, 494, 1924, 526, 27),
    (72, 504, 776, 536, 27),
    (872, 506, 1148, 534, 12),
    (1207, 533, 1916, 559, 30),
    (59, 541, 403, 569, 14),
    (393, 541, 786, 569, 14),
    (819, 543, 1164, 569, 14),
    (1209, 568, 1531, 594, 14),
    (58, 574, 786, 606, 28),
    (775, 578, 1166, 604, 14),
    (1257, 604, 1911, 631, 28),
    (59, 612, 789, 644, 28),
    (775, 614, 1164, 642, 14),
    (1204, 637, 1890, 669, 30),
    (61, 651, 406, 679, 14),
    (438, 651, 786, 679, 14),
    (824, 651, 1169, 677, 14),
    (1207, 676, 1339, 704, 6),
    (58, 686, 122, 716, 3),
    (441, 686, 503, 716, 3),
    (824, 686, 1168, 714, 14),
    (1258, 712, 1893, 739, 28),
    (110, 722, 400, 751, 12),
    (493, 722, 783, 751, 12),
    (824, 722, 933, 751, 5),
    (1207, 746, 1888, 777, 30),
    (59, 757, 770, 789, 28),
    (1209, 784, 1558, 812, 15),
    (393, 794, 780, 822, 15),
    (61, 796, 405, 822, 14),
    (1255, 819, 1903, 847, 28),
    (1207, 854, 1905, 885, 30),
    (1207, 890, 1933, 922, 30),
    (1207, 925, 1870, 957, 28),
    (1255, 960, 1931, 992, 28),
    (1207, 1000, 1929, 1027, 30),
    (1211, 1035, 1862, 1065, 30),
    (1207, 1072, 1666, 1100, 21),
    (1258, 1108, 1931, 1135, 28),
    (1207, 1142, 1931, 1173, 30),
    (1209, 1180, 1888, 1207, 30),
    (1207, 1213, 1905, 1245, 30),
    (1207, 1250, 1931, 1282, 30),
    (1209, 1288, 1929, 1315, 30),
    (1201, 1321, 1931, 1353, 30),
    (1209, 1360, 1434, 1388, 10),
    (1255, 1391, 1905, 1426, 28),
    (1207, 1431, 1821, 1460, 30),
    (1206, 1466, 1914, 1498, 30),
    (1206, 1505, 1928, 1531, 30),
    (1204, 1538, 1929, 1569, 30),
    (1207, 1576, 1928, 1603, 30),
    (1207, 1609, 1890, 1641, 30),
    (1209, 1648, 1554, 1676, 15),
    (1255, 1683, 1903, 1711, 28),
    (1207, 1719, 1722, 1748, 22),
    (1255, 1756, 1819, 1784, 28),
    (1207, 1791, 1674, 1819, 20),
    (1255, 1826, 1931, 1857, 28),
    (1207, 1862, 1887, 1894, 30),
    (1209, 1901, 1268, 1926, 3),
    (1258, 1936, 1888, 1964, 28),
    (1209, 1972, 1799, 2001, 28),
    (1258, 2007, 1901, 2035, 28),
    (1207, 2042, 1931, 2074, 30),
    (1204, 2080, 1699, 2109, 21),
    (1255, 2114, 1933, 2145, 28),
    (1209, 2152, 1929, 2179, 30),
    (1209, 2187, 1722, 2215, 22),
]


def _rows() -> list[tuple[int, int, int, int, str]]:
    rows: list[tuple[int, int, int, int, str]] = [
        (69, 82, 444, 181, "人民日报"),
        (1518, 73, 1773, 108, "1998年1月2日星期五"),
        (245, 220, 995, 270, LEFT),
        (1214, 220, 1908, 258, RIGHT),
    ]
    for k, (x0, y0, x1, y1, n) in enumerate(BODY):
        rows.append((x0, y0, x1, y1, pool_text(11 * k, n)))
    return rows


def test_the_story_on_the_right_keeps_its_column_under_the_lost_band() -> None:
    rows = _rows()
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    right = next(a for a in page.articles if any(b.text == RIGHT for b in a.blocks))
    text = "".join(b.text for b in right.blocks if b.kind == "paragraph")
    column = [r[4] for r in sorted(rows[4:], key=lambda r: r[1]) if r[0] > 1180]
    assert "".join(column) == text
