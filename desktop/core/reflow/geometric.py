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

import re
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.model import Article, Marker, Page, PageMeta, SetAside, line_starts
from desktop.core.ocr.model import OcrLine, OcrPage

# Private helpers of the text reflow, shared so both layouts build the same blocks (to be made
# public when the two are merged).
from desktop.core.reflow.assemble import _build, _Draft
from desktop.core.reflow.columns import BoxT, units, xy_cut
from desktop.core.reflow.furniture import Furniture, parse_line
from desktop.core.reflow.headlines import Group
from desktop.core.reflow.layout import Item
from desktop.core.reflow.rows import BylineHit, Row, _cut_markers, _make_row, _parse_byline
from desktop.core.reflow.text import ends_sentence, width

#: A line this much taller than body type is headline type.
HEADLINE_RATIO = 1.35
#: A line this much taller than body type (but not headline type) is a sub-head.
SUBHEAD_RATIO = 1.12
#: Boxes the OCR scored below this are noise (show-through, specks).
NOISE_CONFIDENCE = 0.5
#: A horizontal gap wider than this many body line heights separates parts of the page
#: (the space between two lines of a column is about half a line).
ROW_GAP = 0.65
#: A vertical gap wider than this many body characters separates columns (gutters are 1-2).
COLUMN_GAP = 0.6
#: A first line this many characters right of its column's edge is indented.
INDENT = 1.1
#: A line ending this many characters short of its column's right edge is short.
SHORT = 1.5

_CLAUSE = re.compile(r"[，。、；：！？,;:!?]")
_PAPER = re.compile(r"(日报|晚报|时报|周报|商报|导报|画报|早报|都市报|新闻|参考|报)$")
_ENDS_BLOCK = re.compile(r"[:：]$")


@dataclass
class _Metrics:
    body: float  # body line height
    char: float  # body character width


def reflow_geometric(ocr: OcrPage) -> Page:
    """Lay out an OCR page whose lines have boxes (see the module docstring)."""
    raw = ocr.raw
    starts = line_starts(raw)
    lines = ocr.lines
    boxes: list[BoxT] = [
        (ln.box.x0, ln.box.y0, ln.box.x1, ln.box.y1) if ln.box is not None else (0, 0, 0, 0)
        for ln in lines
    ]
    metrics = _metrics(lines)
    aside: dict[int, SetAside] = {}
    _set_aside_noise(lines, boxes, metrics, aside)
    meta = _furniture(lines, boxes, metrics, aside, ocr.height)
    content = [i for i, ln in enumerate(lines) if i not in aside and ln.text.strip()]
    articles = _articles(raw, starts, lines, boxes, content, metrics)
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
        boxes=tuple(
            (b[0], b[1], b[2], b[3]) if ln.box is not None else None
            for ln, b in zip(lines, boxes, strict=True)
        ),
        size=size,
        image=ocr.image,
    )


# --- measures -------------------------------------------------------------------------------


def _metrics(lines: Sequence[OcrLine]) -> _Metrics:
    heights: list[float] = []
    chars: list[float] = []
    for ln in lines:
        if ln.box is None or ln.box.height <= 0:
            continue
        cells = width(ln.text)
        if cells >= 4 and (ln.confidence is None or ln.confidence >= NOISE_CONFIDENCE):
            heights.append(ln.box.height)
            chars.append(ln.box.width / cells)
    if not heights:
        heights = [ln.box.height for ln in lines if ln.box is not None and ln.box.height > 0]
        chars = heights
    if not heights:
        return _Metrics(1.0, 1.0)
    # Body lines are the many; headline lines are few and taller: the lower median is body.
    body = statistics.median_low(heights)
    near = [c for h, c in zip(heights, chars, strict=False) if abs(h - body) <= 0.15 * body]
    return _Metrics(body, statistics.median(near or chars))


# --- what is not text -----------------------------------------------------------------------


def _set_aside_noise(
    lines: Sequence[OcrLine], boxes: list[BoxT], m: _Metrics, aside: dict[int, SetAside]
) -> None:
    tiny: list[int] = []
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if not text:
            continue
        if ln.box is None:
            aside[i] = SetAside("noise", i, ln.text, note="no box on a page with boxes")
            continue
        box = ln.box
        if len(text) >= 2 and box.height >= 2.5 * box.width and box.height >= 2 * m.body:
            note = f"vertical text: a {box.width:.0f}x{box.height:.0f} box"
            aside[i] = SetAside("vertical", i, ln.text, note=note)
        elif ln.confidence is not None and ln.confidence < NOISE_CONFIDENCE:
            aside[i] = SetAside("noise", i, ln.text, note=f"confidence {ln.confidence:.2f}")
        elif len(text) <= 2 and box.height <= HEADLINE_RATIO * m.body:
            tiny.append(i)
    if tiny:
        _isolated_specks(lines, boxes, m, tiny, aside)


def _isolated_specks(
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    m: _Metrics,
    tiny: list[int],
    aside: dict[int, SetAside],
) -> None:
    """A 1-2 character box that does not stand in a column of text is a speck.

    The last line of a paragraph can be one or two characters too, but it sits right under
    (or, at a column's top, right over) a line of its column, within that line's span. A speck
    of show-through in a margin or a gutter has no such line. Boxes are hashed into a grid of
    line-height cells, so each check looks at a few cells only.
    """
    cell = max(m.body, 1.0)
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    tiny_set = set(tiny)
    for i, ln in enumerate(lines):
        if i in aside or i in tiny_set or not ln.text.strip() or ln.box is None:
            continue
        x0, y0, x1, y1 = boxes[i]
        for gx in range(int(x0 // cell), int(x1 // cell) + 1):
            for gy in range(int(y0 // cell), int(y1 // cell) + 1):
                grid[(gx, gy)].append(i)
    reach = m.body
    slack = 0.5 * m.char
    for i in tiny:
        x0, y0, x1, y1 = boxes[i]
        near = False
        for gx in range(int(x0 // cell), int(x1 // cell) + 1):
            for gy in range(int((y0 - reach) // cell), int((y1 + reach) // cell) + 1):
                for j in grid.get((gx, gy), ()):
                    bx0, by0, bx1, by1 = boxes[j]
                    if (
                        bx0 - slack <= x0
                        and x1 <= bx1 + slack
                        and by0 - reach <= y1
                        and y0 <= by1 + reach
                    ):
                        near = True
                        break
                if near:
                    break
            if near:
                break
        if not near:
            aside[i] = SetAside("noise", i, lines[i].text, note="isolated speck")


def _furniture(
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    m: _Metrics,
    aside: dict[int, SetAside],
    page_height: float | None,
) -> PageMeta:
    """Find the furniture lines above the first text line or below the last one.

    A line of body text (body size, some clause punctuation) bounds the header zone; inside it
    and under the last text line, lines made only of furniture tokens are furniture; the
    masthead is a large short line in the header zone named like a paper or level with a
    furniture line.
    """
    texty = [
        i
        for i, ln in enumerate(lines)
        if i not in aside
        and ln.box is not None
        and abs(ln.box.height - m.body) <= 0.2 * m.body
        and width(ln.text) >= 6
        and _CLAUSE.search(ln.text)
        and parse_line(ln.text) is None
    ]
    if texty:
        top = min(boxes[i][1] for i in texty)
        bottom = max(boxes[i][3] for i in texty)
    else:
        top, bottom = (page_height or 0.0) * 0.15, float("inf")
    found: dict[int, Furniture] = {}
    for i, ln in enumerate(lines):
        if i in aside or ln.box is None or not ln.text.strip():
            continue
        y0, y1 = boxes[i][1], boxes[i][3]
        outside = y1 <= top or y0 >= bottom
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


def _masthead(
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    m: _Metrics,
    aside: dict[int, SetAside],
    top: float,
    found: dict[int, Furniture],
) -> int | None:
    best: int | None = None
    for i, ln in enumerate(lines):
        if i in aside or i in found or ln.box is None:
            continue
        text = "".join(ln.text.split())
        if not (2 <= len(text) <= 12) or _CLAUSE.search(text) or boxes[i][3] > top:
            continue
        if ln.box.height < 2 * m.body:
            continue
        if best is None or boxes[i][1] < boxes[best][1]:
            best = i
    if best is None:
        return None
    text = "".join(lines[best].text.split())
    y0, y1 = boxes[best][1], boxes[best][3]
    level = any(boxes[j][1] < y1 and y0 < boxes[j][3] for j in found)
    return best if _PAPER.search(text) or level else None


# --- stories --------------------------------------------------------------------------------


@dataclass
class _Line:
    index: int
    rows: list[Row]
    markers: list[Marker]


def _articles(
    raw: str,
    starts: Sequence[int],
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    content: list[int],
    m: _Metrics,
) -> tuple[Article, ...]:
    if not content:
        return ()
    group_of = _headline_groups(lines, boxes, content, m)
    cut: dict[int, _Line] = {}
    found: list[Marker] = []
    for i in content:
        cut[i] = _cut_line(raw, starts[i], i, lines[i].text, found)

    def keeps_apart(leaf: list[int]) -> bool:
        first = cut[leaf[0]]
        return any(mk.kind == "continued_from" for mk in first.markers)

    root = xy_cut(content, boxes, group_of, ROW_GAP * m.body, COLUMN_GAP * m.char)
    drafts: list[_Draft] = []
    for unit in units(root, group_of, keeps_apart):
        order = [i for leaf in unit.leaves for i in leaf]
        for story in _split_at_groups(order, group_of):
            drafts.append(_draft(story, unit.leaves, cut, lines, boxes, group_of, m))
    drafts = [d for d in drafts if d.body or d.headline is not None or d.byline is not None]
    return tuple(_build(raw, n, d) for n, d in enumerate(drafts))


def _cut_line(raw: str, start: int, index: int, text: str, found: list[Marker]) -> _Line:
    """One OCR line as rows of the text reflow, with its continuation markers cut out."""
    rows: list[Row] = []
    markers: list[Marker] = []
    for begin, end, before, after in _cut_markers(text, start, found):
        markers.extend(before + after)
        row = _make_row(raw, index, begin, end, False)
        if row is not None:
            rows.append(row)
    return _Line(index, rows, markers)


def _headline_groups(
    lines: Sequence[OcrLine], boxes: list[BoxT], content: list[int], m: _Metrics
) -> list[int]:
    """Group headline-type lines that touch: -1 for other lines, else the group's number."""
    group_of = [-1] * len(lines)
    heads = [
        i
        for i in content
        if boxes[i][3] - boxes[i][1] >= HEADLINE_RATIO * m.body
        and not lines[i].text.lstrip().startswith("■")
    ]
    heads.sort(key=lambda i: boxes[i][1])
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
                box = (min(x0, gx0), gy0, max(x1, gx1), max(y1, gy1))
                open_groups[k] = (g, box, h)
                break
        if joined < 0:
            joined = count
            count += 1
            open_groups.append((joined, boxes[i], h))
        group_of[i] = joined
        # Groups far above can no longer grow: keep the open list short.
        open_groups = [og for og in open_groups if y0 - og[1][3] <= 4 * max(h, m.body)]
    return group_of


def _split_at_groups(order: list[int], group_of: Sequence[int]) -> list[list[int]]:
    """A region holds one story per headline group; a second group starts another story."""
    seen: list[int] = []
    stories: list[list[int]] = [[]]
    for i in order:
        g = group_of[i]
        if g >= 0 and g not in seen:
            seen.append(g)
            if len(seen) > 1:
                stories.append([])
        stories[-1].append(i)
    return [s for s in stories if s]


def _draft(
    story: list[int],
    leaves: list[list[int]],
    cut: dict[int, _Line],
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    group_of: Sequence[int],
    m: _Metrics,
) -> _Draft:
    draft = _Draft()
    members = set(story)
    heads = [i for i in story if group_of[i] >= 0]
    body = [i for i in story if group_of[i] < 0]
    for i in story:
        draft.markers.extend(cut[i].markers)
    if heads:
        draft.headline = _group(heads, cut, boxes)
    edges = _column_edges([[i for i in leaf if i in members] for leaf in leaves], boxes, body)
    body_rows = [i for i in body if cut[i].rows]
    draft.byline = _byline(body_rows, cut)
    items: list[Item] = []
    prev: int | None = None
    for i in body_rows:
        line_rows = cut[i].rows
        kind = "subhead" if _is_subhead(i, lines, boxes, edges, m) else "para"
        if kind == "subhead":
            if (
                items
                and items[-1].kind == "subhead"
                and prev is not None
                and _is_subhead(prev, lines, boxes, edges, m)
            ):
                items[-1].rows.extend(line_rows)
            else:
                items.append(Item("subhead", rows=list(line_rows)))
        elif (
            not items
            or items[-1].kind == "subhead"
            or _starts_paragraph(i, prev, lines, boxes, edges, m)
        ):
            items.append(Item("para", rows=list(line_rows)))
        else:
            items[-1].rows.extend(line_rows)
        prev = i
    draft.body = [it for it in items if it.rows]
    return draft


def _group(heads: list[int], cut: dict[int, _Line], boxes: list[BoxT]) -> Group:
    """Kicker decks, title, subtitle decks: the largest type is the title."""
    heads = sorted(heads, key=lambda i: (round(boxes[i][1]), boxes[i][0]))
    tallest = max(boxes[i][3] - boxes[i][1] for i in heads)
    group = Group()
    runs: list[tuple[str, list[int]]] = []
    for i in heads:
        h = boxes[i][3] - boxes[i][1]
        kind = "title" if h >= 0.88 * tallest else "deck"
        if runs and runs[-1][0] == kind and _joins(runs, kind, i, boxes):
            runs[-1][1].append(i)
        else:
            runs.append((kind, [i]))
    titled = False
    for kind, members in runs:
        rows = [r for i in members for r in cut[i].rows]
        if not rows:
            continue
        if kind == "title" and titled:
            kind = "deck"  # a second run of title type under a deck: keep one title
        titled = titled or kind == "title"
        group.lines.append((kind, rows))
    return group


def _joins(runs: list[tuple[str, list[int]]], kind: str, i: int, boxes: list[BoxT]) -> bool:
    """Whether headline line ``i`` continues the run above it rather than starting a deck.

    Title-size lines are one title. A deck line continues the deck above when it stands on the
    same row, or when it is the same size right under a line that filled the headline's width
    (a wrapped deck); a short line over it means a deck of its own (a byline-like subtitle).
    """
    if kind == "title":
        return True
    last = runs[-1][1][-1]
    h = boxes[i][3] - boxes[i][1]
    if abs(boxes[last][1] - boxes[i][1]) < 0.5 * h:
        return True
    h_last = boxes[last][3] - boxes[last][1]
    widest = max(boxes[j][2] - boxes[j][0] for _, members in runs for j in members)
    full = boxes[last][2] - boxes[last][0] >= 0.85 * widest
    close = boxes[i][1] - boxes[last][3] <= 0.6 * h
    return full and close and abs(h - h_last) <= 0.08 * h


def _column_edges(
    leaves: list[list[int]], boxes: list[BoxT], body: list[int]
) -> dict[int, tuple[float, float]]:
    """The left and right edge of the column each body line stands in.

    Leaves whose spans overlap by more than half are one column; its edges are the extremes
    of all their lines, so a column piece of one indented line still knows its edge.
    """
    body_set = set(body)
    spans: list[tuple[float, float, list[int]]] = []
    for leaf in leaves:
        mine = [i for i in leaf if i in body_set]
        if not mine:
            continue
        lo = min(boxes[i][0] for i in mine)
        hi = max(boxes[i][2] for i in mine)
        for k, (a, b, members) in enumerate(spans):
            overlap = min(b, hi) - max(a, lo)
            if overlap > 0.5 * min(b - a, hi - lo):
                spans[k] = (min(a, lo), max(b, hi), members + mine)
                break
        else:
            spans.append((lo, hi, mine))
    edges: dict[int, tuple[float, float]] = {}
    for a, b, members in spans:
        for i in members:
            edges[i] = (a, b)
    return edges


def _is_subhead(
    i: int,
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: _Metrics,
) -> bool:
    text = lines[i].text.strip()
    if text.startswith("■") or ends_sentence(text) or _CLAUSE.search(text[-1:]):
        return False
    x0, y0, x1, y1 = boxes[i]
    ratio = (y1 - y0) / m.body
    if width(text) <= 24 and ratio >= SUBHEAD_RATIO + (0.05 if _CLAUSE.search(text) else 0):
        return True
    left, right = edges.get(i, (x0, x1))
    lead, trail = x0 - left, right - x1
    centered = lead >= 1.5 * m.char and trail >= 1.5 * m.char and abs(lead - trail) <= 1.5 * m.char
    return centered and not _CLAUSE.search(text) and width(text) <= 20


def _starts_paragraph(
    i: int,
    prev: int | None,
    lines: Sequence[OcrLine],
    boxes: list[BoxT],
    edges: dict[int, tuple[float, float]],
    m: _Metrics,
) -> bool:
    text = lines[i].text.strip()
    if text.startswith("■"):
        return True
    left, _ = edges.get(i, (boxes[i][0], boxes[i][2]))
    if boxes[i][0] - left >= INDENT * m.char:
        return True
    if prev is None:
        return False
    prev_text = lines[prev].text.strip()
    _, right = edges.get(prev, (boxes[prev][0], boxes[prev][2]))
    short = right - boxes[prev][2] >= SHORT * m.char
    return short and (ends_sentence(prev_text) or bool(_ENDS_BLOCK.search(prev_text)))


def _byline(body_rows: list[int], cut: dict[int, _Line]) -> BylineHit | None:
    """A byline opening the story's text ("本报记者  某某  某某", "新华社北京3月1日电")."""
    if not body_rows:
        return None
    row = cut[body_rows[0]].rows[0]
    hit = _parse_byline(row.text)
    if hit is None:
        return None
    length, byline = hit
    found = BylineHit(row.start, row.start + length, byline)
    rest = row.text[length:]
    lead = len(rest) - len(rest.lstrip())
    row.start = row.start + length + lead
    row.text = rest.lstrip()
    row.width = width(row.text)
    if not row.text:
        cut[body_rows[0]].rows.pop(0)
    return found
