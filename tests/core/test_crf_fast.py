"""The numpy emission path (:mod:`crf_fast`) tags exactly like the plain one: the feature
strings of :func:`crf.features` handed to CRFsuite. Public news sentences (the two public
splits in tests/data/ner, 1,000 each) and the project's dev set, each as a whole and cut into
clauses the way the extractor windows them."""

from __future__ import annotations

import pycrfsuite
import pytest

from desktop.core.extract import segment, shipped_model, warm_up
from desktop.core.extract.crf import CrfModel, Tagged, features
from desktop.core.extract.crf_fast import FastEmissions, read_crfsuite
from desktop.core.extract.ner_data import read_bio
from desktop.core.extract.registry import rule_candidates
from desktop.core.extract.segment import Token
from desktop.core.extract.train_ner import TEST_SPLITS
from tests.core.test_extract_devset import load

LABELS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")


@pytest.fixture(scope="module")
def model() -> CrfModel:
    warm_up()
    m = shipped_model()
    if m is None:
        pytest.skip("no shipped model")
    assert m.fast() is not None
    return m


def _cases() -> list[tuple[str, list[Token], list[tuple[int, int, str]]]]:
    texts = [s.text for path in TEST_SPLITS for s in read_bio(path)[:1000]]
    texts += [t for t, _ in load()]
    out = []
    for text in texts:
        tokens = segment.tokenize(text)
        rules = [(s, e, lb) for s, e, lb, *_ in rule_candidates(text, tokens)]
        out.append((text, tokens, rules))
        # a clause from the middle, re-based as the extractor does (its own pads, rules)
        cut = next((t.end for t in tokens if t.text in "，," and 0 < t.end < len(text)), 0)
        if cut:
            toks = [
                Token(t.text, t.start - cut, t.end - cut, t.tag) for t in tokens if t.start >= cut
            ]
            inside = [(s - cut, e - cut, lb) for s, e, lb in rules if s >= cut]
            out.append((text[cut:], toks, inside))
    return out


def test_same_labels_and_marginals_as_crfsuite_on_feature_strings(model: CrfModel) -> None:
    fast = model.fast()
    assert fast is not None
    plain = pycrfsuite.Tagger()
    plain.open(str(model.path))
    ours = model._tagger()
    cases = _cases()
    assert len(cases) >= 2000
    worst = 0.0
    for n, (text, tokens, rules) in enumerate(cases):
        want = plain.tag(features(text, tokens, rules))
        items = fast.items(text, tokens, rules)
        assert items is not None
        got = ours.tag(items)  # type: ignore[attr-defined]
        assert got == want, text
        every = n % 10 == 0  # every marginal of every tenth; the predicted spans' of all
        spans = Tagged(plain, want).spans
        for i in range(len(text)):
            for label in LABELS if every else ():
                worst = max(worst, abs(ours.marginal(label, i) - plain.marginal(label, i)))  # type: ignore[attr-defined]
        for s, e, label in spans:
            for i in range(s, e):
                tag = ("B-" if i == s else "I-") + label
                worst = max(worst, abs(ours.marginal(tag, i) - plain.marginal(tag, i)))  # type: ignore[attr-defined]
    assert worst < 1e-6


def test_run_gives_the_plain_paths_spans_and_confidences(model: CrfModel) -> None:
    plain = CrfModel(model.path)
    plain._fast = None  # the feature-string path
    for text, tokens, rules in _cases()[:300]:
        assert model.tag(text, tokens, rules) == plain.tag(text, tokens, rules)


def test_weights_read_exactly_from_the_model_file(model: CrfModel) -> None:
    labels, attrs, feats = read_crfsuite(model.path)
    info = model._tagger().info()  # type: ignore[attr-defined]
    assert sorted(labels) == sorted(info.labels)
    state = {
        (attrs[f["src"]], labels[f["dst"]]): float(f["weight"]) for f in feats if f["type"] == 0
    }
    assert state.keys() == info.state_features.keys()
    assert max(abs(state[k] - w) for k, w in info.state_features.items()) < 1e-6  # dump: 6 places


def test_tokens_that_leave_a_gap_take_the_plain_path(model: CrfModel) -> None:
    fast = model.fast()
    assert fast is not None
    text = "记者王宏报道"
    tokens = [Token("记者", 0, 2, "n"), Token("报道", 4, 6, "v")]
    assert fast.items(text, tokens, []) is None
    assert model.run(text, tokens, []).labels  # still tagged (by the feature strings)


def test_a_model_with_other_attributes_has_no_fast_path(tmp_path) -> None:  # type: ignore[no-untyped-def]
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.append([["c0=王", "m=B-PER"], ["c0=宏", "mp=B-PERI-PER"]], ["B-PER", "I-PER"])
    trainer.append([["c0=说", "m=O"]], ["O"])
    trainer.set_params({"max_iterations": 5})
    path = tmp_path / "stacked.crfsuite"
    trainer.train(str(path))
    assert FastEmissions.load(path) is None
    assert CrfModel(path).fast() is None
