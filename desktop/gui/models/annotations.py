"""Entity and figure tables for the article being read.

Each holds the article's annotations of one kind, in text order, and refreshes only the rows
whose uuids a :class:`~desktop.core.records.Changes` names. Figure fields are editable: a change
is turned into the core's ``EditFigure`` and handed to ``push`` (the session's undo stack);
the row updates when the resulting Changes arrive, never before.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop.core.edits import Edit
from desktop.core.facade import SpanSource
from desktop.core.model import FIGURE_KINDS, decimal_to_json
from desktop.core.records import Annotation, Changes
from desktop.gui.models.roles import (
    ID_ROLE,
    QT_TRANSLATE_NOOP,
    RECORD_ROLE,
    SORT_ROLE,
    plain_tooltip,
)
from desktop.gui.models.table import RecordTable

_Index = QModelIndex | QPersistentModelIndex
Push = Callable[[Edit], object]

STATUS_MARK = {"suggested": "?", "accepted": "✓", "rejected": "✗"}
#: translation context of the tables' words (marked for pyside6-lupdate with QT_TRANSLATE_NOOP)
CONTEXT = "SpanTables"
#: the Status column's header tip: what its marks mean
STATUS_TIP = QT_TRANSLATE_NOOP(
    "SpanTables",
    "? suggested, ✓ accepted, ✗ rejected (grouped: each mark with how many spans have it)",
)
STATUS_WORDS = {
    "suggested": QT_TRANSLATE_NOOP("SpanTables", "suggested"),
    "accepted": QT_TRANSLATE_NOOP("SpanTables", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("SpanTables", "rejected"),
}


#: figure kinds in words, context "FigureKinds" (the stored kind stays the English key)
KIND_CONTEXT = "FigureKinds"
KIND_WORDS = {
    "money": QT_TRANSLATE_NOOP("FigureKinds", "money"),
    "percent": QT_TRANSLATE_NOOP("FigureKinds", "percent"),
    "quantity": QT_TRANSLATE_NOOP("FigureKinds", "quantity"),
    "date": QT_TRANSLATE_NOOP("FigureKinds", "date"),
    "rank": QT_TRANSLATE_NOOP("FigureKinds", "rank"),
    "duration": QT_TRANSLATE_NOOP("FigureKinds", "duration"),
    "other": QT_TRANSLATE_NOOP("FigureKinds", "other"),
}


#: tooltip words (marked here, where pyside6-lupdate finds them; ``_t`` translates them)
ADDED_BY_USER = QT_TRANSLATE_NOOP("SpanTables", "added by you")
FOUND_AUTOMATICALLY = QT_TRANSLATE_NOOP("SpanTables", "found automatically")
OCCURRENCE_TIP = QT_TRANSLATE_NOOP(
    "SpanTables", "Occurrence %1 of %2 of this text in the article; %3 of them have a span"
)
SUGGESTED_BY = QT_TRANSLATE_NOOP("SpanTables", "suggested by %1")
#: who proposed a suggestion, in words (a rule id such as "rule:orgs" is shown as stored)
SOURCE_WORDS = {
    "model": QT_TRANSLATE_NOOP("SpanTables", "model"),
    "lexicon": QT_TRANSLATE_NOOP("SpanTables", "lexicon"),
}
GROUP_TIP = QT_TRANSLATE_NOOP(
    "SpanTables", "%1 spans of this text, at %1 of its %2 places in the article"
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def confidence_text(ann: Annotation) -> str:
    """A suggestion's confidence as two decimals ("0.93"); "" for the user's own spans and for
    suggestions stored before confidences existed."""
    if ann.source == "user" or ann.confidence is None:
        return ""
    return f"{ann.confidence:.2f}"


def provenance_text(ann: Annotation) -> str:
    """Where a span came from, in words: "suggested by rule:orgs · 0.93", "added by you", or
    "found automatically" when the finder was not recorded."""
    if ann.source == "user":
        return _t(ADDED_BY_USER)
    if not ann.suggested_by:
        return _t(FOUND_AUTOMATICALLY)
    who = _t(SOURCE_WORDS.get(ann.suggested_by, ann.suggested_by))
    line = _t(SUGGESTED_BY).replace("%1", who)
    conf = confidence_text(ann)
    return f"{line} · {conf}" if conf else line


def status_text(status: str) -> str:
    return f"{STATUS_MARK.get(status, '')} {_t(STATUS_WORDS.get(status, status))}"


def kind_text(kind: str) -> str:
    """A figure kind in the interface language (an unknown kind as stored)."""
    return QCoreApplication.translate(KIND_CONTEXT, KIND_WORDS.get(kind, kind))


_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ID_ROLE,
        SORT_ROLE,
        RECORD_ROLE,
    )
)


class _AnnotationModel(RecordTable):
    CONTEXT = CONTEXT
    KIND = "entity"
    HEADERS: tuple[str, ...] = ()

    def __init__(self, library: SpanSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[Annotation] = []
        self._text = ""
        self.article_id: int | None = None
        self._colours: dict[str, QColor] = {}
        self._forget_text()
        self._rows_changed()

    # --- loading ------------------------------------------------------------------------
    def set_colours(self, colours: dict[str, str]) -> None:
        self._colours = {name: QColor(c) for name, c in colours.items()}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def load(self, article_id: int | None, text: str, annotations: Iterable[Annotation]) -> None:
        self.beginResetModel()
        self.article_id = article_id
        self._text = text
        self._rows = [a for a in annotations if a.kind == self.KIND]
        self._forget_text()
        self._rows_changed()
        self.endResetModel()

    def _forget_text(self) -> None:
        """Caches derived from the article text (it changes only on load)."""

    def _rows_changed(self) -> None:
        """Caches derived from the rows (called after every change of them, before the
        model's signal that announces it)."""

    def apply_changes(self, changes: Changes) -> None:
        """Update the rows named by ``changes`` (fetching each changed annotation once).

        An annotation updated in place (same offsets, same kind) keeps its row and only
        signals dataChanged, so an open editor on it is not torn away; one that moved is
        removed and inserted at its new place in text order.
        """
        gone = set(changes.removed)
        fresh: dict[str, Annotation | None] = dict(changes.after()) if changes.has_records else {}
        for uuid in changes.updated:
            if uuid not in gone and uuid not in fresh:
                fresh[uuid] = self._library.annotation(uuid)
        for uuid in list(changes.removed) + list(changes.updated):
            row = self.row_of(uuid)
            if row is None:
                continue
            new = fresh.get(uuid)
            if new is not None and self._belongs(new) and _same_place(self._rows[row], new):
                self._rows[row] = new
                self._rows_changed()
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._rows_changed()
            self.endRemoveRows()
        for uuid in list(changes.added) + list(changes.updated):
            if uuid in gone or self.row_of(uuid) is not None:
                continue
            ann = fresh[uuid] if uuid in fresh else self._library.annotation(uuid)
            if ann is None or not self._belongs(ann):
                continue
            row = self._insert_row_for(ann)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, ann)
            self._rows_changed()
            self.endInsertRows()

    def _belongs(self, ann: Annotation) -> bool:
        return ann.kind == self.KIND and ann.article_id == self.article_id

    def _insert_row_for(self, ann: Annotation) -> int:
        key = (ann.start, ann.end)
        for i, existing in enumerate(self._rows):
            if (existing.start, existing.end) > key:
                return i
        return len(self._rows)

    # --- lookup -------------------------------------------------------------------------
    def row_of(self, uuid: str) -> int | None:
        for i, ann in enumerate(self._rows):
            if ann.uuid == uuid:
                return i
        return None

    def annotation_at(self, row: int) -> Annotation:
        return self._rows[row]

    def annotations(self) -> list[Annotation]:
        return list(self._rows)

    # --- Qt model API -------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # views ask for many roles per cell: answer those fast
            return None
        row = index.row()
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        ann = self._rows[row]
        if role == ID_ROLE:
            return ann.uuid
        if role == RECORD_ROLE:
            return ann
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self._colours.get(ann.label)
        if role == Qt.ItemDataRole.ForegroundRole and ann.status == "rejected":
            return QColor("#888888")
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(ann, index.column()))
        return self._cell(ann, index.column(), role)

    def _tooltip(self, ann: Annotation, column: int) -> str:
        source = provenance_text(ann)
        return f"{ann.quote}  ·  {ann.label}  ·  {status_text(ann.status).strip()}  ·  {source}"

    def _cell(self, ann: Annotation, column: int, role: int) -> Any:
        raise NotImplementedError


class EntityTableModel(_AnnotationModel):
    """Columns: text, label, status, which occurrence of its text the span is, and the
    confidence of a suggestion (empty for the user's own spans; it sorts as a number, with the
    spans that have none before the least sure suggestion).

    "Occurs" reads "2/3": the span covers the 2nd of the 3 places its text occurs in the
    article, so a name labelled at 1/3 and 3/3 shows that its 2nd occurrence has no span. It
    sorts by the number of occurrences (the most frequent names together).
    """

    KIND = "entity"
    HEADERS = (
        QT_TRANSLATE_NOOP("SpanTables", "Text"),
        QT_TRANSLATE_NOOP("SpanTables", "Label"),
        QT_TRANSLATE_NOOP("SpanTables", "Status"),
        QT_TRANSLATE_NOOP("SpanTables", "Occurs"),
        QT_TRANSLATE_NOOP("SpanTables", "Confidence"),
    )
    # (What the narrow columns' marks and figures mean, on their headers.)
    HEADER_TIPS = (
        "",
        "",
        STATUS_TIP,
        QT_TRANSLATE_NOOP(
            "SpanTables",
            "Which of its text's places in the article the span covers: 2/3 is the second of"
            " three (grouped: the spans of the text, of its places)",
        ),
        QT_TRANSLATE_NOOP(
            "SpanTables",
            "How sure the suggestion is, 0 to 1 (none for your own spans); sorting by it"
            " brings the least sure first",
        ),
    )
    CONFIDENCE_COLUMN = 4

    grouped = False

    def _cell(self, ann: Annotation, column: int, role: int) -> Any:
        if self.grouped and column in (2, 3) and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._group_cell(ann, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return ann.quote
            if column == 1:
                return ann.label
            if column == 2:  # the mark alone: the column stays narrow, the tooltip has the word
                return STATUS_MARK.get(ann.status, ann.status)
            if column == 3:
                places = self._places(ann.quote)
                return f"{self._ordinal(ann, places)}/{len(places)}" if places else ""
            if column == self.CONFIDENCE_COLUMN:
                return confidence_text(ann)
        if role == SORT_ROLE:
            if column == 3:
                return len(self._places(ann.quote))
            if column == self.CONFIDENCE_COLUMN:
                conf = confidence_text(ann)
                return float(conf) if conf else -1.0
            return (ann.quote, ann.label, ann.status)[column] if column < 3 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, self.CONFIDENCE_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2 and not self.grouped:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _tooltip(self, ann: Annotation, column: int) -> str:
        if self.grouped and column in (2, 3):
            return self._group_tip(ann)
        if column == 3:
            return self.occurrence_tip(ann)
        return super()._tooltip(ann, column)

    def occurrence_tip(self, ann: Annotation) -> str:
        places = self._places(ann.quote)
        labelled = sum(1 for a in self._rows if a.quote == ann.quote)
        return (
            _t(OCCURRENCE_TIP)
            .replace("%1", str(self._ordinal(ann, places)))
            .replace("%2", str(len(places)))
            .replace("%3", str(labelled))
        )

    def _forget_text(self) -> None:
        self._place_cache: dict[str, list[int]] = {}

    # --- groups: the spans of one text with one label ------------------------------------
    def _rows_changed(self) -> None:
        self._groups: dict[tuple[str, str], list[int]] | None = None

    def _group_table(self) -> dict[tuple[str, str], list[int]]:
        if self._groups is None:
            groups: dict[tuple[str, str], list[int]] = {}
            for row, ann in enumerate(self._rows):
                groups.setdefault((ann.quote, ann.label), []).append(row)
            self._groups = groups
        return self._groups

    def group_rows(self, row: int) -> list[int]:
        """The rows of the spans with the same text and label as ``row``, in text order."""
        ann = self._rows[row]
        return self._group_table()[(ann.quote, ann.label)]

    def group_count(self) -> int:
        return len(self._group_table())

    def is_group_leader(self, row: int) -> bool:
        return self.group_rows(row)[0] == row

    def set_grouped(self, grouped: bool) -> None:
        """Grouped: the status and "Occurs" columns of a span speak for its whole group (a
        view shows one row per group, see :meth:`is_group_leader`)."""
        if grouped != self.grouped:
            self.grouped = grouped
            if self._rows:
                self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 3))

    def _group_cell(self, ann: Annotation, column: int, role: int) -> Any:
        """The statuses counted ("✓3 ?31", compact: the words are in the tooltip) and
        "Occurs" as spans/places ("34/34")."""
        rows = self._group_table()[(ann.quote, ann.label)]
        if role == SORT_ROLE:
            return len(rows)
        if column == 2:
            counts = self._status_counts(rows)
            return " ".join(f"{STATUS_MARK[s]}{n}" for s, n in counts.items() if n)
        return f"{len(rows)}/{len(self._places(ann.quote))}"

    def _group_tip(self, ann: Annotation) -> str:
        rows = self._group_table()[(ann.quote, ann.label)]
        counts = self._status_counts(rows)
        words = ", ".join(f"{n} {_t(STATUS_WORDS[s])}" for s, n in counts.items() if n)
        line = (
            _t(GROUP_TIP)
            .replace("%1", str(len(rows)))
            .replace("%2", str(len(self._places(ann.quote))))
        )
        return f"{ann.quote}\n{line}: {words}"

    def _status_counts(self, rows: list[int]) -> dict[str, int]:
        counts = dict.fromkeys(STATUS_MARK, 0)
        for r in rows:
            counts[self._rows[r].status] = counts.get(self._rows[r].status, 0) + 1
        return counts

    def _places(self, quote: str) -> list[int]:
        """Starts of every occurrence of ``quote`` in the article (overlapping ones too)."""
        cache = self._place_cache
        places = cache.get(quote)
        if places is None:
            places = []
            if quote:
                at = self._text.find(quote)
                while at >= 0:
                    places.append(at)
                    at = self._text.find(quote, at + 1)
            cache[quote] = places
        return places

    @staticmethod
    def _ordinal(ann: Annotation, places: list[int]) -> int:
        return min(bisect.bisect_left(places, ann.start), max(len(places) - 1, 0)) + 1


class FigureTableModel(_AnnotationModel):
    """Columns: surface, value, unit, kind, metric, approx (editable), status.

    A date's Value is its ISO reading (``2025-02-22``; ``--02-22`` when the page had no date),
    editable like any value: a date is not one number, and the ISO form is what a reader checks
    against the printed page and completes by hand when the year is missing. What is typed
    there is checked (:func:`desktop.core.edits.valid_iso`) and refused in one line otherwise.
    """

    KIND = "figure"
    HEADERS = (
        QT_TRANSLATE_NOOP("SpanTables", "Surface"),
        QT_TRANSLATE_NOOP("SpanTables", "Value"),
        QT_TRANSLATE_NOOP("SpanTables", "Unit"),
        QT_TRANSLATE_NOOP("SpanTables", "Kind"),
        QT_TRANSLATE_NOOP("SpanTables", "Metric"),
        # (A mark, as wide as the column's check box: the word took a column of its own
        # width, and the Status beside it was pushed past the pane's edge; the tip says it.)
        "≈",
        QT_TRANSLATE_NOOP("SpanTables", "Status"),
    )
    HEADER_TIPS = (
        "",
        QT_TRANSLATE_NOOP(
            "SpanTables",
            "The figure's number in base units (万 and 亿 folded in); a date's ISO reading,"
            " --MM-DD when the page gives no year",
        ),
        "",
        "",
        QT_TRANSLATE_NOOP("SpanTables", "What the sentence says the figure measures"),
        QT_TRANSLATE_NOOP("SpanTables", "Approximate (余, 多, 近, 约, 超, 不足)"),
        STATUS_TIP,
    )
    EDITABLE: ClassVar[dict[int, str]] = {1: "value", 2: "unit", 3: "kind", 4: "metric"}
    APPROX_COLUMN = 5
    KIND_COLUMN = 3
    METRIC_COLUMN = 4
    KINDS = FIGURE_KINDS

    #: A typed value the model could not take, as one line for the user (nothing was changed).
    edit_refused = Signal(str)

    def __init__(
        self, library: SpanSource, push: Push | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(library, parent)
        self._push = push

    def set_push(self, push: Push) -> None:
        self._push = push

    def _cell(self, ann: Annotation, column: int, role: int) -> Any:
        fig = ann.figure
        if role == Qt.ItemDataRole.CheckStateRole and column == self.APPROX_COLUMN:
            approx = bool(fig and fig.approx)
            return Qt.CheckState.Checked if approx else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return ann.quote
            if column == 1:
                if fig is not None and fig.kind == "date":
                    return fig.iso or ""
                if fig is None or fig.value is None:
                    return ""
                grouped = role == Qt.ItemDataRole.DisplayRole  # the editor gets plain digits
                return _format_value(fig.value, grouped=grouped)
            if column == 2:
                return (fig.unit or "") if fig else ""
            if column == 3:
                if fig is None:
                    return ""
                return kind_text(fig.kind) if role == Qt.ItemDataRole.DisplayRole else fig.kind
            if column == 4:
                return (fig.metric or "") if fig else ""
            if column == 6 and role == Qt.ItemDataRole.DisplayRole:  # the word: in the tooltip
                return STATUS_MARK.get(ann.status, ann.status)
            return None
        if role == SORT_ROLE:
            if column == 1:
                value = decimal_to_json(fig.value) if fig else None
                return float(value) if value is not None else float("-inf")
            if column == 5:
                return int(bool(fig and fig.approx))
            return self._cell(ann, column, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        if index.column() in self.EDITABLE and self._push is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.APPROX_COLUMN and self._push is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._push is None:
            return False
        ann = self._rows[index.row()]
        column = index.column()
        fields: dict[str, Any]
        if column == self.APPROX_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            fields = {"approx": bool(checked)}
        elif column in self.EDITABLE and role == Qt.ItemDataRole.EditRole:
            name = self.EDITABLE[column]
            if name == "value" and ann.figure is not None and ann.figure.kind == "date":
                name = "iso"
            parsed = _parse_field(name, value)
            if parsed is _INVALID:
                self.edit_refused.emit(self._refusal(name, value))
                return False
            fields = {name: parsed}
        else:
            return False
        from desktop.core.edits import EditFigure

        self._push(EditFigure(ann.uuid, **fields))
        return True

    def _refusal(self, name: str, value: Any) -> str:
        typed = "" if value is None else str(value).strip()
        if name == "kind":
            return (
                _t("Not a figure kind: “%1” (one of %2); nothing changed.")
                .replace("%1", typed)
                .replace("%2", ", ".join(FIGURE_KINDS))
            )
        if name == "iso":
            return _t(
                "Not a date: “%1” (2025-02-22, 2025-02, 2025, --02-22 or ---22; empty clears);"
                " nothing changed."
            ).replace("%1", typed)
        return _t(
            "Not a number: “%1” (digits, a decimal point, commas; empty clears); nothing changed."
        ).replace("%1", typed)


_INVALID = object()


def _same_place(old: Annotation, new: Annotation) -> bool:
    return (old.start, old.end) == (new.start, new.end)


def _parse_field(name: str, value: Any) -> Any:
    text = "" if value is None else str(value).strip()
    if name == "value":
        if not text:
            return None
        try:
            number = Decimal(text.replace(",", ""))
        except InvalidOperation:
            return _INVALID
        return number if number.is_finite() else _INVALID
    if name == "kind":
        return text if text in FIGURE_KINDS else _INVALID
    if name == "iso":
        from desktop.core.edits import valid_iso

        return None if not text else text if valid_iso(text) else _INVALID
    return text or None


def _format_value(value: Decimal, *, grouped: bool = False) -> str:
    """The exact value as digits; ``grouped`` puts thousands separators in (153,940,000,000
    reads at a glance, 153940000000 does not)."""
    spec = ",f" if grouped else "f"
    if value == value.to_integral_value():
        return format(int(value), "," if grouped else "d")
    return format(value.normalize(), spec)
