"""Bad page files: each gets one line naming it (report and CLI stderr); the project is unchanged
and the good files of the same batch still import."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.library import Library
from desktop.core.store import rows

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_d93c9dc7b4603325.txt"


def make_bad_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    text = SAMPLE.read_text(encoding="utf-8")
    files = {
        "binary": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40),
        "empty": b"",
        "mixed": text[:600].encode("utf-8") + text[600:1200].encode("gb18030"),
        "nul": text[:300].encode("utf-8") + b"\x00\x00" + text[300:600].encode("utf-8"),
    }
    out = {}
    for name, data in files.items():
        path = folder / f"{name}.txt"
        path.write_bytes(data)
        out[name] = path
    big = folder / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB (sparse: cheap to make)
    out["big"] = big
    markup = folder / "markup.txt"
    markup.write_text(
        text[:400] + "\n<b>加粗</b><img src=x onerror=alert(1)>\n" + text[400:800], encoding="utf-8"
    )
    out["markup"] = markup
    return out


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "p.sqlite")
    library.import_paths([SAMPLE], jobs=1)
    yield library
    library.close()


def test_each_bad_file_gets_one_line_and_nothing_changes(lib: Library, tmp_path: Path) -> None:
    bad = make_bad_files(tmp_path / "bad")
    before = rows.dump(lib._conn)
    good = tmp_path / "good.txt"
    good.write_text(SAMPLE.read_text(encoding="utf-8").replace("2024", "2023"), encoding="utf-8")
    report = lib.import_paths([*bad.values(), good], jobs=1)
    messages = {p.path: p.message for p in (*report.problems, *report.warnings)}
    for kind, path in bad.items():
        message = messages.get(str(path))
        assert message is not None, f"{kind}: no message"
        assert "\n" not in message and str(path) in message, kind
    assert {p.path for p in report.problems} == {
        str(bad[k]) for k in ("binary", "empty", "mixed", "nul", "big")
    }
    assert str(good) in report.imported
    old_keys = {(r[0], r[1]) for r in before}
    after = [r for r in rows.dump(lib._conn) if (r[0], r[1]) in old_keys]
    assert after == before
    assert lib.check() == []


def test_a_batch_of_only_bad_files_changes_nothing(lib: Library, tmp_path: Path) -> None:
    bad = make_bad_files(tmp_path / "bad")
    del bad["markup"]  # imports, with a warning
    before = rows.dump(lib._conn)
    report = lib.import_paths(list(bad.values()), jobs=1)
    assert len(report.problems) == len(bad) and report.imported == ()
    assert rows.dump(lib._conn) == before


def test_cli_prints_one_line_per_bad_file(tmp_path: Path) -> None:
    bad = make_bad_files(tmp_path / "bad")
    project = tmp_path / "cli.sqlite"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "import",
            str(tmp_path / "bad"),
            "--project",
            str(project),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    for kind, path in bad.items():
        assert sum(str(path) in line for line in lines) == 1, kind
    assert all(line.startswith("newsdesk: ") for line in lines)
    assert "imported 1 page(s)" in result.stdout


def test_cli_import_of_only_bad_files_creates_no_project(tmp_path: Path) -> None:
    """Nothing could be imported into a project the command would have made: no empty project
    is left behind; an existing project stays, however empty the batch."""
    from desktop.cli import main

    binary = make_bad_files(tmp_path / "bad")["binary"]
    project = tmp_path / "projects" / "new.sqlite"
    project.parent.mkdir()
    assert main(["import", str(binary), "--project", str(project)]) == 1
    assert list(project.parent.iterdir()) == []
    assert main(["import", str(SAMPLE), "--project", str(project)]) == 0
    assert main(["import", str(binary), "--project", str(project)]) == 1
    with Library.open(project, create=False, readonly=True) as lib:
        assert len(lib.documents()) == 1
