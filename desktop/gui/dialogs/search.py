"""Find in project (Ctrl+Shift+F): search every article, list the hits, jump to one.

Searching goes through ``library.search(query, limit=…)``; typing searches after a short pause
(a single-shot timer, so a fast typist does not run a query per key); Down moves to the hits.
Activating a hit (double click or Enter) emits :attr:`SearchDialog.hit_activated` with the
article id and the code-point span; the caller selects the article and the span. The dialog
is not modal: the user can keep it open while working through the hits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import NewsdeskError
from desktop.core.facade import SearchSource
from desktop.core.records import SearchHit
from desktop.gui.dialogs.apply_all import context_line
from desktop.gui.error_text import error_text
from desktop.gui.models.roles import plain_tooltip

LIMIT = 500
DELAY_MS = 250
TITLE_CHARS = 10  # of the article's title, before each hit
CONTEXT = 14  # characters either side of a hit


class SearchDialog(QDialog):
    hit_activated = Signal(int, int, int)  # article id, start, end

    def __init__(self, library: SearchSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Find in project"))
        self.resize(640, 480)
        self._library = library
        self._articles: dict[int, tuple[str, str, str]] = {}
        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("searchQuery")
        self.query_edit.setPlaceholderText(self.tr("Words to find in every article"))
        self.query_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # errors quote paths and text
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(self._on_query_edit_changed)
        self.query_edit.returnPressed.connect(self._on_query_edit_return_pressed)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.query_edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the query box moves to the hits (Enter on a hit then jumps to it)."""
        if (
            watched is self.query_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.results.count()
        ):
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def hits(self) -> list[SearchHit]:
        return [
            self.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.results.count())
        ]

    def _read(self, article_id: int) -> tuple[str, str, str]:
        """(text, short title, "document #n") of an article, read once per dialog; only the
        articles with hits are read (not every summary of a large project)."""
        if article_id not in self._articles:
            detail = self._library.article(article_id)
            title = next(
                (detail.text[b.start : b.end] for b in detail.blocks if b.kind == "title"),
                detail.text.split("\n", 1)[0],
            )
            where = f"{detail.document_name} #{detail.index + 1}"
            self._articles[article_id] = (detail.text, title, where)
        return self._articles[article_id]

    @Slot()
    def run_search(self) -> None:
        """Search for the query now and list the hits."""
        self._timer.stop()
        query = self.query_edit.text().strip()
        self.results.clear()
        if not query:
            self.status.clear()
            return
        try:
            hits = self._library.search(query, limit=LIMIT)
        except NewsdeskError as exc:
            self.status.setText(error_text(exc))
            return
        for hit in hits:
            text, title, where = self._read(hit.article_id)
            short = title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"
            context = context_line(text, hit.start, hit.end, CONTEXT)
            item = QListWidgetItem(f"{short:<{TITLE_CHARS}}  {context}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            item.setToolTip(plain_tooltip(f"{where}  {title}"))  # page text, not markup
            self.results.addItem(item)
        if not hits:
            self.status.setText(self.tr("Nothing found."))
        elif len(hits) >= LIMIT:
            self.status.setText(self.tr("The first %1 hits.").replace("%1", str(len(hits))))
        else:
            self.status.setText(self.tr("%1 hit(s).").replace("%1", str(len(hits))))
        if hits:
            self.results.setCurrentRow(0)

    @Slot(str)
    def _on_query_edit_changed(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def _on_query_edit_return_pressed(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self.run_search()
        else:
            item = self.results.currentItem()
            if item is not None:
                self._on_results_item_activated(item)

    @Slot(QListWidgetItem)
    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(Qt.ItemDataRole.UserRole)
        self.hit_activated.emit(hit.article_id, hit.start, hit.end)

    def invalidate(self) -> None:
        """Forget cached article texts and titles (after an import)."""
        self._articles.clear()
