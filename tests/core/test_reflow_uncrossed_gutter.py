"""A short story's run-on row across a grid gutter that no line near it crosses.

A story four rows tall under its headline, in the page's five columns of 11 characters:
its fourth column's lines are a paragraph's end, one whole line whose box the detector
stretched over the gutter into the fifth column's line (boxed back into the gutter
itself), the row run on over both columns, and another paragraph's end. No two of the
lines near the run-on row end at the gutter, so no look found it and the row was read
across both columns (test14/page-07 read at RapidOCR's default size: ``信计算机和信息服务进出
中，出口增长54.4%``). But no line near it runs across that gutter either, as the lines of a
story set in a column wider than the page's would: it is cut there
(``gutters._uncrossed_gutters``). The page is made up, text neutral.
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import _uncrossed_gutters, split_across_gutters
from tests.core.geometry_helpers import pool_text

CHAR = 24.0
LEAD = 36.0
HEIGHT = 28.0
PER = 11
XS = [60.0 + k * (PER * CHAR + 48) for k in range(5)]  # gutters of 48 px
TOP = 900.0  # the short story's first row


def box_line(text: str, x0: float, y0: float, width: float | None = None) -> OcrLine:
    w = CHAR * len(text) if width is None else width
    return OcrLine(text, Box(x0, y0, x0 + w, y0 + HEIGHT), 0.99)


def grid_and_short_story() -> list[OcrLine]:
    """A story in the five columns over the page's top (the page's grid), a headline, and the
    short story's first three columns under it, boxed a line a column for four rows."""
    lines = [
        box_line(pool_text(5 * (5 * row + k), PER), x, 60 + row * LEAD)
        for row in range(12)
        for k, x in enumerate(XS)
        if (row, k) != (5, 1)
    ]
    # (Its row 5 run on over its first two columns, as a page holds a few: cut at their gutter.)
    first = next(n for n, ln in enumerate(lines) if ln.box is not None and ln.box.y0 == 240)
    lines[first] = box_line(
        pool_text(125, PER) + pool_text(130, PER), XS[0], 240, XS[1] - XS[0] + 264
    )
    lines.append(OcrLine(pool_text(7, 12), Box(500, TOP - 90, 1100, TOP - 45), 0.99))
    # The first three columns boxed a line a column, every row.
    lines += [
        box_line(pool_text(40 + 3 * (4 * row + k), PER), XS[k], TOP + row * LEAD)
        for row in range(4)
        for k in range(3)
    ]
    return lines


def _page() -> tuple[OcrPage, tuple[str, str]]:
    """A story in the five columns over the page's top (the page's grid), a headline, and the
    short story under it; the run-on row's (left, right) texts."""
    lines = grid_and_short_story()
    s = XS[4]
    # Row 0: a paragraph's end in the fourth column, an indented opening in the fifth.
    lines += [
        box_line(pool_text(60, 6) + "。", XS[3], TOP),
        box_line(pool_text(70, 9), s + 2 * CHAR, TOP),
    ]
    # Row 1: the fourth column's whole line boxed over the gutter into the fifth one's line
    # (holding digits, short of its column's end), that one boxed back into the gutter.
    y = TOP + LEAD
    lines += [
        box_line(pool_text(80, PER), XS[3], y, s + 10 - XS[3]),
        box_line(pool_text(91, PER - 4) + "8.8%", s - 10, y, (PER - 2) * CHAR + 10),
    ]
    # Row 2: run on over both (the fifth column's line a paragraph's end).
    y = TOP + 2 * LEAD
    pair = (pool_text(20, PER), pool_text(31, 8) + "。")
    lines.append(box_line("".join(pair), XS[3], y, s + 8 * CHAR + CHAR / 2 - XS[3]))
    # Row 3: paragraphs' ends in both, the fifth column's boxed back a little.
    y = TOP + 3 * LEAD
    lines += [
        box_line(pool_text(50, 4) + "。", XS[3], y),
        box_line(pool_text(55, 6) + "。", s - 6, y),
    ]
    return OcrPage("p.json", "paddle-json", tuple(lines)), pair


def test_a_run_on_row_of_a_short_story_is_cut_at_a_gutter_no_line_near_crosses() -> None:
    page, pair = _page()
    out = split_across_gutters(page)
    row = sorted(
        (ln.box.x0, ln.text)
        for ln in out.lines
        if ln.box is not None and ln.box.y0 == TOP + 2 * LEAD and ln.box.x0 >= XS[3] - 1
    )
    assert [t for _, t in row] == list(pair)
    assert "".join(ln.text for ln in out.lines) == "".join(ln.text for ln in page.lines)


def test_not_where_a_line_near_it_runs_across_that_gutter() -> None:
    """A line within RUNNING rows running across the gutter by a character on both sides (a
    story set in a column wider than the page's may cross the page's gutters): no gutter."""
    e, s = XS[3] + PER * CHAR, XS[4]
    box = Box(XS[3], 500, XS[4] + 8 * CHAR, 500 + HEIGHT)
    rows = [
        (514.0 - LEAD, XS[3], e + 4),
        (514.0 - LEAD, s - 6, s + 9 * CHAR),
        (514.0 + LEAD, XS[3], e - 5 * CHAR),
    ]
    rows.append((514.0 + LEAD, s, s + 6 * CHAR))
    found = _uncrossed_gutters(box, [(e, s)], rows, [c for c, _, _ in rows], HEIGHT, CHAR)
    assert found == [(e, s)]
    wide = sorted([*rows, (514.0 + 2 * LEAD, XS[3], XS[3] + 21 * CHAR)])
    assert _uncrossed_gutters(box, [(e, s)], wide, [c for c, _, _ in wide], HEIGHT, CHAR) == []
