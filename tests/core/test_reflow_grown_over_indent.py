"""A box grown over a grid gutter and the next column's indent is trimmed back to the gutter.

A detector grows a line's box over blank paper now and then: on dev/page-155 (the rows below:
a story of three narrow columns beside another, text made neutral, boxes as read, y shifted)
a line of the first column, 14 characters (``文文文文文文文文，文文文文文`` from 61 px), was
boxed to 479 px, over the gutter (401..439) and the blank of the next column's indented first
line on its row, which starts at 490. Its characters fill the first column to the gutter; the
box was taken for a line run on by a character or two into the next column (wide), but no
cut could place one there, and the box stayed whole: one box over the gutter, and the layout
read the story's columns row by row (two paragraphs interleaved). The first look's trim of
such a box (to where the indented line starts) needs a clear gap to show the gutter, which
the story's run-on rows, not cut yet, hid; once they are cut, the page's column grid and the
lines near the box show it, and the box is trimmed back to it there.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

#: (x0, y0, x1, y1, text) of each box, as RapidOCR read and listed them (y shifted): the
#: story beside and the one under it too, whose lines draw the page grid.
ROWS = [
    (1207, -13, 1931, 18, "文文文文文文文，文文文文文文文文文文，文文文文文文文文文文文"),
    (1207, 22, 1292, 52, "文文文。"),
    (1258, 58, 1921, 89, "文文文文文文文文文文文文，3文文，文文文文文文文文文文文"),
    (59, 111, 679, 137, "4文25文，文文文文文文文文文文文文文文文文文文文文文文文。"),
    (1208, 96, 1776, 124, "文文3000文文文文，2023文文文3396.9文文，文文文"),
    (1208, 130, 1931, 161, "文文文文文文文文文文文文文文。文文文文文文文文文文文文文文文"),
    (
        109,
        156,
        1178,
        187,
        "文文文文文，文文文文文文文文文文文文文文文文，文文文文文文文文文文文文文文文文，",
    ),
    (1205, 166, 1854, 197, "文文文文文文文文文文，文2021文文53%文文文文文文文文6"),
    (59, 194, 824, 225, "文文文文文文，文文文文文文文文文文文文文文文文文文文文。"),
    (814, 195, 1170, 223, "文文文文文文文文文文文文，文"),
    (1204, 202, 1918, 233, "0%，文文文文文文文文文文文文文文文文文文文文文文文文文文文"),
    (61, 231, 479, 257, "文文文文文文文文，文文文文文"),
    (490, 230, 1167, 261, "文文文文文，文文文文文文文文文文文文文文文，文文文文"),
    (1205, 238, 1921, 269, "文文文文。3文文，文文文文文文文文文文文文文文文文文文文文文"),
    (58, 265, 787, 296, "文文文文文文文文文文文文文。文文文文文文文，文文文文文文"),
    (780, 267, 1034, 295, "文文文文文文文文。"),
    (1205, 270, 1438, 306, "文文文文文文文文文。"),
    (58, 298, 359, 332, "2019文，文文文文文文文文"),
    (439, 303, 782, 331, "文文文文文文文，文文文文文文"),
    (872, 303, 1162, 331, "文文文文文文文文文文文文"),
    (59, 339, 401, 367, "文文文文文文文文文文文文文文"),
    (389, 339, 785, 367, "文文，文文文文文文文文文，文"),
    (824, 339, 1151, 367, "文文文文文文文、文文文文文、"),
    (58, 373, 788, 404, "文文文。4文文，文文文文文文文文文文文文文文文文。文文文"),
    (822, 375, 1143, 402, "文文文文文文文文文文文，25"),
    (58, 409, 788, 442, "、文文文文，文文文文文文文、文文文文文文，文文文文文文文"),
    (824, 411, 1077, 438, "文文文文文文文文文文。"),
    (58, 445, 785, 476, "文文文文、文文文文、文文文文文文文文文文文文文文文文，文"),
    (120, 536, 708, 574, "文文文文文文文文文文文文文文文文"),
    (1051, 535, 1715, 582, "文文文文文文文文文文文文文文文"),
    (107, 593, 782, 624, "文文文文文文文，文文文文文文文文文文文文文文文文文文"),
    (
        870,
        601,
        1931,
        636,
        "文文文文文文文文文、文文文文文。文文文文文文文文文文文文文文文文，文文文文文文文",
    ),
    (59, 629, 784, 660, "文文文。文文文文文文文，文文文，文文文文文文文文文文文文"),
    (825, 641, 1699, 672, "文文文文文文文9文文文文文文文文文文文文文文文文，文文文文文文文。"),
    (59, 667, 402, 694, "文文文文文文文文文文文文文文"),
    (
        825,
        676,
        1929,
        707,
        "文文文文文文文文文文文文文文文文、文文文、文文文文文。文文文文文，文文文文文文文",
    ),
    (61, 703, 401, 730, "文文文文文文文文文文文，文文"),
    (405, 698, 782, 732, "文文文文文文文文文文文文"),
    (827, 714, 1165, 742, "文文文文、文文文文文文文文文"),
    (1199, 712, 1929, 743, "文文文文文文文文文文文文文文文文文文文文文文文文文，文文"),
    (59, 735, 780, 766, "文文文文文文文文文文文文，文文文，文文文文文文文文文文文"),
    (822, 748, 1027, 776, "文文文文文文文文。"),
    (1205, 747, 1928, 778, "文文文文文文文，文文文文文文文文文文文文文文，文文文文文"),
    (59, 771, 780, 802, "文文文文文文文文、文文文文文文，文文文文文文文文文文文文"),
    (
        872,
        784,
        1915,
        815,
        "文文文文，文文文文文文文文文文文文文文文文文，文文文文文，文文文文文文文文文文，",
    ),
    (59, 809, 793, 840, "文文文文文文。文文文文文文文。文文，文文文文文文文文文，"),
    (
        824,
        820,
        1931,
        851,
        "文文文文文文文文文文，文文文文文文文文文。文文文文文文文文文文文文文文文文文，文文文",
    ),
    (61, 846, 421, 874, "文文文文文文文文文文文文文、"),
    (426, 846, 785, 874, "文文文文文文文文文文文文文文"),
    (
        824,
        856,
        1771,
        887,
        "文文文文文文文文文文文文文文文文文，文文文文文文，文文文文文文文文文文。",
    ),
    (61, 882, 402, 910, "文文文文文文文文，文文文文文"),
    (438, 882, 736, 910, "文文文文文文文文，2012文"),
    (61, 918, 401, 946, "文文文文文文文文文文文文文"),
    (439, 918, 747, 946, "文文，文文文文文文文310文"),
    (58, 951, 122, 985, "文文。"),
    (442, 955, 780, 983, "文文文文文文文文文文文。文文"),
    (109, 991, 401, 1019, "文文文文文文文文，文文文"),
    (441, 991, 780, 1019, "文文文文文文，文文文文文文文"),
    (61, 1027, 402, 1055, "文文、文文文文文、文文文文文"),
    (441, 1027, 780, 1055, "文文文文文文、文文文文文文文"),
    (61, 1063, 401, 1091, "文文文文文文文文，文文文文文"),
    (441, 1063, 779, 1091, "文文文文文，文文文文文文文文"),
    (61, 1099, 402, 1127, "文文文文文文文文。文文文文文"),
    (438, 1099, 780, 1127, "文文文文，文文文文文文文文文"),
    (59, 1135, 407, 1163, "文文，文文文文文文文文文文文"),
    (396, 1135, 779, 1163, "文文文文文文文文、文文文文文"),
    (59, 1171, 401, 1198, "、文、文文文，文文文，文文文"),
    (439, 1171, 780, 1198, "文文文文文文文文文文文，文文"),
]


#: The grown box: 14 characters, ending 40 px past the gutter's start (439), 11 px short of
#: the next column's indented line on its row (490).
GROWN = (61, 231, 479, 257)


def _line(rows: list[tuple[int, int, int, int, str]]) -> list[tuple[str, float, float]]:
    """The lines of the grown box's row, first column, after the cutting: (text, x0, x1)."""
    page = split_across_gutters(page_of_rows(rows))
    return [
        (ln.text, ln.box.x0, ln.box.x1)
        for ln in page.lines
        if ln.box is not None and ln.box.y0 == GROWN[1] and ln.box.x0 < 400
    ]


def test_a_box_grown_over_the_next_columns_indent_is_trimmed_to_the_gutter() -> None:
    [(text, x0, x1)] = _line(ROWS)
    assert text == "文文文文文文文文，文文文文文"
    assert x0 == 61
    assert 395 <= x1 <= 405  # the gutter's start (the column's lines end at 400-402)


def test_a_line_whose_characters_run_past_the_gutter_is_not_trimmed_back() -> None:
    # Two characters more than the column holds: they stand past the gutter, the box is no
    # blank grown there.
    rows = [
        (*r[:4], r[4] + "文文") if r[:4] == GROWN else r  # type: ignore[misc]
        for r in ROWS
    ]
    lines = _line(rows)
    assert all(x1 > 405 or len(text) <= 14 for text, _, x1 in lines)
