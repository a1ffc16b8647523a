"""The generic undo command on a bare QUndoStack, with a recording stand-in for the facade."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QUndoStack

from desktop.core.errors import EditError
from desktop.core.records import Changes
from desktop.gui.undo import EditCommand


@dataclass(eq=False)
class Edit:
    name: str
    applied: int = 0

    @property
    def description(self) -> str:
        return f"Edit {self.name}" + (" (done)" if self.applied else "")


@dataclass(eq=False)
class Resize:
    uuid: str
    start: int
    end: int

    @property
    def description(self) -> str:
        return f"Resize {self.uuid} to {self.start}-{self.end}"


@dataclass
class Recorder:
    log: list[str] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)

    def apply(self, edit: object) -> Changes:
        name = getattr(edit, "name", None) or f"{edit.uuid}:{edit.end}"  # type: ignore[attr-defined]
        if name in self.refuse:
            raise EditError(f"cannot apply {name}")
        if isinstance(edit, Edit):
            edit.applied += 1
        self.log.append(f"apply {name}")
        return Changes(description=name, articles=frozenset({1}))

    def revert(self, edit: object) -> Changes:
        name = getattr(edit, "name", None) or f"{edit.uuid}:{edit.end}"  # type: ignore[attr-defined]
        self.log.append(f"revert {name}")
        return Changes(description=name, articles=frozenset({1}))


def _command(lib: Recorder, edit: object, seen: list[Changes], errors: list[str]) -> EditCommand:
    return EditCommand(lib, edit, seen.append, errors.append)  # type: ignore[arg-type]


def test_push_applies_once_undo_reverts_redo_reapplies(qtbot) -> None:
    lib, seen, errors = Recorder(), [], []
    stack = QUndoStack()
    stack.push(_command(lib, Edit("a"), seen, errors))
    assert lib.log == ["apply a"]
    assert stack.undoText() == "Edit a (done)"  # the text is refreshed after the edit ran
    stack.undo()
    stack.redo()
    assert lib.log == ["apply a", "revert a", "apply a"]
    assert [c.description for c in seen] == ["a", "a", "a"]
    assert errors == []


def test_refused_edit_never_lands_on_the_stack(qtbot) -> None:
    lib, seen, errors = Recorder(refuse={"bad"}), [], []
    stack = QUndoStack()
    stack.push(_command(lib, Edit("good"), seen, errors))
    stack.push(_command(lib, Edit("bad"), seen, errors))
    assert stack.count() == 1
    assert stack.undoText() == "Edit good (done)"
    assert errors == ["cannot apply bad"]


def test_resizes_of_one_span_merge_into_one_step(qtbot) -> None:
    lib, seen, errors = Recorder(), [], []
    stack = QUndoStack()
    for end in (5, 6, 7):
        stack.push(_command(lib, Resize("s1", 0, end), seen, errors))
    stack.push(_command(lib, Resize("s2", 0, 3), seen, errors))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert lib.log[-4:] == ["revert s2:3", "revert s1:7", "revert s1:6", "revert s1:5"]
    stack.redo()
    assert lib.log[-3:] == ["apply s1:5", "apply s1:6", "apply s1:7"]


def test_macro_undoes_as_one_step(qtbot) -> None:
    lib, seen, errors = Recorder(), [], []
    stack = QUndoStack()
    stack.beginMacro("Bulk")
    for name in "xyz":
        stack.push(_command(lib, Edit(name), seen, errors))
    stack.endMacro()
    assert stack.count() == 1 and stack.undoText() == "Bulk"
    stack.undo()
    assert lib.log[-3:] == ["revert z", "revert y", "revert x"]
