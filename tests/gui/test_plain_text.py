"""Page text and paths are shown as typed, never as markup (issue 12, item 17): an ``<img>`` in
a page or a path used to render in the find-in-project tooltips and the error dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextDocument

from desktop.core.library import Library
from desktop.gui.dialogs.search import SearchDialog
from tests.core.test_store import synthetic_prepared

MARKUP = "<img src='x.png'>"


def _shown(tooltip: str) -> str:
    """What Qt draws for ``tooltip`` (rich text when it looks like it)."""
    doc = QTextDocument()
    doc.setHtml(tooltip)
    return doc.toPlainText()


def test_search_tooltips_show_page_text_as_typed(qtbot: Any, tmp_path: Path) -> None:
    with Library.open(tmp_path / "p.sqlite") as lib:
        lib.store_prepared(
            synthetic_prepared("p.txt", ((f"{MARKUP}标题", "县长王小明出席会议。"),))
        )
        dialog = SearchDialog(lib)
        qtbot.addWidget(dialog)
        dialog.query_edit.setText("王小明")
        dialog.run_search()
        tooltip = dialog.results.item(0).toolTip()
        assert MARKUP in _shown(tooltip)


def test_the_cannot_open_message_shows_a_path_as_typed(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "<img src=x>"
    folder.mkdir()
    bad = folder / "notes.sqlite"
    bad.write_text("not a project\n" * 50)
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.gui.projects.QMessageBox.warning", lambda _p, _t, text: shown.append(text)
    )
    from desktop.gui import dialogs

    dialogs.install(window)
    assert window.workflows.open_project(bad) is None
    assert str(bad) in _shown(shown[0])
