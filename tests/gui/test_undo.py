"""The generic undo command on a bare QUndoStack, with a recording stand-in for the facade."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoStack

from desktop.core import edits
from desktop.core.errors import EditError
from desktop.core.records import Changes
from desktop.gui.undo import EditCommand


@dataclass(eq=False)
class Edit(edits.Edit):
    """A stand-in edit: its words say how often it ran."""

    name: str = ""
    runs: int = field(default=0, init=False)

    @property
    def wording(self) -> edits.Wording:
        return edits.Wording("Edit %1", (self.name + (" (done)" if self.runs else ""),))


def Resize(uuid: str, start: int, end: int) -> edits.Resize:
    return edits.Resize(uuid, start, end)


def _name(edit: object) -> str:
    return edit.name if isinstance(edit, Edit) else f"{edit.uuid}:{edit.end}"  # type: ignore[attr-defined]


@dataclass
class Recorder:
    """Applies and reverts by writing a log; follow-ups join the edit's own apply (as the
    core writes them in the edit's transaction) and are reverted with it."""

    log: list[str] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    extras: dict[int, list[str]] = field(default_factory=dict)

    def apply(self, edit: edits.Edit, *, follow_up: Any = None) -> Changes:
        name = _name(edit)
        if name in self.refuse:
            raise EditError(f"cannot apply {name}")
        if isinstance(edit, Edit):
            edit.runs += 1
        self.log.append(f"apply {name}")
        changes = Changes(description=name, articles=frozenset({1}))
        self.extras[id(edit)] = []
        for extra in follow_up(changes) if follow_up else ():
            if _name(extra) in self.refuse:
                continue  # the core leaves a refused follow-up out
            self.log.append(f"apply {_name(extra)}")
            self.extras[id(edit)].append(_name(extra))
        return changes

    def revert(self, edit: edits.Edit) -> Changes:
        name = _name(edit)
        for extra in reversed(self.extras.pop(id(edit), [])):
            self.log.append(f"revert {extra}")
        self.log.append(f"revert {name}")
        return Changes(description=name, articles=frozenset({1}))


def _command(lib: Recorder, edit: object, seen: list[Changes], errors: list[str]) -> EditCommand:
    return EditCommand(lib, edit, seen.append, errors.append)  # type: ignore[arg-type]


def test_push_applies_once_undo_reverts_redo_reapplies(qtbot) -> None:
    lib, seen, errors = Recorder(), [], []
    stack = QUndoStack()
    stack.push(_command(lib, Edit("a"), seen, errors))
    assert lib.log == ["apply a"]
    assert stack.undoText() == "Edit a (done)"  # the text is refreshed after the edit ran
    stack.undo()
    stack.redo()
    assert lib.log == ["apply a", "revert a", "apply a"]
    assert [c.description for c in seen] == [
        "Edit a (done)",
        "Undo Edit a (done)",
        "Edit a (done)",
    ]
    assert errors == []


def test_refused_edit_never_lands_on_the_stack(qtbot) -> None:
    lib, seen, errors = Recorder(refuse={"bad"}), [], []
    stack = QUndoStack()
    stack.push(_command(lib, Edit("good"), seen, errors))
    stack.push(_command(lib, Edit("bad"), seen, errors))
    assert stack.count() == 1
    assert stack.undoText() == "Edit good (done)"
    assert errors == ["cannot apply bad"]


def test_resizes_of_one_span_merge_into_one_step(qtbot) -> None:
    lib, seen, errors = Recorder(), [], []
    stack = QUndoStack()
    for end in (5, 6, 7):
        stack.push(_command(lib, Resize("s1", 0, end), seen, errors))
    stack.push(_command(lib, Resize("s2", 0, 3), seen, errors))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert lib.log[-4:] == ["revert s2:3", "revert s1:7", "revert s1:6", "revert s1:5"]
    stack.redo()
    assert lib.log[-3:] == ["apply s1:5", "apply s1:6", "apply s1:7"]


def test_macro_undoes_as_one_step(qtbot) -> None:
    lib, seen, errors = Recorder(), [], []
    stack = QUndoStack()
    stack.beginMacro("Bulk")
    for name in "xyz":
        stack.push(_command(lib, Edit(name), seen, errors))
    stack.endMacro()
    assert stack.count() == 1 and stack.undoText() == "Bulk"
    stack.undo()
    assert lib.log[-3:] == ["revert z", "revert y", "revert x"]


# --- the real window: every span edit by key, undone and redone through the menu's stack ---

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _suggested_entity(window):
    return next(
        a for a in window.reader.annotations() if a.kind == "entity" and a.status == "suggested"
    )


def _undo(qtbot, window) -> None:
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)


def test_accept_reject_delete_by_key_and_undo_each(window, qtbot) -> None:
    lib, reader = window.session.library, window.reader
    span = _suggested_entity(window)
    for key, modifier, expected in (
        (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "accepted"),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "accepted"),
        (Qt.Key.Key_R, Qt.KeyboardModifier.NoModifier, "rejected"),
        (Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "rejected"),
    ):
        reader.setFocus()
        reader.select_span(span.start, span.start)
        qtbot.keyClick(reader, key, modifier)
        assert lib.annotation(span.uuid).status == expected, key
        assert window.entity_model.annotation_at(window.entity_model.row_of(span.uuid)).status == (
            expected
        )
        _undo(qtbot, window)
        assert lib.annotation(span.uuid) == span
    reader.select_span(span.start, span.end)
    qtbot.keyClick(reader, Qt.Key.Key_Delete)
    assert lib.annotation(span.uuid) is None
    assert window.entity_model.row_of(span.uuid) is None
    assert span.uuid not in {a.uuid for a in reader.annotations()}
    _undo(qtbot, window)
    assert lib.annotation(span.uuid) == span
    assert window.entity_model.row_of(span.uuid) is not None


def test_resize_keys_move_either_boundary_and_merge_into_one_undo(window, qtbot) -> None:
    lib, reader = window.session.library, window.reader
    span = next(a for a in reader.annotations() if a.kind == "entity" and a.start > 0)
    reader.setFocus()
    reader.select_span(span.start, span.start)
    count = window.session.undo_stack.count()
    qtbot.keyClick(reader, Qt.Key.Key_Right, ALT)  # grow end
    qtbot.keyClick(reader, Qt.Key.Key_Right, ALT)
    after = lib.annotation(span.uuid)
    assert (after.start, after.end) == (span.start, span.end + 2)
    assert after.quote == reader.text[span.start : span.end + 2]
    assert window.session.undo_stack.count() == count + 1  # one merged step
    qtbot.keyClick(reader, Qt.Key.Key_Left, ALT | SHIFT)  # grow start
    assert lib.annotation(span.uuid).start == span.start - 1
    qtbot.keyClick(reader, Qt.Key.Key_Right, ALT | SHIFT)  # shrink start
    qtbot.keyClick(reader, Qt.Key.Key_Left, ALT)  # shrink end
    assert (lib.annotation(span.uuid).start, lib.annotation(span.uuid).end) == (
        span.start,
        span.end + 1,
    )
    assert reader.selected_span() == (span.start, span.end + 1)  # the reader follows
    while window.session.undo_stack.canUndo():
        _undo(qtbot, window)
    assert lib.annotation(span.uuid) == span


def test_accept_all_is_one_step_and_the_menu_names_it(window, qtbot) -> None:
    lib, reader = window.session.library, window.reader
    before = lib.annotations(reader.article_id)
    assert any(a.status == "suggested" for a in before)
    qtbot.keyClick(reader, Qt.Key.Key_A, CTRL | SHIFT)
    assert {a.status for a in lib.annotations(reader.article_id)} <= {"accepted", "rejected"}
    assert window.window_actions["undo"].text().startswith("&Undo ")
    assert window.window_actions["undo"].text() != "&Undo "
    assert all("suggested" not in window.entity_model.index(r, 2).data() for r in range(3))
    _undo(qtbot, window)
    assert lib.annotations(reader.article_id) == before
    qtbot.keyClick(reader, Qt.Key.Key_Z, CTRL | SHIFT)
    assert {a.status for a in lib.annotations(reader.article_id)} <= {"accepted", "rejected"}


def test_apply_to_all_opens_the_preview_and_its_ok_is_one_undo_step(window, qtbot) -> None:
    from desktop.gui.dialogs import ApplyToAllDialog

    lib, reader = window.session.library, window.reader
    spans = [a for a in reader.annotations() if a.kind == "entity"]
    # a name labelled twice: drop the second label, then apply the first to all occurrences
    span, other = next(
        (a, b)
        for a in spans
        for b in spans
        if b.start > a.end and (b.quote, b.label) == (a.quote, a.label)
    )
    reader.setFocus()
    reader.select_span(other.start, other.start)
    qtbot.keyClick(reader, Qt.Key.Key_Delete)
    before = lib.annotations(reader.article_id)
    reader.select_span(span.start, span.start)
    qtbot.keyClick(reader, Qt.Key.Key_O, CTRL | SHIFT)
    dialogs = [d for d in window.findChildren(ApplyToAllDialog) if d.isVisible()]
    assert len(dialogs) == 1
    targets = dialogs[0].ticked()
    assert (other.start, other.end) in {(t.start, t.end) for t in targets}
    count = window.session.undo_stack.count()
    dialogs[0].accept()
    qtbot.waitUntil(lambda: not dialogs[0].isVisible())
    assert window.session.undo_stack.count() == count + 1  # one step for all of them
    for target in targets:
        assert any(
            (a.start, a.end, a.label) == (target.start, target.end, span.label)
            for a in lib.annotations(target.article_id)
        ), target
    assert window.entity_model.rowCount() == sum(
        1 for a in lib.annotations(reader.article_id) if a.kind == "entity"
    )
    _undo(qtbot, window)
    assert lib.annotations(reader.article_id) == before


def test_label_key_on_an_empty_selection_outside_spans_says_so(window, qtbot) -> None:
    reader = window.reader
    free = next(
        i
        for i in range(len(reader.text))
        if not any(a.start <= i < a.end for a in reader.annotations())
    )
    reader.select_span(free, free)
    count = window.session.undo_stack.count()
    qtbot.keyClick(reader, Qt.Key.Key_P)
    assert window.session.undo_stack.count() == count
    assert window.statusBar().currentMessage() == "Select some text first"


def test_cheat_sheet_lists_only_keys_the_window_really_binds(window) -> None:
    from PySide6.QtGui import QKeySequence

    from desktop.gui.actions import SHORTCUTS, label_key, label_shortcuts

    bound = {
        seq.toString() for action in window.findChildren(QAction) for seq in action.shortcuts()
    } | {seq.toString() for action in window.actions() for seq in action.shortcuts()}
    listed = [
        key.strip()
        for keys, _what in SHORTCUTS
        if "(" not in keys and "mouse" not in keys
        for key in keys.split(" / ")
    ]
    assert listed
    missing = [k for k in listed if QKeySequence(k).toString() not in bound]
    assert missing == []
    for keys, _what in label_shortcuts(window.labels):
        assert QKeySequence(keys).toString() in bound
    assert {label_key(lab) for lab in window.labels if lab.key} <= bound


def test_walking_the_suggestions_with_alt_arrows(window, qtbot) -> None:
    reader = window.reader
    pending = [a for a in reader.annotations() if a.status == "suggested"]
    assert len(pending) >= 3
    reader.setFocus()
    reader.select_span(0, 0)
    if pending[0].start == 0:
        pending = pending[1:]
    qtbot.keyClick(reader, Qt.Key.Key_Down, ALT)
    assert reader.selected_span() == (pending[0].start, pending[0].end)
    qtbot.keyClick(reader, Qt.Key.Key_A)  # accept it: the walk goes on from here
    qtbot.keyClick(reader, Qt.Key.Key_Down, ALT)
    nxt = next(a for a in pending[1:] if a.start > pending[0].start)
    assert reader.selected_span() == (nxt.start, nxt.end)
    qtbot.keyClick(reader, Qt.Key.Key_Up, ALT)
    prev = [a for a in reader.annotations() if a.status == "suggested" and a.start < nxt.start]
    if prev:
        assert reader.selected_span() == (prev[-1].start, prev[-1].end)
    else:
        assert window.statusBar().currentMessage() == "No more suggestions in this article"


def test_session_push_many_is_one_undo_step_and_reports_each_change(window, qtbot) -> None:
    from desktop.core import edits

    session, lib = window.session, window.session.library
    pending = [a for a in window.reader.annotations() if a.status == "suggested"][:3]
    seen: list[object] = []
    session.changed.connect(seen.append)
    count = session.undo_stack.count()
    session.push_many("Accept three", [edits.SetStatus(a.uuid, "accepted") for a in pending])
    assert session.undo_stack.count() == count + 1
    assert session.undo_stack.undoText() == "Accept three"
    assert all(lib.annotation(a.uuid).status == "accepted" for a in pending)
    span_changes = [c for c in seen if c.updated]  # type: ignore[attr-defined]
    status_changes = [c for c in seen if c.article_status]  # type: ignore[attr-defined]
    assert len(span_changes) == 3
    assert len(status_changes) == 1  # the new article started its review, once
    session.undo_stack.undo()
    assert lib.article(window.reader.article_id).status == "new"
    assert all(lib.annotation(a.uuid) == a for a in pending)
    assert all(  # the tables followed every step
        window.entity_model.annotation_at(window.entity_model.row_of(a.uuid)) == a
        for a in pending
        if a.kind == "entity"
    )


# --- follow-up edits: the session's "first edit starts the review" -------------------------


def test_follow_up_edits_join_the_step_once_and_undo_with_it(qtbot) -> None:
    lib, seen, errors = Recorder(), [], []
    asked: list[Changes] = []

    def follow_up(changes: Changes) -> list[object]:
        asked.append(changes)
        return [Edit("status")]

    stack = QUndoStack()
    stack.push(
        EditCommand(lib, Edit("a"), seen.append, errors.append, follow_up=follow_up)  # type: ignore[arg-type]
    )
    assert lib.log == ["apply a", "apply status"]  # in the one apply of "a"
    assert len(asked) == 1 and asked[0].description == "a"
    assert stack.count() == 1 and stack.undoText() == "Edit a (done)"  # named by the user's edit
    assert [c.description for c in seen] == ["Edit a (done)"]  # one step, one Changes
    stack.undo()
    assert lib.log[-2:] == ["revert status", "revert a"]
    stack.redo()
    assert lib.log[-2:] == ["apply a", "apply status"]
    assert len(asked) == 1  # redo replays the same edits, it does not ask again


def test_a_refused_follow_up_leaves_the_users_edit_on_the_stack(qtbot) -> None:
    lib, seen, errors = Recorder(refuse={"status"}), [], []
    stack = QUndoStack()
    stack.push(
        EditCommand(
            lib, Edit("a"), seen.append, errors.append, follow_up=lambda _c: [Edit("status")]
        )  # type: ignore[arg-type]
    )
    assert stack.count() == 1 and errors == []
    stack.undo()
    assert lib.log == ["apply a", "revert a"]


def _new_article(window) -> int:
    lib = window.session.library
    return next(s.id for s in lib.article_summaries() if s.status == "new" and s.n_entities)


def test_first_edit_in_a_new_article_starts_its_review_in_the_same_step(window, qtbot) -> None:
    from desktop.gui.models.articles import STATUS_MARK, status_text

    lib, reader, session = window.session.library, window.reader, window.session
    article_id = _new_article(window)
    window.select_article(article_id)
    row = window.article_model.row_of(article_id)
    assert window.article_model.index(row, 2).data() == STATUS_MARK["new"]
    span = _suggested_entity(window)
    count = session.undo_stack.count()
    reader.setFocus()
    reader.select_span(span.start, span.start)
    qtbot.keyClick(reader, Qt.Key.Key_A)
    assert lib.article(article_id).status == "in_progress"
    assert session.undo_stack.count() == count + 1  # one step: the accept and the status
    assert window.article_model.index(row, 2).data() == STATUS_MARK["in_progress"]
    assert status_text("in_progress") in window.article_info.text()
    assert window.statusBar().currentMessage() == session.undo_stack.undoText()

    qtbot.keyClick(reader, Qt.Key.Key_R)  # a second edit: the status is already set
    assert session.undo_stack.count() == count + 2
    _undo(qtbot, window)
    assert lib.article(article_id).status == "in_progress"
    _undo(qtbot, window)
    assert lib.article(article_id).status == "new"
    assert lib.annotation(span.uuid) == span
    assert window.article_model.index(row, 2).data() == STATUS_MARK["new"]
    assert status_text("new") in window.article_info.text()
    qtbot.keyClick(reader, Qt.Key.Key_Z, CTRL | SHIFT)  # redo brings both back
    assert lib.article(article_id).status == "in_progress"
    assert lib.annotation(span.uuid).status == "accepted"


def test_marking_reviewed_is_not_undone_into_in_progress(window, qtbot) -> None:
    lib, reader = window.session.library, window.reader
    article_id = _new_article(window)
    window.select_article(article_id)
    qtbot.keyClick(reader, Qt.Key.Key_Return, CTRL)  # reviewed, then the next article
    assert lib.article(article_id).status == "reviewed"
    window.select_article(article_id)
    span = _suggested_entity(window)
    reader.select_span(span.start, span.start)
    qtbot.keyClick(reader, Qt.Key.Key_A)
    assert lib.article(article_id).status == "reviewed"  # only "new" articles start a review


# --- the words of the Undo menu and status bar, in the interface language -------------------


def test_descriptions_match_the_cores_in_english(window) -> None:
    from desktop.core import edits
    from desktop.gui.undo import describe

    session, reader = window.session, window.reader
    article_id = reader.article_id
    entity = _suggested_entity(window)
    figure = next(a for a in reader.annotations() if a.kind == "figure")
    free = next(
        i
        for i in range(len(reader.text) - 2)
        if not any(a.start < i + 2 and i < a.end for a in reader.annotations())
        and not reader.text[i : i + 2].isspace()
    )
    add = edits.AddSpan(article_id, free, free + 2, "PER")
    sequence = [
        add,
        edits.Relabel(add.uuid, "LOC"),
        edits.Resize(add.uuid, free, free + 1),
        edits.SetStatus(entity.uuid, "accepted"),
        edits.SetStatus(entity.uuid, "rejected"),
        edits.SetStatus(entity.uuid, "suggested"),
        edits.DeleteSpan(add.uuid),
        edits.EditFigure(figure.uuid, metric="测试"),
        edits.AcceptAll(article_id),
        edits.SetReviewStatus(article_id, "reviewed"),
    ]
    for edit in sequence:
        assert session.push(edit), edit
        assert describe(edit) == edit.description
        assert session.undo_stack.undoText() == edit.description


def test_undo_menu_and_status_bar_speak_the_interface_language(window, qtbot) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.gui.undo import EDITS_CONTEXT

    class Marked(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "译:" + source if context == EDITS_CONTEXT else ""

    reader, session = window.reader, window.session
    span = _suggested_entity(window)
    translator = Marked()
    QCoreApplication.installTranslator(translator)
    try:
        reader.setFocus()
        reader.select_span(span.start, span.start)
        qtbot.keyClick(reader, Qt.Key.Key_A)
        assert session.undo_stack.undoText() == f"译:Accept {span.quote}"
        assert window.statusBar().currentMessage() == f"译:Accept {span.quote}"
        _undo(qtbot, window)
        assert window.statusBar().currentMessage() == f"译:Undo 译:Accept {span.quote}"
    finally:
        QCoreApplication.removeTranslator(translator)
