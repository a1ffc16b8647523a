"""An existing empty project file: refused where a project is opened, in one line and with
nothing written (the window asks first; see tests/gui/test_empty_project_file.py); taken as a
project not created yet by the commands that create one (import, import-dataset)."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import library
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


def _folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of its own (tmp_path also holds the test's user data folders)."""
    made = tmp_path / "projects"
    made.mkdir()
    return made


def test_a_new_project_appears_whole_with_no_file_left_beside_it(folder: Path) -> None:
    path = folder / "new.sqlite"
    with Library.open(path) as lib:
        assert lib.documents() == []
    assert _folder_listing(folder) == ["new.sqlite"]
    # made with the user's umask, like any file SQLite creates (not mkstemp's 0600)
    plain = folder / "plain.db"
    sqlite3.connect(plain).close()
    assert path.stat().st_mode == plain.stat().st_mode


def test_creation_that_fails_leaves_nothing_under_the_users_name(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed or failed half way through the migrations: the project does not exist yet (the
    next open makes it from scratch) rather than existing empty or half made."""

    def fail(conn: sqlite3.Connection, path: Path) -> int:
        conn.execute("CREATE TABLE half_made (x)")
        raise ProjectError(str(path), "the disk is full")

    monkeypatch.setattr(library, "migrate", fail)
    path = folder / "new.sqlite"
    with pytest.raises(ProjectError, match="the disk is full") as exc:
        Library.open(path)
    assert str(exc.value).startswith(str(path))
    assert _folder_listing(folder) == []


def test_an_empty_file_taken_as_a_project_is_replaced_whole(folder: Path) -> None:
    empty = folder / "empty.sqlite"
    empty.write_bytes(b"")
    with Library.open(empty) as lib:
        assert lib.documents() == []
    assert _folder_listing(folder) == ["empty.sqlite"]
    assert not is_empty_file(empty)


def test_a_project_made_meanwhile_by_another_process_is_kept(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes create the same project at once: the second keeps the first's file (with
    what the first stored) instead of replacing it."""
    path = folder / "shared.sqlite"
    real_migrate = library.migrate

    def race(conn: sqlite3.Connection, where: Path) -> int:
        if not path.exists():  # the other process finishes first, with a page stored
            monkeypatch.setattr(library, "migrate", real_migrate)
            assert main(["import", str(SAMPLE), "--project", str(path)]) == 0
            monkeypatch.setattr(library, "migrate", race)
        return real_migrate(conn, where)

    monkeypatch.setattr(library, "migrate", race)
    with Library.open(path) as lib:
        assert len(lib.documents()) == 1
    assert _folder_listing(folder) == ["shared.sqlite"]


def test_a_project_in_a_missing_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "p.sqlite"
    with pytest.raises(ProjectError) as exc:
        Library.open(path)
    assert str(exc.value) == f"{path}: cannot be created: its folder does not exist"
    assert not path.parent.exists()


def test_what_a_killed_creation_left_is_cleared_by_the_next_one(folder: Path) -> None:
    """A creation killed half way leaves its hidden file; the next creation of that project
    removes such files once they are old (an hour), and leaves a fresh one (another process
    may be creating the project right now) and other projects' alone."""
    stale = folder / ".new.sqlite.0a1b2c3d.creating"
    stale_wal = folder / ".new.sqlite.0a1b2c3d.creating-wal"
    fresh = folder / ".new.sqlite.99999999.creating"
    other = folder / ".other.sqlite.0a1b2c3d.creating"
    for leftover in (stale, stale_wal, fresh, other):
        leftover.write_bytes(b"")
    hours_ago = time.time() - 2 * 3600
    for leftover in (stale, stale_wal, other):
        os.utime(leftover, (hours_ago, hours_ago))
    with Library.open(folder / "new.sqlite") as lib:
        assert lib.documents() == []
    assert _folder_listing(folder) == sorted([fresh.name, other.name, "new.sqlite"])
