"""The page's column grid: where its columns' lines start and end, and what it says near a box.

A text detector stretches body boxes over blank paper, into the gutter beside them and now and
then across it; where it did so for the boxes of neighbouring columns from both sides, row after
row (boxes overlap), no neighbour of a run-on box leaves the gutter clear. The page's column grid
still shows it: its body lines' starts cluster at the column lefts and their ends at the column
rights, however many boxes were stretched (those scatter). :func:`column_grid` finds those
gutters over the page; :func:`grid_here` and :func:`grid_gaps` tell whether the lines near a box
show one of them there (a gutter of another band, or a wide column's end inside it, does not
count); :func:`trim_to_grid` trims a body line whose box starts or ends inside a gutter the lines
near it show back to that gutter; :func:`gutters_from_column` and :func:`first_start` (the page's
left margin) tell whether a box starting where a column starts runs on across gutters.

Used by :mod:`gutters`, which cuts run-on boxes at the gutters this grid (or the clear gaps
between neighbours) shows.
"""

from __future__ import annotations

import statistics
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from operator import itemgetter

import numpy as np
from numpy.typing import NDArray

from desktop.core.ocr.model import Box, OcrLine
from desktop.core.reflow.text import cells as ink_cells

#: How far up and down (in body line heights) the neighbours that show a gutter are sought.
WINDOW = 8.0
#: How far (centre to centre, in body line heights) a line of the same column may be for a
#: run-on box to count as running text: a row or two away (a dropped line in between).
RUNNING = 3.0
#: A trimmed box must still hold this much of its characters' width (punctuation and Latin
#: letters are set narrower than a cell).
FITS = 0.7
#: Neighbours needed on each side of a gap, and at most this many crossing it.
SIDE = 3
#: A paragraph's indent, in characters: a run-on box over columns may hold one blank indent
#: after each gutter it crosses.
INDENT = 2.0
#: A run-on line's characters (gutters left out) are set at most this much wider than the
#: body's; a deck's type is larger.
BODY_PITCH = 1.07
#: A box grown over a gutter and the next column's indent holds its characters before the
#: gutter at this share of the body's pitch or more (a box measures its line to a quarter
#: character).
INDENT_FITS = 0.95
#: How many characters short of a grid gutter drawn by another band a column's lines may end
#: (digits set narrower than a cell) and still show it beside a run-on box with lines starting
#: right at its start.
DIGITS_SHORT = 2.0
#: Lines near a box that must end by a grid gutter, and start from it, for it to be cut there.
GRID_SIDE = 2
#: A box may start this many body characters before a grid gutter and still be trimmed to
#: the column past it, when its characters fit there (the detector stretched it back over
#: the last characters of its row neighbour, whose box it cut short: 1.6-1.9 characters on
#: dev/page-160, 76-87 px in all; as far as a mark line's box reaches, overlaps.MARK_REACH).
STRETCHED = 2.5
#: The column grid is drawn band by band (:class:`BandGrids`): bands this many body line
#: heights tall, each from the lines within BAND_REACH heights of it.
BAND = 60.0
BAND_REACH = 60.0


class BandGrids:
    """The page's column grid (:func:`column_grid`) band by band: a band of BAND body line
    heights takes the grid of the lines whose centres lie within BAND_REACH heights of it.
    A page's stories run in bands of their own column widths; a grid of the whole of a big
    page holds every band's gutters, and each line would be asked about them all (and cut
    at gutters of stories far away). A page up to BAND + BAND_REACH heights tall (a
    broadsheet's 80-120 body lines) has one grid, as before. Each band's grid is drawn when
    first asked, from the lines given."""

    def __init__(
        self, lines: Sequence[tuple[float, float, float]], height: float, pitch: float
    ) -> None:
        self._lines = sorted(lines)
        # (Each column read by itemgetter, in C: a grid is drawn of some 10,000 lines.)
        self._centres = list(map(itemgetter(0), self._lines))
        self._top = self._centres[0] if self._centres else 0.0
        self._band = BAND * height
        self._last = self._index(self._centres[-1]) if self._centres else 0
        self._height, self._pitch = height, pitch
        self._grids: dict[int, list[tuple[float, float]]] = {}
        self._at: dict[float, list[tuple[float, float]]] = {}
        # (Each band's lines' starts and ends as arrays, sliced for its grid's clusters
        # (:func:`_peaks_of`), when all are floats, as a detector's boxes are read: a value
        # given as an int is placed as given, as :func:`column_grid` has it.) (The types of
        # the starts and of the ends gathered as sets, in C.)
        starts = list(map(itemgetter(1), self._lines))
        ends = list(map(itemgetter(2), self._lines))
        self._arrays = (
            (np.array(starts, dtype=float), np.array(ends, dtype=float))
            if set(map(type, starts)) <= {float} and set(map(type, ends)) <= {float}
            else None
        )

    def _index(self, cy: float) -> int:
        return int((cy - self._top) // self._band)

    @property
    def last(self) -> int:
        """The last band's index: the bands are 0 to it (:meth:`band`)."""
        return self._last

    def window(self, cy: float) -> tuple[float, float]:
        """The centres whose lines draw the grid at ``cy``: from, up to."""
        # (The band's index worked out inline, as in :meth:`at`.)
        k = int((cy - self._top) // self._band)
        if k < 0:
            k = 0
        elif k > self._last:
            k = self._last
        return self._span(k)

    def _span(self, k: int) -> tuple[float, float]:
        """The centres whose lines draw band ``k``'s grid: from, up to."""
        reach = BAND_REACH * self._height
        return self._top + k * self._band - reach, self._top + (k + 1) * self._band + reach

    def at(self, cy: float) -> list[tuple[float, float]]:
        """The column grid at ``cy`` (a line's centre), (end, start) gutters left to right."""
        # (Kept by centre: every look asks this of every line it reads, some 36,000 times on
        # a 10k page, a line's centre again and again.)
        grid = self._at.get(cy)
        if grid is None:
            grid = self._at[cy] = self._band_at(cy)
        return grid

    def _band_at(self, cy: float) -> list[tuple[float, float]]:
        """:meth:`at`, the band sought."""
        # (The band's index as :meth:`_index` has it, clamped to the bands drawn, inline.)
        k = int((cy - self._top) // self._band)
        if k < 0:
            k = 0
        elif k > self._last:
            k = self._last
        return self.band(k)

    def bands_of(self, cys: NDArray[np.float64]) -> NDArray[np.intp]:
        """The band :meth:`at` takes the grid of for each centre of ``cys``, all at once (by
        :meth:`band`). (numpy's floor division of floats is Python's, to the bit: the same
        remainder, its sign, then the floor.)"""
        return np.clip(np.floor_divide(cys - self._top, self._band), 0, self._last).astype(np.intp)

    def band(self, k: int) -> list[tuple[float, float]]:
        """The column grid of band ``k`` (from 0 to the last band drawn): :meth:`at`'s for a
        centre in that band."""
        grid = self._grids.get(k)
        if grid is None:
            if self._arrays is not None:
                # (Every band's grid drawn at once, when the first is asked: a big page's
                # looks ask them all, and one band's clusters cost mostly numpy's calls.)
                self._draw_all()
                return self._grids[k]
            lo, hi = self._span(k)
            lo_k, hi_k = bisect_left(self._centres, lo), bisect_left(self._centres, hi)
            grid = column_grid(
                [(a, b) for _, a, b in self._lines[lo_k:hi_k]], self._height, self._pitch
            )
            self._grids[k] = grid
        return grid

    def _draw_all(self) -> None:
        """Every band's grid from the lines' starts and ends as arrays (:func:`_peaks_of_many`:
        each band's clusters as :func:`_peaks_of` finds them)."""
        assert self._arrays is not None
        starts, ends = self._arrays
        spans = []
        for k in range(self._last + 1):
            lo, hi = self._span(k)
            spans.append((bisect_left(self._centres, lo), bisect_left(self._centres, hi)))
        ends_of = _peaks_of_many([ends[lo:hi] for lo, hi in spans], self._pitch)
        starts_of = _peaks_of_many([starts[lo:hi] for lo, hi in spans], self._pitch)
        for k, (end_peaks, start_peaks) in enumerate(zip(ends_of, starts_of, strict=True)):
            self._grids[k] = _gutters(end_peaks, start_peaks, self._height)


def first_start(starts: Sequence[float] | np.ndarray, pitch: float) -> float | None:
    """The page's left margin: the leftmost place where at least 2 * SIDE lines start within
    a third of a character (a stretched box's start alone does not move it).

    (Each start's reach counted for all at once, as bisect counts it (the starts up to it
    plus a third of a character, the same sum), on the starts sorted as an array, stably as
    sorted() sorts; the median of the first full one's starts as Python floats.)"""
    xs = np.sort(np.asarray(starts, dtype=float), kind="stable")
    his = xs.searchsorted(xs + pitch / 3, side="right")
    full = np.flatnonzero(his - np.arange(len(xs)) >= 2 * SIDE)
    if not len(full):
        return None
    k = int(full[0])
    cluster: list[float] = xs[k : his[k]].tolist()
    return statistics.median(cluster)


def column_grid(
    lines: Sequence[tuple[float, float]], height: float, pitch: float
) -> list[tuple[float, float]]:
    """The page's column gutters, (end, start), from where its body lines (left, right) start
    and end: starts cluster at the column lefts and ends at the column rights, however many
    boxes the detector stretched (those scatter). A gutter is a cluster of ends followed,
    0.4-4 line heights on, by a cluster of starts (the fullest such cluster of ends after the
    start before); a cluster is at least 2 * SIDE lines within a third of a character, placed
    at its median."""
    ends = _peaks(sorted([b for _, b in lines]), pitch)
    starts = _peaks(sorted([a for a, _ in lines]), pitch)
    return _gutters(ends, starts, height)


def _peaks(xs: list[float], pitch: float) -> list[tuple[float, int]]:
    """The clusters of ``xs`` (sorted) for :func:`column_grid`: (median, lines) left to right."""
    found: list[tuple[float, int]] = []
    if not xs:
        return found
    # (A value repeating the one before finds the same cluster, which changes nothing:
    # skipped. Detectors give whole pixels, and a column's lines start at one.)
    # (Each value's cluster is counted for all values at once, in C, as bisect counts it:
    # only the values with a cluster are gone through.)
    ordered = np.array(xs, dtype=float)
    distinct = ordered[np.r_[True, ordered[1:] != ordered[:-1]]]
    los = np.searchsorted(ordered, distinct - pitch / 3, side="left")
    his = np.searchsorted(ordered, distinct + pitch / 3, side="right")
    full = np.nonzero(his - los >= 2 * SIDE)[0]
    for lo, hi in zip(los[full].tolist(), his[full].tolist(), strict=True):
        # (The median of a slice of sorted values: its middle, no sort needed.)
        mid = (lo + hi) // 2
        m = xs[mid] if (hi - lo) % 2 else (xs[mid - 1] + xs[mid]) / 2
        if not found or m - found[-1][0] > pitch / 2:
            found.append((m, hi - lo))
        elif hi - lo > found[-1][1]:
            found[-1] = (m, hi - lo)
    return found


def _peaks_of(values: np.ndarray, pitch: float) -> list[tuple[float, int]]:
    """:func:`_peaks` of ``values`` (floats, in any order) sorted, the clusters' medians
    worked out for all of them at once: the same middle values (or means of the two middle
    ones, added and halved as floats are), so the same answers (:func:`_peaks_of_many`)."""
    return _peaks_of_many([values], pitch)[0]


def _peaks_of_many(arrays: Sequence[np.ndarray], pitch: float) -> list[list[tuple[float, int]]]:
    """:func:`_peaks_of` of each of ``arrays``, all at once: each sorted and its clusters
    counted (by bisect, in C) on its own, their medians worked out for all of them together.
    (Each band's grid is drawn from some three bands' lines: on a big page this is most of
    what a grid costs, and most of that was numpy's calls, some thirty an array.)"""
    found: list[list[tuple[float, int]]] = [[] for _ in arrays]
    taken = [(w, np.sort(values)) for w, values in enumerate(arrays) if len(values)]
    if not taken:
        return found
    ordered = np.concatenate([part for _, part in taken])
    sizes = np.array([len(part) for _, part in taken])
    offsets = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    # (Each array's distinct values: a value repeating the one before finds the same
    # cluster, which changes nothing. Each array's first value is its own.)
    first = np.ones(len(ordered), dtype=bool)
    first[1:] = ordered[1:] != ordered[:-1]
    first[offsets] = True
    distinct = ordered[first]
    counts = np.add.reduceat(first, offsets, dtype=np.int64)
    lows, highs = distinct - pitch / 3, distinct + pitch / 3
    at = 0
    los_of, his_of = [], []
    # (By the arrays' own method: np.searchsorted's dispatch cost as much as the search on
    # a band's few hundred values, twice for each of some 90 bands a grid.)
    for (_, part), n in zip(taken, counts.tolist(), strict=True):
        los_of.append(part.searchsorted(lows[at : at + n], side="left"))
        his_of.append(part.searchsorted(highs[at : at + n], side="right"))
        at += n
    shift = np.repeat(offsets, counts)
    los = np.concatenate(los_of) + shift
    his = np.concatenate(his_of) + shift
    owner = np.repeat(np.array([w for w, _ in taken]), counts)
    full = his - los >= 2 * SIDE
    lo, hi, owner = los[full], his[full], owner[full]
    # (A value whose cluster is the one of the value before (the same lines: no value entered
    # or left it) finds the same median and count, which changes nothing: skipped. On a
    # generated page's whole-pixel columns most values are such. A cluster of one array is
    # never taken for the one of the array before: each lies in its own stretch of the run.)
    new = np.ones(len(lo), dtype=bool)
    new[1:] = (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
    lo, hi, owner = lo[new], hi[new], owner[new]
    mid = (lo + hi) // 2
    medians = np.where((hi - lo) % 2 == 1, ordered[mid], (ordered[mid - 1] + ordered[mid]) / 2)
    half = pitch / 2
    # (The peak kept last held in locals, put in its array's list once the next starts: each
    # array's clusters come one after another, the first of each starting its first peak.)
    peaks: list[tuple[float, int]] = []
    last, at_m, at_n = -1, 0.0, 0
    for m, n, w in zip(medians.tolist(), (hi - lo).tolist(), owner.tolist(), strict=True):
        if w != last:
            if last >= 0:
                peaks.append((at_m, at_n))
            peaks, last, at_m, at_n = found[w], w, m, n
        elif m - at_m > half:
            peaks.append((at_m, at_n))
            at_m, at_n = m, n
        elif n > at_n:
            at_m, at_n = m, n
    if last >= 0:
        peaks.append((at_m, at_n))
    return found


def _gutters(
    ends: list[tuple[float, int]], starts: list[tuple[float, int]], height: float
) -> list[tuple[float, float]]:
    """The gutters of :func:`column_grid` from its clusters of ends and of starts."""
    grid = []
    # (The ends in place order: those that could bound a gutter are a slice of them.)
    places = [e for e, _ in ends]
    counts = [n for _, n in ends]
    # (The bounds' distances worked out once, as each bound worked them out.)
    far, close = 4 * height, 0.4 * height
    before = float("-inf")
    for s, _ in starts:
        # The column's end most lines share, of those that could bound this gutter: boxes
        # stretched alike into the gutter may cluster too, though fewer. (The fullest, the
        # last of the fullest: an array's peaks stand in place order, each past the one
        # before.)
        lo = bisect_right(places, max(before, s - far))
        hi = bisect_right(places, s - close)
        if hi - lo == 1:
            grid.append((places[lo], s))
        elif hi > lo:
            grid.append((places[max(zip(counts[lo:hi], range(lo, hi), strict=True))[1]], s))
        before = s
    return grid


def gutters_from_column(grid: Sequence[tuple[float, float]], box: Box, pitch: float) -> float:
    """How wide together the grid gutters are that ``box`` crosses by a character or more on
    both sides, when it starts where a grid column starts (or a paragraph's indent in); 0
    when it starts elsewhere."""
    # (Plain loops, the bounds worked out once: asked of every body line crossing a gutter.)
    x0, before, after = box.x0, pitch / 4, (INDENT + 0.5) * pitch
    for _, s in grid:
        if s - before <= x0 <= s + after:
            break
    else:
        return 0.0
    start, end = x0 + pitch, box.x1 - pitch
    return sum([s - e for e, s in grid if start <= e and s <= end])


def crossing_reach(grid: Sequence[tuple[float, float]]) -> tuple[list[float], list[float]]:
    """The gutters of ``grid`` for :func:`crosses`: their ends in order and, from each on,
    the least start among it and those after it."""
    ordered = sorted(grid)
    least: list[float] = []
    low = float("inf")
    for _, s in reversed(ordered):
        low = min(low, s)
        least.append(low)
    least.reverse()
    return [e for e, _ in ordered], least


def crosses(reach: tuple[list[float], list[float]], box: Box, pitch: float) -> bool:
    """Whether ``box`` crosses a gutter (e, s) of the grid (``reach`` from
    :func:`crossing_reach`) by a character or more on both sides, as
    :func:`gutters_from_column` asks: box.x0 + pitch <= e and s <= box.x1 - pitch. False:
    that sum is of no gutter, 0."""
    ends, least = reach
    k = bisect_left(ends, box.x0 + pitch)
    return k < len(ends) and least[k] <= box.x1 - pitch


def grid_gaps(
    near: list[tuple[float, float]],
    grid: Sequence[tuple[float, float]],
    x0: float,
    x1: float,
    pitch: float,
) -> list[tuple[float, float]]:
    """The page's grid gutters (:func:`column_grid`) a box over [x0, x1] crosses by a
    character or more on both sides, where the lines ``near`` it show that column edge too:
    at least SIDE of them end by the gutter and SIDE start from it (their boxes may reach into
    it, or across it, as the detector stretched them: no clear gap need be left)."""
    found = []
    # (The lines' starts and ends sorted once for all the gutters the box crosses.)
    ordered: tuple[list[float], list[float]] | None = None
    for e, s in grid:
        if x0 + pitch <= e and s <= x1 - pitch:
            if ordered is None:
                ordered = sorted(map(itemgetter(0), near)), sorted(map(itemgetter(1), near))
            if grid_here(near, e, s, pitch, inside=True, ordered=ordered):
                found.append((e, s))
    return joined_gutters(found, pitch)


def joined_gutters(gaps: list[tuple[float, float]], pitch: float) -> list[tuple[float, float]]:
    """The gutters ``gaps`` (sorted, left to right) with those that meet or leave less than a
    character's room between them made one: a column no character fits is no column.

    The page's grid draws one gutter as two when a band's boxes start or end inside it (a
    run-on box's part cut a character late, a stray mark boxed in the blank): two grid
    gutters meeting at that edge. A box crossing them both then has a part between them of
    no width, shown by no line over or under it, and is left whole, hiding its story's
    gutter from the columns' look (a story of two wide columns read row by row)."""
    if len(gaps) < 2:
        return gaps
    joined = [gaps[0]]
    for e, s in gaps[1:]:
        last_e, last_s = joined[-1]
        if e - last_s < pitch:
            joined[-1] = (last_e, max(last_s, s))
        else:
            joined.append((e, s))
    return joined


def grid_here(
    near: Sequence[tuple[float, float]],
    e: float,
    s: float,
    pitch: float,
    inside: bool = False,
    ordered: tuple[list[float], list[float]] | None = None,
) -> bool:
    """Whether the lines ``near`` a box (left, right) show the grid gutter (e, s) there: at
    least GRID_SIDE of them end at its left and GRID_SIDE start at its right (a column's
    edge of another band, or a wide column's end inside it, does not count).

    The grid's gutter may be another band's, drawn from narrower columns whose ends stand
    left of this band's (a wide column's print edge inside that gutter): when GRID_SIDE of the
    lines near start right at its start, a column edge is there, and a line ending anywhere in
    the gutter (or just past its start: a box the detector ran on over the edge) ends by it,
    and so does one ending up to two characters short of it (to cut, not to trim: a column
    whose full lines hold digits, narrower than a cell, ends short of the other band's edge).
    Without ``inside`` (to trim a line to the gutter, not to cut a run-on box there) only
    while those ends scatter, as stretched boxes' do: GRID_SIDE of them ending together
    inside the gutter are this band's print edge, and its lines must keep it (trimmed short
    of their column's end, full lines would read as paragraphs' last lines).

    (``ordered``: the starts and the ends of ``near``, each sorted, when the caller has them.)
    """
    # (Counted by bisect in the lines' starts and ends in order, each bound compared as the
    # lines were one by one: a look at a wide line asks this of every gutter it crosses.)
    if ordered is None:
        lefts = sorted(map(itemgetter(0), near))
        rights = sorted(map(itemgetter(1), near))
    else:
        lefts, rights = ordered
    quarter = pitch / 4
    # (A start within a quarter character of the gutter's start: those within a pixel more
    # of it, asked as before.)
    close = lefts[bisect_left(lefts, s - quarter - 1) : bisect_right(lefts, s + quarter + 1)]
    tight = sum(1 for a in close if abs(a - s) <= pitch / 4)
    reach = s + pitch / 4 if tight >= GRID_SIDE else e + pitch / 4
    if not inside:
        # To trim, only boxes stretched into the gutter, whose ends scatter: GRID_SIDE lines
        # ending together inside it are a column's print edge of this band, which the trim
        # must not move.
        inner = rights[bisect_right(rights, e + pitch / 4) : bisect_right(rights, reach)]
        if any(
            inner[k + GRID_SIDE - 1] - inner[k] <= pitch / 4
            for k in range(len(inner) - GRID_SIDE + 1)
        ):
            reach = e + pitch / 4
    low = e - DIGITS_SHORT * pitch if inside and tight >= GRID_SIDE else e - pitch
    ends = bisect_right(rights, reach) - bisect_left(rights, low)
    starts = bisect_right(lefts, s + 2 * pitch) - bisect_left(lefts, s - pitch / 4)
    return ends >= GRID_SIDE and starts >= GRID_SIDE


def print_edge(
    ordered: tuple[list[float], list[float]], e: float, s: float, pitch: float
) -> float | None:
    """Where this band's column ends inside the grid gutter (e, s), the grid drawn from
    another band's narrower columns: SIDE lines or more (their starts and ends
    ``ordered``, each sorted) ending together (within a quarter character) past a quarter
    character into the gutter, the rightmost such (its full lines: two short ones may end
    together by chance), while GRID_SIDE start right at its start (the next column's edge).
    A column's edge is where its lines end together; a box ending a character or more past
    it, inside the gutter, was stretched over blank paper (and hides the gutter from the
    layout); within a character, a box's end scatters with its last characters (marks,
    digits), and the ends of parts a cut set at a gutter count among the lines too. None
    where no such edge shows."""
    lefts, rights = ordered
    quarter = pitch / 4
    tight = bisect_right(lefts, s + quarter) - bisect_left(lefts, s - quarter)
    if tight < GRID_SIDE:
        return None
    inner = rights[bisect_right(rights, e + quarter) : bisect_left(rights, s)]
    for k in range(len(inner) - SIDE, -1, -1):
        if inner[k + SIDE - 1] - inner[k] <= quarter:
            return statistics.median(inner[k : k + SIDE])
    return None


def _past_print_edge(
    near: Sequence[tuple[float, float]], e: float, s: float, x0: float, pitch: float
) -> bool:
    """Whether a box starting at ``x0`` inside the grid gutter (e, s) starts in the blank past
    a column's print edge that stands inside that gutter (the grid drawn from another band's
    narrower columns, this band's own gutter narrower): GRID_SIDE lines of ``near`` end
    together (within a quarter character) inside the gutter, a quarter character or more
    short of ``x0``, none ends between them and the gutter's end, and GRID_SIDE start from
    the gutter's end. The box was stretched back over the blank between the columns; no
    character of the column before it stands there."""
    inner = sorted(b for _, b in near if e + pitch / 4 < b < x0 - pitch / 4)
    if not any(
        inner[k + GRID_SIDE - 1] - inner[k] <= pitch / 4 for k in range(len(inner) - GRID_SIDE + 1)
    ):
        return False
    if any(x0 - pitch / 4 <= b < s for _, b in near):
        return False
    return sum(1 for a, _ in near if s - pitch / 4 <= a <= s + 2 * pitch) >= GRID_SIDE


def _over_row_neighbour(
    window: Sequence[tuple[float, float, float]],
    line: OcrLine,
    e: float,
    s: float,
    pitch: float,
) -> bool:
    """Whether ``line``'s box, starting before the grid gutter (e, s) (short of its start),
    starts over its row neighbour's box: a line of ``window`` (centre, left, right) on its row
    starts before it and ends past its start, at the gutter's start (within a quarter
    character: a neighbour stretched into the gutter itself tells nothing of which box ran
    over which); GRID_SIDE lines of ``window`` end at the gutter's left (a character
    short of it to a quarter past) and GRID_SIDE - 1 start from its end (the box, trimmed,
    would be one more); and the line's characters fit past the gutter at ``pitch``. Two boxes
    of one row do not overlap in print: the detector stretched this one back over the gutter
    into its neighbour's last character, and that one box hid the gutter's start from a
    short column (a story's last column, a few rows), as a run-on row across it needs two
    lines starting there to be cut."""
    box = line.box
    assert box is not None
    x0, cy, half, quarter = box.x0, box.cy, box.height / 2, pitch / 4
    if x0 >= e or not any(
        abs(c - cy) < half and a < x0 < b and abs(b - e) <= quarter for c, a, b in window
    ):
        return False
    if _inked(line.text) * pitch > box.x1 - s + pitch / 2:
        return False
    ends = sum(1 for _, _, b in window if e - pitch <= b <= e + quarter)
    starts = sum(1 for _, a, _ in window if s - quarter <= a <= s + 2 * pitch)
    return ends >= GRID_SIDE and starts >= GRID_SIDE - 1


def trim_to_grid(
    line: OcrLine,
    grid: Sequence[tuple[float, float]],
    others: list[tuple[float, float, float]],
    centres: list[float],
    height: float,
    pitch: float,
    ink: float | None = None,
) -> OcrLine:
    """The line with its box trimmed back to the grid gutters (:func:`column_grid`) its ends
    reach into: a start inside a gutter moves to the gutter's right, an end inside it (or
    less than a character past it, into the next column) to its left; the line itself when
    neither, or when its characters (``ink`` cells, when given) would not fit the trimmed
    box."""
    box = line.box
    assert box is not None
    x0, x1 = box.x0, box.x1
    # (The lines near are read only once an end of the box lies in a gutter: most lines'
    # ends lie in none. Their starts and ends sorted straight from the window, by
    # itemgetter; the lines themselves as (left, right) only for :func:`_past_print_edge`.)
    window: list[tuple[float, float, float]] | None = None
    near: list[tuple[float, float]] | None = None
    ordered: tuple[list[float], list[float]] = ([], [])
    # (The bounds computed once, as each comparison computed them: every line of the page is
    # asked of every gutter of its band, and most ends lie in none.)
    stretch, quarter, half = STRETCHED * pitch, pitch / 4, pitch / 2
    for e, s in grid:
        if not (e - stretch < x0 < s - quarter or e + quarter < x1 < s + pitch):
            continue
        # (A start up to STRETCHED characters before the gutter, in the last characters of
        # the column before, when the characters fit the column past the gutter without it:
        # the box was stretched there, no character of that column run on into it; the
        # detector may have cut its row neighbour's box short where it starts.)
        start = (
            e - stretch < x0 < s - quarter
            and s < x1
            and (x0 > e - half or _inked(line.text) * pitch <= x1 - s + half)
        )
        end = e + quarter < x1 < s + pitch and x0 < e
        # (The lines near are asked only when an end of the box is in this gutter: on a big
        # page the grid holds many gutters and most are far from the box.)
        if not (start or end):
            continue
        if window is None:
            # Only a line of running text: one of its column a row or two over or under it
            # (a deck stands apart from the columns by more).
            # (Sought among the lines within a pixel more than that, by centre: no other
            # can be one.)
            cy, run = box.cy, RUNNING * height
            rows = others[bisect_left(centres, cy - run - 1) : bisect_right(centres, cy + run + 1)]
            if not any(0 < abs(w[0] - cy) <= run and w[1] < box.x1 and w[2] > box.x0 for w in rows):
                return line
            lo = bisect_left(centres, box.cy - WINDOW * height)
            hi = bisect_right(centres, box.cy + WINDOW * height)
            window = others[lo:hi]
            ordered = sorted(map(itemgetter(1), window)), sorted(map(itemgetter(2), window))
        # (The lines' starts and ends given sorted, ``ordered``: the lines themselves unread.)
        if not grid_here((), e, s, pitch, ordered=ordered):
            # (Or a start stretched back over the blank this band's columns leave inside the
            # grid's gutter, past their print edge there: :func:`_past_print_edge`.)
            if start:
                if near is None:
                    near = [(a, b) for _, a, b in window]
                # (Or a start stretched back over its row neighbour's last character:
                # :func:`_over_row_neighbour`.)
                if _past_print_edge(near, e, s, x0, pitch) or _over_row_neighbour(
                    window, line, e, s, pitch
                ):
                    x0 = s
            # (Or an end stretched a character or more past this band's column edge inside
            # the gutter: trimmed back to it, :func:`print_edge`.)
            if end and (edge := print_edge(ordered, e, s, pitch)) is not None and x1 > edge + pitch:
                x1 = edge
            continue
        if start:
            x0 = s
        if e + quarter < x1 < s + pitch and x0 < e:
            x1 = e
    if (x0, x1) == (box.x0, box.x1):
        return line
    need = ink_cells(line.text) if ink is None else ink
    if x1 - x0 < need * pitch * FITS:
        return line
    return replace(line, box=Box(x0, box.y0, x1, box.y1))


def trim_reach(
    grid: Sequence[tuple[float, float]], pitch: float
) -> tuple[list[float], list[float], list[float], list[float]]:
    """Where :func:`trim_to_grid` may move a box's ends at ``grid``: a start inside
    (e - STRETCHED * pitch, s - pitch / 4), an end inside (e + pitch / 4, s + pitch) of a
    gutter (e, s), the bounds computed as it computes them. For each end, the intervals'
    lower bounds in order and the running maximum of their upper bounds (for
    :func:`may_trim`)."""
    stretch, quarter = STRETCHED * pitch, pitch / 4
    found: list[list[float]] = []
    for spans in (
        sorted((e - stretch, s - quarter) for e, s in grid),
        sorted((e + quarter, s + pitch) for e, s in grid),
    ):
        top = float("-inf")
        ups: list[float] = []
        for _, up in spans:
            top = max(top, up)
            ups.append(top)
        found += [[low for low, _ in spans], ups]
    return found[0], found[1], found[2], found[3]


def may_trim(
    reach: tuple[list[float], list[float], list[float], list[float]], x0: float, x1: float
) -> bool:
    """Whether :func:`trim_to_grid` may move the box over [x0, x1] at all (``reach`` from
    :func:`trim_reach`): its start or its end lies inside one of the intervals. False: the
    trim returns the line as it is."""
    starts, start_ups, ends, end_ups = reach
    k = bisect_left(starts, x0)
    if k and start_ups[k - 1] > x0:
        return True
    k = bisect_left(ends, x1)
    return bool(k) and end_ups[k - 1] > x1


def _inked(text: str) -> float:
    """The cells a line's ink takes (:func:`ink_cells`), a full-width mark ending it (。，、)
    taking half a cell: it is set in the left half of its cell, and the box ends at its ink."""
    text = text.strip()
    if text and ord(text[-1]) >= 0x3000 and unicodedata.category(text[-1]) == "Po":
        return ink_cells(text) - 0.5
    return ink_cells(text)
