"""Fixtures for GUI tests: a real project built through the facade, and record factories."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_d93c9dc7b4603325.txt"


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each test that asks for it runs once per interface language (English, then Chinese);
    the shared QApplication is left in English."""
    from desktop.gui import i18n

    i18n.set_language(qapp, request.param)
    yield request.param
    i18n.set_language(qapp, "en")


@pytest.fixture(scope="session")
def sample_project_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample page imported once per test session; tests copy it (import runs jieba)."""
    from desktop.core.library import Library

    path = tmp_path_factory.mktemp("template") / "sample.sqlite"
    lib = Library.open(path)
    try:
        report = lib.import_paths([SAMPLE], jobs=1)
        assert report.imported, report
    finally:
        lib.close()
    return path


@pytest.fixture
def sample_project(sample_project_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "project.sqlite"
    shutil.copy(sample_project_template, target)
    return target


@pytest.fixture
def library(sample_project: Path) -> Iterator[object]:
    from desktop.core.library import Library

    lib = Library.open(sample_project)
    yield lib
    lib.close()


@pytest.fixture
def window(qtbot, sample_project: Path):
    """The real main window on a copy of the imported sample, shown and active."""
    from desktop.gui import create_main_window

    win = create_main_window(sample_project)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # window shortcuts need the active window
    yield win
    win.close()


def small_window(qtbot, project: Path):
    """A new main window at 1024x700 on ``project``, shown (it restores what the last window
    saved)."""
    from desktop.gui import create_main_window

    win = create_main_window(project)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def small_window_with_warned_page(qtbot, sample_project: Path, page: Path):
    """The main window at 1024x700, shown, on the sample project with ``page`` imported first:
    a plain-text page under ``page``'s (long) name whose markup import warns of, so its row in
    the article list carries the warning sign."""
    from desktop.core.library import Library

    page.write_text("第一版\n\n正文<b>加粗</b>的一段话，说了一件事。\n", "utf-8")
    with Library.open(sample_project) as lib:
        assert lib.import_paths([page], jobs=1).warnings
    return small_window(qtbot, sample_project)


@pytest.fixture
def window_with_dialogs(qtbot, sample_project: Path):
    """The real main window on a copy of the imported sample, shown, with its dialogs installed
    (File > Import…, Export…, Import dataset…)."""
    from desktop.gui import create_main_window, dialogs

    win = create_main_window(sample_project)
    qtbot.addWidget(win)
    dialogs.install(win)
    win.show()
    return win
