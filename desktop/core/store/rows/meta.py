"""SQL of the small tables (history, lexicon, labels) and of whole-file checks."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, cast

from desktop.core.records import (
    AnnotationKind,
    Label,
)
from desktop.core.store.rows.codec import to_json

# --- history -------------------------------------------------------------------------------


def insert_history(
    conn: sqlite3.Connection, at: str, edit: str, description: str, before: object, after: object
) -> int:
    cur = conn.execute(
        "INSERT INTO history (at, edit, description, before, after) VALUES (?, ?, ?, ?, ?)",
        [at, edit, description, to_json(before), to_json(after)],
    )
    return cast(int, cur.lastrowid)


def history_row(conn: sqlite3.Connection, history_id: int) -> dict[str, Any] | None:
    """One history row as :func:`history` gives them (None: no such row)."""
    r = conn.execute(
        "SELECT id, at, edit, description, before, after FROM history WHERE id = ?", [history_id]
    ).fetchone()
    if r is None:
        return None
    return {
        "id": r[0],
        "at": r[1],
        "edit": r[2],
        "description": r[3],
        "before": json.loads(r[4]),
        "after": json.loads(r[5]),
    }


def history(conn: sqlite3.Connection, limit: int = 100) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT id, at, edit, description, before, after FROM history ORDER BY id DESC LIMIT ?",
        [limit],
    )
    return [
        {
            "id": r[0],
            "at": r[1],
            "edit": r[2],
            "description": r[3],
            "before": json.loads(r[4]),
            "after": json.loads(r[5]),
        }
        for r in rows
    ]


# --- lexicon -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    term: str
    label: str
    kind: str
    decision: str  # "confirmed" | "rejected"
    updated_at: str = ""


def lexicon(conn: sqlite3.Connection) -> list[LexiconEntry]:
    rows = conn.execute(
        "SELECT term, label, kind, decision, updated_at FROM lexicon ORDER BY term, label"
    )
    return [LexiconEntry(*r) for r in rows]


def lexicon_entry(conn: sqlite3.Connection, term: str, label: str) -> LexiconEntry | None:
    row = conn.execute(
        "SELECT term, label, kind, decision, updated_at FROM lexicon WHERE term = ? AND label = ?",
        [term, label],
    ).fetchone()
    return None if row is None else LexiconEntry(*row)


def lexicon_for_term(conn: sqlite3.Connection, term: str) -> list[LexiconEntry]:
    rows = conn.execute(
        "SELECT term, label, kind, decision, updated_at FROM lexicon WHERE term = ? ORDER BY label",
        [term],
    )
    return [LexiconEntry(*r) for r in rows]


def put_lexicon(conn: sqlite3.Connection, entry: LexiconEntry) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO lexicon (term, label, kind, decision, updated_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [entry.term, entry.label, entry.kind, entry.decision, entry.updated_at],
    )


def delete_lexicon(conn: sqlite3.Connection, term: str, label: str) -> None:
    conn.execute("DELETE FROM lexicon WHERE term = ? AND label = ?", [term, label])


# --- labels --------------------------------------------------------------------------------


def labels(conn: sqlite3.Connection) -> list[Label]:
    rows = conn.execute(
        "SELECT name, colour, key, kind, description FROM labels ORDER BY position, name"
    )
    return [Label(r[0], r[1], r[2], cast(AnnotationKind, r[3]), r[4]) for r in rows]


def insert_label(conn: sqlite3.Connection, label: Label) -> None:
    position = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM labels").fetchone()[0]
    conn.execute(
        "INSERT INTO labels (name, colour, key, kind, description, position)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [label.name, label.colour, label.key, label.kind, label.description, position],
    )


# --- stats and checks ----------------------------------------------------------------------


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    one = conn.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM articles),"
        " (SELECT count(*) FROM annotations), (SELECT count(*) FROM history),"
        " (SELECT count(*) FROM lexicon)"
    ).fetchone()
    out: dict[str, Any] = {
        "documents": one[0],
        "articles": one[1],
        "annotations": one[2],
        "history": one[3],
        "lexicon": one[4],
    }
    out["articles_by_status"] = dict(
        conn.execute("SELECT status, count(*) FROM articles GROUP BY status ORDER BY status")
    )
    out["annotations_by_status"] = dict(
        conn.execute("SELECT status, count(*) FROM annotations GROUP BY status ORDER BY status")
    )
    out["annotations_by_label"] = dict(
        conn.execute("SELECT label, count(*) FROM annotations GROUP BY label ORDER BY label")
    )
    out["annotations_by_source"] = dict(
        conn.execute("SELECT source, count(*) FROM annotations GROUP BY source ORDER BY source")
    )
    out["linked_articles"] = conn.execute(
        "SELECT count(DISTINCT logical_id) FROM articles WHERE logical_id IS NOT NULL"
    ).fetchone()[0]
    return out


def integrity_check(conn: sqlite3.Connection) -> str:
    return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def dump(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """Every row of every newsdesk table, for tests that prove nothing changed."""
    out: list[tuple[Any, ...]] = []
    for table in ("documents", "articles", "annotations", "history", "lexicon", "labels"):
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
            out.append((table, *row))
    return out
