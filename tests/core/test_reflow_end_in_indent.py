"""A box grown past the gutter into the blank of the next column's indent, short of that
column's indented line on its row, is trimmed back to where its characters end.

On probe page-321 (the story below: two wide columns of 38 characters, 61-985 | 1015-1929, a
30 px gutter, text made neutral, boxes as read) the left column's full line was boxed to
1034 px, 19 px past the gutter and 32 px short of the right column's indented line on its row
(1066). Its characters at the body's pitch end before the gutter's right edge, so the box's
end past the gutter is the indent's blank: no character of the next column is there. It ended
too far past the gutter for the trims of a box ending in it, and short of the indented line's
start, where a box grown over the whole indent is trimmed; left across the gutter, that one
box hid it from the XY cut, and the story was read row by row.
"""

from __future__ import annotations

from desktop.core.ocr.model import OcrPage
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

#: (x0, y0, x1, y1, text) of each box, as RapidOCR read them: the title, the photo's caption,
#: then the two columns (a row of the left column lost its first characters: OCR).
ROWS = [
    (694, 1306, 1306, 1350, "文文文文文文文文文文文文文文"),
    (62, 1597, 604, 1625, "文文（3文5文），文文文文文文1000文文文文文文文文。"),
    (109, 1646, 931, 1673, "文文9文文，文文文文文文文文文文文、文文文文文文文文文文文文200文文文"),
    (1015, 1647, 1493, 1671, "文文文文文文文文文文4文文文文，文文文文。"),
    (
        61,
        1682,
        1034,
        1708,
        "文文文文文文文文文，文文文文文文、文文文文文文文文文文文文，文文文文文文文文",
    ),
    (
        1066,
        1682,
        1929,
        1709,
        "文文，文文文文文文文文文文，文文文文文文文文文文文文文文文文文文文文文文",
    ),
    (61, 1719, 913, 1745, "文。文文文文文6.8文文文文文，文文文79文文文文文，文文文文文文"),
    (1016, 1719, 1240, 1747, "文“文文文文文”文文。"),
    (61, 1754, 895, 1781, "文文文，76文文文文文文文。文文文、文文文、文文文3文文文文1400文文文文"),
]

GROWN = "文文文文文文文文文，文文文文文文、文文文文文文文文文文文文，文文文文文文文文"


def _end(page: OcrPage, text: str) -> float:
    (box,) = [ln.box for ln in page.lines if ln.text == text and ln.box is not None]
    return box.x1


def test_box_ending_in_the_next_columns_indent_is_trimmed_out_of_the_gutter() -> None:
    assert _end(page_of_rows(ROWS), GROWN) > 1015  # as read: past the gutter
    assert _end(split_across_gutters(page_of_rows(ROWS)), GROWN) < 1015


def test_box_whose_characters_reach_past_the_gutter_is_left_there() -> None:
    # The same box holding four characters more: at the body's pitch (22.8 px, the median
    # over these rows) they run past the gutter's right edge, so the box's end there may be
    # ink (a character run on into the next column), not the indent's blank.
    longer = GROWN + "文文文文"
    rows = [(x0, y0, x1, y1, longer if t == GROWN else t) for x0, y0, x1, y1, t in ROWS]
    assert _end(split_across_gutters(page_of_rows(rows)), longer) > 1015
