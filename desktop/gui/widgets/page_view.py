"""The page as laid out: each OCR line's box at its place, the scan (when there is one) under it.

A reader checking a doubtful name sees the printed page at that spot: the boxes of the selected
span's lines are highlighted and scrolled into view; clicking a box reports its raw line so the
window can select that text in the reader. Zoom with Ctrl+wheel or +/-, 0 fits the page; drag
to pan. Line numbers are 0-based raw lines, as everywhere else (``Library.raw_lines``).

Without a scan, each box shows its OCR text (plain text, never HTML), so the page still reads
as the tool saw it. A scan that cannot be read is reported once in the view's status text.

A line the layout kept out of every article (page furniture, OCR noise, vertical text) is drawn
dashed and grey, its tooltip saying why, so the user sees at a glance what no article holds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from desktop.gui.models.roles import plain_tooltip

BoxTuple = tuple[float, float, float, float]

#: Box outline, the highlight of the selected lines' boxes, and set-aside lines' outline.
OUTLINE = QColor(70, 110, 200, 150)
ASIDE = QColor(110, 110, 110, 190)
HIGHLIGHT = QColor(255, 215, 0, 110)
HIGHLIGHT_EDGE = QColor(220, 120, 0)
#: Zoom limits (scale factor of the view), and one wheel notch / key press.
MIN_ZOOM = 0.05
MAX_ZOOM = 20.0
STEP = 1.25
#: Data role of a box item holding its raw line number.
_LINE = 0


class PageView(QGraphicsView):
    """Boxes of one page, over its scan when there is one."""

    line_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.document_id: int | None = None
        self.status = ""
        self._boxes: dict[int, QGraphicsRectItem] = {}
        self._lines: list[int] = []
        #: raw line -> why the layout set it aside (``SetAside.kind``), for the lines in no article
        self._aside: dict[int, str] = {}
        self._texts: list[str] = []
        self._has_image = False
        self._press: QPointF | None = None
        #: The user zoomed or panned by hand: leave the view where they put it.
        self._manual = False
        #: The view's own size when the page was last fitted to it (see resizeEvent).
        self._fitted_size = QSize()

    # --- content --------------------------------------------------------------------------
    def show_page(
        self,
        document_id: int | None,
        lines: Sequence[str],
        boxes: Sequence[BoxTuple | None],
        size: tuple[float, float] | None = None,
        image: str | Path | None = None,
        aside: Mapping[int, str] | None = None,
    ) -> None:
        """Lay out ``boxes[i]`` (raw line ``i``, text ``lines[i]``) over ``image`` if given;
        ``aside`` maps the lines kept out of every article to why (``SetAside.kind``).

        A no-op when that page is already shown. Lines without a box are not drawn.
        """
        if document_id is not None and document_id == self.document_id:
            return
        self.document_id = document_id
        scene = self.scene()
        scene.clear()
        self._boxes = {}
        self._lines = []
        self._aside = dict(aside or {})
        self._texts = list(lines)
        self.status = ""
        self._has_image = False
        pixmap = QPixmap(str(image)) if image else QPixmap()
        if image and pixmap.isNull():
            self.status = self.tr("The scan %1 could not be read; boxes only.").replace(
                "%1", Path(image).name
            )
        width, height = size if size else (0.0, 0.0)
        if not pixmap.isNull():
            self._has_image = True
            item = scene.addPixmap(pixmap)
            item.setZValue(-1)
            if width and height and (pixmap.width(), pixmap.height()) != (width, height):
                # The OCR ran on another resolution of this scan: fit the scan to the boxes.
                item.setScale(width / pixmap.width())
            width = width or pixmap.width()
            height = height or pixmap.height()
        for number, box in enumerate(boxes):
            if box is None:
                continue
            x0, y0, x1, y1 = box
            rect = scene.addRect(QRectF(x0, y0, x1 - x0, y1 - y0), self._pen(number))
            rect.setData(_LINE, number)
            rect.setToolTip(self._tooltip(number))
            self._boxes[number] = rect
            if not self._has_image and number < len(lines):
                self._add_text(rect, lines[number])
            width = max(width, x1)
            height = max(height, y1)
        scene.setSceneRect(QRectF(0, 0, width, height))
        self._manual = False
        self.fit()

    def _add_text(self, rect: QGraphicsRectItem, text: str) -> None:
        """The line's text inside its box (QGraphicsSimpleTextItem never interprets markup)."""
        label = QGraphicsSimpleTextItem(text, rect)
        box = rect.rect()
        bounds = label.boundingRect()
        if bounds.width() <= 0 or bounds.height() <= 0:
            return
        scale = min(box.height() / bounds.height(), box.width() / bounds.width())
        label.setScale(scale)
        label.setPos(box.x(), box.y() + (box.height() - bounds.height() * scale) / 2)
        label.setBrush(QBrush(QColor(40, 40, 40)))

    def _pen(self, number: int) -> QPen:
        """A box's outline: dashed grey for a line in no article."""
        pen = QPen(ASIDE if number in self._aside else OUTLINE)
        pen.setCosmetic(True)
        if number in self._aside:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def _tooltip(self, number: int) -> str:
        text = self._texts[number] if number < len(self._texts) else ""
        kind = self._aside.get(number)
        if kind is None:
            return plain_tooltip(text)
        why = {
            "furniture": self.tr("In no article: page furniture (masthead, date, page number)"),
            "noise": self.tr("In no article: set aside as OCR noise"),
            "vertical": self.tr("In no article: vertical text"),
        }.get(kind, self.tr("In no article"))
        return plain_tooltip(f"{why}\n{text}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for number, item in self._boxes.items():
                item.setToolTip(self._tooltip(number))
        super().changeEvent(event)

    def aside_lines(self) -> list[int]:
        """The drawn lines kept out of every article."""
        return sorted(n for n in self._boxes if n in self._aside)

    def has_image(self) -> bool:
        return self._has_image

    def box_lines(self) -> list[int]:
        return sorted(self._boxes)

    # --- highlight ------------------------------------------------------------------------
    def highlighted_lines(self) -> list[int]:
        return list(self._lines)

    def highlight_lines(self, lines: Sequence[int]) -> None:
        """Highlight the boxes of these raw lines and bring the first into view."""
        for number in self._lines:
            item = self._boxes.get(number)
            if item is not None:
                item.setBrush(QBrush(Qt.BrushStyle.NoBrush))
                item.setPen(self._pen(number))
        self._lines = sorted(n for n in set(lines) if n in self._boxes)
        edge = QPen(HIGHLIGHT_EDGE)
        edge.setCosmetic(True)
        edge.setWidth(2)
        shown = QRectF()
        for number in self._lines:
            item = self._boxes[number]
            item.setBrush(QBrush(HIGHLIGHT))
            item.setPen(edge)
            shown = shown.united(item.sceneBoundingRect())
        if shown.isNull():
            return
        if self._manual:
            self.ensureVisible(shown, 40, 40)
        else:
            self._focus(shown)

    def _focus(self, rect: QRectF) -> None:
        """Show ``rect`` with the page around it: a third of the page's width at least, so the
        printed lines next to a name are readable too."""
        page = self.scene().sceneRect()
        margin = max(rect.width(), rect.height(), page.width() / 6)
        area = rect.adjusted(-margin, -margin / 2, margin, margin / 2).intersected(page)
        self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 2.0:  # never magnify the scan past twice its pixels
            factor = 2.0 / self.zoom()
            self.scale(factor, factor)
        self.centerOn(rect.center())

    # --- zoom and clicks ------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Until the user zooms by hand, the page (or the highlighted boxes) fit the view.

        Only when the view itself changed size: a fit that brings a scroll bar in (or takes it
        away) resizes the viewport alone, and fitting again to that made the other scroll bar
        state fit better, and so on for ever (the window spun at full CPU)."""
        super().resizeEvent(event)
        if self._manual or self.size() == self._fitted_size:
            return
        self._fitted_size = self.size()
        if self._lines:
            self.highlight_lines(self._lines)
        else:
            self.fit()

    def zoom_by(self, factor: float) -> None:
        self._manual = True
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        if self.zoom() > 0:
            factor = target / self.zoom()
            self.scale(factor, factor)

    def fit(self) -> None:
        rect = self.scene().sceneRect()
        if rect.width() > 0 and rect.height() > 0:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(STEP if event.angleDelta().y() > 0 else 1 / STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / STEP)
        elif key == Qt.Key.Key_0:
            self._manual = False
            self.fit()
        else:
            super().keyPressEvent(event)

    def line_at(self, view_pos_x: int, view_pos_y: int) -> int | None:
        """The raw line whose box is under a point of the viewport (topmost box wins)."""
        for item in self.items(QPoint(view_pos_x, view_pos_y)):
            number = item.data(_LINE)
            if isinstance(number, int):
                return number
            parent = item.parentItem()
            if parent is not None and isinstance(parent.data(_LINE), int):
                return int(parent.data(_LINE))
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        moved = (event.position() - self._press).manhattanLength() if self._press else 0.0
        self._press = None
        event.accept()  # the view handled it: a pan or a click on the page
        if moved > 4:
            self._manual = True  # panned by hand: stay there
        else:  # a click
            pos = event.position().toPoint()
            number = self.line_at(pos.x(), pos.y())
            if number is not None:
                self.line_clicked.emit(number)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        super().mousePressEvent(event)
