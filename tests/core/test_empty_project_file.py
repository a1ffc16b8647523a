"""An existing empty project file: refused where a project is opened, in one line and with
nothing written (the window asks first; see tests/gui/test_empty_project_file.py); taken as a
project not created yet by the commands that create one (import, import-dataset)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.errors import ProjectError
from desktop.core.library import Library, is_empty_file

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_d93c9dc7b4603325.txt"


def test_opening_refuses_an_empty_project_file_and_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "projects"
    folder.mkdir()
    empty = folder / "empty.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(ProjectError, match="an empty file"):
        Library.open(empty, adopt_empty=False)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {"empty.sqlite": b""}


def test_import_takes_an_empty_file_as_a_project_not_created_yet(tmp_path: Path) -> None:
    """What an import killed while it created the project leaves (tests/core/test_crash_safety
    runs it again): the import goes on and makes the project."""
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert main(["import", str(SAMPLE), "--project", str(empty)]) == 0
    with Library.open(empty, create=False, readonly=True) as lib:
        assert len(lib.documents()) == 1


def test_a_missing_file_is_still_created(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    assert not is_empty_file(path)
    with Library.open(path, adopt_empty=False) as lib:
        assert lib.documents() == []
    assert not is_empty_file(path) and path.stat().st_size > 0
