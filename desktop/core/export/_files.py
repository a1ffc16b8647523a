"""Atomic output: a failed or interrupted export never leaves half a file behind.

A file is written under a temporary name in the same folder, flushed to disk, then renamed
over the target (``os.replace`` is atomic on one file system). A folder export (brat) is
built in a temporary sibling folder and then moved into place. Temporary names are created
with ordinary ``open``/``mkdir``, so the result gets the user's usual permissions (umask).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from desktop.core.errors import DatasetError


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def _oserror(path: Path, exc: OSError) -> DatasetError:
    return DatasetError(str(path), f"cannot write: {exc.strerror or exc}")


@contextlib.contextmanager
def atomic_text(target: Path, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """Open a text stream whose content replaces ``target`` only if the block succeeds.

    Lines end in ``\\n`` on every platform. OSError becomes a one-line DatasetError.
    """
    if target.is_dir():
        raise DatasetError(str(target), "is a folder; give a file name to export to")
    tmp = _temp_name(target)
    try:
        handle = open(tmp, "x", encoding=encoding, newline="\n")  # noqa: SIM115
    except OSError as exc:
        raise _oserror(target, exc) from exc
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _oserror(target, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_folder(target: Path) -> Iterator[Path]:
    """Yield an empty temporary folder; on success its files land in ``target``.

    A missing ``target`` is created by renaming the temporary folder (one atomic step). An
    existing ``target`` keeps its other files; each exported file replaces its namesake.
    """
    if target.exists() and not target.is_dir():
        raise DatasetError(str(target), "is a file; give a folder to export brat files to")
    tmp = _temp_name(target)
    try:
        tmp.mkdir()
    except OSError as exc:
        raise _oserror(target, exc) from exc
    try:
        yield tmp
        if target.is_dir():
            for item in sorted(tmp.iterdir()):
                os.replace(item, target / item.name)
            tmp.rmdir()
        else:
            os.replace(tmp, target)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise _oserror(target, exc) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
