"""What every list-of-records table model of the window shares: one row per record, fixed
columns whose headers (and header tooltips) are translated in the model's context."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class RecordTable(QAbstractTableModel):
    """Subclasses set ``CONTEXT`` (their translation context), ``HEADERS`` and optionally
    ``HEADER_TIPS`` (marked with QT_TRANSLATE_NOOP in that context), and keep their records in
    ``_rows``."""

    CONTEXT: ClassVar[str] = ""
    HEADERS: tuple[str, ...] = ()
    HEADER_TIPS: tuple[str, ...] = ()
    _rows: list[Any]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(self.HEADER_TIPS):
            tip = self.HEADER_TIPS[section]
            return QCoreApplication.translate(self.CONTEXT, tip) if tip else None
        return None
