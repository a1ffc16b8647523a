"""Boxed lines of text -> articles: headline groups, bylines, sub-heads and paragraphs.

Works on the lines :mod:`geometric` kept (furniture, noise and vertical type already set
aside). Headline-type lines that touch form a group; :mod:`columns` cuts the page into story
regions and reading order; each region becomes one article:

* the group: its largest type (by box height or character pitch, whichever says more, pitch
  only on lines of four characters or more; a line
  set clearly narrower by pitch than the title is a deck however tall its box) is the
  title, smaller lines above it kicker decks, below it subtitle decks (a deck wrapped over two
  lines is one deck); two headline boxes on one row, of one size and closer than their type is
  tall, are one title line the detector broke in two; a deck only a little larger than the
  body joins the group when it is centred on it;
* a byline opening the text ("本报记者  某某  某某", "新华社北京3月1日电"), parsed by the
  text reflow's byline code, with names wrapped onto the next line kept in it and reporters
  whose separating spaces are gone split by surname;
* sub-heads: short lines a little larger than body type, or centered in their column, where a
  sub-head can stand: not run on to from a full line mid-sentence, and followed by a paragraph
  start (not by an unindented line running on);
* paragraphs: a line indented about two characters from its column's left edge starts one,
  and so does a line after a short line that ends a sentence (short by more than its digits
  and Latin letters save against CJK cells); a ■ line starts one (a lead
  summary stays a paragraph of its story).

Text and source map of every block come from :func:`spaces.emit` over the text reflow's rows,
so blocks read exactly as the text layout's do.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

import numpy as np

from desktop.core.model import Article, BlockKind, Byline, Marker
from desktop.core.ocr.model import OcrLine
from desktop.core.reflow.assemble import build_article
from desktop.core.reflow.columns import BoxT, headline_lines, reading_order, units, xy_cut

# Private helpers of the text reflow, shared so both layouts cut lines, markers and bylines
# the same way (the lead makes them public when the layouts are merged).
from desktop.core.reflow.rows import cut_markers, parse_byline
from desktop.core.reflow.spaces import Emitted, Mode, emit
from desktop.core.reflow.text import (
    CLOSERS,
    FINAL,
    OPENERS,
    cells,
    ends_sentence,
    width,
)

#: A line this much taller than body type is headline type.
HEADLINE_RATIO = 1.35
#: A short line this much taller than body type (but not headline type) is a sub-head.
SUBHEAD_RATIO = 1.12
#: A line whose centre is this fraction of a headline group's width (plus a character) from
#: the group's centre is centred on it.
DECK_CENTRED = 0.1
#: A horizontal gap wider than this many body line heights separates parts of the page
#: (the space between two lines of a column is about half a line).
ROW_GAP = 0.65
#: A vertical gap wider than this many body characters separates columns (gutters are 1-2).
COLUMN_GAP = 0.6
#: A first line this many characters right of its column's edge is indented. Paragraphs are
#: indented two characters; a detector's box of a line that is not can still start a character
#: in (a line opening with a dash, "——沼气", is boxed from where it reads the dash).
INDENT = 1.5
#: A line this many characters right of its column's edge or more is no indented line of that
#: column: paragraphs indent two characters (a box grown, or a digit set narrow, puts one up
#: to three and a half in); a line further in stands in the leaf of another column's lines
#: (run-on rows read across two columns, a line set over them from further left), and
#: starts a paragraph only as a line after a short one does.
FAR_IN = 5.0
#: A column's one box starting left of the start its lines share by less than this many
#: characters is grown or shifted, not an unindented line (paragraphs indent two).
OUTLIER_SHIFT = 1.75
#: A line standing alone in a leaf at most this many characters under a column's last line
#: may be that column's (rows the OCR lost between them left the gap that cut it off).
LONE_UNDER = 6.0
#: A line ending this many characters short of its column's right edge is short.
SHORT = 1.5
#: A line whose characters take at least its column's width less this many cells is full,
#: however short its box.
FULL_SLACK = 0.5
#: What each Latin letter or digit of a line saves against a CJK cell, in characters.
NARROW_SAVES = 0.5

#: A headline line set this much narrower (by pitch) than the title's widest is a deck, however
#: tall its box: a detector's boxes of headline type grow less than the type (a 28 px deck's
#: box 36 px tall, a 36 px title's 39 px).
TITLE_PITCH = 0.86
#: Lines of at least this many CJK characters give a pitch to compare titles and decks by.
PITCH_CHARS = 4
#: A headline line stacked right under a title line, set at this much of that line's pitch
#: or more, is in the title's type: the title's next line, however much shorter its box.
SAME_TYPE = 0.94

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE = re.compile(r"[，。、；：！？,;:!?]")
_LATIN = re.compile(r"[A-Za-z0-9]")
#: A line ending with a colon may end its paragraph, as one ending a sentence may (asked of
#: stripped text with ``endswith``: a regex ``[:：]$`` tried each of a line's characters).
_ENDS_BLOCK = (":", "：")
#: The last character of every line ending a sentence (a stop, maybe followed by closing
#: marks: :func:`~desktop.core.reflow.text.ends_sentence`) or a block (a colon).
_MAY_END_BLOCK = FINAL | CLOSERS | frozenset(_ENDS_BLOCK)
_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3}")
_SOURCE_TAIL = re.compile(r"《[^《》]{2,12}》\s*[（(][^（()）]{4,30}[）)]\s*$")
_STAFF_ALONE = re.compile(r"本报记者|本报通讯员|本报特约记者|记者|通讯员")
_STAFF_SQUASHED = re.compile(r"(本报记者|本报通讯员|记者|通讯员)([\u4e00-\u9fff]{4,12})")


@dataclass(frozen=True, slots=True)
class Metrics:
    """The page's body type: line height and character width, in page pixels."""

    body: float
    char: float


@dataclass(slots=True)
class LineRow:
    """A trimmed, non-empty piece of a boxed line, ``raw[start:end]`` (its text): what the
    text reflow's :class:`~desktop.core.reflow.rows.Row` holds of it that this layout reads
    (:func:`~desktop.core.reflow.spaces.emit` reads the same of either). (One is made for
    every line of a page: a text reflow's row, eleven fields and a list of markers each,
    cost about twice as much to make and to let go.)"""

    line: int
    start: int
    end: int
    text: str


@dataclass
class _Story:
    heads: list[tuple[BlockKind, list[LineRow]]] = field(default_factory=list)
    byline_rows: list[LineRow] = field(default_factory=list)
    byline: Byline | None = None
    body: list[tuple[BlockKind, list[LineRow]]] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)


def build_articles(
    raw: str,
    starts: Sequence[int],
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    content: list[int],
    m: Metrics,
    known_cells: Sequence[float] | None = None,
    rect: np.ndarray | None = None,
    stripped: Sequence[str] | None = None,
) -> tuple[Article, ...]:
    """The articles of the kept lines ``content`` (raw line numbers), in reading order.
    ``known_cells``: each line's :func:`~desktop.core.reflow.text.cells`, when counted;
    ``rect``: ``boxes`` as the rows of a matrix, and ``stripped``: each line's text
    stripped, when made."""
    if not content:
        return ()
    # Each line's type size is asked for by several rules (headline, deck, sub-head): measured
    # once here rather than in each of them.
    arrays: LineArrays | None = None
    if known_cells is None:
        ratio = {i: type_ratio(lines[i].text, boxes[i], m) for i in content}
    elif rect is None:
        ratio = _ratios_of(content, known_cells, boxes, m)
    else:
        arrays = LineArrays(rect, _ratio_array(known_cells, rect, m))
        # (The lines taken as an array of numbers first: numpy reads a list given as an index
        # one element at a time, at several times the cost.)
        at = np.fromiter(content, dtype=np.intp, count=len(content))
        ratio = dict(zip(content, arrays.ratio[at].tolist(), strict=True))
    group_of = headline_groups(lines, boxes, content, m, ratio, arrays)
    # Each line as rows of the text reflow, and the continuation markers of the few lines
    # holding some (kept apart: most lines hold none, and a record a line was 10k objects).
    # (A line of one row holds it in a tuple: read, never changed in place, and a tuple of
    # one is one object to make, a list two.)
    # (And the lines left with no row, noted as met: few or none, and a story holding none
    # of them keeps every line of its body.)
    cut: dict[int, Sequence[LineRow]] = {}
    empty: set[int] = set()
    markers_of: dict[int, list[Marker]] = {}
    found: list[Marker] = []
    if stripped is None:
        for i in content:
            text = lines[i].text
            if "接" in text or "转" in text:  # every marker names one (上接, 下转, 接, 转)
                cut[i], markers = _cut_line(raw, starts[i], i, text, found)
                if markers:
                    markers_of[i] = markers
                if not cut[i]:
                    empty.add(i)
            elif (row := _row(i, starts[i], text)) is not None:
                cut[i] = (row,)
            else:
                cut[i] = ()
                empty.add(i)
    else:
        # (The same, the lines naming a marker found in the raw text at once, and each other
        # line's row from its text as stripped already.)
        # (A line strip() gave back as it is, most lines, made its row here: the row _row
        # makes of it, starting where the line does, without the call.)
        naming = _naming_markers(lines, raw, starts)
        for i in content:
            if i in naming:
                cut[i], markers = _cut_line(raw, starts[i], i, lines[i].text, found)
                if markers:
                    markers_of[i] = markers
                if not cut[i]:
                    empty.add(i)
            elif (ink := stripped[i]) and ink is lines[i].text:
                start = starts[i]
                cut[i] = (LineRow(i, start, start + len(ink), ink),)
            elif (row := _row(i, starts[i], lines[i].text, stripped[i])) is not None:
                cut[i] = (row,)
            else:
                cut[i] = ()
                empty.add(i)

    def keeps_apart(leaf: list[int]) -> bool:
        return any(mk.kind == "continued_from" for mk in markers_of.get(leaf[0], ()))

    full = _full_width(boxes, [i for i in content if group_of[i] < 0])
    # (The headline lines as a set, made once: the cut, the units and each story ask whether
    # a part holds any, in C, before reading its lines' groups.)
    heads = headline_lines(content, group_of)
    root = xy_cut(content, boxes, group_of, ROW_GAP * m.body, COLUMN_GAP * m.char, heads)
    stories: list[_Story] = []
    for unit in units(root, group_of, keeps_apart, boxes, heads):
        order = [i for leaf in unit.leaves for i in leaf]
        for members in _split_at_groups(order, group_of):
            story = _story(
                members,
                unit.leaves,
                cut,
                markers_of,
                lines,
                boxes,
                group_of,
                m,
                full,
                ratio,
                stripped,
                empty,
                heads,
            )
            if story.heads or story.body or story.byline_rows or story.markers:
                stories.append(story)
    return tuple(_article(raw, n, s) for n, s in enumerate(stories))


def _cut_line(
    raw: str, start: int, index: int, text: str, found: list[Marker]
) -> tuple[list[LineRow], list[Marker]]:
    """One OCR line naming a marker (接 or 转) as rows of the text reflow, with its
    continuation markers cut out: the rows and the markers."""
    rows: list[LineRow] = []
    markers: list[Marker] = []
    for begin, end, before, after in cut_markers(text, start, found):
        markers.extend(before + after)
        row = _row(index, begin, raw[begin:end])
        if row is not None:
            rows.append(row)
    return rows, markers


def _naming_markers(lines: Sequence[OcrLine], raw: str, starts: Sequence[int]) -> set[int]:
    """The lines holding 接 or 转 (every continuation marker names one: 上接, 下转, 接, 转),
    found where they stand in ``raw`` (the lines joined by newlines, ``starts`` where each
    begins); a page whose lines hold newlines themselves is asked line by line."""
    if len(starts) != len(lines):
        return {i for i, ln in enumerate(lines) if "接" in ln.text or "转" in ln.text}
    found: set[int] = set()
    for word in ("接", "转"):
        at = raw.find(word)
        while at >= 0:
            found.add(bisect.bisect_right(starts, at) - 1)
            at = raw.find(word, at + 1)
    return found


def _row(line: int, start: int, text: str, stripped: str | None = None) -> LineRow | None:
    """A trimmed piece of a line as a row (its print width is not needed here); ``stripped``:
    ``text.strip()``, when known."""
    if stripped is None:
        stripped = text.strip()
    if not stripped:
        return None
    # (Most lines have no space at either end, and strip() gives such a string back as it
    # is: then the row starts where the line does, without measuring its indent.)
    begin = start if stripped is text else start + len(text) - len(text.lstrip())
    return LineRow(line, begin, begin + len(stripped), stripped)


def type_ratio(text: str, box: BoxT, m: Metrics) -> float:
    """How much larger than the body type a line is set, judged by its character pitch (box
    width per character cell), the type size as printed. A box's height misleads both ways:
    a detector's boxes of one body line vary by a fifth (30-39 px on 30 px boxes in RapidOCR's
    output of a rendered page), and a headline's box grows less than its type (40 px boxes for
    type half again as large as the body's). A line of fewer than two cells has no pitch to
    speak of: its height decides. (Of two cells, a detector's box running wide by part of a
    cell swings the pitch by a quarter: see :func:`_lone_short_heads`.)"""
    return _ratio_of(cells(text), box, m)


def _ratio_of(n: float, box: BoxT, m: Metrics) -> float:
    """:func:`type_ratio` of a line of ``n`` cells."""
    if n < 2 or m.char <= 0:
        return (box[3] - box[1]) / m.body
    return (box[2] - box[0]) / n / m.char


@dataclass(frozen=True)
class LineArrays:
    """Each line's facts as arrays, for looks that pass most lines by at once: its box's
    numbers (``rect``, a row a line: x0, y0, x1, y1) and its :func:`type_ratio` (``ratio``)."""

    rect: np.ndarray
    ratio: np.ndarray


def _ratio_array(counts: Sequence[float], rect: np.ndarray, m: Metrics) -> np.ndarray:
    """:func:`_ratio_of` of every line (``counts``: each line's cells; ``rect``: its box), the
    same divisions in the same order on arrays (a line's other choice, worked out beside it
    and left, may divide by nothing)."""
    # (A list of floats read by ``fromiter``, not ``asarray``: the same numbers, without
    # asking each element's shape.)
    n = (
        np.asarray(counts, dtype=float)
        if isinstance(counts, np.ndarray)
        else np.fromiter(counts, dtype=np.float64, count=len(counts))
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        tall: np.ndarray = (rect[:, 3] - rect[:, 1]) / m.body
        if m.char <= 0:
            return tall
        ratio: np.ndarray = np.where(n < 2, tall, (rect[:, 2] - rect[:, 0]) / n / m.char)
        return ratio


def _ratios_of(
    content: list[int], counts: Sequence[float], boxes: list[BoxT], m: Metrics
) -> dict[int, float]:
    """:func:`_ratio_of` of each line of ``content`` (``counts``: each line's cells), worked
    out in one loop: the same divisions, without a call a line."""
    body, char = m.body, m.char
    out: dict[int, float] = {}
    for i in content:
        n, box = counts[i], boxes[i]
        out[i] = (box[3] - box[1]) / body if n < 2 or char <= 0 else (box[2] - box[0]) / n / char
    return out


#: Curly quotes (“”‘’) are Western marks a CJK font may set proportionally: about this much
#: of a cell (Noto CJK: 0.43-0.57 for “”, a quarter to a third for ‘’).
QUOTE_CELL = 0.5
#: A box at least this much taller than body type is taller than body lines' boxes run
#: (a fifth either way; see :func:`type_ratio`).
TALLER_THAN_BODY = 1.2
_CURLY = re.compile("[“”‘’]")


def _quoted_headline(text: str, box: BoxT, m: Metrics) -> bool:
    """A short headline line holding curly quotes (《平“语”近人) is headline type by its
    pitch once each quote counts :data:`QUOTE_CELL` of a cell, its box taller than a body
    line's runs, and it has :data:`PITCH_CHARS` CJK characters or more for a pitch to hold.
    Counted as whole cells, two quotes in seven characters put a 36 px title at 1.08 of a
    24 px body's pitch, a body line; its box's height (1.35-1.42) says otherwise. A body
    line set with full-width quotes is counted half a cell short a quote: headline type
    only with about as many quotes as characters, and in a box a fifth taller than body
    lines' are."""
    if "“" not in text and "”" not in text and "‘" not in text and "’" not in text:
        return False  # (most lines hold none: four scans cost less than the regex)
    quotes = len(_CURLY.findall(text))
    if not quotes or m.char <= 0 or not _pitch_chars(text):
        return False
    if box[3] - box[1] < TALLER_THAN_BODY * m.body:
        return False
    n = cells(text) - (1 - QUOTE_CELL) * quotes
    return (box[2] - box[0]) / n / m.char >= HEADLINE_RATIO


#: A line set at this many times the body's pitch or more, in a box no taller than a body
#: line's run (TALLER_THAN_BODY), is no headline (:func:`_spaced_out`).
SPACED_OUT = 2.0


def _spaced_out(box: BoxT, m: Metrics, ratio: float) -> bool:
    """A line whose pitch says type twice the body's or more (its :func:`type_ratio`) in a box
    no taller than a body line's run: a detector's garbled read of a body line, a few
    characters spread over the line's width ("是国中是天并国中…" for a line it could not
    read), not a headline that would cut its story in two. A headline's box grows less than
    its type but grows: type half again as large as the body's stands a third taller (on
    the dev pages, headline lines in boxes under TALLER_THAN_BODY run to 1.57 of the body's
    pitch; the lines past 1.6 are all such reads or marks)."""
    return ratio >= SPACED_OUT and box[3] - box[1] < TALLER_THAN_BODY * m.body


def headline_groups(
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    content: list[int],
    m: Metrics,
    ratio: dict[int, float],
    arrays: LineArrays | None = None,
) -> list[int]:
    """Group headline-type lines that touch: -1 for other lines, else the group's number.
    ``ratio`` holds each content line's :func:`type_ratio`; ``arrays`` the lines' facts as
    arrays, when made."""
    group_of = [-1] * len(lines)
    # (A box no taller than body lines' run is never a quoted headline: told before the call.)
    taller = TALLER_THAN_BODY * m.body
    maybe = content
    if arrays is not None:
        # (A line set under headline type in a box no taller than body lines' run, most
        # lines, fails the first test below: such lines passed by at once, on the arrays.)
        at = np.array(content, dtype=np.intp)
        rect = arrays.rect[at]
        maybe = at[
            (arrays.ratio[at] >= HEADLINE_RATIO) | ~(rect[:, 3] - rect[:, 1] < taller)
        ].tolist()
    heads = [
        i
        for i in maybe
        if (
            ratio[i] >= HEADLINE_RATIO
            or (
                not boxes[i][3] - boxes[i][1] < taller
                and _quoted_headline(lines[i].text, boxes[i], m)
            )
        )
        and not lines[i].text.lstrip().startswith("■")
        # A headline says something: a line of marks only ("”。", a paragraph's end in a
        # box a detector drew tall) is body text.
        and any(ch.isalnum() for ch in lines[i].text)
        and not _spaced_out(boxes[i], m, ratio[i])
    ]
    heads.sort(key=lambda i: boxes[i][1])
    heads = _listed_rows(lines, boxes, heads, content, ratio, m)
    # Open groups: number, bounding box so far, height of its last line.
    open_groups: list[tuple[int, BoxT, float]] = []
    count = 0
    for i in heads:
        x0, y0, x1, y1 = boxes[i]
        h = y1 - y0
        joined = -1
        for k, (g, (gx0, gy0, gx1, gy1), last_h) in enumerate(open_groups):
            # Lines of one headline sit closer than the smaller of them is tall; two stacked
            # stories' headlines are a band gap (and a body) apart.
            if y0 - gy1 <= 0.9 * min(h, last_h) and x0 < gx1 and gx0 < x1:
                joined = g
                open_groups[k] = (g, (min(x0, gx0), gy0, max(x1, gx1), max(y1, gy1)), h)
                break
        if joined < 0:
            joined = count
            count += 1
            open_groups.append((joined, boxes[i], h))
        group_of[i] = joined
        # Groups far above can no longer grow: keep the open list short.
        open_groups = [og for og in open_groups if y0 - og[1][3] <= 4 * max(h, m.body)]
    _join_pieces(lines, boxes, heads, group_of)
    _lone_short_heads(lines, boxes, heads, m, group_of)
    _wrapped_figures(lines, boxes, heads, content, m, group_of)
    _join_decks(lines, boxes, content, m, group_of, ratio, arrays)
    return group_of


#: A bracketed aside ("（女，回族）" after a name): its clause marks are no sentence's.
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
#: A spaced list's rows stack this many rows or more (see :func:`_listed_rows`).
LIST_ROWS = 4
#: Rows at body leading: each top at most this many body heights under the one over it.
LIST_LEADING = 1.8
#: A line holding a bracket may be boxed this much taller (see :func:`_bracket_room`).
BRACKET_TALL = 1.15
_BRACKETS = frozenset("（）()")


def _bracket_room(text: str) -> float:
    """How much taller than a line of CJK characters the box of ``text`` may come out for its
    type: BRACKET_TALL where it holds a bracket (a bracket's ink reaches over and under a CJK
    character's, and the detector's box with it: a spaced list's rows holding ``（女）``
    boxed 30-32 px among rows of 26, test20/page-11), 1 elsewhere. One such row left out of
    :func:`_listed_rows`' run parted the list's column in two runs too short to be a list."""
    return BRACKET_TALL if any(ch in _BRACKETS for ch in text) else 1.0


def _listed_rows(
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    heads: list[int],
    content: list[int],
    ratio: dict[int, float],
    m: Metrics,
) -> list[int]:
    """``heads`` (sorted by top) without the rows of a spaced list set in body type.

    A list of names padded to a grid of cells with ideographic spaces, the spaces dropped
    by the OCR: each row's characters stand wider apart than the body type's, by as much as
    its padding, so the rows' pitches scatter from a little over the body's to headline
    type (test20/page-15: 1.14-1.37), in boxes as tall as body lines'. Lines set wider than
    the body (SUBHEAD_RATIO), in boxes under TALLER_THAN_BODY, with no clause mark out of
    brackets, stacked over LIST_ROWS rows or more at body leading (each top within
    LIST_LEADING body heights under the one over it, the boxes overlapping across), most of
    them under headline type: the headline-type lines among them are such rows. A title's
    lines are all set at its type, boxed tall or not (a four-line title in body-high boxes
    stays one), and a deck's clauses carry marks."""
    taller = TALLER_THAN_BODY * m.body
    # (Most pages' headline lines stand in boxes taller than body lines': none to weigh.)
    if not any(boxes[i][3] - boxes[i][1] < taller for i in heads):
        return heads
    low = sorted(
        (
            i
            for i in content
            if ratio[i] >= SUBHEAD_RATIO
            and boxes[i][3] - boxes[i][1] < taller * _bracket_room(lines[i].text)
            and _pitch_chars(lines[i].text)
            and not _CLAUSE.search(_BRACKETED.sub("", lines[i].text))
        ),
        key=lambda i: boxes[i][1],
    )
    runs: list[list[int]] = []
    open_runs: list[list[int]] = []
    reach = LIST_LEADING * m.body
    for i in low:
        x0, y0, x1, _ = boxes[i]
        # (Runs whose last row is more than a row over this one are closed: linear.)
        open_runs = [run for run in open_runs if y0 - boxes[run[-1]][1] <= reach]
        for run in open_runs:
            j = run[-1]
            if y0 > boxes[j][1] and x0 < boxes[j][2] and boxes[j][0] < x1:
                run.append(i)
                break
        else:
            runs.append([i])
            open_runs.append(runs[-1])
    is_head = set(heads)
    drop = {
        i
        for run in runs
        if len(run) >= LIST_ROWS and 2 * sum(i in is_head for i in run) < len(run)
        for i in run
    }
    return [i for i in heads if i not in drop] if drop else heads


#: A line of fewer cells than this has a pitch of little weight (see _lone_short_heads).
SHORT_CELLS = 3


def _lone_short_heads(
    lines: Sequence[OcrLine], boxes: list[BoxT], heads: list[int], m: Metrics, group_of: list[int]
) -> None:
    """A headline-type line of under three cells, headline type by its pitch alone (its box no
    taller than a deck's), that joins no other headline line, is body text: a paragraph's
    last line "的7%" in a box a detector drew a cell too wide. With other headline lines it
    stays: an author's name set as a deck under the title ("潘驰"). A short title on its own
    is set larger, and its height says so."""
    members: dict[int, int] = {}
    for i in heads:
        members[group_of[i]] = members.get(group_of[i], 0) + 1
    for i in heads:
        text = lines[i].text
        if members[group_of[i]] > 1:
            if _short_sentence_end(text, boxes[i], m):
                group_of[i] = -1
            continue
        if (
            cells(text) < SHORT_CELLS and boxes[i][3] - boxes[i][1] < HEADLINE_RATIO * m.body
        ) or _short_in_body_box(text, boxes[i], m):
            group_of[i] = -1


#: A line of digits and marks (no CJK character) of fewer cells than this, tucked under a
#: body line at its edge, may be a figure wrapped (:func:`_wrapped_figures`): ``%、41%``, a
#: paragraph's last line of two figures, counts 3.4 (test18full/page-10).
FIGURE_CELLS = 6


def _wrapped_figures(
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    heads: list[int],
    content: list[int],
    m: Metrics,
    group_of: list[int],
) -> None:
    """A headline line of under :data:`FIGURE_CELLS` cells holding no CJK character (digits
    and marks: ``00%``), a headline group of its own, standing right under a body line and
    starting at its left edge, is that line's paragraph wrapped: a figure broken at the
    column's edge (``……完成率达1 | 00%``), its box drawn tall (41 px over 30 px body boxes,
    test12/page-11 read shrunk), read as a title that took the story's paragraphs after it.
    A title stands over its own text, not tucked under a line of another's at its edge.
    (Few lines are asked: the body lines are passed over only for such a line.)"""
    members: dict[int, int] = {}
    for i in heads:
        if group_of[i] >= 0:
            members[group_of[i]] = members.get(group_of[i], 0) + 1
    figures = [
        i
        for i in heads
        if group_of[i] >= 0
        and members[group_of[i]] == 1
        and not _CJK.search(lines[i].text)
        and cells(lines[i].text) < FIGURE_CELLS
    ]
    for i in figures:
        x0, y0, x1, _ = boxes[i]
        for j in content:
            if group_of[j] >= 0:
                continue
            bx0, _, bx1, by1 = boxes[j]
            if (
                abs(bx0 - x0) <= m.char
                and -0.5 * m.body <= y0 - by1 <= 0.6 * m.body
                and bx1 - bx0 > 2 * (x1 - x0)
            ):
                group_of[i] = -1
                break


def _short_sentence_end(text: str, box: BoxT, m: Metrics) -> bool:
    """A line of under SHORT_CELLS cells ending a sentence (``验。``), headline type by its
    pitch alone (its box no taller than a deck's), is a paragraph's last characters, though it
    touch a headline: the first line of the column beside the title's last line, its box
    drawn a cell or more too wide. A deck or an author's name set under a title ends no
    sentence."""
    return (
        cells(text) < SHORT_CELLS
        and ends_sentence(text)
        and box[3] - box[1] < HEADLINE_RATIO * m.body
    )


def _short_in_body_box(text: str, box: BoxT, m: Metrics) -> bool:
    """A line of SHORT_CELLS cells ending a sentence (``敬礼！``, a letter's closing at its
    column's foot) in a box no taller than a body line's run (TALLER_THAN_BODY): over three
    cells a detector's box run a cell wide still swings the pitch by a third. A short title
    ends no sentence: a name set letter-spaced over a profile (``李学勤`` on a People's Daily
    page of the old held-out set test3, its box of body height) stays a title."""
    return (
        cells(text) <= SHORT_CELLS
        and ends_sentence(text)
        and box[3] - box[1] < TALLER_THAN_BODY * m.body
    )


#: Joining punctuation at which a detector breaks a headline line into two boxes.
_JOINT = re.compile(r"[-—－–~～:：·•…]")


def _join_pieces(
    lines: Sequence[OcrLine], boxes: list[BoxT], heads: list[int], group_of: list[int]
) -> None:
    """Two headline boxes on one row, of one type size, that are one printed line the detector
    broke in two (at a dash or colon, which it reads as a gap: 迈向充满希望的新世纪 |
    ——一九九八年新年讲话) join one group (one type size: boxes about as tall, or set at one
    pitch, :func:`_pieces_pitch`). They stand closer than their type is tall, or,
    at a dash or colon on either side of the break, closer than one and a half times that;
    two stories' headlines side by side stand a gutter and their margins apart."""
    if len(heads) < 2:
        return
    parent = {g: g for g in set(group_of[i] for i in heads)}

    def find(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for k, i in enumerate(heads):  # sorted by top
        x0, y0, _, y1 = boxes[i]
        h = y1 - y0
        # (The later lines walked by place, not a copy of the rest of the list for each.)
        for n in range(k + 1, len(heads)):
            j = heads[n]
            a0, b0, _, b1 = boxes[j]
            if b0 >= y0 + 0.5 * h:
                break
            hj = b1 - b0
            if min(y1, b1) - max(y0, b0) < 0.7 * min(h, hj):
                continue
            if abs(hj - h) > 0.15 * max(h, hj) and not _pieces_pitch(i, j, lines, boxes):
                continue
            left, right = (i, j) if x0 <= a0 else (j, i)
            gap = boxes[right][0] - boxes[left][2]
            joint = _JOINT.search(lines[left].text.rstrip()[-1:] + lines[right].text.lstrip()[:1])
            if 0 <= gap <= (1.5 if joint else 1.0) * min(h, hj) and not _two_titles(
                left, right, boxes, heads, group_of
            ):
                parent[find(group_of[j])] = find(group_of[i])
    for i in heads:
        group_of[i] = find(group_of[i])


def _pieces_pitch(i: int, j: int, lines: Sequence[OcrLine], boxes: list[BoxT]) -> bool:
    """Whether two headline boxes on one row whose heights differ by more than a detector's
    boxes of one line run (a seventh) are set in one type all the same: each holds
    :data:`PITCH_CHARS` CJK characters or more, and their pitches agree within
    :data:`SAME_TYPE` (a box's height misleads, its pitch is the type as printed: a title
    broken at its dash into pieces boxed 50 and 42 px tall, both 44 px a character)."""
    if not _pitch_chars(lines[i].text):
        return False
    if not _pitch_chars(lines[j].text):
        return False
    a, b = _pitch(lines[i].text, boxes[i]), _pitch(lines[j].text, boxes[j])
    return min(a, b) >= SAME_TYPE * max(a, b)


#: Two second lines side by side further apart than this many times their height belong to
#: two titles (as :data:`sidebyside.APART`).
TITLES_APART = 1.5


def _two_titles(
    left: int, right: int, boxes: list[BoxT], heads: list[int], group_of: list[int]
) -> bool:
    """Whether two headline boxes on one row, ``left`` and ``right``, are the first lines of
    two stories' titles side by side rather than one line the detector broke in two: each has
    a headline line of its own group stacked under it, within its span and off the other's,
    and those two lines stand on one row further apart than :data:`TITLES_APART` times their
    height. A title one too long for its span is set condensed to fill it, margins and all,
    so its first line can end closer to its neighbour's than headline type is tall (38 px
    apart at 53 px boxes); but a broken line's title has one second line, centred under both
    pieces, and a line the detector broke in two again stands as close as the first. Second
    lines closer than that (boxes a detector grew toward each other: 37 px apart at 36 px
    boxes, probe16/page-01 read shrunk) are two titles' all the same where each stands over
    a third line of its own group, within its span and off the other's: a broken line's
    title has its later lines centred under both pieces."""
    under: list[BoxT] = []
    for piece, other in ((left, right), (right, left)):
        below = _own_under(boxes[piece], boxes[other], group_of[piece], boxes, heads, group_of)
        if below is None:
            return False
        under.append(below)
    (_, a1, a2, a3), (b0, b1, _, b3) = under
    height = max(a3 - a1, b3 - b1)
    if not min(a3, b3) - max(a1, b1) > 0.5 * min(a3 - a1, b3 - b1):
        return False
    if b0 - a2 > TITLES_APART * height:
        return True
    # Second lines closer (a detector's boxes of them grown toward each other): each over a
    # third line of its own, off the other's span, as a broken line's title has not.
    (lu, ru) = under
    return all(
        _own_under(mine, theirs, group_of[piece], boxes, heads, group_of) is not None
        for mine, theirs, piece in ((lu, ru, left), (ru, lu, right))
    )


def _own_under(
    piece: BoxT, other: BoxT, group: int, boxes: list[BoxT], heads: list[int], group_of: list[int]
) -> BoxT | None:
    """The topmost headline line of ``group`` under headline box ``piece`` (its top below
    the piece's middle), within its span and off ``other``'s; None if there is none."""
    px0, py0, px1, py1 = piece
    ox0, _, ox1, _ = other
    below = [
        boxes[k]
        for k in heads
        if group_of[k] == group
        and boxes[k][1] >= (py0 + py1) / 2
        and boxes[k][0] < px1
        and px0 < boxes[k][2]
        and not (boxes[k][0] < ox1 and ox0 < boxes[k][2])
    ]
    return min(below, key=lambda b: b[1]) if below else None


def _join_decks(
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    content: list[int],
    m: Metrics,
    group_of: list[int],
    ratio: dict[int, float],
    arrays: LineArrays | None = None,
) -> None:
    """A line set larger than the body but smaller than headline type, right under or over a
    headline group (a deck: 江泽民李鹏… under 北京举行新年音乐会), joins that group; on its
    own such a line is left to be a sub-head. A line centred on the group (a deck set centred
    under a centred title, as a body line starting at its column's edge is not) needs less to
    count as larger: a sub-head's margin over body type, without the extra a line anywhere
    needs to be told from a body line whose box runs wide."""
    if not any(g >= 0 for g in group_of):
        return
    extents: dict[int, list[float]] = {}
    for i in content:
        g = group_of[i]
        if g >= 0:
            x0, y0, x1, y1 = boxes[i]
            e = extents.setdefault(g, [x0, y0, x1, y1])
            e[0], e[1], e[2], e[3] = min(e[0], x0), min(e[1], y0), max(e[2], x1), max(e[3], y1)
    groups = sorted(extents.items(), key=lambda kv: kv[1][1])
    tops = [e[1] for _, e in groups]

    def may_join(i: int) -> bool:
        if group_of[i] >= 0 or ratio[i] < 1.0 or lines[i].text.lstrip().startswith("■"):
            return False
        if _short_sentence_end(lines[i].text, boxes[i], m):
            return False
        # A wrapped last character has no pitch and a box a detector draws a fifth either way:
        # under a group and centred on it, a box no smaller than body type is the deck's end.
        # (A line's inked ratio is never below its ratio: one set large enough needs no more.)
        if ratio[i] >= SUBHEAD_RATIO:
            return True
        return _inked_ratio(lines[i].text, ratio[i]) >= SUBHEAD_RATIO or _is_wrap(lines[i].text)

    # (The lines that may join are picked before the sort: most body lines are not set large
    # enough. Only the line at hand joins a group below, so filtering first keeps the same
    # lines in the same order.)
    # (And the commonest no, a body line or one in a group already, told before the call.)
    # (And a line no group's top stands near, the rows the loop below looks in, joins none:
    # asked before the call, it passes most body lines by at one bisection.)
    # (On the arrays, when made: the lines set under body type or with no group's top near
    # passed by at once, the same comparisons and bisections on the same numbers.)
    if arrays is None:
        joining = [
            i
            for i in content
            if group_of[i] < 0
            and not ratio[i] < 1.0
            and _group_top_near(tops, boxes[i], m.body)
            and may_join(i)
        ]
    else:
        # (The candidates are set at body type or over with a group's top near already.)
        joining = [
            i
            for i in _deck_candidates(content, tops, arrays, m.body)
            if group_of[i] < 0 and may_join(i)
        ]
    for i in sorted(joining, key=lambda i: boxes[i][1]):
        wrap = _is_wrap(lines[i].text)
        inked = _inked_ratio(lines[i].text, ratio[i])  # (once a line, not once a group)
        x0, y0, x1, y1 = boxes[i]
        h = y1 - y0
        # (The same bounds as :func:`_group_top_near`'s.)
        lo = bisect.bisect_left(tops, y0 - 6 * m.body)
        hi = bisect.bisect_right(tops, y1 + m.body)
        for g, e in groups[lo:hi]:
            under = -0.5 * h <= y0 - e[3] <= 0.9 * h
            touching = under or -0.5 * h <= e[1] - y1 <= 0.9 * h
            centred = abs(x0 + x1 - e[0] - e[2]) / 2 <= DECK_CENTRED * (e[2] - e[0]) + m.char
            needs = SUBHEAD_RATIO + (0 if centred else 0.05)
            if inked < needs and not (wrap and under and centred):
                continue
            if touching and x0 < e[2] and e[0] < x1:
                group_of[i] = g
                e[1], e[3] = min(e[1], y0), max(e[3], y1)
                break


def _deck_candidates(
    content: list[int], tops: list[float], arrays: LineArrays, body: float
) -> list[int]:
    """The lines of ``content`` (in order) set at body type or over (:func:`type_ratio` not
    under 1) some headline group's top stands near (:func:`_group_top_near`; ``tops``
    sorted), asked of all at once."""
    if not tops:
        return []
    at = np.array(content, dtype=np.intp)
    rect = arrays.rect[at]
    top = np.array(tops, dtype=float)
    k = np.searchsorted(top, rect[:, 1] - 6 * body, side="left")
    near = (k < len(tops)) & (top[np.minimum(k, len(tops) - 1)] <= rect[:, 3] + body)
    picked: list[int] = at[near & ~(arrays.ratio[at] < 1.0)].tolist()
    return picked


def _group_top_near(tops: list[float], box: BoxT, body: float) -> bool:
    """Whether a headline group's top (``tops``, sorted) stands from six body heights over
    the box's top to a body height under its foot: the groups :func:`_join_decks` looks at
    for a line, bisected there (some top at or past the lower bound is at most the upper)."""
    k = bisect.bisect_left(tops, box[1] - 6 * body)
    return k < len(tops) and tops[k] <= box[3] + body


#: Marks whose ink stands in one half of their cell: an opening one's on the right, a closing
#: one's on the left, so a line opening or closing with one is boxed half a cell short.
_OPENING = frozenset(mark for mark in OPENERS if not mark.isascii())
_CLOSING = frozenset("》）”’」』】〕〉。，、；：！？")


def _inked_ratio(text: str, ratio: float) -> float:
    """``ratio`` (:func:`type_ratio`) with the half cell a line's box leaves out at an end
    that is an opening or closing mark given back: a deck ending （第三季） is boxed to the
    ink of its last bracket, and its pitch reads as body type's when it is a deck's. Only a
    line of :data:`PITCH_CHARS` CJK characters or more: over a few cells half a cell swings
    the pitch by a fifth, and a paragraph's last line (牺牲”) under a title read as a deck."""
    ink = text.strip()
    short = 0.5 * (ink[:1] in _OPENING) + 0.5 * (ink[-1:] in _CLOSING)
    if not short or not _pitch_chars(ink):
        return ratio
    n = cells(ink)
    return ratio * n / (n - short)


#: PITCH_CHARS CJK characters, anything between them: matched at a line's start, it holds
#: that many or more (the match stops at the last one needed: most lines hold many more).
_PITCH_CJK = re.compile(f"(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){{{PITCH_CHARS}}}")


def _pitch_chars(text: str) -> bool:
    """Whether ``text`` holds :data:`PITCH_CHARS` CJK characters or more, enough for a pitch
    to hold."""
    return _PITCH_CJK.match(text) is not None


def _is_wrap(text: str) -> bool:
    """A line of one CJK character: a headline line's last character wrapped onto a line of
    its own (颁 | 证). Never a deck, title or name by itself (names take two characters or more,
    and a two-character name under a deck stays a deck of its own)."""
    ink = "".join(text.split())
    # (Four characters or more take 2.4 cells at least: most lines are told without adding up.)
    return len(ink) < 4 and _set_cells(ink) < 2 and _CJK.search(text) is not None


def _split_at_groups(order: list[int], group_of: Sequence[int]) -> list[list[int]]:
    """A region holds one story per headline group; a second group starts another story.

    A later line of a group already seen goes to the story that group opened, not to the one
    being filled: reading order can visit a second group between the lines of a first (a
    two-line title beside another story's title, read row by row).
    """
    opened: dict[int, int] = {}
    stories: list[list[int]] = [[]]
    for i in order:
        g = group_of[i]
        if g >= 0 and g in opened:
            stories[opened[g]].append(i)
            continue
        if g >= 0:
            if opened:
                stories.append([])
            opened[g] = len(stories) - 1
        stories[-1].append(i)
    return [s for s in stories if s]


def _story(
    members: list[int],
    leaves: list[list[int]],
    cut: dict[int, Sequence[LineRow]],
    markers_of: dict[int, list[Marker]],
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    group_of: Sequence[int],
    m: Metrics,
    full: float,
    ratio: dict[int, float],
    stripped: Sequence[str] | None = None,
    empty: set[int] | None = None,
    head_lines: AbstractSet[int] | None = None,
) -> _Story:
    """The story of the lines ``members`` (``stripped``: each line's text stripped, by line
    number, when made; ``empty``: the lines ``cut`` gives no row, when noted; ``head_lines``:
    a set holding every headline line of ``members``, when made)."""
    story = _Story()
    if head_lines is not None and head_lines.isdisjoint(members):
        # (A story with no headline line of its own: its lines are all body, in order, as the
        # two filters below would give them; ``body`` is only read, never changed in place.)
        heads: list[int] = []
        body = members
    else:
        heads = [i for i in members if group_of[i] >= 0]
        body = [i for i in members if group_of[i] < 0]
    # (Most pages hold a few markers, most stories none: told in C before the loop.)
    if markers_of and not markers_of.keys().isdisjoint(members):
        for i in members:
            if i in markers_of:
                story.markers.extend(markers_of[i])
    if heads:
        story.heads = _headline(heads, cut, lines, boxes, m)
    if len(members) == sum(map(len, leaves)):
        # The region's one story (its members, each line once, are lines of its leaves):
        # every leaf whole, read as it is (:func:`_column_edges` only reads them).
        pieces = leaves
    else:
        inside = set(members)
        pieces = [[i for i in leaf if i in inside] for leaf in leaves]
    edges = _column_edges(pieces, boxes, body, full, m.char, lines)
    if empty is None or not empty.isdisjoint(body):
        body = [i for i in body if cut[i]]
    taken = _byline(story, body, cut, lines, boxes, edges, m)
    # (Each line left holds rows, and each row text: :func:`_row` makes none of blank text,
    # and a line whose text the byline took whole is among the lines it took.)
    running = body[taken:]
    if not running:
        return story
    subheads = _subheads(running, lines, boxes, edges, m, ratio)
    subheads = _short_runs(subheads, running, boxes)
    # (Each line after the first with the line before it, asked of the story's lines at
    # once: :func:`_line_joins`. Every line adds to ``story.body``, so it holds a block from
    # the second line on, and the first line opens one.)
    joins = _line_joins(running, lines, boxes, edges, m, stripped)
    # (The block being filled held in locals, its kind and its rows: ``story.body[-1]``
    # looked up twice a line was most of this loop.)
    first = running[0]
    kind: BlockKind = "subhead" if first in subheads else "paragraph"
    block = list(cut[first])
    blocks = story.body
    blocks.append((kind, block))
    for i, join in zip(running[1:], joins, strict=True):
        line_rows = cut[i]
        if join is _REST:
            block.extend(line_rows)  # the rest of a line cut into two boxes
        elif i in subheads:
            if kind == "subhead":
                block.extend(line_rows)
            else:
                kind, block = "subhead", list(line_rows)
                blocks.append((kind, block))
        elif join is _STARTS or kind == "subhead":
            kind, block = "paragraph", list(line_rows)
            blocks.append((kind, block))
        else:
            block.extend(line_rows)
    return story


#: A sub-head stands over this many rows at most (wrapped over two or three).
SUBHEAD_ROWS = 3


def _short_runs(subheads: set[int], running: list[int], boxes: list[BoxT]) -> set[int]:
    """The sub-head lines of ``subheads`` in runs (lines next to each other in the story's
    run ``running``) over :data:`SUBHEAD_ROWS` rows at most: a longer run is body text set
    spaced out, no sub-head (a list of names, each padded to a few cells with spaces: its
    rows hold no stop and no clause mark, and their wide spacing reads as sub-head type,
    test20full/page-08's 20 rows of names taken for one sub-head)."""
    if len(subheads) <= SUBHEAD_ROWS:
        return subheads
    out = set(subheads)
    run: list[int] = []
    for i in [*running, -1]:
        if i in subheads:
            run.append(i)
            continue
        if run:
            tops = sorted(boxes[j][1] for j in run)
            h = min(boxes[j][3] - boxes[j][1] for j in run)
            rows = 1 + sum(1 for a, b in itertools.pairwise(tops) if b - a >= 0.5 * h)
            if rows > SUBHEAD_ROWS:
                out.difference_update(run)
            run = []
    return out


#: How a line stands to the line before it in a story's run (:func:`_line_joins`): the rest
#: of its printed line, a paragraph's start, or neither (it runs on).
_REST, _STARTS, _RUNS_ON = "rest", "starts", "runs on"


def _line_joins(
    running: list[int],
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: Metrics,
    stripped: Sequence[str] | dict[int, str] | None = None,
) -> list[str]:
    """For each line of ``running`` after the first, with the line before it: :data:`_REST`
    where it is the rest of that line's printed line (:func:`_rest_of_line`), else
    :data:`_STARTS` where it starts a paragraph (:func:`_starts_paragraph`), else
    :data:`_RUNS_ON`. (The same tests, in one loop over the story's lines: each line's text
    stripped once, not once as itself and once as the line before the next, and the indent's
    bounds worked out once; a paragraph's start asked of a line the story then takes as a
    sub-head is never read; ``stripped``: each line's text stripped, by line number, when
    the page has them, not stripped again here.)"""
    indent, far = INDENT * m.char, FAR_IN * m.char
    if stripped is None:
        stripped = {i: lines[i].text.strip() for i in running}
    out: list[str] = []
    prev = running[0]
    prev_box = boxes[prev]
    prev_text = stripped[prev]
    for i in running[1:]:
        box = boxes[i]
        text = stripped[i]
        # (:func:`_rest_of_line`'s first test written out: most lines stand a row under.)
        if abs(box[1] - prev_box[1]) < 0.5 * (prev_box[3] - prev_box[1]) and (
            _same_row(prev, i, boxes) or _in_last_cell(prev, i, boxes)
        ):
            out.append(_REST)
        elif text.startswith("■"):
            out.append(_STARTS)
        else:
            edge = edges.get(i)
            left = box[0] if edge is None else edge[0]
            if indent <= box[0] - left < far or (
                # (Asked first, as the cheapest: the last character of a line ending a
                # sentence or a block, as in :func:`_starts_paragraph`.)
                prev_text[-1:] in _MAY_END_BLOCK
                and (
                    _after_block_end(prev, prev_text, boxes, edges, m)
                    or _indent_swallowed(i, prev, text, prev_text, boxes, edges, m)
                )
                # (Not a line at its column's edge under a full line ending in squeezed
                # marks: :func:`_squeezed_full`.)
                and not (
                    abs(box[0] - left) < indent and _squeezed_full(prev, prev_text, boxes, edges, m)
                )
            ):
                out.append(_STARTS)
            else:
                # (A gap of a line's height at least asked first: most lines stand closer.)
                lost = box[1] - prev_box[3] >= prev_box[3] - prev_box[1]
                out.append(
                    _STARTS
                    if lost
                    and (
                        _after_lost_row(prev_box, box, prev_text)
                        or _swallowed_after_lost_row(i, prev, text, prev_text, boxes, edges, m)
                    )
                    else _RUNS_ON
                )
        prev, prev_box, prev_text = i, box, text
    return out


def _after_lost_row(prev_box: BoxT, box: BoxT, prev_text: str) -> bool:
    """Whether a line stands a lost row's room or more under a line ending a sentence (the
    gap between them at least a line's height, at most :data:`LOST_ROWS` of them): a row
    the detector lost after a sentence's end, where a paragraph most often ended (the line
    under the gap the lost paragraph's second line or later). Without it, the paragraph
    over the gap ran on into the next one's rest (test20/page-15, both reads: a full line
    ending a paragraph, the next paragraph's first row lost over both stories' columns)."""
    h = prev_box[3] - prev_box[1]
    gap = box[1] - prev_box[3]
    return h <= gap <= LOST_ROWS * h and ends_sentence(prev_text)


#: A row the detector lost between two lines leaves at most this many line heights of gap.
LOST_ROWS = 3.0


def _after_block_end(
    prev: int,
    prev_text: str,
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: Metrics,
) -> bool:
    """:func:`_starts_paragraph`'s look at the line before (``prev``, its text stripped
    ``prev_text``): it ends a sentence or a block and stands short of its column's edge."""
    if not (ends_sentence(prev_text) or prev_text.endswith(_ENDS_BLOCK)):
        return False
    prev_left, right = edges.get(prev, (boxes[prev][0], boxes[prev][2]))
    if m.char > 0 and _set_cells(prev_text) >= (right - prev_left) / m.char - FULL_SLACK:
        # Its characters fill the column: the detector's box came out short (OCR reads a
        # full-width quote as an ASCII one, and boxes the line narrower than it is set).
        return False
    # Latin letters and digits are set narrower than a CJK cell (about half of one): a full
    # line holding some ends short of the edge by what they save, without being short.
    # (Counted as the characters an ASCII encoding keeps, those NARROW matches, one by
    # one: in C, without the regex engine's look at each character.)
    narrow = len("".join(prev_text.split()).encode("ascii", "ignore"))
    return right - boxes[prev][2] - NARROW_SAVES * narrow * m.char >= SHORT * m.char


#: How many cells a line's box holds beyond its characters, at the pitch of the full line
#: ending a sentence over it, for its paragraph indent swallowed by the box
#: (:func:`_indent_swallowed`); and how near that line's pitch stands to the body's.
SWALLOWED = 1.5
SWALLOWED_PITCH = 0.1


def _indent_swallowed(
    i: int,
    prev: int,
    text: str,
    prev_text: str,
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: Metrics,
) -> bool:
    """Whether line ``i`` (its text stripped ``text``) opens a paragraph whose indent its
    box swallowed: the line ``prev`` over it (``prev_text``) is a full line ending a
    sentence, set at the body's pitch (within SWALLOWED_PITCH of it), both boxes start
    together and reach the column's right edge, and line ``i``'s box holds SWALLOWED cells
    or more beyond its characters at ``prev``'s pitch. A detector reading a page shrunk
    grows a box over the blank before it, and a start stretched into the gutter is trimmed
    back to the column's edge: the box no longer shows the indent, but the characters, two
    fewer than a full line's, still do (test20/page-08: a first line of 23 characters boxed
    as wide as the 25 of the full line ending a paragraph over it)."""
    if not ends_sentence(prev_text):
        return False
    return _swallowed(i, prev, text, prev_text, boxes, edges, m)


def _swallowed_after_lost_row(
    i: int,
    prev: int,
    text: str,
    prev_text: str,
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: Metrics,
) -> bool:
    """Whether line ``i`` opens a paragraph whose indent its box swallowed (as
    :func:`_indent_swallowed` measures it: two characters fewer than the full line ``prev``
    over it, boxed as wide), standing a lost row's room or more under that line (the gap
    between them at least a line's height, at most :data:`LOST_ROWS` of them), though that
    line ends no sentence: the detector lost the row between, the paragraph's last (most
    often a few characters and its stop), and the sentence's end with it (dev/page-155: a
    paragraph's last row, its stop alone, lost over a first line boxed from the column's
    edge: the two paragraphs ran on as one)."""
    h = boxes[prev][3] - boxes[prev][1]
    if not h <= boxes[i][1] - boxes[prev][3] <= LOST_ROWS * h:
        return False
    return _swallowed(i, prev, text, prev_text, boxes, edges, m)


def _swallowed(
    i: int,
    prev: int,
    text: str,
    prev_text: str,
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: Metrics,
) -> bool:
    """The geometry of :func:`_indent_swallowed`: both boxes start together and reach the
    column's right edge, ``prev`` set at the body's pitch (within SWALLOWED_PITCH of it)
    and line ``i``'s box holding SWALLOWED cells or more beyond its characters at that
    pitch."""
    if m.char <= 0:
        return False
    x0, _, x1, _ = boxes[i]
    px0, _, px1, _ = boxes[prev]
    _, right = edges.get(i, (x0, x1))
    if right - x1 >= SHORT * m.char or right - px1 >= SHORT * m.char:
        return False
    if abs(x0 - px0) >= INDENT * m.char / 2:
        return False
    prev_cells = _set_cells(prev_text)
    if prev_cells < 2 * FAR_IN:
        return False
    pitch = (px1 - px0) / prev_cells
    if abs(pitch - m.char) > SWALLOWED_PITCH * m.char:
        return False
    # (Counted both ways: at the wider of the two pitches, and against the full line's own
    # characters, a box the detector drew short over them taking no cells from the line.)
    cells = _set_cells(text)
    return min((x1 - x0) / max(pitch, m.char) - cells, prev_cells - cells) >= SWALLOWED


#: How many cells short of its column's edge a line ending in two closing marks or more may
#: stand and still be full (:func:`_squeezed_full`).
SQUEEZED_SHORT = 3.0


def _squeezed_full(
    prev: int,
    prev_text: str,
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: Metrics,
) -> bool:
    """Whether the line ``prev`` (its text stripped ``prev_text``), ending in two marks or
    more (a closing quote and a stop: ``”。``), stands less than SQUEEZED_SHORT cells short
    of its column's edge: a full line all the same. Print sets marks side by side in half
    cells (``’”。`` in a cell and a half), the stop's ink is the left half of its cell, and a
    detector reads two quotes side by side as one: such a line ends up to three cells short
    though no paragraph ends there (test18/page-00, both reads: ``打好政策“组合举”。`` 2.7
    cells short of an 11-character column, the paragraph going on at the edge under it).
    Asked only of a line whose next line stands at its column's edge, not indented."""
    if len(prev_text) < 2 or prev_text[-2] not in _MAY_END_BLOCK:
        return False
    _, right = edges.get(prev, (boxes[prev][0], boxes[prev][2]))
    return right - boxes[prev][2] < SQUEEZED_SHORT * m.char


def _rest_of_line(prev: int, i: int, boxes: list[BoxT]) -> bool:
    """Box ``i`` is the rest of line ``prev``'s printed line: right of it on its row
    (:func:`_same_row`) or inside its last cell (:func:`_in_last_cell`). Both stand on
    ``prev``'s row, their tops within half its height: asked once, before either (most lines
    stand a row under the line before them)."""
    if abs(boxes[i][1] - boxes[prev][1]) >= 0.5 * (boxes[prev][3] - boxes[prev][1]):
        return False
    return _same_row(prev, i, boxes) or _in_last_cell(prev, i, boxes)


def _same_row(prev: int, i: int, boxes: list[BoxT]) -> bool:
    """Box ``i`` stands right of box ``prev`` on the same printed line (its start may reach a
    little into ``prev``'s box: a detector's boxes of one line cut in two grow into each
    other, by under half a character)."""
    h = boxes[prev][3] - boxes[prev][1]
    return (
        abs(boxes[i][1] - boxes[prev][1]) < 0.5 * h
        and boxes[i][0] >= boxes[prev][2] - 0.3 * h
        and boxes[i][2] > boxes[prev][2]
    )


def _in_last_cell(prev: int, i: int, boxes: list[BoxT]) -> bool:
    """Box ``i`` stands inside the last cell of box ``prev``, on its row (from a line height
    before its end to under a third of one past it): a glyph fragment of that line's last
    character, read as a character and cut off a run-on box stretched back over the gutter
    into it (dev/page-220: ``发`` and ``且``, 14 px wide, at the ends of a column's lines). It
    is the rest of that line: standing apart from the column's edge, it read as a paragraph's
    indented opening."""
    h = boxes[prev][3] - boxes[prev][1]
    return (
        abs(boxes[i][1] - boxes[prev][1]) < 0.5 * h
        and boxes[prev][2] - h <= boxes[i][0]
        and boxes[i][2] <= boxes[prev][2] + 0.3 * h
    )


def _headline(
    heads: list[int],
    cut: dict[int, Sequence[LineRow]],
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    m: Metrics,
) -> list[tuple[BlockKind, list[LineRow]]]:
    """Kicker decks, title, subtitle decks: the largest type is the title.

    Type size is the larger of what the box's height and its character pitch say (see
    :func:`type_ratio`): a title's box grows less than its type, so a deck's box can be
    nearly as tall as the title's while its characters are set far narrower.
    """
    heads = sorted(heads, key=lambda i: (boxes[i][1], boxes[i][0]))
    # (A line of fewer than PITCH_CHARS characters by its box's height alone: of two or three
    # characters, a detector's box running wide by part of a cell swings the pitch by a
    # quarter, and a title's last two characters wrapped onto a line of their own would
    # outsize the title's first line, which then reads as a deck.)
    size = {
        i: max(
            (boxes[i][3] - boxes[i][1]) / m.body,
            type_ratio(lines[i].text, boxes[i], m) if _pitch_chars(lines[i].text) else 0.0,
        )
        for i in heads
    }
    # Pitch alone, on lines of enough CJK characters for it to hold (a short line's one
    # closing mark or digit swings it): a deck's box can be as tall as the title's.
    pitch = {i: _pitch(lines[i].text, boxes[i]) for i in heads if _pitch_chars(lines[i].text)}
    widest = max(pitch.values(), default=0.0)
    ends = _wrapped_ends(heads, pitch, boxes, m)
    tallest = max((size[i] for i in heads if i not in ends), default=0.0) or max(size.values())
    runs: list[tuple[BlockKind, list[int]]] = []
    for i in heads:
        title = size[i] >= 0.88 * tallest and pitch.get(i, widest) >= TITLE_PITCH * widest
        # (Or set in the type of the title line right over it: a box's height says less than
        # its pitch, and the first line of a title boxed with the title beside it, across
        # the gutter, keeps that run-on box's height, tilted over both: 53 px over 37.)
        title = title or (
            bool(runs) and runs[-1][0] == "title" and _same_type(i, runs[-1][1][-1], pitch, boxes)
        )
        title = title or (
            bool(runs)
            and runs[-1][0] == "title"
            and _short_end_under(i, runs[-1][1][-1], pitch, boxes)
        )
        title = title or (
            bool(runs)
            and runs[-1][0] == "title"
            and _counted_end_under(i, runs[-1][1][-1], pitch, boxes, lines[i].text)
        )
        wrap = _is_wrap(lines[i].text)
        # (A deck is never one character: one right under a title line is its end wrapped,
        # whatever its box's height says against a first line boxed tall.)
        title = title or (
            wrap
            and bool(runs)
            and runs[-1][0] == "title"
            and _right_under(i, runs[-1][1][-1], boxes, m)
        )
        kind: BlockKind = "title" if title else "deck"
        if runs and runs[-1][0] == kind and _joins(runs, kind, i, boxes, wrap):
            runs[-1][1].append(i)
        else:
            runs.append((kind, [i]))
    runs = _tight_first_lines(runs, pitch, boxes)
    out: list[tuple[BlockKind, list[LineRow]]] = []
    titled = False
    for kind, group in runs:
        rows = [
            r
            for i in reading_order(sorted(group, key=lambda i: boxes[i][1]), boxes)
            for r in cut[i]
        ]
        if not rows:
            continue
        if kind == "title" and titled:
            kind = "deck"  # a second run of title type under a deck: keep one title
        titled = titled or kind == "title"
        out.append((kind, rows))
    return out


def _tight_first_lines(
    runs: list[tuple[BlockKind, list[int]]], pitch: dict[int, float], boxes: list[BoxT]
) -> list[tuple[BlockKind, list[int]]]:
    """``runs`` with a deck run right over a title run joined to the title where its lines
    are set in the title's type: each line's pitch within :data:`SAME_TYPE` of the title's
    first line's, either way, and the title's first line standing right under its last
    (:func:`_same_type`). A title's first line boxed tight (32 px tall over its second
    line's 41 px, at one pitch, test14full/page-13) is smaller than the title by its box's
    height and read as a kicker deck: the title was its second line alone. A kicker deck
    is set smaller, its pitch narrower than the title's by more than a detector's boxes
    swing (a 28 px deck under a 36 px title: 0.78)."""
    out: list[tuple[BlockKind, list[int]]] = []
    for kind, group in runs:
        if out and kind == "title" and out[-1][0] == "deck":
            first, deck = group[0], out[-1][1]
            if (
                first in pitch
                and all(
                    i in pitch
                    and min(pitch[i], pitch[first]) >= SAME_TYPE * max(pitch[i], pitch[first])
                    for i in deck
                )
                and _same_type(first, deck[-1], pitch, boxes)
            ):
                out[-1] = ("title", [*deck, *group])
                continue
        out.append((kind, group))
    return out


def _same_type(i: int, last: int, pitch: dict[int, float], boxes: list[BoxT]) -> bool:
    """Headline line ``i`` stands right under title line ``last`` (its top within half its
    height of that line's foot, most of the narrower line's span shared) and is set at
    :data:`SAME_TYPE` of that line's pitch or more: the title's next line. (Lines without a
    measured pitch, of under :data:`PITCH_CHARS` characters, are judged by size alone.)"""
    if i not in pitch or last not in pitch or pitch[i] < SAME_TYPE * pitch[last]:
        return False
    x0, y0, x1, y1 = boxes[i]
    a0, _, a1, b1 = boxes[last]
    h = y1 - y0
    shared = min(x1, a1) - max(x0, a0)
    return -0.5 * h <= y0 - b1 <= 0.5 * h and shared >= 0.8 * min(x1 - x0, a1 - a0)


def _short_end_under(i: int, last: int, pitch: dict[int, float], boxes: list[BoxT]) -> bool:
    """Headline line ``i``, too short for a pitch (under :data:`PITCH_CHARS` CJK characters),
    stands right under title line ``last`` (its top within half its height of that line's
    foot, its span inside that line's) in a box as tall as that line's or taller: the title's
    end wrapped onto a line of its own (a list's title ``…委员会委员`` over ``名单（205名）``).
    Its size, told by its box's height alone, was weighed against the title line's pitch, and
    a page's larger body height made it read a deck (test20/page-08 read shrunk: 38 px under
    a 36 px title line, a deck there and the title's end at full size). A deck is set
    smaller than its title: its box is not as tall."""
    if i in pitch or last not in pitch:
        return False
    h = boxes[i][3] - boxes[i][1]
    return h >= boxes[last][3] - boxes[last][1] and _wrapped_under(i, last, boxes)


def _wrapped_under(i: int, last: int, boxes: list[BoxT]) -> bool:
    """Box ``i`` stands where a title line's wrapped end does under line ``last``: its top
    within half its own height of that line's foot, its span inside that line's, give or
    take half its height (:func:`_short_end_under`, :func:`_counted_end_under`; a deck's
    :func:`_right_under` allows a deck more room)."""
    x0, y0, x1, y1 = boxes[i]
    a0, _, a1, b1 = boxes[last]
    h = y1 - y0
    return -0.5 * h <= y0 - b1 <= 0.5 * h and a0 - 0.5 * h <= x0 and x1 <= a1 + 0.5 * h


#: Boxes within this many px in height are as tall (a detector's boxes of one type vary by
#: a pixel; a shrunk read's coordinates, scaled back, by float noise).
SAME_HEIGHT = 1.0


def _counted_end_under(
    i: int, last: int, pitch: dict[int, float], boxes: list[BoxT], text: str
) -> bool:
    """Headline line ``i``, too short for a pitch, right under title line ``last`` and inside
    its span as :func:`_short_end_under` has it, its box as tall as that line's within
    SAME_HEIGHT (but not as tall: that function's), holding a character that is no CJK
    character (a count, a bracket): the title's end wrapped. test20/page-11 read shrunk:
    ``…委员会委员`` over ``名单 (133名)``, both boxes 34.33 px, the end's by 1e-5 px the
    shorter, sized by its box's height alone (1.300 of the body, under 0.88 of the title
    line's 1.492) it read as a deck. A byline under a title is boxed as tall as the title
    line too (dev/page-42: ``周德武``, 33 px under 33 px) but is a bare name, CJK characters
    only: a deck still."""
    if i in pitch or last not in pitch:
        return False
    if all("\u4e00" <= ch <= "\u9fff" for ch in "".join(text.split())):
        return False
    h, tall = boxes[i][3] - boxes[i][1], boxes[last][3] - boxes[last][1]
    return tall - SAME_HEIGHT <= h < tall and _wrapped_under(i, last, boxes)


#: A wrapped end's box is at most this much taller than the line it ends (one character boxed
#: square, 43 px under a 33 px line's box); a title under a kicker deck is set far larger.
WRAPPED_TALLER = 1.4


def _wrapped_ends(
    heads: list[int], pitch: dict[int, float], boxes: list[BoxT], m: Metrics
) -> set[int]:
    """Short lines (no pitch) right under a headline line with a pitch, within its span and
    not much taller: that line's end wrapped (a title's "共商国 | 是"). Such a line's size,
    by its box's height, does not count as the headline's largest: a detector boxes one or
    two characters nearly square, taller than the line's box it wraps from, and the title's
    first line would read as a deck against it. ``heads`` are sorted by top."""
    ends: set[int] = set()
    for k in range(1, len(heads)):
        i, last = heads[k], heads[k - 1]
        h, h_last = boxes[i][3] - boxes[i][1], boxes[last][3] - boxes[last][1]
        if (
            i not in pitch
            and last in pitch
            and _right_under(i, last, boxes, m)
            and h <= WRAPPED_TALLER * h_last
        ):
            ends.add(i)
    return ends


def _right_under(i: int, last: int, boxes: list[BoxT], m: Metrics) -> bool:
    """Headline line ``i`` stands right under line ``last`` and within its span."""
    h = boxes[i][3] - boxes[i][1]
    close = -0.5 * h <= boxes[i][1] - boxes[last][3] <= 0.6 * h
    return (
        close and boxes[last][0] - m.char <= boxes[i][0] and boxes[i][2] <= boxes[last][2] + m.char
    )


def _pitch(text: str, box: BoxT) -> float:
    """Box width per character cell, ASCII set proportionally as a CJK font sets it: letters
    and digits about 0.55 of a CJK character, brackets and stops about a third; curly quotes
    :data:`QUOTE_CELL` (see :func:`_quoted_headline`)."""
    cells = sum(
        QUOTE_CELL if ch in "“”‘’" else 1.0 if ord(ch) >= 0x80 else 0.55 if ch.isalnum() else 0.35
        for ch in text
        if not ch.isspace()
    )
    return (box[2] - box[0]) / cells if cells else 0.0


def _joins(
    runs: list[tuple[BlockKind, list[int]]],
    kind: str,
    i: int,
    boxes: list[BoxT],
    wrap: bool = False,
) -> bool:
    """Whether headline line ``i`` continues the run above it rather than starting a deck.

    Title-size lines are one title. A deck line continues the deck above when it stands on the
    same row, or when it is the same size right under a line that filled the headline's width
    (a wrapped deck); a short line over it means a deck of its own (a byline-like subtitle).
    A ``wrap`` (see :func:`_is_wrap`) right under a deck line ends it, whatever that line's
    width (a centred deck is narrower than its title): a deck is never one character.
    """
    if kind == "title":
        return True
    last = runs[-1][1][-1]
    h = boxes[i][3] - boxes[i][1]
    if abs(boxes[last][1] - boxes[i][1]) < 0.5 * h:
        return True
    h_last = boxes[last][3] - boxes[last][1]
    widest = max(boxes[j][2] - boxes[j][0] for _, members in runs for j in members)
    # Full: within about a character (of its own type) of the widest line so far.
    full = boxes[last][2] - boxes[last][0] >= widest - 1.2 * h_last
    close = boxes[i][1] - boxes[last][3] <= 0.6 * h
    if wrap and close:
        return True
    return full and close and abs(h - h_last) <= 0.15 * h


def _full_width(boxes: list[BoxT], body: list[int]) -> float:
    """The width of a full line of the page's commonest column: the upper quartile of body line
    widths (most lines are full; paragraph ends are shorter). Sampled, so it stays linear."""
    sample = sorted(boxes[i][2] - boxes[i][0] for i in body[:: max(1, len(body) // 2000)])
    return sample[(3 * len(sample)) // 4] if sample else 0.0


def _column_edges(
    leaves: list[list[int]],
    boxes: list[BoxT],
    body: list[int],
    full: float,
    char: float,
    lines: Sequence[OcrLine] = (),
) -> dict[int, tuple[float, float]]:
    """The left and right edge of the column each body line stands in.

    Leaves whose spans overlap by more than half of the wider are one column (a wide column
    over two narrow ones is three). Its left edge is where most
    lines start (the lowest start, indents only add to it); its right edge where most lines
    end (the median end: justified lines end flush, a closing mark may hang past it). A column
    of a few lines may hold no full line at all: its right edge is at least a full line of the
    page's commonest column away from its left edge.
    """
    body_set = set(body)
    # Each column: its span, its lines, and their starts and ends (each line's read once).
    spans: list[tuple[float, float, list[int]]] = []
    starts: list[list[float]] = []
    ends: list[list[float]] = []
    for leaf in leaves:
        # (A leaf all of body lines, most leaves, is its own lines as the filter gives them:
        # told in C, and read, never changed in place.)
        mine = leaf if body_set.issuperset(leaf) else [i for i in leaf if i in body_set]
        if not mine:
            continue
        mine_starts = [boxes[i][0] for i in mine]
        mine_ends = [boxes[i][2] for i in mine]
        lo, hi = min(mine_starts), max(mine_ends)
        for k, (a, b, members) in enumerate(spans):
            if min(b, hi) - max(a, lo) > 0.5 * max(b - a, hi - lo):
                spans[k] = (min(a, lo), max(b, hi), members + mine)
                starts[k] = starts[k] + mine_starts
                ends[k] = ends[k] + mine_ends
                break
        else:
            spans.append((lo, hi, mine))
            starts.append(mine_starts)
            ends.append(mine_ends)
    edges: dict[int, tuple[float, float]] = {}
    for (a, _, members), column_starts, column_ends in zip(spans, starts, ends, strict=True):
        # (The column's starts sorted once, for both looks at its left edge: the lines an
        # indent or more right of a start are then the sorted list's tail, bisected.)
        column_starts.sort()
        a = _shared_left(a, column_starts, char)
        right = _median_sorting(column_ends)
        if lines:
            a = _running_left(a, members, column_starts, boxes, lines, char, right)
        if len(members) < 4:
            right = max(right, a + full)
        # (One pair a column, shared by its lines: they are read, never changed.)
        edge = (a, right)
        for i in members:
            edges[i] = edge
    _lone_under(spans, edges, boxes, char)
    return edges


def _median_sorting(values: list[float]) -> float:
    """:func:`statistics.median` of ``values`` (not empty), sorting the list itself (a
    column's ends, read once): the same middle value, or the two middle values' sum halved,
    without the module's call and its copy of the list."""
    values.sort()
    n = len(values)
    if n % 2:
        return values[n // 2]
    return (values[n // 2 - 1] + values[n // 2]) / 2


def _lone_under(
    spans: list[tuple[float, float, list[int]]],
    edges: dict[int, tuple[float, float]],
    boxes: list[BoxT],
    char: float,
) -> None:
    """Give a line standing alone in its span (a leaf of its own) the edges of a column of
    four lines or more it stands an indent in from (INDENT to twice that many characters right
    of the column's left edge, within its right edge), its top at most LONE_UNDER characters
    under the column's last line: rows the OCR lost over it left a gap that cut it off from
    its column, and measured from its own start it read unindented, run on into the
    paragraph over the gap. (Its edges alone: the column's stand as its own lines set them.)"""
    # (Each column's foot measured once, when first asked: a story of many lone lines asked
    # it of every column again for each of them.)
    feet: dict[int, float] = {}
    for _, _, (i, *more) in spans:
        if more:
            continue
        x0, y0, x1, _ = boxes[i]
        for k, (_, _, column) in enumerate(spans):
            if len(column) < 4:
                continue
            left, right = edges[column[0]]
            foot = feet.get(k)
            if foot is None:
                foot = feet[k] = max(boxes[j][3] for j in column)
            if (
                INDENT * char <= x0 - left <= 2 * INDENT * char
                and x1 <= right + char / 2
                and 0 <= y0 - foot <= LONE_UNDER * char
            ):
                edges[i] = (left, right)
                break


def _shared_left(lowest: float, starts: list[float], char: float) -> float:
    """A column's left edge: the lowest start of its lines (``starts``, sorted), unless one
    box alone starts left of the start most lines share by less than an indent (a
    detector's box grown into the gutter, or shifted left): measured from it, every line
    would be indented.

    The start the lines share is the lowest one two lines hold (a paragraph indent is two
    characters; a box's start wanders a few pixels). It is the edge only when more than half
    of the lines start an indent right of the lowest start (a column is mostly running
    lines, not paragraph starts) and it lies less than :data:`OUTLIER_SHIFT` characters
    right of it (a line really set two characters left of the rest is unindented).
    """
    if len(starts) < 5 or char <= 0:
        return lowest
    shared = next((s for s, t in itertools.pairwise(starts) if t - s <= 0.4 * char), lowest)
    if not 0 < shared - lowest < OUTLIER_SHIFT * char:
        return lowest
    indented = len(starts) - _first_indented(starts, lowest, char)
    return shared if 2 * indented > len(starts) else lowest


def _first_indented(starts: list[float], left: float, char: float) -> int:
    """Where the sorted ``starts`` of a column's lines that stand an indent or more right of
    ``left`` begin (``x - left >= INDENT * char``): those are the list's tail, the difference
    growing with the start (float subtraction keeps order), so the first is bisected."""
    step = INDENT * char
    return bisect.bisect_left(starts, True, key=lambda x: x - left >= step)


def _running_left(
    a: float,
    members: list[int],
    starts: list[float],
    boxes: list[BoxT],
    lines: Sequence[OcrLine],
    char: float,
    right: float,
) -> float:
    """A column's left edge ``a`` (its lowest start), unless the lines it would make indented
    run on from one to the next: then the start they share is where the column's lines run,
    its edge, and a box starting left of it is misplaced or no line of the column: a run-on
    line's part cut a character or two early, a box grown into the gutter, a line set over
    the column from further left (a deck in body type, in the column's leaf). Measured from
    such a box's start, every line of the column stood indented and became a paragraph of
    its own.

    Asked only when more than half of the lines stand indented from ``a`` (a column is
    mostly running lines, not paragraph starts). The lines run on when one, full (ending
    within :data:`SHORT` characters of the column's right edge ``right``) and ending no
    sentence, has the line right under it start where it starts: a paragraph's first line
    that runs on has an unindented line under it. (Indented lines that each end a sentence
    are one-line paragraphs: a line set left of them is unindented, and keeps ``a``.)
    ``starts``: the starts of ``members``' boxes, sorted."""
    if len(members) < 5 or char <= 0:
        return a
    indented = starts[_first_indented(starts, a, char) :]
    if 2 * len(indented) <= len(members):
        return a
    shared = next((s for s, t in itertools.pairwise(indented) if t - s <= 0.4 * char), None)
    if shared is None:
        return a
    column = sorted(members, key=lambda i: boxes[i][1])
    for i, j in itertools.pairwise(column):
        if (
            abs(boxes[i][0] - shared) <= 0.4 * char
            and abs(boxes[j][0] - shared) <= 0.4 * char
            and boxes[j][1] - boxes[i][3] < char
            and right - boxes[i][2] < SHORT * char
            and not ends_sentence(lines[i].text)
        ):
            return shared
    return a


def _subheads(
    seq: list[int],
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: Metrics,
    ratio: dict[int, float],
) -> set[int]:
    """The sub-head lines of a story's body lines ``seq`` (in reading order).

    A line that looks like a sub-head on its own (:func:`_is_subhead`) is one only where a
    sub-head can stand in the run of the text:

    * not right after a full line (one reaching its column's right edge) that does not end a
      sentence and is no sub-head itself: that line's sentence runs on into this one;
    * not right before a line that neither starts a paragraph (indent, ■) nor is a sub-head
      line itself: text after a sub-head starts a paragraph, so a line running on unindented
      is the paragraph's first line (one whose box came out wide: a character the OCR
      dropped, digits narrower than a CJK cell, make a body line's pitch look larger).

    A sub-head wrapped over two lines is two candidate lines in a row, and stays one.
    """
    cand = _subhead_candidates(seq, lines, boxes, edges, m, ratio)
    # (Each rule asked at the candidates only: a line that is none stays none. Their places
    # picked in C.)
    at = list(itertools.compress(range(len(cand)), cand))
    if not at:
        return set()
    ok: set[int] = set()
    for k in at:
        before = seq[k - 1] if k else -1
        if (
            k
            and not cand[k - 1]
            and _full(before, boxes, edges, m)
            and not ends_sentence(lines[before].text.strip())
        ):
            continue  # run on to from the full line before
        ok.add(k)
    # (From the last line up: whether the line after a candidate stays one is settled first.)
    for k in reversed(at):
        if (
            k in ok
            and k + 1 < len(seq)
            and k + 1 not in ok
            and not _indented(seq[k + 1], lines, boxes, edges, m)
        ):
            ok.discard(k)  # the line after it runs on unindented
    return {seq[k] for k in ok}


def _subhead_candidates(
    seq: list[int],
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: Metrics,
    ratio: dict[int, float],
) -> list[bool]:
    """:func:`_is_subhead` of each line of ``seq``, asked only of lines set as large as a
    sub-head or narrow enough to stand centred in the story's widest column: centred, a
    line leaves two and a half characters each side of its column, and a line wider than
    the widest column of ``edges`` less four characters (and a pixel) leaves less (with no
    character width to measure by, every line is asked)."""
    if m.char > 0:
        widest = max((right - left for left, right in edges.values()), default=0.0)
        room = widest - 4 * m.char + 1.0
    else:
        room = float("inf")
    return [
        (ratio[i] >= SUBHEAD_RATIO or boxes[i][2] - boxes[i][0] <= room)
        and _is_subhead(i, lines, boxes, edges, m, ratio[i])
        for i in seq
    ]


def _full(i: int, boxes: list[BoxT], edges: dict[int, tuple[float, float]], m: Metrics) -> bool:
    """Line ``i`` reaches its column's right edge (else its own end), SHORT characters or
    nearer."""
    _, right = edges.get(i, (boxes[i][0], boxes[i][2]))
    return right - boxes[i][2] < SHORT * m.char


def _indented(
    i: int,
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: Metrics,
) -> bool:
    """Line ``i`` starts a paragraph by its indent or a ■."""
    left, _ = edges.get(i, (boxes[i][0], boxes[i][2]))
    return boxes[i][0] - left >= INDENT * m.char or lines[i].text.lstrip().startswith("■")


def _is_subhead(
    i: int,
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: Metrics,
    ratio: float,
) -> bool:
    """Line ``i`` (of :func:`type_ratio` ``ratio``) looks like a sub-head on its own."""
    x0, _, x1, _ = boxes[i]
    left, right = edges.get(i, (x0, x1))
    lead, trail = x0 - left, right - x1
    # Centered: set in further than a paragraph's two-character indent, on both sides.
    centered = lead >= 2.5 * m.char and trail >= 2.5 * m.char and abs(lead - trail) <= 1.5 * m.char
    if ratio < SUBHEAD_RATIO and not centered:
        return False  # the common case, decided on geometry alone
    text = lines[i].text.strip()
    if text.startswith("■") or ends_sentence(text) or _CLAUSE.search(text[-1:]):
        return False
    clause = _CLAUSE.search(text) is not None
    if ratio >= SUBHEAD_RATIO + (0.05 if clause else 0) and width(text) <= 24:
        return True
    return centered and not clause and width(text) <= 20


def _starts_paragraph(
    i: int,
    prev: int | None,
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: Metrics,
) -> bool:
    text = lines[i].text.strip()
    if text.startswith("■"):
        return True
    # (Its column's left edge, else its own start: without a default built for every line.)
    edge = edges.get(i)
    left = boxes[i][0] if edge is None else edge[0]
    if INDENT * m.char <= boxes[i][0] - left < FAR_IN * m.char:
        return True
    if prev is None:
        return False
    prev_text = lines[prev].text.strip()
    # (Asked first, as the cheapest: most lines run on, and then nothing else matters. And
    # their last character first: a line ending a sentence or a block ends in a closing mark,
    # a stop or a colon, most lines in none of them.)
    return (
        prev_text[-1:] in _MAY_END_BLOCK
        and (
            _after_block_end(prev, prev_text, boxes, edges, m)
            or _indent_swallowed(i, prev, text, prev_text, boxes, edges, m)
        )
        and not (
            abs(boxes[i][0] - left) < INDENT * m.char
            and _squeezed_full(prev, prev_text, boxes, edges, m)
        )
    ) or (
        _after_lost_row(boxes[prev], boxes[i], prev_text)
        or _swallowed_after_lost_row(i, prev, text, prev_text, boxes, edges, m)
    )


def _set_cells(text: str) -> float:
    """Cells a line's characters take as set: Latin letters and digits about 0.6 of a CJK
    cell, any other mark (a full-width quote the OCR read as an ASCII one) a whole cell."""
    ink = "".join(text.split())
    if ink and _LATIN.search(ink) is None:
        return float(len(ink))  # (a sum of whole cells is exact in any order: see text.cells)
    return sum(0.6 if ch.isascii() and ch.isalnum() else 1.0 for ch in ink)


def _byline(
    story: _Story,
    body: list[int],
    cut: dict[int, Sequence[LineRow]],
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: Metrics,
) -> int:
    """Cut a byline off the front of the story's text; return how many lines it took whole.

    The byline is parsed by the text reflow's code (本报讯（记者 某某）, 新华社北京3月1日电,
    本报记者  某某  某某); a staff byline whose spaces are gone (本报记者某某某某某) is split
    into names by surname. Lines right under a whole-line byline that hold only names, not
    indented, are its names wrapped onto the next line.
    """
    if not body:
        return 0
    first = cut[body[0]][0]
    # A source line run onto the byline ("…付明丽《人民日报》（2025年03月01日第 01 版）")
    # belongs to the byline block; the names are parsed without it.
    tail = _SOURCE_TAIL.search(first.text)
    head_text = first.text[: tail.start()].rstrip() if tail else first.text
    hit = parse_byline(head_text)
    if tail and hit is not None:
        hit = (len(first.text), hit[1])
    reporters: tuple[str, ...] | None = None
    if hit is None:
        flat = "".join(head_text.split())
        squashed = _STAFF_SQUASHED.fullmatch(flat)
        names = split_names(squashed.group(2)) if squashed else None
        if names and squashed is not None:
            length, source, reporters = len(first.text), squashed.group(1), tuple(names)
        elif (
            _STAFF_ALONE.fullmatch(flat)
            and len(body) > 1
            and _NAMES.fullmatch(lines[body[1]].text.strip())
        ):
            # "本报记者" alone on its line, the names wrapped onto the next.
            length, source, reporters = len(first.text), flat, ()
        else:
            return 0
    else:
        length, parsed = hit
        source, reporters = parsed.source, parsed.reporters
    head = LineRow(first.line, first.start, first.start + length, first.text[:length])
    story.byline_rows.append(head)
    rest = first.text[length:]
    lead = len(rest) - len(rest.lstrip())
    first.start += length + lead
    first.text = rest.lstrip()
    taken = 0
    if not first.text:
        cut[body[0]] = cut[body[0]][1:]  # (its first row taken whole: no list holds it)
        taken = 1
        names_more: list[str] = []
        for i in body[1:]:
            text = lines[i].text.strip()
            left, _ = edges.get(i, (boxes[i][0], boxes[i][2]))
            if boxes[i][0] - left >= INDENT * m.char or not _NAMES.fullmatch(text):
                break
            story.byline_rows.extend(cut[i])
            names_more.extend(text.split())
            taken += 1
        reporters = tuple(reporters or ()) + tuple(names_more)
    text = " ".join(r.text for r in story.byline_rows)
    story.byline = Byline(_byline_text(text), "".join(source.split()), reporters or ())
    return taken


def _byline_text(text: str) -> str:
    """One space between words of a byline, as :func:`rows.byline_text` and spaces.emit."""
    out: list[str] = []
    for token in text.split():
        if out and out[-1][-1].isalnum() and token[0].isalnum():
            out.append(" ")
        out.append(token)
    return "".join(out)


def split_names(run: str) -> list[str] | None:
    """Split reporters' names written without spaces (刘鑫焱付明丽 -> 刘鑫焱, 付明丽).

    Each name is two or three characters (four with a two-character surname) and starts with
    a surname; of the splits that work, the one with the most three-character names wins (the
    commoner form), None when none works.
    """
    from desktop.core.extract.lexicons import lexicons  # the surname list, loaded once

    lex = lexicons()

    def starts_name(piece: str) -> bool:
        return piece[:1] in lex.surnames or piece[:2] in lex.compound_surnames

    best: list[str] | None = None
    best_score = -1

    def walk(pos: int, acc: list[str]) -> None:
        nonlocal best, best_score
        if pos == len(run):
            score = sum(1 for n in acc if len(n) == 3)
            if len(acc) >= 1 and score > best_score:
                best, best_score = list(acc), score
            return
        for size in (3, 2, 4):
            piece = run[pos : pos + size]
            if len(piece) != size or not starts_name(piece):
                continue
            if size == 4 and piece[:2] not in lex.compound_surnames:
                continue
            acc.append(piece)
            walk(pos + size, acc)
            acc.pop()

    walk(0, [])
    return best


def _article(raw: str, index: int, story: _Story) -> Article:
    """Blocks joined by a synthetic newline: headline, byline, then the body."""
    pieces: list[tuple[BlockKind, Emitted]] = []
    for kind, rows in story.heads:
        pieces.append((kind, emit(raw, rows, "heading")))
    byline = story.byline
    if story.byline_rows:
        printed = emit(raw, story.byline_rows, "byline")
        pieces.append(("byline", printed))
        if byline is not None and printed.offsets:  # as printed (spaces removed the same way)
            byline = Byline(printed.text(), byline.source, byline.reporters)
    for kind, rows in story.body:
        mode: Mode = "heading" if kind == "subhead" else "para"
        pieces.append((kind, emit(raw, rows, mode)))
    return build_article(index, pieces, byline=byline, markers=tuple(story.markers))
