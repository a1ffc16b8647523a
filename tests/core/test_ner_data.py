"""The public-corpus readers and the training split of the shipped model (issue 10): the tag
formats of the copies the model is trained on, and that nothing of a dev or test sentence
reaches the training data, whole or cut short."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.extract import train_ner
from desktop.core.extract.ner_data import read_bio, spans_of
from desktop.core.extract.train_ner import Contained, load_splits


def test_pku_style_tags_are_read() -> None:
    # PKU-derived copies write the part-of-speech name tags: B_nr/M_nr/E_nr, or B-NR/I-NR/S-NR
    assert spans_of(["B_nr", "M_nr", "E_nr", "O", "B_nt", "E_nt", "B_ns", "E_ns"]) == [
        (0, 3, "PER"),
        (4, 6, "ORG"),
        (6, 8, "LOC"),
    ]
    assert spans_of(["B-NR", "I-NR", "S-NS", "O", "B-NT", "I-NT"]) == [
        (0, 2, "PER"),
        (2, 3, "LOC"),
        (4, 6, "ORG"),
    ]
    assert spans_of(["B_LOC", "I_LOC", "O"]) == [(0, 2, "LOC")]
    # tags that are not names stay out
    assert spans_of(["B_t", "E_t", "B-DATE", "I-DATE"]) == []


def test_read_bio_with_underscore_tags(tmp_path: Path) -> None:
    f = tmp_path / "pku"
    f.write_text("国 B_nt\n务 M_nt\n院 E_nt\n\n张 B_nr\n勇 E_nr\n说 O\n", encoding="utf-8")
    got = read_bio(f)
    assert [(s.text, s.spans) for s in got] == [
        ("国务院", ((0, 3, "ORG"),)),
        ("张勇说", ((0, 2, "PER"),)),
    ]


def test_contained_finds_pieces_of_sentences() -> None:
    inside = Contained(["中共中央总书记江泽民在会上讲话。", "新华社北京一月一日电"])
    assert "江泽民在会上讲话" in inside  # 8 characters, looked up by its first 6
    assert "新华社北京" in inside  # 5
    assert "北京一月" in inside  # 4
    assert "中共中央总书记江泽民在会上讲话。" in inside  # the whole sentence
    assert "江泽民在会下讲话" not in inside
    assert "江泽民" not in inside  # under 4 characters: a name alone is not a sentence
    assert "讲话。新华社" not in inside  # never across two sentences
    assert "讲话。\n新华社" not in inside


def _write_bio(path: Path, sentences: list[list[tuple[str, str]]]) -> None:
    path.write_text(
        "".join("".join(f"{c} {t}\n" for c, t in s) + "\n" for s in sentences), encoding="utf-8"
    )


def _plain(text: str) -> list[tuple[str, str]]:
    return [(c, "O") for c in text]


def test_load_splits_keeps_held_sentences_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    test_file = tmp_path / "test.bio"
    _write_bio(test_file, [_plain("这是测试集里的一个完整句子。")])
    monkeypatch.setattr(train_ner, "TEST_SPLITS", (test_file,))
    monkeypatch.setattr(train_ner, "DEV_SIZE", 1)
    data = tmp_path / "data"
    data.mkdir()
    msra = ["第一句话在这里。", "第二句话在这里。", "开发集的句子。"]
    (data / "msra_val_sent.txt").write_text(
        "".join(" ".join(s) + "\n" for s in msra), encoding="utf-8"
    )
    (data / "msra_val_tags.txt").write_text(
        "".join(" ".join("O" for _ in s) + "\n" for s in msra), encoding="utf-8"
    )
    _write_bio(data / "pd_dev", [_plain("人民日报开发句。"), _plain("人民日报训练句。")])
    _write_bio(
        data / "msra_more",
        [
            _plain("这是测试集里的一个完整句子。"),  # a test sentence: out
            _plain("这是测试集里的一个"),  # cut short (a copy truncated it): out
            _plain("第一句话在这里。"),  # a duplicate: once
            [("张", "B-NR"), ("三", "I-NR"), ("来", "O"), ("了", "O"), ("。", "O")],
        ],
    )
    _write_bio(data / "pd_more", [_plain("开发集的句子"), [("北", "B_LOC"), ("京", "I_LOC")]])
    train, dev = load_splits(data)
    assert [s.text for s in dev] == ["开发集的句子。", "人民日报开发句。"]
    texts = [s.text for s in train]
    assert texts == [
        "第一句话在这里。",
        "第二句话在这里。",
        "人民日报训练句。",
        "张三来了。",
        "北京",
    ]
    assert train[3].spans == ((0, 2, "PER"),)
    assert train[4].spans == ((0, 2, "LOC"),)
