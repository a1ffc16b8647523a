"""Every menu and menu entry of the window has an Alt-letter mnemonic, unique within its menu,
in English and in Chinese (the catalogue's conventional form "导入版面(&I)…")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from desktop.gui import mnemonics


def _menus(window: Any) -> Iterator[tuple[str, QMenu | None, list[Any]]]:
    """(name, menu, its entries) for the menu bar and every menu below it."""
    bar = window.menuBar()
    yield "menu bar", None, bar.actions()
    todo = [a.menu() for a in bar.actions() if a.menu() is not None]
    while todo:
        menu = todo.pop()
        entries = menu.actions()
        yield menu.title(), menu, entries
        todo.extend(a.menu() for a in entries if a.menu() is not None)


def _problems(window: Any) -> list[str]:
    found = []
    for name, _menu, entries in _menus(window):
        seen: dict[str, str] = {}
        for action in entries:
            if action.isSeparator() or not action.text():
                continue
            key = mnemonics.letter(action.text())
            if not key:
                found.append(f"{name}: {action.text()!r} has no mnemonic")
            elif key in seen:
                found.append(f"{name}: {action.text()!r} and {seen[key]!r} share {key}")
            else:
                seen[key] = action.text()
    return found


@pytest.fixture
def full_window(window: Any, tmp_path: Path) -> Any:
    """The window with its workflows, and a recent project listed."""
    from desktop.gui import dialogs, recent

    other = tmp_path / "a&b.sqlite"
    other.write_bytes(b"")  # the list shows files that exist
    recent.add_recent_project(other)
    dialogs.install(window)
    return window


def test_every_menu_entry_has_its_own_mnemonic(full_window: Any) -> None:
    entries = sum(len(e) for _n, _m, e in _menus(full_window))
    assert entries > 40  # the walk reached the submenus (labels, recent, language)
    assert _problems(full_window) == []


def test_the_mnemonics_hold_in_chinese_and_keep_the_conventional_form(
    qapp: QApplication, qtbot: Any, full_window: Any
) -> None:
    from desktop.gui import i18n

    i18n.set_language(qapp, "zh_CN")
    try:
        qtbot.waitUntil(lambda: full_window.menus["file"].title() == "文件(&F)")
        qtbot.waitUntil(lambda: full_window.label_menu.title() == "标注为(&L)")
        assert _problems(full_window) == []
        texts = [a.text() for _n, _m, e in _menus(full_window) for a in e if a.text()]
        assert "导入版面(&I)…" in texts
    finally:
        i18n.set_language(qapp, "en")


def test_data_in_an_entry_is_shown_not_taken_as_a_mnemonic() -> None:
    used: set[str] = set()
    assert mnemonics.mark("R&D", used) == "&R&&D" and used == {"R"}
    assert mnemonics.mark("人名", used, prefer="k") == "人名 (&K)"
    assert mnemonics.letter("a&&b") == "" and mnemonics.letter("导入(&I)…") == "I"
    assert mnemonics.plain("Label as &R&&D") == "Label as R&D"


def test_a_recent_file_with_an_ampersand_is_shown_whole(full_window: Any) -> None:
    recent_menu = full_window.workflows.recent_menu
    texts = [a.text() for a in recent_menu.actions() if a.data()]
    assert "&1 a&&b.sqlite" in texts
