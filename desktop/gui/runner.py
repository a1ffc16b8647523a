"""One runner for every background operation of the window (import, export, warm-up, …).

An :class:`Operation` says what to do in three parts: :meth:`Operation.work` runs in a worker
thread and yields items (pure compute: it never writes the project); :meth:`Operation.take`
receives each item on the GUI thread (where the project is written, one transaction per item)
and says how far the work is; :meth:`Operation.result` is what the operation ends with.
A :class:`Task` runs one operation: it reports ``progressed(done, total, name)``, then exactly
once either ``finished(result)`` or ``failed(message)`` (one line; an error the user can act on,
or our bug named as such), and ``ended()`` after either. :meth:`Task.cancel` stops it after the
item being computed; items computed after the cancel are dropped, never taken.

Every caller goes through :func:`start`: the menu and drag and drop (through the session), the
export dialog and the warm-up at start-up. Running tasks are kept alive here until they end and
are joined when the application quits, so no thread outlives its task.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from desktop.core.errors import NewsdeskError
from desktop.gui.error_text import error_text

R = TypeVar("R")
CancelFn = Callable[[], bool]

#: how long :meth:`Task.wait` blocks by default (ms)
WAIT_MS = 60_000


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    name: str = ""


class Operation(Generic[R]):
    """What a :class:`Task` runs. Subclasses override :meth:`work` and :meth:`result`, and
    :meth:`take` when the items need the GUI thread (storing them)."""

    #: the worker thread's name (shown by debuggers and in thread listings)
    thread_name: ClassVar[str] = "newsdesk-task"

    def begin(self) -> None:
        """GUI thread, once, before the worker thread starts."""

    def work(self, cancel: CancelFn) -> Iterator[object]:
        """Worker thread: compute, yielding items for :meth:`take`; stop soon after
        ``cancel()`` turns true. Raise NewsdeskError for a problem the user can act on."""
        raise NotImplementedError

    def take(self, item: object) -> Progress | None:
        """GUI thread: use one item (store it); how far the work is, if known."""
        return None

    def result(self, *, cancelled: bool) -> R:
        """GUI thread, once the work has ended (or was cancelled): what the task finished with."""
        raise NotImplementedError

    def end(self) -> None:
        """GUI thread, once, after the work ended however it ended (release what
        :meth:`begin` took)."""


def one_line(exc: BaseException) -> str:
    """An exception as the one line a user sees: theirs as it says, ours named as a bug."""
    if isinstance(exc, NewsdeskError):  # in the interface's language
        text = error_text(exc)
        return (text.splitlines()[0] if text else "") or type(exc).__name__
    first = str(exc).splitlines()[0] if str(exc) else ""
    if isinstance(exc, OSError):
        return first or type(exc).__name__
    return f"internal error ({type(exc).__name__}: {first})"


class _Thread(QThread):
    """Runs an operation's :meth:`Operation.work`; each item crosses to the GUI thread by a
    queued signal. The error, if any, is kept for the task to read once the thread ended."""

    item = Signal(object)

    def __init__(self, operation: Operation[Any], cancelled: threading.Event) -> None:
        super().__init__()
        self.setObjectName(operation.thread_name)
        self._operation = operation
        self._cancelled = cancelled
        self.error: str | None = None

    def run(self) -> None:
        try:
            for item in self._operation.work(self._cancelled.is_set):
                if self._cancelled.is_set():
                    break
                self.item.emit(item)
        except Exception as exc:  # reported once, by the task; the thread still ends cleanly
            self.error = one_line(exc)


class Task(QObject):
    """One operation run in its own thread. Start with :func:`start`."""

    progressed = Signal(int, int, str)
    finished = Signal(object)  # the operation's result
    failed = Signal(str)  # one line, instead of finished
    ended = Signal()  # after finished or failed

    def __init__(self, operation: Operation[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.operation = operation
        self._cancelled = threading.Event()
        self._thread = _Thread(operation, self._cancelled)
        self._thread.item.connect(self._on_thread_item)
        self._thread.finished.connect(self._on_thread_finished)
        self._error: str | None = None
        self._started = False
        self._done = False
        self.result: object = None

    # --- control --------------------------------------------------------------------------
    def start(self) -> None:
        if self._started:
            raise RuntimeError("a task runs once")
        self._started = True
        try:
            self.operation.begin()
        except Exception as exc:
            self._error = one_line(exc)
            self._conclude(began=False)
            return
        self._thread.start()

    def cancel(self) -> None:
        """Stop after the item being computed; items computed after this are dropped."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def is_running(self) -> bool:
        return self._started and not self._done

    def wait(self, msecs: int | None = None) -> bool:
        """Block until the work has ended and the task has concluded (for shutdown); True when
        it has. Items still queued for :meth:`Operation.take` are dropped only if cancelled."""
        if not self._started or self._done:
            return True
        if not self._thread.wait(WAIT_MS if msecs is None else msecs):
            return False
        self._drain()
        self._conclude(began=True)
        return True

    # --- slots ----------------------------------------------------------------------------
    @Slot(object)
    def _on_thread_item(self, item: object) -> None:
        if self._done or self._cancelled.is_set() or self._error is not None:
            return
        try:
            progress = self.operation.take(item)
        except Exception as exc:  # the user's problem or our bug: reported once, work stops
            self._error = one_line(exc)
            self._cancelled.set()
            return
        if progress is not None:
            self.progressed.emit(progress.done, progress.total, progress.name)

    @Slot()
    def _on_thread_finished(self) -> None:
        self._conclude(began=True)

    # --- ending ---------------------------------------------------------------------------
    def _drain(self) -> None:
        """Deliver the items the thread queued before it ended (not after a cancel)."""
        app = QCoreApplication.instance()
        if app is not None and not self._cancelled.is_set():
            QCoreApplication.sendPostedEvents(self)

    def _conclude(self, *, began: bool) -> None:
        if self._done:
            return
        if began:
            self._thread.wait()
        self._done = True
        error = self._error or (self._thread.error if began else None)
        try:
            if error is None:
                self.result = self.operation.result(cancelled=self._cancelled.is_set())
        except Exception as exc:
            error = one_line(exc)
        finally:
            try:
                self.operation.end()
            except Exception as exc:
                error = error or one_line(exc)
        _RUNNING.discard(self)
        if error is None:
            self.finished.emit(self.result)
        else:
            self._error = error
            self.failed.emit(error)
        self.ended.emit()

    @property
    def error(self) -> str | None:
        """The one-line failure, once the task failed."""
        return self._error if self._done else None


_RUNNING: set[Task] = set()
_JOINS_ON_QUIT: set[int] = set()


def start(operation: Operation[Any], parent: QObject | None = None) -> Task:
    """Run ``operation`` in a new thread and return its task (already started)."""
    task = Task(operation, parent)
    _RUNNING.add(task)  # kept alive until it ends, even without a parent
    app = QCoreApplication.instance()
    if app is not None and id(app) not in _JOINS_ON_QUIT:
        # a QThread destroyed while running aborts the process: join them all on quit
        app.aboutToQuit.connect(stop_all)
        _JOINS_ON_QUIT.add(id(app))
    task.start()
    return task


def running() -> list[Task]:
    return [t for t in _RUNNING if t.is_running()]


def stop_all() -> None:
    """Cancel every running task and wait for each to end."""
    for task in list(_RUNNING):
        task.cancel()
        task.wait()
