"""The project file: opening, migrations, refusals, storing a page, reading it back.

``synthetic_prepared`` builds a prepared page from made-up text without reflow or extraction,
so store tests do not depend on those modules; other store tests import it from here.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from desktop.core.errors import ProjectError
from desktop.core.importer import PreparedPage
from desktop.core.library import Library
from desktop.core.model import Article, Block, Entity, Extraction, Figure, Page
from desktop.core.store import rows
from desktop.core.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrations

ARTICLES = (
    (
        "山河县召开春耕会议",
        "本报讯 县长李明远在会上指出，全县投资12.5亿元。\n李明远说，山河县将继续努力。",
    ),
    ("青松镇新建学校", "青松镇新建学校一所，总投资3000万元，增长4.7%。\n镇长赵一帆出席。"),
)
NAMES = (("李明远", "PER"), ("山河县", "LOC"), ("青松镇", "LOC"), ("赵一帆", "PER"))


def synthetic_prepared(
    name: str = "page1.txt",
    articles: tuple[tuple[str, str], ...] = ARTICLES,
    *,
    continued: tuple[tuple[str | None, str | None], ...] | None = None,
) -> PreparedPage:
    """A page whose raw text is title + body per article, separated by blank lines."""
    raw_parts: list[str] = []
    built: list[Article] = []
    extractions: list[Extraction] = []
    offset = 0
    for index, (title, body) in enumerate(articles):
        text = f"{title}\n{body}"
        raw_parts.append(text)
        blocks = [Block("title", title, 0, len(title))]
        pos = len(title) + 1
        for para in body.split("\n"):
            blocks.append(Block("paragraph", para, pos, pos + len(para)))
            pos += len(para) + 1
        cont = continued[index] if continued else (None, None)
        built.append(
            Article(
                index=index,
                text=text,
                blocks=tuple(blocks),
                source_map=tuple(range(offset, offset + len(text))),
                continued_from=cont[0],
                continued_to=cont[1],
            )
        )
        offset += len(text) + 2
        entities = []
        for term, label in NAMES:
            start = text.find(term)
            while start != -1:
                entities.append(Entity(start, start + len(term), term, label))
                start = text.find(term, start + len(term))
        figures = []
        for surface, kind, value, unit in (
            ("12.5亿元", "money", Decimal("1250000000"), "元"),
            ("3000万元", "money", Decimal("30000000"), "元"),
            ("4.7%", "percent", Decimal("4.7"), "%"),
        ):
            start = text.find(surface)
            if start != -1:
                figures.append(
                    Figure(start, start + len(surface), surface, kind, value, unit, False, "投资")
                )
        extractions.append(
            Extraction(
                tuple(sorted(entities, key=lambda e: e.start)),
                tuple(figures),
            )
        )
    raw = "\n\n".join(raw_parts) + "\n"
    page = Page(source=name, raw=raw, encoding="utf-8", articles=tuple(built))
    return PreparedPage(
        path=name,
        name=name,
        sha256=hashlib.sha256(raw.encode()).hexdigest(),
        page=page,
        extractions=tuple(extractions),
    )


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = Library.open(tmp_path / "p.sqlite")
    library.store_prepared(synthetic_prepared())
    yield library  # type: ignore[misc]
    library.close()


def test_new_project_is_migrated_and_marked(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_reopen_keeps_data_and_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    with Library.open(path) as lib:
        lib.store_prepared(synthetic_prepared())
    with Library.open(path, create=False) as lib:
        assert lib.article_count() == 2
        assert lib._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert lib._conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_missing_project_without_create(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no such project file"):
        Library.open(tmp_path / "absent.sqlite", create=False)


def _one_line(exc: pytest.ExceptionInfo[ProjectError], path: Path) -> str:
    text = str(exc.value)
    assert "\n" not in text and str(path) in text
    return text


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ProjectError) as exc:
        Library.open(path)
    assert "newer newsdesk" in _one_line(exc, path)


def test_unknown_migration_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer2.sqlite"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('newsdesk', '9999_future', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError) as exc:
        Library.open(path)
    assert "newer newsdesk" in _one_line(exc, path)


def _recipes_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE recipes (name TEXT)")


def _other_migration_set(conn: sqlite3.Connection) -> None:
    """Another sqlite-utils program's bookkeeping table, with its own migration in it."""
    Migrations("someone-else").ensure_migrations_table(Database(conn))
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        ["someone-else", "0001", "2024"],
    )


@pytest.mark.parametrize("make", [_recipes_table, _other_migration_set])
def test_foreign_sqlite_file_is_refused_and_untouched(
    tmp_path: Path, make: Callable[[sqlite3.Connection], None]
) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    make(conn)
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError) as exc:
        Library.open(path)
    assert "not a newsdesk project" in _one_line(exc, path)
    assert path.read_bytes() == before


def test_project_killed_while_being_created_opens_as_new(tmp_path: Path) -> None:
    """Killed after sqlite-utils made its bookkeeping table, before the first migration
    committed: nothing was stored yet, so the file is created again, not refused."""
    path = tmp_path / "new.sqlite"
    conn = sqlite3.connect(path)
    migrations.ensure_migrations_table(Database(conn))
    conn.commit()
    conn.close()
    lib = Library.open(path)
    assert lib.stats()["documents"] == 0 and lib.stats()["schema_version"] == SCHEMA_VERSION
    lib.close()
    conn = sqlite3.connect(path)  # and it is a project from now on
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_text_file_named_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("这不是数据库\n", encoding="utf-8")
    with pytest.raises(ProjectError) as exc:
        Library.open(path)
    assert "not a newsdesk project" in _one_line(exc, path)
    assert path.read_text(encoding="utf-8") == "这不是数据库\n"


def test_damaged_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    with Library.open(path) as lib:
        lib.store_prepared(synthetic_prepared())
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectError) as exc:
        Library.open(path)
    _one_line(exc, path)


def test_locked_project_gives_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    with Library.open(path) as lib:
        other = sqlite3.connect(path, timeout=0)
        other.execute("BEGIN EXCLUSIVE")
        lib._conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(ProjectError) as exc:
            lib.store_prepared(synthetic_prepared())
        assert "locked" in _one_line(exc, path)
        other.rollback()
        other.close()


def test_store_and_read_back(lib: Library) -> None:
    docs = lib.documents()
    assert [(d.name, d.n_articles) for d in docs] == [("page1.txt", 2)]
    summaries = lib.article_summaries()
    assert [s.title for s in summaries] == ["山河县召开春耕会议", "青松镇新建学校"]
    assert [s.index for s in summaries] == [0, 1]
    assert summaries[0].n_entities == 4 and summaries[0].n_figures == 1
    detail = lib.article(summaries[0].id)
    assert detail.text.startswith("山河县召开春耕会议\n")
    assert detail.source_map == tuple(range(len(detail.text)))
    assert [b.kind for b in detail.blocks] == ["title", "paragraph", "paragraph"]
    anns = lib.annotations(detail.id)
    assert [(a.start, a.end) for a in anns] == sorted((a.start, a.end) for a in anns)
    assert all(a.source == "auto" and a.status == "suggested" for a in anns)
    assert all(detail.text[a.start : a.end] == a.quote for a in anns)
    money = next(a for a in anns if a.kind == "figure")
    assert money.label == "MONEY" and money.figure is not None
    assert money.figure.value == Decimal("1250000000") and money.figure.metric == "投资"
    assert lib.annotation(money.uuid) == money
    assert lib.annotation("nope") is None


def test_reimport_same_content_is_skipped(lib: Library) -> None:
    assert not lib.store_prepared(synthetic_prepared())
    assert lib.article_count() == 2


def test_labels_defaults(lib: Library) -> None:
    labels = {label.name: label for label in lib.labels()}
    assert [labels[n].key for n in ("PER", "LOC", "ORG")] == ["p", "l", "o"]
    colours = [label.colour for label in labels.values()]
    assert len(set(colours)) == len(colours)
    assert labels["MONEY"].kind == "figure" and labels["PER"].kind == "entity"


def test_summary_query_filters(lib: Library) -> None:
    assert [s.title for s in lib.article_summaries("赵一帆")] == ["青松镇新建学校"]
    assert lib.article_summaries("不存在的词") == []


def test_summaries_of_chosen_articles_match_the_full_list(lib: Library) -> None:
    full = lib.article_summaries()
    assert lib.article_summaries(ids=[full[1].id]) == [full[1]]
    assert lib.article_summaries(ids={s.id for s in full}) == full
    assert lib.article_summaries("赵一帆", ids=[full[0].id]) == []
    assert lib.article_summaries(ids=[]) == []


def test_raw_lines_follow_the_source_map(lib: Library) -> None:
    second = lib.article_summaries()[1]
    detail = lib.article(second.id)
    raw = lib.document_raw(detail.document_id)
    start = detail.text.index("镇长")
    lines = lib.raw_lines(detail.id, start, start + 2)
    assert len(lines) == 1 and "镇长" in raw.split("\n")[lines[0]]
    assert lib.raw_lines(detail.id, 0, len(detail.text)) == [4, 5, 6]


def test_search_uses_trigram_and_short_queries(lib: Library) -> None:
    hits = lib.search("李明远")
    assert len(hits) == 2 and all(h.snippet.count("李明远") >= 1 for h in hits)
    first = lib.article_summaries()[0].id
    assert {h.article_id for h in hits} == {first}
    short = lib.search("镇长")
    assert len(short) == 1 and short[0].article_id != first
    assert lib.search("李明远", limit=1)[0].start == hits[0].start
    assert lib.search("") == []


def test_occurrences_by_scope(tmp_path: Path) -> None:
    with Library.open(tmp_path / "p.sqlite") as lib:
        lib.store_prepared(synthetic_prepared())
        lib.store_prepared(
            synthetic_prepared("page2.txt", (*ARTICLES[:1], ("另一篇", "李明远到访。")))
        )
        first = lib.article_summaries()[0].id
        in_article = lib.occurrences(first, "李明远", "article")
        assert len(in_article) == 2
        assert all(o.existing_label == "PER" and o.existing_uuid for o in in_article)
        assert len(lib.occurrences(first, "李明远", "document")) == 2
        assert len(lib.occurrences(first, "李明远", "project")) == 5


def test_stats(lib: Library) -> None:
    stats = lib.stats()
    assert stats["documents"] == 1 and stats["articles"] == 2
    assert stats["annotations_by_status"] == {"suggested": stats["annotations"]}
    assert stats["schema_version"] == SCHEMA_VERSION


def test_source_map_encoding_round_trips() -> None:
    sample = (0, 1, 2, -1, 10, 11, 5, -1, -1, 300000)
    assert rows.decode_source_map(rows.encode_source_map(sample)) == sample
    long = tuple(range(50_000))
    assert len(rows.encode_source_map(long)) < 1000


def test_edits_sync_fully_and_batches_relax_it(tmp_path: Path) -> None:
    def sync(lib: Library) -> int:
        return int(lib._conn.execute("PRAGMA synchronous").fetchone()[0])

    with Library.open(tmp_path / "p.sqlite") as lib:
        assert sync(lib) == 2  # FULL
        with lib.batch():
            assert sync(lib) == 1  # NORMAL
            lib.store_prepared(synthetic_prepared())
        assert sync(lib) == 2
        assert lib._conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000


def test_occurrence_names_the_span_that_is_not_rejected(lib: Library) -> None:
    from desktop.core.edits import AddSpan, SetStatus

    aid = lib.article_summaries()[0].id
    auto = next(a for a in lib.annotations(aid) if a.quote == "李明远")
    lib.apply(SetStatus(auto.uuid, "rejected"))
    user = AddSpan(aid, auto.start, auto.end, "ORG")
    lib.apply(user)
    found = [o for o in lib.occurrences(aid, "李明远", "article") if o.start == auto.start]
    assert [(o.existing_uuid, o.existing_label) for o in found] == [(user.uuid, "ORG")]
