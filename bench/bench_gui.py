"""The window's speed and memory, offscreen: start-up, article switch, edit-to-persisted, RSS.

Goals (issue 5): process start to the first article painted <= 1.5 s (jieba loads off the GUI
thread); article switch <= 50 ms and edit-to-persisted <= 20 ms with 10,000 articles in the
project; memory with 10,000 articles reported. Each figure is printed with its ratio to the goal
(< 1.00 meets it) and, where it makes sense, to the same measure on the one-page sample project
in this run (how it scales with the project's size).

The 10,000-article project is built through the core: the sample page is prepared once and
stored again and again with a varied content hash (``Library.store_prepared``), so its articles
are real reflowed articles with real suggestions.
"""

from __future__ import annotations

import dataclasses
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import ROOT, SAMPLE, row

GOAL_START_S = 1.5
GOAL_SWITCH_MS = 50.0
GOAL_EDIT_MS = 20.0
BIG_ARTICLES = 10_000
SAMPLES = 60


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


# --- projects -------------------------------------------------------------------------------


def build_sample_project(path: Path) -> None:
    from desktop.core.library import Library

    with Library.open(path) as lib:
        lib.import_paths([SAMPLE], jobs=1)


def build_big_project(path: Path, articles: int) -> tuple[float, int]:
    """Store the prepared sample page until the project holds ``articles``; (seconds, pages)."""
    from desktop.core.importer import PreparedPage, prepare_page
    from desktop.core.library import Library

    prepared = prepare_page(SAMPLE)
    assert isinstance(prepared, PreparedPage), prepared
    per_page = len(prepared.page.articles)
    pages = -(-articles // per_page)
    t0 = time.perf_counter()
    with Library.open(path) as lib, lib.batch():
        for i in range(pages):
            lib.store_prepared(
                dataclasses.replace(
                    prepared, sha256=f"{i:064x}", name=f"page{i:05d}.txt", path=f"page{i:05d}.txt"
                )
            )
        assert lib.article_count() >= articles
    return time.perf_counter() - t0, pages


# --- start-up, in a fresh process -----------------------------------------------------------

CHILD = "--child-startup"
FIRST_LAUNCH = "first-launch"  # no project yet: the default one is created and filled first


def child_startup(project: str) -> int:
    """Run what ``newsdesk`` runs; print when the reader first paints article text."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("newsdesk")
    QCoreApplication.setApplicationName("newsdesk")
    app = QApplication(sys.argv[:1])
    from desktop.gui import create_main_window, dialogs, fonts, i18n, runner
    from desktop.gui.operations import WarmUpOperation

    i18n.install_translator(app)
    fonts.check_cjk_font()
    if project == FIRST_LAUNCH:
        from desktop.gui import paths

        project = str(paths.ensure_default_project())
    window = create_main_window(project)
    dialogs.install(window)
    state: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "shown" not in state and window.reader.text:
                state["shown"] = time.time()
                print(f"SHOWN {state['shown']:.6f}", flush=True)
                print(f"RSS {rss_mb():.1f}", flush=True)
            return False

    painter = FirstPaint()
    window.reader.viewport().installEventFilter(painter)

    def on_ready() -> None:
        print(f"WARM {time.time():.6f} {warm.error or ''}", flush=True)
        print(f"RSSWARM {rss_mb():.1f}", flush=True)
        window.close()
        app.quit()

    window.show()
    warm = runner.start(WarmUpOperation())
    warm.ended.connect(on_ready)
    return int(app.exec())


def startup(project: Path | str, runs: int = 3, scratch: Path | None = None) -> tuple[float, float]:
    """Best (start -> first article painted, start -> jieba ready) over ``runs`` fresh processes,
    and the RSS (MB) once jieba is loaded, all of the window's start-up done.

    With ``project=FIRST_LAUNCH`` each run gets an empty data folder under ``scratch``."""
    shown, warm, rss = [], [], []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for run in range(runs):
        if project == FIRST_LAUNCH:
            env["NEWSDESK_DATA_DIR"] = tempfile.mkdtemp(prefix=f"first-{run}-", dir=scratch)
        t0 = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "bench.bench_gui", CHILD, str(project)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        lines = {ln.split()[0]: ln.split()[1] for ln in out.stdout.splitlines() if ln.strip()}
        if out.returncode != 0 or "SHOWN" not in lines:
            raise SystemExit(f"start-up child failed: {out.stderr[-1500:]}")
        shown.append(float(lines["SHOWN"]) - t0)
        warm.append(float(lines.get("WARM", "nan")) - t0)
        rss.append(float(lines.get("RSSWARM", "nan")))
    return min(shown), min(warm), min(rss)


# --- in-process window measures -------------------------------------------------------------


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95) - 1] * 1000


class ReadCounter:
    """Counts the project reads made outside any write transaction (SQL statements other than
    the write's own), from SQLite's statement trace of the window's connection."""

    def __init__(self, conn: Any) -> None:
        self.reads = 0
        self._in_write = False
        conn.set_trace_callback(self._on_statement)

    def _on_statement(self, sql: str) -> None:
        head = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
        if head == "BEGIN":
            self._in_write = True
        elif head in ("COMMIT", "ROLLBACK"):
            self._in_write = False
        elif not self._in_write and head in ("SELECT", "WITH", "PRAGMA"):
            self.reads += 1


def reads_per_key_press(app: Any, project: Path, rng: random.Random) -> dict[str, float]:
    """Project reads beyond the write, per key press that edits: a label key on a selection
    (the article being "new", so the same step also starts its review), accept (A) on a
    suggestion, and undo. Goal: 0."""
    from desktop.gui import create_main_window, dialogs

    window = create_main_window(project)
    dialogs.install(window)
    window.show()
    app.processEvents()
    lib = window.session.library
    news = [s.id for s in lib.article_summaries() if s.status == "new" and s.n_entities]
    counter = ReadCounter(lib._conn)
    label_reads, accept_reads, undo_reads = [], [], []
    actions = window.edit_actions
    for article_id in rng.sample(news, min(20, len(news))):
        window.select_article(article_id)
        app.processEvents()
        text = window.reader.text
        start = next(
            i
            for i in range(rng.randrange(len(text) // 2), len(text) - 3)
            if not any(a.start < i + 2 and i < a.end for a in window.reader.annotations())
            and not text[i : i + 2].isspace()
        )
        window.reader.select_span(start, start + 2)
        counter.reads = 0
        actions.label_actions[0].trigger()  # the label's key: the span, and "in progress"
        app.processEvents()
        label_reads.append(counter.reads)
        suggested = [a for a in window.reader.annotations() if a.status == "suggested"]
        if suggested:
            window.reader.select_span(suggested[0].start, suggested[0].start)
            counter.reads = 0
            actions.accept.trigger()
            app.processEvents()
            accept_reads.append(counter.reads)
        counter.reads = 0
        window.session.undo_stack.undo()
        app.processEvents()
        undo_reads.append(counter.reads)
    lib._conn.set_trace_callback(None)
    window.close()
    app.processEvents()
    return {
        "label": statistics.mean(label_reads),
        "accept": statistics.mean(accept_reads) if accept_reads else float("nan"),
        "undo": statistics.mean(undo_reads),
    }


def window_figures(app: Any, project: Path, rng: random.Random) -> dict[str, Any]:
    from desktop.core import edits
    from desktop.gui import create_main_window, dialogs

    rss0 = rss_mb()
    t0 = time.perf_counter()
    window = create_main_window(project)
    dialogs.install(window)
    window.show()
    app.processEvents()
    opened = time.perf_counter() - t0
    lib = window.session.library
    ids = [s.id for s in lib.article_summaries()]

    switches = []
    for article_id in rng.sample(ids, min(SAMPLES, len(ids))):
        t = time.perf_counter()
        window.select_article(article_id)
        app.processEvents()  # layout and paint of the new article
        switches.append(time.perf_counter() - t)

    pushes, undos = [], []
    stack = window.session.undo_stack
    text = window.reader.text
    label = next(lab for lab in lib.labels() if lab.kind == "entity")
    for _ in range(SAMPLES):
        start = rng.randrange(0, len(text) - 4)
        edit = edits.AddSpan(window.reader.article_id, start, start + 3, label.name)
        t = time.perf_counter()
        window.session.push(edit)  # applied, committed and every view refreshed on return
        pushes.append(time.perf_counter() - t)
        t = time.perf_counter()
        stack.undo()
        undos.append(time.perf_counter() - t)
    assert lib.annotation(edit.uuid) is None
    rss = rss_mb()
    window.close()
    app.processEvents()
    return {
        "articles": len(ids),
        "open_s": opened,
        "switch": _ms(switches),
        "push": _ms(pushes),
        "undo": _ms(undos),
        "rss": rss,
        "rss_growth": rss - rss0,
    }


def main() -> None:
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    # The offscreen platform says it cannot propagate size hints once per window: not ours.
    qInstallMessageHandler(
        lambda _kind, _ctx, msg: (
            None if "propagateSizeHints" in msg else print(msg, file=sys.stderr)
        )
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("NEWSDESK_DATA_DIR", str(Path(tmp) / "data"))
        os.environ.setdefault("NEWSDESK_CACHE_DIR", str(Path(tmp) / "cache"))
        # The windows the bench closes must not leave their layout in the user's settings.
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "config"))
        small = Path(tmp) / "sample.sqlite"
        big = Path(tmp) / "big.sqlite"
        build_sample_project(small)
        built_s, pages = build_big_project(big, BIG_ARTICLES)
        row(
            "big project",
            f"{pages} pages stored in {built_s:.1f} s, {big.stat().st_size / 1e6:.0f} MB on disk",
        )

        shown, warm, rss_small = startup(small)
        row(
            "start -> first article painted (sample)",
            f"{shown:.2f} s  (goal {GOAL_START_S} s: ratio {shown / GOAL_START_S:.2f})",
        )
        row("start -> jieba ready, off the GUI thread", f"{warm:.2f} s")
        first, _, _ = startup(FIRST_LAUNCH, runs=2, scratch=Path(tmp))
        row(
            "first launch -> first article painted",
            f"{first:.2f} s  (creates the project and imports the sample first; "
            f"ratio {first / GOAL_START_S:.2f})",
        )
        shown_big, _, rss_big = startup(big, runs=2)
        row(
            f"start -> first article painted ({BIG_ARTICLES:,})",
            f"{shown_big:.2f} s  (ratio {shown_big / GOAL_START_S:.2f}; "
            f"x{shown_big / shown:.2f} the sample)",
        )

        base = window_figures(app, small, rng)
        fig = window_figures(app, big, rng)
        for key, name, goal in (
            ("switch", "article switch", GOAL_SWITCH_MS),
            ("push", "edit -> persisted (+views refreshed)", GOAL_EDIT_MS),
            ("undo", "undo -> persisted", GOAL_EDIT_MS),
        ):
            med, p95 = fig[key]
            row(
                f"{name} ({fig['articles']:,} articles)",
                f"median {med:.1f} ms, p95 {p95:.1f} ms  (goal {goal:.0f} ms: ratio "
                f"{med / goal:.2f}; x{med / base[key][0]:.2f} the {base['articles']}-article "
                f"project)",
            )
        reads = reads_per_key_press(app, big, rng)
        row(
            f"project reads per key press beyond the write ({BIG_ARTICLES:,})",
            f"label key {reads['label']:.1f}, accept {reads['accept']:.1f}, "
            f"undo {reads['undo']:.1f}  (goal 0)",
        )
        row(f"window open ({fig['articles']:,} articles)", f"{fig['open_s'] * 1000:.0f} ms")
        row(
            f"memory with {fig['articles']:,} articles (fresh app)",
            f"RSS {rss_big:.0f} MB vs {rss_small:.0f} MB with {base['articles']} articles "
            f"(x{rss_big / rss_small:.2f}), window shown and jieba loaded",
        )
        row(
            f"memory after the switches and edits ({fig['articles']:,})",
            f"RSS {fig['rss']:.0f} MB in this process; opening that window added "
            f"{fig['rss_growth']:.0f} MB (the {base['articles']}-article one "
            f"{base['rss_growth']:.0f} MB)",
        )


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == CHILD:
        raise SystemExit(child_startup(sys.argv[2]))
    main()
