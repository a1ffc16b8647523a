"""The workflows :func:`desktop.gui.dialogs.install` adds to one main window, one module each:

- :mod:`~desktop.gui.dialogs.project_menu`: File > New project, Recent projects (opening a
  project is :mod:`desktop.gui.projects`, the one place it happens);
- :mod:`~desktop.gui.dialogs.importing`: File > Import pages / a folder, drag and drop, the
  import's progress and problems (the import itself is the session's, run by the runner);
- File > Export… (below), Edit > Find in project and the apply-to-all preview
  (:mod:`~desktop.gui.dialogs.search_flow`), Edit > History
  (:mod:`~desktop.gui.dialogs.history`), Help and View > Language
  (:mod:`~desktop.gui.dialogs.help_menu`).

:class:`Workflows` only composes them and keeps their actions by name.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from desktop.gui import projects
from desktop.gui.dialogs.apply_all import ApplyToAllDialog
from desktop.gui.dialogs.export import ExportDialog
from desktop.gui.dialogs.help_menu import HelpMenu, LanguageMenu
from desktop.gui.dialogs.history import HistoryFlow
from desktop.gui.dialogs.import_progress import ImportProgressDialog
from desktop.gui.dialogs.importing import ImportFlow
from desktop.gui.dialogs.menus import Actions, menu
from desktop.gui.dialogs.project_menu import ProjectMenu
from desktop.gui.dialogs.search import SearchDialog
from desktop.gui.dialogs.search_flow import SearchFlow
from desktop.gui.dialogs.training import TrainFlow
from desktop.gui.models.roles import QT_TRANSLATE_NOOP
from desktop.gui.runner import Task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QMessageBox

    from desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate


class Workflows(QObject):
    """Owns the actions and dialogs :func:`install` adds to one window (``window.workflows``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions = Actions(window)
        self.projects = ProjectMenu(window, self.actions)
        self.importing = ImportFlow(window, self.actions, self.projects.anchor)
        menu(window, "file").insertAction(
            self.projects.anchor,
            self.actions.add(
                "exportDataset",
                QT_TRANSLATE_NOOP("menu", "&Export…"),
                self.export_dialog_open,
                "Ctrl+E",
            ),
        )
        self.search = SearchFlow(window, self.actions)
        self.history = HistoryFlow(window, self.actions)
        self.language = LanguageMenu(window)
        self.help = HelpMenu(window, self.actions)
        self.training = TrainFlow(window)
        self.actions["trainModel"] = self.training.action

    # --- what the window and the tests reach for ------------------------------------------------
    @property
    def recent_menu(self) -> QMenu:
        return self.projects.recent_menu

    @property
    def language_menu(self) -> QMenu:
        return self.language.language_menu

    @property
    def import_dialog(self) -> ImportProgressDialog | None:
        return self.importing.import_dialog

    @property
    def problems_box(self) -> QMessageBox | None:
        return self.importing.problems_box

    @property
    def search_dialog(self) -> SearchDialog | None:
        return self.search.search_dialog

    def import_paths(self, paths: Sequence[str]) -> Task | None:
        return self.importing.import_paths(paths)

    def open_project(self, path: str | Path) -> MainWindow | None:
        return projects.open_project(self.window, path)

    def apply_to_all(
        self, article_id: int, text: str, label: str, kind: str = "entity"
    ) -> ApplyToAllDialog:
        return self.search.apply_to_all(article_id, text, label, kind)

    # --- exporting ------------------------------------------------------------------------------
    def export_dialog_open(self) -> ExportDialog:
        dialog = ExportDialog(self.window.session.library, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.open()
        return dialog

    def _on_export_dialog_exported(self, count: int, out: str) -> None:
        self.window.show_status(
            translate("menu", "Exported %1 article(s) to %2")
            .replace("%1", str(count))
            .replace("%2", out)
        )
