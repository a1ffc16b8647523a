"""Issue 11 item 2: nested spans are the project's explicit choice (default off), stored in
the project file, undoable and in the history; allowed, a resize keeps the inner span and the
exports say spans may nest (brat's annotation.conf) or what they drop (BIO)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.edits import AddSpan, Resize, RevertHistory, SetNestedSpans, SetStatus
from desktop.core.library import Library
from tests.core.test_store import synthetic_prepared


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "p.sqlite")
    library.store_prepared(synthetic_prepared())
    yield library
    library.close()


def _nested_pair(lib: Library) -> tuple[int, str, AddSpan]:
    """An accepted entity with a one-character LOC span inside it (added while allowed)."""
    aid = lib.article_summaries()[0].id
    target = next(a for a in lib.annotations(aid) if a.quote == "李明远")
    lib.apply(SetStatus(target.uuid, "accepted"))
    inner = AddSpan(aid, target.start, target.start + 1, "LOC")
    lib.apply(inner)
    return aid, target.uuid, inner


def test_setting_is_off_by_default_stored_and_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    with Library.open(path) as lib:
        assert lib.nested_spans() is False
        assert lib.settings() == {"nested_spans": "off"}
        changes = lib.apply(SetNestedSpans(True))
        assert changes.settings and changes
        assert lib.nested_spans() is True
        top = lib.history(1)[0]
        assert top["edit"] == "SetNestedSpans" and top["description"] == "Allow nested spans"
    with Library.open(path, readonly=True) as again:
        assert again.nested_spans() is True
        assert again.settings() == {"nested_spans": "on"}


def test_setting_undo_redo_and_no_op(lib: Library) -> None:
    edit = SetNestedSpans(True)
    lib.apply(edit)
    assert lib.nested_spans()
    undo = lib.revert(edit)
    assert undo.settings and not lib.nested_spans()
    assert lib.history(1)[0]["edit"] == "UndoSetNestedSpans"
    lib.apply(edit)  # redo
    assert lib.nested_spans()
    n = len(lib.history(1000))
    same = lib.apply(SetNestedSpans(True))  # already on: nothing written
    assert not same and len(lib.history(1000)) == n
    off = SetNestedSpans(False)
    assert lib.apply(off).settings and not lib.nested_spans()
    assert lib.history(1)[0]["description"] == "Disallow nested spans"


def test_setting_can_be_reverted_from_the_history(lib: Library) -> None:
    lib.apply(SetNestedSpans(True))
    entry = lib.history_entries(1)[0]
    assert entry.revertible
    lib.apply(RevertHistory(entry.id))
    assert not lib.nested_spans()


def test_resize_keeps_the_inner_span_only_when_nested_spans_are_allowed(lib: Library) -> None:
    lib.apply(SetNestedSpans(True))
    aid, outer, inner = _nested_pair(lib)
    ann = lib.annotation(outer)
    assert ann is not None
    text = lib.article(aid).text
    grow = (max(0, ann.start - 1), ann.end) if ann.start else (ann.start, ann.end + 1)
    assert grow[1] <= len(text)
    kept = lib.apply(Resize(outer, *grow))
    assert inner.uuid not in kept.removed and lib.annotation(inner.uuid) is not None
    lib.apply(SetNestedSpans(False))  # off again: a resize around it absorbs it, as before
    absorbed = lib.apply(Resize(outer, ann.start, ann.end))
    assert inner.uuid in absorbed.removed and lib.annotation(inner.uuid) is None


def test_exports_read_the_project_setting(lib: Library, tmp_path: Path) -> None:
    _nested_pair(lib)
    flat = lib.export_dataset("brat", tmp_path / "flat")
    assert "<OVERLAP>" not in (tmp_path / "flat" / "annotation.conf").read_text("utf-8")
    assert flat.articles
    lib.apply(SetNestedSpans(True))
    lib.export("brat", tmp_path / "nested")  # no allow_nested argument: the project's choice
    conf = (tmp_path / "nested" / "annotation.conf").read_text("utf-8")
    assert "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:contain|equal" in conf
    bio = lib.export_dataset("bio", tmp_path / "x.bio")
    assert bio.dropped_nested == 1
    assert "1 span(s) inside or overlapping" in bio.warnings()[0]
