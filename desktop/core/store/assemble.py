"""Build the :class:`~desktop.core.records.ExportArticle` list the format writers consume.

Fragments of an article continued across pages are merged into one, in reading order, joined
by a newline; their annotations are shifted accordingly. Rejected annotations are never
exported; ``accepted_only`` and ``labels`` narrow further. Every annotation's quote is checked
against its article text before anything is written (EditError otherwise).
"""

from __future__ import annotations

import bisect
import sqlite3
from dataclasses import replace

from desktop.core.model import SYNTHETIC, line_starts
from desktop.core.records import (
    REVIEW_STATUSES,
    Annotation,
    ArticleBlock,
    ArticleDetail,
    ExportArticle,
    ReviewStatus,
)
from desktop.core.store import rows
from desktop.core.store.deltas import check_quote

SEPARATOR = "\n"


def merged_status(statuses: list[ReviewStatus]) -> ReviewStatus:
    """A merged article is as far along as its least reviewed fragment."""
    return min(statuses, key=REVIEW_STATUSES.index)


def export_articles(
    conn: sqlite3.Connection,
    *,
    reviewed_only: bool = False,
    accepted_only: bool = False,
    labels: frozenset[str] | None = None,
) -> list[ExportArticle]:
    details = rows.all_articles(conn)
    by_id = {d.id: (d, title) for d, title in details}
    anns = rows.all_annotations(conn)
    member_of = {m: g for g in rows.logical_groups(conn).values() for m in g}
    starts: dict[int, tuple[int, ...]] = {}
    out: list[ExportArticle] = []
    emitted: set[int] = set()
    for detail, _ in details:
        if detail.id in emitted:
            continue
        members = member_of.get(detail.id, (detail.id,))
        emitted.update(members)
        parts = [by_id[m] for m in members]
        for part, _ in parts:
            if part.document_id not in starts:
                raw = rows.document_raw(conn, part.document_id) or ""
                starts[part.document_id] = line_starts(raw)
        article = _merge(parts, anns, starts, accepted_only=accepted_only, labels=labels)
        if reviewed_only and article.status != "reviewed":
            continue
        out.append(article)
    return out


def _keep(a: Annotation, accepted_only: bool, labels: frozenset[str] | None) -> bool:
    if a.status == "rejected" or (accepted_only and a.status != "accepted"):
        return False
    return labels is None or a.label in labels


def _merge(
    parts: list[tuple[ArticleDetail, str | None]],
    anns: dict[int, list[Annotation]],
    starts: dict[int, tuple[int, ...]],
    *,
    accepted_only: bool,
    labels: frozenset[str] | None,
) -> ExportArticle:
    texts: list[str] = []
    blocks: list[ArticleBlock] = []
    annotations: list[Annotation] = []
    char_lines: list[int] = []
    offset = 0
    for n, (detail, _) in enumerate(parts):
        if n:
            texts.append(SEPARATOR)
            char_lines.append(0)
            offset += len(SEPARATOR)
        texts.append(detail.text)
        doc_starts = starts[detail.document_id]
        char_lines.extend(
            0 if o == SYNTHETIC else bisect.bisect_right(doc_starts, o) for o in detail.source_map
        )
        blocks.extend(ArticleBlock(b.kind, b.start + offset, b.end + offset) for b in detail.blocks)
        for a in anns.get(detail.id, []):
            check_quote(a, detail.text)
            if _keep(a, accepted_only, labels):
                annotations.append(
                    a if not offset else replace(a, start=a.start + offset, end=a.end + offset)
                )
        offset += len(detail.text)
    head, title = parts[0]
    return ExportArticle(
        article_id=head.id,
        document_id=head.document_id,
        document_name=head.document_name,
        index=head.index,
        text="".join(texts),
        blocks=tuple(blocks),
        annotations=tuple(sorted(annotations, key=lambda a: (a.start, a.end, a.label))),
        status=merged_status([d.status for d, _ in parts]),
        title=title,
        continued_from=head.continued_from,
        continued_to=parts[-1][0].continued_to,
        char_lines=tuple(char_lines),
        fragment_ids=tuple(d.id for d, _ in parts) if len(parts) > 1 else (),
        paper=head.paper,
        date=head.date,
        page=head.page,
    )
