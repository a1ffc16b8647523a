"""The open project as the window sees it: the facade, the undo stack, and change signals.

Every write goes through :meth:`Session.push` (an edit, wrapped in an undoable command) or an
import; both announce what changed with :attr:`Session.changed` carrying the core's
:class:`~desktop.core.records.Changes`, so each view refreshes only that.

Review status follows the work: the first edit that changes the spans of the article being
read, while it is still "new", also marks it "in progress", in the same undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.core.records import Changes
from desktop.gui.undo import EditCommand, EditLike


class Session(QObject):
    """Holds the :class:`~desktop.core.library.Library` and the window's QUndoStack."""

    changed = Signal(object)  # Changes
    article_selected = Signal(int)
    project_opened = Signal()
    message_posted = Signal(str)  # one line for the status bar (errors included)

    def __init__(self, library: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.undo_stack = QUndoStack(self)
        self.article_id: int | None = None
        self._article_status: str | None = None  # of article_id; None: not known, read it
        self._import_worker: QObject | None = None

    # --- editing ------------------------------------------------------------------------
    def push(self, edit: EditLike) -> bool:
        """Apply ``edit`` as an undoable command; False when the core refused it."""
        command = self._command(edit)
        before = self.undo_stack.index()
        self.undo_stack.push(command)
        return self.undo_stack.index() != before or command.last_changes is not None

    def push_many(self, description: str, edits: Sequence[EditLike]) -> None:
        """Several edits as one undo step (a macro)."""
        if not edits:
            return
        self.undo_stack.beginMacro(description)
        try:
            for edit in edits:
                self.undo_stack.push(self._command(edit))
        finally:
            self.undo_stack.endMacro()

    def select_article(self, article_id: int, status: str | None = None) -> None:
        """The article being read (``status``: its review status, when the caller has it)."""
        if article_id != self.article_id or status is not None:
            self._article_status = status
        if article_id != self.article_id:
            self.article_id = article_id
            self.article_selected.emit(article_id)

    def _command(self, edit: EditLike) -> EditCommand:
        return EditCommand(
            self.library,
            edit,
            self._emit_changes,
            self._on_command_failed,
            follow_up=self._review_follow_up,
        )

    def _review_follow_up(self, changes: Changes) -> list[EditLike]:
        """The first change to the spans of a "new" article being read starts its review."""
        current = self.article_id
        if current is None or current not in changes.articles:
            return []
        if self._article_status is None:
            self._article_status = self.library.article(current).status
        if self._article_status != "new":
            return []
        from desktop.core.edits import SetReviewStatus

        return [SetReviewStatus(current, "in_progress")]

    # --- importing ----------------------------------------------------------------------
    def import_paths(self, paths: Sequence[str | Path]) -> QObject:
        """Import pages in a worker thread; the main thread stores each page as it is ready.

        Returns the worker: ``progressed``, ``problem`` and ``finished(report)`` report on it.
        """
        from desktop.gui.workers import ImportWorker

        worker = ImportWorker(self, store=self.library.store_prepared)
        worker.stored.connect(self._emit_changes)
        worker.problem.connect(self.message_posted)
        worker.finished.connect(self._on_worker_finished)
        self._import_worker = worker
        worker.start([str(p) for p in paths])
        return worker

    def stop_import(self) -> None:
        """Cancel a running import (before the project closes): pages prepared after this are
        dropped, never stored. The worker's thread ends by itself; the app joins it on quit."""
        worker = self._import_worker
        if worker is not None:
            worker.cancel()  # type: ignore[attr-defined]

    def _on_worker_finished(self, report: object) -> None:
        self._import_worker = None
        self.message_posted.emit(_report_line(report))

    # --- plumbing -----------------------------------------------------------------------
    def _emit_changes(self, changes: Changes) -> None:
        if self.article_id in changes.article_status:
            self._article_status = None  # read again when next needed
        self.changed.emit(changes)

    def _on_command_failed(self, message: str) -> None:
        self.message_posted.emit(message)


def _report_line(report: object) -> str:
    imported = len(getattr(report, "imported", ()))
    skipped = len(getattr(report, "skipped", ()))
    problems = getattr(report, "problems", ())
    line = f"Imported {imported} page(s), {skipped} already present, {len(problems)} problem(s)"
    if problems:
        line += f": {problems[0].message}"
    return line
