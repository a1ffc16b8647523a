"""Issue 11's window items (4, 5, 6, 7, 9, 10), each through the real window."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from desktop.gui import dialogs


@pytest.fixture
def window(window: Any) -> Any:
    """The conftest's real window with its workflows (menus, import, history) as the app has."""
    if getattr(window, "workflows", None) is None:
        dialogs.install(window)
    return window


def _spread_entity(lib: Any) -> tuple[int, str, str]:
    """(article id, quote, label) of the entity quote found in the most articles."""
    where: dict[tuple[str, str], set[int]] = {}
    for summary in lib.article_summaries():
        for ann in lib.annotations(summary.id):
            if ann.kind == "entity":
                where.setdefault((ann.quote, ann.label), set()).add(summary.id)
    (quote, label), ids = max(where.items(), key=lambda kv: len(kv[1]))
    assert len(ids) >= 2, "the sample should repeat an entity across articles"
    return min(ids), quote, label


# --- item 4: apply to all starts the review of each article it changes ------------------------


def test_apply_to_all_across_the_project_marks_new_articles_in_progress(
    qtbot: Any, window: Any
) -> None:
    lib = window.session.library
    article_id, quote, label = _spread_entity(lib)
    other = "ORG" if label != "ORG" else "LOC"
    window.select_article(article_id)
    span = SimpleNamespace(article_id=article_id, quote=quote, label=other, kind="entity")
    dialog = dialogs.apply_to_all(window, span)
    dialog.set_scope("project")
    touched = {occ.article_id for occ in dialog.ticked()}
    assert len(touched) >= 2
    assert all(lib.article(a).status == "new" for a in touched)
    stack = window.session.undo_stack
    before = stack.count()
    dialog.accept()
    assert stack.count() == before + 1  # one undo step
    assert {a: lib.article(a).status for a in touched} == dict.fromkeys(touched, "in_progress")
    model = window.article_model
    shown = {model.summary(row).id: model.summary(row).status for row in range(model.rowCount())}
    assert all(shown[a] == "in_progress" for a in touched)  # the list heard it too
    stack.undo()
    assert {a: lib.article(a).status for a in touched} == dict.fromkeys(touched, "new")


# --- item 7: the article filter matches what the list shows -----------------------------------


def _filter(qtbot: Any, window: Any, text: str) -> list[Any]:
    pane, model = window.article_pane, window.article_model
    with qtbot.waitSignal(model.modelReset, timeout=3000):
        pane.filter_box.setText(text)
    return [model.summary(row) for row in range(model.rowCount())]


def test_article_filter_matches_the_page_column_as_shown(qtbot: Any, window: Any) -> None:
    from desktop.gui.models.articles import page_label

    model = window.article_model
    everything = [model.summary(row) for row in range(model.rowCount())]
    third = next(s for s in everything if s.index == 2)
    shown = page_label(third)  # "000 · 3"
    assert [s.id for s in _filter(qtbot, window, shown)] == [third.id]
    assert {s.id for s in _filter(qtbot, window, "#3")} == {
        s.id for s in everything if s.index == 2
    }
    page = shown.split(" · ")[0]
    assert {s.id for s in _filter(qtbot, window, page)} == {
        s.id for s in everything if page in s.document_name
    }
    # text still found through the index, titles too
    body = window.session.library.article(third.id).text
    words = body[len(body) // 2 : len(body) // 2 + 4]
    assert third.id in {s.id for s in _filter(qtbot, window, words)}
    assert third.id in {s.id for s in _filter(qtbot, window, third.title[:3])}


# --- item 6: the import dialog is busy with words first, and ends with bar and text agreeing ---


def test_import_dialog_says_what_it_reads_then_ends_full_with_the_summary(
    qtbot: Any, window: Any, tmp_path: Any
) -> None:
    from tests.gui.conftest import SAMPLE

    folder = tmp_path / "pages"
    folder.mkdir()
    text = SAMPLE.read_text("utf-8")
    (folder / "a_again.txt").write_text(text, "utf-8")  # already in the project
    (folder / "b_changed.txt").write_text(text + "\n本报讯 新的一段。\n", "utf-8")
    (folder / "c_scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    flows = window.workflows
    flows.import_paths([str(folder)])
    dialog = flows.import_dialog
    assert dialog is not None
    assert dialog.maximum() == 0  # busy, no "0%"
    assert dialog.labelText() == "Reading 3 file(s)…"
    seen: list[tuple[int, int, str]] = []
    dialog.summarised.connect(lambda line: seen.append((dialog.value(), dialog.maximum(), line)))
    qtbot.waitUntil(lambda: flows.import_dialog is None, timeout=60000)
    [(value, maximum, line)] = seen
    assert value == maximum == 3
    assert line.startswith("Imported 1 of 3 pages; 1 already in the project; 1 could not be read")


# --- item 10: Edit > History lists every change and reverts any, after a restart too ----------


def _free_span(lib: Any, aid: int) -> tuple[int, int]:
    text = lib.article(aid).text
    taken = lib.annotations(aid)
    for i in range(len(text) - 2):
        piece = text[i : i + 2]
        if not any(a.start < i + 2 and i < a.end for a in taken) and piece.isalnum():
            return i, i + 2
    raise AssertionError("no free span")


def test_history_reverts_a_change_from_an_earlier_session_as_one_undo_step(
    qtbot: Any, sample_project: Any
) -> None:
    from PySide6.QtCore import Qt

    from desktop.core.edits import AddSpan, Relabel
    from desktop.gui import create_main_window

    first = create_main_window(sample_project)
    qtbot.addWidget(first)
    lib = first.session.library
    aid = lib.article_summaries()[2].id
    start, end = _free_span(lib, aid)
    add = AddSpan(aid, start, end, "ORG")
    assert first.session.push(add)
    assert first.session.push(Relabel(add.uuid, "LOC"))
    first.close()

    win = create_main_window(sample_project)  # a restart: the undo stack is empty
    qtbot.addWidget(win)
    dialogs.install(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    assert win.session.undo_stack.count() == 0
    qtbot.keyClick(win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = win.workflows.history.dialog
    assert dialog is not None and dialog.isVisible()
    entries = dialog.entries()
    assert [e.edit for e in entries[:2]] == ["Relabel", "AddSpan"]  # newest first
    assert entries[0].what.startswith("Relabel ")
    from desktop.gui.models.articles import page_label

    item = dialog.tree.topLevelItem(0)
    summary = win.article_model.summary(win.article_model.row_of(aid))
    assert item.text(2) == page_label(summary)  # with the article, as the list shows it
    assert item.text(0)[:2] == "20"  # a time
    # an imported page is greyed, cannot be reverted, and says why
    page = next(i for i, e in enumerate(entries) if e.edit == "Import")
    dialog.select_entry(entries[page].id)
    assert not dialog.revert_button.isEnabled()
    assert "imported page" in dialog.tree.currentItem().toolTip(1)
    # revert the relabel from the keyboard
    dialog.select_entry(entries[0].id)
    assert dialog.revert_button.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    span = win.session.library.annotation(add.uuid)
    assert span is not None and span.label == "ORG", dialog.status.text()
    assert win.session.undo_stack.count() == 1  # one more undoable step
    assert dialog.entries()[0].edit == "RevertHistory"  # the list grew
    win.session.undo_stack.undo()
    assert win.session.library.annotation(add.uuid).label == "LOC"
    # the add cannot be reverted now: its span was relabelled since; one line says so
    dialog.select_entry(entries[1].id)
    assert not dialog.revert_current()
    assert "changed since" in dialog.status.text()
    assert win.session.library.annotation(add.uuid) is not None
    dialog.close()
    win.close()


# --- item 9: switching the language retranslates the whole window in place, both ways --------


def _window_texts(window: Any) -> dict[str, str]:
    model = window.article_model
    from PySide6.QtCore import Qt

    return {
        "file menu": window.menus["file"].title(),
        "annotate menu": window.menus["annotate"].title(),
        "export": window.workflows.actions["exportDataset"].text(),
        "history": window.workflows.actions["history"].text(),
        "accept": window.edit_actions.accept.text(),
        "label action": window.edit_actions.label_actions[0].text(),
        "language menu": window.workflows.language_menu.title(),
        "recent": window.workflows.recent_menu.title(),
        "articles dock": window.article_dock.windowTitle(),
        "spans dock": window.span_dock.windowTitle(),
        "legend": window.legend.hint.toolTip(),
        "group": window.side_pane.group_box.text(),
        "entities caption": window.side_pane.entity_caption.text(),
        "filter": window.article_pane.filter_box.placeholderText(),
        "find": window.find_bar.edit.placeholderText(),
        "title header": str(model.headerData(1, Qt.Orientation.Horizontal)),
        "article line": window.article_info.text(),
        "undo": window.window_actions["undo"].text(),
    }


def test_language_switch_retranslates_everything_in_place_both_ways(
    qtbot: Any, window: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.gui import i18n

    third = window.article_model.summary(2).id
    window.select_article(third)
    english = _window_texts(window)
    menu = window.workflows.language_menu
    action = {a.data(): a for a in menu.actions()}
    try:
        action["zh_CN"].trigger()  # Qt posts LanguageChange to every widget
        qtbot.waitUntil(lambda: window.menus["file"].title() == "文件(&F)")
        chinese = _window_texts(window)
        same = {k for k in english if english[k] == chinese[k]}
        assert not same, f"left in English: {same}"
        assert chinese["file menu"] == "文件(&F)"
        assert window.reader.article_id == third  # no jump to another article
        assert window.article_pane.current_article_id() == third
        action["en"].trigger()
        qtbot.waitUntil(lambda: window.menus["file"].title() == "&File")
        assert _window_texts(window) == english  # and back, in place
        assert window.reader.article_id == third
    finally:
        i18n.set_language(QApplication.instance(), "en")


# --- item 5: at 1024x700 the reader leads, the legend stays short, cells are whole -----------


def _reader_leads(window: Any) -> bool:
    reader = window.reader.width()
    return (
        reader >= 0.4 * window.width()
        and reader > window.article_dock.width()
        and reader > window.span_dock.width()
    )


def test_at_1024x700_the_reader_is_the_widest_pane_and_nothing_is_cut(
    qtbot: Any, window: Any
) -> None:
    from PySide6.QtCore import Qt

    window.resize(1024, 700)
    qtbot.waitUntil(lambda: _reader_leads(window), timeout=3000)
    assert window.legend.rows() <= 2
    assert window.legend.hint.toolTip().startswith("filled = accepted")  # words never lost
    # the side table: every status mark whole, the last column (Occurs) in view
    table = window.entity_table
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    for grouped in (True, False):
        window.side_pane.group_box.setChecked(grouped)
        for row in range(table.proxy.rowCount()):
            text = str(table.proxy.index(row, 2).data())
            assert metrics.horizontalAdvance(text) <= header.sectionSize(2), text
        assert header.sectionViewportPosition(3) < table.viewport().width() - 20
    status = table.proxy.index(0, 2)
    assert "accepted" in str(status.data(Qt.ItemDataRole.ToolTipRole)) or "suggested" in str(
        status.data(Qt.ItemDataRole.ToolTipRole)
    )
    # growing the window while the docks are at their defaults: all grow, the reader most
    article_before = window.article_dock.width()
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.article_dock.width() > article_before + 50, timeout=3000)
    assert _reader_leads(window)
    assert window.legend.hint.text().startswith("filled")  # room for the words again


def test_a_dragged_dock_keeps_the_users_width(qtbot: Any, window: Any) -> None:
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: _reader_leads(window), timeout=3000)
    qtbot.waitUntil(
        lambda: window._docks_default not in (None, (-1, -1)) and not window._dock_timer.isActive(),
        timeout=3000,
    )
    from PySide6.QtCore import Qt

    window.resizeDocks([window.article_dock], [420], Qt.Orientation.Horizontal)  # as a drag
    qtbot.waitUntil(lambda: abs(window.article_dock.width() - 420) < 10, timeout=3000)
    window.resize(1400, 800)
    qtbot.wait(50)  # let any re-proportioning run (there must be none)
    assert abs(window.article_dock.width() - 420) < 10


def test_after_a_restart_at_1024x700_growing_the_window_grows_the_title_column(
    qtbot: Any, sample_project: Any
) -> None:
    from desktop.gui import create_main_window

    first = create_main_window(sample_project)
    qtbot.addWidget(first)
    first.show()
    first.resize(1024, 700)
    qtbot.waitUntil(lambda: _reader_leads(first), timeout=3000)
    first.close()  # saves the layout at that size

    again = create_main_window(sample_project)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    header = again.article_pane.view.horizontalHeader()
    char = again.article_pane.view.fontMetrics().horizontalAdvance("中")
    again.resize(1600, 1000)
    qtbot.waitUntil(lambda: header.sectionSize(1) >= 10 * char, timeout=3000)
    assert _reader_leads(again)
    again.close()
