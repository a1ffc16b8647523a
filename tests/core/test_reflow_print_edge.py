"""A box stretched back over the blank between a band's columns, inside a gutter of the page's
grid drawn from another band's narrower columns, is trimmed to that gutter's end
(:func:`desktop.core.reflow.grid._past_print_edge`)."""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import split_across_gutters

CHAR = 24.0
LEAD = 36.0
HEIGHT = 26.0


def _box(text: str, x0: float, y0: float, width: float | None = None) -> OcrLine:
    w = CHAR * len(text) if width is None else width
    return OcrLine(text, Box(x0, y0, x0 + w, y0 + HEIGHT), 0.99)


def test_a_start_stretched_past_a_wide_columns_print_edge_is_trimmed_to_the_grid_gutter() -> None:
    """A story in three wide columns (25 characters, 1.5 apart) over a taller band of six
    narrow ones (11 characters, 2.3 apart) that draws the page's grid: the wide columns' second
    column ends inside the grid's gutter, and the third column's last line, a paragraph's end,
    is boxed from just past that print edge, over the blank, into the grid gutter. Its start is
    trimmed to the gutter's end, where its column's lines start (the middle column's lines
    ending together inside the gutter are a print edge, and no line stands over the blank)."""
    lines: list[OcrLine] = []
    wide = [60.0 + k * 26.5 * CHAR for k in range(3)]
    last = _box("丙" * 10 + "。", wide[2] - 1.1 * CHAR, 590 + 7 * LEAD, 11.1 * CHAR)
    for row in range(8):
        lines.extend(
            last if (row, k) == (7, 2) else _box("甲乙丙"[k] * 25, wide[k], 590 + row * LEAD)
            for k in range(3)
        )
    narrow = [60.0 + k * 13.3 * CHAR for k in range(6)]
    for row in range(20):
        lines.extend(_box("丁戊己庚辛壬"[k] * 11, narrow[k], 1040 + row * LEAD) for k in range(6))
    out = split_across_gutters(OcrPage("p.json", "paddle-json", tuple(lines)))
    (trimmed,) = [ln for ln in out.lines if ln.text == last.text]
    assert trimmed.box is not None and last.box is not None
    assert abs(trimmed.box.x0 - narrow[4]) < 1
    assert trimmed.box.x1 == last.box.x1
