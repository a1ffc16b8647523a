"""The export dialog says what each format will hold and offers the export's options (issue 11
items 11, 12, 16): suggestions left out by default, Label Studio predictions and config, doccano
offsets, the figures CSV's byte-order mark."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.gui.dialogs.export import ExportDialog


def _run(qtbot: Any, dialog: ExportDialog, out: Path) -> None:
    dialog.out_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_default_leaves_suggestions_out_and_says_so(
    qtbot: Any, library: Any, tmp_path: Path
) -> None:
    dialog = ExportDialog(library)
    qtbot.addWidget(dialog)
    dialog.set_format("doccano")
    assert not dialog.suggestions.isChecked()
    assert "Unreviewed suggestions are left out." in dialog.included_label.text()
    out = tmp_path / "d.jsonl"
    _run(qtbot, dialog, out)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert records and all(r["label"] == [] for r in records)  # nothing accepted yet


def test_label_studio_with_suggestions_writes_predictions_and_config(
    qtbot: Any, library: Any, tmp_path: Path
) -> None:
    dialog = ExportDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_format("labelstudio")
    dialog.suggestions.setChecked(True)
    text = dialog.included_label.text()
    assert "as predictions" in text and "labeling config" in text
    assert not dialog.offsets_box.isVisible() and not dialog.csv_bom.isVisible()
    out = tmp_path / "tasks.json"
    _run(qtbot, dialog, out)
    tasks = json.loads(out.read_text("utf-8"))
    assert any(t.get("predictions") for t in tasks)
    assert all(t["annotations"] == [] for t in tasks)  # nobody accepted anything
    assert (tmp_path / "tasks.config.xml").is_file()


def test_format_specific_options_follow_the_format(
    qtbot: Any, library: Any, tmp_path: Path
) -> None:
    dialog = ExportDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_format("doccano")
    assert dialog.offsets_box.isVisible() and not dialog.csv_bom.isVisible()
    dialog.offsets_box.setCurrentIndex(dialog.offsets_box.findData("codepoints"))
    assert dialog.options()["offsets"] == "codepoints"
    dialog.set_format("figures-csv")
    assert dialog.csv_bom.isVisible() and not dialog.offsets_box.isVisible()
    dialog.csv_bom.setChecked(False)
    dialog.suggestions.setChecked(True)
    out = tmp_path / "f.csv"
    _run(qtbot, dialog, out)
    assert out.read_bytes().startswith(b"surface,")  # plain UTF-8, no BOM
    dialog2 = ExportDialog(library)
    qtbot.addWidget(dialog2)
    dialog2.set_format("bio")
    assert "dropped" in dialog2.included_label.text()
    dialog2.set_format("markdown")
    assert "no spans" in dialog2.included_label.text()
