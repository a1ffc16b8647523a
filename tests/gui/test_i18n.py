"""Chinese and English through Qt translations: the catalogue is complete, compiled, and used."""

from __future__ import annotations

import os
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


def test_a_chinese_system_gets_the_chinese_interface_by_default(tmp_path: Path) -> None:
    """Nothing chosen yet: the language follows the system locale (LANG), in a fresh process."""
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from desktop.gui import i18n\n"
        "i18n.install_translator(app)\n"
        "print(i18n.chosen_language() or '-', QCoreApplication.translate('menu', '&Export…'))\n"
    )
    outputs = {}
    for lang in ("zh_CN.UTF-8", "en_US.UTF-8"):
        env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
        env.update(LANG=lang, LANGUAGE="", XDG_CONFIG_HOME=str(tmp_path))  # no setting yet
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr[-1000:]
        outputs[lang] = out.stdout.strip()
    assert outputs == {"zh_CN.UTF-8": "- 导出(&E)…", "en_US.UTF-8": "- &Export…"}
