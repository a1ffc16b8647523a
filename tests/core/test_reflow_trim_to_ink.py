"""A short line's box grown back into a grid gutter to meet its row neighbour is trimmed.

On dev/page-140 read shrunk (the rows below: text made neutral but its digits and marks, boxes
as read) a story's column (1018-1454, 18 characters at 24.2 px) stands beside a short story's
column (1490-1928) that holds three lines. That column's last line, five characters, is boxed
from 1457: 3 px past its row neighbour's end, 33 px before its column's start, 145 px for
characters that take 121. The page's grid has the gutter (1449, 1497), but the lines near do
not show it (the short column holds too few lines), so the grid's trim leaves the box, the
gutter is closed for the XY-cut, and the two columns were read as one, row by row (two
paragraphs lost).

Characters are set from a column's start (or an indent in), never inside a gutter: a box
starting inside one, meeting its row neighbour there and wider than its characters at the
widest body pitch by half a character or more, was grown back over the gutter's blank. It is
trimmed to where its characters start (:func:`gutters._trim_to_ink`). A line set apart (a
byline centred under a title) meets no line on its row and stands; so does a line holding
digits or Latin letters (set at no one width).
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine
from desktop.core.reflow.gutters import _trim_to_ink, split_across_gutters
from tests.core.geometry_helpers import page_of_rows

ROWS = [
    (62, 84, 446, 186, "天地玄黄"),
    (1521, 77, 1771, 104, "1998宇1宙2洪荒日月"),
    (1520, 116, 1654, 146, "盈5昃 辰宿"),
    (218, 221, 826, 256, "列张：寒来暑往秋收冬藏闰余成岁律吕"),
    (1084, 219, 1874, 257, "调阳云腾致雨露结为霜金生丽水玉出昆冈剑号巨阙"),
    (1067, 280, 1453, 306, "珠称夜光果珍李柰菜重芥姜海咸河淡"),
    (1494, 279, 1927, 305, "鳞潜羽翔龙、师火帝鸟官人皇始制文字乃"),
    (1020, 317, 1436, 339, "服衣裳天6地玄黄宇宙洪荒日月盈昃辰宿"),
    (1497, 315, 1927, 341, "列张寒来暑往秋收冬藏闰《余成岁律吕调"),
    (1016, 351, 1246, 377, "。阳云腾致雨露结为。"),
    (1497, 352, 1926, 375, "霜金生丽水玉出昆冈剑号巨阙珠称夜光果"),
    (1067, 387, 1449, 413, "珍李柰菜重芥姜海咸河淡鳞潜羽翔龙"),
    (1498, 389, 1926, 412, "师火帝鸟官人》皇始制文字乃服，衣裳天"),
    (1019, 425, 1448, 447, "地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑"),
    (1497, 423, 1864, 449, "往秋收冬藏闰余成岁律吕调阳云腾。"),
    (1018, 459, 1449, 485, "致雨露结为霜金生，丽水玉出昆冈剑号巨"),
    (1545, 459, 1928, 485, "阙珠称夜光果珍李柰菜重芥姜海咸河"),
    (1019, 497, 1449, 520, "淡鳞潜羽翔龙师火帝，鸟官人皇始制文字"),
    (1498, 497, 1926, 520, "乃服衣裳天地玄黄宇《<《宙洪荒日月盈"),
    (
        61,
        516,
        907,
        539,
        '昃辰宿列张寒来暑往秋（5收27冬）藏闰“余成岁律吕调阳"云腾致雨露结为霜金，生丽水',
    ),
    (1018, 531, 1450, 557, "玉出昆冈剑号巨阙珠称，夜光果珍李柰菜"),
    (1498, 533, 1882, 556, "重芥姜海咸河淡鳞潜羽翔龙》1996师"),
    (60, 546, 334, 573, "火帝鸟官人皇始制文字乃服。"),
    (1018, 567, 1450, 593, "衣裳天地玄黄宇，宙洪荒日月盈昃辰宿列"),
    (1498, 569, 1929, 591, "张寒来>暑往秋收冬藏闰》余成岁律吕调"),
    (109, 594, 840, 623, "2023阳，云腾致雨露结为霜6金生丽，水玉6%，出昆冈剑号巨22.3%，"),
    (1019, 603, 1450, 629, "阙珠称夜光果珍，李柰菜重芥姜海咸河淡"),
    (1497, 605, 1912, 628, "鳞，潜羽翔龙师火帝鸟官人皇始制文字。"),
    (59, 630, 538, 658, "乃服衣裳天地玄黄宇宙洪荒日月盈2昃辰宿列。"),
    (1019, 641, 1449, 664, "张寒来暑往秋收冬藏闰余成岁律吕调阳云"),
    (1545, 641, 1927, 664, "腾致雨露结为霜金生丽水玉出昆冈剑"),
    (
        109,
        666,
        973,
        695,
        "号巨，阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽，翔龙师火帝鸟官人皇始制文",
    ),
    (1020, 677, 1449, 699, "字乃服衣，裳天地玄黄宇宙洪荒日月盈昃"),
    (1499, 677, 1927, 699, "辰宿列张寒来暑往秋收冬藏闰余成岁律吕"),
    (
        60,
        702,
        972,
        729,
        "调阳云腾，致雨露结为霜金生丽水玉、出昆冈剑号，巨阙珠称夜光果珍、李柰菜重芥姜",
    ),
    (1018, 711, 1448, 736, "海咸河淡鳞潜羽翔龙师火帝鸟官人皇始制"),
    (1496, 710, 1770, 736, "文字乃服衣裳天地玄黄宇。"),
    (
        61,
        740,
        972,
        766,
        "宙洪荒日月盈昃辰宿列张，寒来暑往秋收冬藏闰余成岁律。吕调阳云腾，致雨露结为霜",
    ),
    (1018, 749, 1447, 772, "金生丽水玉出昆冈剑号巨阙珠称，夜光果"),
    (1544, 748, 1928, 774, "珍李柰菜重芥姜，海咸河淡鳞潜羽翔"),
    (61, 776, 868, 802, "龙师火帝鸟官6.1%，人皇始制、文字乃服、衣裳天地玄黄宇宙洪荒日月盈昃。"),
    (1017, 784, 1197, 810, "辰宿列张寒来暑。"),
    (1498, 784, 1746, 810, "往秋收冬藏闰余成岁律。"),
    (
        110,
        812,
        972,
        837,
        "吕调，阳云腾致雨露结为霜金生，丽水玉出昆冈、剑号、巨阙珠称夜光果珍李柰菜",
    ),
    (1067, 820, 1449, 845, "重芥姜海咸河淡鳞潜羽翔龙师火帝鸟"),
    (
        60,
        849,
        970,
        872,
        "。官人皇始制文字乃服衣裳天地玄黄宇宙洪荒日月盈昃辰宿列张，寒来暑往秋收冬藏闰",
    ),
    (61, 884, 429, 910, "余成岁律，吕调阳云腾致雨露结为。"),
    (
        109,
        920,
        971,
        945,
        "霜金生丽水玉出昆冈剑号巨阙珠称夜光果珍李，柰菜重芥姜海咸河淡鳞潜羽翔龙师",
    ),
    (
        60,
        955,
        971,
        980,
        "，火帝鸟官人皇始制文字乃服。衣裳天地玄黄、宇宙、洪荒日月盈，昃辰宿列张寒来暑",
    ),
    (60, 991, 97, 1018, "往。"),
    (649, 1083, 1352, 1125, "秋收冬藏闰余成岁律吕调阳云腾致雨"),
    (110, 1149, 456, 1177, "露结（11为6霜），金生丽水玉出"),
    (540, 1151, 907, 1177, "50昆冈剑号巨阙珠，称2500夜光果"),
    (1021, 1152, 1384, 1175, "珍李柰菜重500芥姜海咸河淡鳞600"),
    (1545, 1149, 1905, 1177, "潜羽，翔龙师火帝鸟官人40皇始制"),
    (60, 1186, 504, 1212, "文字乃服衣裳，天地玄黄宇宙洪荒日月。"),
    (539, 1187, 926, 1212, "盈昃辰宿列1000张寒来暑往秋收冬藏"),
    (1019, 1187, 1454, 1212, "闰余成岁律吕调阳云腾致雨、露结为霜金"),
    (1490, 1186, 1928, 1212, "生丽水玉出昆冈剑，号巨阙珠称夜、光果"),
    (108, 1221, 497, 1248, "珍李柰菜重芥姜海咸河淡鳞潜羽翔龙"),
    (538, 1222, 741, 1248, "师火帝鸟官人皇始。"),
    (1018, 1222, 1454, 1248, "制文字乃服衣裳，天地玄黄宇宙洪荒日月"),
    (1457, 1221, 1602, 1248, "盈昃辰宿。"),
    (61, 1260, 455, 1283, "列，张寒来暑往秋收冬40藏闰余成岁、"),
    (589, 1258, 1022, 1284, "律吕调阳云腾致雨露结为霜金生，丽！"),
    (1010, 1256, 1148, 1285, "水玉出昆冈。"),
]


def test_a_short_lines_box_stretched_into_the_gutter_is_trimmed() -> None:
    page = split_across_gutters(page_of_rows(ROWS))
    (line,) = (
        ln
        for ln in page.lines
        if ln.box is not None and abs(ln.box.cy - 1234.5) < 1 and ln.box.x0 > 1400
    )
    assert line.box is not None
    # (Its five characters at the widest body pitch from its end, out of the gutter's start.)
    assert 1470 < line.box.x0 < 1490
    assert line.box.x1 == 1602


def _trim(text: str, x0: float, neighbour_end: float | None) -> float:
    pitch = 24.0
    grid = [(440.0, 480.0)]
    line = OcrLine(text, Box(x0, 100.0, 600.0, 124.0), 0.99)
    placed = [(112.0, 0.0, neighbour_end)] if neighbour_end is not None else []
    placed.append((112.0, x0, 600.0))
    placed.sort()
    trimmed = _trim_to_ink(line, grid, placed, [p[0] for p in placed], pitch)
    assert trimmed.box is not None
    return trimmed.box.x0


def test_only_a_box_meeting_its_row_neighbour_wider_than_its_characters() -> None:
    # (Four characters in 150 px from 450, inside the gutter, its row neighbour ending at 445.)
    assert 490 > _trim("天地玄黄", 450.0, 445.0) > 450.0
    # (No row neighbour: a line set apart stands.)
    assert _trim("天地玄黄", 450.0, None) == 450.0
    # (Digits: set at no one width.)
    assert _trim("天地12", 450.0, 445.0) == 450.0
    # (As wide as its characters: six in 150 px.)
    assert _trim("天地玄黄宇宙", 450.0, 445.0) == 450.0
