"""Opening a project, the one place it happens (File > Open/New, recent projects, a dropped
project file, the language switch): a new window on the file replaces the current one, which
closes (its session stops its tasks, then closes its file: :meth:`Session.close`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.errors import NewsdeskError
from desktop.gui import recent
from desktop.gui.models.roles import plain_tooltip

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate

#: Windows opened from another, kept alive until they close.
open_windows: list[QWidget] = []

#: A dropped file with one of these endings is opened as a project, not imported as a page.
PROJECT_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def open_project(current: MainWindow, path: str | Path) -> MainWindow | None:
    """Open (or create) ``path`` in a new window, with its workflows, that replaces
    ``current``; None (and a one-line message) when the file cannot be used."""
    from desktop.gui import create_main_window
    from desktop.gui.dialogs import install

    try:
        new = create_main_window(path)
    except NewsdeskError as exc:
        # the path is shown as typed: a folder named "<img src=x>" is no markup (issue 12)
        QMessageBox.warning(
            current, translate("menu", "Cannot open project"), plain_tooltip(str(exc))
        )
        return None
    install(new)
    recent.add_recent_project(path)
    new.setGeometry(current.geometry())
    new.show()
    open_windows.append(new)
    new.destroyed.connect(lambda _=None, w=new: _forget(w))
    current.close()
    return new


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
    return open_project(current, path)


def _forget(window: QWidget) -> None:
    if window in open_windows:
        open_windows.remove(window)
