"""``newsdesk settings``: the project's settings printed, one changed in one line, and every
export of a project that allows nested spans says so (issue 11 item 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.edits import AddSpan, SetStatus
from desktop.core.library import Library
from tests.core.test_store import synthetic_prepared


@pytest.fixture
def project(tmp_path: Path) -> str:
    path = tmp_path / "p.sqlite"
    with Library.open(path) as lib:
        lib.store_prepared(synthetic_prepared())
        aid = lib.article_summaries()[0].id
        outer = next(a for a in lib.annotations(aid) if a.quote == "李明远")
        lib.apply(SetStatus(outer.uuid, "accepted"))
        lib.apply(AddSpan(aid, outer.start, outer.start + 1, "LOC"))  # a span inside it
    return str(path)


def test_settings_print_and_change(project: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "--project", project]) == 0
    assert capsys.readouterr().out == "nested-spans  off\n"
    assert main(["settings", "--project", project, "--nested-spans", "on"]) == 0
    out = capsys.readouterr().out
    assert out == f"nested-spans on in {project} (was off)\n"
    with Library.open(project, readonly=True) as lib:
        assert lib.nested_spans()
        assert lib.history(1)[0]["edit"] == "SetNestedSpans"
    assert main(["settings", "--project", project, "--nested-spans", "on"]) == 0
    assert "already on" in capsys.readouterr().out
    assert main(["settings", "--project", project]) == 0
    assert capsys.readouterr().out == "nested-spans  on\n"


def test_settings_of_a_missing_project_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite"
    assert main(["settings", "--project", str(missing), "--nested-spans", "on"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsdesk: ") and err.count("\n") == 1
    assert not missing.exists()


def test_cli_export_reads_the_project_setting(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flat = tmp_path / "flat"
    assert main(["export", "--project", project, "--format", "brat", "--out", str(flat)]) == 0
    assert "<OVERLAP>" not in (flat / "annotation.conf").read_text("utf-8")
    assert main(["settings", "--project", project, "--nested-spans", "on"]) == 0
    nested = tmp_path / "nested"
    assert main(["export", "--project", project, "--format", "brat", "--out", str(nested)]) == 0
    assert "<OVERLAP>\tArg1:<ENTITY>" in (nested / "annotation.conf").read_text("utf-8")
    capsys.readouterr()
    bio = tmp_path / "x.bio"
    assert main(["export", "--project", project, "--format", "bio", "--out", str(bio)]) == 0
    assert "1 span(s) inside or overlapping another span were dropped" in capsys.readouterr().err
