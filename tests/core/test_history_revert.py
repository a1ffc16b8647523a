"""Reverting any change of the project's history (Edit > History), after a restart too."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.edits import (
    AddSpan,
    ApplyToAll,
    DeleteSpan,
    EditFigure,
    Relabel,
    RevertHistory,
)
from desktop.core.errors import EditError
from desktop.core.library import Library
from desktop.core.records import Occurrence
from desktop.core.store import rows
from desktop.core.store.deltas import Delta
from tests.core.test_edits import _without_stamps, first, snapshot
from tests.core.test_store import synthetic_prepared


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "p.sqlite"
    with Library.open(target) as library:
        library.store_prepared(synthetic_prepared())
    return target


@pytest.fixture
def lib(path: Path) -> Iterator[Library]:
    library = Library.open(path)
    yield library
    library.close()


def _free_span(lib: Library, aid: int) -> tuple[int, int]:
    text = lib.article(aid).text
    taken = lib.annotations(aid)
    for i in range(len(text) - 2):
        piece = text[i : i + 2]
        free = not any(a.start < i + 2 and i < a.end for a in taken)
        if free and piece.strip() and "\n" not in piece:
            return i, i + 2
    raise AssertionError("no free span")


def test_every_edit_delta_comes_back_from_its_history_json(lib: Library) -> None:
    aid = first(lib)
    start, end = _free_span(lib, aid)
    edit = AddSpan(aid, start, end, "ORG")
    lib.apply(edit)
    assert edit.applied is not None
    before, after = edit.applied.as_json()
    rebuilt = Delta.from_json(before, after)
    assert rebuilt is not None
    assert [tuple(None if x is None else x.uuid for x in pair) for pair in rebuilt.annotations] == [
        tuple(None if x is None else x.uuid for x in pair) for pair in edit.applied.annotations
    ]
    assert rebuilt.statuses == edit.applied.statuses
    assert Delta.from_json({}, {"document": 1}) is None  # an imported page


def test_revert_a_relabel_after_a_restart_then_undo_the_revert(path: Path) -> None:
    with Library.open(path) as lib:
        aid = first(lib)
        target = lib.annotations(aid)[0]
        lib.apply(Relabel(target.uuid, "ORG" if target.label != "ORG" else "LOC"))
        before_revert = snapshot(lib)
    with Library.open(path) as lib:  # a new session: no undo stack, only the history
        entry = lib.history_entries()[0]
        assert entry.edit == "Relabel" and entry.revertible and entry.articles == (aid,)
        revert = RevertHistory(entry.id)
        changes = lib.apply(revert)
        assert changes.updated == (target.uuid,)
        back = lib.annotation(target.uuid)
        assert back is not None and (back.label, back.status) == (target.label, target.status)
        top = lib.history_entries()[0]
        assert top.edit == "RevertHistory" and top.what == f"Revert {entry.what}"
        lib.revert(revert)  # the revert is one more undoable step
        assert _without_stamps(snapshot(lib)) == _without_stamps(before_revert)
        assert lib.check() == []


def test_revert_refuses_when_the_span_changed_since(lib: Library) -> None:
    aid = first(lib)
    start, end = _free_span(lib, aid)
    add = AddSpan(aid, start, end, "ORG")
    lib.apply(add)
    added_id = lib.history_entries()[0].id
    lib.apply(Relabel(add.uuid, "LOC"))
    before = snapshot(lib)
    with pytest.raises(EditError) as refused:
        lib.apply(RevertHistory(added_id))
    assert "changed since" in str(refused.value) and "\n" not in str(refused.value)
    assert snapshot(lib) == before  # nothing written, no history row
    # the later relabel reverted first, then the add can go
    lib.apply(RevertHistory(lib.history_entries()[0].id))
    lib.apply(RevertHistory(added_id))
    assert lib.annotation(add.uuid) is None


def test_revert_a_delete_and_a_figure_edit_restores_the_records(lib: Library) -> None:
    aid = first(lib)
    figure = next((a for a in lib.annotations(aid) if a.kind == "figure"), None)
    if figure is not None:
        lib.apply(EditFigure(figure.uuid, value=Decimal("12.5")))
        lib.apply(RevertHistory(lib.history_entries()[0].id))
        restored = lib.annotation(figure.uuid)
        assert restored is not None and restored.figure == figure.figure
    victim = lib.annotations(aid)[0]
    lib.apply(DeleteSpan(victim.uuid))
    lib.apply(RevertHistory(lib.history_entries()[0].id))
    back = lib.annotation(victim.uuid)
    assert back is not None
    assert replace(back, created_at="", updated_at="") == replace(
        victim, created_at="", updated_at=""
    )
    assert lib.check() == []


def test_revert_an_apply_to_all_undoes_its_lexicon_and_statuses(lib: Library) -> None:
    aid = first(lib)
    start, end = _free_span(lib, aid)
    text = lib.article(aid).text[start:end]
    lexicon_before = lib.lexicon()
    edit = ApplyToAll(text, "ORG", "entity", (Occurrence(aid, start, end),))
    lib.apply(edit)
    assert lib.lexicon() != lexicon_before
    lib.apply(RevertHistory(lib.history_entries()[0].id))
    assert [(e.term, e.label, e.decision) for e in lib.lexicon()] == [
        (e.term, e.label, e.decision) for e in lexicon_before
    ]
    assert not [a for a in lib.annotations(aid) if (a.start, a.end) == (start, end)]


def test_imported_pages_and_labels_are_listed_but_not_revertible(lib: Library) -> None:
    entries = lib.history_entries()
    page = next(e for e in entries if e.edit == "Import")
    assert not page.revertible and "page" in page.reason
    with pytest.raises(EditError, match="cannot revert"):
        lib.apply(RevertHistory(page.id))
    with pytest.raises(EditError, match="does not exist"):
        lib.apply(RevertHistory(10_000))
    assert rows.history_row(lib._conn, page.id) is not None
