"""The window shows what the page and the figures know: a date's ISO value in the figure
table (edited with a check, undoable), the printed page and the page furniture in the article
list, paper and date in the reader's header line (issues 9 and 10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.core.test_page_meta_carry import dated_prepared
from tests.core.test_store import synthetic_prepared

FURNITURE = "山河日报 · 2025-03-01 · 第3版"


@pytest.fixture
def dated_window(qtbot, tmp_path: Path):
    """The real window on a project of one OCR-like page with furniture and a date figure,
    and one plain-text page without."""
    from desktop.core.library import Library
    from desktop.gui import create_main_window

    path = tmp_path / "p.sqlite"
    with Library.open(path) as lib:
        lib.store_prepared(dated_prepared("page.txt"))
        lib.store_prepared(synthetic_prepared("plain.txt"))
    win = create_main_window(path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


def _date_row(window) -> int:
    model = window.figure_model
    rows = [r for r in range(model.rowCount()) if model.annotation_at(r).figure.kind == "date"]
    assert len(rows) == 1
    return rows[0]


def _first_article_of(window, document: str) -> int:
    model = window.article_model
    return next(
        model.summary(r).id
        for r in range(model.rowCount())
        if model.summary(r).document_name == document
    )


def test_a_date_figure_shows_its_iso_value_and_edits_it_undoably(dated_window, qtbot) -> None:
    window = dated_window
    window.select_article(_first_article_of(window, "page.txt"))
    model, lib = window.figure_model, window.session.library
    row = _date_row(window)
    uuid = model.annotation_at(row).uuid
    assert model.index(row, 1).data() == "2025-02-22"
    assert model.index(row, 1).data(Qt.ItemDataRole.EditRole) == "2025-02-22"
    assert model.flags(model.index(row, 1)) & Qt.ItemFlag.ItemIsEditable
    money = next(
        r for r in range(model.rowCount()) if model.annotation_at(r).figure.kind == "money"
    )
    assert model.index(money, 1).data() == "1,250,000,000"  # numbers as before

    assert model.setData(model.index(row, 1), " 2024-02-22 ")
    assert lib.annotation(uuid).figure.iso == "2024-02-22"
    assert model.index(model.row_of(uuid), 1).data() == "2024-02-22"
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.annotation(uuid).figure.iso == "2025-02-22"
    assert model.index(model.row_of(uuid), 1).data() == "2025-02-22"


def test_an_impossible_date_is_refused_out_loud(dated_window, qtbot) -> None:
    window = dated_window
    window.select_article(_first_article_of(window, "page.txt"))
    model, lib = window.figure_model, window.session.library
    row = _date_row(window)
    uuid = model.annotation_at(row).uuid
    before = lib.annotation(uuid)
    undo_count = window.session.undo_stack.count()
    for typed in ("2025-02-30", "明天", "42"):
        with qtbot.waitSignal(model.edit_refused) as refused:
            assert not model.setData(model.index(row, 1), typed)
        assert typed in refused.args[0] and "2025-02-22" in refused.args[0]
        assert typed in window.statusBar().currentMessage()
    assert lib.annotation(uuid) == before
    assert window.session.undo_stack.count() == undo_count


def test_the_article_list_shows_the_printed_page_and_the_furniture(dated_window) -> None:
    model = dated_window.article_model
    rows = {model.summary(r).document_name: r for r in range(model.rowCount())}
    dated, plain = rows["page.txt"], rows["plain.txt"]
    assert model.index(dated, 0).data().startswith("第3版 · ")
    assert model.index(plain, 0).data().startswith("plain · ")
    tip = model.index(dated, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert FURNITURE in tip and "page.txt" in tip
    assert "山河日报" not in model.index(plain, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_the_header_line_names_paper_and_date_when_known(dated_window, qtbot) -> None:
    window = dated_window
    window.select_article(_first_article_of(window, "page.txt"))
    info = window.article_info.text()
    assert info.startswith("山河日报 · 2025-03-01  ·  page.txt  ·  article 1")
    window.select_article(_first_article_of(window, "plain.txt"))
    qtbot.waitUntil(lambda: "plain.txt" in window.article_info.text())
    assert window.article_info.text().startswith("plain.txt  ·  article 1")
