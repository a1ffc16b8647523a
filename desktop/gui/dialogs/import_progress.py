"""Progress of an import run by :mod:`desktop.gui.runner`, with Cancel.

The dialog only watches the task: Cancel asks it to stop after the current page (pages already
stored stay), and the dialog closes itself when the task ends. The one-line summary is emitted
as :attr:`ImportProgressDialog.summarised` for the status bar; an import that failed as a whole
(the project file went away) is summarised by its one-line error.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from desktop.core.records import ImportReport
from desktop.gui import i18n
from desktop.gui.error_text import problem_text
from desktop.gui.runner import Task


def summary_line(report: ImportReport, *, quote: bool = True) -> str:
    """One line saying what an import did: "Imported 3 pages", or with what was left out
    "Imported 11 of 20 pages; 6 already in the project; 3 could not be read: …", and the pages
    imported with a warning "Imported 2 pages; 1 with a warning: page.json: its boxes show…".
    The first problem is quoted, else the first warning (in the interface's language), unless
    ``quote`` is False (a box that lists them all)."""
    translate = QCoreApplication.translate
    imported, skipped, problems = len(report.imported), len(report.skipped), len(report.problems)
    if skipped or problems:
        parts = [
            translate("import", "Imported %1 of %2 pages")
            .replace("%1", str(imported))
            .replace("%2", str(imported + skipped + problems))
        ]
    else:
        parts = [translate("import", "Imported %n page(s)", "", imported)]
    if skipped:
        parts.append(translate("import", "%n already in the project", "", skipped))
    if problems:
        parts.append(translate("import", "%n could not be read", "", problems))
    warned = len({w.path for w in report.warnings})
    if warned:
        parts.append(translate("import", "%n with a warning", "", warned))
    line = parts[0]
    for part in parts[1:]:
        line = i18n.join_parts(line, part)
    if report.cancelled:
        line += translate("import", " (cancelled)")
    if quote and report.problems:
        line = i18n.join_quote(line, problem_text(report.problems[0]))
    elif quote and report.warnings:
        line = i18n.join_quote(line, problem_text(report.warnings[0]))
    return line


class ImportProgressDialog(QProgressDialog):
    """Shows ``progressed(done, total, name)`` of a running import task; Cancel cancels it."""

    summarised = Signal(str)
    reported = Signal(object)  # the ImportReport, once the import has ended

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup
        self.setLabel(label)
        self.setWindowTitle(self.tr("Importing pages"))
        # busy (no percentage) until the first page is ready: preparing one takes a while
        total = getattr(task.operation, "total", None)
        self.setLabelText(
            self.tr("Reading %n file(s)…", "", total)
            if isinstance(total, int) and total > 0
            else self.tr("Reading the files…")
        )
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(400)  # a one-page import should not flash a dialog
        self.setRange(0, 0)
        self._task = task
        task.progressed.connect(self._on_task_progressed)
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self._on_task_failed)
        self.canceled.connect(self._on_self_canceled)
        # Escape rejects the dialog, which only hid it while the import went on: it cancels,
        # as the button does
        self.rejected.connect(self._on_self_canceled)

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, name: str) -> None:
        self.setRange(0, max(total, 1))
        self.setValue(min(done, max(total, 1)))
        if name:  # read, not imported: pages already present or unreadable count too
            self.setLabelText(
                self.tr("Read %1 of %2 files: %3")
                .replace("%1", str(done))
                .replace("%2", str(total))
                .replace("%3", name)
            )

    @Slot()
    def _on_self_canceled(self) -> None:
        self.setLabelText(self.tr("Cancelling…"))
        self._task.cancel()

    @Slot(object)
    def _on_task_finished(self, report: ImportReport) -> None:
        line = summary_line(report)
        if not report.cancelled:  # every file was read: the bar says so with the words
            self.setRange(0, max(self.maximum(), 1))
            self.setValue(self.maximum())
        self.setLabelText(line)
        self.summarised.emit(line)
        self.reported.emit(report)
        self._close()

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        self.summarised.emit(message)
        self._close()

    def _close(self) -> None:
        self.rejected.disconnect(self._on_self_canceled)  # closing is not cancelling
        self.reset()
        self.close()
        self.deleteLater()
