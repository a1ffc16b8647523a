"""The side pane: sortable entity and figure tables for the article being read.

Each view sorts through a proxy on the models' SORT_ROLE and reports the selected span's uuid
with :attr:`SpanTable.span_selected`; :meth:`SpanTable.select_uuid` goes the other way. The
figure table edits its fields in place: a combo box for the kind, line edits for the rest, a
check box for approx (the model turns each into an undoable edit).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.models.annotations import EntityTableModel, FigureTableModel
from desktop.gui.models.roles import ID_ROLE, SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex
#: rows a column measures to fit its contents (all rows made article switches slow)
SIZE_SAMPLE_ROWS = 30


class KindDelegate(QStyledItemDelegate):
    """A combo box of the figure kinds."""

    def __init__(self, kinds: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds = kinds

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: _Index
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(list(self._kinds))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            current = str(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setCurrentIndex(max(0, editor.findText(current)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox) and editor.currentText() != index.data(
            Qt.ItemDataRole.EditRole
        ):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class SpanTable(QTableView):
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
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
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
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)  # not every row on every switch
        header.setStretchLastSection(True)
        self._quiet = False
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)
        if isinstance(model, FigureTableModel):
            self.setItemDelegateForColumn(model.KIND_COLUMN, KindDelegate(model.KINDS, self))

    def selected_uuid(self) -> str:
        rows = self.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else ""

    def select_uuid(self, uuid: str) -> None:
        """Select the row of ``uuid`` (or clear the selection) without re-announcing it."""
        self._quiet = True
        try:
            row = self.source_model.row_of(uuid) if uuid else None
            if row is None:
                self.selectionModel().clearSelection()
                return
            index = self.proxy.mapFromSource(self.source_model.index(row, 0))
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
            uuid = self.selected_uuid()
            if uuid:
                self.span_selected.emit(uuid)


class SidePane(QWidget):
    """Entities above figures, each with a caption."""

    def sizeHint(self) -> QSize:
        return QSize(400, 600)

    def __init__(
        self, entities: EntityTableModel, figures: FigureTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entity_table = SpanTable(entities, "entityTable", self)
        self.figure_table = SpanTable(figures, "figureTable", self)
        self.entity_caption = QLabel(self.tr("Entities"), self)
        self.figure_caption = QLabel(self.tr("Figures"), self)
        for caption in (self.entity_caption, self.figure_caption):
            caption.setTextFormat(Qt.TextFormat.PlainText)
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.entity_caption)
        layout.addWidget(self.entity_table, 3)
        layout.addWidget(self.figure_caption)
        layout.addWidget(self.figure_table, 2)
        entities.modelReset.connect(self._on_models_changed)
        figures.modelReset.connect(self._on_models_changed)
        for model in (entities, figures):
            model.rowsInserted.connect(self._on_models_changed)
            model.rowsRemoved.connect(self._on_models_changed)

    def _on_models_changed(self, *_args: Any) -> None:
        self.entity_caption.setText(
            self.tr("Entities ({n})").replace("{n}", str(self.entity_table.source_model.rowCount()))
        )
        self.figure_caption.setText(
            self.tr("Figures ({n})").replace("{n}", str(self.figure_table.source_model.rowCount()))
        )
