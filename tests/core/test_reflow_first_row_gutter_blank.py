"""A row boxed across a gutter that measures centred on its columns, like a deck, is cut at
the gutter when its characters at the body's pitch leave just the gutter's blank in it.

test3 page-01: a story in two columns under a title nearly as wide as they are. The first
row under the title was boxed as one line over both columns: indented two characters (its
paragraph's first line) and ending a character and a half short of the second column's edge
(a glyph the detector lost). Standing alike short of both ends, with no line over it and not
running past the title's ends by a line height, it measured as a deck centred under the title,
and was left whole: the two columns' first paragraphs were read row by row. A deck holds no
gutter's blank; this box held its characters at the body's pitch and the gutter, within a
character.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows, pool_text, titled_stories

PITCH = 23.0
COLUMNS = [(61, 636), (697, 1272)]  # 25 characters each, a gutter of 61 px
TITLE = "东南西北中春夏秋冬金木水火土日月"
FURNITURE = [
    (68, 72, 451, 187, "人民日报"),
    (1521, 75, 1773, 106, "1998年1月2日星期五"),
    (1520, 117, 1656, 148, "第5版"),
    (127, 218, 1207, 273, TITLE),  # as wide as the columns but for a line height each side
]


def _columns() -> list[list[tuple[int, int, int, int, str]]]:
    """Two columns of twelve rows, one story's paragraphs of five rows run down them (the
    first indented, the fifth short), the second column's first row running on."""
    columns = []
    start = 0
    for c, (x0, x1) in enumerate(COLUMNS):
        rows = []
        for r in range(12):
            k = c * 12 + r
            indent = 2 if k % 5 == 0 else 0
            short = k % 5 == 4
            n = 10 if short else 25 - indent
            text = pool_text(start, n - short) + ("。" if short else "")
            start += n
            left = round(x0 + indent * PITCH)
            right = round(left + n * PITCH) if short else x1
            rows.append((left, 290 + 36 * r, right, 319 + 36 * r, text))
        columns.append(rows)
    return columns


def _paragraphs(rows: list[tuple[int, int, int, int, str]]) -> list[str]:
    paragraphs: list[str] = []
    for x0, _, _, _, text in rows:
        if not paragraphs or x0 in {round(a + 2 * PITCH) for a, _ in COLUMNS}:
            paragraphs.append("")
        paragraphs[-1] += text
    return paragraphs


def test_a_first_row_holding_the_gutters_blank_is_cut_not_read_as_a_deck() -> None:
    left, right = _columns()
    # The second column's first line lost its last character, its box a character and a
    # half short of the column's edge; the first rows of both columns boxed as one.
    x0, y0, _, y1, text = right[0]
    right[0] = (x0, y0, COLUMNS[1][1] - round(1.5 * PITCH), y1, text[:-1])
    run = (left[0][0], left[0][1], right[0][2], left[0][3], left[0][4] + right[0][4])
    page = reflow_page(page_of_rows([*FURNITURE, run, *left[1:], *right[1:]]))
    assert titled_stories(page)[TITLE] == ([], _paragraphs(left + right))


def test_a_deck_of_body_type_centred_over_the_gutter_stays_whole() -> None:
    # A line set solid in the body's type over the columns, under the title, centred on them
    # an indent in at each end: no gutter's blank in it, so not cut at the gutter (kept whole,
    # whatever block it makes).
    left, right = _columns()
    deck = pool_text(500, 47)
    x0 = round(COLUMNS[0][0] + 2 * PITCH)
    rows = [(x0, 282, round(x0 + 47 * PITCH), 311, deck)]
    shifted = [(a, b + 40, c, d + 40, t) for a, b, c, d, t in left + right]
    page = reflow_page(page_of_rows([*FURNITURE, *rows, *shifted]))
    decks, paragraphs = titled_stories(page)[TITLE]
    assert [*decks, *paragraphs] == [deck, *_paragraphs(left + right)]
