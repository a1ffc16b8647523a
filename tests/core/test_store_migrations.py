"""Upgrading an older project file: pending migrations run, data and search survive."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from desktop.core.library import Library
from desktop.core.store import rows
from desktop.core.store.db import connect
from desktop.core.store.migrations import SCHEMA_VERSION, migrations
from tests.core.test_store import synthetic_prepared


def test_version_2_file_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = connect(path, create=True)
    migrations.apply(Database(conn), stop_before="0003_compact_search")
    conn.execute("PRAGMA user_version = 2")
    document_id = rows.insert_document(
        conn,
        rows.NewDocument("old.txt", "old.txt", "0" * 64, "utf-8", "旧的文本", "2020", 1, 0),
    )
    page = synthetic_prepared().page.articles[0]
    rows.insert_article(
        conn,
        rows.NewArticle(
            document_id,
            0,
            page.text,
            page.title,
            (),
            page.source_map,
            (),
            None,
            None,
            None,
            (),
            1.0,
        ),
    )
    conn.close()
    with Library.open(path) as lib:
        assert lib.article_count() == 1
        assert [h.article_id for h in lib.search("春耕会议")] == [1]
        assert lib.search("春耕会议召开") == []
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 8
    sql = check.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
    assert "detail='none'" in sql
    check.close()
