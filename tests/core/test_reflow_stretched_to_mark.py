"""A box stretched back over the gutter before it, its line ending in a full-width stop, is
trimmed to its column: the stop's ink takes half its cell, and the box ends at that ink.

On probe page-343 (the story below: two wide columns of 25 characters, 696-1286 | 1335-1937,
a 49 px gutter, text made neutral, boxes as read) the right column's paragraph end
``文文文文文文文文文文文文文文文文。`` (17 characters ending in 。, its ink 16.5 cells) was boxed
from 1271 px, 13 px before the gutter and into the left column's line end (that line, ending at
1258, is boxed short). The grid's trim moves such a start to the column past the gutter when
the characters fit there: 17 full cells at the page's pitch (24 px) overran that column's box
by 3 px, 16.5 fit. Left across the gutter, that one box hid it from the XY cut, and the story
was read row by row (two of its four paragraphs, its title with none).
"""

from __future__ import annotations

from desktop.core.ocr.model import OcrPage
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

#: (x0, y0, x1, y1, text) of each box, as RapidOCR read them (the boxes ending right of 900 px
#: from 300 px down: the story and the columns over it, which draw the grid's gutter).
ROWS = [
    (960, 321, 1254, 357, '。“文文文"文文，文文'),
    (1338, 327, 1590, 352, "文文文文文文文文文文，"),
    (1656, 327, 1920, 352, "文文文文文文文《文文文"),
    (693, 361, 969, 391, "文文文文，文文文文文文"),
    (1011, 361, 1284, 391, "文文文文文文文文文文文"),
    (1335, 361, 1603, 391, "文文文文文文文文文文文"),
    (1655, 361, 1920, 391, "文文文文文文文文文文文"),
    (699, 400, 963, 425, "文文文文文文文文文文文"),
    (1015, 398, 1281, 423, "文文文文文文文文文文文"),
    (1335, 395, 1601, 425, "文文文，文文文文、文文"),
    (1655, 395, 1918, 425, "文文文文文文文（文文文"),
    (690, 434, 963, 463, "，文文文文文文文文文文"),
    (1017, 434, 1271, 463, "文文文文文、文文文文，"),
    (1334, 434, 1590, 463, "文文，文文文文文“文文"),
    (1655, 435, 1906, 460, "文）》文文文文文文文。"),
    (696, 467, 963, 497, "文，文文文文文文，文文"),
    (1015, 467, 1283, 497, "文文文文文文文文文文文"),
    (1335, 469, 1590, 498, '文"文文，文文文文文文'),
    (1702, 469, 1920, 498, "文文文文文文文文文"),
    (697, 507, 936, 532, '文文文“文文文"文文文'),
    (1018, 507, 1283, 532, "文文文文文文文文，文文"),
    (1337, 507, 1603, 532, "文文，文文文文文文文文"),
    (1654, 506, 1917, 531, "文文文文，文文文文文文"),
    (1015, 541, 1283, 571, "文文、文文文文、文文文"),
    (1335, 541, 1603, 571, "文文文文，文文文文文文"),
    (1652, 540, 1918, 569, "文文文文文文文文文文文"),
    (750, 580, 962, 605, "文文文文文文文文文"),
    (1017, 577, 1271, 606, "文文文文文文文。“文文"),
    (1337, 580, 1601, 605, "文文文文文文文文文文文"),
    (1652, 577, 1786, 606, "文文文文文。"),
    (691, 615, 936, 640, "，文文文文文“文文文”"),
    (1018, 615, 1270, 640, '文"文文文文文文文文文'),
    (1331, 611, 1418, 645, "文文文。"),
    (1704, 614, 1920, 643, "文文文文文文文文文"),
    (674, 649, 969, 679, "文文，文文文文文文文文"),
    (957, 652, 1338, 677, "1文文文文文文文文文、文"),
    (1383, 649, 1921, 679, "文文文文文文文文文文文文文文文文文文文文"),
    (
        693,
        685,
        1809,
        714,
        "文文文文文文文、文文文文文文文文文文文，文文文文文文文文文文文文文文文文文文文。",
    ),
    (795, 778, 1848, 820, "文文文文文文文文文文文文文文文文文文文文文文文文"),
    (747, 844, 1265, 873, "7文10文，文文文文文文文文文文文文文文文文文"),
    (1337, 845, 1937, 873, "文文文文文文文文文文文文。文文文文文文文文文文，文"),
    (111, 881, 972, 910, "文文文文，文文文文文文文文文文文文文文文文文文文文文文文文文文文文文。"),
    (1335, 879, 1937, 907, "文文文文文文文文文文文文文文文文文文，文文文文文文"),
    (
        744,
        916,
        1937,
        946,
        "文文文文文，文文文文，文文文文文文文文，文文文文文文文文文文文文。文文文文文文文文文文文文文文文",
    ),
    (
        697,
        952,
        1936,
        980,
        "文文文文文，文文文文文文文文文文。文文文文文文文、文文文文文，文文文文文文文，文文文文文文文文文文文",
    ),
    (
        694,
        987,
        1879,
        1018,
        "文文文文文文，文文文文文文文文文，文文文文文文文文文文文，文文文文文文文文2030文文文文文文文文、",
    ),
    (
        59,
        1023,
        1258,
        1052,
        "文文文文文文文文文文文文文文文文文文文文文文文文文文2030文文文文文文文文。文文文文文文，文文文文",
    ),
    (1271, 1027, 1728, 1052, "文文文文文文文文文文文文文文文文。"),
    (696, 1059, 1306, 1088, "文文文文，文文文文文文文文文文文文文文文文，文文文"),
    (1386, 1062, 1936, 1088, "文文文文文文文文文文文文文文文文文文文文文文文"),
    (697, 1096, 902, 1126, "文文文文文文文文。"),
    (1335, 1096, 1899, 1126, "文文文文文文，文文文“文文文文文，文文文文文”，1"),
    (747, 1133, 1501, 1161, "文文文文文，文文文文文文文文文文文文。文文文文0文文文文文文。"),
]

STRETCHED = "文文文文文文文文文文文文文文文文。"


def _start(page: OcrPage, text: str) -> float:
    (box,) = [ln.box for ln in page.lines if ln.text == text and ln.box is not None]
    return box.x0


def test_box_ending_in_a_stop_stretched_over_the_gutter_is_trimmed_to_its_column() -> None:
    assert _start(page_of_rows(ROWS), STRETCHED) < 1286  # as read: in the column before
    assert _start(split_across_gutters(page_of_rows(ROWS)), STRETCHED) >= 1335


def test_box_whose_characters_do_not_fit_past_the_gutter_is_left() -> None:
    # The same box ending in a character, not a stop: its ink takes its whole last cell and
    # would overrun the column past the gutter, so its start is ink, not a stretch.
    rows = [(x0, y0, x1, y1, t[:-1] + "文" if t == STRETCHED else t) for x0, y0, x1, y1, t in ROWS]
    page = split_across_gutters(page_of_rows(rows))
    assert _start(page, STRETCHED[:-1] + "文") < 1286
