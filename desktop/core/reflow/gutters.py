"""OCR lines that run across a column gutter, cut back into one line per column.

A text detector (PaddleOCR, RapidOCR) joins two lines of neighbouring columns into one box
when the gutter between them is narrow: "以实事求是的新的里程碑" reads on across two columns, and
one such box is enough to hide the gutter from a layout that looks for whitespace between
columns. Measured on real RapidOCR output of rendered pages, three to five boxes a page.

A box is cut where the lines around it (about eight lines up and down) leave a clear vertical
gap inside it that both sides fill with text: a gutter the box alone bridges. Only boxes of
body type are cut: a headline or deck is set over several columns on purpose, and so is a
caption in smaller type (under a photo, whose blank the OCR does not read). The text is cut
in proportion to where the gap falls (Chinese type is set on a fixed pitch), and each part gets
its own box. The page's lines then are the parts, in the tool's order; every character keeps a
box that holds it.

A detector also stretches a body line's box over blank paper: the box of a column's line starts
in the gutter left of it, touching the line of the column before ("广大黑人一样…" boxed from the
end of its neighbour), and hides that gutter as well as a run-on box does. A box wider than its
characters need by a character or more, whose end past a gutter the lines around it show is too
narrow to hold a character and meets a line of the next column on the same row, is trimmed back
to that gutter (a deck set over the columns has no line beside it). So is one grown over the
gutter and the blank of the next column's indent, to where that column's indented line on its
row starts, when its characters fill its column before the gutter (a wide one too: the first
look at the wide lines trims it so rather than cut it there).

Where the detector stretched the boxes of neighbouring columns into a gutter from both sides,
row after row (boxes overlap: no neighbour leaves it clear), the page's column grid still shows
it (:mod:`grid`): a wide body line in running text crossing such a grid gutter by a character
or more, where lines near it end and start at that gutter, is cut there; a body line whose box
ends (or starts) inside one is trimmed back to it. Where no two of a story's lines start or
end together by a gutter (the grid is a median over the page, and a story of two wide
columns has too few rows to make one), its rows still meet there, row after row, within a
few characters: such a seam is a gutter too; its rows' boxes are trimmed to it and the lines
crossing it cut there, the parts of lines cut at other gutters among them (:func:`_seams`).
And a story's columns are set equally wide: where its rows are nearly all run on, so that
neither a gap, a seam nor the grid shows a gutter, the columns as wide as a line of its first
(or last) column, between the story's left and right edges, put the gutters a run-on line
is cut at, when other lines of the story fit them and hold the characters those columns
hold: a column's whole line C, a line run on over k columns k times C (less an indent) and
the gutters' blank beyond them, as the run-on line itself (:func:`_regular_gutters`; these
looks live in :mod:`desktop.core.reflow.equal_columns`). So, against the grid, a run-on line
whose characters share out at every grid gutter it crosses as three or more equal columns'
whole lines (as wide, as many cells each) is cut at them all, though the lines near show
only some of those gutters and no line over or under a part shows its column: a short
story's later columns run on row after row (:func:`_equal_parts`). Last, a run-on line
still whole (a story a few rows tall, its columns' lines paragraph ends or stretched boxes)
is cut at a gutter of the page's grid that no line near it runs across, where lines near it
end and start by it (:func:`_uncrossed_gutters`); that last look goes over the lines it left
whole near one it cut once more, as the parts show their columns (:func:`_again_near_cut`).

A box is never cut at a gap (of its neighbours, the grid's, a seam's or equal columns') that
the rows right over and under it bridge with a wide column's full line, its characters filling
it at the body's pitch with no gutter's blank in it (:func:`_bridged`): a story set in two wide
columns under a wide headline, over or beside stories in the page's narrow columns, is cut at
its own gutter, not at theirs inside its columns.

A line right under or over a headline-type line, closer than a body line height, and within
its span is a deck of that headline and never cut, though its type be no larger than the body's
and the columns under it show their gutters; a run-on line under a headline runs past its ends
(a headline is centred over its columns, narrower than they are), or, within them, its box is
wider than its characters by a gutter the rows under it show, and they follow it at a body
row's spacing (:func:`_run_on_under`: the first row of two narrow columns, indented and short).
"""

from __future__ import annotations

import math
import statistics
import unicodedata
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache, partial
from itertools import chain, compress, pairwise
from operator import is_, is_not, itemgetter, le
from typing import Literal, NoReturn

import numpy as np
from numpy.typing import NDArray

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.arrays import box_places, columns, matrix
from desktop.core.reflow.equal_columns import (
    REGULAR_SLACK,
    _covered,
    _crossed_columns,
    _joints_off_columns,
    _no_columns_all,
    _own_gutters,
    _run_on_columns,
)
from desktop.core.reflow.grid import (
    BODY_PITCH,
    DIGITS_SHORT,
    FITS,
    GRID_SIDE,
    INDENT,
    INDENT_FITS,
    RUNNING,
    SIDE,
    STRETCHED,
    WINDOW,
    BandGrids,
    crossing_reach,
    first_start,
    grid_gaps,
    grid_here,
    gutters_from_column,
    trim_reach,
    trim_to_grid,
)
from desktop.core.reflow.measures import median
from desktop.core.reflow.text import (
    CLOSERS,
    NARROW,
    NARROW_CELL,
    OPENERS,
    ends_sentence,
    is_cjk,
)
from desktop.core.reflow.text import cells as ink_cells
from desktop.core.reflow.windows import Strided, window_starts_by_width

#: A box at most this much taller than the body type can be a run-on body line (a detector's
#: box of two lines run together stands taller than either: 1.18-1.24 on real output).
BODY_TYPE = 1.25
#: Lines up to this much taller than the body type are still running text (not headlines).
TEXT_TYPE = 1.35
#: A box up to this much taller than the body type, its characters set at the body's pitch, can
#: be a run-on too: two lines of neighbouring columns whose rows do not line up (a story set
#: beside another in wider columns) join into a box as tall as both together (1.3 on real
#: output). A headline of that box height is set at a larger pitch.
OFFSET_RUN_ON = 1.45
#: The pitch (box width over character cells, a gutter or two included) such a taller box
#: may have against the body's.
OFFSET_PITCH = 1.12
#: A body line the detector boxed tilted stands up to this many body lines tall (1.6-1.8 on
#: real output; 2.1 for a run-on of offset rows boxed tilted, each end of it 1.5 lines tall),
#: its characters at the body's pitch (:func:`_tilted`).
TILTED = 2.3
#: Such a line holds at least this many character cells: a deck over the columns is short,
#: and across the gutters the grid leaves out it can come near the body's pitch.
TILTED_CELLS = 20.0
#: A box this much wider than the usual body line may run across a gutter.
WIDE = 1.3
#: A run-on line's characters (gutters left out, Latin letters and digits at 0.6) are set at
#: least this wide against the body's; a caption across the columns is set smaller.
SMALL_PITCH = 0.88
#: Two gaps closer than this many body line heights are one gutter (no character between).
SLIVER = 0.8
#: How many lines listed before and after a line give the width it is compared with.
LISTED = 6
#: How far up and down (in body line heights) the lines over and under a line are sought,
#: to tell it wider than its column's lines.
NEIGHBOURS = 6.0
#: A box this many body characters wider than its characters need may overhang a gutter.
OVERHANG = 0.6
#: A box taller than body type may overhang a gutter when it holds at least this many
#: character cells (few characters tell no pitch).
TALL_CELLS = 8.0
#: A part of a box past a gutter narrower than this many body characters holds no character.
EMPTY = 0.6
#: A box overhanging a gutter may stop this many body characters short of the next column's
#: line on its row (an indented one) and still be trimmed back to the gutter.
INDENTED = 3.5
#: A box holding a gutter's blank beside its characters: its width and its parts' cell counts
#: within this many characters of whole ones (:func:`_blank_held_gutters`).
BLANK_HELD = 0.3
#: At most this many neighbours may cross a gap for it to be a gutter (SIDE on each side).
CROSSING = 1
#: A box starting less than this many characters right of its column's left edge may hide
#: an indent under its stretched start.
INDENT_SEEN = 1.0
#: A column's line of at least this many character cells, ending at its column's end, is a
#: full (justified) line of it.
COLUMN_FULL = 4.0
#: How many of its columns' own lines show the pitch a lead set across them is weighed at.
LEAD_LINES = 4
#: A line boxed under this share of a body line's height, its characters set at under this
#: share of its columns' lines' pitch, is a lead set across them in smaller type.
LEAD_PITCH = 0.92
#: A body line ending at most this many characters past a grid gutter it crosses may be a
#: line run on into the next column's first characters.
RUN_ON_TAIL = 3.0
#: A line under a headline with at least this many text lines beside it on its row is the first
#: row of the columns under it, not a deck: a deck stands alone on its row (or broken in two
#: at a space).
ROW_MATES = 2
#: The cells a punctuation mark's ink takes (set in the left or right half of its cell).
MARK = 0.5
#: The marks set in their cell's left half (a line's box ends half a cell short after one).
LEFT_SET = frozenset("。，、")
#: Two lines of a row meet at a seam when the second starts at most this many body characters
#: after the first ends, or at most SEAM_OVERLAP characters before it (boxes stretched into
#: each other over a narrow gutter).
SEAM_MEET = 2.5
SEAM_OVERLAP = 3.0
#: The meeting points of one seam lie within this many body characters.
SEAM_BAND = 3.0
#: A seam is shown by at least this many rows meeting there, each at most SEAM_SKIP body line
#: heights under the one before (rows run on across it in between).
SEAM_ROWS = 3
#: A run-on line's own story's gutter is drawn from at least this many rows near it meeting
#: there (:func:`_drawn_gutters`): one row parted there, a line of the same columns starting
#: where the run-on line does, shows it when no line near crossing it is set solid.
DRAWN_ROWS = 1
#: A column's full line is counted (:func:`_column_count`) from at least this many lines
#: holding that count, starting up to COUNT_REACH characters before the column and none
#: more than COUNT_INDENT in; a part over it by one character (up to COUNT_OVER cells) gives
#: it to one that stays within COUNT_SLACK cells of it (a digit counts 0.6)
#: (:func:`_counted_parts`).
COUNT_LINES = 2
COUNT_REACH = 1.5
COUNT_INDENT = 4.0
COUNT_SLACK = 0.25
COUNT_OVER = 1.5
#: A run-on box set wider than the body is a row of its columns when COLUMN_ROWS lines of
#: each stand near it set as wide, within SAME_SET of its pitch (:func:`_set_as_columns`).
COLUMN_ROWS = 2
SAME_SET = 0.12
#: A stop or closing mark ending a full line may hang past its column's edge.
HANGING = frozenset("，。、；：？！") | CLOSERS
SEAM_SKIP = 5.0
#: A body line under a headline runs on over the gutter of the rows under it only when the
#: first of those stands at most this many line heights under it (centre to centre): a
#: body row's spacing, where a deck stands apart (:func:`_run_on_under`).
RUN_ON_ROW = 1.6

#: The first row under a headline: its top at most this many body line heights under the
#: headline's bottom (:func:`_first_under_head`).
HEAD_GAP = 1.5

#: A run-on line's parts at the grid's gutters are a story's equal columns' whole lines when
#: there are at least EQUAL_PARTS of them, each holding as many character cells, at least
#: EQUAL_CELLS (:func:`_equal_parts`).
EQUAL_PARTS = 3
EQUAL_CELLS = 4.0

#: The equal columns' second look goes through the lines within EQUAL_AGAIN line heights of
#: one the first changed: what a look at a line reads lies within WINDOW heights of it (its
#: story's window, :func:`_story_lines`; :func:`_cut`'s window), and :func:`_column_beside`
#: reads the rows half a height past those; so a line farther off reads nothing the first
#: changed, and its look finds what the first found (nothing, or it moved). (A speed bound
#: only: exact for any value from WINDOW + 1/2 on.)
EQUAL_AGAIN = WINDOW + 1


def split_across_gutters(page: OcrPage) -> OcrPage:
    """The page with every run-on body line cut at the gutters it bridges (same page if none)."""
    # (A box ending in a fragment of its row neighbour's first glyph, read as an opening mark,
    # is first trimmed off that neighbour: :func:`_trim_fragment_marks`.)
    page = _trim_fragment_marks(page)
    # (Each boxed line's place (centre, left, right) and height read once, by its index: the
    # first looks read them of every line, some ten times over.) (And the lines not boxed, in
    # their order, a few in a thousand: the same pass, every line is one or the other.)
    boxed: list[tuple[int, OcrLine]] = []
    place: dict[int, tuple[float, float, float]] = {}
    tall: dict[int, float] = {}
    unboxed: list[int] = []
    for i, ln in enumerate(page.lines):
        if (b := ln.box) is not None and b.height > 0 and len(ln.text.strip()) >= 2:
            boxed.append((i, ln))
            place[i], tall[i] = (b.cy, b.x0, b.x1), b.height
        else:
            unboxed.append(i)
    if len(boxed) < 2 * SIDE + 1:
        return page
    # (Every boxed line has a box: its heights are those of ``tall``, in its order.)
    height = median(list(tall.values()))
    # (The type sizes against the body's, worked out once: the passes below ask them of every
    # line, as these products.)
    body_type, text_type = BODY_TYPE * height, TEXT_TYPE * height
    offset_type, tilted_type = OFFSET_RUN_ON * height, TILTED * height
    # (The boxed lines by place, sorted once: each list of places sorted below is of some of
    # them, taken in this order. The same list: a sort is stable, and so is the filter.)
    by_place = sorted(place, key=place.__getitem__)
    # (The boxed lines' indexes, heights and places as arrays, in their order, for the passes
    # asking all of them at once.)
    # (The keys of ``place``, set in that order.)
    boxed_order = list(place)
    boxed_indexes = np.array(boxed_order, dtype=np.intp)
    boxed_tall = np.fromiter(tall.values(), float, len(tall))
    boxed_cy, boxed_at_x0, boxed_at_x1 = columns(place.values(), len(place))
    # (The body lines found on the heights as an array: the boxed lines of body type, in
    # their order. numpy compares a height as Python does, an int's read exactly.)
    body_at = np.flatnonzero(boxed_tall <= body_type)
    body = list(map(boxed.__getitem__, body_at.tolist()))
    # (The boxed lines' places and heights by place, read once: the lists of places below
    # are filters of them by height, in this order.)
    level = list(map(place.__getitem__, by_place))
    placed_at = np.searchsorted(boxed_indexes, by_place)
    placed_tall = boxed_tall[placed_at]
    if len(body) < 2 * SIDE + 1:
        return page
    # Wide against the lines the tool listed around it: those of the same row (row by row
    # listing) or of the same column (block by block), so a page mixing column widths is
    # judged band by band.
    widths = [ln.box.width for _, ln in body if ln.box is not None]
    # (The few lines found wide taken by compress, in C, in their order.)
    wide = {i for i, _ in compress(body, _wider_than_listed(widths))}
    pitch = (
        median(
            [
                ln.box.width / len(ln.text)
                for _, ln in body
                if ln.box is not None and len(ln.text) >= 8
            ]
        )
        if any(len(ln.text) >= 8 for _, ln in body)
        else height
    )
    # Boxes a little taller than body lines, at the body's pitch: run-ons of offset rows.
    # (At that pitch once the gutters of the body lines' column grid it crosses are left out,
    # when it starts where a column of that grid does, or an indent in: a title set over the
    # columns starts anywhere.)
    # (The body lines' places by centre, for the grid and the look over and under them.)
    body_placed = list(compress(level, (placed_tall <= body_type).tolist()))
    body_grids = BandGrids(body_placed, height, pitch)
    # (Its height asked first, of both kinds at once: most lines are body type.)
    # (The lines of those heights found first on the heights as an array, in the lines'
    # order: a few in a hundred are.)
    offset = [
        (i, ln)
        for i, ln in map(
            boxed.__getitem__,
            np.flatnonzero((boxed_tall > body_type) & (boxed_tall <= tilted_type)).tolist(),
        )
        if ln.box is not None
        and (
            (
                body_type < ln.box.height <= offset_type
                and ink_cells(ln.text) >= 8
                and ln.box.width - _from_gutter(body_grids.at(ln.box.cy), ln.box, pitch)
                <= OFFSET_PITCH * pitch * ink_cells(ln.text)
            )
            # (Or a body line boxed tilted: see :func:`_tilted`.)
            or (offset_type < ln.box.height <= tilted_type and _tilted(ln, body_grids, pitch))
        )
    ]
    # (The lines' places as arrays, read once: those of the boxed lines, in their order.)
    judged_at = np.concatenate(
        (body_at, np.searchsorted(boxed_indexes, [i for i, _ in offset]).astype(np.intp))
    )
    placed_at = placed_at[placed_tall <= body_type]
    wide |= _wide_among_neighbours(
        body,
        height,
        offset,
        placed=body_placed,
        values=(boxed_cy[judged_at], boxed_at_x0[judged_at], boxed_at_x1[judged_at]),
        placed_values=(boxed_cy[placed_at], boxed_at_x0[placed_at], boxed_at_x1[placed_at]),
    )
    # (A body line boxed tilted is cut at the page's column grid only: its box overlaps the
    # rows over and under it, and the clear gaps their lines leave do not place its gutters.)
    tilted = {i for i, ln in offset if ln.box is not None and ln.box.height > offset_type}
    # (Such a box crossing a grid gutter from a column's start runs on across it, however
    # narrow that leaves it against the lines around: a line run on by a few characters.)
    # (Kept apart too: the last look weighs them as body-high lines, :func:`_run_on_high`.)
    offset_run_on = {
        i
        for i, ln in offset
        if ln.box is not None and gutters_from_column(body_grids.at(ln.box.cy), ln.box, pitch) > 0
    }
    wide |= offset_run_on
    # (So does a body line run on by a few characters: its end stands a few characters past
    # a grid gutter it crosses from a column's start, the page's left margin among them; the
    # margin enters the grid as a gutter of no width, which no box crosses.)
    margin = first_start(boxed_at_x0[body_at], pitch)
    edge = [] if margin is None else [(margin, margin)]
    # (Asked of every body line at once, with :func:`_run_on_by_grid`'s look:
    # :func:`_run_ons_across_grid`.)
    # (The body lines' places read as arrays: those of the boxed lines of body type, in
    # their order, as ``body`` takes them.)
    wide |= _run_ons_across_grid(
        body,
        body_grids,
        pitch,
        edge,
        (boxed_cy[body_at], boxed_at_x0[body_at], boxed_at_x1[body_at]),
    )
    # Boxes wider than their characters need: they may overhang a gutter. (Boxes taller than
    # body type too, of a line long enough to show its pitch: the detector boxes a body line
    # tall now and then, a tilted one 1.6 body lines; judged by pitch once trimmed, see
    # :func:`_trim_tall`.)
    # (And a short line boxed a little taller, stretched back to meet the line before it on
    # its row: its box grown over the gutter; a deck over the columns meets no line there.)
    # (Asked of the boxed lines at once: :func:`_loose_all`.)
    loose = _loose_all(
        boxed,
        (boxed_indexes, boxed_tall, boxed_at_x0, boxed_at_x1),
        level,
        body_type,
        offset_type,
        pitch,
    )

    def trim(
        line: OcrLine, others: list[tuple[float, float, float]], centres: list[float]
    ) -> OcrLine:
        if line.box is not None and line.box.height > body_type:
            return _trim_tall(line, others, centres, height, pitch)
        return _trim(line, others, centres, height, pitch)

    if not wide and not loose:
        return page
    # Neighbours by vertical centre, so each wide box looks at a window, not the whole page.
    # (Any line short of headline type: body boxes' heights vary by a fifth, and a gutter
    # shows only when all the lines beside it count.)
    text_placed = (placed_tall <= text_type).tolist()
    others = [
        p for p, i, t in zip(level, by_place, text_placed, strict=True) if t and i not in wide
    ]
    # (The centres read by itemgetter, in C, here and below: lists of some 10,000 places.)
    centres = list(map(itemgetter(0), others))
    # For "is it in running text": every body line, run-ons too (they come in runs).
    # (Box heights of body lines vary by a fifth from line to line: anything short of
    # headline type counts here.)
    every = list(compress(level, text_placed))
    # The characters of each line as placed, for the pitch of a column's full lines (of
    # lines set in CJK cells alone: Latin letters and digits are set at no one width); kept
    # up to date in place by placed().
    # (Every look cuts against the same body lines, height, pitch and counts.)
    cells: dict[tuple[float, float, float], float] = {}
    # (And how much shorter each line holding digits or Latin letters runs than its
    # characters set in CJK cells, by its place as trimmed: :func:`_gaps`' width.)
    narrow: dict[tuple[float, float, float], float] = {}
    cut_line = partial(
        _cut, every=every, height=height, body_pitch=pitch, cells=cells, narrow=narrow
    )
    # Headline-type lines, to tell a deck stacked on one from a run-on body line: by height,
    # or by pitch (a headline's box grows less than its type; of a title broken in two boxes
    # at a dash, one box may be no taller than a deck's).
    # (Of the lines taller than body type alone, found on the heights as an array, in the
    # lines' order: both tests ask that, and a few lines in a hundred are.)
    heads = sorted(
        (ln.box.y0, ln.box.y1, ln.box.x0, ln.box.x1)
        for _, ln in map(boxed.__getitem__, np.flatnonzero(boxed_tall > body_type).tolist())
        if ln.box is not None
        and (
            (ln.box.height > text_type and not _tilted(ln, body_grids, pitch))
            # (Its height asked before its characters are counted: most lines are body type.)
            or (
                ln.box.height > body_type
                and ink_cells(ln.text) >= 3
                and ln.box.width > TEXT_TYPE * pitch * ink_cells(ln.text)
            )
        )
    )
    # (Whether a line is a deck under a headline, asked of each line in every look: once per
    # box, the headlines and lines it reads stand through all the looks.)
    decks: dict[Box, bool] = {}
    # (The lines no look found wide, as the detector boxed them: the rows under a line
    # right under a headline show the gutters it may run on over.)
    beneath = others

    # (And by the line asked, which most looks ask again: its box's hash is worked out from
    # its four places each time. Keyed by the line object, which its entry keeps alive.)
    asked: dict[int, tuple[OcrLine, bool]] = {}

    # (The headlines' tops, in their order: :func:`_head_near`.)
    head_tops = [top for top, _, _, _ in heads]

    def under(line: OcrLine) -> bool:
        seen = asked.get(id(line))
        if seen is not None and seen[0] is line:
            return seen[1]
        assert line.box is not None
        # (No headline near it: not a deck, asked first, of its top and bottom alone; most
        # lines, :func:`_head_near`.)
        if not _head_near(head_tops, line.box, height):
            asked[id(line)] = (line, False)
            return False
        found = decks.get(line.box)
        if found is None:
            # (Not a line run on over the gutter the rows under it show: see
            # :func:`_run_on_under`.)
            found = decks[line.box] = _under_headline(line, heads, height, every, pitch) and not (
                _run_on_under(line, beneath, every, height, pitch)
                # (Or over the gutter its story's own lines under it show, the lines a look
                # found wide among them: a story set in wider columns than the page's.)
                or _run_on_under(line, every, every, height, pitch, spanning_out=True)
            )
        asked[id(line)] = (line, found)
        return found

    # (The loose lines trimmed in the page's order, the rest taken as they are: a tenth of
    # the lines are loose.)
    trimmed = list(page.lines)
    # (The indexes of ``trimmed`` set since placed() last read it, for count_changed(): every
    # line set goes in through put(), so a line that changed since is among them and the
    # others stand as placed() found them. Read so, not by asking each of 10,000 lines
    # whether it is the one placed() found, at each of a dozen placings, most of which find
    # none changed.)
    written: set[int] = set()

    def put(i: int, line: OcrLine) -> None:
        """Set line ``i`` of ``trimmed`` (the one way a look sets a line there)."""
        trimmed[i] = line
        written.add(i)

    for i in sorted(loose):
        put(i, trim(trimmed[i], others, centres))
    # (Each line's key set or taken out since placed() last read them noted, for
    # count_changed(), as put() notes the lines set: :class:`_NotedCuts`.)
    cut = _NotedCuts()
    # (Each line's place, type and count are read once: from one look to the next most lines
    # stand as they were. Keyed by the line object, which its entry keeps alive.)
    # (Its facts kept as the one tuple entry() gives: a look asks them of every line.)
    memo: dict[int, tuple[OcrLine, tuple[tuple[float, float, float], bool, int | None]]] = {}

    def entry(ln: OcrLine) -> tuple[tuple[float, float, float], bool, int | None] | None:
        """A line's place, whether it is of text type, and its count (None: not in CJK cells)."""
        found = memo.get(id(ln))
        if found is None or found[0] is not ln:
            box = ln.box
            if box is None:
                return None
            count = None if NARROW.search(ln.text) else len(ln.text)
            key = (box.cy, box.x0, box.x1)
            found = memo[id(ln)] = (ln, (key, box.height <= text_type, count))
        return found[1]

    # (Each boxed line's facts made at once, as :func:`entry` makes them: its place, type and
    # count; every look asks them, and the lines as boxed most of all.)
    # (And the characters of each line as the detector boxed it, for :func:`_bridged`, in
    # the same loop: by place, in the lines' order.)
    counts: dict[tuple[float, float, float], float] = {}
    counted = 0
    # (And the boxed lines whose text holds a narrow character, in their order: those of no
    # count. A trim or a cut keeps a line's text, or a part of it.)
    uncounted: list[int] = []
    # (Their places and types read with them, in the same order: ``place`` was set so.)
    for (i, ln), key, text in zip(
        boxed, place.values(), (boxed_tall <= text_type).tolist(), strict=True
    ):
        count = None if NARROW.search(ln.text) else len(ln.text)
        memo[id(ln)] = (ln, (key, text, count))
        if count is not None:
            counts[key] = count
            counted += 1
        else:
            uncounted.append(i)
    # The wide lines are cut against their neighbours as trimmed: a box stretched back over
    # the gutter before it hides that gutter from a run-on box across it, or shows its edge in
    # the wrong place (a later look keeps a new cut only where it makes more parts).
    # (Places, types and counts read by :func:`entry`: the looks after read them again.)
    # (Taken in the order of the places the lines were boxed at: a trim moves a box's ends
    # a little, and the sort finds the run nearly in order.)
    # (Gathered in a list, then sorted: a generator handed to sorted() cost a switch a line.)
    # (A line not set since it was boxed holds the facts just made of it: only the lines set
    # since, the loose ones trimmed, a tenth, are asked, :func:`_text_places`.)
    others = _text_places(by_place, wide, written, place, tall, text_type, trimmed, entry)
    others.sort()
    centres = list(map(itemgetter(0), others))
    # (Of lines most of whose characters are CJK: a line of Latin text in its own column is
    # set at no CJK cells.)
    # (Only the lines of no count are gone through, by place as ``by_place`` takes them: a
    # stable sort of them in the same order by the same key. A line's count is its text's,
    # which its trim keeps; the others' entries were made just above.)
    for i in sorted(uncounted, key=place.__getitem__):
        ln = trimmed[i]
        found = entry(ln)
        if found is not None and found[2] is None and (box := ln.box) is not None:
            ink, chars = ink_cells(ln.text), "".join(ln.text.split())
            # (Its narrow characters, the ASCII ones, counted as the bytes they encode to, in
            # C: :func:`_ascii_count`. And its blank as :func:`_narrow_blank` works it out, of
            # the characters just joined: some 2,000 lines a 10k page.)
            if ink > 0 and 2 * _ascii_count(chars) <= len(chars):
                narrow[found[0]] = (len(chars) - ink) * (box.width / ink)
    # (Whether a look may find a gap at all asked of every wide line at once first: most
    # wide lines are a wide column's, and their windows show none, :func:`_may_cut_all`.)
    looked = sorted(wide - tilted)
    may_cut = _may_cut_all([trimmed[i].box for i in looked], others, height, pitch, centres=centres)
    for i, may in zip(looked, may_cut, strict=True):
        if not under(trimmed[i]) and may:
            box = trimmed[i].box
            parts = cut_line(
                trimmed[i],
                others,
                centres,
                cells=counts,
                columns=body_grids.at(box.cy) if box is not None else (),
            )
            if parts is not None:
                cut[i] = parts

    # A second look at the wide lines left whole, with them and the parts cut so far as
    # neighbours: beside a story set in wider columns, the wide column's own lines are wide
    # against the narrow ones listed around them, and only they show the gutter a run-on
    # box beside them bridges.
    # So with a box that overhangs a gutter: the line beside it may be such a wide one. And
    # the lines as trimmed: two boxes overhanging one gutter hide it from a run-on box
    # across it (a line cut at some of its gutters is cut at the rest then).

    # (placed() keeps what it found last and the lines as they stood then: from one look to
    # the next most lines stand as they were, and only those changed since are taken out and
    # put in again, in their places. Where two lines stand at one place with a count, the
    # count is the last one's in the page's order: it counts them all again then, as at first.)
    boxed_at = set(place)
    placed_lines: list[OcrLine] = []
    placed_cut: dict[int, tuple[OcrLine, ...]] = {}
    placed_keys: list[tuple[float, float, float]] = []
    placed_centres: list[float] = []
    placed_counts: dict[tuple[float, float, float], float] = {}
    placed_shared = [False]
    # (The counts count_changed() took out and put in last; whether ``cells`` stands as
    # placed() set it last, none of its counts moved since.)
    moved_counts: list[
        tuple[list[tuple[float, float, float]], dict[tuple[float, float, float], float]]
    ] = []
    cells_as_placed = [False]
    # (The places placed() holds as the rows of a matrix, once asked (None: not read, or
    # counted anew since), and the list it gave last: :func:`placed_matrix`.)
    placed_rows: list[NDArray[np.float64] | None] = [None]
    placed_given: list[object] = [None]
    # (What placed() found set first to the lines as boxed, each whole, as count_all()
    # counts them: :func:`_placed_as_boxed`. So its first look moves only the lines cut or
    # trimmed since, as every later look does, where it counted all 10,000.)
    (
        placed_lines[:],
        placed_keys[:],
        placed_centres[:],
        placed_counts_as_boxed,
        placed_shared[0],
    ) = _placed_as_boxed(page.lines, every, counts, counted)
    placed_counts.update(placed_counts_as_boxed)

    def count_all() -> None:
        placed_keys.clear()
        placed_counts.clear()
        writes = 0
        # (A line's facts read from the memo where it holds them, as entry() reads them: most
        # lines are there, and a call for each of 10,000 cost more than the look.)
        memo_get = memo.get
        for i, _ in boxed:
            for ln in cut[i] if i in cut else (trimmed[i],):
                held = memo_get(id(ln))
                if held is not None and held[0] is ln:
                    found = held[1]
                else:
                    fresh = entry(ln)
                    if fresh is None:
                        continue
                    found = fresh
                key, text_type, count = found
                if text_type:
                    placed_keys.append(key)
                if count is not None:
                    placed_counts[key] = count
                    writes += 1
        placed_keys.sort()
        placed_centres[:] = list(map(itemgetter(0), placed_keys))
        placed_shared[0] = writes > len(placed_counts)
        # (Counted anew: its matrix is read again when asked.)
        placed_rows[0] = None

    def count_changed() -> bool:
        """Take out and put in the lines changed since the last count; False where two lines
        with counts come to stand at one place (all is counted again then)."""
        changed = [
            i
            for i in (
                *_changed_since(trimmed, placed_lines, written),
                *_cuts_changed(cut, placed_cut, cut.noted),
            )
            if i in boxed_at
        ]
        out: list[tuple[float, float, float]] = []
        out_counts: list[tuple[float, float, float]] = []
        put: list[tuple[float, float, float]] = []
        put_counts: dict[tuple[float, float, float], float] = {}
        for i in dict.fromkeys(changed):
            was = placed_cut.get(i, (placed_lines[i],))
            now = cut.get(i, [trimmed[i]])
            if len(was) == len(now) and all(map(is_, was, now)):
                continue
            for lines, into, into_counts in ((was, out, None), (now, put, put_counts)):
                for ln in lines:
                    found = entry(ln)
                    if found is None:
                        continue
                    key, text_type, count = found
                    if text_type:
                        into.append(key)
                    if count is not None:
                        if into_counts is None:
                            out_counts.append(key)
                        elif key in into_counts:
                            return False
                        else:
                            into_counts[key] = count
        for key in out_counts:
            if placed_counts.pop(key, None) is None:
                return False
        if any(key in placed_counts for key in put_counts):
            return False
        placed_counts.update(put_counts)
        rows = placed_rows[0]
        # (The matrix moved as the keys are, where it is kept, the places moved where
        # _move_keys says: :func:`_moved_rows`.)
        where: list[list[int]] | None = [] if rows is not None else None
        ordered: list[tuple[float, float, float]] = []
        _move_keys(placed_keys, placed_centres, out, put, where, ordered)
        if rows is not None and where is not None:
            placed_rows[0] = _moved_rows(rows, where[0], where[1], ordered)
        moved_counts[:] = [(out_counts, put_counts)]
        return True

    def placed() -> tuple[list[tuple[float, float, float]], list[float]]:
        """Every text-type line as it stands now (cut parts, trimmed boxes), by centre."""
        moved_counts.clear()
        if not placed_lines or placed_shared[0] or not count_changed():
            count_all()
        # (Only the lines set since, once it holds them all: every other one is the line
        # placed, as put() has it.)
        if len(placed_lines) != len(trimmed):
            placed_lines[:] = trimmed
        for i in written:
            placed_lines[i] = trimmed[i]
        written.clear()
        # (Copied anew only where a cut was set or taken out since: else it holds them as
        # they stand, in their order.)
        noted = cut.noted
        if noted:
            placed_cut.clear()
            placed_cut.update((i, tuple(parts)) for i, parts in cut.items())
            noted.clear()
        # (Set anew each time: a look may move a count to a line's trimmed place.) (Where it
        # stands as set last and count_changed() moved the counts, the same moves made in it:
        # each count it took out was there, and it holds the same counts then.)
        _set_cells(
            cells, placed_counts, moved_counts[0] if moved_counts and cells_as_placed[0] else None
        )
        cells_as_placed[0] = True
        given = list(placed_keys)
        placed_given[0] = given
        return given, list(placed_centres)

    def placed_matrix(near: Sequence[tuple[float, float, float]]) -> NDArray[np.float64] | None:
        """The places of ``near`` as the rows of a matrix (centre, left, right), where ``near``
        is the list placed() gave last (None else): kept from one placing to the next, only
        the places moved since taken out and put in (:func:`_moved_rows`), where the looks
        read the places they ask into arrays anew each time (:func:`_may_cut_all`)."""
        if near is not placed_given[0]:
            return None
        rows = placed_rows[0]
        if rows is None:
            rows = placed_rows[0] = matrix(placed_keys, len(placed_keys), 3)
            # (Read by the looks, never written: shared by them all.)
            rows.setflags(write=False)
        return rows

    # (The boxed lines by centre, for the lines a look reads near one: :func:`recut`'s.)
    # (Taken by place: the sort finds them nearly in order.)
    boxed_by_centre = list(zip(map(itemgetter(0), level), by_place, strict=True))
    boxed_by_centre.sort()
    boxed_centres = [c for c, _ in boxed_by_centre]
    # (What the last look below left: its grids, the centres it gave back, the lines and cuts
    # as they stood then; :func:`_recut_reach`.)
    last_look: list[tuple[object, object, list[OcrLine], dict[int, list[OcrLine]]]] = []

    def recut(
        near: list[tuple[float, float, float]],
        centres: list[float],
        grids: BandGrids | None = None,
        only: list[float] | None = None,
        first_rows: bool = False,
    ) -> list[float]:
        """Cut the wide lines again against ``near`` (and the grid of ``grids``), keeping a new
        cut only where it makes more parts; with a grid, a line still whole is trimmed to it. With
        ``only`` (centres, sorted), just the lines within two windows of one of them; with
        ``first_rows``, just the first rows under a headline (:func:`_first_under_head`). The
        centres of the lines it changed."""
        changed: list[float] = []
        # (The lines no cut made, whose characters the detector's own box holds: as they stand
        # now, read once a cut is weighed against another, which few are.)
        cut_then, lines_then = set(cut), list(trimmed)
        # (The places of those lines, for :func:`_misfit`: each place it asks sought among the
        # lines boxed at its centre alone. A trim moves a line's ends, never its centre.)
        whole = _UnmadeAt(boxed_by_centre, boxed_centres, cut_then, lines_then)

        # (Only near what the look just before changed, when nothing else did since:
        # :func:`_recut_reach`.)
        again = (
            only is not None
            and bool(last_look)
            and last_look[0][0] is grids
            and last_look[0][1] is only
            and len(cut) == len(last_look[0][3])
            and all(cut.get(i) is parts for i, parts in last_look[0][3].items())
            and all(map(is_, trimmed, last_look[0][2]))
        )
        around = _recut_reach(again, height)
        todo = [
            i
            for i in sorted(wide if grids is not None else wide - tilted)
            if only is None or (box := trimmed[i].box) is None or _near_any(only, box.cy, around)
        ]
        if first_rows:
            todo = [
                i
                for i in todo
                if (box := trimmed[i].box) is not None and _first_under_head(box, heads, height)
            ]
        # (Whether :func:`_cut` may find a gap at all asked of every line at once first, of its
        # box before the grid's trim, which only narrows it: :func:`_may_cut_all`.)
        boxes = [trimmed[i].box for i in todo]
        # (With a grid, each box's band's grid and whether the trim may move an end of it
        # asked of all at once: :func:`_recut_grids`.)
        grid_of, may_move, places = _recut_grids(grids, boxes, pitch)
        # (And with a grid, the gutters of each box's the look may find, for
        # :func:`_kept_at_any`.)
        shown: list[list[tuple[float, float]]] = []
        may_cut = _may_cut_all(
            boxes,
            near,
            height,
            pitch,
            None if grids is None else [[] if g is None else g for g in grid_of],
            places=places,
            shown_out=shown,
            centres=centres,
            rows=placed_matrix(near),
        )
        for n, (i, may) in enumerate(zip(todo, may_cut, strict=True)):
            # (Only a line a look or the trim may change: :func:`_left_as_it_is`.)
            if _left_as_it_is(may, may_move[n]):
                continue
            if under(trimmed[i]):
                continue
            # (Only a line a look may change: :func:`_may_change`.)
            if not _may_change(may, grids is not None, i in cut):
                continue
            before = (cut.get(i), trimmed[i])
            # (A box cut at one gutter may still cross another that only a later look shows,
            # a run-on over three columns: cut anew at all, its characters shared out afresh.)
            own = {(p.box.cy, p.box.x0, p.box.x1) for p in cut.get(i, []) if p.box is not None}
            line = trimmed[i]
            grid = grid_of[n]
            # Trimmed to the grid first: a run-on box stretched past its last column's end
            # into the next one overstates its pitch (and reads as a deck's).
            # (Asked first whether the trim may move an end at all: :func:`may_trim`.)
            if grid is not None and may_move[n]:
                line = trim_to_grid(line, grid, near, centres, height, pitch)
            # (Its start trimmed back out of a gutter: the box's start is not its characters'.)
            start = page.lines[i].box
            stretched = start is not None and line.box is not None and start.x0 < line.box.x0
            # (Only a cut into more parts than it has can take a line's cut's place, without a
            # grid; with one, where no cut at the gaps found can either, :func:`_settled_cut`,
            # asked only once the gaps leave no more parts: :func:`_cut` is told so, and stops
            # there.)
            more_than, settled = len(cut.get(i, [trimmed[i]])), None
            if grid is not None:
                more_than = len(cut[i]) if i in cut else 0
                if may and i in cut and (box := line.box) is not None:
                    settled = _Asked(
                        partial(
                            _settled_cut,
                            cut[i],
                            own,
                            box,
                            stretched,
                            near,
                            centres,
                            cells,
                            whole,
                            height,
                            pitch,
                        )
                    )
                    # (Asked first of all the grid's gutters the box crosses that the look
                    # may find (:func:`_may_cut_all`): then no look may be needed,
                    # :func:`_kept_at_any`.)
                    if _kept_at_any(settled, shown[n], box, pitch, more_than):
                        may = False
            parts = (
                cut_line(
                    line,
                    near,
                    centres,
                    skip=own,
                    grid=grid,
                    stretched=stretched,
                    first_row=i not in cut
                    and line.box is not None
                    and _first_under_head(line.box, heads, height),
                    more_than=more_than,
                    settled=settled,
                    # (Without a grid, the page's grid columns at its row, as the first look
                    # has them: a gap's far edge an indent past where one starts is set there,
                    # :func:`_indented_edge`, and its near edge as wide a gutter before it,
                    # :func:`_ragged_start`.)
                    columns=body_grids.at(line.box.cy)
                    if grid is None and line.box is not None
                    else (),
                )
                if may
                else None
            )
            if parts is not None and len(parts) > len(cut.get(i, [trimmed[i]])):
                cut[i] = parts
            elif (
                parts is not None
                and grid is not None
                and len(parts) == len(cut.get(i, []))
                and _filled_count(parts, near, centres, cells, height, pitch, cut[i])
                > _filled_count(cut[i], near, centres, cells, height, pitch, parts)
            ):
                # (As many parts as a cut made before, whose characters the columns' lines
                # show better: an earlier cut shared them out from a box stretched back into
                # the gutter before it, a character or two off at every gutter.)
                cut[i] = parts
            elif (
                parts is not None
                and grid is not None
                and len(parts) == len(cut.get(i, []))
                and _widened(cut[i], parts, pitch)
                and _misfit(cut[i], near, centres, cells, whole, height, pitch)
                and not _misfit(parts, near, centres, cells, whole, height, pitch)
            ):
                # (Or whose gutters the first look set a character or more short of the grid's,
                # at the ends of its column's short lines: a story's lines ending in digits or a
                # mark, or paragraphs' last lines; its wrong cuts, row after row, show each other
                # whole.)
                cut[i] = parts
            elif (
                parts is not None
                and grid is not None
                and i in cut
                and _squeezed(cut[i][:1], pitch)
                and not _squeezed(parts, pitch)
                and (b0 := cut[i][0].box) is not None
                and (b1 := parts[0].box) is not None
                and b1.x0 >= b0.x1
            ):
                # (Or whose first look left its first part too narrow to hold its characters:
                # the box's start stretched back over the column before it, past a gutter the
                # lines around it show, and a character shared into that blank; the grid's look
                # trims that start away.)
                cut[i] = parts
            elif grid is not None and i not in cut:
                put(i, line)
            if before[0] is not cut.get(i) or before[1] is not trimmed[i]:
                changed.extend(
                    p.box.cy
                    for p in (*(before[0] or [before[1]]), *cut.get(i, [trimmed[i]]))
                    if p.box is not None
                )
        found = sorted(changed)
        last_look[:] = [(grids, found, list(trimmed), dict(cut))]
        return found

    if wide:
        others2, centres2 = placed()
        # (A run of run-on boxes, row after row, under a caption: the run-ons under one hid
        # its columns from it, and their parts now show them.)
        not_wide = body_at[
            np.isin(boxed_indexes[body_at], np.fromiter(wide, np.intp, len(wide)), invert=True)
        ]
        wide |= _wide_among_placed(
            body,
            others2,
            centres2,
            height,
            wide,
            (boxed_cy[not_wide], boxed_at_x0[not_wide], boxed_at_x1[not_wide]),
            boxed_indexes[not_wide],
            placed_matrix(others2),
        )
        changed2 = recut(others2, centres2)
        # (Again for a story's first row under its headline, near the lines this look cut: it
        # has no rows over it in its own columns, and the look at it came before the rows
        # under it were cut, when those rows, run on themselves, crossed its gutters and one of
        # them, set a little narrower than the page's pitch, seemed to bridge a gutter with a
        # wider column's full line (:func:`_bridged`): the row stayed cut at one gutter only,
        # a character off, its first part two columns' lines (test13/page-05 read shrunk).
        # Their parts now show its gutters, and a cut line bridges none. Not for every line
        # near: the looks after weigh the rest, and cutting those again here moved right cuts.)
        # (The loose lines are trimmed below against the lines as placed before this look.)
        if changed2:
            recut(*placed(), only=changed2, first_rows=True)
        for i in loose:
            if i not in cut and trimmed[i] is page.lines[i]:
                put(i, trim(page.lines[i], others2, centres2))

    # A last look at the lines still whole, against the page's column grid: where the
    # detector stretched the boxes of neighbouring columns into (or across) their gutter, no
    # neighbour leaves it clear, but the columns' lines still start and end on either side
    # of it, most of them (see :func:`column_grid`).
    others3, centres3 = placed()
    grids = BandGrids(others3, height, pitch)
    # A body line whose box ends (or starts) inside a grid gutter, or just past it, is
    # trimmed back to it (its neighbours may be stretched too, and hide that gutter); then
    # the wide lines still whole are cut at the grid gutters they cross, the lines around
    # them as trimmed showing those gutters.
    # (A line the detector boxed a little taller counts too when it was stretched back to
    # meet the line before it on its row, into or under that line's end: a short line, its
    # box grown over blank paper. A deck set over the columns meets no line on its row.)
    # (The trim asked first, then whether the line may be trimmed: most lines the trim leaves
    # as they are, and whether one is a deck under a headline costs more.)
    # (Asked first whether an end lies where the trim may move it, by bisect in the band's
    # gutters: most lines' ends lie in none, and the trim leaves those as they are.)
    # (Asked of all the lines at once, band by band, on the boxed lines' places as arrays,
    # the ends of those trimmed since put in: :func:`_may_trim_all`.)
    left_now, right_now = boxed_at_x0.copy(), boxed_at_x1.copy()
    for i in compress(range(len(trimmed)), map(is_not, trimmed, page.lines)):
        if (b := trimmed[i].box) is not None and i in tall:
            k = bisect_left(boxed_order, i)
            left_now[k], right_now[k] = b.x0, b.x1
    out = np.zeros(len(boxed), dtype=bool)
    if cut or wide:
        out[np.searchsorted(boxed_indexes, sorted(cut.keys() | wide))] = True
    asked_at = np.flatnonzero((boxed_tall <= offset_type) & ~out)
    may_move, trim_bands = _may_trim_all(
        grids, boxed_cy[asked_at], left_now[asked_at], right_now[asked_at], pitch
    )
    to_trim: list[tuple[int, Box, list[tuple[float, float]]]] = []
    for k, band in zip(asked_at[may_move].tolist(), trim_bands[may_move].tolist(), strict=True):
        i, ln = boxed[k]
        assert ln.box is not None
        to_trim.append((i, ln.box, grids.band(band)))
    # (Whether the lines near show a gutter an end lies in at all asked of them all at once
    # next: :func:`trim_to_grid` leaves the line as it is where none shows, :func:`_may_cut_all`.)
    may_cut = _may_cut_all(
        [trimmed[i].box for i, _, _ in to_trim],
        others3,
        height,
        pitch,
        [band for _, _, band in to_trim],
        trims=True,
        centres=centres3,
        rows=placed_matrix(others3),
    )
    for (i, box, band), may in zip(to_trim, may_cut, strict=True):
        if may:
            line = trim_to_grid(trimmed[i], band, others3, centres3, height, pitch)
            if (
                line is not trimmed[i]
                and not under(trimmed[i])
                and (box.height <= body_type or _meets_row_neighbour(box, others3, pitch))
            ):
                put(i, line)
    # And a body line's start inside a grid gutter, its box wider than its characters by
    # more than the trim's lines near show: trimmed to its characters (:func:`_trim_to_ink`).
    for i, _, band in to_trim:
        if trimmed[i] is page.lines[i] and tall[i] <= body_type:
            line = _trim_to_ink(trimmed[i], band, others3, centres3, pitch)
            if line is not trimmed[i] and not under(trimmed[i]):
                put(i, line)
    # So is a line of one punctuation mark (a stop wrapped onto a column's last line): the
    # detector grows its box to the left, into the gutter before it, and that one box hides
    # the gutter. (A mark's ink is half a cell: the trimmed box need hold no more.)
    # (Of the lines not boxed alone: a boxed line holds two characters or more.)
    for i in unboxed:
        ln = page.lines[i]
        text = ln.text.strip()
        if (
            ln.box is not None
            and len(text) == 1
            and unicodedata.category(text).startswith("P")
            and ln.box.height <= body_type
        ):
            put(i, trim_to_grid(ln, grids.at(ln.box.cy), others3, centres3, height, pitch, MARK))
    others3, centres3 = placed()
    changed = recut(others3, centres3, grids)
    # (Again, with the parts cut so far as neighbours: in a short story whose rows are most
    # of them run-on boxes, a gutter shows only once the rows around a box are cut; only
    # near lines the first look changed, as nothing else around a line did.)
    if cut:
        others3, centres3 = placed()
        changed = [*changed, *recut(others3, centres3, grids, only=changed)]
    # Last, the gutters a story's lines meet at row after row, boxes stretched into them from
    # both sides (:func:`_seams`): no clear gap shows them, and the page grid's gutter there,
    # if any, is not shown by lines that start and end together (the grid's gutter is a
    # median over the page; this story's boxes scatter around it). The lines of those rows
    # are trimmed to such a gutter, then the lines that cross it are cut there.
    others3, centres3 = placed()
    seams = _seams(others3, grids, height, pitch, placed_matrix(others3))
    if seams:
        # (Each seam looks at the lines of its rows only, by centre: linear.)
        # (Those of ``boxed_by_centre``, in its order.)
        body_rows = [(c, i) for c, i in boxed_by_centre if tall[i] <= body_type]
        reach = SEAM_SKIP * height
        rows_of = [
            [
                i
                for _, i in body_rows[
                    bisect_left(body_rows, (top - reach,)) : bisect_right(
                        body_rows, (bottom + reach, len(page.lines))
                    )
                ]
                if not under(trimmed[i])
            ]
            for _, _, top, bottom in seams
        ]
        for seam, rows in zip(seams, rows_of, strict=True):
            for i in rows:
                if i not in cut:
                    put(i, _trim_to_seam(trimmed[i], seam, pitch))
        # (The seams' rows change: their lines are trimmed or cut.)
        changed.extend(b.cy for rows in rows_of for i in rows if (b := page.lines[i].box))
        others3, centres3 = placed()
        # (A line cut at other gutters already, a run-on over three columns: each part that
        # crosses the seam; the parts of a line are cut from its last, so the places of those
        # before stand.)
        crossed: dict[tuple[int, int], list[tuple[float, float]]] = {}
        for (e, s, _, _), rows in zip(seams, rows_of, strict=True):
            for i in rows:
                for k, part in enumerate(cut.get(i, [trimmed[i]])):
                    box = part.box
                    if box is not None and box.x0 + pitch <= e and s <= box.x1 - pitch:
                        crossed.setdefault((i, k), []).append((e, s))
        # (A story's first row under its headline, run on, left whole: looked at again once
        # the rows under it are cut, as in the grid's look.)
        first_rows: list[tuple[int, list[tuple[float, float]]]] = []
        for (i, k), gutters in sorted(crossed.items(), reverse=True):
            line = cut[i][k] if i in cut else trimmed[i]
            parts = cut_line(
                line,
                others3,
                centres3,
                grid=grids.at(line.box.cy) if line.box is not None else [],
                seams=gutters,
            )
            if parts is not None:
                cut[i] = [*cut[i][:k], *parts, *cut[i][k + 1 :]] if i in cut else parts
            elif (
                i not in cut and line.box is not None and _first_under_head(line.box, heads, height)
            ):
                first_rows.append((i, gutters))
        if first_rows:
            others3, centres3 = placed()
        for i, gutters in first_rows:
            line = trimmed[i]
            assert line.box is not None
            parts = cut_line(
                line,
                others3,
                centres3,
                grid=grids.at(line.box.cy),
                seams=gutters,
                first_row=True,
            )
            if parts is not None:
                cut[i] = parts
    # Last, a story's columns are set equally wide: a line across a story whose rows are
    # nearly all run on (no gutter shows, not even as a seam) is cut where columns as wide as
    # the story's first (or last) column's lines put the gutters, when the story's lines
    # start and end there (:func:`_regular_gutters`); a part of a line cut at other gutters
    # too, from its last part on. Twice: the parts cut show the story's columns to the lines
    # beside them (a row run on over the last two columns, once rows of three are cut).
    # (The second time, only lines within EQUAL_AGAIN heights of a line the first cut: every
    # look at a line reads the lines around it, about WINDOW heights up and down, and
    # elsewhere nothing changed.)
    moved: list[float] | None = None
    settled: list[float] = []
    # (The gutters the equal columns' looks (:func:`_regular_gutters`,
    # :func:`_run_on_columns`) cut lines at, with the rows near those lines.)
    run_on: list[tuple[float, float, float, float]] = []
    shown_in: dict[tuple[float, float], list[tuple[float, float]]] = {}

    def shown_at(box: Box) -> list[tuple[float, float]]:
        """The gutters shown in ``box``'s band: its grid's and its seams'."""
        top, bottom = grids.window(box.cy)
        # (Read once for a band's lines.)
        shown = shown_in.get((top, bottom))
        if shown is None:
            shown = shown_in[(top, bottom)] = [
                *grids.at(box.cy),
                *((e, s) for e, s, first, last in seams if last >= top and first < bottom),
            ]
        return shown

    # (The lines whose text holds a narrow character, the only ones whose parts may hold
    # digits: a cut or a trim keeps a part of the line's own text.)
    # (Those of no count, found as the memo was made.)
    with_narrow = [(i, page.lines[i]) for i in uncounted]
    for _ in range(2):
        others3, centres3 = placed()
        recuts: list[float] = []
        # (Only the lines loose, wide or cut, in the page's order, are gone through: the
        # test below passes no other, and a look changes only its own line's cut. The second
        # time, of those only the lines within EQUAL_AGAIN heights of one moved:
        # :func:`_lines_within`.)
        todo = (loose | wide | cut.keys()) & boxed_at
        if moved is not None:
            around = EQUAL_AGAIN * height
            todo.intersection_update(
                _lines_within(
                    boxed_by_centre, boxed_centres, [(c - around, c + around) for c in moved], SLACK
                )
            )
        # (The lines gone through, in the page's order: the test below passes no other. A
        # look changes only its own line's cut, so which lines pass, and their parts, are
        # known before the first look.)
        gone = [
            i
            for i in sorted(todo)
            if not (
                page.lines[i].box is None
                or tall[i] > body_type
                # (A box across a gutter holds the gutter's blank: it is wider than its
                # characters need (loose), or was found wide or cut already.)
                or (i not in loose and i not in wide and i not in cut)
                or (moved is not None and not _near_any(moved, place[i][0], EQUAL_AGAIN * height))
                or under(trimmed[i])
            )
        ]
        # (Whether each part's looks find no columns, asked of all the round's parts at
        # once: the lines placed and their counts stand through the round, and most parts
        # show none. :func:`_no_columns_all`.)
        parts_asked: list[OcrLine] = []
        # (Where each line's parts start among those asked, and each part's line.)
        first_part: list[int] = []
        line_of: list[int] = []
        for g, i in enumerate(gone):
            parts = cut.get(i, [trimmed[i]])
            first_part.append(len(parts_asked))
            parts_asked.extend(parts)
            line_of.extend([g] * len(parts))
        boxes_asked: list[Box] = []
        for part in parts_asked:
            assert part.box is not None
            boxes_asked.append(part.box)
        # (The cells of the lines as they stand that hold digits: they have no count, but
        # may agree with the equal columns' within a cell, :func:`_regular_gutters`.)
        digits: dict[tuple[float, float, float], float] = {}
        for i, _line in with_narrow:
            for ln in cut.get(i, (trimmed[i],)):
                if ln.box is not None and (held := _digit_cells(ln.text)) is not None:
                    digits[(ln.box.cy, ln.box.x0, ln.box.x1)] = held
        no_regular, no_run_on, regular_found, run_on_found = _no_columns_all(
            boxes_asked,
            [part.text for part in parts_asked],
            # (Read only of the boxes a column set is weighed of.)
            shown_at,
            others3,
            centres3,
            cells,
            heads,
            height,
            pitch,
            digits,
            placed_matrix(others3),
        )
        # (Only the lines a look finds columns for a part of are gone through further, in
        # the page's order: the others' parts are left as they stand, their cut unchanged.)
        asked_lines = sorted(
            {g for g, a, b in zip(line_of, no_regular, no_run_on, strict=True) if not (a and b)}
        )
        for g in asked_lines:
            i, base = gone[g], first_part[g]
            before = cut.get(i, [trimmed[i]])
            now = before
            for k in range(len(now) - 1, -1, -1):
                # (Neither look finds columns: most parts.)
                if no_regular[base + k] and no_run_on[base + k]:
                    continue
                line = now[k]
                box = line.box
                assert box is not None
                shown = shown_at(box)
                regular: list[tuple[float, float]] = []
                set_at = 0.0
                if not no_regular[base + k]:
                    # (What :func:`_regular_gutters` finds, found with the round's parts:
                    # :func:`_no_columns_all`.)
                    answer = regular_found[base + k]
                    assert answer is not None
                    regular, set_at = answer
                from_rows = not regular
                if from_rows and not no_run_on[base + k]:
                    # (Or as a story's rows run on over them all show them: no column's
                    # line is whole; :func:`_run_on_columns`. Found with the round's parts
                    # where its story's rows are plain: :func:`_no_columns_all`.)
                    answer = run_on_found[base + k]
                    if answer is None:
                        answer = _run_on_columns(
                            box, line.text, others3, centres3, cells, heads, height, pitch
                        )
                    regular, set_at = answer
                    # (Unless its story's rows, boxed in pieces, show wider columns:
                    # :func:`_joints_off_columns`; asked only of the few sets found.)
                    if regular and _joints_off_columns(
                        box, regular, others3, centres3, heads, height, pitch
                    ):
                        regular = []
                # (No columns, no gutters crossed: most lines.)
                if not regular:
                    continue
                gutters = _crossed_columns(box, regular, shown, pitch)
                # (Or as its story's rows put them: :func:`_own_gutters`.)
                gutters = _own_gutters(box, line.text, regular, gutters, set_at, pitch)
                # (Its characters set at the body's pitch across them, the gutters left out: a
                # deck or a title over the columns is set wider, a lead or a caption narrower;
                # and as many as the columns hold at their own pitch, within REGULAR_SLACK:
                # its text splits at their counts, each part filling its column's cells.)
                room = box.width - sum(s - e for e, s in gutters)
                if (
                    gutters
                    and INDENT_FITS * pitch * ink_cells(line.text)
                    <= room
                    <= BODY_PITCH * pitch * ink_cells(line.text)
                    and abs(room / set_at - ink_cells(line.text)) <= REGULAR_SLACK
                ):
                    parts = cut_line(
                        line,
                        others3,
                        centres3,
                        grid=grids.at(box.cy),
                        seams=gutters,
                        regular=True,
                    )
                    if parts is not None:
                        now = [*now[:k], *parts, *now[k + 1 :]]
                        # (Either look's: a story whose columns' lines fit equal columns
                        # shows them no more to the rows beside the one cut than a story
                        # whose rows all run on does; the grid was drawn while both stood.
                        # The rows within its story's window: those the look read the
                        # columns off, :func:`_story_lines`.)
                        # (And the columns' other gutters, those the line does not cross:
                        # a row of a story's short last column beside a row cut short of it
                        # is stretched into the gutter before that column all the same.)
                        reach = WINDOW * height
                        run_on.extend(
                            (e, s, box.cy - reach, box.cy + reach)
                            for e, s in (*gutters, *_other_gutters(regular, gutters, pitch))
                        )
            if len(now) > 1:
                cut[i] = now
            if now is not before:
                recuts.extend(p.box.cy for p in (*before, *now) if p.box is not None)
        moved = sorted(recuts)
        settled.extend(recuts)
    # Then the body lines still whole are trimmed to the grid again, now that the rows
    # around them are cut: a run-on row hid a gutter from the first trims (the lines near a
    # box must show it), so a box stretched into it from a short story's gutter stood.
    # And a box grown over a grid gutter and the next column's indent, to where that column's
    # indented line on its row starts, is trimmed back to the gutter when its characters fill
    # the column before it (:func:`_trim_over_indent`): too far past the gutter for the grid's
    # trim, and taken for a line run on into the next column's first characters, wide, though
    # none is there.
    # The lines of the rows near those a story's equal columns were cut at (its own run-on
    # rows showed the gutters, :func:`_run_on_columns`, or its lines fit them,
    # :func:`_regular_gutters`), their boxes stretched into or over such a gutter from either
    # side (no grid gutter stands there: the page's grid was drawn while the rows were whole),
    # are trimmed back to it as a seam's rows are.
    seams_at = _seams_reaching(run_on)
    # (Only the lines whose centre lies within a gutter's rows are gone through, in the page's
    # order: the test below passes no other. A trim keeps a box's centre, so each line's is
    # the one it was boxed at: :func:`_lines_within`.)
    within = _lines_within(boxed_by_centre, boxed_centres, [seam[2:] for seam in run_on], SLACK)
    for i in within:
        box = trimmed[i].box
        if box is None or i in cut or i not in tall or tall[i] > body_type:
            continue
        # (Its centre read once for all the gutters: a big page's stories show hundreds.)
        cy = box.cy
        for seam in seams_at(cy):
            if seam[2] <= cy <= seam[3]:
                line = _trim_to_seam(trimmed[i], seam, pitch)
                if line is not trimmed[i]:
                    # (Whether it is a deck under a headline asked last, of a line trimmed:
                    # most lines are not.)
                    if under(trimmed[i]):
                        break
                    put(i, line)
                    recuts.append(box.cy)
                    settled.append(box.cy)
                    break
    # (The lines as placed at the last look's start stand but for what it cut.)
    if recuts:
        others3, centres3 = placed()
    # (Only near lines a look changed since the grid's trims: elsewhere the lines a trim reads,
    # a window up and down, are as they were then.)
    changed = sorted([*changed, *settled])
    retrimmed: dict[tuple[float, float, float], tuple[float, float, float]] = {}
    # (Only the lines whose centre lies within a window of one changed are gone through, in
    # the page's order, each asked again as before: :func:`_lines_within`.)
    reach = WINDOW * height
    near_changed = _lines_within(
        boxed_by_centre, boxed_centres, [(c - reach, c + reach) for c in changed], SLACK
    )
    # (Whether a line lies near one changed, and its start or its end where a trim below may
    # move it, asked of them all at once, band by band: :func:`_retrim_reach_all`. Most
    # lines' ends lie in none, and those the trims leave as they are.)
    retrim = [i for i in near_changed if i not in cut and tall[i] <= body_type]
    retrim_boxes = [trimmed[i].box for i in retrim]
    may_start, may_end, retrim_bands = _retrim_reach_all(
        grids, retrim_boxes, [i not in wide for i in retrim], changed, WINDOW * height, pitch
    )
    for i, box, start_moves, end_moves, k in zip(
        retrim, retrim_boxes, may_start, may_end, retrim_bands, strict=True
    ):
        if box is None or not (start_moves or end_moves):
            continue
        grid = grids.band(k)
        line = trimmed[i]
        if start_moves:
            # (Its start only: a start stretched back into a gutter hides it from the layout;
            # an end inside one does not cross it.)
            start = trim_to_grid(line, grid, others3, centres3, height, pitch).box
            if start is not None and start.x0 != box.x0:
                line = replace(line, box=Box(start.x0, box.y0, box.x1, box.y1))
        if end_moves:
            line = _trim_over_indent(line, grid, others3, centres3, height, pitch)
        # (Whether it is a deck under a headline asked last, of a line trimmed: the trims
        # leave most lines as they are.)
        if line is not trimmed[i] and line.box is not None and not under(trimmed[i]):
            put(i, line)
            retrimmed[(box.cy, box.x0, box.x1)] = (box.cy, line.box.x0, line.box.x1)
    # (Then the grid's look again near the lines the equal columns cut: their parts show the
    # grid's gutters to the run-on rows beside them, and the lines trimmed just now no longer
    # hide them.) (The lines as placed, the trimmed ones moved: their centres stand.)
    if settled:
        if retrimmed:
            # (Each place looked up by map in C, the place itself where not moved.)
            others3 = sorted(map(retrimmed.get, others3, others3))
            for key, moved_to in retrimmed.items():
                if key in cells:
                    cells[moved_to] = cells.pop(key)
                    cells_as_placed[0] = False
        recut(others3, centres3, grids, only=sorted(settled))
    # (Then a cut line's part still crossing a grid gutter: :func:`_cut_crossing_parts`.)
    # (Whether or not any look cut a line: a run-on line still whole is asked all the same,
    # :func:`_whole_run_ons`; the carried and drawn gutters below only where one did.)
    cut_before = bool(cut)
    # (The offset lines run on from a column's start, a little taller than body lines, are
    # cut last too: see :func:`_run_on_high`.)
    offset_at = offset_run_on - tilted
    if cut or _whole_run_ons((wide | loose) - tilted, trimmed, height, under, offset_at):
        others3, centres3 = placed()
        if cut:
            _cut_crossing_parts(
                cut,
                grids,
                others3,
                centres3,
                every,
                height,
                pitch,
                cells,
                placed_matrix(others3),
            )
        # (And a run-on line still whole: :func:`_whole_run_ons`.)
        left = _whole_run_ons(
            (wide | loose) - tilted - cut.keys(), trimmed, height, under, offset_at
        )
        if left:
            others3, centres3 = placed()
            # (Against the grid as the lines stand now: the page's grid was drawn while a
            # story's rows were whole, its gutters then shown by none of them.)
            now_grids = BandGrids(others3, height, pitch)
            # (Twice: the lines this look cut show their gutters to the rows it took in before
            # them, within RUNNING rows, :func:`_again_near_cut`.)
            asked_now, near_now, centres_now = left, others3, centres3
            # (Whether a line was cut since the lines were last placed.)
            stale = False

            def cut_whole(
                i: int,
                near: list[tuple[float, float, float]],
                centres: list[float],
                seams: Sequence[tuple[float, float]] = (),
                drawn: bool = False,
            ) -> bool:
                """Cut line ``i`` as this last look does, against ``near``; True if cut.
                (``drawn``: at a gutter :func:`_drawn_gutters` drew, which the rows that
                show it hold for the story's columns, whole or not.)"""
                line = trimmed[i]
                assert line.box is not None
                parts = cut_line(
                    line,
                    near,
                    centres,
                    grid=now_grids.at(line.box.cy),
                    seams=seams,
                    first_row=True,
                    running=True,
                    past_head=_past_head(line.box, heads, height),
                    regular=drawn,
                )
                if parts is not None:
                    cut[i] = parts
                return parts is not None

            for again in (False, True):
                # (Whether a gap shows at all asked of them all at once first:
                # :func:`_may_cut_all`.)
                boxes = [trimmed[i].box for i in asked_now]
                may_cut = _may_cut_all(
                    boxes,
                    near_now,
                    height,
                    pitch,
                    [[] if b is None else now_grids.at(b.cy) for b in boxes],
                    centres=centres_now,
                    rows=placed_matrix(near_now),
                )
                fresh: list[float] = []
                boxes_cy = {i: b.cy for i, b in zip(asked_now, boxes, strict=True) if b}
                for i in compress(asked_now, may_cut):
                    if cut_whole(i, near_now, centres_now):
                        fresh.append(boxes_cy[i])
                stale = stale or bool(fresh)
                if again:
                    break
                asked_now = _again_near_cut(asked_now, cut, trimmed, fresh, height)
                if not asked_now:
                    break
                # (The lines as placed now, for this look alone: what comes after reads them as
                # they stood at its start, as it did.)
                near_now, centres_now = placed()
                stale = False
            # (Then those still whole across a grid gutter no line near them crosses, as the
            # lines stand now: :func:`_uncrossed_gutters`.)
            still = [i for i in left if i not in cut]
            if still and stale:
                near_now, centres_now = placed()
            # (Asked of them all at once, on the lines' places as arrays:
            # :func:`_uncrossed_gutters_all`. Cutting one reads the same lines as placed and
            # moves no line's box, so the others' answers stand.)
            still_boxes = [b for i in still if (b := trimmed[i].box) is not None]
            assert len(still_boxes) == len(still)
            free_all = _uncrossed_gutters_all(
                still_boxes,
                [now_grids.at(b.cy) for b in still_boxes],
                near_now,
                height,
                pitch,
                # (The run-on lines still whole hide no gutter from each other, nor do the
                # others the looks left run on: :func:`_left_run_on`.)
                {(b.cy, b.x0, b.x1) for b in still_boxes}
                | _left_run_on(
                    wide | loose,
                    trimmed,
                    cut,
                    pitch,
                    sorted(b.cy for b in still_boxes),
                    RUNNING * height,
                ),
                centres=centres_now,
            )
            freed = False
            fresh_now: list[float] = []
            for i, box, free in zip(still, still_boxes, free_all, strict=True):
                if free and cut_whole(i, near_now, centres_now, free):
                    freed = True
                    fresh_now.append(box.cy)
            # (Then once more near the lines it cut, their parts showing the gutter to the
            # rows it asked before them, and the parts still spanning a gutter there:
            # :func:`_uncrossed_again`.)
            if fresh_now:
                _uncrossed_again(
                    fresh_now,
                    [i for i in still if i not in cut],
                    trimmed,
                    cut,
                    wide | loose,
                    now_grids,
                    placed,
                    cut_whole,
                    every,
                    cells,
                    height,
                    pitch,
                )
            # (Then those still whole over or under lines of the same columns cut at a
            # gutter, with no other line between them crossing it: :func:`_carried_gutters`;
            # against the lines as they stand now.)
            still = [i for i in still if i not in cut]
            # (Only where an earlier look cut a line: on a page none did, the rows meeting at
            # a point near a deck's or a wide column's line drew gutters no story holds.)
            if still and cut_before:
                # (Placed anew when the look first reads them, if that look cut any.)
                as_now: list[tuple[list[tuple[float, float, float]], list[float]]] = (
                    [] if freed else [(near_now, centres_now)]
                )

                def placed_now() -> list[tuple[float, float, float]]:
                    if not as_now:
                        as_now.append(placed())
                    return as_now[0][0]

                for i, carried in _carried_gutters(
                    still, trimmed, cut, placed_now, now_grids.at, height, pitch
                ):
                    placed_now()
                    cut_whole(i, *as_now[0], carried)
                # (Then those still whole across a gutter of their own story's that no grid
                # holds, drawn from the rows near them that meet at it:
                # :func:`_drawn_gutters`.)
                still = [i for i in still if i not in cut]
                for i, drawn in _drawn_gutters(
                    still,
                    trimmed,
                    cut,
                    placed_now,
                    now_grids.at,
                    cells,
                    height,
                    pitch,
                    heads,
                    placed_matrix,
                ):
                    cut_whole(i, *as_now[0], drawn, drawn=True)
                # (Then those still whole whose box holds a grid gutter's blank beside its
                # characters, at the gutter where they part into whole cells:
                # :func:`_blank_held_gutters`; a gutter of equal columns, as the equal
                # columns' looks are taken, its parts not asked to fill their columns' lines.)
                still = [i for i in still if i not in cut]
                for i, held_at in _blank_held_gutters(still, trimmed, now_grids.at, pitch):
                    placed_now()
                    cut_whole(i, *as_now[0], held_at, drawn=True)
    # A cut line's first part too: it may start in a gutter the box was stretched into (cut
    # at a gutter the lines around it showed before the grid's look). And its last part's end,
    # as a whole line's end is trimmed to the grid: that is where the box ends, and the
    # detector grows a box over the blank of the next column's indent as it does a whole
    # line's (its start stands where the cut put it). (Its other ends stand at gutters.)
    _trim_cut_ends(cut, grids, others3, centres3, height, pitch)
    # (A lead set across its columns in smaller type is put back whole, whatever look cut
    # it: :func:`_cut_leads`.)
    if any((b := trimmed[i].box) is not None and b.height < LEAD_PITCH * height for i in cut):
        for i in _cut_leads(cut, trimmed, *placed(), grids, cells, height):
            del cut[i]
    if not cut and all(a is b for a, b in zip(trimmed, page.lines, strict=True)):
        return page
    # (A body line boxed tilted, once cut into its columns' lines, is boxed as tall as a body
    # line about its centre: its parts are body lines, not headline type by their height.)
    for i, parts in cut.items():
        box = page.lines[i].box
        if box is not None and box.height > offset_type:
            top, bottom = box.cy - height / 2, box.cy + height / 2
            cut[i] = [
                replace(p, box=Box(p.box.x0, top, p.box.x1, bottom)) if p.box is not None else p
                for p in parts
            ]
    # (A part set an indent in past a gutter, under a line of its column that ends no
    # sentence, opens no paragraph: the blank is the part before it's, :func:`_blank_before`.)
    # (The lines taken by the places they were boxed at, the others after: its sort finds
    # them nearly in order.) (Of the boxed lines, only those whose centre lies where it looks
    # over a part: :func:`_lines_over_parts`.)
    _blank_before(
        cut,
        trimmed,
        height,
        pitch,
        [*_lines_over_parts(cut, by_place, boxed_centres, height), *unboxed],
    )
    return replace(page, lines=_with_parts(trimmed, cut))


def _with_parts(
    lines: Sequence[OcrLine], cut: Mapping[int, Sequence[OcrLine]]
) -> tuple[OcrLine, ...]:
    """The lines in order, each line ``cut`` (by its index) given as its parts. (The runs of
    lines between those cut taken whole, as slices: a few hundred of 10,000 are cut.)"""
    found: list[OcrLine] = []
    start = 0
    for i in sorted(cut):
        found += lines[start:i]
        found += cut[i]
        start = i + 1
    found += lines[start:]
    return tuple(found)


def _cut_leads(
    cut: Mapping[int, list[OcrLine]],
    lines: Sequence[OcrLine],
    placed: list[tuple[float, float, float]],
    centres: list[float],
    grids: BandGrids,
    cells: Mapping[tuple[float, float, float], float],
    height: float,
) -> list[int]:
    """The lines of ``cut`` (by index into ``lines``, as the looks left them whole) that are
    a lead set across its story's columns in smaller type than theirs: boxed under
    LEAD_PITCH of the body's ``height``, and its characters (by print cells) set at under
    LEAD_PITCH of the pitch of its columns' own lines, the blank between its parts left
    out. Its columns' lines: those of ``placed`` (by centre, ``centres`` theirs) within
    WINDOW body heights of it and within its span, crossing no gutter of its band's grid,
    not its own parts, with a count (``cells``) of COLUMN_FULL or more; LEAD_LINES of them
    at least.

    A run-on box holds its columns' characters and the blank of the gutters between them,
    at their pitch; the detector drops characters, it adds none. A line holding more, in a
    box as tall as under nine tenths of a body line's, is type set smaller across the
    columns, a story's lead paragraph (test12full/page-11: 55 characters in one line across
    four columns of 11, boxed 23 px over 26 px body lines, at 0.86 of their pitch, cut at a
    gutter of the page's grid and read as its columns' first lines). The looks weigh a line
    against the page's body pitch, which a story set smaller or larger than the page's
    misleads; its own columns' lines do not."""
    found = []
    for i, parts in cut.items():
        box = lines[i].box
        if box is None or box.height >= LEAD_PITCH * height or len(parts) < 2:
            continue
        blank = sum(
            max(0.0, b.box.x0 - a.box.x1)
            for a, b in pairwise(parts)
            if a.box is not None and b.box is not None
        )
        own = {(p.box.cy, p.box.x0, p.box.x1) for p in parts if p.box is not None}
        grid = grids.at(box.cy)
        steps = []
        for w in placed[
            bisect_left(centres, box.cy - WINDOW * height) : bisect_right(
                centres, box.cy + WINDOW * height
            )
        ]:
            count = cells.get(w)
            if count is None or count < COLUMN_FULL or w in own:
                continue
            if w[1] < box.x0 - 1 or w[2] > box.x1 + 1:
                continue
            step = (w[2] - w[1]) / count
            if any(w[1] + step <= e and s <= w[2] - step for e, s in grid):
                continue
            steps.append(step)
        if len(steps) < LEAD_LINES:
            continue
        if box.width - blank < LEAD_PITCH * statistics.median(steps) * _print_cells(lines[i].text):
            found.append(i)
    return found


def _blank_before(
    cut: dict[int, list[OcrLine]],
    trimmed: Sequence[OcrLine],
    height: float,
    pitch: float,
    order: Sequence[int] | None = None,
) -> None:
    """Each run-on line's part that its cut set an indent in past a gutter (a whole character
    or two, INDENT at most, right of where the line right over it in its column starts)
    under a line that ends no sentence, given back the characters of that blank from the end
    of the part before it, in ``cut``. A part so set opens a paragraph, and the paragraph
    over it in its column runs on into it: the blank the box holds is the part before's, a
    paragraph's last line ending short (it ends a sentence then) or its first line's indent
    (the line right over it in its column ends a sentence, or none stands there), which the
    cut, counting each column's characters from the box's start, gave the next column.
    (Top to bottom: the line over a part may be a part so mended.) (``order``: the indexes
    of ``trimmed``, each once, in an order near to their boxes' by place, when the caller has
    one: the lines are sorted the same, faster.)"""
    # (Gathered in a list and sorted once: a generator handed to sorted() cost a switch a
    # line, and the cut parts join the run the same.)
    placed: list[tuple[float, float, float, str]] = [
        (b.cy, b.x0, b.x1, ln.text)
        for i in (range(len(trimmed)) if order is None else order)
        if i not in cut and (b := (ln := trimmed[i]).box) is not None
    ]
    for parts in cut.values():
        placed.extend([(b.cy, b.x0, b.x1, p.text) for p in parts if (b := p.box) is not None])
    placed.sort()

    def over(box: Box) -> tuple[float, float, float, str] | None:
        lo = bisect_left(placed, (box.cy - RUN_ON_ROW * height,))
        hi = bisect_left(placed, (box.cy - height / 2,))
        above = [w for w in placed[lo:hi] if w[2] > box.x0 and w[1] < box.x1]
        return max(above, default=None)

    def first_cy(i: int) -> float:
        first = cut[i][0].box
        return first.cy if first is not None else 0.0

    for i in sorted(cut, key=first_cy):
        parts = cut[i]
        for k in range(1, len(parts)):
            opened = parts[k].box
            if opened is None:
                continue
            line_over = over(opened)
            if line_over is None or ends_sentence(line_over[3]):
                continue
            blank = round((opened.x0 - line_over[1]) / pitch)
            if not 1 <= blank <= INDENT:
                continue
            # (The nearest part before it that may hold the blank; those between are full
            # lines, each handing on the characters it gets.)
            holder = next(
                (
                    j
                    for j in range(k - 1, -1, -1)
                    if (held := parts[j].box) is not None
                    and _holds_blank(parts[j], blank, over(held))
                ),
                None,
            )
            if holder is None or any(len(p.text) <= blank + 1 for p in parts[holder:k]):
                continue
            new = list(parts)
            for j in range(holder, k + 1):
                p = parts[j]
                assert p.box is not None
                given = parts[j - 1].text[-blank:] if j > holder else ""
                text = given + (p.text if j == k else p.text[:-blank])
                box = p.box
                if j == holder:
                    width = blank * pitch
                    box = (
                        Box(box.x0, box.y0, box.x1 - width, box.y1)
                        if ends_sentence(text)
                        else Box(box.x0 + width, box.y0, box.x1, box.y1)
                    )
                elif j == k:
                    box = Box(box.x0 - blank * pitch, box.y0, box.x1, box.y1)
                new[j] = replace(p, text=text, box=box)
            for old, now in zip(parts[holder : k + 1], new[holder : k + 1], strict=True):
                assert old.box is not None and now.box is not None
                k_old = bisect_left(placed, (old.box.cy, old.box.x0, old.box.x1, old.text))
                if k_old < len(placed) and placed[k_old][3] == old.text:
                    del placed[k_old]
                placed.insert(
                    bisect_left(placed, (now.box.cy, now.box.x0, now.box.x1, now.text)),
                    (now.box.cy, now.box.x0, now.box.x1, now.text),
                )
            parts[:] = new


def _lines_over_parts(
    cut: dict[int, list[OcrLine]],
    by_place: Sequence[int],
    centres: Sequence[float],
    height: float,
) -> list[int]:
    """Of the lines ``by_place`` (indexes, their boxes' centres ``centres``, ascending), in
    that order, those whose centre lies where :func:`_blank_before` looks over a part of
    ``cut``: from RUN_ON_ROW heights over the part's centre (a pixel more) to its centre (a
    pixel past). Its look over a part reads the lines whose centre lies from RUN_ON_ROW heights
    to half a height over the part's, and a part's centre is its line's, as is every part it
    makes of it; a trim keeps a box's centre (:func:`_lines_within`). So every line it reads is
    among them, in the same order: the lines it sorts are those it would read, in its order,
    and the others (most of a page) it does not read, nor change (only the parts change).
    (Some 10,000 lines were read, made places and sorted for a few hundred parts.)"""
    reads = sorted({b.cy for parts in cut.values() for p in parts if (b := p.box) is not None})
    found: list[int] = []
    upto = 0
    for cy in reads:
        lo = max(bisect_left(centres, cy - RUN_ON_ROW * height - 1), upto)
        hi = bisect_right(centres, cy + 1)
        if hi > lo:
            found += by_place[lo:hi]
            upto = hi
    return found


def _holds_blank(
    part: OcrLine, blank: int, line_over: tuple[float, float, float, str] | None
) -> bool:
    """Whether a run-on line's part may hold ``blank`` characters' blank once it gives as many
    characters to the part after it: it ends a sentence then (a paragraph's last line ending
    short), or the line right over it in its column (``line_over``: centre, left, right,
    text) ends one or none stands there (a paragraph's first line, its indent under the box's
    stretched start)."""
    if part.box is None or len(part.text) <= blank + 1:
        return False
    return ends_sentence(part.text[:-blank]) or line_over is None or ends_sentence(line_over[3])


def _trim_fragment_marks(page: OcrPage) -> OcrPage:
    """The page with the box of each body line that ends in an opening mark (``text.OPENERS``)
    and reaches past the start of another line on its row (by less than a character: that
    line starts inside its last cell) trimmed short of that start: the detector ran the box
    on over the gutter into the first glyph of the next column's line and read the part of it
    it took in as a mark (a column's own line ends in a mark inside its column, never over the
    next column's text). Its box overlapping that line's, no gutter shows between the two
    columns there, and the layout reads them as one. (The mark stays in the text: the page's
    raw text is the lines' own.)"""
    boxed = [ln for ln in page.lines if ln.box is not None and ln.box.height > 0]
    if not boxed:
        return page
    # (The lines ending in a mark found first: a page has a few dozen, and none asks the
    # rest's heights and centres then.)
    marked = [
        (k, ln, text)
        for k, ln in enumerate(page.lines)
        if ln.box is not None and len(text := ln.text.rstrip()) >= 3 and text[-1] in OPENERS
    ]
    if not marked:
        return page
    height = median([ln.box.height for ln in boxed if ln.box is not None])
    # (The lines on a box's row: those whose centres lie within half a height of its, as
    # bisect over the centres sorted took them (from the first at or past the lower bound to
    # the last at or before the upper), asked of the centres as an array in the lines' order:
    # a scan of the page for each such line in Python grew with the square of a big page's
    # boxes, and sorting every line cost more than the few lines asked.)
    centres = np.fromiter((ln.box.cy for ln in boxed if ln.box is not None), float, len(boxed))
    lines = list(page.lines)
    changed = False
    for k, ln, text in marked:
        box = ln.box
        if box is None or box.height > BODY_TYPE * height:
            continue
        cell = box.width / len(text)
        row = [
            boxed[j]
            for j in np.flatnonzero(
                (centres >= box.cy - height / 2) & (centres <= box.cy + height / 2)
            ).tolist()
        ]
        starts = [
            b.x0
            for other in row
            if other is not ln
            and (b := other.box) is not None
            and abs(b.cy - box.cy) < height / 2
            and box.x1 - cell < b.x0 < box.x1
            and b.x1 > box.x1 + cell
        ]
        if not starts:
            continue
        x1 = min(min(starts), box.x1 - cell) - cell / 4
        lines[k] = replace(ln, box=Box(box.x0, box.y0, x1, box.y1))
        changed = True
    return replace(page, lines=tuple(lines)) if changed else page


def _from_gutter(grid: Sequence[tuple[float, float]], box: Box, pitch: float) -> float:
    """:func:`gutters_from_column` of ``box``, its start inside a grid gutter (more than a
    quarter character before its end) taken at the gutter's end: a taller box of offset rows,
    stretched back into the gutter before its first column, starts there."""
    x0 = next((s for e, s in grid if e < box.x0 < s - pitch / 4), box.x0)
    return gutters_from_column(grid, Box(x0, box.y0, box.x1, box.y1), pitch)


def _crossing(
    body: Sequence[tuple[int, OcrLine]], grids: BandGrids, pitch: float
) -> Iterator[tuple[int, OcrLine, Box, list[tuple[float, float]]]]:
    """The body lines whose box crosses a gutter of its band's column grid by a character or
    more on both sides (:func:`~desktop.core.reflow.grid.crosses`, by bisect: most cross
    none), with the box and that grid. Each band's reach is worked out once.

    (Asked of all the lines at once, band by band: each line's band (:meth:`BandGrids.bands_of`)
    and where its start and its end stand in that band's reach as arrays, the same sums
    and comparisons as :func:`crosses` makes; most body lines cross none, and each asked
    alone cost a dozen calls.)"""
    boxes = [ln.box for _, ln in body]
    if not boxes:
        return
    cy, x0, x1 = columns(
        ((b.cy, b.x0, b.x1) if b is not None else (0.0, 0.0, 0.0) for b in boxes), len(boxes)
    )
    bands = grids.bands_of(cy)
    found = np.zeros(len(boxes), dtype=bool)
    grid_of: dict[int, list[tuple[float, float]]] = {}
    for k, part in _by_band(bands):
        grid = grid_of[k] = grids.band(k)
        ends, least = crossing_reach(grid)
        if not ends:
            continue
        j = np.searchsorted(np.array(ends, dtype=float), x0[part] + pitch, side="left")
        inside = j < len(ends)
        found[part[inside]] = np.array(least, dtype=float)[j[inside]] <= x1[part[inside]] - pitch
    band_of = bands.tolist()
    for n in np.flatnonzero(found).tolist():
        box = boxes[n]
        if box is not None:
            i, ln = body[n]
            yield i, ln, box, grid_of[band_of[n]]


def _by_band(bands: NDArray[np.intp]) -> Iterator[tuple[int, NDArray[np.intp]]]:
    """Each band of ``bands`` (a band's index a line) once, with its lines' places in
    ``bands``, in order."""
    order = np.argsort(bands, kind="stable")
    starts = np.flatnonzero(np.diff(bands[order], prepend=-1))
    yield from zip(bands[order[starts]].tolist(), np.split(order, starts[1:]), strict=True)


#: :func:`_trim_reach_arrays`' answers, for each grids drawn while they stand.
_REACHES: weakref.WeakKeyDictionary[
    BandGrids, dict[tuple[int, float], tuple[NDArray[np.float64], ...]]
] = weakref.WeakKeyDictionary()


def _trim_reach_arrays(grids: BandGrids, k: int, pitch: float) -> tuple[NDArray[np.float64], ...]:
    """:func:`~desktop.core.reflow.grid.trim_reach` of band ``k``'s grid of ``grids`` at
    ``pitch``, its four lists as arrays. Worked out once a band and pitch for the grids drawn
    (a band's grid, once drawn, stands as it is): the cutting asks it of every band at each of
    its grid looks and trims, three to five times."""
    held = _REACHES.setdefault(grids, {})
    found = held.get((k, pitch))
    if found is None:
        found = tuple(np.array(side, dtype=float) for side in trim_reach(grids.band(k), pitch))
        # (Read only: every caller shares them.)
        for side in found:
            side.setflags(write=False)
        held[(k, pitch)] = found
    return found


def _may_trim_all(
    grids: BandGrids,
    cy: NDArray[np.float64],
    x0: NDArray[np.float64],
    x1: NDArray[np.float64],
    pitch: float,
) -> tuple[NDArray[np.bool_], NDArray[np.intp]]:
    """For each line boxed at centre ``cy`` whose box stands now from ``x0`` to ``x1``:
    whether :func:`~desktop.core.reflow.grid.trim_to_grid` may move an end of it at the grid
    of that centre's band (:func:`~desktop.core.reflow.grid.may_trim`), and that band
    (:meth:`BandGrids.bands_of`). All at once: where each start and end stands among its
    band's intervals (:func:`~desktop.core.reflow.grid.trim_reach`) as arrays, the same
    comparisons as :func:`may_trim` makes one line at a time."""
    bands = grids.bands_of(cy)
    # (Every band's intervals searched at once, as one run of (band, bound) keys: each band
    # searched alone took some ten numpy calls, for each of some 90 bands on a 10k page, at
    # each of four calls: :func:`_banded_reached`. The keys of every band of the grids,
    # worked out once for them: the cutting asks this of the same grids at its trims and
    # each of its recuts, :func:`_trim_reach_keys`.)
    (start_keys, start_ups), (end_keys, end_ups) = _trim_reach_keys(grids, pitch)
    may = _banded_reached(start_keys, start_ups, bands, x0, "left")
    may |= _banded_reached(end_keys, end_ups, bands, x1, "left")
    return may, bands


#: :func:`_trim_reach_keys`' answers, for each grids drawn while they stand.
_REACH_KEYS: weakref.WeakKeyDictionary[
    BandGrids, dict[float, tuple[tuple[NDArray[np.complex128], NDArray[np.float64]], ...]]
] = weakref.WeakKeyDictionary()


def _trim_reach_keys(
    grids: BandGrids, pitch: float
) -> tuple[tuple[NDArray[np.complex128], NDArray[np.float64]], ...]:
    """:func:`_banded_keys` of the starts' and of the ends' intervals of
    :func:`_trim_reach_arrays`, of every band of ``grids`` (none for a band of no grid), at
    ``pitch``: worked out once for the grids drawn."""
    held = _REACH_KEYS.setdefault(grids, {})
    found = held.get(pitch)
    if found is None:
        bands = [k for k in range(grids.last + 1) if grids.band(k)]
        reach = [_trim_reach_arrays(grids, k, pitch) for k in bands]
        found = held[pitch] = (
            _banded_keys(bands, [(r[0], r[1]) for r in reach]),
            _banded_keys(bands, [(r[2], r[3]) for r in reach]),
        )
    return found


def _banded_keys(
    bands: list[int], reach: Sequence[tuple[NDArray[np.float64], NDArray[np.float64]]]
) -> tuple[NDArray[np.complex128], NDArray[np.float64]]:
    """For :func:`_banded_reached`: the intervals of each band of ``bands`` (sorted), its
    ``reach`` (the lower bounds in order and the running maximum of the upper bounds, as
    :func:`~desktop.core.reflow.grid.trim_reach` gives them), as one sorted run of keys, a
    band's index and a lower bound each (the complex number band + bound j: numpy orders
    complex numbers by their real part, then their imaginary part), and the upper bounds'
    running maxima beside them."""
    if not bands:
        return np.zeros(0, dtype=np.complex128), np.zeros(0, dtype=float)
    lows = np.concatenate([r[0] for r in reach])
    keys = np.empty(len(lows), dtype=np.complex128)
    keys.real = np.repeat(bands, [len(r[0]) for r in reach])
    keys.imag = lows
    keys.setflags(write=False)
    ups = np.concatenate([r[1] for r in reach])
    ups.setflags(write=False)
    return keys, ups


def _banded_reached(
    keys: NDArray[np.complex128],
    ups: NDArray[np.float64],
    bands: NDArray[np.intp],
    x: NDArray[np.float64],
    side: Literal["left", "right"],
) -> NDArray[np.bool_]:
    """For each value of ``x`` in band ``bands``, whether it lies inside one of that band's
    intervals (``keys`` and ``ups``, of :func:`_banded_keys`): as each band asked alone asks
    it, its place among the band's lower bounds sought from ``side`` and the running maximum
    of the upper bounds before that place past the value. All bands at once: each value
    sought among the keys as (its band, the value); its place among its own band's bounds is
    the place found less the keys of the bands before, and none of them stands before it
    where the key before is another band's (or there is none)."""
    if not len(keys):
        return np.zeros(len(x), dtype=bool)
    asked = np.empty(len(x), dtype=np.complex128)
    asked.real = bands
    asked.imag = x
    at = keys.searchsorted(asked, side=side)
    before = np.maximum(at - 1, 0)
    found: NDArray[np.bool_] = (at > 0) & (keys.real[before] == bands) & (ups[before] > x)
    return found


def _retrim_reach_all(
    grids: BandGrids,
    boxes: Sequence[Box | None],
    starts_too: Sequence[bool],
    changed: list[float],
    reach: float,
    pitch: float,
) -> tuple[list[bool], list[bool], list[int]]:
    """For each of ``boxes`` (a line as it stands, not cut, of body height), the last grid
    trims' first looks: whether its centre lies within ``reach`` of one of ``changed``
    (sorted: :func:`_near_any`) and (where ``starts_too``) its start where
    :func:`~desktop.core.reflow.grid.trim_to_grid` may move it at its band's grid
    (:func:`~desktop.core.reflow.grid.may_trim_start`); whether it lies so near and its end
    where :func:`_trim_over_indent` may move it (:func:`_may_trim_over_indent`); and its band
    (:meth:`BandGrids.bands_of`). False for no box. All at once (every band's intervals
    together: :func:`_banded_reached`), the same sums and comparisons as those make one line
    at a time."""
    kept = [(n, b) for n, b in enumerate(boxes) if b is not None]
    may_start = [False] * len(boxes)
    may_end = [False] * len(boxes)
    band_of = [0] * len(boxes)
    if not kept:
        return may_start, may_end, band_of
    cy, x0, x1 = box_places((b for _, b in kept), len(kept))
    marks = np.array(changed, dtype=float)
    at = np.searchsorted(marks, cy - reach, side="left")
    near = (at < len(marks)) & (marks[np.minimum(at, len(marks) - 1)] <= cy + reach)
    bands = grids.bands_of(cy)
    # (Every band's intervals searched at once: :func:`_banded_reached`.)
    start_keys, start_ups = _trim_reach_keys(grids, pitch)[0]
    # (The ends' intervals of the bands these lines stand in.)
    present = [k for k in np.unique(bands).tolist() if grids.band(k)]
    over_indent = [_over_indent_reach(grids.band(k), pitch) for k in present]
    end_keys, end_ups = _banded_keys(
        present,
        [(np.array(lows, dtype=float), np.array(ups, dtype=float)) for lows, ups in over_indent],
    )
    start_moves = _banded_reached(start_keys, start_ups, bands, x0, "left")
    end_moves = _banded_reached(end_keys, end_ups, bands, x1, "right")
    asked_start = np.array([starts_too[n] for n, _ in kept], dtype=bool)
    for (n, _), start, end, k in zip(
        kept,
        (near & start_moves & asked_start).tolist(),
        (near & end_moves).tolist(),
        bands.tolist(),
        strict=True,
    ):
        may_start[n], may_end[n], band_of[n] = start, end, k
    return may_start, may_end, band_of


def _seams_reaching(
    seams: Sequence[tuple[float, float, float, float]],
) -> Callable[[float], list[tuple[float, float, float, float]]]:
    """The seams of ``seams`` (gutter end, next start, top, bottom) whose rows may reach a
    centre, in their own order: those whose top lies between the centre less the tallest
    reach (and a pixel, for rounding) and the centre, found by bisection. A big page's
    stories show hundreds of run-on gutters, and every body line was asked of them all;
    the caller keeps the exact test (top <= centre <= bottom)."""
    by_top = sorted((seam[2], n) for n, seam in enumerate(seams))
    tops = [top for top, _ in by_top]
    reach = max((seam[3] - seam[2] for seam in seams), default=0.0) + 1.0

    def at(cy: float) -> list[tuple[float, float, float, float]]:
        lo, hi = bisect_left(tops, cy - reach), bisect_right(tops, cy)
        return [seams[n] for n in sorted(by_top[k][1] for k in range(lo, hi))]

    return at


def _run_ons_across_grid(
    body: Sequence[tuple[int, OcrLine]],
    grids: BandGrids,
    pitch: float,
    edge: Sequence[tuple[float, float]],
    values: _Values | None = None,
) -> set[int]:
    """The body lines the first look finds run on across the column grid, both its looks at
    once: a line crossing a gutter of its band's grid by a character or more on both sides
    (:func:`_crossing`) that ends a few characters (RUN_ON_TAIL) past a gutter it crosses,
    from a column's start (:func:`~desktop.core.reflow.grid.gutters_from_column` of the grid
    and the page's left margin, ``edge``: a line run on by a few characters); or that
    :func:`_run_on_by_grid` finds run on.

    (All the lines at once: each line's band's gutters a row of a matrix, padded with NaN,
    which no comparison passes; the same comparisons as those looks make one line and one
    gutter at a time, and each line's crossed gutters summed along its row in the grid's
    order, as :func:`gutters_from_column` adds them, a gutter not crossed adding nothing.
    Each look asked one line at a time cost a dozen calls, and most lines cross none.)
    (``values``: the lines' centres, lefts and rights as arrays, when the caller has them
    read and every line has a box.)"""
    found: set[int] = set()
    if not body:
        return found
    if values is not None:
        cy, x0, x1 = values
    else:
        boxes = [ln.box for _, ln in body]
        cy, x0, x1 = columns(
            ((0.0, 0.0, 0.0) if b is None else (b.cy, b.x0, b.x1) for b in boxes), len(boxes)
        )
    bands = grids.bands_of(cy)
    grid_of = {k: grids.band(k) for k in np.unique(bands).tolist()}
    width = max(len(grid) for grid in grid_of.values())
    if not width:
        return found
    ends = np.full((max(grid_of) + 1, width), np.nan)
    starts = np.full((max(grid_of) + 1, width), np.nan)
    for k, grid in grid_of.items():
        ends[k, : len(grid)] = [e for e, _ in grid]
        starts[k, : len(grid)] = [s for _, s in grid]
    e, s = ends[bands], starts[bands]
    lo_x, hi_x = (x0 + pitch)[:, None], (x1 - pitch)[:, None]
    crossed = (lo_x <= e) & (s <= hi_x)
    crossing = crossed.any(axis=1)
    if values is None:
        crossing &= np.array([b is not None for b in boxes], dtype=bool)
    # (From a column's start, an indent in: gutters_from_column's first test.)
    before, after = pitch / 4, (INDENT + 0.5) * pitch
    at_column = ((s - before <= x0[:, None]) & (x0[:, None] <= s + after)).any(axis=1)
    summed = np.cumsum(np.where(crossed, s - e, 0.0), axis=1)[:, -1]
    # (The tail's look: the grid and the page's margin, a gutter of no width after them.)
    tail = RUN_ON_TAIL * pitch
    tails = ((lo_x <= e) & (s <= hi_x) & (hi_x <= s + tail)).any(axis=1)
    from_margin, with_margin = at_column.copy(), summed.copy()
    for m_e, m_s in edge:
        from_margin |= (m_s - before <= x0) & (x0 <= m_s + after)
        with_margin = with_margin + np.where(
            (x0 + pitch <= m_e) & (m_s <= x1 - pitch), m_s - m_e, 0.0
        )
    run_on = crossing & tails & from_margin & (with_margin > 0)
    found.update(body[n][0] for n in np.flatnonzero(run_on).tolist())
    # (:func:`_run_on_by_grid`'s look, of the lines crossing from a column's start, as
    # :func:`_run_on_at` asks it, on arrays: a box's width is its ends' difference.)
    asked = np.flatnonzero(crossing & at_column & (summed > 0))
    count = np.fromiter((ink_cells(body[n][1].text) for n in asked.tolist()), float, len(asked))
    gutters = summed[asked]
    box_width = x1[asked] - x0[asked]
    room = box_width - gutters
    run_on = (
        (INDENT_FITS * pitch * count <= room)
        & (room <= BODY_PITCH * pitch * count)
        & (box_width - count * pitch >= gutters / 2)
    )
    found.update(body[n][0] for n in asked[run_on].tolist())
    return found


def _run_on_at(box: Box, text: str, gutters: float, pitch: float) -> bool:
    """:func:`_run_on_by_grid`'s test of a box crossing grid gutters ``gutters`` wide in all
    (more than none) from a column's start: its characters at the body's pitch once those are
    left out, wider than its characters there by half their blank or more."""
    count = ink_cells(text)
    room = box.width - gutters
    return (
        INDENT_FITS * pitch * count <= room <= BODY_PITCH * pitch * count
        and box.width - count * pitch >= gutters / 2
    )


def _run_on_by_grid(
    body: Sequence[tuple[int, OcrLine]],
    grids: BandGrids,
    pitch: float,
    crossing: Sequence[tuple[int, OcrLine, Box, list[tuple[float, float]]]] | None = None,
) -> set[int]:
    """The body lines run on over a grid gutter, whatever the lines listed around them: a
    box starting where a grid column starts (or an indent in) that crosses a gutter of the
    grid by a character or more on both sides, and holds its characters at the body's pitch
    (INDENT_FITS to BODY_PITCH of it) once those gutters are left out, and wider than its
    characters there by half their blank or more. A lead or a deck set over the columns in
    body type is as wide as its characters, the gutter's blank in none of it; one in larger
    type is wider all along. (Wide against its neighbours finds most such boxes; not one whose
    rows around are run-on boxes too, or wider columns' lines.) (``crossing``: what
    :func:`_crossing` gives of ``body``, when the caller has it.)"""
    found = set()
    # (Whether the box crosses a gutter at all asked first, by bisect in its band's gutters:
    # most body lines cross none, and their sum is 0.)
    for i, ln, box, band in _crossing(body, grids, pitch) if crossing is None else crossing:
        gutters = gutters_from_column(band, box, pitch)
        if gutters > 0 and _run_on_at(box, ln.text, gutters, pitch):
            found.add(i)
    return found


def _lines_within(
    by_centre: Sequence[tuple[float, int]],
    centres: Sequence[float],
    spans: Sequence[tuple[float, float]],
    slack: float,
) -> list[int]:
    """The indexes of the lines of ``by_centre`` ((centre, index) sorted; ``centres`` their
    centres) whose centre lies within one of ``spans`` (top, bottom), or ``slack`` past it,
    each once, in index order. A look asking every line of the page whether its centre lies
    within a span (a gutter's rows, a window around a line changed) and doing nothing with the
    rest asks these alone, the same test kept: ``slack`` covers a bound worked out the other
    way round (a centre's window about a line, where this takes the line's about the centre),
    which may differ in its last bit."""
    found: list[int] = []
    # (The spans from the top down, each line taken once: past what the spans before took.)
    taken = 0
    for top, bottom in sorted(spans):
        lo = max(bisect_left(centres, top - slack), taken)
        hi = bisect_right(centres, bottom + slack)
        if lo < hi:
            found.extend(i for _, i in by_centre[lo:hi])
            taken = hi
    return sorted(found)


def _near_any(sorted_values: list[float], value: float, reach: float) -> bool:
    """Whether any of ``sorted_values`` lies within ``reach`` of ``value``."""
    k = bisect_left(sorted_values, value - reach)
    return k < len(sorted_values) and sorted_values[k] <= value + reach


def _near_any_all(sorted_values: list[float], values: list[float], reach: float) -> list[bool]:
    """:func:`_near_any` of each of ``values``, on arrays (as bisect finds them)."""
    if not sorted_values or not values:
        return [False] * len(values)
    at = np.array(sorted_values, dtype=float)
    v = np.array(values, dtype=float)
    k = at.searchsorted(v - reach, side="left")
    near = k < len(at)
    near[near] = at[k[near]] <= v[near] + reach
    return list(map(bool, near.tolist()))


def _seams(
    placed: list[tuple[float, float, float]],
    grids: BandGrids,
    height: float,
    pitch: float,
    rows: NDArray[np.float64] | None = None,
) -> list[tuple[float, float, float, float]]:
    """Narrow gutters the lines of a story's rows meet at, row after row (boxes stretched
    into them from both sides, or meeting over them): (end, start, top, bottom).

    On a row, a line ending and the next starting within SEAM_MEET characters of each other
    (or overlapping by up to SEAM_OVERLAP), each holding two characters or more beyond that
    point, meet there; SEAM_ROWS rows or more, each at most SEAM_SKIP line heights under the
    one before, meeting within SEAM_BAND characters, show a gutter there, however their
    boxes scatter. It is the grid's gutter (:func:`column_grid`, of its band) where one stands by
    (the meeting points lie left of it or in it: stretched boxes reach back), else it runs
    from the median end of those rows' first lines to the median start of their second, a
    character on at least (all of those may be stretched back over the gutter).

    (``rows``: ``placed`` as the rows of a matrix, where the caller holds it: the meeting
    points found on arrays, :func:`_meeting_points_all`.)"""
    points = (
        _meeting_points(placed, height, pitch)
        if rows is None
        else _meeting_points_all(placed, rows, height, pitch)
    )
    points.sort()
    seams: list[tuple[float, float, float, float]] = []
    lo = 0
    # (Points sorted by place, each band of SEAM_BAND characters from a point taken once:
    # linear but for the sorts.)
    while lo < len(points):
        hi = bisect_right(points, (points[lo][0] + SEAM_BAND * pitch, float("inf")))
        band = sorted((cy, m, a1, b0) for m, cy, a1, b0 in points[lo:hi])
        run: list[tuple[float, float, float, float]] = []
        best: list[tuple[float, float, float, float]] = []
        for point in band:
            if run and point[0] - run[-1][0] > SEAM_SKIP * height:
                run = []
            run.append(point)
            if len(run) > len(best):
                best = list(run)
        if len(best) >= SEAM_ROWS:
            c = statistics.median(m for _, m, _, _ in best)
            end = statistics.median(a1 for _, _, a1, _ in best)
            e, s = next(
                (
                    (e, s)
                    for e, s in grids.at((best[0][0] + best[-1][0]) / 2)
                    if e - SEAM_BAND * pitch <= c <= s + pitch
                ),
                (end, max(end + pitch, statistics.median(b0 for _, _, _, b0 in best))),
            )
            seams.append((e, s, best[0][0], best[-1][0]))
            lo = hi
        else:
            lo += 1
    return seams


def _meeting_points(
    placed: list[tuple[float, float, float]], height: float, pitch: float
) -> list[tuple[float, float, float, float]]:
    """Where the lines of each row of ``placed`` (by centre) meet, as :func:`_seams` weighs
    them: (meeting point, centre, end, start) of each two lines next to each other on a row
    (a row: the lines from its first on, by centre, whose centres stand within half a line
    height of the first's), the second reaching past the first, starting within SEAM_MEET
    characters of its end (or over it by up to SEAM_OVERLAP), each holding two characters or
    more beyond the meeting point."""
    points: list[tuple[float, float, float, float]] = []  # (meeting point, centre, end, start)
    row: list[tuple[float, float, float]] = []

    def meet() -> None:
        # (A row of one line meets none: a third of the rows on a big page.)
        if len(row) < 2:
            return
        row.sort(key=itemgetter(1))
        for (cy0, a0, a1), (cy1, b0, b1) in pairwise(row):
            m = (a1 + b0) / 2
            if (
                b1 > a1
                and -SEAM_OVERLAP * pitch <= b0 - a1 <= SEAM_MEET * pitch
                and a0 <= m - 2 * pitch
                and b1 >= m + 2 * pitch
            ):
                points.append((m, (cy0 + cy1) / 2, a1, b0))

    for line in placed:
        if row and line[0] - row[0][0] > 0.5 * height:
            meet()
            row.clear()
        row.append(line)
    meet()
    return points


def _meeting_points_all(
    placed: list[tuple[float, float, float]],
    rows: NDArray[np.float64],
    height: float,
    pitch: float,
) -> list[tuple[float, float, float, float]]:
    """:func:`_meeting_points` of ``placed`` (its places the rows of ``rows``), the same
    points (in another order: :func:`_seams` sorts them), on arrays: the rows found by
    bisection from one row's first line to the next's, the lines of each row ordered by
    start in one stable sort, and every two next to each other weighed at once. (The plain
    pass where a place is NaN: its comparisons hold no order.)"""
    if np.isnan(rows).any():
        return _meeting_points(placed, height, pitch)
    n = len(placed)
    cy = rows[:, 0]
    centres = cy.tolist()
    half = 0.5 * height
    # (Each row's first line: the first whose centre stands more than half a line height
    # under the row's first, as the plain pass tests it, ``c - c0 > half``. The line past
    # ``c0 + half``, sought for every line at once, lands by it, and a step either way finds
    # it exactly: the test holds of the lines from some line on, as the centres stand sorted
    # and subtraction keeps their order.)
    past = np.searchsorted(cy, cy + half, "right").tolist()
    firsts: list[int] = []
    at = 0
    while at < n:
        firsts.append(at)
        c0, nxt = centres[at], max(past[at], at + 1)
        while nxt < n and not centres[nxt] - c0 > half:
            nxt += 1
        while nxt > at + 1 and centres[nxt - 1] - c0 > half:
            nxt -= 1
        at = nxt
    row_of = np.repeat(np.arange(len(firsts)), np.diff([*firsts, n]))
    # (Each row's lines by start, the row's order kept on a tie: the plain pass's stable
    # sort.)
    order = np.lexsort((rows[:, 1], row_of))
    line_cy, a, b = rows[order].T
    row_of = row_of[order]
    same = row_of[1:] == row_of[:-1]
    cy0, a0, a1 = line_cy[:-1], a[:-1], b[:-1]
    cy1, b0, b1 = line_cy[1:], a[1:], b[1:]
    m = (a1 + b0) / 2
    gap = b0 - a1
    meets = np.flatnonzero(
        same
        & (b1 > a1)
        & (-SEAM_OVERLAP * pitch <= gap)
        & (gap <= SEAM_MEET * pitch)
        & (a0 <= m - 2 * pitch)
        & (b1 >= m + 2 * pitch)
    )
    return list(
        zip(
            m[meets].tolist(),
            ((cy0[meets] + cy1[meets]) / 2).tolist(),
            a1[meets].tolist(),
            b0[meets].tolist(),
            strict=True,
        )
    )


def _trim_to_ink(
    line: OcrLine,
    grid: Sequence[tuple[float, float]],
    placed: list[tuple[float, float, float]],
    centres: list[float],
    pitch: float,
) -> OcrLine:
    """The line with its box's start, inside a grid gutter of ``grid`` (past its end, a
    quarter character or more short of its start) and meeting its row neighbour (a line of
    ``placed``, by centre, on its row, ending up to a character before the start or a
    quarter past it), moved to where its characters start when set at the widest body pitch
    (BODY_PITCH of ``pitch``, from the box's end), when that is half a character or more
    further right (not past the gutter's start); the line itself else, and for a line
    holding any narrow character (digits and Latin letters are set at no one width).

    Characters are set from a column's start (or an indent in), never inside a gutter: a box
    starting in one, wider than its characters, was stretched back over the gutter's blank
    (a short line, a paragraph's last, whose row neighbour in the column before ends at the
    gutter, and the detector grew the box back to meet it: dev/page-140's five characters
    boxed 1.2 cells too wide, the gutter closed, and two columns read as one). A line set
    apart (a byline or a title centred over columns) meets no line on its row. The grid's
    trim moves such a start only where the lines near show the gutter; a short story's
    column beside a long one's shows it to too few."""
    box = line.box
    assert box is not None
    x0, x1 = box.x0, box.x1
    for e, s in grid:
        if e < x0 < s - pitch / 4:
            cy, half = box.cy, box.height / 2
            if NARROW.search(line.text) or not any(
                abs(c - cy) < half and x0 - pitch <= b <= x0 + pitch / 4 and a < x0
                for c, a, b in placed[
                    bisect_left(centres, cy - half) : bisect_right(centres, cy + half)
                ]
            ):
                return line
            start = min(s, x1 - ink_cells(line.text) * pitch * BODY_PITCH)
            if start - x0 < pitch / 2:
                return line
            return replace(line, box=Box(start, box.y0, x1, box.y1))
    return line


def _trim_to_seam(line: OcrLine, seam: tuple[float, float, float, float], pitch: float) -> OcrLine:
    """The line (of a seam's rows, or a few rows past its ends) with its box trimmed back to
    the gutter of :func:`_seams` when its box starts in it or up to SEAM_OVERLAP characters
    before it (ends in it or as far past it) and its characters fit the box so trimmed at
    INDENT_FITS of the body's pitch; the line itself else."""
    box = line.box
    assert box is not None
    e, s, _, _ = seam
    x0, x1 = box.x0, box.x1
    # (Where its ends lie asked before its characters are counted: of the lines of a seam's
    # rows, 99 in 100 neither start nor end by the gutter, and are left as they are whatever
    # the count.)
    starts_in = e - SEAM_OVERLAP * pitch < x0 < s - pitch / 4
    ends_in = s + SEAM_OVERLAP * pitch > x1 > e + pitch / 4
    if not (starts_in or ends_in):
        return line
    need = _ink(line.text) * pitch * INDENT_FITS
    if starts_in and x1 - s >= max(need, 2 * pitch):
        x0 = s
    elif ends_in and e - x0 >= max(need, 2 * pitch):
        x1 = e
    else:
        return line
    return replace(line, box=Box(x0, box.y0, x1, box.y1))


def _loose_all(
    boxed: Sequence[tuple[int, OcrLine]],
    values: tuple[NDArray[np.intp], NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]],
    level: list[tuple[float, float, float]],
    body_type: float,
    offset_type: float,
    pitch: float,
) -> set[int]:
    """The indexes of the ``boxed`` lines (index, line) whose boxes are wider than their
    characters need by OVERHANG characters or more (they may overhang a gutter): of body
    type (``body_type`` tall at most), or long enough to show their pitch (TALL_CELLS), or
    a short line boxed a little taller (``offset_type`` at most) that meets the line before
    it on its row (:func:`_meets_row_neighbour` among ``level``, all the lines' places by
    centre). ``values``: the lines' indexes, heights, lefts and rights as arrays, in their
    order.

    (Asked of all the lines at once, on arrays in their order: the same products and
    differences of the same floats, a box's width its ends' difference; the row look only of
    the few lines it decides, in their order. The set is made in that order, as the look
    line by line made it.)"""
    indexes, tall, x0, x1 = values
    ink = np.fromiter(map(ink_cells, [ln.text for _, ln in boxed]), float, len(boxed))
    overhangs = (x1 - x0) - ink * pitch >= OVERHANG * pitch
    is_loose = overhangs & ((tall <= body_type) | (ink >= TALL_CELLS))
    for k in np.flatnonzero(overhangs & ~is_loose & (tall <= offset_type)).tolist():
        box = boxed[k][1].box
        is_loose[k] = box is not None and _meets_row_neighbour(box, level, pitch)
    return set(indexes[is_loose].tolist())


def _wider_than_listed(widths: list[float]) -> list[bool]:
    """Whether each width is more than WIDE times the median of the LISTED widths listed
    before it and the LISTED after it (fewer at the ends). The lines with a full count on
    both sides all at once: their neighbours a row of a numpy matrix, sorted, the median the
    mean of the two middle ones as statistics.median has it; the few at the ends one by one."""
    full = 2 * LISTED
    found = [False] * len(widths)
    ends = [
        *range(min(LISTED, len(widths))),
        *range(max(LISTED, len(widths) - LISTED), len(widths)),
    ]
    for k in ends:
        around = widths[max(0, k - LISTED) : k] + widths[k + 1 : k + 1 + LISTED]
        found[k] = widths[k] > WIDE * statistics.median(around)
    if len(widths) > full:
        row = np.array(widths, dtype=float)
        windows = np.lib.stride_tricks.sliding_window_view(row, full + 1)
        neighbours = np.sort(np.delete(windows, LISTED, axis=1), axis=1)
        median = (neighbours[:, LISTED - 1] + neighbours[:, LISTED]) / 2
        found[LISTED : len(widths) - LISTED] = (row[LISTED:-LISTED] > WIDE * median).tolist()
    return found


def _wide_among_neighbours(
    body: list[tuple[int, OcrLine]],
    height: float,
    extra: Sequence[tuple[int, OcrLine]] = (),
    *,
    placed: list[tuple[float, float, float]] | None = None,
    values: _Values | None = None,
    placed_values: _Values | None = None,
) -> set[int]:
    """Body lines wider than the lines set above and below them (a few rows up and down,
    overlapping them): a run of run-on boxes listed one after another over narrow columns
    beside a wide column is not wide against the lines listed around it (the wide column's
    lines and the run-ons themselves), but is against the column lines over and under it.
    ``extra`` lines (taller boxes that may be run-ons) are judged against the body lines only.
    (``placed``: the body lines' (centre, left, right) sorted, when the caller has them;
    ``values`` and ``placed_values``: the judged boxes' and those places as arrays, when the
    caller has them: :func:`_wider_than_around_all`.)"""
    if placed is None:
        placed = sorted((ln.box.cy, ln.box.x0, ln.box.x1) for _, ln in body if ln.box is not None)
    judged = [(i, ln.box) for i, ln in (*body, *extra) if ln.box is not None]
    # (No centres given: :func:`_wider_than_around_mask` seeks each window among the places'
    # centres as an array, and reads no list of them.)
    # (As an array, and only the few lines found wide read of it, in their order: the set
    # is made as a pass over every judged line made it.)
    found = _wider_than_around_mask([b for _, b in judged], placed, height, values, placed_values)
    return {judged[k][0] for k in np.flatnonzero(found).tolist()}


def _wider_than_around(
    box: Box, placed: list[tuple[float, float, float]], centres: list[float], height: float
) -> bool:
    """Whether ``box`` is wider than the lines of ``placed`` (by centre) set above and below
    it, a few rows up and down, overlapping it (its own row, itself among them, left out)."""
    cy, x0, x1, row = box.cy, box.x0, box.x1, 0.5 * height
    lo = bisect_left(centres, cy - NEIGHBOURS * height)
    hi = bisect_right(centres, cy + NEIGHBOURS * height)
    around = [b - a for c, a, b in placed[lo:hi] if abs(c - cy) > row and b > x0 and a < x1]
    return len(around) >= 2 * SIDE and box.width > WIDE * statistics.median(around)


#: Lines' (centre, left, right) as three arrays.
_Values = tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]


def _wider_than_around_all(
    boxes: Sequence[Box],
    placed: list[tuple[float, float, float]],
    centres: list[float],
    height: float,
    values: _Values | None = None,
    placed_values: _Values | None = None,
) -> list[bool]:
    """:func:`_wider_than_around` of each of ``boxes``, all at once: each box's window of
    ``placed`` a row of one matrix (a few dozen lines across), the same comparisons and the
    same median (the middle value, or the mean of the two middle ones), so the same answers.
    (Asked of every body line twice, one look at a time cost more in calls than in looking.)
    (``values``: the boxes' centres, lefts and rights as arrays, and ``placed_values`` those
    of ``placed``, when the caller has them read: a box's width is its ends' difference.)"""
    found: list[bool] = _wider_than_around_mask(
        boxes, placed, height, values, placed_values
    ).tolist()
    return found


def _wider_than_around_mask(
    boxes: Sequence[Box],
    placed: list[tuple[float, float, float]],
    height: float,
    values: _Values | None = None,
    placed_values: _Values | None = None,
) -> NDArray[np.bool_]:
    """:func:`_wider_than_around_all` as an array. (With ``values``, the boxes are not read:
    they may be given as none.)"""
    count = len(boxes) if values is None else len(values[0])
    if not count or not placed:
        return np.zeros(count, dtype=bool)
    # (Read in C, each one flat run: the boxes' four values, the places' three.)
    if values is None:
        cy, x0, x1, width = columns(((b.cy, b.x0, b.x1, b.width) for b in boxes), len(boxes), 4)
    else:
        cy, x0, x1 = values
        width = x1 - x0
    if placed_values is None:
        c, a, b = columns(placed, len(placed))
    else:
        c, a, b = placed_values
    lo = np.searchsorted(c, cy - NEIGHBOURS * height, side="left")
    hi = np.searchsorted(c, cy + NEIGHBOURS * height, side="right")
    found = np.zeros(count, dtype=bool)
    # (Each chunk's windows read as the rows of strided views, the values window_rows'
    # indexes would gather: :class:`~desktop.core.reflow.windows.Strided`.)
    span = max(1, int((hi - lo).max()))
    c_rows, a_rows, b_rows = Strided(c, span), Strided(a, span), Strided(b, span)
    for rows, first, inside in window_starts_by_width(lo, hi):
        cols = inside.shape[1]
        left, right = a_rows.rows(first, cols), b_rows.rows(first, cols)
        keep = (
            inside
            & (np.abs(c_rows.rows(first, cols) - cy[rows, None]) > 0.5 * height)
            & (right > x0[rows, None])
            & (left < x1[rows, None])
        )
        found[rows] = _wider_than_median(right - left, keep, width[rows])
    return found


def _wider_than_median(
    around: NDArray[np.float64], keep: NDArray[np.bool_], width: NDArray[np.float64]
) -> NDArray[np.bool_]:
    """For each row of ``around`` (of which the values ``keep`` counts): whether it keeps
    2 * SIDE values or more and ``width`` (the row's) is more than WIDE times their median (the
    middle one, or the mean of the two middle ones), as :func:`statistics.median` has it.

    Counted rather than sorted: of the kept values in order, those whose WIDE times is under
    the width are the first ones (a product by WIDE keeps the order), so with ``less`` of them
    and ``mid`` = count // 2: an odd count's median (the value at ``mid``) passes when
    ``less > mid``; an even count's (the mean of the values at mid - 1 and mid, no more than
    the upper, no less than the lower, in floats too) passes when ``less > mid`` and fails
    when ``less < mid``. Only the rows left (``less == mid``, even) are sorted for it."""
    count: NDArray[np.intp] = np.count_nonzero(keep, axis=1)
    less: NDArray[np.intp] = np.count_nonzero(keep & (WIDE * around < width[:, None]), axis=1)
    mid = count // 2
    enough = count >= 2 * SIDE
    found: NDArray[np.bool_] = enough & (less > mid)
    tie = np.flatnonzero(enough & (count % 2 == 0) & (less == mid))
    if len(tie):
        ordered = np.sort(np.where(keep[tie], around[tie], np.inf), axis=1)
        line = np.arange(len(tie))
        upper = ordered[line, mid[tie]]
        lower = ordered[line, mid[tie] - 1]
        found[tie] = width[tie] > WIDE * ((lower + upper) / 2)
    return found


def _grown_to_next(
    box: Box,
    after: float,
    others: list[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float] | None,
    pitch: float,
) -> bool:
    """Whether ``box`` (a run-on line's, its last gutter found ending at ``after``) ends where
    the next line on its row starts, within EMPTY characters of it or past its start: a line
    of ``others`` (by centre) starting past ``after`` and before that, ending a character or
    more past the box's end, whose box holds its characters (``cells``) at the body's
    ``pitch`` (BODY_PITCH), so that its start is where its ink starts. In print a gutter, or
    that line's indent, stands between the box's last character and that start: the detector
    grew the box over it (a page read shrunk does so often, to the start of the next
    column's indented line or into its first character). A neighbour stretched back to meet
    the box is wider than its characters, and tells nothing of which box was grown."""
    half = box.height / 2
    lo = bisect_left(others, (box.cy - half,))
    hi = bisect_right(others, (box.cy + half,))
    reach, past = box.x1 + EMPTY * pitch, box.x1 + pitch
    return cells is not None and any(
        after < w[1] < reach
        and w[2] > past
        and (count := cells.get(w)) is not None
        and w[2] - w[1] <= BODY_PITCH * pitch * count
        for w in others[lo:hi]
    )


def _meets_row_neighbour(box: Box, placed: list[tuple[float, float, float]], pitch: float) -> bool:
    """Whether a line on ``box``'s row (of ``placed``, by centre) starts left of it and ends
    within a character of its start, or past it: the box was stretched back to meet it."""
    half = box.height / 2
    lo = bisect_left(placed, (box.cy - half,))
    hi = bisect_right(placed, (box.cy + half,))
    return any(a < box.x0 and box.x0 - pitch <= b < box.x1 for _, a, b in placed[lo:hi])


def _wide_among_placed(
    body: list[tuple[int, OcrLine]],
    placed: list[tuple[float, float, float]],
    centres: list[float],
    height: float,
    wide: set[int],
    values: _Values | None = None,
    indexes: NDArray[np.intp] | None = None,
    rows: NDArray[np.float64] | None = None,
) -> set[int]:
    """:func:`_wide_among_neighbours` again, against the lines as cut so far (``placed``, by
    centre): body lines not yet ``wide`` that are wider than the lines over and under them
    once the run-on boxes among those are cut into their columns' lines. (``values``: those
    lines' boxes as arrays, when the caller has them: :func:`_wider_than_around_all`; and
    ``indexes``, their indexes in order, every body line having a box: the lines are not
    gone through then, and the set is made in the same order; ``rows``: ``placed`` as the
    rows of a matrix, where the caller holds it.)"""
    if values is not None and indexes is not None:
        held = None if rows is None else (rows[:, 0], rows[:, 1], rows[:, 2])
        return set(indexes[_wider_than_around_mask([], placed, height, values, held)].tolist())
    judged = [(i, ln.box) for i, ln in body if i not in wide and ln.box is not None]
    found = _wider_than_around_all([b for _, b in judged], placed, centres, height, values)
    return {i for (i, _), wider in zip(judged, found, strict=True) if wider}


def _placed_as_boxed(
    lines: Sequence[OcrLine],
    every: list[tuple[float, float, float]],
    counts: dict[tuple[float, float, float], float],
    counted: int,
) -> tuple[
    list[OcrLine],
    list[tuple[float, float, float]],
    list[float],
    dict[tuple[float, float, float], float],
    bool,
]:
    """What split_across_gutters' placed() finds of the page's ``lines`` as boxed, each
    whole, as its count_all() counts them: the lines; their text-type places sorted (those
    of ``every``, the same stable sort of the same places in the lines' order) and their
    centres; their counts by place, the last line's in the lines' order where two share a
    place (those of ``counts``, a copy); and whether two do (fewer places than the
    ``counted`` lines with counts)."""
    return (
        list(lines),
        list(every),
        list(map(itemgetter(0), every)),
        dict(counts),
        counted > len(counts),
    )


def _changed_since(
    trimmed: list[OcrLine], placed_lines: list[OcrLine], written: set[int]
) -> list[int]:
    """The indexes, in order, of the lines of ``trimmed`` that are not the ones of
    ``placed_lines`` (the lines as placed() found them last), of the indexes ``written``
    (every index set in ``trimmed`` since: those of all other lines hold the lines placed()
    found). (The lines set since are a few dozen at most placings, some none: ``trimmed``
    is asked at those alone, as it was asked at every line, in the same order.)"""
    return [i for i in sorted(written) if trimmed[i] is not placed_lines[i]]


def _trim_cut_ends(
    cut: dict[int, list[OcrLine]],
    grids: BandGrids,
    near: list[tuple[float, float, float]],
    centres: list[float],
    height: float,
    pitch: float,
) -> None:
    """Each line of ``cut`` with its first part trimmed to its band's grid, and its last
    part's end (:func:`~desktop.core.reflow.grid.trim_to_grid`, against ``near``), in
    ``cut``."""
    # (Asked first whether the trim may move an end of each first and last part at all, of
    # them all at once, :func:`_may_trim_all`: most stand where no trim moves them, and the
    # trim leaves those as they are. A lone part is its line's first, trimmed first.)
    ends_may = _ends_may_trim(cut, grids, pitch)
    for (i, parts), (first_may, last_may) in zip(list(cut.items()), ends_may, strict=True):
        first = parts[0]
        assert first.box is not None
        parts = [
            trim_to_grid(first, grids.at(first.box.cy), near, centres, height, pitch)
            if first_may
            else first,
            *parts[1:],
        ]
        last = parts[-1].box
        assert last is not None
        if last_may or len(parts) == 1:
            end = trim_to_grid(parts[-1], grids.at(last.cy), near, centres, height, pitch).box
            if end is not None and end.x1 != last.x1:
                parts[-1] = replace(parts[-1], box=Box(last.x0, last.y0, end.x1, last.y1))
        cut[i] = parts


def _ends_may_trim(
    cut: Mapping[int, Sequence[OcrLine]], grids: BandGrids, pitch: float
) -> list[tuple[bool, bool]]:
    """For each line of ``cut``, in its order: whether
    :func:`~desktop.core.reflow.grid.trim_to_grid` may move an end of its first part, and of
    its last, at the grid of its band (:func:`_may_trim_all`; a part with no box: True,
    asked)."""
    firsts = [parts[0].box for parts in cut.values()]
    lasts = [parts[-1].box for parts in cut.values()]
    found: list[list[bool]] = []
    for boxes in (firsts, lasts):
        may = [True] * len(boxes)
        boxed = [(k, box) for k, box in enumerate(boxes) if box is not None]
        if boxed:
            cy, x0, x1 = box_places((box for _, box in boxed), len(boxed))
            moves = _may_trim_all(grids, cy, x0, x1, pitch)[0].tolist()
            for (k, _), move in zip(boxed, moves, strict=True):
                may[k] = move
        found.append(may)
    return list(zip(found[0], found[1], strict=True))


def _text_places(
    order: Sequence[int],
    skip: set[int],
    written: set[int],
    place: Mapping[int, tuple[float, float, float]],
    tall: Mapping[int, float],
    text_type: float,
    lines: Sequence[OcrLine],
    entry: Callable[[OcrLine], tuple[tuple[float, float, float], bool, int | None] | None],
) -> list[tuple[float, float, float]]:
    """The places of the lines ``order`` (indexes of ``lines``) not in ``skip`` of text type,
    in that order, as ``entry`` (split_across_gutters' facts of a line: place, text type,
    count) gives them: of a line not ``written`` since it was boxed, its place as boxed
    (``place``), if it is as tall as ``text_type`` at most (the facts ``entry`` holds of it,
    made of those); of the others, ``entry``'s. (Some 10,000 lines, a tenth of them set
    since.)"""
    found: list[tuple[float, float, float]] = []
    for i in order:
        if i in skip:
            continue
        if i not in written:
            if tall[i] <= text_type:
                found.append(place[i])
        elif (facts := entry(lines[i])) is not None and facts[1]:
            found.append(facts[0])
    return found


def _cuts_changed(
    cut: Mapping[int, Sequence[OcrLine]],
    placed_cut: Mapping[int, Sequence[OcrLine]],
    noted: set[int],
) -> list[int]:
    """The indexes of ``cut`` (the lines cut now) and then those of ``placed_cut`` (the lines
    cut when last placed), each in its order, whose cut may have changed since: those
    ``noted`` (set or taken out since, :class:`_NotedCuts`). Every other one holds the same
    parts in both, and placed() would find it unchanged. (A few hundred lines cut, at each of
    a dozen placings, most of which find none changed.)"""
    if not noted:
        return []
    return [*(i for i in cut if i in noted), *(i for i in placed_cut if i in noted)]


def _set_cells(
    cells: dict[tuple[float, float, float], float],
    counts: dict[tuple[float, float, float], float],
    moved: tuple[list[tuple[float, float, float]], dict[tuple[float, float, float], float]] | None,
) -> None:
    """``cells`` set to hold the counts of ``counts``, as ``counts`` holds them. With
    ``moved`` (the places whose counts were taken out of ``counts``, each once, and the counts
    then put in, since ``cells`` held the same counts as it): those moves made in ``cells``,
    which then holds the same (a look asks its counts by place, never in order). (Set anew,
    10,000 counts were copied at each of a dozen looks to move a few hundred.)"""
    if moved is None:
        cells.clear()
        cells.update(counts)
        return
    out_counts, put_counts = moved
    for key in out_counts:
        del cells[key]
    cells.update(put_counts)


#: :func:`_move_keys` takes lines out and puts them in one by one up to this many in all.
FEW_MOVED = 32

#: ... and up to a 32nd of the list's length, this many at most: each takes a bisect and
#: moves the list's tail (~1.7 us on a 10k list), the list built anew takes a sort of it all
#: (~0.5 ms at 10k, where some 300 moves one by one cost as much; the cost of both grows
#: with the list, so where they cross stays near there).
MANY_MOVED = 256


def _move_keys(
    keys: list[tuple[float, float, float]],
    centres: list[float],
    out: list[tuple[float, float, float]],
    put: list[tuple[float, float, float]],
    where: list[list[int]] | None = None,
    ordered: list[tuple[float, float, float]] | None = None,
) -> None:
    """Take the places ``out`` out of ``keys`` (sorted, each there) and put those of ``put``
    in, in order, and ``centres`` with them (each key's first value). One by one (a bisect,
    a list's delete or insert each) for FEW_MOVED at most (MANY_MOVED on a long list); else
    the list is built anew, the
    places kept taken between those out in slices and the new ones merged in at their
    places (as one stable sort of the places kept, then those of ``put``, puts them): each
    delete or insert moves the list's tail, and a look changes lines in proportion to the
    page (hundreds on a 10k page), which grew as its square.

    ``where`` (an empty list, when given) is set to where the places went: those taken out
    in the list before (the first places equal to them, in order), and those put in, in
    order, in the list after (each after the places equal to it, those of ``put`` in its
    order), for :func:`_moved_rows`; and ``ordered`` (an empty list) to the places put in,
    in that order."""
    if len(out) + len(put) <= max(FEW_MOVED, min(MANY_MOVED, len(keys) // 32)):
        gone = _out_at(keys, out) if where is not None else []
        for key in out:
            k = bisect_left(keys, key)
            del keys[k]
            del centres[k]
        for key in put:
            k = bisect_right(keys, key)
            keys.insert(k, key)
            centres.insert(k, key[0])
        if where is not None:
            where[:] = [gone, _put_at(keys, put)]
        if ordered is not None:
            ordered[:] = sorted(put)
        return
    # (Each key out at the first place equal to it past the last one taken: equal places
    # are equal values, and which of them goes is no matter.)
    kept: list[tuple[float, float, float]] = []
    start, last = 0, -1
    taken: list[int] = []
    for key in sorted(out):
        k = bisect_left(keys, key, last + 1)
        kept += keys[start:k]
        start, last = k + 1, k
        taken.append(k)
    kept += keys[start:]
    # (The new ones merged in at their places, each after the places equal to it, sought by
    # bisection, as a stable sort of the places kept and then those of ``put`` puts them:
    # so the places they are put at are known, for placed()'s matrix (``where``); a tenth
    # slower than that sort, where seeking them after it cost half as much again.)
    merged: list[tuple[float, float, float]] = []
    start = 0
    added: list[int] = []
    put_in = sorted(put)
    for key in put_in:
        k = bisect_right(kept, key, start)
        merged += kept[start:k]
        added.append(len(merged))
        merged.append(key)
        start = k
    merged += kept[start:]
    keys[:] = merged
    centres[:] = map(itemgetter(0), merged)
    if where is not None:
        where[:] = [taken, added]
    if ordered is not None:
        ordered[:] = put_in


def _out_at(
    keys: list[tuple[float, float, float]], out: Sequence[tuple[float, float, float]]
) -> list[int]:
    """Where :func:`_move_keys` takes the places ``out`` out of ``keys`` (sorted, each
    there): the first places equal to them, in order (equal places one after another)."""
    found: list[int] = []
    last = -1
    for key in sorted(out):
        last = bisect_left(keys, key, last + 1)
        found.append(last)
    return found


def _put_at(
    keys: list[tuple[float, float, float]], put: Sequence[tuple[float, float, float]]
) -> list[int]:
    """Where the places ``put`` stand in ``keys`` (sorted) once :func:`_move_keys` put them in,
    in order: each after the places equal to it, those of ``put`` in its order, so the last
    of each run of equal places, sought from the last one put in back."""
    at: list[int] = []
    hi = len(keys)
    for key in reversed(sorted(put)):
        hi = bisect_right(keys, key, 0, hi) - 1
        at.append(hi)
    at.reverse()
    return at


def _moved_rows(
    rows: NDArray[np.float64],
    gone: Sequence[int],
    at: Sequence[int],
    ordered: Sequence[tuple[float, float, float]],
) -> NDArray[np.float64]:
    """``rows``, the matrix of a list of places (centre, left, right) sorted, as the matrix of
    that list once :func:`_move_keys` took out its places at ``gone`` (of the list before)
    and put in those of ``ordered`` at ``at`` (of the list after, in order: all as its
    ``where`` and ``ordered`` give them): the rows left, in their order, and the places put
    in at theirs, taken in one gather from the rows and the new ones. The same values as
    the list read anew, in a few numpy calls, where reading 10,000 places cost a
    millisecond at every placing."""
    if not gone and not ordered:
        return rows
    count = len(rows)
    size = count - len(gone) + len(ordered)
    kept = np.ones(count, dtype=bool)
    kept[np.asarray(gone, dtype=np.intp)] = False
    new = np.asarray(at, dtype=np.intp)
    left = np.ones(size, dtype=bool)
    left[new] = False
    # (Each row of the matrix after: a row kept, by its index, or a place put in, by its
    # index past the rows.)
    take = np.empty(size, dtype=np.intp)
    take[left] = np.flatnonzero(kept)
    take[new] = np.arange(count, count + len(ordered))
    # (Each row gathered whole, as one 24-byte value: a gather of the float rows reads
    # its three values one at a time.)
    both = np.concatenate((rows, matrix(ordered, len(ordered), 3)))
    moved = both.view(np.dtype((np.void, 3 * both.itemsize)))[:, 0][take]
    found: NDArray[np.float64] = moved.view(np.float64).reshape(-1, 3)
    found.setflags(write=False)
    return found


#: The slack (pixels) every bound of :func:`_may_cut_all` is widened by: it answers for
#: :func:`_cut` from above (True where a cut may be found), and a bound computed in another
#: order may differ in its last bit.
SLACK = 1e-6


def _recut_grids(
    grids: BandGrids | None, boxes: Sequence[Box | None], pitch: float
) -> tuple[
    list[list[tuple[float, float]] | None],
    list[bool],
    tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]] | None,
]:
    """For each of ``boxes`` (the lines :func:`split_across_gutters`' ``recut`` weighs, as
    they stand): its band's grid (``grids.at`` of its centre; None for no box or no
    ``grids``) and whether :func:`~desktop.core.reflow.grid.trim_to_grid` may move an end of
    it there (:func:`~desktop.core.reflow.grid.may_trim`); and the boxes' centres, starts and
    ends as arrays, for :func:`_may_cut_all` (None for no box). All at once, band by band
    (:func:`_may_trim_all`), where each line asked its band and its reach one by one."""
    grid_of: list[list[tuple[float, float]] | None] = [None] * len(boxes)
    may_move = [False] * len(boxes)
    boxed = [n for n, box in enumerate(boxes) if box is not None]
    if not boxed:
        return grid_of, may_move, None
    cy, x0, x1 = box_places((b for b in boxes if b is not None), len(boxed))
    if grids is None:
        return grid_of, may_move, (cy, x0, x1)
    moves, bands = _may_trim_all(grids, cy, x0, x1, pitch)
    band = grids.band
    for n, k, move in zip(boxed, bands.tolist(), moves.tolist(), strict=True):
        grid_of[n], may_move[n] = band(k), move
    return grid_of, may_move, (cy, x0, x1)


def _left_as_it_is(may: bool, may_move: bool) -> bool:
    """Whether :func:`split_across_gutters`' ``recut`` leaves a line as it is, asked before
    anything else of it: where no look may cut it (not ``may``, :func:`_may_cut_all`) and the
    grid's trim may move no end of it (not ``may_move``, :func:`_recut_grids`). A new cut
    comes of a look alone; and without one, a line still whole is set to its trim (the line
    itself then), one cut already is left (:func:`_may_change`)."""
    return not (may or may_move)


def _may_cut_all(
    boxes: Sequence[Box | None],
    placed: list[tuple[float, float, float]],
    height: float,
    pitch: float,
    grids: Sequence[Sequence[tuple[float, float]]] | None = None,
    *,
    trims: bool = False,
    shown_out: list[list[tuple[float, float]]] | None = None,
    places: tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]] | None = None,
    centres: Sequence[float] | None = None,
    rows: NDArray[np.float64] | None = None,
) -> list[bool]:
    """For each of ``boxes``: whether :func:`_cut` of a line over it against ``placed`` (by
    centre; their centres ``centres``, read from ``placed`` if not given), with no ``seams``,
    may find a gap to cut it at; False only where its window shows none, so that :func:`_cut`
    returns None (most wide lines: a wide column's). All boxes at once, each one's window a
    row of a matrix (:func:`window_rows`); a line's window holds the lines of :func:`_cut`'s,
    its skipped lines and itself among them, so each count is as large as the rule's or
    larger.

    Without ``grids`` (:func:`_gutters_beside`: the gaps of its window's lines, or of those
    over or under it alone): a gap (g0, g1) inside the box is at least 0.4 line heights wide,
    SIDE lines end by g0 + 1 and SIDE start from g1 - 1 (:func:`_gaps`): so SIDE lines of its
    window end before x1 - 0.4 heights + 1 and SIDE start after x0 + 0.4 heights - 1.
    With ``grids`` (each box's band's grid, :func:`grid_gaps`): a gutter (e, s) the box
    crosses by a character on both sides where GRID_SIDE lines of its window start within
    [s - pitch / 4, s + 2 pitch] and GRID_SIDE end within [e - DIGITS_SHORT pitch,
    s + pitch / 4], the widest bounds :func:`grid_here` counts them in.
    With ``trims``, for :func:`~desktop.core.reflow.grid.trim_to_grid` (the line as it is, or
    its box trimmed): a gutter an end of the box lies in, as it asks, where the same lines
    show it (:func:`grid_here`, or :func:`_past_print_edge`: GRID_SIDE lines start within the
    same bounds, GRID_SIDE end inside the gutter).

    With ``shown_out`` (an empty list; ``grids``, no ``trims``), each box's gutters of those
    the look may find, in the grid's order, put in it: those its window's lines show as
    :func:`grid_here` (``inside``) tells, its bounds as the count of starts within a quarter
    character of the gutter's start sets them (SLACK looser). The window's lines hold the
    look's (:func:`grid_gaps` of those overlapping the box and those starting past it), and
    no fewer lines show a gutter less (more starts there only widen the bounds): so every
    gap the look finds is among them.

    (``rows``: ``placed`` as the rows of a matrix, where the caller holds it: each window
    is read from it, as ``placed[lo:hi]``.)"""
    # (A line with no box: nothing known of it, True.)
    found = [box is None for box in boxes]
    if shown_out is not None:
        shown_out[:] = [[] for _ in boxes]
    eps = SLACK
    sides: list[NDArray[np.float64]] = []
    queries = _may_cut_queries(boxes, height, pitch, grids, trims, sides_out=sides, places=places)
    if queries is None or not placed:
        return found
    owner, at_cy, end_lo, end_hi, start_lo, start_hi, at_x0, at_x1 = queries
    # (For ``shown_out``: each gutter's end and start, and the bounds grid_here takes for its
    # ends where GRID_SIDE starts stand within a quarter character of its start, or fewer.)
    want_shown = shown_out is not None and grids is not None and not trims
    if want_shown:
        gut_e, gut_s = sides
        quarter = pitch / 4
        tight_lo, tight_hi = gut_e - DIGITS_SHORT * pitch, gut_s + quarter
        loose_lo, loose_hi = gut_e - pitch, gut_e + quarter
        gutter_shown = np.zeros(len(owner), dtype=bool)
    # (The windows found by the centres alone; of the places, only those the windows cover
    # read into arrays, :func:`_covered_places`: the looks after the first ask a few lines'
    # windows here and there, and even the first's leave half the page's lines unread.)
    # (With ``rows``, the windows read from it as they stand: every place there already.)
    by_centre = _by_centre(placed, centres) if rows is None else rows[:, 0]
    lo = np.searchsorted(by_centre, at_cy - WINDOW * height - eps, side="left")
    hi = np.searchsorted(by_centre, at_cy + WINDOW * height + eps, side="right")
    if rows is None:
        _, a, b, lo, hi = _covered_places(placed, lo, hi)
    else:
        a, b = rows[:, 1], rows[:, 2]
    need = SIDE if grids is None else GRID_SIDE
    # (To trim, a start one line fewer shows: a box stretched back over its row neighbour's
    # end is the other, :func:`~desktop.core.reflow.grid.trim_to_grid`.)
    start_need = need - 1 if trims else need
    shown = np.zeros(len(owner), dtype=bool)
    # (Each chunk's windows read as the rows of strided views, the values window_rows'
    # indexes would gather: :class:`~desktop.core.reflow.windows.Strided`.)
    span = max(1, int((hi - lo).max())) if len(lo) else 1
    a_rows, b_rows = Strided(a, span), Strided(b, span)
    for rows, first, inside in window_starts_by_width(lo, hi):
        cols = inside.shape[1]
        left, right = a_rows.rows(first, cols), b_rows.rows(first, cols)
        # (Without a grid, a window's line overlaps the box: ends past x0, starts before x1.
        # With one, the bounds are infinite and every line placed passes them.)
        keep = (
            inside & (right > at_x0[rows, None] - eps) & (left < at_x1[rows, None] + eps)
            if grids is None
            else inside
        )
        ends = np.count_nonzero(
            keep & (right >= end_lo[rows, None] - eps) & (right <= end_hi[rows, None] + eps),
            axis=1,
        )
        starts = np.count_nonzero(
            keep & (left >= start_lo[rows, None] - eps) & (left <= start_hi[rows, None] + eps),
            axis=1,
        )
        shown[rows] = (ends >= need) & (starts >= start_need)
        asked = shown[rows]
        if grids is None and left.shape[1] >= SIDE and asked.any():
            # (And :func:`_may_show_gap` of the window's lines that overlap the box: its
            # SIDE-th end from the left and SIDE-th start from the right, an end inside the
            # box between them, SLACK looser; more lines only lower the one, raise the other
            # and add ends, so it holds of the look's lines only where it holds here.)
            # (Asked only of the rows the counts let through.)
            sub, kept, ends_at = rows[asked], keep[asked], right[asked]
            ordered_ends = np.partition(np.where(kept, ends_at, np.inf), SIDE - 1, axis=1)
            ordered_starts = np.partition(np.where(kept, -left[asked], np.inf), SIDE - 1, axis=1)
            first_end = ordered_ends[:, SIDE - 1, None]
            last_start = -ordered_starts[:, SIDE - 1, None]
            gap_at = (
                kept
                & (ends_at > at_x0[sub, None] - eps)
                & (ends_at < at_x1[sub, None] + eps)
                & (first_end <= ends_at + 1 + SLACK + eps)
                & (last_start >= ends_at + (0.4 * height - 1) - SLACK - eps)
            )
            shown[sub] = (np.count_nonzero(kept, axis=1) >= 2 * SIDE) & gap_at.any(axis=1)
        if want_shown:
            tight = np.count_nonzero(
                keep & (np.abs(left - gut_s[rows, None]) <= quarter + eps), axis=1
            )
            wide = (tight >= GRID_SIDE)[:, None]
            low = np.where(wide, tight_lo[rows, None], loose_lo[rows, None])
            high = np.where(wide, tight_hi[rows, None], loose_hi[rows, None])
            grid_ends = np.count_nonzero(
                keep & (right >= low - eps) & (right <= high + eps), axis=1
            )
            gutter_shown[rows] = (grid_ends >= GRID_SIDE) & (starts >= GRID_SIDE)
    for k in owner[shown].tolist():
        found[k] = True
    if want_shown:
        assert shown_out is not None
        for k, e, s in zip(
            owner[gutter_shown].tolist(),
            gut_e[gutter_shown].tolist(),
            gut_s[gutter_shown].tolist(),
            strict=True,
        ):
            shown_out[k].append((e, s))
    return found


def _by_centre(
    placed: Sequence[tuple[float, float, float]], centres: Sequence[float] | None
) -> NDArray[np.float64]:
    """The centres of ``placed`` (by centre) as an array: ``centres`` when the caller holds
    them already (as :func:`placed` hands them over), else read from the places."""
    if centres is None:
        by_centre: NDArray[np.float64] = columns(placed, len(placed))[0]
        return by_centre
    return np.fromiter(centres, np.float64, len(placed))


def _covered_places(
    placed: Sequence[tuple[float, float, float]], lo: NDArray[np.intp], hi: NDArray[np.intp]
) -> tuple[
    NDArray[np.float64],
    NDArray[np.float64],
    NDArray[np.float64],
    NDArray[np.intp],
    NDArray[np.intp],
]:
    """The centres, starts and ends of the places of ``placed`` that windows from ``lo`` up to
    ``hi`` cover (:func:`_covered`'s runs, one after the other), and each window's bounds
    among them: a window ``placed[lo[k]:hi[k]]`` is ``starts[lo'[k]:hi'[k]]``, the others
    likewise. (A window lies in one run, so its places stay next to each other, in order; an
    empty window stays empty, from 0. The runs in order, the centres read stay sorted.)"""
    runs = _covered(lo, hi, len(placed))
    first = np.fromiter((r0 for r0, _ in runs), np.intp, len(runs))
    sizes = np.fromiter((r1 - r0 for r0, r1 in runs), np.intp, len(runs))
    count = int(sizes.sum())
    c, a, b = columns(chain.from_iterable(placed[r0:r1] for r0, r1 in runs), count)
    # (Each window's run: the last starting at or before its first place; read from where
    # that run's places start among those read.)
    run = np.maximum(np.searchsorted(first, lo, side="right") - 1, 0)
    many = np.maximum(hi - lo, 0)
    start = np.where(many > 0, lo - first[run] + (np.cumsum(sizes) - sizes)[run], 0)
    return c, a, b, start, start + many


#: :func:`_may_cut_queries`' arrays: owner, centre, ends from, to, starts from, to, overlap
#: from, to.
_Queries = tuple[
    NDArray[np.intp],
    NDArray[np.float64],
    NDArray[np.float64],
    NDArray[np.float64],
    NDArray[np.float64],
    NDArray[np.float64],
    NDArray[np.float64],
    NDArray[np.float64],
]


def _gutters_run(
    grids: Sequence[Sequence[tuple[float, float]]], owners: Sequence[int]
) -> tuple[NDArray[np.intp], NDArray[np.float64], NDArray[np.float64]]:
    """The gutters of ``grids[k]`` for each k of ``owners``, one flat run, owner after owner,
    each grid's in its order: each gutter's owner (its position in ``owners``), its end and
    its start. The same values in the same order as each owner's grid read in turn; but each
    grid list read once, by its identity (the lists stand while this runs, so an id is one
    list's), and its gutters gathered for its owners on arrays: the boxes of a band share its
    grid's list, some 90 lists for 1,700 boxes, and reading ten thousand gutters' floats
    through Python cost more than the look they are asked for."""
    lists = list(map(grids.__getitem__, owners))
    ids = list(map(id, lists))
    # (Each list once, in the order first met; its index among them for each owner.)
    distinct = dict(zip(ids, lists, strict=True))
    index = {key: n for n, key in enumerate(distinct)}
    kind = np.fromiter(map(index.__getitem__, ids), np.intp, len(ids))
    sizes = np.fromiter(map(len, distinct.values()), np.intp, len(distinct))
    flat = np.fromiter(
        chain.from_iterable(chain.from_iterable(distinct.values())), float, 2 * int(sizes.sum())
    ).reshape(-1, 2)
    lengths = sizes[kind]
    # (Each owner's run starts where its list's gutters start in ``flat``.)
    begin = (np.cumsum(sizes) - sizes)[kind]
    at = np.repeat(np.arange(len(owners)), lengths)
    read = np.arange(len(at)) + np.repeat(begin - (np.cumsum(lengths) - lengths), lengths)
    return at, flat[read, 0], flat[read, 1]


def _may_cut_queries(
    boxes: Sequence[Box | None],
    height: float,
    pitch: float,
    grids: Sequence[Sequence[tuple[float, float]]] | None,
    trims: bool,
    *,
    sides_out: list[NDArray[np.float64]] | None = None,
    places: tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]] | None = None,
) -> _Queries | None:
    """:func:`_may_cut_all`'s queries, as arrays: each box's index (its ``owner``), its
    centre, the bounds its window's lines must end within and start within, and those they
    must overlap (infinite with a grid); without ``grids`` one a box, with them one for each
    gutter of its band's grid the box crosses as :func:`_may_cut_all` tells (``trims``: an
    end of the box lying in it). None where there is none. The same sums and comparisons as
    one box and gutter at a time, in the same order, on arrays (a 10k page's looks weigh
    some ten thousand gutters a call)."""
    owners = [k for k, box in enumerate(boxes) if box is not None]
    if not owners:
        return None
    # (``places``: the boxes' centres, starts and ends as arrays, when the caller has them.)
    cy, x0, x1 = (
        box_places((b for b in boxes if b is not None), len(owners)) if places is None else places
    )
    owner = np.array(owners, dtype=np.intp)
    if grids is None:
        # (Lines ending within (x0, x1 - 0.4 h + 1), starting within (x0 + 0.4 h - 1, x1).)
        return owner, cy, x0, x1 - 0.4 * height + 1, x0 + 0.4 * height - 1, x1, x0, x1
    # (Every box's gutters one flat run, each with its box's values; each band's grid read
    # once, :func:`_gutters_run`.)
    at, e, s = _gutters_run(grids, owners)
    if not len(at):
        return None
    owner, cy, x0, x1 = owner[at], cy[at], x0[at], x1[at]
    eps, quarter, stretch = SLACK, pitch / 4, STRETCHED * pitch
    if trims:
        crossed = ((e - stretch - eps < x0) & (x0 < s - quarter + eps)) | (
            (e + quarter - eps < x1) & (x1 < s + pitch + eps)
        )
    else:
        crossed = (x0 + pitch <= e + eps) & (s - eps <= x1 - pitch)
    if not crossed.any():
        return None
    e, s = e[crossed], s[crossed]
    # (``sides_out``: each query's gutter's end and start, for :func:`_may_cut_all`.)
    if sides_out is not None:
        sides_out[:] = [e, s]
    # (Ends within the widest reach, starts within grid_here's.)
    return (
        owner[crossed],
        cy[crossed],
        np.minimum(e - DIGITS_SHORT * pitch, e - pitch),
        np.maximum(s, e) + quarter,
        s - quarter,
        s + 2 * pitch,
        np.full(len(e), float("-inf")),
        np.full(len(e), float("inf")),
    )


def _cut(
    line: OcrLine,
    others: list[tuple[float, float, float]],
    centres: list[float],
    every: list[tuple[float, float, float]],
    height: float,
    body_pitch: float,
    skip: set[tuple[float, float, float]] | None = None,
    *,
    grid: Sequence[tuple[float, float]] | None = None,
    cells: Mapping[tuple[float, float, float], float] | None = None,
    stretched: bool = False,
    seams: Sequence[tuple[float, float]] = (),
    regular: bool = False,
    first_row: bool = False,
    partly_cut: bool = False,
    running: bool = False,
    columns: Sequence[tuple[float, float]] = (),
    past_head: bool = False,
    more_than: int = 0,
    settled: Callable[[Sequence[tuple[float, float]]], bool] | None = None,
    narrow: Mapping[tuple[float, float, float], float] | None = None,
) -> list[OcrLine] | None:
    # (``more_than``: None too where it would cut no more parts than that, once the gaps tell
    # it, a look keeping a new cut only where it makes more; with ``settled``, where that
    # says so too of the gaps found. Each gap makes one part more.)
    box = line.box
    assert box is not None
    lo = bisect_left(centres, box.cy - WINDOW * height)
    hi = bisect_right(centres, box.cy + WINDOW * height)
    me = (box.cy, box.x0, box.x1)
    # (Each neighbour kept as it is, read by index, and the bounds read once: this runs over
    # every window of every look at a wide line.)
    box_x0, box_x1, skipped = box.x0, box.x1, skip or ()
    window = [
        w for w in others[lo:hi] if w[2] > box_x0 and w[1] < box_x1 and w != me and w not in skipped
    ]
    print_short: dict[float, float] = {}
    if grid is not None:
        near = [(a, b) for _, a, b in window]
        # (And the lines starting just past its end, an indent in from the gutter before
        # it: they show that gutter too, :func:`_starting_past`.)
        past = _starting_past(others[lo:hi], box, body_pitch, skip)
        if seams:
            # (The gutters its rows meet at, which no two lines need show: :func:`_seams`;
            # and the grid's where the rows next to it show them: a window of sixteen rows
            # reaches the story over its headline, set in other columns.)
            close = [
                (a, b) for cy, a, b in (*window, *past) if abs(cy - box.cy) <= RUNNING * height
            ]
            gaps = sorted({*grid_gaps(close, grid, box.x0, box.x1, body_pitch), *seams})
        else:
            gaps = grid_gaps(
                [*near, *((a, b) for _, a, b in past)], grid, box.x0, box.x1, body_pitch
            )
            # (Where the lines near show some of the grid gutters it crosses, all of them
            # when they share its characters out as a story's equal columns: a column whose
            # every line is run on, as in a short story's last column of two rows, shows its
            # gutter to no line, :func:`_equal_parts`.)
            if gaps and cells is not None:
                crossed = [
                    (e, s) for e, s in grid if box.x0 + body_pitch <= e and s <= box.x1 - body_pitch
                ]
                # (Tried only where the line's cells share out into that many parts of one
                # whole number: :func:`_may_share_equally`.)
                if (
                    len(crossed) > len(gaps)
                    and len(crossed) + 1 >= EQUAL_PARTS
                    and _may_share_equally(line.text, len(crossed) + 1)
                ):
                    room = box.width - sum(s - e for e, s in crossed)
                    trial = _grid_parts(
                        line,
                        crossed,
                        window,
                        cells,
                        body_pitch,
                        max(body_pitch, room / max(ink_cells(line.text), 1.0)),
                        stretched,
                    )
                    if trial is not None and _equal_parts(trial, body_pitch):
                        gaps = crossed
            # (The grid gutters within the box the lines near it show, kept for the blank
            # it spans: :func:`_spanned_blank` asks the same lines the same gutters.)
            spanned = gaps
    else:
        # (How much shorter the lines ending at each end ran than their characters set in CJK
        # cells, the most of those ending there: :func:`_gaps`' width.)
        if narrow:
            for w in window:
                blank = narrow.get(w)
                if blank is not None and blank > print_short.get(w[2], 0.0):
                    print_short[w[2]] = blank
        near, gaps = _gutters_beside(window, box.cy, box.x0, box.x1, height, print_short)
    if not gaps:
        return None
    if len(gaps) < more_than and (settled is None or settled(gaps)):
        return None
    # Each part must sit in the running text of its column: a line of that column above or
    # below it, a row away or two (the detector drops a line now and then); a deck over the
    # columns stands apart by more.
    # (Against the grid, that line must stay within its column: the line over a wide lead
    # column's line runs across the narrow columns' gutter as well.)
    edges = [box.x0, *(g for gap in gaps for g in gap), box.x1]
    # (It may reach into a gutter, as the detector stretches boxes, but not past it.)
    bounds = [float("-inf"), *edges[1:-1], float("inf"), float("inf")]
    slack = body_pitch / 2 if grid is not None else float("inf")
    rows = every[
        bisect_left(every, (box.cy - RUNNING * height,)) : bisect_right(
            every, (box.cy + RUNNING * height,)
        )
    ]
    # (Not at a gap the rows right over and under it bridge with a column's full line: a
    # story set in wider columns than the page's, :func:`_bridged`.)
    if cells is not None:
        # (Asked only of a gap some line of the rows may bridge: :func:`_bridging_rows`.)
        bridging = _bridging_rows(box, rows, cells, height, body_pitch)
        found = len(gaps)
        gaps = [
            gap
            for gap in gaps
            if not (
                bridging
                and _may_bridge(bridging, gap, body_pitch)
                and _bridged(box, gap, rows, cells, height, body_pitch)
            )
        ]
        if not gaps:
            return None
        # (Asked again of fewer gaps only.)
        if len(gaps) < min(found, more_than) and (settled is None or settled(gaps)):
            return None
        # (Its parts are those the gaps left make.)
        edges = [box.x0, *(g for gap in gaps for g in gap), box.x1]
        bounds = [float("-inf"), *edges[1:-1], float("inf"), float("inf")]
    # (Against the grid, a part whose column's lines over and under it are all run-on boxes
    # themselves, crossing its gutters, as in a short story whose every row is one, is shown
    # by its characters instead: they must fill its column's line exactly, see
    # :func:`_filled`.)
    unshown: list[int] = []
    # (The rows' lines over and under it read once for all its parts.)
    rows_near = [(x0, x1) for cy, x0, x1 in rows if 0 < abs(cy - box.cy) <= RUNNING * height]
    for k, (left, right) in enumerate(zip(edges[::2], edges[1::2], strict=True)):
        lo_x = bounds[2 * k - 1] - slack if k else float("-inf")
        hi_x = bounds[2 * k + 2] + slack
        over = [(x0, x1) for x0, x1 in rows_near if x1 > left and x0 < right]
        if not any(x0 >= lo_x and x1 <= hi_x for x0, x1 in over):
            if grid is None or not over or cells is None:
                return None
            if (first_row or partly_cut) and _shown_by_placed(
                window, box.cy, left, right, lo_x, hi_x, height
            ):
                continue
            unshown.append(k)
    # A deck set over the columns is centred on them; a run-on body line fills its columns
    # (but for an indent or a paragraph's end, never both sides alike).
    # The columns' edges where most of their lines start and end (the median): a neighbour
    # whose box overhangs the gutter, or an indented or short line, does not move them.
    # (Of the lines standing beside its gutters, not across them: :func:`_column_sides`.)
    lefts, rights = _column_sides(near, gaps)
    region_left = statistics.median(lefts) if lefts else min(x0 for x0, _ in near)
    region_right = statistics.median(rights) if rights else max(x1 for _, x1 in near)
    pitch_guess = height * 0.92
    margin_left, margin_right = box.x0 - region_left, region_right - box.x1
    # (Less the blank its digits and Latin letters leave at its end: set narrower than a
    # character, they end a full line short of its column's right edge; an indented line
    # holding a number is no deck for being short at both ends.)
    margin_right -= _narrow_blank(line.text, body_pitch)
    # (And the blank a mark at either end leaves in its cell: a deck is centred by its cells,
    # the box hugs the ink, :func:`_mark_blanks`.)
    start_blank, end_blank = _mark_blanks(line.text, box.width / max(ink_cells(line.text), 1.0))
    margin_left, margin_right = margin_left - start_blank, margin_right - end_blank
    if (
        min(margin_left, margin_right) > pitch_guess
        and abs(margin_left - margin_right) < pitch_guess
        and (
            # (Set apart on both sides by more than a paragraph's indent: no line of the
            # running text starts so, :func:`_set_in_past_indent`.)
            _set_in_past_indent(margin_left, margin_right, body_pitch)
            or (
                not (
                    running
                    and box.width - sum(g1 - g0 for g0, g1 in gaps)
                    <= BODY_PITCH * body_pitch * ink_cells(line.text)
                    # (Or the first row under a headline, running past its ends:
                    # :func:`_past_head`.)
                    and (past_head or _between_rows(window, box, height))
                )
                # (Or its characters at the body's pitch leave the gutters' blank in it,
                # within a character: a run-on row, :func:`_holds_gutter_blank`.)
                and not _holds_gutter_blank(box, line.text, gaps, body_pitch)
            )
        )
    ):
        return None
    text = line.text
    n = len(text)
    # Each gutter as its columns' lines usually bound it (the median end of the lines ending
    # near its left, the median start of those starting near its right): a neighbour boxed
    # into the gutter narrows the gap, not the gutter the characters are set around.
    # (The grid's gutters are such medians already, over the page.)
    gutters = [] if grid is None else list(gaps)
    for g0, g1 in gaps if grid is None else ():
        ends = [x1 for _, x1 in near if g0 - 2 * body_pitch <= x1 <= g0 + 1]
        starts = [x0 for x0, _ in near if g1 - 1 <= x0 <= g1 + 2 * body_pitch]
        e0 = min(g0, statistics.median(ends)) if ends else g0
        e1 = max(g1, statistics.median(starts)) if starts else g1
        # (Or where the page's columns start, an indent left of it: :func:`_indented_edge`.)
        e1 = _indented_edge(e0, e1, columns, body_pitch)
        # (And where a gutter as wide as the page's others starts, when the lines ending by
        # the gap end ragged, short of their column: :func:`_ragged_start`.)
        e0 = _ragged_start(e0, e1, near, columns, body_pitch)
        gutters.append((e0, e1))
    if grid is None and len(gutters) == 1:
        # (Its end past the gutter may be blank: the box grown over the gutter and the next
        # column's indent, to where that column's indented line on its row starts, when its
        # characters fill the column before the gutter: trimmed back to it, not cut.)
        (g0, g1), half = gutters[0], box.height / 2
        level = others[
            bisect_left(others, (box.cy - half,)) : bisect_right(others, (box.cy + half,))
        ]
        if (
            box.x1 - g1 < (INDENT + 0.5) * body_pitch
            and g0 - box.x0 >= _ink(line.text) * body_pitch * INDENT_FITS
            and any(
                abs(a - box.x1) < body_pitch / 2 and a - g1 >= EMPTY * body_pitch
                for _, a, _ in level
            )
        ):
            return [replace(line, box=Box(box.x0, box.y0, g0, box.y1))]
    gap_total = sum(g1 - g0 for g0, g1 in gutters)
    pitch = (box.width - gap_total) / n
    # (Against the grid, a part past a gutter may open a paragraph, indented: blank the box
    # holds though no character does.)
    indents = INDENT * body_pitch * len(gutters) if grid is not None else 0.0
    if not 0 < pitch - indents / n <= BODY_PITCH * body_pitch and not (
        # (Unless its columns' own lines beside it are set as wide: :func:`_set_as_columns`.)
        pitch > 0
        and cells
        and _set_as_columns(box, gutters, window, cells, pitch, height, body_pitch)
    ):
        return None  # larger type than the body's: a deck
    if grid is not None and len(gutters) < sum(box.x0 < g0 and g1 < box.x1 for g0, g1 in grid):
        # (Every grid gutter the lines near it show, not those this look cuts at alone.)
        gap_total = max(
            gap_total,
            sum(g1 - g0 for g0, g1 in spanned)
            if not seams
            else _spanned_blank(box, grid, [*near, *past], body_pitch),
        )
    if (box.width - gap_total) / max(ink_cells(text), 1.0) < SMALL_PITCH * body_pitch:
        return None  # smaller type than the body's: a caption set across the columns
    if grid is None and _no_gutter_blank(box, text, gap_total, body_pitch):
        return None  # a line in smaller type set across the columns (a lead)
    # (Against the grid, by character cells: a run-on box's digits misplace a cut by a
    # character when every character counts one pitch; and at no less than the page's pitch:
    # a box short of its line's end understates its own.)
    cell = max(body_pitch, (box.width - gap_total) / max(ink_cells(text), 1.0))
    if grid is not None:
        shared = _grid_parts(line, gutters, window, cells or {}, body_pitch, cell, stretched)
        if shared is None and box.x1 - gutters[-1][1] < INDENT * body_pitch:
            # (No character left for the last column: the box's end was stretched past the
            # gutter into the blank of that column's indented line, when the characters fill
            # the column before it exactly.)
            short = replace(line, box=Box(box.x0, box.y0, gutters[-1][0], box.y1))
            shared = _grid_parts(
                short, gutters[:-1], window, cells or {}, body_pitch, cell, stretched
            )
            if shared is not None and not _filled(shared[-1], window, cells or {}, body_pitch):
                return None
        # (Gutters of equal columns, :func:`_regular_gutters`, are shown by the lines that fit
        # them, though none of a part's column over or under it be whole; so are parts that
        # are equal columns' whole lines themselves, :func:`_equal_parts`, and parts all but
        # one whole, :func:`_filled_but_one`.)
        if shared is None or not (
            regular
            or all(
                _filled(shared[k], window, cells or {}, body_pitch)
                for k in unshown
                if k < len(shared)
            )
            or _equal_parts(shared, body_pitch)
            or _filled_but_one(shared, unshown, window, cells or {}, body_pitch, stretched)
        ):
            return None
        return shared
    parts: list[OcrLine] = []
    start_char, left = 0, box.x0
    # (By character cells: digits and Latin letters take about 0.6 of one.)
    cell_pitch = (box.width - gap_total) / max(ink_cells(text), 1.0)
    # (From its start at the body's pitch, when its end was grown over blank paper to meet the
    # next line on its row: its own pitch then overstates the characters', and the cut falls
    # a character or more short of each gutter, :func:`_grown_to_next`.)
    if cell_pitch > body_pitch and _grown_to_next(box, gutters[-1][1], others, cells, body_pitch):
        cell_pitch = body_pitch
    for g0, g1 in gutters:
        end_char = start_char + _fit(text[start_char:], g0 - left, cell_pitch)
        if not start_char < end_char < n:
            return None
        parts.append(_part(line, text[start_char:end_char], left, g0))
        start_char, left = end_char, g1
    parts.append(_part(line, text[start_char:], left, box.x1))
    if any(not p.text.strip() for p in parts):
        return None
    # (A character shared out onto the wrong side of a gutter moved back, where the columns'
    # own lines count it: :func:`_counted_parts`.)
    if cells:
        parts = _counted_parts(parts, window, cells, body_pitch)
    return parts


def _set_as_columns(
    box: Box,
    gutters: Sequence[tuple[float, float]],
    window: Sequence[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    pitch: float,
    height: float,
    body_pitch: float,
) -> bool:
    """Whether a run-on box over ``gutters`` whose characters stand wider apart than the
    body's (``pitch``, its width less the gutters' a character) is a row of the columns it
    crosses all the same: in each of its columns COLUMN_ROWS or more lines of ``window``
    (centre, left, right; their counts in ``cells``) within RUNNING rows of it stand,
    starting within an indent and a character of the column's start (either side: the box
    may start indented, the lines under it not, or the other way round) and ending by its
    end (the next gutter's start; the last column's lines may end past the box, its row a
    paragraph's last), set wider than the body too and as wide as it within SAME_SET
    (their median pitch). A deck stands over lines of
    the body's type; the rows of a list of names padded to a grid, the padding spaces dropped
    by the OCR, stand at 1.1-1.3 body pitches each, and the list's first row, boxed over the
    gutter (no row over it shows one), was read as a deck over both columns (test20/page-15
    and test20full/page-15: the right column's first row read before the left column's
    rest)."""
    edges = [box.x0, *(g for gap in gutters for g in gap), float("inf")]
    near = [w for w in window if abs(w[0] - box.cy) <= RUNNING * height]
    for left, right in zip(edges[::2], edges[1::2], strict=True):
        found = [
            (w[2] - w[1]) / count
            for w in near
            if abs(w[1] - left) <= (INDENT + 1) * body_pitch
            and w[2] <= right + body_pitch
            and (count := cells.get(w, 0.0)) >= COLUMN_FULL
        ]
        if len(found) < COLUMN_ROWS:
            return False
        set_at = statistics.median(found)
        if set_at <= BODY_PITCH * body_pitch or abs(set_at - pitch) > SAME_SET * pitch:
            return False
    return True


def _column_count(
    window: Sequence[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    spans: Sequence[tuple[float, float]],
    pitch: float,
) -> int | None:
    """The characters a full line holds in the columns of ``spans`` (left, right each: a
    part's start and the next part's; one story's columns, set at one measure), as the lines
    of ``window`` (centre, left, right) standing wholly in one of them count them (of
    ``cells``: lines of CJK characters alone): the most that COUNT_LINES of those lines hold,
    when no line there holds more. A line may start COUNT_REACH characters early (a box
    opening with a mark starts about a character left of its column) and end half a
    character past the next part's start (a box stretched into the gutter). None where fewer
    lines show it, or where a line there starts more than COUNT_INDENT characters in from
    its span's start: the span holds more than one column (a first look's part, cut again
    by a later one, and the wide boxes of its rows standing in it)."""
    reach = COUNT_REACH * pitch
    counts: list[int] = []
    for w in window:
        for left, right in spans:
            if w[1] >= left - reach and w[2] <= right + pitch / 2:
                if w[1] > left + COUNT_INDENT * pitch:
                    return None
                if (count := cells.get(w)) is not None:
                    counts.append(round(count))
                break
    counts.sort(reverse=True)
    if len(counts) < COUNT_LINES or counts[0] != counts[COUNT_LINES - 1]:
        return None
    return counts[0]


def _fitted_cells(text: str) -> float:
    """The cells ``text`` takes in a full line as a typesetter fits it: :func:`ink_cells`,
    less a stop or closing mark at its end (it may hang past the column's edge, set in half
    a cell or outside it: a full line ending a sentence holds one character more)."""
    return ink_cells(text) - (1.0 if text and text[-1] in HANGING else 0.0)


def _counted_parts(
    parts: list[OcrLine],
    window: Sequence[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    pitch: float,
) -> list[OcrLine]:
    """``parts`` of a run-on box (cut at its gutters by the box's own pitch), with one
    character moved across a cut where one side of it holds one character more than its
    column's full line and the other has room for it. The count C: that of the columns on
    both sides of the cut (the second unless its part is the box's last, whose end is the
    box's, not its column's), as the lines of ``window`` in them count it
    (:func:`_column_count`). A part over C by one character (over C + 0.5 cells, up to
    C + COUNT_OVER, :func:`_fitted_cells`: a stop or closing mark at its end may hang) gives
    its character at the cut (a CJK character; or an opening mark at its end, which never
    ends a line) to the other part when that stays within C (COUNT_SLACK over: a digit's
    rounding). A story's columns are set at one measure, so no part of a run-on line holds
    more than its column's full line; the cut is shared out by the box's pitch, from
    gutters shown by lines that end short (digits set narrow) or start early (a box opening
    with a mark), and one character lands on the wrong side (test20/page-11, read shrunk:
    ``…果敢地区`` | ``依实施…``, 13 and 15 characters in columns of 14; test20full/page-09:
    ``…向学生们`` | ``分主席…``). The parts' boxes stay where the cut set them."""
    texts = [p.text for p in parts]
    moved = False
    for k in range(len(parts) - 1):
        starts = [p.box.x0 for p in parts[k : k + 3] if p.box is not None]
        full = _column_count(window, cells, list(pairwise(starts)), pitch)
        if full is None:
            continue
        before, after = texts[k], texts[k + 1]
        if len(after) > 1 and full + 0.5 < _fitted_cells(after) <= full + COUNT_OVER:
            # (The first character of the part after the cut, back to the one before it.)
            if is_cjk(after[0]) and ink_cells(before + after[0]) <= full + COUNT_SLACK:
                texts[k], texts[k + 1] = before + after[0], after[1:]
                moved = True
        elif len(before) > 1 and full + 0.5 < _fitted_cells(before) <= full + COUNT_OVER:
            # (The last character of the part before the cut, on to the one after it.)
            last = before[-1]
            if (is_cjk(last) or last in OPENERS) and _fitted_cells(
                last + after
            ) <= full + COUNT_SLACK:
                texts[k], texts[k + 1] = before[:-1], last + after
                moved = True
    if not moved:
        return parts
    return [replace(p, text=t) for p, t in zip(parts, texts, strict=True)]


def _cut_crossing_parts(
    cut: dict[int, list[OcrLine]],
    grids: BandGrids,
    near: list[tuple[float, float, float]],
    centres: list[float],
    every: list[tuple[float, float, float]],
    height: float,
    pitch: float,
    cells: Mapping[tuple[float, float, float], float],
    rows: NDArray[np.float64] | None = None,
) -> None:
    """Cut again each part of a cut line that still crosses a gutter of its band's grid by a
    character or more on both sides (the parts from the last on, so the places of those before
    stand): the story's rows run on over three columns or more, and the looks before cut them
    only at the gutter the lines as boxed showed (dev/page-214: rows of three columns cut at
    the first gutter, the last two columns of each read as one line). The part's columns are
    shown by the lines as placed now, as a first row's are (:func:`_shown_by_placed`): its
    rows over and under are cut there. (``rows``: ``near`` as the rows of a matrix, where
    the caller holds it.)"""
    # (The parts crossing a gutter of their band's grid, and whether a look may find a gap
    # at all in each, asked of them all at once first: most parts' windows show none, and
    # :func:`_cut` finds none then, :func:`_may_cut_all`. Each look reads ``near``, ``every``
    # and ``cells`` alone, which stand while the cuts are set.)
    crossing: list[tuple[int, int]] = []
    bands: list[list[tuple[float, float]]] = []
    for i, parts in cut.items():
        for k, part in enumerate(parts):
            if (box := part.box) is None:
                continue
            band = grids.at(box.cy)
            if any(box.x0 + pitch <= e and s <= box.x1 - pitch for e, s in band):
                crossing.append((i, k))
                bands.append(band)
    may_cut = dict(
        zip(
            crossing,
            _may_cut_all(
                [cut[i][k].box for i, k in crossing],
                near,
                height,
                pitch,
                bands,
                centres=centres,
                rows=rows,
            ),
            strict=True,
        )
    )
    for i, parts in list(cut.items()):
        new = list(parts)
        for k in range(len(parts) - 1, -1, -1):
            box = parts[k].box
            if box is None:
                continue
            band = grids.at(box.cy)
            if not any(box.x0 + pitch <= e and s <= box.x1 - pitch for e, s in band):
                continue
            if not may_cut[(i, k)]:
                continue
            more = _cut(
                parts[k],
                near,
                centres,
                every,
                height,
                pitch,
                grid=band,
                cells=cells,
                partly_cut=True,
            )
            if more is not None and len(more) > 1:
                new[k : k + 1] = more
        if len(new) > len(parts):
            cut[i] = new


def _set_in_past_indent(margin_left: float, margin_right: float, pitch: float) -> bool:
    """Whether a line standing ``margin_left`` past its columns' start and ``margin_right``
    short of their end (as :func:`_cut`'s deck test measures them, alike within a character)
    is set apart from both by more than a paragraph's indent and a character (INDENT + 1 at
    ``pitch``). A run-on box starts where its first column's line does, at the column's start
    or an indent in; a line starting further in and ending as far short of the last column's
    end is set centred over them, a byline or a deck, whatever lines stand over and under it
    (test2/page-07: "本报驻美国记者张亮", centred over two columns under its title, 335 px past
    their start, cut at their gutter as a run-on line in the running text)."""
    return min(margin_left, margin_right) > (INDENT + 1) * pitch


def _between_rows(window: Sequence[tuple[float, float, float]], box: Box, height: float) -> bool:
    """Whether lines as placed (``window``: centre, x0, x1) stand both over and under ``box``
    within RUNNING rows, inside its span at both ends (a column's lines under its left end
    and under its right end, over it likewise): a line in the running text of its columns,
    not a deck set over them under a headline (which has none of them over it)."""
    found = [False, False, False, False]
    for c, x0, x1 in window:
        d = c - box.cy
        if not 0 < abs(d) <= RUNNING * height or x1 <= box.x0 or x0 >= box.x1:
            continue
        below = d > 0
        if x0 <= box.x0 + box.height:
            found[2 * below] = True
        if x1 >= box.x1 - box.height:
            found[2 * below + 1] = True
    return all(found)


def _spanned_blank(
    box: Box,
    grid: Sequence[tuple[float, float]],
    near: Sequence[tuple[float, float, float] | tuple[float, float]],
    pitch: float,
) -> float:
    """The blank of every grid gutter within ``box`` that the lines ``near`` it show
    (:func:`grid_gaps`; the lines as (left, right), or (centre, left, right)).

    A line run on across columns holds each gutter it spans as blank, not only those a look
    cuts it at; so its characters' pitch, all those gutters left out, is the body's. A caption
    (or a lead) set across a story's columns in type a little smaller than the body's, its
    characters running on through where the gutters are, reads at the body's pitch when one
    gutter alone is left out of a box spanning three or five columns, and was cut there, its
    parts read in the columns' order (probe13c pages 1252 and 1451: a caption under a photo,
    one line of 50-83 characters across three and five columns, 0.88-0.92 of the body's pitch
    with the one gutter a seam look cut at left out, 0.85 with all the gutters the columns
    under it show). Only gutters the lines near show: a band's grid holds other stories'
    narrower columns' gutters too, which a run-on box of wide columns does not bridge."""
    spans = [(w[-2], w[-1]) for w in near]
    return sum(g1 - g0 for g0, g1 in grid_gaps(spans, grid, box.x0, box.x1, pitch))


def _no_gutter_blank(box: Box, text: str, gap_total: float, pitch: float) -> bool:
    """Whether a box is narrower than its characters at the body's ``pitch`` (by cells) by
    more than half the gutters' blank it would bridge (``gap_total``): a run-on box holds its
    characters and that blank, give or take a character its digits or a lost glyph take off;
    one this much narrower holds no gutter. A line set a little smaller than the body type
    across the columns, as a lead is, just above the smallest type a run-on box reads as
    (SMALL_PITCH of the body's, its gutters left out): test10/page-10's first paragraph, 66
    characters in one line across the story's two columns, 115 px short of them at the
    body's pitch, was cut at the gutter the columns under it showed and its end read after
    the first column. (Against the page's grid, run-on boxes that lost characters are cut by
    the characters their columns' lines hold: this asks the first looks only.)"""
    return box.width - ink_cells(text) * pitch < -gap_total / 2


def _holds_gutter_blank(
    box: Box, text: str, gaps: Sequence[tuple[float, float]], pitch: float
) -> bool:
    """Whether a box measuring centred on its columns (an indent in at its start, short of
    their end at its other) holds its characters at the body's ``pitch`` (by cells) and the
    blank of the gutters ``gaps`` it bridges, give or take a character (a glyph the detector
    lost where the two lines meet) and at least half that blank: a row of the body text run
    on over a gutter, not a deck. A deck centred under its headline holds no gutter's blank
    (set solid, its box is its characters; letter-spaced, its blank is spread over its
    characters, and it is no line of the columns' width). test3/page-01: the first row under
    a title over two columns, boxed as one (indented two characters, its second column's
    line a character and a half short, a character lost at the gutter), read as a deck and
    left whole: its two columns' paragraphs were read row by row."""
    gutters = sum(g1 - g0 for g0, g1 in gaps)
    blank = box.width - ink_cells(text) * pitch
    return gutters >= pitch and max(gutters / 2, gutters - pitch) <= blank <= gutters + pitch


def _whole_run_ons(
    wide: set[int],
    lines: Sequence[OcrLine],
    height: float,
    under: Callable[[OcrLine], bool],
    offset: Container[int] = (),
) -> list[int]:
    """The lines of ``wide`` (found run on, against the lines listed around them, their
    neighbours or the grid; or wider than their characters: loose) still whole once every
    look has cut what it could, of body height (:func:`_run_on_high`; ``offset``: the first
    look's offset lines) and not a deck under a headline (``under``):
    they are cut last, against the lines as placed then, their parts shown by those lines as
    a first row's are (:func:`_shown_by_placed`). A story whose every row is boxed run on
    shows its columns only once the looks have cut most of its rows (at equal columns,
    :func:`_run_on_columns`, or at the grid's gutters); a row the looks took in before that,
    its parts unshown by the rows as boxed and its characters not filling its columns' lines
    exactly (a paragraph's end, a character lost), stayed whole and read across the columns
    (dev/page-219's first row, page-220, test11/page-09). Asked of every such line only here,
    at the end: asked of any run-on line in the grid's look, the lines as placed then cut
    right lines wrong (probe page-502, see :func:`_cut`'s ``first_row``). A run-on row holds
    a column's whole line at least: a line of fewer than two full lines' cells (2 x
    COLUMN_FULL) is no such row (a short title letter-spaced in a box of body height over
    its story's gutter, test3 page-05, was cut there)."""
    return [
        i
        for i in sorted(wide)
        if (b := lines[i].box) is not None
        and _run_on_high(b, height, i in offset)
        and ink_cells(lines[i].text) >= 2 * COLUMN_FULL
        and not under(lines[i])
    ]


def _run_on_high(box: Box, height: float, offset: bool) -> bool:
    """Whether a run-on line's ``box`` is of body height for :func:`_whole_run_ons`: up to
    BODY_TYPE line heights, or taller where the line is one of the first look's offset lines
    run on from a grid column's start (``offset``: boxed up to OFFSET_RUN_ON heights, at the
    body's pitch once the grid gutters it crosses are left out; the first look weighs them as
    run-ons; a line centred over the columns, a deck's place, starts at no column's start). A
    detector boxes a body line a little taller now and then; the last look left such a box
    whole over its gutter, and its story's columns were read row by row (test15/page-11, read
    shrunk: ``驻伊朗…国家移。`` boxed 31.5 px among lines of 25, over the next column by that
    column's paragraph's last two characters)."""
    return offset or box.height <= BODY_TYPE * height


def _uncrossed_gutters(
    box: Box,
    grid: Sequence[tuple[float, float]],
    placed: list[tuple[float, float, float]],
    centres: list[float],
    height: float,
    pitch: float,
    run_on: Collection[tuple[float, float, float]] = (),
) -> list[tuple[float, float]]:
    """The gutters (e, s) of its band's ``grid`` that a run-on line still whole at the end
    (``box``) crosses by a character on both sides while no line of ``placed`` (by centre,
    ``centres`` their centres) within RUNNING rows over or under it does (but those of
    ``run_on``, the run-on lines the looks left whole, see below), and a line of
    those ends by it (from two characters short of its start to half a character past its
    end) and one starts by it (from its start to half a character past its end). A story a
    few rows tall, its columns' lines paragraph ends, digits or boxes stretched over the
    gutter, shows GRID_SIDE ends at a gutter nowhere, so no look finds it; but none of its
    lines runs across it, as a story's lines set in a wider column than the page's would
    (test14/page-07: ``信计算机和信息服务进出中，出口增长54.4%`` across the fourth and fifth
    of five columns of 11 characters, the fourth column's one whole line boxed past the
    gutter into the fifth one's line, its others paragraph ends). Its parts must still be
    shown by the lines as placed (:func:`_shown_by_placed`), as a first row's are. A line
    crossing the gutter that is itself a run-on box the looks left whole (``run_on``) shows
    no wider column: it is the detector's run-on as much as ``box`` is, and where a short
    story's rows are run on two at a time each one hid the gutter from the other
    (probe13/page-951, test12full/page-11). (The rule one line at a time; the look asks
    :func:`_uncrossed_gutters_all` of all its lines.)"""
    # (Most lines asked cross no grid gutter by a character on both sides: their
    # neighbours are not read.)
    crossed = [(e, s) for e, s in grid if box.x0 + pitch <= e and s <= box.x1 - pitch]
    if not crossed:
        return []
    me = (box.cy, box.x0, box.x1)
    reach = RUNNING * height
    near = [
        w
        for w in placed[
            bisect_left(centres, box.cy - reach) : bisect_right(centres, box.cy + reach)
        ]
        if w != me and w[2] > box.x0 and w[1] < box.x1
    ]
    found = []
    for e, s in crossed:
        if any(w[1] + pitch <= e and s <= w[2] - pitch and w not in run_on for w in near):
            continue
        if any(a < e and e - 2 * pitch <= b <= s + pitch / 2 for _, a, b in near) and any(
            b > s and e <= a <= s + pitch / 2 for _, a, b in near
        ):
            found.append((e, s))
    return found


def _left_run_on(
    run_on: Collection[int],
    lines: Sequence[OcrLine],
    cut: Mapping[int, Sequence[OcrLine]],
    pitch: float,
    asked: list[float],
    reach: float,
) -> set[tuple[float, float, float]]:
    """The places (centre, x0, x1) of the run-on lines (``run_on``: found wide or loose) the
    looks left run on, as they may be over a gutter: those left whole (taller than a body
    line too: the detector boxes two rows run on as one a little taller), and the parts of
    those cut (cut at one gutter, a part may still span another, its rows over and under
    unshown); each wider than two characters (a gutter and a character on both sides). A
    part within a column crosses no gutter, so it is no matter that it is listed. None of
    them shows a wider column where it crosses a gutter: they are the detector's run-on
    boxes as much as a line still whole the last look asks about
    (:func:`_uncrossed_gutters`). A short story whose rows the detector
    runs on over three columns is cut at one gutter by the first looks, a part holding two
    columns' lines, and that part hid the other gutter from the rows over and under it, run
    on over the same two columns (dev/page-136's rows cut 56-933 | 978-1375 over rows
    56-948 and 58-933). (Only those within ``reach`` of a line asked, ``asked`` their
    centres in order: the look reads no other.)"""
    found: set[tuple[float, float, float]] = set()
    if not asked:
        return found
    # (Each line's nearness asked of them all at once: most lie far from every line asked.)
    boxed = [(i, b.cy) for i in run_on if (b := lines[i].box) is not None]
    near = _near_any_all(asked, [cy for _, cy in boxed], reach)
    for i in compress([i for i, _ in boxed], near):
        for part in cut.get(i, (lines[i],)):
            box = part.box
            # (A part narrower than a gutter and a character on both sides crosses none; one
            # within a column crosses none either, listed or not.)
            if box is not None and box.width > 2 * pitch:
                found.add((box.cy, box.x0, box.x1))
    return found


def _uncrossed_again(
    fresh: list[float],
    still: list[int],
    lines: Sequence[OcrLine],
    cut: dict[int, list[OcrLine]],
    run_on: Collection[int],
    grids: BandGrids,
    placed: Callable[[], tuple[list[tuple[float, float, float]], list[float]]],
    cut_whole: Callable[..., bool],
    every: list[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    height: float,
    pitch: float,
) -> None:
    """The uncrossed look (:func:`_uncrossed_gutters_all`) once more, for as long as it cuts
    any, against the lines as placed after it cut the rows at ``fresh`` (their centres): the
    run-on lines of ``still`` within RUNNING rows of them, and the parts of cut lines there
    that still span a gutter of their band's grid (:func:`_cut_crossing_parts`). The look
    asks its lines all at once, against the lines as they stood before it; a row it cuts
    shows the gutter to the rows run on over and under it only then (a short story every row
    of which the detector ran on over its columns: each row cut shows its gutter to the
    next, dev/page-136). (The lines are placed anew only where a line near the rows cut
    may be asked: what comes after places them anew, as the look cut some.)"""
    reach = RUNNING * height
    # (The lines it may read, still, cut or run on, by centre once: each round reads those
    # within two RUNNING reaches of the rows cut (a line asked lies within one, the lines
    # crossing its gutters within one of it), found by searchsorted. A line's box stands
    # through the look; a line it cuts was still.)
    pool = sorted((b.cy, i) for i in {*still, *cut, *run_on} if (b := lines[i].box) is not None)
    pool_cy = np.array([cy for cy, _ in pool], dtype=float)

    def around(centres: list[float], far: float) -> set[int]:
        at = np.array(centres, dtype=float)
        los = pool_cy.searchsorted(at - far, side="left").tolist()
        his = pool_cy.searchsorted(at + far, side="right").tolist()
        return {pool[k][1] for lo, hi in zip(los, his, strict=True) for k in range(lo, hi)}

    while fresh:
        # (The parts still spanning a gutter near the rows cut, cut again where the lines
        # now show it.)
        ordered = sorted(fresh)
        close = around(ordered, reach)
        crossing = {
            i: parts
            for i, parts in cut.items()
            if i in close
            and any(
                p.box is not None
                and any(
                    p.box.x0 + pitch <= e and s <= p.box.x1 - pitch for e, s in grids.at(p.box.cy)
                )
                for p in parts
            )
        }
        asked = [i for i in still if i in close and i not in cut]
        if not crossing and not asked:
            break
        # (The lines as placed now: those it cut moved.)
        near, centres = placed()
        before = {i: len(parts) for i, parts in crossing.items()}
        _cut_crossing_parts(crossing, grids, near, centres, every, height, pitch, cells)
        recut = [i for i, parts in crossing.items() if len(parts) > before[i]]
        for i in recut:
            cut[i] = crossing[i]
        if not asked:
            break
        if recut:
            near, centres = placed()
        boxes = [b for i in asked if (b := lines[i].box) is not None]
        # (The lines the look may read as crossing a gutter of those asked.)
        reads = around(ordered, 2 * reach)
        free_all = _uncrossed_gutters_all(
            boxes,
            [grids.at(b.cy) for b in boxes],
            near,
            height,
            pitch,
            {
                (b.cy, b.x0, b.x1)
                for i in still
                if i in reads and i not in cut and (b := lines[i].box) is not None
            }
            | _left_run_on(
                reads.intersection(run_on), lines, cut, pitch, sorted(b.cy for b in boxes), reach
            ),
            centres=centres,
        )
        fresh = [
            b.cy
            for i, b, free in zip(asked, boxes, free_all, strict=True)
            if free and cut_whole(i, near, centres, free)
        ]


def _carried_gutters(
    still: Sequence[int],
    lines: Sequence[OcrLine],
    cut: dict[int, list[OcrLine]],
    placed: Callable[[], Sequence[tuple[float, float, float]]],
    grid_at: Callable[[float], Sequence[tuple[float, float]]],
    height: float,
    pitch: float,
) -> list[tuple[int, list[tuple[float, float]]]]:
    """For each run-on line of ``still`` (left whole by every look), the gutters a line of the
    same columns within WINDOW rows over or under it was cut at, that it crosses by a
    character or more on both sides, GRID_SIDE of them on that side cut there and the page's
    grid (``grid_at``) holding it at one of them: the nearest such line's, where no line
    between them (of ``placed()``, the lines as placed by centre, asked only then) crosses
    the gutter unless it is itself one of ``still``.

    A story's columns and gutters hold down its rows, and the detector runs a short story's
    rows on over its narrow gutter row after row: where the looks cut all its rows but one
    (its first, an indented opening, that no look asked: no line near it showed the gutter
    while the rows under it stood whole), that row holds both columns' lines, and the story
    reads row by row. A line of the same columns starts where the line does (or an indent
    either side of it) and ends where it does."""
    # (The cut lines as boxed, by centre, with the gutters between their parts.)
    cuts: list[tuple[float, Box, list[tuple[float, float]]]] = []
    for i, parts in cut.items():
        box = lines[i].box
        if box is None or len(parts) < 2:
            continue
        gaps = []
        for before, after in pairwise(parts):
            if before.box is None or after.box is None:
                break
            gaps.append((before.box.x1, after.box.x0))
        else:
            cuts.append((box.cy, box, gaps))
    if not cuts:
        return []
    cuts.sort(key=itemgetter(0))
    cut_centres = [c for c, _, _ in cuts]
    # (The lines placed and the run-on ones by centre, worked out when first asked: most
    # pages ask none.)
    whole: set[tuple[float, float, float]] | None = None
    centres: list[float] = []
    reach = WINDOW * height
    found = []
    # (Each line's reach among the cut lines by centre, all at once, as bisect finds it: most
    # lines have no cut line near.)
    boxed = [(i, b) for i in still if (b := lines[i].box) is not None]
    cys = np.array([b.cy for _, b in boxed], dtype=float)
    at = np.array(cut_centres, dtype=float)
    los = at.searchsorted(cys - reach, side="left").tolist()
    his = at.searchsorted(cys + reach, side="right").tolist()
    for (i, line), lo, hi in zip(boxed, los, his, strict=True):
        if lo == hi or line.height > BODY_TYPE * height:
            continue  # a title's line, not a row of the story
        same = [
            k
            for k in range(lo, hi)
            if abs(cuts[k][1].x1 - line.x1) <= pitch / 2
            and abs(cuts[k][1].x0 - line.x0) <= INDENT * pitch
        ]
        for k in sorted(same, key=lambda k: abs(cut_centres[k] - line.cy)):
            cy, box, gaps = cuts[k]
            # (A gutter the story's rows show: GRID_SIDE of its cut lines of the same columns
            # on this side of the line cut there, within half a character.)
            side = [j for j in same if (cut_centres[j] > line.cy) == (cy > line.cy)]
            shown = [
                (e, s)
                for e, s in gaps
                if line.x0 + pitch <= e
                and s <= line.x1 - pitch
                and sum(
                    any(
                        abs(e2 - e) <= pitch / 2 and abs(s2 - s) <= pitch / 2
                        for e2, s2 in cuts[j][2]
                    )
                    for j in side
                )
                >= GRID_SIDE
                # (And the page's column grid holds it under some of them: the cuts were at a
                # gutter the story's lines show, not a seam in a wide column.)
                and any(
                    abs(g0 - e) <= pitch / 2 and abs(g1 - s) <= pitch / 2
                    for j in side
                    for g0, g1 in grid_at(cut_centres[j])
                )
            ]
            if not shown:
                continue
            if whole is None:
                whole = {(b.cy, b.x0, b.x1) for j in still if (b := lines[j].box) is not None}
                lines_placed = placed()
                centres = [c for c, _, _ in lines_placed]
            top, bottom = min(cy, line.cy), max(cy, line.cy)
            between = lines_placed[bisect_right(centres, top) : bisect_left(centres, bottom)]
            clear = [
                (e, s)
                for e, s in shown
                if not any(
                    x0 <= e - pitch and x1 >= s + pitch and (c, x0, x1) not in whole
                    for c, x0, x1 in between
                    if x0 < line.x1 and x1 > line.x0
                )
            ]
            if clear:
                found.append((i, clear))
            break
    return found


def _rows_order(keys: NDArray[np.float64], x0: NDArray[np.float64]) -> NDArray[np.intp]:
    """The order ``np.lexsort((x0, keys))`` gives: by key, then start, then place. Sorted as
    one value each, the key a start's whole range on, stable (the lines come by centre, so
    their keys nearly in order already: a tenth of the two sorts' time); where that value's
    rounding tied or swapped two lines (a start a hair apart, a key far out), the order
    fails the check and the two sorts are made (exact either way: one order passes it)."""
    low = float(x0.min())
    whole = keys * (2.0 * (float(x0.max()) - low) + 2.0) + (x0 - low)
    order = np.argsort(whole, kind="stable")
    k, x = keys[order], x0[order]
    after = (k[:-1] < k[1:]) | (
        (k[:-1] == k[1:]) & ((x[:-1] < x[1:]) | ((x[:-1] == x[1:]) & (order[:-1] < order[1:])))
    )
    return order if bool(after.all()) else np.lexsort((x0, keys))


def _blank_held_gutters(
    still: Sequence[int],
    lines: Sequence[OcrLine],
    grid_at: Callable[[float], Sequence[tuple[float, float]]],
    pitch: float,
) -> list[tuple[int, list[tuple[float, float]]]]:
    """For each run-on line of ``still`` (left whole by every look) the one grid gutter
    (``grid_at`` its row, half a character wide or more) it crosses by a character or more on
    both sides, the columns either side of it (as the grid bounds them, or the box's ends)
    equally wide within half a character and the box starting at the first one's start or an
    indent in (INDENT characters, within half a character), where its box is
    as wide as its characters at the body's ``pitch`` and that gutter's blank together
    (within BLANK_HELD characters), and the characters part there into whole cells on both
    sides (within BLANK_HELD of a whole count each).

    The detector runs a short story's rows on over a narrow gutter, and where no row near
    shows the gutter (its rows all run on, lost, or a paragraph's end), the box itself still
    does: a line's characters are set solid at the body's pitch, so a box wider than them by
    a gutter's blank, its characters parting at that gutter into whole cells, holds the
    gutter. A wide column's own line over another story's grid gutter holds no such blank."""
    found: list[tuple[int, list[tuple[float, float]]]] = []
    for i in still:
        line = lines[i]
        box = line.box
        if box is None:
            continue
        # (A box wider than its characters by half a character at least, a gutter's blank
        # being that wide or more: asked first, most lines left whole are a wide column's,
        # set solid. With no narrow character, its cells are its characters' count.)
        if NARROW.search(line.text):
            continue
        count = ink_cells(line.text)
        if box.width - count * pitch < (0.5 - BLANK_HELD) * pitch:
            continue
        grid = list(grid_at(box.cy))
        crossed = [
            k
            for k, (e, s) in enumerate(grid)
            if box.x0 + pitch <= e and s <= box.x1 - pitch and s - e >= pitch / 2
        ]
        if len(crossed) != 1:
            continue
        k = crossed[0]
        e, s = grid[k]
        # (The columns either side of it as the grid bounds them, the box's own ends where
        # it holds no gutter further: as wide as each other, and the box starting at the
        # first one's start or an indent in. Equal columns part at a gutter; a line of a
        # wider column whose box holds characters the detector lost parts anywhere.)
        first = grid[k - 1][1] if k > 0 else box.x0
        last = grid[k + 1][0] if k + 1 < len(grid) else box.x1
        if box.x0 > first + (INDENT + 0.5) * pitch or abs((e - first) - (last - s)) > pitch / 2:
            continue
        if abs(box.width - (s - e) - count * pitch) > BLANK_HELD * pitch:
            continue
        left, right = (e - box.x0) / pitch, (box.x1 - s) / pitch
        if (
            abs(left - round(left)) <= BLANK_HELD
            and abs(right - round(right)) <= BLANK_HELD
            and round(left) + round(right) == count
        ):
            found.append((i, [(e, s)]))
    return found


def _drawn_gutters(
    still: Sequence[int],
    lines: Sequence[OcrLine],
    cut: Mapping[int, list[OcrLine]],
    placed: Callable[[], Sequence[tuple[float, float, float]]],
    grid_at: Callable[[float], Sequence[tuple[float, float]]],
    cells: Mapping[tuple[float, float, float], float],
    height: float,
    pitch: float,
    heads: Sequence[tuple[float, float, float, float]] = (),
    matrix_of: Callable[[Sequence[tuple[float, float, float]]], NDArray[np.float64] | None]
    | None = None,
) -> list[tuple[int, list[tuple[float, float]]]]:
    """For each run-on line of ``still`` (left whole by every look), or part of a line
    ``cut`` at other gutters, the gutter of its own story's columns that DRAWN_ROWS rows
    within WINDOW rows of it meet at (a line ending and the next starting within SEAM_MEET
    characters of each other, or overlapping by up to SEAM_OVERLAP, as :func:`_seams` has
    it), all within SEAM_BAND characters and two characters or more inside the line: rows
    of the same columns, their first line starting where the line does (within an indent).
    The gutter runs from the rows' median end to their median start, a character on at
    least; a cut line's gutters are its cut's and that one. Not where the line's characters
    set at the body's pitch overfill the room beside the gutter (a lead in smaller type), nor
    where a line near crossing the gutter is set solid (its counted cells at the body's pitch
    fill it: the rows meeting there are a wide column's, parted by the detector at a seam).

    A narrow-column story read shrunk is boxed run on over its gutter row after row; the few
    rows the detector parts show the gutter, though too few or too far apart for a seam, and
    the page's grid, drawn over its wider columns, does not hold it. (``matrix_of``: the
    places ``placed`` gives as the rows of a matrix, where the caller holds them; None
    else.)"""
    lines_placed = placed()
    if len(lines_placed) < 2:
        return []
    reach, indent = WINDOW * height, (INDENT + 0.5) * pitch
    # (The rows' meeting points, page-wide, on arrays: each row's lines by start (a row those
    # whose centres round to one half line height), and each line with the next on its row,
    # meeting as :func:`_seams` has it, each holding two characters or more beyond the point.)
    held = None if matrix_of is None else matrix_of(lines_placed)
    at = matrix(lines_placed, len(lines_placed), 3) if held is None else held
    keys = np.round(at[:, 0] / (height / 2))
    order = _rows_order(keys, at[:, 1])
    one, two = order[:-1], order[1:]
    m = (at[one, 2] + at[two, 1]) / 2
    gap = at[two, 1] - at[one, 2]
    meets = (
        (keys[one] == keys[two])
        & (gap >= -SEAM_OVERLAP * pitch)
        & (gap <= SEAM_MEET * pitch)
        & (at[one, 1] <= m - 2 * pitch)
        & (at[two, 2] >= m + 2 * pitch)
    )
    if int(meets.sum()) < DRAWN_ROWS:
        return []
    # (By centre: (centre, meeting point, first line's start, its end, the next's start).)
    pts = np.column_stack(
        (
            (at[one, 0] + at[two, 0])[meets] / 2,
            m[meets],
            at[one, 1][meets],
            at[one, 2][meets],
            at[two, 1][meets],
        )
    )
    pts = pts[np.argsort(pts[:, 0], kind="stable")]
    # (The run-on spans: the whole lines, and the parts of the cut ones, each with its line.)
    spans: list[tuple[int, OcrLine, Box]] = [
        (i, ln, b) for i in still if (b := (ln := lines[i]).box) is not None
    ]
    spans.extend(
        (i, part, b) for i, parts in cut.items() for part in parts if (b := part.box) is not None
    )
    if not spans:
        return []
    # (Only the spans with DRAWN_ROWS meeting points or more within reach whose line before
    # the point starts within two indents of the span's start are asked further: counted at
    # once, the points keyed by their line's start an indent wide, then by centre.)
    # (And so keyed again, then by meeting point, within the span two characters in from its
    # ends, anywhere on the page: a column's own line, its row's neighbours meeting at its
    # ends, is asked no further.)
    far = 4.0 * (reach + float(np.abs(pts[:, 0]).max()) + 1.0)
    wide = 4.0 * (float(np.abs(pts[:, 1]).max()) + 1.0)
    bucket = np.floor(pts[:, 2] / indent)
    by_key = np.argsort(bucket * far + pts[:, 0], kind="stable")
    keyed = (bucket * far + pts[:, 0])[by_key]
    keyed_m = np.sort(bucket * wide + pts[:, 1])
    span_at = matrix(((b.cy, b.x0, b.x1) for _, _, b in spans), len(spans), 3)
    cys = span_at[:, 0]
    span_bucket = np.floor(span_at[:, 1] / indent)
    base, base_m = span_bucket * far + cys, span_bucket * wide
    first, last = span_at[:, 1] + 2 * pitch, span_at[:, 2] - 2 * pitch
    counts = np.zeros(len(spans), dtype=np.intp)
    counts_m = np.zeros(len(spans), dtype=np.intp)
    # (Each key looked up in its values' order, the same values: searchsorted finds sorted
    # keys in a third of the time.)
    by_c = np.argsort(base)
    by_l, by_f = np.argsort(base_m + last), np.argsort(base_m + first)
    base_c, base_l, base_f = base[by_c], base_m[by_l], base_m[by_f]
    last_l, first_f = last[by_l], first[by_f]
    for d in (-1.0, 0.0, 1.0):
        counts[by_c] += keyed.searchsorted(base_c + d * far + reach, side="right")
        counts[by_c] -= keyed.searchsorted(base_c + d * far - reach, side="left")
        counts_m[by_l] += keyed_m.searchsorted(base_l + d * wide + last_l, side="right")
        counts_m[by_f] -= keyed_m.searchsorted(base_f + d * wide + first_f, side="left")
    asked = np.flatnonzero(
        (counts >= DRAWN_ROWS) & (counts_m >= DRAWN_ROWS) & (last > first)
    ).tolist()
    if not asked:
        return []
    # (The rows of the same columns meeting within each span asked: its points within reach
    # (as searchsorted on the centres bounds them, cys - reach to cys + reach), their meeting
    # point two characters inside it, their line before it starting where the span does,
    # within an indent, on another row. Asked on arrays of the points the keys hold near
    # (two start buckets either side, a line height more of centre either side: every point
    # the exact test keeps, whatever the keys' rounding), the same comparisons.)
    # (The spans asked in their keys' order, looked up faster so; asked on in the spans'.)
    ask = np.array(asked, dtype=np.intp)
    ask = ask[np.argsort(base[ask], kind="stable")]
    base_a = base[ask]
    slack = reach + height
    ranges = [
        (
            keyed.searchsorted(base_a + d * far - slack, side="left"),
            keyed.searchsorted(base_a + d * far + slack, side="right"),
        )
        for d in (-2.0, -1.0, 0.0, 1.0, 2.0)
    ]
    los = np.concatenate([lo for lo, _ in ranges])
    lens = np.maximum(np.concatenate([hi for _, hi in ranges]) - los, 0)
    owner = np.repeat(np.tile(np.arange(len(ask)), len(ranges)), lens)
    ends = np.cumsum(lens)
    at_pt = by_key[np.repeat(los - (ends - lens), lens) + np.arange(int(ends[-1]))]
    pt, k_of = pts[at_pt], ask[owner]
    cy0 = cys[k_of]
    keep = (
        (pt[:, 0] >= cy0 - reach)
        & (pt[:, 0] <= cy0 + reach)
        & (first[k_of] <= pt[:, 1])
        & (pt[:, 1] <= last[k_of])
        & (np.abs(pt[:, 2] - span_at[k_of, 1]) <= indent)
        & (np.abs(pt[:, 0] - cy0) > height / 2)
    )
    kept = np.bincount(owner[keep], minlength=len(ask))
    # (Only the spans with DRAWN_ROWS such points or more are asked on: the others hold no
    # gutter drawn. Their points, (meeting point, end, start) each, by span.)
    owner_kept = owner[keep]
    by_owner = np.argsort(owner_kept, kind="stable")
    held_pt = pt[keep][by_owner]
    held, held_cy = held_pt[:, [1, 3, 4]].tolist(), held_pt[:, 0].tolist()
    offsets = np.concatenate(([0], np.cumsum(kept))).tolist()
    centres = at[:, 0]
    found: dict[int, list[tuple[float, float]]] = {}
    # (The headlines' tops, for :func:`_this_side_of_titles` to seek the few between a line and
    # a row by bisection, where ``heads`` stand sorted by top, each no taller than its foot:
    # the split's, some 700 on a 10k page, went through for every point.)
    head_tops = _sorted_tops(heads)
    held_by = np.flatnonzero(kept >= DRAWN_ROWS)
    held_by = held_by[np.argsort(ask[held_by])]
    for n, k in zip(held_by.tolist(), ask[held_by].tolist(), strict=True):
        i, span, line = spans[k]
        if i in found:
            continue
        cut_at = cut.get(i)
        # (A whole line boxed taller than the body's is a title's; a line cut at other
        # gutters is the body's, boxed tilted maybe.)
        if line.width < 5 * pitch or (cut_at is None and line.height > BODY_TYPE * height):
            continue
        near = [tuple(h) for h in held[offsets[n] : offsets[n + 1]]]
        near = _this_side_of_titles(
            near, held_cy[offsets[n] : offsets[n + 1]], line.cy, heads, head_tops
        )
        if len(near) < DRAWN_ROWS:
            continue
        # (A run-on span holds a gutter's blank beside its characters: asked below.)
        cells_of = _print_cells(span.text) * pitch
        if line.width < cells_of:
            continue
        near.sort()
        if near[-1][0] - near[0][0] > SEAM_BAND * pitch:
            continue
        end = statistics.median(a1 for _, a1, _ in near)
        start = max(end + pitch, statistics.median(b0 for _, _, b0 in near))
        # (Its characters set at the body's pitch fill no more than the room either side of
        # the gutter: a line set in smaller type across the columns, a lead, holds more.)
        if cells_of > line.width - (start - end) + pitch:
            continue
        # (And no line near crossing it is set solid, its characters at the body's pitch
        # filling it with no gutter's blank: the rows meeting there are a wide column's, the
        # detector parting its lines at a seam.)
        # (Of the lines whose cells are counted: a line holding digits has no count.)
        lo = int(centres.searchsorted(line.cy - reach, side="left"))
        hi = int(centres.searchsorted(line.cy + reach, side="right"))
        if _set_solid_across(lines_placed[lo:hi], cells, end, start, pitch):
            continue
        gaps = [] if cut_at is None else _cut_gaps(cut_at, grid_at(line.cy))
        if gaps is None:
            continue
        found[i] = sorted({*gaps, (end, start)})
    return list(found.items())


def _this_side_of_titles(
    near: list[tuple[float, ...]],
    near_cy: Sequence[float],
    cy: float,
    heads: Sequence[tuple[float, float, float, float]],
    tops: Sequence[float] | None = None,
) -> list[tuple[float, ...]]:
    """The meeting points of ``near`` ((meeting point, end, start) each, their rows' centres
    ``near_cy``) on the same side of every headline-type line (of ``heads``: y0, y1, x0, x1)
    across their point as the line at ``cy``: a headline crossing a gutter's place between a
    line and the rows meeting there parts two stories, the rows beyond it another's columns
    (a story in five narrow columns under a two-column one's last rows). (``tops``: the
    heads' tops, when they stand sorted by top, each no lower than its foot,
    :func:`_sorted_tops`: only the heads whose top lies between are asked then, by bisection;
    a head across the two has its top past ``top`` and its foot, so its top, before
    ``bottom``.)"""
    if not heads:
        return near
    kept = []
    for point, row_cy in zip(near, near_cy, strict=True):
        top, bottom, m = min(cy, row_cy), max(cy, row_cy), point[0]
        between = (
            heads if tops is None else heads[bisect_right(tops, top) : bisect_left(tops, bottom)]
        )
        if not any(top < y0 and y1 < bottom and x0 < m < x1 for y0, y1, x0, x1 in between):
            kept.append(point)
    return kept


def _sorted_tops(heads: Sequence[tuple[float, float, float, float]]) -> list[float] | None:
    """The tops of ``heads`` (y0, y1, x0, x1), in their order, where they stand sorted by top
    and each top lies above its foot (y0 <= y1), as the split's headlines do; None else."""
    tops = [y0 for y0, _, _, _ in heads]
    if all(map(le, tops, tops[1:])) and all(y0 <= y1 for y0, y1, _, _ in heads):
        return tops
    return None


def _set_solid_across(
    near: Iterable[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    end: float,
    start: float,
    pitch: float,
) -> bool:
    """Whether a line of ``near`` (placed, (cy, x0, x1)) crosses the gutter from ``end`` to
    ``start`` by a character on both sides with its counted ``cells`` at ``pitch`` filling its
    box: set solid, no gutter's blank in it (a line holding digits has no count)."""
    return any(
        w[1] <= end - pitch
        and w[2] >= start + pitch
        and (count := cells.get(w)) is not None
        and count * pitch >= w[2] - w[1]
        for w in near
    )


def _cut_gaps(
    cut_at: Sequence[OcrLine], grid: Sequence[tuple[float, float]]
) -> list[tuple[float, float]] | None:
    """The gutters (end, start) a line was cut at into the parts ``cut_at``: between each
    part and the next, the gutter of ``grid`` (its band's) that holds that gap where there is
    one, as the cut finds it again; None when a part has no box."""
    gaps = []
    for before, after in pairwise(cut_at):
        if before.box is None or after.box is None:
            return None
        gaps.append((before.box.x1, after.box.x0))
    return [next(((g0, g1) for g0, g1 in grid if g0 < s and e < g1), (e, s)) for e, s in gaps]


def _uncrossed_gutters_all(
    boxes: Sequence[Box],
    grids: Sequence[Sequence[tuple[float, float]]],
    placed: list[tuple[float, float, float]],
    height: float,
    pitch: float,
    run_on: Collection[tuple[float, float, float]] = (),
    centres: Sequence[float] | None = None,
) -> list[list[tuple[float, float]]]:
    """:func:`_uncrossed_gutters` of each of ``boxes`` (in its band's grid, of ``grids``)
    against ``placed`` (by centre, ``centres`` if given; those of ``run_on`` crossing none):
    the same gutters, in the grid's order. Each gutter a box crosses by a character on both
    sides is a row of a matrix holding the lines within RUNNING rows of it
    (:func:`window_rows_by_width`), the three counts asked of them all at once: most run-on
    lines still whole at the end cross a grid gutter, and the lines near them were read one
    line at a time."""
    found: list[list[tuple[float, float]]] = [[] for _ in boxes]
    if not boxes or not placed:
        return found
    # (Each box's grid's gutters one flat run, each band's grid read once
    # (:func:`_gutters_run`), with its box's values; those it crosses by a character on both
    # sides kept, the same sums and comparisons on arrays.)
    owner, e, s = _gutters_run(grids, range(len(boxes)))
    assert len(grids) == len(boxes)
    box_cy, box_x0, box_x1 = box_places(boxes, len(boxes))
    cy, x0, x1 = box_cy[owner], box_x0[owner], box_x1[owner]
    crossed = (x0 + pitch <= e) & (s <= x1 - pitch)
    if not crossed.any():
        return found
    owner, cy, x0, x1, e, s = (
        owner[crossed],
        cy[crossed],
        x0[crossed],
        x1[crossed],
        e[crossed],
        s[crossed],
    )
    reach = RUNNING * height
    # (The lines by centre within RUNNING rows, as bisect_left and bisect_right find them;
    # of the places, only those these windows cover read into arrays, :func:`_covered_places`:
    # the run-on lines still whole at the end are few.)
    by_centre = _by_centre(placed, centres)
    lo = np.searchsorted(by_centre, cy - reach, side="left")
    hi = np.searchsorted(by_centre, cy + reach, side="right")
    c, a, b, lo, hi = _covered_places(placed, lo, hi)
    # (The run-on lines left whole, by their place among the lines read: they cross no
    # gutter. Found from the centres' order, each at the first line of its centre and on;
    # asked of the lines read alone, as the windows read no other.)
    whole = np.zeros(len(c), dtype=bool)
    if run_on:
        rc, rx0, rx1 = columns(run_on, len(run_on))
        at_c = np.searchsorted(c, rc, side="left")
        while True:
            live = at_c < len(c)
            live[live] = c[at_c[live]] == rc[live]
            if not live.any():
                break
            same = at_c[live]
            whole[same[(a[same] == rx0[live]) & (b[same] == rx1[live])]] = True
            at_c = at_c + 1
    free = np.zeros(len(owner), dtype=bool)
    # (Each chunk's windows read as the rows of strided views, the values window_rows'
    # indexes would gather: :class:`~desktop.core.reflow.windows.Strided`.)
    span = max(1, int((hi - lo).max())) if len(lo) else 1
    c_rows, a_rows, b_rows = Strided(c, span), Strided(a, span), Strided(b, span)
    whole_rows = Strided(whole, span)
    for rows, first, inside in window_starts_by_width(lo, hi):
        cols = inside.shape[1]
        centre, left = c_rows.rows(first, cols), a_rows.rows(first, cols)
        right = b_rows.rows(first, cols)
        bx0, bx1 = x0[rows, None], x1[rows, None]
        ge, gs = e[rows, None], s[rows, None]
        # (Not the line itself; overlapping the box.)
        near = (
            inside
            & ~((centre == cy[rows, None]) & (left == bx0) & (right == bx1))
            & (right > bx0)
            & (left < bx1)
        )
        crossing = near & (left + pitch <= ge) & (gs <= right - pitch)
        ending = near & (left < ge) & (ge - 2 * pitch <= right) & (right <= gs + pitch / 2)
        starting = near & (right > gs) & (ge <= left) & (left <= gs + pitch / 2)
        shown = ending.any(axis=1) & starting.any(axis=1)
        crossed = crossing.any(axis=1)
        # (Crossed by run-on lines left whole only, asked of the gutters shown and crossed.)
        again = shown & crossed
        if run_on and again.any():
            crossed[again] = (crossing[again] & ~whole_rows.rows(first[again], cols)).any(axis=1)
        free[rows] = ~crossed & shown
    for k, ge, gs in zip(owner[free].tolist(), e[free].tolist(), s[free].tolist(), strict=True):
        found[k].append((ge, gs))
    return found


def _again_near_cut(
    looked: Sequence[int],
    cut: Container[int],
    lines: Sequence[OcrLine],
    fresh: list[float],
    height: float,
) -> list[int]:
    """The lines of ``looked`` (:func:`_whole_run_ons`, in order) the last look left whole
    that lie within RUNNING rows of a line it cut (``fresh``: their centres): looked at once
    more, against the lines as placed after it. The look takes its lines in the page's order,
    each against the lines as placed at its start; a row it cuts later shows its gutter to
    the rows before it only then. A story's first row under its headline, run on over two
    columns, with the row under it a run-on too (a column's whole line and the next column's
    paragraph end, boxed as one): that row bridges the gutter, as a wide column's line does,
    while it stands whole (:func:`_bridged`: its characters at the page's pitch, a little
    over the story's own, and its last mark's blank leave no room for the gutter's), and
    once it is cut it no longer does (its place as boxed holds no count then: the next row
    tells, cut too), and its parts show the first row's columns (:func:`_shown_by_placed`)
    (test14/page-14, read at RapidOCR's default size). So with a row under the first that
    the looks before left whole (characters lost) and this one cut after it."""
    if not fresh:
        return []
    fresh = sorted(fresh)
    reach = RUNNING * height
    return [
        i
        for i in looked
        if i not in cut and (b := lines[i].box) is not None and _near_any(fresh, b.cy, reach)
    ]


def _column_sides(
    near: Sequence[tuple[float, float]], gaps: Sequence[tuple[float, float]]
) -> tuple[list[float], list[float]]:
    """The starts of the lines of ``near`` (left, right) that start before the first of
    ``gaps`` and end by its end, and the ends of those that end past the last gap and start
    from its start: the lines of a run-on box's first and last columns, whose median edges
    tell a deck centred over the columns from a run-on line. A line across a gutter (a lead
    or a deck over the columns, a run-on row left whole) ends or starts in no column."""
    first, last = gaps[0], gaps[-1]
    lefts = [x0 for x0, x1 in near if x0 < first[0] and x1 <= first[1]]
    rights = [x1 for x0, x1 in near if x1 > last[1] and x0 >= last[0]]
    return lefts, rights


def _indented_edge(
    e0: float, e1: float, columns: Sequence[tuple[float, float]], pitch: float
) -> float:
    """The end of a gutter (e0, e1) its neighbours show, or the start of the page's grid
    column (of ``columns``, (end, start) gutters) inside it, when ``e1`` stands an indent
    right of that start (half a character to INDENT + 1): the lines starting right of the gap
    are paragraphs' indented first lines, and the column's full lines (boxed run on, or found
    wide) start at the grid's start. A run-on box's characters shared out from the indent
    land a character or two late (the part past the gutter is given the indent's blank)."""
    for e, s in columns:
        if e0 - pitch <= e < s < e1 and pitch / 2 <= e1 - s <= (INDENT + 1) * pitch:
            return s
    return e1


def _ragged_start(
    e0: float,
    e1: float,
    near: Sequence[tuple[float, float]],
    columns: Sequence[tuple[float, float]],
    pitch: float,
) -> float:
    """The start of a gutter (e0, e1) the first look found, or where a gutter as wide as the
    page's others (the median of its band's grid gutters, ``columns``) ending at ``e1`` starts,
    when that is more than a character further right (and no more than INDENT: a gap wider
    still is a wider gutter, or its end an indented line's start) and the lines of ``near`` show no
    column's edge at ``e0`` while they show one at ``e1``: fewer than GRID_SIDE end within a
    third of a character of ``e0``, GRID_SIDE or more start as near ``e1``. Lines start at
    their column's left edge, indented or not, but a column whose full lines the detector
    boxed run on, row after row, shows its right edge only by the lines it boxed alone: a
    paragraph's last line, an opening holding digits set narrow. The furthest of those ends
    short of the column; the gap they leave is wider than a gutter by it, and a run-on box's
    characters shared out by it give the column before the gap too few (a story's columns
    set 18 characters, the ragged lines ending two short: 17 and 19). A story's own gutters
    are set as wide as the page's."""
    if not columns:
        return e0
    start = e1 - statistics.median(s - e for e, s in columns)
    if not pitch < start - e0 <= INDENT * pitch:
        return e0
    near_end, near_start = 0, 0
    for x0, x1 in near:
        near_end += abs(x1 - e0) <= pitch / 3
        near_start += abs(x0 - e1) <= pitch / 3
    return start if near_end < GRID_SIDE <= near_start else e0


def _starting_past(
    lines: Sequence[tuple[float, float, float]],
    box: Box,
    pitch: float,
    skip: set[tuple[float, float, float]] | None = None,
) -> list[tuple[float, float, float]]:
    """The lines of ``lines`` (centre, left, right) that start at or past the end of ``box``,
    within an indent and a half character of it (INDENT + 0.5): a box run on over a gutter
    by a character or two stands over the next column's first cells alone, and that column's
    lines starting an indent in (or a line's first character further) stand past its end;
    they show where the column starts as the lines under its end do."""
    reach = box.x1 + (INDENT + 0.5) * pitch
    skipped = skip or ()
    return [w for w in lines if box.x1 <= w[1] < reach and w not in skipped]


def _first_under_head(
    box: Box, heads: list[tuple[float, float, float, float]], height: float
) -> bool:
    """Whether ``box`` is the first row under a headline-type line (of ``heads``: y0, y1, x0,
    x1, by top) it overlaps across: its top within HEAD_GAP body heights under the
    headline's bottom."""
    y0 = box.y0
    k = bisect_left(heads, (y0 - 6 * height,))
    hi = bisect_right(heads, (y0,))
    # (No headline over it within reach, most lines: no generator made for none.)
    if k >= hi:
        return False
    return any(
        0 <= y0 - y1 <= HEAD_GAP * height and x0 < box.x1 and box.x0 < x1
        for _, y1, x0, x1 in heads[k:hi]
    )


def _past_head(box: Box, heads: list[tuple[float, float, float, float]], height: float) -> bool:
    """Whether ``box`` is the first row under a headline stack (the headline-type lines, of
    ``heads``, whose bottom stands within HEAD_GAP body heights over its top, across it) and
    runs past that stack's ends by more than a body line height on both sides: the first row
    of the columns under a headline centred over them, boxed run on, not a deck (a deck is
    set within its headline's span, :func:`_under_headline`). Such a row has no line over it
    to show it in the running text (:func:`_between_rows`): its left end an indent in and its
    right end short (a paragraph's first line; digits and quotes set narrow), it measured
    centred on its columns, a deck's mark, and stayed whole."""
    k = bisect_left(heads, (box.y0 - 6 * height,))
    spans = [
        (x0, x1)
        for _, y1, x0, x1 in heads[k : bisect_right(heads, (box.y0,))]
        if 0 <= box.y0 - y1 <= HEAD_GAP * height and x0 < box.x1 and box.x0 < x1
    ]
    if not spans:
        return False
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    return box.x0 < lo - height and box.x1 > hi + height


def _shown_by_placed(
    window: Sequence[tuple[float, float, float]],
    cy: float,
    left: float,
    right: float,
    lo_x: float,
    hi_x: float,
    height: float,
) -> bool:
    """Whether a part [left, right] of a run-on line cut at grid gutters is shown by the lines
    as placed now (``window``: cut parts and trimmed boxes, by centre): GRID_SIDE of them
    within RUNNING rows over or under it stand within its column's bounds [lo_x, hi_x]. In a
    story whose rows the detector boxed run on, row after row, the lines as boxed show no
    column over or under a part (they cross its gutters too), but once the grid's look cut
    them, their parts do; the part need not then fill its column's line (a paragraph's
    indented first line, right under its headline)."""
    return (
        sum(
            1
            for c, x0, x1 in window
            if 0 < abs(c - cy) <= RUNNING * height
            and x1 > left
            and x0 < right
            and x0 >= lo_x
            and x1 <= hi_x
        )
        >= GRID_SIDE
    )


def _bridged(
    box: Box,
    gap: tuple[float, float],
    rows: Sequence[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    height: float,
    pitch: float,
) -> bool:
    """Whether the rows right over and under ``box`` bridge ``gap`` (a gutter of the page's
    narrower columns, or a gap their lines leave) with full lines of a wider column: the
    nearest row on each side with a line of ``rows`` (as the detector boxed them, by centre)
    near the gap, within RUNNING body lines, holds one line there, crossing it by a character
    or more on both sides, whose characters (``cells``) fill its box at the body's pitch
    (INDENT_FITS of it or more) and leave no room for the gap's blank (less than half of it);
    a side with no such row (a story's first or last row, by a headline) tells nothing, and
    one side at least must bridge. (A row whose line holds digits or Latin letters, set at
    no one width, shows no pitch: the next row on its side, within RUNNING lines, stands for
    it.) A story set in two wide columns under a wide headline,
    over or beside stories in the page's narrow columns, has no gutter where those columns'
    grid puts one: its run-on rows are cut at its own gutter alone. (A run-on line over
    narrow columns holds the gutter's blank, and a column's line ends at it. Boxes as the
    detector drew them: a trim may have cut a run-on's blank off.)"""
    e, s = gap
    bridged = False
    for side in (-1.0, 1.0):
        near = [
            (cy, a, b)
            for cy, a, b in rows
            if 0.5 * height < side * (cy - box.cy) <= RUNNING * height
            and b > e - pitch
            and a < s + pitch
        ]
        if not near:
            continue
        closest = min(abs(cy - box.cy) for cy, _, _ in near)
        row = [key for key in near if abs(abs(key[0] - box.cy) - closest) <= 0.5 * height]
        if len(row) == 1 and row[0] not in cells:
            # (A line holding digits or Latin letters, set at no one width, tells nothing of
            # its pitch: the next row on that side tells.)
            near = [key for key in near if abs(key[0] - box.cy) > closest + 0.5 * height]
            if not near:
                continue
            closest = min(abs(cy - box.cy) for cy, _, _ in near)
            row = [key for key in near if abs(abs(key[0] - box.cy) - closest) <= 0.5 * height]
        if len(row) != 1 or row[0] not in cells:
            return False
        _, a, b = row[0]
        count = cells[row[0]]
        if not (
            a + pitch <= e
            and s <= b - pitch
            and INDENT_FITS * pitch * count <= b - a < count * pitch + (s - e) / 2
        ):
            return False
        bridged = True
    return bridged


#: Quotes and brackets, opening ones set in their cell's right half and closing ones in its
#: left half: a line starting or ending in one is boxed half a cell in from where its cells
#: start or end. (Stops and commas, set in the left half too, are left out: they end most
#: body lines at a paragraph's end, and a title seldom ends in one.) The full-width ones of
#: :data:`~desktop.core.reflow.text.OPENERS` and ``CLOSERS`` (an ASCII quote or bracket is set
#: in half a cell of its own, no blank beside it).
OPENING_MARKS = frozenset(mark for mark in OPENERS if not mark.isascii())
CLOSING_MARKS = frozenset(mark for mark in CLOSERS if not mark.isascii())


def _bridging_rows(
    box: Box,
    rows: Sequence[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    height: float,
    pitch: float,
) -> list[tuple[float, float, float]]:
    """The lines of ``rows`` (centre, left, right) that may bridge a gap for :func:`_bridged`,
    as (left, right, count): over or under ``box`` by half a line height to RUNNING lines,
    with a count in ``cells``, filling their box at the body's pitch (INDENT_FITS of it). A
    gap is bridged only where the nearest row on a side holds one line that is such a line
    and crosses it (:func:`_may_bridge`): read once for all of a box's gaps, where
    :func:`_bridged` reads the rows again for each gap and side (most gaps no line crosses)."""
    found = []
    cy0, near, far = box.cy, 0.5 * height, RUNNING * height
    for key in rows:
        if near < abs(key[0] - cy0) <= far:
            count = cells.get(key)
            if count is not None and INDENT_FITS * pitch * count <= key[2] - key[1]:
                found.append((key[1], key[2], count))
    return found


def _may_bridge(
    bridging: Sequence[tuple[float, float, float]], gap: tuple[float, float], pitch: float
) -> bool:
    """Whether a line of ``bridging`` (:func:`_bridging_rows`) crosses ``gap`` by a character
    or more on both sides and leaves no room for its blank, as :func:`_bridged` asks of the
    line it finds: False where none does, so that it finds the gap not bridged. (The same
    comparisons, in the same float operations.)"""
    e, s = gap
    return any(
        a + pitch <= e and s <= b - pitch and b - a < count * pitch + (s - e) / 2
        for a, b, count in bridging
    )


def _mark_blanks(text: str, pitch: float) -> tuple[float, float]:
    """The blank ``text``'s box leaves inside its first and its last cell at ``pitch``: half a
    cell (MARK) where it starts with an opening quote or bracket, or ends with a closing one
    (:data:`OPENING_MARKS`, :data:`CLOSING_MARKS`). A title or deck is centred over its
    columns by its cells; a closing quote at its end moved its box's centre half a cell left
    of theirs, and a title over two columns with a narrow gutter was taken for a run-on line
    and cut at the gutter."""
    body = text.strip()
    if not body:
        return 0.0, 0.0
    return (
        MARK * pitch if body[0] in OPENING_MARKS else 0.0,
        MARK * pitch if body[-1] in CLOSING_MARKS else 0.0,
    )


def _other_gutters(
    regular: Sequence[tuple[float, float]], crossed: Sequence[tuple[float, float]], pitch: float
) -> list[tuple[float, float]]:
    """The gutters of equal columns (``regular``) with none of ``crossed`` (those a line was
    cut at, as shown) standing by them, within a character."""
    return [
        (e, s)
        for e, s in regular
        if not any(e0 < s + pitch and e - pitch < s0 for e0, s0 in crossed)
    ]


@lru_cache(maxsize=1 << 16)
def _digit_cells(text: str) -> float | None:
    """The cells (:func:`ink_cells`: a digit 0.6) of a line of CJK characters holding digits,
    its only narrow characters, fewer than half its characters; None for any other line (a
    line of CJK characters alone has its count)."""
    # (Most lines hold no narrow character: asked of every line each round, so cached by
    # text: a line stands through rounds.)
    if NARROW.search(text) is None:
        return None
    ink = "".join(text.split())
    narrow = NARROW.findall(ink)
    if not narrow or 2 * len(narrow) > len(ink) or not all(ch.isdigit() for ch in narrow):
        return None
    return ink_cells(ink)


def _ascii_count(text: str) -> int:
    """How many characters of ``text`` :data:`~desktop.core.reflow.text.NARROW` matches (the
    ASCII ones): those its ASCII encoding keeps, the others left out."""
    return len(text.encode("ascii", "ignore"))


def _narrow_blank(text: str, pitch: float) -> float:
    """How much shorter ``text`` runs at ``pitch`` than a line of as many CJK characters: its
    digits and Latin letters are set at about 0.6 of a character (:func:`ink_cells`)."""
    # (Its characters but spaces counted in C, as split() finds spaces: asked of every run-on
    # box a look weighs.)
    return (len("".join(text.split())) - ink_cells(text)) * pitch


def _grid_parts(
    line: OcrLine,
    gutters: Sequence[tuple[float, float]],
    window: Sequence[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    body_pitch: float,
    cell: float,
    stretched: bool,
) -> list[OcrLine] | None:
    """A run-on line cut at grid gutters, its characters shared out by column.

    Each part's characters are set at the pitch of its column's full lines (those of
    ``window`` ending where the part ends: justified, they set characters wider than a short
    line's; ``cell`` where there are too few). A part ending at a gutter is filled up to it
    (the detector bridged that gutter); the blank a part may hold is at its start: an indent
    (a paragraph opening in a later column), or the box's own start stretched over the first
    column's indent. So the characters are counted from the box's start, part after part, the
    last taking the rest; but when the box was ``stretched`` (its start trimmed back out of a
    gutter: not where its characters start), starts at its first column's left edge (where an
    indent would be hidden) and ends at its last column's right edge, from its end, the first
    part taking the rest. Each part's box then starts where its characters do, when that is
    past the gutter: an indent shows.
    """
    box = line.box
    assert box is not None
    text = line.text
    n = len(text)
    rights = [g0 for g0, _ in gutters] + [box.x1]
    lefts = [box.x0] + [g1 for _, g1 in gutters]
    # (Each column's full lines sought by their ends first: few lines of the window end where
    # a column does, and only theirs are looked up, :func:`_column_pitch_at`.)
    pitches = [_column_pitch_at(window, cells, r, body_pitch) or cell for r in rights]
    # The first column's left edge (where its full lines start) and the last's right edge.
    # (The first only for a box stretched: nothing else asks it.)
    last_right = _median_or(
        [x1 for cy, x0, x1 in window if abs(x0 - lefts[-1]) <= body_pitch / 4], box.x1
    )
    from_end = (
        stretched
        and box.x0
        - _median_or([x0 for cy, x0, x1 in window if abs(x1 - rights[0]) <= body_pitch / 4], box.x0)
        < INDENT_SEEN * body_pitch
        and abs(box.x1 - last_right) <= body_pitch / 2
    )
    counts: list[int] = []
    if from_end:
        end = n
        for k in range(len(gutters), 0, -1):
            took = _fit(text[:end][::-1], rights[k] - lefts[k], pitches[k])
            counts.insert(0, took)
            end -= took
        counts.insert(0, end)
    else:
        start = 0
        for k in range(len(gutters)):
            took = _fit(text[start:], rights[k] - lefts[k], pitches[k])
            counts.append(took)
            start += took
        counts.append(n - start)
    if any(c <= 0 for c in counts):
        return None
    parts: list[OcrLine] = []
    start = 0
    for k, count in enumerate(counts):
        part = text[start : start + count]
        start += count
        x0 = lefts[k]
        if (k or from_end) and (k < len(gutters) or abs(box.x1 - last_right) <= body_pitch / 2):
            x0 = max(x0, rights[k] - ink_cells(part) * pitches[k])
        if not part.strip():
            return None
        parts.append(_part(line, part, x0, rights[k]))
    return parts


def _filled(
    part: OcrLine,
    window: Sequence[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    pitch: float,
) -> bool:
    """Whether ``part`` (of a run-on line cut at a grid gutter) holds the characters of its
    column's whole line: as many cells as at least GRID_SIDE lines of ``window`` that start
    and end where it does (within a third of a character: the part starts where the grid's
    gutter ends and ends where it starts, medians over the page, and its column's boxes start
    and end up to 7 px from them at a 24 px pitch on real output) hold. A deck or a caption set
    across the columns breaks its characters elsewhere."""
    box = part.box
    assert box is not None
    # (Its end up to half a cell further short when it ends in a stop or a comma: set in its
    # cell's left half, the detector's box ends at its ink.)
    short = MARK * pitch if part.text.rstrip()[-1:] in LEFT_SET else 0.0
    # (Each line's place is its key in ``cells``, and the bounds are read once: asked of
    # every line of the window for each part weighed.)
    start, end, near, far = box.x0, box.x1, pitch / 3, -pitch / 3 - short
    whole = [
        cells[w]
        for w in window
        if abs(w[1] - start) <= near and far <= end - w[2] <= near and w in cells
    ]
    # (Its quotes read as ASCII ones a cell each: :func:`_print_cells`.)
    return whole.count(_print_cells(part.text)) >= GRID_SIDE


def _equal_parts(parts: Sequence[OcrLine], pitch: float) -> bool:
    """Whether ``parts`` (of a run-on line cut at grid gutters, :func:`_grid_parts`) are the
    whole lines of a story's equal columns: EQUAL_PARTS of them or more, as wide as each
    other within half a character and each holding the same whole number of character cells,
    EQUAL_CELLS or more. A story's columns are set equally wide and filled to their ends, so
    the detector's box run on over k of them holds k times one column's characters and k - 1
    gutters' blank; shared out at the gutters, each part takes its column's count. A line
    set across the gutters (a lead, a wider column's line of another band) holds characters
    where the gutters are, and its last part takes them all: the counts differ."""
    if len(parts) < EQUAL_PARTS:
        return False
    # (The last part's box ends at its ink, up to half a cell short when it ends in a stop
    # or a comma, set in its cell's left half, as :func:`_filled` has it; the others end at
    # the gutters.)
    widths = [p.box.width for p in parts if p.box is not None]
    if len(widths) < len(parts):
        return False
    if parts[-1].text.rstrip()[-1:] in LEFT_SET:
        widths[-1] += MARK * pitch
    counts = {_print_cells(p.text) for p in parts}
    count = next(iter(counts))
    return (
        max(widths) - min(widths) <= pitch / 2
        and len(counts) == 1
        and count == int(count)
        and count >= EQUAL_CELLS
    )


def _may_share_equally(text: str, parts: int) -> bool:
    """Whether ``text`` may be shared out into ``parts`` parts that :func:`_equal_parts` takes:
    each the same whole number of print cells, EQUAL_CELLS or more. (Each character's cells
    are its own, whatever part holds it, so the parts' cells add up to the text's: the text's
    over ``parts`` is that whole number, but for the sums' rounding. Asked before the trial
    cut at the grid gutters, :func:`_grid_parts`: most run-on lines' cells share out into no
    whole number, and the trial is left out for those, whose parts would not be equal.)"""
    each = _print_cells(text) / parts
    return round(each) >= EQUAL_CELLS and abs(each - round(each)) <= 1e-6


def _filled_but_one(
    parts: Sequence[OcrLine],
    unshown: Sequence[int],
    window: Sequence[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    pitch: float,
    stretched: bool,
) -> bool:
    """Whether the ``unshown`` parts of a run-on line cut at grid gutters (``parts``, of
    :func:`_grid_parts`) hold their columns' whole lines, as :func:`_filled` asks, but for
    what a paragraph's opening and a character the detector lost leave out: the first part
    may be a paragraph's first line (the box starts INDENT cells past its column's whole
    lines, ``stretched`` not: where the detector's box starts its ink does, and it holds
    INDENT cells fewer), and one part may hold up to a cell fewer than its column's whole
    lines (:func:`_shortfall`) where another unshown part is whole and no part of the cut
    holds more than its column's whole lines: a character one part lacks that no other
    part took was lost in the reading, not shared into the wrong column (a cut a character
    off makes one part a cell short and its neighbour a cell over)."""
    short = 0
    for k in unshown:
        if k >= len(parts):
            continue
        missing = _shortfall(parts[k], window, cells, pitch, k == 0 and not stretched)
        if missing is None or missing < 0.0 or missing > 1.0:
            return False
        short += missing > 0.0
    if short == 0:
        return True
    if short > 1 or sum(1 for k in unshown if k < len(parts)) < 2:
        return False
    return not any(
        (missing := _shortfall(part, window, cells, pitch, k == 0 and not stretched)) is not None
        and missing < 0.0
        for k, part in enumerate(parts)
    )


def _shortfall(
    part: OcrLine,
    window: Sequence[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    pitch: float,
    may_open: bool,
) -> float | None:
    """How many cells ``part`` (of a run-on line cut at grid gutters) holds fewer than its
    column's whole line: the count GRID_SIDE lines of ``window`` that start and end where it
    does hold (as :func:`_filled` finds them) less its own, the count nearest its own where
    they hold more than one (negative where it holds more). With ``may_open``, a paragraph's
    first line is weighed too: the part starting INDENT cells past where those lines start,
    INDENT cells fewer. None where no GRID_SIDE lines start and end where it does."""
    box = part.box
    assert box is not None
    short = MARK * pitch if part.text.rstrip()[-1:] in LEFT_SET else 0.0
    end, near, far = box.x1, pitch / 3, -pitch / 3 - short
    own = _print_cells(part.text)
    best: float | None = None
    for start, blank in ((box.x0, 0.0), (box.x0 - INDENT * pitch, INDENT))[: 1 + may_open]:
        whole = [
            cells[w]
            for w in window
            if abs(w[1] - start) <= near and far <= end - w[2] <= near and w in cells
        ]
        for count in set(whole):
            if whole.count(count) >= GRID_SIDE:
                # (To a millionth of a cell: digits count 0.6 each, summed as floats.)
                missing = round(count - blank - own, 6)
                if best is None or abs(missing) < abs(best):
                    best = missing
    return best


def _print_cells(text: str) -> float:
    """The character cells ``text`` takes in print (:func:`text.cells`), a straight quote
    (``"`` or ``'``) a whole cell: the detector reads the full-width quotes of running text
    (“ ” ‘ ’, each set in a cell of its own) as ASCII ones, which count 0.6 as Latin
    letters and digits do, so a column's line holding one never counted as whole."""
    quotes = text.count('"') + text.count("'")
    return ink_cells(text) + (1.0 - NARROW_CELL) * quotes


def _widened(old: Sequence[OcrLine], new: Sequence[OcrLine], pitch: float) -> bool:
    """Whether each gutter between the parts of ``old`` (a cut at the gap the lines around a
    run-on box leave) is the one between the parts of ``new`` (cut at the page's grid gutters)
    widened to the left by a character or more: the gap's left edge set by short lines' ends,
    its right edge where the grid's column starts."""
    return all(
        a.box is not None
        and b.box is not None
        and c.box is not None
        and d.box is not None
        and a.box.x1 <= c.box.x1 - pitch
        and b.box.x0 - d.box.x0 <= pitch / 2
        for a, b, c, d in zip(old, old[1:], new, new[1:], strict=False)
    )


def _misfit(
    parts: Sequence[OcrLine],
    placed: list[tuple[float, float, float]],
    centres: list[float],
    cells: Mapping[tuple[float, float, float], float],
    whole: Container[tuple[float, float, float]],
    height: float,
    pitch: float,
) -> bool:
    """Whether a part of a cut line starts and ends where lines of ``placed`` near it (by
    centre) that no cut made (``whole``) do, and holds another count of cells than every one of
    them: a column's line set from its edge to its edge holds as many characters as each."""
    box = parts[0].box
    assert box is not None
    lo = bisect_left(centres, box.cy - WINDOW * height)
    hi = bisect_right(centres, box.cy + WINDOW * height)
    for part in parts:
        b = part.box
        assert b is not None
        # (Whether a line is whole asked last: most lines stand elsewhere.)
        alike = [
            cells[w]
            for w in placed[lo:hi]
            if abs(w[1] - b.x0) <= pitch / 3
            and abs(w[2] - b.x1) <= pitch / 3
            and w in cells
            and w in whole
        ]
        if alike and ink_cells(part.text) not in alike:
            return True
    return False


def _recut_reach(again: bool, height: float) -> float:
    """How far from a centre of ``only`` (the lines a look changed) :func:`split_across_gutters`'
    ``recut`` looks again: two windows (WINDOW heights each way), a line's look reading the
    lines within a window of it; but one window and a pixel, ``again``, where the look just
    before gave those centres, with the same grids, and no line nor cut has changed since.
    Each line that look asked answers as it did then where no line within a window of it
    changed (all a look at a line reads of the lines placed lies within a window of it, the
    rows :func:`~desktop.core.reflow.grid.trim_to_grid` reads within a row and a pixel, and
    :func:`_may_cut_all`'s windows within SLACK more; what it reads besides stands through the
    looks), and it changed none of them (a line changed is one of its own centres): so it
    changes none now."""
    return WINDOW * height + 1 if again else 2 * WINDOW * height


def _settled_cut(
    old: Sequence[OcrLine],
    mine: set[tuple[float, float, float]],
    line: Box,
    stretched: bool,
    placed: list[tuple[float, float, float]],
    centres: list[float],
    cells: Mapping[tuple[float, float, float], float],
    whole: Container[tuple[float, float, float]],
    height: float,
    pitch: float,
    gaps: Sequence[tuple[float, float]],
) -> bool:
    """Whether the grid's look (:func:`split_across_gutters`' ``recut``) keeps the cut ``old``
    of a line over ``line`` (``mine``: its parts' places) against any new cut of it at the
    grid's ``gaps``, into no more parts than it has (:func:`_grid_parts`: the parts but the
    last end at a gap's left, the first starts at the box's start unless ``stretched``, each
    later one at or past the gap before's right). A cut into more takes its place; into
    fewer, only where its first part is squeezed (:func:`_squeezed`); into as many, where
    besides the new cut widens its gutters (:func:`_widened`: each of its own parts but the
    last ends a character or more short of the gap the new one ends at) and it misfits
    (:func:`_misfit`, ``whole`` the lines no cut made), or where more of
    the new cut's parts but the last are filled than of its own (:func:`_filled_count`,
    against the lines ``placed``). Of the new cut's parts no more than :func:`_may_fill`
    gives can be; and its own count is as read here while the lines placed on its row within
    the box are all its own (the new cut's parts stand there, and leaving them out of the
    count's window as well leaves out no other line then).

    (The same tests as those rules, in the same float operations; each part's window lines
    starting where it starts read once for both counts, where each rule read the window.)"""
    if len(gaps) + 1 < len(old):
        return not _squeezed(old[:1], pitch)
    cy, x0, x1 = line.cy, line.x0, line.x1
    row = placed[bisect_left(centres, cy) : bisect_right(centres, cy)]
    if any(key not in mine and key[1] >= x0 and key[2] <= x1 for key in row):
        return False
    box = old[0].box
    assert box is not None
    window = placed[
        bisect_left(centres, box.cy - WINDOW * height) : bisect_right(
            centres, box.cy + WINDOW * height
        )
    ]
    third = pitch / 3
    last = len(old) - 1
    filled_old = 0
    # (Whether the new cut may widen its gutters, :func:`_widened`: each part of it but the
    # last ends at its gap's left, and a misfit is weighed only then.)
    widened = all(
        (b := part.box) is not None and b.x1 <= e - pitch
        for part, (e, _) in zip(old, gaps, strict=False)
    )
    # (The last part asked only of a misfit: it counts in no filled count.)
    for k, part in enumerate(old if widened else old[:last]):
        b = part.box
        assert b is not None
        start, end = b.x0, b.x1
        beside = [w for w in window if abs(w[1] - start) <= third]
        if k < last:
            # (:func:`_filled`, its window the lines placed but the cut's own.)
            short = MARK * pitch if part.text.rstrip()[-1:] in LEFT_SET else 0.0
            far = -pitch / 3 - short
            filled = [
                cells[w]
                for w in beside
                if far <= end - w[2] <= third and w in cells and w not in mine
            ]
            filled_old += filled.count(_print_cells(part.text)) >= GRID_SIDE
        if not widened:
            continue
        # (:func:`_misfit`: it holds another count than every whole line alike, when one is;
        # a line whose count is its own asked first, whether it is whole last.)
        alike = [w for w in beside if abs(w[2] - end) <= third and w in cells]
        count = ink_cells(part.text)
        if not any(cells[w] == count and w in whole for w in alike) and any(
            w in whole for w in alike
        ):
            return False
    # (The new cut's parts asked only where its own are not all filled.)
    if filled_old < last:
        if box.cy != cy:
            window = placed[
                bisect_left(centres, cy - WINDOW * height) : bisect_right(
                    centres, cy + WINDOW * height
                )
            ]
        if _may_fill(gaps, line, stretched, window, mine, cells, pitch) > filled_old:
            return False
    # (Whether its first part is squeezed asked last: few cuts come this far.)
    return not _squeezed(old[:1], pitch)


def _may_fill(
    gaps: Sequence[tuple[float, float]],
    line: Box,
    stretched: bool,
    window: Sequence[tuple[float, float, float]],
    mine: set[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    pitch: float,
) -> int:
    """How many parts but the last of a cut of the line over ``line`` at ``gaps`` (as
    :func:`_settled_cut` tells them) may be filled (:func:`_filled`, against ``window``
    but the lines of ``mine``): those for which GRID_SIDE lines of it with a count end where
    the part ends, within a third of a character (half a cell more short of it: a stop's),
    and start where it may start: within a third of a character of the box's start for the
    first (unless ``stretched``: its characters may start further in), else at a third of
    a character (and SLACK) before the gap's right or past it."""
    third = pitch / 3
    low = -pitch / 3 - MARK * pitch
    lines = [w for w in window if w not in mine and w in cells]
    found = 0
    for k, (e, _) in enumerate(gaps):
        if k == 0 and not stretched:
            start = line.x0
            ending = [w for w in lines if abs(w[1] - start) <= third and low <= e - w[2] <= third]
        else:
            start = (line.x0 if k == 0 else gaps[k - 1][1]) - third - SLACK
            ending = [w for w in lines if w[1] >= start and low <= e - w[2] <= third]
        found += len(ending) >= GRID_SIDE
    return found


def _may_change(may: bool, gridded: bool, cut_already: bool) -> bool:
    """Whether :func:`split_across_gutters`' ``recut`` may change a line's cut or box: where a
    look ``may`` find a gap to cut it at (:func:`_may_cut_all`), or where it has a grid
    (``gridded``) and the line is still whole (not ``cut_already``): trimmed to the grid then.
    With no look, nothing else it weighs changes a line: a new cut is weighed only against
    a look's, and the grid's trim of a line cut already serves only a look."""
    return may or (gridded and not cut_already)


def _kept_at_any(
    settled: Callable[[Sequence[tuple[float, float]]], bool],
    grid: Sequence[tuple[float, float]],
    box: Box,
    pitch: float,
    more_than: int,
) -> bool:
    """Whether a look at a line over ``box`` against ``grid`` (:func:`_cut`, no seams) gives a
    cut recut keeps no better than the one it has, of ``more_than`` parts, whatever gaps it
    finds: the grid's gutters the box crosses (a character or more past its ends) leave no
    more parts, and the cut is kept against them all (``settled``, :func:`_settled_cut`). The
    gaps the look finds are some of those gutters, in order: as many are those gutters, and
    fewer leave a cut kept against fewer parts' new cut (its first part not squeezed, which
    it asks of as many too). (``grid`` may be those of the grid's gutters the look may find,
    :func:`_may_cut_all`'s ``shown_out``: the gaps it finds are some of those too.)"""
    crossed = [(e, s) for e, s in grid if box.x0 + pitch <= e and s <= box.x1 - pitch]
    return len(crossed) < more_than and settled(crossed)


class _NotedCuts(dict[int, list[OcrLine]]):
    """:func:`split_across_gutters`' cuts (a line's index, its parts), noting each index set or
    taken out since its ``noted`` was last cleared: a cut line's parts change only so (every
    look makes a new list of parts and sets it; none changes a list it set), so the lines not
    noted hold the parts they held then. (Its placings asked each of a few hundred cut lines
    whether its parts were those placed, at each of a dozen placings, most of which find
    none changed.) Its other ways to change are not taken, and refused."""

    __slots__ = ("noted",)

    def __init__(self) -> None:
        super().__init__()
        self.noted: set[int] = set()

    def __setitem__(self, key: int, value: list[OcrLine]) -> None:
        self.noted.add(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: int) -> None:
        self.noted.add(key)
        super().__delitem__(key)

    def _refused(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("a cut is set or taken out by key alone")

    pop = popitem = setdefault = update = clear = __ior__ = _refused


class _Asked:
    """A test of a list of gaps (``rule``), each list's answer kept: :func:`_cut` and the look
    before it may ask one twice."""

    __slots__ = ("answers", "rule")

    def __init__(self, rule: Callable[[Sequence[tuple[float, float]]], bool]) -> None:
        self.rule = rule
        self.answers: dict[tuple[tuple[float, float], ...], bool] = {}

    def __call__(self, gaps: Sequence[tuple[float, float]]) -> bool:
        key = tuple(gaps)
        found = self.answers.get(key)
        if found is None:
            found = self.answers[key] = self.rule(gaps)
        return found


class _UnmadeAt:
    """The places (centre, left, right) of the boxed lines no cut made, as they stand in
    ``lines`` (by index; ``made``: those cut), for ``in``: a place is sought among the lines
    boxed at its centre alone (``by_centre``: (centre, index), by centre; ``centres`` theirs),
    as a trim moves a line's ends, never its centre. :func:`_misfit` asks a few places of a
    window, where a set of the window's places was built for each cut it weighed. (Each
    place's answer kept: the cuts of a story's rows ask of the same lines, and ``lines`` and
    ``made`` stand as they are while it is asked.)"""

    __slots__ = ("by_centre", "centres", "lines", "made", "seen")

    def __init__(
        self,
        by_centre: Sequence[tuple[float, int]],
        centres: Sequence[float],
        made: Container[int],
        lines: Sequence[OcrLine],
    ) -> None:
        self.by_centre, self.centres, self.made, self.lines = by_centre, centres, made, lines
        self.seen: dict[object, bool] = {}

    def __contains__(self, key: object) -> bool:
        found = self.seen.get(key)
        if found is not None:
            return found
        assert isinstance(key, tuple)
        c = key[0]
        found = False
        for _, j in self.by_centre[bisect_left(self.centres, c) : bisect_right(self.centres, c)]:
            b = self.lines[j].box
            if j not in self.made and b is not None and (b.cy, b.x0, b.x1) == key:
                found = True
                break
        self.seen[key] = found
        return found


def _filled_count(
    parts: Sequence[OcrLine],
    placed: list[tuple[float, float, float]],
    centres: list[float],
    cells: Mapping[tuple[float, float, float], float],
    height: float,
    pitch: float,
    other: Sequence[OcrLine],
) -> int:
    """How many of a cut line's ``parts`` but the last hold their column's whole line
    (:func:`_filled`), against the lines ``placed`` around them (by centre), neither these
    parts nor the ``other`` cut of the same line among them."""
    box = parts[0].box
    assert box is not None
    lo = bisect_left(centres, box.cy - WINDOW * height)
    hi = bisect_right(centres, box.cy + WINDOW * height)
    own = {(p.box.cy, p.box.x0, p.box.x1) for p in (*parts, *other) if p.box is not None}
    window = [w for w in placed[lo:hi] if w not in own]
    return sum(_filled(p, window, cells, pitch) for p in parts[:-1])


#: :func:`_fit` counts whole cells at once below this many (a float's whole numbers are exact).
WHOLE_CELLS = float(1 << 50)


def _fit(text: str, room: float, pitch: float) -> int:
    """How many characters of ``text`` (in order) fill ``room`` px at ``pitch``: each as its
    cells take, the last one in when half of it fits."""
    took, left = 0, room / pitch
    if ink_cells(text) == len(text) and abs(left) < WHOLE_CELLS:
        # (Each character a whole cell, as a line of CJK characters is: taking one off leaves
        # exactly one cell less, so those in are the cells from the first that leave half a
        # one at least, counted at once; the same count as one by one.)
        return 0 if left < 0.5 else min(len(text), math.floor(left - 0.5) + 1)
    # (Each character's cells read once.)
    for ch in text:
        cell = ink_cells(ch)
        if left < cell / 2:
            break
        left -= cell
        took += 1
    return took


def _median_or(values: list[float], default: float) -> float:
    return statistics.median(values) if values else default


def _column_pitch(
    window: Sequence[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    end: float,
    pitch: float,
) -> float | None:
    """The pitch of the full lines (at least COLUMN_FULL cells) of ``window`` that end at
    ``end`` (within a quarter character): a column's characters as justification sets them.
    None when fewer than GRID_SIDE such lines are there."""
    found = sorted(
        (x1 - x0) / cells[(cy, x0, x1)]
        for cy, x0, x1 in window
        if abs(x1 - end) <= pitch / 4 and cells.get((cy, x0, x1), 0.0) >= COLUMN_FULL
    )
    return statistics.median(found) if len(found) >= GRID_SIDE else None


def _column_pitch_at(
    window: Sequence[tuple[float, float, float]],
    cells: Mapping[tuple[float, float, float], float],
    end: float,
    pitch: float,
) -> float | None:
    """:func:`_column_pitch`, each line's place its own key and the pitches sorted once for
    the median: the same lines, the same median. (A cut line's columns each ask it of the
    window; few of its lines end where a column does, and only theirs are looked up.)"""
    near = pitch / 4
    found = []
    for w in window:
        if abs(w[2] - end) <= near:
            count = cells.get(w, 0.0)
            if count >= COLUMN_FULL:
                found.append((w[2] - w[1]) / count)
    if len(found) < GRID_SIDE:
        return None
    found.sort()
    mid = len(found) // 2
    return found[mid] if len(found) % 2 else (found[mid - 1] + found[mid]) / 2


def _head_near(tops: Sequence[float], box: Box, height: float) -> bool:
    """Whether a headline-type line of :func:`_under_headline`'s ``heads`` (their tops
    ``tops``, in order) stands near enough to ``box`` for that rule to look at it: its top
    from six line heights over the box's top up to a line height under its bottom (the
    slice it bisects out of the heads, which are sorted by top first). False: it finds none
    near, and the line is no deck (a bisect in floats, where the rule's cost a call, a tuple
    and two bisects in tuples, for every line asked, most of them far from any headline)."""
    k = bisect_left(tops, box.y0 - 6 * height)
    return k < len(tops) and tops[k] < box.y1 + height


def _under_headline(
    line: OcrLine,
    heads: list[tuple[float, float, float, float]],
    height: float,
    every: list[tuple[float, float, float]] | None = None,
    pitch: float | None = None,
) -> bool:
    """A line right under (or over) a headline-type line, closer than a body line height, and
    within its span: a deck of that headline's stack, set over the columns on purpose, even
    when its type is no larger than the body's. (A run-on line under a headline runs past its
    ends: a headline is centred over its columns, narrower than they are. A deck longer than
    its title runs past them too, centred under it, its ends inside columns, with the body's
    ``pitch`` and ``every``: :func:`_centred_past_head`.)"""
    box = line.box
    assert box is not None
    k = bisect_left(heads, (box.y0 - 6 * height,))
    # The headline stack close above or under it, as one span: a title the detector broke
    # into two boxes (at a dash) spans both, and a title wrapped over two lines spans its
    # longer line; the deck centred under it crosses the break or outruns the short line.
    # (Not the line itself: a run-on box of offset rows may stand as tall as a headline.)
    me = (box.y0, box.y1, box.x0, box.x1)
    near = [h for h in heads[k : bisect_right(heads, (box.y1 + height,))] if h != me]
    # (No headline near: no stack, and no deck of one; most lines. What follows finds no
    # span then, and a line past a span of none is centred under none.)
    if not near:
        return False
    top, bottom = float("inf"), float("-inf")
    lo, hi = float("inf"), float("-inf")
    for y0, y1, x0, x1 in near:
        close = -0.5 * height <= box.y0 - y1 <= height or -0.5 * height <= y0 - box.y1 <= height
        if close and x0 < box.x1 + height and box.x0 - height < x1:
            lo, hi = min(lo, x0), max(hi, x1)
            top, bottom = min(top, y0), max(bottom, y1)
    grown = lo <= hi
    while grown:  # headline lines touching the stack so far, over or under it
        grown = False
        for y0, y1, x0, x1 in near:
            touching = top - height <= y1 <= top or bottom <= y0 <= bottom + height
            if touching and x0 < hi and lo < x1 and (x0 < lo or x1 > hi or y0 < top or y1 > bottom):
                lo, hi = min(lo, x0), max(hi, x1)
                top, bottom = min(top, y0), max(bottom, y1)
                grown = True
    if not (lo - height <= box.x0 and box.x1 <= hi + height):
        # (Or a deck longer than its title, centred under it: :func:`_centred_past_head`.)
        # (Under it only: a line over a headline past its ends may be the last row of the
        # story over it, its columns not those under the headline.)
        if (
            every is None
            or pitch is None
            or box.cy < bottom
            or not _centred_past_head(box, lo, hi, every, height, pitch)
        ):
            return False
        lo, hi = min(lo, box.x0), max(hi, box.x1)
    # (Not when text lines stand beside it on its row under the same headline: the first row
    # of its columns, run on, right under the title.)
    return every is None or _beside_row(box, every, lo - height, hi + height) < ROW_MATES


def _centred_past_head(
    box: Box,
    lo: float,
    hi: float,
    every: list[tuple[float, float, float]],
    height: float,
    pitch: float,
) -> bool:
    """A line under a headline stack spanning ``lo`` to ``hi`` that runs past its ends and is
    still its deck: centred under it (centres within a character), and standing where no
    column under it starts or ends. A deck longer than its title is centred under
    the title wherever the columns' edges fall; a story's first row run on over its columns
    right under its title starts where a column's line under it does (or an indent in), and
    a column's end is where two of its lines end (test12/page-15: a deck of 27 characters
    under a title of 7, both ends inside a column, one a paragraph's last line's end). The
    lines under it: of ``every`` (by centre), within WINDOW rows under it, across it."""
    if lo > hi or abs((box.x0 + box.x1) / 2 - (lo + hi) / 2) > pitch:
        return False
    below = every[
        bisect_right(every, (box.cy + height / 2, float("inf"))) : bisect_right(
            every, (box.cy + WINDOW * height,)
        )
    ]
    tol = pitch / 2
    starts = [a for _, a, b in below if b > box.x0 and a < box.x1]
    ends = [b for _, a, b in below if b > box.x0 and a < box.x1]
    if len(starts) < 2 * SIDE:
        return False
    # (Or standing apart from the rows under it, wherever its ends fall: :func:`_set_apart`.)
    if _set_apart(box, below, height):
        return True
    return (
        not any(-tol <= box.x0 - a <= (INDENT + 0.5) * pitch for a in starts)
        and sum(abs(box.x1 - b) <= tol for b in ends) < 2
    )


#: A deck stands this many body line heights over the first line under it, centre to centre,
#: at most, when :func:`_set_apart` reads it by that: further, the row under a story's first
#: row may be one the OCR lost.
DECK_APART = 2.5
#: And its box stands this much taller than a body line's, at least: set in larger type.
DECK_TALLER = 1.1


def _set_apart(box: Box, below: list[tuple[float, float, float]], height: float) -> bool:
    """Whether a line centred under a headline stands apart from the lines under it (of
    ``below``, by centre, across its span), boxed DECK_TALLER than a body line at least: the
    nearest more than RUN_ON_ROW body line heights under it, centre to centre, and no more
    than DECK_APART. A story's first row stands a row's spacing over its second; a deck
    under its title, set in larger type, is set apart from the columns under it, however
    wide it is set (test18full/page-00: a deck of 44 characters set as wide as the four
    columns under it, its ends at theirs, its box 1.19 body heights tall, 1.98 over them,
    cut at their gutters as a run-on row; test15/page-03, both reads: 1.15 tall, 2.24)."""
    if box.height < DECK_TALLER * height:
        return False
    near = [cy - box.cy for cy, a, b in below if b > box.x0 and a < box.x1]
    return bool(near) and RUN_ON_ROW * height < min(near) <= DECK_APART * height


def _run_on_under(
    line: OcrLine,
    lines: list[tuple[float, float, float]],
    every: list[tuple[float, float, float]],
    height: float,
    pitch: float,
    *,
    spanning_out: bool = False,
) -> bool:
    """A body line right under a headline that runs on over a gutter the rows under it show
    (the first row of two narrow columns, boxed as one line, indented and ending short, within
    the headline's span): a gap inside it that the lines (of ``lines``, by centre) within
    WINDOW rows under it leave clear (:func:`_gaps`, GRID_SIDE lines a side), crossed by a
    character or more on both sides; its box holding its characters at the body's pitch
    (half a character short of it to BODY_PITCH) once those gaps are left out: the blank
    beyond them is the gutter's; and the next line under it (of ``every``, run-on rows too)
    a body row's spacing down (RUN_ON_ROW line heights, centre to centre), starting where a
    column's line under it does or an indent in. A deck in body type is as wide as its
    characters; one in larger type is wider all along, not by a gutter the columns under it
    show, and is centred under its headline. (Its characters counted with two marks side by
    side in a cell and a half, :func:`_squeezed_marks`. With ``spanning_out``, the lines
    under it as wide as its box, to INDENT and a half cells at either end, are left out of
    ``lines``: the story's next rows boxed run on like it, which cross its gutter as it does.)"""
    box = line.box
    assert box is not None
    if box.height > BODY_TYPE * height:
        return False
    cells = ink_cells(line.text)
    if box.width < (cells + 0.5) * pitch:
        return False
    reach = (INDENT + 0.5) * pitch
    below = [
        (cy, a, b)
        for cy, a, b in lines[
            bisect_right(lines, (box.cy, float("inf"))) : bisect_right(
                lines, (box.cy + WINDOW * height,)
            )
        ]
        # (Those starting past its end, an indent in, too: :func:`_starting_past`.)
        if b > box.x0
        and a < box.x1 + (INDENT + 0.5) * pitch
        and not (spanning_out and a <= box.x0 + reach and b >= box.x1 - reach)
    ]
    if not any(
        b > box.x0 and a < box.x1
        for _, a, b in every[
            bisect_right(every, (box.cy, float("inf"))) : bisect_right(
                every, (box.cy + RUN_ON_ROW * height,)
            )
        ]
    ):
        return False
    # (It starts where a column's lines under it do, or an indent in: a deck is centred under
    # its headline wherever the columns' edges fall.)
    if not any(-pitch / 2 <= box.x0 - a <= (INDENT + 0.5) * pitch for _, a, _ in below):
        return False
    # (Two lines a side: a short story under its headline has few rows.)
    gaps = [
        (g0, g1)
        for g0, g1 in _gaps([(a, b) for _, a, b in below], box.x0, box.x1, height, GRID_SIDE)
        if box.x0 + pitch <= g0 and g1 <= box.x1 - pitch
    ]
    room = box.width - sum(g1 - g0 for g0, g1 in gaps)
    return (
        bool(gaps)
        and (cells - 0.5 - _squeezed_marks(line.text) - _narrow_short(line.text)) * pitch
        <= room
        <= BODY_PITCH * pitch * cells
    )


#: The least of a cell a Latin letter, digit or ASCII mark takes in print (a stop or a comma a
#: quarter of one, a digit a half): :func:`ink_cells` counts each NARROW_CELL.
NARROW_LEAST = 0.4


def _narrow_short(text: str) -> float:
    """How many cells fewer than :func:`ink_cells` counts ``text`` may take in print: its
    Latin letters, digits and ASCII marks set as narrow as NARROW_LEAST of a cell (``3.3万人``,
    a figure's stop a quarter cell: test18/page-05, a run-on box under a title whose part past
    the gutter held one, its box 0.3 cell short of the floor counted at NARROW_CELL)."""
    if NARROW.search(text) is None:
        return 0.0
    return (NARROW_CELL - NARROW_LEAST) * len(NARROW.findall("".join(text.split())))


#: Marks of running text (stops, commas, quotes and brackets): two side by side are set in a
#: cell and a half, one of them in half a cell (a closing quote then a pause mark, a pause mark
#: then an opening quote), as Chinese print squeezes them.
SQUEEZED = frozenset("，。、；：？！") | OPENERS | CLOSERS


def _squeezed_marks(text: str) -> float:
    """The cells ``text`` may hold fewer in print than :func:`text.cells` counts: half a cell
    where two marks of SQUEEZED stand side by side, and no more however many pairs it holds
    (a deck set over the columns as wide as its characters falls short of a run-on line's
    box by the gutter's blank, a cell or more: it stays short of the floor)."""
    return 0.5 if any(a in SQUEEZED and b in SQUEEZED for a, b in pairwise(text)) else 0.0


def _beside_row(
    box: Box, every: list[tuple[float, float, float]], left: float, right: float
) -> int:
    """How many text lines of ``every`` (by centre) stand on ``box``'s row, clear of it,
    starting within [left, right] (a column's line may run past the headline's end)."""
    half = box.height / 2
    lo = bisect_left(every, (box.cy - half,))
    hi = bisect_right(every, (box.cy + half,))
    return sum(1 for _, a, b in every[lo:hi] if (b <= box.x0 or a >= box.x1) and left <= a <= right)


def _trim(
    line: OcrLine,
    others: list[tuple[float, float, float]],
    centres: list[float],
    height: float,
    pitch: float,
) -> OcrLine:
    """The line with its box trimmed back to a gutter it overhangs by less than a character
    (see the module docstring); the line itself when it overhangs none."""
    box = line.box
    assert box is not None
    # The neighbouring column's lines on the box's own row: the detector stretched the box
    # to meet one of them (a deck over the columns has none beside it).
    # (Its centre and the half height read once. Sought by bisect among the lines within a
    # pixel more of its row, in their order, as in the window below.)
    cy0, half = box.cy, 0.5 * height
    level = [
        (x0, x1)
        for cy, x0, x1 in others[
            bisect_left(centres, cy0 - half - 1) : bisect_right(centres, cy0 + half + 1)
        ]
        if abs(cy - cy0) < half
    ]
    # (Every trim below needs one of them where it meets the box: most loose lines have none,
    # and their windows' gutters are not sought, :func:`_meets_row`.)
    if not _meets_row(box, level, pitch):
        return line
    lo = bisect_left(centres, box.cy - WINDOW * height)
    hi = bisect_right(centres, box.cy + WINDOW * height)
    # Lines a little beyond the box too: those of the column whose gutter it overhangs.
    a, b = box.x0 - 4 * pitch, box.x1 + 4 * pitch
    me = (box.cy, box.x0, box.x1)
    # (Each neighbour kept as it is, read by index: as in :func:`_cut`.)
    window = [w for w in others[lo:hi] if w[2] > a and w[1] < b and w != me]
    x0, x1 = box.x0, box.x1
    for g0, g1 in _gutters_beside(window, box.cy, a, b, height)[1]:
        # (The box may start under the last character of its neighbour, which ends at the
        # gutter: the detector's box of a short line is set off to the left now and then.)
        if box.x0 < g1 and any(
            abs(r - box.x0) < pitch and g0 - pitch <= r < g1 and box.x0 > g0 - 2 * pitch
            for _, r in level
        ):
            x0 = g1
        # (Or it stops short of the next column's line on its row: that line is indented,
        # two characters in, and the box still ends in the gutter.)
        short_of = g0 < box.x1 < g1 + EMPTY * pitch and any(
            left > g0 and -pitch < left - box.x1 < INDENTED * pitch for left, _ in level
        )
        # (Or it ends where that indented line starts, past the gutter: the box grew over the
        # gutter and the indent's blank, when its characters fill the column before the gutter
        # at the body's pitch.)
        over_indent = (
            g1 + EMPTY * pitch <= box.x1 < g1 + INDENTED * pitch
            and g0 - box.x0 >= _ink(line.text) * pitch * INDENT_FITS
            and any(
                abs(left - box.x1) < pitch / 2 and left - g1 >= EMPTY * pitch for left, _ in level
            )
        )
        if short_of or over_indent:
            x1 = g0
        elif _in_indent(line, g1, level, pitch):
            # (Or it ends in that indent's blank, short of the indented line: to where its
            # characters end, in the gutter.)
            x1 = max(g0, box.x0 + _ink(line.text) * pitch)
    if (x0, x1) == (box.x0, box.x1):
        # (Or, no gutter shown, its start grown over its row neighbour's end to its column's
        # edge: :func:`_over_row_end`.)
        x0 = _over_row_end(line, level, window, height, pitch)
    if (x0, x1) == (box.x0, box.x1) or x1 - x0 < _ink(line.text) * pitch * FITS:
        return line
    return replace(line, box=Box(x0, box.y0, x1, box.y1))


#: Lines of other rows starting at a column's edge, at least, to place it.
EDGE_LINES = 2
#: A line whose characters take at most this much of its row neighbour's width is shorter.
SHORTER = 0.5


def _over_row_end(
    line: OcrLine,
    level: Sequence[tuple[float, float]],
    window: Sequence[tuple[float, float, float]],
    height: float,
    pitch: float,
) -> float:
    """Where a loose line's box starts once trimmed off its row neighbour: a box starting
    inside the line before it on its row (``level``: left, right), less than a character
    before that line's end, its characters SHORTER than that line, that holds its characters
    from its end at the body's pitch (:func:`_ink`) starting at a column's edge past that end
    by half a character or more (EDGE_LINES lines of other rows of ``window`` start within
    half a character of there): the detector grew the box back over the gutter into its
    neighbour (a paragraph's last line, ``用。``, under a column's two lines: test18/page-09,
    both reads; too few lines stand in its column for a gap to show the gutter, and the
    overlap hid it from the XY-cut). Its start as it is otherwise."""
    box = line.box
    assert box is not None
    ink = _ink(line.text) * pitch
    # (A short line beside a longer one: a long box reaching into its neighbour may be a
    # run-on, or the neighbour the one grown.)
    ends = [
        right
        for left, right in level
        if left < box.x0 < right < box.x0 + pitch and ink <= SHORTER * (right - left)
    ]
    if not ends:
        return box.x0
    start = box.x1 - ink
    edges = [
        a for cy, a, _ in window if abs(cy - box.cy) > height / 2 and abs(a - start) <= pitch / 2
    ]
    if len(edges) < EDGE_LINES:
        return box.x0
    edge = min(edges, key=lambda a: abs(a - start))
    return edge if edge - max(ends) >= pitch / 2 else box.x0


def _meets_row(box: Box, level: Sequence[tuple[float, float]], pitch: float) -> bool:
    """Whether a line of ``level`` (left, right: the lines on ``box``'s row) ends within a
    character of the box's start, or starts from a character before its end to INDENTED
    characters past it: :func:`_trim` moves a start only to meet such an end, and an end only
    short of such a start (an indented line past the gutter, or the one it ends over). Where
    none is there, the trim leaves the line as it is."""
    x0, x1 = box.x0, box.x1
    return any(
        abs(right - x0) < pitch or -pitch < left - x1 < INDENTED * pitch for left, right in level
    )


def _squeezed(parts: Sequence[OcrLine], pitch: float) -> bool:
    """Whether a part of a cut line is boxed narrower than FITS of its characters' ink at the
    body's pitch: it cannot hold them (a character shared into the blank of a stretched
    box's start)."""
    return any(p.box is not None and p.box.width < _ink(p.text) * pitch * FITS for p in parts)


def _in_indent(
    line: OcrLine, g1: float, level: Sequence[tuple[float, float]], pitch: float
) -> bool:
    """Whether ``line``'s box ends past a gutter (ending at ``g1``) in the blank of the next
    column's indent: short of that column's indented line on its row (of ``level``), less
    than INDENTED characters past the gutter, when its characters at the body's pitch end
    before the gutter's right edge (no character of the next column is in its end)."""
    box = line.box
    assert box is not None
    return (
        g1 <= box.x1 < g1 + INDENTED * pitch
        and box.x0 + _ink(line.text) * pitch <= g1
        and any(left > g1 and 0 < left - box.x1 < INDENTED * pitch for left, _ in level)
    )


def _tilted(line: OcrLine, grids: BandGrids, pitch: float) -> bool:
    """Whether a box taller than headline type holds a body line: a long one (TILTED_CELLS or
    more), its characters set at the body's pitch once the gutters of the grid it crosses are
    left out. The detector boxes a body line tilted now and then, 1.6-1.8 body lines tall, a
    run-on one across the columns too (a gutter the band's grid does not show may stand in
    it: OFFSET_PITCH, as for offset rows' run-ons); a headline of that height is set at a
    larger pitch (1.3 of the body's or more on the dev pages). (Taken for a headline, it made
    the run-on rows over and under it decks, never cut.)"""
    box = line.box
    assert box is not None
    count = ink_cells(line.text)
    if count < TILTED_CELLS:
        return False
    grid = grids.at(box.cy)
    # (From where its first column starts, when its start was stretched into the gutter
    # before it.)
    x0 = next((s for e, s in grid if e <= box.x0 < s), box.x0)
    crossed = sum(s - e for e, s in grid if x0 + pitch <= e and s <= box.x1 - pitch)
    return box.x1 - x0 - crossed <= OFFSET_PITCH * pitch * count


def _trim_over_indent(
    line: OcrLine,
    grid: Sequence[tuple[float, float]],
    placed: list[tuple[float, float, float]],
    centres: list[float],
    height: float,
    pitch: float,
) -> OcrLine:
    """The line with its box trimmed back to a grid gutter (end, start) it overhangs into the
    next column's indent: its end EMPTY to INDENTED characters past the gutter, within half a
    character of where a line of ``placed`` on its row starts, at least EMPTY characters past
    the gutter (that column's indented line), and its characters fill the room before the
    gutter at INDENT_FITS of the body's pitch; where the lines near it show that gutter
    (:func:`grid_here`). :func:`_trim`'s rule against the grid: once the run-on rows around
    it are cut, no clear gap need show the gutter (boxes stretched into it from both sides).
    The line itself else."""
    box = line.box
    assert box is not None
    for e, s in grid:
        if not (
            box.x0 < e
            and s + EMPTY * pitch <= box.x1 < s + INDENTED * pitch
            and e - box.x0 >= _ink(line.text) * pitch * INDENT_FITS
        ):
            continue
        half = box.height / 2
        level = placed[
            bisect_left(placed, (box.cy - half,)) : bisect_right(placed, (box.cy + half,))
        ]
        if not any(
            abs(a - box.x1) < pitch / 2 and a - s >= EMPTY * pitch and a > box.x0
            for _, a, _ in level
        ):
            continue
        lo = bisect_left(centres, box.cy - WINDOW * height)
        hi = bisect_right(centres, box.cy + WINDOW * height)
        if grid_here([(a, b) for _, a, b in placed[lo:hi]], e, s, pitch):
            return replace(line, box=Box(box.x0, box.y0, e, box.y1))
    return line


def _over_indent_reach(
    grid: Sequence[tuple[float, float]], pitch: float
) -> tuple[list[float], list[float]]:
    """Where :func:`_trim_over_indent` may trim a box's end at ``grid``: an end inside
    [s + EMPTY * pitch, s + INDENTED * pitch) of a gutter (e, s), the bounds computed as it
    computes them; the intervals' lower bounds in order and the running maximum of their
    upper bounds (for :func:`_retrim_reach_all`)."""
    spans = sorted((s + EMPTY * pitch, s + INDENTED * pitch) for _, s in grid)
    top = float("-inf")
    ups: list[float] = []
    for _, up in spans:
        top = max(top, up)
        ups.append(top)
    return [low for low, _ in spans], ups


def _ink(text: str) -> float:
    """The cells a line's ink takes: :func:`ink_cells`, a full-width mark ending it (。，、)
    taking half a cell (MARK), as its ink does (set in the left half of its cell)."""
    text = text.strip()
    if text and ord(text[-1]) >= 0x3000 and unicodedata.category(text[-1]) == "Po":
        return ink_cells(text) - (1 - MARK)
    return ink_cells(text)


def _trim_tall(
    line: OcrLine,
    others: list[tuple[float, float, float]],
    centres: list[float],
    height: float,
    pitch: float,
) -> OcrLine:
    """:func:`_trim` for a box taller than body type: trimmed only when its characters then
    stand at the body's pitch (BODY_PITCH), a body line the detector boxed tall; a headline's
    larger type is set at a larger pitch, and stays as it is."""
    trimmed = _trim(line, others, centres, height, pitch)
    box = trimmed.box
    if trimmed is line or box is None or box.width > BODY_PITCH * pitch * ink_cells(line.text):
        return line
    return trimmed


def _gutters_beside(
    window: list[tuple[float, float, float]],
    cy: float,
    x0: float,
    x1: float,
    height: float,
    short: Mapping[float, float] | None = None,
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """The gutters inside [x0, x1] that the lines of ``window`` (centre, left, right) around a
    line at height ``cy`` show, and the lines that show them: all of them, or those under the
    line alone, or those over it alone. A gutter opens under a caption or a wide line set
    across the columns (and ends over one): the lines on one side alone show it then.
    ``short``: how much shorter the lines ending at an end ran than their characters set in
    CJK cells, for :func:`_gaps`' width."""
    near = [(a, b) for _, a, b in window]
    # (The lines' starts and ends sorted once, for both looks at all of them: the ones
    # :func:`_may_show_gap` counts and those :func:`_gaps` takes its gaps' edges from.)
    if len(near) < 2 * SIDE:
        return near, []
    starts = sorted(map(itemgetter(0), near))
    ends = sorted(map(itemgetter(1), near))
    # (None where no line's end may stand at a gap's left: :func:`_may_show_gap`.)
    if not _may_show_gap(near, x0, x1, height, starts=starts, ends=ends):
        return near, []
    # (Given to :func:`_gaps` where every line starts by its end, as its count by bisect
    # asks: else it counts them one by one, as it does.)
    upright = all(map(le, map(itemgetter(0), near), map(itemgetter(1), near)))
    gaps = _gaps(near, x0, x1, height, short=short, ordered=(starts, ends) if upright else None)
    if gaps:
        return near, gaps
    # (The side whose nearest line stands closer asked first: :func:`_nearer_side_first`.)
    for side in _nearer_side_first(window, cy):
        gaps = _gaps(side, x0, x1, height, short=short)
        if gaps:
            return side, gaps
    return near, []


def _may_show_gap(
    near: list[tuple[float, float]],
    x0: float,
    x1: float,
    height: float,
    side: int = SIDE,
    *,
    starts: list[float] | None = None,
    ends: list[float] | None = None,
) -> bool:
    """Whether :func:`_gaps` may find a gap inside [x0, x1] among the lines ``near`` (left,
    right), or among some of them (those under a line, or over it): False only where none
    can. A gap's left g0 is the end of one of them inside (x0, x1), ``side`` of them end by
    g0 + 1 and ``side`` start from g1 - 1, g1 at least 0.4 line heights past g0: so ``side``
    of them all end by that end + 1 and ``side`` start from it + 0.4 heights - 1 (SLACK
    looser, for the floats' rounding), and no fewer of all than of some. (Most lines a look
    weighs in a wide column show no gap: asked once, where :func:`_gutters_beside` asked
    :func:`_gaps` three times.) (``starts``, ``ends``: the lines' starts and ends sorted,
    where the caller has them.)"""
    if len(near) < 2 * side:
        return False
    if ends is None or starts is None:
        ends = sorted(map(itemgetter(1), near))
        starts = sorted(map(itemgetter(0), near))
    # (The side-th end from the left, the side-th start from the right.)
    first_end, last_start = ends[side - 1], starts[-side]
    reach = 0.4 * height - 1
    return any(
        x0 < r < x1 and first_end <= r + 1 + SLACK and last_start >= r + reach - SLACK for r in ends
    )


def _nearer_side_first(
    window: list[tuple[float, float, float]], cy: float
) -> list[list[tuple[float, float]]]:
    """The lines of ``window`` (centre, left, right) under ``cy`` and those over it (left,
    right), the side whose nearest line stands closer to ``cy`` first (under first when they
    stand alike). A story's last row, run on over its gutter with the line over it in one
    column lost, stands a row under its story's lines and rows away over the next story's,
    set in other columns past a headline: those showed their own gutters first, gutters the
    story's full lines bridge (:func:`_bridged`), and the row stayed whole though the lines
    right over it showed its gutter."""
    under = [(c - cy, a, b) for c, a, b in window if c > cy]
    over = [(cy - c, a, b) for c, a, b in window if c < cy]
    sides = [[(a, b) for _, a, b in under], [(a, b) for _, a, b in over]]
    if under and over and min(d for d, _, _ in over) < min(d for d, _, _ in under):
        sides.reverse()
    return sides


def _part(line: OcrLine, text: str, x0: float, x1: float) -> OcrLine:
    """``line`` with ``text`` alone, its box from ``x0`` to ``x1``: ``replace(line, text=...,
    box=...)``, each field given (a part of every line a look cuts: replace reads the fields
    by name one by one)."""
    box = line.box
    assert box is not None
    return OcrLine(text, Box(x0, box.y0, x1, box.y1), line.confidence, line.region)


def _gaps(
    near: list[tuple[float, float]],
    x0: float,
    x1: float,
    height: float,
    side: int = SIDE,
    short: Mapping[float, float] | None = None,
    ordered: tuple[list[float], list[float]] | None = None,
) -> list[tuple[float, float]]:
    """Vertical gaps inside [x0, x1] that at most CROSSING neighbours cross while at least
    ``side`` neighbours stand wholly on each side of it: a gutter. No wider than four line
    heights, measured from where the characters of the lines ending at its left would end
    set in CJK cells: ``short`` (by a line's end) how much shorter its digits and Latin
    letters ran (:func:`_narrow_blank`). A column's lines holding figures end that much short
    of it, and the gap they leave to the next column's lines is wider than its gutter.
    ``ordered``: the lines' starts and ends sorted, where each line starts by its end (the
    caller's, :func:`_gutters_beside`)."""
    if len(near) < 2 * side:
        return []
    # (Every start and every end in order, read once a gap is wide enough: a side's count is
    # a bisect, and the lines crossing are those on neither side, no box ending before it
    # starts or both sides of a gap more than two pixels wide would hold it.)
    starts: list[float] = []
    ends: list[float] = []
    upright: bool | None = None
    # Candidate gap edges: where neighbours end (a gap's left) and begin (its right).
    if ordered is not None:
        # (Given sorted: the values inside (x0, x1) are a slice of each, bisected, each once
        # as the set keeps it (of equal values, the first in the lines' order: sorted() is
        # stable). No value is NaN: each line starts by its end.)
        starts, ends = ordered
        upright = True
        rights = list(dict.fromkeys(ends[bisect_right(ends, x0) : bisect_left(ends, x1)]))
        lefts = list(dict.fromkeys(starts[bisect_right(starts, x0) : bisect_left(starts, x1)]))
    else:
        rights = sorted({r for _, r in near if x0 < r < x1})
        lefts = sorted({left for left, _ in near if x0 < left < x1})
    found: list[tuple[float, float]] = []
    for g0 in rights:
        k = bisect_right(lefts, g0)
        if k == len(lefts):
            continue
        g1 = lefts[k]
        if g1 - g0 < 0.4 * height or (
            g1 - g0 > 4 * height and (not short or g1 - g0 - short.get(g0, 0.0) > 4 * height)
        ):
            continue
        if found and g0 < found[-1][1]:
            continue
        if upright is None:
            upright = all(a <= b for a, b in near)
        if upright and g1 - 1 > g0 + 1:
            if not starts:
                starts = sorted(map(itemgetter(0), near))
                ends = sorted(map(itemgetter(1), near))
            left_side = bisect_right(ends, g0 + 1)
            right_side = len(starts) - bisect_left(starts, g1 - 1)
            crossing = len(near) - left_side - right_side
        else:
            crossing = sum(1 for a, b in near if a < g1 - 1 and b > g0 + 1)
            left_side = sum(1 for _, b in near if b <= g0 + 1)
            right_side = sum(1 for a, _ in near if a >= g1 - 1)
        if crossing <= CROSSING and left_side >= side and right_side >= side:
            if found and g0 - found[-1][1] < SLIVER * height:
                # One gutter, a box boxed into it (a line stretched from the next column)
                # splitting it in two: no character fits between.
                found[-1] = (found[-1][0], g1)
            else:
                found.append((g0, g1))
    return found
