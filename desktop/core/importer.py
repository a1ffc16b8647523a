"""Turn page files into :class:`PreparedPage` results: decode, reflow, extract. Pure compute.

Nothing here touches the project file, so the work can run in worker processes (``--jobs N``)
while the main process, the only writer, stores each result with
:meth:`desktop.core.library.Library.store_prepared`. Functions handed to the pool are top-level
so they survive the ``spawn`` start method (a fork of a process with threads, such as the GUI,
is unsafe). Results are frozen dataclasses and pickle cheaply.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.core.decode import shown_name
from desktop.core.errors import NewsdeskError, Problem, Template, os_reason
from desktop.core.model import Extraction, Page
from desktop.core.records import ImportProblem

#: Below this many pages a batch is prepared in this process rather than in a pool.
POOL_MIN_PAGES = 16

#: File name endings treated as pages when a folder is imported.
PAGE_SUFFIXES = (".txt", ".json", ".hocr", ".html", ".xml", ".tsv")


@dataclass(frozen=True, slots=True)
class PreparedPage:
    """A page ready to be stored: its reflow, one extraction per article, and its identity."""

    path: str
    name: str
    sha256: str
    page: Page
    extractions: tuple[Extraction, ...]
    #: what the reader said of the page without refusing it (template and values kept, so
    #: the project stores them and the window shows them in its language)
    warnings: tuple[Problem, ...] = ()


def content_hash(path: str | Path) -> str:
    """sha256 of the file's bytes: the identity that makes re-imports no-ops."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders replaced by the page files below them (sorted, recursive).

    A path that does not exist is kept, so that preparing it reports it by name.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        found = (
            sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES and not p.name.startswith(".")
            )
            if path.is_dir()
            else [path]
        )
        for p in found:
            if p not in seen:
                seen.add(p)
                out.append(p)
    return out


A_FOLDER = Template("is a folder")
NO_SUCH_FILE = Template("no such file")
CANNOT_READ = Template("cannot be read")
LINK_LOOP = Template("is a symbolic link loop")
PIPE_OR_DEVICE = Template("is a named pipe or a device, not a page file")
TOO_SLOW = Template("took over {seconds} s to prepare (too large or too dense); skipped")
OUR_BUG = Template("could not be imported ({error}: {detail})")
#: A warning: the layout keeps vertical type out of the articles (it reads lines across), and a
#: vertical headline or kicker is text the user would otherwise miss without a word.
VERTICAL_LEFT_OUT = Template(
    "{count} line(s) of vertical text were left out of its articles (shown dashed on the "
    "source page)"
)


def prepare_page(path: str | Path) -> PreparedPage | ImportProblem:
    """Read (any OCR format, :func:`desktop.core.ocr.read_ocr`), reflow and extract one page;
    a problem (one line naming the file) instead of raising, so one bad file never stops a
    batch."""
    name = str(path)
    try:
        from desktop.core.extract import get_extractor
        from desktop.core.extract.figures import iso_date
        from desktop.core.ocr import read_ocr
        from desktop.core.reflow import reflow_page

        if not Path(path).is_file():
            return ImportProblem.of(name, A_FOLDER if Path(path).is_dir() else NO_SUCH_FILE)
        ocr = read_ocr(path)
        sha = content_hash(path)
        page = reflow_page(ocr)
        extractor = get_extractor()
        extractions = tuple(
            extractor.extract_page(
                [a.text for a in page.articles], page_date=iso_date(page.meta.date)
            )
        )
        vertical = sum(1 for line in page.set_aside if line.kind == "vertical")
        left_out = (VERTICAL_LEFT_OUT(count=vertical),) if vertical else ()
        return PreparedPage(
            path=name,
            name=Path(path).name,
            sha256=sha,
            page=page,
            extractions=extractions,
            warnings=ocr.warnings + left_out,
        )
    except NewsdeskError as exc:
        return ImportProblem(name, str(exc).splitlines()[0] if str(exc) else name, exc.detail)
    except OSError as exc:
        return ImportProblem.of(name, os_reason(exc, CANNOT_READ))
    except Exception as exc:  # our bug, but one page must not stop the batch
        first = str(exc).splitlines()[0] if str(exc) else ""
        return ImportProblem.of(name, OUR_BUG(error=type(exc).__name__, detail=first))


def _warm_up() -> None:
    """Pool initializer: load the extractor's dictionaries once per worker."""
    try:
        from desktop.core.extract import get_extractor

        get_extractor()
    except Exception:  # a failure shows up, per page, in prepare_page
        pass


#: Most CPU time a page may take to prepare before it is reported and skipped (issue 12,
#: item 7): a dense broadsheet page takes well under a second.
PAGE_SECONDS = 60.0
#: Memory one worker process may need (dictionaries, a large page's words): ``--jobs`` is
#: capped so that the workers fit in the machine's memory as well as its cores.
WORKER_BYTES = 400 * 1024 * 1024


class _PageTimeout(BaseException):
    """Raised in a worker when a page runs over its time (BaseException: prepare_page's own
    ``except Exception`` must not swallow it)."""


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_PageTimeout` after ``seconds`` of this process's CPU time in this block.
    CPU time, not wall-clock time: a page is too dense for its work, not for a busy machine
    (under a load of three processes a core, a small page took over a second of wall-clock
    time and was skipped). Only where a timer signal can be delivered (the main thread of a
    POSIX process: the CLI, the pool's workers); elsewhere (the window's import thread) the
    block runs unbounded."""
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    assert seconds is not None

    def expire(signum: int, frame: object) -> None:
        raise _PageTimeout

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def prepare_bounded(
    path: str | Path, seconds: float | None = PAGE_SECONDS
) -> PreparedPage | ImportProblem:
    """:func:`prepare_page` with what must hold around it for any input: a name that prints
    (issue 12, item 3), no blocking open of a FIFO or device and a symlink loop named
    (item 8), and a page over its time reported by name and skipped (item 7)."""
    name = shown_name(path)
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return ImportProblem.of(name, LINK_LOOP)
    else:
        if os.path.exists(path) and not (os.path.isfile(path) or os.path.isdir(path)):
            return ImportProblem.of(name, PIPE_OR_DEVICE)
    try:
        with _time_limit(seconds):
            result = prepare_page(path)
    except _PageTimeout:
        return ImportProblem.of(name, TOO_SLOW(seconds=f"{seconds:.0f}"))
    return _printable(result, str(path), name)


def _printable(
    result: PreparedPage | ImportProblem, raw: str, name: str
) -> PreparedPage | ImportProblem:
    """``result`` with the file's name as :func:`shown_name` gives it (nothing changes for a
    name that is UTF-8 already)."""
    if raw == name:
        return result
    if isinstance(result, PreparedPage):
        return replace(result, path=name, name=shown_name(Path(raw).name))
    if isinstance(result, ImportProblem):
        message = result.message.replace(raw, name)
        message = message.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        return ImportProblem(name, message, result.detail)
    return result


def page_seconds() -> float:
    """:data:`PAGE_SECONDS`, or ``NEWSDESK_PAGE_SECONDS`` from the environment."""
    try:
        return float(os.environ.get("NEWSDESK_PAGE_SECONDS", PAGE_SECONDS))
    except ValueError:
        return PAGE_SECONDS


def _bounded_in_pool(path: str | Path) -> PreparedPage | ImportProblem:
    return prepare_bounded(path, page_seconds())


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def max_jobs() -> int:
    """Cores, and what memory allows at :data:`WORKER_BYTES` a worker (issue 12, item 18)."""
    cores = default_jobs()
    try:
        memory = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return cores
    return max(1, min(cores, memory // WORKER_BYTES))


def effective_jobs(jobs: int | None) -> int:
    """The worker processes used for ``--jobs jobs``: at least 1, at most :func:`max_jobs`."""
    return max_jobs() if jobs is None else max(1, min(jobs, max_jobs()))


def iter_prepared(
    paths: Sequence[str | Path],
    *,
    jobs: int | None = None,
    cancel: Callable[[], bool] | None = None,
    pool_min: int = POOL_MIN_PAGES,
) -> Generator[PreparedPage | ImportProblem, None, None]:
    """Prepare ``paths`` over ``jobs`` processes (default, and at most: :func:`max_jobs`),
    yielding each result as soon as it is ready: with a pool, in the order pages finish, so
    one slow page never holds back the ones other workers finished (issue 12, item 7). A page
    over :data:`PAGE_SECONDS` is reported by name and skipped.

    With one job, or fewer than ``pool_min`` pages (starting a worker, which loads the
    dictionaries, costs as much as preparing a dozen pages), the work runs in this process,
    in order. ``cancel`` is polled between pages, and every quarter second while the workers
    are busy; once it returns true the pool is terminated and iteration stops.
    """
    jobs = effective_jobs(jobs)
    todo = list(paths)
    if jobs == 1 or len(todo) < max(2, pool_min):
        for path in todo:
            if cancel is not None and cancel():
                return
            yield prepare_bounded(path, page_seconds())
        return
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(min(jobs, len(todo)), initializer=_warm_up) as pool:
        results = pool.imap_unordered(_bounded_in_pool, todo, chunksize=1)
        for _ in range(len(todo)):
            while True:
                if cancel is not None and cancel():
                    pool.terminate()
                    return
                try:
                    result = results.next(timeout=0.25)
                except multiprocessing.TimeoutError:
                    continue
                break
            yield result
