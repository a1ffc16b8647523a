"""Edit > History speaks the interface language: the English descriptions the history keeps
(also those a project written earlier kept) are shown translated, and as stored when no
template wrote them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.gui import dialogs, i18n


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[QApplication]:
    i18n.set_language(qapp, "zh_CN")
    yield qapp
    i18n.set_language(qapp, "en")  # leave the shared QApplication in English


def _free_span(lib: Any, aid: int) -> tuple[int, int]:
    text = lib.article(aid).text
    taken = lib.annotations(aid)
    for i in range(len(text) - 2):
        piece = text[i : i + 2]
        if not any(a.start < i + 2 and i < a.end for a in taken) and piece.isalnum():
            return i, i + 2
    raise AssertionError("no free span")


def _shown(dialog: Any) -> dict[str, str]:
    """Column "Change" by the row's kind of change (the newest row of each kind)."""
    out: dict[str, str] = {}
    for i in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(i)
        out.setdefault(dialog.entries()[i].edit, item.text(1))
    return out


def test_history_in_chinese_shows_chinese_descriptions(
    qtbot: Any, chinese: QApplication, sample_project: Path
) -> None:
    from desktop.core.edits import AddSpan, Relabel, SetReviewStatus
    from desktop.gui import create_main_window

    # an earlier session (or an earlier newsdesk) wrote the rows, in English
    first = create_main_window(sample_project)
    qtbot.addWidget(first)
    lib = first.session.library
    aid = lib.article_summaries()[1].id
    start, end = _free_span(lib, aid)
    quote = lib.article(aid).text[start:end]
    add = AddSpan(aid, start, end, "ORG")
    assert first.session.push(add)
    assert first.session.push(Relabel(add.uuid, "LOC"))
    assert first.session.push(SetReviewStatus(aid, "reviewed"))
    first.session.undo_stack.undo()  # an "Undo Mark article as reviewed" row
    first.close()
    with sqlite3.connect(sample_project) as conn:  # words no template of ours wrote
        conn.execute(
            "INSERT INTO history (at, edit, description, before, after) "
            "VALUES ('2020-01-01T00:00:00+00:00', 'MergeArticles', 'Merge two articles', "
            "'{}', '{}')"
        )
    conn.close()

    win = create_main_window(sample_project)
    qtbot.addWidget(win)
    dialogs.install(win)
    dialog = win.workflows.history.open()
    qtbot.waitExposed(dialog)
    stored = {e.edit: e.what for e in reversed(dialog.entries())}
    assert stored["Relabel"] == f"Relabel {quote} as LOC"  # the file keeps English
    shown = _shown(dialog)
    assert shown["AddSpan"] == f"将 {quote} 标注为 ORG"
    assert shown["Relabel"] == f"将 {quote} 改标为 LOC"
    assert shown["UndoSetReviewStatus"] == "撤销 将文章标记为 已审阅"
    page = next(e.what for e in dialog.entries() if e.edit == "Import")
    assert shown["Import"] == "导入 " + page.removeprefix("Import ")
    assert shown["MergeArticles"] == "Merge two articles"  # unknown words: as stored
    row = next(i for i, e in enumerate(dialog.entries()) if e.edit == "Relabel")
    assert dialog.tree.topLevelItem(row).toolTip(1) == shown["Relabel"]

    # a revert names what it reverted, in Chinese, in the list and below it
    relabel = next(e for e in dialog.entries() if e.edit == "Relabel")
    assert dialog.select_entry(relabel.id)
    assert dialog.revert_current(), dialog.status.text()
    assert dialog.status.text() == f"已撤回：将 {quote} 改标为 LOC"
    assert _shown(dialog)["RevertHistory"] == f"撤回 将 {quote} 改标为 LOC"
    assert win.session.undo_stack.undoText().endswith(f"撤回 将 {quote} 改标为 LOC")

    # switching to English shows the stored words again, in place
    i18n.set_language(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: _shown(dialog)["Relabel"] == f"Relabel {quote} as LOC")
    assert _shown(dialog)["UndoSetReviewStatus"] == "Undo Mark article as reviewed"
    dialog.close()
    win.close()
