"""Edit > History: every change the project kept, newest first, and reverting any of them.

Undo ends where the window was opened; the project's history does not. Each row says when
(local time), what, and in which article; Revert pushes the core's
:class:`~desktop.core.edits.RevertHistory` through the session, so the revert is one more
undoable step (and itself a row of the history). A change whose spans were changed since is
refused by the core with one line, shown under the list. Imported pages and new labels are
listed greyed, with the reason in their tooltip: they are not reverted here.

Keyboard: the list has the focus; Up/Down choose, Enter (or a double click) opens the article,
Alt+R or Delete reverts, Escape closes.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.core.edits import NO_DELTA, NOT_REVERTIBLE, RevertHistory
from desktop.core.records import Changes, HistoryEntry
from desktop.gui.dialogs.menus import Actions, menu
from desktop.gui.models.articles import page_label
from desktop.gui.models.roles import QT_TRANSLATE_NOOP
from desktop.gui.undo import describe_stored

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
#: The newest this many changes are listed (a project keeps every change; the list stays quick).
SHOWN = 2000

#: Why a change cannot be reverted: the core's reason (English) -> the words to translate.
REASONS = {
    NOT_REVERTIBLE["Import"]: QT_TRANSLATE_NOOP(
        "HistoryDialog", "a whole imported page is not reverted here"
    ),
    NOT_REVERTIBLE["AddLabel"]: QT_TRANSLATE_NOOP(
        "HistoryDialog", "a new label is not reverted here"
    ),
    NO_DELTA: QT_TRANSLATE_NOOP("HistoryDialog", "this change did not record what it changed"),
}


def local_time(at: str) -> str:
    """An ISO 8601 UTC stamp in the local time zone, to the second ("" kept as it is)."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


class HistoryDialog(QDialog):
    """Lists ``window``'s project history; Revert reverts the chosen change as a new step."""

    article_requested = Signal(int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("historyDialog")
        self._window = window
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAllColumnsShowFocus(True)
        # the columns first: resize modes given to sections not made yet were lost, and the
        # change's words were cut short beside an empty half of the list
        self.tree.setColumnCount(3)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.revert_button = QPushButton(self)
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.revert_button.clicked.connect(self.revert_current)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 480)
        self.retranslate()
        window.session.changed.connect(self._on_session_changed)
        self.reload()

    # --- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Change"), self.tr("Article")])
        self.revert_button.setText(self.tr("&Revert"))
        self.revert_button.setToolTip(
            self.tr("Undo this change as a new step (Ctrl+Z undoes the revert)")
        )
        for item in self._items():
            self._fill(item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the list -----------------------------------------------------------------------------
    def entries(self) -> list[HistoryEntry]:
        out = []
        for item in self._items():
            entry = item.data(0, ENTRY_ROLE)
            assert isinstance(entry, HistoryEntry)
            out.append(entry)
        return out

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    def current_entry(self) -> HistoryEntry | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        entry = item.data(0, ENTRY_ROLE)
        return entry if isinstance(entry, HistoryEntry) else None

    def select_entry(self, history_id: int) -> bool:
        for item in self._items():
            if item.data(0, ENTRY_ROLE).id == history_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def reload(self) -> None:
        """Read the history again (it grows with every change), keeping the chosen row."""
        chosen = self.current_entry()
        # quiet while the list is rebuilt: a row passing as current on the way would put its
        # "cannot be reverted" under the list, over what the last action said
        blocked = self.tree.blockSignals(True)
        try:
            self.tree.clear()
            for entry in self._window.session.library.history_entries(SHOWN):
                item = QTreeWidgetItem()
                item.setData(0, ENTRY_ROLE, entry)
                self._fill(item)
                self.tree.addTopLevelItem(item)
        finally:
            self.tree.blockSignals(blocked)
        kept = chosen is not None and self.select_entry(chosen.id)
        items = self._items()
        if not kept and items:
            self.tree.setCurrentItem(items[0])
        self._update_button()

    def _fill(self, item: QTreeWidgetItem) -> None:
        entry = item.data(0, ENTRY_ROLE)
        assert isinstance(entry, HistoryEntry)
        what = describe_stored(entry.edit, entry.what)
        item.setText(0, local_time(entry.at))
        item.setText(1, what)
        item.setText(2, self._article_text(entry))
        if entry.revertible:
            tip = what
        else:
            tip = self._why_not(entry)
            grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            for column in range(3):
                item.setForeground(column, grey)
        for column in range(3):
            item.setToolTip(column, tip)

    def _article_text(self, entry: HistoryEntry) -> str:
        if not entry.articles:
            return ""
        model = self._window.article_model
        row = model.row_of(entry.articles[0])
        shown = page_label(model.summary(row)) if row is not None else f"#{entry.articles[0]}"
        more = len(entry.articles) - 1
        return (
            shown
            if not more
            else self.tr("%1 and %2 more").replace("%1", shown).replace("%2", str(more))
        )

    def _why_not(self, entry: HistoryEntry) -> str:
        reason = REASONS.get(entry.reason)
        words = self.tr(reason) if reason else entry.reason
        return self.tr("Cannot be reverted: %1").replace("%1", words)

    # --- reverting ----------------------------------------------------------------------------
    def revert_current(self) -> bool:
        """Revert the chosen change as one undoable step; False (and why, below the list)
        when it cannot be."""
        entry = self.current_entry()
        if entry is None:
            return False
        if not entry.revertible:
            self.status.setText(self._why_not(entry))
            return False
        session = self._window.session
        errors: list[str] = []
        session.message_posted.connect(errors.append)
        try:
            done = session.push(RevertHistory(entry.id))
        finally:
            session.message_posted.disconnect(errors.append)
        if errors or not done:
            self.status.setText(errors[0] if errors else self.tr("Nothing to revert."))
            return False
        what = describe_stored(entry.edit, entry.what)
        self.status.setText(self.tr("Reverted: %1").replace("%1", what))
        self.reload()
        return True

    # --- slots --------------------------------------------------------------------------------
    def _update_button(self) -> None:
        entry = self.current_entry()
        self.revert_button.setEnabled(entry is not None and entry.revertible)

    def _on_tree_current_item_changed(self, *_args: object) -> None:
        self._update_button()
        entry = self.current_entry()
        if entry is not None and not entry.revertible:
            self.status.setText(self._why_not(entry))

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entry = item.data(0, ENTRY_ROLE)
        if isinstance(entry, HistoryEntry) and entry.articles:
            self._window.select_article(entry.articles[0])

    def _on_session_changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (watched is self.tree and isinstance(event, QKeyEvent)):
            return super().eventFilter(watched, event)
        revert = event.key() == Qt.Key.Key_Delete or (
            event.key() == Qt.Key.Key_R and event.modifiers() == Qt.KeyboardModifier.AltModifier
        )
        if event.type() == QEvent.Type.ShortcutOverride and revert:
            event.accept()  # the list's own key, before any window shortcut
            return True
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if revert:
            self.revert_current()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.tree.currentItem()
            if item is not None:
                self._on_tree_item_activated(item, 0)
            return True
        return super().eventFilter(watched, event)


class HistoryFlow(QObject):
    """Edit > History… for one window."""

    def __init__(self, window: MainWindow, actions: Actions) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: HistoryDialog | None = None
        menu(window, "edit").addAction(
            actions.add("history", QT_TRANSLATE_NOOP("menu", "&History…"), self.open, "Ctrl+H")
        )

    def open(self) -> HistoryDialog:
        if self.dialog is None:
            self.dialog = HistoryDialog(self.window)
        else:
            self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.tree.setFocus()
        return self.dialog
