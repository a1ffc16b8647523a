"""What the workflows share: making a window action with its shortcut, finding a menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.gui import i18n

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


class Actions(dict[str, QAction]):
    """The workflows' actions by object name (``window.workflows.actions["importPages"]``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window

    def add(
        self, name: str, text: str, slot: Callable[[], object], key: str | None = None
    ) -> QAction:
        """``text``: the English source, marked ``QT_TRANSLATE_NOOP("menu", …)`` by the caller;
        the action shows its translation, and again after a language switch."""
        action = QAction(self._window)
        i18n.bind_text(action, "menu", text)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)  # the shortcut works even with the menu bar hidden
        self[name] = action
        return action


def menu(window: MainWindow, key: str) -> QMenu:
    """One of the window's menus ("file", "edit", "view", "annotate", "help")."""
    return window.menus[key]
