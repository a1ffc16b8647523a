"""One generic undo command wrapping the core's reversible edits.

``QUndoStack.push`` runs ``redo()`` at once: the command applies the edit (through the
facade, persisted on return), nothing else does. ``undo()`` reverts it. Consecutive resizes of
one span merge into one command (a drag of a boundary undoes in one step). An edit the core
refuses (:class:`~desktop.core.errors.EditError`) makes the command obsolete, so it never
lands on the stack; the error goes to ``on_error``.

``follow_up`` lets the session attach edits that belong to the same step (the first edit in a
"new" article also marks it "in progress"): it is asked once, after the first successful apply,
and what it returns is applied, undone and redone together with the edit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from desktop.core.errors import NewsdeskError
from desktop.core.records import Changes


class EditLike(Protocol):
    @property
    def description(self) -> str: ...


class Applier(Protocol):
    def apply(self, edit: Any) -> Changes: ...
    def revert(self, edit: Any) -> Changes: ...


ChangesSink = Callable[[Changes], None]
ErrorSink = Callable[[str], None]
FollowUp = Callable[[Changes], "list[Any]"]

_RESIZE_ID = 1001


class EditCommand(QUndoCommand):
    """Applies ``edit`` on redo and reverts it on undo; reports what changed to ``on_changes``."""

    def __init__(
        self,
        library: Applier,
        edit: EditLike,
        on_changes: ChangesSink,
        on_error: ErrorSink | None = None,
        parent: QUndoCommand | None = None,
        follow_up: FollowUp | None = None,
    ) -> None:
        super().__init__(edit.description, parent)
        self._library = library
        self._edits: list[Any] = [edit]
        self._main = edit  # the user's edit: it names the step
        self._on_changes = on_changes
        self._on_error = on_error
        self._follow_up = follow_up
        self.last_changes: Changes | None = None

    @property
    def edits(self) -> tuple[Any, ...]:
        return tuple(self._edits)

    def redo(self) -> None:
        try:
            for edit in self._edits:
                self.last_changes = self._library.apply(edit)
                self._on_changes(self.last_changes)
            if self._follow_up is not None and self.last_changes is not None:
                extra, self._follow_up = self._follow_up(self.last_changes), None
                self._apply_follow_ups(extra)
            # descriptions name the quote, known once the edit has been planned
            self.setText(self._main.description)
        except NewsdeskError as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(str(exc))

    def _apply_follow_ups(self, extra: list[Any]) -> None:
        """Apply the session's extra edits; one the core refuses is reported and left out (the
        user's edit stands and stays undoable)."""
        for edit in extra:
            try:
                changes = self._library.apply(edit)
            except NewsdeskError as exc:
                if self._on_error is not None:
                    self._on_error(str(exc))
                continue
            self._edits.append(edit)
            # the step keeps the user's edit's description (the status bar shows that one)
            self._on_changes(dataclasses.replace(changes, description=""))

    def undo(self) -> None:
        try:
            for edit in reversed(self._edits):
                self.last_changes = self._library.revert(edit)
                self._on_changes(self.last_changes)
        except NewsdeskError as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(str(exc))

    def id(self) -> int:
        return _RESIZE_ID if type(self._main).__name__ == "Resize" else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.id() != _RESIZE_ID:
            return False
        mine, theirs = self._main, other._main
        if getattr(mine, "uuid", None) != getattr(theirs, "uuid", None):
            return False
        self._edits.extend(other._edits)
        return True
