"""The project sub-commands of the CLI (``import``, ``export``, ``import-dataset``, ``stats``,
``settings``), above the core: the progress bar and the stats table live here, not in
``desktop.core``.

Each opens the project through :class:`~desktop.core.library.Library`, does its work and
returns an exit code: 0 on success, 1 when some input files could not be imported (the rest
was), 2 (from the CLI) for a :class:`~desktop.core.errors.NewsdeskError`, which these let
propagate. Progress goes to stderr, and only when stderr is a terminal; results to stdout.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from desktop.core.edits import SetNestedSpans
from desktop.core.export.options import ExportOptions
from desktop.core.library import Library

EXIT_PARTIAL = 1


class _Progress:
    """A one-line progress bar on stderr, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self._stream = stream
        self._label = label
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        width = 30
        filled = width * done // max(total, 1)
        bar = "#" * filled + "-" * (width - filled)
        tail = Path(name).name[-30:] if name else ""
        self._stream.write(f"\r{self._label} [{bar}] {done}/{total} {tail:<30}")
        self._stream.flush()
        self._shown = True

    def finish(self) -> None:
        if self._shown:
            self._stream.write("\n")
            self._stream.flush()


def _progress(label: str) -> _Progress | None:
    return _Progress(sys.stderr, label) if sys.stderr.isatty() else None


def import_command(paths: Sequence[str], project: str, jobs: int | None = None) -> int:
    bar = _progress("importing")
    # An empty file is taken as a project not created yet, as a missing one is: an import
    # killed while it created the project leaves one, and running it again must go on.
    new = not Path(project).exists()
    with Library.open(project) as lib:
        try:
            report = lib.import_paths(paths, jobs=jobs, progress=bar)
        finally:
            if bar is not None:
                bar.finish()
        total_articles = lib.article_count()
    for warning in report.warnings:
        print(f"newsdesk: warning: {warning.message}", file=sys.stderr)
    for problem in report.problems:
        print(f"newsdesk: {problem.message}", file=sys.stderr)
    where = f"{total_articles} article(s) in {project}"
    if new and not report.imported and total_articles == 0:
        # (Nothing could be imported into a project this command made: no empty project is
        # left behind for the user to wonder about.)
        _discard(Path(project))
        where = f"no project was created at {project}"
    print(
        f"imported {len(report.imported)} page(s), skipped {len(report.skipped)} already in the "
        f"project, {len(report.problems)} problem(s); {where}"
    )
    if report.cancelled:
        print("newsdesk: import cancelled", file=sys.stderr)
        return EXIT_PARTIAL
    return EXIT_PARTIAL if report.problems else 0


def _discard(path: Path) -> None:
    """Remove a project this command created and stored nothing in (closed already: SQLite
    removed its -wal and -shm files; any left are removed too)."""
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        path.with_name(name).unlink(missing_ok=True)


def export_command(
    project: str,
    fmt: str,
    out: str,
    *,
    reviewed_only: bool = False,
    accepted_only: bool = False,
    labels: Sequence[str] | None = None,
    options: ExportOptions | None = None,
) -> int:
    """Export, then say on stdout what was written and what was left out; on stderr, what a
    format could not hold (BIO: nested spans dropped)."""
    with Library.open(project, create=False, readonly=True) as lib:
        summary = lib.export_dataset(
            fmt,
            out,
            reviewed_only=reviewed_only,
            accepted_only=accepted_only,
            labels=labels,
            options=options,
        )
    for warning in summary.warnings():
        print(f"newsdesk: warning: {out}: {warning}", file=sys.stderr)
    print(summary.line(out))
    return 0


def import_dataset_command(
    path: str,
    project: str,
    fmt: str,
    *,
    replace: bool = False,
    offsets: str | None = None,
    dry_run: bool = False,
    reviewed: bool = False,
) -> int:
    """Import a dataset file; with ``dry_run``, print what it would change and change nothing.
    Removing or replacing spans needs ``replace`` (the error says how many)."""
    if dry_run:
        with Library.open(project, create=False, readonly=True) as lib:
            shown = lib.preview_dataset(fmt, path, offsets=offsets)
        print("\n".join(shown.lines()))
        return 0
    with Library.open(project) as lib:  # an empty file: as for import_command
        edit = lib.dataset_edit(fmt, path, replace=replace, offsets=offsets, reviewed=reviewed)
        changes = lib.import_edit(edit)
    preview = edit.preview
    print(
        f"{changes.description}: {len(changes.added)} span(s) added, "
        f"{len(changes.removed)} removed, {len(changes.updated)} updated in "
        f"{len(changes.articles)} article(s)"
    )
    if preview is not None:
        for line in preview.lines()[1:]:
            if line.startswith(("duplicate:", "skipped:")):
                print(f"newsdesk: {Path(path).name}: {line}", file=sys.stderr)
    return 0


def train_command(project: str) -> int:
    """Train the project's model from its reviewed articles and report both models' F1 on the
    reviewed articles held back from training."""
    with Library.open(project, create=False) as lib:
        report = lib.train_model()
    print(
        f"trained on {report.sentences} reviewed article(s) in {report.seconds:.1f} s; on "
        f"{report.held_back} held back: shipped model F1 {report.f1_shipped:.3f}, "
        f"project model F1 {report.f1_project:.3f}"
    )
    return 0


def stats_command(project: str, *, as_json: bool = False, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    with Library.open(project, create=False, readonly=True) as lib:
        stats = lib.stats()
    if as_json:
        json.dump(stats, out, ensure_ascii=False, sort_keys=True)
        out.write("\n")
        return 0
    out.write(_stats_text(stats))
    return 0


def settings_command(
    project: str, *, nested_spans: bool | None = None, out: TextIO | None = None
) -> int:
    """Print the project's settings, or change one (one line saying what it is now and was).
    A change is an edit like any other: in the history, undoable from the window."""
    out = out or sys.stdout
    if nested_spans is None:
        with Library.open(project, create=False, readonly=True) as lib:
            for name, value in lib.settings().items():
                out.write(f"{name.replace('_', '-'):<14}{value}\n")
        return 0
    with Library.open(project, create=False) as lib:
        was = lib.nested_spans()
        lib.apply(SetNestedSpans(nested_spans))
    now_ = "on" if nested_spans else "off"
    if was == nested_spans:
        out.write(f"nested-spans is already {now_} in {project}\n")
    else:
        out.write(f"nested-spans {now_} in {project} (was {'on' if was else 'off'})\n")
    return 0


def _stats_text(stats: dict[str, Any]) -> str:
    lines = [
        f"project      {stats['project']}",
        f"documents    {stats['documents']}",
        f"articles     {stats['articles']}  ({_pairs(stats['articles_by_status'])})",
        f"annotations  {stats['annotations']}  ({_pairs(stats['annotations_by_status'])})",
        f"  by label   {_pairs(stats['annotations_by_label'])}",
        f"  by source  {_pairs(stats['annotations_by_source'])}",
        f"linked       {stats['linked_articles']} article(s) continued across pages",
        f"lexicon      {stats['lexicon']} term(s)",
        f"history      {stats['history']} change(s)",
    ]
    if stats.get("file_bytes") is not None:
        lines.append(f"file size    {stats['file_bytes'] / 1024:.0f} KiB")
    return "\n".join(lines) + "\n"


def _pairs(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items()) or "none"
