"""The keyboard cheat sheet (F1): every shortcut the window defines, in one table.

It reads ``desktop.gui.actions.SHORTCUTS`` (owned by the window) so the sheet cannot drift from
the real key bindings. Accepted shapes: a mapping ``{description: key}`` or a sequence of
``(description, key)`` / ``(group, description, key)`` / objects with ``text``/``description``
and ``key``/``shortcut`` attributes. The labels' own keys (from the project) are listed too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: Shortcuts this package adds to the window (see :func:`desktop.gui.dialogs.install`).
OWN = (
    ("File", "Open project…", "Ctrl+O"),
    ("File", "New project…", "Ctrl+N"),
    ("File", "Import pages…", "Ctrl+I"),
    ("File", "Export…", "Ctrl+E"),
    ("Edit", "Find in project…", "Ctrl+Shift+F"),
    ("Help", "Keyboard shortcuts", "F1"),
)


def _key_text(key: Any) -> str:
    if isinstance(key, QKeySequence):
        return key.toString(QKeySequence.SequenceFormat.NativeText)
    if isinstance(key, (list, tuple)):
        return ", ".join(_key_text(k) for k in key)
    if isinstance(key, QKeySequence.StandardKey):
        return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    return QKeySequence(str(key)).toString(QKeySequence.SequenceFormat.NativeText) or str(key)


def normalise(shortcuts: Any) -> list[tuple[str, str, str]]:
    """Rows of (group, what it does, key) from any of the accepted shapes."""
    rows: list[tuple[str, str, str]] = []
    items: Iterable[Any] = shortcuts.items() if isinstance(shortcuts, dict) else shortcuts or ()
    for entry in items:
        if isinstance(entry, tuple) and len(entry) == 3:
            group, what, key = entry
        elif isinstance(entry, tuple) and len(entry) == 2:
            group, (what, key) = "", entry
        else:
            group = str(getattr(entry, "group", ""))
            what = getattr(entry, "text", None) or getattr(entry, "description", "")
            key = getattr(entry, "key", None) or getattr(entry, "shortcut", "")
        if _looks_like_key(str(what)) and not _looks_like_key(str(key)):
            what, key = key, what
        rows.append((str(group), str(what), _key_text(key)))
    return rows


def _looks_like_key(text: str) -> bool:
    return bool(text) and (
        text.startswith(("Ctrl+", "Shift+", "Alt+", "Meta+"))
        or (text.startswith("F") and text[1:].isdigit())
        or text in {"Del", "Delete", "Esc", "Return", "Enter", "Space", "Tab", "Backspace"}
    )


def window_shortcuts() -> list[tuple[str, str, str]]:
    try:
        from desktop.gui.actions import SHORTCUTS
    except ImportError:
        SHORTCUTS = ()  # the window's table is not there yet
    return normalise(SHORTCUTS)


class CheatSheetDialog(QDialog):
    def __init__(self, extra: Iterable[tuple[str, str, str]] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cheatSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        tr = QCoreApplication.translate
        rows = window_shortcuts()
        seen = {r[2] for r in rows}
        rows += [(tr("menu", g), tr("menu", w), _key_text(k)) for g, w, k in OWN if k not in seen]
        rows += list(extra)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action"), self.tr("Menu")])
        for r, (group, what, key) in enumerate(rows):
            for c, value in enumerate((key, what, group)):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(r, c).text() for c in (2, 1, 0))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]
