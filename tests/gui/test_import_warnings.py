"""The window tells the user what the reader warned of a page it imported all the same.

Right after the import: the status bar's summary and the import's box name each file with its
warning, in the interface's language. Later, after the project is opened again: the page's
rows in the article list carry a warning sign with the warnings in their tooltip, the line over
the reader says the page was imported with a warning, and the source pane shows them over the
page. A page without warnings shows none of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.gui import i18n

RAPIDOCR = Path(__file__).resolve().parents[1] / "data" / "ocr" / "rapidocr"
SHRUNK_PAGE = RAPIDOCR / "test16" / "page-04.json"
SHRUNK_EN = (
    "its boxes show it was read shrunk to about 1/1.54 of its size (RapidOCR and PaddleOCR "
    "shrink a page past max_side_len, 2,000 px by default, and lose text on tall pages): read "
    "it again with max_side_len=3000 for better articles"
)
SHRUNK_ZH = "从文字框坐标看，识别时版面被缩小到约 1/1.54"
MARKUP_EN = "contains 2 markup-like tag(s) (<b>, </b>); kept as plain text"
MARKUP_ZH = "含有 2 个像是标记的标签（<b>, </b>）；已按纯文本保留"
SAMPLE_NAME = "000_d93c9dc7b4603325.txt"


def _markup_page(folder: Path) -> Path:
    path = folder / "标记 第2版.txt"  # a Chinese name with a space is named as it is
    path.write_text("第二版\n\n正文<b>加粗</b>的一段话，说了一件事。\n", "utf-8")
    return path


def _import(qtbot: Any, window: Any, paths: list[Path]) -> Any:
    flows = window.workflows
    flows.import_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: flows.import_dialog is None, timeout=120000)
    return flows.problems_box


def test_the_import_names_each_file_with_its_warning_in_the_window_s_language(
    qtbot: Any, window_with_dialogs: Any, tmp_path: Path, language: str
) -> None:
    window = window_with_dialogs
    markup = _markup_page(tmp_path)
    clean = tmp_path / "clean.txt"  # no warning: not named
    clean.write_text("第三版\n\n一段没有标签的正文，说了另一件事。\n", "utf-8")
    box = _import(qtbot, window, [SHRUNK_PAGE, markup, clean])
    assert box is not None and box.isVisible()
    assert not box.isModal() and box.windowModality() == Qt.WindowModality.NonModal
    lines = sorted(box.detailedText().splitlines())
    # named in the box itself too, as typed (plain text: the markup warning quotes <b>)
    assert sorted(box.informativeText().split("\n\n")) == lines
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert informative is not None and informative.textFormat() == Qt.TextFormat.PlainText
    if language == "en":
        assert box.windowTitle() == "Import warnings"
        assert box.text() == "Imported 3 page(s); 2 with a warning"
        assert lines == sorted([f"{SHRUNK_PAGE}: {SHRUNK_EN}", f"{markup}: {MARKUP_EN}"])
    else:
        assert box.windowTitle() == "导入警告"
        assert "2 个有警告" in box.text()
        assert len(lines) == 2
        shrunk = next(line for line in lines if line.startswith(f"{SHRUNK_PAGE}："))
        assert SHRUNK_ZH in shrunk and "max_side_len=3000" in shrunk
        assert f"{markup}：{MARKUP_ZH}" in lines  # Chinese punctuation (ux12)
    # the status bar's summary quotes the first warning, naming its file
    message = window.statusBar().currentMessage()
    colon = ": " if language == "en" else "："
    assert message.startswith(box.text() + colon)
    assert message.removeprefix(box.text() + colon) in lines
    box.close()


def _rows_of(window: Any, name: str) -> list[int]:
    model = window.article_model
    return [r for r in range(model.rowCount()) if model.summary(r).document_name == name]


def test_a_page_with_warnings_is_marked_after_the_project_is_opened_again(
    qtbot: Any, window_with_dialogs: Any, sample_project: Path, tmp_path: Path
) -> None:
    from desktop.gui import create_main_window

    markup = _markup_page(tmp_path)
    _import(qtbot, window_with_dialogs, [SHRUNK_PAGE, markup]).close()
    window_with_dialogs.close()
    window = create_main_window(sample_project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.article_model
    shrunk_rows, sample_rows = _rows_of(window, "page-04.json"), _rows_of(window, SAMPLE_NAME)
    assert shrunk_rows and sample_rows
    for row in shrunk_rows:
        index = model.index(row, 0)
        assert index.data(Qt.ItemDataRole.DecorationRole) is not None
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert "When this page was imported:" in tip and SHRUNK_EN in tip
    for row in sample_rows:
        index = model.index(row, 0)
        assert index.data(Qt.ItemDataRole.DecorationRole) is None
        assert "imported:" not in index.data(Qt.ItemDataRole.ToolTipRole)
    # the tags a warning quotes show as typed, not as markup (a rich-text tooltip, escaped)
    (row, *_) = _rows_of(window, markup.name)
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "(&lt;b&gt;, &lt;/b&gt;)" in tip and "<b>" not in tip

    window.source_dock.show()
    qtbot.waitUntil(window.source_dock.isVisible)
    window.select_article(model.summary(shrunk_rows[0]).id)
    qtbot.waitUntil(lambda: window.source_pane.warnings_note.isVisible())
    assert window.source_pane.warnings_note.text() == f"⚠ {SHRUNK_EN}"
    assert "⚠ imported with 1 warning(s)" in window.article_info.text()
    assert SHRUNK_EN in window.article_info.toolTip()

    window.select_article(model.summary(sample_rows[0]).id)
    qtbot.waitUntil(lambda: not window.source_pane.warnings_note.isVisible())
    assert "⚠" not in window.article_info.text() and window.article_info.toolTip() == ""
    window.close()


def test_the_marks_follow_the_interface_language(
    qtbot: Any, window_with_dialogs: Any, qapp: QApplication
) -> None:
    window = window_with_dialogs
    _import(qtbot, window, [SHRUNK_PAGE]).close()
    (row, *_) = _rows_of(window, "page-04.json")
    window.source_dock.show()
    qtbot.waitUntil(window.source_dock.isVisible)
    window.select_article(window.article_model.summary(row).id)
    try:
        i18n.set_language(qapp, "zh_CN")
        tip = window.article_model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert "导入此版面时：" in tip and SHRUNK_ZH in tip
        qtbot.waitUntil(lambda: SHRUNK_ZH in window.source_pane.warnings_note.text())
        assert "导入时有 1 条警告" in window.article_info.text()
    finally:
        i18n.set_language(qapp, "en")
