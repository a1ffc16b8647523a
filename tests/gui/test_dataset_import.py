"""File > Import dataset… on the real window: the preview read in the background matches the
core's, removals need the tick, Apply is one undo step (undo and redo give the project before
and after), refused files change nothing, offsets are asked for, and a dropped dataset opens
the dialog (issue 12 item 9)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.gui import dialogs
from desktop.gui.dialogs.dataset_import import DatasetImportDialog, guess_format
from tests.gui.drops import drop_files

Spans = set[tuple[int, int, int, str, str, str]]


@pytest.fixture
def window(window_with_dialogs: Any) -> Any:
    return window_with_dialogs


def _spans(lib: Any) -> Spans:
    """Every annotation of the project (what an import changes and an undo restores)."""
    return {
        (a.article_id, a.start, a.end, a.label, a.status, a.uuid)
        for s in lib.article_summaries()
        for a in lib.annotations(s.id)
    }


def _exported(lib: Any, tmp_path: Path) -> tuple[Path, list[dict[str, Any]]]:
    """The project as doccano JSONL, suggestions included (importing it back changes nothing)."""
    out = tmp_path / "all.jsonl"
    lib.export("doccano", out, suggestions=True, offsets="codepoints")
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines() if line]
    assert any(r["label"] for r in records)
    return out, records


def _write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def _open(qtbot: Any, window: Any, path: Path) -> DatasetImportDialog:
    dialog = window.workflows.importing.open_dataset(str(path))
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=60000)
    return dialog


def _edited(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The records with one span dropped (a removal) and one new span added to another
    record; the article id of the record that lost its span."""
    records = json.loads(json.dumps(records))
    with_spans = [r for r in records if r["label"]]
    loser = with_spans[0]
    loser["label"] = loser["label"][1:]
    gainer = with_spans[-1] if len(with_spans) > 1 else loser
    taken = {(s, e) for s, e, _ in gainer["label"]}
    start = next(i for i in range(len(gainer["text"]) - 1) if (i, i + 1) not in taken)
    gainer["label"].append([start, start + 1, "PER"])
    return records, loser["article_id"]


def test_the_preview_matches_the_core_and_removal_needs_the_tick(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    lib = window.session.library
    _, records = _exported(lib, tmp_path)
    edited, loser = _edited(records)
    path = _write(tmp_path / "d.jsonl", edited)
    expected = lib.preview_dataset("doccano", path)
    assert expected.destructive
    dialog = _open(qtbot, window, path)
    assert dialog.fmt() == "doccano"
    shown = dialog.preview
    assert shown is not None
    assert (shown.added, shown.removed, shown.replaced) == (
        expected.added,
        expected.removed,
        expected.replaced,
    )
    touched = [a for a in expected.articles if a.added or a.removed or a.replaced]
    assert dialog.table.rowCount() == len(touched)
    rows = {
        dialog.table.item(r, 0).text(): tuple(
            int(dialog.table.item(r, c).text()) for c in (1, 2, 3)
        )
        for r in range(dialog.table.rowCount())
    }
    assert rows[f"article {loser} ({touched[0].document} #{touched[0].index})"][1] >= 1
    assert sorted(rows.values()) == sorted(
        (len(a.added), len(a.removed), len(a.replaced)) for a in touched
    )
    assert f"{expected.added} span(s) to add" in dialog.status_label.text()
    assert dialog.offsets_label.text() == "Offsets: code points"
    before = _spans(lib)
    assert dialog.replace_box.isVisible()
    assert not dialog.apply_button.isEnabled()  # removing spans needs the tick
    # and the dialog says so, instead of a greyed-out Apply and no reason
    assert dialog.apply_hint.isVisible() and "tick" in dialog.apply_hint.text()
    assert dialog.apply() is False
    assert _spans(lib) == before
    dialog.replace_box.setChecked(True)
    assert dialog.apply_button.isEnabled()
    assert not dialog.apply_hint.isVisible()


def test_apply_is_one_undo_step_and_redo_gives_the_import_again(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    lib = window.session.library
    _, records = _exported(lib, tmp_path)
    edited, loser = _edited(records)
    path = _write(tmp_path / "d.jsonl", edited)
    stack = window.session.undo_stack
    depth = stack.count()
    before = _spans(lib)
    dialog = _open(qtbot, window, path)
    dialog.replace_box.setChecked(True)
    with qtbot.waitSignal(window.session.changed, timeout=10000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    after = _spans(lib)
    assert after != before
    removed = before - after
    assert removed and all(span[0] == loser for span in removed)
    assert stack.count() == depth + 1  # one step
    undo = next(a for a in window.menus["edit"].actions() if a.text().startswith("&Undo"))
    assert undo.text() == "&Undo Import dataset d.jsonl"
    assert window.statusBar().currentMessage() == "Import dataset d.jsonl"
    undo.trigger()
    assert _spans(lib) == before
    stack.redo()
    assert _spans(lib) == after  # the same spans, the same ids
    stack.undo()
    assert _spans(lib) == before


def test_new_records_become_articles_and_the_list_reloads(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    lib = window.session.library
    records = [
        {"text": "新华社北京电 张三在上海发表讲话。", "label": [[6, 8, "PER"]]},
        {"text": "新华社北京电 张三在上海发表讲话。", "label": [[6, 8, "PER"]]},  # duplicate
    ]
    path = _write(tmp_path / "new.jsonl", records)
    shown = window.article_model.rowCount()
    dialog = _open(qtbot, window, path)
    assert dialog.preview is not None and dialog.preview.new_articles == 1
    assert dialog.table.item(0, 0).text().startswith("new article")
    assert dialog.notes.isVisible() and "record 2 repeats record 1" in dialog.notes.toPlainText()
    assert not dialog.replace_box.isVisible() and dialog.apply_button.isEnabled()
    assert not dialog.apply_hint.isVisible()
    assert dialog.apply()
    qtbot.waitUntil(lambda: window.article_model.rowCount() == shown + 1, timeout=10000)
    window.session.undo_stack.undo()
    # the undo takes the new article (and its document) away again; the redo brings it back
    qtbot.waitUntil(lambda: window.article_model.rowCount() == shown, timeout=10000)
    assert records[0]["text"] not in {lib.article(s.id).text for s in lib.article_summaries()}
    window.session.undo_stack.redo()
    qtbot.waitUntil(lambda: window.article_model.rowCount() == shown + 1, timeout=10000)
    new_id = max(s.id for s in lib.article_summaries())
    assert [(a.start, a.end, a.label) for a in lib.annotations(new_id)] == [(6, 8, "PER")]


def test_undo_takes_away_the_articles_and_labels_the_import_created(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """Undo after File > Import dataset…: the project and the window are as before the import
    (no empty article left in the list, no label left in the menu), also when the reader was
    showing a created article; redo gives the import again."""
    lib = window.session.library
    before_spans = _spans(lib)
    before_articles = [s.id for s in lib.article_summaries()]
    before_labels = [label.name for label in lib.labels()]
    label_menu = {a.text() for a in window.edit_actions.label_actions}
    path = _write(
        tmp_path / "fresh.jsonl",
        [{"text": "王小川在东港市主持航海节开幕式。", "label": [[0, 3, "PER"], [9, 12, "EVENT"]]}],
    )
    dialog = _open(qtbot, window, path)
    assert dialog.preview is not None and dialog.preview.new_labels == ("EVENT",)
    assert dialog.apply()
    qtbot.waitUntil(lambda: window.article_model.rowCount() == len(before_articles) + 1)
    new_id = next(s.id for s in lib.article_summaries() if s.id not in before_articles)
    window.select_article(new_id)
    assert window.reader.article_id == new_id
    assert len(window.edit_actions.label_actions) == len(label_menu) + 1
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: window.article_model.rowCount() == len(before_articles))
    assert [s.id for s in lib.article_summaries()] == before_articles
    assert [label.name for label in lib.labels()] == before_labels
    assert _spans(lib) == before_spans
    assert {a.text() for a in window.edit_actions.label_actions} == label_menu
    assert window.reader.article_id in before_articles  # not the article that is gone
    window.session.undo_stack.redo()
    qtbot.waitUntil(lambda: window.article_model.rowCount() == len(before_articles) + 1)
    assert "EVENT" in {label.name for label in lib.labels()}
    created = next(s.id for s in lib.article_summaries() if s.id not in before_articles)
    assert sorted((a.quote, a.label) for a in lib.annotations(created)) == [
        ("王小川", "PER"),
        ("航海节", "EVENT"),
    ]


def test_a_refused_file_shows_its_line_and_changes_nothing(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    lib = window.session.library
    bad = tmp_path / "prodigy.jsonl"
    bad.write_text(
        json.dumps({"text": "张三在上海。", "spans": [{"start": 0, "end": 2, "label": "PER"}]})
        + "\n",
        "utf-8",
    )
    before = _spans(lib)
    depth = window.session.undo_stack.count()
    dialog = _open(qtbot, window, bad)
    assert dialog.error_label.isVisible()
    line = dialog.error_label.text()
    assert "prodigy.jsonl" in line and "spans" in line and "\n" not in line
    assert not dialog.apply_button.isEnabled() and dialog.table.rowCount() == 0
    assert dialog.apply() is False
    assert _spans(lib) == before and window.session.undo_stack.count() == depth


def test_a_file_changed_after_the_preview_is_refused_at_apply(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """The import plans the file again when applied: what became destructive is refused with
    its line, nothing pushed, the project as it was."""
    lib = window.session.library
    _, records = _exported(lib, tmp_path)
    path = _write(tmp_path / "d.jsonl", [*records[:1], {"text": "张三。", "label": []}])
    dialog = _open(qtbot, window, path)
    assert dialog.apply_button.isEnabled() and not dialog.replace_box.isVisible()
    edited, _ = _edited(records)
    _write(path, edited)
    before = _spans(lib)
    documents = len(lib.documents())
    depth = window.session.undo_stack.count()
    with qtbot.waitSignal(dialog.previewed, timeout=60000):  # read again, as it is now
        assert dialog.apply() is False
    assert len(lib.documents()) == documents
    assert "would remove" in dialog.error_label.text() and dialog.error_label.isVisible()
    assert _spans(lib) == before and window.session.undo_stack.count() == depth
    assert dialog.preview is not None and dialog.preview.destructive
    assert dialog.replace_box.isVisible() and not dialog.apply_button.isEnabled()
    dialog.replace_box.setChecked(True)
    assert dialog.apply()
    assert window.session.undo_stack.count() == depth + 1


def test_offsets_are_asked_when_only_utf16_makes_sense(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    lib = window.session.library
    text = "𠀀𠀁记者王小明报道。"  # two astral characters: UTF-16 counts them twice
    start16 = 2 * 2 + 2  # 王小明 in UTF-16 code units
    path = _write(
        tmp_path / "astral.jsonl",
        [{"text": text, "label": [[start16, start16 + 3, "PER"], [9, 12, "ORG"]]}],
    )
    with pytest.raises(Exception, match="UTF-16"):
        lib.preview_dataset("doccano", path)
    dialog = _open(qtbot, window, path)
    assert dialog.offsets_box.isVisible()
    assert dialog.utf16_button.isChecked()
    assert dialog.offsets() == "utf16"
    assert dialog.preview is not None
    assert dialog.offsets_label.text() == "Offsets: UTF-16 code units"
    expected = lib.preview_dataset("doccano", path, offsets="utf16")
    assert dialog.preview.added == expected.added
    dialog.codepoints_button.setChecked(True)  # read so, a span falls outside the text
    assert dialog.offsets() == "codepoints"
    assert dialog.error_label.isVisible() and "outside" in dialog.error_label.text()
    assert not dialog.apply_button.isEnabled()
    dialog.utf16_button.setChecked(True)
    assert dialog.apply()
    quotes = {a.quote for s in lib.article_summaries() for a in lib.annotations(s.id)}
    assert "王小明" in quotes


def test_label_studio_is_recognised_and_previewed(qtbot: Any, window: Any, tmp_path: Path) -> None:
    lib = window.session.library
    out = tmp_path / "ls.json"
    lib.export("labelstudio", out, suggestions=True)
    assert guess_format(out) == "labelstudio"
    dialog = _open(qtbot, window, out)
    assert dialog.fmt() == "labelstudio"
    assert dialog.error_label.isHidden(), dialog.error_label.text()
    expected = lib.preview_dataset("labelstudio", out)
    assert dialog.preview is not None and dialog.preview.records == expected.records


def test_guess_format(tmp_path: Path) -> None:
    jsonl = _write(tmp_path / "a.jsonl", [{"text": "x", "label": []}])
    assert guess_format(jsonl) == "doccano"
    named_json = _write(tmp_path / "b.json", [{"text": "x", "entities": []}])
    assert guess_format(named_json) == "doccano"
    ocr = tmp_path / "page.json"
    ocr.write_text(json.dumps([[[[0, 0], [1, 0], [1, 1], [0, 1]], ["文字", 0.9]]]), "utf-8")
    assert guess_format(ocr) is None
    api = tmp_path / "api.json"  # an OCR service's answer: its "data" is a list of lines
    api.write_text(json.dumps({"code": 0, "data": [{"text": "文字", "box": [0, 0, 1, 1]}]}))
    assert guess_format(api) is None
    tasks = tmp_path / "tasks.json"  # Label Studio, annotations before data
    tasks.write_text(json.dumps([{"id": 1, "annotations": [], "data": {"text": "x"}}]))
    assert guess_format(tasks) == "labelstudio"
    assert guess_format(tmp_path / "page.txt") is None
    assert guess_format(tmp_path / "missing.jsonl") is None


def test_a_dropped_dataset_opens_the_dialog_not_the_page_import(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    lib = window.session.library
    path, _ = _exported(lib, tmp_path)
    flows = window.workflows
    assert drop_files(window, [path]) == (True, True)
    dialog = flows.importing.dataset_dialog
    assert dialog is not None and dialog.path == path
    assert flows.import_dialog is None and window.session.import_task is None
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=60000)
    assert dialog.preview is not None and not dialog.changes_anything()
    assert not dialog.apply_button.isEnabled()  # nothing to change
    dialog.reject()


def test_the_menu_has_the_entry(window: Any) -> None:
    action = window.workflows.actions["importDataset"]
    assert action in window.menus["file"].actions()
    assert action.text() == "Import &dataset…"


def test_choosing_another_format_reads_the_file_again(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    lib = window.session.library
    path, _ = _exported(lib, tmp_path)
    dialog = _open(qtbot, window, path)
    assert dialog.preview is not None
    with qtbot.waitSignal(dialog.previewed, timeout=60000):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("labelstudio"))
    assert dialog.fmt() == "labelstudio"
    with pytest.raises(Exception) as refused:
        lib.preview_dataset("labelstudio", path)
    assert dialog.preview is None and not dialog.apply_button.isEnabled()
    assert dialog.error_label.text() == str(refused.value).splitlines()[0]


def test_undo_of_the_only_import_leaves_an_empty_window(qtbot: Any, tmp_path: Path) -> None:
    from desktop.core.library import Library
    from desktop.gui import create_main_window

    project = tmp_path / "empty.sqlite"
    Library.open(project).close()
    win = create_main_window(project)
    qtbot.addWidget(win)
    dialogs.install(win)
    win.show()
    path = _write(tmp_path / "only.jsonl", [{"text": "张三在上海。", "label": [[0, 2, "PER"]]}])
    assert _open(qtbot, win, path).apply()
    qtbot.waitUntil(lambda: win.article_model.rowCount() == 1)
    qtbot.waitUntil(lambda: win.reader.article_id is not None)  # the first article is shown
    assert win.entity_model.rowCount() == 1
    win.session.undo_stack.undo()
    assert win.article_model.rowCount() == 0
    assert win.reader.article_id is None and win.reader.toPlainText() == ""
    assert win.entity_model.rowCount() == 0 and win.article_info.text() == ""
    assert win.session.library.documents() == []
    win.session.undo_stack.redo()
    qtbot.waitUntil(lambda: win.article_model.rowCount() == 1)
    win.close()


def test_a_cli_import_reverted_from_the_history_leaves_the_list_as_before(
    qtbot: Any, sample_project: Path, tmp_path: Path
) -> None:
    from desktop.cli import main
    from desktop.gui import create_main_window

    path = _write(tmp_path / "cli.jsonl", [{"text": "李四到访南湖市。", "label": [[0, 2, "PER"]]}])
    win = create_main_window(sample_project)
    qtbot.addWidget(win)
    shown = win.article_model.rowCount()
    win.close()
    args = ["import-dataset", str(path), "--project", str(sample_project), "--format", "doccano"]
    assert main(args) == 0
    win = create_main_window(sample_project)  # a later session: the history, no undo stack
    qtbot.addWidget(win)
    dialogs.install(win)
    win.show()
    assert win.article_model.rowCount() == shown + 1
    dialog = win.workflows.history.open()
    entry = dialog.entries()[0]
    assert entry.edit == "ImportDataset" and dialog.select_entry(entry.id)
    assert dialog.revert_current(), dialog.status.text()
    qtbot.waitUntil(lambda: win.article_model.rowCount() == shown)
    win.session.undo_stack.undo()  # Ctrl+Z of the revert: the import's article is back
    qtbot.waitUntil(lambda: win.article_model.rowCount() == shown + 1)
    dialog.close()
    win.close()
