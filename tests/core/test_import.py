"""Importing real pages: the sample, folders, re-imports, progress, cancel, parallel workers."""

from __future__ import annotations

import multiprocessing
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.importer import PreparedPage, expand_paths, iter_prepared, prepare_page
from desktop.core.library import Library
from desktop.core.records import ImportProblem
from desktop.core.store import rows
from desktop.core.store.samples import write_variants

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "p.sqlite")
    yield library
    library.close()


def test_import_sample_page(lib: Library) -> None:
    report = lib.import_paths([SAMPLE], jobs=1)
    assert report.imported == (str(SAMPLE),) and not report.problems
    prepared = prepare_page(SAMPLE)
    assert isinstance(prepared, PreparedPage)
    summaries = lib.article_summaries()
    assert len(summaries) == len(prepared.page.articles)
    assert [s.index for s in summaries] == list(range(len(summaries)))
    for summary, article, extraction in zip(
        summaries, prepared.page.articles, prepared.extractions, strict=True
    ):
        detail = lib.article(summary.id)
        assert detail.text == article.text and detail.source_map == article.source_map
        assert detail.continued_from == article.continued_from
        anns = lib.annotations(summary.id)
        assert len(anns) == len(extraction.entities) + len(extraction.figures)
        assert all(detail.text[a.start : a.end] == a.quote for a in anns)
        assert {a.source for a in anns} <= {"auto"} and {a.status for a in anns} <= {"suggested"}
    raw = lib.document_raw(summaries[0].document_id)
    assert raw == prepared.page.raw
    detail = lib.article(summaries[1].id)
    lines = lib.raw_lines(detail.id, 0, 10)
    assert detail.text[:4] in raw.split("\n")[lines[0]].replace(" ", "")
    assert lib.check() == []


def test_reimport_is_skipped_not_duplicated(lib: Library, tmp_path: Path) -> None:
    lib.import_paths([SAMPLE], jobs=1)
    before = rows.dump(lib._conn)
    copy = tmp_path / "copy.txt"
    shutil.copy(SAMPLE, copy)
    report = lib.import_paths([SAMPLE, copy], jobs=1)
    assert report.imported == () and set(report.skipped) == {str(SAMPLE), str(copy)}
    assert rows.dump(lib._conn) == before


def test_folder_import_progress_and_cancel(lib: Library, tmp_path: Path) -> None:
    pages = write_variants(SAMPLE, tmp_path / "pages", 4)
    (tmp_path / "pages" / "notes.md").write_text("not a page", encoding="utf-8")
    assert expand_paths([tmp_path / "pages"]) == pages
    seen: list[tuple[int, int, str]] = []
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return len(seen) >= 2

    report = lib.import_paths(
        [tmp_path / "pages"], jobs=1, progress=lambda d, t, n: seen.append((d, t, n)), cancel=cancel
    )
    assert report.cancelled and len(report.imported) == 2
    assert [(d, t) for d, t, _ in seen] == [(1, 4), (2, 4)]
    assert len(lib.documents()) == 2
    report = lib.import_paths([tmp_path / "pages"], jobs=1)
    assert len(report.imported) == 2 and len(report.skipped) == 2 and not report.cancelled
    assert len(lib.documents()) == 4


def test_missing_path_is_a_problem_and_the_rest_imports(lib: Library, tmp_path: Path) -> None:
    report = lib.import_paths([tmp_path / "absent.txt", SAMPLE], jobs=1)
    assert report.imported == (str(SAMPLE),)
    (problem,) = report.problems
    assert "absent.txt" in problem.message and "\n" not in problem.message


def test_two_workers_prepare_exactly_what_one_does(tmp_path: Path) -> None:
    pages = write_variants(SAMPLE, tmp_path / "pages", 4, seed=3)
    pooled = list(iter_prepared(pages, jobs=2, pool_min=1))
    # the one-process run also happens in a fresh process, so both read the same code
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        alone = pool.apply(_prepare_alone, (pages,))
    assert all(isinstance(p, PreparedPage) for p in pooled)
    # a pool yields pages as they finish (issue 12, item 7): compare them in path order
    assert sorted(pooled, key=lambda p: p.path) == sorted(alone, key=lambda p: p.path)


def _prepare_alone(pages: list[Path]) -> list[PreparedPage | ImportProblem]:
    return list(iter_prepared(pages, jobs=1))


def test_small_batches_skip_the_pool(tmp_path: Path) -> None:
    pages = write_variants(SAMPLE, tmp_path / "pages", 2)
    with Library.open(tmp_path / "p.sqlite") as lib:
        report = lib.import_paths(pages, jobs=8)  # two pages: no worker is started
        assert len(report.imported) == 2


def test_iter_prepared_in_pool_reports_problems(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    results = list(iter_prepared([SAMPLE, empty], jobs=2, pool_min=1))
    pages = [r for r in results if isinstance(r, PreparedPage)]
    (problem,) = [r for r in results if isinstance(r, ImportProblem)]
    assert len(pages) == 1 and "empty.txt" in problem.message
