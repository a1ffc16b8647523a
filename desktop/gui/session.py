"""The open project as the window sees it: the facade, the undo stack, and change signals.

Every write goes through :meth:`Session.push` (an edit, wrapped in an undoable command) or an
import; both announce what changed with :attr:`Session.changed` carrying the core's
:class:`~desktop.core.records.Changes`, so each view refreshes only that.
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
        self._import_worker: QObject | None = None

    # --- editing ------------------------------------------------------------------------
    def push(self, edit: EditLike) -> bool:
        """Apply ``edit`` as an undoable command; False when the core refused it."""
        command = EditCommand(self.library, edit, self._emit_changes, self._on_command_failed)
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
                self.undo_stack.push(
                    EditCommand(self.library, edit, self._emit_changes, self._on_command_failed)
                )
        finally:
            self.undo_stack.endMacro()

    def select_article(self, article_id: int) -> None:
        if article_id != self.article_id:
            self.article_id = article_id
            self.article_selected.emit(article_id)

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
