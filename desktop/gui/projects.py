"""Opening a project, the one place it happens (File > Open/New, recent projects, a dropped
project file, the language switch): a new window on the file replaces the current one, which
closes (its session stops its tasks, then closes its file: :meth:`Session.close`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.errors import NewsdeskError
from desktop.core.library import is_empty_file
from desktop.gui import recent
from desktop.gui.error_text import error_text
from desktop.gui.models.roles import plain_tooltip

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate

#: Windows opened from another, kept alive until they close.
open_windows: list[QWidget] = []

#: A dropped file with one of these endings is opened as a project, not imported as a page.
PROJECT_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def open_project(current: MainWindow, path: str | Path, *, new: bool = False) -> MainWindow | None:
    """Open (or create) ``path`` in a new window, with its workflows, that replaces
    ``current``; None (and a one-line message) when the file cannot be used.

    An existing empty file (made by mistake, or the wrong file) becomes a project only when
    the user says so (:func:`confirm_empty`), or when it is the file File > New project chose
    (``new``); on No nothing is written to it and None is returned."""
    from desktop.gui import create_main_window
    from desktop.gui.dialogs import install

    adopt = new
    if not new and is_empty_file(path):
        if not confirm_empty(current, Path(path)):
            return None
        adopt = True
    try:
        new_window = create_main_window(path, adopt_empty=adopt)
    except NewsdeskError as exc:
        # the path is shown as typed: a folder named "<img src=x>" is no markup (issue 12)
        QMessageBox.warning(
            current, translate("menu", "Cannot open project"), plain_tooltip(error_text(exc))
        )
        return None
    install(new_window)
    recent.add_recent_project(path)
    new_window.setGeometry(current.geometry())
    new_window.show()
    open_windows.append(new_window)
    new_window.destroyed.connect(lambda _=None, w=new_window: _forget(w))
    current.close()
    return new_window


def confirm_empty(parent: QWidget, path: Path) -> bool:
    """Ask whether the empty file ``path`` should become a new project (No is the default:
    a stray Enter writes nothing)."""
    box = QMessageBox(parent)
    box.setObjectName("emptyProjectBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("menu", "Open project"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the path as typed, never markup
    box.setText(translate("menu", "%1 is empty. Make it a new project?").replace("%1", str(path)))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_open(current: MainWindow) -> MainWindow | None:
    """File > Open project…"""
    path, _ = QFileDialog.getOpenFileName(
        current,
        translate("menu", "Open project"),
        "",
        translate("menu", "Projects (*.sqlite);;All files (*)"),
    )
    return open_project(current, path) if path else None


def ask_new(current: MainWindow) -> MainWindow | None:
    """File > New project…"""
    path, _ = QFileDialog.getSaveFileName(
        current,
        translate("menu", "New project"),
        "untitled.sqlite",
        translate("menu", "Projects (*.sqlite);;All files (*)"),
    )
    if not path:
        return None
    if not Path(path).suffix:
        path += ".sqlite"
    return open_project(current, path, new=True)


def _forget(window: QWidget) -> None:
    if window in open_windows:
        open_windows.remove(window)
