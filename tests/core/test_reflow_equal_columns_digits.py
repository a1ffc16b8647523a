"""Equal columns read off a story whose last column is short and whose lines hold digits.

On test15/page-06 read shrunk (the rows below: the story "俄称打击……", text made neutral but
its digits and marks, boxes as read, y shifted) a story is set in four columns of 18
characters (62-493, 540-971, 1017-1450, 1498-1929 as the full-size read boxes them), five rows
under its headline, its fourth column two rows only, one a paragraph's end. Its last row is
boxed as one line over its first three columns (61-1452, 54 characters), and no look cut it:
the page's grid holds only the page's own gutter (973, 1016), and the equal columns' look
(:func:`_regular_gutters`) found no right edge (no two lines share an end past the row's: the
fourth column's lines end at 1929 and 1839) and no count (the lines fitting the columns,
58-500, 585-969, 1496-1929, hold digits, so two of three have no count).

Now the story's right edge may be where its last column's longest line ends, that column
starting where two lines start (1496, 1499 -> 1929: `_last_column_end`), and a line holding
digits agrees with what its columns hold when its cells (a digit 0.6 of a cell) are within a
cell short of it: "……过去24小时，" 17.2 cells of 18, the indented "……部5日否认袭" 15.6 of 16. The
row is cut as the columns hold it, 18 characters each.

And the rows within the story's window are trimmed back to all the columns' gutters, not
only those the row cut crossed: the third column's first line (1018-1491, 18 characters with
digits and brackets, as the full-size read boxes it 1018-1428) was stretched to 5 px from the
fourth column's start, past a gutter the last row (three columns) does not cross; standing so,
the fourth column's two lines were read among the third's (page-06 13 of 16 paragraphs with
it trimmed, 11 without).
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

ROWS = [
    (62, 3, 335, 28, "文文文文，文文文文文文。"),
    (452, 94, 1518, 137, "文文文文文文文文文文文文文文文文文文文文文文文文"),
    (1018, 159, 1491, 188, "文文文文文（4文6文）文，文文文文文"),
    (1496, 159, 1929, 188, "文文文，文文文文文文文文文文文文文文"),
    (537, 160, 814, 190, "文文，文文文文文文文文。"),
    (112, 162, 449, 187, "文文文文文文5文文，文文文147"),
    (60, 194, 571, 226, "文文文文文文文文文文文文，文文文文文"),
    (585, 196, 969, 226, "文文文文文文文文文文文5文文文文"),
    (958, 196, 1318, 226, "文文文文，文文文文文文文。"),
    (1499, 197, 1839, 223, "文文文文文文文文文文文文文文。"),
    (
        58,
        227,
        1064,
        264,
        "文文文文文文文、文文文、文文文文文文文文文文文文。文文文，文文文文文文文",
    ),
    (1065, 233, 1421, 258, "文文文文文文文文文5文文，文文、"),
    (58, 266, 500, 298, "文文文。文文文文文文，文文24文文，"),
    (485, 267, 1451, 297, "文文10文文文文文文、文文文文文文文文文文文文文文文文文文文文文文文文文"),
    (
        61,
        301,
        1452,
        332,
        "文文文文文文文文文文文文文文文14文文文文，文文文文文文、文文文文。文文文文文文文文文文文。文文，文文文文文",
    ),
]


def test_a_run_on_row_of_a_story_with_a_short_last_column_is_cut_at_its_columns() -> None:
    page = split_across_gutters(page_of_rows(ROWS))
    last = sorted(
        (round(ln.box.x0), round(ln.box.x1), len(ln.text))
        for ln in page.lines
        if ln.box is not None and ln.box.y0 == 301
    )
    assert [n for _, _, n in last] == [18, 18, 18]
    # (Each in its column: the parts' ends by the columns' gutters, 490-537 and 973-1016.)
    assert [round((x0 - 61) / 478) for x0, _, _ in last] == [0, 1, 2]
    assert all(x1 - x0 < 450 for x0, x1, _ in last)


def test_a_box_stretched_into_a_gutter_the_cut_row_does_not_cross_is_trimmed() -> None:
    page = split_across_gutters(page_of_rows(ROWS))
    first = [
        (round(ln.box.x0), round(ln.box.x1))
        for ln in page.lines
        if ln.box is not None and ln.box.y0 == 159
    ]
    assert sorted(first) == [(1018, 1451), (1496, 1929)]
