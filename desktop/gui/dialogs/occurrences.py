"""The occurrences listed by the apply-to-all preview, as a lazy item model.

A common place name in a 10,000-article project occurs tens of thousands of times, so nothing
per row is built up front: a row's text (where it is, the words around it, an existing label, the
longer entity it sits inside) is made when the view asks for it, from article texts and spans
read once per article. Tick states are the user's explicit choices over a default; the default
(ticked, unless the place already has the chosen label accepted, was rejected there, or lies
inside a longer entity) is only worked out for rows that are shown, counted or applied. A
suggestion with the chosen label starts ticked: applying accepts it. "Tick all" ticks every row
but those inside a longer entity: the guideline does not label a name inside a longer one, and
the export formats disagree about nested spans (a row can still be ticked by hand). A project
that allows nested spans (``nested``) ticks those too; they keep their "⊂" marker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.core.facade import SpanSource
from desktop.core.records import Annotation, Occurrence
from desktop.gui.models.roles import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
CONTEXT = 12  # characters shown on each side of an occurrence


def context_line(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """``…before【term】after…`` on one line (newlines shown as spaces)."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    line = ("…" if start > width else "") + before + "【" + text[start:end] + "】" + after
    line += "…" if end + width < len(text) else ""
    return line.replace("\n", " ")


class OccurrenceModel(QAbstractListModel):
    """Rows are :class:`Occurrence` records (``Qt.ItemDataRole.UserRole``), checkable."""

    def __init__(
        self,
        library: SpanSource,
        kind: str,
        parent: QObject | None = None,
        *,
        nested: bool = False,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._kind = kind
        # the project allows nested spans: an occurrence inside a longer entity is ticked like
        # any other (still marked, so the user sees where it sits)
        self.nested = nested
        self._rows: list[Occurrence] = []
        self._articles = 0
        self._label = ""
        self._scope = "article"
        self._choice: dict[int, bool] = {}  # row -> ticked, as the user set it
        self._all: bool | None = None  # "tick all" / "untick all" over every default
        self._texts: dict[int, str] = {}
        self._places: dict[int, tuple[str, int]] = {}  # article -> (document name, index)
        self._spans: dict[int, list[Annotation]] = {}

    # --- contents ------------------------------------------------------------------------------
    def reset(self, occurrences: list[Occurrence], label: str, scope: str) -> None:
        self.beginResetModel()
        self._rows = list(occurrences)
        self._articles = len({o.article_id for o in self._rows})
        self._label = label
        self._scope = scope
        self._choice.clear()
        self._all = None
        self.endResetModel()

    def set_label(self, label: str) -> None:
        """A new label changes which places are already done: back to the defaults."""
        self._label = label
        self._choice.clear()
        self._all = None
        self._changed_all()

    def set_all(self, ticked: bool) -> None:
        self._choice.clear()
        self._all = ticked
        self._changed_all()

    def _changed_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def occurrence(self, row: int) -> Occurrence:
        return self._rows[row]

    def occurrences(self) -> list[Occurrence]:
        return list(self._rows)

    def article_count(self) -> int:
        return self._articles

    # --- ticks ---------------------------------------------------------------------------------
    def is_ticked(self, row: int) -> bool:
        if row in self._choice:
            return self._choice[row]
        occ = self._rows[row]
        if self._all is False:
            return False
        if not self.nested and self.inside(occ) is not None:
            return False
        if self._all:
            return True
        return occ.existing_status != "rejected" and not (
            occ.existing_label == self._label and occ.existing_status == "accepted"
        )

    def set_ticked(self, row: int, ticked: bool) -> None:
        self._choice[row] = ticked
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def ticked(self) -> tuple[Occurrence, ...]:
        """The ticked occurrences (works out every default: reads each article's spans once)."""
        return tuple(o for row, o in enumerate(self._rows) if self.is_ticked(row))

    def ticked_count_known(self) -> bool:
        """Whether counting the ticked rows is cheap (no article's spans left to read)."""
        return self._all is False or all(o.article_id in self._spans for o in self._rows)

    # --- what each row shows -------------------------------------------------------------------
    def _read(self, article_id: int) -> None:
        if article_id not in self._texts:
            detail = self._library.article(article_id)
            self._texts[article_id] = detail.text
            self._places[article_id] = (detail.document_name, detail.index)

    def inside(self, occ: Occurrence) -> Annotation | None:
        """The longest entity (not rejected) that strictly contains ``occ``, if any: a place
        inside an organisation's name is not labelled on its own (annotation guideline)."""
        if occ.article_id not in self._spans:
            self._spans[occ.article_id] = [
                a
                for a in self._library.annotations(occ.article_id)
                if a.kind == self._kind and a.status != "rejected"
            ]
        around = [
            a
            for a in self._spans[occ.article_id]
            if a.start <= occ.start
            and occ.end <= a.end
            and (a.start, a.end) != (occ.start, occ.end)
        ]
        return max(around, key=lambda a: a.end - a.start) if around else None

    def row_text(self, row: int) -> str:
        occ = self._rows[row]
        self._read(occ.article_id)
        document, index = self._places[occ.article_id]
        where = {"article": "", "document": f"#{index + 1}  "}.get(
            self._scope, f"{document} #{index + 1}  "
        )
        # What decides the tick comes first, so a narrow list never cuts it off.
        outer = self.inside(occ)
        if outer is not None:
            where = "⊂ " + outer.quote + " [" + outer.label + "]  " + where
        if occ.existing_label:
            mark = {"accepted": " ✓", "rejected": " ✗"}.get(occ.existing_status or "", " ?")
            where = "[" + occ.existing_label + mark + "]  " + where
        return where + context_line(self._texts[occ.article_id], occ.start, occ.end)

    # --- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_text(row)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.is_ticked(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            outer = self.inside(self._rows[row])
            if outer is not None:
                if self.nested:
                    tip = self.tr(
                        "Inside the longer entity %1: labelled too, since this project allows "
                        "nested spans."
                    )
                else:
                    tip = self.tr(
                        "Inside the longer entity %1: not labelled on its own unless you tick it."
                    )
                return plain_tooltip(tip.replace("%1", outer.quote))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self.set_ticked(index.row(), state == Qt.CheckState.Checked.value)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
