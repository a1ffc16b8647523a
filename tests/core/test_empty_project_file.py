"""The CLI's writing commands refuse an existing empty project file in one line and write
nothing to it (the window asks first; see tests/gui/test_empty_project_file.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.library import Library, is_empty_file

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_d93c9dc7b4603325.txt"


def test_import_refuses_an_empty_project_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "projects"
    folder.mkdir()
    empty = folder / "empty.sqlite"
    empty.write_bytes(b"")
    assert main(["import", str(SAMPLE), "--project", str(empty)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"newsdesk: {empty}: not a newsdesk project (an empty file)"
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {"empty.sqlite": b""}


def test_a_missing_file_is_still_created(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    assert not is_empty_file(path)
    with Library.open(path, adopt_empty=False) as lib:
        assert lib.documents() == []
    assert not is_empty_file(path) and path.stat().st_size > 0
