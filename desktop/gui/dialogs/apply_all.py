"""Preview for "apply to all occurrences": every place a term occurs, each with a tick box.

The occurrences come from ``library.occurrences(article_id, text, scope)`` for the chosen scope
(this article, this page, the whole project). Each row shows where it is and the words around
it; places already labelled and accepted with the chosen label start unticked (there is nothing
to do), and so do places rejected there and places inside a longer entity (marked
"⊂ 某市委 [ORG]": the guideline does not label a place inside an organisation's name on its own;
"Tick all" leaves them too, unless the project allows nested spans: then they are ticked and
keep the marker); the rest, suggestions included, start ticked.
:meth:`ApplyToAllDialog.edit` builds the core's ``ApplyToAll`` with the ticked occurrences; the
caller pushes it through the session (one undo step).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.edits import ApplyToAll
from desktop.core.facade import OccurrenceSource
from desktop.core.records import Annotation, AnnotationKind, Occurrence
from desktop.gui.dialogs.occurrences import OccurrenceModel, context_line

__all__ = ["SCOPES", "ApplyToAllDialog", "context_line"]

SCOPES = ("article", "document", "project")
#: Up to this many articles, the ticked rows are counted as the user ticks (their spans are
#: read at once); beyond, the defaults are worked out when OK is pressed.
EAGER_ARTICLES = 300


class ApplyToAllDialog(QDialog):
    """Choose scope, label and which occurrences of ``text`` to label."""

    def __init__(
        self,
        library: OccurrenceSource,
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
        self.model = OccurrenceModel(library, kind, self, nested=library.nested_spans())
        self._edit: ApplyToAll | None = None

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
        self.list = QListView()
        self.list.setObjectName("occurrenceList")
        self.list.setUniformItemSizes(True)  # tens of thousands of rows scroll without a stall
        self.list.setModel(self.model)
        self.count_label = QLabel()
        tick_all = QPushButton(self.tr("Tick all"))
        untick_all = QPushButton(self.tr("Untick all"))
        tick_all.clicked.connect(lambda: self.model.set_all(True))
        untick_all.clicked.connect(lambda: self.model.set_all(False))
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
        self.model.dataChanged.connect(self._on_model_data_changed)
        self.reload()

    # --- contract ------------------------------------------------------------------------------
    def scope(self) -> str:
        return str(self.scope_box.currentData())

    def set_scope(self, scope: str) -> None:
        self.scope_box.setCurrentIndex(self.scope_box.findData(scope))

    def label(self) -> str:
        return str(self.label_box.currentData())

    def occurrences(self) -> list[Occurrence]:
        return self.model.occurrences()

    def ticked(self) -> tuple[Occurrence, ...]:
        return self.model.ticked()

    def set_ticked(self, row: int, ticked: bool) -> None:
        self.model.set_ticked(row, ticked)

    def inside(self, occ: Occurrence) -> Annotation | None:
        return self.model.inside(occ)

    def edit(self) -> ApplyToAll | None:
        """The core edit labelling the ticked occurrences (None when none is ticked)."""
        return self._edit if self._edit is not None else self._build_edit()

    def _build_edit(self) -> ApplyToAll | None:
        targets = self.ticked()
        if not targets:
            return None
        kind: AnnotationKind = "figure" if self._kind == "figure" else "entity"
        return ApplyToAll(self._text, self.label(), kind, targets)

    # --- internals ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the occurrences for the current scope and show them (rows are built lazily)."""
        occurrences = self._library.occurrences(self._article_id, self._text, self.scope())
        self.model.reset(occurrences, self.label(), self.scope())
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.model.ticked_count_known() or self.model.article_count() <= EAGER_ARTICLES:
            n = len(self.model.ticked())
            self.count_label.setText(
                self.tr("%1 of %2 ticked").replace("%1", str(n)).replace("%2", str(total))
            )
            ok.setText(self.tr("Label %1").replace("%1", str(n)))
            ok.setEnabled(n > 0)
        else:  # counting would read every article's spans now; it happens on OK instead
            self.count_label.setText(
                self.tr("%1 places in %2 articles")
                .replace("%1", str(total))
                .replace("%2", str(self.model.article_count()))
            )
            ok.setText(self.tr("Label the ticked"))
            ok.setEnabled(total > 0)

    def accept(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._edit = self._build_edit()
        finally:
            QGuiApplication.restoreOverrideCursor()
        super().accept()

    @Slot()
    def _on_scope_box_changed(self) -> None:
        self.reload()

    @Slot()
    def _on_label_box_changed(self) -> None:
        self.model.set_label(self.label())
        self._update_count()

    @Slot()
    def _on_model_data_changed(self) -> None:
        self._update_count()
