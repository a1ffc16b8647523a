"""The project schema, built by sqlite-utils' :class:`~sqlite_utils.Migrations`.

A newsdesk file is recognised by ``PRAGMA application_id``; its schema version is
``PRAGMA user_version`` (the number of newsdesk migrations applied). A file from a newer
newsdesk (a version or a migration name we do not know) is refused rather than half-read, and
so is an SQLite file that some other program made.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database, Migrations

from desktop.core.errors import ProjectError, Template
from desktop.core.store.db import enable_wal, environment_error

UNKNOWN_MIGRATION = Template("written by a newer newsdesk (unknown migration {name})")
NO_TABLES = Template("not a newsdesk project (an SQLite file with no tables)")
OTHER_PROGRAM = Template("not a newsdesk project (an SQLite file of another program)")
NEWER_SCHEMA = Template(
    "written by a newer newsdesk (schema {version}, this version reads up to {supported}); "
    "update newsdesk to open it"
)
OLDER_SCHEMA = Template(
    "written by an older newsdesk; open it in the window or import into it once to "
    "upgrade it (a read command does not change it)"
)

#: "NwDk" as a big-endian int: marks the file as a newsdesk project.
APPLICATION_ID = 0x4E77446B
MIGRATION_SET = "newsdesk"

migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    # Statement by statement: executescript() would COMMIT the migration's transaction.
    # The application id is written in the same transaction, so a file with newsdesk tables
    # always carries it.
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in _INITIAL_SQL.split(";\n"):
        if statement.strip():
            db.execute(statement)


_INITIAL_SQL = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL UNIQUE,
    encoding TEXT NOT NULL,
    raw TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    n_articles INTEGER NOT NULL,
    n_auto INTEGER NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    title TEXT,
    blocks TEXT NOT NULL,
    source_map BLOB NOT NULL,
    markers TEXT NOT NULL DEFAULT '[]',
    continued_from TEXT,
    continued_to TEXT,
    byline_source TEXT,
    reporters TEXT NOT NULL DEFAULT '[]',
    headline_confidence REAL NOT NULL DEFAULT 1.0,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'reviewed')),
    logical_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    logical_pos INTEGER NOT NULL DEFAULT 0,
    UNIQUE (document_id, idx)
);
CREATE INDEX articles_logical ON articles(logical_id);
CREATE TABLE annotations (
    uuid TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    label TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('entity', 'figure')),
    fig_kind TEXT,
    value TEXT,
    unit TEXT,
    approx INTEGER NOT NULL DEFAULT 0,
    metric TEXT,
    source TEXT NOT NULL CHECK (source IN ('auto', 'user')),
    status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (0 <= start AND start < "end")
);
CREATE INDEX annotations_article ON annotations(article_id, start, "end");
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    edit TEXT NOT NULL,
    description TEXT NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL
);
CREATE TABLE lexicon (
    term TEXT NOT NULL,
    label TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'entity',
    decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'rejected')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (term, label)
);
CREATE TABLE labels (
    name TEXT PRIMARY KEY,
    colour TEXT NOT NULL,
    key TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('entity', 'figure')),
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);
CREATE VIRTUAL TABLE articles_fts USING fts5(
    text, content='articles', content_rowid='id', tokenize='trigram'
)
"""

#: Labels every new project starts with: entities with a key each, one label per figure kind.
DEFAULT_LABELS: tuple[tuple[str, str, str, str, str], ...] = (
    ("PER", "#e6550d", "p", "entity", "person"),
    ("LOC", "#3182bd", "l", "entity", "place"),
    ("ORG", "#31a354", "o", "entity", "organisation"),
    ("MONEY", "#756bb1", "m", "figure", "amount of money"),
    ("PERCENT", "#d6616b", "c", "figure", "percentage or rate"),
    ("QUANTITY", "#8c6d31", "q", "figure", "count or measure"),
    ("DATE", "#17becf", "d", "figure", "date or time"),
    ("RANK", "#bcbd22", "r", "figure", "rank or position"),
    ("DURATION", "#7f7f7f", "u", "figure", "length of time"),
    ("OTHER", "#e377c2", "x", "figure", "other number"),
)


@migrations(name="0002_default_labels")
def _default_labels(db: Database) -> None:
    for position, (name, colour, key, kind, description) in enumerate(DEFAULT_LABELS):
        db.execute(
            "INSERT OR IGNORE INTO labels (name, colour, key, kind, description, position)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [name, colour, key, kind, description, position],
        )


@migrations(name="0003_compact_search")
def _compact_search(db: Database) -> None:
    """Trigram index without positions (a fraction of the size; a substring query becomes an
    AND of its trigrams, verified against the text), and an index over continued fragments."""
    db.execute("DROP TABLE articles_fts")
    db.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(text, content='articles',"
        " content_rowid='id', tokenize='trigram', detail='none')"
    )
    db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    db.execute(
        "CREATE INDEX articles_fragments ON articles(continued_to, continued_from)"
        " WHERE continued_from IS NOT NULL OR continued_to IS NOT NULL"
    )


@migrations(name="0004_count_index")
def _count_index(db: Database) -> None:
    """Covering index for the span counts of the article list (no table lookups)."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS annotations_counts ON annotations(article_id, status, kind)"
    )


@migrations(name="0005_page_geometry")
def _page_geometry(db: Database) -> None:
    """Per document: its OCR format, page furniture (paper, date, page, section, issue), page
    size, scan path, the box of every raw line (a compact blob, see rows.codec.encode_boxes)
    and the lines layout set aside. Documents imported before have no row (plain text)."""
    db.execute(
        """CREATE TABLE page_geometry (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    format TEXT NOT NULL DEFAULT 'text',
    paper TEXT,
    date TEXT,
    page TEXT,
    section TEXT,
    issue TEXT,
    width REAL,
    height REAL,
    image TEXT,
    boxes BLOB,
    set_aside TEXT NOT NULL DEFAULT '[]'
)"""
    )


@migrations(name="0006_suggestion_source")
def _suggestion_source(db: Database) -> None:
    """Where each suggestion came from (a finder id: "rule:orgs", "lexicon", "model") and how
    sure it was, so the reader can show it and the user can review the least sure first."""
    db.execute("ALTER TABLE annotations ADD COLUMN suggested_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE annotations ADD COLUMN confidence REAL")
    db.execute(
        "CREATE INDEX IF NOT EXISTS annotations_confidence ON annotations(article_id, confidence)"
        " WHERE status = 'suggested' AND confidence IS NOT NULL"
    )
    # the project's own model, trained from its reviewed articles (one row per kind of model)
    db.execute(
        "CREATE TABLE IF NOT EXISTS project_models (name TEXT PRIMARY KEY, data BLOB NOT NULL,"
        " trained_at TEXT NOT NULL, report TEXT NOT NULL DEFAULT '{}')"
    )


@migrations(name="0007_figure_iso")
def _figure_iso(db: Database) -> None:
    """A date figure's ISO 8601 reading (Figure.iso), NULL for other annotations and for
    figures stored before (they had none)."""
    db.execute("ALTER TABLE annotations ADD COLUMN iso TEXT")


@migrations(name="0008_project_settings")
def _project_settings(db: Database) -> None:
    """The project's own choices (whether nested spans are allowed), one row per setting; a
    setting without a row has its default, so a file from before keeps its behaviour."""
    db.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


KNOWN = (
    "0001_initial",
    "0002_default_labels",
    "0003_compact_search",
    "0004_count_index",
    "0005_page_geometry",
    "0006_suggestion_source",
    "0007_figure_iso",
    "0008_project_settings",
)
SCHEMA_VERSION = len(KNOWN)


def _creation_interrupted(conn: sqlite3.Connection, tables: set[str]) -> bool:
    """A new project killed before its first migration committed: sqlite-utils' bookkeeping
    table (made outside the migration's transaction), empty, and nothing else. Nothing was in
    the file yet, so it is created again instead of being refused as another program's."""
    if tables != {migrations.migrations_table}:
        return False
    count = conn.execute(f"SELECT count(*) FROM {migrations.migrations_table}").fetchone()[0]
    return int(count) == 0


def _applied(db: Database, path: Path) -> list[str]:
    """The migrations the file has; ProjectError for one this version does not know."""
    try:
        applied = [m.name for m in migrations.applied(db)]
    except sqlite3.DatabaseError as exc:
        raise environment_error(path, exc) from exc
    unknown = [name for name in applied if name not in KNOWN]
    if unknown:
        raise ProjectError(str(path), UNKNOWN_MIGRATION(name=unknown[0]))
    return applied


def check_readonly(conn: sqlite3.Connection, path: Path) -> None:
    """For a read-only open: the file must already be a newsdesk project at this version
    (a read command never creates, upgrades or switches a file's journal)."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise environment_error(path, exc) from exc
    if not tables:
        raise ProjectError(str(path), NO_TABLES)
    if app_id != APPLICATION_ID:
        raise ProjectError(str(path), OTHER_PROGRAM)
    if version > SCHEMA_VERSION:
        raise ProjectError(str(path), NEWER_SCHEMA(version=version, supported=SCHEMA_VERSION))
    applied = _applied(Database(conn), path)
    if len(applied) < SCHEMA_VERSION or version < SCHEMA_VERSION:
        raise ProjectError(str(path), OLDER_SCHEMA)


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Bring the file to :data:`SCHEMA_VERSION`; returns the version. Refuses foreign files."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise environment_error(path, exc) from exc
    if app_id != APPLICATION_ID and tables:
        if not _creation_interrupted(conn, tables):
            raise ProjectError(str(path), OTHER_PROGRAM)
        conn.execute(f"DROP TABLE {migrations.migrations_table}")  # empty: start over
    if version > SCHEMA_VERSION:
        raise ProjectError(str(path), NEWER_SCHEMA(version=version, supported=SCHEMA_VERSION))
    db = Database(conn)
    applied = _applied(db, path)  # before the WAL switch: a newer project is left untouched
    enable_wal(conn, path)
    if len(applied) == SCHEMA_VERSION and version == SCHEMA_VERSION:
        return int(version)
    try:
        migrations.apply(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as exc:
        raise environment_error(path, exc) from exc
    return SCHEMA_VERSION
