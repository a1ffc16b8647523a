"""SQL of the ``articles`` table (and its full-text index, fed on insert): reading and listing."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, cast

from desktop.core.records import (
    ArticleBlock,
    ArticleDetail,
    ArticleSummary,
    ReviewStatus,
)
from desktop.core.store.rows.chains import logical_groups, logical_members
from desktop.core.store.rows.codec import (
    decode_source_map,
    encode_source_map,
    to_json,
    warnings_from_json,
)
from desktop.core.store.rows.search import trigram_match


@dataclass(frozen=True, slots=True)
class NewArticle:
    document_id: int
    index: int
    text: str
    title: str | None
    blocks: tuple[ArticleBlock, ...]
    source_map: tuple[int, ...]
    markers: tuple[tuple[str, str, str, int, int], ...]
    continued_from: str | None
    continued_to: str | None
    byline_source: str | None
    reporters: tuple[str, ...]
    headline_confidence: float


def insert_article(conn: sqlite3.Connection, art: NewArticle, article_id: int | None = None) -> int:
    """Insert ``art``; with ``article_id`` (free), under that id (a dataset's records keep the
    ids they were exported with)."""
    cur = conn.execute(
        "INSERT INTO articles (id, document_id, idx, text, title, blocks, source_map, markers,"
        " continued_from, continued_to, byline_source, reporters, headline_confidence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            article_id,
            art.document_id,
            art.index,
            art.text,
            art.title,
            to_json([[b.kind, b.start, b.end] for b in art.blocks]),
            encode_source_map(art.source_map),
            to_json([list(m) for m in art.markers]),
            art.continued_from,
            art.continued_to,
            art.byline_source,
            to_json(list(art.reporters)),
            art.headline_confidence,
        ],
    )
    article_id = cast(int, cur.lastrowid)
    conn.execute("INSERT INTO articles_fts (rowid, text) VALUES (?, ?)", [article_id, art.text])
    return article_id


#: All articles: span counts in one grouped pass over the covering index.
_SUMMARY_SQL = """
SELECT a.id, a.document_id, d.name, a.idx, coalesce(a.title, ''), a.status,
       coalesce(c.n_entities, 0), coalesce(c.n_figures, 0),
       CASE WHEN a.title IS NULL THEN substr(a.text, 1, 40) ELSE '' END,
       coalesce(a.logical_id, 0), g.paper, g.date, g.page, d.warnings
FROM articles a JOIN documents d ON d.id = a.document_id
LEFT JOIN page_geometry g ON g.document_id = a.document_id
LEFT JOIN (
    SELECT article_id, sum(kind = 'entity') AS n_entities, sum(kind = 'figure') AS n_figures
    FROM annotations WHERE status != 'rejected' GROUP BY article_id
) c ON c.article_id = a.id
{where}
ORDER BY d.name, d.id, a.idx
"""

#: A few articles (a refresh after an edit): counts per article through the same index.
_FEW_SUMMARIES_SQL = """
SELECT a.id, a.document_id, d.name, a.idx, coalesce(a.title, ''), a.status,
       (SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.status != 'rejected'
            AND n.kind = 'entity'),
       (SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.status != 'rejected'
            AND n.kind = 'figure'),
       CASE WHEN a.title IS NULL THEN substr(a.text, 1, 40) ELSE '' END,
       coalesce(a.logical_id, 0), g.paper, g.date, g.page, d.warnings
FROM articles a JOIN documents d ON d.id = a.document_id
LEFT JOIN page_geometry g ON g.document_id = a.document_id
WHERE a.id IN ({marks}){where}
ORDER BY d.name, d.id, a.idx
"""


def article_summaries(
    conn: sqlite3.Connection, query: str = "", ids: Collection[int] | None = None
) -> list[ArticleSummary]:
    where, params = _filter_where(query.strip())
    if ids is None:
        sql = _SUMMARY_SQL.format(where=f"WHERE {where}" if where else "")
    else:
        wanted = sorted({int(i) for i in ids})
        if not wanted:
            return []
        sql = _FEW_SUMMARIES_SQL.format(
            marks=", ".join("?" * len(wanted)), where=f" AND {where}" if where else ""
        )
        params = [*wanted, *params]
    rows = conn.execute(sql, params).fetchall()
    groups = logical_groups(conn)
    out = []
    for r in rows:
        title = r[4] or _first_words(r[8])
        out.append(
            ArticleSummary(
                id=r[0],
                document_id=r[1],
                document_name=r[2],
                index=r[3],
                title=title,
                status=cast(ReviewStatus, r[5]),
                n_entities=r[6],
                n_figures=r[7],
                linked=tuple(i for i in groups.get(r[9], ()) if i != r[0]) if r[9] else (),
                paper=r[10],
                date=r[11],
                page=r[12],
                warnings=warnings_from_json(r[13]),
            )
        )
    return out


#: What the list's Page column shows of an article: ``<page> · <n>``, ``<page> #<n>``, ``#<n>``.
_PAGE_AND_NUMBER = re.compile(r"^(?P<page>.*?)\s*(?:·|#)\s*(?P<n>\d+)$")


def _filter_where(query: str) -> tuple[str, list[object]]:
    """The list filter's WHERE: what the list shows matches, so the query is found in the
    text (the title is part of it), the shown title, or the page's name (any part of it:
    ``page-19``, ``000``), and ``#3`` / ``000 · 3`` name the article number on its page.

    Text goes through the trigram index first (3+ characters) and ``instr`` confirms it; the
    page names are few and short, matched without case.
    """
    if not query:
        return "", []
    text = "instr(a.text, ?) > 0"
    text_params: list[object] = [query]
    if len(query) >= 3:
        text = f"(a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) AND {text})"
        text_params = [trigram_match(query), query]
    parts = [
        text,
        "instr(coalesce(a.title, ''), ?) > 0",
        "instr(lower(d.name), lower(?)) > 0",
    ]
    params: list[object] = [*text_params, query, query]
    shown = _PAGE_AND_NUMBER.match(query)
    if shown is not None:
        page = shown.group("page")
        parts.append("(a.idx = ? AND instr(lower(d.name), lower(?)) > 0)")
        params += [int(shown.group("n")) - 1, page]
    return "(" + " OR ".join(parts) + ")", params


def _first_words(text: str, width: int = 20) -> str:
    line = text.split("\n", 1)[0]
    return line if len(line) <= width else line[:width] + "…"


def article_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def open_article_ids(conn: sqlite3.Connection) -> list[int]:
    """Articles not yet reviewed, by id."""
    rows = conn.execute("SELECT id FROM articles WHERE status != 'reviewed' ORDER BY id")
    return [r[0] for r in rows]


def article_ids(conn: sqlite3.Connection, document_id: int | None = None) -> list[int]:
    if document_id is None:
        rows = conn.execute("SELECT id FROM articles ORDER BY id")
    else:
        rows = conn.execute(
            "SELECT id FROM articles WHERE document_id = ? ORDER BY idx", [document_id]
        )
    return [r[0] for r in rows]


def article_text(conn: sqlite3.Connection, article_id: int) -> str | None:
    row = conn.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    return None if row is None else str(row[0])


def article_status(conn: sqlite3.Connection, article_id: int) -> ReviewStatus | None:
    row = conn.execute("SELECT status FROM articles WHERE id = ?", [article_id]).fetchone()
    return None if row is None else cast(ReviewStatus, row[0])


def set_article_status(conn: sqlite3.Connection, article_id: int, status: ReviewStatus) -> None:
    conn.execute("UPDATE articles SET status = ? WHERE id = ?", [status, article_id])


_DETAIL_COLUMNS = (
    "SELECT a.id, a.document_id, d.name, a.idx, a.text, a.blocks, a.status,"
    " a.continued_from, a.continued_to, a.byline_source, a.reporters, a.source_map,"
    " a.logical_id, a.title, g.paper, g.date, g.page, d.warnings"
    " FROM articles a JOIN documents d ON d.id = a.document_id"
    " LEFT JOIN page_geometry g ON g.document_id = a.document_id"
)


def _detail(row: Any, linked: tuple[int, ...]) -> ArticleDetail:
    """An :class:`ArticleDetail` from a row of :data:`_DETAIL_COLUMNS`."""
    return ArticleDetail(
        id=row[0],
        document_id=row[1],
        document_name=row[2],
        index=row[3],
        text=row[4],
        blocks=tuple(ArticleBlock(k, s, e) for k, s, e in json.loads(row[5])),
        status=cast(ReviewStatus, row[6]),
        continued_from=row[7],
        continued_to=row[8],
        byline_source=row[9],
        reporters=tuple(json.loads(row[10])),
        source_map=decode_source_map(row[11]),
        linked=linked,
        paper=row[14],
        date=row[15],
        page=row[16],
        warnings=warnings_from_json(row[17]),
    )


def article(conn: sqlite3.Connection, article_id: int) -> ArticleDetail | None:
    row = conn.execute(_DETAIL_COLUMNS + " WHERE a.id = ?", [article_id]).fetchone()
    if row is None:
        return None
    linked: tuple[int, ...] = ()
    if row[12]:
        linked = tuple(i for i in logical_members(conn, row[12]) if i != row[0])
    return _detail(row, linked)


def all_articles(conn: sqlite3.Connection) -> list[tuple[ArticleDetail, str | None]]:
    """Every article with its title, in page order (for exports: one pass, no per-row query)."""
    groups = logical_groups(conn)
    out = []
    for row in conn.execute(_DETAIL_COLUMNS + " ORDER BY d.name, d.id, a.idx"):
        linked = tuple(i for i in groups.get(row[12], ()) if i != row[0]) if row[12] else ()
        out.append((_detail(row, linked), row[13]))
    return out
