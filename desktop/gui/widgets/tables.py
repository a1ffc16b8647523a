"""The side pane: sortable entity and figure tables for the article being read.

Each view sorts through a proxy on the models' SORT_ROLE and reports the selected span's uuid
with :attr:`SpanTable.span_selected`; :meth:`SpanTable.select_uuid` goes the other way. The
figure table edits its fields in place: a combo box for the kind, line edits for the rest, a
check box for approx (the model turns each into an undoable edit).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.models.annotations import EntityTableModel, FigureTableModel, kind_text
from desktop.gui.models.roles import ID_ROLE, SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex
TIP_ROLE = Qt.ItemDataRole.ToolTipRole
#: rows a column measures to fit its contents (all rows made article switches slow)
SIZE_SAMPLE_ROWS = 30
#: a fitted column is never wider than this (the tooltip and a drag show the rest)
MAX_FIT_PX = 260
#: room around a cell's text: margins, plus the colour swatch or check box where there is one
CELL_PADDING_PX = 16
#: The first column (the span's text) takes at most this share of the table's width, and at
#: least MIN_TEXT_PX, so the columns after it stay in view in a narrow pane.
TEXT_SHARE_PERCENT = 45
MIN_TEXT_PX = 70
ICON_PADDING_PX = 22


def _shared_out(wants: dict[int, int], room: int) -> dict[int, int]:
    """Widths for the columns of ``wants`` (column: the width it fits, most wanted first)
    within ``room``: each as wide as it wants where they all fit, else the later ones give up
    room first (a figure's metric before its text), none below MIN_TEXT_PX (or its own
    width, if less) unless the earlier ones cannot keep theirs; none past MAX_FIT_PX."""
    out = {column: min(want, MAX_FIT_PX) for column, want in wants.items()}
    over = sum(out.values()) - room
    for column in reversed(list(out)):
        if over <= 0:
            break
        floor = min(out[column], MIN_TEXT_PX)
        given = min(over, out[column] - floor)
        out[column] -= given
        over -= given
    return out


class KindDelegate(QStyledItemDelegate):
    """A combo box of the figure kinds, named in the interface language (the item data is the
    stored kind)."""

    def __init__(self, kinds: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds = kinds

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: _Index
    ) -> QWidget:
        combo = QComboBox(parent)
        for kind in self._kinds:
            combo.addItem(kind_text(kind), kind)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            current = str(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setCurrentIndex(max(0, editor.findData(current)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if not isinstance(editor, QComboBox):
            return
        kind = editor.currentData()
        if kind is not None and kind != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, kind, Qt.ItemDataRole.EditRole)


class SpanProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE; for the entity table it can also group: one row per text and label
    (the group's first span stands for it; the model's status and "Occurs" cells then count
    the group). No Python ``data`` here: views ask for every role of every cell, and a Python
    override of this proxy doubled that cost on each article switch."""

    def __init__(self, model: EntityTableModel | FigureTableModel, parent: QObject) -> None:
        super().__init__(parent)
        self._grouped = False
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self._on_source_rows_changed)

    @property
    def grouped(self) -> bool:
        return self._grouped

    def set_grouped(self, grouped: bool) -> None:
        grouped = grouped and isinstance(self.sourceModel(), EntityTableModel)
        if grouped != self._grouped:
            model = self.sourceModel()
            self._grouped = grouped
            if isinstance(model, EntityTableModel):
                model.set_grouped(grouped)  # its status and "Occurs" cells count the group
            self._refilter()

    def filterAcceptsRow(self, source_row: int, _parent: _Index) -> bool:
        model = self.sourceModel()
        if not self._grouped or not isinstance(model, EntityTableModel):
            return True
        return model.is_group_leader(source_row)

    def _refilter(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateFilter is deprecated
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def leader_row(self, source_row: int) -> int:
        model = self.sourceModel()
        if self._grouped and isinstance(model, EntityTableModel):
            return model.group_rows(source_row)[0]
        return source_row

    def _on_source_rows_changed(self, *_args: Any) -> None:
        """A span came, went or changed: which span leads a group, and every group's counts,
        may have changed with it."""
        if self._grouped:
            self._refilter()
            if self.rowCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
                )


class SpanTable(QTableView):
    """``span_selected(uuid)``: the user picked a row (in a grouped table, its first span;
    activating the row again, by double click, walks on to the group's next span)."""

    span_selected = Signal(str)

    def __init__(
        self,
        model: EntityTableModel | FigureTableModel,
        object_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.source_model = model
        self.proxy = SpanProxy(model, self)
        self._shown_uuid = ""  # the span the selected row stands for (a group has several)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # text order until a header is clicked
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        # Tab leaves the table (arrows move between rows): with Qt's default, Tab walked the
        # cells and kept the keyboard inside the table for good.
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        # Fitted here, from font metrics of the first rows' text, when rows arrive: Qt's
        # ResizeToContents asks the delegate for every cell's size hint on every article switch
        # (a third of a switch's time with 10,000 articles). A column the user drags keeps
        # the user's width.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._stretch_last_column()
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a squeezed title says it is cut
        # Right-click on the header: which columns to show (a narrow pane has no room for the
        # figure table's seven; hidden columns stay hidden, the header's state being saved
        # with the window).
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        self._fitting = False
        self._user_sized: set[int] = set()
        header.sectionResized.connect(self._on_header_section_resized)
        model.modelReset.connect(self.fit_columns)
        model.rowsInserted.connect(self.fit_columns)
        self._quiet = False
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.activated.connect(self._on_self_activated)
        if isinstance(model, FigureTableModel):
            self.setItemDelegateForColumn(model.KIND_COLUMN, KindDelegate(model.KINDS, self))

    def fit_columns(self, *_args: Any) -> None:
        """Each column (but the last, which stretches) as wide as its widest text among the
        first SIZE_SAMPLE_ROWS rows and its title, up to MAX_FIT_PX.

        The columns of free text (a figure's metric, then the span's text), elided when
        cut, give up room, none below MIN_TEXT_PX, so that the last column's
        cells fit inside the table's edge: in a narrow pane the last column (the entity
        table's Confidence, the figure table's Status) otherwise sat past the edge, seen only
        by scrolling sideways. When even that cannot make every column fit (the figure table
        in a narrow pane) the first column keeps its TEXT_SHARE_PERCENT share and the table
        scrolls."""
        model = self.proxy
        header = self.horizontalHeader()
        cell_metrics, title_metrics = self.fontMetrics(), header.fontMetrics()
        rows = range(min(model.rowCount(), SIZE_SAMPLE_ROWS))
        icon_columns = {0}
        if isinstance(self.source_model, FigureTableModel):
            icon_columns.add(self.source_model.APPROX_COLUMN)

        def cells_width(column: int) -> int:
            widest = 0
            for row in rows:
                text = model.index(row, column).data()
                if text:
                    widest = max(widest, cell_metrics.horizontalAdvance(str(text)))
            return widest + (ICON_PADDING_PX if column in icon_columns else 0)

        def fitted(column: int) -> int:
            if column in self._user_sized:
                return header.sectionSize(column)
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(cells_width(column), title_metrics.horizontalAdvance(title))
            return min(width + CELL_PADDING_PX, MAX_FIT_PX)

        # (The columns shown, in the order the header shows them: the user may hide any but
        # the first, and the last of those shown is the one that stretches.)
        shown = self._shown_columns()
        if not shown:
            return
        last = shown[-1]
        widths = {column: fitted(column) for column in shown[1:-1]}
        viewport = self.viewport().width()
        share = viewport * TEXT_SHARE_PERCENT // 100
        last_needs = 0
        if last > 0:
            # the columns of free text a user has not sized give up room (the first always)
            elastic = [0]
            if isinstance(self.source_model, FigureTableModel):
                metric = self.source_model.METRIC_COLUMN
                if metric in widths and metric not in self._user_sized:
                    elastic.append(metric)
            wants = {column: fitted(column) for column in elastic}
            # the last column with its title if they can spare that much, else its cells
            # (the title elided); when neither fits, the table scrolls
            rest = sum(w for column, w in widths.items() if column not in wants)
            whole = fitted(last)
            cells = max(cells_width(last) + CELL_PADDING_PX, header.minimumSectionSize())
            last_needs = whole
            widths[0] = min(wants[0], max(MIN_TEXT_PX, min(MAX_FIT_PX, share)))
            for needs in (whole, cells):
                room = viewport - rest - needs
                if room >= sum(min(want, MIN_TEXT_PX) for want in wants.values()):
                    widths.update(_shared_out(wants, min(MAX_FIT_PX * len(wants), room)))
                    last_needs = needs
                    break
        self._fitting = True
        try:
            for column, width in widths.items():
                if column not in self._user_sized:
                    header.resizeSection(column, width)
            if last > 0:
                self._stretch_last_column(last_needs)
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()  # the text column's share follows the pane's width

    def _shown_columns(self) -> list[int]:
        """The columns not hidden, in the order the header shows them."""
        header = self.horizontalHeader()
        visual = (header.logicalIndex(v) for v in range(header.count()))
        return [column for column in visual if not header.isSectionHidden(column)]

    def column_menu(self) -> QMenu:
        """The header's right-click menu: a check for each column but the first (the span's
        text, which the table is for), to hide it or show it again, and "Show all columns"."""
        menu = QMenu(self)
        header, model = self.horizontalHeader(), self.proxy
        for column in range(1, model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            tip = str(model.headerData(column, Qt.Orientation.Horizontal, TIP_ROLE) or "")
            # (A column headed by a mark, the figure table's ≈, is named by its tip too.)
            action = menu.addAction(f"{title}  {tip}" if len(title) < 2 and tip else title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(partial(self.set_column_shown, column))
        menu.addSeparator()
        show_all = menu.addAction(self.tr("Show all columns"))
        show_all.setEnabled(len(self._shown_columns()) < model.columnCount())
        show_all.triggered.connect(self.show_all_columns)
        return menu

    def set_column_shown(self, column: int, shown: bool) -> None:
        """Show or hide ``column`` (never the first), and fit the columns to the room."""
        if column <= 0 or column >= self.proxy.columnCount():
            return
        self.horizontalHeader().setSectionHidden(column, not shown)
        self._stretch_last_column()
        self.fit_columns()

    def show_all_columns(self) -> None:
        header = self.horizontalHeader()
        for column in range(header.count()):
            header.setSectionHidden(column, False)
        self._stretch_last_column()
        self.fit_columns()

    def _on_header_menu_requested(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.horizontalHeader().viewport().mapToGlobal(pos))
        menu.deleteLater()

    def restore_header(self, state: QByteArray) -> None:
        """The user's column order and widths from ``state``, but the last column stretches
        to the table's width again: the width it had stretched to belongs to the window's size
        then, and in a smaller window it pushed the column's right-aligned numbers (the
        Confidence) out of sight."""
        header = self.horizontalHeader()
        header.restoreState(state)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._stretch_last_column()

    def _stretch_last_column(self, at_least: int = 0) -> None:
        """The last column stretches over the room the others leave, and is never narrower
        than ``at_least`` (what its cells need): Qt keeps a stretched column at least as wide
        as it was when stretching began (100 px by default, which put the Confidence cells
        past a narrow table's edge), so stretching starts again from that width."""
        header = self.horizontalHeader()
        shown = self._shown_columns()
        if not shown:
            return
        header.setStretchLastSection(False)
        header.resizeSection(shown[-1], max(at_least, header.minimumSectionSize()))
        header.setStretchLastSection(True)

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        shown = self._shown_columns()
        last = shown[-1] if shown else -1
        dragging = bool(QApplication.mouseButtons() & Qt.MouseButton.LeftButton)
        if not self._fitting and column != last and dragging:
            self._user_sized.add(column)

    @property
    def grouped(self) -> bool:
        return self.proxy.grouped

    def set_grouped(self, grouped: bool) -> None:
        """Entity table: one row per text and label (True) or per span (False)."""
        shown = self.selected_uuid()
        self.proxy.set_grouped(grouped)
        self.fit_columns()
        self.select_uuid(shown)

    def selected_uuid(self) -> str:
        """The span the selected row stands for ("" for none): in a grouped table the span
        last shown through it, else the group's first."""
        rows = self.selectionModel().selectedRows()
        if not rows:
            return ""
        leader = str(rows[0].data(ID_ROLE))
        if self._shown_uuid and self._group_uuids(self._shown_uuid)[:1] == [leader]:
            return self._shown_uuid
        return leader

    def _group_uuids(self, uuid: str) -> list[str]:
        model = self.source_model
        row = model.row_of(uuid)
        if row is None:
            return []
        if not self.proxy.grouped or not isinstance(model, EntityTableModel):
            return [uuid]
        return [model.annotation_at(r).uuid for r in model.group_rows(row)]

    def select_uuid(self, uuid: str) -> None:
        """Select the row of ``uuid`` (or clear the selection) without re-announcing it."""
        self._quiet = True
        try:
            row = self.source_model.row_of(uuid) if uuid else None
            if row is None:
                self._shown_uuid = ""
                self.selectionModel().clearSelection()
                return
            self._shown_uuid = uuid
            index = self.proxy.mapFromSource(self.source_model.index(self.proxy.leader_row(row), 0))
            self.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.scrollTo(index)
        finally:
            self._quiet = False

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._quiet:
            self._shown_uuid = ""  # the user picked a row: it shows its first span
            uuid = self.selected_uuid()
            if uuid:
                self._shown_uuid = uuid
                self.span_selected.emit(uuid)

    def _on_self_activated(self, index: QModelIndex) -> None:
        """A grouped row activated again: show the group's next span (round the end)."""
        if not self.proxy.grouped or not index.isValid():
            return
        group = self._group_uuids(self.selected_uuid())
        if len(group) > 1:
            at = group.index(self._shown_uuid) if self._shown_uuid in group else -1
            self._shown_uuid = group[(at + 1) % len(group)]
            self.span_selected.emit(self._shown_uuid)


class SidePane(QWidget):
    """Entities above figures, each with a caption; entities grouped by text unless the user
    unticks "Group by text"."""

    def sizeHint(self) -> QSize:
        return QSize(400, 600)

    def __init__(
        self, entities: EntityTableModel, figures: FigureTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entity_table = SpanTable(entities, "entityTable", self)
        self.figure_table = SpanTable(figures, "figureTable", self)
        self.entity_caption = QLabel(self)
        self.group_box = QCheckBox(self)
        self.group_box.setObjectName("groupEntities")
        self.figure_caption = QLabel(self)
        for caption in (self.entity_caption, self.figure_caption):
            caption.setTextFormat(Qt.TextFormat.PlainText)
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(self.entity_caption, 1)
        top.addWidget(self.group_box)
        layout.addLayout(top)
        layout.addWidget(self.entity_table, 3)
        layout.addWidget(self.figure_caption)
        layout.addWidget(self.figure_table, 2)
        entities.modelReset.connect(self._on_models_changed)
        figures.modelReset.connect(self._on_models_changed)
        for model in (entities, figures):
            model.rowsInserted.connect(self._on_models_changed)
            model.rowsRemoved.connect(self._on_models_changed)
        entities.dataChanged.connect(self._on_models_changed)  # a relabel regroups
        self.group_box.toggled.connect(self._on_group_box_toggled)
        self.group_box.setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        """The pane's words in the language now installed (captions count the spans)."""
        self.group_box.setText(self.tr("Group by text"))
        self.group_box.setToolTip(
            self.tr(
                "One row per text and label, counting its spans; double-click a row to step "
                "through them"
            )
        )
        self._on_models_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_group_box_toggled(self, checked: bool) -> None:
        self.entity_table.set_grouped(checked)
        self._on_models_changed()

    def _on_models_changed(self, *_args: Any) -> None:
        entities = self.entity_table.source_model
        # Counted as the article list counts: spans not rejected; the rejected said apart.
        spans = entities.annotations() if isinstance(entities, EntityTableModel) else []
        rejected = sum(1 for a in spans if a.status == "rejected")
        kept = str(entities.rowCount() - rejected)
        if self.entity_table.grouped and isinstance(entities, EntityTableModel):
            caption = (
                self.tr("Entities ({n} spans, {k} distinct)")
                .replace("{n}", kept)
                .replace("{k}", str(entities.group_count()))
            )
        else:
            caption = self.tr("Entities ({n})").replace("{n}", kept)
        if rejected:
            caption += self.tr(" · {r} rejected").replace("{r}", str(rejected))
        self.entity_caption.setText(caption)
        self.figure_caption.setText(
            self.tr("Figures ({n})").replace("{n}", str(self.figure_table.source_model.rowCount()))
        )
