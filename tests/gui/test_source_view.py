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
