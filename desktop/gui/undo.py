"""One generic undo command wrapping the core's reversible edits.

``QUndoStack.push`` runs ``redo()`` at once: the command applies the edit (through the
facade, persisted on return), nothing else does. ``undo()`` reverts it. Consecutive resizes of
one span merge into one command (a drag of a boundary undoes in one step). An edit the core
refuses (:class:`~desktop.core.errors.EditError`) makes the command obsolete, so it never
lands on the stack; the error goes to ``on_error``.

``follow_up`` lets the session attach edits that belong to the same step (the first edit in a
"new" article also marks it "in progress"): the core asks it once, inside the edit's own
transaction, and what it returned is written in the same transaction at every redo, so one
step is one transaction, one Changes and one refresh.

The words of the Undo menu and status bar come from each edit's
:class:`~desktop.core.edits.Wording`: its template is translated (context ``Edits``), then
filled in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.core.edits import Edit, Resize, Resuggest, Wording
from desktop.core.errors import NewsdeskError
from desktop.core.facade import Applier, DatasetImporter, ImportDataset
from desktop.core.history_words import NESTED, read_description
from desktop.core.records import Changes
from desktop.gui.error_text import error_text
from desktop.gui.models.roles import QT_TRANSLATE_NOOP

ChangesSink = Callable[[Changes], None]
ErrorSink = Callable[[str], None]
FollowUp = Callable[[Changes], Sequence[Edit]]

_RESIZE_ID = 1001

EDITS_CONTEXT = "Edits"
#: The core's templates, listed for the translation tool (lupdate) only: the words of an edit
#: come from its own Wording, never from its class name.
TEMPLATES = (
    QT_TRANSLATE_NOOP("Edits", "Label %1 as %2"),
    QT_TRANSLATE_NOOP("Edits", "Delete %1"),
    QT_TRANSLATE_NOOP("Edits", "Relabel %1 as %2"),
    QT_TRANSLATE_NOOP("Edits", "Resize to %1"),
    QT_TRANSLATE_NOOP("Edits", "Accept %1"),
    QT_TRANSLATE_NOOP("Edits", "Reject %1"),
    QT_TRANSLATE_NOOP("Edits", "Reopen %1"),
    QT_TRANSLATE_NOOP("Edits", "Accept all %1 suggestions"),
    QT_TRANSLATE_NOOP("Edits", "Accept all suggestions"),
    QT_TRANSLATE_NOOP("Edits", "Edit figure %1"),
    QT_TRANSLATE_NOOP("Edits", "Edit figure"),
    QT_TRANSLATE_NOOP("Edits", "Mark article as %1"),
    QT_TRANSLATE_NOOP("Edits", "Label all %1 × %2 as %3"),
    QT_TRANSLATE_NOOP("Edits", "Revert %1"),
    QT_TRANSLATE_NOOP("Edits", "Re-suggest entities in %1 article(s)"),
    QT_TRANSLATE_NOOP("Edits", "Allow nested spans"),
    QT_TRANSLATE_NOOP("Edits", "Disallow nested spans"),
)
UNDO_WORDS = QT_TRANSLATE_NOOP("Edits", "Undo %1")
IMPORT_DATASET_WORDS = QT_TRANSLATE_NOOP("Edits", "Import dataset %1")
#: Written by the facade into the history (Edit > History shows them): a new label, a page.
HISTORY_TEMPLATES = (
    QT_TRANSLATE_NOOP("Edits", "Add label %1"),
    QT_TRANSLATE_NOOP("Edits", "Import %1"),
)

#: "Undo Revert Undo …" is translated this many levels deep; deeper, shown as stored.
NESTING = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate(EDITS_CONTEXT, text)


def describe(edit: Edit) -> str:
    """``edit``'s description in the interface language (after it ran: it names the quote)."""
    return describe_wording(_wording(edit))


def describe_wording(wording: Wording, _depth: int = 0) -> str:
    """``wording`` in the interface language: the template translated, then filled in (the
    description that "Revert %1" and "Undo %1" name is translated in turn)."""
    text = _tr(wording.template)
    for i, arg in enumerate(wording.args, start=1):
        if wording.template in NESTED and i == 1:
            arg = describe_stored("", arg, _depth + 1)
        elif wording.status_arg and i == 1:
            from desktop.gui.models.articles import status_text

            arg = status_text(arg)
        text = text.replace(f"%{i}", arg)
    return text


def describe_stored(edit: str, description: str, _depth: int = 0) -> str:
    """A history row's stored (English) description in the interface language; ``edit`` is
    the row's kind of change. "Undo …" and "Revert …" name a description in turn, read the
    same way; a description no template produced (a project from an older or newer newsdesk)
    is shown as stored."""
    wording = read_description(edit, description) if _depth < NESTING else None
    return description if wording is None else describe_wording(wording, _depth)


def _wording(edit: Edit) -> Wording:
    """``edit.wording``; the core's Resuggest has only an English description, so its wording
    is made here (the lead may move it into the core)."""
    if isinstance(edit, Resuggest):
        return Wording("Re-suggest entities in %1 article(s)", (str(len(edit.suggestions)),))
    return edit.wording


def describe_undo(edit: Edit) -> str:
    return _tr(UNDO_WORDS).replace("%1", describe(edit))


class EditCommand(QUndoCommand):
    """Applies ``edit`` on redo and reverts it on undo; reports what changed to ``on_changes``."""

    def __init__(
        self,
        library: Applier,
        edit: Edit,
        on_changes: ChangesSink,
        on_error: ErrorSink | None = None,
        parent: QUndoCommand | None = None,
        follow_up: FollowUp | None = None,
    ) -> None:
        super().__init__(edit.description, parent)
        self._library = library
        self._edits: list[Edit] = [edit]
        self._main = edit  # the user's edit: it names the step
        self._on_changes = on_changes
        self._on_error = on_error
        self._follow_up = follow_up
        self._extra: Sequence[Edit] | None = None  # what follow_up answered, once asked
        self.last_changes: Changes | None = None

    @property
    def edits(self) -> tuple[Edit, ...]:
        return tuple(self._edits)

    def _follow_ups(self, changes: Changes) -> Sequence[Edit]:
        if self._extra is None:
            self._extra = list(self._follow_up(changes)) if self._follow_up is not None else []
        return self._extra

    def redo(self) -> None:
        try:
            for i, edit in enumerate(self._edits):
                follow_up = self._follow_ups if i == 0 and self._follow_up is not None else None
                self.last_changes = self._library.apply(edit, follow_up=follow_up)
                self._on_changes(self._worded(self.last_changes, edit, undo=False))
            # descriptions name the quote, known once the edit has been planned
            self.setText(describe(self._main))
        except NewsdeskError as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(error_text(exc))

    def undo(self) -> None:
        try:
            for edit in reversed(self._edits):
                self.last_changes = self._library.revert(edit)
                self._on_changes(self._worded(self.last_changes, edit, undo=True))
        except NewsdeskError as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(error_text(exc))

    @staticmethod
    def _worded(changes: Changes, edit: Edit, *, undo: bool) -> Changes:
        """``changes`` described in the interface language."""
        if not changes.description:
            return changes
        return dataclasses.replace(
            changes, description=describe_undo(edit) if undo else describe(edit)
        )

    def id(self) -> int:
        return _RESIZE_ID if isinstance(self._main, Resize) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.id() != _RESIZE_ID:
            return False
        mine, theirs = self._main, other._main
        if not (isinstance(mine, Resize) and isinstance(theirs, Resize)):
            return False
        if mine.uuid != theirs.uuid:
            return False
        self._edits.extend(other._edits)
        return True


class DatasetImportCommand(QUndoCommand):
    """A dataset import as one undo step: redo applies the edit with
    :meth:`~desktop.core.facade.DatasetImporter.import_edit` (one transaction and history row;
    a redo plans the file again, so it finds the articles and labels the first run created),
    undo reverts it like any edit. A refused import (DatasetError: a file the core refuses, a
    removal without ``replace``) makes the command obsolete, so it never lands on the stack;
    the one line goes to ``on_error``. Its words: "Import dataset NAME", translated."""

    def __init__(
        self,
        library: DatasetImporter,
        edit: ImportDataset,
        on_changes: ChangesSink,
        on_error: ErrorSink | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(_tr(IMPORT_DATASET_WORDS).replace("%1", edit.path.name), parent)
        self._library = library
        self.edit = edit
        self._on_changes = on_changes
        self._on_error = on_error
        self.last_changes: Changes | None = None

    def redo(self) -> None:
        try:
            changes = self._library.import_edit(self.edit)
        except NewsdeskError as exc:
            self._fail(exc)
            return
        self.last_changes = changes
        self._on_changes(dataclasses.replace(changes, description=self.text()))

    def undo(self) -> None:
        try:
            changes = self._library.revert(self.edit)
        except NewsdeskError as exc:
            self._fail(exc)
            return
        self.last_changes = changes
        words = _tr(UNDO_WORDS).replace("%1", self.text())
        self._on_changes(dataclasses.replace(changes, description=words))

    def _fail(self, exc: NewsdeskError) -> None:
        self.setObsolete(True)
        if self._on_error is not None:
            self._on_error(error_text(exc))
