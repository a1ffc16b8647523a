"""The article list pane: filter box, keyboard navigation, and the window's review workflow."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.gui.models import ArticleListModel
from desktop.gui.widgets.article_list import ArticleListPane
from tests.gui.records import FakeLibrary, summary


def _pane(qtbot) -> ArticleListPane:
    lib = FakeLibrary(
        [summary(1, "经济稳中向好"), summary(2, "春耕备耕忙"), summary(3, "项目建设提速")], []
    )
    model = ArticleListModel(lib)
    model.reload()
    pane = ArticleListPane(model)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_filter_box_narrows_the_list(qtbot) -> None:
    pane = _pane(qtbot)
    assert pane.view.objectName() == "articleList"
    pane.filter_box.setText("春耕")  # as typed (keyClicks cannot type Chinese)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert pane.model.summary(0).title == "春耕备耕忙"
    pane.filter_box.clear()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3)


def test_keyboard_moves_from_filter_into_list_and_down(qtbot) -> None:
    pane = _pane(qtbot)
    pane.filter_box.setFocus()
    with qtbot.waitSignal(pane.article_activated) as first:
        qtbot.keyClick(pane.filter_box, Qt.Key.Key_Down)
    assert first.args == [1]
    with qtbot.waitSignal(pane.article_activated) as second:
        qtbot.keyClick(pane.view, Qt.Key.Key_Down)
    assert second.args == [2]
    assert pane.current_article_id() == 2
    assert pane.neighbour_id(1) == 3
    assert pane.neighbour_id(-2) is None


def test_select_article_is_quiet_and_fails_when_filtered_out(qtbot) -> None:
    pane = _pane(qtbot)
    with qtbot.assertNotEmitted(pane.article_activated):
        assert pane.select_article(3)
    assert pane.current_article_id() == 3
    pane.model.reload("经济")
    assert not pane.select_article(3)


def test_window_lists_articles_and_reviewed_goes_to_next(window, qtbot) -> None:
    model, reader = window.article_model, window.reader
    assert model.rowCount() >= 2
    first, second = model.summary(0), model.summary(1)
    assert reader.article_id == first.id
    assert model.index(0, 1).data() == first.title
    qtbot.keyClick(reader, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert reader.article_id == second.id
    assert window.session.library.article(first.id).status == "reviewed"
    assert "reviewed" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    undo_text = window.window_actions["undo"].text()
    assert undo_text.startswith("&Undo ") and "review" in undo_text.lower()
    # undoing the review status shows that article again, back to its old status
    qtbot.keyClick(reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.library.article(first.id).status == first.status
    assert reader.article_id == first.id
    assert "reviewed" not in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)


def test_window_next_previous_and_filter_shortcuts(window, qtbot) -> None:
    model, reader = window.article_model, window.reader
    ids = model.article_ids()
    qtbot.keyClick(reader, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert reader.article_id == ids[1]
    qtbot.keyClick(reader, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert reader.article_id == ids[0]
    qtbot.keyClick(reader, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.article_pane.filter_box.hasFocus()


def test_window_counts_follow_edits_without_rereading_every_summary(window, qtbot) -> None:
    lib, model, reader = window.session.library, window.article_model, window.reader
    span = next(a for a in reader.annotations() if a.kind == "entity" and a.status != "rejected")
    reader.setFocus()
    reader.select_span(span.start, span.start)
    calls: list[str] = []
    original = lib.article_summaries
    lib.article_summaries = lambda query="": calls.append(query) or original(query)
    try:
        qtbot.keyClick(reader, Qt.Key.Key_R)  # reject: one entity fewer
    finally:
        lib.article_summaries = original
    assert calls == []
    row = model.row_of(reader.article_id)
    store = next(s for s in lib.article_summaries() if s.id == reader.article_id)
    assert model.summary(row) == store
    assert model.index(row, 3).data() == str(store.n_entities)


def test_window_info_line_names_the_page_and_review_status(window, qtbot) -> None:
    reader, info = window.reader, window.article_info
    detail = window.session.library.article(reader.article_id)
    assert detail.document_name in info.text()
    assert f"article {detail.index + 1}" in info.text()
    assert "reviewed" not in info.text()
    from desktop.core import edits

    window.session.push(edits.SetReviewStatus(reader.article_id, "reviewed"))
    assert "reviewed" in info.text()


def test_selecting_an_article_that_is_gone_says_so_and_keeps_the_reader(window) -> None:
    shown = window.reader.article_id
    window.select_article(999_999)
    assert window.reader.article_id == shown
    assert "999999" in window.statusBar().currentMessage()


def test_enter_in_the_list_moves_to_the_reader(window, qtbot) -> None:
    view = window.article_pane.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.reader.article_id == window.article_model.summary(1).id
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(window.reader.hasFocus)


def test_span_keys_do_nothing_while_the_article_list_has_focus(window, qtbot) -> None:
    reader, lib = window.reader, window.session.library
    span = next(a for a in reader.annotations() if a.kind == "entity")
    reader.select_span(span.start, span.end)  # a span left selected in the reader
    view = window.article_pane.view
    view.setFocus()
    count = window.session.undo_stack.count()
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_R):
        qtbot.keyClick(view, key)
    assert window.session.undo_stack.count() == count
    assert lib.annotation(span.uuid) == span
    # the Annotate menu still reaches them, and the reader's keys still work
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Delete)
    assert lib.annotation(span.uuid) is None


def test_a_burst_of_imported_pages_reloads_the_list_twice_not_per_page(window, qtbot) -> None:
    from desktop.core.records import Changes

    lib = window.session.library
    calls: list[str] = []
    original = lib.article_summaries
    lib.article_summaries = lambda query="": calls.append(query) or original(query)
    try:
        for _ in range(20):  # as an import stores page after page
            window.session.changed.emit(Changes(description="Import", documents=True))
        assert len(calls) == 1  # the first page shows at once
        qtbot.waitUntil(lambda: len(calls) == 2)  # the rest together, a moment later
        qtbot.waitUntil(lambda: not window._reload_timer.isActive())
        assert len(calls) == 2
    finally:
        lib.article_summaries = original


def test_an_empty_project_says_how_to_fill_it(qtbot, tmp_path) -> None:
    from desktop.gui import create_main_window

    window = create_main_window(tmp_path / "empty.sqlite")
    qtbot.addWidget(window)
    assert window.article_model.rowCount() == 0
    assert window.reader.article_id is None and window.reader.toPlainText() == ""
    assert "Import" in window.reader.placeholderText()
    window.close()


def test_page_column_shows_a_readable_page_name_in_full(window) -> None:
    view, model = window.article_pane.view, window.article_model
    shown = model.index(0, 0).data()
    assert shown.startswith("000 · ")  # the sample's hash-like name, shortened
    width = view.horizontalHeader().sectionSize(0)
    assert view.fontMetrics().horizontalAdvance(shown) < width  # not elided


def test_an_edit_refreshes_its_row_without_measuring_the_list(window, qtbot) -> None:
    """One edit re-reads one summary; no column is measured again over many rows (that was
    ResizeToContents: 30 rows x 3 columns asked on every edit, half of an edit's time)."""
    from PySide6.QtWidgets import QApplication

    from desktop.core import edits

    model = window.article_model
    asked: list[int] = []

    class CountingRows(list):  # type: ignore[type-arg]
        def __getitem__(self, row):
            asked.append(row)
            return super().__getitem__(row)

    model._rows = CountingRows(model._rows)
    window.article_pane.view.viewport().setUpdatesEnabled(False)  # count measuring, not paint
    reader = window.reader
    free = next(i for i in range(len(reader.text) - 2) if not reader.text[i : i + 2].isspace())
    window.session.push(edits.AddSpan(reader.article_id, free, free + 2, "PER"))
    QApplication.processEvents()  # the header's delayed work, if any
    row = model.row_of(reader.article_id)
    assert set(asked) <= {row}
    window.article_pane.view.viewport().setUpdatesEnabled(True)
    header = window.article_pane.view.horizontalHeader()
    metrics = window.article_pane.view.fontMetrics()
    for column in (2, 3, 4):
        if header.isSectionHidden(column):
            continue  # a narrow list's counts step aside for the title (test_ux12_window)
        text = model.index(row, column).data()
        assert metrics.horizontalAdvance(text) < header.sectionSize(column)


def test_a_remembered_window_too_small_to_use_opens_as_on_first_launch(
    qtbot, sample_project
) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.gui import create_main_window
    from desktop.gui.main_window import MIN_REMEMBERED, settings

    tiny = QWidget()
    tiny.setGeometry(10, 10, 300, 200)
    s = settings()
    s.setValue("window/geometry", tiny.saveGeometry())
    s.sync()
    window = create_main_window(sample_project)
    qtbot.addWidget(window)
    assert window.width() >= MIN_REMEMBERED[0] and window.height() >= MIN_REMEMBERED[1]
    assert window._first_show  # the docks get their first-launch share too
    window.close()
