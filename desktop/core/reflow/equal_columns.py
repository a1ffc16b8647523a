"""The equal columns of a story whose rows are nearly all run on.

When the OCR boxes a story's rows across its gutters row after row, no gap between lines shows
where its columns part. Newspapers set a story's columns equally wide, so the columns can be
read off the story's own lines: its full rows (across every column) hold N characters, set in
n columns of N / n characters at the body's pitch with n - 1 gutters between them
(:func:`_run_on_columns`; the story's rows that show the gutters agree, or its first
column's whole lines beside the full rows, :func:`_column_beside`), or its lines fit equal
columns as wide as its first or last column's lines (:func:`_regular_gutters`).
:mod:`desktop.core.reflow.gutters` cuts the run-on lines at the gutters these looks find,
asking them of a round's lines at once (:func:`_no_columns_all`: the same tests on arrays of
the lines' stories, each box's answer as the look gives it alone; the looks stand as the
rules' plain statement, and the run-on look is still asked alone of a story whose rows are
not plain). Pure functions of the lines' places; no Qt.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from itertools import chain, pairwise, repeat
from operator import itemgetter
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from desktop.core.ocr.model import Box
from desktop.core.reflow.arrays import box_places, columns
from desktop.core.reflow.grid import BODY_PITCH, INDENT, INDENT_FITS, SIDE, WINDOW
from desktop.core.reflow.text import cells as ink_cells

#: A story's equal columns stand at most this many characters apart, and at least
#: REGULAR_LINES lines near a wide line fit them for it to be cut at their gutters; of
#: those, REGULAR_COUNTS hold the characters the columns they span hold (:func:`_regular_count`),
#: and the wide line's characters stand within REGULAR_SLACK of what its columns hold.
REGULAR_GUTTER = 2.5
REGULAR_LINES = 3
REGULAR_COUNTS = 3
REGULAR_SLACK = 1.0
#: A story's rows run on over its equal columns show them (:func:`_run_on_columns`) when at
#: least RUN_ON_FULL of them are full (across the story), their blank beyond their
#: characters at the body's pitch RUN_ON_GAP characters a gutter or more.
RUN_ON_FULL = 2
RUN_ON_GAP = 0.8

#: What a look finds: the gutters (end, start) between the columns and the pitch their
#: characters are set at; ([], 0.0) for none.
_Columns = tuple[list[tuple[float, float]], float]
#: The gutters shown beside each of a round's boxes (:func:`_no_columns_all`): a list, or a
#: function of the box's index giving its gutters, asked only of the boxes that need them.
_Shown = Sequence[Sequence[tuple[float, float]]] | Callable[[int], Sequence[tuple[float, float]]]


def _story_window(
    box: Box, heads: list[tuple[float, float, float, float]], height: float
) -> tuple[float, float]:
    """The centres ``top`` to ``bottom`` (both left out) between which the lines around
    ``box`` that its story's own lines stand in lie: within WINDOW line heights of it, and not
    past a headline of ``heads`` over or under the box (another story's)."""
    top, bottom = box.cy - WINDOW * height, box.cy + WINDOW * height
    for y0, y1, x0, x1 in heads[bisect_left(heads, (top,)) : bisect_right(heads, (bottom,))]:
        if x0 < box.x1 and box.x0 < x1:
            if y1 <= box.cy:
                top = max(top, y1)
            elif y0 >= box.cy:
                bottom = min(bottom, y0)
    return top, bottom


def _story_lines(
    box: Box,
    placed: list[tuple[float, float, float]],
    centres: list[float],
    heads: list[tuple[float, float, float, float]],
    height: float,
    pitch: float,
) -> list[tuple[float, float, float]]:
    """The lines of ``placed`` (by centre) that :func:`_regular_gutters` and
    :func:`_run_on_columns` read near ``box``, in their order: of its story's window
    (:func:`_story_window`), ending past half a character before the box's start and starting
    before REGULAR_GUTTER characters past its end. (Sought once for both looks: the window
    runs across the page, and this was the hottest loop of each.)"""
    top, bottom = _story_window(box, heads, height)
    # (The window's lines, their centres strictly between top and bottom, a slice found by
    # bisect in ``centres`` (each line's first value), where the comprehension asked it of
    # every line; a headline over or under the box narrows it. Bounds are taken out of the
    # comprehension, which runs for every line of every body line's window.)
    lo, hi = bisect_right(centres, top), bisect_left(centres, bottom)
    after, reach = box.x0 - pitch / 2, box.x1 + REGULAR_GUTTER * pitch
    return [w for w in placed[lo:hi] if w[2] > after and w[1] < reach]


def _regular_gutters(
    box: Box,
    placed: list[tuple[float, float, float]],
    centres: list[float],
    cells: Mapping[tuple[float, float, float], float],
    heads: list[tuple[float, float, float, float]],
    height: float,
    pitch: float,
    shown: Sequence[tuple[float, float]] = (),
    *,
    story: list[tuple[float, float, float]] | None = None,
    digits: Mapping[tuple[float, float, float], float] | None = None,
) -> tuple[list[tuple[float, float]], float]:
    """The gutters between its story's columns near ``box``, when those are set equally wide
    (W) at equal gutters (G) from the story's left edge L to its right edge R, the box
    spanning them, and the pitch their characters are set at (W over the characters of a
    column's whole line): L is where at least two lines near it (of ``placed``, by centre,
    not past a headline of ``heads`` over or under it) start with the box (it may be
    indented), R the rightmost end two of them share, at or past the box's end (or, where none
    is shared, the end of its last column's longest line: :func:`_last_column_end`); W is where a
    near line starting at L ends (or R less where one ending at R starts), G what is left for
    n - 1 gutters, between one and REGULAR_GUTTER characters. Of such column sets, the one
    most near lines fit (both ends at a column's edges, an indent allowed, within half a
    character), at least REGULAR_LINES of them; and their characters must agree: a line
    filling one column holds C characters (``cells``), one run on over k whole columns k
    times C, less its indent (:func:`_regular_count`), REGULAR_COUNTS lines in all, one of
    them a column's whole line (``digits``: the cells of lines holding digits, which have no
    count but may agree). ([], 0.0) when no such set is shown. (``story``:
    :func:`_story_lines` of the box, when the caller has them.)"""
    if story is None:
        story = _story_lines(box, placed, centres, heads, height, pitch)
    me = (box.cy, box.x0, box.x1)
    # (And the lines just past its end: a box stretched into a gutter ends by the next
    # column's lines. Those of its story's lines (:func:`_story_lines`) ending past its start.)
    x0 = box.x0
    near = [w for w in story if w[2] > x0 and w != me]
    if len(near) < 2 * SIDE:
        return [], 0.0
    tol = pitch / 2
    first, last = box.x0 - (INDENT + 0.5) * pitch, box.x0 + tol
    lefts = sorted([a for _, a, _ in near if first <= a <= last])
    # (No two lines starting with it, no story's left edge: asked before its right edge is
    # sought, the same answer.)
    if len(lefts) < 2 or lefts[1] - lefts[0] > tol:
        return [], 0.0
    # (The story's right edge: the rightmost end at least two near lines share, at or past
    # the box's end: the box may end a paragraph short of it.)
    edge = box.x1 - tol
    ends = sorted([b for _, _, b in near if b >= edge])
    # (The rightmost such end, sought from the right: the first found is the last shared.)
    shared = next(
        (ends[k] for k in range(len(ends) - 2, -1, -1) if ends[k + 1] - ends[k] <= tol), None
    )
    if shared is None:
        shared = _last_column_end(near, edge, tol)
    if shared is None:
        return [], 0.0
    left, right = lefts[0], shared
    narrowest, widest = 4 * pitch, (right - left) / 2
    widths = {
        round((b - left) / tol)
        for _, a, b in near
        if abs(a - left) <= tol and narrowest <= b - left <= widest
    } | {
        round((right - a) / tol)
        for _, a, b in near
        if abs(b - right) <= tol and narrowest <= right - a <= widest
    }
    sets = []
    for w in sorted(widths):
        width = w * tol
        for n in range(2, 7):
            gutter = (right - left - n * width) / (n - 1)
            if pitch <= gutter <= REGULAR_GUTTER * pitch:
                starts = [left + k * (width + gutter) for k in range(n)]
                sets.append((width, starts, [x + width for x in starts]))
    # (Only a set whose columns the box crosses can cut it (:func:`_crossed_columns`): when no
    # set could, which set the lines near show is no matter. Most lines stand in one column.)
    # (A column the box crosses ends before the box does, whether as the set puts it or as a
    # gutter shown by it has it: the first column's end is the test most sets fail.)
    if not any(
        ends[0] < box.x1
        and _crossed_columns(box, list(zip(ends, starts[1:], strict=False)), shown, pitch)
        for _, starts, ends in sets
    ):
        return [], 0.0
    best: tuple[int, list[tuple[float, float]], float] = (0, [], 0.0)
    # (The tests of one line's own bounds asked before those against every column's, which
    # loop: the same tests, the same bounds computed once. Its length asked once for all sets.)
    indented, two = (INDENT + 0.5) * pitch, 2 * pitch
    longer = [w for w in near if w[2] - w[1] > two]
    for width, starts, ends in sets:
        # (A line across them all fits any such set: only a line with an end inside
        # the story tells one.)
        inner, outer = starts[0] + indented, ends[-1] - tol
        # (Each fitting line with the column it starts in and the one it ends in, the first
        # that fit, for :func:`_regular_count`.)
        fitting: list[tuple[tuple[float, float, float], int, int]] = []
        for key in longer:
            _, a, b = key
            if not (a > inner or b < outer):
                continue
            first = _column_starting(a, starts, tol, indented)
            if first < 0:
                continue
            last = _column_ending(b, ends, tol)
            if last >= 0:
                fitting.append((key, first, last))
        # (Fewer than REGULAR_COUNTS lines cannot agree on a count, nor fewer than
        # REGULAR_LINES be the set found: no count sought of them.)
        if len(fitting) > best[0] and len(fitting) >= max(REGULAR_LINES, REGULAR_COUNTS):
            count = _regular_count(fitting, cells, starts, ends, pitch, digits)
            if count:
                best = (len(fitting), list(zip(ends, starts[1:], strict=False)), width / count)
    if best[0] < REGULAR_LINES:
        return [], 0.0
    return best[1], best[2]


def _last_column_end(
    near: Sequence[tuple[float, float, float]], edge: float, tol: float
) -> float | None:
    """Where a story's last column ends when no two of its lines ``near`` share that end (its
    last column's lines paragraph ends but one): the end, at or past ``edge``, of the longest
    line starting where two lines start, the rightmost such start (a column's start: its
    whole line ends at the story's right edge). None when no such line is there."""
    starts = sorted(a for _, a, _ in near)
    col = next(
        (starts[k] for k in range(len(starts) - 2, -1, -1) if starts[k + 1] - starts[k] <= tol),
        None,
    )
    if col is None:
        return None
    end = max(b for _, a, b in near if col <= a <= col + tol)
    return end if end >= edge else None


def _column_starting(a: float, starts: Sequence[float], tol: float, indented: float) -> int:
    """The first of columns starting at ``starts`` that a line starting at ``a`` starts in:
    at most ``tol`` before its start or ``indented`` past it; -1 for none."""
    for k, x in enumerate(starts):
        if -tol <= a - x <= indented:
            return k
    return -1


def _column_ending(b: float, ends: Sequence[float], tol: float) -> int:
    """The first of columns ending at ``ends`` that a line ending at ``b`` ends at, within
    ``tol``; -1 for none."""
    for k, x in enumerate(ends):
        if abs(b - x) <= tol:
            return k
    return -1


def _run_on_columns(
    box: Box,
    text: str,
    placed: list[tuple[float, float, float]],
    centres: list[float],
    cells: Mapping[tuple[float, float, float], float],
    heads: list[tuple[float, float, float, float]],
    height: float,
    pitch: float,
    *,
    story: list[tuple[float, float, float]] | None = None,
) -> tuple[list[tuple[float, float]], float]:
    """The gutters between a story's equal columns near ``box`` when its rows are run on over
    them, row after row, so that no column's line is whole (:func:`_regular_gutters` needs
    one), and the pitch their characters are set at (the body's).

    The story's left edge L is where two lines near the box (of ``placed``, by centre, not
    past a headline of ``heads`` over or under it) start, the box with them or an indent in;
    its right edge R the rightmost end two of them share. Its full rows start at L (or an
    indent in) and end at R, a row's boxes side by side taken together (:func:`_joined_rows`),
    RUN_ON_FULL of them at least: each holds N characters (less its indent; ``cells``, or
    the box's own ``text``; a row with a box of no count counts none), the count most of
    them hold. Set in n
    columns of N / n characters at the body's pitch, what is left of R - L is the blank of
    n - 1 gutters, each RUN_ON_GAP to REGULAR_GUTTER characters (a single wide column's full
    rows are as wide as their characters). And the story's rows that show its gutters agree:
    a line standing in a later column, from its start (or an indent in), and one ending in a
    column before the last, short of its gutter (a paragraph's end). ([], 0.0) when no such
    columns are shown. (``story``: :func:`_story_lines` of the box, when the caller has
    them.)"""
    tol = pitch / 2
    # (Each neighbour kept as it is, read by index: as in :func:`_cut`. Those ending past
    # half a character before the box's start and starting before REGULAR_GUTTER characters
    # past its end: :func:`_story_lines`.)
    near = _story_lines(box, placed, centres, heads, height, pitch) if story is None else story
    # (Starts and ends read in C, by itemgetter: the same values in the same order.)
    starts = sorted(map(itemgetter(1), near))
    left = next((a for a, a2 in pairwise(starts) if a2 - a <= tol), None)
    ends = sorted(map(itemgetter(2), near))
    # (The rightmost end two share, sought from the right: the first found is the last.)
    shared = next(
        (ends[k] for k in range(len(ends) - 2, -1, -1) if ends[k + 1] - ends[k] <= tol), None
    )
    if left is None or shared is None:
        return [], 0.0
    right = shared
    indent = INDENT * pitch
    if not (left - tol <= box.x0 <= left + indent + tol and box.x1 <= right + tol):
        return [], 0.0
    me = (box.cy, box.x0, box.x1)
    full: list[float] = []
    rows_at: list[float] = []
    # (A full row as the boxes now stand: one line, or the parts an earlier cut made of it.)
    for row in _joined_rows(near, height, pitch):
        a, b = row[0][1], row[-1][2]
        if abs(b - right) > pitch:
            continue
        if abs(a - left) <= tol:
            skip = 0
        elif abs(a - left - indent) <= tol:
            skip = round(INDENT)
        else:
            continue
        count = 0.0
        for key in row:
            if key in cells:
                count += cells[key]
            elif key == me:
                count += round(ink_cells(text))
            else:
                count = 0.0
                break
        full.append(count + skip if count else 0.0)
        rows_at.append(row[0][0])
    counted = [c for c in full if c]
    if len(full) < RUN_ON_FULL or not counted:
        return [], 0.0
    best: tuple[int, list[tuple[float, float]]] = (0, [])
    # (The lines two characters long or more, and how far past a column's start one may
    # start, read once for every count and column set, when one is asked.)
    longer: list[tuple[float, float, float]] | None = None
    reach = indent + tol
    for count in _full_counts(counted):
        for n in range(2, 5):
            if count % n:
                continue
            gutter = (right - left - count * pitch) / (n - 1)
            if not RUN_ON_GAP * pitch <= gutter <= REGULAR_GUTTER * pitch:
                continue
            width = count / n * pitch
            firsts = [left + k * (width + gutter) for k in range(n)]
            lasts = [x + width for x in firsts]
            later = earlier = 0
            if longer is None:
                longer = [w for w in near if not w[2] - w[1] < 2 * pitch]
            for _, a, b in longer:
                k = _column_starting(a, firsts, tol, reach)
                if k < 0 or b > lasts[k] + tol:
                    continue
                later += k > 0
                earlier += k < n - 1 and b < lasts[k] - tol
            if not (later and earlier):
                # (Or the story's column before them, on the full rows' own rows:
                # :func:`_column_beside`.)
                later = earlier = _column_beside(
                    rows_at, left, gutter, width, count / n, placed, centres, cells, height, pitch
                )
            if later and earlier and later + earlier > best[0]:
                best = (later + earlier, list(zip(lasts, firsts[1:], strict=False)))
        if best[1]:
            break
    if not best[1]:
        return [], 0.0
    return best[1], pitch


def _joints_off_columns(
    box: Box,
    gutters: Sequence[tuple[float, float]],
    placed: list[tuple[float, float, float]],
    centres: list[float],
    heads: list[tuple[float, float, float, float]],
    height: float,
    pitch: float,
) -> bool:
    """Whether the story of ``box``'s rows, where two of its lines meet on a row across one of
    ``gutters`` (equal columns :func:`_run_on_columns` found, (end, start)), show the next line
    starting inside that gutter's next column, neither at its start nor an indent in (more than
    half a character and less than INDENT less half a character past it), on RUN_ON_FULL rows
    or more and on more rows than show it at its start or an indent in.

    A row's text runs on from column to column: where the detector boxed a row in pieces
    meeting at a gutter, the piece after it starts at the column's first character (or, a
    paragraph's first line, an indent in). Pieces starting row after row a character into
    such a column, blank before them, stand in a column of their own, wider than the equal
    columns make it: the story is set in fewer, wider columns than the set (test15/page-08:
    two columns of 38, read at a page's pitch a little under their own as four of 19, the
    rows' two boxes meeting at the set's middle gutter with the second a character in)."""
    tol = pitch / 2
    indent = INDENT * pitch
    near = _story_lines(box, placed, centres, heads, height, pitch)
    # (No line starting inside a column of the set, neither at its start nor an indent in:
    # no piece so placed, and the rows need not be joined. Most sets found.)
    bands = [(s + tol, s + indent - tol) for _, s in gutters]
    inside = sum(1 for _, a, _ in near if any(lo < a < hi for lo, hi in bands))
    if inside < RUN_ON_FULL:
        return False
    off = on = 0
    for row in _joined_rows(near, height, pitch):
        for (_, _, end), (_, start, _) in pairwise(row):
            for e, s in gutters:
                if end <= s + tol and start >= e - tol:
                    if tol < start - s < indent - tol:
                        off += 1
                    else:
                        on += 1
                    break
    return off >= RUN_ON_FULL and off > on


def _column_beside(
    rows_at: Sequence[float],
    left: float,
    gutter: float,
    width: float,
    per: float,
    placed: list[tuple[float, float, float]],
    centres: list[float],
    cells: Mapping[tuple[float, float, float], float],
    height: float,
    pitch: float,
) -> int:
    """How many of a story's full rows (centres ``rows_at``), run on over equal columns
    (:func:`_run_on_columns`), have the story's column before them beside them on their own
    row: a line of ``placed`` ending a gutter before their left edge (``left`` less
    ``gutter``), as wide as one of the columns (``width``, from its start or an indent in) and,
    when counted in CJK cells (``cells``; digits and Latin letters are set at no one width),
    holding the characters one holds (``per``, less its indent); 0 when fewer than
    RUN_ON_FULL do, or none of them is a column's whole line (with an indent allowed alone,
    a narrower column's lines would pass as indented ones).

    A story's columns are set equally wide at equal gutters: where its rows run on over its
    later columns from its top, so that no line of those columns stands whole nor ends
    short in them, its first column, whole beside them row after row, shows their width,
    count and gutter as well (probe13 page-950: three rows run on over a story's second and
    third columns, its first column's lines whole beside them)."""
    tol = pitch / 2
    edge = left - gutter
    found, whole = 0, False
    for cy in rows_at:
        lo = bisect_left(centres, cy - height / 2)
        hi = bisect_right(centres, cy + height / 2)
        for key in placed[lo:hi]:
            _, a, b = key
            if abs(b - edge) > tol:
                continue
            indent = round((a - (b - width)) / pitch)
            if (
                0 <= indent <= INDENT
                and abs(a - (b - width) - indent * pitch) <= tol
                and (key not in cells or cells[key] + indent == per)
            ):
                found += 1
                whole = whole or indent == 0
                break
    return found if found >= RUN_ON_FULL and whole else 0


def _joined_rows(
    near: Sequence[tuple[float, float, float]], height: float, pitch: float
) -> list[list[tuple[float, float, float]]]:
    """The rows of ``near`` (places by centre) as a reader reads them across a story: lines
    on one row (centres within half a line height), left to right, each starting within
    REGULAR_GUTTER characters past the one before's end, are one row. A row the detector
    boxed run on over every column is a story's full row, and so is one an earlier look cut
    at some of its gutters: its parts together still run from the story's left edge to its
    right and hold the row's characters (test12/page-12: a four-column story's rows cut at
    its middle gutter first, whose halves then showed no full row to either)."""
    half, back, gap = height / 2, -pitch / 2, REGULAR_GUTTER * pitch
    ordered = sorted(near, key=itemgetter(1))
    # (No two lines on one row, as in most wide lines' stories, which stand in one column
    # and the next's first characters: each line is its row. Asked of the centres in the
    # order given, neighbour by neighbour, each more than half a line height past the one
    # before: so in order, and any two closer would have two next to each other closer. A
    # story's lines come by centre; lines in another order are joined one by one.)
    if all(b[0] - a[0] > half for a, b in pairwise(near)):
        return [[key] for key in ordered]
    rows: list[list[tuple[float, float, float]]] = []
    # (Each row's last line kept beside it, and the bounds worked out once: every line is
    # asked against every row before it, for every wide line's story.)
    lasts: list[tuple[float, float, float]] = []
    for key in ordered:
        cy, a, _ = key
        for k, (last_cy, _, last_b) in enumerate(lasts):
            if abs(last_cy - cy) <= half and back <= a - last_b <= gap:
                rows[k].append(key)
                lasts[k] = key
                break
        else:
            rows.append([key])
            lasts.append(key)
    return rows


def _full_counts(counted: list[float]) -> list[float]:
    """The counts a story's full rows hold (:func:`_run_on_columns`), the one most of them
    hold first (:func:`_mode`: on a tie, the first found), then the others, the
    larger first: the detector drops a character or two from a run-on row now and
    then, and of a short story's three full rows two may have lost one (dev/page-219: 74, 76,
    74 characters, its columns 38 each; at 74 the gutter reads 3.6 characters wide). The
    rows that show the gutters must agree all the same."""
    most = _mode(counted)
    return [most, *sorted({c for c in counted if c != most}, reverse=True)]


def _mode(values: Sequence[float]) -> float:
    """:func:`statistics.mode` of ``values`` (not empty): the value most of them hold, the
    first met of those tied. (Counted in a dict: the statistics module's Counter and heap
    cost more than the count, asked of every wide line's story.)"""
    tally: dict[float, int] = {}
    for value in values:
        tally[value] = tally.get(value, 0) + 1
    return max(tally, key=tally.__getitem__)


def _crossed_columns(
    box: Box,
    regular: Sequence[tuple[float, float]],
    shown: Sequence[tuple[float, float]],
    pitch: float,
) -> list[tuple[float, float]]:
    """The gutters of equal columns (:func:`_regular_gutters`) that ``box`` crosses by a
    character or more on both sides; where a gutter of ``shown`` (a seam, the page's grid)
    stands by one, as that one shows it: the equal columns are measured on stretched boxes."""
    columns = [
        next(((e0, s0) for e0, s0 in shown if e0 < s + pitch and e - pitch < s0), (e, s))
        for e, s in regular
    ]
    return [(e, s) for e, s in columns if box.x0 + pitch <= e and s <= box.x1 - pitch]


def _fits_columns(
    box: Box, text: str, gutters: Sequence[tuple[float, float]], set_at: float, pitch: float
) -> bool:
    """Whether ``box``'s characters (``text``) fill it, less the blank of ``gutters``, at the
    body's ``pitch`` (INDENT_FITS to BODY_PITCH of it) and number what equal columns set at
    ``set_at`` hold there, within REGULAR_SLACK: a run-on row of those columns."""
    count = ink_cells(text)
    room = box.width - sum(s - e for e, s in gutters)
    return (
        INDENT_FITS * pitch * count <= room <= BODY_PITCH * pitch * count
        and abs(room / set_at - count) <= REGULAR_SLACK
    )


def _own_gutters(
    box: Box,
    text: str,
    regular: Sequence[tuple[float, float]],
    crossed: list[tuple[float, float]],
    set_at: float,
    pitch: float,
) -> list[tuple[float, float]]:
    """The gutters of equal columns (``regular``) a run-on ``box`` is cut at: those it
    crosses as a seam or the grid shows them (``crossed``, :func:`_crossed_columns`), or, when
    its characters do not fill it less their blank (:func:`_fits_columns`) but fill it less
    the blank of the columns' own gutters, these. A seam or a grid gutter is measured on
    boxes the detector stretched into it, and may stand wider than the gutter: in a story
    set with a gutter of less than a character, a seam two characters wide left a run-on
    row a character and more short of its characters, row after row (test12/page-05)."""
    if not crossed or _fits_columns(box, text, crossed, set_at, pitch):
        return crossed
    own = _crossed_columns(box, regular, (), pitch)
    return own if own and _fits_columns(box, text, own, set_at, pitch) else crossed


def _regular_count(
    lines: Sequence[tuple[tuple[float, float, float], int, int]],
    cells: Mapping[tuple[float, float, float], float],
    starts: Sequence[float],
    ends: Sequence[float],
    pitch: float,
    digits: Mapping[tuple[float, float, float], float] | None = None,
) -> float:
    """How many characters a column's whole line holds (C), as ``lines`` fitting equal columns
    (``starts``, ``ends``; each line with the first column it starts in, an indent allowed, and
    the first it ends at, within half a character) agree: a column's whole line (its count sets
    C; C at the body's pitch fill a column), and each line ending at a column's end holds C
    times the columns it spans, less the characters of its indent (a line may open a paragraph),
    and a line over k columns is as much wider than its characters as k - 1 gutters (within a
    third of a character: a column's own line, as wide as its characters, spans two of narrower
    columns holding half its characters each). REGULAR_COUNTS of them at least, one starting in
    a column past the first, and fewer than half as many lines over k columns that do not agree
    (OCR drops a character now and then). A line holding digits (no count; its cells in
    ``digits``, a digit 0.6 of a cell, as a shrunk read sets them) agrees where its cells are
    within a cell short of what its columns hold, and sets no C. And no line over k columns
    holding more characters than they do, as wide as its characters (:func:`_set_across`: a
    wider column's own line). 0 else."""
    width, gutter = ends[0] - starts[0], starts[1] - ends[0]
    spans: list[tuple[int, float, float, int, float, bool]] = []
    for key, first, last in lines:
        _, a, b = key
        if last < first:
            continue
        if key in cells:
            c, exact = cells[key], True
        elif digits is not None and key in digits:
            c, exact = digits[key], False
        else:
            continue
        # (Columns spanned, indent, characters, first column, and the blank its box holds
        # beyond its characters at the columns' pitch.)
        spans.append((last - first + 1, round((a - starts[first]) / pitch), c, first, b - a, exact))
    whole = sorted(c for k, indent, c, _, _, exact in spans if k == 1 and indent == 0 and exact)
    for count in dict.fromkeys(whole):
        # (Set at the body's pitch: a column's whole line fills it.)
        if not INDENT_FITS * pitch * count <= width <= BODY_PITCH * pitch * count:
            continue
        at = width / count
        agree: list[int] = []
        against = 0
        # (A line over k of them holding more characters than they hold, as wide as its
        # characters: set where their gutters would be, a wider column's own line, none of
        # theirs; :func:`_set_across`.)
        if any(
            _set_across(k, indent, c, wide, exact, count, at, pitch)
            for k, indent, c, _, wide, exact in spans
        ):
            continue
        for k, indent, c, first, wide, exact in spans:
            if not exact:
                # (A line holding digits: its cells within a cell short of the columns'.)
                if k * count - indent - 1 <= c <= k * count - indent:
                    c = k * count - indent
                elif k > 1:
                    against += 1
                    continue
                else:
                    continue
            # (A line across a gutter holds its blank: a column's own line, as wide as its
            # characters, crosses no gutter, though its count is k times C.)
            if k * count - indent == c and (
                k == 1 or abs(wide - c * at - (k - 1) * gutter) <= pitch / 3
            ):
                agree.append(first)
            elif k > 1:
                against += 1
        if len(agree) >= REGULAR_COUNTS and max(agree) > 0 and 2 * against < len(agree):
            return count
    return 0.0


def _set_across(
    k: int, indent: float, c: float, wide: float, exact: bool, count: float, at: float, pitch: float
) -> bool:
    """Whether a line fitting k > 1 equal columns (its first ``indent`` characters blank, ``c``
    characters counted exactly, its box ``wide``) holds more characters than those columns'
    whole lines do (``count`` each, set ``at`` apart) and is as wide as its characters
    (within half a character): its characters run on where the columns' gutters would be,
    so it is a wider column's own line and the columns are not set there. A run-on box over
    k columns holds k columns' characters (OCR drops one now and then, never adds a gutter's
    worth) and the gutters' blank besides; a line holding digits has no exact count and tells
    nothing. (probe13/page-901: a story of two 38-character columns under one of two
    18-character columns 435 px wide read as four equal columns of 18, and a run-on row of
    its wide columns was cut at a gutter inside the first.)"""
    return k > 1 and exact and c > k * count - indent and abs(wide - c * at) <= pitch / 2


class _Places(NamedTuple):
    """The places a round's windows reach (:func:`_round_of`): ``lines``, where each of all
    the places stands among them (``at``, -1 for one not read), their centres, starts and
    ends; and the centres of all (``centres``)."""

    lines: list[tuple[float, float, float]]
    at: NDArray[np.intp]
    cy: NDArray[np.float64]
    a: NDArray[np.float64]
    b: NDArray[np.float64]
    centres: NDArray[np.float64]


class _Round(NamedTuple):
    """A round's boxes asked at once (:func:`_no_columns_all`): their centres, starts and ends
    (``cy``, ``x0``, ``x1``), and their stories (:func:`_story_lines`) as rows of a matrix,
    one row a box, its story's lines left-aligned in their order: their centres, starts, ends
    and indices in the places their windows reach (``line_at``, ``places``); ``keep`` marks
    the entries that are lines of the story (a row is padded past its ``size`` with copies
    of the first place)."""

    cy: NDArray[np.float64]
    x0: NDArray[np.float64]
    x1: NDArray[np.float64]
    line_cy: NDArray[np.float64]
    a: NDArray[np.float64]
    b: NDArray[np.float64]
    line_at: NDArray[np.intp]
    keep: NDArray[np.bool_]
    size: NDArray[np.intp]
    places: _Places


def _round_of(
    boxes: Sequence[Box],
    placed: list[tuple[float, float, float]],
    centres: list[float],
    heads: list[tuple[float, float, float, float]],
    height: float,
    pitch: float,
    rows: NDArray[np.float64] | None = None,
) -> _Round:
    """:func:`_story_lines` of each of ``boxes`` (not none) at once, as a :class:`_Round`,
    of ``placed`` (not none; by centre, ``centres``). (``rows``: ``placed`` as the rows of a
    matrix, where the caller holds it: the places the windows reach taken from it, the same
    values, not read from the places anew.)"""
    # (The boxes' three values read in one pass, in C.)
    cy, x0, x1 = box_places(boxes, len(boxes)).copy()
    top, bottom = _story_windows(cy, x0, x1, heads, height)
    by_centre = (
        np.fromiter(centres, np.float64, len(centres)) if rows is None else rows[:, 0].copy()
    )
    lo = np.searchsorted(by_centre, top, "right")
    hi = np.searchsorted(by_centre, bottom, "left")
    # (The places the windows reach alone read into arrays, the runs they cover one after
    # the other: a round's second look asks a few lines' windows, here and there.)
    runs = _covered(lo, hi, len(placed))
    lines = list(chain.from_iterable(placed[r0:r1] for r0, r1 in runs))
    if rows is None:
        pcy, pa, pb = columns(lines, len(lines)).copy()
    else:
        # (The runs' rows copied whole, slice by slice.)
        pcy, pa, pb = np.concatenate([rows[r0:r1] for r0, r1 in runs]).T.copy()
    read_at = np.full(len(placed), -1, np.intp)
    offset = 0
    for r0, r1 in runs:
        read_at[r0:r1] = np.arange(offset, offset + r1 - r0)
        offset += r1 - r0
    # (Each window's places in one flat run, box after box (``of``: the box's row), as far
    # as each reaches: a window padded to the longest would read twice as many. A window
    # lies in one run read: its first place's index among those read, the others after it.)
    many = np.maximum(hi - lo, 0)
    lo = read_at[np.minimum(lo, len(placed) - 1)]
    of = np.repeat(np.arange(len(boxes)), many)
    index = np.arange(len(of)) + np.repeat(lo - (np.cumsum(many) - many), many)
    # (As :func:`_story_lines` bounds them: ending past half a character before the box's
    # start, starting before REGULAR_GUTTER characters past its end.)
    keep = (pb[index] > np.repeat(x0 - pitch / 2, many)) & (
        pa[index] < np.repeat(x1 + REGULAR_GUTTER * pitch, many)
    )
    # (Each row's story lines moved to its front, in their order.)
    rows, index = of[keep], index[keep]
    size = np.bincount(rows, minlength=len(boxes))
    width = max(int(size.max()), 2)
    at = np.arange(len(rows)) - (np.cumsum(size) - size)[rows]
    story = np.zeros((len(boxes), width), np.intp)
    story[rows, at] = index
    kept = np.arange(width) < size[:, None]
    return _Round(
        cy,
        x0,
        x1,
        pcy[story],
        pa[story],
        pb[story],
        story,
        kept,
        size,
        _Places(lines, read_at, pcy, pa, pb, by_centre),
    )


def _covered(lo: NDArray[np.intp], hi: NDArray[np.intp], n: int) -> list[tuple[int, int]]:
    """The runs of places (from, up to) windows from ``lo`` up to ``hi`` cover, in order,
    those that overlap or touch taken together; of ``n`` places, the first window's first
    one alone when all are empty (a round reads one place at least)."""
    some = hi > lo
    if not some.any():
        first = min(int(lo.min()), n - 1)
        return [(first, first + 1)]
    lo, hi = lo[some], hi[some]
    order = np.argsort(lo, kind="stable")
    lo, hi = lo[order], hi[order]
    reach = np.maximum.accumulate(hi)
    new = np.ones(len(lo), dtype=bool)
    new[1:] = lo[1:] > reach[:-1]
    ends = np.append(np.nonzero(new)[0][1:] - 1, len(lo) - 1)
    return list(zip(lo[new].tolist(), reach[ends].tolist(), strict=True))


def _story_windows(
    cy: NDArray[np.float64],
    x0: NDArray[np.float64],
    x1: NDArray[np.float64],
    heads: list[tuple[float, float, float, float]],
    height: float,
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """:func:`_story_window` of each box (centres ``cy``, starts ``x0``, ends ``x1``) at once:
    WINDOW line heights up and down, narrowed by each headline of ``heads`` over or under the
    box starting within that (its top from the window's top on, before its bottom), each
    headline's pair with a box asked as :func:`_story_window` asks it."""
    top, bottom = cy - WINDOW * height, cy + WINDOW * height
    found = np.fromiter(chain.from_iterable(heads), np.float64, 4 * len(heads))
    head_y0, head_y1, head_x0, head_x1 = found.reshape(-1, 4).T.copy()
    first = np.searchsorted(head_y0, top, "left")
    many = np.searchsorted(head_y0, bottom, "left") - first
    # (Each box with each headline starting in its window: the box's index and the head's,
    # in one flat run; of those, the pairs across each other.)
    head = np.arange(many.sum()) + np.repeat(first - (np.cumsum(many) - many), many)
    across = (head_x0[head] < np.repeat(x1, many)) & (np.repeat(x0, many) < head_x1[head])
    box = np.repeat(np.arange(len(cy)), many)[across]
    head = head[across]
    over = head_y1[head] <= cy[box]
    under = ~over & (head_y0[head] >= cy[box])
    np.maximum.at(top, box[over], head_y1[head[over]])
    np.minimum.at(bottom, box[under], head_y0[head[under]])
    return top, bottom


def _sorted_within(values: NDArray[np.float64], mask: NDArray[np.bool_]) -> NDArray[np.float64]:
    """Each row's values under ``mask`` sorted, to its front; +inf past them."""
    return np.sort(np.where(mask, values, np.inf), axis=1)


def _first_close(
    ordered: NDArray[np.float64], size: NDArray[np.intp], tol: float, last: bool
) -> tuple[NDArray[np.bool_], NDArray[np.float64]]:
    """Of each row's first ``size`` sorted values, whether two next to each other stand within
    ``tol``, and the first (``last``: the last) such pair's lower value: the ``next(...)`` of
    pairwise sorted values that :func:`_regular_gutters` and :func:`_run_on_columns` take."""
    rows, width = ordered.shape
    pair = np.arange(width - 1) < (size - 1)[:, None]
    close = pair & (ordered[:, 1:] - ordered[:, :-1] <= tol)
    # (The last: the first from the right.)
    at = (width - 2) - np.argmax(close[:, ::-1], axis=1) if last else np.argmax(close, axis=1)
    found = np.asarray(close.any(axis=1), dtype=np.bool_)
    lower: NDArray[np.float64] = ordered[np.arange(rows), at]
    return found, lower


def _regular_none_all(
    st: _Round,
    shown: _Shown,
    pitch: float,
    counts: NDArray[np.float64],
    digit_cells: NDArray[np.float64] | None = None,
) -> tuple[NDArray[np.bool_], list[_Columns | None]]:
    """For each box of ``st`` (the gutters ``shown`` beside it; the places' counts
    ``counts``, NaN for none), whether :func:`_regular_gutters` finds no columns, and what it
    finds for the others (None for the first): the same tests, on every row at once. Most
    boxes fall at whether any column set the look weighs has a gutter the box crosses; the
    few others are weighed to the end, sets and counts (:func:`_regular_found`)."""
    tol = pitch / 2
    x0, x1 = st.x0[:, None], st.x1[:, None]
    me = (st.line_cy == st.cy[:, None]) & (st.a == x0) & (st.b == x1)
    near = st.keep & (st.b > x0) & ~me
    none = near.sum(axis=1) < 2 * SIDE
    # (The story's left edge: two near lines starting with the box, an indent allowed.)
    starting = near & (st.a >= x0 - (INDENT + 0.5) * pitch) & (st.a <= x0 + tol)
    lefts = _sorted_within(st.a, starting)
    none |= (starting.sum(axis=1) < 2) | (lefts[:, 1] - lefts[:, 0] > tol)
    # (Its right edge: the rightmost end two share, at or past the box's end.)
    ending = near & (st.b >= x1 - tol)
    shared, right = _first_close(_sorted_within(st.b, ending), ending.sum(axis=1), tol, True)
    # (Or, where none is shared, the end of the longest line starting at the rightmost start
    # two near lines share, at or past the box's end: :func:`_last_column_end`.)
    col_found, col = _first_close(_sorted_within(st.a, near), near.sum(axis=1), tol, True)
    from_col = near & (st.a >= col[:, None]) & (st.a <= col[:, None] + tol)
    last_end = np.where(from_col, st.b, -np.inf).max(axis=1)
    by_col = ~shared & col_found & (last_end >= st.x1 - tol)
    right = np.where(by_col, last_end, right)
    none |= ~(shared | by_col)
    left = np.where(none, 0.0, lefts[:, 0])
    right = np.where(none, 0.0, right)
    widest = ((right - left) / 2)[:, None]
    narrowest = 4 * pitch
    near &= ~none[:, None]
    # (The widths of a column's lines, from the left edge or to the right edge, each with
    # its row: the column sets weighed.)
    from_left, to_right = st.b - left[:, None], right[:, None] - st.a
    by_left = np.nonzero(
        near
        & (np.abs(st.a - left[:, None]) <= tol)
        & (narrowest <= from_left)
        & (from_left <= widest)
    )
    by_right = np.nonzero(
        near
        & (np.abs(st.b - right[:, None]) <= tol)
        & (narrowest <= to_right)
        & (to_right <= widest)
    )
    row = np.concatenate([by_left[0], by_right[0]])
    widths = np.concatenate(
        [np.round(from_left[by_left] / tol), np.round(to_right[by_right] / tol)]
    )
    widths *= tol
    start, end = left[row], right[row]
    crosses = np.zeros(len(st.cy), dtype=bool)
    # (Each n's column sets: their rows, widths and gutters; and of those, the sets whose
    # first column ends before the box does: a column the box crosses does.)
    weighed: list[tuple[int, NDArray[np.intp], NDArray[np.float64], NDArray[np.float64]]] = []
    crossing: list[tuple[int, NDArray[np.intp], NDArray[np.float64]]] = []
    for n in range(2, 7):
        gutter = (end - start - n * widths) / (n - 1)
        sets = np.nonzero((pitch <= gutter) & (gutter <= REGULAR_GUTTER * pitch))[0]
        weighed.append((n, row[sets], widths[sets], gutter[sets]))
        sets = sets[start[sets] + widths[sets] < st.x1[row[sets]]]
        crossing.append((n, sets, gutter[sets]))
    # (The gutters shown beside the boxes of those sets alone read.)
    asked = np.unique(np.concatenate([row[sets] for _, sets, _ in crossing]))
    shown_e, shown_s = _shown_rows(shown, asked)
    for n, sets, gutter in crossing:
        if not len(sets):
            continue
        j, width, at = row[sets], widths[sets], start[sets]
        beside = np.searchsorted(asked, j)
        step = width + gutter
        for k in range(1, n):
            e, s = (at + (k - 1) * step) + width, at + k * step
            e, s = _as_shown(e, s, shown_e[beside], shown_s[beside], pitch)
            crosses[j[(st.x0[j] + pitch <= e) & (s <= st.x1[j] - pitch)]] = True
    # (Of the boxes some set crosses, the set the look finds, if any: :func:`_regular_found`.
    # A box no set crosses finds none.)
    longer = near & (st.b - st.a > 2 * pitch)
    if digit_cells is None:
        digit_cells = np.full(len(counts), np.nan)
    picked, found = _regular_found(
        st, crosses, left, right, longer, weighed, counts, pitch, digit_cells
    )
    unknown = np.ones(len(st.cy), dtype=bool)
    unknown[found] = False
    return unknown, picked


def _regular_found(
    st: _Round,
    asked: NDArray[np.bool_],
    left: NDArray[np.float64],
    right: NDArray[np.float64],
    longer: NDArray[np.bool_],
    weighed: list[tuple[int, NDArray[np.intp], NDArray[np.float64], NDArray[np.float64]]],
    counts: NDArray[np.float64],
    pitch: float,
    digit_cells: NDArray[np.float64],
) -> tuple[list[_Columns | None], NDArray[np.intp]]:
    """What :func:`_regular_gutters` finds for each box of ``st`` ``asked`` (None where it
    finds none, and for the others), and the boxes it finds columns for: the column sets it
    weighs (``weighed``: each n's boxes, widths and gutters; from the story's edges ``left``
    and ``right``) asked of all the boxes at once. Each set's fitting lines: of ``longer``,
    starting at a column's start (an indent allowed) and ending at a column's end, within
    half a character, and not across them all, each with the first column it starts in and
    the first it ends at; and the count those lines agree on (:func:`_regular_count`, on the
    lines' counts ``counts``: :func:`_regular_counts`). Of a box's sets with REGULAR_LINES
    such lines and a count, in the look's order (by width, then n), the first most fit. (The
    look asks the count only of a set fitting more lines than the best before it, which is
    the same pick.)"""
    tol = pitch / 2
    indented = (INDENT + 0.5) * pitch
    picked: list[_Columns | None] = [None] * len(st.cy)
    # (Each box's sets once, in the look's order: its widths are a set.)
    box = np.concatenate([j[asked[j]] for _, j, _, _ in weighed])
    width = np.concatenate([w[asked[j]] for _, j, w, _ in weighed])
    gutter = np.concatenate([g[asked[j]] for _, j, _, g in weighed])
    ns = np.concatenate([np.full(np.count_nonzero(asked[j]), n) for n, j, _, _ in weighed])
    if not len(box):
        return picked, box
    order = np.lexsort((ns, width, box))
    box, width, gutter, ns = box[order], width[order], gutter[order], ns[order]
    once = np.ones(len(box), dtype=bool)
    once[1:] = (box[1:] != box[:-1]) | (width[1:] != width[:-1]) | (ns[1:] != ns[:-1])
    box, width, gutter, ns = box[once], width[once], gutter[once], ns[once]
    # (Each set's lines: where each starts (the first column it starts in, an indent
    # allowed) and ends (the first column it ends at), -1 for none; as the look's loops.)
    a, b = st.a[box], st.b[box]
    at = left[box][:, None]
    step = (width + gutter)[:, None]
    first = np.full(a.shape, -1)
    last = np.full(a.shape, -1)
    start_of = np.zeros(a.shape)
    for k in range(int(ns.max()) - 1, -1, -1):
        x = at + k * step
        there = (k < ns)[:, None]
        starts = there & (-tol <= a - x) & (a - x <= indented)
        first = np.where(starts, k, first)
        start_of = np.where(starts, x, start_of)
        last = np.where(there & (np.abs(b - (x + width[:, None])) <= tol), k, last)
    inner = at + indented
    outer = (at + (ns[:, None] - 1) * step) + width[:, None] - tol
    fit = longer[box] & (first >= 0) & (last >= 0) & ((a > inner) | (b < outer))
    many = fit.sum(axis=1)
    # (Of the sets REGULAR_LINES lines fit: the count they agree on.)
    sets = np.nonzero(many >= max(REGULAR_LINES, REGULAR_COUNTS))[0]
    count = _regular_counts(
        fit[sets],
        counts[st.line_at[box[sets]]],
        digit_cells[st.line_at[box[sets]]],
        first[sets],
        last[sets],
        a[sets] - start_of[sets],
        b[sets] - a[sets],
        left[box[sets]],
        width[sets],
        gutter[sets],
        pitch,
    )
    found = sets[count != 0]
    count = count[count != 0]
    # (Each box's first set of the most lines: its sets are in the look's order.)
    order = np.lexsort((-many[found], box[found]))
    found, count = found[order], count[order]
    best = np.ones(len(found), dtype=bool)
    best[1:] = box[found][1:] != box[found][:-1]
    found, count = found[best], count[best]
    for j, w, n, c in zip(
        box[found].tolist(), width[found].tolist(), ns[found].tolist(), count.tolist(), strict=True
    ):
        start, end = left[j].item(), right[j].item()
        g = (end - start - n * w) / (n - 1)
        starts = [start + k * (w + g) for k in range(n)]
        picked[j] = (list(zip([x + w for x in starts], starts[1:], strict=False)), w / c)
    return picked, box[found]


def _regular_counts(
    fit: NDArray[np.bool_],
    counts: NDArray[np.float64],
    digit_cells: NDArray[np.float64],
    first: NDArray[np.intp],
    last: NDArray[np.intp],
    inset: NDArray[np.float64],
    wide: NDArray[np.float64],
    left: NDArray[np.float64],
    width: NDArray[np.float64],
    gutter: NDArray[np.float64],
    pitch: float,
) -> NDArray[np.float64]:
    """:func:`_regular_count` of each set of equal columns (from ``left``, ``width`` wide at
    ``gutter``) at once, its lines those of ``fit``: their counts (``counts``, NaN for none),
    the first column each starts in and the first it ends at, how far past that column's
    start each starts (``inset``) and how wide each is; 0 where none agree."""
    # (The columns' width and gutter as the count reads them, off its first two columns.)
    gutter = (left + (width + gutter)) - (left + width)
    width = (left + width) - left
    exact = ~np.isnan(counts)
    spans = fit & (exact | ~np.isnan(digit_cells)) & (last >= first)
    columns = last - first + 1
    indent = np.round(inset / pitch)
    # (Each set's counts of a column's whole line, each once, smallest first: the counts
    # asked, each with its set. Of lines counted whole: a line holding digits sets none.)
    of, line = np.nonzero(spans & exact & (columns == 1) & (indent == 0))
    held = counts[of, line]
    order = np.lexsort((held, of))
    of, held = of[order], held[order]
    once = np.ones(len(of), dtype=bool)
    once[1:] = (of[1:] != of[:-1]) | (held[1:] != held[:-1])
    of, held = of[once], held[once]
    # (Set at the body's pitch: a column's whole line fills it.)
    w = width[of]
    fills = (INDENT_FITS * pitch * held <= w) & (w <= BODY_PITCH * pitch * held)
    of, held, w = of[fills], held[fills], w[fills]
    at = (w / held)[:, None]
    k, into = columns[of], indent[of]
    # (A line holding digits counts as what its columns hold when its cells are within a
    # cell short of it; as none else.)
    target = k * held[:, None] - into
    digits = digit_cells[of]
    c = np.where(
        exact[of], counts[of], np.where((target - 1 <= digits) & (digits <= target), target, np.nan)
    )
    agree = (
        spans[of]
        & (k * held[:, None] - into == c)
        & ((k == 1) | (np.abs(wide[of] - c * at - (k - 1) * gutter[of][:, None]) <= pitch / 3))
    )
    against = (spans[of] & (k > 1) & ~agree).sum(axis=1)
    agreed = agree.sum(axis=1)
    # (And no line set across their gutters: :func:`_set_across`, each line at once.)
    across = (
        spans[of]
        & exact[of]
        & (k > 1)
        & (counts[of] > k * held[:, None] - into)
        & (np.abs(wide[of] - counts[of] * at) <= pitch / 2)
    ).any(axis=1)
    holds = (
        (agreed >= REGULAR_COUNTS)
        & (agree & (first[of] > 0)).any(axis=1)
        & (2 * against < agreed)
        & ~across
    )
    # (Each set's smallest count that holds.)
    of, held = of[holds], held[holds]
    found = np.ones(len(of), dtype=bool)
    found[1:] = of[1:] != of[:-1]
    count = np.zeros(len(fit))
    count[of[found]] = held[found]
    return count


def _shown_rows(
    shown: _Shown, rows: NDArray[np.intp]
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The gutters ``shown`` beside each of ``rows`` (their ends and starts, NaN past them;
    ``shown``: the lists, or a function of the row giving its list), each row's list read
    once, and each list once: a band's lines share theirs."""
    asked, of = np.unique(rows, return_inverse=True)
    got = map(shown, asked.tolist()) if callable(shown) else map(shown.__getitem__, asked.tolist())
    read = list(got)
    # (Each list by its identity, read in C: the lists stand while this runs.)
    ids = np.fromiter(map(id, read), np.int64, len(read))
    _, first, kind = np.unique(ids, return_index=True, return_inverse=True)
    kind = kind[of]
    lists = [read[k] for k in first.tolist()]
    most = max(1, max(map(len, lists), default=0))
    ends = np.full((len(lists), most), np.nan)
    starts = np.full((len(lists), most), np.nan)
    for k, gutters in enumerate(lists):
        for t, (e, s) in enumerate(gutters):
            ends[k, t], starts[k, t] = e, s
    return ends[kind], starts[kind]


def _as_shown(
    e: NDArray[np.float64],
    s: NDArray[np.float64],
    shown_e: NDArray[np.float64],
    shown_s: NDArray[np.float64],
    pitch: float,
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Gutters ``e`` to ``s`` as :func:`_crossed_columns` takes them: each as the first of its
    row's gutters shown (``shown_e`` to ``shown_s``, NaN past them) standing by it, if any."""
    # (All the shown gutters of every row asked at once; the first standing by it taken.)
    by = (shown_e < (s + pitch)[:, None]) & ((e - pitch)[:, None] < shown_s)
    t = np.argmax(by, axis=1)
    found = by[np.arange(len(e)), t]
    rows = np.arange(len(e))
    e2 = np.where(found, shown_e[rows, t], e)
    s2 = np.where(found, shown_s[rows, t], s)
    return e2, s2


def _joined_all(
    st: _Round, height: float, pitch: float
) -> tuple[NDArray[np.bool_], NDArray[np.intp]]:
    """:func:`_joined_rows` of each story of ``st`` at once, where that is plain: whether no
    line of the story may join two lines before it nor be joined by two after it (a line
    joins one before it, left to right, on its row within half a line height and starting
    within REGULAR_GUTTER characters past its end), and for each line the one its row has
    before it (its index in the row of ``st``; -1: it starts its row). When no line may, each
    joins the one it may: the rows are these chains, as :func:`_joined_rows` joins them (a
    line's one line it may join is still its row's last then: a line joining it after it
    would be a second one it may be joined by)."""
    rows, width = st.a.shape
    half, back, gap = height / 2, -pitch / 2, REGULAR_GUTTER * pitch
    before = np.full((rows, width), -1, np.intp)
    joins = np.zeros((rows, width), np.intp)
    joined = np.zeros((rows, width), np.intp)
    # (Lines on one row stand next to each other by centre: offsets d up to where no two
    # lines d apart stand within half a line height; each pair so near asked alone.)
    for d in range(1, width):
        row, x = np.nonzero(st.keep[:, d:] & (st.line_cy[:, d:] - st.line_cy[:, :-d] <= half))
        if not len(row):
            break
        y = x + d
        ax, bx, ay, by = st.a[row, x], st.b[row, x], st.a[row, y], st.b[row, y]
        # (Which of two comes first left to right: :func:`_joined_rows` sorts them by start,
        # ties in their order, and x stands before y.)
        first = ax <= ay
        gap_xy, gap_yx = ay - bx, ax - by
        forward = first & (back <= gap_xy) & (gap_xy <= gap)
        backward = ~first & (back <= gap_yx) & (gap_yx <= gap)
        # (The pair's first line joined by the second, or the second by the first.)
        to, of = np.where(forward, y, x), np.where(forward, x, y)
        link = forward | backward
        row, to, of = row[link], to[link], of[link]
        before[row, to] = of
        np.add.at(joins, (row, to), 1)
        np.add.at(joined, (row, of), 1)
    plain = np.asarray(((joins <= 1) & (joined <= 1)).all(axis=1), dtype=np.bool_)
    return plain, before


def _run_on_all(
    st: _Round,
    texts: Sequence[str],
    counts: NDArray[np.float64],
    height: float,
    pitch: float,
) -> tuple[NDArray[np.bool_], list[_Columns | None]]:
    """For each box of ``st`` (its characters ``texts``), whether :func:`_run_on_columns`
    finds no columns, and what it finds where it finds some and that is known (None else:
    ask the look unless it finds none): the same tests, on every row at once. ``counts``:
    the places' counts (NaN for none). A story whose rows are not plain (:func:`_joined_all`)
    is weighed up to its edges alone (False past them, not known), and so is one whose column
    beside its full rows reaches past the places read (:func:`_beside_all`). Each count its
    full rows hold, with each n, sets equal columns when their gutters are RUN_ON_GAP to
    REGULAR_GUTTER characters wide (most hold none); how well the story's rows show each set
    is counted on arrays too, and the set each box's look takes is picked in Python
    (:func:`_run_on_pick`): the counts in the look's order and its ties are a few per box."""
    tol = pitch / 2
    has_left, left = _first_close(_sorted_within(st.a, st.keep), st.size, tol, False)
    has_right, right = _first_close(_sorted_within(st.b, st.keep), st.size, tol, True)
    indent = INDENT * pitch
    none = ~(has_left & has_right)
    none |= ~((left - tol <= st.x0) & (st.x0 <= left + indent + tol) & (st.x1 <= right + tol))
    # (Every story's rows joined, and the links of those whose edges fail dropped: most
    # pass, and joining them all costs less than copying the others out.)
    plain, joins = _joined_all(st, height, pitch)
    weighed = ~none & plain
    before = np.where(weighed[:, None], joins, -1)
    width = st.a.shape[1]
    count = counts[st.line_at]
    # (A line of no count but the box itself counts its own characters.)
    own = np.isnan(count) & (st.line_cy == st.cy[:, None])
    own &= (st.a == st.x0[:, None]) & (st.b == st.x1[:, None]) & st.keep
    row, k = np.nonzero(own)
    count[row, k] = [round(ink_cells(texts[j])) for j in row.tolist()]
    # (Each row's count, its lines' added from its first on, and its start, at each of its
    # lines: a line of no count counts the row none. Read along the rows' links, a link
    # further each time.)
    missing = np.isnan(count)
    total = np.where(missing, 0.0, 0.0 + count)
    start, start_cy = st.a.copy(), st.line_cy.copy()
    # (And each row's first line's place in the story: :func:`_joined_rows` puts its rows in
    # the order of their first lines by start, ties in the story's order.)
    first = np.broadcast_to(np.arange(width), st.a.shape).copy()
    linked = before >= 0
    link_row, link_at = np.nonzero(linked)
    link_to = before[link_row, link_at]
    for _ in range(width):
        prior_total = total[link_row, link_to] + count[link_row, link_at]
        prior_missing = missing[link_row, link_to] | missing[link_row, link_at]
        prior_start = start[link_row, link_to]
        if (
            np.array_equal(prior_total, total[link_row, link_at], equal_nan=True)
            and np.array_equal(prior_missing, missing[link_row, link_at])
            and np.array_equal(prior_start, start[link_row, link_at])
        ):
            break
        total[link_row, link_at] = prior_total
        missing[link_row, link_at] = prior_missing
        start[link_row, link_at] = prior_start
        start_cy[link_row, link_at] = start_cy[link_row, link_to]
        first[link_row, link_at] = first[link_row, link_to]
    # (A row's last line: no line joins it.)
    last = st.keep.copy()
    last[link_row, link_to] = False
    at_left = np.abs(start - left[:, None]) <= tol
    full = (
        last
        & weighed[:, None]
        & (np.abs(st.b - right[:, None]) <= pitch)
        & (at_left | (np.abs(start - left[:, None] - indent) <= tol))
    )
    total = np.where(missing, 0.0, total)
    held = np.where(total != 0, total + np.where(at_left, 0, round(INDENT)), 0.0)
    row, k = np.nonzero(full & (held != 0))
    held, row_start, row_first = held[row, k], start[row, k], first[row, k]
    counted_row, counted = row, held
    # (Each count a story's full rows hold once: :func:`_full_counts`.)
    order = np.lexsort((held, row))
    row, held = row[order], held[order]
    other = np.ones(len(row), dtype=bool)
    other[1:] = (row[1:] != row[:-1]) | (held[1:] != held[:-1])
    row, held = row[other], held[other]
    unknown = np.zeros(len(st.cy), dtype=bool)
    shows = np.zeros(len(st.cy), dtype=bool)
    # (Each set the look weighs, (box, count, n), with how well the story shows it: later
    # and earlier lines together when both show it, twice the rows beside else, 0 for not.)
    shown: dict[tuple[int, float, int], int] = {}
    for n in range(2, 5):
        gutter = (right[row] - left[row] - held * pitch) / (n - 1)
        sets = (held % n == 0) & (RUN_ON_GAP * pitch <= gutter) & (gutter <= REGULAR_GUTTER * pitch)
        j, per, gutter = row[sets], held[sets] / n, gutter[sets]
        # (Each set's columns, as :func:`_run_on_columns` puts them: shown by its rows, or by
        # the story's column beside its full rows.)
        later, earlier = _rows_show(
            st, _EqualColumns(j, left[j], per * pitch, gutter, per, n), pitch
        )
        score = np.where((later > 0) & (earlier > 0), later + earlier, 0)
        unseen = np.nonzero(score == 0)[0]
        other, per, gutter = j[unseen], per[unseen], gutter[unseen]
        beside, beside_unknown = _beside_all(
            st,
            _EqualColumns(other, left[other], per * pitch, gutter, per, n),
            full,
            start_cy,
            counts,
            height,
            pitch,
        )
        score[unseen] = 2 * beside
        unknown[other[beside_unknown]] = True
        # (Only the sets shown kept: a set not kept is not shown.)
        kept = score > 0
        shows[j[kept]] = True
        keys = zip(j[kept].tolist(), held[sets][kept].tolist(), repeat(n))
        shown.update(zip(keys, score[kept].tolist(), strict=False))
    shows |= unknown
    few = full.sum(axis=1) < RUN_ON_FULL
    found: NDArray[np.bool_] = none | (weighed & (few | ~shows))
    # (The boxes whose sets are all weighed above and some shown: the look's pick among them.)
    picked: list[_Columns | None] = [None] * len(st.cy)
    known = weighed & ~unknown & ~found
    # (The counts each such story's full rows hold, in the order :func:`_joined_rows` puts
    # the rows: by their first line's start, ties in the story's order.)
    asked = np.nonzero(known[counted_row])[0]
    counted_row, counted = counted_row[asked], counted[asked]
    order = np.lexsort((row_first[asked], row_start[asked], counted_row))
    counted_row, counted = counted_row[order].tolist(), counted[order].tolist()
    at = 0
    left_at, right_at = left.tolist(), right.tolist()
    for j in np.nonzero(known)[0].tolist():
        begin = at
        while at < len(counted_row) and counted_row[at] == j:
            at += 1
        picked[j] = _run_on_pick(j, counted[begin:at], shown, left_at[j], right_at[j], pitch)
    return found, picked


def _run_on_pick(
    j: int,
    counted: list[float],
    shown: Mapping[tuple[int, float, int], int],
    left: float,
    right: float,
    pitch: float,
) -> _Columns:
    """The columns :func:`_run_on_columns` finds for box ``j`` of a round, its story's full
    rows holding ``counted`` (in its rows' order; at least one), from ``left`` to ``right``,
    each set it weighs shown as ``shown`` has it (:func:`_run_on_all`): of the counts in its
    order (:func:`_full_counts`), the first with a set shown, and of that count's sets, the
    one shown best (the fewer columns on a tie); the gutters set as the look sets them."""
    if not counted:
        return [], 0.0
    best = (0, 0.0, 0)
    for count in _full_counts(counted):
        for n in range(2, 5):
            score = shown.get((j, count, n), 0)
            if score > best[0]:
                best = (score, count, n)
        if best[0]:
            break
    if not best[0]:
        return [], 0.0
    _, count, n = best
    gutter = (right - left - count * pitch) / (n - 1)
    width = count / n * pitch
    firsts = [left + k * (width + gutter) for k in range(n)]
    lasts = [x + width for x in firsts]
    return list(zip(lasts, firsts[1:], strict=False)), pitch


class _EqualColumns(NamedTuple):
    """Sets of ``n`` equal columns (:func:`_run_on_columns`), each of a box of a round (its
    row ``box``): from ``left``, ``width`` wide at ``gutter``, holding ``per`` characters."""

    box: NDArray[np.intp]
    left: NDArray[np.float64]
    width: NDArray[np.float64]
    gutter: NDArray[np.float64]
    per: NDArray[np.float64]
    n: int


def _rows_show(
    st: _Round, columns: _EqualColumns, pitch: float
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """For each set of ``columns``, how its box's story's rows show it as
    :func:`_run_on_columns` counts them: of its lines two characters long or more, each
    standing in the first column it starts in (within half a character before its start, an
    indent and half past it), those in a later column, and those ending short of their
    column's end by half a character or more in a column before the last (it shows the set
    when both are some)."""
    tol = pitch / 2
    reach = INDENT * pitch + tol
    j = columns.box
    a, b = st.a[j], st.b[j]
    longer = st.keep[j] & ~(b - a < 2 * pitch)
    left, width = columns.left[:, None], columns.width[:, None]
    step = width + columns.gutter[:, None]
    column = np.full(a.shape, -1)
    end = np.zeros(a.shape)
    for k in range(columns.n - 1, -1, -1):
        x = left + k * step
        starts = (-tol <= a - x) & (a - x <= reach)
        column = np.where(starts, k, column)
        end = np.where(starts, x + width, end)
    within = longer & (column >= 0) & ~(b > end + tol)
    later = within & (column > 0)
    earlier = within & (column < columns.n - 1) & (b < end - tol)
    return later.sum(axis=1), earlier.sum(axis=1)


def _beside_all(
    st: _Round,
    columns: _EqualColumns,
    full: NDArray[np.bool_],
    full_cy: NDArray[np.float64],
    counts: NDArray[np.float64],
    height: float,
    pitch: float,
) -> tuple[NDArray[np.intp], NDArray[np.bool_]]:
    """For each set of ``columns``, what :func:`_column_beside` counts of its story's column
    before it beside its box's story's full rows (``full``, their first lines' centres
    ``full_cy``), of the places the round read (``counts``: their counts, NaN for none); and
    whether the set's rows reach past those places (then not known)."""
    tol = pitch / 2
    places = st.places
    # (Each set's full rows, with the places on each row, by centre.)
    pair, at = np.nonzero(full[columns.box])
    cy = full_cy[columns.box[pair], at]
    lo = np.searchsorted(places.centres, cy - height / 2, "left")
    hi = np.searchsorted(places.centres, cy + height / 2, "right")
    many = np.maximum(hi - lo, 0)
    of = np.repeat(np.arange(len(pair)), many)
    line = places.at[np.arange(len(of)) + np.repeat(lo - (np.cumsum(many) - many), many)]
    # (A row with a place not read: not known.)
    unknown = np.zeros(len(columns.box), dtype=bool)
    unknown[pair[of[line < 0]]] = True
    of, line = of[line >= 0], line[line >= 0]
    a, b = places.a[line], places.b[line]
    s = pair[of]
    width, per = columns.width[s], columns.per[s]
    inset = a - (b - width)
    indent = np.round(inset / pitch)
    count = counts[line]
    match = (
        ~(np.abs(b - (columns.left[s] - columns.gutter[s])) > tol)
        & (indent >= 0)
        & (indent <= INDENT)
        & (np.abs(inset - indent * pitch) <= tol)
        & (np.isnan(count) | (count + indent == per))
    )
    # (Each full row's first line that stands so: the row counts once, whole or not as that
    # line is.)
    rows, first = np.unique(of[match], return_index=True)
    whole = indent[match][first] == 0
    found = np.bincount(pair[rows], minlength=len(columns.box))
    wholes = np.bincount(pair[rows[whole]], minlength=len(columns.box))
    beside = np.where((found >= RUN_ON_FULL) & (wholes > 0), found, 0)
    return beside, unknown


def _no_columns_all(
    boxes: Sequence[Box],
    texts: Sequence[str],
    shown: Sequence[Sequence[tuple[float, float]]] | Callable[[Box], Sequence[tuple[float, float]]],
    placed: list[tuple[float, float, float]],
    centres: list[float],
    cells: Mapping[tuple[float, float, float], float],
    heads: list[tuple[float, float, float, float]],
    height: float,
    pitch: float,
    digits: Mapping[tuple[float, float, float], float] | None = None,
    rows: NDArray[np.float64] | None = None,
) -> tuple[list[bool], list[bool], list[_Columns | None], list[_Columns | None]]:
    """For each of ``boxes`` (its characters ``texts``, the gutters ``shown`` beside it: a
    list, or a function of the box, asked only of the boxes a column set is weighed of),
    whether :func:`_regular_gutters` finds no columns near it, and whether
    :func:`_run_on_columns` does, as they would be asked with these arguments (True: known to
    find none; False: ask the look); and what :func:`_regular_gutters` finds for the boxes it
    is asked of, and :func:`_run_on_columns` where it finds columns and that is known (None
    else: ask the look unless it finds none). Asked of a round's
    boxes at once, on arrays of their stories: most of the lines gone through show no equal
    columns, and each look costs tens of microseconds a line in Python
    (:mod:`desktop.core.reflow.gutters`). (``rows``: ``placed`` as the rows of a matrix,
    where the caller holds it, :func:`_round_of`.)"""
    if not placed:
        # (No lines near any box: neither look finds columns.)
        return [True] * len(boxes), [True] * len(boxes), [None] * len(boxes), [None] * len(boxes)
    if not boxes:
        return [], [], [], []
    st = _round_of(boxes, placed, centres, heads, height, pitch, rows)
    # (The gutters shown beside each box, by its index: read of the box when asked.)
    shown_of: _Shown
    if callable(shown):
        by_box = shown

        def shown_of_box(j: int) -> Sequence[tuple[float, float]]:
            return by_box(boxes[j])

        shown_of = shown_of_box
    else:
        shown_of = shown
    # (Each line's count, NaN for none: each placed line's read once from ``cells``.)
    places = st.places.lines
    counts = np.fromiter(map(cells.get, places, repeat(np.nan)), np.float64, len(places))
    # (And the cells of each line holding digits, NaN for the others: :func:`_regular_count`.)
    digit_cells = np.fromiter(
        map((digits or {}).get, places, repeat(np.nan)), np.float64, len(places)
    )
    with np.errstate(invalid="ignore", over="ignore"):
        regular, regular_found = _regular_none_all(st, shown_of, pitch, counts, digit_cells)
        run_on, run_on_found = _run_on_all(st, texts, counts, height, pitch)
    return regular.tolist(), run_on.tolist(), regular_found, run_on_found
