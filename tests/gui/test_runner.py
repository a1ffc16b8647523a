"""The runner: an operation computes in a thread and its items are taken on the main thread;
progress, cancel, and an error reported once. Import, export and warm-up all run through it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from desktop.core import importer
from desktop.core.errors import ProjectError
from desktop.core.library import Library
from desktop.core.records import Changes, ImportProblem, ImportReport
from desktop.gui import runner
from desktop.gui.operations import ExportOperation, ImportOperation, WarmUpOperation
from desktop.gui.runner import CancelFn, Operation, Progress, Task

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_d93c9dc7b4603325.txt"


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    out = []
    for i in range(4):
        p = tmp_path / "in" / f"page{i}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(f"第{i}版", encoding="utf-8")
        out.append(p)
    return out


@pytest.fixture
def fake_prepare(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Replace the heavy compute with a recorder, to test the threading contract itself."""
    seen: dict[str, Any] = {"threads": set()}

    def prepare(path: str | Path) -> object:
        seen["threads"].add(threading.get_ident())
        if "bad" in Path(path).name:
            return ImportProblem(str(path), f"{path}: not a text file")
        return SimpleNamespace(path=str(path), name=Path(path).name, warnings=("odd line end",))

    monkeypatch.setattr(importer, "prepare_page", prepare)
    return seen


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "p.sqlite")
    yield library
    library.close()


def _finish(qtbot: Any, task: Task) -> object:
    if task.is_running():
        with qtbot.waitSignal(task.ended, timeout=60000):
            pass
    assert not task.is_running()
    return task.result


def _import(qtbot: Any, lib: Any, paths: list[Path], **kw: Any) -> tuple[Task, ImportReport]:
    task = runner.start(ImportOperation(lib, paths, kw.pop("on_stored", None), jobs=1))
    for name, slot in kw.items():
        getattr(task, name).connect(slot)
    report = _finish(qtbot, task)
    assert isinstance(report, ImportReport)
    return task, report


def test_pages_are_prepared_in_a_thread_and_stored_on_the_main_thread(
    qtbot: Any, lib: Library, pages: list[Path], fake_prepare: dict[str, Any], monkeypatch: Any
) -> None:
    stored_on: list[int] = []

    def store(item: object) -> Changes:
        stored_on.append(threading.get_ident())
        return Changes(description="Import", documents=True)

    monkeypatch.setattr(lib, "store_prepared", store)
    progress: list[tuple[int, int, str]] = []
    changes: list[Changes] = []
    _task, report = _import(
        qtbot,
        lib,
        pages,
        on_stored=changes.append,
        progressed=lambda d, t, n: progress.append((d, t, n)),
    )
    main = threading.get_ident()
    assert main not in fake_prepare["threads"]
    assert stored_on == [main] * 4
    assert report.imported == tuple(str(p) for p in pages)
    assert report.problems == () and not report.cancelled
    assert len(report.warnings) == 4 and "page0.txt: odd line end" in report.warnings[0].message
    assert progress == [(i + 1, 4, f"page{i}.txt") for i in range(4)]
    assert len(changes) == 4 and all(c.documents for c in changes)


def test_a_page_already_in_the_project_is_skipped_unread(qtbot: Any, lib: Library) -> None:
    _task, first = _import(qtbot, lib, [SAMPLE])
    assert first.imported == (str(SAMPLE),), first
    assert lib.article_count() > 1
    _task, again = _import(qtbot, lib, [SAMPLE])
    assert again.skipped == (str(SAMPLE),) and again.imported == ()


def test_bad_files_become_one_line_problems_and_the_rest_imports(
    qtbot: Any, lib: Library, tmp_path: Path, pages: list[Path], fake_prepare: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(lib, "store_prepared", lambda item: Changes(documents=True))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    _task, report = _import(qtbot, lib, [pages[0], bad, pages[1]])
    assert [p.message for p in report.problems] == [f"{bad}: not a text file"]
    assert len(report.imported) == 2


def test_a_store_error_is_a_problem_not_a_crash(
    qtbot: Any, lib: Library, pages: list[Path], fake_prepare: Any, monkeypatch: Any
) -> None:
    def store(item: object) -> Changes:
        raise ProjectError("p.sqlite", "the project file is locked by another program")

    monkeypatch.setattr(lib, "store_prepared", store)
    _task, report = _import(qtbot, lib, pages[:2])
    assert [p.message for p in report.problems] == [
        "p.sqlite: the project file is locked by another program"
    ] * 2
    assert report.imported == ()


def test_cancel_stops_storing_and_says_so(
    qtbot: Any, lib: Library, pages: list[Path], fake_prepare: Any, monkeypatch: Any
) -> None:
    stored: list[object] = []
    monkeypatch.setattr(
        lib, "store_prepared", lambda item: stored.append(item) or Changes(documents=True)
    )
    task = runner.start(ImportOperation(lib, pages, jobs=1))

    def on_progress(done: int, total: int, name: str) -> None:
        if done == 1:
            task.cancel()

    task.progressed.connect(on_progress)
    report = _finish(qtbot, task)
    assert isinstance(report, ImportReport) and report.cancelled
    assert len(stored) == 1 and report.imported == (str(pages[0]),)


def test_folders_expand_to_their_pages(
    qtbot: Any, lib: Library, pages: list[Path], fake_prepare: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(lib, "store_prepared", lambda item: Changes(documents=True))
    _task, report = _import(qtbot, lib, [pages[0].parent])
    assert sorted(report.imported) == sorted(str(p) for p in pages)


class _Counting(Operation[int]):
    """Yields numbers; fails in the thread or on the main thread when told to."""

    def __init__(self, n: int, fail_at: int | None = None, take_fails_at: int | None = None):
        self.n, self.fail_at, self.take_fails_at = n, fail_at, take_fails_at
        self.taken: list[object] = []
        self.ended = 0

    def work(self, cancel: CancelFn) -> Iterator[object]:
        for i in range(self.n):
            if i == self.fail_at:
                raise ProjectError("p.sqlite", "went away")
            yield i

    def take(self, item: object) -> Progress:
        if item == self.take_fails_at:
            raise ValueError("boom\nsecond line")
        self.taken.append(item)
        return Progress(len(self.taken), self.n, str(item))

    def result(self, *, cancelled: bool) -> int:
        return len(self.taken)

    def end(self) -> None:
        self.ended += 1


def _outcome(qtbot: Any, op: Operation[Any]) -> tuple[list[object], list[str]]:
    task = runner.start(op)
    finished: list[object] = []
    failed: list[str] = []
    task.finished.connect(finished.append)
    task.failed.connect(failed.append)
    _finish(qtbot, task)
    return finished, failed


def test_a_task_finishes_once_with_its_result(qtbot: Any) -> None:
    op = _Counting(5)
    assert _outcome(qtbot, op) == ([5], [])
    assert op.taken == [0, 1, 2, 3, 4] and op.ended == 1


def test_an_error_in_the_thread_is_reported_once_in_one_line(qtbot: Any) -> None:
    op = _Counting(5, fail_at=2)
    assert _outcome(qtbot, op) == ([], ["p.sqlite: went away"])
    assert op.taken == [0, 1] and op.ended == 1


def test_our_bug_on_the_main_thread_is_named_once_and_stops_the_work(qtbot: Any) -> None:
    op = _Counting(50, take_fails_at=1)
    finished, failed = _outcome(qtbot, op)
    assert finished == [] and failed == ["internal error (ValueError: boom)"]
    assert op.taken == [0] and op.ended == 1


def test_wait_concludes_at_once_and_a_task_runs_only_once(qtbot: Any) -> None:
    op = _Counting(3)
    task = runner.start(op)
    finished: list[object] = []
    task.finished.connect(finished.append)
    assert task.wait()
    assert finished == [3] and not task.is_running() and op.ended == 1
    with pytest.raises(RuntimeError):
        task.start()
    qtbot.wait(10)  # the thread's own "finished" arrives later and changes nothing
    assert finished == [3]


def test_warm_up_runs_off_the_gui_thread(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core import facade

    ran_on: list[int] = []
    monkeypatch.setattr(facade, "warm_up", lambda: ran_on.append(threading.get_ident()))
    finished, failed = _outcome(qtbot, WarmUpOperation())
    assert ran_on and ran_on[0] != threading.get_ident()
    assert finished == [None] and failed == []


def test_export_runs_off_the_gui_thread_and_matches_a_direct_export(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "p.sqlite"
    with Library.open(project) as lib:
        lib.import_paths([SAMPLE], jobs=1)
        lib.export("bio", tmp_path / "direct.conll", labels=["LOC"])
    ran_on: list[int] = []
    original = Library.export

    def export(self: Any, *args: Any, **kwargs: Any) -> int:
        ran_on.append(threading.get_ident())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Library, "export", export)
    finished, failed = _outcome(
        qtbot, ExportOperation(project, "bio", tmp_path / "task.conll", labels=["LOC"])
    )
    assert failed == [] and isinstance(finished[0], int) and finished[0] > 1
    assert ran_on and ran_on[0] != threading.get_ident()
    assert (tmp_path / "task.conll").read_bytes() == (tmp_path / "direct.conll").read_bytes()


def test_export_problems_come_back_as_one_line(qtbot: Any, tmp_path: Path) -> None:
    finished, failed = _outcome(
        qtbot, ExportOperation(tmp_path / "missing.sqlite", "doccano", tmp_path / "out.jsonl")
    )
    assert finished == [] and len(failed) == 1
    assert "missing.sqlite" in failed[0] and "\n" not in failed[0]
    assert not (tmp_path / "missing.sqlite").exists()  # never created by an export


def test_the_thread_fixture_tells_a_running_qt_thread_from_an_ended_one(qtbot: Any) -> None:
    """Python keeps a stale "alive" record of every Qt thread that asked for current_thread();
    the fixture (tests/conftest.py) asks the operating system instead, so it still fails a
    test that leaves a Qt thread running, and no production code edits threading's internals."""
    from tests.conftest import _alive, _os_thread_ids

    release = threading.Event()
    seen: dict[str, threading.Thread] = {}
    native: list[int] = []

    class Blocking(Operation[None]):
        def work(self, cancel: CancelFn) -> Iterator[object]:
            native.append(threading.get_native_id())
            seen["thread"] = threading.current_thread()
            release.wait(10)
            return iter(())

        def result(self, *, cancelled: bool) -> None:
            return None

    task = runner.start(Blocking())
    qtbot.waitUntil(lambda: "thread" in seen)
    record = seen["thread"]
    assert isinstance(record, threading._DummyThread)  # type: ignore[attr-defined]
    assert native[0] in _os_thread_ids()
    # When the OS hands a new thread the ident of an ended one, Python returns that thread's
    # stale record (with the old native id): the fixture then sees it as ended, which can
    # only miss a leak, never fail a clean test. A fresh record is judged alive.
    if record.native_id == native[0]:
        assert _alive(record)
    release.set()
    assert task.wait()
    qtbot.waitUntil(lambda: native[0] not in _os_thread_ids(), timeout=5000)
    assert not _alive(record)
    assert record.is_alive()  # what Python itself still says
