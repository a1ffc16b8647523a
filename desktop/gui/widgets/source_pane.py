"""The source pane: where an article came from, as the page was laid out and as raw OCR text.

Two tabs over the same raw lines. "Page" (:class:`PageView`) draws each OCR box at its place,
over the scan when one sat beside the OCR file; it is there for pages read from a format with
geometry and says so for plain text. "Text" (:class:`SourceView`) shows the raw lines as the
file held them. Both highlight the lines the selected paragraph or span came from;
:attr:`SourcePane.line_clicked` reports a box the user clicked, so the window can select its
text in the reader. A page imported with a warning (read shrunk, markup kept as text) has the
warnings in a strip over both tabs, in the interface's language. Both tabs set the lines no
article holds apart (dashed boxes, grey text).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.core.errors import Problem
from desktop.core.records import PageGeometry
from desktop.gui.models.articles import warnings_text
from desktop.gui.widgets.page_view import PageView
from desktop.gui.widgets.source_view import SourceView


class SourcePane(QWidget):
    line_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePane")
        self.page_view = PageView(self)
        self.text_view = SourceView(self)
        self.note = QLabel(self)
        self.note.setObjectName("sourceNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)  # a long note must not hold the dock wide
        self.note.setStyleSheet("QLabel { color: #616161; }")
        self.warnings_note = QLabel(self)
        self.warnings_note.setObjectName("sourceWarnings")
        self.warnings_note.setTextFormat(Qt.TextFormat.PlainText)  # file text is not markup
        self.warnings_note.setWordWrap(True)
        self.warnings_note.setContentsMargins(6, 4, 6, 4)
        self.warnings_note.setStyleSheet(
            "QLabel { color: #5d4037; background: #fff8e1; border-bottom: 1px solid #ffe082; }"
        )
        self.warnings_note.hide()
        self._warnings: tuple[Problem, ...] = ()
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.note)
        page_layout.addWidget(self.page_view, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sourceTabs")
        self.tabs.addTab(page, "")
        self.tabs.addTab(self.text_view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.warnings_note)
        layout.addWidget(self.tabs)
        self.document_id: int | None = None
        self._has_boxes = False
        self.page_view.line_clicked.connect(self.line_clicked)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Page"))
        self.tabs.setTabText(1, self.tr("Text"))
        self._update_note()
        self._update_warnings()

    def _update_warnings(self) -> None:
        self.warnings_note.setText(warnings_text(self._warnings))
        self.warnings_note.setVisible(bool(self._warnings))

    def show_document(
        self,
        document_id: int,
        raw: str,
        geometry: PageGeometry,
        warnings: Sequence[Problem] = (),
    ) -> None:
        """Show a page (a no-op when it is the one shown). A page with boxes opens on the
        "Page" tab, a plain-text page on "Text"; the page's import ``warnings`` show over
        both."""
        if document_id == self.document_id:
            return
        self.document_id = document_id
        self._warnings = tuple(warnings)
        self._update_warnings()
        aside = {s.line: s.kind for s in geometry.set_aside}
        self.text_view.show_raw(document_id, raw, aside)
        self._has_boxes = any(box is not None for box in geometry.boxes)
        if self._has_boxes:
            self.page_view.show_page(
                document_id,
                raw.split("\n"),
                geometry.boxes,
                geometry.size,
                geometry.image,
                aside=aside,
            )
        else:
            self.page_view.show_page(document_id, [], [])
        self.tabs.setCurrentIndex(0 if self._has_boxes else 1)
        self._update_note()

    def _update_note(self) -> None:
        if self.document_id is not None and not self._has_boxes:
            self.note.setText(
                self.tr("This page was read from plain text: it has no boxes to lay out.")
            )
        elif self.document_id is not None and not (
            self.page_view.status or self.page_view.has_image()
        ):
            # (boxes drawn with their text, no scan under them: say where a scan would come
            # from, or the user takes the drawn text for the printed page)
            self.note.setText(
                self.tr(
                    "No scan was found beside the OCR file when it was imported (an image of "
                    "the same name, or the one it names): the boxes show their OCR text."
                )
            )
        else:
            self.note.setText(self.page_view.status)
        self.note.setVisible(bool(self.note.text()))

    def highlight_lines(self, lines: Sequence[int]) -> None:
        self.text_view.highlight_lines(lines)
        self.page_view.highlight_lines(lines)

    def highlighted_lines(self) -> list[int]:
        return self.text_view.highlighted_lines()
