"""How much work the model does inside the extractor (issue 10's speed goal), counted, not
timed: the model runs only on the clauses that may hold a name no rule covers, once per such
clause, with one feature computation each; a sentence whose names the rules all found never
reaches it. A change that tags whole sentences, or every clause, fails here on any machine
(``python -m bench ner`` prints the speed ratios themselves)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from desktop.core.extract import (
    Extractor,
    crf,
    crf_fast,
    entities,
    segment,
    shipped_model,
    warm_up,
)
from desktop.core.extract.crf import CrfModel, Tagged
from desktop.core.extract.ner_data import Span
from tests.core.test_extract_devset import load

_CLAUSE_ENDS = "，。；！？：,;!?:\n"


class Counting:
    """The shipped model, recording the text of every call."""

    def __init__(self, model: CrfModel) -> None:
        self.model = model
        self.texts: list[str] = []

    def run(self, text: str, tokens: Sequence[segment.Token], rule_spans: Sequence[Span]) -> Tagged:
        self.texts.append(text)
        return self.model.run(text, tokens, rule_spans)


@pytest.fixture(scope="module")
def model() -> CrfModel:
    warm_up()
    found = shipped_model()
    assert found is not None, "the shipped model is missing from resources/models"
    return found


@pytest.fixture
def counting(model: CrfModel) -> Counting:
    return Counting(model)


@pytest.fixture
def feature_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Texts whose features were computed: as strings (:func:`crf.features`, CRFsuite's
    tagger) or as the in-process tagger's arrays (:meth:`crf_fast.FastCrf.encode`)."""
    calls: list[str] = []
    real = crf.features
    real_encode = crf_fast.FastCrf.encode

    def counted(text: str, *args: object) -> list[list[str]]:
        calls.append(text)
        return real(text, *args)  # type: ignore[arg-type]

    def encoded(self: crf_fast.FastCrf, text: str, *args: object) -> object:
        calls.append(text)
        return real_encode(self, text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(crf, "features", counted)
    monkeypatch.setattr(crf_fast.FastCrf, "encode", encoded)
    yield calls


def test_a_sentence_whose_names_the_rules_found_never_reaches_the_model(
    counting: Counting, feature_calls: list[str]
) -> None:
    text = "新华社北京3月5日电，国务院总理李强在人民大会堂作政府工作报告。"
    with_model = Extractor(counting).extract(text).entities
    assert counting.texts == [] and feature_calls == []
    rules = Extractor(None).extract(text).entities
    assert with_model == rules
    assert [(e.source, e.confidence) for e in with_model] == [
        (e.source, e.confidence) for e in rules
    ]


def test_the_model_tags_only_the_clause_with_names_once(
    counting: Counting, feature_calls: list[str]
) -> None:
    text = "会议由市长主持，出席会议的有孔繁森、董炯和巴金等同志，会议通过了决议。"
    found = Extractor(counting).extract(text).entities
    assert counting.texts == ["出席会议的有孔繁森、董炯和巴金等同志，"]
    assert feature_calls == counting.texts  # one feature computation per tagged clause
    assert [(e.text, e.source) for e in found] == [
        ("孔繁森", "model"),
        ("董炯", "model"),
        ("巴金", "model"),
    ]


def test_over_the_dev_set_the_model_sees_a_fifth_of_the_text_in_whole_clauses(
    counting: Counting, feature_calls: list[str]
) -> None:
    texts = [t for t, _ in load()]
    extractor = Extractor(counting)
    for text in texts:
        before = len(counting.texts)
        extractor.extract(text)
        for clause in counting.texts[before:]:
            start = text.index(clause)
            assert start == 0 or text[start - 1] in _CLAUSE_ENDS, clause
            end = start + len(clause)
            assert end == len(text) or clause[-1] in _CLAUSE_ENDS, clause
    chars = sum(map(len, texts))
    tagged = sum(map(len, counting.texts))
    # today 43 clauses, 718 of 3,733 characters (19%; 53 and 906 with RARE at 500); tagging
    # every sentence would be 193 calls and all the characters
    assert len(counting.texts) <= 0.27 * len(texts)
    assert tagged <= 0.22 * chars
    assert feature_calls == counting.texts


def test_a_words_name_check_is_made_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str | None]] = []
    real = entities._name_like

    def counted(word: str, tag: str | None, first: frozenset[str]) -> bool:
        calls.append((word, tag))
        return real(word, tag, first)

    monkeypatch.setattr(entities, "_name_like", counted)
    monkeypatch.setattr(entities, "_LIKE", {})
    extractor = Extractor(Counting(CrfModel(crf.SHIPPED)))
    texts = [t for t, _ in load()][:60]
    for text in texts:
        extractor.extract(text)
    assert calls and len(calls) == len(set(calls))
    calls.clear()
    for text in texts:
        extractor.extract(text)
    assert calls == []
