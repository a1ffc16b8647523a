"""Chinese and English through Qt translations: the catalogue is complete, compiled, and used."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from desktop.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = i18n.TRANSLATIONS / "newsdesk_zh_CN.ts"
BIN = Path(sys.executable).parent


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    i18n.set_language(qapp, "en")  # leave the shared QApplication in English


def _messages(ts: Path) -> list[ET.Element]:
    return [m for ctx in ET.parse(ts).getroot() for m in ctx.findall("message")]


def test_chinese_setting_translates_menus_and_dialogs(app: QApplication) -> None:
    i18n.set_language(app, "zh_CN")
    assert QCoreApplication.translate("menu", "&Export…") == "导出(&E)…"
    assert QCoreApplication.translate("SearchDialog", "Find in project") == "在项目中查找"
    assert QCoreApplication.translate("import", "Imported %n page(s)", "", 3) == "已导入 3 个版面"
    assert i18n.chosen_language() == "zh_CN"


def test_switching_back_to_english_and_the_choice_is_remembered(app: QApplication) -> None:
    i18n.set_language(app, "zh_CN")
    i18n.set_language(app, "en")
    assert QCoreApplication.translate("menu", "&Export…") == "&Export…"
    assert i18n.chosen_language() == "en"
    i18n.install_translator(app)  # a restart reads the setting again
    assert QCoreApplication.translate("menu", "&Export…") == "&Export…"


def test_following_the_system_locale(app: QApplication) -> None:
    assert i18n.system_language(QLocale("zh_CN")) == "zh_CN"
    assert i18n.system_language(QLocale("zh_TW")) == "zh_CN"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    i18n.set_language(app, "")
    assert i18n.chosen_language() == ""


def test_unknown_language_is_refused(app: QApplication) -> None:
    with pytest.raises(ValueError, match="klingon"):
        i18n.set_language(app, "klingon")


def test_every_message_in_the_catalogue_is_translated() -> None:
    unfinished = [
        m.findtext("source")
        for m in _messages(TS)
        if (m.find("translation") is None) or m.find("translation").get("type") in ("unfinished",)  # type: ignore[union-attr]
    ]
    assert unfinished == []


def test_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(BIN)) or shutil.which("lrelease")
    if lrelease is None:
        pytest.skip("no lrelease")
    out = tmp_path / "check.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == i18n.catalogue("zh_CN").read_bytes(), (
        "run pyside6-lrelease resources/translations/newsdesk_zh_CN.ts"
    )


def test_cheat_sheet_speaks_the_chosen_language(app: QApplication, qtbot) -> None:
    from desktop.gui.dialogs.shortcuts import CheatSheetDialog

    i18n.set_language(app, "zh_CN")
    sheet = CheatSheetDialog()
    qtbot.addWidget(sheet)
    actions = [row[1] for row in sheet.rows()]
    assert sheet.windowTitle() == "键盘快捷键"
    assert "在阅读区选择文本" in actions and "导入版面…" in actions
