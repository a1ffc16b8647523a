"""The source pane: raw page as plain text, the lines of a paragraph or span highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.gui.widgets.source_view import SourceView

RAW = "第一行<b>\n第二行\n\n第四 行 文 字\n第五行"


def test_shows_raw_text_plainly_and_highlights_lines(qtbot) -> None:
    view = SourceView()
    qtbot.addWidget(view)
    view.show_raw(1, RAW)
    assert view.toPlainText() == RAW
    assert view.objectName() == "sourceView"
    view.highlight_lines([3, 1, 3])
    assert view.highlighted_lines() == [1, 3]
    blocks = [s.cursor.block().blockNumber() for s in view.extraSelections()]
    assert blocks == [1, 3]
    assert view.extraSelections()[1].cursor.block().text() == "第四 行 文 字"
    assert view.textCursor().blockNumber() == 1  # scrolled to the first highlighted line


def test_same_document_is_not_reloaded_and_out_of_range_lines_are_ignored(qtbot) -> None:
    view = SourceView()
    qtbot.addWidget(view)
    view.show_raw(7, RAW)
    view.highlight_lines([0])
    view.show_raw(7, "something else")  # same document id: kept as is, highlight kept
    assert view.toPlainText() == RAW
    assert view.highlighted_lines() == [0]
    view.highlight_lines([99])
    assert view.extraSelections() == []
    view.show_raw(8, "other page")
    assert view.toPlainText() == "other page"
    assert view.highlighted_lines() == []


def test_window_source_pane_follows_the_selected_span(window, qtbot) -> None:
    lib, reader = window.session.library, window.reader
    assert not window.source_dock.isVisible()
    qtbot.keyClick(reader, Qt.Key.Key_F9)
    qtbot.waitUntil(window.source_dock.isVisible)
    detail = lib.article(reader.article_id)
    assert window.source_view.toPlainText() == lib.document_raw(detail.document_id)
    span = [a for a in reader.annotations() if a.end - a.start >= 2][-1]
    reader.select_span(span.start, span.end)
    lines = window.source_view.highlighted_lines()
    assert lines == lib.raw_lines(reader.article_id, span.start, span.end)
    raw_lines = lib.document_raw(detail.document_id).split("\n")
    shown = "".join(raw_lines[i] for i in lines).replace(" ", "")
    assert span.quote in shown  # the highlighted lines are where the span was printed
    # with no selection, the paragraph under the cursor is highlighted
    paragraph = next(b for b in detail.blocks if b.kind == "paragraph")
    reader.select_span(paragraph.start + 1, paragraph.start + 1)
    assert window.source_view.highlighted_lines() == lib.raw_lines(
        reader.article_id, paragraph.start, paragraph.end
    )
    qtbot.keyClick(reader, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: not window.source_dock.isVisible())


def test_dock_layout_is_remembered_across_windows(window, qtbot, sample_project) -> None:
    from desktop.gui import create_main_window

    window.source_dock.show()
    qtbot.waitUntil(window.source_dock.isVisible)
    window.close()  # saves geometry, dock state and table headers
    again = create_main_window(sample_project)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.source_dock.isVisible()
    again.close()


def _ocr_project(tmp_path, qtbot):
    """A project holding one two-column OCR page (listed row by row) with its scan beside it."""
    from PySide6.QtGui import QColor, QImage

    from desktop.core.library import Library
    from desktop.core.ocr.model import Box, OcrLine, OcrPage
    from desktop.gui import create_main_window
    from tests.ocr_writers import to_paddle_json

    left = ["本报讯 全市春耕生产", "工作会议昨日召开。", "会议要求各地抓好", "农资供应和技术服务。"]
    right = ["今年全市计划播种", "粮食作物三百万亩，", "比去年增加五万亩。", "各县区已经行动起来。"]
    lines = []
    for row, (a, b) in enumerate(zip(left, right, strict=True)):
        y = 100 + row * 40
        lines.append(OcrLine(a, Box(100, y, 400, y + 30), 0.98))
        lines.append(OcrLine(b, Box(500, y, 800, y + 30), 0.97))
    page = OcrPage("page.json", "paddle", tuple(lines), width=1000.0, height=600.0)
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "page.json").write_text(to_paddle_json(page, "nested"), encoding="utf-8")
    scan = QImage(1000, 600, QImage.Format.Format_RGB32)
    scan.fill(QColor("white"))
    assert scan.save(str(folder / "page.png"))
    project = tmp_path / "ocr.sqlite"
    with Library.open(project) as lib:
        assert lib.import_paths([folder], jobs=1).imported
    win = create_main_window(project)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_an_ocr_page_shows_its_boxes_over_the_scan_and_follows_the_selection(
    qtbot, tmp_path
) -> None:
    window = _ocr_project(tmp_path, qtbot)
    lib, reader = window.session.library, window.reader
    window.source_dock.show()
    qtbot.waitUntil(window.source_dock.isVisible)
    pane = window.source_pane
    assert pane.tabs.currentIndex() == 0  # "Page": the layout, not the raw lines
    assert window.page_view.has_image() and len(window.page_view.box_lines()) == 8
    start = reader.text.index("工作会议")
    reader.select_span(start, start + 4)
    assert window.page_view.highlighted_lines() == [2]  # the box that line was printed in
    assert window.source_view.highlighted_lines() == [2]
    # clicking the box of another line selects the text it became, in its article
    target = window.page_view._boxes[5]  # raw line 5: row 3 of the right column
    centre = window.page_view.mapFromScene(target.sceneBoundingRect().center())
    qtbot.mouseClick(window.page_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: reader.selected_span()[0] != reader.selected_span()[1])
    s, e = reader.selected_span()
    assert reader.text[s:e] == "比去年增加五万亩。"
    assert lib.raw_lines(reader.article_id, s, e) == [5]
    window.close()


def test_a_plain_text_page_opens_on_its_raw_lines_and_says_why(window, qtbot) -> None:
    window.source_dock.show()
    qtbot.waitUntil(window.source_dock.isVisible)
    pane = window.source_pane
    assert pane.tabs.currentIndex() == 1
    assert "plain text" in pane.note.text()
    assert window.page_view.box_lines() == []


def test_the_source_page_opens_tall_enough_to_read_the_scan(window, qtbot) -> None:
    """Qt gives a new bottom dock a strip (about a quarter of a 1600x1000 window), where a
    scan is drawn too small to read: opened, it takes SOURCE_SHARE of the window's height."""
    from desktop.gui.main_window import SOURCE_MIN_SHARE

    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.height() == 1000)
    window.source_dock.show()
    qtbot.waitUntil(lambda: window.source_dock.height() * 100 >= window.height() * SOURCE_MIN_SHARE)
    assert window.centralWidget().height() > window.source_dock.height()  # the reader leads


def test_a_source_page_dragged_taller_keeps_its_height(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    window.resize(1600, 1000)
    window.source_dock.show()
    qtbot.waitUntil(lambda: window._source_sized)
    qtbot.waitUntil(lambda: window.source_dock.height() > 380)
    window.resizeDocks([window.source_dock], [520], Qt.Orientation.Vertical)  # as a drag
    qtbot.waitUntil(lambda: abs(window.source_dock.height() - 520) < 10)
    window.source_dock.hide()
    window.source_dock.show()
    qtbot.waitUntil(window.source_dock.isVisible)
    window.size_source_dock()
    assert abs(window.source_dock.height() - 520) < 10
