"""Suggestions that explain themselves, through the real window (issue 10): the reader's hover
names a span's source and confidence, the entity table has a sortable Confidence column, and
two commands walk the suggestions and articles the model is least sure of."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.core import edits
from desktop.core.records import Annotation
from desktop.gui.models.roles import SORT_ROLE

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _suggestions(window) -> list[Annotation]:
    return [
        a
        for a in window.reader.annotations()
        if a.kind == "entity" and a.status == "suggested" and a.confidence is not None
    ]


def _hover(window, codepoint: int) -> None:
    """A tooltip event over the character at ``codepoint`` in the reader's viewport."""
    reader = window.reader
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader._pos.to_utf16(codepoint) + 1)
    rect = reader.cursorRect(cursor)
    pos = QPoint(rect.left() - 2, rect.center().y())
    viewport = reader.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)


def test_hovering_a_suggestion_names_its_source_and_confidence(qtbot, window) -> None:
    span = _suggestions(window)[0]
    assert span.suggested_by  # the sample's suggestions carry their finder
    _hover(window, span.start)
    qtbot.waitUntil(QToolTip.isVisible)
    tip = QToolTip.text()
    assert f"suggested by {span.suggested_by} · {span.confidence:.2f}" in tip
    assert span.label in tip and "suggested" in tip and span.quote in tip
    assert tip.startswith("<p style=")  # plain_tooltip: page text is escaped, never markup


def test_hover_text_of_the_users_own_span_and_of_markup(window) -> None:
    reader = window.reader
    span = _suggestions(window)[0]
    own = Annotation(
        uuid="u1", article_id=span.article_id, start=span.start, end=span.end,
        quote="<b>x</b>", label="ORG", kind="entity", source="user", status="accepted",
        created_at="", updated_at="",
    )  # fmt: skip
    reader.set_annotations([own])
    text = reader.tooltip_at(span.start)
    assert text == "「<b>x</b>」 ORG · ✓ accepted\nadded by you"
    assert reader.tooltip_at(len(reader.text)) == ""  # past every span: no tooltip


def test_entity_table_confidence_column_sorts_and_names_the_source(qtbot, window) -> None:
    model = window.entity_model
    column = model.CONFIDENCE_COLUMN
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Confidence"
    rows = {model.annotation_at(r).uuid: r for r in range(model.rowCount())}
    span = _suggestions(window)[0]
    index = model.index(rows[span.uuid], column)
    assert index.data() == f"{span.confidence:.2f}"
    assert f"suggested by {span.suggested_by}" in index.data(Qt.ItemDataRole.ToolTipRole)
    # the user's own span has no confidence
    reader = window.reader
    text = reader.text
    free = next(
        i
        for i in range(len(text) - 2)
        if not text[i].isspace()
        and not text[i + 1].isspace()
        and not any(a.start < i + 2 and i < a.end for a in reader.annotations())
    )
    assert window.session.push(edits.AddSpan(reader.article_id, free, free + 2, "PER"))
    mine = next(a for a in model.annotations() if a.source == "user")
    row = model.row_of(mine.uuid)
    assert model.index(row, column).data() == ""
    assert "added by you" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    # sortable in the view: ascending puts the spans without one first, then least sure first
    view = window.entity_table
    view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    proxy = view.model()
    keys = [proxy.index(r, column).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert keys == sorted(keys) and keys[0] == -1.0
    shown = [proxy.index(r, column).data() for r in range(proxy.rowCount())]
    assert shown[-1] == max((s for s in shown if s), key=float)


def test_next_least_confident_walks_the_article_then_the_next_ones(qtbot, window) -> None:
    lib = window.session.library
    article = window.reader.article_id
    order = lib.least_confident(article)
    assert len(order) >= 2
    qtbot.keyClick(window.reader, Qt.Key.Key_N, CTRL_ALT)
    assert window.reader.span_at_cursor().uuid == order[0].uuid
    qtbot.keyClick(window.reader, Qt.Key.Key_N, CTRL_ALT)
    assert window.reader.span_at_cursor().uuid == order[1].uuid
    # accepting the one selected and asking again goes on from where it was
    qtbot.keyClick(window.reader, Qt.Key.Key_A)
    qtbot.keyClick(window.reader, Qt.Key.Key_N, CTRL_ALT)
    assert window.reader.span_at_cursor().uuid == order[2].uuid
    # past the article's last one: the next article in the list with open suggestions
    ea = window.edit_actions
    for _ in range(len(order)):
        if window.reader.article_id != article:
            break
        ea.least_confident.trigger()
    waiting = {a for a, _ in lib.articles_to_review()}
    ids = [window.article_model.summary(r).id for r in range(window.article_model.rowCount())]
    expected = next(a for a in ids[ids.index(article) + 1 :] if a in waiting)
    assert window.reader.article_id == expected
    assert window.reader.span_at_cursor().uuid == lib.least_confident(expected)[0].uuid
    assert "Next least-&confident suggestion" in [
        a.text() for a in window.menus["annotate"].actions()
    ]


def test_reviewed_and_least_sure_goes_to_the_article_the_model_is_least_sure_of(
    qtbot, window
) -> None:
    lib = window.session.library
    ids = [window.article_model.summary(r).id for r in range(window.article_model.rowCount())]
    # Ctrl+Return keeps its behaviour: reviewed, then the next article in the list
    first = window.reader.article_id
    qtbot.keyClick(window.reader, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert lib.article(first).status == "reviewed"
    here = window.reader.article_id
    assert here == ids[ids.index(first) + 1]
    ranked = [a for a, _ in lib.articles_to_review() if a != here]
    assert first not in ranked
    assert ranked[0] != ids[ids.index(here) + 1]  # the two commands differ on the sample
    qtbot.keyClick(window.reader, Qt.Key.Key_Return, CTRL_ALT)
    assert lib.article(here).status == "reviewed"
    assert window.reader.article_id == ranked[0]
    assert window.reader.span_at_cursor().uuid == lib.least_confident(ranked[0])[0].uuid


def test_the_cheat_sheet_lists_the_new_keys_without_clashes(window) -> None:
    from PySide6.QtGui import QKeySequence

    from desktop.gui.dialogs import CheatSheetDialog

    sheet = CheatSheetDialog()
    keys = {key for _group, _what, key in sheet.rows()}
    native = QKeySequence.SequenceFormat.NativeText
    for key in ("Ctrl+Alt+N", "Ctrl+Alt+Return"):
        assert QKeySequence(key).toString(native) in keys
    bound = [s.toString() for a in window.findChildren(QAction) for s in a.shortcuts()]
    assert bound.count("Ctrl+Alt+N") == 1 and bound.count("Ctrl+Alt+Return") == 1
