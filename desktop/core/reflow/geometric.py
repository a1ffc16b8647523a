"""Layout from geometry: an OCR page of boxed lines -> articles, page furniture and set-asides.

The evidence a box gives, in the order it is used:

* **size**: the page's body type is the median height of its lines; a line much taller is
  headline type (kicker, title, subtitle), one a little taller a sub-head;
* **what is not text**: a low-confidence or tiny isolated box is an OCR speck or show-through
  (``SetAside("noise")``), a tall narrow box is vertical type (``"vertical"``), and lines that
  say only what the page is (masthead, date, page and issue numbers, section name, editor
  credits; :mod:`furniture`) go to :class:`~desktop.core.model.PageMeta` (``"furniture"``);
* **position**: columns, stories and reading order come from a recursive XY-cut over the
  whitespace between boxes (:mod:`columns`), never from the order the tool listed the lines;
* **indent**: a paragraph's first line starts about two characters right of its column's
  left edge; a short line ending a sentence ends one even where the indent was lost.

Headline lines that touch each other form a group: its largest type is the title, smaller
lines above it are kicker decks, below it subtitle decks. A ■ line is a lead summary, kept as
a paragraph of its story. Bylines, continuation markers and the text and source map of every
block come from the text reflow (:mod:`rows`, :mod:`assemble`, :mod:`spaces`), so both layouts
produce the same blocks.

Contract: every character of every line that is not set aside is in exactly one article's text
(``source_map`` gives its raw offset, which indexes ``ocr.raw``: lines in file order) or in a
removed marker. Linear in the number of boxes apart from the sorts of the XY-cut.
"""

from __future__ import annotations

import bisect
import gc
import re
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desktop.core.model import Page, PageMeta, SetAside, line_starts
from desktop.core.ocr.model import OcrLine, OcrPage
from desktop.core.reflow.arrays import matrix
from desktop.core.reflow.columns import BoxT
from desktop.core.reflow.furniture import Furniture, parse_line
from desktop.core.reflow.stories import HEADLINE_RATIO, Metrics, build_articles
from desktop.core.reflow.text import ends_sentence, width

#: Boxes the OCR scored below this are noise (show-through, specks).
NOISE_CONFIDENCE = 0.5

_CLAUSE = re.compile(r"[，。、；：！？,;:!?]")
_PAPER = re.compile(r"(日报|晚报|时报|周报|商报|导报|画报|早报|都市报|新闻|参考|报)$")


def reflow_geometric(ocr: OcrPage, known_cells: Sequence[float] | None = None) -> Page:
    """Lay out an OCR page whose lines have boxes (see the module docstring). ``known_cells``:
    each line's character cells (:func:`~desktop.core.reflow.text.cells`), when the caller
    has counted them."""
    # Like the text reflow: no reference cycles are built, so the cyclic collector's passes
    # over a big page's many small objects are pure cost.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _reflow(ocr, known_cells)
    finally:
        if was_enabled:
            gc.enable()


def _reflow(ocr: OcrPage, known_cells: Sequence[float] | None) -> Page:
    raw = ocr.raw
    starts = line_starts(raw)
    lines = ocr.lines
    # (Each line's box read once.)
    boxes: list[BoxT] = [
        (box.x0, box.y0, box.x1, box.y1) if (box := ln.box) is not None else (0, 0, 0, 0)
        for ln in lines
    ]
    metrics = _metrics(lines)
    # (Each line's facts the passes below ask of every line, worked out once: its text
    # stripped, its box's numbers as a matrix.)
    stripped = [ln.text.strip() for ln in lines]
    rect = _rect_matrix(boxes)
    aside: dict[int, SetAside] = {}
    _set_aside_noise(
        lines, boxes, metrics, aside, _noise_candidates(lines, rect, stripped, metrics), rect
    )
    hints = _editor_hint_lines(lines, raw, starts)
    meta = _furniture(lines, boxes, metrics, aside, ocr.height, _Looked(rect, hints))
    content = [i for i, text in enumerate(stripped) if text and i not in aside]
    articles = build_articles(
        raw, starts, lines, boxes, content, metrics, known_cells, rect, stripped
    )
    removed = sorted(
        (m for a in articles for m in a.markers), key=lambda m: (m.raw_start, m.raw_end)
    )
    size = (ocr.width, ocr.height) if ocr.width and ocr.height else None
    return Page(
        source=ocr.source,
        raw=raw,
        encoding=ocr.encoding,
        articles=articles,
        removed=tuple(removed),
        line_starts=starts,
        meta=meta,
        set_aside=tuple(aside[i] for i in sorted(aside)),
        format=ocr.format,
        # (Each box's numbers as one tuple already: given as they are, in a list comprehension
        # rather than a generator.)
        boxes=tuple(
            [b if ln.box is not None else None for ln, b in zip(lines, boxes, strict=True)]
        ),
        size=size,
        image=ocr.image,
    )


# --- measures -------------------------------------------------------------------------------


#: Body type is measured on at most this many lines, spread over the page (enough for a
#: median; keeps a huge page linear).
_SAMPLE = 2000


def _metrics(lines: Sequence[OcrLine]) -> Metrics:
    """Body type: the lower median height of the lines that read like running text.

    Lines with clause punctuation are running text; on a page with too few of them, every line
    of four characters or more counts. Tall narrow boxes (vertical type) never do.
    """
    texty: list[tuple[float, float]] = []
    other: list[tuple[float, float]] = []
    for ln in lines[:: max(1, len(lines) // _SAMPLE)]:
        box = ln.box
        if box is None or box.height <= 0 or box.height > 2 * box.width:
            continue
        if ln.confidence is not None and ln.confidence < NOISE_CONFIDENCE:
            continue
        cells = width(ln.text)
        if cells < 4:
            continue
        sample = (box.height, box.width / cells)
        (texty if _CLAUSE.search(ln.text) else other).append(sample)
    samples = texty if len(texty) >= 3 else texty + other
    if not samples:
        samples = [
            (ln.box.height, ln.box.height)
            for ln in lines
            if ln.box is not None and ln.box.height > 0
        ]
    if not samples:
        return Metrics(1.0, 1.0)
    # Body lines are the many; headline lines are few and taller: the lower median is body.
    body = statistics.median_low(h for h, _ in samples)
    near = [c for h, c in samples if abs(h - body) <= 0.15 * body]
    return Metrics(body, statistics.median(near or [c for _, c in samples]))


# --- what is not text -----------------------------------------------------------------------


def _rect_matrix(boxes: list[BoxT]) -> np.ndarray:
    """``boxes`` as the rows of a matrix of floats (x0, y0, x1, y1)."""
    return matrix(boxes, len(boxes), 4)


def _noise_candidates(
    lines: Sequence[OcrLine], rect: np.ndarray, stripped: list[str], m: Metrics
) -> list[int]:
    """The lines (in order) :func:`_set_aside_noise` may set aside or find tiny: holding text,
    and without a box, or in a tall narrow box, or scored low, or of one or two characters.
    Every other line passes all its tests by (its box's numbers from the matrix ``rect`` of
    ``boxes``: the same subtractions and products; each line's text ``stripped``)."""
    x0, y0, x1, y1 = rect[:, 0], rect[:, 1], rect[:, 2], rect[:, 3]
    h = y1 - y0
    # (A confidence of None is NaN here, and no NaN is below the bound: as the test reads.)
    confidence = np.array([ln.confidence for ln in lines], dtype=float)
    length = np.fromiter(map(len, stripped), dtype=np.intp, count=len(stripped))
    unboxed = np.fromiter((ln.box is None for ln in lines), dtype=bool, count=len(lines))
    maybe = (
        unboxed
        | ((h >= 2.5 * (x1 - x0)) & (h >= 2 * m.body))
        | (confidence < NOISE_CONFIDENCE)
        | (length <= 2)
    ) & (length > 0)
    return np.flatnonzero(maybe).tolist()


def _set_aside_noise(
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    m: Metrics,
    aside: dict[int, SetAside],
    maybe: Sequence[int] | None = None,
    rect: np.ndarray | None = None,
) -> None:
    """Set aside noise and vertical type. ``maybe``: the lines (in order) that may be either
    or tiny (:func:`_noise_candidates`), when known; else every line is asked. ``rect``:
    ``boxes`` as a matrix (:func:`_rect_matrix`), when made."""
    tiny: list[int] = []
    for i in range(len(lines)) if maybe is None else maybe:
        ln = lines[i]
        text = ln.text.strip()
        if not text:
            continue
        if ln.box is None:
            aside[i] = SetAside("noise", i, ln.text, note="no box on a page with boxes")
            continue
        # (The box's height and width from ``boxes``, the same numbers its properties give:
        # a property call a line was most of this loop's time.)
        x0, y0, x1, y1 = boxes[i]
        h = y1 - y0
        if len(text) >= 2 and h >= 2.5 * (x1 - x0) and h >= 2 * m.body:
            box = ln.box
            note = f"vertical text: a {box.width:.0f}x{box.height:.0f} box"
            aside[i] = SetAside("vertical", i, ln.text, note=note)
        elif ln.confidence is not None and ln.confidence < NOISE_CONFIDENCE:
            aside[i] = SetAside("noise", i, ln.text, note=f"confidence {ln.confidence:.2f}")
        elif len(text) <= 2 and h <= HEADLINE_RATIO * m.body and not ends_sentence(text):
            tiny.append(i)  # (one or two characters ending a sentence end a paragraph)
    if tiny:
        _isolated_specks(lines, boxes, m, tiny, aside, rect)


def _isolated_specks(
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    m: Metrics,
    tiny: list[int],
    aside: dict[int, SetAside],
    rect: np.ndarray | None = None,
) -> None:
    """A 1-2 character box that does not stand in a column of text is a speck (``rect``:
    ``boxes`` as a matrix, when made).

    The last line of a paragraph can be one or two characters too, but it sits right under
    (or, at a column's top, right over) a line of its column, within that line's span. A speck
    of show-through in a margin or a gutter has no such line. Boxes are hashed into a grid of
    line-height bands, so each check looks at the few lines level with it.
    """
    cell = max(m.body, 1.0)
    reach = m.body
    slack = 0.5 * m.char
    # Only the bands a tiny box looks in are filled: most lines stand in none of them, and
    # are passed over all at once (:func:`_in_bands`).
    wanted: set[int] = set()
    for i in tiny:
        wanted.update(
            range(int((boxes[i][1] - reach) // cell), int((boxes[i][3] + reach) // cell) + 1)
        )
    rows: dict[int, list[int]] = defaultdict(list)  # line-height bands of the page -> lines
    tiny_set = set(tiny)
    for i in _in_bands(boxes, cell, wanted, rect):
        box = boxes[i]
        bands = range(int(box[1] // cell), int(box[3] // cell) + 1)
        ln = lines[i]
        if i in aside or i in tiny_set or not ln.text.strip() or ln.box is None:
            continue
        for gy in bands:
            rows[gy].append(i)
    for i in tiny:
        x0, y0, x1, y1 = boxes[i]
        near = any(
            boxes[j][0] - slack <= x0
            and x1 <= boxes[j][2] + slack
            and boxes[j][1] - reach <= y1
            and y0 <= boxes[j][3] + reach
            for gy in range(int((y0 - reach) // cell), int((y1 + reach) // cell) + 1)
            for j in rows.get(gy, ())
        )
        if not near:
            aside[i] = SetAside("noise", i, lines[i].text, note="isolated speck")


def _in_bands(
    boxes: list[BoxT], cell: float, wanted: set[int], rect: np.ndarray | None = None
) -> list[int]:
    """The boxes (by number, in order) standing in one of the ``wanted`` bands, the page cut
    into bands ``cell`` tall: a box stands in the bands from its top's to its foot's
    (``y // cell``). The bands of every box are worked out at once (numpy's floor division of
    floats is Python's, the same remainder and rounding), the first wanted band at or past
    its top's found by bisection: a tiny box looks in a few bands, and most of a page's lines
    stand in none of them. ``rect``: ``boxes`` as a matrix (the same floats), when made."""
    if not wanted or not boxes:
        return []
    if rect is None:
        rect = _rect_matrix(boxes)
    first = np.floor_divide(rect[:, 1], cell)
    last = np.floor_divide(rect[:, 3], cell)
    bands = np.array(sorted(wanted), dtype=float)
    k = np.minimum(np.searchsorted(bands, first, side="left"), len(bands) - 1)
    return np.flatnonzero((bands[k] >= first) & (bands[k] <= last)).tolist()


@dataclass(frozen=True)
class _Looked:
    """What :func:`_furniture` reads of every line, worked out at once: the boxes' numbers as
    a matrix (:func:`_rect_matrix`), and the lines naming an editor's work
    (:func:`_editor_hint_lines`)."""

    rect: np.ndarray
    hints: set[int]


def _editor_hint_lines(lines: Sequence[OcrLine], raw: str, starts: Sequence[int]) -> set[int]:
    """The lines for which :func:`_editor_hint` holds, found in the raw text at once: where
    each of its words stands, bisected into the lines' starts (``raw`` is the lines joined by
    newlines, ``starts`` where each begins; a word holds no newline, so it stands inside one
    line). A page whose lines hold newlines themselves is asked line by line."""
    if len(starts) != len(lines):
        return {i for i, ln in enumerate(lines) if _editor_hint(ln.text)}
    found: set[int] = set()
    for word in _EDITOR_WORDS:
        at = raw.find(word)
        while at >= 0:
            found.add(bisect.bisect_right(starts, at) - 1)
            at = raw.find(word, at + 1)
    return found


def _furniture(
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    m: Metrics,
    aside: dict[int, SetAside],
    page_height: float | None,
    looked: _Looked | None = None,
) -> PageMeta:
    """Find the furniture lines above the first text line or below the last one.

    A line of body size that is not furniture bounds the header zone; inside it
    and under the last text line, lines made only of furniture tokens are furniture; the
    masthead is a large short line in the header zone named like a paper or level with a
    furniture line.
    """
    # (Heights from ``boxes``, the same numbers as the boxes' own: a property call a line
    # was most of these passes over the whole page.)
    # The lines of body size, and (for the masthead's row: the topmost line in large type
    # short enough to be a paper's name) those in large type, in one pass over the page.
    # (The bounds worked out once, not once a line: the same products.)
    body, body_slack, large_height = m.body, 0.2 * m.body, 2 * m.body
    body_size: list[int] = []
    large: list[int] = []
    if looked is None:
        for i, ln in enumerate(lines):
            if ln.box is None or i in aside:
                continue
            height = boxes[i][3] - boxes[i][1]
            if abs(height - body) <= body_slack:
                body_size.append(i)
            if (
                height >= large_height
                and 2 <= len("".join(ln.text.split())) <= 12
                and not _CLAUSE.search(ln.text)
            ):
                large.append(i)
        body_size.sort(key=lambda i: boxes[i][1])
    else:
        # (The same tests of every line's height on the matrix, the lines with a box not set
        # aside; a stable sort by top, as the list's.)
        rect = looked.rect
        top_at, height_of = rect[:, 1], rect[:, 3] - rect[:, 1]
        kept = np.ones(len(lines), dtype=bool)
        kept[[i for i, ln in enumerate(lines) if ln.box is None] + list(aside)] = False
        sized = np.flatnonzero(kept & (np.abs(height_of - body) <= body_slack))
        body_size = sized[np.argsort(top_at[sized], kind="stable")].tolist()
        for i in np.flatnonzero(kept & (height_of >= large_height)).tolist():
            text = lines[i].text
            if 2 <= len("".join(text.split())) <= 12 and not _CLAUSE.search(text):
                large.append(i)

    # A line level with the masthead's row is furniture set beside it, though the OCR misread
    # it ("第1版要阔"): it does not bound the header zone (else the masthead and the lines
    # under it fall out).
    head_row = min((boxes[i] for i in large), key=lambda b: b[1], default=None)

    def texty(i: int) -> bool:
        text = lines[i].text
        if head_row is not None:
            y0, y1 = boxes[i][1], boxes[i][3]
            if min(y1, head_row[3]) - max(y0, head_row[1]) >= 0.25 * (y1 - y0):
                return False
        return len(text.strip()) >= 2 and parse_line(text) is None

    # The topmost and bottommost lines of text, not themselves furniture ("责任编辑：某某").
    top_line = next((i for i in body_size if texty(i)), None)
    bottom_line = next((i for i in reversed(body_size) if texty(i)), None)
    if top_line is not None and bottom_line is not None:
        top, bottom = boxes[top_line][1], boxes[bottom_line][3]
    else:
        top, bottom = (page_height or 0.0) * 0.15, float("inf")
    found: dict[int, Furniture] = {}
    small_height = 1.2 * m.body
    if looked is None:
        maybe: Sequence[int] = range(len(lines))
    else:
        # (Only the lines standing outside or naming an editor's work can be furniture: the
        # rest are passed by at once, on the matrix. The same tests, in the same order.)
        rect = looked.rect
        outside_at = (rect[:, 3] <= top) | (rect[:, 1] >= bottom)
        hinted = np.zeros(len(lines), dtype=bool)
        hinted[list(looked.hints)] = True
        maybe = np.flatnonzero(outside_at | hinted).tolist()
    for i in maybe:
        ln = lines[i]
        # (Where it stands asked first: most lines stand inside the page and name no editor,
        # and then nothing else matters.)
        y0, y1 = boxes[i][1], boxes[i][3]
        outside = y1 <= top or y0 >= bottom
        if not outside and (y1 - y0 > small_height or not _editor_hint(ln.text)):
            continue  # inside the page only an editor credit, in small type, is furniture
        if i in aside or ln.box is None or not ln.text.strip():
            continue
        parsed = parse_line(ln.text)
        if parsed is None:
            continue
        if outside or (parsed.editor and not parsed.section):
            if parsed.section and not outside:
                continue
            found[i] = parsed
    masthead = _masthead(lines, boxes, m, aside, top, found)
    meta = PageMeta(
        paper="".join(lines[masthead].text.split()) if masthead is not None else None,
        date=next((f.date for f in found.values() if f.date), None),
        page=next((f.page for f in found.values() if f.page), None),
        section=next((f.section for f in found.values() if f.section), None),
        issue=next((f.issue for f in found.values() if f.issue), None),
    )
    for i, f in found.items():
        what = [k for k in ("date", "page", "issue", "section") if getattr(f, k)]
        note = ", ".join(what + (["editor"] if f.editor else []))
        aside[i] = SetAside("furniture", i, lines[i].text, note=note)
    if masthead is not None:
        aside[masthead] = SetAside("furniture", masthead, lines[masthead].text, note="masthead")
    return meta


#: The words :func:`_editor_hint` looks for.
_EDITOR_WORDS = ("编", "校对", "制图")


def _editor_hint(text: str) -> bool:
    """Whether a line names an editor's work ("责任编辑", "校对", "制图"): three substring
    tests, as the regex ``编|校对|制图`` searched, faster than its scan."""
    return "编" in text or "校对" in text or "制图" in text


def _masthead(
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    m: Metrics,
    aside: dict[int, SetAside],
    top: float,
    found: dict[int, Furniture],
) -> int | None:
    best: int | None = None
    for i, ln in enumerate(lines):
        if ln.box is None or boxes[i][3] > top or boxes[i][3] - boxes[i][1] < 2 * m.body:
            continue
        if i in aside or i in found:
            continue
        text = "".join(ln.text.split())
        if not (2 <= len(text) <= 12) or _CLAUSE.search(text):
            continue
        if best is None or boxes[i][1] < boxes[best][1]:
            best = i
    if best is None:
        return None
    text = "".join(lines[best].text.split())
    y0, y1 = boxes[best][1], boxes[best][3]
    level = any(boxes[j][1] < y1 and y0 < boxes[j][3] for j in found)
    return best if _PAPER.search(text) or level else None
