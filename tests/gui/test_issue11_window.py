"""Issue 11's window items (4, 5, 6, 7, 9, 10), each through the real window."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from desktop.gui import dialogs


@pytest.fixture
def window(window: Any) -> Any:
    """The conftest's real window with its workflows (menus, import, history) as the app has."""
    if getattr(window, "workflows", None) is None:
        dialogs.install(window)
    return window


def _spread_entity(lib: Any) -> tuple[int, str, str]:
    """(article id, quote, label) of the entity quote found in the most articles."""
    where: dict[tuple[str, str], set[int]] = {}
    for summary in lib.article_summaries():
        for ann in lib.annotations(summary.id):
            if ann.kind == "entity":
                where.setdefault((ann.quote, ann.label), set()).add(summary.id)
    (quote, label), ids = max(where.items(), key=lambda kv: len(kv[1]))
    assert len(ids) >= 2, "the sample should repeat an entity across articles"
    return min(ids), quote, label


# --- item 4: apply to all starts the review of each article it changes ------------------------


def test_apply_to_all_across_the_project_marks_new_articles_in_progress(
    qtbot: Any, window: Any
) -> None:
    lib = window.session.library
    article_id, quote, label = _spread_entity(lib)
    other = "ORG" if label != "ORG" else "LOC"
    window.select_article(article_id)
    span = SimpleNamespace(article_id=article_id, quote=quote, label=other, kind="entity")
    dialog = dialogs.apply_to_all(window, span)
    dialog.set_scope("project")
    touched = {occ.article_id for occ in dialog.ticked()}
    assert len(touched) >= 2
    assert all(lib.article(a).status == "new" for a in touched)
    stack = window.session.undo_stack
    before = stack.count()
    dialog.accept()
    assert stack.count() == before + 1  # one undo step
    assert {a: lib.article(a).status for a in touched} == dict.fromkeys(touched, "in_progress")
    model = window.article_model
    shown = {model.summary(row).id: model.summary(row).status for row in range(model.rowCount())}
    assert all(shown[a] == "in_progress" for a in touched)  # the list heard it too
    stack.undo()
    assert {a: lib.article(a).status for a in touched} == dict.fromkeys(touched, "new")


# --- item 7: the article filter matches what the list shows -----------------------------------


def _filter(qtbot: Any, window: Any, text: str) -> list[Any]:
    pane, model = window.article_pane, window.article_model
    with qtbot.waitSignal(model.modelReset, timeout=3000):
        pane.filter_box.setText(text)
    return [model.summary(row) for row in range(model.rowCount())]


def test_article_filter_matches_the_page_column_as_shown(qtbot: Any, window: Any) -> None:
    from desktop.gui.models.articles import page_label

    model = window.article_model
    everything = [model.summary(row) for row in range(model.rowCount())]
    third = next(s for s in everything if s.index == 2)
    shown = page_label(third)  # "000 · 3"
    assert [s.id for s in _filter(qtbot, window, shown)] == [third.id]
    assert {s.id for s in _filter(qtbot, window, "#3")} == {
        s.id for s in everything if s.index == 2
    }
    page = shown.split(" · ")[0]
    assert {s.id for s in _filter(qtbot, window, page)} == {
        s.id for s in everything if page in s.document_name
    }
    # text still found through the index, titles too
    body = window.session.library.article(third.id).text
    words = body[len(body) // 2 : len(body) // 2 + 4]
    assert third.id in {s.id for s in _filter(qtbot, window, words)}
    assert third.id in {s.id for s in _filter(qtbot, window, third.title[:3])}


# --- item 6: the import dialog is busy with words first, and ends with bar and text agreeing ---


def test_import_dialog_says_what_it_reads_then_ends_full_with_the_summary(
    qtbot: Any, window: Any, tmp_path: Any
) -> None:
    from tests.gui.conftest import SAMPLE

    folder = tmp_path / "pages"
    folder.mkdir()
    text = SAMPLE.read_text("utf-8")
    (folder / "a_again.txt").write_text(text, "utf-8")  # already in the project
    (folder / "b_changed.txt").write_text(text + "\n本报讯 新的一段。\n", "utf-8")
    (folder / "c_scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    flows = window.workflows
    flows.import_paths([str(folder)])
    dialog = flows.import_dialog
    assert dialog is not None
    assert dialog.maximum() == 0  # busy, no "0%"
    assert dialog.labelText() == "Reading 3 file(s)…"
    seen: list[tuple[int, int, str]] = []
    dialog.summarised.connect(lambda line: seen.append((dialog.value(), dialog.maximum(), line)))
    qtbot.waitUntil(lambda: flows.import_dialog is None, timeout=60000)
    [(value, maximum, line)] = seen
    assert value == maximum == 3
    assert line.startswith("Imported 1 of 3 pages; 1 already in the project; 1 could not be read")
