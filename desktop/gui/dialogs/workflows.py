"""The actions and dialogs :func:`desktop.gui.dialogs.install` adds to one main window.

:class:`Workflows` relies only on the agreed window surface: ``window.session`` (``library``,
``push``, ``undo_stack``, ``changed``), ``window.menus`` (keys "file", "edit", "view",
"annotate", "help"), ``window.select_article(id)``, ``window.show_status(message)``, and, when
present, ``window.reader.select_span`` and ``window.edit_actions.label_actions``.
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget

from desktop.core.errors import NewsdeskError
from desktop.core.records import Changes
from desktop.gui import i18n, recent
from desktop.gui.dialogs.apply_all import ApplyToAllDialog
from desktop.gui.dialogs.export import ExportDialog
from desktop.gui.dialogs.import_progress import ImportProgressDialog, summary_line
from desktop.gui.dialogs.search import SearchDialog
from desktop.gui.dialogs.shortcuts import CheatSheetDialog
from desktop.gui.models.roles import plain_tooltip

#: Windows opened from File > Open/New project, kept alive until they close.
_open_windows: list[QWidget] = []


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

#: During an import, the views refresh at most this often (ms), and once at the end.
REFRESH_MS = 500

#: A dropped file with one of these endings is opened as a project, not imported as a page.
PROJECT_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def _menu(window: Any, key: str, title: str) -> QMenu:
    menus: dict[str, QMenu] = getattr(window, "menus", None) or {}
    menu = menus.get(key)
    if menu is None:
        menu = window.menuBar().addMenu(title)
        menus[key] = menu
    return menu


class Workflows(QObject):
    """Owns the actions and dialogs :func:`install` adds to one window (``window.workflows``)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.search_dialog: SearchDialog | None = None
        self.problems_box: QMessageBox | None = None
        self.import_worker: Any = None
        self._import_batch: ExitStack | None = None
        self._pending_pages = 0
        self._pending_labels = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._flush_import_changes)
        self.import_dialog: ImportProgressDialog | None = None
        self.actions: dict[str, QAction] = {}
        self._build_menus()
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.session.changed.connect(self._on_session_changed)
        path = getattr(window.session.library, "path", None)
        if path:
            recent.add_recent_project(path)
        self._rebuild_recent()

    @property
    def session(self) -> Any:
        return self.window.session

    # --- menus ------------------------------------------------------------------------------
    def _action(
        self, name: str, text: str, slot: Any, key: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)  # the shortcut works even with the menu bar hidden
        self.actions[name] = action
        return action

    def _build_menus(self) -> None:
        file_menu = _menu(self.window, "file", translate("menu", "&File"))
        window_actions: dict[str, QAction] = getattr(self.window, "window_actions", {})
        open_action = window_actions.get("open")
        if open_action is not None:
            # The window's own File > Open: route it here so the new window gets these menus.
            open_action.triggered.disconnect()
            open_action.triggered.connect(self.open_project_dialog)
            self.actions["openProject"] = open_action
            anchor = _next_action(file_menu, open_action)
            own = [
                self._action(
                    "newProject",
                    translate("menu", "&New project…"),
                    self.new_project_dialog,
                    "Ctrl+N",
                )
            ]
        else:
            anchor = file_menu.actions()[0] if file_menu.actions() else None
            own = [
                self._action(
                    "openProject",
                    translate("menu", "&Open project…"),
                    self.open_project_dialog,
                    "Ctrl+O",
                ),
                self._action(
                    "newProject",
                    translate("menu", "&New project…"),
                    self.new_project_dialog,
                    "Ctrl+N",
                ),
            ]
        if anchor is None:
            anchor = file_menu.addSeparator()
        self.recent_menu = QMenu(translate("menu", "Recent projects"), self.window)
        self.recent_menu.setObjectName("recentMenu")
        for action in own:
            file_menu.insertAction(anchor, action)
        file_menu.insertMenu(anchor, self.recent_menu)
        file_menu.insertSeparator(anchor)
        file_menu.insertAction(
            anchor,
            self._action(
                "importPages",
                translate("menu", "&Import pages…"),
                self.import_dialog_open,
                "Ctrl+I",
            ),
        )
        file_menu.insertAction(
            anchor,
            self._action(
                "importFolder",
                translate("menu", "Import a &folder of pages…"),
                self.import_folder_dialog_open,
                "Ctrl+Shift+I",
            ),
        )
        file_menu.insertAction(
            anchor,
            self._action(
                "exportDataset", translate("menu", "&Export…"), self.export_dialog_open, "Ctrl+E"
            ),
        )

        edit_menu = _menu(self.window, "edit", translate("menu", "&Edit"))
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(
                "findInProject",
                translate("menu", "Find in &project…"),
                self.search_open,
                "Ctrl+Shift+F",
            )
        )

        view_menu = _menu(self.window, "view", translate("menu", "&View"))
        self.language_menu = view_menu.addMenu(translate("menu", "&Language"))
        self.language_menu.setObjectName("languageMenu")
        group = QActionGroup(self.language_menu)
        group.setExclusive(True)
        current = i18n.chosen_language()
        for code, name in [("", translate("menu", "System language")), *i18n.LANGUAGES.items()]:
            action = QAction(name, self.language_menu)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.setObjectName(f"language_{code or 'system'}")
            group.addAction(action)
            self.language_menu.addAction(action)
        group.triggered.connect(self._on_language_triggered)

        help_menu = _menu(self.window, "help", translate("menu", "&Help"))
        help_menu.addAction(
            self._action(
                "cheatSheet", translate("menu", "&Keyboard shortcuts"), self.cheat_sheet_open, "F1"
            )
        )
        help_menu.addAction(
            self._action("about", translate("menu", "&About newsdesk"), self.about_open)
        )

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        current = getattr(self.session.library, "path", None)
        current = str(Path(current).resolve()) if current else ""
        paths = [p for p in recent.recent_projects() if p != current]
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(plain_tooltip(path))
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))
        if paths:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(translate("menu", "Clear list"))
            clear.triggered.connect(self._on_recent_clear_triggered)
        self.recent_menu.setEnabled(bool(paths))

    def _on_recent_clear_triggered(self) -> None:
        recent.clear_recent_projects()
        self._rebuild_recent()

    # --- importing --------------------------------------------------------------------------
    def import_dialog_open(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("menu", "Import pages"),
            "",
            translate("menu", "Pages (*.txt);;All files (*)"),
        )
        if files:
            self.import_paths(files)

    def import_folder_dialog_open(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, translate("menu", "Import every page in a folder")
        )
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> Any:
        """Import files or folders in the background with a progress dialog; returns the worker."""
        if self.import_dialog is not None:
            self.window.show_status(translate("menu", "An import is already running."))
            return None
        from desktop.gui.workers import ImportWorker

        library = self.session.library
        worker = ImportWorker(self, store=library.store_prepared)
        self.import_worker = worker
        worker.stored.connect(self._on_worker_stored)
        worker.finished.connect(self._flush_import_changes)
        worker.finished.connect(self._end_import_batch)
        worker.finished.connect(worker.deleteLater)
        batch = getattr(library, "batch", None)
        if batch is not None:  # one WAL checkpoint after the import, not one every few pages
            self._import_batch = ExitStack()
            self._import_batch.enter_context(batch())
        worker.start(paths, known=frozenset(d.sha256 for d in library.documents()))
        dialog = ImportProgressDialog(worker, self.window)
        dialog.summarised.connect(self.window.show_status)
        dialog.reported.connect(self._on_import_dialog_reported)
        dialog.destroyed.connect(self._on_import_dialog_destroyed)
        self.import_dialog = dialog
        return worker

    def _on_worker_stored(self, changes: Changes) -> None:
        """Pages land one by one; the views refresh at most every :data:`REFRESH_MS` (reloading
        a 10,000-article list after each of a thousand pages would be most of the import)."""
        self._pending_labels = self._pending_labels or changes.labels
        self._pending_pages += 1
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _flush_import_changes(self) -> None:
        self._refresh_timer.stop()
        if self._pending_pages:
            changes = Changes(
                description=translate("menu", "Import"),
                documents=True,
                labels=self._pending_labels,
            )
            self._pending_pages, self._pending_labels = 0, False
            self.session.changed.emit(changes)

    def _end_import_batch(self) -> None:
        """Leave the library's batch mode (idempotent; before the project file closes)."""
        batch, self._import_batch = self._import_batch, None
        if batch is not None:
            batch.close()

    def _on_import_dialog_reported(self, report: Any) -> None:
        """Pages that could not be imported are listed, one line each, in a non-modal box."""
        if not report.problems:
            return
        box = QMessageBox(self.window)
        box.setObjectName("importProblems")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("menu", "Import problems"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(summary_line(report))
        box.setDetailedText("\n".join(p.message for p in report.problems))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.problems_box = box

    def _on_import_dialog_destroyed(self) -> None:
        self.import_dialog = None
        self.import_worker = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drag and drop of page files or folders anywhere on the window imports them (a
        project file dropped alone is opened instead); closing
        the window first stops a running import (before the project file is closed)."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            worker = self.import_worker
            if worker is not None:  # pages prepared but not yet stored are dropped too
                worker.cancel()
                worker.wait()
            self._end_import_batch()
        if watched is self.window and isinstance(event, QDropEvent):  # also enter/move events
            paths = self._local_paths(event.mimeData().urls())
            if paths and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                event.acceptProposedAction()
                return True
            if paths and event.type() == QEvent.Type.Drop:
                event.acceptProposedAction()
                if len(paths) == 1 and paths[0].lower().endswith(PROJECT_SUFFIXES):
                    self.open_project(paths[0])  # a project file dropped: open it
                else:
                    self.import_paths(paths)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _local_paths(urls: list[QUrl]) -> list[str]:
        return [u.toLocalFile() for u in urls if u.isLocalFile() and u.toLocalFile()]

    # --- exporting ------------------------------------------------------------------------------
    def export_dialog_open(self) -> ExportDialog:
        dialog = ExportDialog(self.session.library, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.open()
        return dialog

    def _on_export_dialog_exported(self, count: int, out: str) -> None:
        self.window.show_status(
            translate("menu", "Exported %1 article(s) to %2")
            .replace("%1", str(count))
            .replace("%2", out)
        )

    # --- searching --------------------------------------------------------------------------
    def search_open(self) -> SearchDialog:
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.session.library, self.window)
            self.search_dialog.hit_activated.connect(self._on_search_hit_activated)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.query_edit.setFocus()
        self.search_dialog.query_edit.selectAll()
        return self.search_dialog

    def _on_search_hit_activated(self, article_id: int, start: int, end: int) -> None:
        self.window.select_article(article_id)
        select_span = getattr(self.window, "select_span", None)
        if select_span is None:
            reader = getattr(self.window, "reader", None)
            select_span = getattr(reader, "select_span", None)
        if select_span is not None:
            select_span(start, end)

    def _on_session_changed(self, changes: Any) -> None:
        if getattr(changes, "documents", False) and self.search_dialog is not None:
            self.search_dialog.invalidate()

    # --- apply to all -----------------------------------------------------------------------
    def apply_to_all(
        self, article_id: int, text: str, label: str, kind: str = "entity"
    ) -> ApplyToAllDialog:
        """Open the preview; OK pushes one ApplyToAll edit (one undo step) through the session."""
        dialog = ApplyToAllDialog(self.session.library, article_id, text, label, kind, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_apply_dialog_accepted(dialog))
        dialog.open()
        return dialog

    def _on_apply_dialog_accepted(self, dialog: ApplyToAllDialog) -> None:
        edit = dialog.edit()
        if edit is not None:
            self.session.push(edit)

    # --- help ---------------------------------------------------------------------------------
    def cheat_sheet_open(self) -> CheatSheetDialog:
        dialog = CheatSheetDialog(self._label_keys(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _label_keys(self) -> list[tuple[str, str, str]]:
        """The label keys as the window really binds them (a label whose key is taken by a
        built-in action gets another sequence there), else as the project defines them."""
        group = translate("menu", "Labels")
        edit_actions = getattr(self.window, "edit_actions", None)
        actions = list(getattr(edit_actions, "label_actions", []) or [])
        if actions:
            return [
                (
                    group,
                    action.text().replace("&", ""),
                    action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
                for action in actions
                if not action.shortcut().isEmpty()
            ]
        try:
            labels = self.session.library.labels()
        except NewsdeskError:
            return []
        return [
            (
                group,
                translate("menu", "Label the selection as %1").replace("%1", lab.name),
                lab.key.upper(),
            )
            for lab in labels
            if lab.key
        ]

    def about_open(self) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setWindowTitle(translate("menu", "About newsdesk"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            translate(
                "menu",
                "newsdesk: read, correct and export OCR'd Chinese newspaper pages.\n"
                "Every correction is saved at once to the project file.",
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # --- language -----------------------------------------------------------------------------
    def _on_language_triggered(self, action: QAction) -> None:
        """Install the language now; rebuild the window in it when nothing would be lost.

        Most of the window builds its texts once, so the switch shows fully in a new window on
        the same project. Rebuilding clears the undo history, so it happens only when that is
        empty; otherwise the new language shows from the next start (and in new dialogs now).
        """
        app = QApplication.instance()
        if app is None:
            return
        i18n.set_language(app, str(action.data() or ""))
        path = getattr(self.session.library, "path", None)
        if path and self.session.undo_stack.count() == 0:
            self.open_project(path)
        else:
            self.window.show_status(
                translate("menu", "Language changed; the whole window follows at the next start.")
            )

    # --- projects -----------------------------------------------------------------------------
    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("menu", "Open project"),
            "",
            translate("menu", "Projects (*.sqlite);;All files (*)"),
        )
        if path:
            self.open_project(path)

    def new_project_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("menu", "New project"),
            "untitled.sqlite",
            translate("menu", "Projects (*.sqlite);;All files (*)"),
        )
        if path:
            if not Path(path).suffix:
                path += ".sqlite"
            self.open_project(path)

    def open_project(self, path: str | Path) -> QWidget | None:
        """Open (or create) ``path`` in a new window that replaces this one; None on error."""
        from desktop.gui import create_main_window

        try:
            new = create_main_window(path)
        except NewsdeskError as exc:
            title = translate("menu", "Cannot open project")
            # escaped: the message quotes a path or page text as typed, never as markup
            QMessageBox.warning(self.window, title, plain_tooltip(str(exc)))
            return None
        from desktop.gui.dialogs import install

        install(new)
        recent.add_recent_project(path)
        new.setGeometry(self.window.geometry())
        new.show()
        _open_windows.append(new)
        new.destroyed.connect(lambda _=None, w=new: _forget(w))
        self.window.close()
        return new


def _next_action(menu: QMenu, action: QAction) -> QAction | None:
    actions = menu.actions()
    i = actions.index(action) if action in actions else len(actions) - 1
    return actions[i + 1] if i + 1 < len(actions) else None


def _forget(window: QWidget) -> None:
    if window in _open_windows:
        _open_windows.remove(window)
