"""Annotate > Train the project's model… through the real window (issue 10): the training runs
in the background with progress and Cancel while the window keeps handling events, a failure
is told once, the report gives the held-back F1, and the re-suggestion is one undo step."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.core.test_extract_devset import load

TRAIN_MS = 120_000  # generous: 2 cores shared by many agents


def _records(path: Path, rows) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for text, spans in rows:
            out.write(json.dumps({"text": text, "label": sorted(map(list, spans))}) + "\n")
    return path


@pytest.fixture(scope="module")
def reviewed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """12 reviewed articles (someone's finished corrections) and 4 open ones."""
    from desktop.core.library import Library

    tmp = tmp_path_factory.mktemp("train")
    data = load()
    project = tmp / "p.sqlite"
    with Library.open(project) as lib:
        lib.import_dataset("doccano", _records(tmp / "r.jsonl", data[:12]), reviewed=True)
        lib.import_dataset(
            "doccano", _records(tmp / "o.jsonl", [(t, set()) for t, _ in data[12:16]])
        )
    return project


@pytest.fixture
def train_window(qtbot, reviewed_template: Path, tmp_path: Path):
    import shutil

    from desktop.gui import create_main_window
    from desktop.gui.dialogs import install

    project = tmp_path / "p.sqlite"
    shutil.copy(reviewed_template, project)
    win = create_main_window(project)
    install(win)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _models(project: Path) -> int:
    with sqlite3.connect(project) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM project_models").fetchone()[0])


def test_train_reports_f1_and_resuggests_as_one_undo_step(qtbot, train_window) -> None:
    win = train_window
    flow = win.workflows.training
    assert flow.action in win.menus["annotate"].actions()
    lib = win.session.library
    open_ids = [s.id for s in lib.article_summaries() if s.status != "reviewed"]
    before = {a: lib.annotations(a) for a in open_ids}
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    progress: list[int] = []
    with qtbot.waitSignal(flow.trained, timeout=TRAIN_MS) as trained:
        flow.action.trigger()
        assert flow.progress_dialog is not None and flow.progress_dialog.isVisible()
        flow.task.progressed.connect(lambda done, _total, _name: progress.append(done))
    timer.stop()
    # The window's event loop ran while the model trained (a timer fired): training on the GUI
    # thread would block it until the end, with no tick at all. How many ticks depends on how
    # fast the machine trains (4 on a quiet one), so only "some" is asserted.
    assert ticks
    assert progress and progress == sorted(progress) and progress[-1] == 100
    report = trained.args[0]
    assert report.sentences == 12 and report.held_back >= 1
    assert flow.progress_dialog is None
    box = flow.report_box
    assert box is not None and box.isVisible()
    assert f"F1 on {report.held_back} reviewed article(s) held back" in box.text()
    assert f"{report.f1_project:.3f}" in box.text()
    assert "4 article(s) not reviewed" in box.informativeText()
    assert _models(win.session.library.path) == 1
    win.select_article(open_ids[0])  # a "new" article being read: re-suggesting is not a review
    assert lib.article(open_ids[0]).status == "new"
    with qtbot.waitSignal(flow.resuggested, timeout=TRAIN_MS):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert lib.article(open_ids[0]).status == "new"
    shown = win.reader.annotations()
    assert shown == lib.annotations(open_ids[0])  # the reader follows the re-suggestion
    after = {a: lib.annotations(a) for a in open_ids}
    assert after != before
    assert all(a.suggested_by for anns in after.values() for a in anns if a.kind == "entity")
    undo = win.window_actions["undo"]
    assert undo.text() == "&Undo Re-suggest entities in 4 article(s)"
    undo.trigger()
    assert {a: lib.annotations(a) for a in open_ids} == before


def test_cancel_stops_the_training_and_keeps_no_model(qtbot, train_window) -> None:
    win = train_window
    flow = win.workflows.training
    task = flow.start()
    assert task is not None and task.is_running()
    assert flow.start() is None  # one training at a time
    dialog = flow.progress_dialog
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    with qtbot.waitSignal(task.ended, timeout=TRAIN_MS):
        cancel.click()  # at once: the training checks it before its first sentence
    assert task.error is None and task.result is None
    assert flow.report_box is None and flow.error_box is None
    assert "cancelled" in win.statusBar().currentMessage()
    assert _models(win.session.library.path) == 0


def test_escape_on_the_progress_cancels_the_training(qtbot, train_window) -> None:
    """Escape (a keyboard user's Cancel) hid the progress dialog and the training went on to
    replace the project's model; it cancels now, as the button does."""
    from PySide6.QtCore import Qt

    win = train_window
    flow = win.workflows.training
    task = flow.start()
    assert task is not None and task.is_running()
    dialog = flow.progress_dialog
    with qtbot.waitSignal(task.ended, timeout=TRAIN_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert task.result is None and task.error is None
    assert flow.report_box is None and flow.progress_dialog is None
    assert "cancelled" in win.statusBar().currentMessage()
    assert _models(win.session.library.path) == 0


def test_training_without_reviewed_articles_fails_once(qtbot, window) -> None:
    from desktop.gui.dialogs import install

    install(window)
    flow = window.workflows.training
    failures: list[str] = []
    task = flow.start()
    assert task is not None
    task.failed.connect(failures.append)
    with qtbot.waitSignal(task.ended, timeout=TRAIN_MS):
        pass
    assert len(failures) == 1 and "at least 10 are needed" in failures[0]
    assert "\n" not in failures[0] and "Traceback" not in failures[0]
    box = flow.error_box
    assert box is not None and box.isVisible() and box.text() == failures[0]
    assert flow.report_box is None and flow.progress_dialog is None
    box.close()
