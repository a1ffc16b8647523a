"""A box grown over a gutter and the next column's indent is trimmed back, not cut.

A detector grows a line's box over blank paper now and then: on dev/page-157 (the rows below:
a story of two columns under its title, text made neutral, boxes as read, y shifted) the
first row of the first column, 36 characters indented (``文文、文文…`` from 107 px), was boxed
to 1067 px, over the gutter and the blank of the next column's indented first line, which
starts at 1061. Its characters fill the first column to the gutter (944 px); the lines near
it showed the gutter, so the first look cut the box there, sharing its characters out by the
box's pitch: the last two moved to the second column, a line of their own beside that
indented line, and the story's two paragraphs at the column top read as one (29 of 34
paragraphs of the page found; 31 with it). The end past the gutter held no character: the
box is trimmed back to the gutter.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

#: (x0, y0, x1, y1, text) of each box, as RapidOCR read and listed them (y shifted): the story
#: over the title (four columns) too, to measure the lines against.
ROWS = [
    (61, -11, 486, 15, "文、文文文文文文，文文文文文文文文、"),
    (538, -11, 974, 15, "文文文文文文文文文文文文文文，文文文"),
    (1018, -11, 1451, 15, "文文文文文文文文文文文文文文文，文文"),
    (1544, -11, 1928, 15, "文文文文文文文文文文文文文文文文"),
    (56, 22, 215, 56, "文文文文文文。"),
    (538, 26, 912, 51, "文文113文文文文文16文文文文文文"),
    (1018, 25, 1502, 51, "文文文文文文文文文文，文文文文文、文1"),
    (1489, 26, 1928, 52, "文文文文文文文文文文文文文文文文文文"),
    (107, 60, 492, 86, "文文文文文文文文文文文文文文文文"),
    (530, 62, 973, 88, "，文文文文文文文文文文文文文文文文文"),
    (1015, 62, 1456, 88, "文文文文文文文文文文文，文文文文文文"),
    (1491, 62, 1930, 88, "文文文文文文文，文文文文文文文文文文"),
    (61, 97, 497, 124, "文文文文文文文文文文文文文文文，文文"),
    (492, 94, 974, 127, "文，文文文文文文文文文文文，文文文文"),
    (1018, 97, 1454, 124, "文文，文文文文文文、文文文文，文文文"),
    (1494, 97, 1907, 124, "文文，文文文文文文，文文文23文文文"),
    (61, 134, 497, 161, "文文文文文文文、文文文、文文文，文文"),
    (489, 128, 694, 164, "、文文文文文。"),
    (1020, 134, 1438, 159, "文文文文文文文文文文文文文文文文文、"),
    (1497, 134, 1927, 159, "文文文文文，文文文文文文文文文文文文"),
    (61, 170, 494, 196, "文文文文、文文文文、文文文文文文文，"),
    (587, 168, 979, 195, "文文文文文文文文文文文文文文文文"),
    (1015, 170, 1450, 196, "文文文文文文文文文、文文文文文文文文"),
    (1495, 170, 1928, 196, "文文文文文文，文文文文文文文文，文文"),
    (59, 204, 976, 233, "文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文文。文文文"),
    (966, 202, 1062, 235, "文。"),
    (1497, 205, 1928, 232, "文文文文文文文、文文文文文文文文文文"),
    (59, 239, 976, 269, "文文文文文文文、文文文文、文文文文。文文文文文文文文文文文，文文文文文文"),
    (974, 243, 1454, 267, "文文文文文文文文文文文文文文文文"),
    (1492, 243, 1532, 267, "文。"),
    (
        61,
        275,
        1450,
        304,
        "文文文文文文，文文文文20文文文文文文文文，文文文文文文文文。文文，文文文文文文文文文文文文，文文文文文文文",
    ),
    (
        61,
        312,
        1451,
        341,
        "文文，文文文文文文文文文文文文文文文文文25文文文文文文，文文文文文文文文文文、文文文文、文文文文、文文文文",
    ),
    (384, 406, 1550, 447, "文文文文文文文文文文文文文文文文文文文文文文文文文文"),
    (
        107,
        470,
        1067,
        502,
        "文文、文文文文文文文文文文文文文文，文文文文文文文文文文文文文文文文文文",
    ),
    (
        1061,
        471,
        1931,
        501,
        "文文文，文文文文文文文文文文文文，文文文文文，文文文文文文文文文文文文文",
    ),
    (
        62,
        507,
        1438,
        536,
        "文文文文文文文文文文文文文文文文文文文，文文文文文文，文文文文文文，文文文文，文文文文文文文文文文文文文文文文。",
    ),
    (59, 541, 505, 573, "文文文文文文文文、文文文文文文文文文。"),
    (
        1062,
        544,
        1931,
        573,
        "文文文，文文文文文文文文文文文，文文文文文文文文文文文文。文文，文文文文",
    ),
    (110, 579, 692, 606, "文文，文文文文文文文文文文，文文文文文文文文文文。"),
    (1015, 578, 1829, 607, "文文文文文文文文文文文。文文文文11文，文文文文文文文文文文282.2文文、"),
    (108, 615, 944, 644, "文文文文文文文文文文文文文，文文文文、文文文文文文文文文文，800文文文"),
    (1017, 616, 1314, 643, "文文文文文文文文文文19文。"),
    (62, 650, 332, 677, "文文文文文文文文文文文。"),
    (
        1064,
        650,
        1919,
        680,
        "文文文文文文文文，文文，文文文、文文文文文文文文文文文文文文文文文文文7",
    ),
    (
        108,
        688,
        1883,
        717,
        "文文文文文文文文文文文文文。文文文文文文文文文文文文文文文文文文文文文文.32文文，文文文文、文文、文文、文文、文文文文9文（文、文），文文文文文文",
    ),
    (
        59,
        723,
        962,
        752,
        "文文文文文，文文文文文文文文文文文，文文文文文文文文文文文文文文文文文文文，",
    ),
    (
        1014,
        723,
        1919,
        752,
        "文文文文文文文文文文文文文文文文文文，文文文文文文文文文文文文文文文（文）、",
    ),
    (
        59,
        759,
        944,
        788,
        "文文文文。文文文文，文文文文文文文文文文文文文文，文文文文文960文文文文文",
    ),
    (1015, 757, 1822, 790, "文文、文文文文文文文文文文，文文文文文文文文文文文文文文文文文文文。"),
    (61, 797, 431, 824, "文文文文文文文文文文文文文文文。"),
    (
        1066,
        796,
        1909,
        825,
        "文文文文文文文文文文文文文文，文文文文文文，文文、文文、文文文文16文文",
    ),
    (
        108,
        831,
        980,
        861,
        "文文文文文文文文文文。文文文、文文文、文文文文文文文文，文文文文文文文文",
    ),
    (1014, 831, 1809, 861, "文文文文文文文文文文文文文文20.79文文，文文文文71.31文文。文文文文"),
    (
        61,
        867,
        976,
        896,
        "文文文、文文文文、文文文文文文文文文文文文。文文文文，文文文文文文文文文文文",
    ),
    (
        1011,
        865,
        1884,
        898,
        "文文文6.86文文。文文文文文文文，文文文文文文文文、文文文文文文文文文，文",
    ),
    (59, 902, 933, 932, "文。文文文文，文文5000文文文文文文。文文文文文，文文，文文文文文文文文文"),
    (1018, 904, 1363, 930, "文文文、文文文文文文文、文文。"),
    (61, 939, 816, 969, "文文、文文文、文文文文文文，文文文文文文文文文文文文文文文文文。"),
    (
        1066,
        939,
        1931,
        969,
        "文文文文文文文文文文文文文、文文、文文文文文文文文文文文文文文文文，文文",
    ),
    (107, 975, 956, 1004, "文文文文文文文文文文文文文文文文文文文文文文。文文8文7文，文文文文文文"),
    (1017, 975, 1837, 1004, "文文，文文文文文文文文文文文文文21.2文文文，文文文文文文文文文文1084"),
]


#: The row under the title: its first column's line, then the second's.
FIRST = next(k for k, row in enumerate(ROWS) if row[:3] == (107, 470, 1067))


def _row(rows: list[tuple[int, int, int, int, str]]) -> list[tuple[str, float, float]]:
    """The first row's lines after the cutting, (text, x0, x1), left to right."""
    page = split_across_gutters(page_of_rows(rows))
    return sorted(
        (
            (ln.text, ln.box.x0, ln.box.x1)
            for ln in page.lines
            if ln.box and ln.box.y0 in (470, 471)
        ),
        key=lambda t: t[1],
    )


def test_a_box_grown_into_the_next_columns_indent_keeps_its_characters() -> None:
    (first, x0, x1), (second, _, _) = _row(ROWS)
    assert (first, second) == (ROWS[FIRST][4], ROWS[FIRST + 1][4])
    assert x0 == 107 and x1 < 1000  # trimmed back to the gutter


def test_a_run_on_box_into_the_next_column_is_still_cut() -> None:
    # (The same box holding two characters more: they do not fit the column before the
    # gutter, so it is cut there.)
    rows = list(ROWS)
    x0, y0, x1, y1, text = rows[FIRST]
    rows[FIRST] = (x0, y0, x1, y1, text + "文文")
    assert len(_row(rows)) == 3
