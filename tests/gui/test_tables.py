"""Side-pane tables in the real window: sorting, selection sync with the reader, and figure
fields edited in place (each edit undoable)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from desktop.gui.models.roles import ID_ROLE, SORT_ROLE
from desktop.gui.widgets.tables import KindDelegate
from tests.gui.conftest import small_window, small_window_with_warned_page


def _uuids(table) -> list[str]:
    proxy = table.proxy
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def test_tables_have_stable_names_and_hold_the_article_spans(window) -> None:
    assert window.entity_table.objectName() == "entityTable"
    assert window.figure_table.objectName() == "figureTable"
    spans = window.session.library.annotations(window.reader.article_id)
    entities = [a for a in spans if a.kind == "entity"]
    assert window.entity_table.grouped  # by default: one row per text and label
    firsts: dict[tuple[str, str], str] = {}
    for a in entities:
        firsts.setdefault((a.quote, a.label), a.uuid)
    assert _uuids(window.entity_table) == list(firsts.values())
    caption = window.side_pane.entity_caption.text()
    assert f"{len(entities)} spans, {len(firsts)} distinct" in caption
    window.side_pane.group_box.setChecked(False)
    assert _uuids(window.entity_table) == [a.uuid for a in entities]
    assert _uuids(window.figure_table) == [a.uuid for a in spans if a.kind == "figure"]
    caption = window.side_pane.entity_caption.text()
    assert str(window.entity_model.rowCount()) in caption


def _repeated_group(window):
    """The spans of the entity text labelled most often in the current article."""
    groups: dict[tuple[str, str], list] = {}
    for a in window.reader.annotations():
        if a.kind == "entity":
            groups.setdefault((a.quote, a.label), []).append(a)
    return max(groups.values(), key=len)


def test_grouped_rows_count_their_spans_and_walk_them(window, qtbot, qtmodeltester) -> None:
    table, reader, lib = window.entity_table, window.reader, window.session.library
    group = _repeated_group(window)
    assert len(group) >= 3
    qtmodeltester.check(table.proxy)
    row = _uuids(table).index(group[0].uuid)
    places = reader.text.count(group[0].quote)
    assert table.proxy.index(row, 3).data() == f"{len(group)}/{places}"
    assert table.proxy.index(row, 3).data(SORT_ROLE) == len(group)
    assert table.proxy.index(row, 2).data() == f"?{len(group)}"  # all suggested
    tip = table.proxy.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert f"{len(group)} suggested" in tip
    # the reader's cursor in a later span of the group selects the group's row, and says which
    reader.select_span(group[2].start, group[2].start)
    assert table.currentIndex().row() == row
    assert table.selected_uuid() == group[2].uuid
    # double-click walks on through the group, round the end
    index = table.proxy.index(row, 0)
    rect = table.visualRect(index)
    for expected in [*group[3:], group[0]]:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert reader.selected_span() == (expected.start, expected.end)
        assert table.selected_uuid() == expected.uuid
    # accepting one span counts in the group's row; deleting the first hands the row on
    reader.select_span(group[0].start, group[0].start)
    qtbot.keyClick(reader, Qt.Key.Key_A)
    assert table.proxy.index(row, 2).data() == f"?{len(group) - 1} ✓1"
    qtbot.keyClick(reader, Qt.Key.Key_Delete)
    assert lib.annotation(group[0].uuid) is None
    uuids = _uuids(table)
    assert group[0].uuid not in uuids and group[1].uuid in uuids
    leader = uuids.index(group[1].uuid)
    assert table.proxy.index(leader, 3).data() == f"{len(group) - 1}/{places}"
    qtmodeltester.check(table.proxy)


def test_sorting_by_a_header_orders_rows(window, qtbot) -> None:
    table = window.figure_table
    assert table.proxy.rowCount() >= 2
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # value
    model = window.figure_model
    numbers = [model.annotation_at(model.row_of(u)).figure.value for u in _uuids(table)]
    present = [float(n) for n in numbers if n is not None]
    assert present == sorted(present, reverse=True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    surfaces = [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]
    assert surfaces == sorted(surfaces)


def test_row_selection_selects_the_span_in_the_reader_and_back(window, qtbot) -> None:
    table, reader = window.entity_table, window.reader
    table.selectRow(2)
    uuid = table.selected_uuid()
    span = window.session.library.annotation(uuid)
    assert reader.selected_span() == (span.start, span.end)
    assert reader.textCursor().selectedText() == span.quote
    # the cursor moved into another span in the reader selects that row
    other = next(a for a in reader.annotations() if a.kind == "entity" and a.uuid != uuid)
    reader.select_span(other.start, other.start)
    assert table.selected_uuid() == other.uuid
    figure = next(a for a in reader.annotations() if a.kind == "figure")
    reader.select_span(figure.start, figure.end)
    assert window.figure_table.selected_uuid() == figure.uuid
    assert table.selected_uuid() == ""


def test_figure_value_and_approx_edited_in_the_table_are_undoable(window, qtbot) -> None:
    lib, model = window.session.library, window.figure_model
    # a figure with a number (a date's Value cell is its ISO reading, tested on its own)
    first = next(r for r in range(model.rowCount()) if model.annotation_at(r).figure.kind != "date")
    uuid = model.annotation_at(first).uuid
    before = lib.annotation(uuid)
    assert model.setData(model.index(first, 1), "42.5")
    assert lib.annotation(uuid).figure.value == Decimal("42.5")
    assert model.index(model.row_of(uuid), 1).data() == "42.5"
    row = model.row_of(uuid)
    approx = model.index(row, 5)
    target = Qt.CheckState.Unchecked if before.figure.approx else Qt.CheckState.Checked
    assert model.setData(approx, target, Qt.ItemDataRole.CheckStateRole)
    assert lib.annotation(uuid).figure.approx is (not before.figure.approx)
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.annotation(uuid).figure == before.figure
    assert model.annotation_at(model.row_of(uuid)).figure == before.figure  # the row too


def test_an_invalid_figure_value_is_refused_out_loud(window, qtbot) -> None:
    """Issue 11 item 8: "abc" in the value cell changes nothing and says so in the status bar."""
    lib, model = window.session.library, window.figure_model
    uuid = model.annotation_at(0).uuid
    before = lib.annotation(uuid)
    undo_count = window.session.undo_stack.count()
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(model.index(0, 1), "abc")
    assert "abc" in refused.args[0]
    assert "abc" in window.statusBar().currentMessage()
    assert lib.annotation(uuid) == before
    assert window.session.undo_stack.count() == undo_count


def test_kind_delegate_offers_the_figure_kinds_and_writes_the_choice(window) -> None:
    table, model, lib = window.figure_table, window.figure_model, window.session.library
    delegate = table.itemDelegateForColumn(model.KIND_COLUMN)
    assert isinstance(delegate, KindDelegate)
    index = table.proxy.index(0, model.KIND_COLUMN)
    uuid = index.data(ID_ROLE)
    editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == list(model.KINDS)
    assert [editor.itemData(i) for i in range(editor.count())] == list(model.KINDS)  # the keys
    delegate.setEditorData(editor, index)
    assert editor.currentText() == lib.annotation(uuid).figure.kind
    new_kind = next(k for k in model.KINDS if k != editor.currentText())
    editor.setCurrentText(new_kind)
    delegate.setModelData(editor, table.proxy, index)
    assert lib.annotation(uuid).figure.kind == new_kind
    editor.deleteLater()


def test_relabelling_an_entity_as_a_figure_moves_it_between_tables(window, qtbot) -> None:
    reader, entities, figures = window.reader, window.entity_model, window.figure_model
    span = next(a for a in reader.annotations() if a.kind == "entity")
    money = next(lab for lab in window.labels if lab.name == "MONEY")
    reader.setFocus()
    reader.select_span(span.start, span.start)
    window.edit_actions.label_selection(money)
    assert entities.row_of(span.uuid) is None
    row = figures.row_of(span.uuid)
    assert row is not None and figures.index(row, 3).data() == "money"
    assert window.figure_table.selected_uuid() == span.uuid  # still the current span
    assert reader.selected_span() == (span.start, span.start)  # rows moving did not move it
    qtbot.keyClick(reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert figures.row_of(span.uuid) is None
    assert entities.annotation_at(entities.row_of(span.uuid)) == span


def test_enter_in_a_figure_editor_commits_it_and_accepts_nothing_else(window, qtbot) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit

    table, model, lib = window.figure_table, window.figure_model, window.session.library
    row = next(r for r in range(model.rowCount()) if model.annotation_at(r).status == "suggested")
    uuid = model.annotation_at(row).uuid
    # the reader's current span is another suggestion: Enter must not accept it
    other = next(
        a for a in window.reader.annotations() if a.status == "suggested" and a.uuid != uuid
    )
    window.reader.select_span(other.start, other.start)
    statuses = {a.uuid: a.status for a in lib.annotations(window.reader.article_id)}
    index = table.proxy.mapFromSource(model.index(row, 2))  # unit
    count = window.session.undo_stack.count()
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "kg")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lib.annotation(uuid).figure.unit == "kg")
    assert model.index(model.row_of(uuid), 2).data() == "kg"
    assert window.session.undo_stack.count() == count + 1  # the edit, and nothing else
    after = {a.uuid: a.status for a in lib.annotations(window.reader.article_id)}
    del statuses[uuid], after[uuid]
    assert after == statuses


def test_columns_fit_their_text_and_a_dragged_column_keeps_its_width(window, qtbot) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QHeaderView

    from desktop.gui.widgets.tables import MAX_FIT_PX

    table = window.entity_table
    header = table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    metrics = table.fontMetrics()
    for column in (0, 1, 2):
        texts = [table.proxy.index(r, column).data() for r in range(table.proxy.rowCount())][:30]
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        assert min(widest, MAX_FIT_PX - 20) < header.sectionSize(column) <= MAX_FIT_PX, column
    # the user widens the label column by dragging its right edge: switches keep that width
    fitted = header.sectionSize(1)
    edge = header.sectionViewportPosition(1) + header.sectionSize(1) - 1
    y = header.height() // 2
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 60, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 60, y))
    dragged = header.sectionSize(1)
    assert dragged >= fitted + 50
    lib = window.session.library
    other = next(s.id for s in lib.article_summaries() if s.id != window.reader.article_id)
    window.select_article(other)
    assert header.sectionSize(1) == dragged


def test_grouping_choice_is_remembered(window, qtbot, sample_project) -> None:
    from desktop.gui import create_main_window

    window.side_pane.group_box.setChecked(False)
    window.close()  # saves the settings
    again = create_main_window(sample_project)
    qtbot.addWidget(again)
    assert not again.entity_table.grouped
    assert again.entity_table.proxy.rowCount() == again.entity_model.rowCount()
    again.close()


def test_entity_header_counts_as_the_article_list_and_names_the_rejected(window, qtbot) -> None:
    """Issue 11 item 4: rejecting a span takes it out of the header's count (as the list
    counts) and the header says how many were rejected."""
    from desktop.core.edits import SetStatus

    lib = window.session.library
    article_id = window.reader.article_id
    window.side_pane.group_box.setChecked(False)
    target = next(a for a in lib.annotations(article_id) if a.kind == "entity")
    window.session.push(SetStatus(target.uuid, "rejected"))
    summary = window.article_model.summary(window.article_model.row_of(article_id))
    qtbot.waitUntil(
        lambda: f"Entities ({summary.n_entities})" in window.side_pane.entity_caption.text()
    )
    assert "1 rejected" in window.side_pane.entity_caption.text()


def test_a_remembered_table_width_never_hides_the_last_column_in_a_smaller_window(
    window, qtbot, sample_project
) -> None:
    """Column widths saved in a wide window (the last, stretching column then wide too) come
    back in a narrower one without pushing the last column's right-aligned numbers (the
    entity table's Confidence) past the table's edge."""

    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.entity_table.viewport().width() > 300)
    header = window.entity_table.horizontalHeader()
    last = header.count() - 1
    header.resizeSection(last, 1200)  # as wide as it stretched in a large window
    window.close()  # saves the settings
    again = small_window(qtbot, sample_project)
    table = again.entity_table
    header = table.horizontalHeader()
    last = header.count() - 1
    others = sum(header.sectionSize(c) for c in range(last))
    assert others < table.viewport().width() - header.minimumSectionSize()  # the others fit
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert right <= table.viewport().width()  # and so does the Confidence column
    again.close()


def test_the_narrow_columns_say_on_their_headers_what_their_marks_mean(window) -> None:
    """The Status marks (?24), Occurs (2/3), a date's --MM-DD and the approximate flag are
    explained on the columns' headers; the approximate flag is headed by a mark as narrow as
    its check box, so the figure table's Status column is not pushed past the pane's edge."""
    tip = Qt.ItemDataRole.ToolTipRole
    entities, figures = window.entity_table.proxy, window.figure_table.proxy
    assert "? suggested" in entities.headerData(2, Qt.Orientation.Horizontal, tip)
    assert "2/3" in entities.headerData(3, Qt.Orientation.Horizontal, tip)
    assert "least sure" in entities.headerData(4, Qt.Orientation.Horizontal, tip)
    assert "--MM-DD" in figures.headerData(1, Qt.Orientation.Horizontal, tip)
    approx = window.figure_model.APPROX_COLUMN
    assert figures.headerData(approx, Qt.Orientation.Horizontal) == "≈"
    assert "约" in figures.headerData(approx, Qt.Orientation.Horizontal, tip)
    assert "? suggested" in figures.headerData(approx + 1, Qt.Orientation.Horizontal, tip)
    window.figure_table.fit_columns()
    header = window.figure_table.horizontalHeader()
    box = window.figure_table.style().pixelMetric(
        window.figure_table.style().PixelMetric.PM_IndicatorWidth
    )
    assert header.sectionSize(approx) <= box + 48


def test_the_figure_table_fits_its_status_by_eliding_the_metric(window, qtbot) -> None:
    """At 1600x1000 the sample's figures (153,940,000,000; 地区生产总值增长) made the figure
    table's columns wider than its pane, and its Status sat behind a sideways scroll: the
    free-text columns (the figure's metric first, then its text) now give up room, none
    below MIN_TEXT_PX, so every column is in view."""
    from desktop.gui.widgets.tables import MIN_TEXT_PX

    window.resize(1600, 1000)
    table = window.figure_table
    qtbot.waitUntil(lambda: table.viewport().width() > 400)  # the side pane at its width
    table.fit_columns()
    header = table.horizontalHeader()
    last = header.count() - 1
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert right <= table.viewport().width()
    metric = window.figure_model.METRIC_COLUMN
    widest = max(
        table.fontMetrics().horizontalAdvance(table.proxy.index(r, metric).data() or "")
        for r in range(table.proxy.rowCount())
    )
    assert MIN_TEXT_PX <= header.sectionSize(metric) < widest  # elided, not hidden


def _right_edge(table) -> int:
    header = table.horizontalHeader()
    last = max(
        (c for c in range(header.count()) if not header.isSectionHidden(c)),
        key=header.visualIndex,
    )
    return header.sectionViewportPosition(last) + header.sectionSize(last)


def test_the_header_menu_hides_columns_a_narrow_pane_has_no_room_for(
    qtbot, sample_project, tmp_path
) -> None:
    """At 1024x700 the figure table's seven columns did not fit its pane and it scrolled
    sideways. A right-click on a table's header lists its columns (all but the first, the
    span's text) with checks: hiding some fits the rest in view, the last shown column
    stretches, "Show all columns" brings them back, and what is hidden stays hidden in the
    next window (the header's state is saved with the window)."""
    win = small_window_with_warned_page(qtbot, sample_project, tmp_path / "page.txt")
    table = win.figure_table
    qtbot.waitUntil(lambda: table.proxy.rowCount() > 0)
    table.fit_columns()
    assert _right_edge(table) > table.viewport().width()  # the table scrolls sideways
    menu = table.column_menu()
    actions = [a for a in menu.actions() if a.isCheckable()]
    names = [a.text() for a in actions]
    assert names[:4] == ["Value", "Unit", "Kind", "Metric"] and names[-1] == "Status"
    assert names[4].startswith("≈") and "约" in names[4]  # the mark is named by its tip
    assert all(a.isChecked() for a in actions)
    show_all = menu.actions()[-1]
    assert show_all.text() == "Show all columns" and not show_all.isEnabled()
    model = win.figure_model
    actions[0].setChecked(False)  # Value
    actions[model.METRIC_COLUMN - 1].setChecked(False)
    header = table.horizontalHeader()
    assert header.isSectionHidden(1) and header.isSectionHidden(model.METRIC_COLUMN)
    assert _right_edge(table) <= table.viewport().width()  # the rest fit in view
    status = header.count() - 1
    assert header.sectionSize(status) >= table.fontMetrics().horizontalAdvance("Status")
    # hiding the last column hands the stretch to the one before it
    table.set_column_shown(status, False)
    assert _right_edge(table) == table.viewport().width()
    table.set_column_shown(status, True)
    # the next window shows the same columns
    menu.deleteLater()
    win.save_settings()
    win.close()
    again = small_window(qtbot, sample_project)
    header = again.figure_table.horizontalHeader()
    assert [header.isSectionHidden(c) for c in range(header.count())] == [
        c in (1, model.METRIC_COLUMN) for c in range(header.count())
    ]
    menu = again.figure_table.column_menu()
    show_all = menu.actions()[-1]
    assert show_all.isEnabled()
    show_all.trigger()
    assert not any(header.isSectionHidden(c) for c in range(header.count()))
    # the first column cannot be hidden
    again.figure_table.set_column_shown(0, False)
    assert not header.isSectionHidden(0)
    menu.deleteLater()
    again.close()
