"""Export the project's dataset: a format, the filters and options of ``newsdesk export``, an
output path, and a line saying what the chosen format will hold.

By default the export is the corrected dataset (accepted spans and the spans of reviewed
articles); "Include unreviewed suggestions" adds the automatic suggestions nobody checked
(Label Studio: as predictions). doccano's offsets (UTF-16 or code points) and the figures CSV's
byte-order mark are offered only for their format.

When accepted, the dialog runs ``Library.export`` as an
:class:`~desktop.gui.operations.ExportOperation` through :mod:`desktop.gui.runner` (its own read
connection to the project, off the GUI thread: 10,000 articles take seconds) and
reports the result with :attr:`ExportDialog.exported`; an error the user can act on is shown in
the dialog, which stays open. The format, folder and
filters of the last export are remembered (QSettings) for the next one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.models.roles import QT_TRANSLATE_NOOP, label_description
from desktop.gui.recent import app_settings

if TYPE_CHECKING:
    from desktop.core.facade import LibraryView
    from desktop.gui.operations import ExportChoices
    from desktop.gui.runner import Task

#: format -> (name shown, file suffix or "" for a folder)
FORMATS: dict[str, tuple[str, str]] = {
    "doccano": ("doccano (JSONL)", ".jsonl"),
    "labelstudio": ("Label Studio (JSON)", ".json"),
    "brat": (QT_TRANSLATE_NOOP("ExportDialog", "brat standoff (folder)"), ""),
    "bio": ("CoNLL / BIO", ".conll"),
    "figures-csv": (QT_TRANSLATE_NOOP("ExportDialog", "Figures (CSV)"), ".csv"),
    "figures-jsonl": (QT_TRANSLATE_NOOP("ExportDialog", "Figures (JSONL)"), ".jsonl"),
    "markdown": ("Markdown", ".md"),
}


class ExportDialog(QDialog):
    exported = Signal(int, str)  # number exported, output path

    def __init__(self, library: LibraryView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export dataset"))
        self._library = library
        self._folder = ""
        self._out = ""
        self._worker: Task | None = None
        self.format_box = QComboBox()
        for key, (name, _suffix) in FORMATS.items():
            self.format_box.addItem(self.tr(name), key)  # the tools' names stay as they are
        self.out_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(browse)
        self.reviewed_only = QCheckBox(self.tr("Only articles marked reviewed"))
        self.accepted_only = QCheckBox(
            self.tr("Only spans marked accepted (not the other spans of reviewed articles)")
        )
        self.suggestions = QCheckBox(self.tr("Include unreviewed suggestions"))
        self.suggestions.setObjectName("exportSuggestions")
        self.offsets_box = QComboBox()
        self.offsets_box.setObjectName("exportOffsets")
        self.offsets_box.addItem(self.tr("UTF-16 code units (default doccano project)"), "utf16")
        self.offsets_box.addItem(self.tr("code points (doccano with grapheme mode)"), "codepoints")
        self.offsets_label = QLabel(self.tr("Offsets"))
        self.csv_bom = QCheckBox(self.tr("Start with a byte-order mark (for spreadsheets)"))
        self.csv_bom.setObjectName("exportCsvBom")
        self.csv_bom.setChecked(True)
        self.included_label = QLabel()
        self.included_label.setObjectName("exportIncluded")
        self.included_label.setTextFormat(Qt.TextFormat.PlainText)
        self.included_label.setWordWrap(True)
        self.suggestions.toggled.connect(self._on_options_changed)
        self.label_list = QListWidget()
        self.label_list.setObjectName("exportLabels")
        for label in library.labels():
            item = QListWidgetItem(f"{label.name}  {label_description(label.description)}".strip())
            item.setData(Qt.ItemDataRole.UserRole, label.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.label_list.addItem(item)
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # errors quote paths
        self.error_label.setObjectName("exportError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy indicator: the export does not report progress
        self.busy.setFormat(self.tr("Exporting…"))
        self.busy.setTextVisible(True)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Save to"), out_row)
        form.addRow("", self.reviewed_only)
        form.addRow("", self.accepted_only)
        form.addRow("", self.suggestions)
        form.addRow(self.offsets_label, self.offsets_box)
        form.addRow("", self.csv_bom)
        form.addRow(self.tr("Labels"), self.label_list)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.included_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.format_box.currentIndexChanged.connect(self._on_format_box_changed)
        self._restore()
        self._on_format_box_changed()

    # --- remembered between exports ----------------------------------------------------------
    def _restore(self) -> None:
        settings = app_settings()
        self._folder = str(settings.value("export/folder", "") or "")
        fmt = str(settings.value("export/format", "") or "")
        if fmt in FORMATS:
            self.set_format(fmt)
        self.reviewed_only.setChecked(settings.value("export/reviewed_only", "false") == "true")
        self.accepted_only.setChecked(settings.value("export/accepted_only", "false") == "true")

    def _remember(self, out: str) -> None:
        settings = app_settings()
        settings.setValue("export/format", self.fmt())
        settings.setValue("export/folder", str(Path(out).parent))
        settings.setValue(
            "export/reviewed_only", "true" if self.reviewed_only.isChecked() else "false"
        )
        settings.setValue(
            "export/accepted_only", "true" if self.accepted_only.isChecked() else "false"
        )

    # --- what the user chose ----------------------------------------------------------------
    def fmt(self) -> str:
        return str(self.format_box.currentData())

    def options(self) -> ExportChoices:
        """:meth:`Library.export`'s keywords for the chosen filters and options."""
        return {
            "reviewed_only": self.reviewed_only.isChecked(),
            "accepted_only": self.accepted_only.isChecked(),
            "labels": self.chosen_labels(),
            "suggestions": self.suggestions.isChecked(),
            "offsets": "codepoints" if self.offsets_box.currentData() == "codepoints" else "utf16",
            "csv_bom": self.csv_bom.isChecked(),
        }

    def included_text(self) -> str:
        """What the chosen format will hold, in one or two sentences."""
        fmt, with_suggestions = self.fmt(), self.suggestions.isChecked()
        if fmt == "markdown":
            return self.tr("Included: the clean article text only, no spans.")
        if fmt == "labelstudio":
            text = self.tr(
                "Included: accepted spans and the spans of reviewed articles, as annotations."
            )
            if with_suggestions:
                text += " " + self.tr("Unreviewed suggestions as predictions.")
            return text + " " + self.tr("The labeling config is written beside the tasks.")
        if fmt in ("figures-csv", "figures-jsonl"):
            text = self.tr("Included: accepted figures and the figures of reviewed articles.")
            if with_suggestions:
                text += " " + self.tr("Unreviewed suggested figures too (status: suggested).")
            return text
        text = self.tr("Included: accepted spans and the spans of reviewed articles.")
        if with_suggestions:
            if fmt == "brat":
                text += " " + self.tr("Unreviewed suggestions too, marked Suggested.")
            else:
                text += " " + self.tr("Unreviewed suggestions too, as ordinary spans.")
        else:
            text += " " + self.tr("Unreviewed suggestions are left out.")
        if fmt == "bio":
            text += " " + self.tr("A span inside another is dropped (one tag per character).")
        return text

    def set_format(self, fmt: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(fmt))

    def chosen_labels(self) -> list[str] | None:
        """The ticked labels, or None when all are ticked (no filter)."""
        names, all_ticked = [], True
        for row in range(self.label_list.count()):
            item = self.label_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                names.append(str(item.data(Qt.ItemDataRole.UserRole)))
            else:
                all_ticked = False
        return None if all_ticked else names

    def default_out(self, fmt: str) -> str:
        project = Path(self._library.path)
        folder = Path(self._folder) if self._folder else project.parent
        return str(folder / f"{project.stem}-{fmt}{FORMATS[fmt][1]}")

    # --- slots ---------------------------------------------------------------------------------
    @Slot()
    def _on_format_box_changed(self) -> None:
        current = self.out_edit.text()
        if not current or any(current == self.default_out(f) for f in FORMATS):
            self.out_edit.setText(self.default_out(self.fmt()))
        fmt = self.fmt()
        self.offsets_label.setVisible(fmt == "doccano")
        self.offsets_box.setVisible(fmt == "doccano")
        self.csv_bom.setVisible(fmt == "figures-csv")
        self.suggestions.setVisible(fmt != "markdown")
        self._on_options_changed()

    @Slot()
    def _on_options_changed(self) -> None:
        self.included_label.setText(self.included_text())

    @Slot()
    def _on_browse_clicked(self) -> None:
        if FORMATS[self.fmt()][1] == "":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"))
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to"), self.out_edit.text()
            )
        if chosen:
            self.out_edit.setText(chosen)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        out = self.out_edit.text().strip()
        if not out:
            self._show_error(self.tr("Choose where to save the export."))
            return
        labels = self.chosen_labels()
        if labels == []:
            self._show_error(self.tr("Tick at least one label."))
            return
        from desktop.gui import runner
        from desktop.gui.operations import ExportOperation

        self._out = out
        self.error_label.hide()
        self._set_busy(True)
        # No parent: the dialog may be destroyed with its window while the file is being
        # written; the runner keeps the task (and its thread) until the export ends.
        self._worker = runner.start(
            ExportOperation(self._library.path, self.fmt(), out, **self.options())
        )
        self._worker.finished.connect(self._on_worker_exported)
        self._worker.failed.connect(self._on_worker_failed)

    def is_busy(self) -> bool:
        return self._worker is not None

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        widgets = (
            self.format_box,
            self.out_edit,
            self.reviewed_only,
            self.accepted_only,
            self.suggestions,
            self.offsets_box,
            self.csv_bom,
        )
        for widget in widgets:
            widget.setEnabled(not busy)
        self.label_list.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._worker = None
        self._set_busy(False)
        self._show_error(message)

    @Slot(object)
    def _on_worker_exported(self, count: int) -> None:
        self._worker = None
        self._set_busy(False)
        out = self._out
        self._remember(out)
        self.exported.emit(int(count), out)
        self.accept()

    def reject(self) -> None:
        """Cancel closes the dialog; an export already writing finishes first (it is atomic)."""
        if self._worker is not None:
            self._worker.wait()
        super().reject()
