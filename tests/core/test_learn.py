"""Learning from corrections (issue 10): reviewed records in, a project model out, used by the
project's extraction and re-suggestion (one undoable step)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.learn import ProjectModel, project_model
from desktop.core.library import Library
from tests.core.test_extract_devset import load

ROOT = Path(__file__).resolve().parents[2]


def _records(path: Path, rows: list[tuple[str, set[tuple[int, int, str]]]]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for text, spans in rows:
            out.write(json.dumps({"text": text, "label": sorted(map(list, spans))}) + "\n")
    return path


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("learn")
    data = load()
    reviewed = _records(tmp / "reviewed.jsonl", data[:40])
    open_ = _records(tmp / "open.jsonl", [(t, set()) for t, _ in data[40:50]])
    project = tmp / "p.sqlite"
    run = [sys.executable, "-m", "desktop"]
    subprocess.run(
        [*run, "import-dataset", str(reviewed), "--project", str(project), "--format",
         "doccano", "--reviewed"],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    with Library.open(project) as lib:
        lib.import_dataset("doccano", open_)
    out = subprocess.run(
        [*run, "train", "--project", str(project)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert "trained on 40 reviewed article(s)" in out and "project model F1" in out, out
    return project


def test_import_reviewed_marks_the_records_articles(trained: Path) -> None:
    with Library.open(trained) as lib:
        statuses = [s.status for s in lib.article_summaries()]
    assert statuses.count("reviewed") == 40 and len(statuses) == 50


def test_the_project_model_is_stored_and_used(trained: Path) -> None:
    with Library.open(trained) as lib:
        model = project_model(lib._conn)
        assert isinstance(model, ProjectModel)
        ext = lib.extractor()
        assert ext.model is not None and ext.convention == "corpus"
        ents = ext.extract("国务院总理李强在北京会见了来访的法国总统马克龙。").entities
        assert ents and all(0.0 <= e.confidence <= 1.0 for e in ents)


def test_resuggest_is_one_undoable_step(trained: Path) -> None:
    with Library.open(trained) as lib:
        open_ids = [s.id for s in lib.article_summaries() if s.status != "reviewed"]
        reviewed = [s.id for s in lib.article_summaries() if s.status == "reviewed"]
        before = {a: lib.annotations(a) for a in open_ids + reviewed}
        edit = lib.resuggest()
        after = {a: lib.annotations(a) for a in open_ids}
        assert any(after[a] for a in open_ids)
        assert all(a.suggested_by for anns in after.values() for a in anns)
        assert all(lib.annotations(a) == before[a] for a in reviewed)  # reviewed untouched
        lib.revert(edit)
        assert {a: lib.annotations(a) for a in open_ids + reviewed} == before


def test_training_can_be_cancelled_and_reports_progress(trained: Path) -> None:
    seen: list[float] = []
    with Library.open(trained) as lib:
        stored = lib._conn.execute("SELECT trained_at FROM project_models").fetchall()
        with pytest.raises(InterruptedError):
            lib.train_model(progress=seen.append, cancelled=lambda: len(seen) > 3)
        assert lib._conn.execute("SELECT trained_at FROM project_models").fetchall() == stored
    assert seen and all(0.0 <= f <= 1.0 for f in seen)


def test_extract_lines_with_the_project_model(trained: Path, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "记者王建国报道，上海市政府召开会议。"}) + "\n", "utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "extract", "--lines", str(src), "--project",
         str(trained)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    record = json.loads(out)
    assert len(record["entities"]) == len(record["sources"])


def test_too_few_reviewed_articles_is_told_before_anything_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window showed its progress for seconds (dictionaries, shipped model) before
    saying that the project has too few reviewed articles: the count comes first now."""
    from desktop.core import learn
    from desktop.core.errors import ProjectError

    def loaded() -> None:
        raise AssertionError("loaded before counting the reviewed articles")

    monkeypatch.setattr(learn, "warm_up", loaded)
    monkeypatch.setattr(learn, "shipped_model", loaded)
    with (
        Library.open(tmp_path / "p.sqlite") as lib,
        pytest.raises(ProjectError, match="0 reviewed article"),
    ):
        lib.train_model()
