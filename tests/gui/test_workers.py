"""The import worker computes in a thread and stores on the main thread; warm-up runs off it."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from desktop.core import importer
from desktop.core.errors import ProjectError
from desktop.core.records import Changes, ImportProblem, ImportReport
from desktop.gui.workers import ImportWorker, WarmUp

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_d93c9dc7b4603325.txt"


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    out = []
    for i in range(4):
        p = tmp_path / f"page{i}.txt"
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


def _run(qtbot: Any, worker: ImportWorker, paths: list[Path]) -> ImportReport:
    with qtbot.waitSignal(worker.finished, timeout=60000) as blocker:
        worker.start(paths, 1)
    assert not worker.is_running()
    report = blocker.args[0]
    assert isinstance(report, ImportReport)
    return report


def test_pages_are_prepared_in_a_thread_and_stored_on_the_main_thread(
    qtbot: Any, pages: list[Path], fake_prepare: dict[str, Any]
) -> None:
    stored_on: list[int] = []

    def store(item: object) -> Changes:
        stored_on.append(threading.get_ident())
        return Changes(description="Import", documents=True)

    worker = ImportWorker(store=store)
    progress: list[tuple[int, int, str]] = []
    worker.progressed.connect(lambda d, t, n: progress.append((d, t, n)))
    changes: list[Changes] = []
    worker.stored.connect(changes.append)
    report = _run(qtbot, worker, pages)

    main = threading.get_ident()
    assert main not in fake_prepare["threads"]
    assert stored_on == [main] * 4
    assert report.imported == tuple(str(p) for p in pages)
    assert report.problems == () and not report.cancelled
    assert len(report.warnings) == 4 and "page0.txt: odd line end" in report.warnings[0].message
    assert progress == [(0, 4, "")] + [(i + 1, 4, f"page{i}.txt") for i in range(4)]
    assert len(changes) == 4 and all(c.documents for c in changes)


def test_a_page_already_in_the_project_is_reported_skipped(
    qtbot: Any, pages: list[Path], fake_prepare: dict[str, Any]
) -> None:
    worker = ImportWorker(
        store=lambda item: Changes() if item.name == "page1.txt" else Changes(documents=True)
    )
    report = _run(qtbot, worker, pages)
    assert report.skipped == (str(pages[1]),)
    assert len(report.imported) == 3


def test_known_pages_are_skipped_without_being_prepared(
    qtbot: Any, pages: list[Path], fake_prepare: dict[str, Any]
) -> None:
    from desktop.core.importer import content_hash

    prepared: list[str] = []
    worker = ImportWorker(store=lambda item: prepared.append(item.name) or Changes(documents=True))
    progress: list[tuple[int, int, str]] = []
    worker.progressed.connect(lambda d, t, n: progress.append((d, t, n)))
    with qtbot.waitSignal(worker.finished, timeout=60000) as blocker:
        worker.start(pages, 1, known=frozenset({content_hash(pages[0]), content_hash(pages[2])}))
    report = blocker.args[0]
    assert report.skipped == (str(pages[0]), str(pages[2]))
    assert prepared == ["page1.txt", "page3.txt"]
    assert [d for d, _t, _n in progress] == [0, 1, 2, 3, 4]


def test_bad_files_become_one_line_problems_and_the_rest_imports(
    qtbot: Any, tmp_path: Path, pages: list[Path], fake_prepare: dict[str, Any]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    worker = ImportWorker(store=lambda item: Changes(documents=True))
    problems: list[str] = []
    worker.problem.connect(problems.append)
    report = _run(qtbot, worker, [pages[0], bad, pages[1]])
    assert problems == [f"{bad}: not a text file"]
    assert [p.path for p in report.problems] == [str(bad)]
    assert len(report.imported) == 2


def test_a_store_error_is_a_problem_not_a_crash(
    qtbot: Any, pages: list[Path], fake_prepare: dict[str, Any]
) -> None:
    def store(item: object) -> Changes:
        raise ProjectError("p.sqlite", "the project file is locked by another program")

    worker = ImportWorker(store=store)
    problems: list[str] = []
    worker.problem.connect(problems.append)
    report = _run(qtbot, worker, pages[:2])
    assert problems == ["p.sqlite: the project file is locked by another program"] * 2
    assert report.imported == ()


def test_cancel_stops_storing_and_says_so(
    qtbot: Any, pages: list[Path], fake_prepare: dict[str, Any]
) -> None:
    stored: list[object] = []
    worker = ImportWorker(store=lambda item: stored.append(item) or Changes(documents=True))

    def on_progress(done: int, total: int, name: str) -> None:
        if done == 1:
            worker.cancel()

    worker.progressed.connect(on_progress)
    report = _run(qtbot, worker, pages)
    assert report.cancelled
    assert len(stored) == 1 and report.imported == (str(pages[0]),)


def test_without_a_store_the_receiver_gets_each_prepared_page(
    qtbot: Any, pages: list[Path], fake_prepare: dict[str, Any]
) -> None:
    worker = ImportWorker()
    got: list[object] = []
    worker.page_ready.connect(got.append)
    _run(qtbot, worker, pages[:2])
    assert [g.name for g in got] == ["page0.txt", "page1.txt"]  # type: ignore[attr-defined]


def test_a_second_start_while_running_is_refused(
    qtbot: Any, pages: list[Path], fake_prepare: dict[str, Any]
) -> None:
    worker = ImportWorker(store=lambda item: Changes(documents=True))
    with qtbot.waitSignal(worker.finished, timeout=60000):
        worker.start(pages, 1)
        with pytest.raises(RuntimeError, match="already running"):
            worker.start(pages, 1)
    assert not worker.is_running()


def test_folders_expand_to_their_pages(
    qtbot: Any, tmp_path: Path, pages: list[Path], fake_prepare: dict[str, Any]
) -> None:
    worker = ImportWorker(store=lambda item: Changes(documents=True))
    report = _run(qtbot, worker, [tmp_path])
    assert sorted(report.imported) == sorted(str(p) for p in pages)


def test_real_sample_page_lands_in_a_real_project(qtbot: Any, tmp_path: Path) -> None:
    from desktop.core.library import Library

    lib = Library.open(tmp_path / "p.sqlite")
    try:
        worker = ImportWorker(store=lib.store_prepared)
        report = _run(qtbot, worker, [SAMPLE])
        assert report.imported == (str(SAMPLE),), report
        assert lib.article_count() > 1
        again = _run(qtbot, ImportWorker(store=lib.store_prepared), [SAMPLE])
        assert again.skipped == (str(SAMPLE),) and again.imported == ()
    finally:
        lib.close()


def test_warm_up_runs_off_the_gui_thread(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.core.extract.segment as segment

    ran_on: list[int] = []
    monkeypatch.setattr(segment, "warm_up", lambda: ran_on.append(threading.get_ident()))
    try:
        import desktop.core.extract as extract

        monkeypatch.setattr(extract, "warm_up", segment.warm_up, raising=False)
    except ImportError:
        pass
    warm = WarmUp()
    with qtbot.waitSignal(warm.ready, timeout=30000):
        warm.start()
    assert ran_on and ran_on[0] != threading.get_ident()
    assert warm.error == ""
    assert warm.wait(0)


def test_export_runs_off_the_gui_thread_and_matches_a_direct_export(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.library import Library
    from desktop.gui.workers import ExportWorker

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
    worker = ExportWorker()
    with qtbot.waitSignal(worker.exported, timeout=30000) as blocker:
        worker.start(project, "bio", tmp_path / "worker.conll", labels=["LOC"])
    assert blocker.args[0] > 1 and not worker.is_running()
    assert ran_on and ran_on[0] != threading.get_ident()
    assert (tmp_path / "worker.conll").read_bytes() == (tmp_path / "direct.conll").read_bytes()


def test_export_problems_come_back_as_one_line(qtbot: Any, tmp_path: Path) -> None:
    from desktop.gui.workers import ExportWorker

    worker = ExportWorker()
    with qtbot.waitSignal(worker.failed, timeout=30000) as blocker:
        worker.start(tmp_path / "missing.sqlite", "doccano", tmp_path / "out.jsonl")
    message = blocker.args[0]
    assert "missing.sqlite" in message and "\n" not in message
    assert not (tmp_path / "missing.sqlite").exists()  # never created by an export
