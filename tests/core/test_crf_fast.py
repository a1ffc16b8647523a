"""The in-process CRF tagger (issue 10's speed goal) gives CRFsuite's own answers: the same
labels, the same marginals (to 3 decimals, the confidences), from state scores equal to the
weights of :func:`crf.features`' strings — on whole sets of sentences and on the edge cases
(empty text, one character, characters outside the BMP or never seen, unknown rule labels,
words that do not add up to the text, several threads)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from desktop.core.extract import Extractor, crf_fast, segment, shipped_model, warm_up
from desktop.core.extract.crf import SHIPPED, CrfModel, Tagged, features
from desktop.core.extract.crf_fast import FastCrf, FastCrfModel
from desktop.core.extract.crf_model_file import read_model
from desktop.core.extract.ner_data import Span, read_bio
from desktop.core.extract.registry import rule_candidates
from tests.core.test_extract_devset import DATA, HOLDOUT, load

WEIBO = Path(__file__).parents[1] / "data" / "ner" / "weibo" / "weiboNER_2nd_conll.train"

EDGE_TEXTS = [
    "",
    "我",
    "。",
    "李",
    "𠀋",  # outside the BMP, alone
    "张𠀋华在北京说，𠀋国务院总理李强出席。",  # outside the BMP, among names
    "😀王小明😀",
    "ｗ＝ｗ",
    "中共中央办公厅国务院办公厅",
    "他说：“美国总统克林顿昨天抵达北京”",
    "a^b$c",  # the padding characters inside the text
    "\u0800\u0801\u0802",  # never seen by the model
]


@pytest.fixture(scope="module")
def models() -> tuple[FastCrfModel, CrfModel]:
    warm_up()
    fast = crf_fast.load(SHIPPED)
    assert isinstance(fast, FastCrfModel), "numba or the model file is missing"
    return fast, CrfModel(SHIPPED)


def _inputs(text: str) -> tuple[list[segment.Token], list[Span]]:
    tokens = segment.tokenize(text)
    return tokens, [(s, e, label) for s, e, label, _p, _src in rule_candidates(text, tokens)]


def _texts() -> list[str]:
    texts = [t for t, _ in load()] + [t for t, _ in load(HOLDOUT)]
    texts += [s.text for s in read_bio(WEIBO)[:300]]  # social media: other characters, emoji
    return texts + EDGE_TEXTS


def _same(text: str, rules: Sequence[Span], fast: Tagged, slow: Tagged) -> None:
    assert fast.labels == slow.labels, text
    assert fast.spans == slow.spans, text
    for s, e, label in [*slow.spans, *rules, (0, len(text), "PER"), (0, 1, "XYZ")]:
        assert fast.confidence(s, e, label) == slow.confidence(s, e, label), (text, s, e, label)


def test_the_same_labels_spans_and_confidences_as_crfsuite(
    models: tuple[FastCrfModel, CrfModel],
) -> None:
    fast, slow = models
    texts = _texts()
    assert len(texts) > 600
    with_spans = 0
    for text in texts:
        tokens, rules = _inputs(text)
        a, b = fast.run(text, tokens, rules), slow.run(text, tokens, rules)
        assert not isinstance(b, crf_fast.ArrayTagged) and isinstance(a, crf_fast.ArrayTagged)
        _same(text, rules, a, b)
        with_spans += bool(a.spans)
    assert with_spans > len(texts) / 2  # the comparison is not over all-O sentences


def test_the_marginals_are_crfsuites(models: tuple[FastCrfModel, CrfModel]) -> None:
    fast, slow = models
    worst = 0.0
    for text in [t for t, _ in load()][:60] + EDGE_TEXTS:
        tokens, rules = _inputs(text)
        a, b = fast.run(text, tokens, rules), slow.run(text, tokens, rules)
        assert isinstance(a, crf_fast.ArrayTagged)
        tagger = b._tagger  # type: ignore[attr-defined]
        for i in range(len(text)):
            for y, label in enumerate(fast.compiled().labels):
                worst = max(worst, abs(a.marginal(i, y) - tagger.marginal(label, i)))
        for i in range(len(text)):
            assert sum(a.marginal(i, y) for y in range(len(fast.compiled().labels))) == (
                pytest.approx(1.0)
            )
    assert worst < 1e-9


def test_state_scores_are_the_weights_of_the_feature_strings(
    models: tuple[FastCrfModel, CrfModel],
) -> None:
    """The tables are :func:`crf.features` compiled: at every character, each label's score
    is the sum of the weights of that character's feature strings (unknown ones weigh 0)."""
    fast = models[0].compiled()
    weights = read_model(SHIPPED)
    ids = {name: i for i, name in enumerate(weights.attributes)}
    for text in [t for t, _ in load()][:80] + EDGE_TEXTS + [s.text for s in read_bio(WEIBO)[:40]]:
        tokens, rules = _inputs(text)
        encoded = fast.encode(text, tokens, rules)
        assert encoded is not None
        got = fast.states(encoded)
        want = np.zeros((len(text), len(weights.labels)))
        for i, feats in enumerate(features(text, tokens, rules)):
            for f in feats:
                if f in ids:
                    want[i] += weights.state[ids[f]]
        assert np.allclose(got, want, rtol=0, atol=1e-9), text


def test_rule_tags_the_model_never_saw_weigh_nothing(
    models: tuple[FastCrfModel, CrfModel],
) -> None:
    fast, slow = models
    text = "美国总统克林顿在北京市会见外交部长"
    tokens = segment.tokenize(text)
    for rules in ([(4, 7, "XYZ")], [(0, 2, "LOC"), (1, 5, "PER")], [(4, 7, "PER"), (4, 7, "ORG")]):
        _same(text, rules, fast.run(text, tokens, rules), slow.run(text, tokens, rules))


def test_words_that_do_not_add_up_to_the_text_are_left_to_crfsuite(
    models: tuple[FastCrfModel, CrfModel],
) -> None:
    fast, slow = models
    text = "美国总统克林顿在北京"
    tokens = segment.tokenize(text)
    short = tokens[:-1]  # the last word cut off, as a window's end would
    assert fast.compiled().encode(text, short, []) is None
    a, b = fast.run(text, short, []), slow.run(text, short, [])
    assert not isinstance(a, crf_fast.ArrayTagged)
    assert a.labels == b.labels


def test_a_window_at_the_end_of_a_text(models: tuple[FastCrfModel, CrfModel]) -> None:
    """The guideline convention tags clauses; the last one has no clause end after it."""
    fast, slow = models
    text = "会议由市长主持，出席会议的有孔繁森、董炯和巴金等同志"
    a = Extractor(fast).extract(text).entities
    b = Extractor(slow).extract(text).entities
    assert a == b and [e.confidence for e in a] == [e.confidence for e in b]
    assert ("巴金", "model") in [(e.text, e.source) for e in a]


def test_the_extractor_gives_the_same_entities_and_confidences_either_way(
    models: tuple[FastCrfModel, CrfModel],
) -> None:
    fast, slow = models
    for convention in ("guideline", "corpus"):
        a, b = Extractor(fast, convention), Extractor(slow, convention)
        for text in [t for t, _ in load(DATA)][:80] + EDGE_TEXTS:
            x, y = a.extract(text).entities, b.extract(text).entities
            assert x == y, text
            assert [(e.source, e.confidence) for e in x] == [(e.source, e.confidence) for e in y]


def test_threads_share_one_model(models: tuple[FastCrfModel, CrfModel]) -> None:
    fast, _ = models
    texts = [t for t, _ in load()][:60] + EDGE_TEXTS
    inputs = [(t, *_inputs(t)) for t in texts]
    want = [fast.run(*i).labels for i in inputs]
    got: list[list[list[str]]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            got.append([fast.run(*i).labels for i in inputs])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and got == [want] * 4


def test_the_model_file_reads_as_crfsuite_reads_it() -> None:
    import pycrfsuite

    weights = read_model(SHIPPED)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(SHIPPED))
    info = tagger.info()
    assert list(weights.labels) == tagger.labels()
    label = {name: i for i, name in enumerate(weights.labels)}
    attr = {name: i for i, name in enumerate(weights.attributes)}
    assert len(attr) == len(weights.attributes)
    assert np.count_nonzero(weights.state) == len(info.state_features)
    for (a, y), w in info.state_features.items():
        assert weights.state[attr[a], label[y]] == pytest.approx(w, abs=1e-6)
    for (a, b), w in info.transitions.items():
        assert weights.transitions[label[a], label[b]] == pytest.approx(w, abs=1e-6)


def test_a_file_that_is_not_a_model(tmp_path: Path) -> None:
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"lCRF" + b"\0" * 60)
    with pytest.raises(ValueError, match=r"bad\.crfsuite"):
        read_model(bad)
    assert type(crf_fast.load(bad)) is CrfModel  # CRFsuite's own tagger then (or its error)
    cut = tmp_path / "cut.crfsuite"
    cut.write_bytes(SHIPPED.read_bytes()[:5000])
    with pytest.raises(ValueError, match=r"cut\.crfsuite"):
        FastCrf(cut)


def test_the_shipped_model_is_the_fast_one() -> None:
    assert isinstance(shipped_model(), FastCrfModel)


def test_crfsuites_own_tagger_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_CRFSUITE_TAGGER", "1")
    assert type(shipped_model()) is CrfModel


def test_crfsuites_own_tagger_when_numba_cannot_work(monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(self: FastCrf) -> None:
        raise RuntimeError("cannot cache function: no locator available")

    monkeypatch.setattr(FastCrf, "warm_up", fails)
    assert type(crf_fast.load(SHIPPED)) is CrfModel
