"""Label Studio JSON: task shape with pre-annotations, labeling config, round trips, errors."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import export
from desktop.core.errors import DatasetError
from desktop.core.export import labelstudio
from desktop.core.export._common import to_record
from desktop.core.records import Label
from tests.core.test_export_common import (
    article_from_record,
    find,
    make_article,
    sample_article,
    sample_articles,
    work,
)

__all__ = ["work"]


def test_shape_is_label_studio_tasks_with_annotations(work: Path) -> None:
    out = work / "tasks.json"
    export.write("labelstudio", sample_articles(), out)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(tasks, list) and len(tasks) == 3
    task = tasks[0]
    assert set(task) == {"data", "annotations"}
    assert task["data"]["text"] == sample_article().text
    assert task["data"]["article_id"] == 1 and task["data"]["document"] == "dir/003_abc.txt"
    (annotation,) = task["annotations"]
    ids = set()
    for result in annotation["result"]:
        assert set(result) == {"id", "from_name", "to_name", "type", "value"}
        assert (result["from_name"], result["to_name"], result["type"]) == (
            "label",
            "text",
            "labels",
        )
        value = result["value"]
        assert set(value) == {"start", "end", "text", "labels"}
        assert type(value["start"]) is int and type(value["end"]) is int
        assert task["data"]["text"][value["start"] : value["end"]] == value["text"]
        assert isinstance(value["labels"], list) and len(value["labels"]) == 1
        ids.add(result["id"])
    assert len(ids) == len(annotation["result"])  # region ids unique within the annotation
    assert tasks[2]["annotations"] == []  # no spans: not counted as labelled


def test_labeling_config_matches_the_tasks() -> None:
    xml = labelstudio.labeling_config(["PER", Label("LOC", "#00aa00", "l", "entity"), 'A&B "x"'])
    root = ET.fromstring(xml)
    assert root.tag == "View"
    labels = root.find("Labels")
    text = root.find("Text")
    assert labels is not None and text is not None
    assert labels.get("name") == "label" and labels.get("toName") == "text"
    assert text.get("name") == "text" and text.get("value") == "$text"
    values = [(el.get("value"), el.get("background"), el.get("hotkey")) for el in labels]
    assert values == [("PER", None, None), ("LOC", "#00aa00", "l"), ('A&B "x"', None, None)]


def test_offsets_count_code_points_after_a_non_bmp_character(work: Path) -> None:
    text = "𠮷𠮷见到𠮷小川"
    start, end = find(text, "𠮷小川")
    export.write("labelstudio", [make_article(text, [(start, end, "PER")])], work / "t.json")
    (task,) = json.loads((work / "t.json").read_text(encoding="utf-8"))
    value = task["annotations"][0]["result"][0]["value"]
    assert (value["start"], value["end"], value["text"]) == (4, 7, "𠮷小川")


def test_round_trip_records_and_bytes(work: Path) -> None:
    first = work / "first.json"
    articles = sample_articles()
    export.write("labelstudio", articles, first)
    records = export.read("labelstudio", first)
    assert records == [to_record(a) for a in articles]
    second = work / "second.json"
    export.write("labelstudio", [article_from_record(r) for r in records], second)
    assert second.read_bytes() == first.read_bytes()


TEXTS = st.text(alphabet='张某市𠮷 \n"\\[]{},\u2028\x85', min_size=1, max_size=30)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), text=TEXTS)
def test_round_trip_any_text(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, text: str
) -> None:
    pairs = data.draw(
        st.lists(st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))), max_size=5)
    )
    spans = [(s, e, data.draw(st.sampled_from(["PER", "标 签"]))) for s, e in pairs if s < e]
    article = make_article(text, spans)
    out = tmp_path_factory.mktemp("ls") / "x.json"
    export.write("labelstudio", [article], out)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3  # "[", the task, "]"
    assert export.read("labelstudio", out) == [to_record(article)]


def test_empty_export_is_an_empty_list(work: Path) -> None:
    export.write("labelstudio", [], work / "empty.json")
    assert json.loads((work / "empty.json").read_text(encoding="utf-8")) == []
    assert export.read("labelstudio", work / "empty.json") == []


def _result(start: int, end: int, label: str, text: str | None = None) -> dict[str, Any]:
    value: dict[str, Any] = {"start": start, "end": end, "labels": [label]}
    if text is not None:
        value["text"] = text
    return {"id": "x", "from_name": "label", "to_name": "text", "type": "labels", "value": value}


def test_reads_what_label_studio_exports(work: Path) -> None:
    text = "王某在某市"
    tasks = [
        {  # corrected: the last annotation that was not cancelled wins over predictions
            "id": 11,
            "data": {"text": text, "article_id": 4},
            "annotations": [
                {"result": [_result(0, 2, "PER")], "was_cancelled": False},
                {"result": [_result(0, 2, "PER"), _result(3, 5, "LOC", "某市")]},
                {"result": [], "was_cancelled": True},
            ],
            "predictions": [{"result": [_result(0, 1, "ORG")]}],
        },
        {  # pre-annotated only
            "data": {"text": text},
            "annotations": [],
            "predictions": [{"result": [_result(3, 5, "LOC")], "score": 0.5}],
        },
        {  # other result types are ignored; several labels on one region
            "data": {"text": text},
            "annotations": [
                {
                    "result": [
                        {"type": "choices", "value": {"choices": ["ok"]}},
                        {"type": "labels", "value": {"start": 0, "end": 2, "labels": ["A", "B"]}},
                    ]
                }
            ],
        },
    ]
    path = work / "export.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False, indent=2), encoding="utf-8")
    records = export.read("labelstudio", path)
    assert [r.spans for r in records] == [
        ((0, 2, "PER"), (3, 5, "LOC")),
        ((3, 5, "LOC"),),
        ((0, 2, "A"), (0, 2, "B")),
    ]
    assert records[0].meta == {"article_id": 4}


def test_a_single_task_object_is_accepted(work: Path) -> None:
    path = work / "one.json"
    path.write_text(json.dumps({"data": {"text": "某市"}}), encoding="utf-8")
    assert export.read("labelstudio", path)[0].text == "某市"


def _task(text: str, *results: dict[str, Any]) -> dict[str, Any]:
    return {"data": {"text": text}, "annotations": [{"result": list(results)}]}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('[{"data": {"text": "好"}},\n {"data": ', "line 2 column 11: not JSON"),
        ('{"tasks": 1}', 'task 1: no "data" object with a "text" string'),
        ("3", "not a list of Label Studio tasks"),
        ([{"data": {"text": "a"}}, {"data": {"txt": "b"}}], 'task 2: no "data" object'),
        ([{"data": {"text": "a"}}, 5], "task 2: not a JSON object"),
        ([_task("某市", _result(0, 3, "LOC"))], "task 1, result 1: span 0-3 is outside"),
        ([_task("某市", _result(1, 0, "LOC"))], "task 1, result 1: span 1-0 is outside"),
        (
            [_task("𠮷某市", _result(0, 2, "LOC"), _result(2, 4, "LOC", "某市"))],
            "task 1, result 2: span 2-4 is outside",
        ),
        (
            [_task("𠮷某市", _result(1, 3, "LOC", "𠮷某"))],  # offsets counted in UTF-16
            "task 1, result 1: quotes '𠮷某' but the text at 1-3 is '某市'",
        ),
        ([_task("某市", {"type": "labels", "value": {"start": 0, "end": 1}})], 'no "labels"'),
        ([{"data": {"text": "a"}, "annotations": {"result": []}}], '"annotations" must be a list'),
    ],
)
def test_reader_errors_name_the_file_and_task(work: Path, content: object, expected: str) -> None:
    path = work / "bad.json"
    raw = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(raw, encoding="utf-8")
    with pytest.raises(DatasetError) as err:
        export.read("labelstudio", path)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and expected in message and "\n" not in message
