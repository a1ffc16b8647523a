"""A run-on box between two stories side by side, cut at the gutter their headlines show.

Two stories set side by side in a band, each under its own headline, each maybe in a single
wide column: the gutter between them runs down from between their headlines through their
text. A detector that boxes a line of the left story and the line of the right story level
with it as one box hides that gutter from the layout's XY-cut (one box is enough), and the
two stories are read row by row as one: one gets both bodies, the other none.

:mod:`gutters` cuts run-on boxes of body height; this one can stand taller than either line
(the detector's quadrilateral of a run-on across a wide band is tilted, and its bounding box
grows by the tilt: 1.5 body heights on real output), so height cannot tell it from a
headline. The headlines can: two headline-type lines on one row, apart by more than a title
broken in two ever is, are two stories (as :func:`stories._join_pieces` reads them); the
gutter between their stories lies between the two headlines (a headline is centred over its
columns and no wider than they are). Under them, down to the next headline over that span,
the text lines leave a vertical strip clear there but for a few boxes crossing it, while
lines stand wholly on each side: that strip is the gutter. A box crossing it is cut there
when it stands inside the running text of both stories (a line of each side's column a row
or two over it and one under it) set at its neighbours' pitch (a deck or a caption across
both stories is set larger or smaller, and a box holding a headline is headline type by its
pitch). Every box that crosses must be such a run-on, else the strip is no gutter and
nothing is cut.

The text is cut where the gutter falls, by character cells (Chinese type is set on a fixed
pitch; Latin letters and digits about 0.6 of a cell) counted from the box's left end to where
the left column's lines end, at the box's own pitch (a story side by side with others may be
set in type of its own, and a detector's box runs a few pixels long or short), or, where that
would leave a cell or more of blank paper in the box (the right line a paragraph's first,
indented after the gutter), at the pitch of the lines beside it. Each part gets its own box;
the page's lines are then the parts, in the tool's order, and every character keeps one box.
Linear in the lines apart from sorts: each pair of headlines looks at the lines of its band.

The two stories' titles can run on too: each filling its span and broken onto a second line,
their first lines stand a gutter and their margins apart (under two characters of title type)
and a detector boxes them as one. Their second lines are then the two headlines side by side,
both right under that one box: it is cut at the gutter the text under them shows, by the
box's own pitch (see :func:`_run_on_titles`); or, where a second line is long enough to show
its title's pitch, by that pitch over that title's span (a title's lines are set in one type
on one axis, but one of two titles side by side may be set condensed to fill its span: see
:func:`_left_cells`). A second line of a few characters may be boxed tight about its ink, a
little short of headline height though set at headline pitch: it is looked at as such a
second line all the same (:data:`NEAR_HEAD_HEIGHT`). Where both titles' spans end inside the
gutter the text shows (each title run a little past its columns), the parts are boxed to
that gutter's edges: a title is no wider than its columns (:func:`_title_edges`).

Two such titles can also be boxed apart but closer than :data:`APART`, a detector's boxes of
them grown toward each other, even over each other's ends: each over a line of its own (a
deck, or its second line), they are two stories' titles; where the text under them leaves a
gutter clear where they meet, each box reaching into it is boxed to its side
(:func:`_close_titles`, :func:`_into_gutter`), else the layout reads one title over both.
Their first lines can be boxed as one over such second lines, the text under them run on over
the gutter too (a page read shrunk): that box is cut where the titles' lines place it, each
first line mirrored about its second line's centre (:func:`_close_run_on`), and the parts are
looked at once more as two titles side by side.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace

import numpy as np

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.arrays import matrix
from desktop.core.reflow.measures import median
from desktop.core.reflow.text import cells as ink_cells
from desktop.core.reflow.text import is_cjk

#: A line set this much wider (pitch: box width per character cell) than the body, and this
#: much taller, is headline type.
HEAD_PITCH = 1.35
HEAD_HEIGHT = 1.2
#: A line set at headline pitch in a box at least this much taller than the body's (short of
#: HEAD_HEIGHT) may be a title's second line boxed tight: looked at for run-on titles only.
NEAR_HEAD_HEIGHT = 1.1
#: Two headline lines on one row further apart than this many times their height are two
#: stories' headlines (a title the detector broke in two stands closer: see stories.py).
APART = 1.5
#: A gutter is at least this many body characters wide.
GUTTER = 0.6
#: Lines standing wholly on each side of a gutter, at least.
SIDE = 3
#: How far up or down (in body line heights) a line of each side's column must stand from a
#: crossing box for it to be running text of both stories.
RUNNING = 3.0
#: A crossing box's characters (gutter left out) are set within these bounds of its
#: neighbours' pitch: a deck is set larger, a caption smaller.
PITCH_LOW, PITCH_HIGH = 0.88, 1.12
#: A box taller than this many body line heights is no run-on of two body lines.
TALLEST = 2.0
#: The body's pitch is measured on at most this many lines, spread over the page.
SAMPLE = 2000


def split_between_stories(page: OcrPage, again: bool = True) -> OcrPage:
    """The page with every run-on box across the gutter between two stories side by side cut
    at that gutter (the same page if none). Two titles' first lines cut apart are looked at
    once more (``again``) as two headlines side by side."""
    lines = page.lines
    looked = _looked(lines)
    if looked is None:
        return page
    height, pitch, heads, ends, text, tops = looked
    head_tops = [_box(lines[i]).y0 for i in heads]
    # line -> gutter (g0, g1), the left column's end, the pitch of the lines beside it
    cuts: dict[int, tuple[float, float, float, float]] = {}
    titles: dict[int, tuple[float, float, float]] = {}
    for left, right in _pairs(lines, heads):
        found = _gutter(lines, heads, head_tops, text, tops, left, right, height, pitch)
        for i, cut in (found or {}).items():
            cuts.setdefault(i, cut)
        run_on = _run_on_titles(lines, heads, head_tops, text, tops, left, right, height, pitch)
        if run_on is not None:
            titles.setdefault(*run_on)
    if ends:
        # A title's second line may be one character: a pair of second lines with such an
        # end in it is looked at for run-on titles only (it shows no gutter of its own).
        short = set(ends)
        both = sorted(heads + ends, key=lambda i: _box(lines[i]).y0)
        for left, right in _pairs(lines, both):
            if left in short or right in short:
                run_on = _run_on_titles(
                    lines, heads, head_tops, text, tops, left, right, height, pitch
                )
                if run_on is not None:
                    titles.setdefault(*run_on)
    # Two stories' titles side by side closer than APART (their boxes grown into the gutter
    # between their stories, even over each other): each boxed to its side of that gutter.
    edges: dict[int, Box] = {}
    for left, right in _close_titles(lines, heads, height):
        for i, box in _into_gutter(lines, heads, head_tops, text, tops, left, right, height, pitch):
            edges.setdefault(i, box)
    # Two titles' second lines side by side closer than APART (their boxes grown toward each
    # other), each over a line of its own, both under one box: two titles' first lines run on.
    both = sorted(heads + ends, key=lambda i: _box(lines[i]).y0) if ends else heads
    close = False
    for left, right in _close_titles(lines, both, height):
        run_on = _close_run_on(lines, heads, head_tops, left, right)
        if run_on is not None and run_on[0] not in titles:
            titles[run_on[0]] = run_on[1]
            close = again
    if not cuts and not titles and not edges:
        return page
    parts = {i: _cut(lines[i], *cut) for i, cut in cuts.items()}
    for i, title in titles.items():
        parts.setdefault(i, _cut_title(lines[i], *title))
    for i, box in edges.items():
        parts.setdefault(i, [replace(lines[i], box=box)])
    result = replace(page, lines=replaced(lines, parts))
    # (Two titles' first lines cut apart are two headlines side by side: looked at again as
    # such, each boxed to its side of the gutter their text shows, as above.)
    return split_between_stories(result, again=False) if close else result


def replaced(lines: Sequence[OcrLine], parts: dict[int, list[OcrLine]]) -> tuple[OcrLine, ...]:
    """``lines`` with each line numbered in ``parts`` replaced by those lines, in its place.
    (The few put in a copy of the list, from the last up so that each stands where its line
    stood, rather than every line appended again.)"""
    out = list(lines)
    for i in sorted(parts, reverse=True):
        out[i : i + 1] = parts[i]
    return tuple(out)


def _looked(
    lines: Sequence[OcrLine],
) -> tuple[float, float, list[int], list[int], list[int], list[float]] | None:
    """What :func:`split_between_stories` reads of every line: the body's line height and
    pitch, the headline lines and wrapped headline ends (each in order by top), the other
    lines with a box of some size holding text sorted by top, and their tops; None when
    too few lines show them."""
    # Each line's box read once, as a row of a matrix: its height, width and top as it holds
    # them (``y1 - y0``, ``x1 - x0``, worked out when it was made; NaN without a box, and a
    # height of NaN for a line holding no text). The lines with a box of some size holding
    # text, their median height, the tall ones and the order by top are then picked on it
    # at once: the same comparisons on the same numbers, in line order.
    facts = matrix(
        [
            (box.height if ln.text.strip() else _NAN, box.width, box.y0)
            if (box := ln.box) is not None
            else _NO_BOX
            for ln in lines
        ],
        len(lines),
        3,
    )
    high, top_of = facts[:, 0], facts[:, 2]
    boxed = np.flatnonzero((high > 0) & (facts[:, 1] > 0))
    if len(boxed) < 4 * SIDE:
        return None
    height = median(high[boxed].tolist())
    # The body's pitch, on lines spread over the page (enough for a median; keeps it linear).
    pitches = []
    for i in boxed[:: max(1, len(boxed) // SAMPLE)].tolist():
        ln = lines[i]
        cells = ink_cells(ln.text)
        if cells >= 8 and _box(ln).height <= HEAD_HEIGHT * height:
            pitches.append(_box(ln).width / cells)
    if not pitches:
        return None
    pitch = median(pitches)
    heads: list[int] = []
    # (Lines looked at for run-on titles only: one headline character wrapped alone, see
    # :func:`_wrapped_end`; or a line set at headline pitch in a box a little short of
    # headline height, NEAR_HEAD_HEIGHT body heights or more: a title's short second line,
    # which a detector boxes tight about its ink, 31.6 px against 32.3 on a page read shrunk,
    # test14/page-13.)
    ends: list[int] = []
    tall = HEAD_HEIGHT * height
    # (Only the lines of about headline height are worth their cells.)
    for i in boxed[high[boxed] >= NEAR_HEAD_HEIGHT * height].tolist():
        ln = lines[i]
        box = _box(ln)
        cells = ink_cells(ln.text)
        wide = cells >= 2 and (box.x1 - box.x0) / cells >= HEAD_PITCH * pitch
        if box.height >= tall:
            if wide:
                heads.append(i)
            elif _wrapped_end(ln.text, cells, box, height):
                ends.append(i)
        elif wide:
            ends.append(i)
    if len(heads) + len(ends) < 2:
        return None
    # The other lines, sorted by top (a stable sort, as the list's).
    headline = np.zeros(len(lines), dtype=bool)
    headline[heads] = True
    others = boxed[~headline[boxed]]
    others = others[np.argsort(top_of[others], kind="stable")]
    text = others.tolist()
    tops = top_of[others].tolist()
    heads.sort(key=lambda i: _box(lines[i]).y0)
    return height, pitch, heads, ends, text, tops


#: A line without a box, in the matrix of boxes' numbers.
_NAN = float("nan")
_NO_BOX = (_NAN,) * 3


def _wrapped_end(text: str, cells: float, box: Box, height: float) -> bool:
    """A line of one CJK character in a box :data:`HEAD_PITCH` times the body's height or
    more: a title's last character wrapped alone onto its second line (消费潜力…市场活 | 力).
    It has no pitch to tell its type by; its height does (as :func:`stories.type_ratio`
    reads it)."""
    return cells < 2 and box.height >= HEAD_PITCH * height and any(is_cjk(ch) for ch in text)


def _box(line: OcrLine) -> Box:
    assert line.box is not None
    return line.box


def _pairs(lines: tuple[OcrLine, ...], heads: list[int]) -> list[tuple[int, int]]:
    """Headline lines side by side on one row: each with the nearest one right of it on its
    row, when that one stands further off than :data:`APART` times their height (nearer, it
    is the rest of a title the detector broke in two). ``heads`` is sorted by top."""
    nearest: dict[int, int] = {}
    head_boxes = [_box(lines[i]) for i in heads]
    for _, i, _, j, _ in _on_one_row(heads, head_boxes):
        for lo, hi in ((i, j), (j, i)):
            right = _box(lines[hi])
            if right.x0 >= _box(lines[lo]).x1 and (
                lo not in nearest or right.x0 < _box(lines[nearest[lo]]).x0
            ):
                nearest[lo] = hi
    pairs: list[tuple[int, int]] = []
    for lo, hi in nearest.items():
        a, b = _box(lines[lo]), _box(lines[hi])
        if b.x0 - a.x1 > APART * max(a.height, b.height):
            pairs.append((lo, hi))
    return pairs


def _on_one_row(
    heads: list[int], head_boxes: list[Box]
) -> Iterator[tuple[int, int, Box, int, Box]]:
    """Every two headline lines on one row (overlapping by half the shorter one's height), as
    (k, i, a, j, b): ``i`` the ``k``-th of ``heads`` (sorted by top), ``j`` one after it, and
    their boxes. (Each headline's box read once, and the later ones walked by place: a copy
    of the rest of the list for each headline made the walk quadratic in them.)"""
    for k, i in enumerate(heads):
        a = head_boxes[k]
        # Lines on a row with ``a`` start within its height above or under its top.
        for m in range(k + 1, len(heads)):
            j, b = heads[m], head_boxes[m]
            if b.y0 >= a.y1:
                break
            if min(a.y1, b.y1) - max(a.y0, b.y0) < 0.5 * min(a.height, b.height):
                continue
            yield k, i, a, j, b


def _band_bottom(
    lines: tuple[OcrLine, ...],
    heads: list[int],
    head_tops: list[float],
    left: int,
    right: int,
    height: float,
) -> float:
    """Where the band under headline lines ``left`` and ``right`` side by side ends: at the
    next headline line over their span (the next band's story), past the lines of either
    headline broken over two or three lines (each stacked right under the one before,
    within its headline's span); infinity when none. ``heads`` is sorted by top."""
    a, b = _box(lines[left]), _box(lines[right])
    top = max(a.y1, b.y1)
    stacks = [a, b]
    for h in heads[bisect_left(head_tops, min(a.y1, b.y1)) :]:
        hb = _box(lines[h])
        if h in (left, right):
            continue
        # (The two stacks asked in turn, the first that takes the line: a generator a line
        # was most of this walk's time.)
        if _stacked(hb, stacks[0], height):
            stacks[0] = hb
            continue
        if _stacked(hb, stacks[1], height):
            stacks[1] = hb
            continue
        if hb.y0 >= top and hb.x0 < b.x1 and a.x0 < hb.x1:
            return hb.y0
    return float("inf")


def _gutter(
    lines: tuple[OcrLine, ...],
    heads: list[int],
    head_tops: list[float],
    text: list[int],
    tops: list[float],
    left: int,
    right: int,
    height: float,
    pitch: float,
) -> dict[int, tuple[float, float, float, float]] | None:
    """The boxes crossing the gutter between the stories under headline lines ``left`` and
    ``right``, each with that gutter (g0, g1), where the left column's lines end and the pitch
    of the lines beside the box, when every one of them is a run-on of the two stories'
    lines."""
    a, b = _box(lines[left]), _box(lines[right])
    top = max(a.y1, b.y1)
    span = (a.x0, b.x1)
    # (``heads`` and ``text`` are sorted by top: each scan stops at the band's end.)
    bottom = _band_bottom(lines, heads, head_tops, left, right, height)
    # The band's lines, each with its span. (Run for every pair of headlines over all the
    # lines of their band: where the band ends is bisected in ``tops``, and each box is read
    # once, inline.)
    band: list[int] = []
    spans: list[tuple[float, float]] = []
    all_ends: list[float] = []
    all_starts: list[float] = []
    for i in text[bisect_left(tops, top) : bisect_left(tops, bottom)]:
        box = lines[i].box
        assert box is not None
        if box.x0 < span[1] and span[0] < box.x1:
            band.append(i)
            spans.append((box.x0, box.x1))
            all_ends.append(box.x1)
            all_starts.append(box.x0)
    if len(band) < 2 * SIDE:
        return None
    # The gutter lies between the headlines, give or take a character: candidate edges are
    # where lines end (its left) and start (its right) there. A line crossing neither stands
    # wholly on one side (the gutter is wider than a pixel each way), so the lines crossing
    # a candidate are those left over, and each candidate costs two bisections.
    lo, hi = a.x1 - 2 * pitch, b.x0 + 2 * pitch
    all_ends.sort()
    all_starts.sort()
    # (The candidates between lo and hi, a slice of each sorted list found by bisection.)
    ends = sorted(set(all_ends[bisect_left(all_ends, lo) : bisect_right(all_ends, hi)]))
    starts = sorted(set(all_starts[bisect_left(all_starts, lo) : bisect_right(all_starts, hi)]))
    best: tuple[int, float, float, float] | None = None
    for g0 in ends:
        k = bisect_left(starts, g0 + GUTTER * pitch)
        if k == len(starts):
            continue
        g1 = starts[k]
        left_side = bisect_right(all_ends, g0 + 1)
        right_side = len(all_starts) - bisect_left(all_starts, g1 - 1)
        if left_side < SIDE or right_side < SIDE:
            continue
        crossing = len(spans) - left_side - right_side
        key = (crossing, -(g1 - g0), g0, g1)
        if best is None or key < best:
            best = key
    if best is None or best[0] == 0 or best[0] > max(2, len(band) // 10):
        return None
    g0, g1 = best[2], best[3]
    crossing_ids: list[int] = []
    sides: list[tuple[float, int]] = []  # (top, line) of the lines wholly on one side
    for i, (x0, x1) in zip(band, spans, strict=True):
        if x1 <= g0 + 1 or x0 >= g1 - 1:
            sides.append((_box(lines[i]).y0, i))
        else:
            crossing_ids.append(i)
    # Where the left column's lines end, most of them (the median of those ending by the
    # gutter): a line hanging a closing mark into the gutter widens the gap, not the column.
    edge = statistics.median([x1 for x1 in all_ends if g0 - 2 * pitch <= x1 <= g0 + 1])
    found: dict[int, tuple[float, float, float, float]] = {}
    for i in crossing_ids:
        local = _runs_on(lines, i, sides, g0, g1, height, pitch)
        if local is None:
            return None
        found[i] = (g0, g1, edge, local)
    return found


def _close_titles(
    lines: tuple[OcrLine, ...], heads: list[int], height: float
) -> list[tuple[int, int]]:
    """Headline lines side by side on one row no further apart than :data:`APART` times their
    height (their boxes may overlap), each with a headline line of its own stacked right
    under it (:func:`_stacked`) off the other's span: two stories' titles, each over its own
    second line or deck (a title the detector broke in two has one second line, centred
    under both pieces). Left line first; ``heads`` is sorted by top."""
    head_boxes = [_box(lines[i]) for i in heads]
    pairs: list[tuple[int, int]] = []
    for k, i, a, j, b in _on_one_row(heads, head_boxes):
        (lo, p), (hi, q) = sorted(((i, a), (j, b)), key=lambda t: t[1].x0)
        if not (p.x1 < q.x1 and q.x0 - p.x1 <= APART * max(p.height, q.height)):
            continue
        if _own_stack(p, q, head_boxes, k, height) and _own_stack(q, p, head_boxes, k, height):
            pairs.append((lo, hi))
    return pairs


def _own_stack(title: Box, other: Box, head_boxes: list[Box], k: int, height: float) -> bool:
    """Whether a headline line (of ``head_boxes``, by top, from the ``k``-th on) stands
    stacked right under ``title`` and clear of ``other``'s span."""
    for b in head_boxes[k:]:
        if b.y0 > title.y1 + height:
            break
        if _stacked(b, title, height) and (b.x1 <= other.x0 or other.x1 <= b.x0):
            return True
    return False


def _into_gutter(
    lines: tuple[OcrLine, ...],
    heads: list[int],
    head_tops: list[float],
    text: list[int],
    tops: list[float],
    left: int,
    right: int,
    height: float,
    pitch: float,
) -> list[tuple[int, Box]]:
    """Two stories' titles side by side, ``left`` and ``right`` (:func:`_close_titles`), over
    text whose lines leave a gutter clear between the two stories where the titles meet
    (SIDE lines or more wholly on each side, none crossing, down to the next headline over
    them): each title box reaching into that gutter, boxed to its side of it (a title is no
    wider than its columns; a detector's boxes of two titles set a gutter apart grow toward
    each other, up to over each other's ends, and hide the gutter from the layout). The
    new boxes, by line (none where no title reaches into a gutter so shown)."""
    a, b = _box(lines[left]), _box(lines[right])
    top = max(a.y1, b.y1)
    bottom = _band_bottom(lines, heads, head_tops, left, right, height)
    starts: list[float] = []
    ends: list[float] = []
    for i in text[bisect_left(tops, top) : bisect_left(tops, bottom)]:
        box = _box(lines[i])
        if box.x0 < b.x1 and a.x0 < box.x1:
            starts.append(box.x0)
            ends.append(box.x1)
    if len(starts) < 2 * SIDE:
        return []
    ends.sort()
    starts.sort()
    lo, hi = min(a.x1, b.x0) - 2 * pitch, max(a.x1, b.x0) + 2 * pitch
    best: tuple[float, float, float] | None = None
    for g0 in sorted(set(ends[bisect_left(ends, lo) : bisect_right(ends, hi)])):
        k = bisect_left(starts, g0 + GUTTER * pitch)
        if k == len(starts) or starts[k] > hi:
            continue
        g1 = starts[k]
        left_side = bisect_right(ends, g0)
        right_side = len(starts) - k
        if left_side < SIDE or right_side < SIDE or left_side + right_side < len(starts):
            continue
        if best is None or g1 - g0 > best[0]:
            best = (g1 - g0, g0, g1)
    if best is None:
        return []
    _, g0, g1 = best
    if not (a.x0 < g0 and g1 < b.x1):
        return []
    found: list[tuple[int, Box]] = []
    if a.x1 > g0:
        found.append((left, Box(a.x0, a.y0, g0, a.y1)))
    if b.x0 < g1:
        found.append((right, Box(g1, b.y0, b.x1, b.y1)))
    return found


def _past_titles(hb: Box, a: Box, b: Box, g0: float, g1: float, size: float) -> bool:
    """Whether the gutter (g0, g1) the text under a run-on title box ``hb`` shows stands past
    both titles' first lines, as their second lines ``a`` and ``b`` place them: a title's lines
    are centred on one axis, so the left one's first line runs from the box's start to that
    start mirrored about ``a``'s centre, the right one's from the box's end mirrored about
    ``b``'s centre to the end. The stories' gutter lies between the two (within ``size``, a
    title character: a title may run a little past its columns); the gutters of a story's own
    columns lie under its title (test18/page-03 read shrunk: a title over three columns beside
    one over two, both second lines short, the gutter of the first story's columns picked, a
    third of the title and a column given to the other story). Always true when the mirrored
    spans overlap or leave the box (a title set flush, not centred)."""
    end, start = 2 * a.cx - hb.x0, 2 * b.cx - hb.x1
    if not hb.x0 < end < start < hb.x1:
        return True
    return g1 >= end - size and g0 <= start + size


#: How far under a run-on title (in body line heights) its stories' lines show the gutter.
TITLE_BAND = 8.0


def _run_on_titles(
    lines: tuple[OcrLine, ...],
    heads: list[int],
    head_tops: list[float],
    text: list[int],
    tops: list[float],
    left: int,
    right: int,
    height: float,
    pitch: float,
) -> tuple[int, tuple[float, float, float]] | None:
    """Two stories' titles side by side, each filling its span and broken over two lines, the
    detector boxing their first lines as one (the gap between them, a gutter and the titles'
    margins, under two characters of title type): the title lines ``left`` and ``right``
    (the titles' second lines, side by side) both stand right under one headline box that
    spans them, and the text under them leaves a strip clear between them, with lines wholly
    on each side: the gutter between the two stories. That box is two titles run on; it is
    cut there. A title broken over two lines has one second line, centred under it; a deck
    over both stories has no two headlines side by side under it. The box, the gutter
    (g0, g1) or, where the titles' second lines place them, their spans' edges
    (:func:`_title_edges`), and the cells of the box left of the cut (:func:`_left_cells`), or
    None."""
    a, b = _box(lines[left]), _box(lines[right])
    size = min(a.height, b.height)
    over: int | None = None
    for h in heads[bisect_left(head_tops, a.y0 - 3 * size) : bisect_left(head_tops, a.y0)]:
        hb = _box(lines[h])
        if h not in (left, right) and _stacked(a, hb, size) and _stacked(b, hb, size):
            over = h
    if over is None:
        return None
    top = max(a.y1, b.y1)
    hb = _box(lines[over])
    spans = []
    for i in text[bisect_left(tops, top) :]:
        box = _box(lines[i])
        if box.y0 > top + TITLE_BAND * height:
            break
        if box.x0 < hb.x1 and hb.x0 < box.x1:
            spans.append((box.x0, box.x1))
    # (As in :func:`_gutter`: a line crossing neither edge stands wholly on one side.)
    all_ends = sorted(x1 for _, x1 in spans)
    all_starts = sorted(x0 for x0, _ in spans)
    starts = [x0 for x0 in all_starts if a.x1 <= x0 <= b.x0]
    best: tuple[int, float, float, float] | None = None
    # (And the best of those no title's first line spans, when the second lines place them:
    # :func:`_past_titles`.)
    clear: tuple[int, float, float, float] | None = None
    for g0 in sorted({x1 for x1 in all_ends if a.x1 <= x1 <= b.x0}):
        k = bisect_left(starts, g0 + GUTTER * pitch)
        if k == len(starts):
            continue
        g1 = starts[k]
        left_side = bisect_right(all_ends, g0 + 1)
        right_side = len(all_starts) - bisect_left(all_starts, g1 - 1)
        crossing = len(spans) - left_side - right_side
        if left_side < SIDE or right_side < SIDE or crossing > max(2, len(spans) // 10):
            continue
        key = (crossing, -(g1 - g0), g0, g1)
        if best is None or key < best:
            best = key
        if _past_titles(hb, a, b, g0, g1, size) and (clear is None or key < clear):
            clear = key
    best = clear if clear is not None else best
    if best is None or not hb.x0 < best[2] < best[3] < hb.x1:
        return None
    g0, g1 = best[2], best[3]
    room = _left_cells(lines[over], lines[left], lines[right], g0, g1)
    return over, (*_title_edges(lines[over], lines[left], lines[right], g0, g1, room), room)


#: A run-on title's part spanning from this to this much of its characters set at its second
#: line's pitch holds them (a short second line's box padding swings its pitch by a tenth; a
#: title condensed to fill its span sets a short second line a little wider).
EDGE_LOW, EDGE_HIGH = 0.8, 1.25
#: A title's second line holding this many character cells or more shows its title's pitch
#: (a shorter one's box padding is too much of its width).
MEASURED = 8.0


def _left_cells(line: OcrLine, left: OcrLine, right: OcrLine, g0: float, g1: float) -> float:
    """How many character cells of the run-on title box ``line`` belong to the left title,
    ``left`` and ``right`` being the two titles' second lines. A title's lines are set in one
    type and centred on one axis, but two titles side by side need not share a type: one too
    long for its span is set condensed to fit it (20 characters in 720 px beside 23 at 44 px
    each), so the box's own pitch puts the cut characters off. Where a second line holds
    :data:`MEASURED` cells or more (the longer one, when both do), its title's first line is
    the part of the box from the box's end on that side to that end mirrored about the second
    line's centre, and it holds as many characters as fill that span at the second line's
    pitch. Otherwise (both second lines short, or the mirrored span reaching past the gutter),
    as many characters go left as fill the room from the box's left end to the gutter at the
    box's own pitch (each title fills its span, the gap between them is under two
    characters)."""
    box = _box(line)
    cells = max(ink_cells(line.text), 1.0)
    fallback = (g0 - box.x0) / (box.width / cells)
    measured = [(ink_cells(s.text), n) for n, s in enumerate((left, right))]
    size, side = max(measured)
    if size < MEASURED:
        return fallback
    second = _box((left, right)[side])
    pitch = second.width / size
    if side == 0:
        end = 2 * second.cx - box.x0
        return (end - box.x0) / pitch if end <= g1 else fallback
    start = 2 * second.cx - box.x1
    return cells - (box.x1 - start) / pitch if start >= g0 else fallback


def _title_edges(
    line: OcrLine, left: OcrLine, right: OcrLine, g0: float, g1: float, room: float
) -> tuple[float, float]:
    """Where the left title's part of the run-on title box ``line`` ends and the right one's
    starts (``left`` and ``right`` the titles' second lines). The gutter (g0, g1) the text
    under them shows need not be the one between the titles: two stories of three and two
    columns under a box across five show their columns' gutters too, and the one with fewest
    lines crossing it may lie inside the wider story. A part boxed at that gutter holds its
    title's characters over a span not theirs: squeezed, a title's first line reads as a
    deck under its short second line (:func:`stories._headline` sizes titles by pitch), and
    stretched, the other title's first line as larger than its own second line. A title's
    lines are centred on one axis, and a box's centre holds however short its line (its
    padding is the same each side): each title's first line spans the box from its end on
    that side to that end mirrored about its second line's centre, when the two spans leave
    a gap between them and each holds its title's characters (``room`` cells go left) at
    about its second line's pitch (a title set flush left, not centred, would be squeezed
    so); otherwise the parts are boxed at the gutter. So they are where both spans end inside
    it (each title run a little past its columns, test14/page-13 read shrunk): a title is no
    wider than its columns, and parts reaching into the gutter hide it from the layout."""
    mirrored = _mirrored(line, left, right, room)
    if mirrored is None:
        return g0, g1
    end, start = mirrored
    # (Both inside the gutter: a title is no wider than its columns, its part is boxed to
    # the gutter's edge, and the stories' gutter stays clear down through their titles.)
    if g0 < end and start < g1:
        return g0, g1
    return end, start


def _mirrored(
    line: OcrLine, left: OcrLine, right: OcrLine, room: float
) -> tuple[float, float] | None:
    """Where the left title's first line ends and the right one's starts in the run-on
    title box ``line`` (``left`` and ``right`` the titles' second lines, ``room`` cells
    going left), each title's first line spanning the box from its end on that side to that
    end mirrored about its second line's centre: when the two spans leave a gap between
    them and each holds its characters at about its second line's pitch; else None."""
    box = _box(line)
    end = 2 * _box(left).cx - box.x0
    start = 2 * _box(right).cx - box.x1
    if not box.x0 < end < start < box.x1:
        return None
    rest = max(ink_cells(line.text), 1.0) - room
    for span, n, second in ((end - box.x0, room, left), (box.x1 - start, rest, right)):
        cells = ink_cells(second.text)
        if cells >= 2 and not EDGE_LOW <= span / (n * _box(second).width / cells) <= EDGE_HIGH:
            return None
    return end, start


def _close_run_on(
    lines: tuple[OcrLine, ...], heads: list[int], head_tops: list[float], left: int, right: int
) -> tuple[int, tuple[float, float, float]] | None:
    """Two stories' titles side by side, each broken over two lines or more, their second
    lines ``left`` and ``right`` closer than APART (boxes a detector grew toward each other,
    each over a line of its own: :func:`_close_titles`), both right under one headline box
    that spans them: that box is the two titles' first lines run on (a title broken over
    lines has one second line centred under its first; a detector boxes two titles' first
    lines a gutter and their margins apart as one, as it grows their second lines' boxes
    toward each other). It is cut where the titles' lines place it: each title's first
    line spans the box from its end on that side to that end mirrored about its second
    line's centre, holding its characters at that line's pitch (:func:`_mirrored`); the text
    under such titles need not show the gutter (a page read shrunk boxes its rows run on over
    it too). Each part is boxed no nearer the other title than its own second line stands:
    the spans leave a few pixels between them (9 px on probe16/page-01 read shrunk), too few
    for the XY-cut to part the titles, where the second lines' boxes show the gap. The box,
    the parts' inner edges, and the cells going left (:func:`_left_cells`), or None when the
    spans do not fit so."""
    a, b = _box(lines[left]), _box(lines[right])
    size = min(a.height, b.height)
    over: int | None = None
    for h in heads[bisect_left(head_tops, a.y0 - 3 * size) : bisect_left(head_tops, a.y0)]:
        hb = _box(lines[h])
        if h not in (left, right) and _stacked(a, hb, size) and _stacked(b, hb, size):
            over = h
    if over is None:
        return None
    g0, g1 = min(a.x1, b.x0), max(a.x1, b.x0)
    room = _left_cells(lines[over], lines[left], lines[right], g0, g1)
    mirrored = _mirrored(lines[over], lines[left], lines[right], room)
    if mirrored is None:
        return None
    end, start = mirrored
    return over, (min(end, g0), max(start, g1), room)


def _cut_title(line: OcrLine, g0: float, g1: float, room: float) -> list[OcrLine]:
    """A run-on of two titles cut at the gutter (g0, g1) between their stories, after as many
    characters as fill ``room`` cells (:func:`_left_cells`)."""
    return _split_at(line, room, g0, g1)


def _stacked(line: Box, above: Box, height: float) -> bool:
    """Whether headline line ``line`` is the next line of the headline ending in ``above``:
    right under it (its top within a body line height of that line's foot) and within its
    span (a broken title's lines are centred over the same columns)."""
    return (
        -0.5 * height <= line.y0 - above.y1 <= height
        and above.x0 - height <= line.x0
        and line.x1 <= above.x1 + height
    )


def _runs_on(
    lines: tuple[OcrLine, ...],
    i: int,
    sides: list[tuple[float, int]],
    g0: float,
    g1: float,
    height: float,
    pitch: float,
) -> float | None:
    """Box ``i`` crossing the gutter (g0, g1) is two stories' lines run together: it holds a
    character or more on each side, is no taller than two body lines, stands inside the text
    of both columns (a line of each side's column a row or two over it, and one under it: a
    caption or a headline line at the foot of a story has none under it), and its
    characters are set at their pitch. That pitch, or None when it is no run-on.
    ``sides`` are the band's lines standing wholly on one side, by top."""
    box = _box(lines[i])
    if box.height > TALLEST * height or box.x0 > g0 - pitch or box.x1 < g1 + pitch:
        return None
    reach = RUNNING * height
    first = bisect_left(sides, (box.cy - reach - TALLEST * height,))
    left: list[int] = []
    right: list[int] = []
    seen: set[tuple[bool, bool]] = set()  # (on the left, over it) of the lines found
    for top, j in sides[first:]:
        if top > box.cy + reach:
            break
        near = _box(lines[j])
        if not (0 < abs(near.cy - box.cy) <= reach and near.x0 < box.x1 and box.x0 < near.x1):
            continue
        on_left = near.x1 <= g0 + 1
        (left if on_left else right).append(j)
        seen.add((on_left, near.cy < box.cy))
    # Inside both columns' text: over, under, left and right of it. (Under one side may be
    # nothing: the box is that column's last line, the foot of its story; across the foot of
    # both stories it may be a line set over them, a credit or a caption.)
    if not {(True, True), (False, True)} <= seen or len(seen) < 3:
        return None
    own = [
        _box(lines[j]).width / ink_cells(lines[j].text)
        for j in left + right
        if ink_cells(lines[j].text) >= 8
    ]
    local = statistics.median(own) if own else pitch
    mine = (box.width - (g1 - g0)) / ink_cells(lines[i].text)
    return local if PITCH_LOW * local <= mine <= PITCH_HIGH * local else None


def _cut(line: OcrLine, g0: float, g1: float, edge: float, local: float) -> list[OcrLine]:
    """The line cut at the gutter (g0, g1): as many characters go left as fill the room from
    the box's left end to the left column's ``edge``, at the box's own pitch (its width, the
    gutter left out, over its cells: a detector's boxes run a few pixels long or short, and
    the box's own pitch takes that up); but where that leaves a cell or more of blank paper
    in the box at ``local``, the pitch of the lines beside it (the right line is a
    paragraph's first, indented after the gutter), at ``local``. Both parts keep something,
    else the line stays whole."""
    box = _box(line)
    cells = max(ink_cells(line.text), 1.0)
    own = (box.width - (g1 - g0)) / cells
    cell = local if (own - local) * cells >= local else own
    return _split_at(line, (edge - box.x0) / cell, g0, g1)


def _split_at(line: OcrLine, room: float, g0: float, g1: float) -> list[OcrLine]:
    """The line cut after as many characters as fill ``room`` cells (a character half in
    goes left), its box cut at the gutter (g0, g1); whole when a part would keep nothing."""
    box = _box(line)
    text = line.text
    k = 0
    while k < len(text) and room >= ink_cells(text[k]) / 2:
        room -= ink_cells(text[k])
        k += 1
    head, tail = text[:k], text[k:]
    if not head.strip() or not tail.strip():
        return [line]
    return [
        replace(line, text=head, box=Box(box.x0, box.y0, g0, box.y1)),
        replace(line, text=tail, box=Box(g1, box.y0, box.x1, box.y1)),
    ]
