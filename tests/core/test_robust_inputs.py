"""Bad pages, paths and project files (issue 12, items 3, 4, 7, 8, 14, 16, 18): a one-line
error naming the file, the rest of a batch goes on, nothing blocks, a read command changes
no file."""

from __future__ import annotations

import codecs
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import importer
from desktop.core.decode import decode_bytes
from desktop.core.errors import PageError, ProjectError
from desktop.core.importer import ImportProblem, PreparedPage, iter_prepared
from desktop.core.library import Library
from desktop.core.store.migrations import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_d93c9dc7b4603325.txt"
PAGE = SAMPLE.read_text("utf-8")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if not p.is_dir()}


# --- item 3: file names that are not UTF-8 -----------------------------------------------------


def test_non_utf8_file_names_are_reported_by_name_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    raw = os.fsencode(folder)
    (folder / "good.txt").write_text(PAGE, "utf-8")
    with open(raw + b"/\xd6\xd0\xce\xc4.txt", "wb") as handle:  # 中文 in GBK
        handle.write(PAGE.replace("一", "二").encode("utf-8"))
    with open(raw + b"/\xff\xfe\xfd.txt", "wb") as handle:  # nothing decodes this name
        handle.write(b"")
    project = tmp_path / "p.sqlite"
    assert main(["import", str(folder), "--project", str(project)]) == 1
    captured = capsys.readouterr()
    assert "imported 2 page(s)" in captured.out
    (problem,) = [line for line in captured.err.splitlines() if line]
    assert "\\xff" in problem and "empty" in problem
    with Library.open(project) as lib:
        assert sorted(d.name for d in lib.documents()) == ["good.txt", "中文.txt"]


# --- item 8: FIFOs, devices and symlink loops -------------------------------------------------


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for command in (["reflow", str(fifo)], ["import", str(fifo), "--project", str(tmp_path / "p")]):
        done = subprocess.run(
            [sys.executable, "-m", "desktop", *command],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode in (1, 2) and "pipe" in done.stderr
        assert "Traceback" not in done.stderr


def test_a_device_is_refused() -> None:
    problem = importer.prepare_bounded("/dev/zero")
    assert isinstance(problem, ImportProblem) and "device" in problem.message


def test_a_symlink_loop_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert main(["reflow", str(loop)]) == 2
    assert "symbolic link loop" in capsys.readouterr().err
    problem = importer.prepare_bounded(loop)
    assert isinstance(problem, ImportProblem) and "symbolic link loop" in problem.message


# --- item 16: decoding --------------------------------------------------------------------------


def test_truncated_utf8_is_read_with_a_warning() -> None:
    data = PAGE.encode("utf-8")[:-1] if PAGE.endswith("\n") else PAGE.encode("utf-8")
    cut = "北京市".encode()[:-1]
    decoded = decode_bytes(data + cut, "cut.txt")
    assert decoded.encoding == "utf-8" and decoded.text.startswith(PAGE[:20])
    assert any("cut short" in str(w) for w in decoded.warnings)


def test_utf16_bom_before_utf8_text_is_refused() -> None:
    with pytest.raises(PageError) as exc:
        decode_bytes(codecs.BOM_UTF16_LE + "北京市举行会议。\n".encode() * 20, "bom.txt")
    assert "byte order mark" in str(exc.value) and "UTF-8" in str(exc.value)


def test_two_utf8_characters_then_gbk_is_mixed() -> None:
    data = "北京".encode() + "\n上海市举行会议，讨论经济工作。\n".encode("gbk") * 20
    with pytest.raises(PageError) as exc:
        decode_bytes(data, "mixed.txt")
    assert "mixes text encodings" in str(exc.value)


def test_plain_gbk_still_decodes() -> None:
    data = "上海市举行会议，讨论经济工作。\n".encode("gbk") * 20
    assert decode_bytes(data, "gbk.txt").encoding == "gb18030"


# --- item 7: one slow page does not hold back the batch -----------------------------------------


def test_a_slow_page_is_skipped_by_name_and_the_others_come_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = tmp_path / "slow.txt"
    # long and without punctuation, just under the 2 MB page limit: some seconds of work even
    # on a fast machine, since extraction is linear now (it took minutes when it was not)
    slow.write_text(("县长王小明在北山县调研工作" * 52_000), "utf-8")
    small = []
    for i in range(6):
        page = tmp_path / f"small{i}.txt"
        page.write_text(PAGE.replace("一", str(i)), "utf-8")
        small.append(page)
    monkeypatch.setenv("NEWSDESK_PAGE_SECONDS", "1")
    t0 = time.monotonic()
    results = list(iter_prepared([slow, *small], jobs=2, pool_min=1))
    assert time.monotonic() - t0 < 120
    assert isinstance(results[0], PreparedPage)  # not held behind the slow page
    problems = [r for r in results if isinstance(r, ImportProblem)]
    assert len(problems) == 1 and "slow.txt" in problems[0].message
    assert "took over 1 s" in problems[0].message
    assert sum(isinstance(r, PreparedPage) for r in results) == 6


def test_cancel_stops_a_pool_that_is_busy(tmp_path: Path) -> None:
    pages = []
    for i in range(4):
        page = tmp_path / f"big{i}.txt"
        # just under the 2 MB page limit: seconds of work each even on a fast machine
        page.write_text(f"第{i}版" + "县长王小明在北山县调研工作" * 52_000, "utf-8")
        pages.append(page)
    polls = []

    def cancel() -> bool:  # true from the sixth poll on: about 1.5 s into a busy pool
        polls.append(1)
        return len(polls) > 5

    t0 = time.monotonic()
    results = list(iter_prepared(pages, jobs=2, pool_min=1, cancel=cancel))
    assert time.monotonic() - t0 < 30  # not after the four big pages
    assert len(results) < 4


# --- item 18: --jobs is capped; a huge page is bounded -------------------------------------------


def test_jobs_are_capped_at_the_cores() -> None:
    assert importer.effective_jobs(64) <= (os.cpu_count() or 1)
    assert importer.effective_jobs(0) == 1
    assert importer.effective_jobs(None) == importer.max_jobs()


def test_a_page_near_the_size_limit_is_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "huge.txt"
    line = "北京市人民政府召开常务会议研究部署经济工作\n"
    page.write_text(line * (7_900_000 // len(line.encode())), "utf-8")
    monkeypatch.setenv("NEWSDESK_PAGE_SECONDS", "5")
    t0 = time.monotonic()
    (result,) = list(iter_prepared([page], jobs=1))
    assert time.monotonic() - t0 < 10  # refused by its size before it is read
    assert isinstance(result, ImportProblem) and "huge.txt" in result.message
    assert "too large" in result.message and "7.5 MB" in result.message


# --- item 14: read commands never create or change a file ---------------------------------


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "proj.sqlite"
    with Library.open(path) as lib:
        lib.import_paths([SAMPLE], jobs=1)
    return path


@pytest.mark.parametrize("command", ["stats", "export"])
def test_read_commands_refuse_an_empty_file_and_leave_it(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    args = [command, "--project", str(empty)]
    if command == "export":
        args += ["--format", "doccano", "--out", str(tmp_path / "o.jsonl")]
    assert main(args) == 2
    assert "not a newsdesk project" in capsys.readouterr().err
    assert _files(tmp_path) == {"empty.sqlite": b""}


def test_stats_refuses_a_table_less_sqlite_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    before = _files(tmp_path)
    assert main(["stats", "--project", str(other)]) == 2
    assert "not a newsdesk project" in capsys.readouterr().err
    assert _files(tmp_path) == before


def test_read_commands_create_no_file_beside_a_project(tmp_path: Path) -> None:
    path = _project(tmp_path)
    before = _files(tmp_path)
    assert main(["stats", "--project", str(path)]) == 0
    out = tmp_path / "out"
    out.mkdir()
    assert (
        main(
            ["export", "--project", str(path), "--format", "doccano", "--out", str(out / "d.jsonl")]
        )
        == 0
    )
    assert _files(tmp_path) == before


def test_a_newer_project_in_rollback_mode_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _project(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "SELECT migration_set, '9999_from_the_future', 'x' FROM _sqlite_migrations LIMIT 1"
    )
    conn.commit()
    conn.close()
    before = _files(tmp_path)
    assert main(["import", str(SAMPLE), "--project", str(path)]) == 2
    assert "newer newsdesk" in capsys.readouterr().err
    assert _files(tmp_path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_an_older_project_is_not_upgraded_by_a_read(tmp_path: Path) -> None:
    path = _project(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.close()
    before = _files(tmp_path)
    with pytest.raises(ProjectError) as exc:
        Library.open(path, create=False, readonly=True)
    assert "older newsdesk" in str(exc.value)
    assert _files(tmp_path) == before


# --- item 4: a project damaged in the middle ---------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["stats"],
        ["export", "--format", "doccano", "--out", "OUT"],
        ["import", str(SAMPLE)],
        ["import-dataset", "DATA", "--format", "doccano"],
    ],
)
def test_a_damaged_project_is_one_line(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = _project(tmp_path)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, 3 * page):  # header page left intact
        data[offset + 100 : offset + 300] = os.urandom(200)
    path.write_bytes(bytes(data))
    dataset = tmp_path / "d.jsonl"
    dataset.write_text('{"text": "x", "label": []}\n', "utf-8")
    args = [
        a.replace("OUT", str(tmp_path / "o.jsonl")).replace("DATA", str(dataset)) for a in command
    ]
    if command[0] != "import":
        args.insert(1, "--project")
        args.insert(2, str(path))
    else:
        args += ["--project", str(path)]
    if command[0] == "import-dataset":
        args = ["import-dataset", str(dataset), "--project", str(path), "--format", "doccano"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and len(err.strip().splitlines()) == 1


# --- item 5: deep nesting in extract --lines -----------------------------------------------------


def test_extract_lines_refuses_deep_nesting_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deep = tmp_path / "deep.jsonl"
    deep.write_text("[" * 100_000 + "]" * 100_000 + "\n", "utf-8")
    assert main(["extract", "--lines", str(deep)]) == 2
    err = capsys.readouterr().err
    assert "nested too deep" in err and err.count("\n") == 1


def test_reflow_of_a_page_whose_name_is_not_utf8_prints_valid_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    raw = os.fsencode(tmp_path) + b"/\xd6\xd0\xce\xc4.txt"
    with open(raw, "wb") as handle:
        handle.write(PAGE.encode("utf-8"))
    assert main(["reflow", os.fsdecode(raw), "--json"]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")  # no lone surrogates
    assert json.loads(out)["source"] == "中文.txt"


def test_closing_a_library_twice_is_a_no_op(tmp_path: Path) -> None:
    path = _project(tmp_path)
    for readonly in (False, True):
        lib = Library.open(path, create=False, readonly=readonly)
        lib.close()
        lib.close()  # the window's teardown may close again: never an exception
