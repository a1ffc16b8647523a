"""All of Qt lives below here.

:func:`create_main_window` is the entry point for the app, the tests and embedding.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


def create_main_window(project_path: str | Path, *, adopt_empty: bool = True) -> MainWindow:
    """Open (or create) the project at ``project_path`` and build its window (not shown).

    Raises :class:`~desktop.core.errors.ProjectError` with a one-line message when the file
    cannot be used, or is an existing empty file and ``adopt_empty`` is False. A QApplication
    must exist.
    """
    from desktop.core.facade import open_library
    from desktop.gui.main_window import MainWindow
    from desktop.gui.session import Session

    library = open_library(project_path, adopt_empty=adopt_empty)
    try:
        return MainWindow(Session(library))
    except BaseException:
        library.close()
        raise
