"""A deck under its title set as wide as the columns under it, set apart from them.

A deck longer than its title is centred under it, its ends inside columns; a story's first row
run on over its columns right under its title starts where a column's line under it does
(``gutters._centred_past_head``). A deck set as wide as the story's columns starts and ends
where they do (test18full/page-00: 44 characters over four columns of 11, its box 31 px tall
over 26 px body boxes), and it was cut at their gutters as a run-on row, a column's worth of
it read into each column. It stands apart from the columns under it, though: the first line
under it 1.98 body heights down, centre to centre, where a story's first row stands a row's
spacing (1.4) over its second. Centred under its title and more than RUN_ON_ROW heights over
the lines under it (up to DECK_APART: further, the row under a first row may be one the OCR
lost), its box taller than a body line's by DECK_TALLER (set in larger type: a story's
first row stood 1.7 heights over its second on a hand-set page of
``test_reflow_run_on_stories``), it is a deck (``gutters._set_apart``).
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import pool_text

EDGES = [(60, 324), (380, 644), (700, 964), (1020, 1284)]  # 11 characters at 24 px
DECK = pool_text(300, 44)


def _page(apart: float, tall: float = 31) -> OcrPage:
    """A title, under it a deck of 44 characters from the first column's start to the last
    one's end, boxed ``tall`` px, and four columns of 14 rows (boxes 26 px tall) whose first
    line's centre stands ``apart`` body heights under the deck's."""
    lines = [
        OcrLine(pool_text(200, 12), Box(408, 100, 936, 144), 0.99),
        OcrLine(DECK, Box(60, 155, 1284, 155 + tall), 0.99),
    ]
    top = 155 + tall / 2 + apart * 26 - 13
    for k in range(14):
        y = top + 36 * k
        for n, (x0, x1) in enumerate(EDGES):
            lines.append(OcrLine(pool_text(11 * (4 * k + n), 11), Box(x0, y, x1, y + 26), 0.99))
    return OcrPage("p.json", "paddle-json", tuple(lines))


def test_a_deck_as_wide_as_its_columns_set_apart_from_them_is_left_whole() -> None:
    assert DECK in [ln.text for ln in split_across_gutters(_page(1.98)).lines]


def test_a_first_row_as_near_as_a_row_or_a_lost_row_or_in_body_type_is_cut() -> None:
    for apart, tall in ((1.38, 31), (2.76, 31), (1.98, 26)):
        texts = [ln.text for ln in split_across_gutters(_page(apart, tall)).lines]
        assert DECK not in texts and DECK[:11] in texts, apart
