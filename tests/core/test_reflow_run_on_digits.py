"""A run-on row holding numbers is cut, though it is short at both ends of its columns.

A deck set over a story's columns is centred on them; a run-on body line fills its columns, but
for an indent or a paragraph's end, never both sides alike (``_cut`` leaves a box short of the
columns' edges at both sides by about as much). Digits and Latin letters are set at about 0.6
of a character, so a full line holding some ends short of its column's right edge: an indented
first line run on into a line of numbers is short at both ends, and was taken for a deck. On
dev/page-176 (the rows below: a two-column story under its title, text made neutral, boxes as
read) the first row ``文文文，文文“文文文文”`` + ``150文文文文文30文文文文``
starts two characters in (a paragraph opens) and ends 55 px short (five digits), and stayed
one line across the gutter at 1540-1585 px: the story's first paragraphs were read row by row.
"""

from __future__ import annotations

from desktop.core.ocr.model import OcrPage
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

#: (x0, y0, x1, y1, text) of each box, as RapidOCR read them (y shifted).
ROWS = [
    (1269, 98, 1842, 133, "文文文文文文文“文文文文”文文文文"),
    (1254, 152, 1874, 185, "文文文，文文“文文文文”150文文文文文30文文文文"),
    (1210, 191, 1927, 220, "文文文文文文文文文文文、文文文文，文文文文文文文文文文文"),
    (1208, 227, 1844, 258, "文文文文文文文。文文文文文文文文文文文文文文文文。"),
    (1210, 262, 1534, 292, "文，文文文文文文文文文文文“"),
    (1640, 262, 1915, 292, "文文文文，文文“文文文文"),
    (1210, 301, 1533, 327, '文文文文"文文文文？文文文文'),
    (1583, 301, 1914, 327, '"文文文文文文，文文文文文文'),
    (1210, 337, 1546, 363, "文文文文文文文文文文文文文文"),
    (1577, 337, 1927, 363, "。文文文，文文文文文文文文文"),
    (1208, 373, 1484, 399, "文文、文文文文文文文文。"),
    (1592, 370, 1929, 400, "文文文文文文，文文文文文文文"),
    (1254, 406, 1546, 436, "文文文，文文文文文文文文"),
    (1591, 409, 1929, 435, "文文文文文文文；文文文文，文"),
    (1208, 442, 1540, 472, "文文、文文文文、文文文文文，"),
    (1591, 442, 1929, 472, "文文文文文文文文文文文文文文"),
    (1207, 477, 1543, 508, '文文“文文文文"文文文文文、'),
    (1591, 481, 1926, 507, "文文文文，文文文文文文文文文"),
    (1208, 514, 1540, 544, "文文文文文文文文文文文。“文"),
    (1591, 517, 1744, 543, "文文文文文文。"),
    (1641, 550, 1929, 580, "文文文，文文文文文文文文"),
    (1210, 553, 1533, 579, '文文文文文文文"文文文文文文'),
    (1210, 589, 1551, 615, "文文文文文，文文文文、文文文"),
    (1540, 589, 1929, 615, "文文文文文文文文文文文文文文"),
    (1210, 661, 1597, 687, "文文文，《文文文文文文文文文"),
    (1585, 661, 1929, 687, "文，文文文文文、文文文文文文"),
    (1210, 697, 1491, 723, "文文文》（RCEP）文文15"),
    (1591, 697, 1915, 723, "文，文文文文文文文文文”文文"),
    (1208, 733, 1509, 759, "文文文文文文文文，10文文，"),
    (1589, 733, 1915, 759, "文文”，文文文文文文文文，文"),
    (1207, 768, 1929, 796, "文文文文文文文文文文文文文文文文文文文文文文文，文文文文"),
    (1210, 805, 1494, 831, "文文文文19.1文文文文。文"),
    (1585, 805, 1926, 831, "文文文文文，文文文文文文文文"),
    (1210, 841, 1522, 867, '文"文文文文"文文文文文文文'),
    (1589, 841, 1744, 867, "文文文文文文。"),
]

#: The first row, run on: an indented line of the first column, a line of numbers of the second.
RUN_ON = "文文文，文文“文文文文”150文文文文文30文文文文"


def _page() -> OcrPage:
    return page_of_rows(ROWS)


def _row(page: OcrPage, y0: float) -> list[str]:
    return [ln.text for ln in page.lines if ln.box is not None and abs(ln.box.y0 - y0) < 5]


def test_indented_run_on_row_of_numbers_is_cut_at_the_gutter() -> None:
    page = split_across_gutters(_page())
    assert len(_row(page, 152)) == 2
    for ln in page.lines:
        assert ln.box is not None
        # no line left across the gutter between the two columns
        assert ln.box.x1 <= 1560 or ln.box.x0 >= 1570 or ln.box.y0 in (98, 191, 227, 768)


def test_a_run_on_row_is_shared_out_by_character_cells() -> None:
    # the box's width less the gutter is shared out at its characters' cells, the digits at
    # 0.6 of one: counted as whole characters they set the pitch too small, and the cut takes
    # a character of the next column (``…“文文文文”1`` + ``50文…``)
    page = split_across_gutters(_page())
    assert _row(page, 152) == ["文文文，文文“文文文文”", "150文文文文文30文文文文"]


def test_a_centred_line_short_at_both_ends_is_still_left_whole() -> None:
    # the same row without its numbers: centred on the columns, no digit to explain its
    # short end; a deck's place, not cut. (Its characters fill its box at the body's pitch,
    # 26 of them: a deck set solid holds no gutter's blank. With 24, the box held 44 px
    # beyond them, a gutter's blank within a character, which is a run-on row's mark,
    # ``gutters._holds_gutter_blank``; rules39, test3/page-01.)
    line = "文文文，文文“文文文文”文文文文文文文文文文文文文文"
    rows = [r for r in ROWS if r[1] != 152]
    rows.insert(1, (1254, 152, 1874, 185, line))
    page = split_across_gutters(page_of_rows(rows))
    assert _row(page, 152) == [line]


def test_every_character_kept() -> None:
    before = "".join(ln.text for ln in _page().lines)
    after = "".join(ln.text for ln in split_across_gutters(_page()).lines)
    assert sorted(before) == sorted(after)
