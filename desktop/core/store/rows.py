"""Every SQL statement of newsdesk: the only module that knows table and column names.

Functions take an open connection and speak in records (:mod:`desktop.core.records`) or plain
values. They never open transactions: callers wrap them in
:func:`desktop.core.store.db.transaction`.
"""

from __future__ import annotations

import itertools
import json
import operator
import sqlite3
import zlib
from array import array
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from desktop.core.linking import Fragment
from desktop.core.records import (
    Annotation,
    AnnotationKind,
    AnnotationSource,
    AnnotationStatus,
    ArticleBlock,
    ArticleDetail,
    ArticleSummary,
    DocumentInfo,
    FigureFields,
    Label,
    ReviewStatus,
)

# --- value encodings -----------------------------------------------------------------------


def encode_source_map(source_map: Sequence[int]) -> bytes:
    """Delta-encode then deflate: consecutive characters map to consecutive raw offsets, so a
    page's map shrinks to a few bytes per line instead of four per character."""
    values = tuple(source_map)
    deltas = array("i", map(operator.sub, values, (0, *values[:-1])))
    return zlib.compress(deltas.tobytes(), 6)


def decode_source_map(blob: bytes) -> tuple[int, ...]:
    deltas = array("i")
    deltas.frombytes(zlib.decompress(blob))
    return tuple(itertools.accumulate(deltas))


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# --- documents -----------------------------------------------------------------------------


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
    warnings: tuple[str, ...] = ()


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
            _json(list(doc.warnings)),
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


def document_raw(conn: sqlite3.Connection, document_id: int) -> str | None:
    row = conn.execute("SELECT raw FROM documents WHERE id = ?", [document_id]).fetchone()
    return None if row is None else str(row[0])


# --- articles ------------------------------------------------------------------------------


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


def insert_article(conn: sqlite3.Connection, art: NewArticle) -> int:
    cur = conn.execute(
        "INSERT INTO articles (document_id, idx, text, title, blocks, source_map, markers,"
        " continued_from, continued_to, byline_source, reporters, headline_confidence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            art.document_id,
            art.index,
            art.text,
            art.title,
            _json([[b.kind, b.start, b.end] for b in art.blocks]),
            encode_source_map(art.source_map),
            _json([list(m) for m in art.markers]),
            art.continued_from,
            art.continued_to,
            art.byline_source,
            _json(list(art.reporters)),
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
       coalesce(a.logical_id, 0)
FROM articles a JOIN documents d ON d.id = a.document_id
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
       coalesce(a.logical_id, 0)
FROM articles a JOIN documents d ON d.id = a.document_id
WHERE a.id IN ({marks}){where}
ORDER BY d.name, d.id, a.idx
"""


def article_summaries(
    conn: sqlite3.Connection, query: str = "", ids: Collection[int] | None = None
) -> list[ArticleSummary]:
    where, params = "", list[object]()
    if query:
        where = "(instr(a.text, ?) > 0 OR instr(coalesce(a.title, ''), ?) > 0)"
        params = [query, query]
        if len(query) >= 3:  # the title is part of the text, so the index finds both
            where = (
                f"a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) AND {where}"
            )
            params = [_trigram_match(query), *params]
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
            )
        )
    return out


def _first_words(text: str, width: int = 20) -> str:
    line = text.split("\n", 1)[0]
    return line if len(line) <= width else line[:width] + "…"


def article_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


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


def article(conn: sqlite3.Connection, article_id: int) -> ArticleDetail | None:
    row = conn.execute(
        "SELECT a.id, a.document_id, d.name, a.idx, a.text, a.blocks, a.status,"
        " a.continued_from, a.continued_to, a.byline_source, a.reporters, a.source_map,"
        " a.logical_id"
        " FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    linked: tuple[int, ...] = ()
    if row[12]:
        linked = tuple(i for i in logical_members(conn, row[12]) if i != row[0])
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
    )


def all_articles(conn: sqlite3.Connection) -> list[tuple[ArticleDetail, str | None]]:
    """Every article with its title, in page order (for exports: one pass, no per-row query)."""
    groups = logical_groups(conn)
    out = []
    for row in conn.execute(
        "SELECT a.id, a.document_id, d.name, a.idx, a.text, a.blocks, a.status,"
        " a.continued_from, a.continued_to, a.byline_source, a.reporters, a.source_map,"
        " a.logical_id, a.title"
        " FROM articles a JOIN documents d ON d.id = a.document_id ORDER BY d.name, d.id, a.idx"
    ):
        detail = ArticleDetail(
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
            linked=tuple(i for i in groups.get(row[12], ()) if i != row[0]) if row[12] else (),
        )
        out.append((detail, row[13]))
    return out


def set_document_auto_count(conn: sqlite3.Connection, document_id: int, n_auto: int) -> None:
    conn.execute("UPDATE documents SET n_auto = ? WHERE id = ?", [n_auto, document_id])


# --- continued articles --------------------------------------------------------------------


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


# --- annotations ---------------------------------------------------------------------------

_ANN_COLUMNS = (
    'uuid, article_id, start, "end", quote, label, kind, fig_kind, value, unit, approx,'
    " metric, source, status, created_at, updated_at"
)


def _annotation(r: Sequence[Any]) -> Annotation:
    figure = None
    if r[6] == "figure":
        figure = FigureFields(
            kind=r[7] or "other",
            value=None if r[8] is None else Decimal(r[8]),
            unit=r[9],
            approx=bool(r[10]),
            metric=r[11],
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
    ]


def insert_annotations(conn: sqlite3.Connection, annotations: Iterable[Annotation]) -> None:
    conn.executemany(
        f"INSERT INTO annotations ({_ANN_COLUMNS}) VALUES ({', '.join('?' * 16)})",
        [_annotation_params(a) for a in annotations],
    )


def replace_annotation(conn: sqlite3.Connection, a: Annotation) -> None:
    conn.execute(
        f"INSERT OR REPLACE INTO annotations ({_ANN_COLUMNS}) VALUES ({', '.join('?' * 16)})",
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


# --- history -------------------------------------------------------------------------------


def insert_history(
    conn: sqlite3.Connection, at: str, edit: str, description: str, before: object, after: object
) -> int:
    cur = conn.execute(
        "INSERT INTO history (at, edit, description, before, after) VALUES (?, ?, ?, ?, ?)",
        [at, edit, description, _json(before), _json(after)],
    )
    return cast(int, cur.lastrowid)


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


# --- search --------------------------------------------------------------------------------


def _trigram_match(query: str) -> str:
    """An FTS5 query for ``query`` (3+ characters): all of its trigrams, each quoted."""
    grams = sorted({query[i : i + 3] for i in range(len(query) - 2)})
    return " AND ".join('"' + g.replace('"', '""') + '"' for g in grams)


def texts_matching(
    conn: sqlite3.Connection,
    query: str,
    article_id: int | None = None,
    limit: int | None = None,
) -> list[tuple[int, str]]:
    """(article id, text) of up to ``limit`` articles containing ``query``, in page order.

    Queries of three or more characters go through the trigram FTS index (every trigram of the
    query must be in the article; ``instr`` then confirms the whole string); shorter ones
    cannot use a trigram index and fall back to a scan.
    """
    scope = "" if article_id is None else " AND a.id = ?"
    extra: list[object] = [] if article_id is None else [article_id]
    limit_sql = "" if limit is None else f" LIMIT {int(limit)}"
    if len(query) >= 3:
        match = _trigram_match(query)
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
