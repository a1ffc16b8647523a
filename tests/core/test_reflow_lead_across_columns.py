"""A story's lead set across its columns in smaller type is not cut at their gutters.

A story of four narrow columns (11 characters each) opens with a lead paragraph of one line
set across all four in type smaller than the columns': read at full size, 55 characters in a
box 23 px tall over 26 px body lines, at 0.86 of the columns' own lines' pitch. A look
against the page's grid cut it at a gutter (its pitch, the gutters left out, was above the
smallest a run-on box reads at against the page's body pitch, which the page's other stories,
set smaller than this one, lower) and its parts were read as the columns' first lines.
A run-on box holds its columns' characters and the blank of their gutters, at their pitch;
the detector drops characters, it adds none: a line holding more than that, boxed smaller
than a body line, is type set smaller across the columns. Whatever look cut it, it is put
back whole (``gutters._cut_leads``).

The boxes are a real page's (test12full/page-11, its top 81 boxes), the text neutral (each
character of the pool standing for one the page held, marks and digits kept: they set the
cells).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.ocr.model import Box, OcrLine
from desktop.core.reflow import gutters
from desktop.core.reflow.grid import BandGrids
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_shapes, paragraph_column, pool_text

#: (x0, y0, x1, y1, text): "." a character of the pool, anything else kept.
ROWS = [
    (1520, 76, 1770, 103, "1998.1.2...."),
    (62, 84, 447, 186, "...."),
    (1520, 116, 1653, 146, ".8..."),
    (1353, 220, 1924, 256, "................"),
    (354, 223, 952, 266, ".133..........."),
    (1548, 268, 1729, 305, "....."),
    (1386, 326, 1553, 353, ".. (8.14.)"),
    (1657, 327, 1919, 353, ".....，....."),
    (1336, 363, 1601, 389, "，.........."),
    (1655, 363, 1919, 389, ".....、....."),
    (1655, 397, 1919, 426, ".........，."),
    (1338, 399, 1551, 425, "“.....'...”"),
    (1337, 435, 1587, 461, '.."........'),
    (1657, 437, 1918, 460, "..........."),
    (1654, 470, 1889, 499, "1...，..5A.."),
    (1337, 471, 1600, 497, ".，........."),
    (61, 493, 1208, 516, ".133.........（5.1.）..，..............，........，........。"),
    (1337, 507, 1573, 533, '...“..."...'),
    (1656, 507, 1906, 533, "..........1"),
    (1017, 538, 1229, 567, "....173...，"),
    (108, 540, 326, 566, "........."),
    (380, 540, 646, 566, ".、........."),
    (1653, 540, 1719, 572, "00%"),
    (659, 541, 932, 567, '、...".....，'),
    (1337, 544, 1561, 570, ".........。"),
    (377, 575, 440, 604, "..。"),
    (696, 575, 961, 601, "..........."),
    (61, 576, 304, 603, "..48....，.."),
    (1018, 577, 1232, 603, "....220...，"),
    (1383, 579, 1601, 605, "...，....."),
    (1705, 579, 1918, 605, "........."),
    (60, 610, 275, 640, "..1.04..，.."),
    (697, 612, 805, 639, "....。"),
    (428, 613, 643, 638, "........."),
    (1018, 614, 1280, 636, ".......。..."),
    (1338, 617, 1599, 639, "......、...."),
    (1657, 617, 1918, 639, "...。......."),
    (746, 647, 929, 674, "....，.133"),
    (61, 648, 327, 674, "........、.."),
    (380, 648, 644, 674, ".........，."),
    (1017, 648, 1259, 674, ".......5.5."),
    (1656, 650, 1888, 676, "........500"),
    (1338, 651, 1601, 677, ".........，."),
    (61, 684, 328, 710, ".......、.、."),
    (379, 684, 630, 710, ".......“..."),
    (700, 684, 963, 710, "......、...."),
    (1656, 686, 1877, 713, ".。2024.，..."),
    (1338, 687, 1586, 714, "..........。"),
    (1338, 723, 1574, 749, '“....".....'),
    (1656, 723, 1882, 749, "......40..，"),
    (1336, 759, 1599, 785, ".，........."),
    (1656, 759, 1873, 785, ".......5.86"),
    (1337, 795, 1600, 821, ".。........."),
    (1656, 795, 1891, 821, '...，.“...".'),
    (1653, 827, 1883, 859, "..117%。...."),
    (1337, 831, 1601, 857, "..........."),
    (1337, 867, 1579, 893, "..50...，..."),
    (1655, 867, 1919, 893, "....、..、..."),
    (1655, 902, 1919, 929, "..........."),
    (1339, 903, 1564, 929, ".80%.. (.、.)"),
    (1652, 940, 1919, 966, "，.........."),
    (1647, 975, 1919, 1002, "，.........."),
    (1384, 976, 1600, 1002, "........."),
    (1338, 1011, 1602, 1037, "...。..、..、."),
    (1649, 1012, 1693, 1038, ".。"),
    (1337, 1048, 1599, 1070, ".、........."),
    (629, 1137, 1340, 1181, "................"),
    (110, 1206, 609, 1232, '..（5.1.）.“..".....，....'),
    (700, 1206, 1256, 1232, ".5500..。.....，..........."),
    (1336, 1206, 1823, 1232, "2.....580.9%；........3050"),
    (696, 1241, 1844, 1268, ".、.........，...........。....，.2022.....97.9%；....."),
    (60, 1242, 698, 1268, "....。...........，....、..、"),
    (696, 1276, 1812, 1306, "..............，.............156...，.2022.....649%。"),
    (61, 1280, 618, 1303, "..、............4900...，.."),
    (696, 1312, 780, 1340, "...。"),
    (61, 1315, 623, 1338, "....160%。..，...........。."),
    (747, 1349, 1222, 1377, "..，........1600...，.202"),
    (64, 1352, 660, 1375, ".................，......."),
    (1125, 1439, 1517, 1486, "........."),
    (218, 1440, 506, 1476, "........"),
    (110, 1499, 659, 1522, "....，........、....，...."),
]

#: The lead's box.
LEAD = (61, 493, 1208, 516)


def _lead_lines(rows: list[tuple[int, int, int, int, str]]) -> list[OcrLine]:
    page = split_across_gutters(page_of_shapes(rows))
    x0, y0, x1, y1 = LEAD
    return [
        ln
        for ln in page.lines
        if ln.box is not None
        and abs(ln.box.cy - (y0 + y1) / 2) < 5
        and ln.box.x0 < x1
        and ln.box.x1 > x0
    ]


def test_a_lead_set_smaller_across_its_columns_stands_whole() -> None:
    lead = _lead_lines(ROWS)
    assert [(round(ln.box.x0), round(ln.box.x1)) for ln in lead if ln.box] == [(61, 1208)]
    assert len(lead[0].text) == 55


def _columns(
    top: int,
) -> tuple[list[tuple[float, float, float]], dict[tuple[float, float, float], float]]:
    """Four columns of 11 characters at 24.3 px, 12 rows each, by place, with their counts."""
    placed: list[tuple[float, float, float]] = []
    cells: dict[tuple[float, float, float], float] = {}
    for k, x0 in enumerate((61, 380, 699, 1018)):
        rows, _ = paragraph_column(x0, x0 + 267, top, 12, 40 * k, pitch=24.3)
        for a, b0, b, b1, text in rows:
            key = ((b0 + b1) / 2, float(a), float(b))
            placed.append(key)
            cells[key] = float(len(text))
    placed.sort()
    return placed, cells


def _asked(box: Box, text: str, parts_at: Sequence[tuple[float, float]]) -> list[int]:
    placed, cells = _columns(560)
    line = OcrLine(text, box, 0.99)
    chars, parts = 0, []
    for n, (a, b) in enumerate(parts_at):
        k = len(text) * (n + 1) // len(parts_at)
        parts.append(OcrLine(text[chars:k], Box(a, box.y0, b, box.y1), 0.99))
        chars = k
    height = 26.0
    grids = BandGrids(placed, height, 24.3)
    return gutters._cut_leads(
        {0: parts}, [line], placed, [c for c, _, _ in placed], grids, cells, height
    )


def test_cut_leads_finds_a_smaller_line_of_more_characters_than_its_columns() -> None:
    # (55 characters across four columns of 11, at 0.86 of their pitch, boxed 23 px tall.)
    lead = Box(61, 493, 1208, 516)
    parts = [(61, 327), (380, 660), (699, 1208)]
    assert _asked(lead, pool_text(0, 55), parts) == [0]
    # (Boxed as tall as a body line: no smaller type, left to the looks.)
    assert _asked(Box(61, 490, 1208, 516), pool_text(0, 55), parts) == []
    # (A run-on box over the four columns: their 44 characters and the gutters' blank.)
    assert _asked(lead, pool_text(0, 44), parts) == []
    # (Fewer than LEAD_LINES of its columns' lines near: nothing to weigh its pitch by.)
    far = Box(61, 2493, 1208, 2516)
    assert _asked(far, pool_text(0, 55), parts) == []
