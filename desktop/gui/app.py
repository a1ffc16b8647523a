"""``newsdesk`` with no sub-command: the application, its window, and a clear first launch.

Order: translator, CJK font check (a non-modal message if none), the default project when none
was given (created and filled with the sample page on first launch), the window, its
workflows (import, export, search, recent projects, language, help), and the warm-up of the
dictionaries, off the GUI thread by the runner. A project that cannot be opened is a one-line
message, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.errors import NewsdeskError
from desktop.gui.error_text import error_text
from desktop.gui.models.roles import plain_tooltip

EXIT_PROJECT = 2

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


def run(project_path: str | None) -> int:
    QCoreApplication.setOrganizationName("newsdesk")
    QCoreApplication.setApplicationName("newsdesk")
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    from desktop.gui import dialogs, fonts, i18n, paths, runner
    from desktop.gui.operations import WarmUpOperation

    i18n.install_translator(app)
    font_message = fonts.check_cjk_font()
    try:
        path = Path(project_path) if project_path else paths.ensure_default_project()
        from desktop.gui import create_main_window

        # an empty file named on the command line is refused in one line (the user named it:
        # the wrong file, most likely); the default project is ours to create
        window = create_main_window(path, adopt_empty=not project_path)
    except NewsdeskError as exc:
        print(f"newsdesk: {exc}", file=sys.stderr)
        # escaped: the message quotes a path as typed, never as markup
        QMessageBox.critical(None, "newsdesk", plain_tooltip(error_text(exc)))
        return EXIT_PROJECT
    dialogs.install(window)
    window.show()
    if font_message:
        dialogs.show_font_message(window, font_message)
    ready = QCoreApplication.translate("MainWindow", "Ready")
    window.warm_up = runner.start(WarmUpOperation())  # joined on quit, as every task
    window.warm_up.ended.connect(lambda: window.show_status(ready))
    previous_hook = sys.excepthook
    sys.excepthook = _excepthook(window, previous_hook)
    try:
        return int(app.exec())
    finally:
        sys.excepthook = previous_hook


def _excepthook(window: MainWindow, previous: Callable[..., object]) -> Callable[..., None]:
    """Errors escaping a slot: the user's (NewsdeskError) become a status line; our bugs are
    printed as usual and named in the status bar, and the window carries on."""

    def tell(message: str) -> None:
        from desktop.gui.main_window import MainWindow

        active = QApplication.activeWindow()
        target = active if isinstance(active, MainWindow) else window
        try:
            target.show_status(message)
        except RuntimeError:  # that window is gone (a project was reopened)
            print(f"newsdesk: {message}", file=sys.stderr)

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, NewsdeskError):
            tell(error_text(exc))
            return
        previous(kind, exc, tb)
        first = str(exc).splitlines()[0] if str(exc) else ""
        tell(f"Internal error ({kind.__name__}): {first}")

    return hook
