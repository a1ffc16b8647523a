"""The project file at scale.

1. Import N pages (default 1,000, varied from the sample: chunks shuffled, numbers changed) on
   1 and on 2 processes: pages per second, and the speed-up of 2 over 1 (same run).
2. Project file size per page (after a WAL checkpoint).
3. A project of 10,000 articles (one prepared page stored again and again under new hashes):
   an edit's apply-and-persist time (Library.apply, one transaction with its history row,
   synced to disk), against a bare one-row UPDATE + COMMIT on the same file with the same sync
   as the baseline; plus the reads the window does when it switches article.

    python -m bench.bench_store            # BENCH_STORE_PAGES=200 for a quick run
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import SAMPLE, row
from desktop.core.edits import ApplyToAll, Relabel
from desktop.core.importer import PreparedPage, prepare_page
from desktop.core.library import Library
from desktop.core.store.samples import rehashed, write_variants

PAGES = int(os.environ.get("BENCH_STORE_PAGES", "1000"))
ARTICLES = 10_000
EDITS = 60


def _import(pages: list[Path], project: Path, jobs: int) -> float:
    with Library.open(project) as lib:
        t0 = time.perf_counter()
        report = lib.import_paths(pages, jobs=jobs)
        elapsed = time.perf_counter() - t0
        assert len(report.imported) == len(pages), report.problems[:3]
    return elapsed


def _file_size(project: Path) -> int:
    conn = sqlite3.connect(project)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return project.stat().st_size


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_import(tmp: Path) -> None:
    pages = write_variants(SAMPLE, tmp / "pages", PAGES)
    times = {}
    for jobs in (1, 2):
        project = tmp / f"import{jobs}.sqlite"
        times[jobs] = _import(pages, project, jobs)
        row(f"import {PAGES} pages, {jobs} process(es)", f"{PAGES / times[jobs]:.1f} pages/s")
    row("speed-up, 2 processes over 1", f"{times[1] / times[2]:.2f}x")
    size = _file_size(tmp / "import1.sqlite")
    raw = sum(p.stat().st_size for p in pages)
    row("project file size per page", f"{size / PAGES / 1024:.1f} KiB")
    row("  page file size (UTF-8), for comparison", f"{raw / PAGES / 1024:.1f} KiB")
    row("  project size / page files size", f"{size / raw:.2f}x")


def bench_edits(tmp: Path) -> None:
    prepared = prepare_page(SAMPLE)
    assert isinstance(prepared, PreparedPage)
    project = tmp / "big.sqlite"
    lib = Library.open(project)
    t0 = time.perf_counter()
    n = 0
    with lib.batch():
        while lib.article_count() < ARTICLES:
            lib.store_prepared(rehashed(prepared, n))
            n += 1
    build = time.perf_counter() - t0
    row(
        f"build: {lib.article_count()} articles in {n} pages",
        f"{build:.1f} s ({build / n * 1000:.1f} ms/page stored)",
    )
    summaries = lib.article_summaries()
    middle = summaries[len(summaries) // 2].id
    target = lib.annotations(middle)[0]
    apply_times = []
    for i in range(EDITS):
        edit = Relabel(target.uuid, "ORG" if i % 2 else "LOC")
        t0 = time.perf_counter()
        lib.apply(edit)
        apply_times.append(time.perf_counter() - t0)
    lib.close()
    conn = sqlite3.connect(project, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")  # as the library does for edits
    bare = []
    for i in range(EDITS):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "UPDATE annotations SET label = ? WHERE uuid = ?",
            ["ORG" if i % 2 else "LOC", target.uuid],
        )
        conn.execute("COMMIT")
        bare.append(time.perf_counter() - t0)
    conn.close()
    edit_ms, bare_ms = _median_ms(apply_times), _median_ms(bare)
    row(f"edit apply+persist, {ARTICLES} articles (median)", f"{edit_ms:.2f} ms")
    row("  bare UPDATE + COMMIT, same file (baseline)", f"{bare_ms:.2f} ms")
    row("  edit / baseline", f"{edit_ms / bare_ms:.1f}x")
    with Library.open(project) as lib:
        t0 = time.perf_counter()
        lib.article_summaries()
        row(
            "article list (article_summaries), all articles",
            f"{(time.perf_counter() - t0) * 1000:.0f} ms",
        )
        switch = []
        for s in summaries[:: len(summaries) // 50][:50]:
            t0 = time.perf_counter()
            lib.article(s.id)
            lib.annotations(s.id)
            switch.append(time.perf_counter() - t0)
        row("switch article (article + annotations, median)", f"{_median_ms(switch):.2f} ms")
        t0 = time.perf_counter()
        hits = lib.search("高质量发展", limit=200)
        row(
            f"search, 5 characters ({len(hits)} hits)",
            f"{(time.perf_counter() - t0) * 1000:.1f} ms",
        )
        t0 = time.perf_counter()
        found = lib.occurrences(middle, target.quote, "project")
        row(
            f"occurrences of a {len(target.quote)}-character term, project ({len(found)})",
            f"{(time.perf_counter() - t0) * 1000:.0f} ms",
        )
        bulk = ApplyToAll(target.quote, "ORG", "entity", tuple(found))
        t0 = time.perf_counter()
        lib.apply(bulk)
        row(f"apply to all {len(found)} occurrences", f"{(time.perf_counter() - t0) * 1000:.0f} ms")
        t0 = time.perf_counter()
        lib.revert(bulk)
        row("  and undo it", f"{(time.perf_counter() - t0) * 1000:.0f} ms")
        row("project file size per article", f"{_file_size(project) / ARTICLES / 1024:.1f} KiB")


def main() -> None:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    row(f"machine: {os.cpu_count()} cores, load average", load)
    with tempfile.TemporaryDirectory(prefix="bench_store_") as name:
        tmp = Path(name)
        bench_import(tmp)
        bench_edits(tmp)


if __name__ == "__main__":
    main()
