"""A title broken unevenly: a long first line over the whole band, a few characters under it.

The renderer (and a paper) breaks a title too long for its span where the span is full, so its
second line can hold a few characters, centred under the first. Read shrunk, a detector boxes
the long line a little taller than the short one and their boxes stand further apart than a
row gap of the page's body type (probe16/page-400 read shrunk: 21 px between boxes 39 and
36 px tall, over body boxes 25 px tall), though as close as the title's leading: the XY-cut
cut a row between them, and the second line headed the story as a title of its own, the first
line a title over nothing. Lines of one headline group set in one type are never parted by a
row cut (``columns._groups_whole``); a masthead over a story's title, set far larger, is.

On a page of clean columns a headline line alone in its row joins the part under it anyway;
read shrunk, with rows of the band above boxed run on, it did not (the page's own boxes, its
text made neutral, below).
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import (
    assert_provenance,
    page_of_rows,
    paragraph_column,
    pool_text,
    titled_stories,
)

FIRST = "金木水火土日月星辰山川河海湖江淮松柏桃李梅兰竹菊风雨雷电霜雪云雾晴阴寒暑春夏秋冬"  # 40
SECOND = "甲乙丙丁戊己庚"  # 7, centred
ABOVE = ("东南西北中前后左", "春夏秋冬朝暮晨昏")  # two stories' titles side by side above it
COLUMNS = [(60, 980), (1020, 1940)]
TOP = 800


def _rows(gap: int) -> list[tuple[int, int, int, int, str]]:
    """The page's rows, the title's lines ``gap`` px apart, under two stories side by side."""
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (340, 200, 700, 240, ABOVE[0]),
        (1300, 200, 1660, 240, ABOVE[1]),
    ]
    for n, (x0, x1) in enumerate(COLUMNS):
        rows += paragraph_column(x0, x1, 270, 12, 600 + 300 * n)[0]
    rows += [
        (80, TOP, 1860, TOP + 40, FIRST),
        (810, TOP + 40 + gap, 1130, TOP + 77 + gap, SECOND),
    ]
    start = 0
    for x0, x1 in COLUMNS:
        column, _ = paragraph_column(x0, x1, TOP + 150, 9, start)
        rows += column
        start += 300
    return rows


def _paragraphs() -> list[str]:
    out: list[str] = []
    start = 0
    for x0, x1 in COLUMNS:
        out += paragraph_column(x0, x1, TOP + 150, 9, start)[1]
        start += 300
    return out


def test_title_lines_a_row_gap_apart_on_a_clean_page_as_before() -> None:
    """Under two stories set in clean columns the headline alone in its row joins the part
    under it (``columns._adopt_orphans``), the rule or not."""
    for gap in (10, 24):
        page = reflow_page(page_of_rows(_rows(gap)))
        assert_provenance(page)
        assert titled_stories(page)[FIRST + SECOND] == ([], _paragraphs())


#: The boxes of a band of two stories side by side and, under it, the story with the title
#: broken unevenly (probe16/page-400 read shrunk, moved up 1,400 px; the text neutral): each
#: as (x0, y0, x1, y1, characters, whether it ends a paragraph). Some rows of the shrunk read
#: are boxed run on over the gutter, as read.
READ_SHRUNK = [
    (201, 170, 847, 205, 18, False), (1085, 170, 1875, 205, 22, False),
    (1067, 228, 1880, 252, 36, False), (111, 229, 918, 254, 36, False),
    (60, 263, 1876, 291, 75, False), (63, 301, 1930, 326, 76, False),
    (59, 334, 942, 363, 38, False), (1014, 338, 1901, 362, 38, False),
    (61, 373, 1930, 397, 76, False), (63, 410, 834, 434, 38, False),
    (1019, 410, 1928, 434, 38, False), (60, 444, 916, 472, 38, False),
    (1019, 444, 1244, 472, 10, True), (64, 481, 649, 506, 28, True),
    (77, 574, 1857, 613, 40, False), (827, 634, 1145, 670, 7, False),
    (111, 699, 930, 724, 36, False), (1069, 699, 1928, 724, 36, False),
    (61, 733, 938, 761, 37, True), (934, 733, 1929, 761, 38, False),
    (60, 804, 839, 833, 33, True), (1069, 808, 1928, 832, 36, False),
    (112, 843, 1928, 867, 74, False), (1017, 875, 1125, 906, 5, True),
    (63, 880, 501, 904, 19, True),
]  # fmt: skip


def test_read_shrunk_the_title_s_second_line_heads_nothing_of_its_own() -> None:
    rows: list[tuple[int, int, int, int, str]] = [
        (70, 20, 447, 120, "人民日报"),
        (1520, 20, 1774, 50, "1998年1月2日星期五"),
    ]
    for n, (x0, y0, x1, y1, count, ends) in enumerate(READ_SHRUNK):
        rows.append((x0, y0, x1, y1, pool_text(13 * n, count - ends) + ("。" if ends else "")))
    first, second = rows[2 + 14][4], rows[2 + 15][4]
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    stories = titled_stories(page)
    assert second not in stories
    assert stories[first + second][1]
