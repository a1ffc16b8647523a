"""A body line boxed tall, at the body's pitch, is no headline: the rows under it are cut.

On dev/page-160 (the rows below: a story of three columns of 14 characters under its title,
824-1931 px, beside another, text made neutral, boxes as read, y shifted) its first three
rows were each boxed as one line over the three columns; the second (``、文文文…``, a mark
line's box grown 43 px left of the column) 51 px tall, as tall as headline type, though its
42 characters stand at the body's pitch. Taken for a headline, it made the rows over and
under it read as its decks, never cut; and its start, stretched back before the story's left
edge, hid that edge from the equal columns' look. Those rows were read across (26 of 30
paragraphs of the page found, the story's headline lost; 27 and the headline with it).
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

#: (x0, y0, x1, y1, text) of each box, as RapidOCR read and listed them (y shifted).
ROWS = [
    (141, 23, 715, 56, "文文文文文文文文文文文文文文文文"),
    (882, 23, 1852, 66, "文文文文文文文文76文文文文文文文文文文文文文"),
    (109, 77, 785, 109, "文文文文文文文文文文文文文文文文文文。文文文文文文文"),
    (
        872,
        89,
        1916,
        120,
        "9文9文，文文文文文文文文文文文文文文文文文，文文文文文”。文文文文文文文，文文",
    ),
    (59, 115, 352, 143, "75文文。75文文文文文，7"),
    (354, 115, 786, 143, "文文文、文文文文文文文文文文"),
    (
        781,
        113,
        1933,
        164,
        "、文文文文文文文文文文文文7文文文文文文文文文。文文文文文文文文文文文文文文文文文文",
    ),
    (59, 150, 785, 181, "5文文文文文，文文文文文文文文文文，文文文文、文文文文文"),
    (
        822,
        161,
        1931,
        192,
        "6文文文文文文文文文文文、文文文文文文文文文文文文文文文文文文文文，文文文文文文文文",
    ),
    (62, 186, 783, 217, "文文文文文文文文文文文文文文文文文文文文文文文文文，文文"),
    (826, 199, 1082, 227, "文文文文文文文文文文。"),
    (1171, 199, 1549, 225, "文文，文文文文文文文文文文文"),
    (1538, 199, 1928, 227, "文文，文文文文文文，文文文文"),
    (59, 220, 781, 251, "文，文文文文文文文文文文文文文文文文文文、文文文文、文文"),
    (873, 233, 1551, 264, "文文文文文，76文文，文文文文文文文文文文文文文文文"),
    (1587, 235, 1929, 263, "文、文文文、文文文文文文文文"),
    (59, 258, 783, 289, "文文文文文文文文文文文文文。文文文文文文文文文文文文文文"),
    (824, 266, 1436, 301, "文文文文文文文文，文文文文文文文文文文文文文文。"),
    (1590, 271, 1928, 299, "文文文文文，文文文文文文文文"),
    (61, 296, 551, 324, "文文文文文文文，文文文文文文文文文文。"),
    (824, 307, 1169, 333, "文文文，文文文文文文文文文文"),
    (1242, 307, 1551, 333, "文文文文文，文文文文文文"),
    (1538, 305, 1929, 332, "文文，文文文文文文文文文文文"),
    (61, 332, 398, 358, "文文文文文文文文文文文文文文"),
    (488, 330, 780, 356, "文文文文文，文文文文文文"),
    (
        824,
        340,
        1929,
        373,
        "文文。文文文，文文文文文文文文文，文文文文文文文文。文文，文文文文文文文文文文文文文",
    ),
    (58, 366, 783, 397, "文文文文文文文、文文文文，文文文文文文，文文文文文文文文"),
    (824, 376, 1515, 407, "文文文文文文，文文文文文文文文文文文文75文文文“文文文"),
    (1579, 378, 1865, 406, "文文文文文文文文文文文。"),
    (61, 404, 436, 432, "文文文文文文文文文文文文文，"),
    (431, 402, 778, 430, "。文文文文文文文，文文文文文"),
    (59, 440, 400, 468, "文文文文文文文文文文文、文文"),
    (441, 440, 771, 468, "文文文文文文文文文文，文文6"),
    (61, 476, 400, 502, "文文文文文文文文文文，文文文"),
    (441, 476, 770, 504, "3%文文文文文文文文文，文文"),
]


def test_rows_under_a_title_and_a_tall_body_line_are_cut_into_their_columns() -> None:
    page = split_across_gutters(page_of_rows(ROWS))
    for y in (104, 138, 176):
        parts = sorted(
            (ln.box.x0, ln.box.x1)
            for ln in page.lines
            if ln.box is not None and abs(ln.box.cy - y) < 3 and ln.box.x1 > 800
        )
        # One part in each column: 824-1169, 1206-1551, 1588-1931.
        assert [round((x0 - 824) / 382) for x0, _ in parts] == [0, 1, 2]
        assert all(x1 - x0 < 360 for x0, x1 in parts)
