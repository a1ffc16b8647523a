"""The main window: composition of the panes, menus and docks, and routing of Changes.

Nothing here edits: the panes report what the user picked, :class:`EditActions` turns keys into
edits on the session's undo stack, and :meth:`MainWindow._on_session_changed` refreshes only
what the core's Changes names.
"""

from __future__ import annotations

import dataclasses
import itertools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import NewsdeskError
from desktop.core.records import Annotation, ArticleDetail, Changes, Label
from desktop.gui import fonts, i18n, mnemonics, projects
from desktop.gui.actions import EditActions
from desktop.gui.error_text import error_text
from desktop.gui.models import ArticleListModel, EntityTableModel, FigureTableModel
from desktop.gui.models.articles import page_furniture, status_text, warnings_text
from desktop.gui.models.roles import QT_TRANSLATE_NOOP, plain_tooltip
from desktop.gui.session import Session
from desktop.gui.widgets.article_list import ArticleListPane
from desktop.gui.widgets.elided_label import ElidedLabel
from desktop.gui.widgets.filtered_note import FilteredNote
from desktop.gui.widgets.find_bar import FindBar
from desktop.gui.widgets.legend import Legend
from desktop.gui.widgets.reader import ReaderView
from desktop.gui.widgets.source_pane import SourcePane
from desktop.gui.widgets.tables import SidePane, SpanTable

if TYPE_CHECKING:
    from desktop.gui.dialogs.workflows import Workflows
    from desktop.gui.runner import Task

#: The pane that has the keyboard gets a frame in the highlight colour (the style's own focus
#: cue in a view is a dotted line round one cell, and the selected row looks the same with and
#: without focus). The same width either way, so focus moving shifts nothing.
FOCUS_FRAME_CSS = (
    "#{name} {{ border: 1px solid palette(mid); margin: 1px; }}"
    " #{name}:focus {{ border: 2px solid palette(highlight); margin: 0px; }}"
)
FOCUS_FRAMED = ("articleList", "readerView", "entityTable", "figureTable", "pageView", "sourceView")

SETTINGS_ORG = "newsdesk"
SETTINGS_APP = "newsdesk"
STATUS_TIMEOUT_MS = 8000
RELOAD_INTERVAL_MS = 500
#: a remembered window smaller than this opens as on first launch instead
MIN_REMEMBERED = (640, 420)
#: The article list's and the side tables' shares of the window's width (%), the reader
#: keeping the rest (44%: the largest pane at any size); each dock at least MIN_DOCK_PX.
#: At 24% the list's Title column was a few characters wide at 1024x700.
DOCK_SHARES = (26, 30)
MIN_DOCK_PX = 180
#: A dock this many pixels off the width it was given has been dragged by the user.
DOCK_SLACK_PX = 4
#: Sized docks are taken as placed within this many pixels of the widths asked for, checked
#: up to DOCK_PLACE_TRIES times (the layout places them on a later turn of the event loop).
DOCK_PLACE_PX = 12
DOCK_PLACE_TRIES = 10
#: The source page's share of the window's height (%) when it opens shorter than
#: SOURCE_MIN_SHARE: Qt gives a new bottom dock its contents' small size hint, a strip where
#: the scan is drawn too small to read (about a quarter of a 1600x1000 window).
SOURCE_SHARE = 42
SOURCE_MIN_SHARE = 33
#: The reader's least room (width, height: about 17 characters a line, six lines) when the
#: window lays its docks out again: a layout saved in a larger window and restored into a
#: smaller one, or the window made smaller. The docks give way, down to their own least
#: (side docks MIN_DOCK_PX); a dock's edge dragged by the user is left where it is put.
READER_MIN_PX = (360, 240)


def settings() -> QSettings:
    return QSettings(SETTINGS_ORG, SETTINGS_APP)


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.setParent(self)
        lib = session.library
        self.setWindowTitle(f"newsdesk — {lib.path.name}")
        self.labels: list[Label] = []
        self.workflows: Workflows | None = None  # set by desktop.gui.dialogs.install
        self.warm_up: Task | None = None  # set by the app at start-up
        self._detail: ArticleDetail | None = None  # of the article being read
        self._first_show = False
        self._docks_default: tuple[int, int] | None = None  # widths size_docks() gave the docks
        self._dock_timer = QTimer(self)  # one re-proportioning after a burst of resizes
        self._dock_timer.setSingleShot(True)
        self._dock_timer.setInterval(0)
        self._dock_timer.timeout.connect(self.size_docks)
        self._docks_wanted = (0, 0)
        self._place_tries = 0
        self._source_sized = False  # the source dock given its share once this session
        self._place_timer = QTimer(self)  # dies with the window, unlike a bare singleShot
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(20)
        self._place_timer.timeout.connect(self._record_dock_widths)
        self._room_timer = QTimer(self)  # the reader's room checked once the layout settles
        self._room_timer.setSingleShot(True)
        self._room_timer.setInterval(0)
        self._room_timer.timeout.connect(self.keep_reader_room)
        self._tables_moving = False
        self._source_document: int | None = None
        self._last_reload = float("-inf")
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_INTERVAL_MS)
        self._reload_timer.timeout.connect(self._reload_articles)

        self.article_model = ArticleListModel(lib, self)
        self.entity_model = EntityTableModel(lib, self)
        self.figure_model = FigureTableModel(lib, session.push, self)
        self.figure_model.edit_refused.connect(self.show_status)
        self.article_pane = ArticleListPane(self.article_model, self)
        self.reader = ReaderView(self)
        self.reader.setFont(fonts.cjk_font(13))
        self._set_placeholder()
        self.legend = Legend(self)
        self.find_bar = FindBar(self.reader, self)
        self.filtered_note = FilteredNote(self)
        self.article_info = ElidedLabel(self)  # a long file name must not push the docks in
        self.article_info.setObjectName("articleInfo")
        self.article_info.setContentsMargins(10, 2, 10, 2)
        self.article_info.setStyleSheet("QLabel { color: #455a64; }")
        self.side_pane = SidePane(self.entity_model, self.figure_model, self)
        self.entity_table = self.side_pane.entity_table
        self.figure_table = self.side_pane.figure_table
        self.source_pane = SourcePane(self)
        self.source_view = self.source_pane.text_view
        self.page_view = self.source_pane.page_view

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.article_info)
        layout.addWidget(self.filtered_note)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.reader, 1)
        self.setCentralWidget(central)
        self.article_dock = self._dock(
            "articles", QT_TRANSLATE_NOOP("MainWindow", "Articles"), self.article_pane
        )
        self.span_dock = self._dock(
            "spans", QT_TRANSLATE_NOOP("MainWindow", "Entities and figures"), self.side_pane
        )
        self.source_dock = self._dock(
            "source", QT_TRANSLATE_NOOP("MainWindow", "Source page"), self.source_pane
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.article_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.span_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.source_dock)
        self.source_dock.hide()

        self.edit_actions = EditActions(self, span_scopes=[central, self.side_pane])
        # Enter accepts only where a span is being looked at (it commits editors elsewhere)
        self.reader.addAction(self.edit_actions.accept_enter)
        self.entity_table.addAction(self.edit_actions.accept_enter)
        self.window_actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._annotate_extras: list[QAction] = []  # the workflows' entries (train…)
        self._build_menus()
        self._connect()
        self._set_tab_order()
        self.statusBar()
        self._restore_settings()
        self._reload_labels()
        self.article_model.reload()
        if self.article_model.rowCount():
            self.select_article(self.article_model.summary(0).id)
        self.reader.setFocus()
        self.session.project_opened.emit()

    # --- public API (what the workflows use) ----------------------------------------------------
    def add_annotate_action(self, action: QAction) -> None:
        """Put a workflow's ``action`` at the end of the Annotate menu (kept there when the
        menu is rebuilt for new labels)."""
        self._annotate_extras.append(action)
        self._fill_annotate_menu()

    def select_article(self, article_id: int) -> None:
        """Show ``article_id`` in the reader, tables and source pane (an article that is not
        in the project leaves the window as it was and says so in the status bar)."""
        lib = self.session.library
        try:
            detail = lib.article(article_id)
            annotations = lib.annotations(article_id)
        except NewsdeskError as exc:
            self.show_status(error_text(exc))
            return
        self._detail = detail
        self.reader.show_article(detail, annotations)
        self._show_info(detail)
        self.entity_model.load(article_id, detail.text, annotations)
        self.figure_model.load(article_id, detail.text, annotations)
        self.article_pane.select_article(article_id)  # no row when the filter hides it
        self._update_filtered_note()
        self._source_document = detail.document_id
        if self.source_dock.isVisible():
            self._update_source()
        self.session.select_article(article_id, detail.status)

    def _update_filtered_note(self) -> None:
        """The strip over the reader when the list's filter hides the article being read."""
        article_id = self.reader.article_id
        model = self.article_model
        hidden = article_id is not None and model.query and model.row_of(article_id) is None
        self.filtered_note.set_hidden_by(model.query if hidden else None)

    def _show_info(self, detail: ArticleDetail) -> None:
        """The line over the reader; on a page imported with a warning it says so, and its
        tooltip gives the warnings (the article list's page column has them too)."""
        self.article_info.setText(self._info_line(detail))
        self.article_info.setToolTip(
            plain_tooltip(warnings_text(detail.warnings)) if detail.warnings else ""
        )

    def _info_line(self, detail: ArticleDetail) -> str:
        furniture = page_furniture(detail.paper, detail.date, None)  # "" for plain text
        parts = [
            *([furniture] if furniture else []),
            detail.document_name,
            self.tr("article %1").replace("%1", str(detail.index + 1)),
            status_text(detail.status),
        ]
        if detail.continued_from:
            parts.append(self.tr("continued from %1").replace("%1", detail.continued_from))
        if detail.continued_to:
            parts.append(self.tr("continues on %1").replace("%1", detail.continued_to))
        if detail.warnings:
            parts.append("⚠ " + self.tr("imported with %n warning(s)", "", len(detail.warnings)))
        return "  ·  ".join(parts)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def go_to_neighbour(self, step: int) -> None:
        target = self.article_pane.neighbour_id(step)
        if target is None:
            self.show_status(self.tr("No more articles"))
        else:
            self.select_article(target)

    # --- building -----------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(self)
        i18n.bind_text(dock, "MainWindow", title, "setWindowTitle")
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(widget)
        return dock

    def _action(
        self, key: str, text: str, shortcut: str | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(self)
        i18n.bind_text(action, "MainWindow", text)  # marked QT_TRANSLATE_NOOP by callers
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window_actions[key] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key, title in (
            ("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
            ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
            ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
            ("annotate", QT_TRANSLATE_NOOP("MainWindow", "&Annotate")),
            ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
        ):
            menu = bar.addMenu("")
            i18n.bind_text(menu, "MainWindow", title, "setTitle")
            menu.setObjectName(f"{key}Menu")
            self.menus[key] = menu
        stack = self.session.undo_stack
        file_menu = self.menus["file"]
        file_menu.addAction(
            self._action(
                "open",
                QT_TRANSLATE_NOOP("MainWindow", "&Open project…"),
                "Ctrl+O",
                lambda: projects.ask_open(self),
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "Ctrl+Q", self.close)
        )

        edit = self.menus["edit"]
        undo = QAction(self)
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        undo.triggered.connect(stack.undo)
        redo = QAction(self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.triggered.connect(stack.redo)
        self.window_actions["undo"], self.window_actions["redo"] = undo, redo
        # the texts say what would be undone, in the language of the moment
        stack.indexChanged.connect(self._update_undo_texts)
        stack.cleanChanged.connect(self._update_undo_texts)
        self._update_undo_texts()
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        filter_action = self._action(
            "filter",
            QT_TRANSLATE_NOOP("MainWindow", "Fi&lter articles"),
            "Ctrl+L",
            self._on_filter_triggered,
        )
        edit.addAction(filter_action)
        edit.addAction(
            self._action(
                "find",
                QT_TRANSLATE_NOOP("MainWindow", "&Find in article…"),
                "Ctrl+F",
                self.find_bar.open,
            )
        )
        edit.addAction(
            self._action(
                "findNext",
                QT_TRANSLATE_NOOP("MainWindow", "Find &next"),
                "F3",
                lambda: self.find_bar.find_next(1),
            )
        )
        edit.addSeparator()
        # the project's choice (issue 11 item 2): checked, spans may lie inside longer ones
        nested = self._action(
            "nestedSpans",
            QT_TRANSLATE_NOOP("MainWindow", "Allow nested &spans"),
            None,
            self._on_nested_spans_triggered,
        )
        nested.setObjectName("nestedSpansAction")
        nested.setCheckable(True)
        nested.setChecked(self.session.library.nested_spans())
        edit.addAction(nested)

        self.label_menu = QMenu(self)
        self.label_menu.setObjectName("labelMenu")
        i18n.bind_text(
            self.label_menu, "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Label as"), "setTitle"
        )

        view = self.menus["view"]
        self._bind_dock_toggles()
        toggle_source = self.source_dock.toggleViewAction()
        toggle_source.setShortcut(QKeySequence("F9"))
        self.window_actions["source"] = toggle_source
        view.addAction(toggle_source)
        view.addAction(self.article_dock.toggleViewAction())
        view.addAction(self.span_dock.toggleViewAction())
        view.addSeparator()
        view.addAction(
            self._action(
                "next",
                QT_TRANSLATE_NOOP("MainWindow", "&Next article"),
                "Ctrl+PgDown",
                lambda: self.go_to_neighbour(1),
            )
        )
        view.addAction(
            self._action(
                "previous",
                QT_TRANSLATE_NOOP("MainWindow", "&Previous article"),
                "Ctrl+PgUp",
                lambda: self.go_to_neighbour(-1),
            )
        )
        for action in self.window_actions.values():
            if action not in self.actions():
                self.addAction(action)
        self._fill_annotate_menu()

    def _bind_dock_toggles(self) -> None:
        """View's dock entries with a mnemonic: Qt gives a dock's toggle action its title, and
        sets it again whenever the title changes (a language switch), so this follows."""
        for dock, text in (
            (self.source_dock, QT_TRANSLATE_NOOP("MainWindow", "&Source page")),
            (self.article_dock, QT_TRANSLATE_NOOP("MainWindow", "&Articles")),
            (self.span_dock, QT_TRANSLATE_NOOP("MainWindow", "&Entities and figures")),
        ):
            i18n.bind_text(dock.toggleViewAction(), "MainWindow", text)

    def _set_placeholder(self) -> None:
        self.reader.setPlaceholderText(
            self.tr("No article yet. Import pages with File > Import pages… or drop them here.")
        )

    def _update_undo_texts(self, *_args: object) -> None:
        stack = self.session.undo_stack
        for key, word, can, what in (
            ("undo", self.tr("&Undo"), stack.canUndo(), stack.undoText()),
            ("redo", self.tr("&Redo"), stack.canRedo(), stack.redoText()),
        ):
            action = self.window_actions[key]
            # what is undone is data (an article title, a file name): its "&" is shown
            what = mnemonics.escape(what)
            action.setText(f"{word} {what}" if can and what else word)
            action.setEnabled(can)

    # --- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "window_actions"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the window in the language now installed, in place (the article being
        read stays): menus, actions and dock titles (bound with :func:`i18n.bind_text`), the
        reader's placeholder, the article line, Undo/Redo, and the tables' headers and cells.
        The legend, side pane, article list and find bar retranslate themselves (each gets its
        own LanguageChange)."""
        i18n.retranslate_bound(self)
        self._bind_dock_toggles()  # after the dock titles, which reset their toggles' texts
        self._set_placeholder()
        if self._detail is not None:
            self._show_info(self._detail)
        self._update_undo_texts()
        for model in (self.article_model, self.entity_model, self.figure_model):
            columns = model.columnCount()
            if columns:
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            rows = model.rowCount()
            if rows and columns:
                model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))

    def _fill_annotate_menu(self) -> None:
        menu = self.menus["annotate"]
        menu.clear()
        # the labels in a submenu: a project's labels would use up the menu's mnemonics
        labels = self.label_menu
        labels.clear()
        for action in self.edit_actions.label_actions:
            labels.addAction(action)
        labels.setEnabled(bool(self.edit_actions.label_actions))
        menu.addMenu(labels)
        menu.addSeparator()
        ea = self.edit_actions
        for action in (ea.accept, ea.reject, ea.delete, ea.next_suggestion):
            menu.addAction(action)
        menu.addAction(ea.previous_suggestion)
        menu.addAction(ea.least_confident)
        menu.addSeparator()
        for action in (ea.grow_end, ea.shrink_end, ea.grow_start, ea.shrink_start):
            menu.addAction(action)
        menu.addSeparator()
        for action in (ea.accept_all, ea.apply_to_all, ea.reviewed_next, ea.reviewed_least_sure):
            menu.addAction(action)
        if self._annotate_extras:
            menu.addSeparator()
            for action in self._annotate_extras:
                menu.addAction(action)

    def _connect(self) -> None:
        s = self.session
        s.changed.connect(self._on_session_changed)
        s.message_posted.connect(self.show_status)
        self.article_pane.article_activated.connect(self._on_article_pane_article_activated)
        self.article_pane.view.activated.connect(self._on_article_view_activated)
        # after the pane's own slot (connected first), which makes the article's row current
        self.article_model.modelReset.connect(self._update_filtered_note)
        self.filtered_note.show_all_clicked.connect(self.article_pane.clear_filter)
        self.reader.span_selected.connect(self._on_reader_span_selected)
        self.reader.text_selected.connect(self._on_reader_text_selected)
        self.entity_table.span_selected.connect(self._on_table_span_selected)
        self.figure_table.span_selected.connect(self._on_table_span_selected)
        self.source_dock.visibilityChanged.connect(self._on_source_dock_visibility_changed)
        self.source_pane.line_clicked.connect(self._on_source_pane_line_clicked)
        self.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader.customContextMenuRequested.connect(self._on_reader_context_menu_requested)

    def _set_tab_order(self) -> None:
        """Tab walks the panes as they are read, left to right: the article filter and list,
        the reader, then the side pane's grouping tick, entity table and figure table."""
        chain: list[QWidget] = [
            self.article_pane.filter_box,
            self.article_pane.view,
            self.reader,
            self.side_pane.group_box,
            self.entity_table,
            self.figure_table,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        for widget in (*chain[1:3], *chain[4:], self.page_view, self.source_view):
            name = widget.objectName()
            if name in FOCUS_FRAMED:
                widget.setStyleSheet(FOCUS_FRAME_CSS.format(name=name))

    # --- slots --------------------------------------------------------------------------
    def _on_article_pane_article_activated(self, article_id: int) -> None:
        if article_id != self.reader.article_id:
            self.select_article(article_id)

    def _on_article_view_activated(self, _index: object) -> None:
        """Enter (or a double click) on an article: start reading it."""
        self.reader.setFocus()

    def _on_reader_span_selected(self, uuid: str) -> None:
        self.entity_table.select_uuid(uuid)
        self.figure_table.select_uuid(uuid)

    def _on_table_span_selected(self, uuid: str) -> None:
        if self._tables_moving:
            return
        ann = next((a for a in self.reader.annotations() if a.uuid == uuid), None)
        if ann is not None:
            self.reader.select_span(ann.start, ann.end)
            other = self.figure_table if ann.kind == "entity" else self.entity_table
            other.select_uuid("")

    def _on_reader_context_menu_requested(self, pos: QPoint) -> None:
        """Right-click: the span under the mouse (or the selection) gets the Annotate menu."""
        start, end = self.reader.selected_span()
        clicked = self.reader.cursorForPosition(pos).position()
        inside = start != end and (
            self.reader.textCursor().selectionStart()
            <= clicked
            <= self.reader.textCursor().selectionEnd()
        )
        if not inside:
            self.reader.setTextCursor(self.reader.cursorForPosition(pos))
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"))
        copy.setEnabled(self.reader.textCursor().hasSelection())
        copy.triggered.connect(self.reader.copy)
        menu.addSeparator()
        for action in self.menus["annotate"].actions():
            menu.addAction(action)
        menu.exec(self.reader.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_reader_text_selected(self, _start: int, _end: int) -> None:
        if self.source_dock.isVisible():
            self._highlight_source()

    def _on_source_dock_visibility_changed(self, visible: bool) -> None:
        if visible:
            self._room_timer.start()  # restored taller than this window has room for
            self._update_source()
            if not self._source_sized:
                self._source_sized = True
                QTimer.singleShot(0, self, self._on_source_dock_shown_timeout)

    def _on_source_dock_shown_timeout(self) -> None:
        self.size_source_dock()

    def size_source_dock(self) -> None:
        """Give the docked source page SOURCE_SHARE of the window's height when it is shorter
        than SOURCE_MIN_SHARE (a height the user dragged it to above that is kept)."""
        dock = self.source_dock
        height = self.height()
        if dock.isFloating() or not dock.isVisible():
            return
        if dock.height() * 100 < height * SOURCE_MIN_SHARE:
            self.resizeDocks([dock], [height * SOURCE_SHARE // 100], Qt.Orientation.Vertical)

    def keep_reader_room(self) -> None:
        """Shrink the docks that leave the reader under READER_MIN_PX: those above or below it
        for its height, those beside it for its width, each in proportion to the room it has
        over its own least. Not while :meth:`size_docks`' widths wait to be placed (it asks
        again then): measured before, the docks' old widths would undo the new ones."""
        if self._docks_default == (-1, -1):
            return
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the sizes of now, not of before the last resize
        width, height = READER_MIN_PX
        self._shrink_docks(height - self.reader.height(), Qt.Orientation.Vertical)
        self._shrink_docks(width - self.reader.width(), Qt.Orientation.Horizontal)

    def _shrink_docks(self, short: int, orientation: Qt.Orientation) -> None:
        if short <= 0:
            return
        vertical = orientation == Qt.Orientation.Vertical
        areas = (
            (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)
            if vertical
            else (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        )
        docks = [
            d
            for d in (self.article_dock, self.span_dock, self.source_dock)
            if d.isVisible() and not d.isFloating() and self.dockWidgetArea(d) in areas
        ]

        def size(dock: QDockWidget) -> int:
            return dock.height() if vertical else dock.width()

        def least(dock: QDockWidget) -> int:
            hint = dock.minimumSizeHint()
            return hint.height() if vertical else max(hint.width(), MIN_DOCK_PX)

        spare = [max(0, size(d) - least(d)) for d in docks]
        total = sum(spare)
        if total <= 0:
            return
        take = min(short, total)
        # each gives its part rounded up (floors would leave the reader a pixel or two short)
        sizes = [size(d) - -(-room * take // total) for d, room in zip(docks, spare, strict=True)]
        self.resizeDocks(docks, sizes, orientation)

    def _on_filter_triggered(self) -> None:
        self.article_dock.show()
        self.article_pane.filter_box.setFocus()
        self.article_pane.filter_box.selectAll()

    def _on_nested_spans_triggered(self) -> None:
        """Allow or forbid nested spans: one undoable edit; the tick follows the project."""
        from desktop.core.edits import SetNestedSpans

        wanted = self.window_actions["nestedSpans"].isChecked()
        self.session.push(SetNestedSpans(wanted))
        self._sync_nested_spans()

    def _sync_nested_spans(self) -> None:
        action = self.window_actions["nestedSpans"]
        action.setChecked(self.session.library.nested_spans())

    def _on_session_changed(self, changes: Changes) -> None:
        """Refresh what ``changes`` names, from the records it carries (an edit's Changes
        does; a dataset import's names ids only, and those are read again)."""
        if changes.description:
            self.show_status(changes.description)
        if changes.settings:
            self._sync_nested_spans()
        if changes.labels:
            self._reload_labels()
        if changes.documents:
            if self._current_article_gone():
                self._leave_removed_article()
                return
            self._request_article_reload()
        self.article_model.apply_changes(changes)
        current = self.reader.article_id
        if current is None:
            return
        if current in changes.article_status and self._detail is not None:
            status = changes.status_of(current)
            if status is None:
                self._detail = self.session.library.article(current)
            else:
                self._detail = dataclasses.replace(self._detail, status=status)
            self._show_info(self._detail)
        touched = changes.articles | changes.article_status
        if current not in changes.articles:
            if len(touched) == 1 and current not in touched and not changes.documents:
                # an undo/redo of an edit made elsewhere: show where it happened
                self.select_article(next(iter(touched)))
            return
        self.reader.set_annotations(self._spans_after(current, changes))
        self._tables_moving = True  # rows come and go: the views' own selection moves ignored
        try:
            self.entity_model.apply_changes(changes)
            self.figure_model.apply_changes(changes)
        finally:
            self._tables_moving = False
        uuid = self.reader.refresh_current()
        self._on_reader_span_selected(uuid)

    def _spans_after(self, article_id: int, changes: Changes) -> list[Annotation]:
        """The article's spans once ``changes`` is applied: from its records when it has
        them (no read), else read again."""
        if not changes.has_records:
            return self.session.library.annotations(article_id)
        gone = {*changes.removed, *changes.updated}
        kept = [a for a in self.reader.annotations() if a.uuid not in gone]
        fresh = [a for a in changes.after().values() if a.article_id == article_id]
        return kept + fresh

    def _request_article_reload(self) -> None:
        """Pages arrived: reload the list now, or, within a burst of an import, at most once
        per RELOAD_INTERVAL_MS (each reload reads every summary of the project)."""
        if self._reload_timer.isActive():
            return
        if time.monotonic() - self._last_reload >= RELOAD_INTERVAL_MS / 1000:
            self._reload_articles()
        else:
            self._reload_timer.start()

    def _current_article_gone(self) -> bool:
        """Whether the article in the reader has left the project (the undo of a dataset
        import takes away the articles it created)."""
        current = self.reader.article_id
        if current is None:
            return False
        try:
            self.session.library.article(current)
        except NewsdeskError:
            return True
        return False

    def _leave_removed_article(self) -> None:
        """The reader's article is gone: read the list again now and show its first article,
        or nothing when the project has none left."""
        self._reload_timer.stop()
        self._last_reload = time.monotonic()
        self.article_model.reload()
        if self.article_model.rowCount():
            self.select_article(self.article_model.summary(0).id)
            return
        self._detail = None
        self._source_document = None
        self.reader.show_article(None, [])
        self._update_filtered_note()
        self.article_info.setText("")
        self.article_info.setToolTip("")
        self.entity_model.load(None, "", [])
        self.figure_model.load(None, "", [])

    def _reload_articles(self) -> None:
        self._last_reload = time.monotonic()
        self.article_model.reload()
        if self.reader.article_id is None and self.article_model.rowCount():
            self.select_article(self.article_model.summary(0).id)

    # --- source pane --------------------------------------------------------------------
    def _update_source(self) -> None:
        document_id = self._source_document
        if document_id is None:
            return
        if self.source_pane.document_id != document_id:
            lib = self.session.library
            self.source_pane.show_document(
                document_id,
                lib.document_raw(document_id),
                lib.page_geometry(document_id),
                self._detail.warnings if self._detail is not None else (),
            )
        self._highlight_source()

    def _highlight_source(self) -> None:
        article_id = self.reader.article_id
        if article_id is None:
            return
        start, end = self.reader.selected_span()
        span = self.reader.span_at_cursor()
        if span is not None and start == end:
            start, end = span.start, span.end
        elif start == end:
            start, end = self.reader.block_span_at_cursor()
        self.source_pane.highlight_lines(self.session.library.raw_lines(article_id, start, end))

    def _on_source_pane_line_clicked(self, line: int) -> None:
        """A box clicked on the page: select the text it became (in its article)."""
        document_id = self._source_document
        if document_id is None:
            return
        spot = self.session.library.locate_line(document_id, line)
        if spot is None:
            self.show_status(self.tr("That line is in no article (page furniture or noise)."))
            return
        if spot.article_id != self.reader.article_id:
            self.select_article(spot.article_id)
        self.reader.select_span(spot.start, spot.end)

    # --- labels and settings ------------------------------------------------------------
    def _reload_labels(self) -> None:
        self.labels = list(self.session.library.labels())
        colours = {lab.name: lab.colour for lab in self.labels}
        self.reader.set_colours(colours)
        self.entity_model.set_colours(colours)
        self.figure_model.set_colours(colours)
        self.legend.set_labels(self.labels)
        self.edit_actions.set_labels(self.labels)
        self._fill_annotate_menu()

    def _restore_settings(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if restored and (self.width() < MIN_REMEMBERED[0] or self.height() < MIN_REMEMBERED[1]):
            restored = False  # a window saved that small (an offscreen run) is no use to anyone
        if not restored:  # first launch: most of the screen, centred
            screen = self.screen().availableGeometry()
            width = min(1600, int(screen.width() * 0.92))
            height = min(1050, int(screen.height() * 0.92))
            self.setGeometry(
                screen.x() + (screen.width() - width) // 2,
                screen.y() + (screen.height() - height) // 2,
                width,
                height,
            )
        state = s.value("window/state")
        if restored and isinstance(state, QByteArray):
            self.restoreState(state)
        # docks the user never dragged are sized from the window again (their saved widths
        # belong to the window's size then, maybe much smaller)
        if not restored or str(s.value("window/docksDefault", "true")).lower() in ("true", "1"):
            self._first_show = True
        grouped = s.value("tables/groupEntities")
        if grouped is not None:
            self.side_pane.group_box.setChecked(str(grouped).lower() in ("true", "1"))
        for name, table in self._tables():
            header_state = s.value(f"tables/{name}")
            if isinstance(header_state, QByteArray) and name == "articles":
                self.article_pane.restore_header(header_state)
            elif isinstance(header_state, QByteArray) and isinstance(table, SpanTable):
                table.restore_header(header_state)

    def _tables(self) -> list[tuple[str, QTableView]]:
        return [
            ("articles", self.article_pane.view),
            ("entities", self.entity_table),
            ("figures", self.figure_table),
        ]

    def save_settings(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("tables/groupEntities", self.side_pane.group_box.isChecked())
        s.setValue("window/docksDefault", self._docks_default is not None)
        for name, table in self._tables():
            s.setValue(f"tables/{name}", table.horizontalHeader().saveState())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._room_timer.start()
        if self._first_show:
            # no remembered layout: give the side panes a useful share once the window has a size
            self._first_show = False
            QTimer.singleShot(0, self._on_first_show_timer_timeout)

    def _on_first_show_timer_timeout(self) -> None:
        self.size_docks()

    def size_docks(self) -> None:
        """The side docks in proportion to the window (DOCK_SHARES), so the reader keeps the
        largest share at any size; they follow the window's resizes until the user drags one."""
        width = self.width()
        article_share, span_share = DOCK_SHARES
        wanted = (
            max(MIN_DOCK_PX, width * article_share // 100),
            max(MIN_DOCK_PX, width * span_share // 100),
        )
        self.resizeDocks(
            [self.article_dock, self.span_dock], list(wanted), Qt.Orientation.Horizontal
        )
        self._docks_default = (-1, -1)  # known once the layout has placed them
        self._docks_wanted = wanted
        self._place_tries = DOCK_PLACE_TRIES
        self._record_dock_widths()

    def _record_dock_widths(self) -> None:
        """Remember the widths the docks got (to tell a user's drag later), once the layout
        has placed them near the widths asked for (or after a few tries: a minimum size may
        win)."""
        if self._docks_default != (-1, -1):
            return  # sized again, or dragged, meanwhile
        now = (self.article_dock.width(), self.span_dock.width())
        wanted = self._docks_wanted
        placed = all(abs(a - b) <= DOCK_PLACE_PX for a, b in zip(now, wanted, strict=True))
        self._place_tries -= 1
        if placed or self._place_tries <= 0:
            self._docks_default = now
            self._room_timer.start()
        else:
            self._place_timer.start()

    def _docks_untouched(self) -> bool:
        """Whether the docks still have the widths :meth:`size_docks` gave them."""
        if self._docks_default is None:
            return False
        if self._docks_default == (-1, -1):
            return True  # just sized, not yet placed
        now = (self.article_dock.width(), self.span_dock.width())
        if any(abs(a - b) > DOCK_SLACK_PX for a, b in zip(now, self._docks_default, strict=True)):
            self._docks_default = None  # the user's own widths from now on
            return False
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        untouched = self._docks_untouched()  # judged before the new size moves anything
        super().resizeEvent(event)
        if untouched and event.size().width() != event.oldSize().width():
            self._dock_timer.start()
        if event.size() != event.oldSize():
            self._room_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.session.close()  # its tasks first: no page may be stored into a closed project
        super().closeEvent(event)
