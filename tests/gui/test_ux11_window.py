"""What a pass over the window with pages of every OCR format showed (ux11, 1600x1000 and
1024x700, English and Chinese), each through the real widgets:

- the page view drew the lines no article holds (masthead, date, page number, specks, vertical
  text) like every other line: a click only then said "in no article". They are dashed and
  grey now, their tooltip saying why, in the interface's language, and grey on the Text tab;
- the article list cut a long page label at its end: "hocrtoo…alic…" on every row of a page
  named by its OCR tool, the article's number gone; at 1024x700 a page with a warning sign
  kept "…" alone. The label is cut in the middle (the number stays), and the column keeps
  room for the sign beside the least it shows.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from desktop.core.model import SetAside
from desktop.core.records import PageGeometry
from desktop.gui import i18n
from desktop.gui.widgets.article_list import ICON_GAP_PX, PAGE_COLUMN_PX, MiddleElideDelegate
from desktop.gui.widgets.page_view import ASIDE, OUTLINE
from desktop.gui.widgets.source_pane import SourcePane
from desktop.gui.widgets.source_view import ASIDE_TEXT
from tests.gui.conftest import small_window_with_warned_page

RAW = "山河日报\n第一栏第一行文字\n第一栏第二行文字\n7"
GEOMETRY = PageGeometry(
    document_id=1,
    format="paddle",
    size=(400.0, 300.0),
    boxes=((10, 10, 200, 40), (10, 60, 190, 80), (10, 90, 190, 110), (300, 280, 306, 290)),
    set_aside=(
        SetAside("furniture", 0, "山河日报"),
        SetAside("noise", 3, "7", note="a speck"),
    ),
)


def test_lines_in_no_article_are_drawn_dashed_and_say_why(qtbot: Any, qapp: QApplication) -> None:
    pane = SourcePane()
    qtbot.addWidget(pane)
    pane.resize(500, 400)
    pane.show_document(1, RAW, GEOMETRY)
    view = pane.page_view
    assert view.box_lines() == [0, 1, 2, 3] and view.aside_lines() == [0, 3]
    boxes = view._boxes
    assert boxes[0].pen().style() == Qt.PenStyle.DashLine and boxes[0].pen().color() == ASIDE
    assert boxes[1].pen().style() == Qt.PenStyle.SolidLine and boxes[1].pen().color() == OUTLINE
    assert "page furniture" in boxes[0].toolTip() and "山河日报" in boxes[0].toolTip()
    assert "OCR noise" in boxes[3].toolTip()
    assert "In no article" not in boxes[1].toolTip()
    # and grey on the "Text" tab
    text = pane.text_view
    assert text.aside_lines() == [0, 3]
    doc = text.document()
    colour = [
        doc.findBlockByNumber(n).begin().fragment().charFormat().foreground().color()
        for n in range(4)
    ]
    assert colour[0] == colour[3] == QColor(ASIDE_TEXT) and colour[1] != QColor(ASIDE_TEXT)
    # a highlight that moves on leaves a set-aside box dashed again
    view.highlight_lines([0])
    assert boxes[0].pen().style() == Qt.PenStyle.SolidLine  # lit like any selected line
    view.highlight_lines([1])
    assert boxes[0].pen().style() == Qt.PenStyle.DashLine
    try:
        i18n.set_language(qapp, "zh_CN")
        qtbot.waitUntil(lambda: "版面栏目" in boxes[0].toolTip())
        assert "不在任何文章中" in boxes[3].toolTip() and "OCR 噪点" in boxes[3].toolTip()
    finally:
        i18n.set_language(qapp, "en")
    qtbot.waitUntil(lambda: "page furniture" in boxes[0].toolTip())


def test_a_long_page_label_keeps_its_article_number_and_the_sign_its_room(
    qtbot: Any, sample_project: Path, tmp_path: Path
) -> None:
    page = tmp_path / "hocrtools_tesseract303_alice_1.txt"
    win = small_window_with_warned_page(qtbot, sample_project, page)
    view = win.article_pane.view
    model = view.model()
    (row,) = (r for r in range(model.rowCount()) if "alice" in str(model.index(r, 0).data()))
    index = model.index(row, 0)
    label = str(index.data())
    assert label.endswith(" · 1") and index.data(Qt.ItemDataRole.DecorationRole) is not None
    icon = win.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + ICON_GAP_PX
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= PAGE_COLUMN_PX[0] + icon)
    option = QStyleOptionViewItem()
    delegate = view.itemDelegateForColumn(0)
    assert isinstance(delegate, MiddleElideDelegate)
    delegate.initStyleOption(option, index)
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle
    room = header.sectionSize(0) - icon - 12
    shown = view.fontMetrics().elidedText(label, Qt.TextElideMode.ElideMiddle, room)
    assert shown.endswith("1") and "…" in shown  # cut, the number kept
    assert view.itemDelegateForColumn(1) is None  # titles keep the view's end cut
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    win.close()


def test_the_cheat_sheet_names_the_page_view_s_zoom_keys(
    qtbot: Any, window_with_dialogs: Any, language: str
) -> None:
    """The source page zooms with +, - and 0 and pans by dragging, which no list said."""
    from desktop.gui.dialogs.shortcuts import CheatSheetDialog

    window = window_with_dialogs
    window.workflows.actions["cheatSheet"].trigger()
    sheet = window.findChild(CheatSheetDialog, "cheatSheet")
    assert sheet is not None
    qtbot.waitUntil(sheet.isVisible)
    rows = {key: action for _menu, action, key in sheet.rows()}
    if language == "en":
        assert rows["+ / - / 0 (in the source page)"].startswith("Zoom the page in / out / to fit")
    else:
        assert rows["+ / - / 0（在原始版面中）"].startswith("放大 / 缩小 / 适应版面")
    sheet.close()


def test_boxes_without_a_scan_say_that_none_was_found(
    qtbot: Any, language: str, tmp_path: Path
) -> None:
    """Without a scan the page view draws each box with its OCR text, which reads like the
    printed page: the note says no scan was found, and where one would come from."""
    pane = SourcePane()
    qtbot.addWidget(pane)
    pane.resize(300, 400)
    pane.show()
    pane.show_document(1, RAW, GEOMETRY)
    qtbot.waitUntil(pane.note.isVisible)
    expected = "No scan was found beside the OCR file" if language == "en" else "没有找到扫描图"
    assert expected in pane.note.text()
    assert pane.note.wordWrap()  # a long note never holds the dock wide
    assert pane.minimumSizeHint().width() < 300
    # with the scan under the boxes: no note
    scan = tmp_path / "page.png"
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(scan))
    pane.show_document(2, RAW, dataclasses.replace(GEOMETRY, document_id=2, image=str(scan)))
    qtbot.waitUntil(lambda: not pane.note.isVisible())
    assert pane.page_view.has_image() and pane.note.text() == ""
