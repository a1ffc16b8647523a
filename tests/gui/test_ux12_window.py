"""What the last user pass (ux11, 1024x700 and 1600x1000, English and Chinese) left, each
through the real widgets:

- the article list's filter hid the article being read while the reader and the side tables
  kept showing it, with nothing saying so;
- a source page's height saved in a larger window came back as is in a smaller one, leaving
  the reader three lines tall at 1024x700;
- the Chinese import summaries joined their parts with ASCII "; " and ": ";
- at 1024x700 with the source page open and long file names, the list's Title column was one
  or two characters wide.
"""

from __future__ import annotations

import json
import types
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from desktop.core.errors import PERMISSION_DENIED
from desktop.core.records import ImportProblem, ImportReport
from desktop.gui import error_text, i18n
from desktop.gui.dialogs.import_progress import summary_line
from tests.gui.conftest import small_window, small_window_with_warned_page


def test_chinese_summaries_use_chinese_punctuation(qapp: QApplication) -> None:
    report = ImportReport(
        imported=("a",),
        skipped=("b",),
        problems=(ImportProblem.of("d.txt", PERMISSION_DENIED),),
        warnings=(ImportProblem("e.json", "e.json: read shrunk"),),
    )
    english = summary_line(report)
    assert english == (
        "Imported 1 of 3 pages; 1 already in the project; 1 could not be read; "
        "1 with a warning: d.txt: Permission denied"
    )
    try:
        i18n.set_language(qapp, "zh_CN")
        chinese = summary_line(report)
        assert "；" in chinese and "：" in chinese, chinese
        assert "; " not in chinese and ": " not in chinese, chinese
        assert chinese.endswith("：d.txt：" + error_text.translate_template("Permission denied"))
    finally:
        i18n.set_language(qapp, "en")


def test_chinese_dataset_totals_use_chinese_punctuation(
    qtbot: Any, window_with_dialogs: Any, tmp_path: Path, qapp: QApplication
) -> None:
    window = window_with_dialogs
    lib = window.session.library
    out = tmp_path / "all.jsonl"
    lib.export("doccano", out, suggestions=True, offsets="codepoints")
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines() if line]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    dialog = window.workflows.importing.open_dataset(str(out))
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=60000)
    preview = types.SimpleNamespace(
        records=3, added=2, removed=0, replaced=0, new_articles=1,
        new_labels=("EVENT", "WORK"), duplicates=("x",),
    )  # fmt: skip
    assert dialog._totals(preview, 1).endswith(
        "; 1 new article(s); new label(s): EVENT, WORK; 1 duplicate record(s), read once"
    )
    try:
        i18n.set_language(qapp, "zh_CN")
        chinese = dialog._totals(preview, 1)
        assert "; " not in chinese and ": " not in chinese and ", " not in chinese, chinese
        assert "；" in chinese and "EVENT、WORK" in chinese, chinese
    finally:
        i18n.set_language(qapp, "en")
    dialog.close()


def test_at_1024x700_with_the_source_page_and_long_names_the_title_keeps_its_share(
    qtbot: Any, sample_project: Path, tmp_path: Path
) -> None:
    """The line over the reader (its file's long name, its warning) no longer pushes the side
    docks in, and in the list the page column, then the counts, give way to the title."""
    from PySide6.QtCore import Qt

    from desktop.gui.widgets.article_list import TITLE_SHARE

    page = tmp_path / "renminribao_1998-01-02_page-05_hocrtools_tesseract303_scan_alice_1.txt"
    win = small_window_with_warned_page(qtbot, sample_project, page)
    qtbot.waitUntil(lambda: win._docks_default not in (None, (-1, -1)))
    win.source_dock.show()
    model = win.article_model
    (row,) = (r for r in range(model.rowCount()) if "alice" in model.summary(r).document_name)
    win.select_article(model.summary(row).id)
    assert "alice" in win.article_info.text() and "⚠" in win.article_info.text()
    view = win.article_pane.view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: win.source_dock.height() > 200)
    # the docks keep their share of the window (the line is cut in the middle instead)
    qtbot.waitUntil(lambda: win.article_dock.width() >= 0.24 * win.width())
    assert win.article_info.minimumSizeHint().width() < 100
    assert win.article_info.is_cut() and win.article_info.shown_text().endswith("warning(s)")

    def title_room() -> bool:
        shown = sum(header.sectionSize(c) for c in range(header.count()))
        return shown >= view.viewport().width() - 1 and header.sectionSize(1) >= int(
            TITLE_SHARE * view.viewport().width()
        )

    qtbot.waitUntil(title_room)
    assert header.sectionSize(1) >= 6 * view.fontMetrics().horizontalAdvance("国")
    # the counts stepped aside (each row's tooltip has them), and come back in a wide list
    assert header.isSectionHidden(3) and header.isSectionHidden(4)
    assert "entities" in str(model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole))
    win.resizeDocks([win.article_dock], [520], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: not header.isSectionHidden(3) and not header.isSectionHidden(4))
    assert header.sectionSize(1) >= TITLE_SHARE * view.viewport().width()
    win.close()


def test_docks_saved_in_a_larger_window_leave_the_reader_its_room(
    qtbot: Any, sample_project: Path
) -> None:
    """A source page dragged to 650 px and side docks to 560 px in a 1600x1000 window, then
    the project opened in a 1024x700 one (a smaller screen): the reader kept three lines.
    The docks now give way down to the reader's least; they stay open."""
    from PySide6.QtCore import Qt

    from desktop.gui import create_main_window
    from desktop.gui.main_window import READER_MIN_PX

    big = create_main_window(sample_project)
    qtbot.addWidget(big)
    big.resize(1600, 1000)
    big.show()
    qtbot.waitExposed(big)
    big.source_dock.show()
    qtbot.waitUntil(lambda: big._source_sized and big.source_dock.height() > 300)
    big.resizeDocks([big.source_dock], [650], Qt.Orientation.Vertical)  # as drags
    big.resizeDocks([big.article_dock, big.span_dock], [560, 560], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: abs(big.source_dock.height() - 650) < 10)
    qtbot.waitUntil(lambda: abs(big.article_dock.width() - 560) < 10)
    big.close()  # saves the layout
    small = small_window(qtbot, sample_project)
    width, height = READER_MIN_PX
    qtbot.waitUntil(lambda: small.reader.height() >= height and small.reader.width() >= width)
    assert small.source_dock.isVisible() and small.source_dock.height() >= 120
    assert small.article_dock.width() >= 180 and small.span_dock.width() >= 180
    # and a window made smaller later keeps it too
    small.resize(1024, 560)
    qtbot.waitUntil(lambda: small.height() == 560)
    qtbot.waitUntil(lambda: small.reader.height() >= height)
    small.close()


def _filter_to(window: Any, qtbot: Any, article_id: int) -> None:
    """Type a filter that lists ``article_id`` alone (its title), as the user does."""
    model = window.article_model
    title = model.summary(model.row_of(article_id)).title
    window.article_pane.filter_box.setText(title)  # keyClicks cannot type Chinese
    qtbot.waitUntil(lambda: window.article_model.article_ids() == [article_id])


def test_a_filter_that_hides_the_article_being_read_says_so(
    window: Any, qtbot: Any, language: str
) -> None:
    """The reader, the side tables and the list agree on one article: the one being read stays
    open (an edit lands where the user sees it), the list shows no row as current, and a strip
    over the reader says the filter hides it, with a button that lists every article again."""
    from PySide6.QtCore import Qt

    from desktop.core import edits

    model, pane, reader = window.article_model, window.article_pane, window.reader
    read, other = model.summary(0).id, model.summary(3).id
    assert reader.article_id == read and not window.filtered_note.isVisibleTo(window)
    _filter_to(window, qtbot, other)
    note = window.filtered_note
    qtbot.waitUntil(lambda: note.isVisibleTo(window))
    assert reader.article_id == read
    assert window.entity_model.article_id == read and window.figure_model.article_id == read
    assert not pane.view.currentIndex().isValid() and not pane.view.selectedIndexes()
    assert model.query and model.query in note.label.text()
    assert ("filter" in note.label.text()) if language == "en" else ("筛选" in note.label.text())
    # an edit made now lands on the article shown, and it stays shown
    free = next(i for i in range(len(reader.text) - 2) if not reader.text[i : i + 2].isspace())
    window.session.push(edits.AddSpan(read, free, free + 2, "PER"))
    assert any(a.start == free for a in window.session.library.annotations(read))
    assert reader.article_id == read and note.isVisibleTo(window)
    # Down in the list opens the listed article: all agree again, the strip goes
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: reader.article_id == other)
    assert window.entity_model.article_id == other and pane.current_article_id() == other
    assert not note.isVisibleTo(window)
    # an article opened while the filter hides it (Find in project, an undo) says so too, and
    # "Show all articles" lists them all with its row current, not the row current before
    window.select_article(read)
    assert note.isVisibleTo(window) and not pane.view.currentIndex().isValid()
    qtbot.mouseClick(note.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() > 1)
    assert pane.filter_box.text() == "" and pane.current_article_id() == read
    assert reader.article_id == read and not note.isVisibleTo(window)
