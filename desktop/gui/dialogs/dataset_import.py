"""File > Import dataset…: a doccano JSONL or Label Studio JSON file, previewed, then applied
as one undo step (issue 12 item 9).

The dialog reads what the import would change off the GUI thread
(:class:`~desktop.gui.operations.DatasetPreviewOperation`, run by the session's runner) and
shows it: the totals, a table by article (added, removed, replaced), the duplicate and skipped
records and the offsets used. An import that would remove or replace spans already in the
project is applied only once the user ticks "Remove the spans the file does not have
(replace)". When the core cannot tell how the file counts offsets (characters outside the BMP),
the user chooses UTF-16 code units or code points. Apply pushes one
:class:`~desktop.gui.undo.DatasetImportCommand` through :meth:`Session.push_dataset`; a file the
core refuses is one line in the dialog and the project is left as it was.

:func:`guess_format` recognises a dataset from the start of a file (cheap: drag and drop asks
it on the GUI thread) so a dropped dataset opens this dialog instead of the page import.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import i18n
from desktop.gui.operations import DatasetPreviewOperation, DatasetPreviews

if TYPE_CHECKING:
    from desktop.core.facade import ArticleChange, DatasetPreview
    from desktop.gui.runner import Task
    from desktop.gui.session import Session

# format -> name shown (the core's readable formats)
FORMATS: dict[str, str] = {"doccano": "doccano (JSONL)", "labelstudio": "Label Studio (JSON)"}
DATASET_SUFFIXES = (".jsonl", ".json")
_HEAD_BYTES = 64 * 1024
_DOCCANO_KEYS = ("label", "labels", "entities")
# a Label Studio task: its data is an object, its annotations and predictions are lists
_LABEL_STUDIO = re.compile(r'"data"\s*:\s*\{|"(annotations|predictions)"\s*:\s*\[')


def guess_format(path: str | Path) -> str | None:
    """ "doccano" or "labelstudio" when the start of ``path`` looks like that tool's dataset,
    else None (an OCR JSON page, not a dataset, unreadable). Reads at most 64 KB."""
    p = Path(path)
    if p.suffix.lower() not in DATASET_SUFFIXES:
        return None
    try:
        with p.open("rb") as f:
            head = f.read(_HEAD_BYTES).decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    except OSError:
        return None
    first_line = head.split("\n", 1)[0].strip()
    if first_line.startswith("{"):
        try:
            record = json.loads(first_line)
        except (json.JSONDecodeError, RecursionError):
            record = None
        if isinstance(record, dict):
            if isinstance(record.get("data"), dict):
                return "labelstudio"  # one task per line is not Label Studio's shape, but close
            if "text" in record and (
                p.suffix.lower() == ".jsonl" or any(k in record for k in _DOCCANO_KEYS)
            ):
                return "doccano"
    if head.startswith(("[", "{")) and _LABEL_STUDIO.search(head):
        return "labelstudio"
    if p.suffix.lower() == ".jsonl" and head.startswith("{"):
        return "doccano"
    return None


class DatasetImportDialog(QDialog):
    """Preview, then import, one dataset file into the session's project."""

    imported = Signal(str)  # what the status bar says once applied
    previewed = Signal()  # a preview (or its error) is shown: the tests wait for it

    def __init__(self, session: Session, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datasetImportDialog")
        self.setWindowTitle(self.tr("Import dataset"))
        self._session = session
        self.path = Path(path)
        self._task: Task | None = None
        self.found: DatasetPreviews | None = None
        self.preview: DatasetPreview | None = None
        self._refused = ""  # why the last Apply was refused, shown under the new preview

        self.format_box = QComboBox()
        for key, name in FORMATS.items():
            self.format_box.addItem(name, key)
        guessed = guess_format(self.path) or (
            "labelstudio" if self.path.suffix.lower() == ".json" else "doccano"
        )
        self.format_box.setCurrentIndex(self.format_box.findData(guessed))
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        file_label = QLabel(str(self.path))
        file_label.setTextFormat(Qt.TextFormat.PlainText)
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_label)
        form.addRow(self.tr("Format:"), self.format_box)

        # asked only when the file's offsets can be read two ways
        self.offsets_box = QGroupBox(self.tr("How the file counts offsets"))
        self.utf16_button = QRadioButton(self.tr("UTF-16 code units"))
        self.codepoints_button = QRadioButton(self.tr("Code points (characters)"))
        explain = QLabel(
            self.tr(
                "The text has characters outside the Basic Multilingual Plane (rare characters, "
                "emoji): doccano counts offsets in UTF-16 code units by default, most other "
                "tools in code points."
            )
        )
        explain.setWordWrap(True)
        offsets_layout = QVBoxLayout(self.offsets_box)
        offsets_layout.addWidget(explain)
        offsets_layout.addWidget(self.utf16_button)
        offsets_layout.addWidget(self.codepoints_button)
        self.utf16_button.toggled.connect(self._on_offsets_toggled)
        self.offsets_box.hide()

        self.status_label = QLabel()  # reading… / the totals
        self.status_label.setObjectName("datasetSummary")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.offsets_label = QLabel()
        self.offsets_label.setObjectName("datasetOffsets")
        self.error_label = QLabel()
        self.error_label.setObjectName("datasetError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("datasetArticles")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Article"), self.tr("Added"), self.tr("Removed"), self.tr("Replaced")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.notes = QPlainTextEdit()  # duplicates and skipped records, one line each
        self.notes.setObjectName("datasetNotes")
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(64)
        self.notes.hide()

        self.replace_box = QCheckBox(self.tr("Remove the spans the file does not have (replace)"))
        self.replace_box.setObjectName("datasetReplace")
        self.replace_box.toggled.connect(self._update_apply)
        self.replace_box.hide()
        # why Apply is greyed out while the file would remove spans and the tick is off
        self.apply_hint = QLabel(
            self.tr("Apply needs the tick above: this file removes or replaces spans.")
        )
        self.apply_hint.setObjectName("datasetApplyHint")
        self.apply_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.apply_hint.setWordWrap(True)
        self.apply_hint.setStyleSheet("QLabel { color: #616161; }")
        self.apply_hint.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("datasetApply")
        self.apply_button.setDefault(True)
        self.apply_button.setEnabled(False)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.offsets_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.offsets_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.apply_hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(640, 540)
        self.read_preview()

    # --- reading the preview ------------------------------------------------------------------
    def fmt(self) -> str:
        return str(self.format_box.currentData())

    def offsets(self) -> str | None:
        """The offsets the import uses: the user's choice when asked, else the preview's."""
        if self.found is not None and self.found.readings:
            return "utf16" if self.utf16_button.isChecked() else "codepoints"
        return self.preview.offsets if self.preview is not None else None

    def read_preview(self) -> None:
        """Read what the import would change, in the background."""
        self._show(None)
        self.found = None
        self.offsets_box.hide()
        self.status_label.setText(self.tr("Reading %1…").replace("%1", self.path.name))
        project = self._session.library.path
        task = self._session.run(DatasetPreviewOperation(project, self.fmt(), self.path))
        self._task = task
        if not task.is_running():  # could not even begin
            self._on_task_failed(task.error or "")
            return
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self._on_task_failed)

    def is_reading(self) -> bool:
        return self._task is not None

    @Slot(object)
    def _on_task_finished(self, found: DatasetPreviews) -> None:
        if self.sender() is not self._task:
            return  # the answer for a format no longer chosen
        self._task = None
        self.found = found
        if found.readings:
            self.offsets_box.show()
            # doccano's default, when that reading works
            utf16_works = not isinstance(found.readings.get("utf16"), str)
            wanted = self.utf16_button if utf16_works else self.codepoints_button
            blocked = self.utf16_button.blockSignals(True)
            wanted.setChecked(True)
            self.utf16_button.blockSignals(blocked)
            self._show_reading()
        else:
            self._show(found.preview)
        if self._refused:
            self._error(self._refused)
            self._refused = ""
        self.previewed.emit()

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        if self._task is not None and self.sender() not in (None, self._task):
            return
        self._task = None
        self._refused = ""
        self._show(None)
        self.status_label.setText("")
        self._error(message)
        self.previewed.emit()

    def _on_format_changed(self) -> None:
        self.read_preview()

    def _on_offsets_toggled(self) -> None:
        if self.found is not None and self.found.readings:
            self._show_reading()

    def _show_reading(self) -> None:
        assert self.found is not None
        key = "utf16" if self.utf16_button.isChecked() else "codepoints"
        reading = self.found.readings.get(key)
        if isinstance(reading, str) or reading is None:
            self._show(None)
            self.status_label.setText("")
            self._error(reading or "")
        else:
            self._show(reading)

    # --- showing it ---------------------------------------------------------------------------
    def _show(self, preview: DatasetPreview | None) -> None:
        self.preview = preview
        self.error_label.hide()
        self.table.setRowCount(0)
        self.notes.clear()
        self.notes.hide()
        self.offsets_label.setText("")
        self.replace_box.setVisible(preview is not None and preview.destructive)
        if preview is None:
            self._update_apply()
            return
        touched = [a for a in preview.articles if a.added or a.removed or a.replaced]
        self.status_label.setText(self._totals(preview, len(touched)))
        self.offsets_label.setText(
            self.tr("Offsets: UTF-16 code units")
            if preview.offsets == "utf16"
            else self.tr("Offsets: code points")
        )
        self.table.setRowCount(len(touched))
        for row, change in enumerate(touched):
            cells = [
                self._article_name(change),
                str(len(change.added)),
                str(len(change.removed)),
                str(len(change.replaced)),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        notes = [self.tr("Duplicate: %1").replace("%1", d) for d in preview.duplicates]
        notes += [self.tr("Skipped: %1").replace("%1", s) for s in preview.skipped]
        if notes:
            self.notes.setPlainText("\n".join(notes))
            self.notes.show()
        self._update_apply()

    def _totals(self, preview: DatasetPreview, touched: int) -> str:
        text = (
            self.tr("%1 record(s): %2 span(s) to add, %3 to remove, %4 to replace in %5 article(s)")
            .replace("%1", str(preview.records))
            .replace("%2", str(preview.added))
            .replace("%3", str(preview.removed))
            .replace("%4", str(preview.replaced))
            .replace("%5", str(touched))
        )
        parts = []
        if preview.new_articles:
            parts.append(self.tr("%1 new article(s)").replace("%1", str(preview.new_articles)))
        if preview.new_labels:
            listed = i18n.join_list(preview.new_labels)
            parts.append(self.tr("new label(s): %1").replace("%1", listed))
        if preview.duplicates:
            parts.append(
                self.tr("%1 duplicate record(s), read once").replace(
                    "%1", str(len(preview.duplicates))
                )
            )
        for part in parts:
            text = i18n.join_parts(text, part)
        return text

    def _article_name(self, change: ArticleChange) -> str:
        if change.article_id is None:
            return (
                self.tr("new article (%1 #%2)")
                .replace("%1", change.document)
                .replace("%2", str(change.index))
            )
        return (
            self.tr("article %1 (%2 #%3)")
            .replace("%1", str(change.article_id))
            .replace("%2", change.document)
            .replace("%3", str(change.index))
        )

    def _error(self, message: str) -> None:
        self.error_label.setText(message.splitlines()[0] if message else "")
        self.error_label.setVisible(bool(message))
        self._update_apply()

    def changes_anything(self) -> bool:
        p = self.preview
        return p is not None and bool(
            p.added or p.removed or p.replaced or p.new_articles or p.new_labels
        )

    def _update_apply(self) -> None:
        p = self.preview
        ready = p is not None and self.changes_anything()
        waiting = False
        if p is not None and p.destructive:
            waiting = ready and not self.replace_box.isChecked()
            ready = ready and self.replace_box.isChecked()
        self.apply_hint.setVisible(waiting)
        self.apply_button.setEnabled(ready)

    # --- applying -----------------------------------------------------------------------------
    def apply(self) -> bool:
        """Push the import as one undo step; close on success, else show its one line."""
        if not self.apply_button.isEnabled():
            return False
        library = self._session.library
        edit = library.dataset_edit(
            self.fmt(),
            self.path,
            replace=self.replace_box.isChecked(),
            offsets=self.offsets(),
        )
        error = self._session.push_dataset(edit)
        if error is not None:
            # the file or the project changed since the preview: show them as they are now,
            # with the line that says why nothing was done
            self._refused = error
            self.read_preview()
            self._error(error)
            return False
        self.imported.emit(self._session.undo_stack.text(self._session.undo_stack.index() - 1))
        self.accept()
        return True

    def done(self, result: int) -> None:
        self._task = None  # a preview still being read is dropped (the session ends it)
        super().done(result)
