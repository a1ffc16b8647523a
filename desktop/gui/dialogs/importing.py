"""Importing pages as the user does it: File > Import pages…, Import a folder…, or dropping
files and folders on the window (a project file dropped alone is opened instead; a doccano or
Label Studio dataset dropped alone opens File > Import dataset…'s preview,
:mod:`~desktop.gui.dialogs.dataset_import`).

All three end in :meth:`Session.import_paths` (the one import, run by the runner); this flow
only adds what the user sees of it: the progress dialog with Cancel, the summary in the status
bar, and the pages that could not be imported or were imported with a warning, one line
each, in a non-modal box.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.records import ImportReport
from desktop.gui import projects
from desktop.gui.dialogs.dataset_import import DatasetImportDialog, guess_format
from desktop.gui.dialogs.import_progress import ImportProgressDialog, summary_line
from desktop.gui.dialogs.menus import Actions, menu
from desktop.gui.error_text import problem_text
from desktop.gui.models.roles import QT_TRANSLATE_NOOP
from desktop.gui.runner import Task

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate

#: Warnings listed in the import's box itself (all of them under Show Details…).
WARNINGS_SHOWN = 8


class ImportFlow(QObject):
    """The import menu entries, drag and drop, and the import's dialogs for one window."""

    def __init__(self, window: MainWindow, actions: Actions, anchor: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.import_dialog: ImportProgressDialog | None = None
        self.problems_box: QMessageBox | None = None
        self.dataset_dialog: DatasetImportDialog | None = None
        file_menu = menu(window, "file")
        for action in (
            actions.add(
                "importPages", QT_TRANSLATE_NOOP("menu", "&Import pages…"), self.ask_files, "Ctrl+I"
            ),
            actions.add(
                "importFolder",
                QT_TRANSLATE_NOOP("menu", "Import a &folder of pages…"),
                self.ask_folder,
                "Ctrl+Shift+I",
            ),
            actions.add(
                "importDataset", QT_TRANSLATE_NOOP("menu", "Import &dataset…"), self.ask_dataset
            ),
        ):
            file_menu.insertAction(anchor, action)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.session.import_started.connect(self._on_session_import_started)

    # --- the user's ways in -------------------------------------------------------------------
    def ask_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("menu", "Import pages"),
            "",
            # the core's PAGE_SUFFIXES: plain text and the OCR tools' own formats
            translate(
                "menu",
                "Pages and OCR files (*.txt *.json *.hocr *.html *.xml *.tsv);;All files (*)",
            ),
        )
        if files:
            self.import_paths(files)

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, translate("menu", "Import every page in a folder")
        )
        if folder:
            self.import_paths([folder])

    def ask_dataset(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("menu", "Import dataset"),
            "",
            translate("menu", "doccano or Label Studio datasets (*.jsonl *.json);;All files (*)"),
        )
        if path:
            self.open_dataset(path)

    def open_dataset(self, path: str) -> DatasetImportDialog:
        """The dataset import's preview for ``path``; Apply imports it as one undo step."""
        dialog = DatasetImportDialog(self.window.session, path, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self.window.show_status)
        dialog.destroyed.connect(self._on_dataset_dialog_destroyed)
        dialog.open()
        self.dataset_dialog = dialog
        return dialog

    def _on_dataset_dialog_destroyed(self) -> None:
        self.dataset_dialog = None

    def import_paths(self, paths: Sequence[str]) -> Task | None:
        """Import files or folders in the background; the task, or None when one runs."""
        return self.window.session.import_paths(paths)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drag and drop of page files or folders anywhere on the window imports them."""
        if watched is self.window and isinstance(event, QDropEvent):  # also enter/move events
            paths = _local_paths(event.mimeData().urls())
            if paths and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                event.acceptProposedAction()
                return True
            if paths and event.type() == QEvent.Type.Drop:
                event.acceptProposedAction()
                if len(paths) == 1 and paths[0].lower().endswith(projects.PROJECT_SUFFIXES):
                    projects.open_project(self.window, paths[0])
                elif len(paths) == 1 and guess_format(paths[0]) is not None:
                    self.open_dataset(paths[0])
                else:
                    self.import_paths(paths)
                return True
        return super().eventFilter(watched, event)

    # --- what the user sees of it -------------------------------------------------------------
    def _on_session_import_started(self, task: Task) -> None:
        dialog = ImportProgressDialog(task, self.window)
        dialog.summarised.connect(self.window.show_status)
        dialog.reported.connect(self._on_import_dialog_reported)
        dialog.destroyed.connect(self._on_import_dialog_destroyed)
        self.import_dialog = dialog

    def _on_import_dialog_reported(self, report: ImportReport) -> None:
        """Pages that could not be imported, and pages imported with a warning (read shrunk,
        markup kept as text), are listed one line each, naming the file, in a non-modal box: the
        problems first, then the warnings, in the interface's language. The same warnings
        stay on the pages' rows in the article list (:mod:`desktop.gui.models.articles`)."""
        if not report.problems and not report.warnings:
            return
        box = QMessageBox(self.window)
        box.setObjectName("importProblems")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(
            translate("menu", "Import problems")
            if report.problems
            else translate("menu", "Import warnings")
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        lines = [problem_text(p) for p in (*report.problems, *report.warnings)]
        if report.problems:  # the summary quotes the first problem
            box.setText(summary_line(report))
            rest = lines[1:]
        else:
            box.setText(summary_line(report, quote=False))
            rest = lines
        # the first few of the others named in the box itself, not behind Show Details (a
        # batch with a refused file hid its warned pages there); a blank line between files:
        # a warning wraps over several lines in the box
        shown = rest[:WARNINGS_SHOWN]
        if shown:
            box.setInformativeText("\n\n".join(shown + ["…"] * (len(rest) > len(shown))))
        box.setDetailedText("\n".join(lines))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # non-modal (open() would make it window-modal): the pages are imported, and the user
        # may read them, and the warnings' rows, with the box still up
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        self.problems_box = box

    def _on_import_dialog_destroyed(self) -> None:
        self.import_dialog = None


def _local_paths(urls: list[QUrl]) -> list[str]:
    return [u.toLocalFile() for u in urls if u.isLocalFile() and u.toLocalFile()]
