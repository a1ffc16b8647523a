"""SQL of taking away what a dataset import created (documents with their articles, labels),
keeping the removed rows so an undo can put them back exactly (same ids, same positions).

Only what is still untouched goes (:func:`unused_document`, and a label no span or lexicon
entry uses); the caller runs this inside its own transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.core.store.rows.documents import delete_document, unused_document

TableRows = tuple[str, tuple[str, ...], tuple[tuple[Any, ...], ...]]


@dataclass(frozen=True)
class Removed:
    """The rows a removal took out, table by table, in the order they go back in."""

    tables: tuple[TableRows, ...] = ()
    documents: tuple[int, ...] = field(default=())
    labels: tuple[str, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.documents or self.labels)


def _rows(conn: sqlite3.Connection, table: str, where: str, args: Any) -> TableRows:
    cur = conn.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY rowid", args)
    columns = tuple(d[0] for d in cur.description)
    return table, columns, tuple(tuple(r) for r in cur.fetchall())


def remove_unused(
    conn: sqlite3.Connection, document_ids: Iterable[int], label_names: Iterable[str]
) -> Removed:
    """Remove those of ``document_ids`` nothing was done in and those of ``label_names`` no
    span or lexicon entry uses; returns what went, to :func:`restore` it."""
    tables: list[TableRows] = []
    documents: list[int] = []
    for document_id in document_ids:
        if not unused_document(conn, document_id):
            continue
        tables.append(_rows(conn, "documents", "id = ?", [document_id]))
        tables.append(_rows(conn, "articles", "document_id = ?", [document_id]))
        tables.append(_rows(conn, "page_geometry", "document_id = ?", [document_id]))
        delete_document(conn, document_id)
        documents.append(document_id)
    labels: list[str] = []
    for name in label_names:
        unused = (
            "name = :n AND NOT EXISTS (SELECT 1 FROM annotations WHERE label = :n)"
            " AND NOT EXISTS (SELECT 1 FROM lexicon WHERE label = :n)"
        )
        found = _rows(conn, "labels", unused, {"n": name})
        if not found[2]:
            continue
        conn.execute(f"DELETE FROM labels WHERE {unused}", {"n": name})
        tables.append(found)
        labels.append(name)
    return Removed(tuple(tables), tuple(documents), tuple(labels))


def restore(conn: sqlite3.Connection, removed: Removed) -> None:
    """Put back what :func:`remove_unused` took (a redo of an undo), search index included.
    Refused by SQLite (IntegrityError) if an id or label name was taken since."""
    for table, columns, values in removed.tables:
        if not values:
            continue
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", values)
        if table == "articles":
            at_id, at_text = columns.index("id"), columns.index("text")
            conn.executemany(
                "INSERT INTO articles_fts (rowid, text) VALUES (?, ?)",
                [(v[at_id], v[at_text]) for v in values],
            )
