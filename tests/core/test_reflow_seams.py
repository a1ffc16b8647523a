"""A narrow gutter that boxes stretched into it from both sides hide, row after row.

On dev/page-160 (the story below: two columns of 38 characters, the gutter about 981-1012 px,
text made neutral, boxes as read, y shifted) no row leaves the gutter clear: the left
column's boxes end at 961 or 979 px (lines ending in a stop end short, others reach into the
gutter), the right column's start at 1012, at 944 (a line opening with a mark, its box grown
to meet its neighbour exactly), at 972 (short last lines), and two rows are run on across it
(74 characters from 110 to 1931 px). No two lines start together past the gutter, so the
page's grid shows no gutter there either, and the story's two columns were read row by row
(21 of 30 paragraphs of the page found; 26 with it). Its rows meet within a character or two
of each other, row after row: the gutter is there.
"""

from __future__ import annotations

from desktop.core.ocr.model import OcrPage
from desktop.core.reflow import reflow_page
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

#: (x0, y0, x1, y1, text) of each box, as RapidOCR read them (y shifted): a title over two
#: columns.
ROWS = [
    (625, 24, 1377, 72, "文文文文文文文文文文文、文文文文文"),
    (
        110,
        92,
        1931,
        123,
        "文文文文文文文文文文文文文9文文文文文文文文文文文文文文文文文、文文文乙"
        "文文文文文文，文文文文文文文文文文文文文文文文文。文文文文文文文文文，文文文",
    ),
    (61, 129, 168, 157, "文文文文。"),
    (
        1015,
        128,
        1931,
        159,
        "右文文文文文文文文文文文文文文，文文文文文文文文文，文文文文文文文文。文文文",
    ),
    (
        109,
        164,
        1931,
        195,
        "文文文文文文文，文文文文文，文文文文文文文文文文文文文文文文文，文文文甲"
        "文文文文文文文文文文文文文文文文文文文文文文，文文文文文、文文文文文文文文文",
    ),
    (
        58,
        200,
        961,
        231,
        "文文文文文文文文。文文文文文文文70文文。文文文文文文文文文文文文，文文文文",
    ),
    (
        944,
        200,
        1933,
        231,
        "。文文文文文文文文文文文文文文文文、文文文文文文文，文文文文文文文文文文文文",
    ),
    (
        59,
        236,
        979,
        267,
        "文文文文、文文文文文文文文文，文文文文文文、文文、文文文文文文文文文，文文文",
    ),
    (972, 238, 1056, 267, "文。"),
    (
        59,
        272,
        961,
        303,
        "文文文文文文文。文文文文文文文文文文文文文文文文文文，文文文文文文文文文文，",
    ),
    (
        1062,
        272,
        1933,
        303,
        "文文文文文，文文文文文文文文文文文，文文文文文文文文文文，文文文文、文文",
    ),
    (58, 308, 791, 339, "文文文文文文文文、文文文文文文文，文文文文文文文文文文文文文。"),
    (
        1012,
        308,
        1933,
        339,
        "、文文文文文文文文文，文文文文文文文文，文文文文文文文文文文文文文文文文文文",
    ),
    (
        105,
        344,
        979,
        375,
        "文文文文文，文文文文文文文文文文，文文文文文文文文、文文文文、文文文文文",
    ),
    (972, 346, 1123, 374, "文文文文。"),
    (
        61,
        380,
        961,
        412,
        "文文文文，文文文文文文文文。文文文文文文文文文文文文文文，文文文文文文文文。",
    ),
    (1066, 382, 1243, 410, "文文文文文文文。"),
    (
        109,
        417,
        977,
        448,
        "文文文文文文文，文文文文文，文文文文文文文文文文文文文文文文文。文文文左",
    ),
]


def _body(page: OcrPage) -> list[tuple[float, float, str]]:
    return [
        (ln.box.x0, ln.box.x1, ln.text)
        for ln in page.lines
        if ln.box is not None and ln.box.y0 > 80
    ]


def test_rows_meeting_row_after_row_show_the_gutter_they_hide() -> None:
    before = _body(page_of_rows(ROWS))
    assert any(x0 < 990 < x1 for x0, x1, _ in before)
    after = _body(split_across_gutters(page_of_rows(ROWS)))
    # Every line stands on one side of the gutter: the run-on rows cut there (their first
    # 36 characters, an indented line's, left of it), the stretched boxes trimmed to it.
    assert not [t for x0, x1, t in after if x0 < 990 < x1]
    assert [t for _, x1, t in after if t.endswith(("乙", "甲"))] == [
        "文文文文文文文文文文文文文9文文文文文文文文文文文文文文文文文、文文文乙",
        "文文文文文文文，文文文文文，文文文文文文文文文文文文文文文文文，文文文甲",
    ]


def test_the_columns_are_read_one_after_the_other() -> None:
    page = reflow_page(page_of_rows(ROWS))
    text = "".join(a.text for a in page.articles)
    # The left column's rows (乙, 甲) and its last line (左), then the right column's first
    # whole line (右).
    assert text.index("乙") < text.index("甲") < text.index("左") < text.index("右")
