"""Atomic output: a failed or interrupted export never leaves half a file behind.

A file is written under a temporary name in the same folder, flushed to disk, then renamed
over the target (``os.replace`` is atomic on one file system). A folder export (brat) is
built in a temporary sibling folder and then moved into place. Temporary names are created
with ordinary ``open``/``mkdir``, so the result gets the user's usual permissions (umask).

Only a regular file (or, for brat, a folder) is ever replaced: a target that exists as anything
else — a device such as ``/dev/full`` or ``/dev/null``, a FIFO, a socket — is refused before
anything is written (renaming over it would replace the device node itself, as root). A
symbolic link to a regular file is followed: the file it points to is replaced, the link stays.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from desktop.core.errors import DatasetError, Template, os_reason

CANNOT_WRITE = Template("cannot write: {reason}")
BROKEN_LINK = Template("is a broken symbolic link")
CANNOT_LOOK = Template("cannot be looked at")
A_FOLDER = Template("is a folder; give a file name to export to")
A_FILE = Template("is a file; give a folder to export brat files to")
A_DEVICE = Template("is a device, not a regular file or folder; refusing to export to it")
A_FIFO = Template("is a named pipe (FIFO), not a regular file or folder; refusing to export to it")
A_SOCKET = Template("is a socket, not a regular file or folder; refusing to export to it")
SOMETHING_ELSE = Template(
    "is something other than a file, not a regular file or folder; refusing to export to it"
)


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def _oserror(path: Path, exc: OSError) -> DatasetError:
    return DatasetError(str(path), CANNOT_WRITE(reason=os_reason(exc, str(exc))))


def _kind(mode: int) -> Template:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return A_DEVICE
    if stat.S_ISFIFO(mode):
        return A_FIFO
    if stat.S_ISSOCK(mode):
        return A_SOCKET
    return SOMETHING_ELSE


def _resolve(target: Path, *, folder: bool) -> Path:
    """``target`` with a symbolic link followed; DatasetError when what is there may not be
    replaced (see the module docstring). A missing target is fine."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        if target.is_symlink():
            raise DatasetError(str(target), BROKEN_LINK) from None
        return target
    except OSError as exc:
        raise DatasetError(str(target), os_reason(exc, CANNOT_LOOK)) from exc
    if stat.S_ISDIR(info.st_mode):
        if not folder:
            raise DatasetError(str(target), A_FOLDER)
    elif stat.S_ISREG(info.st_mode):
        if folder:
            raise DatasetError(str(target), A_FILE)
    else:
        raise DatasetError(str(target), _kind(info.st_mode))
    return Path(os.path.realpath(target)) if target.is_symlink() else target


@contextlib.contextmanager
def atomic_text(target: Path, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """Open a text stream whose content replaces ``target`` only if the block succeeds.

    Lines end in ``\\n`` on every platform. OSError becomes a one-line DatasetError.
    """
    target = _resolve(target, folder=False)
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
    target = _resolve(target, folder=True)
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
