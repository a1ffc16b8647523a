"""Library.export and Library.import_dataset: filters, merged fragments, round trips."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.edits import AddSpan, DeleteSpan, SetReviewStatus, SetStatus
from desktop.core.errors import DatasetError, EditError
from desktop.core.export import FORMATS
from desktop.core.library import Library
from desktop.core.store import rows
from tests.core.test_store import synthetic_prepared

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "p.sqlite")
    library.import_paths([SAMPLE], jobs=1)
    yield library
    library.close()


def _doccano(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes(lib: Library, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / ("brat" if fmt == "brat" else f"out.{fmt}")
    count = lib.export(fmt, out)
    assert count == lib.article_count()
    assert out.exists()


@pytest.mark.parametrize("fmt", ["doccano", "labelstudio"])
def test_export_import_export_is_identical(lib: Library, tmp_path: Path, fmt: str) -> None:
    first = tmp_path / "first"
    lib.export(fmt, first, suggestions=True)
    changes = lib.import_dataset(fmt, first)
    assert not changes.added and not changes.removed
    second = tmp_path / "second"
    lib.export(fmt, second, suggestions=True)
    assert first.read_bytes() == second.read_bytes()


def test_corrected_dataset_comes_back(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    lib.export("doccano", out, suggestions=True)
    records = _doccano(out)
    record = records[1]
    spans = record["label"]
    assert isinstance(spans, list) and spans
    dropped = spans.pop(0)
    text = str(record["text"])
    start = text.index("会议")
    spans.append([start, start + 2, "ORG"])
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    changes = lib.import_dataset("doccano", out, replace=True)  # it removes a span
    assert len(changes.added) == 1 and len(changes.removed) == 1
    article_id = int(record["article_id"])  # type: ignore[call-overload]
    anns = lib.annotations(article_id)
    assert any(a.start == start and a.label == "ORG" and a.source == "user" for a in anns)
    assert not any([a.start, a.end, a.label] == dropped for a in anns)
    again = tmp_path / "again.jsonl"
    lib.export("doccano", again, suggestions=True)
    spans.sort(key=lambda s: (s[0], s[1], s[2]))
    assert _doccano(again) == records
    assert lib.history(1)[0]["edit"] == "ImportDataset"


def test_unmatched_records_become_a_new_document(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "outside.jsonl"
    path.write_text(
        json.dumps({"text": "王小明在北山县工作。", "label": [[0, 3, "PER"], [4, 7, "LOC"]]})
        + "\n",
        encoding="utf-8",
    )
    changes = lib.import_dataset("doccano", path)
    assert changes.documents and len(changes.added) == 2
    doc = lib.documents()[-1]
    assert doc.name == "outside.jsonl" and doc.n_articles == 1
    article = next(s for s in lib.article_summaries() if s.document_id == doc.id)
    assert [a.quote for a in lib.annotations(article.id)] == ["王小明", "北山县"]


def test_bad_span_in_dataset_changes_nothing(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"text": "短文", "label": [[0, 9, "PER"]]}) + "\n", "utf-8")
    before = rows.dump(lib._conn)
    with pytest.raises(DatasetError) as exc:
        lib.import_dataset("doccano", path)
    assert str(path) in str(exc.value) and "\n" not in str(exc.value)
    assert rows.dump(lib._conn) == before


def test_filters(lib: Library, tmp_path: Path) -> None:
    summaries = lib.article_summaries()
    target = summaries[2].id
    lib.apply(SetReviewStatus(target, "reviewed"))
    out = tmp_path / "r.jsonl"
    assert lib.export("doccano", out, reviewed_only=True) == 1
    assert [r["article_id"] for r in _doccano(out)] == [target]
    anns = lib.annotations(target)
    lib.apply(SetStatus(anns[0].uuid, "accepted"))
    lib.apply(SetStatus(anns[1].uuid, "rejected"))
    lib.export("doccano", out, reviewed_only=True, accepted_only=True)
    assert _doccano(out)[0]["label"] == [[anns[0].start, anns[0].end, anns[0].label]]
    lib.export("doccano", out, reviewed_only=True)
    exported = _doccano(out)[0]["label"]
    assert [anns[1].start, anns[1].end, anns[1].label] not in exported  # type: ignore[operator]
    lib.export("doccano", out, labels=["PER"])
    labels = {s[2] for r in _doccano(out) for s in r["label"]}  # type: ignore[attr-defined]
    assert labels == {"PER"}


def test_quote_mismatch_stops_export(lib: Library, tmp_path: Path) -> None:
    aid = lib.article_summaries()[0].id
    ann = lib.annotations(aid)[0]
    lib._conn.execute("UPDATE annotations SET quote = 'x' WHERE uuid = ?", [ann.uuid])
    out = tmp_path / "x.jsonl"
    with pytest.raises(EditError):
        lib.export("doccano", out)
    assert not out.exists()


def test_linked_fragments_export_merged(tmp_path: Path) -> None:
    with Library.open(tmp_path / "l.sqlite") as lib:
        page1 = synthetic_prepared(
            "p1.txt",
            (("山河县召开春耕会议", "县长李明远出席。"), ("别的新闻", "青松镇新建学校。")),
            continued=((None, "第2版"), (None, None)),
        )
        page2 = synthetic_prepared(
            "p2.txt",
            (("春耕会议", "李明远说，要抓好春耕。"), ("其他", "赵一帆出席。")),
            continued=(("第1版", None), (None, None)),
        )
        lib.store_prepared(page1)
        lib.store_prepared(page2)
        head = next(s for s in lib.article_summaries() if s.title == "山河县召开春耕会议")
        tail = next(s for s in lib.article_summaries() if s.title == "春耕会议")
        assert head.linked == (tail.id,) and tail.linked == (head.id,)
        lib.apply(DeleteSpan(lib.annotations(tail.id)[0].uuid))
        lib.apply(AddSpan(tail.id, 0, 2, "LOC"))
        out = tmp_path / "m.jsonl"
        assert lib.export("doccano", out, suggestions=True) == 3
        merged = next(r for r in _doccano(out) if r["article_id"] == head.id)
        head_text = lib.article(head.id).text
        assert merged["text"] == head_text + "\n" + lib.article(tail.id).text
        assert [len(head_text) + 1, len(head_text) + 3, "LOC"] in merged["label"]  # type: ignore[operator]
        changes = lib.import_dataset("doccano", out)
        assert not changes.added and not changes.removed
