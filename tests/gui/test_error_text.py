"""Core errors reach the window in its language: the Chinese interface shows the problem in
Chinese with the file's name as it is; the English one shows the core's English line."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core.errors import DatasetError, PageError, Problem, Template, all_templates
from desktop.core.records import ImportProblem
from desktop.gui import error_templates, i18n
from desktop.gui.error_text import error_text, listing, problem_text
from desktop.gui.runner import one_line

BINARY_ZH = "像是二进制文件（含有 NUL 字节），不是文本"
BINARY_EN = "looks like a binary file (it has NUL bytes), not text"
NOT_PROJECT_ZH = "不是 newsdesk 项目（不是 SQLite 文件）"
NOT_PROJECT_EN = "not a newsdesk project (not an SQLite file)"


@pytest.fixture
def window(window_with_dialogs: Any) -> Any:
    return window_with_dialogs


def _binary(folder: Path) -> Path:
    path = folder / "扫描件 第1版.txt"  # a Chinese name with a space is kept as it is
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return path


def test_importing_a_binary_file_names_it_in_the_window_s_language(
    qtbot: Any, window: Any, tmp_path: Path, language: str
) -> None:
    binary = _binary(tmp_path)
    flows = window.workflows
    flows.import_paths([str(binary)])
    qtbot.waitUntil(lambda: flows.import_dialog is None, timeout=60000)
    box = flows.problems_box
    assert box is not None and box.isVisible()
    problem = BINARY_ZH if language == "zh_CN" else BINARY_EN
    colon = "：" if language == "zh_CN" else ": "  # the interface's punctuation
    assert box.detailedText().splitlines() == [f"{binary}{colon}{problem}"]
    assert box.text().endswith(f"{colon}{binary}{colon}{problem}")  # quotes the first one
    box.close()


def test_opening_a_file_that_is_not_a_project_says_so_in_the_window_s_language(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    bad = tmp_path / "笔记.sqlite"
    bad.write_text("not a database, just notes\n" * 50)
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.gui.projects.QMessageBox.warning", lambda _p, _t, text: shown.append(text)
    )
    assert window.workflows.open_project(bad) is None
    assert len(shown) == 1
    line = html.unescape(re.sub(r"<[^>]+>", "", shown[0]))
    problem = NOT_PROJECT_ZH if language == "zh_CN" else NOT_PROJECT_EN
    colon = "：" if language == "zh_CN" else ": "
    assert line == f"{bad}{colon}{problem}"


def test_a_refused_dataset_is_named_in_the_window_s_language(
    qtbot: Any, window: Any, tmp_path: Path, language: str
) -> None:
    """The preview is read on a worker thread: its error crosses the runner translated."""
    bad = tmp_path / "标注.jsonl"
    bad.write_text("[1, 2]\n", "utf-8")
    dialog = window.workflows.importing.open_dataset(str(bad))
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=60000)
    assert dialog.error_label.isVisible()
    problem = "第 1 行：不是 JSON 对象" if language == "zh_CN" else "line 1: not a JSON object"
    colon = "：" if language == "zh_CN" else ": "
    assert dialog.error_label.text() == f"{bad}{colon}{problem}"


def test_background_task_errors_and_nested_phrases_are_translated(
    qapp: QApplication,
) -> None:
    from desktop.core.export import labelstudio

    exc = DatasetError(
        "tasks.json", labelstudio.NO_LABELS(where=labelstudio.TASK_RESULT(task=3, result=2))
    )
    i18n.set_language(qapp, "zh_CN")
    try:
        assert one_line(exc) == 'tasks.json：任务 3 的结果 2："value" 中没有 "labels" 列表'
    finally:
        i18n.set_language(qapp, "en")
    assert one_line(exc) == str(exc)


def test_untranslated_or_plain_problems_stay_english(qapp: QApplication) -> None:
    new = Template("has a brand-new problem ({detail})")  # no translation yet
    i18n.set_language(qapp, "zh_CN")
    try:
        assert (
            error_text(PageError("a.txt", new(detail="x"))) == "a.txt: has a brand-new problem (x)"
        )
        assert error_text(PageError("a.txt", "plain words {not a field}")) == str(
            PageError("a.txt", "plain words {not a field}")
        )
        assert error_text(ValueError("ours")) == "ours"
        legacy = ImportProblem("b.txt", "b.txt: binary file")  # no template kept
        assert problem_text(legacy) == "b.txt: binary file"
        kept = ImportProblem.of("c.txt", Problem("is empty"))
        assert problem_text(kept) == "c.txt：是空文件"
    finally:
        i18n.set_language(qapp, "en")


def test_the_listing_for_lupdate_holds_every_core_template() -> None:
    """desktop/gui/error_templates.py is what lupdate reads: regenerate it with
    resources/translations/update.sh when a template is added or changed."""
    assert tuple(t.text for t in all_templates()) == error_templates.TEMPLATES
    assert "QT_TRANSLATE_NOOP" in listing()
