"""SQL of substring search through the trigram index ``articles_fts``."""

from __future__ import annotations

import sqlite3


def trigram_match(query: str) -> str:
    """An FTS5 query for ``query`` (3+ characters): all of its trigrams, each quoted."""
    grams = sorted({query[i : i + 3] for i in range(len(query) - 2)})
    return " AND ".join('"' + g.replace('"', '""') + '"' for g in grams)


def texts_matching(
    conn: sqlite3.Connection,
    query: str,
    article_id: int | None = None,
    limit: int | None = None,
    *,
    document_id: int | None = None,
) -> list[tuple[int, str]]:
    """(article id, text) of up to ``limit`` articles containing ``query``, in page order.

    Queries of three or more characters go through the trigram FTS index (every trigram of the
    query must be in the article; ``instr`` then confirms the whole string); shorter ones
    cannot use a trigram index and fall back to a scan.
    """
    scope, extra = "", list[object]()
    if article_id is not None:
        scope, extra = " AND a.id = ?", [article_id]
    elif document_id is not None:
        scope, extra = " AND a.document_id = ?", [document_id]
    limit_sql = "" if limit is None else f" LIMIT {int(limit)}"
    if len(query) >= 3:
        match = trigram_match(query)
        sql = (
            "SELECT a.id, a.text FROM articles_fts f JOIN articles a ON a.id = f.rowid"
            " JOIN documents d ON d.id = a.document_id"
            f" WHERE articles_fts MATCH ? AND instr(a.text, ?) > 0{scope}"
            f" ORDER BY d.name, d.id, a.idx{limit_sql}"
        )
        params: list[object] = [match, query, *extra]
    else:
        sql = (
            "SELECT a.id, a.text FROM articles a JOIN documents d ON d.id = a.document_id"
            f" WHERE instr(a.text, ?) > 0{scope} ORDER BY d.name, d.id, a.idx{limit_sql}"
        )
        params = [query, *extra]
    return [(r[0], r[1]) for r in conn.execute(sql, params)]
