"""Item models: Qt's model contract (qtmodeltester), display, sorting values, and updates
driven by Changes that touch only the named rows."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt

from desktop.core.records import Changes
from desktop.gui.models import ArticleListModel, EntityTableModel, FigureTableModel
from desktop.gui.models.roles import ID_ROLE, SORT_ROLE
from tests.gui.records import FakeLibrary, ann, summary

TEXT = "某市长张小明在某市说，某市产值1539.4亿元，张小明说。"


def _library() -> FakeLibrary:
    summaries = [
        summary(1, "经济稳中向好", "new", 3, 1),
        summary(2, "春耕备耕忙", "reviewed", 0, 0),
        summary(3, "项目建设提速", "in_progress", 5, 2),
    ]
    spans = [
        ann(TEXT, 3, 6, "PER", "accepted"),
        ann(TEXT, 7, 9, "LOC", "suggested"),
        ann(TEXT, 15, 23, "MONEY", "suggested", value="153940000000"),
    ]
    return FakeLibrary(summaries, spans)


def test_article_list_model_contract_and_display(qtmodeltester) -> None:
    lib = _library()
    model = ArticleListModel(lib)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, 1).data() == "经济稳中向好"
    assert model.index(1, 2).data() == "●"  # reviewed; the words are in the tooltip
    assert "reviewed" in model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, 3).data() == "5"
    assert model.index(2, 0).data(ID_ROLE) == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Title"


def test_occurs_names_which_occurrence_each_span_is(qtmodeltester) -> None:
    text = "王小二说，王小二笑，王小二走。"
    spans = [ann(text, 0, 3, "PER"), ann(text, 5, 8, "PER"), ann(text, 10, 13, "PER")]
    model = EntityTableModel(FakeLibrary([summary(1, "t")], spans))
    model.load(1, text, spans)
    qtmodeltester.check(model)
    assert [model.index(r, 3).data() for r in range(3)] == ["1/3", "2/3", "3/3"]
    spans = [spans[0], spans[2]]  # 王小二 labelled at its 1st and 3rd place only
    model.load(1, text, spans)
    assert [model.index(r, 3).data() for r in range(2)] == ["1/3", "3/3"]
    tip = model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "3 of 3" in tip and "2 of them have a span" in tip  # the 2nd 王小二 has none
    model.load(1, "王小二", [ann("王小二", 0, 3, "PER")])  # a new text: counted afresh
    assert model.index(0, 3).data() == "1/1"


def test_figure_kinds_show_translated_and_edit_as_their_key(qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.gui.models.annotations import KIND_CONTEXT

    class Upper(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper() if context == KIND_CONTEXT else ""

    lib = _library()
    model = FigureTableModel(lib, lambda _edit: None)
    model.load(1, TEXT, lib.by_uuid.values())
    translator = Upper()
    QCoreApplication.installTranslator(translator)
    try:
        assert model.index(0, 3).data() == "MONEY"
        assert model.index(0, 3).data(Qt.ItemDataRole.EditRole) == "money"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert model.index(0, 3).data() == "money"


def test_tooltips_show_page_text_literally_never_as_markup(qapp) -> None:
    text = "<b>粗体</b>与<img src=x>"
    lib = FakeLibrary([summary(1, text)], [ann(text, 0, 3, "ORG")])
    articles = ArticleListModel(lib)
    articles.reload()
    entities = EntityTableModel(lib)
    entities.load(1, text, lib.by_uuid.values())
    for tip in (
        articles.index(0, 1).data(Qt.ItemDataRole.ToolTipRole),
        entities.index(0, 0).data(Qt.ItemDataRole.ToolTipRole),
    ):
        assert "<b>" not in tip and "<img" not in tip
        assert "&lt;b&gt;" in tip


def test_article_list_filter_and_refresh_one_row(qtmodeltester, qtbot) -> None:
    lib = _library()
    model = ArticleListModel(lib)
    model.reload("项目")
    assert model.article_ids() == [3]
    model.reload("")
    lib.summaries[1] = dataclasses.replace(lib.summaries[1], n_entities=7)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh_articles({2, 99})
    top_left, bottom_right = blocker.args[0], blocker.args[1]
    assert top_left.row() == bottom_right.row() == 1
    assert model.index(1, 3).data() == "7"
    qtmodeltester.check(model)


def test_entity_model_contract_columns_and_occurrences(qtmodeltester) -> None:
    lib = _library()
    model = EntityTableModel(lib)
    model.load(1, TEXT, lib.by_uuid.values())
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # the figure is not an entity
    assert [model.index(0, c).data() for c in (0, 1)] == ["张小明", "PER"]
    assert model.index(0, 2).data() == "✓"  # the mark alone; the word in the tooltip
    assert "accepted" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 3).data() == "1/2"  # the first of 张小明's two places in the text
    assert model.index(0, 3).data(SORT_ROLE) == 2
    assert model.index(1, 3).data() == "2/3"  # 某市 at 7: its first place opens 某市长
    tip = model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 of 2" in tip and "1 of them have a span" in tip
    assert model.index(1, 0).data(ID_ROLE) == "u7-9-LOC"


def test_entity_model_applies_changes_row_by_row(qtmodeltester, qtbot) -> None:
    lib = _library()
    model = EntityTableModel(lib)
    model.load(1, TEXT, lib.by_uuid.values())
    new = ann(TEXT, 0, 2, "LOC", "accepted", uuid="new")
    lib.by_uuid["new"] = new
    with qtbot.waitSignal(model.rowsInserted):
        model.apply_changes(Changes(added=("new",), articles=frozenset({1})))
    assert model.index(0, 0).data() == "某市"  # inserted in text order
    lib.by_uuid["u3-6-PER"] = dataclasses.replace(lib.by_uuid["u3-6-PER"], label="ORG")
    model.apply_changes(Changes(updated=("u3-6-PER",), removed=("u7-9-LOC",)))
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["LOC", "ORG"]
    qtmodeltester.check(model)


def test_figure_model_contract_values_and_editing(qtmodeltester) -> None:
    lib = _library()
    pushed: list[object] = []
    model = FigureTableModel(lib, pushed.append)
    model.load(1, TEXT, lib.by_uuid.values())
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(6)]
    assert row == ["1539.4亿元", "153,940,000,000", "元", "money", "产值", None]
    assert model.index(0, 1).data(Qt.ItemDataRole.EditRole) == "153940000000"  # to edit
    assert model.index(0, 5).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(0, 1).data(SORT_ROLE) == 153940000000.0
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable

    assert model.setData(model.index(0, 1), "1.5e3")
    assert model.setData(model.index(0, 3), "percent")
    assert model.setData(model.index(0, 5), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(model.index(0, 1), "abc")  # not a number: refused, nothing pushed
    assert not model.setData(model.index(0, 3), "weather")
    assert not model.setData(QModelIndex(), "1")
    assert [type(e).__name__ for e in pushed] == ["EditFigure"] * 3
    assert pushed[0].value == Decimal("1.5e3")
    assert pushed[1].kind == "percent"
    assert pushed[2].approx is True


def test_read_only_figure_model_refuses_edits() -> None:
    lib = _library()
    model = FigureTableModel(lib)
    model.load(1, TEXT, lib.by_uuid.values())
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 1), "5")


def test_page_column_names_pages_readably() -> None:
    from desktop.gui.models.articles import _short, page_label

    assert _short("000_d93c9dc7b4603325.txt") == "000"  # the content hash goes
    assert _short("scan-0001-deadbeefcafe1234.txt") == "scan-0001"
    assert _short("deadbeefcafe1234_p3.txt") == "p3"
    assert _short("d93c9dc7b4603325.txt") == "d93c9dc7"  # nothing but a hash: its start
    assert _short("20230105.txt") == "20230105"  # a date is not a hash
    assert _short("page00012.txt") == "page00012"
    assert (
        _short("县报二〇二三年一月五日第三版要闻.txt") == "县报二〇二三年…五日第三版要闻"
    )  # long: both ends
    assert _short("a.b.txt") == "a.b"
    page = dataclasses.replace(summary(3, "t"), document_name="000_d93c9dc7b4603325.txt")
    assert page_label(page) == "000 · 3"


def test_article_list_updates_from_the_records_without_a_read(qtmodeltester) -> None:
    lib = _library()
    model = ArticleListModel(lib)
    model.reload()
    calls = lib.summary_calls
    old = ann(TEXT, 7, 9, "LOC", "suggested", article_id=1)
    rejected = dataclasses.replace(old, status="rejected")
    added = ann(TEXT, 0, 2, "ORG", "accepted", article_id=1)
    changes = Changes(
        updated=(old.uuid,),
        added=(added.uuid,),
        articles=frozenset({1}),
        article_status=frozenset({1}),
        spans=((old, rejected), (None, added)),
        statuses=((1, "in_progress"),),
    )
    model.apply_changes(changes)
    assert lib.summary_calls == calls  # nothing read back: the edit knew
    row = model.summary(model.row_of(1))
    assert (row.status, row.n_entities, row.n_figures) == ("in_progress", 3, 1)  # -1 +1
    qtmodeltester.check(model)


def test_article_list_reads_the_named_rows_once_when_changes_lack_records() -> None:
    lib = _library()
    model = ArticleListModel(lib)
    model.reload()
    calls = lib.summary_calls
    lib.summaries[2] = dataclasses.replace(lib.summaries[2], n_entities=9)
    model.apply_changes(Changes(updated=("x",), articles=frozenset({3})))
    assert lib.summary_calls == calls + 1  # article_summaries(ids=...): one read for them all
    assert model.summary(model.row_of(3)).n_entities == 9
