"""Equal columns are not read over a wider column whose lines hold more characters than theirs.

On probe13/page-901 read shrunk (the rows below: text made neutral but its digits and marks,
boxes as read, y shifted by 580) a story is set in two wide columns of 38 characters (60-972,
1014-1929) under a story of two narrow columns of 18 (1018-1453, 1493-1928, 435 px each). Its
fourth row is boxed as one line over both wide columns (60-1929, 76 characters). The equal
columns' look (:func:`equal_columns._regular_gutters`) read the page as four equal columns 435
px wide (60-498, 536-968, 1015-1453, 1493-1929): the narrow story's lines fit the last two, and
the wide story's lines fit the first two, run on over them as a run-on box over two columns
would be. The row was cut into three, its first wide column's line at a gutter 498-536 that no
line shows: 18 | 20 | 38 characters.

But a wide column's lines, "run on" over two of those columns, hold 38 characters, as wide as
their characters at the columns' pitch: characters where the gutter would be, not a gutter's
blank. A run-on box over k columns holds k columns' characters and the gutters' blank; a line
holding more characters than its columns, set without blank, is a wider column's own line: the
equal columns are not there. Now one such line refuses the count (:func:`_regular_count`,
:func:`_regular_counts`), and the row is cut once, at the story's own gutter: 38 | 38.
"""

from __future__ import annotations

from desktop.core.reflow.equal_columns import _regular_count
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

ROWS = [
    (59, 20, 193, 51, "天地玄黄宇。"),
    (1018, 31, 1416, 58, "宙、洪荒日月盈昃辰宿列张寒来200暑"),
    (1494, 34, 1882, 57, "1400往秋收冬藏闰余成岁律吕调阳云"),
    (109, 60, 309, 86, "腾致雨露结为霜金。"),
    (1018, 69, 1453, 95, "生丽水玉出昆冈剑号巨阙，珠称夜光果珍"),
    (1493, 69, 1735, 95, "4李柰菜重，芥姜海咸。"),
    (1016, 105, 1449, 130, "、河淡鳞潜羽翔龙师火帝鸟官，人皇始制"),
    (1545, 105, 1928, 130, "文字，乃服衣裳天地玄黄宇宙，洪荒"),
    (1021, 142, 1411, 165, "日月盈昃辰。宿列张寒来6.8暑往秋收"),
    (1496, 139, 1928, 166, "冬藏闰余成岁律吕调阳云腾致雨露结为霜"),
    (1018, 177, 1430, 203, "金，生丽水79玉出昆冈剑号巨阙珠，称"),
    (1497, 177, 1765, 203, '夜光果“珍李柰菜重"芥姜。'),
    (1020, 215, 1427, 237, "海咸河淡鳞潜羽翔，76龙师火帝鸟官"),
    (697, 306, 1305, 345, "人皇始制文字乃服衣裳天地玄黄"),
    (109, 372, 936, 398, "5宇18宙洪荒，日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨"),
    (1016, 368, 1173, 400, "露结为霜金生。"),
    (60, 407, 503, 434, "丽水玉出昆冈剑号巨阙珠称夜光果珍李柰。"),
    (
        1066,
        407,
        1929,
        434,
        "菜重芥姜海咸河淡，鳞潜羽翔龙师火帝鸟官人皇始制文字，乃服衣裳天地玄黄宇宙",
    ),
    (112, 446, 965, 468, "洪荒日月盈，昃辰9宿，列张寒来暑往秋收冬藏闰余成岁，律吕调阳云腾致雨露结"),
    (
        1015,
        446,
        1927,
        468,
        "为霜金生丽水玉，出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽翔龙师火",
    ),
    (
        60,
        480,
        1929,
        506,
        "帝鸟官人皇始制文字乃，服衣裳天地玄黄宇宙洪。荒日月盈昃辰宿列张寒来暑往秋，收。冬藏闰，余成岁律吕调阳云腾，致雨露结为霜金生丽水玉出昆冈剑号巨阙珠称，夜光",
    ),
    (
        61,
        518,
        946,
        541,
        "果珍李柰菜重芥姜海咸河“淡鳞潜羽翔龙师”，火帝鸟官人皇始制文字乃服衣裳，天地",
    ),
    (
        1016,
        515,
        1929,
        542,
        "玄黄宇宙洪荒日月盈昃辰宿。列张寒来暑往秋收冬藏闰余，成岁律吕调阳云腾致雨露结",
    ),
    (
        61,
        554,
        1017,
        576,
        "为霜金生丽水玉出昆冈。剑号巨阙珠称夜光，果珍李柰菜重芥，姜海咸河淡鳞潜羽翔。",
    ),
    (
        1015,
        553,
        1927,
        575,
        "龙。师火帝鸟官人皇始制文字乃服，衣裳天地玄黄宇宙洪，荒日月盈昃辰，宿列张寒来",
    ),
    (
        112,
        589,
        1019,
        612,
        "暑往秋收冬，藏闰余成岁律吕调阳云腾致雨露结为霜金、生丽、水玉出昆，冈剑号：",
    ),
    (
        1014,
        587,
        1929,
        613,
        "巨阙珠称夜、光果珍李柰菜、重芥姜海咸河，淡鳞潜羽翔龙师火帝鸟官人皇始制文字乃",
    ),
    (
        59,
        623,
        960,
        650,
        "服衣裳天地玄黄宇宙洪荒日月盈昃辰宿列张。寒来暑往秋收冬藏闰，余成岁律吕调阳、",
    ),
    (1014, 624, 1818, 650, "。云腾致雨露结为霜金生丽水玉出昆冈剑号巨阙，珠称夜光果珍李柰菜重芥。"),
    (
        61,
        662,
        972,
        684,
        "姜海咸河淡鳞潜羽。翔龙师火帝鸟官人皇始，制文字乃服衣裳天，地玄黄宇宙洪荒日月",
    ),
    (
        1067,
        662,
        1928,
        684,
        "盈昃辰，宿列张寒来暑往《秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金》，生",
    ),
    (
        64,
        696,
        971,
        719,
        "丽水，玉出昆冈剑号、巨阙珠称夜光果珍李。柰菜重芥姜海咸河淡鳞潜羽翔龙，师火帝",
    ),
    (
        1014,
        697,
        1906,
        720,
        "鸟官《人皇始制文字乃服衣裳天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收（20",
    ),
    (60, 732, 358, 758, "冬藏闰余成岁律吕调阳云腾。"),
    (
        1019,
        734,
        1865,
        757,
        "23致2027）》，雨露结为霜金生丽水玉出昆、冈剑、号巨阙珠称、夜光果珍、李",
    ),
    (
        111,
        770,
        972,
        792,
        "柰菜重芥姜，海咸河淡鳞潜羽翔龙师火帝鸟官人皇始制文字乃服，衣裳天地玄黄宇",
    ),
    (1016, 767, 1362, 792, "宙洪荒日月盈昃辰宿列张寒来暑。"),
    (
        62,
        805,
        971,
        828,
        "往秋收冬藏闰。余成岁律吕调阳云腾致雨露结为霜金生丽水，玉出昆冈剑号巨阙珠称夜",
    ),
    (1067, 805, 1432, 828, "光果、珍李、柰菜重芥姜海咸河淡。"),
]


def test_a_wide_columns_run_on_row_is_cut_at_its_own_gutter_only() -> None:
    page = split_across_gutters(page_of_rows(ROWS))
    row = sorted(
        (round(ln.box.x0), round(ln.box.x1), len(ln.text))
        for ln in page.lines
        if ln.box is not None and ln.box.y0 == 480
    )
    assert [n for _, _, n in row] == [38, 38]
    assert row[0][1] < 1014 <= row[1][0]


def test_a_line_holding_more_than_its_columns_refuses_the_count() -> None:
    # Four equal columns 435 px wide at gutters of 40 (18 characters each, 24.17 px apart):
    # three of the last two columns' whole lines, and a wide column's line over the first two.
    starts, ends = [60.0, 535.0, 1010.0, 1485.0], [495.0, 970.0, 1445.0, 1920.0]
    pitch = 24.17
    cells = {(100.0 + 36 * k, 1010.0, 1445.0): 18.0 for k in range(2)}
    cells[(172.0, 1485.0, 1920.0)] = 18.0
    lines = [(key, 2 if key[1] == 1010.0 else 3, 2 if key[1] == 1010.0 else 3) for key in cells]
    assert _regular_count(lines, cells, starts, ends, pitch) == 18
    # (38 characters over the first two columns, as wide as its characters: 918 px.)
    wide = (208.0, 60.0, 60.0 + 38 * pitch)
    cells[wide] = 38.0
    assert _regular_count([*lines, (wide, 0, 1)], cells, starts, ends, pitch) == 0
    # (A run-on box over them holding their 36 characters and the gutter's blank agrees.)
    run_on = (244.0, 60.0, 970.0)
    del cells[wide]
    cells[run_on] = 36.0
    assert _regular_count([*lines, (run_on, 0, 1)], cells, starts, ends, pitch) == 18
