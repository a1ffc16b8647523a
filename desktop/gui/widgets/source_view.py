"""The source pane: the raw OCR page, with the lines a paragraph or span came from highlighted.

Raw text is plain text (never HTML) without wrapping, so the page's line breaks stay visible;
line numbers are 0-based block numbers, as :meth:`Library.raw_lines` returns them. The lines no
article holds (set aside by the layout: furniture, noise, vertical text) are grey, as they are
dashed on the "Page" tab.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

HIGHLIGHT = "#fff3b0"
#: the text colour of a line in no article
ASIDE_TEXT = "#8a8a8a"


class SourceView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceView")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFont(self.font())
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        self.setFont(font)
        self.document_id: int | None = None
        self._lines: list[int] = []
        self._aside: list[int] = []

    def show_raw(self, document_id: int | None, raw: str, aside: Collection[int] = ()) -> None:
        """Show a page's raw text, the ``aside`` lines (in no article) grey; a no-op when that
        page is already shown."""
        if document_id is not None and document_id == self.document_id:
            return
        self.document_id = document_id
        self.setPlainText(raw)
        self._lines = []
        self.setExtraSelections([])
        self._aside = sorted(set(aside))
        grey = QTextCharFormat()
        grey.setForeground(QColor(ASIDE_TEXT))
        doc = self.document()
        for line in self._aside:
            block = doc.findBlockByNumber(line)
            if block.isValid():
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(grey)

    def aside_lines(self) -> list[int]:
        """The lines shown grey (in no article)."""
        return list(self._aside)

    def highlighted_lines(self) -> list[int]:
        return list(self._lines)

    def highlight_lines(self, lines: Sequence[int]) -> None:
        """Highlight these 0-based raw lines and scroll the first into view."""
        self._lines = sorted(set(lines))
        doc = self.document()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(HIGHLIGHT))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selections = []
        for line in self._lines:
            block = doc.findBlockByNumber(line)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(block)
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)
        if self._lines:
            first = doc.findBlockByNumber(self._lines[0])
            if first.isValid():
                self.setTextCursor(QTextCursor(first))
                self.centerCursor()
