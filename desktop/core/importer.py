"""Turn page files into :class:`PreparedPage` results: decode, reflow, extract. Pure compute.

Nothing here touches the project file, so the work can run in worker processes (``--jobs N``)
while the main process, the only writer, stores each result with
:meth:`desktop.core.library.Library.store_prepared`. Functions handed to the pool are top-level
so they survive the ``spawn`` start method (a fork of a process with threads, such as the GUI,
is unsafe). Results are frozen dataclasses and pickle cheaply.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import NewsdeskError
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
    warnings: tuple[str, ...] = ()


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
            what = "is a folder" if Path(path).is_dir() else "no such file"
            return ImportProblem(name, f"{name}: {what}")
        ocr = read_ocr(path)
        sha = content_hash(path)
        page = reflow_page(ocr)
        extractor = get_extractor()
        extractions = tuple(
            extractor.extract_page(
                [a.text for a in page.articles], page_date=iso_date(page.meta.date)
            )
        )
        return PreparedPage(
            path=name,
            name=Path(path).name,
            sha256=sha,
            page=page,
            extractions=extractions,
            warnings=tuple(str(w) for w in ocr.warnings),
        )
    except NewsdeskError as exc:
        return ImportProblem(name, str(exc).splitlines()[0] if str(exc) else name)
    except OSError as exc:
        return ImportProblem(name, f"{name}: {exc.strerror or 'cannot be read'}")
    except Exception as exc:  # our bug, but one page must not stop the batch
        first = str(exc).splitlines()[0] if str(exc) else ""
        return ImportProblem(name, f"{name}: could not be imported ({type(exc).__name__}: {first})")


def _warm_up() -> None:
    """Pool initializer: load the extractor's dictionaries once per worker."""
    try:
        from desktop.core.extract import get_extractor

        get_extractor()
    except Exception:  # a failure shows up, per page, in prepare_page
        pass


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def iter_prepared(
    paths: Sequence[str | Path],
    *,
    jobs: int | None = None,
    cancel: Callable[[], bool] | None = None,
    pool_min: int = POOL_MIN_PAGES,
) -> Generator[PreparedPage | ImportProblem, None, None]:
    """Prepare ``paths`` in order, over ``jobs`` processes (default: all cores).

    With one job, or fewer than ``pool_min`` pages (starting a worker, which loads the
    dictionaries, costs as much as preparing a dozen pages), the work runs in this process.
    ``cancel`` is polled between pages; once it returns true the pool is terminated and
    iteration stops.
    """
    jobs = default_jobs() if jobs is None else max(1, jobs)
    todo = list(paths)
    if jobs == 1 or len(todo) < max(2, pool_min):
        for path in todo:
            if cancel is not None and cancel():
                return
            yield prepare_page(path)
        return
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(min(jobs, len(todo)), initializer=_warm_up) as pool:
        chunk = max(1, min(8, len(todo) // (jobs * 8)))
        for result in pool.imap(prepare_page, todo, chunksize=chunk):
            if cancel is not None and cancel():
                pool.terminate()
                return
            yield result
