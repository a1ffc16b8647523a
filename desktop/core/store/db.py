"""Open a project file with the pragmas newsdesk relies on, and run work in transactions.

Errors from the user's environment (missing, locked, not SQLite, damaged) become
:class:`~desktop.core.errors.ProjectError` with one line naming the file; anything else is a bug.
"""

from __future__ import annotations

import glob
import os
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from desktop.core.errors import ProjectError, Template, os_reason

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


EMPTY_FILE = Template("not a newsdesk project (an empty file)")
A_FOLDER = Template("is a folder, not a project file")
NO_SUCH_PROJECT = Template("no such project file")
CANNOT_OPEN = Template("cannot be opened ({reason})")
NO_FOLDER = Template("cannot be created: its folder does not exist")
CANNOT_CREATE = Template("cannot be created ({reason})")
CANNOT_READ = Template("cannot be read")
DAMAGED = Template("the project file is damaged ({detail})")
NO_WAL = Template("cannot use a write-ahead log (journal mode {mode})")
NOT_SQLITE = Template("not a newsdesk project (not an SQLite file)")
LOCKED = Template("is locked by another program; close it and try again")
DISK_FULL = Template("the disk is full")
READ_ONLY = Template("the project file is read-only")
DATABASE_ERROR = Template("database error ({detail})")


def connect(path: Path, *, create: bool, adopt_empty: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit, see :func:`transaction`).

    Foreign keys on and a busy timeout, so a short lock held by another process is waited for
    rather than failed at once. Nothing is written: the WAL journal is switched on by
    :func:`enable_wal` once the file is known to be a newsdesk project.

    ``adopt_empty`` False: an existing empty file (made by mistake, or the wrong file) is
    refused rather than turned into a project; the caller asks the user first.
    """
    if path.is_dir():
        raise ProjectError(str(path), A_FOLDER)
    if path.exists():
        _check_header(path)
        if not adopt_empty and is_empty_file(path):
            raise ProjectError(str(path), EMPTY_FILE)
    elif not create:
        raise ProjectError(str(path), NO_SUCH_PROJECT)
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise ProjectError(str(path), CANNOT_OPEN(reason=str(exc))) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        conn.close()
        raise environment_error(path, exc) from exc
    return conn


def create_atomically(path: Path, build: Callable[[sqlite3.Connection, Path], object]) -> None:
    """Make a new project at ``path`` whole or not at all: ``build`` (the migrations) runs on a
    hidden temporary file beside it, which is then moved into place. A process killed while it
    creates the project leaves at most that hidden file, never an empty or half-made project
    under the user's name. ``path`` must be missing or an empty file (which is replaced).

    When another process made the project meanwhile, theirs is kept and ours dropped. Errors
    name ``path``, not the temporary file."""
    if not path.parent.is_dir():
        raise ProjectError(str(path), NO_FOLDER)
    _remove_stale_attempts(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.creating")
    try:
        try:
            conn = connect(temp, create=True)
        except ProjectError as exc:
            raise ProjectError(str(path), CANNOT_CREATE(reason=exc.detail)) from exc
        try:
            build(conn, path)
        finally:
            conn.close()  # the last connection: SQLite checkpoints and removes the -wal file
        _move_into_place(temp, path)
    finally:
        for leftover in (temp, *(temp.with_name(temp.name + s) for s in ("-wal", "-shm"))):
            with suppress(OSError):
                leftover.unlink()


#: A hidden creation file older than this was left by a killed process (creating a project
#: takes a second), not one still at work.
STALE_ATTEMPT_SECONDS = 3600


def _remove_stale_attempts(path: Path) -> None:
    """Hidden files of earlier attempts to create ``path`` that were killed half way (and their
    -wal / -shm), so that they do not pile up beside the project."""
    now = time.time()
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.creating*"):
        with suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_ATTEMPT_SECONDS:
                leftover.unlink()


def _move_into_place(temp: Path, path: Path) -> None:
    """``temp`` becomes ``path``: linked when ``path`` is missing (fails rather than replace a
    project another process has just made), renamed over it when it is an empty file."""
    try:
        if is_empty_file(path):
            os.replace(temp, path)
        else:
            try:
                os.link(temp, path)
            except FileExistsError:
                return  # made by another process meanwhile: open theirs
            except OSError:  # no hard links on this file system
                if path.exists():
                    return
                os.replace(temp, path)
    except OSError as exc:
        raise ProjectError(str(path), CANNOT_CREATE(reason=os_reason(exc, str(exc)))) from exc
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """The new name survives a power cut (POSIX; elsewhere the rename is as durable as the
    file system makes it)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot write and creates no file (issue 12, item 14): read-only, and
    when no other program has the project open (no ``-wal`` file), immutable, so SQLite does
    not create its ``-wal`` / ``-shm`` files beside it either."""
    if path.is_dir():
        raise ProjectError(str(path), A_FOLDER)
    if not path.exists():
        raise ProjectError(str(path), NO_SUCH_PROJECT)
    _check_header(path)
    if path.stat().st_size == 0:
        raise ProjectError(str(path), EMPTY_FILE)
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?{flags}"
    try:
        conn = sqlite3.connect(
            uri,
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        raise environment_error(path, exc) from exc
    return conn


def is_empty_file(path: Path) -> bool:
    """An existing regular file of 0 bytes (False when missing or unreadable)."""
    try:
        return path.is_file() and path.stat().st_size == 0
    except OSError:
        return False


#: Above this size the check on open is skipped (it reads the whole file); damage found later
#: is still reported as "damaged" by :func:`environment_error`.
CHECK_MAX_BYTES = 256 * 1024 * 1024


def check_intact(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a project damaged inside (header intact): ``PRAGMA quick_check`` on open, so
    every command and the window say "damaged" in one line instead of failing half way."""
    try:
        if path.exists() and path.stat().st_size > CHECK_MAX_BYTES:
            return
        result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise environment_error(path, exc) from exc
    if result != "ok":
        detail = " ".join(str(result).replace("*** in database main ***", "").split())
        raise ProjectError(str(path), DAMAGED(detail=detail[:80]))


def enable_wal(conn: sqlite3.Connection, path: Path) -> None:
    """Write-ahead log: readers never block the writer, and a killed process leaves the file
    consistent. ``synchronous = FULL`` syncs the log at every commit, so a correction survives
    even a power cut once its call returns (bulk imports relax this, see
    :meth:`desktop.core.library.Library.batch`).
    """
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        raise environment_error(path, exc) from exc
    if str(mode).lower() != "wal":
        raise ProjectError(str(path), NO_WAL(mode=mode))


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ProjectError(str(path), os_reason(exc, CANNOT_READ)) from exc
    if head and head != SQLITE_HEADER:
        raise ProjectError(str(path), NOT_SQLITE)


def environment_error(path: Path, exc: sqlite3.Error) -> ProjectError:
    """Translate an SQLite error caused by the file or the machine into a one-line message."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        problem = LOCKED()
    elif "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        problem = DAMAGED(detail=text)
    elif "disk" in lowered and "full" in lowered:
        problem = DISK_FULL()
    elif "readonly" in lowered or "read-only" in lowered:
        problem = READ_ONLY()
    else:
        problem = DATABASE_ERROR(detail=text)
    return ProjectError(str(path), problem)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception.

    IMMEDIATE takes the write lock up front, so a second writer waits (busy timeout) at the
    start instead of failing half way. Not re-entrant: one edit or one page is one transaction.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
