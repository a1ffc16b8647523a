"""The window's background operations, each run by :mod:`desktop.gui.runner`.

- :class:`ImportOperation`: the core's one import (:meth:`Library.begin_import`): pages are
  prepared in the worker thread (in a process pool when the importer decides so), each is
  stored on the GUI thread in one transaction, inside the library's batch mode.
- :class:`ExportOperation`: ``Library.export`` from a second, read-only use of the project file
  in the worker thread (SQLite's WAL lets it read while the window writes).
- :class:`WarmUpOperation`: loads the extractor's dictionaries so the first import does not
  freeze the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TypedDict, cast

from desktop.core.facade import LibraryView, Offsets
from desktop.core.library import ImportItem, ImportRun
from desktop.core.records import Changes, ImportReport
from desktop.gui.runner import CancelFn, Operation, Progress

ChangesSink = Callable[[Changes], None]


class ImportOperation(Operation[ImportReport]):
    """Import files and folders into ``library``; ``on_stored`` hears each page's Changes."""

    thread_name = "newsdesk-import"

    def __init__(
        self,
        library: LibraryView,
        paths: Sequence[str | Path],
        on_stored: ChangesSink | None = None,
        *,
        jobs: int | None = None,
    ) -> None:
        self._library = library
        self._paths = [str(p) for p in paths]
        self._jobs = jobs
        self._on_stored = on_stored
        self._batch = ExitStack()
        self._run: ImportRun | None = None

    def begin(self) -> None:
        self._run = self._library.begin_import(self._paths, jobs=self._jobs)
        # one WAL checkpoint after the import, not one every few pages
        self._batch.enter_context(self._library.batch())

    @property
    def total(self) -> int | None:
        """How many files the import reads (folders expanded); None before it began."""
        return None if self._run is None else self._run.total

    def work(self, cancel: CancelFn) -> Iterator[object]:
        assert self._run is not None
        items = self._run.items(cancel)
        try:
            yield from items
        finally:
            items.close()  # stops the pool at once on cancel

    def take(self, item: object) -> Progress:
        run = self._running()
        changes = run.take(cast("ImportItem", item))  # what work() yielded
        if changes and self._on_stored is not None:
            self._on_stored(changes)
        return Progress(run.done, max(run.total, run.done), Path(run.last_path).name)

    def result(self, *, cancelled: bool) -> ImportReport:
        return self._running().report(cancelled=cancelled)

    def end(self) -> None:
        self._batch.close()  # before the project file closes

    def _running(self) -> ImportRun:
        assert self._run is not None, "begin() first"
        return self._run


class ExportChoices(TypedDict):
    """What the export dialog chose: :meth:`Library.export`'s keywords."""

    reviewed_only: bool
    accepted_only: bool
    labels: Sequence[str] | None
    suggestions: bool
    offsets: Offsets
    csv_bom: bool


class ExportOperation(Operation[int]):
    """Write the project's dataset in ``fmt`` to ``out``; the number of articles written."""

    thread_name = "newsdesk-export"

    def __init__(
        self,
        project: str | Path,
        fmt: str,
        out: str | Path,
        *,
        reviewed_only: bool = False,
        accepted_only: bool = False,
        labels: Sequence[str] | None = None,
        suggestions: bool = False,
        offsets: Offsets = "utf16",
        csv_bom: bool = True,
    ) -> None:
        self._project = Path(project)
        self._fmt = fmt
        self._out = str(out)
        self._options = (reviewed_only, accepted_only, labels)
        self._extra = (suggestions, offsets, csv_bom)
        self._count = 0

    def work(self, cancel: CancelFn) -> Iterator[object]:
        from desktop.core.library import Library

        reviewed_only, accepted_only, labels = self._options
        suggestions, offsets, csv_bom = self._extra
        with Library.open(self._project, create=False) as lib:
            self._count = lib.export(
                self._fmt,
                self._out,
                reviewed_only=reviewed_only,
                accepted_only=accepted_only,
                labels=labels,
                suggestions=suggestions,
                offsets=offsets,
                csv_bom=csv_bom,
            )
        return iter(())

    def result(self, *, cancelled: bool) -> int:
        return self._count


class WarmUpOperation(Operation[None]):
    """Load the extractor's dictionaries (jieba's takes about a second) off the GUI thread."""

    thread_name = "newsdesk-warm-up"

    def work(self, cancel: CancelFn) -> Iterator[object]:
        from desktop.core.facade import warm_up

        warm_up()
        return iter(())

    def result(self, *, cancelled: bool) -> None:
        return None
