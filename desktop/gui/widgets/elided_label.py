"""A one-line label that never holds its window wide: too long for its room, it is drawn cut in
the middle, and hovering it shows the whole line.

A plain QLabel's least width is its whole text: the line over the reader naming a page with a
long file name and a warning (``人民日报 · 1998-01-02 · rapid-page-04.json · article 1 · new ·
⚠ imported with 1 warning(s)``) pushed the side docks in at 1024x700, down to a list whose
Title column showed one character. ``text()`` keeps the whole line; only the drawing is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QWidget

from desktop.gui.models.roles import plain_tooltip


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """The line as drawn: whole, or cut in the middle to the label's width."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, width)

    def is_cut(self) -> bool:
        return self.shown_text() != self.text()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )

    def event(self, event: QEvent) -> bool:
        """A cut line's tooltip starts with the whole line (then the label's own tooltip)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.is_cut():
            own = self.toolTip()
            whole = plain_tooltip(self.text()) + own  # both are paragraphs of rich text
            QToolTip.showText(event.globalPos(), whole, self)
            return True
        return super().event(event)
