"""Progress of an import running in :class:`desktop.gui.workers.ImportWorker`, with Cancel.

The dialog only watches the worker: Cancel asks the worker to stop after the current page
(pages already stored stay), and the dialog closes itself when the worker finishes. The
one-line summary is emitted as :attr:`ImportProgressDialog.summarised` for the status bar.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from desktop.core.records import ImportReport


def summary_line(report: ImportReport) -> str:
    """One line saying what an import did, e.g. "Imported 3 pages; 1 already present"."""
    translate = QCoreApplication.translate
    imported, skipped, problems = len(report.imported), len(report.skipped), len(report.problems)
    parts = [translate("import", "Imported %n page(s)", "", imported)]
    if skipped:
        parts.append(translate("import", "%n already in the project", "", skipped))
    if problems:
        parts.append(translate("import", "%n could not be read", "", problems))
    line = "; ".join(parts)
    if report.cancelled:
        line += translate("import", " (cancelled)")
    if report.problems:
        line += ": " + report.problems[0].message
    return line


class ImportProgressDialog(QProgressDialog):
    """Shows ``progressed(done, total, name)`` of a running worker; Cancel cancels it."""

    summarised = Signal(str)
    reported = Signal(object)  # the ImportReport, once the import has ended

    def __init__(self, worker: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup
        self.setLabel(label)
        self.setWindowTitle(self.tr("Importing pages"))
        self.setLabelText(self.tr("Preparing…"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(400)  # a one-page import should not flash a dialog
        self.setRange(0, 0)
        self.problems: list[str] = []
        self._worker = worker
        worker.progressed.connect(self._on_worker_progressed)
        worker.problem.connect(self._on_worker_problem)
        worker.finished.connect(self._on_worker_finished)
        self.canceled.connect(self._on_self_canceled)

    @Slot(int, int, str)
    def _on_worker_progressed(self, done: int, total: int, name: str) -> None:
        self.setRange(0, max(total, 1))
        self.setValue(min(done, max(total, 1)))
        if name:
            self.setLabelText(
                self.tr("Imported %1 of %2: %3")
                .replace("%1", str(done))
                .replace("%2", str(total))
                .replace("%3", name)
            )

    @Slot(str)
    def _on_worker_problem(self, message: str) -> None:
        self.problems.append(message)

    @Slot()
    def _on_self_canceled(self) -> None:
        self.setLabelText(self.tr("Cancelling…"))
        self._worker.cancel()

    @Slot(object)
    def _on_worker_finished(self, report: ImportReport) -> None:
        self.summarised.emit(summary_line(report))
        self.reported.emit(report)
        self.reset()
        self.close()
        self.deleteLater()
