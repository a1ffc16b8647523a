"""File > Open project on an existing empty file asks before making it a project; No writes
nothing (a file made by mistake, or the wrong file, is not silently turned into a project)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.errors import ProjectError


def _answer(qtbot: Any, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Once the question is up, note its text and press ``button``."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)


def _beside(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_no_leaves_an_empty_file_untouched(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from desktop.gui import dialogs

    dialogs.install(window)
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    empty = folder / "mistake.sqlite"
    empty.write_bytes(b"")
    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.No, seen)
    assert window.workflows.open_project(empty) is None
    assert seen == [f"{empty} is empty. Make it a new project?"]
    assert _beside(folder) == {"mistake.sqlite": b""}  # no -wal/-journal either
    assert window.isVisible()


def test_yes_makes_it_a_new_project(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from desktop.gui import dialogs

    dialogs.install(window)
    empty = tmp_path / "fresh.sqlite"
    empty.write_bytes(b"")
    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Yes, seen)
    new = window.workflows.open_project(empty)
    assert new is not None and len(seen) == 1
    qtbot.addWidget(new)
    assert Path(new.session.library.path) == empty
    assert empty.stat().st_size > 0
    new.close()


def test_a_new_project_on_a_chosen_empty_file_does_not_ask(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > New project: the save dialog already confirmed the file; no second question."""
    from desktop.gui import dialogs, projects

    dialogs.install(window)
    empty = tmp_path / "chosen.sqlite"
    empty.write_bytes(b"")
    asked: list[Path] = []
    monkeypatch.setattr(projects, "confirm_empty", lambda _w, p: asked.append(p) or False)
    new = projects.open_project(window, empty, new=True)
    assert new is not None and asked == []
    qtbot.addWidget(new)
    new.close()


def test_the_window_refuses_an_empty_file_from_the_command_line(qtbot: Any, tmp_path: Path) -> None:
    from desktop.gui import create_main_window

    folder = tmp_path / "projects"
    folder.mkdir()
    empty = folder / "empty.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(ProjectError) as err:
        create_main_window(empty, adopt_empty=False)
    assert str(err.value) == f"{empty}: not a newsdesk project (an empty file)"
    assert _beside(folder) == {"empty.sqlite": b""}
