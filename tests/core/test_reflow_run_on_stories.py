"""Stories whose rows the detector boxed run on over a narrow gutter (the rules of
:mod:`desktop.core.reflow.gutters` that read such a story's columns off its own rows)."""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import split_across_gutters

CHAR = 24.0
LEAD = 36.0
HEIGHT = 28.0


def _box(text: str, x0: float, y0: float, width: float | None = None) -> OcrLine:
    w = CHAR * len(text) if width is None else width
    return OcrLine(text, Box(x0, y0, x0 + w, y0 + HEIGHT), 0.99)


def _two_narrow_columns(first: OcrLine) -> OcrPage:
    """A title over two narrow columns (11 characters, a gutter of two), ``first`` the first
    row right under the title, the other rows boxed a line a column."""
    left, right = 60.0, 60.0 + 13 * CHAR
    title = OcrLine("标题居中两栏之上", Box(100, 120, 600, 165), 0.99)
    lines = [title, first]
    for row in range(1, 14):
        y0 = 180 + row * LEAD
        lines.append(_box(f"丙{row:02d}" + "丙" * 8, left, y0))
        lines.append(_box(f"丁{row:02d}" + "丁" * 8, right, y0))
    return OcrPage("p.json", "paddle-json", tuple(lines))


def test_a_run_on_first_row_under_a_title_within_its_span_is_cut_at_the_gutter_under_it() -> None:
    """The first row of two narrow columns, indented and ending short, boxed as one line right
    under their title and within its span, is no deck: the rows under it show the gutter it
    runs on over, and its box is as much wider than its characters as that gutter."""
    left, right = "甲" * 9, "乙" * 10
    # (Indented two characters; the right column's part ends a paragraph a character short.)
    run_on = _box(left + right, 60.0 + 2 * CHAR, 180.0, width=(9 + 2 + 10) * CHAR)
    out = split_across_gutters(_two_narrow_columns(run_on))
    assert [ln.text for ln in out.lines[1:3]] == [left, right]
    # A deck as wide as its characters there bridges the gutter on purpose.
    deck = _box("副题" * 9, 108.0, 180.0)
    page = _two_narrow_columns(deck)
    assert split_across_gutters(page).lines[1] == deck
