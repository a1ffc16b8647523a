"""A run-on row whose box alone shows the gutter: its characters and a gutter's blank.

A story of five equal columns of 14 characters at the foot of a page, read at RapidOCR's
default size: its first row under the lead is boxed run on over the third and fourth
columns (a paragraph's last 12 characters, the next column's 14), and no row near shows
that gutter to the looks (the rows under it are a tilted box over the second and third
columns, a paragraph's short end, an indented opening). The box itself shows it: it is as
wide as its 26 characters at the body's pitch and the grid gutter's blank together, its
characters part at that gutter into whole cells (12 | 14), and the columns either side, as
the page's grid bounds them, are equally wide (``gutters._blank_held_gutters``, the last
look's last step). A wider column's line whose box holds characters the detector lost parts
anywhere, and is left whole.

The boxes are a real page's (probe16/page-503, read shrunk), the text neutral (each
character of the pool standing for one the page held, marks and digits kept: they set the
cells).
"""

from __future__ import annotations

import pytest

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow import gutters
from desktop.core.reflow.gutters import _blank_held_gutters, split_across_gutters
from tests.core.geometry_helpers import page_of_shapes, pool_text

#: (x0, y0, x1, y1, text): "." a character of the pool, anything else kept.
ROWS = [
    (65, 87, 444, 180, "...."),
    (1520, 76, 1773, 108, "1998.1.2...."),
    (1520, 116, 1655, 147, ".4..."),
    (451, 225, 1492, 265, "......《................》"),
    (109, 291, 401, 318, "..，.......、."),
    (443, 291, 1928, 318, ".....，..、..、.......，.............、........、........、...."),
    (64, 329, 399, 352, "........《....."),
    (61, 363, 399, 390, "...........》，."),
    (444, 363, 1167, 390, "...，.........，.....、....、..."),
    (1205, 363, 1548, 390, ".........，...."),
    (1587, 363, 1749, 390, "......。"),
    (62, 401, 397, 424, "....，........."),
    (443, 397, 981, 424, ".........，..........。"),
    (1209, 398, 1545, 426, ".....，........"),
    (1652, 398, 1928, 426, "《..》........"),
    (62, 435, 285, 463, ".........。"),
    (444, 435, 768, 463, ".............，"),
    (883, 431, 1164, 464, "《..》........"),
    (1208, 435, 1549, 463, "............；."),
    (1588, 435, 1928, 463, "....、........."),
    (120, 471, 399, 498, "《..》........"),
    (443, 471, 1122, 498, "........，.....，.2025.，......"),
    (1209, 471, 1927, 498, "...........，...、............"),
    (57, 508, 402, 535, "，............."),
    (439, 508, 1549, 533, ".，......，..........、...............，......"),
    (1591, 509, 1864, 532, "...........。"),
    (62, 544, 399, 568, ".......，......"),
    (389, 543, 1545, 570, "...，......，...、.......、.........，........."),
    (539, 633, 1465, 678, "....................."),
    (109, 701, 376, 729, "........（2.1"),
    (444, 703, 1143, 730, "....、..........、......27...."),
    (1207, 703, 1549, 730, ".......，......"),
    (1591, 701, 1928, 729, "...........，.."),
    (61, 738, 448, 765, "5.）.......，..."),
    (436, 738, 1140, 765, ".，.......................，19"),
    (1205, 735, 1364, 765, "......。"),
    (1591, 737, 1927, 764, "............、."),
    (62, 774, 1143, 801, ".................，....、.....78............"),
    (1255, 774, 1928, 801, "...，........、.、..........."),
    (62, 809, 827, 835, ".......。.......23.........，."),
    (821, 806, 1120, 839, "..1949........"),
    (1209, 808, 1675, 839, ".............，...。"),
    (175, 902, 678, 933, "..：..........."),
    (1167, 902, 1605, 943, ".........."),
    (109, 958, 781, 985, "....，.......、.......，....."),
    (60, 992, 738, 1023, ".，........，......5000...。..."),
    (62, 1030, 399, 1053, ".....、....、..."),
    (389, 1030, 781, 1057, "，............."),
    (61, 1066, 401, 1093, "...，.........."),
    (439, 1066, 766, 1093, "....，........。"),
    (58, 1101, 98, 1128, ".。"),
    (493, 1104, 779, 1127, ".....。...，.."),
    (109, 1138, 398, 1165, "....，......."),
    (443, 1138, 760, 1165, ".....43......."),
    (61, 1173, 398, 1201, "...，.........."),
    (443, 1173, 781, 1201, "..。..，........"),
    (61, 1210, 401, 1238, "............，."),
    (442, 1210, 781, 1238, "..、.........，."),
    (62, 1246, 399, 1273, ".............."),
    (443, 1246, 749, 1273, "..270.....，..."),
    (826, 1236, 1878, 1262, "9.22...，......................19.................."),
    (819, 1265, 1255, 1298, "。..................。"),
    (61, 1283, 374, 1310, "..。..，..16...."),
    (444, 1284, 780, 1307, "........。....."),
    (61, 1318, 398, 1345, "....，........."),
    (442, 1318, 779, 1345, ".、.........，.."),
    (875, 1317, 1929, 1344, ".....，....................，................."),
    (61, 1354, 288, 1381, ".........。"),
    (444, 1354, 781, 1381, ".....、.、......"),
    (826, 1354, 1908, 1379, ".....。..67..，...............，........。........"),
    (109, 1390, 401, 1418, "...........，"),
    (444, 1390, 781, 1418, ".........，...."),
    (829, 1389, 1931, 1416, "..，...................。................，......"),
    (62, 1426, 408, 1453, ".........。..，."),
    (442, 1426, 781, 1453, "....、........."),
    (826, 1423, 1073, 1450, "..........。"),
    (61, 1461, 402, 1489, "...........，.."),
    (442, 1464, 780, 1487, ".............."),
    (876, 1461, 1931, 1487, ".....，...............................，......"),
    (61, 1498, 401, 1525, "..、..、..、....."),
    (440, 1498, 550, 1525, "....。"),
    (827, 1497, 1931, 1524, "..........，........。.............，......，....."),
    (62, 1534, 397, 1561, "....，.....、..."),
    (827, 1532, 1902, 1560, '.、..、....，.........，........，.“....，....".....'),
    (827, 1569, 1931, 1596, "........，............，...............。........"),
    (827, 1606, 1904, 1632, "..“....”..，.............，...........、......、.."),
    (829, 1641, 1364, 1669, "....，.................。"),
    (878, 1677, 1931, 1704, ".....，........，..................。.........."),
    (827, 1714, 1931, 1740, "..........，..............，..........。........."),
    (826, 1749, 1902, 1776, '.“...."..、......、......、......，...............'),
    (826, 1783, 1928, 1811, ".....，.........，......、....，......。..........."),
    (827, 1821, 1931, 1847, "....，..................，...............，......"),
    (827, 1857, 1929, 1884, "........。.................，........，.........."),
    (826, 1892, 982, 1920, "......。"),
    (874, 1928, 1901, 1954, "...，............“....”、......、.............."),
    (826, 1965, 871, 1993, ".。"),
    (875, 2000, 1799, 2029, "....《................................》。"),
    (876, 2037, 1363, 2064, "..、...、..、..........。"),
    (715, 2127, 1253, 2171, "............"),
    (
        60,
        2448,
        1401,
        2475,
        "............（9.23.）....，........，.........“....、....、....”.....。",
    ),
    (110, 2497, 379, 2524, "..8.，...5..."),
    (442, 2497, 781, 2524, ".............."),
    (875, 2497, 1549, 2524, "...........，..，..........."),
    (1541, 2497, 1928, 2524, "、....、........"),
    (61, 2532, 355, 2560, "....56.....、31"),
    (439, 2523, 1226, 2569, "..........。.............。...。"),
    (1591, 2532, 1928, 2560, "...，.........."),
    (61, 2569, 390, 2596, "...........，1."),
    (442, 2569, 694, 2596, "...，......。"),
    (827, 2569, 1163, 2596, "......、......."),
    (1258, 2571, 1553, 2594, "............"),
    (1587, 2569, 1818, 2596, "....，....。"),
]


def _page() -> OcrPage:
    return page_of_shapes(ROWS)


def _row_parts(out: OcrPage) -> list[tuple[int, int]]:
    return sorted(
        (round(ln.box.x0), round(ln.box.x1))
        for ln in out.lines
        if ln.box is not None and 2495 < ln.box.cy < 2525 and 800 < ln.box.x0 < 1580
    )


def test_the_run_on_row_is_cut_at_the_gutter_its_box_holds() -> None:
    page = _page()
    out = split_across_gutters(page)
    assert "".join(ln.text for ln in out.lines) == "".join(ln.text for ln in page.lines)
    # The row's box (x 875-1549, 26 characters) cut at the grid gutter (1164, 1209): the
    # third column's last 12 characters, the fourth column's 14.
    parts = _row_parts(out)
    assert len(parts) == 2, parts
    (a0, a1), (b0, b1) = parts
    assert (a0, b1) == (875, 1549) and 1150 < a1 < 1175 and 1200 < b0 < 1220


def test_without_the_rule_the_row_stays_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gutters, "_blank_held_gutters", lambda *a, **k: [])
    assert _row_parts(split_across_gutters(_page())) == [(875, 1549)]


PITCH = 24.0
#: Five columns of 14 cells (336 px) at 46 px gutters from x 60.
GRID = [(396.0, 442.0), (778.0, 824.0), (1160.0, 1206.0), (1542.0, 1588.0)]


def _line(x0: float, x1: float, n: int) -> OcrLine:
    return OcrLine(pool_text(0, n), Box(x0, 2500.0, x1, 2527.0), 0.99)


def _held(
    line: OcrLine, grid: list[tuple[float, float]] = GRID
) -> list[tuple[int, list[tuple[float, float]]]]:
    return _blank_held_gutters([0], [line], lambda _cy: grid, PITCH)


def test_a_box_holding_its_characters_and_a_gutter_is_cut_there() -> None:
    # An indented opening's 12 characters (from 824 + 2 cells) and the next column's 14.
    assert _held(_line(872.0, 1542.0, 26)) == [(0, [(1160.0, 1206.0)])]
    # A run-on row from the column's start: 14 | 14.
    assert _held(_line(824.0, 1542.0, 28)) == [(0, [(1160.0, 1206.0)])]


def test_a_box_without_the_blank_is_left_whole() -> None:
    # A wider column's line, its characters set solid over the gutter's place.
    assert _held(_line(824.0, 1496.0, 28)) == []
    # Characters lost by the detector: the box wider than its characters by a cell only.
    assert _held(_line(824.0, 1542.0, 27)) == []


def test_unequal_columns_or_a_line_from_mid_column_are_left_whole() -> None:
    # The gutter after it moved a column's third on: the columns either side differ.
    grid = [*GRID[:3], (1662.0, 1708.0)]
    assert _held(_line(824.0, 1542.0, 28), grid) == []
    # A line starting five cells into its column: no column's start or indent.
    assert _held(_line(944.0, 1542.0, 23)) == []
