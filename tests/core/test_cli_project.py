"""The project sub-commands through the real argument parser: exit codes, stdout, stderr."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"


def test_import_stats_export_and_dataset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = str(tmp_path / "p.sqlite")
    assert main(["import", str(SAMPLE), "--project", project, "--jobs", "1"]) == 0
    out, err = capsys.readouterr()
    assert "imported 1 page(s)" in out and "\r" not in err  # no progress bar off a terminal
    assert main(["import", str(SAMPLE), "--project", project, "--jobs", "1"]) == 0
    assert "skipped 1" in capsys.readouterr().out

    assert main(["stats", "--project", project, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["documents"] == 1 and stats["articles"] > 1
    assert main(["stats", "--project", project]) == 0
    assert "articles" in capsys.readouterr().out

    out_file = tmp_path / "d.jsonl"
    argv = ["export", "--project", project, "--format", "doccano", "--out", str(out_file)]
    assert main(argv) == 0  # the corrected dataset: nothing was accepted or reviewed yet
    out = capsys.readouterr().out
    assert f"exported {stats['articles']} article(s)" in out
    assert "0 accepted or reviewed span(s)" in out and "suggestion(s) left out" in out
    assert all(json.loads(line)["label"] == [] for line in out_file.read_text("utf-8").splitlines())
    assert main([*argv, "--include", "suggestions"]) == 0  # everything, for the round trip
    assert "unreviewed suggestion(s) as span(s)" in capsys.readouterr().out
    lines = out_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == stats["articles"]
    per = tmp_path / "per.jsonl"
    argv = ["export", "--project", project, "--format", "doccano", "--out", str(per)]
    assert main([*argv, "--labels", "PER", "--accepted-only"]) == 0
    assert all(json.loads(line)["label"] == [] for line in per.read_text("utf-8").splitlines())

    assert main(["import-dataset", str(out_file), "--project", project, "--format", "doccano"]) == 0
    assert "0 span(s) added, 0 removed" in capsys.readouterr().out


def test_errors_are_one_line_with_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.sqlite"
    assert main(["stats", "--project", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(missing) in err and err.startswith("newsdesk: ")
    assert not missing.exists()

    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for argv in (
        ["import", str(SAMPLE), "--project", str(other), "--jobs", "1"],
        ["export", "--project", str(other), "--format", "bio", "--out", str(tmp_path / "b")],
    ):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "not a newsdesk project" in err

    project = str(tmp_path / "p.sqlite")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    assert main(["import-dataset", str(bad), "--project", project, "--format", "doccano"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err


def test_import_with_a_bad_file_exits_1_and_imports_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    project = str(tmp_path / "p.sqlite")
    assert main(["import", str(empty), str(SAMPLE), "--project", project, "--jobs", "1"]) == 1
    out, err = capsys.readouterr()
    assert "imported 1 page(s)" in out
    assert err.strip().splitlines() == [f"newsdesk: {empty}: is empty"]


def test_project_named_before_the_command_is_the_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``newsdesk --project P import ...`` works as ``newsdesk import ... --project P`` (it
    stopped with "required: --project", the option read as the window's alone)."""
    project = str(tmp_path / "p.sqlite")
    assert main(["--project", project, "import", str(SAMPLE), "--jobs", "1"]) == 0
    assert "imported 1 page(s)" in capsys.readouterr().out
    assert main(["--project", project, "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1
    # (The same file named on both sides is one project.)
    assert main(["--project", project, "stats", "--json", "--project", project]) == 0
    capsys.readouterr()


@pytest.mark.parametrize(
    ("argv", "command", "message"),
    [
        (["stats"], "stats", "the following arguments are required: --project"),
        (["--project", "a.sqlite", "stats", "--project", "b.sqlite"], "stats", "two project files"),
        (
            ["--project", "a.sqlite", "extract", "--convention", "corpus", "x.txt"],
            "extract",
            "--convention: not allowed with argument --project",
        ),
    ],
)
def test_project_before_and_after_the_command_conflict(
    argv: list[str], command: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Refused with the command's own usage, exit 2, as argparse refuses a missing option."""
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert message in err and f"usage: newsdesk {command}" in err
