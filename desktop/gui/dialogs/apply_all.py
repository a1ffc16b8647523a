"""Preview for "apply to all occurrences": every place a term occurs, each with a tick box.

The occurrences come from ``library.occurrences(article_id, text, scope)`` for the chosen scope
(this article, this page, the whole project). Each row shows where it is and the words around
it; places already labelled with the chosen label start unticked (there is nothing to do), and
so do places inside a longer entity (marked "⊂ 某市委 [ORG]": the guideline does not label a
place inside an organisation's name on its own); the rest start ticked.
:meth:`ApplyToAllDialog.edit` builds the core's ``ApplyToAll`` with the ticked occurrences; the
caller pushes it through the session (one undo step).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import Annotation, AnnotationKind, Occurrence

SCOPES = ("article", "document", "project")
CONTEXT = 12  # characters shown on each side of an occurrence


def context_line(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """``…before【term】after…`` on one line (newlines shown as spaces)."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    line = ("…" if start > width else "") + before + "【" + text[start:end] + "】" + after
    line += "…" if end + width < len(text) else ""
    return line.replace("\n", " ")


class ApplyToAllDialog(QDialog):
    """Choose scope, label and which occurrences of ``text`` to label."""

    def __init__(
        self,
        library: Any,
        article_id: int,
        text: str,
        label: str,
        kind: str = "entity",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("applyToAllDialog")
        self.setWindowTitle(self.tr("Apply to all occurrences"))
        self.resize(560, 420)
        self._library = library
        self._article_id = article_id
        self._text = text
        self._kind = kind
        self._texts: dict[int, str] = {}
        self._spans: dict[int, list[Annotation]] = {}
        self._places: dict[int, tuple[str, int]] = {}  # article -> (document name, index)

        self.scope_box = QComboBox()
        for scope, name in zip(
            SCOPES,
            (self.tr("This article"), self.tr("This page"), self.tr("Whole project")),
            strict=True,
        ):
            self.scope_box.addItem(name, scope)
        self.label_box = QComboBox()
        for lab in library.labels():
            if lab.kind == kind:
                self.label_box.addItem(lab.name, lab.name)
        if self.label_box.findData(label) < 0:
            self.label_box.addItem(label, label)
        self.label_box.setCurrentIndex(self.label_box.findData(label))
        self.list = QListWidget()
        self.list.setObjectName("occurrenceList")
        self.count_label = QLabel()
        tick_all = QPushButton(self.tr("Tick all"))
        untick_all = QPushButton(self.tr("Untick all"))
        tick_all.clicked.connect(lambda: self._set_all(Qt.CheckState.Checked))
        untick_all.clicked.connect(lambda: self._set_all(Qt.CheckState.Unchecked))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        term = QLabel(text)
        term.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Text"), term)
        form.addRow(self.tr("Label"), self.label_box)
        form.addRow(self.tr("Where"), self.scope_box)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(tick_all)
        row.addWidget(untick_all)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

        self.scope_box.currentIndexChanged.connect(self._on_scope_box_changed)
        self.label_box.currentIndexChanged.connect(self._on_label_box_changed)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.reload()

    # --- contract ------------------------------------------------------------------------------
    def scope(self) -> str:
        return str(self.scope_box.currentData())

    def set_scope(self, scope: str) -> None:
        self.scope_box.setCurrentIndex(self.scope_box.findData(scope))

    def label(self) -> str:
        return str(self.label_box.currentData())

    def occurrences(self) -> list[Occurrence]:
        return [self._occ(i) for i in range(self.list.count())]

    def ticked(self) -> tuple[Occurrence, ...]:
        return tuple(
            self._occ(i)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_ticked(self, row: int, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.list.item(row).setCheckState(state)

    def edit(self) -> Any:
        """The core edit labelling the ticked occurrences (None when none is ticked)."""
        targets = self.ticked()
        if not targets:
            return None
        from desktop.core.edits import ApplyToAll

        kind: AnnotationKind = "figure" if self._kind == "figure" else "entity"
        return ApplyToAll(self._text, self.label(), kind, targets)

    # --- internals ----------------------------------------------------------------------------
    def _occ(self, row: int) -> Occurrence:
        occ: Occurrence = self.list.item(row).data(Qt.ItemDataRole.UserRole)
        return occ

    def _article_text(self, article_id: int) -> str:
        if article_id not in self._texts:
            detail = self._library.article(article_id)
            self._texts[article_id] = detail.text
            self._places[article_id] = (detail.document_name, detail.index)
        return self._texts[article_id]

    def _where(self, article_id: int) -> str:
        """Nothing within one article; "#n" (article on the page) or "page #n" beyond."""
        document, index = self._places[article_id]
        if self.scope() == "article":
            return ""
        return f"#{index + 1}" if self.scope() == "document" else f"{document} #{index + 1}"

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

    def reload(self) -> None:
        """Fetch the occurrences for the current scope and rebuild the list."""
        occurrences = self._library.occurrences(self._article_id, self._text, self.scope())
        self.list.blockSignals(True)
        self.list.clear()
        for occ in occurrences:
            text = self._article_text(occ.article_id)
            where = self._where(occ.article_id)
            line = context_line(text, occ.start, occ.end)
            if occ.existing_label:
                line += "   [" + occ.existing_label + "]"
            outer = self.inside(occ)
            if outer is not None:
                line += "   ⊂ " + outer.quote + " [" + outer.label + "]"
            item = QListWidgetItem((where + "  " if where else "") + line)
            item.setData(Qt.ItemDataRole.UserRole, occ)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._tick_defaults()

    def _tick_defaults(self) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            occ = self._occ(i)
            done = occ.existing_label == self.label()
            self.set_ticked(i, not done and self.inside(occ) is None)
        self.list.blockSignals(False)
        self._update_count()

    def _set_all(self, state: Qt.CheckState) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)
        self.list.blockSignals(False)
        self._update_count()

    def _update_count(self) -> None:
        n, total = len(self.ticked()), self.list.count()
        self.count_label.setText(
            self.tr("%1 of %2 ticked").replace("%1", str(n)).replace("%2", str(total))
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Label %1").replace("%1", str(n)))
        ok.setEnabled(n > 0)

    @Slot()
    def _on_scope_box_changed(self) -> None:
        self.reload()

    @Slot()
    def _on_label_box_changed(self) -> None:
        self._tick_defaults()

    @Slot(QListWidgetItem)
    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        self._update_count()
