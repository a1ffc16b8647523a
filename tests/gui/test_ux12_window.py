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
