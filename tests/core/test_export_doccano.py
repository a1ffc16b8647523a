"""doccano JSONL: the shape doccano imports, round trips, and reader errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import export
from desktop.core.errors import DatasetError
from desktop.core.export._common import to_record
from tests.core.test_export_common import (
    article_from_record,
    find,
    make_article,
    sample_article,
    sample_articles,
    work,
)

__all__ = ["work"]


def test_shape_is_doccano_sequence_labelling_jsonl(work: Path) -> None:
    out = work / "data.jsonl"
    export.write("doccano", sample_articles(), out)
    raw = out.read_text(encoding="utf-8")
    lines = raw.split("\n")
    assert lines[-1] == "" and len(lines) == 4  # one line per article, newline-terminated
    first = json.loads(lines[0])
    assert list(first)[:2] == ["text", "label"]
    assert first["text"] == sample_article().text
    units = len(first["text"].encode("utf-16-le")) // 2  # offsets count UTF-16 code units
    for start, end, label in first["label"]:
        assert type(start) is int and type(end) is int and isinstance(label, str)
        assert 0 <= start < end <= units
    assert first["label"] == sorted(first["label"])
    assert (first["article_id"], first["document"], first["index"]) == (1, "dir/003_abc.txt", 0)
    assert json.loads(lines[1])["fragments"] == [2, 5]
    assert "fragments" not in first
    assert json.loads(lines[2])["label"] == []
    assert "𠮷" in raw and "\\u" not in raw  # UTF-8 as is, not \u escapes


def test_offsets_count_utf16_code_units_by_default(work: Path) -> None:
    """What a default doccano project counts (its front end measures JavaScript strings)."""
    text = "𠮷𠮷见到𠮷小川"
    start, end = find(text, "𠮷小川")
    export.write("doccano", [make_article(text, [(start, end, "PER")])], work / "d.jsonl")
    line = json.loads((work / "d.jsonl").read_text(encoding="utf-8"))
    assert line["label"] == [[6, 10, "PER"]]
    units = line["text"].encode("utf-16-le")
    assert units[12:20].decode("utf-16-le") == "𠮷小川"  # what JavaScript's slice(6, 10) shows
    assert export.read("doccano", work / "d.jsonl")[0].spans == ((4, 7, "PER"),)


def test_offsets_count_code_points_on_request(work: Path) -> None:
    """What doccano counts with grapheme mode on."""
    text = "𠮷𠮷见到𠮷小川"
    start, end = find(text, "𠮷小川")
    options = export.ExportOptions(offsets="codepoints")
    export.write("doccano", [make_article(text, [(start, end, "PER")])], work / "d.jsonl", options)
    line = json.loads((work / "d.jsonl").read_text(encoding="utf-8"))
    assert line["label"] == [[4, 7, "PER"]]
    assert line["text"][4:7] == "𠮷小川"
    records = export.read("doccano", work / "d.jsonl", offsets="codepoints")
    assert records[0].spans == ((4, 7, "PER"),)


def test_offsets_without_astral_characters_are_the_same_either_way(work: Path) -> None:
    text = "张某见到李某"
    for offsets in export.OFFSETS:
        options = export.ExportOptions(offsets=offsets)
        export.write("doccano", [make_article(text, [(4, 6, "PER")])], work / "d.jsonl", options)
        assert json.loads((work / "d.jsonl").read_text(encoding="utf-8"))["label"] == [
            [4, 6, "PER"]
        ]


def test_utf16_offsets_inside_a_character_are_refused(work: Path) -> None:
    path = work / "d.jsonl"
    path.write_text(json.dumps({"text": "𠮷小川", "label": [[1, 3, "PER"]]}) + "\n", "utf-8")
    with pytest.raises(DatasetError, match=r"line 1: span 1-3 does not fall on character"):
        export.read("doccano", path)
    assert export.read("doccano", path, offsets="codepoints")[0].spans == ((1, 3, "PER"),)


def test_round_trip_records_and_bytes(work: Path) -> None:
    first = work / "first.jsonl"
    articles = sample_articles()
    export.write("doccano", articles, first)
    records = export.read("doccano", first)
    assert records == [to_record(a) for a in articles]
    second = work / "second.jsonl"
    export.write("doccano", [article_from_record(r) for r in records], second)
    assert second.read_bytes() == first.read_bytes()


texts = st.text(
    alphabet=st.sampled_from('张某市县委𠮷 \n\t"\\{}[]#*\u2028\u3000\x85,.1%'),
    min_size=1,
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), text=texts)
def test_round_trip_any_text(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, text: str
) -> None:
    pairs = data.draw(
        st.lists(st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))), max_size=5)
    )
    label = st.sampled_from(["PER", "LOC", "ORG", "自定义 标签"])
    spans = [(s, e, data.draw(label)) for s, e in pairs if s < e]
    article = make_article(text, spans)
    out = tmp_path_factory.mktemp("d") / "x.jsonl"
    export.write("doccano", [article], out)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1  # one physical line
    (record,) = export.read("doccano", out)
    assert record == to_record(article)


def test_reads_doccano_exports(work: Path) -> None:
    path = work / "exported.jsonl"
    lines = [
        {"id": 5, "text": "王某在某市", "labels": [[3, 5, "LOC"], [0, 2, "PER"]], "Comments": []},
        {
            "id": 6,
            "text": "某公司",
            "entities": [{"id": 1, "label": "ORG", "start_offset": 0, "end_offset": 3}],
            "relations": [],
        },
        {"text": "无标注"},
    ]
    path.write_text("\ufeff" + "\r\n".join(json.dumps(x) for x in lines) + "\r\n\r\n", "utf-8")
    records = export.read("doccano", path)
    assert [r.spans for r in records] == [((0, 2, "PER"), (3, 5, "LOC")), ((0, 3, "ORG"),), ()]
    assert records[0].meta == {"id": 5, "Comments": []}
    assert records[1].meta == {"id": 6}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"text": "好"}\n{"text": "坏",\n', "line 2: not JSON"),
        ('{"text": "好"}\n\n{"label": []}\n', 'line 3: no "text" string field'),
        ('{"text": 5}\n', 'line 1: no "text" string field'),
        ('["text"]\n', "line 1: not a JSON object"),
        ('{"text": "某市", "label": [[0, 3, "LOC"]]}\n', "line 1, span 1: span 0-3 is outside"),
        ('{"text": "某市", "label": [[1, 1, "LOC"]]}\n', "line 1, span 1: span 1-1 is outside"),
        ('{"text": "某市", "label": [[-1, 1, "LOC"]]}\n', "span -1-1 is outside"),
        ('{"text": "某市", "label": [[0, 1.5, "LOC"]]}\n', "must be integers"),
        ('{"text": "某市", "label": [[0, 1, ""]]}\n', "non-empty string"),
        ('{"text": "某市", "label": ["positive"]}\n', "line 1, span 1: not a [start, end, label]"),
        ('{"text": "某市", "label": 3}\n', '"label" must be a list'),
    ],
)
def test_reader_errors_name_the_file_and_line(work: Path, content: str, expected: str) -> None:
    path = work / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DatasetError) as err:
        export.read("doccano", path)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and expected in message and "\n" not in message


def test_unreadable_files(work: Path) -> None:
    (work / "latin.jsonl").write_bytes(b'{"text": "caf\xe9"}\n')
    with pytest.raises(DatasetError, match="not UTF-8"):
        export.read("doccano", work / "latin.jsonl")
    with pytest.raises(DatasetError, match=r"latin2\.jsonl: No such file"):
        export.read("doccano", work / "latin2.jsonl")
    with pytest.raises(DatasetError, match="is a folder"):
        export.read("doccano", work)
