"""A run-on box boxed a little taller than a body line is cut last as a body-high one is.

The last look at the run-on lines still whole (``gutters._whole_run_ons``) cuts them at the
page grid's gutters no line near them crosses. It asked lines of body height only; a box the
detector made a little taller (an offset row's run-on, up to OFFSET_RUN_ON line heights, at
the body's pitch once the gutters it crosses are left out: the first look already weighs
such boxes) stayed whole, and its story's two columns were read row by row (test15/page-11,
read shrunk: ``驻伊朗…国家移。`` boxed 31.5 px among lines of 25, over the gutter by its last two
characters, the next column's paragraph ending there).
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import pool_text

CHAR = 24.0
LEAD = 36.0
HEIGHT = 26.0
WIDE = 14
FIRST = 60.0
LEFT, RIGHT = FIRST + (WIDE + 2) * CHAR, FIRST + 2 * (WIDE + 2) * CHAR  # its two columns
TOP = 700.0  # the story under the headline


def _box(text: str, x0: float, y0: float, width: float | None = None, h: float = HEIGHT) -> OcrLine:
    w = CHAR * len(text) if width is None else width
    return OcrLine(text, Box(x0, y0, x0 + w, y0 + h), 0.99)


def _page(tall: float) -> tuple[OcrPage, str, str]:
    """A story of twelve rows in three columns of fourteen characters (the page's grid), a
    headline over the second and third, and a story in those columns under it: its first row
    a left line indented two characters and a full right line; its second row boxed ``tall``
    px high from the left column's start over the gutter, fourteen characters and the right
    column's last two (``。`` ending its paragraph); two rows of the left column under it. The
    first column holds another story's lines beside it. The page, and the run-on row's two
    columns' texts."""
    lines = [
        _box(pool_text(42 * row + 14 * c, WIDE), x, 100 + row * LEAD)
        for row in range(12)
        for c, x in enumerate((FIRST, LEFT, RIGHT))
    ]
    lines += [_box(pool_text(600 + 14 * k, WIDE), FIRST, TOP - 70 + k * LEAD) for k in range(6)]
    lines.append(OcrLine("标题居中两栏之上", Box(500, TOP - 70, 1000, TOP - 25), 0.99))
    lines.append(_box(pool_text(400, WIDE - 2), LEFT + 2 * CHAR, TOP))
    lines.append(_box(pool_text(420, WIDE), RIGHT, TOP))
    left, right = pool_text(440, WIDE), pool_text(460, 1) + "。"
    y0 = TOP + LEAD - (tall - HEIGHT) / 2
    lines.append(_box(left + right, LEFT, y0, RIGHT + 2 * CHAR - LEFT, tall))
    lines += [_box(pool_text(470 + 14 * k, WIDE), LEFT, TOP + (2 + k) * LEAD) for k in range(2)]
    return OcrPage("p.json", "paddle-json", tuple(lines)), left, right


def _texts(tall: float) -> tuple[list[str], str, str]:
    page, left, right = _page(tall)
    return [ln.text for ln in split_across_gutters(page).lines], left, right


def test_a_run_on_box_a_little_taller_than_the_body_is_cut_last() -> None:
    texts, left, right = _texts(33.0)
    assert left in texts
    assert right in texts


def test_a_body_high_one_is_cut_as_before() -> None:
    texts, left, right = _texts(HEIGHT)
    assert left in texts
    assert right in texts
