"""SQL of the ``annotations`` table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, cast

from desktop.core.records import (
    Annotation,
    AnnotationKind,
    AnnotationSource,
    AnnotationStatus,
    FigureFields,
)

_ANN_COLUMNS = (
    'uuid, article_id, start, "end", quote, label, kind, fig_kind, value, unit, approx,'
    " metric, source, status, created_at, updated_at, suggested_by, confidence, iso"
)

_PLACEHOLDERS = ", ".join("?" * len(_ANN_COLUMNS.split(",")))


def _annotation(r: Sequence[Any]) -> Annotation:
    figure = None
    if r[6] == "figure":
        figure = FigureFields(
            kind=r[7] or "other",
            value=None if r[8] is None else Decimal(r[8]),
            unit=r[9],
            approx=bool(r[10]),
            metric=r[11],
            iso=r[18],
        )
    return Annotation(
        uuid=r[0],
        article_id=r[1],
        start=r[2],
        end=r[3],
        quote=r[4],
        label=r[5],
        kind=cast(AnnotationKind, r[6]),
        source=cast(AnnotationSource, r[12]),
        status=cast(AnnotationStatus, r[13]),
        figure=figure,
        created_at=r[14],
        updated_at=r[15],
        suggested_by=r[16] or "",
        confidence=r[17],
    )


def _annotation_params(a: Annotation) -> list[object]:
    f = a.figure
    return [
        a.uuid,
        a.article_id,
        a.start,
        a.end,
        a.quote,
        a.label,
        a.kind,
        None if f is None else f.kind,
        None if f is None or f.value is None else str(f.value),
        None if f is None else f.unit,
        1 if f is not None and f.approx else 0,
        None if f is None else f.metric,
        a.source,
        a.status,
        a.created_at,
        a.updated_at,
        a.suggested_by,
        a.confidence,
        None if f is None else f.iso,
    ]


def insert_annotations(conn: sqlite3.Connection, annotations: Iterable[Annotation]) -> None:
    conn.executemany(
        f"INSERT INTO annotations ({_ANN_COLUMNS}) VALUES ({_PLACEHOLDERS})",
        [_annotation_params(a) for a in annotations],
    )


def replace_annotation(conn: sqlite3.Connection, a: Annotation) -> None:
    conn.execute(
        f"INSERT OR REPLACE INTO annotations ({_ANN_COLUMNS}) VALUES ({_PLACEHOLDERS})",
        _annotation_params(a),
    )


def delete_annotation(conn: sqlite3.Connection, uuid: str) -> None:
    conn.execute("DELETE FROM annotations WHERE uuid = ?", [uuid])


def annotation(conn: sqlite3.Connection, uuid: str) -> Annotation | None:
    row = conn.execute(f"SELECT {_ANN_COLUMNS} FROM annotations WHERE uuid = ?", [uuid]).fetchone()
    return None if row is None else _annotation(row)


def article_annotations(conn: sqlite3.Connection, article_id: int) -> list[Annotation]:
    rows = conn.execute(
        f'SELECT {_ANN_COLUMNS} FROM annotations WHERE article_id = ? ORDER BY start, "end", uuid',
        [article_id],
    )
    return [_annotation(r) for r in rows]


def all_annotations(conn: sqlite3.Connection) -> dict[int, list[Annotation]]:
    """Every annotation grouped by article (for exports, read in one pass)."""
    out: dict[int, list[Annotation]] = {}
    for r in conn.execute(
        f'SELECT {_ANN_COLUMNS} FROM annotations ORDER BY article_id, start, "end", uuid'
    ):
        out.setdefault(r[1], []).append(_annotation(r))
    return out


def spans_quoting(
    conn: sqlite3.Connection, quote: str, article_ids: Sequence[int] | None = None
) -> dict[tuple[int, int, int], tuple[str, str, str]]:
    """(article, start, end) -> (uuid, label, status) of every annotation quoting ``quote``:
    the annotations that can sit exactly on an occurrence of that text. Not rejected ones win
    when two share a span."""
    out: dict[tuple[int, int, int], tuple[str, str, str]] = {}
    where, params = "quote = ?", list[object]([quote])
    if article_ids is not None and len(article_ids) <= 500:  # else one scan is cheaper
        where += f" AND article_id IN ({', '.join('?' * len(article_ids))})"
        params += article_ids
    for uuid, article_id, start, end, label, status in conn.execute(
        'SELECT uuid, article_id, start, "end", label, status FROM annotations'
        f" WHERE {where} ORDER BY status = 'rejected', uuid",
        params,
    ):
        out.setdefault((article_id, start, end), (uuid, label, status))
    return out


def least_confident(conn: sqlite3.Connection, article_id: int) -> list[Annotation]:
    """The article's open suggestions (status "suggested") that carry a confidence, least
    sure first (ties in reading order)."""
    rows = conn.execute(
        f"SELECT {_ANN_COLUMNS} FROM annotations WHERE article_id = ? AND status = 'suggested'"
        ' AND confidence IS NOT NULL ORDER BY confidence, start, "end", uuid',
        [article_id],
    )
    return [_annotation(r) for r in rows]


def articles_by_confidence(
    conn: sqlite3.Connection, limit: int | None = None
) -> list[tuple[int, float]]:
    """(article id, its least sure open suggestion's confidence) for articles not yet reviewed
    that have open suggestions, least sure first: the order "next article to review" takes."""
    sql = (
        "SELECT a.article_id, MIN(a.confidence) AS low FROM annotations a"
        " JOIN articles r ON r.id = a.article_id"
        " WHERE a.status = 'suggested' AND a.confidence IS NOT NULL AND r.status != 'reviewed'"
        " GROUP BY a.article_id ORDER BY low, a.article_id"
    )
    params: list[object] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [(int(r[0]), float(r[1])) for r in conn.execute(sql, params)]
