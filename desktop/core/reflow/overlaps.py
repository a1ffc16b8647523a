"""Body boxes that reach into the box of the next column's line on their row: trimmed back.

Two printed lines never share ink, yet a detector's box sometimes reaches past its own line:
the box of a line that opens with a mark set in the first cell (a comma or a stop at the start
of a column line, as a typesetter that does not keep marks off line starts leaves them) can
start a character or two left of its column, across the gutter and into the box of the
neighbouring column's line on the same row. One such box is enough to hide a gutter from the
XY-cut, and two stories set side by side are then read row by row as one.

The rule, from geometry and character pitch only: of two boxes of running text (set at about
the page's body pitch, not headline type) whose rows overlap and which overlap each other by a
sliver (under a body character), the box wider than its characters need by at least the
overlap is trimmed back to its own column's edge (boxes that meet, no blank between them, count
as overlapping by half a character: one wider than its characters by that much was stretched
over the whole gutter, as on dev/page-141): where the lines over and under it (a few
rows up and down) start, or end, between the other box and it; to the other box's edge when
no line shows one. A box that is not wider than its characters stays as it is: its overlap is
ink, not a detector's slack (trimmed, it must still hold them at the body pitch, to within a
quarter character: a full line's box measures its column no closer). Linear in the number of
boxes apart from sorts (each box looks only at the boxes whose rows overlap it and, when
trimmed, at a few rows around it).

It runs after :func:`gutters.split_across_gutters`: a box run on across a gutter is wider than
its characters by that gutter, and trimming it first would hide it from the cutting.

Before it, :func:`trim_mark_starts`: the box of a line that opens with a mark (、，。；：, a
closing bracket or quote) starts about a character left of its column, the detector growing it
over the blank before the mark (measured on real RapidOCR output: 22-28 px at a 24-26 px pitch,
on most such lines of every page). Where a gutter is narrow, that box reaches across it, to
the ends of the column before (no row neighbour need be there to overlap: the line before the
mark on its row is often short, a sentence's end); and its start, the lowest of its column's,
is taken for the column's edge. Such a box is trimmed to where the lines over and under it in
its column start together, when it starts left of them by up to MARK_REACH characters and none
of them starts as far left, and its characters still fit.

So is the box of a line opening with a character, not a mark, that starts up to MARK_REACH
characters left of its column where it reaches past the ends of lines of the column before (a
character read from the gutter's blank, measured on dev/page-136: two characters, 47-50 px,
across a 31-33 px gutter between two stories). Such boxes never show the edge to one another.

And so is the box of a line opening with a stray Latin letter (a speck in the blank before the
line read as a letter: ``i南命运共同体。`` on dev/page-136, boxed 47 px left of its column, the
lowest start of its column and so taken for its edge, every other line of the column then read
as indented) when three things show it stretched: its box is wider than its characters by
STRAY_SPARE of a character (the blank the speck stood in), it starts over a character left of
where the lines over and under it start together (none of them as near it), and its characters
but the letter fit from there. A line that really opens with a Latin letter starts at its
column's edge, and a short wrapped line in a column of indented one-line paragraphs has no
blank in its box.
"""

from __future__ import annotations

import statistics
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from itertools import chain, compress

import numpy as np

from desktop.core.ocr.model import Box, OcrPage
from desktop.core.reflow.arrays import matrix
from desktop.core.reflow.measures import median
from desktop.core.reflow.text import cells as ink_cells
from desktop.core.reflow.text import is_cjk
from desktop.core.reflow.windows import window_rows_by_width

#: Boxes overlapping by less than this many body characters are trimmed apart; a larger overlap
#: is a box run on across the gutter (cut in :mod:`gutters`) or lines of one column.
SLIVER = 1.0
#: A box set at most this much wider (per character cell) than the page's body pitch is running
#: text; headline type is set larger.
TEXT_PITCH = 1.25
#: A box at most this much taller than the page's median box is of body height.
BODY_HEIGHT = 1.25
#: Two boxes are on one row when their heights overlap by at least this share of the smaller.
SAME_ROW = 0.5
#: Lines of at least this many cells give the body pitch.
PITCH_CELLS = 8
#: How far up and down (in the box's heights) the lines that show its column's edge are sought.
ROWS = 3.0
#: How far (in body characters) past the other box a column edge may be.
EDGE = 2.0
#: A full line's box measures its column to within this many body characters either way (the
#: pitch is a median over the page's boxes): trimmed to its column's edge, a box may fall
#: this much short of its characters at that pitch.
MEASURED = 0.25
#: A box trimmed to its column's edge must still hold this share of its characters' cells at
#: the page's pitch (digits and marks are set narrower than a cell, by no one measure).
TRIM_FITS = 0.9


#: Boxes this close (px) meet: the blank between them shows no gutter.
MEET = 1.0
#: Boxes that meet are trimmed apart when one is wider than its characters by this many body
#: characters.
MEET_SPARE = 0.5


#: How far left of its column's edge (in body characters) a line opening with a mark may start
#: and be trimmed to it.
MARK_REACH = 2.5
#: How many lines of its column, over and under it, must start together to show that edge.
EDGE_LINES = 2


#: How much wider than its characters (in body characters) the box of a line opening with a
#: stray Latin letter must be to be trimmed: the blank the speck stood in.
STRAY_SPARE = 0.5

#: Marks of those categories that may open a phrase (ASCII quotes the OCR reads for CJK
#: ones, symbols).
_MAY_OPEN = frozenset("\"'#*@&§※·")


#: A box as plain numbers: x0, y0, x1, y1 (the loop below reads them for every pair of
#: boxes on a row; attribute and property access would be most of its time).
_Rect = tuple[float, float, float, float]


def line_cells(page: OcrPage) -> list[float]:
    """Each line's character cells (:func:`~desktop.core.reflow.text.cells`), for both passes:
    :func:`trim_mark_starts` changes boxes, never text, so the page it returns has the same."""
    return [ink_cells(ln.text) for ln in page.lines]


def _boxed(
    page: OcrPage, min_cells: float = 0.0, known: Sequence[float] | None = None
) -> list[tuple[int, _Rect, float]]:
    """The page's lines with a box of some size (and at least ``min_cells`` character cells):
    index, box as numbers, cells (``known``: each line's, from :func:`line_cells`)."""
    boxed: list[tuple[int, _Rect, float]] = []
    for i, ln in enumerate(page.lines):
        box = ln.box
        if box is None:
            continue
        # (Each coordinate read once: both passes start with this over every line.)
        rect = (box.x0, box.y0, box.x1, box.y1)
        if rect[2] <= rect[0] or rect[3] <= rect[1]:
            continue
        cells = ink_cells(ln.text) if known is None else known[i]
        if cells >= min_cells:
            boxed.append((i, rect, cells))
    return boxed


def _pitch(boxed: list[tuple[int, _Rect, float]], facts: _Facts | None = None) -> float | None:
    """The body pitch: the median box width per cell of the lines long enough to show it;
    None when too few are. (``facts``: ``boxed`` as arrays, when made: the same divisions.)"""
    if facts is None:
        sample = [(r[2] - r[0]) / cells for _, r, cells in boxed if cells >= PITCH_CELLS]
    else:
        long = facts.cells >= PITCH_CELLS
        rect = facts.rect[long]
        sample = ((rect[:, 2] - rect[:, 0]) / facts.cells[long]).tolist()
    return median(sample) if len(sample) >= 3 else None


def _with_boxes(page: OcrPage, trimmed: dict[int, _Rect]) -> OcrPage:
    """The page with the lines numbered in ``trimmed`` given those boxes; itself when none."""
    if not trimmed:
        return page
    # (The few trimmed lines replaced in a copy of the list, rather than every line looked up.)
    lines = list(page.lines)
    for n, rect in trimmed.items():
        lines[n] = replace(lines[n], box=Box(*rect))
    return replace(page, lines=tuple(lines))


def trim_overlaps(page: OcrPage, known_cells: Sequence[float] | None = None) -> OcrPage:
    """The page with every body box trimmed off the box of its row neighbour it reaches into by
    a sliver (see the module docstring); the same page when there is none. ``known_cells``: each
    line's :func:`line_cells`, when the caller has them."""
    boxed = _boxed(page, min_cells=2, known=known_cells)
    pitch = _pitch(boxed)
    if pitch is None:
        return page
    return _with_boxes(page, _overlaps_trimmed(page, boxed, _by_top(boxed), pitch))


def trim_boxes(page: OcrPage, known_cells: Sequence[float] | None = None) -> OcrPage:
    """``trim_overlaps(trim_mark_starts(page))``, the page's boxes read and measured once for
    both: the first trim moves a few lines' starts, which the second reads from the boxes it
    gave them (tops, heights and cells stay as they were, so the order by top does too).
    ``known_cells``: each line's :func:`line_cells`, when the caller has them."""
    boxed = _boxed(page, known=known_cells)
    # (The boxes' numbers and cells as arrays, in ``boxed``'s order, and the order by top:
    # the pitch, the medians and the lines each trim looks at are picked on them.)
    facts = _Facts.of(boxed)
    pitch = _pitch(boxed, facts)
    if pitch is None:
        # (Neither trims: the second's lines of PITCH_CELLS cells, the pitch's, are these.)
        return page
    # (Given the facts, neither trim reads the lines sorted by top as a list.)
    trimmed = _mark_starts_trimmed(page, boxed, [], pitch, facts)
    if trimmed:
        page = _with_boxes(page, trimmed)
        facts = facts.moved(boxed, trimmed)
        boxed = _moved(boxed, trimmed)
        pitch = _pitch(boxed, facts)
        if pitch is None:
            return page
    # (The second trim's lines: those of two cells or more.)
    two = facts.cells >= 2
    return _with_boxes(
        page,
        _overlaps_trimmed(
            page,
            list(compress(boxed, two.tolist())),
            [],
            pitch,
            facts.only(two),
        ),
    )


class _Facts:
    """The boxes of a list of boxed lines (:func:`_boxed`) as the rows of a matrix (``rect``:
    x0, y0, x1, y1), their cells (``cells``), and the order by top (``by_top``: places in the
    list, a stable sort, lines of one top in the list's order), for looks that pick lines on
    them at once."""

    __slots__ = ("by_top", "cells", "rect")

    def __init__(self, rect: np.ndarray, cells: np.ndarray, by_top: np.ndarray) -> None:
        self.rect, self.cells, self.by_top = rect, cells, by_top

    @classmethod
    def of(cls, boxed: list[tuple[int, _Rect, float]]) -> _Facts:
        rect = np.fromiter(
            chain.from_iterable(r for _, r, _ in boxed), dtype=float, count=4 * len(boxed)
        ).reshape(-1, 4)
        cells = np.fromiter((c for _, _, c in boxed), dtype=float, count=len(boxed))
        return cls(rect, cells, np.argsort(rect[:, 1], kind="stable"))

    def moved(self, boxed: list[tuple[int, _Rect, float]], trimmed: dict[int, _Rect]) -> _Facts:
        """The facts of :func:`_moved` ``(boxed, trimmed)`` (these are ``boxed``'s): the
        trimmed lines' rows given their boxes, those left with no width left out. (A trim
        moves a box's start, never its top: the order by top of the lines left stands.)"""
        rect = self.rect.copy()
        keep = np.ones(len(boxed), dtype=bool)
        for i, box in trimmed.items():
            k = _position(boxed, i, None)
            if box[0] < box[2] and box[1] < box[3]:
                rect[k] = box
            else:
                keep[k] = False
        return _Facts(rect, self.cells, self.by_top).only(keep)

    def only(self, keep: np.ndarray) -> _Facts:
        """The facts of the lines ``keep`` marks, in their order (and by top)."""
        place = np.cumsum(keep) - 1
        return _Facts(self.rect[keep], self.cells[keep], place[self.by_top[keep[self.by_top]]])

    def heights(self) -> list[float]:
        heights: list[float] = (self.rect[:, 3] - self.rect[:, 1]).tolist()
        return heights


def _by_top(boxed: list[tuple[int, _Rect, float]]) -> list[tuple[int, _Rect, float]]:
    """``boxed`` sorted by top (lines of one top in their order): any part of it taken in
    this order is that part sorted by top."""
    tops = [r[1] for _, r, _ in boxed]
    return [boxed[k] for k in sorted(range(len(boxed)), key=tops.__getitem__)]


def _moved(
    boxed: list[tuple[int, _Rect, float]], trimmed: dict[int, _Rect], by_top: bool = False
) -> list[tuple[int, _Rect, float]]:
    """``boxed`` (in its order: by line, or ``by_top``) with the lines numbered in ``trimmed``
    given those boxes, as :func:`_boxed` would read them off the trimmed page (a box left with
    no width is left out). A trim moves a box's start, never its top: each trimmed line is
    found where it stands by bisection, and the few replaced in a copy of the list."""
    out = list(boxed)
    gone: list[int] = []
    for i, rect in trimmed.items():
        k = _position(boxed, i, rect[1] if by_top else None)
        if rect[0] < rect[2] and rect[1] < rect[3]:
            out[k] = (i, rect, boxed[k][2])
        else:
            gone.append(k)
    for k in sorted(gone, reverse=True):
        del out[k]
    return out


def _position(boxed: list[tuple[int, _Rect, float]], i: int, top: float | None) -> int:
    """Where line ``i`` stands in ``boxed``: sorted by line when ``top`` is None, else by top
    (``i``'s), lines of one top in line order."""
    if top is None:
        return bisect_left(boxed, i, key=_line_of)
    k = bisect_left(boxed, top, key=_top_of)
    while boxed[k][0] != i:
        k += 1
    return k


def _line_of(t: tuple[int, _Rect, float]) -> int:
    return t[0]


def _top_of(t: tuple[int, _Rect, float]) -> float:
    return t[1][1]


def _row_neighbours(rects: list[_Rect] | np.ndarray, tops: list[float]) -> list[tuple[int, int]]:
    """The pairs (k, m), k < m, of ``rects`` (sorted by top, ``tops``) that
    :func:`trim_overlaps` looks at, in the order a scan from each box over the later ones
    meets them: ``m``'s top above ``k``'s foot (the scan stops at the first box under it),
    the two not apart by more than MEET (a trim only takes boxes further apart) and their
    rows overlapping by SAME_ROW of the lower box's height. Asked of all pairs at once, each
    box's later boxes down to its foot a row of a numpy matrix (:func:`window_rows_by_width`):
    most boxes of a row stand a gutter apart, and most of the boxes under a box's top stand
    in its column, rows under it. (``rects`` may be their matrix already.)"""
    if len(rects) < 2:
        return []
    rect = rects if isinstance(rects, np.ndarray) else matrix(rects, len(rects), 4)
    x0, y0, x1, y1 = (rect[:, n].copy() for n in range(4))
    lo = np.arange(1, len(rects) + 1)
    hi = np.maximum(np.searchsorted(np.array(tops, dtype=float), y1, side="left"), lo)
    pairs: list[tuple[int, int]] = []
    for rows, at, inside in window_rows_by_width(lo, hi, len(rects)):
        a0, a1, a2, a3 = (v[rows, None] for v in (x0, y0, x1, y1))
        b0, b1, b2, b3 = x0[at], y0[at], x1[at], y1[at]
        shared = np.minimum(a3, b3) - np.maximum(a1, b1)
        hit = (
            inside
            & ~((a2 < b0 - MEET) | (b2 < a0 - MEET))
            & ~(shared < SAME_ROW * np.minimum(a3 - a1, b3 - b1))
        )
        row_at, column_at = np.nonzero(hit)
        pairs.extend(zip(rows[row_at].tolist(), at[row_at, column_at].tolist(), strict=True))
    pairs.sort()
    return pairs


def _overlaps_trimmed(
    page: OcrPage,
    boxed: list[tuple[int, _Rect, float]],
    by_top: list[tuple[int, _Rect, float]],
    pitch: float,
    facts: _Facts | None = None,
) -> dict[int, _Rect]:
    """The boxes :func:`trim_overlaps` gives the lines it trims, by line: ``boxed`` its lines
    of two cells or more (:func:`_boxed`), ``by_top`` the same sorted by top, ``pitch`` their
    :func:`_pitch`; ``facts``: ``boxed`` as arrays, when made (the same median, and the same
    tests picking the text lines, on them; ``by_top`` is then not read)."""
    widest = TEXT_PITCH * pitch
    # (Or a box of body height wider than that by under a character: a short line's box
    # stretched over a gutter sets its few characters wide; a headline's box stands taller.)
    if facts is None:
        body = BODY_HEIGHT * median([r[3] - r[1] for _, r, _ in boxed])
        text = [
            (i, r, cells)
            for i, r, cells in by_top
            if r[2] - r[0] <= widest * cells
            or (r[3] - r[1] <= body and r[2] - r[0] - SLIVER * pitch <= widest * cells)
        ]
        tops = [r[1] for _, r, _ in text]
        rects = None
    else:
        body = BODY_HEIGHT * median(facts.heights())
        rect, cells = facts.rect, facts.cells
        w, h = rect[:, 2] - rect[:, 0], rect[:, 3] - rect[:, 1]
        fits = (w <= widest * cells) | ((h <= body) & (w - SLIVER * pitch <= widest * cells))
        picked = facts.by_top[fits[facts.by_top]]
        text = [boxed[k] for k in picked.tolist()]
        rects = rect[picked]
        tops = rects[:, 1].tolist()
    sliver = SLIVER * pitch
    edge = EDGE * pitch

    def around(r: _Rect) -> list[_Rect]:
        """The text boxes a few rows over and under ``r``."""
        h = r[3] - r[1]
        lo = bisect_left(tops, r[1] - ROWS * h)
        hi = bisect_right(tops, r[1] + ROWS * h)
        return [o for _, o, _ in text[lo:hi] if o is not r]

    trimmed: dict[int, _Rect] = {}
    # (Pairs of boxes on one row, not apart, in the order a scan of every later box down to
    # the first under a box's foot meets them: :func:`_row_neighbours`. A trim moves only
    # boxes it pairs, so the boxes as trimmed so far are read in that order.)
    for k, m in _row_neighbours([r for _, r, _ in text] if rects is None else rects, tops):
        i, a, ca = text[k]
        j, b, cb = text[m]
        a0, a2 = a[0], a[2]
        if a0 + a2 <= b[0] + b[2]:
            li, lb, lc, ri, rb, rc = i, a, ca, j, b, cb
        else:
            li, lb, lc, ri, rb, rc = j, b, cb, i, a, ca
        lb, rb = trimmed.get(li, lb), trimmed.get(ri, rb)
        overlap = lb[2] - rb[0]
        if overlap < -MEET or overlap >= sliver:
            continue
        # (Boxes that meet, no blank between them, are trimmed apart as well when one is
        # wider than its characters by half a character or more: no gutter is that narrow.)
        overlap = max(overlap, MEET_SPARE * pitch)
        spare_left = lb[2] - lb[0] - lc * pitch
        spare_right = rb[2] - rb[0] - rc * pitch
        # (A character both boxes hold, read twice where they overlap, is room neither
        # needs: :func:`_read_twice`.)
        if _read_twice(page.lines[li].text, page.lines[ri].text):
            spare_left, spare_right = spare_left + pitch, spare_right + pitch
        if spare_right >= overlap and spare_right >= spare_left:
            starts = [o[0] for o in around(rb) if lb[2] <= o[0] <= lb[2] + edge]
            # (Where no line shows it, a column gap clear of the other box: :func:`_clear_of`.)
            x0 = min(starts, default=_clear_of(lb[2], rb[2] - rc * pitch, pitch))
            if x0 - rb[0] <= spare_right + MEASURED * pitch or _fragment_first(
                page.lines[ri].text, rb, rc, x0, overlap, pitch
            ):
                trimmed[ri] = (x0, rb[1], rb[2], rb[3])
        elif spare_left >= overlap:
            ends = [o[2] for o in around(lb) if rb[0] - edge <= o[2] <= rb[0]]
            x1 = max(ends, default=-_clear_of(-rb[0], -(lb[0] + lc * pitch), pitch))
            if lb[2] - x1 <= spare_left + MEASURED * pitch:
                trimmed[li] = (lb[0], lb[1], x1, lb[3])
    return trimmed


def _clear_of(edge: float, fits: float, pitch: float) -> float:
    """Where a box trimmed back from its row neighbour's ``edge`` starts when no line over or
    under it shows its column's edge: a character (``pitch``) clear of ``edge``, but no
    further than its characters allow (``fits``: where they start set at the page's pitch
    from its other end, MEASURED of a character before it), and never short of ``edge``.
    (For an end, the same on the negated axis.) Trimmed only to meet the other box, the two
    touched: no gap stood between them, and the columns were read row by row across the
    gutter they hid (test10/page-08, read shrunk: a story's first row, its second column's
    box stretched back 64 px into the first's end)."""
    return max(edge, min(edge + pitch, fits - MEASURED * pitch))


def _read_twice(left: str, right: str) -> bool:
    """Whether the last character of a box's text (``left``) is the first of its row
    neighbour's over a sliver of overlap (``right``), a CJK character: the detector read the
    character where the two boxes overlap into both. Either box may then hold one character
    fewer than its text counts: the one reaching into the other's first or last character,
    trimmed back to its column's edge, still fits the rest (test20/page-07, read shrunk:
    ``…限制到中`` boxed 7 px into ``中国发展…``, its column's lines ending 52 px left of the
    overlap: fifteen characters did not fit there, fourteen do, and the row read across the
    gutter took the two columns row by row)."""
    a, b = left.rstrip(), right.lstrip()
    return bool(a) and bool(b) and a[-1] == b[0] and is_cjk(b[0])


#: How many of a line's heights over and under it :func:`_edge_under_indents` looks for its
#: column's edge (twice ROWS).
EDGE_ROWS = 2 * ROWS


def _edge_under_indents(
    page: OcrPage,
    text: list[tuple[int, _Rect]],
    tops: list[float],
    i: int,
    r: _Rect,
    edge: float,
    pitch: float,
) -> float | None:
    """Where a line opening with a mark (box ``r``) is trimmed to, given ``edge``, where the
    lines over and under it start together: those may both be paragraphs' first lines, their
    indent then taken for the column's edge (a paragraph of two lines, its second opening
    with a mark: probe12b, the box trimmed two characters right, the line then read as a
    paragraph of its own). The lines of its column a few rows further (EDGE_ROWS of its
    heights), not opening with a mark themselves, show the edge: none starting half a
    character or more left of ``edge``, ``edge`` stands; else the leftmost of them, or None
    (no trim) when that starts as far left as the line itself."""
    h = r[3] - r[1]
    lo = bisect_left(tops, r[1] - EDGE_ROWS * h)
    hi = bisect_right(tops, r[1] + EDGE_ROWS * h)
    lefts = [
        o[0]
        for j, o in text[lo:hi]
        if j != i
        and o[1] != r[1]
        and r[0] - pitch <= o[0] <= r[0] + MARK_REACH * pitch
        and o[0] < r[2]
        and not _opens_with_mark(page.lines[j].text)
    ]
    low = min(lefts, default=edge)
    if low > edge - pitch / 2:
        return edge
    return None if low <= r[0] + pitch / 4 else low


def _fragment_first(
    text: str, rb: _Rect, cells: float, x0: float, overlap: float, pitch: float
) -> bool:
    """Whether a box starting inside its left row neighbour's box (by ``overlap`` px, under a
    character) holds its characters but the first from ``x0`` (its column's edge), to within
    TRIM_FITS of them at ``pitch``: the detector ran it back over the gutter into the last
    glyph of the column before and read the part of that glyph it took in as a character of
    its own (``目民族复兴伟业。`` after ``…克服内部困``). That character's ink is not in the
    line's column: trimmed to its column's edge, the box need not hold it. (A short line, a
    paragraph's last, with a stop in half a cell: the quarter character a full line's box is
    measured to is too close there.)"""
    text = text.strip()
    if overlap <= 0 or len(text) < 2 or unicodedata.category(text[0]) != "Lo":
        return False  # (a mark opening the line is its own: see trim_mark_starts)
    own = cells - ink_cells(text[:1])
    return rb[2] - x0 >= own * pitch * TRIM_FITS


def _reaching_back(text: list[tuple[int, _Rect]], tops: list[float], pitch: float) -> set[int]:
    """The lines of ``text`` (by top, ``tops``) whose box reaches into a line of the column
    before: a line a few rows over or under it (ROWS of its heights) starts over a character
    left of its start and ends past it, by at most MARK_REACH characters
    (:func:`_reaching_back_at`)."""
    if not text:
        return set()
    return {text[k][0] for k in _reaching_back_at(_rects(text), tops, pitch)}


def _rects(text: list[tuple[int, _Rect]]) -> np.ndarray:
    """The boxes of ``text`` as the rows of a matrix (x0, y0, x1, y1)."""
    return np.fromiter(
        chain.from_iterable(r for _, r in text), dtype=float, count=4 * len(text)
    ).reshape(-1, 4)


def _reaching_back_at(rect: np.ndarray, tops: list[float], pitch: float) -> list[int]:
    """:func:`_reaching_back` of the boxes ``rect`` (by top, ``tops``), as their places. All
    lines at once: each one's window a row of a numpy matrix, the same comparisons, lines of
    like window widths together (:func:`window_rows_by_width`). (A box is never a character
    left of itself, so the line itself needs no test.)"""
    # (Starts and ends as arrays of their own: gathered by a window's indexes, a contiguous
    # array reads faster than a column of the matrix.)
    x0, x1 = rect[:, 0].copy(), rect[:, 2].copy()
    top, height = rect[:, 1], rect[:, 3] - rect[:, 1]
    at_top = np.array(tops, dtype=float)
    lo = np.searchsorted(at_top, top - ROWS * height, side="left")
    hi = np.searchsorted(at_top, top + ROWS * height, side="right")
    before, reach = x0 - pitch, x0 + MARK_REACH * pitch
    found: list[int] = []
    for rows, at, inside in window_rows_by_width(lo, hi, len(rect)):
        end = x1[at]
        hit = (
            inside
            & (x0[at] < before[rows, None])
            & (x0[rows, None] < end)
            & (end <= reach[rows, None])
        )
        found.extend(rows[hit.any(axis=1)].tolist())
    return found


def _opens_with_mark(text: str) -> bool:
    """Whether a line opens with a mark that never starts a phrase: a stop, comma or colon, a
    closing bracket or quote (not an opening one, which a title or a deck may open with)."""
    text = text.strip()
    return (
        len(text) >= 2
        and unicodedata.category(text[0]) in ("Po", "Pe", "Pf")
        and text[0] not in _MAY_OPEN
    )


def _opens_with_stray_letter(text: str) -> bool:
    """Whether a line opens with one Latin letter set against a CJK character (``i南…``): a
    speck read as a letter, not a word or an abbreviation (``iPhone``, ``GDP``) set in Latin."""
    text = text.strip()
    return (
        len(text) >= 2
        and text[0].isascii()
        and text[0].isalpha()
        and unicodedata.east_asian_width(text[1]) == "W"
    )


def trim_mark_starts(page: OcrPage, known_cells: Sequence[float] | None = None) -> OcrPage:
    """The page with the box of every body line opening with a mark, or reaching into lines
    of the column before, trimmed to its column's left edge, where it starts left of it (see
    the module docstring); the same page when none does. ``known_cells``: each line's
    :func:`line_cells`, when the caller has them."""
    boxed = _boxed(page, known=known_cells)
    pitch = _pitch(boxed)
    if pitch is None:
        return page
    return _with_boxes(page, _mark_starts_trimmed(page, boxed, _by_top(boxed), pitch))


def _mark_starts_trimmed(
    page: OcrPage,
    boxed: list[tuple[int, _Rect, float]],
    by_top: list[tuple[int, _Rect, float]],
    pitch: float,
    facts: _Facts | None = None,
) -> dict[int, _Rect]:
    """The boxes :func:`trim_mark_starts` gives the lines it trims, by line: ``boxed`` the
    page's boxed lines (:func:`_boxed`), ``by_top`` the same sorted by top, ``pitch`` their
    :func:`_pitch`; ``facts``: ``boxed`` as arrays, when made (the same median, and the same
    test picking the lines of body height, on them; ``by_top`` is then not read)."""
    if facts is None:
        body = BODY_HEIGHT * median([r[3] - r[1] for _, r, _ in boxed])
        text = [(i, r) for i, r, _ in by_top if r[3] - r[1] <= body]
        tops = [r[1] for _, r in text]
    else:
        heights = facts.rect[:, 3] - facts.rect[:, 1]
        body = BODY_HEIGHT * median(heights.tolist())
        picked = facts.by_top[heights[facts.by_top] <= body]
        text = [(boxed[k][0], boxed[k][1]) for k in picked.tolist()]
        tops = facts.rect[picked, 1].tolist()
    ink = {i: c for i, _, c in boxed}
    if not text:
        return {}
    # The boxes that reach into a line of the column before: one starting over a character
    # left of their start and ending past it, by no more than a line stretched may reach.
    # (Their places, and the boxes as a matrix, kept for :func:`_lowest_column_starts`.)
    rect = _rects(text) if facts is None else facts.rect[picked]
    reaching_at = _reaching_back_at(rect, tops, pitch)
    across = {text[k][0] for k in reaching_at}
    reaching = np.zeros(len(text), dtype=bool)
    reaching[reaching_at] = True
    lines = page.lines
    # The lines that may be trimmed: opening with a mark or a stray letter, or reaching back.
    maybe: list[tuple[int, int, _Rect, bool, bool]] = []
    for k, (i, r) in enumerate(text):
        # (A line opening with a CJK ideograph, most lines, opens with neither a mark nor a
        # Latin letter: told without the two calls.)
        if "\u4e00" <= lines[i].text.lstrip()[:1] <= "\u9fff" and i not in across:
            continue
        mark = _opens_with_mark(lines[i].text)
        # (A stray letter: the box holds the blank the speck stood in, besides its characters.)
        stray = (
            not mark
            and i not in across
            and _opens_with_stray_letter(lines[i].text)
            and r[2] - r[0] - ink[i] * pitch >= STRAY_SPARE * pitch
        )
        if not mark and not stray and i not in across:
            continue  # no mark, and it reaches no line of the column before: not stretched
        maybe.append((k, i, r, mark, stray))
    lowest = _lowest_column_starts(rect, reaching, tops, maybe, pitch)
    trimmed: dict[int, _Rect] = {}
    for (_, i, r, mark, stray), low in zip(maybe, lowest, strict=True):
        # (The lowest start of its column's lines, :func:`_column_starts`, asked first, of
        # all the lines at once: most lines have a line of their column starting as far left,
        # and their starts need no sort.)
        if low is None or low <= r[0] + pitch / 4:
            continue  # a line of its column starts as far left: that is the column's edge
        if stray and low <= r[0] + pitch:
            continue  # a stray letter's box stands alone over a character left, or is not trimmed
        starts = _column_starts(text, tops, across, i, r, mark or stray, pitch)
        together = [x for x in starts if x - starts[0] <= pitch / 4]
        if len(together) < EDGE_LINES:
            continue
        edge = statistics.median(together)
        if mark:
            shown = _edge_under_indents(page, text, tops, i, r, edge, pitch)
            if shown is None:
                continue
            edge = shown
        # (A mark's ink: the left half of a cell.)
        # (The stray letter: no ink of a character.)
        cells = ink[i]
        cells -= 0.5 if mark else ink_cells(lines[i].text.strip()[:1]) if stray else 0.0
        if r[2] - edge >= cells * pitch * TRIM_FITS:
            trimmed[i] = (edge, r[1], r[2], r[3])
    return trimmed


def _column_starts(
    text: list[tuple[int, _Rect]],
    tops: list[float],
    across: set[int],
    i: int,
    r: _Rect,
    any_line: bool,
    pitch: float,
) -> list[float]:
    """The starts, sorted, of the lines of ``text`` (by top, ``tops``) in the column of line
    ``i`` (box ``r``) over and under it (ROWS of its heights): starting past its start by
    less than MARK_REACH characters or at most a character before it (a line of the column
    before starts a column's width to the left), not on its top, and (unless ``any_line``:
    it opens with a mark or a stray letter) not reaching back themselves (``across``)."""
    h = r[3] - r[1]
    lo = bisect_left(tops, r[1] - ROWS * h)
    hi = bisect_right(tops, r[1] + ROWS * h)
    return sorted(
        o[0]
        for j, o in text[lo:hi]
        if j != i
        and (any_line or j not in across)
        and o[1] != r[1]
        and r[0] - pitch <= o[0] <= r[0] + MARK_REACH * pitch
        and o[0] < r[2]
    )


def _lowest_column_starts(
    rect: np.ndarray,
    reaching: np.ndarray,
    tops: list[float],
    maybe: list[tuple[int, int, _Rect, bool, bool]],
    pitch: float,
) -> list[float | None]:
    """The first of :func:`_column_starts` of each line of ``maybe`` (its place among the
    text boxes ``rect``, by top, ``tops``; its number, box, and whether it opens with a mark
    or a stray letter), None where there is none (``reaching``: the boxes reaching back, by
    place): all at once, each line's window a row of a numpy matrix
    (:func:`window_rows_by_width`), the same comparisons on the same numbers."""
    if not maybe:
        return []
    x0, top = rect[:, 0].copy(), rect[:, 1].copy()
    place = np.array([k for k, _, _, _, _ in maybe], dtype=np.intp)
    # (The bounds as :func:`_column_starts` works them out, in Python floats.)
    lo = np.array([bisect_left(tops, r[1] - ROWS * (r[3] - r[1])) for _, _, r, _, _ in maybe])
    hi = np.array([bisect_right(tops, r[1] + ROWS * (r[3] - r[1])) for _, _, r, _, _ in maybe])
    low = np.array([r[0] - pitch for _, _, r, _, _ in maybe], dtype=float)
    high = np.array([r[0] + MARK_REACH * pitch for _, _, r, _, _ in maybe], dtype=float)
    own_top = np.array([r[1] for _, _, r, _, _ in maybe], dtype=float)
    end = np.array([r[2] for _, _, r, _, _ in maybe], dtype=float)
    any_line = np.array([mark or stray for _, _, _, mark, stray in maybe], dtype=bool)
    out: list[float | None] = [None] * len(maybe)
    for rows, at, inside in window_rows_by_width(lo, hi, len(rect)):
        start = x0[at]
        hit = (
            inside
            & (at != place[rows, None])
            & (any_line[rows, None] | ~reaching[at])
            & (top[at] != own_top[rows, None])
            & (low[rows, None] <= start)
            & (start <= high[rows, None])
            & (start < end[rows, None])
        )
        first = np.where(hit, start, np.inf).min(axis=1)
        for n, found, value in zip(
            rows.tolist(), hit.any(axis=1).tolist(), first.tolist(), strict=True
        ):
            if found:
                out[n] = value
    return out
