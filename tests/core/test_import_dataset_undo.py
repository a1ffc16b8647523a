"""Undoing a dataset import takes away what it created (documents, their articles, labels) and
a redo creates it again; nothing that was in the project before is touched."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.edits import AddSpan, RevertHistory
from desktop.core.errors import EditError
from desktop.core.library import Library
from desktop.core.store import rows
from tests.core.test_store import ARTICLES, synthetic_prepared

NEW_TEXT = "星河公司在东港市举办航海节，王小川出席。"
NEW_TEXT_2 = "第二篇新文章，提到北湖大学。"


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "p.sqlite")
    library.store_prepared(synthetic_prepared())
    yield library
    library.close()


def _state(lib: Library, *, stamps: bool = True) -> list[tuple[Any, ...]]:
    """Every row but the history, and the search index's rows (what Ctrl+Shift+F finds).
    ``stamps=False``: without the spans' times (a revert from the history writes its own)."""
    conn = lib._conn
    fts = [("fts", *r) for r in conn.execute("SELECT rowid, text FROM articles_fts ORDER BY 1")]
    out = [r for r in rows.dump(conn) if r[0] != "history" and (stamps or r[0] != "annotations")]
    if not stamps:
        out += [
            ("annotations", *r)
            for r in conn.execute(
                'SELECT uuid, article_id, start, "end", label, status, source FROM annotations'
                " ORDER BY 1"
            )
        ]
    return out + fts


def _content(lib: Library) -> list[tuple[Any, ...]]:
    """The project by content, not ids or times: documents, articles, spans, statuses, labels."""
    out: list[tuple[Any, ...]] = []
    for s in lib.article_summaries():
        detail = lib.article(s.id)
        spans = sorted((a.start, a.end, a.quote, a.label, a.status) for a in lib.annotations(s.id))
        out.append((s.document_name, s.index, detail.text, detail.status, tuple(spans)))
    out.sort()
    out.append(tuple(sorted((label.name, label.kind) for label in lib.labels())))
    out.append(tuple(sorted(d.name for d in lib.documents())))
    return out


def _dataset(tmp_path: Path, *, reviewed_existing: bool = True) -> Path:
    """One record onto an existing article (a new span, a known label), two new texts (new
    articles in a new document), one of them with a label the project does not have."""
    existing = f"{ARTICLES[1][0]}\n{ARTICLES[1][1]}"
    start = existing.index("青松镇")
    records: list[dict[str, object]] = [
        {"text": NEW_TEXT, "label": [[0, 4, "ORG"], [5, 8, "LOC"], [10, 13, "EVENT"]]},
        {"text": NEW_TEXT_2, "label": [[9, 13, "ORG"]]},
    ]
    if reviewed_existing:
        records.insert(0, {"text": existing, "label": [[start, start + 3, "LOC"]]})
    path = tmp_path / "data.jsonl"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def test_undo_removes_what_the_import_created_and_redo_brings_it_back(
    lib: Library, tmp_path: Path
) -> None:
    before = _state(lib)
    n_documents, n_labels = len(lib.documents()), len(lib.labels())
    edit = lib.dataset_edit("doccano", _dataset(tmp_path), replace=True, reviewed=True)
    imported = lib.import_edit(edit)
    assert imported.documents and imported.labels
    assert len(lib.documents()) == n_documents + 1
    assert "EVENT" in {label.name for label in lib.labels()}
    assert [h.article_id for h in lib.search("航海节")]  # in the search index
    after_import = _content(lib)

    undone = lib.revert(edit)
    assert undone.documents and undone.labels  # the window reloads its list and labels
    assert _state(lib) == before  # exactly as before, the search index included
    assert len(lib.documents()) == n_documents and len(lib.labels()) == n_labels
    assert lib.search("航海节") == []
    assert lib.check() == []
    assert lib.history_entries(1)[0].edit == "UndoImportDataset"

    redone = lib.import_edit(edit)  # what the undo stack's redo does
    assert redone.documents and redone.labels
    assert _content(lib) == after_import
    assert [h.article_id for h in lib.search("航海节")]
    # and again: undo, redo, undo leave no trace
    lib.revert(edit)
    assert _state(lib) == before
    assert lib.check() == []


def test_an_import_without_new_documents_or_labels_undoes_as_before(
    lib: Library, tmp_path: Path
) -> None:
    existing = f"{ARTICLES[0][0]}\n{ARTICLES[0][1]}"
    start = existing.index("山河县")
    path = tmp_path / "one.jsonl"
    record = {"text": existing, "label": [[start, start + 3, "LOC"]]}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    before = _state(lib)
    edit = lib.dataset_edit("doccano", path, replace=True)
    lib.import_edit(edit)
    assert edit.created_documents == () and edit.created_labels == ()
    undone = lib.revert(edit)
    assert not undone.documents and not undone.labels
    assert _state(lib) == before


def test_work_done_since_in_what_the_import_created_stays(lib: Library, tmp_path: Path) -> None:
    edit = lib.dataset_edit("doccano", _dataset(tmp_path, reviewed_existing=False))
    lib.import_edit(edit)
    first_new = next(s.id for s in lib.article_summaries() if lib.article(s.id).text == NEW_TEXT)
    second_new = next(s.id for s in lib.article_summaries() if lib.article(s.id).text == NEW_TEXT_2)
    # a span the user added in a created article, outside what the import wrote
    lib.apply(AddSpan(first_new, 14, 16, "PER"))
    # and the new label, confirmed in the lexicon
    rows.put_lexicon(lib._conn, rows.LexiconEntry("航海", "EVENT", "entity", "confirmed", "t"))
    lib._conn.commit()
    lib.revert(edit)
    # the import's own spans are gone, the user's span and its document stay, so does EVENT
    kept = lib.annotations(first_new)
    assert [(a.start, a.end, a.label) for a in kept] == [(14, 16, "PER")]
    assert "EVENT" in {label.name for label in lib.labels()}
    # both new articles were in one document (the file's): it stays whole, the second
    # article empty of spans
    assert lib.article(second_new).text == NEW_TEXT_2 and lib.annotations(second_new) == []
    assert lib.check() == []


def test_reverting_the_undo_from_the_history_is_refused_cleanly(
    lib: Library, tmp_path: Path
) -> None:
    edit = lib.dataset_edit("doccano", _dataset(tmp_path), replace=True)
    lib.import_edit(edit)
    lib.revert(edit)
    before = _state(lib)
    undo_row = lib.history_entries(1)[0]
    assert undo_row.edit == "UndoImportDataset"
    with pytest.raises(EditError, match="does not exist"):
        lib.apply(RevertHistory(undo_row.id))
    assert _state(lib) == before


def test_an_undo_survives_a_restart_of_the_row_written(lib: Library, tmp_path: Path) -> None:
    """The project file after import + undo is a valid project with foreign keys intact."""
    edit = lib.dataset_edit("doccano", _dataset(tmp_path), replace=True)
    lib.import_edit(edit)
    lib.revert(edit)
    path = lib.path
    lib.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = conn.execute(
            "SELECT count(*) FROM annotations n LEFT JOIN articles a ON a.id = n.article_id"
            " WHERE a.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
    conn.close()
    with Library.open(path) as again:
        assert again.check() == []


# --- a dataset imported with `newsdesk import-dataset`, reverted later from Edit > History ------


def _cli_import(project: Path, data: Path) -> None:
    from desktop.cli import main

    args = ["import-dataset", str(data), "--project", str(project), "--format", "doccano"]
    assert main([*args, "--replace", "--reviewed"]) == 0


def test_reverting_a_cli_import_from_the_history_removes_what_it_created(
    tmp_path: Path,
) -> None:
    project = tmp_path / "p.sqlite"
    with Library.open(project) as lib:
        lib.store_prepared(synthetic_prepared())
        before = _state(lib, stamps=False)
    _cli_import(project, _dataset(tmp_path))
    with Library.open(project) as lib:  # a later session: only the history can undo it
        after_import = _state(lib, stamps=False)
        row = lib.history_entries(1)[0]
        assert row.edit == "ImportDataset" and row.revertible
        revert = RevertHistory(row.id)
        changes = lib.apply(revert)
        assert changes.documents and changes.labels
        assert _state(lib, stamps=False) == before  # spans, statuses, document, label: gone
        assert lib.check() == []
        # Ctrl+Z of the revert puts everything back as it was, the same ids included
        undone = lib.revert(revert)
        assert undone.documents and undone.labels
        assert _state(lib, stamps=False) == after_import
        assert [h.article_id for h in lib.search("航海节")]
        lib.apply(revert)  # and a redo takes it away again
        assert _state(lib, stamps=False) == before
        assert lib.check() == []


def test_a_history_row_that_does_not_name_its_creations_keeps_them(tmp_path: Path) -> None:
    """Rows written before imports recorded what they created, and rows whose document id
    holds another content now, leave documents alone: only the spans are reverted."""
    project = tmp_path / "p.sqlite"
    with Library.open(project) as lib:
        lib.store_prepared(synthetic_prepared())
    _cli_import(project, _dataset(tmp_path))
    with sqlite3.connect(project) as conn:
        after = json.loads(conn.execute("SELECT after FROM history ORDER BY id DESC").fetchone()[0])
        assert after["created_documents"] and after["created_labels"] == ["EVENT"]
        after["created_documents"] = [[i, "0" * 64] for i, _sha in after["created_documents"]]
        del after["created_labels"]
        conn.execute(
            "UPDATE history SET after = ? WHERE id = (SELECT max(id) FROM history)",
            [json.dumps(after, ensure_ascii=False)],
        )
    conn.close()
    with Library.open(project) as lib:
        n_documents = len(lib.documents())
        lib.apply(RevertHistory(lib.history_entries(1)[0].id))
        assert len(lib.documents()) == n_documents  # kept: the row does not prove they are its
        assert "EVENT" in {label.name for label in lib.labels()}
        new = next(s.id for s in lib.article_summaries() if lib.article(s.id).text == NEW_TEXT)
        assert lib.annotations(new) == []  # the spans were reverted all the same
