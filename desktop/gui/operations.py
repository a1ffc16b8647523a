"""The window's background operations, each run by :mod:`desktop.gui.runner`.

- :class:`ImportOperation`: the core's one import (:meth:`Library.begin_import`): pages are
  prepared in the worker thread (in a process pool when the importer decides so), each is
  stored on the GUI thread in one transaction, inside the library's batch mode.
- :class:`ExportOperation`: ``Library.export`` from a second, read-only use of the project file
  in the worker thread (SQLite's WAL lets it read while the window writes).
- :class:`DatasetPreviewOperation`: ``Library.preview_dataset`` (what a dataset import would
  add, remove and replace) from a read-only use of the project file in the worker thread.
- :class:`WarmUpOperation`: loads the extractor's dictionaries so the first import does not
  freeze the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict, cast

from desktop.core.errors import DatasetError
from desktop.core.facade import DatasetPreview, LibraryView, Offsets
from desktop.core.library import ImportItem, ImportRun
from desktop.core.records import Changes, ImportReport
from desktop.gui.error_text import error_text
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


OFFSET_READINGS = ("utf16", "codepoints")


@dataclass(frozen=True)
class DatasetPreviews:
    """What :class:`DatasetPreviewOperation` found. ``preview``: the import as the core reads
    it. When the core could not tell how the file counts offsets (characters outside the BMP),
    ``preview`` is None, ``asked`` is the core's line, and ``readings`` holds the import read
    each way ("utf16", "codepoints"): its preview, or the one line that reading is refused
    with."""

    fmt: str
    path: str
    preview: DatasetPreview | None = None
    asked: str = ""
    readings: dict[str, DatasetPreview | str] = field(default_factory=dict)


class DatasetPreviewOperation(Operation[DatasetPreviews]):
    """Read what importing ``path`` as ``fmt`` would change, off the GUI thread (a large file
    takes seconds), with its own read-only connection to ``project``; writes nothing. A file
    the core refuses fails the task with its one line, except when only the offsets' reading
    is in question: then both readings are previewed, for the user to choose."""

    thread_name = "newsdesk-dataset-preview"

    def __init__(
        self, project: str | Path, fmt: str, path: str | Path, offsets: str | None = None
    ) -> None:
        self._project = Path(project)
        self._fmt = fmt
        self._path = str(path)
        self._offsets = offsets
        self._found: DatasetPreviews | None = None

    def work(self, cancel: CancelFn) -> Iterator[object]:
        from desktop.core.library import Library

        with Library.open(self._project, create=False, readonly=True) as lib:
            try:
                preview = lib.preview_dataset(self._fmt, self._path, offsets=self._offsets)
            except DatasetError as refused:
                if self._offsets is not None or cancel():
                    raise
                readings: dict[str, DatasetPreview | str] = {}
                for reading in OFFSET_READINGS:
                    try:
                        readings[reading] = lib.preview_dataset(
                            self._fmt, self._path, offsets=reading
                        )
                    except DatasetError as exc:
                        readings[reading] = error_text(exc)
                if all(isinstance(r, str) for r in readings.values()):
                    raise  # refused whatever the offsets: the file's own problem
                self._found = DatasetPreviews(
                    self._fmt, self._path, asked=error_text(refused), readings=readings
                )
            else:
                self._found = DatasetPreviews(self._fmt, self._path, preview=preview)
        return iter(())

    def result(self, *, cancelled: bool) -> DatasetPreviews:
        return self._found or DatasetPreviews(self._fmt, self._path)


class WarmUpOperation(Operation[None]):
    """Load the extractor's dictionaries (jieba's takes about a second) off the GUI thread."""

    thread_name = "newsdesk-warm-up"

    def work(self, cancel: CancelFn) -> Iterator[object]:
        from desktop.core.facade import warm_up

        warm_up()
        return iter(())

    def result(self, *, cancelled: bool) -> None:
        return None
