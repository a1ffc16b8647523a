"""SQL of the ``documents`` table: one row per imported page."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from desktop.core.errors import Problem
from desktop.core.records import (
    DocumentInfo,
)
from desktop.core.store.rows.codec import warnings_to_json


@dataclass(frozen=True, slots=True)
class NewDocument:
    name: str
    path: str
    sha256: str
    encoding: str
    raw: str
    imported_at: str
    n_articles: int
    n_auto: int
    warnings: tuple[Problem, ...] = ()


def insert_document(conn: sqlite3.Connection, doc: NewDocument) -> int:
    cur = conn.execute(
        "INSERT INTO documents (name, path, sha256, encoding, raw, imported_at, n_articles,"
        " n_auto, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            doc.name,
            doc.path,
            doc.sha256,
            doc.encoding,
            doc.raw,
            doc.imported_at,
            doc.n_articles,
            doc.n_auto,
            warnings_to_json(doc.warnings),
        ],
    )
    return cast(int, cur.lastrowid)


def document_id_by_sha(conn: sqlite3.Connection, sha256: str) -> int | None:
    row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", [sha256]).fetchone()
    return None if row is None else int(row[0])


def known_hashes(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT sha256 FROM documents")}


def documents(conn: sqlite3.Connection) -> list[DocumentInfo]:
    rows = conn.execute(
        "SELECT d.id, d.name, d.sha256, d.encoding, d.imported_at,"
        " (SELECT count(*) FROM articles a WHERE a.document_id = d.id)"
        " FROM documents d ORDER BY d.name, d.id"
    )
    return [DocumentInfo(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]


def document_shas(conn: sqlite3.Connection, document_ids: Iterable[int]) -> dict[int, str]:
    """The content hash of each of ``document_ids`` that exists (by id)."""
    ids = list(document_ids)
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    found = conn.execute(f"SELECT id, sha256 FROM documents WHERE id IN ({marks})", ids)
    return {int(r[0]): str(r[1]) for r in found}


def document_raw(conn: sqlite3.Connection, document_id: int) -> str | None:
    row = conn.execute("SELECT raw FROM documents WHERE id = ?", [document_id]).fetchone()
    return None if row is None else str(row[0])


def set_document_auto_count(conn: sqlite3.Connection, document_id: int, n_auto: int) -> None:
    conn.execute("UPDATE documents SET n_auto = ? WHERE id = ?", [n_auto, document_id])


def unused_document(conn: sqlite3.Connection, document_id: int) -> bool:
    """Whether the document exists and nothing was done in it: none of its articles has a
    span, a review status other than "new", or a continuation link to another article."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM documents WHERE id = :d),"
        " (SELECT count(*) FROM annotations n JOIN articles a ON a.id = n.article_id"
        "  WHERE a.document_id = :d),"
        " (SELECT count(*) FROM articles a WHERE a.document_id = :d AND (a.status != 'new'"
        "  OR a.logical_id IS NOT NULL OR a.continued_from IS NOT NULL"
        "  OR a.continued_to IS NOT NULL"
        "  OR EXISTS (SELECT 1 FROM articles b WHERE b.logical_id = a.id AND b.id != a.id)))",
        {"d": document_id},
    ).fetchone()
    return bool(row[0]) and row[1] == 0 and row[2] == 0


def delete_document(conn: sqlite3.Connection, document_id: int) -> None:
    """Remove a document with its articles (and, by cascade, their spans and its geometry),
    taking its articles out of the search index first (an external-content FTS table)."""
    conn.execute(
        "INSERT INTO articles_fts (articles_fts, rowid, text)"
        " SELECT 'delete', id, text FROM articles WHERE document_id = ?",
        [document_id],
    )
    conn.execute("DELETE FROM documents WHERE id = ?", [document_id])
