"""The reader: one reflowed article as PLAIN text, its structure and spans shown by formats.

The text is set with ``setPlainText`` (never HTML): a page that prints ``<b>`` shows ``<b>``.
Headline, decks, byline and sub-heads get block and character formats; entity and figure spans
are drawn as extra selections in their label's colour, filled when accepted, a dashed
underline when only suggested, a dotted grey underline when rejected. All positions cross the
Qt boundary through :class:`~desktop.gui.textpos.TextPositions`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from desktop.core.records import Annotation, ArticleBlock, ArticleDetail
from desktop.gui.models.roles import plain_tooltip
from desktop.gui.textpos import TextPositions

FALLBACK_COLOUR = "#9e9e9e"
READING_WIDTH_PX = 760  # a readable measure: about 40 Chinese characters a line
MIN_MARGIN_PX = 24


class ReaderView(QTextEdit):
    """Read-only, selectable with mouse and keyboard (Shift+arrows)."""

    span_selected = Signal(str)  # uuid of the span under the cursor / selected; "" for none
    text_selected = Signal(int, int)  # code-point selection (start, end); equal when empty

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(MIN_MARGIN_PX)
        self._text = ""
        self._pos = TextPositions("")
        self._annotations: list[Annotation] = []
        self._span_selections: list[QTextEdit.ExtraSelection] = []
        self._span_cursors: dict[str, tuple[QTextCursor, QColor]] = {}
        self._colours: dict[str, str] = {}
        self._current_uuid = ""
        self._last_selection = (-1, -1)
        self._quiet = False
        self.article_id: int | None = None
        self.selectionChanged.connect(self._on_self_selection_changed)
        self.cursorPositionChanged.connect(self._on_self_selection_changed)

    # --- content ------------------------------------------------------------------------
    def show_article(self, detail: ArticleDetail | None, annotations: Iterable[Annotation]) -> None:
        self._quiet = True
        try:
            self._annotations = []  # the old article's spans must never meet the new text
            self._span_selections, self._span_cursors = [], {}
            self._current_uuid = ""
            self.setExtraSelections([])
            self.article_id = detail.id if detail else None
            self._text = detail.text if detail else ""
            self._pos = TextPositions(self._text)
            # setPlainText types the new text in the editor's current character format, which
            # the previous article's first block (its headline) left behind: start from none.
            self.setCurrentCharFormat(QTextCharFormat())
            self.setPlainText(self._text)
            self._centre_text_column()
            if detail is not None:
                self._format_blocks(detail.blocks)
            self.moveCursor(QTextCursor.MoveOperation.Start)
            self._current_uuid = ""
        finally:
            self._quiet = False
        self.set_annotations(annotations)

    def set_colours(self, colours: dict[str, str]) -> None:
        self._colours = dict(colours)
        self._paint_spans()

    def set_annotations(self, annotations: Iterable[Annotation]) -> None:
        self._annotations = sorted(annotations, key=lambda a: (a.start, a.end))
        self._paint_spans()

    @property
    def text(self) -> str:
        return self._text

    def annotations(self) -> list[Annotation]:
        return list(self._annotations)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the text column at a readable width, centred, however wide the window."""
        super().resizeEvent(event)
        self._centre_text_column()

    def _centre_text_column(self) -> None:
        spare = self.viewport().width() - READING_WIDTH_PX
        margin = max(MIN_MARGIN_PX, spare // 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if int(fmt.leftMargin()) != margin:
            fmt.setLeftMargin(margin)
            fmt.setRightMargin(margin)
            frame.setFrameFormat(fmt)

    # --- hover: where a span came from and how sure it is ------------------------------
    def spans_at(self, codepoint: int) -> list[Annotation]:
        """The spans covering ``codepoint``, innermost first."""
        inside = [a for a in self._annotations if a.start <= codepoint < a.end]
        return sorted(inside, key=lambda a: (a.end - a.start, a.start))

    def tooltip_at(self, codepoint: int) -> str:
        """The hover text of the spans at ``codepoint`` (plain text; "" over no span): for
        each, its text, label and status, and who proposed it with its confidence."""
        return "\n\n".join(span_tooltip(a) for a in self.spans_at(codepoint))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            try:
                at16 = self.cursorForPosition(event.pos()).position()
                text = self.tooltip_at(self._pos.to_codepoint(at16))
            except Exception:  # never let a hover take the window down
                text = ""
            if text:
                QToolTip.showText(event.globalPos(), plain_tooltip(text), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # --- selection in code points -------------------------------------------------------
    def selected_span(self) -> tuple[int, int]:
        """The selection as code points (start, end); start == end when nothing is selected."""
        cursor = self.textCursor()
        return self._pos.span_to_codepoints(cursor.selectionStart(), cursor.selectionEnd())

    def cursor_codepoint(self) -> int:
        return self._pos.to_codepoint(self.textCursor().position())

    def select_span(self, start: int, end: int, *, quiet: bool = False) -> None:
        """Select ``text[start:end]`` (code points) and scroll it into view."""
        start16, end16 = self._pos.span_to_utf16(start, end)
        cursor = self.textCursor()
        cursor.setPosition(start16)
        cursor.setPosition(end16, QTextCursor.MoveMode.KeepAnchor)
        self._quiet = quiet
        try:
            self.setTextCursor(cursor)
        finally:
            self._quiet = False
        self.ensureCursorVisible()

    def span_at_cursor(self) -> Annotation | None:
        """The span exactly selected, else the innermost span containing the cursor."""
        start, end = self.selected_span()
        if start != end:
            for ann in self._annotations:
                if ann.start == start and ann.end == end:
                    return ann
            return None
        inside = [a for a in self._annotations if a.start <= start < a.end]
        if not inside:
            return None
        return min(inside, key=lambda a: (a.end - a.start, a.status == "rejected"))

    def block_span_at_cursor(self) -> tuple[int, int]:
        """Code points of the paragraph (block) holding the cursor."""
        block = self.textCursor().block()
        start16 = block.position()
        return self._pos.span_to_codepoints(start16, start16 + max(0, block.length() - 1))

    def refresh_current(self) -> str:
        """Recompute the span under the cursor after the spans changed; returns its uuid."""
        ann = self.span_at_cursor()
        uuid = ann.uuid if ann else ""
        if uuid != self._current_uuid:
            self._current_uuid = uuid
            self._paint_current()
        return self._current_uuid

    @property
    def current_uuid(self) -> str:
        return self._current_uuid

    def _on_self_selection_changed(self) -> None:
        start, end = self.selected_span()
        ann = self.span_at_cursor()
        uuid = ann.uuid if ann else ""
        if self._quiet:
            if uuid != self._current_uuid:
                self._current_uuid = uuid
                self._paint_current()
            self._last_selection = (start, end)
            return
        if (start, end) != self._last_selection:  # both cursor and selection signals fire
            self._last_selection = (start, end)
            self.text_selected.emit(start, end)
        if uuid != self._current_uuid:
            self._current_uuid = uuid
            self._paint_current()
            self.span_selected.emit(uuid)

    # --- painting -----------------------------------------------------------------------
    def _format_blocks(self, blocks: Sequence[ArticleBlock]) -> None:
        doc = self.document()
        base = self.font().pointSizeF()
        if base <= 0:
            base = 11.0
        for block in blocks:
            qt_block = doc.findBlock(self._pos.to_utf16(block.start))
            if not qt_block.isValid():
                continue
            cursor = QTextCursor(qt_block)
            block_format = QTextBlockFormat()
            char_format = QTextCharFormat()
            block_format.setLineHeight(
                150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
            block_format.setBottomMargin(8)
            if block.kind == "title":
                char_format.setFontWeight(QFont.Weight.Bold)
                char_format.setFontPointSize(base * 1.6)
                block_format.setBottomMargin(6)
            elif block.kind == "deck":
                char_format.setFontPointSize(base * 1.15)
                char_format.setForeground(QColor("#455a64"))
                block_format.setBottomMargin(4)
            elif block.kind == "byline":
                char_format.setFontItalic(True)
                char_format.setForeground(QColor("#616161"))
                block_format.setBottomMargin(12)
            elif block.kind == "subhead":
                char_format.setFontWeight(QFont.Weight.Bold)
                char_format.setFontPointSize(base * 1.15)
                block_format.setTopMargin(10)
            else:
                block_format.setTextIndent(base * 2.4)
            cursor.setBlockFormat(block_format)
            cursor.setPosition(qt_block.position())
            cursor.setPosition(
                qt_block.position() + qt_block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.setCharFormat(char_format)

    def _paint_spans(self) -> None:
        """Build one extra selection per span (after the spans or colours changed)."""
        self._span_selections = []
        self._span_cursors = {}
        for ann in self._annotations:
            colour = QColor(self._colours.get(ann.label, FALLBACK_COLOUR))
            cursor = QTextCursor(self.document())
            start16, end16 = self._pos.span_to_utf16(ann.start, ann.end)
            cursor.setPosition(start16)
            cursor.setPosition(end16, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = _span_format(ann, colour)
            self._span_selections.append(selection)
            self._span_cursors[ann.uuid] = (cursor, colour)
        self._paint_current()

    def _paint_current(self) -> None:
        """The spans, and the current one on top (only this changes as the cursor moves)."""
        selections = list(self._span_selections)
        found = self._span_cursors.get(self._current_uuid)
        if found is not None:
            current = QTextEdit.ExtraSelection()
            current.cursor = QTextCursor(found[0])
            current.format = _current_format(found[1])
            selections.append(current)  # painted last: on top of nested spans
        self.setExtraSelections(selections)


def span_tooltip(ann: Annotation) -> str:
    """One span as its hover text: "「新华社」 ORG · suggested" then where it came from,
    "suggested by rule:orgs · 0.93" (or "added by you")."""
    from desktop.gui.models.annotations import provenance_text, status_text

    head = f"「{ann.quote}」 {ann.label} · {status_text(ann.status).strip()}"
    return f"{head}\n{provenance_text(ann)}"


def _span_format(ann: Annotation, colour: QColor) -> QTextCharFormat:
    """Accepted: filled; suggested: dashed underline and a faint fill; rejected: dotted grey."""
    fmt = QTextCharFormat()
    if ann.status == "accepted":
        fill = QColor(colour)
        fill.setAlpha(90)
        fmt.setBackground(fill)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(colour)
    elif ann.status == "suggested":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(colour)
        fill = QColor(colour)
        fill.setAlpha(28)
        fmt.setBackground(fill)
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor("#9e9e9e"))
    fmt.setProperty(QTextFormat.Property.UserProperty, ann.uuid)
    return fmt


def _current_format(colour: QColor) -> QTextCharFormat:
    """The span being worked on: a strong fill and a solid underline in its label's colour."""
    fmt = QTextCharFormat()
    fill = QColor(colour)
    fill.setAlpha(150)
    fmt.setBackground(fill)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(colour.darker(150))
    fmt.setProperty(QTextFormat.Property.UserProperty, "current")
    return fmt
