"""Edit > Find in project… and the "apply to all occurrences" preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from desktop.core.records import Changes
from desktop.gui.dialogs.apply_all import ApplyToAllDialog
from desktop.gui.dialogs.menus import Actions, menu
from desktop.gui.dialogs.search import SearchDialog
from desktop.gui.models.roles import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate


class SearchFlow(QObject):
    def __init__(self, window: MainWindow, actions: Actions) -> None:
        super().__init__(window)
        self.window = window
        self.search_dialog: SearchDialog | None = None
        edit_menu = menu(window, "edit")
        edit_menu.addSeparator()
        edit_menu.addAction(
            actions.add(
                "findInProject",
                QT_TRANSLATE_NOOP("menu", "Find in &project…"),
                self.search_open,
                "Ctrl+Shift+F",
            )
        )
        window.session.changed.connect(self._on_session_changed)

    def search_open(self) -> SearchDialog:
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.window.session.library, self.window)
            self.search_dialog.hit_activated.connect(self._on_search_hit_activated)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.query_edit.setFocus()
        self.search_dialog.query_edit.selectAll()
        return self.search_dialog

    def _on_search_hit_activated(self, article_id: int, start: int, end: int) -> None:
        self.window.select_article(article_id)
        self.window.reader.select_span(start, end)

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.documents and self.search_dialog is not None:
            self.search_dialog.invalidate()

    def apply_to_all(
        self, article_id: int, text: str, label: str, kind: str = "entity"
    ) -> ApplyToAllDialog:
        return open_apply_to_all(self.window, article_id, text, label, kind)


def open_apply_to_all(
    window: MainWindow, article_id: int, text: str, label: str, kind: str = "entity"
) -> ApplyToAllDialog:
    """Open the preview; OK pushes one ApplyToAll edit (one undo step) through the session."""
    session = window.session
    dialog = ApplyToAllDialog(session.library, article_id, text, label, kind, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def on_accepted() -> None:
        edit = dialog.edit()
        if edit is not None:
            session.push(edit)

    dialog.accepted.connect(on_accepted)
    dialog.open()
    return dialog
