"""SQL of the logical-article chains: articles continued across pages."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from desktop.core.linking import Fragment


def open_fragments(conn: sqlite3.Connection) -> list[Fragment]:
    """Fragments that can still be linked: continued elsewhere with no successor yet, or
    continued from elsewhere with no predecessor yet."""
    rows = conn.execute(
        "SELECT a.id, a.document_id, a.title, substr(a.text, 1, 80), a.continued_from,"
        " a.continued_to, a.logical_id, a.logical_pos FROM articles a"
        " WHERE (a.continued_from IS NOT NULL OR a.continued_to IS NOT NULL)"
        " ORDER BY a.id"
    ).fetchall()
    last: dict[int, int] = {}
    for r in rows:
        if r[6] is not None:
            last[r[6]] = max(last.get(r[6], 0), r[7])
    out = []
    for r in rows:
        linked = r[6] is not None
        open_out = r[5] is not None and (not linked or r[7] == last[r[6]])
        open_in = r[4] is not None and (not linked or r[7] == 0)
        if open_out or open_in:
            out.append(
                Fragment(
                    r[0], r[1], r[2], r[3], r[4] if open_in else None, r[5] if open_out else None
                )
            )
    return out


def has_fragments(conn: sqlite3.Connection, *, outgoing: bool, excluding_document: int) -> bool:
    """Whether another page holds a fragment continued to (``outgoing``) or from elsewhere."""
    column = "continued_to" if outgoing else "continued_from"
    row = conn.execute(
        f"SELECT 1 FROM articles WHERE {column} IS NOT NULL AND document_id != ? LIMIT 1",
        [excluding_document],
    ).fetchone()
    return row is not None


def set_chain(conn: sqlite3.Connection, chain: Sequence[int]) -> None:
    """Make ``chain`` (article ids in reading order) one logical article led by its head."""
    conn.executemany(
        "UPDATE articles SET logical_id = ?, logical_pos = ? WHERE id = ?",
        [(chain[0], pos, article_id) for pos, article_id in enumerate(chain)],
    )


def logical_members(conn: sqlite3.Connection, logical_id: int) -> tuple[int, ...]:
    """Fragments of one logical article in reading order (the head first)."""
    rows = conn.execute(
        "SELECT id FROM articles WHERE logical_id = ? ORDER BY logical_pos, id", [logical_id]
    )
    return tuple(r[0] for r in rows)


def logical_groups(conn: sqlite3.Connection) -> dict[int, tuple[int, ...]]:
    groups: dict[int, list[int]] = {}
    for lid, aid in conn.execute(
        "SELECT logical_id, id FROM articles WHERE logical_id IS NOT NULL"
        " ORDER BY logical_id, logical_pos, id"
    ):
        groups.setdefault(lid, []).append(aid)
    return {k: tuple(v) for k, v in groups.items()}
