"""One generic undo command wrapping the core's reversible edits.

``QUndoStack.push`` runs ``redo()`` at once: the command applies the edit (through the
facade, persisted on return), nothing else does. ``undo()`` reverts it. Consecutive resizes of
one span merge into one command (a drag of a boundary undoes in one step). An edit the core
refuses (:class:`~desktop.core.errors.EditError`) makes the command obsolete, so it never
lands on the stack; the error goes to ``on_error``.
"""

from __future__ import annotations

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
    ) -> None:
        super().__init__(edit.description, parent)
        self._library = library
        self._edits: list[Any] = [edit]
        self._on_changes = on_changes
        self._on_error = on_error
        self.last_changes: Changes | None = None

    @property
    def edits(self) -> tuple[Any, ...]:
        return tuple(self._edits)

    def redo(self) -> None:
        try:
            for edit in self._edits:
                self.last_changes = self._library.apply(edit)
                self._on_changes(self.last_changes)
            # descriptions name the quote, known once the edit has been planned
            self.setText(self._edits[-1].description)
        except NewsdeskError as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(str(exc))

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
        return _RESIZE_ID if type(self._edits[-1]).__name__ == "Resize" else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.id() != _RESIZE_ID:
            return False
        mine, theirs = self._edits[-1], other._edits[-1]
        if getattr(mine, "uuid", None) != getattr(theirs, "uuid", None):
            return False
        self._edits.extend(other._edits)
        return True
