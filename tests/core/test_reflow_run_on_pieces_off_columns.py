"""Equal columns a story's run-on rows show are refused where its rows' pieces show wider ones.

On test15/page-08 (both reads; the rows below: text made neutral but its digits and marks,
boxes as read) a story is set in two columns of 38 characters (62-972, 1017-1916, 45 px apart)
at 23.9 px a character, a little over the page's body pitch (23.5). Its rows are boxed whole,
column by column. The run-on look (:func:`equal_columns._run_on_columns`) joins each row's two
boxes as one full row of 76 characters and weighs equal columns at the body's pitch: as two
columns the gutter left reads 2.8 characters (over REGULAR_GUTTER), as four of 19 it reads
0.94 of one, and the story's short last line (14 characters from the second column's start)
agrees. Each first column's line was cut 19 | 19 at a gutter no line shows, row after row.

But a row boxed in pieces meets at a gutter with the next piece starting at its column's first
character (or an indent in, a paragraph's first line): text runs on from column to column.
Here every row's second piece starts 0.8 of a character past the four columns' third column
start, blank before it: neither at the start nor an indent in. Pieces so placed row after row
stand in a column of their own, wider than the set makes it; the set is refused
(:func:`equal_columns._joints_off_columns`, asked of the sets the run-on look finds) and the
lines stand whole. (On dev/page-40, -42, -47, -178, test13/page-05, probe10d/page-600, -602,
probe12/page-633, -640, probe13/page-933 and probe16/page-501 the same look had cut
columns' whole lines in two, with no loss to the paragraphs read; they now stand whole too.)
"""

from __future__ import annotations

from desktop.core.ocr.model import Box
from desktop.core.reflow.equal_columns import _joints_off_columns
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

ROWS = [
    (64, 87, 444, 185, "天地玄黄"),
    (1520, 78, 1772, 105, "1998宇1宙2洪荒日月"),
    (1520, 116, 1653, 146, "盈5昃辰宿"),
    (651, 223, 1353, 266, "列张寒来暑往秋收冬藏闰余成岁律吕"),
    (
        62,
        465,
        1672,
        489,
        "调阳，云腾致雨露结为霜金生丽水玉，出昆冈剑号巨阙珠称夜、光果珍李。柰菜，重芥姜海咸河淡鳞，潜羽翔龙师火、帝鸟官、人皇始制文字乃服衣裳天地玄黄宇宙洪。",
    ),
    (111, 514, 951, 538, "荒日月盈昃，辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜。"),
    (
        1014,
        511,
        1867,
        540,
        "金。生丽水玉出昆冈剑号巨阙珠称夜光10果珍李柰菜重芥姜海0.5咸河淡鳞潜羽翔",
    ),
    (
        61,
        550,
        950,
        574,
        "龙师火帝鸟，官人20皇始制文字乃服衣裳天地。玄黄宇，宙洪荒日月盈昃辰宿列张寒",
    ),
    (
        1017,
        550,
        1906,
        574,
        "来。暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结，为霜金生丽水玉出昆冈剑AI号巨",
    ),
    (
        60,
        584,
        940,
        610,
        "500阙，珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽翔龙师，火帝鸟官人皇始制文字",
    ),
    (1016, 582, 1483, 613, "乃服、衣（裳）天地玄黄宇宙洪荒日月盈昃。"),
    (
        60,
        620,
        971,
        646,
        "辰宿列。张寒来暑往秋收冬藏、闰余成岁律吕调阳云腾致雨露，结为霜金生丽水玉出昆",
    ),
    (1065, 618, 1851, 649, "冈剑，号巨阙珠称夜光果珍李柰菜重4.4芥姜海，咸河淡鳞潜5000羽翔；龙"),
    (58, 655, 120, 684, "师火。"),
    (1018, 657, 1805, 683, "帝鸟官人皇始制文1.3字乃服，衣裳天地玄3000黄宇。宙洪，5000荒日月盈"),
    (109, 691, 945, 719, '昃辰宿列，张寒来暑往秋收冬藏闰余成“岁律"吕调阳云。腾致，雨露结为霜金生'),
    (1017, 691, 1832, 719, '丽水玉出昆冈“剑号"巨阙，8000珠称夜光果珍“李柰"菜重。芥姜海咸河淡鳞潜'),
    (
        62,
        730,
        938,
        754,
        "羽翔龙师火帝鸟官人皇始制文字乃810服衣，裳天地玄黄宇宙洪荒日月盈昃辰宿列张",
    ),
    (1017, 727, 1723, 756, "寒来暑往秋收冬，藏闰余成岁律吕调阳云腾，致雨露结为霜金生丽。"),
    (327, 819, 718, 853, "水玉出昆冈剑号巨阙珠称"),
    (1319, 819, 1642, 853, "夜光果珍李柰菜重芥"),
    (1069, 878, 1427, 901, "姜海咸河淡鳞潜羽翔龙师火帝28鸟"),
    (1497, 877, 1927, 903, "官人皇始制，文字乃服衣裳天，地玄黄宇"),
    (1018, 913, 1364, 939, "宙洪荒日月盈昃辰宿列张寒来暑。"),
    (1497, 914, 1926, 937, "往秋收冬藏闰余成岁，律吕调阳云腾致雨"),
    (1066, 948, 1403, 975, "露结为霜金，2013生丽水玉出昆"),
    (1496, 947, 1627, 975, "冈剑号巨阙。"),
    (1019, 986, 1449, 1010, "珠称夜光果珍李柰菜，重芥姜海咸河淡鳞"),
    (1544, 984, 1927, 1011, "潜羽翔龙师火帝，鸟官人皇始制文字"),
    (1019, 1022, 1450, 1046, "乃服，衣裳天地玄黄宇宙。洪荒，日月盈"),
    (1453, 1022, 1926, 1046, "，昃辰宿列张寒来暑往秋收冬藏闰余成岁"),
    (1019, 1058, 1412, 1082, "律吕调阳，云腾致2雨1露结为“霜金生"),
    (1490, 1056, 1927, 1084, "。丽水玉出昆冈剑号巨阙珠称夜，光果珍"),
    (1018, 1092, 1436, 1118, "李柰”，菜重芥姜海咸河淡鳞潜羽翔龙师"),
    (1496, 1093, 1928, 1119, "火帝鸟官人皇始制文字乃服，衣裳天地玄"),
    (
        61,
        1107,
        952,
        1131,
        "黄宇宙洪荒日月盈昃、辰宿列、张寒来、暑往、秋收冬、藏闰，6余成岁律吕调阳云腾致雨露",
    ),
    (59, 1137, 665, 1165, "结为霜金生丽水玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜。"),
    (1018, 1129, 1453, 1155, "海咸。河淡鳞潜羽翔龙师火帝鸟官，人皇"),
    (1496, 1129, 1723, 1155, "始制文字乃服衣裳天。"),
    (1019, 1165, 1450, 1191, "地玄，黄宇宙洪、荒日月盈昃辰宿列。张"),
    (1544, 1165, 1722, 1191, "寒来暑往秋收冬。"),
    (
        110,
        1187,
        970,
        1211,
        "藏闰余成岁律吕调阳、云腾致雨露结为霜金生丽水玉出昆冈剑。号巨阙珠称夜光果",
    ),
    (1018, 1199, 1450, 1226, "珍李柰菜重芥姜海咸河淡鳞，潜羽翔龙师"),
    (
        59,
        1221,
        972,
        1248,
        "火帝鸟官人皇始制文字乃服衣裳天地，玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬",
    ),
    (
        61,
        1258,
        972,
        1284,
        "藏闰余成岁律，吕调阳云腾致，雨露结为霜金生丽水，玉出昆冈剑号巨阙，珠称夜光果",
    ),
    (
        61,
        1294,
        908,
        1321,
        "珍李柰菜重芥姜，海咸河淡鳞潜羽翔，龙师火帝鸟官人皇始制文字乃服衣裳天地。",
    ),
    (519, 1387, 1451, 1430, "《玄黄宇宙洪荒日月盈昃辰宿》4列20张寒来暑往"),
    (
        60,
        1699,
        900,
        1727,
        "秋收冬藏闰余成岁（3律18吕）调阳云腾致雨露，结为《霜金生丽水玉出昆冈剑号巨》。",
    ),
    (
        109,
        1749,
        965,
        1776,
        "阙珠称，《夜光果珍李柰菜重》芥姜海8咸河淡鳞潜羽翔，龙师火帝鸟官人皇始制",
    ),
    (
        1018,
        1750,
        1906,
        1774,
        "文字乃服66衣裳天地玄，黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余、成岁",
    ),
    (
        62,
        1787,
        973,
        1811,
        "律吕调阳云，腾致雨露结为霜金生。丽水玉出昆冈剑号巨阙，珠称夜光果珍李柰菜《重",
    ),
    (
        1017,
        1787,
        1916,
        1811,
        "芥姜。海咸河淡鳞潜羽翔龙、师火帝，鸟官人皇始制文字乃服衣裳天地玄黄宇5宙洪荒",
    ),
    (
        62,
        1823,
        972,
        1847,
        "日月盈昃辰宿列张寒来暑》，往秋收冬藏闰余成岁律吕调阳云腾、致雨露结、为霜金生",
    ),
    (
        1018,
        1823,
        1915,
        1847,
        "丽水玉出昆冈剑，号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽翔。《龙师火帝》",
    ),
    (
        61,
        1859,
        971,
        1882,
        "、鸟官人皇、始制文字乃服衣裳天地玄黄宇。宙洪荒日月盈昃辰宿列张寒来暑往秋收冬",
    ),
    (1015, 1857, 1307, 1885, "藏闰余成4岁20律吕调阳云。"),
    (
        61,
        1895,
        972,
        1918,
        "、腾致雨露结为霜金生丽、水玉出昆冈剑号巨、阙珠称夜光果珍李柰菜重芥姜海咸河淡",
    ),
]


def test_a_wide_columns_lines_are_not_cut_at_equal_columns_their_pieces_deny() -> None:
    page = split_across_gutters(page_of_rows(ROWS))
    # (The story's first column's rows, its first line under its title down to its last.)
    left = sorted(
        (round(ln.box.cy), round(ln.box.x0), round(ln.box.x1))
        for ln in page.lines
        if ln.box is not None and 1750 < ln.box.cy < 1920 and ln.box.x0 < 972
    )
    assert [(x0, x1) for _, x0, x1 in left] == [
        (109, 965),
        (62, 971),
        (62, 971),
        (61, 971),
        (61, 972),
    ]


def test_pieces_at_their_columns_start_agree() -> None:
    # Four equal columns 400 px wide at gutters of 24 (pitch 20), a story's rows boxed in
    # two pieces meeting at its middle gutter: the second piece at its column's start (or
    # an indent in) agrees; a character past it, row after row, refuses.
    pitch, height = 20.0, 24.0
    gutters = [(400.0, 424.0), (824.0, 848.0), (1248.0, 1272.0)]
    box_at = (0.0, 824.0)

    def refused(second: float) -> bool:
        placed = [
            (30.0 * k, x0, x1) for k in range(4) for x0, x1 in ((0.0, 824.0), (second, 1672.0))
        ]
        centres = [p[0] for p in placed]
        box = Box(box_at[0], -12.0, box_at[1], 12.0)
        return _joints_off_columns(box, gutters, placed, centres, [], height, pitch)

    assert not refused(848.0)
    assert not refused(848.0 + 2 * pitch)
    assert refused(848.0 + pitch)
