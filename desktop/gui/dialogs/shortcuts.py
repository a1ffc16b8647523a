"""The keyboard cheat sheet (F1): every shortcut the window defines, in one table.

It reads ``desktop.gui.actions.SHORTCUTS`` (owned by the window) so the sheet cannot drift from
the real key bindings. Accepted shapes: a sequence of ``(key, description)`` (the window's) or
``(group, description, key)``, a mapping ``{description: key}``, or objects with
``text``/``description`` and ``key``/``shortcut``. The project's label keys are listed too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
    (QT_TRANSLATE_NOOP("menu", "File"), QT_TRANSLATE_NOOP("menu", "Open project…"), "Ctrl+O"),
    (QT_TRANSLATE_NOOP("menu", "File"), QT_TRANSLATE_NOOP("menu", "New project…"), "Ctrl+N"),
    (QT_TRANSLATE_NOOP("menu", "File"), QT_TRANSLATE_NOOP("menu", "Import pages…"), "Ctrl+I"),
    (
        QT_TRANSLATE_NOOP("menu", "File"),
        QT_TRANSLATE_NOOP("menu", "Import a folder of pages…"),
        "Ctrl+Shift+I",
    ),
    (QT_TRANSLATE_NOOP("menu", "File"), QT_TRANSLATE_NOOP("menu", "Export…"), "Ctrl+E"),
    (QT_TRANSLATE_NOOP("menu", "File"), QT_TRANSLATE_NOOP("menu", "Quit"), "Ctrl+Q"),
    (
        QT_TRANSLATE_NOOP("menu", "Edit"),
        QT_TRANSLATE_NOOP("menu", "Find in project…"),
        "Ctrl+Shift+F",
    ),
    (QT_TRANSLATE_NOOP("menu", "Edit"), QT_TRANSLATE_NOOP("menu", "History…"), "Ctrl+H"),
    (QT_TRANSLATE_NOOP("menu", "Help"), QT_TRANSLATE_NOOP("menu", "Keyboard shortcuts"), "F1"),
)


def _key_text(key: Any) -> str:
    """Keys as the platform writes them; free text ("Label key (see legend)") translated."""
    if isinstance(key, QKeySequence):
        return key.toString(QKeySequence.SequenceFormat.NativeText)
    if isinstance(key, (list, tuple)):
        return ", ".join(_key_text(k) for k in key)
    if isinstance(key, QKeySequence.StandardKey):
        return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    text = str(key)
    if " " in text.strip():  # a description of keys, not one sequence: in words
        return QCoreApplication.translate("Shortcuts", text)
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText) or text


Shortcuts = (
    Mapping[str, str]
    | Iterable[tuple[str, str] | tuple[str, str, str | QKeySequence | Sequence[str]]]
)


def normalise(shortcuts: Shortcuts) -> list[tuple[str, str, str]]:
    """Rows of (group, what it does, key) from ``{description: key}``, ``[(key, what)]`` or
    ``[(group, what, key)]``."""
    if isinstance(shortcuts, Mapping):
        return [("", str(what), _key_text(key)) for what, key in shortcuts.items()]
    rows: list[tuple[str, str, str]] = []
    for entry in shortcuts:
        if len(entry) == 3:
            group, what, key = entry
            rows.append((str(group), str(what), _key_text(key)))
        else:
            key_text, what = entry
            rows.append(("", str(what), _key_text(key_text)))
    return rows


def window_shortcuts() -> list[tuple[str, str, str]]:
    from desktop.gui.actions import SHORTCUTS

    return normalise(SHORTCUTS)


class CheatSheetDialog(QDialog):
    def __init__(
        self, extra: Iterable[tuple[str, str, str]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cheatSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 640)
        translate = QCoreApplication.translate
        # The window's descriptions are marked with QT_TRANSLATE_NOOP("Shortcuts", ...) in
        # actions.py; translated here, where they are shown.
        rows = [(g, translate("Shortcuts", w), k) for g, w, k in window_shortcuts()]
        seen = {r[2] for r in rows}
        rows += [
            (translate("menu", str(g)), translate("menu", str(w)), _key_text(k))
            for g, w, k in OWN
            if _key_text(k) not in seen
        ]
        rows += list(extra)
        self._rows = rows
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action")])
        for r, (group, what, key) in enumerate(rows):
            for c, value in enumerate((key, what)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if group:
                    item.setToolTip(group)
                self.table.setItem(r, c, item)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """(menu, action, key) per row, as shown."""
        return list(self._rows)
