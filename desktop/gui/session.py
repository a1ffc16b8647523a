"""The open project as the window sees it: the facade, the undo stack, its background tasks,
and change signals.

Every write goes through :meth:`Session.push` (an edit, wrapped in an undoable command) or
:meth:`Session.import_paths`; both announce what changed with :attr:`Session.changed` carrying
the core's :class:`~desktop.core.records.Changes`, so each view refreshes only that.
:meth:`Session.close` is the one place a project closes: it stops the session's tasks (an
import's pages still in flight are dropped, never stored), then closes the file.

Review status follows the work: the first edit that changes the spans of an article while it
is still "new" also marks it "in progress", in the same transaction and undo step. For the
article being read the status is known from the article as it was opened and from the Changes
since: no read per key press. An edit across articles (apply to all) marks the others too.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from desktop.core.edits import Edit, SetReviewStatus, StartReview
from desktop.core.facade import ImportDataset, LibraryView
from desktop.core.records import Changes, ReviewStatus
from desktop.gui import runner
from desktop.gui.operations import ImportOperation
from desktop.gui.runner import Operation, Task
from desktop.gui.undo import DatasetImportCommand, EditCommand

R = TypeVar("R")

#: During an import, the views hear of new pages at most this often (ms), and once at the end
#: (reloading a 10,000-article list after each of a thousand pages would be most of the import).
IMPORT_REFRESH_MS = 500


class Session(QObject):
    """Holds the library (:class:`~desktop.core.facade.LibraryView`) and the QUndoStack."""

    changed = Signal(object)  # Changes
    article_selected = Signal(int)
    project_opened = Signal()
    message_posted = Signal(str)  # one line for the status bar (errors included)
    import_started = Signal(object)  # the Task of an import, as it starts

    def __init__(self, library: LibraryView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.undo_stack = QUndoStack(self)
        self.article_id: int | None = None
        self._article_status: ReviewStatus | None = None  # of article_id, when known
        self._tasks: list[Task] = []
        self.import_task: Task | None = None
        self._pending: Changes | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(IMPORT_REFRESH_MS)
        self._flush_timer.timeout.connect(self._flush_import_changes)
        self._closed = False

    # --- editing ------------------------------------------------------------------------
    def push(self, edit: Edit, *, starts_review: bool = True) -> bool:
        """Apply ``edit`` as an undoable command; False when the core refused it.
        ``starts_review=False``: not the user's work (a re-suggestion), so it does not mark the
        article being read "in progress"."""
        command = self._command(edit, starts_review=starts_review)
        before = self.undo_stack.index()
        self.undo_stack.push(command)
        return self.undo_stack.index() != before or command.last_changes is not None

    def push_many(self, description: str, edits: Sequence[Edit]) -> None:
        """Several edits as one undo step (a macro)."""
        if not edits:
            return
        self.undo_stack.beginMacro(description)
        try:
            for edit in edits:
                self.undo_stack.push(self._command(edit))
        finally:
            self.undo_stack.endMacro()

    def push_dataset(self, edit: ImportDataset) -> str | None:
        """Apply a dataset import as one undoable step; the one-line error when the core
        refused it (nothing changed, nothing pushed), else None."""
        errors: list[str] = []
        self.undo_stack.push(
            DatasetImportCommand(self.library, edit, self._emit_changes, errors.append)
        )
        return errors[0] if errors else None

    def select_article(self, article_id: int, status: ReviewStatus | None = None) -> None:
        """The article being read (``status``: its review status, when the caller has it)."""
        if article_id != self.article_id or status is not None:
            self._article_status = status
        if article_id != self.article_id:
            self.article_id = article_id
            self.article_selected.emit(article_id)

    def _command(self, edit: Edit, *, starts_review: bool = True) -> EditCommand:
        return EditCommand(
            self.library,
            edit,
            self._emit_changes,
            self._on_command_failed,
            follow_up=self._review_follow_up if starts_review else None,
        )

    def _review_follow_up(self, changes: Changes) -> list[Edit]:
        """The first change to the spans of a "new" article starts its review: the article
        being read from what the window knows (no read per key press); the others an edit
        touched at once (apply to all) by one :class:`StartReview`, planned in the same
        transaction."""
        current = self.article_id
        follow: list[Edit] = []
        others = tuple(sorted(a for a in changes.articles if a != current))
        if others:
            follow.append(StartReview(others))
        if current is None or current not in changes.articles:
            return follow
        if self._article_status is None:  # not told when it was selected: ask once
            self._article_status = self.library.article(current).status
        if self._article_status == "new":
            follow.append(SetReviewStatus(current, "in_progress"))
        return follow

    # --- background work ----------------------------------------------------------------
    def run(self, operation: Operation[R]) -> Task:
        """Run ``operation`` in the background as one of this session's tasks (stopped when
        the project closes)."""
        task = runner.start(operation, self)
        if task.is_running():
            self._tasks.append(task)
            task.ended.connect(lambda t=task: self._forget(t))
        return task

    def import_paths(self, paths: Sequence[str | Path]) -> Task | None:
        """Import pages (files or folders) in the background: prepared in a worker, each page
        stored on this thread as it is ready. None (and a status line) when an import is
        already running. The task's ``finished(report)`` says what was imported."""
        if self.import_task is not None:
            self.message_posted.emit(
                QCoreApplication.translate("menu", "An import is already running.")
            )
            return None
        task = self.run(ImportOperation(self.library, paths, self._on_page_stored))
        if not task.is_running():  # could not even begin (the project is locked…)
            self.message_posted.emit(task.error or "")
            return task
        self.import_task = task
        # connected before anyone hears of the task: the last pages reach the views before
        # the import's summary reaches the status bar
        task.finished.connect(self._on_import_ended)
        task.failed.connect(self._on_import_ended)
        self.import_started.emit(task)
        return task

    def stop_tasks(self) -> None:
        """Cancel every task of the session and wait for each to end (before closing)."""
        for task in list(self._tasks):
            task.cancel()
            task.wait()

    def close(self) -> None:
        """Close the project: its tasks first (no page may be stored into a closed file)."""
        if self._closed:
            return
        self._closed = True  # what the stopped tasks still report changes no view
        self.stop_tasks()
        self.library.close()

    def _forget(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)

    def _on_page_stored(self, changes: Changes) -> None:
        pending = self._pending
        self._pending = Changes(
            description=changes.description,
            documents=True,
            labels=changes.labels or (pending is not None and pending.labels),
        )
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush_import_changes(self) -> None:
        self._flush_timer.stop()
        pending, self._pending = self._pending, None
        if pending is not None and not self._closed:
            self.changed.emit(pending)

    def _on_import_ended(self) -> None:
        self._flush_import_changes()
        self.import_task = None

    # --- plumbing -----------------------------------------------------------------------
    def _emit_changes(self, changes: Changes) -> None:
        status = None if self.article_id is None else changes.status_of(self.article_id)
        if status is not None:
            self._article_status = status
        elif self.article_id in changes.article_status:
            self._article_status = None  # changed without its record: read when next needed
        self.changed.emit(changes)

    def _on_command_failed(self, message: str) -> None:
        self.message_posted.emit(message)
