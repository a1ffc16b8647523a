"""Items -> articles: split the page, place every headline group, build text and source map.

Layout rules, in page order: a continuation marker (（上接第N版）) or a byline starts an article;
a headline run or a （下转第N版） ends one. A run's first group heads the body right before it
(the OCR put it after its body) unless that body already has a headline or there is none, in
which case it heads the next body (the usual print order); it also moves to the next body when
its words match that one twice as well. Later groups of a run are floating and go to a nearby
headline-less article by bigram similarity (:mod:`headlines`); with none left, they become
extra decks of the best match, so that nothing is lost.

In an article the headline comes first (kicker deck, title, subtitle decks), then the byline,
then the body; block texts are joined by ``\\n``, which maps to :data:`SYNTHETIC`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.core.model import SYNTHETIC, Article, Block, BlockKind, Byline, Marker
from desktop.core.reflow.headlines import BigramIndex, Group, confidence, split_groups
from desktop.core.reflow.layout import Item
from desktop.core.reflow.rows import BylineHit, Row
from desktop.core.reflow.spaces import Emitted, emit, emit_range
from desktop.core.reflow.text import width

#: Confidence of a headline placed right after its body by the layout rule alone (no body
#: below it to compare with).
AFTER_BODY = 0.9
#: How much better a headline must match the story below it to leave the story above.
_MOVE_RATIO = 2.0
#: How many articles either side of a floating group are candidates for it.
_NEIGHBOURS = 8


@dataclass
class _Draft:
    body: list[Item] = field(default_factory=list)
    headline: Group | None = None
    extra: list[Group] = field(default_factory=list)
    byline: BylineHit | None = None
    markers: list[Marker] = field(default_factory=list)
    closed: bool = False
    confidence: float = 1.0


def assemble(raw: str, items: list[Item]) -> tuple[Article, ...]:
    drafts: list[_Draft] = []
    floating: list[tuple[Group, int]] = []  # group, index of the article before it
    pending: list[Group] = []
    after_body: list[tuple[int, int]] = []  # (article headed from below, article after the run)
    cur: _Draft | None = None
    carried: list[Item] = []  # a lead summary waiting for the story after the headline
    for item in items:
        if item.kind == "run" and item.interrupts:
            # Printed across a sentence of the current story: it heads some other story.
            floating.extend((g, len(drafts) - 1) for g in split_groups(item.blocks))
            continue
        if item.kind == "run":
            groups = split_groups(item.blocks)
            if cur is not None and len(cur.body) > 1 and _is_lead(cur.body[-1]):
                # A lead summary printed above the next story's headline is that story's.
                lead = cur.body.pop()
                carried.append(lead)
            if cur is not None and cur.body and cur.headline is None and not pending:
                cur.headline = groups[0]
                cur.confidence = AFTER_BODY
                after_body.append((len(drafts) - 1, len(drafts)))
            else:
                pending.append(groups[0])
            floating.extend((g, len(drafts) - 1) for g in groups[1:])
            if cur is not None:
                cur.closed = True
            continue
        if item.continues and cur is not None and cur.body:
            cur.body[-1].rows.extend(item.rows)  # the rest of an interrupted paragraph
            _take_row_facts(cur, item)
            continue
        first = item.rows[0]
        if (
            first.byline is not None
            and not first.byline.byline.reporters
            and cur is not None
            and not cur.closed
            and cur.byline is not None
            and not _has_body(cur)
        ):
            # "本报讯" or "新华社…电" opening the text under a byline line: a dateline of the
            # same story, which stays in its first paragraph.
            _keep_dateline(raw, first)
        starts = item.kind == "para" and (first.starts_article or first.byline is not None)
        if cur is None or cur.closed or (starts and (_has_body(cur) or cur.byline is not None)):
            cur = _Draft()
            if pending:
                cur.headline = pending.pop(0)
                floating.extend((g, len(drafts) - 1) for g in pending)
                pending = []
            drafts.append(cur)
            for lead in carried:
                cur.body.append(lead)
                _take_row_facts(cur, lead)
            carried = []
        cur.body.append(item)
        _take_row_facts(cur, item)
    floating.extend((g, len(drafts) - 1) for g in pending)
    if carried and cur is not None:
        cur.body.extend(carried)  # no story came after it: it stays where it was
    if not drafts and floating:
        drafts.append(_Draft(headline=floating.pop(0)[0]))
    if after_body or floating:
        index = BigramIndex([_body_text(d) for d in drafts])
        _recheck_after_body(drafts, after_body, index)
        _place_floating(drafts, floating, index)
    return tuple(_build(raw, n, d) for n, d in enumerate(drafts))


def _keep_dateline(raw: str, row: Row) -> None:
    """Put a byline cut from the front of ``row`` back into its text."""
    assert row.byline is not None
    row.start = row.byline.start
    row.text = raw[row.start : row.end]
    row.width = width(row.text)
    row.byline = None
    row.starts_article = any(m.kind == "continued_from" for m in row.markers)


def _is_lead(item: Item) -> bool:
    return item.kind == "para" and bool(item.rows) and item.rows[0].lead


def _has_body(draft: _Draft) -> bool:
    """Whether the article has text of its own: a lead summary alone waits for its byline."""
    return any(
        item.rows and not item.rows[0].lead and any(r.text for r in item.rows)
        for item in draft.body
    )


def _take_row_facts(draft: _Draft, item: Item) -> None:
    """Markers and a byline found in the item's rows belong to the article; 下转 closes it."""
    for row in item.rows:
        draft.markers.extend(row.markers)
        if row.byline is not None and draft.byline is None:
            draft.byline = row.byline
    if item.rows[-1].ends_article:
        draft.closed = True


def _recheck_after_body(
    drafts: list[_Draft], after_body: list[tuple[int, int]], index: BigramIndex
) -> None:
    """Give a headline placed under a body to the body after it when the words say so.

    On a page printed headline-above-body whose first story has no headline on this page (a
    continuation), the layout rule would hang each headline on the story before it. The
    headline moves down only when it shares clearly more (twice the BM25 score) with the
    story below, which itself has no headline. Checked from the bottom of the page up, so that
    a whole page printed headline-above-body shifts down one story at a time.
    """
    for before, after in reversed(after_body):
        group = drafts[before].headline
        if after >= len(drafts) or group is None:
            continue  # nothing below to compare with: the layout rule stands (AFTER_BODY)
        query = group.text()
        above, below = index.score(query, before), index.score(query, after)
        if drafts[after].headline is None and below > _MOVE_RATIO * above:
            drafts[after].headline, drafts[before].headline = group, None
            drafts[after].confidence = confidence(below, above)
            drafts[before].confidence = 1.0
        elif above + below > 0:
            # Kept by the layout rule; the words say how clear-cut that was.
            drafts[before].confidence = 0.5 + 0.5 * confidence(above, below)


def _place_floating(
    drafts: list[_Draft], floating: list[tuple[Group, int]], index: BigramIndex
) -> None:
    if not floating:
        return
    scores: list[dict[int, float]] = []
    pairs: list[tuple[float, int, int]] = []
    for g, (group, anchor) in enumerate(floating):
        query = group.text()
        lo, hi = max(0, anchor - _NEIGHBOURS + 1), min(len(drafts), anchor + _NEIGHBOURS + 1)
        scores.append({a: index.score(query, a) for a in range(lo, hi)})
        pairs.extend((s, g, a) for a, s in scores[g].items())
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    placed: set[int] = set()
    for score, g, a in pairs:
        if g in placed or drafts[a].headline is not None:
            continue
        rivals = (s for a2, s in scores[g].items() if a2 != a and drafts[a2].headline is None)
        drafts[a].headline = floating[g][0]
        drafts[a].confidence = confidence(score, max(rivals, default=0.0))
        placed.add(g)
    for g, (group, anchor) in enumerate(floating):
        if g not in placed:
            best = max(scores[g], key=lambda a: scores[g][a], default=max(anchor, 0))
            drafts[best].extra.append(group)


def _body_text(draft: _Draft) -> str:
    return "".join("".join(row.text.split()) for item in draft.body for row in item.rows)


def _build(raw: str, index: int, draft: _Draft) -> Article:
    pieces: list[tuple[BlockKind, Emitted]] = []
    for group in ([draft.headline] if draft.headline else []) + draft.extra:
        demote = group is not draft.headline
        for line_kind, rows in group.lines:
            head: BlockKind = "title" if line_kind == "title" and not demote else "deck"
            pieces.append((head, emit(raw, rows, "heading")))
    byline: Byline | None = None
    if draft.byline is not None:
        byline = draft.byline.byline
        pieces.append(("byline", emit_range(raw, draft.byline.start, draft.byline.end, "byline")))
    for item in draft.body:
        kind: BlockKind = "subhead" if item.kind == "subhead" else "paragraph"
        pieces.append((kind, emit(raw, item.rows, "heading" if kind == "subhead" else "para")))
    return build_article(
        index,
        pieces,
        byline=byline,
        markers=tuple(draft.markers),
        headline_confidence=round(draft.confidence, 3),
    )


def build_article(
    index: int,
    pieces: Sequence[tuple[BlockKind, Emitted]],
    *,
    byline: Byline | None,
    markers: tuple[Marker, ...],
    headline_confidence: float = 1.0,
) -> Article:
    """An article from its blocks in order (headline, byline, body), as both layouts make
    them: block texts joined by ``\n`` (:data:`SYNTHETIC` in the source map), empty blocks
    left out, the markers' first "continued from" and last "continued to" as its links."""
    # (The blocks' pieces of text, and one offset a character: where a block starts in the
    # text is how many offsets stand before it.)
    parts: list[str] = []
    offsets: list[int] = []
    spans: list[tuple[BlockKind, int, int]] = []
    for kind, emitted in pieces:
        if not emitted.offsets:
            continue
        if offsets:
            parts.append("\n")
            offsets.append(SYNTHETIC)
        start = len(offsets)
        parts.extend(emitted.parts)
        offsets.extend(emitted.offsets)
        spans.append((kind, start, len(offsets)))
    text = "".join(parts)
    # (Line-end hyphens dropped where a word broken over two lines was joined: removed pieces
    # of the raw page, kept with the markers.)
    hyphens = [m for _, emitted in pieces for m in emitted.hyphens]
    if hyphens:
        markers = markers + tuple(hyphens)
    # (Each block's text is its span of the article's: a slice, not its characters joined
    # again.)
    blocks = tuple(Block(kind, text[start:end], start, end) for kind, start, end in spans)
    from_ = [m.value for m in markers if m.kind == "continued_from"]
    to = [m.value for m in markers if m.kind == "continued_to"]
    return Article(
        index=index,
        text=text,
        blocks=blocks,
        source_map=tuple(offsets),
        continued_from=from_[0] if from_ else None,
        continued_to=to[-1] if to else None,
        byline=byline,
        markers=markers,
        headline_confidence=headline_confidence,
    )
