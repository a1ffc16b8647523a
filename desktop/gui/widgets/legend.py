"""The legend above the reader: each label's colour, name and key, and how states look."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.records import Label
from desktop.gui.actions import label_key
from desktop.gui.models.roles import label_description, plain_tooltip
from desktop.gui.widgets.flow import FlowLayout

#: The legend takes at most this many rows when the hint can make way (chips always show).
MAX_ROWS = 2


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self.chips: list[QLabel] = []
        self._labels: list[Label] = []
        self.hint: QLabel | None = None

    def set_labels(self, labels: Sequence[Label]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.chips = []
        self._labels = list(labels)
        for label in labels:
            chip = QLabel(self)
            chip.setTextFormat(Qt.TextFormat.PlainText)
            shortcut = label_key(label)
            key = f" {shortcut}" if shortcut else ""
            chip.setText(f"{label.name}{key}")
            colour = QColor(label.colour).name()  # a valid #rrggbb, whatever the project holds
            chip.setStyleSheet(
                f"QLabel {{ background: {_tint(colour)}; border: 1px solid {colour};"
                " border-radius: 3px; padding: 0px 4px; }"
            )
            self._layout.addWidget(chip)
            self.chips.append(chip)
        hint = QLabel(self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setStyleSheet("QLabel { color: #616161; }")
        self._layout.addWidget(hint)
        self.hint = hint
        self.retranslate()

    def retranslate(self) -> None:
        """The legend's own words in the language now installed (label names are the
        project's; the default labels' descriptions, in the chips' tooltips, are translated)."""
        for chip, label in zip(self.chips, self._labels, strict=True):
            chip.setToolTip(plain_tooltip(label_description(label.description) or label.name))
        if self.hint is not None:
            self.hint.setToolTip(self._hint_words())
            self._fit_hint(self.width())

    def _hint_words(self) -> str:
        return self.tr("filled = accepted · dashed = suggested · dotted = rejected")

    def rows(self, width: int | None = None) -> int:
        """How many rows the legend takes at ``width`` (its own width by default)."""
        return self._layout.rows(self.width() if width is None else width)

    def _fit_hint(self, width: int) -> None:
        """The states' hint in words when they fit in MAX_ROWS, else as an info mark whose
        tooltip has the words (a narrow reader keeps its lines for text)."""
        if self.hint is None:
            return
        self.hint.setText(self._hint_words())
        if width > 0 and self.rows(width) > MAX_ROWS:
            self.hint.setText("ⓘ")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_hint(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _tint(colour: str) -> str:
    """The colour at about 35% over white, as the reader fills accepted spans."""
    c = colour.lstrip("#")
    if len(c) != 6:
        return "#eeeeee"
    r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    mix = [round(255 - (255 - v) * 0.35) for v in (r, g, b)]
    return "#" + "".join(f"{v:02x}" for v in mix)
