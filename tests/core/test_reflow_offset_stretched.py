"""A run-on box of offset rows (a little taller than a body line) stretched back into the
gutter before its first column is still taken for one
(:func:`desktop.core.reflow.gutters._from_gutter`)."""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import split_across_gutters

CHAR = 24.0
LEAD = 36.0
HEIGHT = 26.0
GUTTER = 2.0 * CHAR
XS = [60.0 + k * (10 * CHAR + GUTTER) for k in range(4)]


def _box(text: str, x0: float, y0: float, width: float, height: float = HEIGHT) -> OcrLine:
    return OcrLine(text, Box(x0, y0, x0 + width, y0 + height), 0.99)


def _row(shift: float, tall: float) -> list[str]:
    """Four columns of 10 characters, two apart; row 5's last three columns boxed as one
    line ``tall`` body lines high, starting ``shift`` characters before the second column.
    That row's texts as cut."""
    run_on = "乙" * 10 + "丙" * 10 + "丁" * 10
    lines: list[OcrLine] = []
    for row in range(12):
        y0 = 100 + row * LEAD
        if row == 5:
            lines.append(_box("甲" * 10, XS[0], y0, 10 * CHAR))
            width = 30 * CHAR + 2 * GUTTER + shift * CHAR
            lines.append(_box(run_on, XS[1] - shift * CHAR, y0, width, tall * HEIGHT))
        else:
            lines.extend(_box("甲乙丙丁"[k] * 10, XS[k], y0, 10 * CHAR) for k in range(4))
    out = split_across_gutters(OcrPage("p.json", "paddle-json", tuple(lines)))
    return [ln.text for ln in out.lines if ln.box is not None and abs(ln.box.y0 - 280) < 1]


def test_a_taller_run_on_box_stretched_into_the_gutter_before_it_is_cut() -> None:
    """Boxed a little taller than body type, its width holds its characters at the body's
    pitch only with the gutters it crosses left out; it starts inside the gutter before its
    first column (nearly half a character before that column's start), the detector's
    stretch: taken at that gutter's end, it starts where a column does, and is cut."""
    cut = ["甲" * 10, "乙" * 10, "丙" * 10, "丁" * 10]
    assert _row(0.45, 1.26) == cut
    # (As it was already: boxed as tall as body type, or starting a quarter character in.)
    assert _row(0.45, 1.2) == cut
    assert _row(0.2, 1.26) == cut
