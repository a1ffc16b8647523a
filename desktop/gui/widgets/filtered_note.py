"""The strip over the reader saying the article being read is not in the filtered list.

The article list's filter is a way to find articles, not to leave one: typing a filter that
hides the article being read leaves it open in the reader, the side tables and the source page
(an edit lands where the user sees it, none is dropped halfway), and the list shows no row as
current. This strip says so, with the filter's words, and its button clears the filter (the
list then shows the article's row again). Undo, Find in project or a click on the source page
can open a hidden article too: the same strip says so then.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.gui.widgets.elided_label import ElidedLabel


class FilteredNote(QWidget):
    show_all_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filteredNote")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#filteredNote { background: #e3f2fd; border-bottom: 1px solid #90caf9; }"
            " QLabel { color: #0d47a1; }"
        )
        self.label = ElidedLabel(self)
        self.label.setObjectName("filteredNoteText")
        self.button = QPushButton(self)
        self.button.setObjectName("showAllArticles")
        self.button.clicked.connect(self.show_all_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._query = ""
        self.retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(
            self.tr("Not in the list: the filter “%1” hides this article.").replace(
                "%1", self._query
            )
        )
        self.button.setText(self.tr("Show all articles"))

    def set_hidden_by(self, query: str | None) -> None:
        """Show the strip for an article the filter ``query`` hides; None hides the strip."""
        self._query = query or ""
        self.retranslate()
        self.setVisible(query is not None)
