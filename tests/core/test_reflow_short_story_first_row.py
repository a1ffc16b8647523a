"""A short story's first row under its title, run on across its columns, is no deck.

The plain pages set a short story across the page in four narrow columns of a few rows, its
title centred over the columns and narrower than they are. Its first row stands right under
the title, and the detector boxes most of it as one line over two or three columns; a line
right under a title and within its span is taken for a deck unless text lines stand beside
it on its row under the same title (ROW_MATES). Of the two lines beside the first row of
dev/page-174's story, the last column's starts under the title, but the first column's (an
indented paragraph opening) starts left of the title and ends under it: it counts too.
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine
from desktop.core.reflow.gutters import _under_headline

H = 30.0
#: The title (y0, y1, x0, x1), centred over four columns of 18 characters (x 57-1932).
TITLE = [(975.0, 1030.0, 470.0, 1492.0)]


def test_a_run_on_first_row_between_its_row_mates_under_a_title_is_no_deck() -> None:
    # (columns 2-3 in one box, trimmed back to the gutter before the last column)
    row = OcrLine("文" * 36, Box(532.0, 1047.0, 1451.0, 1081.0))
    # the first column's indented line (starting left of the title), the last column's line
    every = sorted([(1064.0, 108.0, 453.0), (1064.0, 532.0, 1451.0), (1065.0, 1489.0, 1932.0)])
    assert not _under_headline(row, TITLE, H, every)


def test_a_deck_alone_on_its_row_under_a_title_is_one() -> None:
    deck = OcrLine("文" * 30, Box(532.0, 1047.0, 1430.0, 1081.0))
    assert _under_headline(deck, TITLE, H, [(1064.0, 532.0, 1430.0)])
    # nor does a line far left of the title, ending before it, count as its row mate
    every = sorted([(1064.0, 57.0, 400.0), (1064.0, 532.0, 1430.0)])
    assert _under_headline(deck, TITLE, H, every)
