"""File > New project and Recent projects (opening itself is :mod:`desktop.gui.projects`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMenu

from desktop.gui import i18n, mnemonics, projects, recent
from desktop.gui.dialogs.menus import Actions, menu
from desktop.gui.models.roles import QT_TRANSLATE_NOOP, plain_tooltip

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate


class ProjectMenu(QObject):
    """Adds New project and the recent projects after the window's Open project."""

    def __init__(self, window: MainWindow, actions: Actions) -> None:
        super().__init__(window)
        self.window = window
        file_menu = menu(window, "file")
        open_action = window.window_actions["open"]
        actions["openProject"] = open_action
        entries = file_menu.actions()
        i = entries.index(open_action) + 1 if open_action in entries else len(entries)
        anchor = entries[i] if i < len(entries) else file_menu.addSeparator()
        new = actions.add(
            "newProject",
            QT_TRANSLATE_NOOP("menu", "&New project…"),
            lambda: projects.ask_new(window),
            "Ctrl+N",
        )
        self.recent_menu = QMenu(window)
        i18n.bind_text(
            self.recent_menu, "menu", QT_TRANSLATE_NOOP("menu", "&Recent projects"), "setTitle"
        )
        self.recent_menu.setObjectName("recentMenu")
        file_menu.insertAction(anchor, new)
        file_menu.insertMenu(anchor, self.recent_menu)
        file_menu.insertSeparator(anchor)
        self.anchor = anchor
        recent.add_recent_project(window.session.library.path)
        self.rebuild()

    def rebuild(self) -> None:
        self.recent_menu.clear()
        current = str(Path(self.window.session.library.path).resolve())
        paths = [p for p in recent.recent_projects() if p != current]
        for number, path in enumerate(paths, start=1):
            # "&1 name" … "&9 name", "1&0 name": the usual numbered mnemonics of a recent list
            shown = mnemonics.escape(Path(path).name)
            prefix = f"&{number}" if number < 10 else f"{number // 10}&{number % 10}"
            action = self.recent_menu.addAction(f"{prefix} {shown}")
            action.setToolTip(plain_tooltip(path))
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: projects.open_project(self.window, p))
        if paths:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction("")
            i18n.bind_text(clear, "menu", QT_TRANSLATE_NOOP("menu", "&Clear list"))
            clear.triggered.connect(self._on_clear_triggered)
        self.recent_menu.setEnabled(bool(paths))

    def _on_clear_triggered(self) -> None:
        recent.clear_recent_projects()
        self.rebuild()
