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

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.core.errors import NewsdeskError
from desktop.core.records import Changes
from desktop.gui.models.roles import QT_TRANSLATE_NOOP


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

#: the Undo menu's and status bar's words for the core's edits, context "Edits" (the core's
#: own descriptions are English; an edit not listed here keeps its own)
EDITS_CONTEXT = "Edits"
EDIT_WORDS = {
    "AddSpan": QT_TRANSLATE_NOOP("Edits", "Label %1 as %2"),
    "DeleteSpan": QT_TRANSLATE_NOOP("Edits", "Delete %1"),
    "Relabel": QT_TRANSLATE_NOOP("Edits", "Relabel %1 as %2"),
    "Resize": QT_TRANSLATE_NOOP("Edits", "Resize to %1"),
    "accepted": QT_TRANSLATE_NOOP("Edits", "Accept %1"),
    "rejected": QT_TRANSLATE_NOOP("Edits", "Reject %1"),
    "suggested": QT_TRANSLATE_NOOP("Edits", "Reopen %1"),
    "AcceptAll": QT_TRANSLATE_NOOP("Edits", "Accept all %1 suggestions"),
    "EditFigure": QT_TRANSLATE_NOOP("Edits", "Edit figure %1"),
    "SetReviewStatus": QT_TRANSLATE_NOOP("Edits", "Mark article as %1"),
    "ApplyToAll": QT_TRANSLATE_NOOP("Edits", "Label all %1 × %2 as %3"),
}
UNDO_WORDS = QT_TRANSLATE_NOOP("Edits", "Undo %1")
_DESCRIBED = frozenset({*EDIT_WORDS, "SetStatus"})


def _tr(text: str) -> str:
    return QCoreApplication.translate(EDITS_CONTEXT, text)


def describe(edit: Any) -> str:
    """``edit``'s description in the interface language (after it ran: it names the quote)."""
    name = type(edit).__name__
    quote = getattr(edit, "quote", None)
    count = int(getattr(edit, "count", None) or 0)
    args: tuple[str, ...] | None = None
    if name in ("AddSpan", "Relabel") and quote:
        args = (quote, edit.label)
    elif name in ("DeleteSpan", "Resize", "EditFigure") and quote:
        args = (quote,)
    elif name == "SetStatus" and quote and edit.status in EDIT_WORDS:
        name, args = edit.status, (quote,)
    elif name == "AcceptAll" and count:
        args = (str(count),)
    elif name == "SetReviewStatus":
        from desktop.gui.models.articles import status_text

        args = (status_text(edit.status),)
    elif name == "ApplyToAll":
        args = (str(len(edit.targets)), edit.text, edit.label)
    if args is None:
        return str(edit.description)
    text = _tr(EDIT_WORDS[name])
    for i, arg in enumerate(args, start=1):
        text = text.replace(f"%{i}", arg)
    return text


def describe_undo(edit: Any) -> str:
    return _tr(UNDO_WORDS).replace("%1", describe(edit))


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
        self._follow_up_ids: set[int] = set()
        self.last_changes: Changes | None = None

    @property
    def edits(self) -> tuple[Any, ...]:
        return tuple(self._edits)

    def redo(self) -> None:
        try:
            for edit in self._edits:
                self.last_changes = self._library.apply(edit)
                self._on_changes(self._worded(self.last_changes, edit, undo=False))
            if self._follow_up is not None and self.last_changes is not None:
                extra, self._follow_up = self._follow_up(self.last_changes), None
                self._apply_follow_ups(extra)
            # descriptions name the quote, known once the edit has been planned
            self.setText(describe(self._main))
        except NewsdeskError as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(str(exc))

    def _worded(self, changes: Changes, edit: Any, *, undo: bool) -> Changes:
        """``changes`` described in the interface language (a follow-up edit says nothing:
        the status bar keeps the user's edit)."""
        if id(edit) in self._follow_up_ids:
            return dataclasses.replace(changes, description="")
        if not changes.description or type(edit).__name__ not in _DESCRIBED:
            return changes
        return dataclasses.replace(
            changes, description=describe_undo(edit) if undo else describe(edit)
        )

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
            self._follow_up_ids.add(id(edit))
            # the step keeps the user's edit's description (the status bar shows that one)
            self._on_changes(dataclasses.replace(changes, description=""))

    def undo(self) -> None:
        try:
            for edit in reversed(self._edits):
                self.last_changes = self._library.revert(edit)
                self._on_changes(self._worded(self.last_changes, edit, undo=True))
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
        self._follow_up_ids |= other._follow_up_ids
        return True
