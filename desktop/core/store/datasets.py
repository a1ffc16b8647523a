"""Apply dataset records (doccano / Label Studio, read by :mod:`desktop.core.export`) to a
project, inside the caller's transaction.

A record is matched to an article (or to a merged article continued across pages) by its text,
so a file exported from this project comes back onto the same articles. The article's spans
then become exactly the record's: spans already there with the same offsets and label are kept
as they are, the others are removed, missing ones are added as the user's, accepted. Rejected
annotations are not exported, so they are left alone (unless the record brings the same span
back, which accepts it). That makes export -> import -> export give identical files.

Records whose text is in no article become articles of a new document named after the file
(pre-annotated data from elsewhere).
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid as uuidlib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from desktop.core.edits import label_figure_kind
from desktop.core.errors import DatasetError
from desktop.core.records import (
    Annotation,
    AnnotationKind,
    ArticleBlock,
    Changes,
    DatasetRecord,
    FigureFields,
)
from desktop.core.store import rows
from desktop.core.store.assemble import SEPARATOR
from desktop.core.store.deltas import check_quote
from desktop.core.store.pages import ensure_labels

Piece = tuple[int, int, str]  # (article id, offset in the merged text, article text)


def _targets(conn: sqlite3.Connection) -> dict[str, list[list[Piece]]]:
    """Merged text -> the articles (as pieces) that carry exactly that text."""
    details = rows.all_articles(conn)
    groups = rows.logical_groups(conn)
    member_of = {m: g for g in groups.values() for m in g}
    text_of = {d.id: d.text for d, _ in details}
    out: dict[str, list[list[Piece]]] = {}
    seen: set[int] = set()
    for detail, _ in details:
        if detail.id in seen:
            continue
        members = member_of.get(detail.id, (detail.id,))
        seen.update(members)
        pieces: list[Piece] = []
        offset = 0
        for n, m in enumerate(members):
            if n:
                offset += len(SEPARATOR)
            pieces.append((m, offset, text_of[m]))
            offset += len(text_of[m])
        merged = SEPARATOR.join(p[2] for p in pieces)
        out.setdefault(merged, []).append(pieces)
        if len(pieces) > 1:
            for piece in pieces:  # a fragment exported on its own comes back onto itself
                out.setdefault(piece[2], []).append([(piece[0], 0, piece[2])])
    return out


def apply_records(
    conn: sqlite3.Connection,
    records: Sequence[DatasetRecord],
    path: Path,
    stamp: str,
    *,
    reviewed: bool = False,
) -> Changes:
    """``reviewed``: the records are someone's finished corrections; their articles are marked
    reviewed (what a project model learns from, issue 10)."""
    labels = {label.name: label.kind for label in rows.labels(conn)}
    wanted: dict[str, str] = {}
    for n, record in enumerate(records, 1):
        for start, end, label in record.spans:
            if not (0 <= start < end <= len(record.text)):
                raise DatasetError(
                    str(path),
                    f"record {n}: span {start}-{end} is outside its text (length "
                    f"{len(record.text)})",
                )
            if label not in labels:
                wanted.setdefault(label, "entity")
    added_labels = ensure_labels(conn, wanted)
    labels = {label.name: label.kind for label in rows.labels(conn)}
    targets = _targets(conn)
    unmatched = [r for r in records if r.text not in targets]
    created = _create_articles(conn, unmatched, path, stamp) if unmatched else {}
    added: list[str] = []
    removed: list[str] = []
    updated: list[str] = []
    articles: set[int] = set()
    for n, record in enumerate(records, 1):
        matches = targets.get(record.text) or [[(created[id(record)], 0, record.text)]]
        wanted_article = record.meta.get("article_id")
        chosen = [m for m in matches if m[0][0] == wanted_article] or matches
        for pieces in chosen:
            for article_id, offset, text in pieces:
                spans = set()
                for start, end, label in record.spans:
                    if offset <= start and end <= offset + len(text):
                        spans.add((start - offset, end - offset, label))
                    elif start < offset + len(text) and offset < end and len(pieces) > 1:
                        raise DatasetError(
                            str(path), f"record {n}: span {start}-{end} crosses two pages"
                        )
                a, r, u = _set_spans(conn, article_id, text, spans, labels, stamp)
                if a or r or u:
                    articles.add(article_id)
                if reviewed:
                    rows.set_article_status(conn, article_id, "reviewed")
                added += a
                removed += r
                updated += u
    return Changes(
        description=f"Import {len(records)} records from {path.name}",
        added=tuple(added),
        removed=tuple(removed),
        updated=tuple(updated),
        articles=frozenset(articles),
        labels=added_labels,
        documents=bool(created),
    )


def _set_spans(
    conn: sqlite3.Connection,
    article_id: int,
    text: str,
    spans: set[tuple[int, int, str]],
    labels: Mapping[str, str],
    stamp: str,
) -> tuple[list[str], list[str], list[str]]:
    added: list[str] = []
    removed: list[str] = []
    updated: list[str] = []
    present: set[tuple[int, int, str]] = set()
    for ann in rows.article_annotations(conn, article_id):
        key = (ann.start, ann.end, ann.label)
        if key in spans and key not in present:
            present.add(key)
            if ann.status == "rejected":
                rows.replace_annotation(conn, replace(ann, status="accepted", updated_at=stamp))
                updated.append(ann.uuid)
        elif ann.status != "rejected":
            rows.delete_annotation(conn, ann.uuid)
            removed.append(ann.uuid)
    for start, end, label in sorted(spans - present):
        kind: AnnotationKind = "figure" if labels.get(label) == "figure" else "entity"
        ann = Annotation(
            uuid=str(uuidlib.uuid4()),
            article_id=article_id,
            start=start,
            end=end,
            quote=text[start:end],
            label=label,
            kind=kind,
            source="user",
            status="accepted",
            figure=FigureFields(label_figure_kind(label), None, None) if kind == "figure" else None,
            created_at=stamp,
            updated_at=stamp,
        )
        check_quote(ann, text)
        rows.insert_annotations(conn, [ann])
        added.append(ann.uuid)
    return added, removed, updated


def _create_articles(
    conn: sqlite3.Connection, records: Sequence[DatasetRecord], path: Path, stamp: str
) -> dict[int, int]:
    """One new document holding the unmatched records as articles; id(record) -> article id."""
    raw = "\n\n".join(r.text for r in records)
    digest = hashlib.sha256(("dataset\0" + raw).encode("utf-8")).hexdigest()
    document_id = rows.insert_document(
        conn,
        rows.NewDocument(
            name=path.name,
            path=str(path),
            sha256=digest,
            encoding="utf-8",
            raw=raw,
            imported_at=stamp,
            n_articles=len(records),
            n_auto=0,
        ),
    )
    out: dict[int, int] = {}
    offset = 0
    for index, record in enumerate(records):
        blocks: list[ArticleBlock] = []
        pos = 0
        for line in record.text.split("\n"):
            if line:
                blocks.append(ArticleBlock("paragraph", pos, pos + len(line)))
            pos += len(line) + 1
        out[id(record)] = rows.insert_article(
            conn,
            rows.NewArticle(
                document_id=document_id,
                index=index,
                text=record.text,
                title=None,
                blocks=tuple(blocks),
                source_map=tuple(range(offset, offset + len(record.text))),
                markers=(),
                continued_from=None,
                continued_to=None,
                byline_source=None,
                reporters=(),
                headline_confidence=1.0,
            ),
        )
        offset += len(record.text) + 2
    return out
