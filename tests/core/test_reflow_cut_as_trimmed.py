"""A run-on box is cut against its neighbours as trimmed, not as the detector stretched them.

A detector stretches a short line's box back over the gutter before it (``_trim`` takes it back
when its end past the gutter cannot hold a character and meets a line of the column before).
The first look at a run-on box across the next gutter sought that gutter among the boxes as
the detector left them, so the stretched ones hid it, or showed its edge in the wrong place;
a later look, against the parts and trimmed boxes, keeps a new cut only where it makes more
parts, so the first look's miss stood. On dev/page-160 (the rows below: a three-column story
beside another, text made neutral, heights as read) the row ``发送旅客7万多人次。在车站的`` +
``和同事们一一为旅客解答。`` stayed one line across the gutter at 1154-1204 px, its box
stretched from 773 px (the story before ends at 788), and the columns were read row by row.
"""

from __future__ import annotations

from desktop.core.ocr.model import OcrPage
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

#: (x0, y0, x1, y1, text) of each box, as RapidOCR read them (y shifted).
ROWS = [
    (873, 65, 1553, 96, "文文文文，文文文文文文文文文文文。文文文文文文，文文"),
    (1638, 66, 1929, 94, "文文文文文文文文，文文文"),
    (109, 104, 775, 130, "文文文文文文文文文文文文文文文文9文文文文文文文文文文文"),
    (773, 101, 1487, 132, "文文文文7文文文文。文文文文文文文文文文文文文文文。"),
    (1512, 99, 1929, 134, "文文文文文文文文文文文文文文"),
    (61, 140, 788, 166, "文文文文文。文文文文《文文文文文文文文》，文文文文文文文文文"),
    (775, 138, 1189, 166, '“文文文文"文文文文文，文文'),
    (1255, 137, 1931, 168, "文文文文文文文文文文、文，文文文文文文文文文文文文文"),
    (61, 176, 549, 204, "文文文文文，文文文文文文文文文文文文文文。"),
    (105, 209, 783, 240, "文文文文文文文文文文文文文文文文文文文文文文文文文文文文"),
    (
        824,
        209,
        1931,
        240,
        "文文文，文文文文文文文文文文，文文文文文文文文文文文。文文文、文文文文，文文文文文文",
    ),
    (59, 245, 385, 276, "文文文文文文文文文文文文文。"),
    (827, 247, 1122, 275, "文文文文。文文(2文22文）"),
    (1204, 247, 1551, 275, "文文文，文文、文文，文文文文"),
    (1538, 247, 1929, 275, "文，文文文文文文文文文文文文"),
    (110, 283, 648, 311, "文文，文文文文文文文文文文，文文文文文文文文。"),
    (824, 283, 1169, 309, "文《文文文文文》，文文文文文"),
    (1156, 283, 1549, 309, "文文文文文文文文，文文文文文"),
    (1587, 283, 1796, 311, "文文文，文文文文。"),
    (110, 319, 755, 347, '文文文文文文文文，文文文文“文文文文文文"文文文文文文文'),
    (824, 317, 910, 347, "文文文。"),
    (1209, 319, 1388, 347, "文文文文文文文。"),
    (1640, 319, 1900, 347, "文文文文文文“文文文文”"),
    (59, 355, 599, 383, "文文文文，文文文文文文文文文文文文文文文文文。"),
    (875, 355, 1151, 383, "文文文文文文文文“文文文"),
    (1252, 353, 1592, 380, "文文文文文文文文文文文文"),
    (1587, 355, 1929, 383, "文文文文文，文文文文文文文文"),
    (107, 390, 788, 421, "文文文文文文文文文文文，文文文文文文文文文文文文文文文文"),
    (819, 391, 1156, 419, '文"文文文文文文文文文文文文'),
    (1204, 391, 1503, 417, "文，文文文文文文，文2015"),
    (1589, 391, 1870, 419, "文文12文，文文文文“90文"),
    (54, 427, 237, 455, "，文文文文文文。"),
    (
        824,
        424,
        1918,
        455,
        "文，文文，文文文文文文文文文文文文，文文文文文文文文文文”。文文文，文文文文，文文文",
    ),
    (
        826,
        460,
        1929,
        491,
        "10文。文文文文文文文、文文文文，文文文文文文文文文文，文文文，文文文文文文、文文文",
    ),
    (
        824,
        496,
        1918,
        527,
        "文文、文文文文文文文文文文文文文文文文文文文，文文文文文，文文文文文文文文文“文",
    ),
    (827, 534, 1390, 562, "文文文文文，文文文文文文文文，文文文10文文。"),
    (1589, 534, 1663, 564, "文文”"),
]

#: The run-on row: 14 characters in the first column, 12 in the second.
RUN_ON = "文文文文7文文文文。文文文文文文文文文文文文文文文。"


def _page() -> OcrPage:
    return page_of_rows(ROWS)


def test_run_on_box_stretched_into_the_gutter_before_is_cut_at_the_next_gutter() -> None:
    page = split_across_gutters(_page())
    parts = [
        ln for ln in page.lines if ln.box is not None and 2195 - 2100 <= ln.box.y0 <= 2205 - 2100
    ]
    texts = [ln.text for ln in parts]
    assert RUN_ON not in texts
    assert "文文文文7文文文文。文文文文" in texts
    assert "文文文文文文文文文文文。" in texts
    for ln in parts:
        assert ln.box is not None
        # No part of it in the gutter between the story's first two columns.
        assert ln.box.x1 <= 1160 or ln.box.x0 >= 1195


def test_every_character_kept() -> None:
    before = "".join(ln.text for ln in _page().lines)
    after = "".join(ln.text for ln in split_across_gutters(_page()).lines)
    assert sorted(before) == sorted(after)
