"""The window's editing actions and what they do, as core edits pushed on the undo stack.

:data:`SHORTCUTS` is the keyboard cheat sheet (the F1 dialog shows it); label keys come
from the project's labels and are listed by :func:`label_shortcuts`. Every action here builds one
edit from :mod:`desktop.core.edits` and hands it to ``session.push``; the views update when
the resulting Changes arrive.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.core.records import Annotation, AnnotationStatus, Label
from desktop.gui import i18n, mnemonics
from desktop.gui.models.roles import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

#: (keys, what they do); descriptions are marked for translation in context "Shortcuts"
SHORTCUTS: list[tuple[str, str]] = [
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Shift+Arrows / mouse"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select text in the reader"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Label key (see legend)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Label the selection, or relabel the span under the cursor"),
    ),
    ("A / Enter", QT_TRANSLATE_NOOP("Shortcuts", "Accept the span")),
    ("R / X", QT_TRANSLATE_NOOP("Shortcuts", "Reject the span")),
    ("Del", QT_TRANSLATE_NOOP("Shortcuts", "Delete the span")),
    (
        "Alt+Right / Alt+Left",
        QT_TRANSLATE_NOOP("Shortcuts", "Grow / shrink the span's end by one character"),
    ),
    (
        "Alt+Shift+Left / Alt+Shift+Right",
        QT_TRANSLATE_NOOP("Shortcuts", "Grow / shrink the span's start by one character"),
    ),
    (
        "Alt+Down / Alt+Up",
        QT_TRANSLATE_NOOP("Shortcuts", "Select the next / previous suggestion"),
    ),
    ("Ctrl+Shift+A", QT_TRANSLATE_NOOP("Shortcuts", "Accept all suggestions in the article")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("Shortcuts", "Apply the span's label to all occurrences…")),
    (
        "Ctrl+Alt+N",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Select the next least-confident suggestion (this article, then the next ones)",
        ),
    ),
    ("Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Mark the article reviewed and go to the next")),
    (
        "Ctrl+Alt+Return",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Mark the article reviewed and go to the one the model is least sure of"
        ),
    ),
    ("Ctrl+PgDown / Ctrl+PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Next / previous article")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Filter the article list")),
    (
        "Ctrl+F / F3",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Find in the article / next (in the find box Shift+Enter: previous)"
        ),
    ),
    ("F9", QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the source page")),
    (
        # (the page view's own keys, with focus in it: not window shortcuts)
        QT_TRANSLATE_NOOP("Shortcuts", "+ / - / 0 (in the source page)"),
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Zoom the page in / out / to fit (Ctrl+wheel too; drag to pan; "
            "a click on a box selects its text)",
        ),
    ),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo")),
    ("Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
]


#: single letters the window keeps for itself (accept, reject); a label whose key is one of
#: them is reached with Shift+its key instead
RESERVED_LETTERS = frozenset({"A", "R", "X"})


def label_key(label: Label) -> str:
    """The key sequence that applies ``label`` ("" for none), as the legend shows it."""
    if not label.key:
        return ""
    key = label.key.upper()
    return f"Shift+{key}" if key in RESERVED_LETTERS else key


def label_shortcuts(labels: Sequence[Label]) -> list[tuple[str, str]]:
    """The label keys of a project, for the cheat sheet."""
    return [(label_key(lab), f"Label as {lab.name}") for lab in labels if lab.key]


class EditActions(QObject):
    """Owns the editing QActions of a :class:`MainWindow` and turns them into edits."""

    def __init__(self, window: MainWindow, span_scopes: Sequence[QWidget] = ()) -> None:
        """``span_scopes``: the widgets (with their children) where span keys work, e.g. the
        reader's area and the side tables; not the article list, where Del or a letter must
        not edit the span left selected in the reader. Empty: the whole window."""
        super().__init__(window)
        self.window = window
        self._scopes = list(span_scopes)
        self.session = window.session
        self.label_actions: list[QAction] = []
        make = self._make
        self.accept = make(
            QT_TRANSLATE_NOOP("EditActions", "&Accept span"), ["A"], self._on_accept_triggered
        )
        self.accept_enter = make(
            QT_TRANSLATE_NOOP("EditActions", "&Accept span"),
            ["Return", "Enter"],
            self._on_accept_triggered,
        )
        # Enter accepts only in the widgets that add this action (the reader, the entity
        # table): elsewhere it commits an editor or opens an article
        self._unplace(self.accept_enter)
        self.accept_enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.reject = make(
            QT_TRANSLATE_NOOP("EditActions", "&Reject span"), ["R", "X"], self._on_reject_triggered
        )
        self.delete = make(
            QT_TRANSLATE_NOOP("EditActions", "&Delete span"), ["Del"], self._on_delete_triggered
        )
        self.grow_end = make(
            QT_TRANSLATE_NOOP("EditActions", "&Grow span end"),
            ["Alt+Right"],
            lambda: self.resize(0, 1),
        )
        self.shrink_end = make(
            QT_TRANSLATE_NOOP("EditActions", "&Shrink span end"),
            ["Alt+Left"],
            lambda: self.resize(0, -1),
        )
        self.grow_start = make(
            QT_TRANSLATE_NOOP("EditActions", "Gro&w span start"),
            ["Alt+Shift+Left"],
            lambda: self.resize(-1, 0),
        )
        self.shrink_start = make(
            QT_TRANSLATE_NOOP("EditActions", "Shr&ink span start"),
            ["Alt+Shift+Right"],
            lambda: self.resize(1, 0),
        )
        self.accept_all = make(
            QT_TRANSLATE_NOOP("EditActions", "Acc&ept all suggestions in article"),
            ["Ctrl+Shift+A"],
            self._on_accept_all_triggered,
            span=False,
        )
        self.apply_to_all = make(
            QT_TRANSLATE_NOOP("EditActions", "Apply to all &occurrences…"),
            ["Ctrl+Shift+O"],
            self._on_apply_to_all_triggered,
        )
        self.reviewed_next = make(
            QT_TRANSLATE_NOOP("EditActions", "&Mark reviewed and go to next"),
            ["Ctrl+Return", "Ctrl+Enter"],
            self._on_reviewed_next_triggered,
            span=False,
        )
        self.reviewed_least_sure = make(
            QT_TRANSLATE_NOOP("EditActions", "Mark reviewed and go to the least-s&ure article"),
            ["Ctrl+Alt+Return", "Ctrl+Alt+Enter"],
            self._on_reviewed_least_sure_triggered,
            span=False,
        )
        self.least_confident = make(
            QT_TRANSLATE_NOOP("EditActions", "Next least-&confident suggestion"),
            ["Ctrl+Alt+N"],
            self.go_to_least_confident,
            span=False,
        )
        self.next_suggestion = make(
            QT_TRANSLATE_NOOP("EditActions", "&Next suggestion"),
            ["Alt+Down"],
            lambda: self.go_to_suggestion(1),
        )
        self.previous_suggestion = make(
            QT_TRANSLATE_NOOP("EditActions", "&Previous suggestion"),
            ["Alt+Up"],
            lambda: self.go_to_suggestion(-1),
        )
        self.span_actions = [
            self.accept,
            self.reject,
            self.delete,
            self.grow_end,
            self.shrink_end,
            self.grow_start,
            self.shrink_start,
            self.apply_to_all,
        ]

    def _make(
        self, text: str, keys: list[str], slot: Callable[[], object], *, span: bool = True
    ) -> QAction:
        action = QAction(self.window)
        i18n.bind_text(action, "EditActions", text)  # marked QT_TRANSLATE_NOOP by callers
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self._place(action, span=span)
        return action

    def _place(self, action: QAction, *, span: bool) -> None:
        if span and self._scopes:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for scope in self._scopes:
                scope.addAction(action)
        else:
            self.window.addAction(action)

    def _unplace(self, action: QAction) -> None:
        for widget in [self.window, *self._scopes]:
            widget.removeAction(action)

    # --- labels -------------------------------------------------------------------------
    def set_labels(self, labels: Sequence[Label]) -> list[QAction]:
        """(Re)build one action per label with a key; returns them for the Annotate menu."""
        for action in self.label_actions:
            self._unplace(action)
            action.deleteLater()
        self.label_actions = []
        used: set[str] = set()  # the mnemonics of the Label as submenu, the key's letter first
        for lab in labels:
            action = QAction(self.window)
            i18n.bind_text(
                action,
                "EditActions",
                QT_TRANSLATE_NOOP("EditActions", "Label as {name}"),
                name=mnemonics.mark(lab.name, used, prefer=lab.key or ""),
            )
            if lab.key:
                action.setShortcut(QKeySequence(label_key(lab)))
            action.setData(lab.name)
            action.triggered.connect(lambda _checked=False, lab=lab: self.label_selection(lab))
            self._place(action, span=True)
            self.label_actions.append(action)
        return self.label_actions

    # --- what the actions do ------------------------------------------------------------
    def current_span(self) -> Annotation | None:
        return self.window.reader.span_at_cursor()

    def label_selection(self, label: Label) -> None:
        """New span on the selection, or relabel (or accept) the span there."""
        from desktop.core import edits

        reader = self.window.reader
        article_id = reader.article_id
        if article_id is None:
            return
        start, end = _trimmed(reader.text, *reader.selected_span())
        span = reader.span_at_cursor()
        if start == end or (span is not None and (span.start, span.end) == (start, end)):
            if span is None:
                self.window.show_status(self.tr("Select some text first"))
                return
            if span.label != label.name:
                self.session.push(edits.Relabel(span.uuid, label.name))
            elif span.status != "accepted":
                self.session.push(edits.SetStatus(span.uuid, "accepted"))
            return
        self.session.push(edits.AddSpan(article_id, start, end, label.name, kind=label.kind))

    def go_to_suggestion(self, step: int) -> bool:
        """Select the next (step 1) or previous (-1) suggested span after the cursor; the
        review walk of an article. False (and a status line) when there is none."""
        reader = self.window.reader
        here, _ = reader.selected_span()
        pending = [a for a in reader.annotations() if a.status == "suggested"]
        if step > 0:
            ahead = [a for a in pending if a.start > here]
        else:
            ahead = [a for a in reversed(pending) if a.start < here]
        if not ahead:
            self.window.show_status(self.tr("No more suggestions in this article"))
            return False
        reader.select_span(ahead[0].start, ahead[0].end)
        return True

    def go_to_least_confident(self) -> bool:
        """Select the open suggestion the model and rules are least sure of after the one
        selected (in that order), in this article; past its last one, the least sure one of the
        next article in the list that has any (articles not reviewed). False (and a status
        line) when there is none left."""
        window = self.window
        lib = window.session.library
        reader = window.reader
        article_id = reader.article_id
        if article_id is not None:
            order = lib.least_confident(article_id)
            current = reader.span_at_cursor()
            if current is not None and current.confidence is not None:
                # after the selected span's place in that order, even once it is accepted
                # (then it has left the open suggestions)
                here = _sure_order(current)
                order = [a for a in order if _sure_order(a) > here]
            if order:
                reader.select_span(order[0].start, order[0].end)
                return True
        waiting = {a for a, _low in lib.articles_to_review()}
        for target in window.article_pane.following_ids():
            if target in waiting and target != article_id:
                return self._open_at_least_sure(target)
        window.show_status(self.tr("No more suggestions to review"))
        return False

    def _open_at_least_sure(self, article_id: int) -> bool:
        """Show ``article_id`` with its least sure suggestion selected."""
        window = self.window
        window.select_article(article_id)
        first = window.session.library.next_least_confident(article_id)
        if window.reader.article_id != article_id:
            return False
        if first is not None:
            window.reader.select_span(first.start, first.end)
        return True

    def resize(self, d_start: int, d_end: int) -> None:
        from desktop.core import edits

        span = self.current_span()
        if span is None:
            self.window.show_status(self.tr("No span under the cursor"))
            return
        start, end = span.start + d_start, span.end + d_end
        if start < 0 or end > len(self.window.reader.text) or start >= end:
            return
        if self.session.push(edits.Resize(span.uuid, start, end)):
            self.window.reader.select_span(start, end)

    def _on_accept_triggered(self) -> None:
        self._set_status("accepted")

    def _on_reject_triggered(self) -> None:
        self._set_status("rejected")

    def _set_status(self, status: AnnotationStatus) -> None:
        from desktop.core import edits

        span = self.current_span()
        if span is None:
            self.window.show_status(self.tr("No span under the cursor"))
        elif span.status != status:
            self.session.push(edits.SetStatus(span.uuid, status))

    def _on_delete_triggered(self) -> None:
        from desktop.core import edits

        span = self.current_span()
        if span is None:
            self.window.show_status(self.tr("No span under the cursor"))
        else:
            self.session.push(edits.DeleteSpan(span.uuid))

    def _on_accept_all_triggered(self) -> None:
        from desktop.core import edits

        article_id = self.window.reader.article_id
        if article_id is not None:
            self.session.push(edits.AcceptAll(article_id))

    def _on_apply_to_all_triggered(self) -> None:
        """The preview: every occurrence of the span's text, each one can be unticked; OK
        pushes one ApplyToAll edit (one undo step)."""
        span = self.current_span()
        if span is None:
            self.window.show_status(self.tr("No span under the cursor"))
            return
        from desktop.gui import dialogs

        dialogs.apply_to_all(self.window, span)

    def _on_reviewed_next_triggered(self) -> None:
        from desktop.core import edits

        article_id = self.window.reader.article_id
        if article_id is None:
            return
        self.session.push(edits.SetReviewStatus(article_id, "reviewed"))
        self.window.go_to_neighbour(1)

    def _on_reviewed_least_sure_triggered(self) -> None:
        """Like Ctrl+Return, but the next article is the one whose least sure suggestion is
        the least sure of all (:meth:`Library.articles_to_review`), not the next in the list."""
        from desktop.core import edits

        article_id = self.window.reader.article_id
        if article_id is not None:
            self.session.push(edits.SetReviewStatus(article_id, "reviewed"))
        for target, _low in self.session.library.articles_to_review(limit=2):
            if target != article_id:
                self._open_at_least_sure(target)
                return
        self.window.show_status(self.tr("No article left to review"))


def _sure_order(ann: Annotation) -> tuple[float, int, int, str]:
    """The order of :meth:`Library.least_confident`: least sure first, then reading order."""
    return (ann.confidence if ann.confidence is not None else -1.0, ann.start, ann.end, ann.uuid)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The selection without the white space (or paragraph break) a drag picks up at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
