"""Find within the article (Ctrl+F): a small bar above the reader.

Matching is on the article's Python text (code points), so the reader selects exactly the hit
through its own conversion; Enter / F3 goes to the next hit, Shift+Enter to the previous, Esc
closes the bar and returns to the reader.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.gui.widgets.reader import ReaderView


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, reader: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.reader = reader
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findInArticle")
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.installEventFilter(self)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in article…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def hits(self) -> list[int]:
        needle = self.edit.text()
        text = self.reader.text
        if not needle:
            return []
        out, i = [], text.find(needle)
        while i >= 0:
            out.append(i)
            i = text.find(needle, i + 1)
        return out

    def find_next(self, step: int = 1) -> bool:
        """Select the next (or previous) hit after the reader's cursor; False when none."""
        hits = self.hits()
        n = len(self.edit.text())
        if not hits:
            self.count_label.setText(self.tr("no match") if self.edit.text() else "")
            return False
        start, _end = self.reader.selected_span()
        if step > 0:
            after = [h for h in hits if h > start]
            target = after[0] if after else hits[0]
        else:
            before = [h for h in hits if h < start]
            target = before[-1] if before else hits[-1]
        self.reader.select_span(target, target + n)
        self.count_label.setText(f"{hits.index(target) + 1}/{len(hits)}")
        return True

    def _on_edit_text_changed(self, _text: str) -> None:
        start, _end = self.reader.selected_span()
        self.reader.select_span(start, start, quiet=True)
        hits = self.hits()
        if hits:
            first = next((h for h in hits if h >= start), hits[0])
            n = len(self.edit.text())
            self.reader.select_span(first, first + n)
            self.count_label.setText(f"{hits.index(first) + 1}/{len(hits)}")
        else:
            self.count_label.setText(self.tr("no match") if self.edit.text() else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
                back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.find_next(-1 if back else 1)
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                self.reader.setFocus()
                self.closed.emit()
                return True
        return super().eventFilter(watched, event)
