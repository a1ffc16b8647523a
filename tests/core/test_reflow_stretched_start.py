"""A box stretched back two characters over the gutter before it is trimmed to its column.

A detector stretches a line's box back over the gutter before it, into the last characters of
its row neighbour, whose box it cuts short. On dev/page-160 (the story below: two columns of
14 characters at a 41 px gutter, 400-441 px, text made neutral, boxes as read) the row
``大飞机、国产邮轮等大国重器相`` was boxed from 354 px, meeting ``75周年。75载风雨兼程，7``
(ending at 352: digits set narrow), 46 px, about two characters, before the gutter: its
characters fit the column past the gutter with room to spare. Trimmed back only from a
character and a half before the gutter, it stayed across it, and the story's columns were read
row by row (8 of 30 paragraphs of the page found; 21 with it).
"""

from __future__ import annotations

from desktop.core.ocr.model import OcrPage
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

#: (x0, y0, x1, y1, text) of each box, as RapidOCR read them (y shifted).
ROWS = [
    (109, 307, 785, 339, "文文文文文文文文文文文文文文文文文文。文文文文文文文"),
    (59, 345, 352, 373, "75文文。75文文文文文，7"),
    (354, 345, 786, 373, "文文文、文文文文文文文文文文"),
    (59, 380, 785, 411, "5文文文文文，文文文文文文文文文文，文文文文、文文文文文"),
    (62, 416, 783, 447, "文文文文文文文文文文文文文文文文文文文文文文文文文，文文"),
    (59, 450, 781, 481, "文，文文文文文文文文文文文文文文文文文文、文文文文、文文"),
    (59, 488, 783, 519, "文文文文文文文文文文文文文。文文文文文文文文文文文文文文"),
    (61, 526, 551, 554, "文文文文文文文，文文文文文文文文文文。"),
    (61, 562, 398, 588, "文文文文文文文文文文文文文文"),
    (488, 560, 780, 586, "文文文文文，文文文文文文"),
    (58, 596, 783, 627, "文文文文文文文、文文文文，文文文文文文，文文文文文文文文"),
    (61, 634, 436, 662, "文文文文文文文文文文文文文，"),
    (431, 632, 778, 660, "。文文文文文文文，文文文文文"),
    (59, 670, 400, 698, "文文文文文文文文文文文、文文"),
    (441, 670, 771, 698, "文文文文文文文文文文，文文6"),
    (61, 706, 400, 732, "文文文文文文文文文文，文文文"),
    (441, 706, 770, 734, "3%文文文文文文文文文，文文"),
    (61, 742, 398, 770, "文文文文文文文文文文文文文文"),
    (441, 742, 781, 770, "文文文文文、文文文文文文文文"),
    (61, 778, 391, 805, "文文文。《文文文文》文文（9"),
    (441, 778, 780, 805, "文文文文文文。文文文，文文文"),
    (61, 813, 388, 841, "文9文）文文文文文文《文文文"),
    (441, 810, 752, 844, "文文文文文文文文文1文文文，"),
    (61, 849, 380, 877, "文文文文文文文》，文文文文"),
    (442, 849, 781, 877, "文文文文文文文文文文文文文文"),
    (71, 885, 400, 913, "《文文文文文文文文文文文文文"),
    (441, 885, 730, 913, '文“文文文文"40%文文文文'),
    (58, 919, 173, 952, "文文文》。"),
    (444, 921, 760, 949, "文文文。文文文文文文文文49"),
    (109, 957, 400, 985, "文文文文文文，文文文文文"),
    (442, 957, 781, 985, "文文文文文文文，文文文文文文"),
    (59, 993, 400, 1021, "文文文文文文。文文文文，文文"),
    (442, 993, 780, 1021, "文文文文文文文。文文文文文文"),
    (61, 1029, 400, 1057, "文文文文文文文，文文文文文文"),
    (441, 1029, 781, 1057, "文文文文文文文文文文文文文文"),
]

STRETCHED_ROW = "文文文、文文文文文文文文文文"


def _start(page: OcrPage, text: str) -> float:
    (box,) = [ln.box for ln in page.lines if ln.text == text and ln.box is not None]
    return box.x0


def test_box_stretched_two_characters_before_the_gutter_is_trimmed_to_its_column() -> None:
    assert _start(page_of_rows(ROWS), STRETCHED_ROW) < 400 - 1.5 * 24  # as read: well before it
    assert _start(split_across_gutters(page_of_rows(ROWS)), STRETCHED_ROW) == 441


def test_box_whose_characters_do_not_fit_past_the_gutter_is_left() -> None:
    # The same box holding two characters more: they would not fit the column past the
    # gutter, so its start is ink, not a stretch: not trimmed to the gutter. (Run on over it,
    # its box wider than its characters, the last look at lines still whole cuts it there:
    # its first two characters stand in the column before, from where the box starts.)
    rows = [(x0, y0, x1, y1, t + "文文" if t == STRETCHED_ROW else t) for x0, y0, x1, y1, t in ROWS]
    page = split_across_gutters(page_of_rows(rows))
    assert _start(page, "文文") == 354
    assert _start(page, "文、文文文文文文文文文文文文") >= 441
