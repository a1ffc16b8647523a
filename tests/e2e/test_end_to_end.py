"""The real window from import to export, driven as a user would.

Import the sample page with File > Import pages… (the file dialog answered), then a second page
by dropping it on the window, open an article, select a name with Shift+Right, label it PER
with its key, undo, redo, relabel, accept all, export doccano JSONL with File > Export…: the
file holds exactly the annotations the project holds, with our span as we left it.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from desktop.gui import create_main_window, dialogs
from desktop.gui.dialogs import ExportDialog
from tests.gui.drops import drop_files

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"


def _keys(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(widget, key, modifier)


def _wait_for_import(qtbot, window) -> object:
    """The import the user just started, to its end; its report."""
    task = window.session.import_task
    assert task is not None, window.statusBar().currentMessage()
    with qtbot.waitSignal(task.finished, timeout=120_000) as done:
        pass
    qtbot.waitUntil(lambda: window.workflows.import_dialog is None, timeout=10_000)
    return done.args[0]


def test_import_label_undo_redo_relabel_accept_all_export(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    window = create_main_window(tmp_path / "project.sqlite")
    qtbot.addWidget(window)
    dialogs.install(window)  # as app.run does: import, export, search, … menus
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need the active window
    lib, reader = window.session.library, window.reader
    assert window.article_model.rowCount() == 0

    # File > Import pages…: the sample is imported in the background; the list fills, the
    # first article opens and the status bar sums it up
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(SAMPLE)], "Pages (*.txt)")
    )
    window.workflows.actions["importPages"].trigger()
    report = _wait_for_import(qtbot, window)
    assert [Path(p).name for p in report.imported] == [SAMPLE.name]
    qtbot.waitUntil(lambda: window.article_model.rowCount() > 1)
    assert reader.article_id == window.article_model.summary(0).id
    assert window.statusBar().currentMessage().startswith("Imported 1 page(s)")
    after_menu = window.article_model.rowCount()

    # drop another page (and the sample again) on the window: one new, one already there
    other = tmp_path / "dropped" / "second.txt"
    other.parent.mkdir()
    other.write_text(SAMPLE.read_text("utf-8") + "\n本报讯 另一段新的文字。\n", "utf-8")
    assert drop_files(window, [SAMPLE, other]) == (True, True)
    report = _wait_for_import(qtbot, window)
    assert report.imported == (str(other),) and report.skipped == (str(SAMPLE),)
    qtbot.waitUntil(lambda: window.article_model.rowCount() > after_menu)
    assert len(lib.documents()) == 2
    window.activateWindow()  # the progress dialog has come and gone
    qtbot.waitUntil(window.isActiveWindow)

    # open the first article that has a person suggestion
    article_id, name = None, None
    for row in range(window.article_model.rowCount()):
        candidate = window.article_model.summary(row).id
        people = [a for a in lib.annotations(candidate) if a.label == "PER"]
        if people:
            article_id, name = candidate, people[0]
            break
    assert article_id is not None and name is not None
    window.article_pane.view.setFocus()
    qtbot.keyClick(window.article_pane.view, Qt.Key.Key_Home)
    for _ in range(window.article_model.rowCount()):  # down the list with the keyboard
        if reader.article_id == article_id:
            break
        qtbot.keyClick(window.article_pane.view, Qt.Key.Key_Down)
    assert reader.article_id == article_id
    assert window.entity_model.rowCount() > 0

    # the suggestion goes, so that labelling the name makes a new span of our own
    reader.setFocus()
    reader.select_span(name.start, name.start)
    qtbot.keyClick(reader, Qt.Key.Key_Delete)
    assert lib.annotation(name.uuid) is None
    assert window.session.undo_stack.undoText().startswith("Delete")

    # select the name with Shift+Right and press PER's key
    reader.select_span(name.start, name.start)
    _keys(qtbot, reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier, name.end - name.start)
    assert reader.selected_span() == (name.start, name.end)
    qtbot.keyClick(reader, Qt.Key.Key_P)
    ours = [a for a in lib.annotations(article_id) if (a.start, a.end) == (name.start, name.end)]
    assert len(ours) == 1 and ours[0].label == "PER" and ours[0].source == "user"
    uuid = ours[0].uuid
    assert window.edit_actions and window.window_actions["undo"].text().startswith("&Undo Label")
    assert window.entity_table.selected_uuid() == uuid  # the table follows the reader

    # undo, redo with the keyboard
    qtbot.keyClick(reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.annotation(uuid) is None
    assert window.entity_model.row_of(uuid) is None
    qtbot.keyClick(
        reader,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert lib.annotation(uuid) is not None
    assert window.entity_model.row_of(uuid) is not None

    # relabel: the cursor inside the span, LOC's key
    reader.select_span(name.start + 1, name.start + 1)
    qtbot.keyClick(reader, Qt.Key.Key_L)
    assert lib.annotation(uuid).label == "LOC"
    assert window.entity_model.annotation_at(window.entity_model.row_of(uuid)).label == "LOC"

    # accept all suggestions of the article
    qtbot.keyClick(
        reader,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert {a.status for a in lib.annotations(article_id)} == {"accepted"}
    summary = window.article_model.summary(window.article_model.row_of(article_id))
    assert summary.n_entities == sum(1 for a in lib.annotations(article_id) if a.kind == "entity")

    # export doccano JSONL through File > Export…: the article's line holds exactly the
    # project's annotations
    out = tmp_path / "out.jsonl"
    window.workflows.actions["exportDataset"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.set_format("doccano")
    dialog.out_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported) as exported:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert exported.args[0] >= 1 and exported.args[1] == str(out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    mine = [r for r in records if r.get("article_id") == article_id]
    assert len(mine) == 1
    text = lib.article(article_id).text
    assert mine[0]["text"] == text
    expected = sorted([a.start, a.end, a.label] for a in lib.annotations(article_id))
    assert sorted(mine[0]["label"]) == expected
    assert [name.start, name.end, "LOC"] in mine[0]["label"]
    assert [name.start, name.end, "PER"] not in mine[0]["label"]
    for start, end, _label in mine[0]["label"]:
        assert 0 <= start < end <= len(text)
    window.close()


RUN_AND_LOOK = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv)
from desktop.gui import app as app_module
from desktop.gui.main_window import MainWindow

seen = {}

def look_then_quit():
    window = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    )
    seen.update(
        article=window.reader.article_id,
        text=window.reader.toPlainText()[:20],
        menus=sorted(window.menus),
        workflows=hasattr(window, "workflows"),
    )
    def finish():
        window.close()
        QApplication.quit()
    # quit once jieba is loaded (its thread cannot be interrupted)
    if window.warm_up.is_running():
        window.warm_up.ended.connect(finish)
    else:
        finish()

QTimer.singleShot(300, look_then_quit)
code = app_module.run(sys.argv[1])
print(json.dumps(dict(seen, code=code), ensure_ascii=False))
"""


def test_app_run_opens_the_window_with_the_workflows_and_quits_cleanly(tmp_path) -> None:
    """``newsdesk --project P`` as the CLI calls it, in its own process (an application's
    event loop runs once per process): the window shows P's first article with GUI-2's menus
    installed, and quitting returns 0."""
    import os
    import subprocess
    import sys

    from desktop.core.library import Library

    project = tmp_path / "p.sqlite"
    with Library.open(project) as lib:
        lib.import_paths([SAMPLE], jobs=1)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", RUN_AND_LOOK, str(project)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["article"] is not None and seen["text"]
    assert seen["menus"] == ["annotate", "edit", "file", "help", "view"]
    assert seen["workflows"] is True
    assert "Traceback" not in out.stderr


def test_app_run_on_a_file_that_is_not_a_project_says_so_in_one_line(
    qtbot, tmp_path, capsys, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui import app as app_module

    bad = tmp_path / "notes.sqlite"
    bad.write_text("just some notes, not a project\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert app_module.run(str(bad)) == app_module.EXIT_PROJECT
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and str(bad) in err and "Traceback" not in err
    from desktop.gui.models.roles import plain_tooltip

    assert shown == [plain_tooltip(err.removeprefix("newsdesk: "))]  # escaped: never markup


def test_errors_escaping_a_slot_become_one_status_line(qtbot, tmp_path) -> None:
    from desktop.core.errors import EditError
    from desktop.gui.app import _excepthook

    window = create_main_window(tmp_path / "p.sqlite")
    qtbot.addWidget(window)
    printed: list[type] = []
    hook = _excepthook(window, lambda kind, exc, tb: printed.append(kind))
    hook(EditError, EditError("article 3: span 5-2 is outside its text"), None)
    assert window.statusBar().currentMessage() == "article 3: span 5-2 is outside its text"
    assert printed == []  # the user's error is not a traceback
    hook(ValueError, ValueError("boom\nmore"), None)
    assert printed == [ValueError]  # our bug is printed as usual
    assert window.statusBar().currentMessage() == "Internal error (ValueError): boom"
    window.close()


def test_closing_the_window_during_an_import_stops_it_cleanly(qtbot, tmp_path) -> None:
    window = create_main_window(tmp_path / "p.sqlite")
    qtbot.addWidget(window)
    window.show()
    task = window.session.import_paths([str(SAMPLE)])
    reports: list[object] = []
    task.finished.connect(reports.append)
    window.close()  # cancels the import before the project closes
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    assert reports[0].cancelled
    assert reports[0].imported == ()  # the page prepared after the cancel was dropped
