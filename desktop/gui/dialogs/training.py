"""Annotate > Train the project's model… (issue 10): learn from the reviewed articles in the
background, say how well it did, then offer to re-suggest the articles not reviewed.

The flow, one task at a time:

1. :class:`~desktop.gui.train_operations.TrainOperation` runs through the session's runner; a
   non-modal progress dialog follows it (the window stays usable) and its Cancel stops the
   training (the stored model is left as it was).
2. A failure is told once, in a message box (one line: too few reviewed articles, the file…).
3. Done: a box gives the F1 on the reviewed articles held back from training, the shipped
   model's beside the project's, and asks whether to re-suggest the unreviewed articles.
4. Yes: :class:`~desktop.gui.train_operations.ResuggestOperation` builds the edit in the
   background and the session pushes it: one undo step ("Undo Re-suggest entities in 12
   article(s)").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog

from desktop.gui import i18n
from desktop.gui.models.roles import QT_TRANSLATE_NOOP
from desktop.gui.runner import Task
from desktop.gui.train_operations import STEPS, ResuggestOperation, TrainOperation

if TYPE_CHECKING:
    from desktop.core.edits import Resuggest
    from desktop.core.learn import TrainReport
    from desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate  # context "train" (pyside6-lupdate reads the calls)


def report_text(report: TrainReport) -> str:
    """What a training did, in a few plain lines."""
    return (
        translate("train", "Trained on %1 reviewed article(s) in %2 s.")
        .replace("%1", str(report.sentences))
        .replace("%2", f"{report.seconds:.1f}")
        + "\n"
        + translate(
            "train", "F1 on %1 reviewed article(s) held back from training: %2 (shipped model: %3)."
        )
        .replace("%1", str(report.held_back))
        .replace("%2", f"{report.f1_project:.3f}")
        .replace("%3", f"{report.f1_shipped:.3f}")
    )


class TrainFlow(QObject):
    """The Train command of one window: its action, progress dialog and report box."""

    #: the training's report, once it has ended (not when cancelled or failed)
    trained = Signal(object)
    #: the re-suggestion, once it is on the undo stack
    resuggested = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        # bound, not translated once: the menu follows a later language switch
        i18n.bind_text(
            self.action, "train", QT_TRANSLATE_NOOP("train", "&Train the project's model…")
        )
        self.action.setObjectName("trainModel")
        self.action.triggered.connect(self._on_action_triggered)
        window.add_annotate_action(self.action)
        self.task: Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.report_box: QMessageBox | None = None
        self.error_box: QMessageBox | None = None
        self.resuggest_task: Task | None = None

    # --- training ---------------------------------------------------------------------------
    def start(self) -> Task | None:
        """Start training (None, and a status line, when a training or re-suggestion runs)."""
        if self._busy():
            self.window.show_status(
                translate("train", "The project's model is already being trained.")
            )
            return None
        session = self.window.session
        task = session.run(TrainOperation(session.library.path))
        self.task = task
        if not task.is_running():  # could not even begin
            self._on_train_failed(task.error or "")
            return task
        self.progress_dialog = self._progress(task)
        task.finished.connect(self._on_train_finished)
        task.failed.connect(self._on_train_failed)
        return task

    def _busy(self) -> bool:
        return any(t is not None and t.is_running() for t in (self.task, self.resuggest_task))

    def _progress(self, task: Task) -> QProgressDialog:
        dialog = QProgressDialog(self.window)
        dialog.setObjectName("trainProgress")
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        dialog.setLabel(label)
        dialog.setWindowTitle(translate("train", "Training the project's model"))
        dialog.setLabelText(translate("train", "Learning from the reviewed articles…"))
        dialog.setCancelButtonText(translate("train", "Cancel"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # reading and editing go on
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setRange(0, STEPS)
        dialog.setValue(0)
        task.progressed.connect(self._on_task_progressed)
        dialog.canceled.connect(self._on_progress_canceled)
        # Escape rejects the dialog, which only hid it while the training went on: it
        # cancels, as the button does
        dialog.rejected.connect(self._on_progress_canceled)
        dialog.show()
        return dialog

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, _name: str) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setRange(0, max(total, 1))
            self.progress_dialog.setValue(min(done, max(total, 1)))

    @Slot()
    def _on_progress_canceled(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(translate("train", "Cancelling…"))
        if self.task is not None:
            self.task.cancel()

    def _close_progress(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self._on_progress_canceled)
            dialog.rejected.disconnect(self._on_progress_canceled)
            dialog.reset()
            dialog.close()
            dialog.deleteLater()

    @Slot(str)
    def _on_train_failed(self, message: str) -> None:
        self._close_progress()
        box = self._box(QMessageBox.Icon.Warning, translate("train", "Training failed"), message)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        self.error_box = box
        box.open()

    @Slot(object)
    def _on_train_finished(self, report: TrainReport | None) -> None:
        self._close_progress()
        if report is None:
            self.window.show_status(
                translate("train", "Training cancelled; the project's model is unchanged.")
            )
            return
        self.trained.emit(report)
        open_articles = sum(
            1 for s in self.window.session.library.article_summaries() if s.status != "reviewed"
        )
        text = report_text(report)
        box = self._box(
            QMessageBox.Icon.Information, translate("train", "The project's model is trained"), text
        )
        self.window.show_status(text.replace("\n", " "))
        if open_articles:
            box.setInformativeText(
                translate(
                    "train",
                    "Re-suggest the entities of the %1 article(s) not reviewed with it? Your own,"
                    " accepted and rejected spans stay; Edit > Undo takes it back in one step.",
                ).replace("%1", str(open_articles))
            )
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            box.setDefaultButton(QMessageBox.StandardButton.Yes)
            box.finished.connect(self._on_report_box_finished)
        else:
            box.setStandardButtons(QMessageBox.StandardButton.Close)
        self.report_box = box
        box.open()

    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages name files: never markup
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box

    @Slot(int)
    def _on_report_box_finished(self, result: int) -> None:
        self.report_box = None
        if result == QMessageBox.StandardButton.Yes.value:
            self.resuggest()

    # --- re-suggesting ----------------------------------------------------------------------
    def resuggest(self) -> Task | None:
        """Build the re-suggestion in the background, then push it as one undo step."""
        if self._busy():
            return None
        session = self.window.session
        task = session.run(ResuggestOperation(session.library.path))
        self.resuggest_task = task
        if not task.is_running():
            self._on_train_failed(task.error or "")
            return task
        self.window.show_status(translate("train", "Re-suggesting the articles not reviewed…"))
        task.finished.connect(self._on_resuggest_finished)
        task.failed.connect(self._on_train_failed)
        return task

    @Slot(object)
    def _on_resuggest_finished(self, edit: Resuggest | None) -> None:
        if edit is None:
            return
        if self.window.session.push(edit, starts_review=False):
            self.resuggested.emit(edit)

    @Slot()
    def _on_action_triggered(self) -> None:
        self.start()
