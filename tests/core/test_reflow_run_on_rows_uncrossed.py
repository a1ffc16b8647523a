"""Two run-on rows of a short story, one over the other, across a gutter no other line crosses.

A story four rows tall under its headline, in the page's five columns of 11 characters: its
fourth and fifth columns' first row boxed a line a column (the fourth column's line ending
at the gutter, the fifth's starting at it, holding digits, short of its end), its next two
rows each run on over both columns, its last row a paragraph's end. The last look cuts a
run-on row at a grid gutter that a line near it ends by and one starts by while none
crosses it (``gutters._uncrossed_gutters``); but each of the two run-on rows crosses the
gutter within RUNNING rows of the other, so each kept the other whole and both were read
across the columns (probe13/page-951, test12full/page-11: a short story's rows run on two
at a time). A box the looks left whole as run on is no line of a wider column showing that
the gutter is none: it is the detector's run-on, as suspect as the box asked about, so it is
not counted as crossing. The page is made up, text neutral.
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrPage
from desktop.core.reflow.gutters import _uncrossed_gutters, split_across_gutters
from tests.core.geometry_helpers import pool_text
from tests.core.test_reflow_uncrossed_gutter import (
    CHAR,
    HEIGHT,
    LEAD,
    PER,
    TOP,
    XS,
    grid_and_short_story,
)
from tests.core.test_reflow_uncrossed_gutter import box_line as _box


def _page() -> tuple[OcrPage, list[tuple[str, str]]]:
    """A story in the five columns over the page's top (the page's grid), a headline, and the
    short story under it; the run-on rows' (left, right) texts."""
    lines = grid_and_short_story()
    s = XS[4]
    # Rows 0 and 1: each run on over both columns (row 0 a paragraph's opening, indented;
    # row 1's fifth column holding digits, short of its end).
    pairs = [
        (pool_text(60, PER - 2), pool_text(71, PER)),
        (pool_text(80, PER), pool_text(91, PER - 4) + "8.8%"),
    ]
    starts = [XS[3] + 2 * CHAR, XS[3]]
    ends = [s + PER * CHAR, s + (PER - 2) * CHAR]
    for k, ((left, right), x0, x1) in enumerate(zip(pairs, starts, ends, strict=True)):
        lines.append(_box(left + right, x0, TOP + k * LEAD, x1 - x0))
    # Row 2: paragraphs' ends in both, the fourth column's a character short of the gutter.
    y = TOP + 2 * LEAD
    lines += [_box(pool_text(20, PER - 1) + "。", XS[3], y, (PER - 1) * CHAR)]
    lines += [_box(pool_text(31, 5) + "。", s, y)]
    return OcrPage("p.json", "paddle-json", tuple(lines)), pairs


def test_two_run_on_rows_of_a_short_story_are_cut_at_the_gutter_they_alone_cross() -> None:
    page, pairs = _page()
    out = split_across_gutters(page)
    for k, pair in enumerate(pairs):
        row = sorted(
            (ln.box.x0, ln.text)
            for ln in out.lines
            if ln.box is not None and ln.box.y0 == TOP + k * LEAD and ln.box.x0 >= XS[3] - 1
        )
        assert [t for _, t in row] == list(pair)
    assert "".join(ln.text for ln in out.lines) == "".join(ln.text for ln in page.lines)


def test_a_run_on_line_left_whole_crosses_no_gutter() -> None:
    """The rule alone: a line near crossing the gutter hides it, unless it is one of the
    run-on lines left whole (``run_on``)."""
    e, s = XS[3] + PER * CHAR, XS[4]
    box = Box(XS[3], 500, XS[4] + 8 * CHAR, 500 + HEIGHT)
    other = (514.0 + LEAD, XS[3], XS[4] + 11 * CHAR)
    rows = sorted([(514.0 - LEAD, XS[3], e), (514.0 - LEAD, s, s + 9 * CHAR), other])
    centres = [c for c, _, _ in rows]
    assert _uncrossed_gutters(box, [(e, s)], rows, centres, HEIGHT, CHAR) == []
    found = _uncrossed_gutters(box, [(e, s)], rows, centres, HEIGHT, CHAR, {other})
    assert found == [(e, s)]
