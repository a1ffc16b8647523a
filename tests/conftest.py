"""Test isolation for every test: user folders, settings and threads.

- NEWSDESK_DATA_DIR / NEWSDESK_CACHE_DIR point into the test's tmp folder, so no test touches
  the real user data (or jieba's cache) of whoever runs the suite.
- QSettings (once Qt is loaded) write to the tmp folder.
- A test that leaves a thread running fails (a Qt thread included).
- Any Qt warning logged during a Qt test fails it (pytest-qt's capture, checked here).
- Property tests are repeatable (below).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests draw the same examples on every run (Hypothesis' "ci" profile: derandomized,
# no example database), so a red suite means the change broke something, not that a random
# draw met an old rare case. ``HYPOTHESIS_PROFILE=default make test`` explores new examples.
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

#: Qt messages that say nothing about our code (platform plugins being honest).
BENIGN_QT_MESSAGES = (
    "propagateSizeHints",
    "This plugin does not support",
)


#: Which tests ``make test-fast`` leaves out, by module (and test name, "" for all of them):
#: they kill processes (crash), repeat thousands of calls (soak), start worker processes (pool)
#: or a fresh interpreter (slow). Marked here, in one place, rather than in each module.
KINDS: dict[str, tuple[tuple[str, str], ...]] = {
    "crash": (("tests/core/test_crash_safety.py", ""),),
    "soak": (("tests/gui/test_pyside_soak.py", ""), ("tests/gui/test_soak_window.py", "")),
    "slow": (  # a fresh Python process each, or thousands of generated pages
        (
            "tests/core/test_extract_segment.py",
            "test_dictionary_table_is_cached_and_a_bad_cache_is_rebuilt",
        ),
        ("tests/core/test_extract_segment.py", "test_trie_is_cached_and_a_bad_cache_is_rebuilt"),
        ("tests/core/test_import_bad_input.py", "test_cli_prints_one_line_per_bad_file"),
        ("tests/core/test_reflow_properties.py", "test_reflow_restores_generated_pages"),
        (
            "tests/e2e/test_end_to_end.py",
            "test_app_run_opens_the_window_with_the_workflows_and_quits_cleanly",
        ),
    ),
    "pool": (
        ("tests/core/test_import.py", "test_two_workers_prepare_exactly_what_one_does"),
        ("tests/core/test_import.py", "test_iter_prepared_in_pool_reports_problems_in_order"),
        (
            "tests/core/test_cli_extract.py",
            "test_lines_mode_streams_a_large_file_on_every_core_with_blank_lines_kept",
        ),
        ("tests/core/test_extract_entities.py", "test_extract_many_matches_one_by_one"),
        ("tests/core/test_extract_entities.py", "test_extract_stream_reads_lazily_and_keeps_order"),
    ),
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path, _, name = item.nodeid.partition("::")
        for kind, places in KINDS.items():
            if any(path == p and (not n or name.split("[")[0] == n) for p, n in places):
                item.add_marker(getattr(pytest.mark, kind))


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "user-data"
    cache = tmp_path / "user-cache"
    data.mkdir()
    cache.mkdir()
    monkeypatch.setenv("NEWSDESK_DATA_DIR", str(data))
    monkeypatch.setenv("NEWSDESK_CACHE_DIR", str(cache))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path: Path) -> Iterator[None]:
    if "PySide6.QtCore" not in sys.modules:
        yield
        return
    from PySide6.QtCore import QSettings

    folder = str(tmp_path / "qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    yield


def _alive(thread: threading.Thread) -> bool:
    """Whether ``thread`` still runs. Python keeps a record (``_DummyThread``) of each thread it
    did not start (a QThread) the first time code there asks for ``current_thread()``, never
    removes it on 3.11 and always calls it alive; such a record is alive while the operating
    system still lists its thread."""
    if isinstance(thread, threading._DummyThread):  # type: ignore[attr-defined]
        return thread.native_id is not None and thread.native_id in _os_thread_ids()
    return thread.is_alive()


def _os_thread_ids() -> set[int]:
    try:
        return {int(t) for t in os.listdir("/proc/self/task")}
    except OSError:  # no /proc: trust nothing but Python's own threads
        return set()


@pytest.fixture(autouse=True)
def _no_thread_left_running() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    leftover = [t for t in threading.enumerate() if t not in before and _alive(t)]
    deadline = time.monotonic() + 5
    for thread in leftover:
        if isinstance(thread, threading._DummyThread):  # type: ignore[attr-defined]
            while _alive(thread) and time.monotonic() < deadline:
                time.sleep(0.01)  # a QThread that has said it finished is a moment from gone
        else:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
    still = [t.name for t in leftover if _alive(t)]
    assert not still, f"test left threads running: {still}"


@pytest.fixture(autouse=True)
def _fail_on_qt_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    if "qtbot" not in request.fixturenames:
        yield
        return
    qtlog = request.getfixturevalue("qtlog")
    yield
    from PySide6.QtCore import QtMsgType

    bad = [
        r.message
        for r in qtlog.records
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not any(b in r.message for b in BENIGN_QT_MESSAGES)
    ]
    assert not bad, f"Qt warnings: {bad}"
