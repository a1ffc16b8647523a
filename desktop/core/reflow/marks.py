"""A paragraph's last line of a lone mark, boxed with the line left of it across the gutter: cut.

A paragraph whose text fills its last full line but for the closing stop ends on a line of one
mark (``。``, or ``”。``) at the top of its column's next row. A detector boxes that mark with
the line of the column before it on the same row, across the gutter: the mark is a sliver of
ink in the blank, and the two read as one line (``…中央军委。`` on dev/page-207, the stop
belonging to the next column's paragraph ``…发扬光大`` / ``。``). The mark sits low in its
cell, so the box tilts down to it and stands taller than a body line (41-48 px at 25 px), too
tall for :mod:`gutters` to take for a body line run on, and too short past the gutter (one
cell) for a gap to show inside it. One such box joins the two columns' rows, and the columns
are read row by row as one.

The rule, from geometry and character pitch only: a box whose text ends in closing marks
(one or two, ``MARKS``) and holds a line before them, that reaches past a gutter the lines
over and under it show (lines ending on its left, starting on its right, none crossing it)
by no more than those marks' cells, whose characters before the marks fill the room from its
start to the gutter at the body's pitch (within ``FIT`` of a character), and beside which no
line of the next column stands on its row (the mark's row there is this one): the marks are
cut off, into a box of their own from the gutter's far side to the box's end. A line ending
in a stop at its column's end stays whole (it reaches no gutter); so does a deck or a title
over the columns (set wider than the body's pitch). Linear in the lines apart from sorts:
each candidate looks at the lines of a few rows around it.

It runs after :func:`gutters.split_across_gutters`, on the lines as cut and trimmed there: a
box of the next column stretched back over its indent and the gutter hides the gutter here
until trimmed.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.arrays import matrix
from desktop.core.reflow.grid import SIDE
from desktop.core.reflow.gutters import BODY_TYPE, CROSSING
from desktop.core.reflow.measures import median
from desktop.core.reflow.sidebyside import replaced
from desktop.core.reflow.text import FINAL, cells

#: Marks that can stand alone on a paragraph's last line.
MARKS = FINAL | frozenset("”’」』）》")
#: At most this many marks make such a line.
MAX_MARKS = 2
#: Lines of this many cells or more (of body height) measure the body's pitch.
PITCH_CELLS = 8
#: A box at most this many body line heights tall (a tilted one to a low mark stands taller).
TALLEST = 2.0
#: A line's box within this many body line heights (centre to centre) is a neighbour.
ROWS = 8.0
# (Lines on each side of the gutter, at least, and crossing it, at most: SIDE and CROSSING,
# as gutters.py's clear gaps ask.)
#: A gutter is at least this many body characters wide.
GUTTER = 0.4
#: The characters before the marks fill the room to the gutter within this many characters.
FIT = 1.0
#: A box reaches past the gutter by its marks' cells and at most this many characters more
#: (the detector's padding: 43 px past it for one stop at a 24 px pitch).
EDGE = 1.0


def split_run_on_marks(page: OcrPage, known_cells: Sequence[float] | None = None) -> OcrPage:
    """The page with every lone mark line boxed onto the line left of it cut off (the same
    page if none). ``known_cells``: each line's :func:`~desktop.core.reflow.text.cells`, when
    the caller has counted them."""
    lines = page.lines
    ink = known_cells if known_cells is not None else [cells(ln.text) for ln in lines]
    # Each line's box's numbers read once, as a row of a matrix (height, width, centre, start
    # and end, as the box holds them: worked out when it was made; NaN without a box), and
    # the looks below asked of every line at once on it: the same comparisons and divisions
    # on the same numbers, in line order.
    facts = matrix(
        [
            (box.height, box.width, box.cy, box.x0, box.x1)
            if (box := ln.box) is not None
            else _NO_BOX
            for ln in lines
        ],
        len(lines),
        5,
    )
    high, wide, cy = facts[:, 0], facts[:, 1], facts[:, 2]
    count = np.asarray(ink, dtype=float)
    # (A line holds text exactly when it counts cells: cells() counts all but whitespace.)
    kept = (high > 0) & (count > 0)
    if np.count_nonzero(kept) < 2 * SIDE + 1:
        return page
    height = median(high[kept].tolist())
    body = BODY_TYPE * height
    sample = kept & (high <= body) & (count >= PITCH_CELLS)
    widths = (wide[sample] / count[sample]).tolist()
    if not widths:
        return page
    pitch = median(widths)
    # Only a line ending in a mark, its box wider than its characters by a gutter, can be cut
    # (:func:`_may_cut`): a few on a page. The rows of body lines :func:`_cut` looks at
    # around each are read (and sorted) only when there is one.
    # (Most lines' boxes are not wider than their characters by a gutter: told on the matrix,
    # before their text is read. A line's cells are those of its text stripped at its end:
    # cells() counts all but whitespace.)
    wider = np.flatnonzero(wide >= (count + GUTTER) * pitch).tolist()
    may_cut = [
        n for n in wider if lines[n].text.rstrip()[-1:] in MARKS and _may_cut(lines[n], pitch)
    ]
    if not may_cut:
        return page
    # (Only the body rows some candidate looks at: those whose centre stands in one of their
    # windows, as :func:`_cut` bisects them.)
    looked = kept & (high <= body) & _in_windows(cy, cy[may_cut], ROWS * height)
    rows = sorted(map(tuple, facts[looked][:, 2:].tolist()))
    centres = [c for c, _, _ in rows]
    cuts = {n: _cut(lines[n], rows, centres, height, pitch) for n in may_cut}
    if all(len(parts) == 1 for parts in cuts.values()):
        return page
    return replace(page, lines=replaced(lines, cuts))


#: A line without a box, in the matrix of boxes' numbers.
_NO_BOX = (float("nan"),) * 5


def _in_windows(at: np.ndarray, centres: np.ndarray, reach: float) -> np.ndarray:
    """Which of ``at`` stand from ``centre - reach`` to ``centre + reach`` of some centre of
    ``centres`` (both ends in): the windows merged where they overlap, each value's window
    found by bisection."""
    lo, hi = np.sort(centres - reach), np.sort(centres + reach)
    # (Merged: a window starting past the furthest end so far opens a new run.)
    reach_so_far = np.maximum.accumulate(hi)
    opens = np.concatenate(([True], lo[1:] > reach_so_far[:-1]))
    starts = lo[opens]
    ends = np.maximum.reduceat(hi, np.flatnonzero(opens))
    k = np.searchsorted(starts, at, side="right") - 1
    return (k >= 0) & (at <= ends[np.maximum(k, 0)])


def _may_cut(line: OcrLine, pitch: float) -> bool:
    """Whether :func:`_cut` may cut ``line``: its text ends in a mark and its box is wider
    than its characters at ``pitch`` by a gutter (two of the tests it asks first; a line
    failing either it gives back whole)."""
    text = line.text.rstrip()
    if not text or text[-1] not in MARKS:
        return False
    box = line.box
    return box is not None and box.width >= (cells(text) + GUTTER) * pitch


def _body_rows(boxed: list[OcrLine], body: float) -> list[tuple[float, float, float]]:
    """The lines of body height (at most ``body`` tall) as (centre, start, end), sorted."""
    rows: list[tuple[float, float, float]] = []
    for ln in boxed:
        box = ln.box
        assert box is not None  # (as _box, without a call a line)
        if box.height <= body:
            rows.append((box.cy, box.x0, box.x1))
    rows.sort()
    return rows


def _box(line: OcrLine) -> Box:
    assert line.box is not None
    return line.box


def _cut(
    line: OcrLine,
    rows: list[tuple[float, float, float]],
    centres: list[float],
    height: float,
    pitch: float,
) -> list[OcrLine]:
    """The line, or its text before the marks and the marks, each in its own box."""
    text = line.text.rstrip()
    # (Cheapest first: most lines end in no mark.)
    if not text or text[-1] not in MARKS:
        return [line]
    box = line.box
    if box is None or box.height > TALLEST * height:
        return [line]
    m = 0
    while m < min(MAX_MARKS, len(text)) and text[len(text) - 1 - m] in MARKS:
        m += 1
    head, tail = text[: len(text) - m], text[len(text) - m :]
    if not m or cells(head) < PITCH_CELLS or head[-1] in MARKS:
        return [line]
    # (Cheap first: the box is wider than its characters at the body's pitch by a gutter.)
    if box.width < (cells(text) + GUTTER) * pitch:
        return [line]
    end = box.x0 + cells(head) * pitch  # where the characters before the marks end
    lo = bisect_left(centres, box.cy - ROWS * height)
    hi = bisect_right(centres, box.cy + ROWS * height)
    near = [
        (cy, x0, x1)
        for cy, x0, x1 in rows[lo:hi]
        if (cy, x0, x1) != (box.cy, box.x0, box.x1) and x0 < box.x1 + pitch and box.x0 < x1
    ]
    # The gutter: the ends of the column's lines near where the characters end, and the
    # starts of the next column's lines past it.
    ends = [x1 for _, _, x1 in near if abs(x1 - end) <= FIT * pitch]
    if len(ends) < SIDE:
        return [line]
    g0 = max(ends)
    starts = [x0 for _, x0, _ in near if g0 + GUTTER * pitch <= x0 <= box.x1]
    if len(starts) < SIDE:
        return [line]
    g1 = min(starts)
    left = sum(1 for _, _, x1 in near if x1 <= g0 + 1)
    right = sum(1 for _, x0, _ in near if x0 >= g1 - 1)
    crossing = sum(1 for _, x0, x1 in near if x0 < g1 - 1 and x1 > g0 + 1)
    if left < SIDE or right < SIDE or crossing > CROSSING:
        return [line]
    # Past the gutter by the marks' cells at most; the characters fill the room to it.
    if not g1 < box.x1 <= g1 + (cells(tail) + EDGE) * pitch:
        return [line]
    if abs((g0 - box.x0) / pitch - cells(head)) > FIT:
        return [line]
    # No line of the next column on its row: the mark's row there is this box's.
    if any(abs(cy - box.cy) < 0.5 * height and x0 >= g1 - 1 for cy, x0, _ in near):
        return [line]
    return [
        replace(line, text=head, box=Box(box.x0, box.y0, g0, box.y1)),
        replace(line, text=tail, box=Box(g1, box.y0, box.x1, box.y1)),
    ]
