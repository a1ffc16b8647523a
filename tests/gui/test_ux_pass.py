"""What a daily user met in the window (a pass at 1600x1000 and 1024x700, English and Chinese),
each through the real window: keyboard-only use and narrow panes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def _press_tab(qtbot: Any, backwards: bool = False) -> QWidget | None:
    before = QApplication.focusWidget()
    assert before is not None
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(before, key, modifier)
    return QApplication.focusWidget()


def test_tab_walks_out_of_every_table_and_round_the_panes(window: Any, qtbot: Any) -> None:
    """Tab in a table moved from cell to cell and never left it (Qt's tabKeyNavigation): the
    keyboard was shut in the entity table. Tab now walks the panes in reading order and
    Shift+Tab back."""
    pane = window.article_pane
    order = [
        pane.filter_box,
        pane.view,
        window.reader,
        window.side_pane.group_box,
        window.entity_table,
        window.figure_table,
    ]
    pane.filter_box.setFocus()
    qtbot.waitUntil(lambda: pane.filter_box.hasFocus())
    for expected in order[1:]:
        assert _press_tab(qtbot) is expected
    back = _press_tab(qtbot, backwards=True)
    assert back is window.entity_table
    # the tables keep their arrows: Down moves the selection, Tab still leaves
    window.entity_table.selectRow(0)
    qtbot.keyClick(window.entity_table, Qt.Key.Key_Down)
    assert window.entity_table.currentIndex().row() == 1
    assert _press_tab(qtbot) is window.figure_table
    # from the article list, Tab reaches the reader (the list no longer walks its cells)
    pane.view.setFocus()
    qtbot.waitUntil(lambda: pane.view.hasFocus())
    assert _press_tab(qtbot) is window.reader


def _first_launch_at(qtbot: Any, sample_project: Any, width: int, height: int) -> Any:
    from desktop.gui import create_main_window

    win = create_main_window(sample_project)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    win.size_docks()
    qtbot.waitUntil(lambda: win._docks_default not in (None, (-1, -1)))
    return win


def test_confidence_column_is_inside_a_narrow_entity_table(qtbot: Any, sample_project: Any) -> None:
    """At 1024x700 on first launch the entity table's last column (Confidence) sat past the
    pane's edge until scrolled: Qt kept the stretched column at its 100 px default. Now every
    column fits, the Confidence cells readable, and a wide pane still gives the text column
    its room."""
    win = _first_launch_at(qtbot, sample_project, 1024, 700)
    table = win.entity_table
    header = table.horizontalHeader()
    last = header.count() - 1

    def right_edge() -> int:
        return header.sectionViewportPosition(last) + header.sectionSize(last)

    qtbot.waitUntil(lambda: right_edge() <= table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    metrics = table.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(str(table.proxy.index(r, last).data()))
        for r in range(table.proxy.rowCount())
    )
    assert header.sectionSize(last) > widest
    assert header.sectionSize(0) >= 70  # the text column keeps a few characters
    narrow_text = header.sectionSize(0)
    win.resize(1600, 1000)
    qtbot.waitUntil(lambda: table.viewport().width() > 400)
    qtbot.waitUntil(lambda: header.sectionSize(0) > narrow_text)
    assert right_edge() <= table.viewport().width()
    win.close()


def _menu_texts(menu: Any) -> list[str]:
    texts = []
    for action in menu.actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts.extend(_menu_texts(action.menu()))
    return texts


def test_a_window_opened_in_chinese_switches_wholly_to_english(
    qapp: Any, qtbot: Any, sample_project: Any
) -> None:
    """Opened in Chinese and switched to English (View > Language), four menu entries (Import
    dataset, Train, two of Annotate's) and the legend's tooltips stayed Chinese: they were
    translated once when made instead of bound to their source."""
    import re

    from desktop.gui import create_main_window, dialogs, i18n

    cjk = re.compile(r"[\u4e00-\u9fff]")
    i18n.set_language(qapp, "zh_CN")
    try:
        win = create_main_window(sample_project)
        qtbot.addWidget(win)
        dialogs.install(win)
        assert any(cjk.search(t) for t in _menu_texts(win.menus["annotate"]))
        i18n.set_language(qapp, "en")

        def stuck() -> list[str]:
            return [
                text
                for menu in win.menus.values()
                for text in _menu_texts(menu)
                if cjk.search(text) and text != "中文 (&C)"  # the language named in its own words
            ]

        qtbot.waitUntil(lambda: "&Open project…" in _menu_texts(win.menus["file"]))
        assert stuck() == []
        tips = [chip.toolTip() for chip in win.legend.chips]
        assert tips and not any(cjk.search(tip) for tip in tips)
        # and back: every entry follows again
        i18n.set_language(qapp, "zh_CN")
        qtbot.waitUntil(lambda: bool(cjk.search(win.workflows.actions["trainModel"].text())))
        assert all(cjk.search(chip.toolTip()) for chip in win.legend.chips[:3])
        win.close()
    finally:
        i18n.set_language(qapp, "en")


def test_export_formats_are_named_in_the_interface_language(
    qapp: Any, qtbot: Any, window: Any
) -> None:
    """File > Export… in Chinese listed "Figures (CSV)" and "brat standoff (folder)" in
    English; the tools' own names (doccano, Label Studio, Markdown) stay as they are."""
    import re

    from desktop.gui import i18n
    from desktop.gui.dialogs.export import ExportDialog

    i18n.set_language(qapp, "zh_CN")
    try:
        dialog = ExportDialog(window.session.library, window)
        qtbot.addWidget(dialog)
        names = {
            dialog.format_box.itemData(i): dialog.format_box.itemText(i)
            for i in range(dialog.format_box.count())
        }
        cjk = re.compile(r"[\u4e00-\u9fff]")
        for fmt in ("brat", "figures-csv", "figures-jsonl"):
            assert cjk.search(names[fmt]), names[fmt]
        assert names["doccano"] == "doccano (JSONL)" and names["markdown"] == "Markdown"
        dialog.set_format("figures-csv")
        assert dialog.fmt() == "figures-csv"  # chosen by key, whatever the name shown
    finally:
        i18n.set_language(qapp, "en")


def test_the_pane_with_the_keyboard_is_framed_in_the_highlight_colour(
    window: Any, qtbot: Any
) -> None:
    """Which pane had the keyboard could not be seen: the style's cue in a view is a dotted
    line round one cell, and a selected row looks the same with and without focus. The
    focused pane is framed in the highlight colour now, the others are not."""
    from PySide6.QtGui import QPalette

    highlight = window.palette().color(QPalette.ColorRole.Highlight).rgb()
    panes = [window.article_pane.view, window.reader, window.entity_table, window.figure_table]

    def edge(widget: QWidget) -> int:
        image = widget.grab().toImage()
        return image.pixel(0, image.height() // 2)

    sizes = {id(p): p.viewport().size() for p in panes}
    for pane in panes:
        pane.setFocus()
        qtbot.waitUntil(pane.hasFocus)
        for other in panes:
            assert (edge(other) == highlight) is (other is pane), other.objectName()
            assert other.viewport().size() == sizes[id(other)]  # the frame shifts nothing


def test_history_gives_the_change_column_the_room(window: Any, qtbot: Any) -> None:
    """Edit > History cut each change's words short ("Label 春节 as…") beside an empty half
    of the list: the column meant to stretch never did."""
    from PySide6.QtWidgets import QHeaderView

    from desktop.gui import dialogs

    dialogs.install(window)
    dialog = window.workflows.history.open()
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    header = tree.header()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    qtbot.waitUntil(
        lambda: sum(header.sectionSize(c) for c in range(3)) >= tree.viewport().width() - 1
    )
    assert header.sectionSize(1) > header.sectionSize(0)
    dialog.close()


def test_the_cheat_sheet_lists_every_key_the_window_binds(window: Any, qtbot: Any) -> None:
    """F1 "shows all keys" (README), but Ctrl+H (History) and Ctrl+Q (Quit) were missing:
    every shortcut of the window's actions must be on the sheet."""
    from PySide6.QtGui import QAction, QKeySequence

    from desktop.gui import dialogs

    dialogs.install(window)
    sheet = window.workflows.help.cheat_sheet_open()
    qtbot.addWidget(sheet)
    listed = " / ".join(row[2] for row in sheet.rows())
    native = QKeySequence.SequenceFormat.NativeText
    missing = sorted(
        {
            (key.toString(native), action.text())
            for action in window.findChildren(QAction)
            for key in action.shortcuts()
            if key.toString(native) and key.toString(native) not in listed
        }
    )
    # Ctrl+Y and Ctrl+Enter are second keys of Redo and of Ctrl+Return's action
    assert [m for m in missing if m[0] not in ("Ctrl+Y", "Ctrl+Enter", "Ctrl+Alt+Enter")] == []
    sheet.close()
