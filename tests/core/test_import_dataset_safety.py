"""import-dataset loses nothing silently (issue 12, items 5, 9, 10, 11, 13; issue 11, item 14).

Each test builds the bad file the attack used and checks the project is unchanged (or changed
exactly as the command said)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.edits import AddSpan
from desktop.core.errors import DatasetError, EditError
from desktop.core.library import Library
from desktop.core.records import Label
from desktop.core.store import rows
from tests.core.test_store import synthetic_prepared

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "p.sqlite")
    library.import_paths([SAMPLE], jobs=1)
    yield library
    library.close()


def _review_all(lib: Library) -> None:
    """Every article reviewed: its spans are then a person's work (Label Studio annotations,
    not predictions), which is what these Label Studio tests are about."""
    from desktop.core.edits import SetReviewStatus

    for summary in lib.article_summaries():
        lib.apply(SetReviewStatus(summary.id, "reviewed"))


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def _total(lib: Library) -> int:
    return sum(len(v) for v in rows.all_annotations(lib._conn).values())


# --- item 9: another tool's shape, removals, preview, revert --------------------------------


def test_prodigy_spans_are_refused_by_name(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    lib.export("doccano", out, suggestions=True)
    prodigy = [
        {
            "text": r["text"],
            "spans": [{"start": s, "end": e, "label": lab} for s, e, lab in r["label"]],
        }  # type: ignore[attr-defined]
        for r in _lines(out)
    ]
    before = rows.dump(lib._conn)
    with pytest.raises(DatasetError) as exc:
        lib.import_dataset("doccano", _write(tmp_path / "p.jsonl", prodigy))
    assert '"spans"' in str(exc.value) and "Prodigy" in str(exc.value)
    assert rows.dump(lib._conn) == before


def test_removals_need_replace_and_the_preview_says_them(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    lib.export("doccano", out, suggestions=True)
    records = _lines(out)
    for r in records:
        r["label"] = []
    path = _write(tmp_path / "empty.jsonl", records)
    n = _total(lib)
    preview = lib.preview_dataset("doccano", path)
    assert preview.removed == n - sum(
        1
        for anns in rows.all_annotations(lib._conn).values()
        for a in anns
        if a.status == "rejected"
    )
    assert preview.destructive and preview.lines()[0].startswith("empty.jsonl")
    before = rows.dump(lib._conn)
    with pytest.raises(DatasetError) as exc:
        lib.import_dataset("doccano", path)
    assert "--replace" in str(exc.value) and f"remove {preview.removed}" in str(exc.value)
    assert rows.dump(lib._conn) == before
    # asked for: removed, and revertible as one edit
    edit = lib.dataset_edit("doccano", path, replace=True)
    changes = lib.import_edit(edit)
    assert len(changes.removed) == preview.removed
    assert lib.history(1)[0]["edit"] == "ImportDataset"
    lib.revert(edit)
    assert _total(lib) == n


def test_history_row_holds_the_removed_annotations(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    lib.export("doccano", out, suggestions=True)
    records = _lines(out)
    target = next(r for r in records if r["label"])
    dropped = target["label"].pop(0)  # type: ignore[attr-defined]
    lib.import_dataset("doccano", _write(tmp_path / "c.jsonl", records), replace=True)
    row = lib.history(1)[0]
    before = row["before"] if isinstance(row["before"], dict) else json.loads(row["before"])
    gone = before["annotations"]
    assert [[a["start"], a["end"], a["label"]] for a in gone] == [dropped]
    assert gone[0]["quote"] and gone[0]["uuid"]


def test_dry_run_changes_nothing(
    lib: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "d.jsonl"
    lib.export("doccano", out, suggestions=True)
    records = _lines(out)
    records[0]["label"] = []
    path = _write(tmp_path / "x.jsonl", records)
    project = str(lib.path)
    before = rows.dump(lib._conn)
    assert (
        main(
            ["import-dataset", str(path), "--project", project, "--format", "doccano", "--dry-run"]
        )
        == 0
    )
    shown = capsys.readouterr().out
    assert "to remove" in shown and "article" in shown
    assert rows.dump(lib._conn) == before
    assert main(["import-dataset", str(path), "--project", project, "--format", "doccano"]) == 2
    assert "--replace" in capsys.readouterr().err


# --- item 5: deep nesting --------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["doccano", "labelstudio"])
def test_deep_nesting_is_one_line(lib: Library, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    with pytest.raises(DatasetError) as exc:
        lib.import_dataset(fmt, path)
    assert "nested" in str(exc.value)


# --- item 10: UTF-16 offsets -------------------------------------------------------------------


def _astral_project(tmp_path: Path) -> tuple[Library, int, str]:
    lib = Library.open(tmp_path / "a.sqlite")
    text = "𠮷野家在北山县开店，王小明说。"
    path = _write(
        tmp_path / "seed.jsonl", [{"text": text, "label": [[4, 7, "LOC"], [10, 13, "PER"]]}]
    )
    lib.import_dataset("doccano", path)
    article_id = lib.article_summaries()[0].id
    return lib, article_id, text


def test_utf16_offsets_are_detected_and_asked(tmp_path: Path) -> None:
    lib, _article_id, text = _astral_project(tmp_path)
    try:
        # doccano's default project counts UTF-16 code units: every span after 𠮷 is one more
        utf16 = _write(
            tmp_path / "u.jsonl", [{"text": text, "label": [[5, 8, "LOC"], [11, 14, "PER"]]}]
        )
        before = rows.dump(lib._conn)
        with pytest.raises(DatasetError) as exc:
            lib.import_dataset("doccano", utf16, replace=True)
        assert "UTF-16" in str(exc.value) and "--offsets" in str(exc.value)
        assert rows.dump(lib._conn) == before
        changes = lib.import_dataset("doccano", utf16, offsets="utf16")
        assert not changes  # the same spans, once counted right
        # a span past the end in code points only fits as UTF-16
        past = _write(tmp_path / "p.jsonl", [{"text": text, "label": [[15, 16, "PER"]]}])
        with pytest.raises(DatasetError) as exc:
            lib.import_dataset("doccano", past, replace=True)
        assert "only make sense as UTF-16" in str(exc.value)
    finally:
        lib.close()


def test_codepoint_files_with_astral_text_import_without_asking(tmp_path: Path) -> None:
    lib, article_id, _text = _astral_project(tmp_path)
    try:
        out = tmp_path / "e.jsonl"
        lib.export("doccano", out, suggestions=True, offsets="codepoints")
        assert not lib.import_dataset("doccano", out)
        assert [(a.start, a.end) for a in lib.annotations(article_id)] == [(4, 7), (10, 13)]
    finally:
        lib.close()


# --- item 11: duplicates, cancelled Label Studio annotations ----------------------------------


def test_conflicting_duplicates_are_refused_identical_ones_reported(
    lib: Library, tmp_path: Path
) -> None:
    out = tmp_path / "d.jsonl"
    lib.export("doccano", out, suggestions=True)
    records = _lines(out)
    target = next(r for r in records if r["label"])
    other = dict(target, label=[])
    before = rows.dump(lib._conn)
    with pytest.raises(DatasetError) as exc:
        lib.import_dataset(
            "doccano", _write(tmp_path / "dup.jsonl", [*records, other]), replace=True
        )
    assert "same article with different spans" in str(exc.value)
    assert rows.dump(lib._conn) == before
    preview = lib.preview_dataset(
        "doccano", _write(tmp_path / "same.jsonl", [*records, dict(target)])
    )
    assert len(preview.duplicates) == 1 and not preview.destructive


def test_cancelled_label_studio_annotation_keeps_the_spans(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "ls.json"
    _review_all(lib)
    lib.export("labelstudio", out)
    tasks = json.loads(out.read_text("utf-8"))
    target = next(t for t in tasks if t["annotations"])
    for a in target["annotations"]:
        a["was_cancelled"] = True
        a["result"] = []
    n = _total(lib)
    path = tmp_path / "c.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), "utf-8")
    preview = lib.preview_dataset("labelstudio", path)
    assert preview.skipped and not preview.destructive
    lib.import_dataset("labelstudio", path)
    assert _total(lib) == n


def test_label_studio_results_of_another_type_are_refused(lib: Library, tmp_path: Path) -> None:
    text = lib.article(lib.article_summaries()[0].id).text
    task = {
        "data": {"text": text},
        "annotations": [{"result": [{"type": "choices", "value": {"choices": ["good"]}}]}],
    }
    path = tmp_path / "t.json"
    path.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    with pytest.raises(DatasetError) as exc:
        lib.import_dataset("labelstudio", path, replace=True)
    assert '"choices"' in str(exc.value)


# --- item 13: one label rule -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["<b>X</b>", "A B", "X" * 10_000, "A\u200bB"])
def test_dataset_labels_follow_the_windows_rule(tmp_path: Path, name: str) -> None:
    with Library.open(tmp_path / "l.sqlite") as lib:
        with pytest.raises(EditError):
            lib.add_label(Label(name, "#123456", "", "entity"))
        path = _write(tmp_path / "l.jsonl", [{"text": "王小明说。", "label": [[0, 3, name]]}])
        before = rows.dump(lib._conn)
        with pytest.raises(DatasetError) as exc:
            lib.import_dataset("doccano", path)
        assert "label" in str(exc.value) and "\n" not in str(exc.value)
        assert len(str(exc.value)) < 300
        assert rows.dump(lib._conn) == before


def test_thousands_of_new_labels_are_refused(tmp_path: Path) -> None:
    with Library.open(tmp_path / "l.sqlite") as lib:
        text = "王" * 3000
        path = _write(
            tmp_path / "l.jsonl",
            [{"text": text, "label": [[i, i + 1, f"L{i}"] for i in range(3000)]}],
        )
        with pytest.raises(DatasetError) as exc:
            lib.import_dataset("doccano", path)
        assert "3000 new labels" in str(exc.value)


# --- issue 11, item 14: round trip through an empty project -----------------------------------


@pytest.mark.parametrize("fmt", ["doccano", "labelstudio"])
def test_round_trip_through_an_empty_project_is_identical(
    lib: Library, tmp_path: Path, fmt: str
) -> None:
    first = tmp_path / f"first.{fmt}"
    _review_all(lib)  # a corrected dataset: Label Studio holds it all as annotations
    lib.export(fmt, first, suggestions=True)
    with Library.open(tmp_path / "fresh.sqlite") as fresh:
        fresh.import_dataset(fmt, first)
        second = tmp_path / f"second.{fmt}"
        fresh.export(fmt, second, suggestions=True)
    assert second.read_bytes() == first.read_bytes()


def test_new_article_keeps_a_taken_id_out(tmp_path: Path) -> None:
    with Library.open(tmp_path / "x.sqlite") as lib:
        lib.store_prepared(synthetic_prepared())
        taken = lib.article_summaries()[0].id
        path = _write(
            tmp_path / "n.jsonl",
            [
                {
                    "text": "全新的文章。",
                    "label": [],
                    "article_id": taken,
                    "document": "n.txt",
                    "index": 4,
                }
            ],
        )
        lib.import_dataset("doccano", path)
        new = next(s for s in lib.article_summaries() if s.document_name == "n.txt")
        assert new.id != taken and lib.article(new.id).index == 4
        assert lib.article(taken).text != "全新的文章。"
        lib.apply(AddSpan(new.id, 0, 2, "LOC"))
