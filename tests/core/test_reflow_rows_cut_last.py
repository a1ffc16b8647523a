"""A story whose rows the detector boxed run on over its first two columns, right under its
headline: the last look at the run-on lines still whole (``gutters._whole_run_ons``) takes
them in the page's order, each against the lines as placed at its start, so a row it cuts
shows its gutter to the rows it took in before only once it is cut. Those rows within a
few rows of one it cut are looked at once more (``gutters._again_near_cut``).

Here the first row (a paragraph's indented first line and the next column's whole line, one
box) has only the two rows under it within reach to show its columns, and the second of
them lost two characters, so the looks before the last leave it whole: the first row's
parts are shown only once the last look has cut it. On test14/page-14 read at RapidOCR's
default size the row under the first one (a column's whole line and the next column's
paragraph end, one box) bridged the gutter as a wide column's line does (``_bridged``: the
page's pitch a little over the story's) until that look cut it. The page is made up, text
neutral; its sidebar set a quarter pixel wider than the story, as a page read shrunk boxes
its lines a little wide.
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import pool_text

CHAR = 24.0
LEAD = 36.0
HEIGHT = 28.0
PER = 25  # characters of a column's whole line
GUTTER = 30.0
XS = [60.0 + k * (PER * CHAR + GUTTER) for k in range(3)]
TOP = 60.0 + 8 * LEAD + 85  # the story's first row under its headline


def _box(text: str, x0: float, y0: float, width: float | None = None) -> OcrLine:
    w = CHAR * len(text) if width is None else width
    return OcrLine(text, Box(x0, y0, x0 + w, y0 + HEIGHT), 0.99)


def _page() -> tuple[OcrPage, list[tuple[str, str]]]:
    """A story in the page's three columns over a headline; under it a story whose rows are
    boxed run on over its first two columns (its third column boxed a line a row): row 0 a
    paragraph's first line, indented two characters, with the next column's whole line;
    row 1 a whole line with the next column's paragraph end (three characters and a stop);
    the rest whole lines of both (row 2's right one two characters short). A sidebar of
    short lines beside. The page and each run-on row's (left, right) texts."""
    lines = [
        _box(pool_text(7 * (3 * row + k), PER), x, 60 + row * LEAD)
        for row in range(8)
        for k, x in enumerate(XS)
    ]
    head = TOP - 65
    lines.append(OcrLine(pool_text(3, 12), Box(260, head, 800, head + 45), 0.99))
    both = XS[1] + PER * CHAR - XS[0]
    pairs = [(pool_text(11, PER - 2), pool_text(40, PER))]
    lines.append(_box("".join(pairs[0]), XS[0] + 2 * CHAR, TOP, both - 2 * CHAR))
    pairs.append((pool_text(60, PER), pool_text(90, 3) + "。"))
    lines.append(_box("".join(pairs[1]), XS[0], TOP + LEAD, XS[1] + 3.5 * CHAR - XS[0]))
    for row in range(2, 7):
        # (Row 2's box lost two of its right column's characters, as a detector drops some
        # of a run-on row's: the looks before the last leave it whole.)
        pairs.append(
            (pool_text(100 + 9 * row, PER), pool_text(150 + 9 * row, PER - 2 * (row == 2)))
        )
        lines.append(_box("".join(pairs[-1]), XS[0], TOP + row * LEAD, both))
    lines += [_box(pool_text(200 + 5 * row, PER), XS[2], TOP + row * LEAD) for row in range(7)]
    lines += [
        OcrLine(pool_text(300 + 3 * row, 10), Box(2000, y, 2242.5, y + HEIGHT), 0.99)
        for row in range(30)
        if (y := 60 + row * LEAD)
    ]
    return OcrPage("p.json", "paddle-json", tuple(lines)), pairs


def test_a_first_row_is_cut_once_the_run_on_rows_under_it_are() -> None:
    page, pairs = _page()
    out = split_across_gutters(page)
    for row, pair in enumerate(pairs):
        y0 = TOP + row * LEAD
        parts = sorted(
            (ln.box.x0, ln.box.x1, ln.text)
            for ln in out.lines
            if ln.box is not None and ln.box.y0 == y0 and ln.box.x0 < XS[2] - GUTTER
        )
        assert [t for _, _, t in parts] == list(pair), row
        assert parts[0][1] <= XS[1] and parts[1][0] >= XS[1] - CHAR / 2, row
    assert "".join(ln.text for ln in out.lines) == "".join(ln.text for ln in page.lines)
