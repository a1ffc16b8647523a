"""`newsdesk extract` end to end through desktop.cli.main, as design.md specifies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_d93c9dc7b4603325.txt"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_page_json_has_entities_and_figures(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(SAMPLE), "--json"], capsys)
    assert code == 0
    doc = json.loads(out)
    assert doc["source"] == SAMPLE.name
    entities = [e for a in doc["articles"] for e in a["entities"]]
    figures = [f for a in doc["articles"] for f in a["figures"]]
    assert len(entities) > 50 and len(figures) > 40
    for article in doc["articles"]:
        text = article["text"]
        for e in article["entities"]:
            assert text[e["start"] : e["end"]] == e["text"]
            assert e["label"] in ("PER", "LOC", "ORG")
        for f in article["figures"]:
            assert text[f["start"] : f["end"]] == f["text"]
    money = next(f for f in figures if f["text"] == "1539.4亿元")
    assert money["value"] == 153940000000 and money["unit"] == "元"
    assert money["metric"] == "地区生产总值" and money["kind"] == "money"


def test_lines_mode_keeps_fields_and_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": 1, "text": "市长周明远说，全市完成投资1539.4 亿元。"},
        {"id": 2, "text": "2月 23日，大同市举行活动。", "extra": [1, 2]},
    ]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    code, out, _ = run(["extract", "--lines", str(src)], capsys)
    assert code == 0
    got = [json.loads(line) for line in out.splitlines()]
    assert [g["id"] for g in got] == [1, 2]
    assert got[1]["extra"] == [1, 2]
    first = got[0]
    assert [first["text"][s:e] for s, e, _ in first["entities"]] == ["周明远"]
    fig = first["figures"][0]
    assert fig["text"] == "1539.4 亿元" and fig["value"] == 153940000000
    assert got[1]["figures"][0]["text"] == "2月 23日"
    second = got[1]
    start, end, label = second["entities"][0]
    assert (second["text"][start:end], label) == ("大同市", "LOC")


def test_lines_mode_streams_a_large_file_on_every_core_with_blank_lines_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Enough lines for the worker pool; blank lines (also first and last) stay blank lines
    in place, and each record's result is the one-by-one extraction of its own text."""
    from desktop.core.extract import get_extractor

    texts = [f"第{i}天，市长周明远在大同市说，投资{i}亿元。" for i in range(1, 1201)]
    lines = [
        "",
        *[json.dumps({"n": i, "text": t}, ensure_ascii=False) for i, t in enumerate(texts)],
    ]
    lines[600:600] = ["", "   "]
    src = tmp_path / "big.jsonl"
    src.write_text("\n".join([*lines, "", ""]), "utf-8")
    try:
        code, out, _ = run(["extract", "--lines", str(src)], capsys)
    finally:
        get_extractor().close()
    assert code == 0
    got = out.split("\n")
    assert len(got) == len(lines) + 2
    assert got[0] == "" and got[600] == "" and got[601] == "" and got[-2:] == ["", ""]
    results = [json.loads(line) for line in got if line.strip()]
    assert [r["n"] for r in results] == list(range(len(texts)))
    extractor = get_extractor()
    for r in results[::97]:
        ext = extractor.extract(r["text"])
        assert r["entities"] == [[e.start, e.end, e.label] for e in ext.entities]
        assert [f["text"] for f in r["figures"]] == [f.text for f in ext.figures]


def test_bad_lines_file_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text('{"text": "好"}\nnot json\n', "utf-8")
    code, _, err = run(["extract", "--lines", str(src)], capsys)
    assert code != 0
    assert err.count("\n") == 1 and "bad.jsonl" in err and "Traceback" not in err


def test_missing_lines_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", "--lines", str(tmp_path / "nope.jsonl")], capsys)
    assert code != 0 and "nope.jsonl" in err and err.count("\n") == 1


def test_convention_corpus_follows_the_public_corpora(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The guideline splits a delegation into its country and a common noun; MSRA and People's
    Daily tag the delegation as one ORG, and ``--convention corpus`` follows them."""
    src = tmp_path / "in.jsonl"
    text = "中国代表团昨天抵达北京。"
    src.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", "utf-8")

    def spans(*extra: str) -> list[tuple[str, str]]:
        code, out, _ = run(["extract", "--lines", str(src), *extra], capsys)
        assert code == 0
        got = json.loads(out)
        return [(text[s:e], label) for s, e, label in got["entities"]]

    assert ("中国", "LOC") in spans()
    assert spans("--convention", "guideline") == spans()
    corpus = spans("--convention", "corpus")
    assert ("中国代表团", "ORG") in corpus and ("北京", "LOC") in corpus


def test_convention_and_project_are_exclusive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A project's model learned the project's own conventions: the flags do not combine."""
    with pytest.raises(SystemExit):
        main(["extract", "--lines", "x.jsonl", "--project", "p.sqlite", "--convention", "corpus"])
    assert "not allowed with" in capsys.readouterr().err
