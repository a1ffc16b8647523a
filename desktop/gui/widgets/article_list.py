"""The article list pane: a filter box over a table of articles, driven by the keyboard.

Typing in the filter narrows the list (debounced); Down from the filter moves into the list;
moving the current row announces the article with :attr:`ArticleListPane.article_activated`.
A page label too long for its column is cut in the middle (``第5…· 3``), so the article's
number at its end stays in view; titles are cut at their end.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.models.articles import ArticleListModel
from desktop.gui.models.roles import ID_ROLE

FILTER_DELAY_MS = 200
#: the page column fits the names of the first rows, within these bounds
PAGE_COLUMN_PX = (56, 140)
CELL_PADDING_PX = 12
ICON_GAP_PX = 4
FIT_SAMPLE_ROWS = 30
#: the title column's least share of the list's width before the count columns step aside
#: (at 1024x700 they do, in English as in Chinese: 0.40 fell between the two)
TITLE_SHARE = 0.42
#: the page column grows past a quarter of the list only while the title keeps this share
TITLE_SHARE_WIDE = 0.55


class MiddleElideDelegate(QStyledItemDelegate):
    """Cells cut in the middle when too long: the page column's label ends in the article's
    number (``hocrtools…alice_1 · 3``), which an end cut hid on every row of a long name."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class ArticleListPane(QWidget):
    article_activated = Signal(int)

    def sizeHint(self) -> QSize:
        return QSize(360, 600)

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("articleFilter")
        self.filter_box.setClearButtonEnabled(True)
        self.retranslate()
        self.view = QTableView(self)
        self.view.setObjectName("articleList")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next pane
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, PAGE_COLUMN_PX[0])
        # every column but the title is fitted here on a reload, not ResizeToContents: that
        # measured 30 rows again on every edit's one-row refresh (half of an edit's time)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.page_delegate = MiddleElideDelegate(self.view)
        self.view.setItemDelegateForColumn(0, self.page_delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.filter_box.textChanged.connect(self._on_filter_box_text_changed)
        self.filter_box.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        model.modelReset.connect(self._on_model_reset)
        self._selected_id: int | None = None
        self._page_natural = PAGE_COLUMN_PX[0]  # the page column's width uncut

    def retranslate(self) -> None:
        self.filter_box.setPlaceholderText(self.tr("Filter articles…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- API ----------------------------------------------------------------------------
    def select_article(self, article_id: int) -> bool:
        """Make ``article_id`` the current row; False when the filter hides it (then no row
        is current, and the article's row becomes current again once a filter shows it)."""
        self._selected_id = article_id  # so the row change below is not announced back
        row = self.model.row_of(article_id)
        if row is None:
            # no other row may stay current: the next article, Down and Reviewed & next
            # would count from an article the window does not show
            self.view.selectionModel().clearSelection()
            self.view.selectionModel().clearCurrentIndex()
            return False
        index = self.model.index(row, 0)
        if self.view.currentIndex().row() != row:
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.view.scrollTo(index)
        return True

    def clear_filter(self) -> None:
        """Empty the filter and list every article now (not after the typing delay)."""
        self._timer.stop()
        self.filter_box.blockSignals(True)  # no second, delayed reload
        self.filter_box.clear()
        self.filter_box.blockSignals(False)
        self.model.reload("")

    def current_article_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def neighbour_id(self, step: int) -> int | None:
        """The article ``step`` rows away from the current one (None past either end)."""
        row = self.view.currentIndex().row()
        target = row + step if row >= 0 else 0
        if 0 <= target < self.model.rowCount():
            return self.model.summary(target).id
        return None

    def following_ids(self) -> list[int]:
        """The ids of the articles listed after the current one, in list order (all of
        them when none is current)."""
        row = self.view.currentIndex().row()
        return [self.model.summary(r).id for r in range(row + 1, self.model.rowCount())]

    # --- slots --------------------------------------------------------------------------
    def _on_filter_box_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.model.reload(self.filter_box.text().strip())

    def restore_header(self, state: QByteArray) -> None:
        """The user's column order and widths from ``state``, but the title column always
        stretches and the fitted columns are fitted again: widths saved in a small window
        must not keep the title at a few characters in a larger one."""
        header = self.view.horizontalHeader()
        header.restoreState(state)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fit_columns()

    def fit_columns(self) -> None:
        """The page, status and count columns as wide as their titles and the text of the
        first rows (a sample: measuring 10,000 rows on every reload would be slow); the
        title column takes the rest, and at least TITLE_SHARE of the list's width: short of
        that, the two count columns step aside (each row's tooltip still gives its counts,
        the side pane the current article's), and come back when the list is wide again.
        The page column keeps its quarter (its labels cut in the middle, the article's
        number kept): cut further, pages named alike ("ch_alto", "ch_hocr") read the same."""
        header = self.view.horizontalHeader()
        widths = self._fitted_widths()
        viewport = self.view.viewport().width()
        title_least = int(viewport * TITLE_SHARE)
        status, counts = widths[2], widths[3] + widths[4]
        hide_counts = viewport - widths[0] - status - counts < title_least
        # past its quarter, the page column takes what it needs while the title keeps more
        # than half (a list of a few pages after a filter: "ch_alto · 1", not "ch_…· 1")
        room = viewport - status - (0 if hide_counts else counts)
        room -= int(viewport * TITLE_SHARE_WIDE)
        widths[0] = max(widths[0], min(self._page_natural, room))
        for column in (3, 4):
            if header.isSectionHidden(column) != hide_counts:
                header.setSectionHidden(column, hide_counts)
        for column, width in widths.items():
            header.resizeSection(column, width)

    def _page_least(self) -> int:
        """The page column's least width: room for the warning sign when a row has one, and
        beside it a cut label that still shows the article's number."""
        rows = range(min(self.model.rowCount(), FIT_SAMPLE_ROWS))
        signs = (self.model.index(r, 0).data(Qt.ItemDataRole.DecorationRole) for r in rows)
        least = PAGE_COLUMN_PX[0]
        return least + (self._icon_room() if any(sign is not None for sign in signs) else 0)

    def _icon_room(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + ICON_GAP_PX

    def _fitted_widths(self) -> dict[int, int]:
        """The widths the page, status and count columns' contents ask for."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        title_metrics = header.fontMetrics()
        rows = range(min(self.model.rowCount(), FIT_SAMPLE_ROWS))
        # a page imported with a warning has a sign before its name (the page column)
        icon = self._icon_room()
        widths: dict[int, int] = {}
        for column in (0, 2, 3, 4):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max(
                (
                    metrics.horizontalAdvance(str(index.data()))
                    + (icon if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0)
                    for index in (self.model.index(r, column) for r in rows)
                ),
                default=0,
            )
            width = max(widest, title_metrics.horizontalAdvance(title)) + CELL_PADDING_PX
            if column == 0:  # in a narrow pane at most a quarter: the title needs the room
                # (the warning sign takes its room from the label, not from the least the
                # label keeps: at 1024 px a warned page's label was cut to a lone "…")
                low, high = self._page_least(), PAGE_COLUMN_PX[1]
                self._page_natural = min(max(width, low), high)
                high = max(low, min(high, self.view.viewport().width() // 4))
                width = min(max(width, low), high)
            elif column > 2:  # counts: room for one more digit than the widest shown
                width = max(widest + metrics.horizontalAdvance("0"), width - CELL_PADDING_PX)
                width += CELL_PADDING_PX
            widths[column] = max(width, header.minimumSectionSize())  # what it will get
        return widths

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            # the pane's width, or the list's scroll bar come or gone
            if isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
                self.fit_columns()
            return False
        if (
            watched is self.filter_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.view.setFocus()
            if not self.view.currentIndex().isValid() and self.model.rowCount():
                self.view.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _on_model_reset(self) -> None:
        self.fit_columns()
        if self._selected_id is not None:
            self.select_article(self._selected_id)

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            article_id = int(current.data(ID_ROLE))
            if article_id != self._selected_id:
                self._selected_id = article_id
                self.article_activated.emit(article_id)
