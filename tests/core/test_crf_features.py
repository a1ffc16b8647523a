"""The CRF's feature function (issue 10): one feature list per character, the same for training
and tagging, and the templates it is documented to have."""

from __future__ import annotations

from desktop.core.extract import crf, segment
from desktop.core.extract.crf import features

TEXT = "美国总统克林顿在北京市会见外交部长"


def _by_name(feats: list[str]) -> dict[str, str]:
    return dict(f.split("=", 1) for f in feats if "=" in f)


def test_one_list_per_character() -> None:
    tokens = segment.tokenize(TEXT)
    got = features(TEXT, tokens, [])
    assert len(got) == len(TEXT)
    assert all(f and len(f) == len(set(f)) for f in got)


def test_character_windows_and_ngrams() -> None:
    got = features(TEXT, segment.tokenize(TEXT), [])
    k = TEXT.index("林")
    f = _by_name(got[k])
    assert f["c0"] == "林" and f["c-1"] == "克" and f["c1"] == "顿"
    assert f["c-2"] == "统" and f["c2"] == "在"
    assert f["b-2"] == "统克" and f["b-1"] == "克林" and f["b0"] == "林顿" and f["b1"] == "顿在"
    assert f["t0"] == "克林顿"
    # padding at the sentence's edges
    first = _by_name(got[0])
    assert first["c-1"] == "^" and first["b-2"] == "^^" and first["t0"] == "^美国"
    last = _by_name(got[-1])
    assert last["c1"] == "$" and last["b1"] == "$$"


def test_neighbouring_words_at_word_edges() -> None:
    tokens = segment.tokenize(TEXT)
    got = features(TEXT, tokens, [])
    for ti, tok in enumerate(tokens):
        start, end = _by_name(got[tok.start]), _by_name(got[tok.end - 1])
        assert start["pw"] == (tokens[ti - 1].text if ti else "^")
        assert end["nw"] == (tokens[ti + 1].text if ti + 1 < len(tokens) else "$")
        for i in range(tok.start + 1, tok.end - 1):  # inside a word: neither
            assert "pw" not in _by_name(got[i]) and "nw" not in _by_name(got[i])


def test_transliteration_window() -> None:
    got = features(TEXT, segment.tokenize(TEXT), [])
    assert _by_name(got[TEXT.index("林")])["tr"] == "-ttt-"  # 统 克 林 顿 在
    assert _by_name(got[0])["tr"] == "--t--"  # ^ ^ 美 国 总: only 美 is one


def test_rules_output_is_a_feature() -> None:
    tokens = segment.tokenize(TEXT)
    k = TEXT.index("克")
    got = features(TEXT, tokens, [(k, k + 3, "PER")])
    assert _by_name(got[k])["r"] == "BPER"
    assert _by_name(got[k + 2])["r"] == "IPER"
    assert _by_name(got[k + 3])["r"] == "O"


def test_the_shipped_model_reads_these_features() -> None:
    model = crf.CrfModel(crf.SHIPPED)
    text = "国务院总理朱镕基昨天在北京会见了美国总统克林顿。"
    spans = {(text[s:e], label) for s, e, label, _ in model.tag(text, segment.tokenize(text), [])}
    assert {("朱镕基", "PER"), ("北京", "LOC"), ("克林顿", "PER")} <= spans
