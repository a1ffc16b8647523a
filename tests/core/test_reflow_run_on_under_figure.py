"""A story's first row run on under its title, its part past the gutter holding a figure.

The first row of two narrow columns boxed as one line right under their title, within its
span: no deck when the rows under it show the gutter it runs on over and its box, that gutter
left out, holds its characters at the body's pitch, from half a character short
(``gutters._run_on_under``). Its characters are counted as :func:`text.cells` counts them, a
Latin letter, digit or ASCII mark 0.6 of a cell; in print a digit takes about half a cell and
a figure's stop a quarter (test18/page-05, both reads: the right column's first line
``3.3万人。``, the paragraph's end, boxed 93 px at a 23.9 px pitch, the box 0.3 of a cell
short of that floor; left whole as a deck, the two columns read row by row). Each such
character may take as little as ``gutters.NARROW_LEAST`` of a cell.
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import split_across_gutters

CHAR = 24.0
LEAD = 36.0
HEIGHT = 28.0


def _box(text: str, x0: float, y0: float, width: float | None = None) -> OcrLine:
    w = CHAR * len(text) if width is None else width
    return OcrLine(text, Box(x0, y0, x0 + w, y0 + HEIGHT), 0.99)


def _page(first: OcrLine) -> OcrPage:
    """A title over two narrow columns (11 characters, a gutter of two), ``first`` the first
    row right under the title, the other rows boxed a line a column."""
    left, right = 60.0, 60.0 + 13 * CHAR
    title = OcrLine("标题居中两栏之上", Box(40, 120, 700, 165), 0.99)
    lines = [title, first]
    for row in range(1, 14):
        y0 = 180 + row * LEAD
        lines.append(_box("丙" * 11, left, y0))
        lines.append(_box("丁" * 11, right, y0))
    return OcrPage("p.json", "paddle-json", tuple(lines))


def test_a_run_on_first_row_holding_a_figure_is_cut_at_the_gutter_under_it() -> None:
    left, right = "甲" * 11, "3.3万人。"
    # (The figure set in print widths: 3.9 cells where its characters count 4.8.)
    run_on = _box(left + right, 60.0, 180.0, width=(11 + 2 + 3.9) * CHAR)
    out = split_across_gutters(_page(run_on))
    assert [ln.text for ln in out.lines[1:3]] == [left, right]
    # A deck of as many characters in one type, as wide as them, bridges the gutter.
    deck = _box("副题" * 7 + "3.3", 120.0, 180.0, width=(14 + 1.8) * CHAR)
    assert split_across_gutters(_page(deck)).lines[1] == deck
