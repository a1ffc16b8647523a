"""History descriptions read back as Wordings (desktop/core/history_words.py), so Edit >
History can translate rows written in English, by this version and by earlier ones."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.edits import (
    AcceptAll,
    AddSpan,
    ApplyToAll,
    DeleteSpan,
    Edit,
    EditFigure,
    Relabel,
    Resize,
    RevertHistory,
    SetNestedSpans,
    SetReviewStatus,
    SetStatus,
    Wording,
)
from desktop.core.history_words import TEMPLATES, read_description
from desktop.core.library import Library
from desktop.core.records import Label, Occurrence
from tests.core.test_edits import first
from tests.core.test_store import synthetic_prepared


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "p.sqlite")
    library.store_prepared(synthetic_prepared())
    yield library
    library.close()


def _free_span(lib: Library, aid: int, width: int = 2) -> tuple[int, int]:
    text = lib.article(aid).text
    taken = lib.annotations(aid)
    for i in range(len(text) - width):
        piece = text[i : i + width]
        free = not any(a.start < i + width and i < a.end for a in taken)
        if free and piece.strip() and "\n" not in piece:
            return i, i + width
    raise AssertionError("no free span")


def _latest(lib: Library) -> tuple[str, str]:
    entry = lib.history_entries(1)[0]
    return entry.edit, entry.what


def _check(lib: Library, edit: Edit) -> Wording:
    """Apply ``edit``, read its history row back, and the row of its undo."""
    lib.apply(edit)
    kind, what = _latest(lib)
    read = read_description(kind, what)
    assert read == edit.wording, (kind, what)
    assert kind in TEMPLATES and read.template in TEMPLATES[kind]
    return read


def test_every_edit_reads_back_as_its_own_wording(lib: Library) -> None:
    aid = first(lib)
    start, end = _free_span(lib, aid)
    add = AddSpan(aid, start, end, "ORG")
    _check(lib, add)
    _check(lib, Relabel(add.uuid, "LOC"))
    _check(lib, Resize(add.uuid, start, end + 1))
    _check(lib, SetStatus(add.uuid, "rejected"))
    _check(lib, SetStatus(add.uuid, "accepted"))
    status = _check(lib, SetReviewStatus(aid, "in_progress"))
    assert status.args == ("in_progress",) and status.status_arg
    assert _latest(lib)[1] == "Mark article as in progress"
    _check(lib, SetNestedSpans(True))
    _check(lib, SetNestedSpans(False))
    other = lib.article_summaries()[1].id
    if any(a.status == "suggested" for a in lib.annotations(other)):
        _check(lib, AcceptAll(other))
    figure = next(a for a in lib.annotations(other) if a.kind == "figure")
    _check(lib, EditFigure(figure.uuid, value=Decimal("12.5")))
    s2, e2 = _free_span(lib, aid)
    text = lib.article(aid).text[s2:e2]
    _check(lib, ApplyToAll(text, "ORG", "entity", (Occurrence(aid, s2, e2),)))
    _check(lib, DeleteSpan(add.uuid))
    # a revert names the reverted change's description, itself read in turn
    reverted = lib.history_entries(1)[0]
    read = _check(lib, RevertHistory(reverted.id))
    assert read.template == "Revert %1" and read.args == (reverted.what,)
    assert read_description("", read.args[0]) is not None


def test_undo_rows_the_facade_rows_and_a_dataset_import(lib: Library, tmp_path: Path) -> None:
    aid = first(lib)
    start, end = _free_span(lib, aid)
    add = AddSpan(aid, start, end, "PER")
    lib.apply(add)
    lib.revert(add)
    kind, what = _latest(lib)
    assert kind == "UndoAddSpan"
    undo = read_description(kind, what)
    assert undo == Wording("Undo %1", (add.description,))
    assert read_description("AddSpan", undo.args[0]) == add.wording
    lib.add_label(Label("EVENT", "#123456", "", "entity"))
    assert read_description(*_latest(lib)) == Wording("Add label %1", ("EVENT",))
    lib.store_prepared(synthetic_prepared("page2.txt", (("标题", "正文一段。"),)))
    assert read_description(*_latest(lib)) == Wording("Import %1", ("page2.txt",))
    data = tmp_path / "more.jsonl"
    record = {"text": "另一篇文章", "label": [[0, 2, "ORG"]]}
    data.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    lib.import_dataset("doccano", data)
    assert read_description(*_latest(lib)) == Wording("Import dataset %1", ("more.jsonl",))


def test_arguments_with_template_words_and_unknown_descriptions() -> None:
    # the quote may hold the template's own words: the kind of change and the longest fixed
    # text decide, and the English always comes back exactly
    tricky = "Label all 3 × 北京 as ORG as LOC"
    read = read_description("AddSpan", tricky)
    assert read is not None and read.template == "Label %1 as %2" and read.english() == tricky
    read = read_description("", "Label all 3 × 北京 as ORG")
    assert read == Wording("Label all %1 × %2 as %3", ("3", "北京", "ORG"))
    assert read_description("", "Import dataset a.jsonl") == Wording(
        "Import dataset %1", ("a.jsonl",)
    )
    assert read_description("Resuggest", "Re-suggest entities in 12 article(s)") == Wording(
        "Re-suggest entities in %1 article(s)", ("12",)
    )
    # a status that is not one: no status wording (it would show a raw name)
    assert read_description("SetReviewStatus", "Mark article as done") is None
    # an older or newer newsdesk's words: None, the caller shows them as stored
    assert read_description("SomeFutureEdit", "Merge two articles") is None
    assert read_description("", "") is None
    # an undo of an unknown change still reads as an undo, its inner text as it was
    assert read_description("UndoSomething", "Undo Merge two articles") == Wording(
        "Undo %1", ("Merge two articles",)
    )
