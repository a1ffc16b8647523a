"""The workflows around the main window: import, export, search, projects, language, help.

:func:`install` adds them to a window built by ``desktop.gui.create_main_window`` (see
:mod:`desktop.gui.dialogs.workflows` for what it relies on); :func:`apply_to_all` is the
preview the window's Annotate menu opens; :func:`show_font_message` is the start-up warning
when no Chinese font is installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.gui.dialogs.apply_all import ApplyToAllDialog
from desktop.gui.dialogs.export import ExportDialog
from desktop.gui.dialogs.import_progress import ImportProgressDialog
from desktop.gui.dialogs.search import SearchDialog
from desktop.gui.dialogs.search_flow import open_apply_to_all
from desktop.gui.dialogs.shortcuts import CheatSheetDialog
from desktop.gui.dialogs.workflows import Workflows

if TYPE_CHECKING:
    from desktop.core.records import Annotation
    from desktop.gui.main_window import MainWindow

__all__ = [
    "ApplyToAllDialog",
    "CheatSheetDialog",
    "ExportDialog",
    "ImportProgressDialog",
    "SearchDialog",
    "Workflows",
    "apply_to_all",
    "install",
    "show_font_message",
]


def install(window: MainWindow) -> None:
    """Add import/export/search/projects/language/help to ``window`` and enable drag and drop."""
    window.workflows = Workflows(window)


def apply_to_all(window: MainWindow, span: Annotation) -> ApplyToAllDialog:
    """The preview for "apply to all occurrences" of ``span``, from the window's Annotate
    menu; OK pushes one ApplyToAll edit through ``window.session``."""
    return open_apply_to_all(window, span.article_id, span.quote, span.label, span.kind)


def show_font_message(parent: QWidget | None, message: str) -> QMessageBox:
    """Tell the user no CJK font is installed (non-modal, so start-up is not blocked)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("menu", "No Chinese font"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
