"""Changes carry the records an edit wrote; a follow-up edit joins the edit's transaction and
undo; edits give their words as a template and arguments; the one import is ImportRun."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.edits import AddSpan, SetReviewStatus, SetStatus, Wording
from desktop.core.library import Library
from desktop.core.records import Changes
from tests.core.test_store import synthetic_prepared

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "p.sqlite")
    library.store_prepared(synthetic_prepared())
    yield library
    library.close()


def _article_with_suggestion(lib: Library) -> tuple[int, str]:
    for summary in lib.article_summaries():
        for ann in lib.annotations(summary.id):
            if ann.status == "suggested":
                return summary.id, ann.uuid
    raise AssertionError("the synthetic page has suggestions")


def test_changes_carry_the_records_the_edit_wrote(lib: Library) -> None:
    article_id, uuid = _article_with_suggestion(lib)
    before = lib.annotation(uuid)
    changes = lib.apply(SetStatus(uuid, "rejected"))
    assert changes.has_records
    after = lib.annotation(uuid)
    assert changes.spans == ((before, after),)
    assert changes.after() == {uuid: after}
    assert before is not None and after is not None
    kind_delta = (-1, 0) if before.kind == "entity" else (0, -1)
    assert changes.count_deltas() == {article_id: kind_delta}  # rejected spans are not counted


def test_the_undo_of_an_edit_carries_the_records_it_restored(lib: Library) -> None:
    _article_id, uuid = _article_with_suggestion(lib)
    before = lib.annotation(uuid)
    edit = SetStatus(uuid, "accepted")
    lib.apply(edit)
    changes = lib.revert(edit)
    assert changes.after() == {uuid: before}
    assert lib.annotation(uuid) == before


def test_a_follow_up_joins_the_edit_in_one_transaction_and_one_undo(lib: Library) -> None:
    article_id, _uuid = _article_with_suggestion(lib)
    assert lib.article(article_id).status == "new"
    history = len(lib.history())
    asked: list[Changes] = []

    def follow_up(changes: Changes) -> list[SetReviewStatus]:
        asked.append(changes)
        return [SetReviewStatus(article_id, "in_progress")]

    text = lib.article(article_id).text
    start = next(i for i in range(len(text) - 2) if not text[i : i + 2].isspace())
    edit = AddSpan(article_id, start, start + 2, "PER")
    changes = lib.apply(edit, follow_up=follow_up)
    assert len(asked) == 1 and asked[0].added == (edit.uuid,)
    assert len(lib.history()) == history + 1  # one step, one history row
    assert changes.added == (edit.uuid,) and changes.status_of(article_id) == "in_progress"
    assert lib.article(article_id).status == "in_progress"
    undone = lib.revert(edit)  # the status goes back with the span
    assert lib.article(article_id).status == "new" and lib.annotation(edit.uuid) is None
    assert undone.removed == (edit.uuid,) and undone.status_of(article_id) == "new"


def test_a_refused_follow_up_is_left_out_and_the_edit_stands(lib: Library) -> None:
    article_id, uuid = _article_with_suggestion(lib)
    changes = lib.apply(
        SetStatus(uuid, "accepted"), follow_up=lambda _c: [SetReviewStatus(99_999, "reviewed")]
    )
    assert changes.updated == (uuid,) and not changes.article_status
    assert lib.annotation(uuid) is not None and lib.annotation(uuid).status == "accepted"  # type: ignore[union-attr]
    assert lib.article(article_id).status == "new"


def test_changes_named_without_records_say_so() -> None:
    assert not Changes(updated=("u1",)).has_records
    assert Changes(documents=True).has_records  # nothing named, nothing missing


def test_words_are_a_template_and_arguments(lib: Library) -> None:
    article_id, uuid = _article_with_suggestion(lib)
    edit = SetStatus(uuid, "rejected")
    lib.apply(edit)
    quote = lib.annotation(uuid).quote  # type: ignore[union-attr]
    assert edit.wording == Wording("Reject %1", (quote,))
    assert edit.description == f"Reject {quote}"
    status = SetReviewStatus(article_id, "in_progress")
    assert status.wording == Wording("Mark article as %1", ("in_progress",), status_arg=True)
    assert status.description == "Mark article as in progress"


def test_import_run_is_driven_item_by_item(tmp_path: Path) -> None:
    """What the window does from its worker thread, done by hand: items computed, each taken."""
    with Library.open(tmp_path / "q.sqlite") as lib:
        run = lib.begin_import([SAMPLE, tmp_path / "absent.txt"], jobs=1)
        items = list(run.items(lambda: False))
        assert run.total == 2 and len(items) == 2
        stored = [run.take(item) for item in items]
        assert [bool(c) for c in stored] == [True, False]
        report = run.report(cancelled=False)
        assert report.imported == (str(SAMPLE),) and len(report.problems) == 1
        again = lib.begin_import([SAMPLE], jobs=1)
        (known,) = list(again.items(lambda: False))
        assert known == SAMPLE  # known content: skipped before being prepared
        again.take(known)
        assert again.report(cancelled=False).skipped == (str(SAMPLE),)
