"""The workflows around the window: export, apply-to-all preview, search, cheat sheet, import
progress, drag and drop, recent projects and language, on a real project and the real window."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QApplication, QMenu

from desktop.core import importer
from desktop.core.records import Changes
from desktop.gui import dialogs, i18n, projects, recent, runner
from desktop.gui.dialogs.apply_all import ApplyToAllDialog, context_line
from desktop.gui.dialogs.export import ExportDialog
from desktop.gui.dialogs.import_progress import ImportProgressDialog, summary_line
from desktop.gui.dialogs.search import SearchDialog
from desktop.gui.dialogs.shortcuts import CheatSheetDialog, normalise
from desktop.gui.operations import ImportOperation
from tests.gui.drops import drop_files

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_d93c9dc7b4603325.txt"


def _common_entity(lib: Any) -> tuple[int, str, str]:
    """(article id, quote, label) of the entity quote that occurs most often in the project."""
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], int] = {}
    for summary in lib.article_summaries():
        for ann in lib.annotations(summary.id):
            if ann.kind == "entity":
                counts[(ann.quote, ann.label)] += 1
                first.setdefault((ann.quote, ann.label), summary.id)
    (quote, label), n = counts.most_common(1)[0]
    assert n >= 3, "the sample should repeat at least one entity"
    return first[(quote, label)], quote, label


@pytest.fixture
def window(window_with_dialogs: Any) -> Any:
    return window_with_dialogs


# --- export ---------------------------------------------------------------------------------


def test_export_dialog_writes_what_the_command_line_would(
    qtbot: Any, library: Any, tmp_path: Path
) -> None:
    dialog = ExportDialog(library)
    qtbot.addWidget(dialog)
    dialog.set_format("doccano")
    out = tmp_path / "out.jsonl"
    dialog.out_edit.setText(str(out))
    dialog.accepted_only.setChecked(True)
    for row in range(dialog.label_list.count()):  # keep only PER and LOC
        item = dialog.label_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) not in ("PER", "LOC"):
            item.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen_labels() == ["PER", "LOC"]
    with qtbot.waitSignal(dialog.exported) as blocker:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    count, written = blocker.args
    assert written == str(out) and count == library.article_count()

    expected = tmp_path / "expected.jsonl"
    library.export("doccano", expected, accepted_only=True, labels=["PER", "LOC"])
    assert out.read_bytes() == expected.read_bytes()
    labels = {
        span[2]
        for line in out.read_text("utf-8").splitlines()
        for span in json.loads(line)["label"]
    }
    assert labels <= {"PER", "LOC"}


def test_export_dialog_suggests_a_file_per_format_and_a_folder_for_brat(
    library: Any, qtbot: Any
) -> None:
    dialog = ExportDialog(library)
    qtbot.addWidget(dialog)
    dialog.set_format("figures-csv")
    assert dialog.out_edit.text().endswith("-figures-csv.csv")
    dialog.set_format("brat")
    assert Path(dialog.out_edit.text()).suffix == ""
    dialog.out_edit.setText("/my/own/choice.txt")
    dialog.set_format("markdown")
    assert dialog.out_edit.text() == "/my/own/choice.txt"  # the user's choice is kept


def test_export_dialog_remembers_the_last_export(qtbot: Any, library: Any, tmp_path: Path) -> None:
    first = ExportDialog(library)
    qtbot.addWidget(first)
    first.set_format("figures-csv")
    folder = tmp_path / "exports"
    folder.mkdir()
    first.out_edit.setText(str(folder / "figures.csv"))
    first.reviewed_only.setChecked(True)
    with qtbot.waitSignal(first.exported, timeout=30000):
        first.buttons.button(first.buttons.StandardButton.Ok).click()
    assert (folder / "figures.csv").exists()

    second = ExportDialog(library)
    qtbot.addWidget(second)
    assert second.fmt() == "figures-csv" and second.reviewed_only.isChecked()
    assert not second.accepted_only.isChecked()
    assert Path(second.out_edit.text()).parent == folder


def test_export_errors_stay_in_the_dialog_as_one_line(
    qtbot: Any, library: Any, tmp_path: Path
) -> None:
    dialog = ExportDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    for row in range(dialog.label_list.count()):
        dialog.label_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error_label.text() == "Tick at least one label."

    for row in range(dialog.label_list.count()):
        dialog.label_list.item(row).setCheckState(Qt.CheckState.Checked)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    dialog.set_format("doccano")
    dialog.out_edit.setText(str(blocker / "inside.jsonl"))  # a file where a folder should be
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.is_busy() and not dialog.format_box.isEnabled()  # writing, off the GUI thread
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.format_box.isEnabled()
    assert dialog.error_label.text() and "\n" not in dialog.error_label.text()


# --- apply to all ---------------------------------------------------------------------------


def _nested(library: Any, occ: Any) -> bool:
    """Whether ``occ`` lies inside a longer entity (computed here, independently)."""
    return any(
        a.kind == "entity"
        and a.status != "rejected"
        and a.start <= occ.start
        and occ.end <= a.end
        and (a.start, a.end) != (occ.start, occ.end)
        for a in library.annotations(occ.article_id)
    )


def test_apply_to_all_lists_each_scope_and_labels_only_the_ticked(qtbot: Any, library: Any) -> None:
    article_id, quote, label = _common_entity(library)
    other = "ORG" if label != "ORG" else "LOC"
    dialog = ApplyToAllDialog(library, article_id, quote, other)
    qtbot.addWidget(dialog)
    for scope in ("article", "document", "project"):
        dialog.set_scope(scope)
        assert dialog.occurrences() == library.occurrences(article_id, quote, scope)
    dialog.set_scope("document")
    occurrences = dialog.occurrences()
    free = [o for o in occurrences if not _nested(library, o)]
    assert len(free) >= 3
    # none has the new label yet; places inside a longer entity start unticked
    assert dialog.ticked() == tuple(free)
    nested_rows = [i for i, o in enumerate(occurrences) if _nested(library, o)]
    for row in nested_rows:
        assert "⊂" in dialog.model.row_text(row)
    first = occurrences.index(free[0])
    dialog.set_ticked(first, False)
    assert dialog.count_label.text() == f"{len(free) - 1} of {len(occurrences)} ticked"

    edit = dialog.edit()
    assert edit is not None
    assert edit.targets == tuple(free[1:]) and edit.label == other
    library.apply(edit)
    for occ in free:
        labels = {
            a.label
            for a in library.annotations(occ.article_id)
            if (a.start, a.end) == (occ.start, occ.end)
        }
        assert (other in labels) == (occ != free[0])

    again = ApplyToAllDialog(library, article_id, quote, other)
    qtbot.addWidget(again)
    again.set_scope("document")
    ticked = again.ticked()
    assert free[0] in ticked and free[1] not in ticked  # done ones start unticked
    for row in range(again.model.rowCount()):
        again.set_ticked(row, False)
    assert again.edit() is None
    assert not again.buttons.button(again.buttons.StandardButton.Ok).isEnabled()


def test_apply_to_all_with_the_spans_own_label_ticks_its_suggestions(
    qtbot: Any, library: Any
) -> None:
    """Issue 11 item 3: labelling a suggested name "as it is" everywhere starts with every
    suggestion ticked (applying accepts them); accepted and rejected places start unticked,
    and so do places inside a longer entity."""
    from desktop.core.edits import SetStatus

    article_id, quote, label = _common_entity(library)
    dialog = ApplyToAllDialog(library, article_id, quote, label)
    qtbot.addWidget(dialog)
    dialog.set_scope("project")
    occurrences = dialog.occurrences()
    suggested = [
        o
        for o in occurrences
        if o.existing_label == label
        and o.existing_status == "suggested"
        and not _nested(library, o)
    ]
    assert len(suggested) >= 2
    assert set(suggested) <= set(dialog.ticked())
    accepted, rejected = suggested[0], suggested[1]
    library.apply(SetStatus(accepted.existing_uuid, "accepted"))
    library.apply(SetStatus(rejected.existing_uuid, "rejected"))
    again = ApplyToAllDialog(library, article_id, quote, label)
    qtbot.addWidget(again)
    again.set_scope("project")
    ticked = {(o.article_id, o.start) for o in again.ticked()}
    assert (accepted.article_id, accepted.start) not in ticked
    assert (rejected.article_id, rejected.start) not in ticked
    assert {(o.article_id, o.start) for o in suggested[2:]} <= ticked
    rows = {(o.article_id, o.start): r for r, o in enumerate(again.occurrences())}
    assert again.model.row_text(rows[(accepted.article_id, accepted.start)]).startswith(
        f"[{label} ✓]"
    )


def test_context_line_shows_the_term_in_its_sentence() -> None:
    text = "第一行\n这是一个很长的句子，其中有某地这个词，然后继续说下去很久很久"
    start = text.index("某地")
    line = context_line(text, start, start + 2, width=4)
    assert line == "…，其中有【某地】这个词，…"
    assert context_line("某地", 0, 2) == "【某地】"


def test_apply_to_all_from_the_window_is_one_undo_step(qtbot: Any, window: Any) -> None:
    lib = window.session.library
    article_id, quote, label = _common_entity(lib)
    span = next(a for a in lib.annotations(article_id) if a.quote == quote)
    other = "ORG" if label != "ORG" else "LOC"
    span = SimpleNamespace(article_id=article_id, quote=quote, label=other, kind="entity")
    dialog = dialogs.apply_to_all(window, span)
    dialog.set_scope("article")
    n = len(dialog.ticked())
    assert n >= 1
    stack = window.session.undo_stack
    before = stack.count()
    dialog.accept()
    assert stack.count() == before + 1
    relabelled = [a for a in lib.annotations(article_id) if a.quote == quote and a.label == other]
    assert len(relabelled) >= n
    stack.undo()
    assert not [a for a in lib.annotations(article_id) if a.quote == quote and a.label == other]


# --- search ---------------------------------------------------------------------------------


def test_search_lists_the_hits_and_activating_one_reports_its_span(
    qtbot: Any, library: Any
) -> None:
    _, quote, _ = _common_entity(library)
    dialog = SearchDialog(library)
    qtbot.addWidget(dialog)
    dialog.query_edit.setText(quote)
    dialog.run_search()
    hits = dialog.hits()
    assert hits == library.search(quote, limit=500) and len(hits) >= 3
    assert dialog.status.text() == f"{len(hits)} hit(s)."
    with qtbot.waitSignal(dialog.hit_activated) as blocker:
        dialog.results.itemActivated.emit(dialog.results.item(2))
    assert blocker.args == [hits[2].article_id, hits[2].start, hits[2].end]


def test_search_from_the_keyboard_alone(qtbot: Any, library: Any) -> None:
    _, quote, _ = _common_entity(library)
    dialog = SearchDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.query_edit.setText(quote)
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)  # search now, without the pause
    assert dialog.results.count() >= 3
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.results
    qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    hit = dialog.hits()[1]
    with qtbot.waitSignal(dialog.hit_activated) as blocker:
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert blocker.args == [hit.article_id, hit.start, hit.end]


def test_search_waits_for_a_pause_in_typing_and_says_when_nothing_is_found(
    qtbot: Any, library: Any
) -> None:
    dialog = SearchDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.query_edit, "zzqx")  # QTest types ASCII only
    assert dialog.results.count() == 0
    qtbot.waitUntil(lambda: dialog.status.text() == "Nothing found.", timeout=3000)
    dialog.query_edit.clear()
    dialog.run_search()
    assert dialog.status.text() == ""


def test_find_in_project_selects_the_hit_in_the_reader(qtbot: Any, window: Any) -> None:
    lib = window.session.library
    _, quote, _ = _common_entity(lib)
    window.workflows.actions["findInProject"].trigger()
    dialog = window.workflows.search_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.query_edit.setText(quote)
    dialog.run_search()
    last = dialog.hits()[-1]
    dialog.results.itemActivated.emit(dialog.results.item(dialog.results.count() - 1))
    assert window.reader.article_id == last.article_id
    assert window.reader.selected_span() == (last.start, last.end)


# --- cheat sheet, menus, language -----------------------------------------------------------


def test_cheat_sheet_lists_every_window_shortcut_and_label_key(qtbot: Any, window: Any) -> None:
    from desktop.gui.actions import SHORTCUTS

    window.workflows.actions["cheatSheet"].trigger()
    sheet = window.findChild(CheatSheetDialog, "cheatSheet")
    assert sheet is not None and sheet.isVisible()
    keys = {row[2] for row in sheet.rows()}
    for row in normalise(SHORTCUTS):
        assert row[2] in keys
    assert {"F1", "Ctrl+Shift+F", "Ctrl+I", "Ctrl+E"} <= keys
    for action in window.edit_actions.label_actions:  # the keys the window really binds
        assert action.shortcut().toString() in keys
    sheet.close()


def test_shortcut_table_shapes() -> None:
    assert normalise([("Ctrl+Z", "Undo")]) == [("", "Undo", "Ctrl+Z")]
    assert normalise({"Undo": "Ctrl+Z"}) == [("", "Undo", "Ctrl+Z")]
    assert normalise([("Edit", "Undo", QKeySequence("Ctrl+Z"))]) == [("Edit", "Undo", "Ctrl+Z")]
    assert normalise([("Label key (see legend)", "Label")]) == [
        ("", "Label", "Label key (see legend)")
    ]


def test_menus_hold_the_workflows_without_clashing_shortcuts(window: Any) -> None:
    flows = window.workflows
    titles = {key: [a.text() for a in menu.actions()] for key, menu in window.menus.items()}
    assert "&Import pages…" in titles["file"] and "&Export…" in titles["file"]
    assert "Find in &project…" in titles["edit"]
    assert "&Keyboard shortcuts" in titles["help"]
    assert flows.language_menu.menuAction() in window.menus["view"].actions()
    assert flows.recent_menu.menuAction() in window.menus["file"].actions()
    ours = {a.shortcut().toString() for a in flows.actions.values() if not a.shortcut().isEmpty()}
    others: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        if action in flows.actions.values():
            continue
        for seq in action.shortcuts():
            others[seq.toString()] += 1
    assert not ours & set(others), ours & set(others)


def test_language_menu_switches_and_remembers(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    window.session.undo_stack.push(QUndoCommand("something to keep"))  # history to protect
    menu = window.workflows.language_menu
    zh = next(a for a in menu.actions() if a.data() == "zh_CN")
    try:
        zh.trigger()
        assert i18n.chosen_language() == "zh_CN"
        assert QCoreApplication.translate("menu", "&Export…") == "导出(&E)…"
        assert window.isVisible()  # not rebuilt: that would lose the undo history
        assert window.session.undo_stack.count() == 1
        qtbot.waitUntil(lambda: window.menus["file"].title() == "文件(&F)")  # in place
    finally:
        i18n.set_language(QApplication.instance(), "en")


def test_language_switch_keeps_the_window_and_checks_the_language(qtbot: Any, window: Any) -> None:
    menu = window.workflows.language_menu
    zh = next(a for a in menu.actions() if a.data() == "zh_CN")
    try:
        zh.trigger()
        assert not [w for w in projects.open_windows if w is not window and w.isVisible()]
        assert window.isVisible()
        qtbot.waitUntil(lambda: window.menus["file"].title() == "文件(&F)")
        assert window.workflows.actions["exportDataset"].text() == "导出(&E)…"
        checked = [a.data() for a in window.workflows.language_menu.actions() if a.isChecked()]
        assert checked == ["zh_CN"]
    finally:
        i18n.set_language(QApplication.instance(), "en")


# --- importing ------------------------------------------------------------------------------


def test_dropping_a_folder_imports_its_pages(qtbot: Any, window: Any, tmp_path: Path) -> None:
    lib = window.session.library
    folder = tmp_path / "drop"
    folder.mkdir()
    text = SAMPLE.read_text("utf-8")
    (folder / "again.txt").write_text(text, "utf-8")  # already in the project
    (folder / "changed.txt").write_text(text + "\n本报讯 新的一段。\n", "utf-8")
    documents = len(lib.documents())
    articles_shown = window.article_model.rowCount()
    accepted = drop_files(window, [folder])
    assert accepted == (True, True)
    flows = window.workflows
    assert flows.import_dialog is not None
    qtbot.waitUntil(lambda: flows.import_dialog is None, timeout=60000)
    assert len(lib.documents()) == documents + 1
    assert window.article_model.rowCount() > articles_shown  # the list refreshed
    message = window.statusBar().currentMessage()
    assert message.startswith("Imported 1 of 2 pages; 1 already in the project"), message


def test_import_problems_are_listed_one_line_each(qtbot: Any, window: Any, tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    flows = window.workflows
    flows.import_paths([str(binary), str(empty)])
    qtbot.waitUntil(lambda: flows.import_dialog is None, timeout=60000)
    box = flows.problems_box
    assert box is not None and box.isVisible()
    lines = box.detailedText().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(str(binary)) and lines[1].startswith(str(empty))
    assert "2 could not be read" in box.text()
    box.close()


def test_closing_the_window_stops_a_running_import_first(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    release = threading.Event()
    started = threading.Event()

    def slow_prepare(path: Any) -> Any:
        started.set()
        release.wait(10)
        return SimpleNamespace(path=str(path), name=Path(path).name, warnings=())

    monkeypatch.setattr(importer, "prepare_page", slow_prepare)
    pages = []
    for i in range(3):
        page = tmp_path / f"p{i}.txt"
        page.write_text(f"第{i}版", "utf-8")
        pages.append(page)
    task = window.workflows.import_paths([str(p) for p in pages])
    assert started.wait(10)
    release.set()  # the page in hand finishes; the rest are cancelled
    documents = len(window.session.library.documents())
    window.close()
    assert not task.is_running() and task.cancelled
    qtbot.waitUntil(lambda: window.workflows.import_dialog is None, timeout=10000)
    from desktop.core.library import Library

    with Library.open(window.session.library.path) as lib:  # nothing half-written
        assert len(lib.documents()) == documents and lib.check() == []


def test_dropping_a_project_file_opens_it(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from desktop.core.library import Library

    other = tmp_path / "other.sqlite"
    Library.open(other).close()
    assert drop_files(window, [other]) == (True, True)
    opened = [w for w in projects.open_windows if w is not window and w.isVisible()]
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    assert Path(opened[0].session.library.path).resolve() == other.resolve()
    assert window.workflows.import_dialog is None and not window.isVisible()


def test_import_menus_take_files_or_a_folder(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    started: list[list[str]] = []
    monkeypatch.setattr(window.session, "import_paths", started.append)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(tmp_path / "a.txt")], ""))
    window.workflows.actions["importFolder"].trigger()
    window.workflows.actions["importPages"].trigger()
    assert started == [[str(tmp_path)], [str(tmp_path / "a.txt")]]


def test_views_refresh_a_few_times_per_import_not_per_page(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        importer,
        "prepare_page",
        lambda p: SimpleNamespace(path=str(p), name=Path(p).name, warnings=()),
    )
    monkeypatch.setattr(
        window.session.library, "store_prepared", lambda item: Changes(documents=True)
    )
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(importer.POOL_MIN_PAGES - 1):  # prepared in the thread, where the fake runs
        (folder / f"p{i:02d}.txt").write_text(f"第{i}版", "utf-8")
    seen: list[Changes] = []
    window.session.changed.connect(seen.append)
    window.workflows.import_paths([str(folder)])
    qtbot.waitUntil(lambda: window.workflows.import_dialog is None, timeout=30000)
    assert 1 <= len(seen) <= 3 and all(c.documents for c in seen)


def test_a_drop_of_no_files_is_ignored(window: Any) -> None:
    mime = QMimeData()
    mime.setText("just text")
    event = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.ignore()
    QApplication.sendEvent(window, event)
    assert window.workflows.import_dialog is None


def _quick_import(window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A task importing five pages whose preparing and storing are stubbed (instant)."""
    monkeypatch.setattr(
        importer,
        "prepare_page",
        lambda p: SimpleNamespace(path=str(p), name=Path(p).name, warnings=()),
    )
    files = []
    for i in range(5):
        f = tmp_path / f"p{i}.txt"
        f.write_text(f"x{i}", "utf-8")
        files.append(f)
    lib = window.session.library
    monkeypatch.setattr(lib, "store_prepared", lambda item: Changes(documents=True))
    return runner.Task(ImportOperation(lib, files, jobs=1))


def test_progress_dialog_follows_the_task_and_cancel_cancels(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    task = _quick_import(window, tmp_path, monkeypatch)
    dialog = ImportProgressDialog(task)  # deletes itself when the import ends
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    summaries: list[str] = []
    dialog.summarised.connect(summaries.append)

    def on_progress(done: int, total: int, name: str) -> None:
        if done == 2:
            assert dialog.maximum() == 5 and dialog.value() == 2
            assert "p1.txt" in dialog.labelText()
            from PySide6.QtWidgets import QPushButton

            dialog.findChild(QPushButton).click()

    task.progressed.connect(on_progress)
    with qtbot.waitSignal(task.finished, timeout=30000) as blocker:
        task.start()
    assert blocker.args[0].cancelled and len(blocker.args[0].imported) == 2
    assert summaries == ["Imported 2 page(s) (cancelled)"]
    qtbot.waitUntil(lambda: bool(gone), timeout=5000)


def test_progress_shows_file_names_as_text_not_markup(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    task = runner.Task(ImportOperation(window.session.library, []))
    dialog = ImportProgressDialog(task)
    qtbot.addWidget(dialog)
    task.progressed.emit(1, 2, "<b>page</b>.txt")
    label = dialog.findChild(QLabel)
    assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>page</b>.txt" in dialog.labelText()


def test_summary_line_names_the_first_problem() -> None:
    from desktop.core.records import ImportProblem, ImportReport

    report = ImportReport(
        imported=("a",), skipped=("b", "c"), problems=(ImportProblem("d", "d: binary file"),)
    )
    assert summary_line(report) == (
        "Imported 1 of 4 pages; 2 already in the project; 1 could not be read: d: binary file"
    )


# --- projects -------------------------------------------------------------------------------


def test_recent_projects_and_opening_another(qtbot: Any, window: Any, tmp_path: Path) -> None:
    current = str(Path(window.session.library.path).resolve())
    assert recent.recent_projects()[0] == current
    other = tmp_path / "other.sqlite"
    new = window.workflows.open_project(other)
    assert new is not None and new is not window
    qtbot.addWidget(new)
    assert Path(new.session.library.path).resolve() == other.resolve()
    assert hasattr(new, "workflows") and not window.isVisible()
    assert recent.recent_projects()[:2] == [str(other.resolve()), current]
    recent_titles = [a.data() for a in new.workflows.recent_menu.actions() if a.data()]
    assert recent_titles == [current]


def test_opening_a_file_that_is_not_a_project_says_so(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database, just notes\n" * 50)
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.gui.projects.QMessageBox.warning", lambda _p, _t, text: shown.append(text)
    )
    assert window.workflows.open_project(bad) is None
    assert window.isVisible()
    assert len(shown) == 1 and str(bad) in shown[0] and "\n" not in shown[0]
    assert shown[0].startswith("<p") and "notes.sqlite" in shown[0]  # escaped, shown as typed


def test_font_message_is_plain_text(qtbot: Any, window: Any) -> None:
    box = dialogs.show_font_message(window, "<b>no font</b>")
    assert box.text() == "<b>no font</b>" and box.textFormat() == Qt.TextFormat.PlainText
    box.close()


def test_menu_type_is_qmenu(window: Any) -> None:
    assert all(isinstance(m, QMenu) for m in window.menus.values())


def test_keys_open_the_cheat_sheet_and_project_search(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window.reader, Qt.Key.Key_F1)
    sheet = window.findChild(CheatSheetDialog, "cheatSheet")
    assert sheet is not None and sheet.isVisible()
    sheet.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(
        window.reader,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.workflows.search_dialog is not None
    assert window.workflows.search_dialog.isVisible()


# --- the occurrence model ---------------------------------------------------------------------


class _CountingLibrary:
    """Many occurrences over many made-up articles; counts what the preview reads."""

    def __init__(self, articles: int, per_article: int) -> None:
        from desktop.core.records import Annotation, ArticleBlock, ArticleDetail, Label, Occurrence

        self.reads: Counter[str] = Counter()
        self.nested = False  # the project's "nested spans allowed"
        text = "某地的某地公司在某地开会，" * per_article
        self._text = text
        self._detail = lambda i: ArticleDetail(
            id=i,
            document_id=1 + i // 10,
            document_name=f"p{i // 10}.txt",
            index=i % 10,
            text=text,
            blocks=(ArticleBlock("paragraph", 0, len(text)),),
            status="new",
            continued_from=None,
            continued_to=None,
            byline_source=None,
            reporters=(),
            source_map=tuple(range(len(text))),
        )
        self._occ = [
            Occurrence(i, k * 13 + off, k * 13 + off + 2)
            for i in range(articles)
            for k in range(per_article)
            for off in (0, 3, 8)
        ]
        # in every article, the second 某地 of each clause sits inside an ORG 某地公司
        self._anns = lambda i: [
            Annotation(
                f"u{i}-{k}",
                i,
                k * 13 + 3,
                k * 13 + 7,
                "某地公司",
                "ORG",
                "entity",
                "auto",
                "suggested",
            )
            for k in range(per_article)
        ]
        self._labels = [
            Label("LOC", "#3182bd", "l", "entity"),
            Label("ORG", "#31a354", "o", "entity"),
        ]

    def labels(self) -> list[Any]:
        return self._labels

    def nested_spans(self) -> bool:
        return self.nested

    def occurrences(self, article_id: int, text: str, scope: str) -> list[Any]:
        self.reads["occurrences"] += 1
        return [o for o in self._occ if scope == "project" or o.article_id == article_id]

    def article(self, article_id: int) -> Any:
        self.reads["article"] += 1
        return self._detail(article_id)

    def annotations(self, article_id: int) -> list[Any]:
        self.reads["annotations"] += 1
        return self._anns(article_id)


def test_occurrence_model_passes_qtmodeltester(qtmodeltester: Any, library: Any) -> None:
    from desktop.gui.dialogs.occurrences import OccurrenceModel

    article_id, quote, _label = _common_entity(library)
    model = OccurrenceModel(library, "entity")
    model.reset(library.occurrences(article_id, quote, "document"), "ORG", "document")
    qtmodeltester.check(model, force_py=True)
    model.set_ticked(0, False)
    model.set_all(True)
    qtmodeltester.check(model, force_py=True)


def test_a_huge_project_scope_opens_without_reading_every_article(qtbot: Any) -> None:
    lib = _CountingLibrary(articles=2000, per_article=4)  # 24,000 occurrences
    dialog = ApplyToAllDialog(lib, 0, "某地", "LOC")
    qtbot.addWidget(dialog)
    dialog.set_scope("project")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 24000
    assert lib.reads["article"] < 100 and lib.reads["annotations"] < 100  # the visible rows
    assert dialog.count_label.text() == "24000 places in 2000 articles"
    assert "⊂ 某地公司 [ORG]" in dialog.model.row_text(1)
    assert "⊂" not in dialog.model.row_text(0)

    model = dialog.model
    model.setData(model.index(0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.accept()  # now every default is worked out, once per article
    edit = dialog.edit()
    targets = set((o.article_id, o.start) for o in edit.targets)
    assert len(targets) == 2000 * 4 * 2 - 1  # nested ones and the unticked one left out
    assert (0, 0) not in targets and (0, 3) not in targets and (0, 8) in targets
    assert lib.reads["annotations"] <= 2000 and lib.reads["occurrences"] == 2


def test_tick_all_and_untick_all_override_the_defaults(qtbot: Any) -> None:
    lib = _CountingLibrary(articles=3, per_article=2)
    dialog = ApplyToAllDialog(lib, 0, "某地", "LOC")
    qtbot.addWidget(dialog)
    assert dialog.count_label.text() == "4 of 6 ticked"  # the nested two start unticked
    dialog.model.set_all(True)
    assert dialog.count_label.text() == "4 of 6 ticked"  # "tick all" leaves nested ones too
    nested = next(r for r in range(6) if dialog.inside(dialog.occurrences()[r]) is not None)
    assert "longer entity" in dialog.model.data(
        dialog.model.index(nested), Qt.ItemDataRole.ToolTipRole
    )
    dialog.set_ticked(nested, True)  # by hand it can be
    assert dialog.count_label.text() == "5 of 6 ticked"
    dialog.model.set_all(False)
    assert dialog.edit() is None
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_closing_the_window_during_an_export_lets_the_export_finish(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    dialog = window.workflows.export_dialog_open()
    dialog.set_format("doccano")
    out = tmp_path / "late.jsonl"
    dialog.out_edit.setText(str(out))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    task = dialog._worker
    assert task is not None and task in runner.running()
    window.close()
    dialog.deleteLater()  # the dialog goes with its window; the export does not
    qtbot.waitUntil(lambda: task not in runner.running(), timeout=30000)
    assert out.exists() and out.read_text("utf-8").count("\n") >= 1


def test_escape_on_the_import_progress_cancels_the_import(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Escape (a keyboard user's Cancel) hid the import's progress while every page went on
    being imported; it cancels now, as the button does."""
    task = _quick_import(window, tmp_path, monkeypatch)
    dialog = ImportProgressDialog(task)
    summaries: list[str] = []
    dialog.summarised.connect(summaries.append)

    def on_progress(done: int, _total: int, _name: str) -> None:
        if done == 2:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    task.progressed.connect(on_progress)
    with qtbot.waitSignal(task.finished, timeout=30000) as blocker:
        task.start()
    assert blocker.args[0].cancelled and len(blocker.args[0].imported) == 2
    assert summaries == ["Imported 2 page(s) (cancelled)"]
