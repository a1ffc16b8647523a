"""Issue 11 item 2 in the window: "Allow nested spans" (Edit menu) is the project's choice,
checkable and undoable; the apply-to-all preview ticks occurrences inside a longer entity only
when it is on (they keep their "⊂" marker); the window's export then allows overlap."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.gui import dialogs
from desktop.gui.dialogs.apply_all import ApplyToAllDialog
from tests.gui.test_dialogs import _CountingLibrary


@pytest.fixture
def window(window: Any) -> Any:
    if getattr(window, "workflows", None) is None:
        dialogs.install(window)
    return window


def _nested_action(window: Any) -> Any:
    edit_menu = window.menus["edit"]
    found = [a for a in edit_menu.actions() if a.objectName() == "nestedSpansAction"]
    assert len(found) == 1
    return found[0]


def test_allow_nested_spans_is_checkable_undoable_and_stored(qtbot: Any, window: Any) -> None:
    lib = window.session.library
    action = _nested_action(window)
    assert action.isCheckable() and not action.isChecked() and not lib.nested_spans()
    assert action.text() == "Allow nested &spans"
    stack = window.session.undo_stack
    before = stack.count()
    action.trigger()
    assert action.isChecked() and lib.nested_spans()
    assert stack.count() == before + 1 and stack.undoText() == "Allow nested spans"
    assert lib.history(1)[0]["edit"] == "SetNestedSpans"
    window.window_actions["undo"].trigger()
    qtbot.waitUntil(lambda: not action.isChecked())
    assert not lib.nested_spans()
    window.window_actions["redo"].trigger()
    qtbot.waitUntil(action.isChecked)
    assert lib.nested_spans()
    action.trigger()  # off again: one more step
    assert not action.isChecked() and not lib.nested_spans()
    assert stack.undoText() == "Disallow nested spans"


def test_apply_to_all_reads_the_setting_from_the_window(qtbot: Any, window: Any) -> None:
    lib = window.session.library
    article_id = lib.article_summaries()[0].id
    quote = next(a.quote for a in lib.annotations(article_id) if a.kind == "entity")
    span = SimpleNamespace(article_id=article_id, quote=quote, label="ORG", kind="entity")
    flat = dialogs.apply_to_all(window, span)
    assert flat.model.nested is False
    flat.reject()
    _nested_action(window).trigger()
    nested = dialogs.apply_to_all(window, span)
    assert nested.model.nested is True
    nested.reject()


def test_tick_all_includes_inner_occurrences_when_nested_spans_are_allowed(qtbot: Any) -> None:
    lib = _CountingLibrary(articles=3, per_article=2)
    lib.nested = True
    dialog = ApplyToAllDialog(lib, 0, "某地", "LOC")
    qtbot.addWidget(dialog)
    assert dialog.count_label.text() == "6 of 6 ticked"  # the inner two start ticked too
    dialog.model.set_all(False)
    dialog.model.set_all(True)
    assert dialog.count_label.text() == "6 of 6 ticked"
    inner = next(r for r in range(6) if dialog.inside(dialog.occurrences()[r]) is not None)
    assert "⊂ 某地公司 [ORG]" in dialog.model.row_text(inner)  # still marked
    tip = dialog.model.data(dialog.model.index(inner), Qt.ItemDataRole.ToolTipRole)
    assert "allows nested spans" in tip
    assert len(dialog.edit().targets) == 6


def test_the_windows_export_reads_the_setting(qtbot: Any, window: Any, tmp_path: Path) -> None:
    def export(out: Path) -> str:
        dialog = window.workflows.export_dialog_open()
        dialog.set_format("brat")
        dialog.out_edit.setText(str(out))
        with qtbot.waitSignal(dialog.exported, timeout=60000):
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return (out / "annotation.conf").read_text("utf-8")

    assert "<OVERLAP>" not in export(tmp_path / "flat")
    _nested_action(window).trigger()
    assert "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>" in export(tmp_path / "nested")


def test_the_item_and_its_undo_text_speak_chinese(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.gui import i18n

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.set_language(app, "zh_CN")
    try:
        action = _nested_action(window)
        qtbot.waitUntil(lambda: action.text() == "允许嵌套标注(&S)")
        action.trigger()
        assert window.session.undo_stack.undoText() == "允许嵌套标注"
    finally:
        i18n.set_language(app, "en")
