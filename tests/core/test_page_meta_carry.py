"""What the page and the figures know, carried through the store, the import and every export.

A date figure's ISO reading (``Figure.iso``) is stored (migration ``0007_figure_iso``), kept by
edits and written to the history; the import completes dates from the page's own date; every
export carries the paper, date and page of the article's page where known (issues 9 and 10).
"""

from __future__ import annotations

import csv
import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core import export
from desktop.core.edits import EditFigure
from desktop.core.export import bio, brat, markdown
from desktop.core.importer import PreparedPage, prepare_page
from desktop.core.library import Library
from desktop.core.model import Extraction, Figure, PageMeta
from desktop.core.records import ExportArticle, FigureFields
from desktop.core.store import rows
from desktop.core.store.db import connect
from desktop.core.store.migrations import migrations
from tests.core.test_export_common import make_article
from tests.core.test_store import ARTICLES, synthetic_prepared

META = PageMeta(paper="山河日报", date="2025-03-01", page="第3版", section="要闻", issue="第81期")
DATE_TEXT = "本报讯 2月22日，项目开工。"


def dated_prepared(name: str = "page.txt", meta: PageMeta = META) -> PreparedPage:
    """The synthetic page with page furniture, and on its first article a date figure with
    its ISO reading (2月22日 on a 2025-03-01 page)."""
    (title, body), *rest = ARTICLES
    prepared = synthetic_prepared(name, ((title, "2月22日，" + body), *rest))
    page = dataclasses.replace(prepared.page, meta=meta)
    first = prepared.page.articles[0].text
    start = first.index("2月22日")
    figure = Figure(start, start + 5, "2月22日", "date", None, None, iso="2025-02-22")
    extractions = list(prepared.extractions)
    extractions[0] = Extraction(extractions[0].entities, (*extractions[0].figures, figure))
    return dataclasses.replace(prepared, page=page, extractions=tuple(extractions))


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "p.sqlite")
    library.store_prepared(dated_prepared())
    yield library
    library.close()


def _date_figure(lib: Library) -> tuple[str, FigureFields]:
    for summary in lib.article_summaries():
        for ann in lib.annotations(summary.id):
            if ann.figure is not None and ann.figure.kind == "date":
                return ann.uuid, ann.figure
    raise AssertionError("no date figure stored")


# --- store ----------------------------------------------------------------------------------


def test_iso_is_stored_and_edits_keep_it(lib: Library) -> None:
    uuid, fig = _date_figure(lib)
    assert fig.iso == "2025-02-22" and fig.value is None
    money = [
        a.figure
        for s in lib.article_summaries()
        for a in lib.annotations(s.id)
        if a.figure is not None and a.figure.kind == "money"
    ]
    assert money and all(f.iso is None for f in money)
    lib.apply(EditFigure(uuid, metric="开工"))
    _, edited = _date_figure(lib)
    assert (edited.iso, edited.metric) == ("2025-02-22", "开工")
    after = lib.history(1)[0]["after"]["annotations"][0]["figure"]
    before = lib.history(1)[0]["before"]["annotations"][0]["figure"]
    assert after["iso"] == before["iso"] == "2025-02-22"


def test_undo_of_a_figure_edit_restores_the_iso(lib: Library) -> None:
    uuid, _ = _date_figure(lib)
    edit = EditFigure(uuid, unit="日")
    lib.apply(edit)
    lib.revert(edit)
    _, fig = _date_figure(lib)
    assert (fig.iso, fig.unit) == ("2025-02-22", None)


def test_version_6_project_gains_the_iso_column(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = connect(path, create=True)
    migrations.apply(Database(conn), stop_before="0007_figure_iso")
    conn.execute("PRAGMA user_version = 6")
    columns = {r[1] for r in conn.execute("PRAGMA table_info(annotations)")}
    assert "iso" not in columns
    document_id = rows.insert_document(
        conn, rows.NewDocument("old.txt", "old.txt", "0" * 64, "utf-8", "3月1日", "2020", 1, 0)
    )
    article_id = rows.insert_article(
        conn,
        rows.NewArticle(
            document_id, 0, "3月1日", None, (), (0, 1, 2, 3), (), None, None, None, (), 1.0
        ),
    )
    conn.execute(
        'INSERT INTO annotations (uuid, article_id, start, "end", quote, label, kind,'
        " fig_kind, source, status, created_at, updated_at)"
        " VALUES ('u1', ?, 0, 4, '3月1日', 'DATE', 'figure', 'date', 'auto', 'suggested', '', '')",
        [article_id],
    )
    conn.commit()
    conn.close()
    with Library.open(path) as lib:
        (old,) = lib.annotations(article_id)
        assert old.figure is not None and old.figure.iso is None
    check = sqlite3.connect(path)
    assert "iso" in {r[1] for r in check.execute("PRAGMA table_info(annotations)")}
    check.close()


def test_import_completes_dates_from_the_page_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """prepare_page passes PageMeta.date as the page date: 2月22日 on a 2025 page is
    2025-02-22 in the store; without a page date it stays the truncated --02-22."""
    from desktop.core import reflow

    page = tmp_path / "p.txt"
    page.write_text(DATE_TEXT + "\n", encoding="utf-8")
    plain = prepare_page(page)
    assert isinstance(plain, PreparedPage)
    assert [f.iso for e in plain.extractions for f in e.figures] == ["--02-22"]
    original = reflow.reflow_page
    monkeypatch.setattr(
        reflow,
        "reflow_page",
        lambda ocr: dataclasses.replace(original(ocr), meta=PageMeta(date="2025-03-01")),
    )
    with Library.open(tmp_path / "p.sqlite") as lib:
        report = lib.import_paths([page], jobs=1)
        assert report.imported and not report.problems
        (summary,) = lib.article_summaries()
        isos = [a.figure.iso for a in lib.annotations(summary.id) if a.figure is not None]
        assert isos == ["2025-02-22"]
        assert summary.date == "2025-03-01"


# --- exports --------------------------------------------------------------------------------


def test_dataset_records_carry_the_page(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    lib.export("doccano", out, suggestions=True)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(
        (r["paper"], r["date"], r["page"]) == ("山河日报", "2025-03-01", "第3版") for r in records
    )
    assert list(records[0])[:6] == ["text", "label", "article_id", "document", "index", "paper"]
    ls = tmp_path / "t.json"
    lib.export("labelstudio", ls, suggestions=True)
    tasks = json.loads(ls.read_text(encoding="utf-8"))
    for task in tasks:
        page = {"paper": "山河日报", "date": "2025-03-01", "page": "第3版"}
        assert task["meta"] == page
        assert {k: task["data"][k] for k in page} == page


@pytest.mark.parametrize("fmt", ["doccano", "labelstudio"])
def test_export_import_export_stays_identical_with_page_meta(
    lib: Library, tmp_path: Path, fmt: str
) -> None:
    first = tmp_path / "first"
    lib.export(fmt, first, suggestions=True)
    changes = lib.import_dataset(fmt, first)
    assert not changes.added and not changes.removed
    second = tmp_path / "second"
    lib.export(fmt, second, suggestions=True)
    assert first.read_bytes() == second.read_bytes()
    assert "山河日报" in first.read_text(encoding="utf-8")


def test_plain_text_pages_export_as_before() -> None:
    """Unknown furniture adds nothing: no keys, no comment, no metadata line."""
    article = make_article("山河县召开会议。", [(0, 3, "LOC")])
    assert set(export.doccano.line_of(article)) == {
        "text",
        "label",
        "article_id",
        "document",
        "index",
    }
    task = export.labelstudio.task_of(article, "v")
    assert "meta" not in task and "paper" not in task["data"]
    assert bio.page_comment(article) is None
    assert not any(line.startswith("*") for line in markdown.article_lines(article))


def test_brat_writes_metadata_and_the_iso_note(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "brat"
    lib.export("brat", out, suggestions=True)
    lines = (out / brat.METADATA).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "file\tdocument\tindex\tpaper\tdate\tpage"
    stems = sorted(p.stem for p in out.glob("*.txt"))
    assert sorted(line.split("\t")[0] for line in lines[1:]) == stems
    assert all(line.split("\t")[3:] == ["山河日报", "2025-03-01", "第3版"] for line in lines[1:])
    notes = "".join(p.read_text(encoding="utf-8") for p in out.glob("*.ann"))
    assert "kind=date iso=2025-02-22" in notes


def test_brat_without_page_meta_writes_no_metadata_file(tmp_path: Path) -> None:
    export.write("brat", [make_article("甲乙", document="p.txt")], tmp_path / "b")
    assert not (tmp_path / "b" / brat.METADATA).exists()


def test_bio_has_one_comment_line_per_document(tmp_path: Path) -> None:
    def art(article_id: int, document_id: int, text: str) -> ExportArticle:
        return dataclasses.replace(
            make_article(text, [(0, 2, "LOC")], article_id=article_id),
            document_id=document_id,
            paper="山河 日报",
            date="2025-03-01",
            page="第3版",
        )

    out = tmp_path / "b.conll"
    export.write("bio", [art(1, 1, "山河县"), art(2, 1, "青松镇"), art(3, 2, "白云乡")], out)
    lines = out.read_text(encoding="utf-8").split("\n")
    comments = [line for line in lines if line.startswith("#")]
    assert comments == ["# paper=山河_日报 date=2025-03-01 page=第3版"] * 2
    assert lines[0] == comments[0]
    # what a CoNLL reader that skips comment lines sees: the sentences as without them
    plain = [line for line in lines if not line.startswith("#")]
    assert [line.split("\t")[1] for line in plain if line][:3] == ["B-LOC", "I-LOC", "O"]


def test_figures_table_has_iso_and_page_columns(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "f.csv"
    lib.export("figures-csv", out, suggestions=True)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert table and all(
        (r["paper"], r["date"], r["page"]) == ("山河日报", "2025-03-01", "第3版") for r in table
    )
    assert {r["kind"]: r["iso"] for r in table}["date"] == "2025-02-22"
    assert all(r["iso"] == "" for r in table if r["kind"] != "date")
    jl = tmp_path / "f.jsonl"
    lib.export("figures-jsonl", jl, suggestions=True)
    rows_ = [json.loads(line) for line in jl.read_text(encoding="utf-8").splitlines()]
    assert [r["iso"] for r in rows_ if r["kind"] == "date"] == ["2025-02-22"]
    assert all(r["iso"] is None for r in rows_ if r["kind"] != "date")


def test_markdown_has_the_page_under_each_title(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "a.md"
    lib.export("markdown", out, suggestions=True)
    lines = [line for line in out.read_text(encoding="utf-8").split("\n") if line]
    titles = [n for n, line in enumerate(lines) if line.startswith("# ")]
    assert len(titles) == lib.article_count()
    assert all(lines[n + 1] == "*山河日报 · 2025-03-01 · 第3版*" for n in titles)


def test_figure_fields_default_iso_is_none() -> None:
    assert FigureFields("money", Decimal(1), "元").iso is None


# --- editing the ISO reading ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2025-02-22", True),
        ("2025-02", True),
        ("2025", True),
        ("--02-22", True),
        ("--02-29", True),
        ("--02", True),
        ("---22", True),
        ("2025-02-30", False),
        ("2025-13", False),
        ("--13-01", False),
        ("---32", False),
        ("2025/02/22", False),
        ("25-02-22", False),
        ("", False),
        ("2025-02-22T10:00", False),
    ],
)
def test_valid_iso(text: str, ok: bool) -> None:
    from desktop.core.edits import valid_iso

    assert valid_iso(text) is ok


def test_edit_figure_sets_checks_and_clears_the_iso(lib: Library) -> None:
    from desktop.core.errors import EditError

    uuid, _ = _date_figure(lib)
    lib.apply(EditFigure(uuid, iso="2024-02-22"))
    assert _date_figure(lib)[1].iso == "2024-02-22"
    with pytest.raises(EditError, match="not an ISO date"):
        lib.apply(EditFigure(uuid, iso="2024-02-30"))
    assert _date_figure(lib)[1].iso == "2024-02-22"
    lib.apply(EditFigure(uuid, iso=None))
    assert _date_figure(lib)[1].iso is None
    lib.apply(EditFigure(uuid, iso="--02-22"))
    lib.apply(EditFigure(uuid, kind="rank"))  # only dates have one
    changed = next(
        a for s in lib.article_summaries() for a in lib.annotations(s.id) if a.uuid == uuid
    )
    assert changed.figure is not None and changed.figure.iso is None
    with pytest.raises(EditError, match="only a date"):
        lib.apply(EditFigure(uuid, iso="2025-02-22"))


def test_article_detail_carries_the_page(lib: Library) -> None:
    for summary in lib.article_summaries():
        detail = lib.article(summary.id)
        assert (detail.paper, detail.date, detail.page) == ("山河日报", "2025-03-01", "第3版")
