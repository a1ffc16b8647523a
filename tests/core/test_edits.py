"""Every edit: apply, revert, re-apply (redo), its history row, its Changes, the quote check."""

from __future__ import annotations

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
    SetReviewStatus,
    SetStatus,
)
from desktop.core.errors import EditError
from desktop.core.library import Library
from desktop.core.records import Annotation, Changes, Label
from desktop.core.store import rows
from tests.core.test_store import synthetic_prepared


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "p.sqlite")
    library.store_prepared(synthetic_prepared())
    yield library
    library.close()


def first(lib: Library) -> int:
    return lib.article_summaries()[0].id


def span(lib: Library, article_id: int, quote: str) -> Annotation:
    return next(a for a in lib.annotations(article_id) if a.quote == quote)


def snapshot(lib: Library) -> list[tuple[object, ...]]:
    """Everything but the history (which grows with each edit)."""
    return [r for r in rows.dump(lib._conn) if r[0] != "history"]


def roundtrip(lib: Library, edit: Edit) -> tuple[Changes, Changes]:
    """Apply, revert, apply again; checks state at each step and one history row per step."""
    before = snapshot(lib)
    n_history = len(lib.history(1000))
    changes = lib.apply(edit)
    after = snapshot(lib)
    assert after != before
    assert len(lib.history(1000)) == n_history + 1
    top = lib.history(1)[0]
    assert top["edit"] == type(edit).__name__ and top["description"] == edit.description
    undo = lib.revert(edit)
    assert snapshot(lib) == before
    assert lib.history(1)[0]["edit"] == f"Undo{type(edit).__name__}"
    redo = lib.apply(edit)
    again = snapshot(lib)
    assert _without_stamps(again) == _without_stamps(after)
    assert redo.added == changes.added and redo.removed == changes.removed
    assert lib.check() == []
    return changes, undo


def _without_stamps(dump: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [tuple(v for v in r if not (isinstance(v, str) and v[:2] == "20")) for r in dump]


def test_add_span(lib: Library) -> None:
    aid = first(lib)
    text = lib.article(aid).text
    start = text.index("春耕")
    edit = AddSpan(aid, start, start + 2, "ORG")
    changes, undo = roundtrip(lib, edit)
    ann = lib.annotation(edit.uuid)
    assert ann is not None and ann.quote == "春耕" and ann.source == "user"
    assert ann.status == "accepted"
    assert edit.description == "Label 春耕 as ORG"
    assert changes.added == (edit.uuid,) and changes.articles == frozenset({aid})
    assert undo.removed == (edit.uuid,)


def test_add_span_refuses_bad_offsets_and_labels(lib: Library) -> None:
    aid = first(lib)
    n = len(lib.article(aid).text)
    before = snapshot(lib)
    for bad in (
        AddSpan(aid, 5, 5, "PER"),
        AddSpan(aid, -1, 2, "PER"),
        AddSpan(aid, 0, n + 1, "PER"),
    ):
        with pytest.raises(EditError, match="outside"):
            lib.apply(bad)
    with pytest.raises(EditError, match="unknown label"):
        lib.apply(AddSpan(aid, 0, 2, "NOPE"))
    with pytest.raises(EditError, match="for figure spans"):
        lib.apply(AddSpan(aid, 0, 2, "MONEY"))
    with pytest.raises(EditError, match="does not exist"):
        lib.apply(AddSpan(9999, 0, 2, "PER"))
    assert snapshot(lib) == before


def test_add_figure_span(lib: Library) -> None:
    aid = first(lib)
    text = lib.article(aid).text
    start = text.index("全县")
    edit = AddSpan(aid, start, start + 2, "QUANTITY", kind="figure")
    roundtrip(lib, edit)
    ann = lib.annotation(edit.uuid)
    assert ann is not None and ann.figure is not None and ann.figure.kind == "quantity"


def test_delete_span(lib: Library) -> None:
    aid = first(lib)
    target = span(lib, aid, "李明远")
    edit = DeleteSpan(target.uuid)
    changes, undo = roundtrip(lib, edit)
    assert lib.annotation(target.uuid) is None
    assert changes.removed == (target.uuid,)
    assert undo.added == (target.uuid,)
    assert edit.description == "Delete 李明远"


def test_relabel(lib: Library) -> None:
    aid = first(lib)
    target = span(lib, aid, "山河县")
    edit = Relabel(target.uuid, "ORG")
    changes, _ = roundtrip(lib, edit)
    now = lib.annotation(target.uuid)
    assert now is not None and now.label == "ORG" and now.status == "accepted"
    assert changes.updated == (target.uuid,)
    assert edit.description == "Relabel 山河县 as ORG"


def test_relabel_entity_as_figure_label_changes_kind(lib: Library) -> None:
    target = span(lib, first(lib), "山河县")
    roundtrip(lib, Relabel(target.uuid, "QUANTITY"))
    now = lib.annotation(target.uuid)
    assert now is not None and now.kind == "figure" and now.figure is not None


def test_resize_checks_and_updates_quote(lib: Library) -> None:
    aid = first(lib)
    target = span(lib, aid, "李明远")
    edit = Resize(target.uuid, target.start, target.end - 1)
    roundtrip(lib, edit)
    now = lib.annotation(target.uuid)
    assert now is not None and now.quote == "李明" and now.end == target.end - 1
    with pytest.raises(EditError, match="outside"):
        lib.apply(Resize(target.uuid, 0, 10_000))


def test_growing_a_span_over_another_absorbs_it_in_the_same_step(lib: Library) -> None:
    """Issue 11 item 2: growing 海丰 to 唐山海丰 leaves no 唐山 span inside it; undo brings both
    back as they were. Spans of another kind (a figure) and rejected ones are left alone."""
    aid = first(lib)
    target = span(lib, aid, "李明远")
    inner = AddSpan(aid, target.start, target.start + 1, "LOC")
    lib.apply(inner)
    same = Resize(target.uuid, target.start, target.end)  # same span: the inner one stays
    assert lib.apply(same).removed == ()
    before = {a.uuid: a for a in lib.annotations(aid)}
    inner_uuid = next(
        a.uuid for a in lib.annotations(aid) if (a.start, a.end) == (target.start, target.start + 1)
    )
    text = lib.article(aid).text
    start = max(0, target.start - 1)
    grown = Resize(target.uuid, start, target.end)
    if start == target.start:  # the name opens the article: grow to the right instead
        grown = Resize(target.uuid, start, min(len(text), target.end + 1))
    changes = lib.apply(grown)
    assert inner_uuid in changes.removed
    assert lib.annotation(inner_uuid) is None
    after = lib.annotations(aid)
    assert not [
        a
        for a in after
        if a.uuid != target.uuid
        and a.kind == "entity"
        and grown.start <= a.start
        and a.end <= grown.end
    ]
    lib.revert(grown)
    assert {a.uuid: a for a in lib.annotations(aid)} == before


def test_set_status_and_reject_goes_to_lexicon(lib: Library) -> None:
    target = span(lib, first(lib), "山河县")
    accept = SetStatus(target.uuid, "accepted")
    changes, _ = roundtrip(lib, accept)
    assert changes.updated == (target.uuid,)
    assert accept.description == "Accept 山河县"
    other = span(lib, lib.article_summaries()[1].id, "赵一帆")
    reject = SetStatus(other.uuid, "rejected")
    changes, _ = roundtrip(lib, reject)
    assert changes.lexicon
    assert [(e.term, e.label, e.decision) for e in lib.lexicon()] == [("赵一帆", "PER", "rejected")]
    with pytest.raises(EditError, match="unknown annotation status"):
        lib.apply(SetStatus(other.uuid, "maybe"))  # type: ignore[arg-type]


def test_accept_all(lib: Library) -> None:
    aid = first(lib)
    edit = AcceptAll(aid)
    changes, _ = roundtrip(lib, edit)
    assert all(a.status == "accepted" for a in lib.annotations(aid))
    assert set(changes.updated) == {a.uuid for a in lib.annotations(aid)}
    assert changes.articles == frozenset({aid})
    other = lib.article_summaries()[1].id
    assert all(a.status == "suggested" for a in lib.annotations(other))


def test_edit_figure(lib: Library) -> None:
    aid = first(lib)
    target = next(a for a in lib.annotations(aid) if a.kind == "figure")
    edit = EditFigure(target.uuid, value=Decimal("1250000000.5"), unit="美元", metric="总投资")
    roundtrip(lib, edit)
    now = lib.annotation(target.uuid)
    assert now is not None and now.figure is not None
    assert now.figure.value == Decimal("1250000000.5") and now.figure.unit == "美元"
    assert now.figure.metric == "总投资" and now.figure.kind == "money"
    kind_edit = EditFigure(target.uuid, kind="quantity", approx=True)
    roundtrip(lib, kind_edit)
    now = lib.annotation(target.uuid)
    assert now is not None and now.label == "QUANTITY" and now.figure is not None
    assert now.figure.approx and now.figure.unit == "美元"
    entity = span(lib, aid, "李明远")
    with pytest.raises(EditError, match="not a figure"):
        lib.apply(EditFigure(entity.uuid, unit="x"))
    with pytest.raises(EditError, match="exact"):
        lib.apply(EditFigure(target.uuid, value=1.5))  # type: ignore[arg-type]


def test_set_review_status(lib: Library) -> None:
    aid = first(lib)
    edit = SetReviewStatus(aid, "reviewed")
    changes, undo = roundtrip(lib, edit)
    assert lib.article(aid).status == "reviewed"
    assert changes.article_status == frozenset({aid})
    assert undo.article_status == frozenset({aid})
    assert lib.article_summaries()[0].status == "reviewed"


def test_apply_to_all(lib: Library) -> None:
    aid = first(lib)
    targets = tuple(lib.occurrences(aid, "县长", "project"))
    assert len(targets) == 1
    text_occ = lib.occurrences(aid, "山河县", "project")
    edit = ApplyToAll("山河县", "ORG", "entity", tuple(text_occ))
    changes, undo = roundtrip(lib, edit)
    assert {lib.annotation(o.existing_uuid or "").label for o in text_occ} == {"ORG"}  # type: ignore[union-attr]
    assert changes.lexicon and undo.lexicon
    assert ("山河县", "ORG", "confirmed") in [(e.term, e.label, e.decision) for e in lib.lexicon()]
    new_term = ApplyToAll("县长", "ORG", "entity", targets)
    roundtrip(lib, new_term)
    assert span(lib, aid, "县长").label == "ORG"


def test_apply_to_all_checks_each_target(lib: Library) -> None:
    aid = first(lib)
    wrong = lib.occurrences(aid, "李明远", "article")[0]
    moved = type(wrong)(wrong.article_id, wrong.start + 1, wrong.end + 1)
    with pytest.raises(EditError, match="not '李明远'"):
        lib.apply(ApplyToAll("李明远", "PER", "entity", (moved,)))


def test_revert_refused_when_overtaken(lib: Library) -> None:
    target = span(lib, first(lib), "李明远")
    relabel = Relabel(target.uuid, "ORG")
    lib.apply(relabel)
    lib.apply(DeleteSpan(target.uuid))
    with pytest.raises(EditError, match="changed since"):
        lib.revert(relabel)
    with pytest.raises(EditError, match="not applied"):
        lib.revert(Relabel(target.uuid, "LOC"))


def test_quote_mismatch_is_refused_on_edit(lib: Library) -> None:
    aid = first(lib)
    target = span(lib, aid, "李明远")
    lib._conn.execute("UPDATE annotations SET quote = '王五' WHERE uuid = ?", [target.uuid])
    with pytest.raises(EditError, match="does not match"):
        lib.apply(Relabel(target.uuid, "ORG"))
    assert lib.annotation(target.uuid).label == "PER"  # type: ignore[union-attr]
    assert lib.check() != []


def test_add_label(lib: Library) -> None:
    changes = lib.add_label(Label("EVENT", "#123456", "e", "entity"))
    assert changes.labels
    assert lib.labels()[-1].name == "EVENT"
    with pytest.raises(EditError, match="already exists"):
        lib.add_label(Label("EVENT", "#123456", "", "entity"))
    with pytest.raises(EditError, match="already used"):
        lib.add_label(Label("TOPIC", "#123456", "p", "entity"))
    aid = first(lib)
    lib.apply(AddSpan(aid, 0, 2, "EVENT"))


def test_an_edit_that_changes_nothing_writes_nothing(lib: Library) -> None:
    target = span(lib, first(lib), "李明远")
    lib.apply(SetStatus(target.uuid, "accepted"))
    before = rows.dump(lib._conn)
    again = SetStatus(target.uuid, "accepted")
    assert not lib.apply(again)
    assert not lib.revert(again)
    assert rows.dump(lib._conn) == before


def test_relabel_resize_and_figure_edits_to_the_same_values_are_no_ops(lib: Library) -> None:
    aid = first(lib)
    target = span(lib, aid, "李明远")
    lib.apply(SetStatus(target.uuid, "accepted"))
    figure = next(a for a in lib.annotations(aid) if a.kind == "figure")
    lib.apply(SetStatus(figure.uuid, "accepted"))
    assert figure.figure is not None
    for edit in (
        Relabel(target.uuid, "PER"),
        Resize(target.uuid, target.start, target.end),
        EditFigure(figure.uuid, unit=figure.figure.unit),
    ):
        assert not lib.apply(edit)


def test_offsets_are_code_points_with_a_non_bmp_name(tmp_path: Path) -> None:
    with Library.open(tmp_path / "bmp.sqlite") as lib:
        lib.store_prepared(synthetic_prepared("b.txt", (("𠮷村新闻", "村民𠮷大山说，𠮷村很好。"),)))
        aid = lib.article_summaries()[0].id
        text = lib.article(aid).text
        start = text.index("𠮷大山")
        edit = AddSpan(aid, start, start + 3, "PER")
        lib.apply(edit)
        ann = lib.annotation(edit.uuid)
        assert ann is not None and ann.quote == "𠮷大山" and ann.end - ann.start == 3
        assert [h.start for h in lib.search("𠮷村")] == [0, text.index("𠮷村很")]
        assert len(lib.occurrences(aid, "𠮷", "article")) == 3
        assert lib.raw_lines(aid, start, start + 3) == [1]
