"""Background work for the window: importing pages, exporting, and warming up jieba.

Workers compute; the main thread writes. :class:`ImportWorker` runs
``desktop.core.importer.iter_prepared`` (decode + reflow + extract) in a QThread and hands each
prepared page back through a queued signal; the main thread then stores it with
``Library.store_prepared`` (one transaction per page), so the project is only ever written
from the GUI thread. :class:`WarmUp` loads jieba's dictionary off the GUI thread so the first
extraction does not freeze the window. :class:`ExportWorker` writes an export from a second,
read-only use of the project file in its own thread (SQLite's WAL lets it read while the window
writes).

All three own their QThread and always quit and join it before emitting their final signal,
so no thread outlives its worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from desktop.core.errors import NewsdeskError
from desktop.core.records import Changes, ImportProblem, ImportReport

#: With ``jobs=None``, fewer pages than this are prepared in the worker thread itself; more go
#: to a pool of processes (one per core), each of which loads the dictionaries once.
POOL_THRESHOLD = 8


def _name_of(item: object) -> str:
    for attr in ("path", "source", "name"):
        value = getattr(item, attr, None)
        if value:
            return Path(str(value)).name
    return ""


def _path_of(item: object) -> str:
    for attr in ("path", "source", "name"):
        value = getattr(item, attr, None)
        if value:
            return str(value)
    return ""


def _forget_thread_record() -> None:
    """Drop Python's record of the current Qt thread as it ends.

    The first time code in a thread Python did not start asks for ``threading.current_thread()``
    (logging and jieba do), Python registers a ``_DummyThread`` that it never removes on 3.11, so
    ``threading.enumerate()`` would list one dead "alive" thread per import. Call this as the last
    Python statement of a job's ``run``.
    """
    record = threading._active.get(threading.get_ident())  # type: ignore[attr-defined]
    if isinstance(record, threading._DummyThread):
        with threading._active_limbo_lock:  # type: ignore[attr-defined]
            threading._active.pop(threading.get_ident(), None)  # type: ignore[attr-defined]


def _launch(job: QObject, name: str, *ends: Any) -> QThread:
    """A new thread named ``name`` that runs ``job.run`` once started.

    Each signal in ``ends`` quits the thread's event loop from the thread itself, so ``wait()``
    on the main thread returns without the main thread's event loop having to run.
    """
    thread = QThread()
    thread.setObjectName(name)
    job.moveToThread(thread)
    thread.started.connect(job.run)  # type: ignore[attr-defined]
    for end in ends:
        end.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    return thread


class _ThreadedWorker(QObject):
    """Owns one job at a time, run in its own QThread (import, warm-up, export).

    Subclasses connect the job's signals, then call :meth:`_run`; their handler of the job's
    last signal calls :meth:`_finish` before telling the world.
    """

    #: how long :meth:`wait` blocks by default
    WAIT_MS = 30000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: QObject | None = None
        self._spent: tuple[object, object] | None = None
        self._joins_on_quit = False

    def is_running(self) -> bool:
        """True while the worker thread executes."""
        return self._thread is not None and self._thread.isRunning()

    def wait(self, msecs: int | None = None) -> bool:
        """Block until the thread ends (for shutdown); True when it has."""
        if self._thread is None:
            return True
        return self._thread.wait(self.WAIT_MS if msecs is None else msecs)

    def _run(self, job: QObject, name: str, *ends: Any) -> None:
        self._thread, self._job = _launch(job, name, *ends), job
        app = QCoreApplication.instance()
        if app is not None and not self._joins_on_quit:
            # A QThread destroyed while running aborts the process: join it when the app quits.
            app.aboutToQuit.connect(self._on_app_about_to_quit)
            self._joins_on_quit = True
        self._thread.start()

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        self.wait()

    def _finish(self) -> None:
        """Join the ended thread. The finished pair stays alive until the next start: the job
        is the sender of the signal being handled, so it must not be deleted under it."""
        thread, job = self._thread, self._job
        if thread is not None:
            thread.quit()
            thread.wait()
        self._spent = (thread, job)
        self._thread, self._job = None, None


class _ImportJob(QObject):
    """Lives in the worker thread: expands the paths and prepares each page."""

    prepared = Signal(object)  # PreparedPage | ImportProblem
    counted = Signal(int)
    skipped = Signal(str)  # a page whose content is already in the project
    done = Signal()

    def __init__(
        self,
        paths: list[str],
        jobs: int | None,
        cancelled: threading.Event,
        known: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__()
        self._paths = paths
        self._jobs = jobs
        self._cancelled = cancelled
        self._known = known

    @Slot()
    def run(self) -> None:
        try:
            from desktop.core.importer import content_hash, expand_paths, iter_prepared

            files = expand_paths(self._paths)
            self.counted.emit(len(files))
            todo = []
            for path in files:
                if self._known and path.is_file() and content_hash(path) in self._known:
                    self.skipped.emit(str(path))  # hashing is cheap; preparing is not
                else:
                    todo.append(path)
            files = todo
            jobs = self._jobs
            if jobs is None and len(files) < POOL_THRESHOLD:
                jobs = 1  # starting worker processes costs more than a few pages take here
            for item in iter_prepared(files, jobs=jobs, cancel=self._cancelled.is_set):
                if self._cancelled.is_set():
                    break
                self.prepared.emit(item)
        except NewsdeskError as exc:
            self.prepared.emit(ImportProblem(path="", message=str(exc)))
        except Exception as exc:  # our bug: reported as one line, the thread still ends cleanly
            self.prepared.emit(ImportProblem(path="", message=f"import failed: {exc!r}"))
        finally:
            self.done.emit()
            _forget_thread_record()


class ImportWorker(_ThreadedWorker):
    """Import files or folders: prepare in a thread, store on the main thread.

    ``store`` writes one prepared page on the main thread and returns its Changes (typically
    ``library.store_prepared``); the report then tells imported pages from skipped ones (an
    empty Changes means the page was already in the project). Without ``store`` the receiver of
    :attr:`page_ready` stores each page itself.

    Signals: ``progressed(done, total, name)`` after each page, ``page_ready(prepared)`` for each
    prepared page (after it is stored, when ``store`` is given), ``stored(changes)`` with what
    the store changed, ``problem(message)`` for a page that could not be imported (one line
    naming the file), ``finished(report)`` once, with an :class:`ImportReport`, after the thread
    has ended.
    """

    progressed = Signal(int, int, str)
    page_ready = Signal(object)
    stored = Signal(object)
    problem = Signal(str)
    finished = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        store: Callable[[Any], Changes] | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._cancelled = threading.Event()
        self._reset()

    def _reset(self) -> None:
        self._total = 0
        self._done = 0
        self._imported: list[str] = []
        self._skipped: list[str] = []
        self._problems: list[ImportProblem] = []
        self._warnings: list[ImportProblem] = []

    def start(
        self,
        paths: Sequence[str | Path],
        jobs: int | None = None,
        *,
        known: frozenset[str] = frozenset(),
    ) -> None:
        """Start importing ``paths`` (files or folders). Returns at once.

        Pages whose content hash is in ``known`` (the project's documents) are reported skipped
        without being prepared."""
        if self._thread is not None:
            raise RuntimeError("an import is already running")
        self._reset()
        self._cancelled.clear()
        job = _ImportJob([str(p) for p in paths], jobs, self._cancelled, known)
        job.counted.connect(self._on_job_counted)
        job.skipped.connect(self._on_job_skipped)
        job.prepared.connect(self._on_job_prepared)
        job.done.connect(self._on_job_done)
        self._run(job, "newsdesk-import", job.done)

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        self.cancel()
        self.wait()

    def cancel(self) -> None:
        """Stop after the page being prepared; pages already stored stay in the project."""
        self._cancelled.set()

    @Slot(int)
    def _on_job_counted(self, total: int) -> None:
        self._total = total
        self.progressed.emit(0, total, "")

    @Slot(str)
    def _on_job_skipped(self, path: str) -> None:
        if self._cancelled.is_set():
            return
        self._done += 1
        self._skipped.append(path)
        self.progressed.emit(self._done, max(self._total, self._done), Path(path).name)

    @Slot(object)
    def _on_job_prepared(self, item: object) -> None:
        if self._cancelled.is_set():
            return
        self._done += 1
        name = _name_of(item)
        if isinstance(item, ImportProblem):
            self._problems.append(item)
            self.problem.emit(item.message)
        else:
            self._store_one(item)
        self.progressed.emit(self._done, max(self._total, self._done), name)

    def _store_one(self, item: object) -> None:
        path = _path_of(item)
        if self._store is None:
            self._imported.append(path)
            self.page_ready.emit(item)
            return
        try:
            changes = self._store(item)
        except NewsdeskError as exc:
            problem = ImportProblem(path=path, message=str(exc))
            self._problems.append(problem)
            self.problem.emit(problem.message)
            return
        if changes:
            self._imported.append(path)
            self._warnings.extend(
                ImportProblem(path, f"{path}: {w}") for w in getattr(item, "warnings", ())
            )
            self.stored.emit(changes)
            self.page_ready.emit(item)
        else:
            self._skipped.append(path)

    @Slot()
    def _on_job_done(self) -> None:
        self._finish()
        report = ImportReport(
            imported=tuple(self._imported),
            skipped=tuple(self._skipped),
            problems=tuple(self._problems),
            warnings=tuple(self._warnings),
            cancelled=self._cancelled.is_set(),
        )
        self.finished.emit(report)


class _WarmUpJob(QObject):
    done = Signal(str)

    @Slot()
    def run(self) -> None:
        message = ""
        try:
            try:
                from desktop.core.extract import warm_up
            except ImportError:
                from desktop.core.extract.segment import warm_up
            warm_up()
        except Exception as exc:  # a failed warm-up only costs time later; say why
            message = f"{exc!r}"
        self.done.emit(message)
        _forget_thread_record()


class WarmUp(_ThreadedWorker):
    """Load jieba's dictionary in a thread; ``ready()`` once it is loaded (or failed: see
    :attr:`error`), after the thread has ended."""

    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.error = ""

    def start(self) -> None:
        if self._thread is not None:
            return
        job = _WarmUpJob()
        job.done.connect(self._on_job_done)
        self._run(job, "newsdesk-warm-up", job.done)

    @Slot(str)
    def _on_job_done(self, message: str) -> None:
        self._finish()
        self.error = message
        self.ready.emit()


class _ExportJob(QObject):
    done = Signal(int)
    failed = Signal(str)

    def __init__(self, project: str, fmt: str, out: str, options: dict[str, Any]) -> None:
        super().__init__()
        self._args = (project, fmt, out, options)

    @Slot()
    def run(self) -> None:
        project, fmt, out, options = self._args
        try:
            from desktop.core.library import Library

            lib = Library.open(project, create=False)
            try:
                count = lib.export(fmt, out, **options)
            finally:
                lib.close()
            self.done.emit(int(count))
        except (NewsdeskError, OSError) as exc:
            self.failed.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        except Exception as exc:  # our bug: one line for the dialog, the thread still ends
            self.failed.emit(f"{out}: export failed ({type(exc).__name__}: {exc})")
        finally:
            _forget_thread_record()


class ExportWorker(_ThreadedWorker):
    """Write an export from its own read connection to the project, off the GUI thread.

    A 10,000-article export takes seconds; the window stays usable meanwhile (edits made during
    it may or may not be in the file). Signals ``exported(count)`` or ``failed(message)``, once,
    after the thread has ended.
    """

    exported = Signal(int)
    failed = Signal(str)
    WAIT_MS = 60000

    def start(self, project: str | Path, fmt: str, out: str | Path, **options: Any) -> None:
        """``options`` are :meth:`Library.export`'s keywords (reviewed_only, accepted_only,
        labels)."""
        if self._thread is not None:
            raise RuntimeError("an export is already running")
        job = _ExportJob(str(project), fmt, str(out), options)
        job.done.connect(self._on_job_done)
        job.failed.connect(self._on_job_failed)
        self._run(job, "newsdesk-export", job.done, job.failed)

    @Slot(int)
    def _on_job_done(self, count: int) -> None:
        self._finish()
        self.exported.emit(count)

    @Slot(str)
    def _on_job_failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)
