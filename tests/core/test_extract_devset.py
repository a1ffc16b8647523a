"""Entity accuracy on a dev set of news sentences written for this project (not the sample).

The sentences in ``data/ner_dev.txt`` are annotated by the guideline as ``[text|LABEL]``. The
extractor must reach a floor and beat a ``jieba.posseg`` baseline (nr/ns/nt tags) by a clear
margin, scored the same way: exact span and label, micro-averaged.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.core.extract import get_extractor

DATA = Path(__file__).parent / "data" / "ner_dev.txt"
#: Written after the extractor, in People's Daily style; looked at once, never tuned on.
HOLDOUT = Path(__file__).parent / "data" / "ner_holdout.txt"
_MARK = re.compile(r"\[([^\[\]|]+)\|(PER|LOC|ORG)\]")
Span = tuple[int, int, str]


def parse(line: str) -> tuple[str, set[Span]]:
    """'[某市|LOC]的…' -> plain text and its gold spans."""
    text, spans, pos = [], set(), 0
    for m in _MARK.finditer(line):
        text.append(line[pos : m.start()])
        start = sum(map(len, text))
        text.append(m.group(1))
        spans.add((start, start + len(m.group(1)), m.group(2)))
        pos = m.end()
    text.append(line[pos:])
    return "".join(text), spans


def load(path: Path = DATA) -> list[tuple[str, set[Span]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [parse(line) for line in lines if line.strip() and not line.startswith("#")]


def f1(gold: list[set[Span]], pred: list[set[Span]]) -> float:
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    n_pred = sum(map(len, pred))
    n_gold = sum(map(len, gold))
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def ours(text: str) -> set[Span]:
    ext = get_extractor().extract(text)
    return {(e.start, e.end, e.label) for e in ext.entities if e.label in ("PER", "LOC", "ORG")}


def posseg_baseline(text: str) -> set[Span]:
    import jieba.posseg

    labels = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}
    spans, pos = set(), 0
    for word, flag in jieba.posseg.cut(text):
        start = text.find(word, pos)
        pos = start + len(word)
        if flag in labels:
            spans.add((start, pos, labels[flag]))
    return spans


def test_dev_set_parses_to_real_spans() -> None:
    data = load()
    assert len(data) >= 150
    for text, spans in data:
        assert all(0 <= s < e <= len(text) for s, e, _ in spans)


@pytest.fixture(scope="module")
def scores() -> tuple[float, float]:
    data = load()
    gold = [g for _, g in data]
    return f1(gold, [ours(t) for t, _ in data]), f1(gold, [posseg_baseline(t) for t, _ in data])


def test_beats_posseg_by_a_clear_margin(scores: tuple[float, float]) -> None:
    mine, baseline = scores
    assert mine >= baseline + 0.15, (mine, baseline)


def test_reaches_the_floor(scores: tuple[float, float]) -> None:
    mine, _ = scores
    assert mine >= 0.905, mine  # 0.923 with the model's people (issue 10), 0.916 rules alone


def test_holdout_beats_posseg() -> None:
    data = load(HOLDOUT)
    gold = [g for _, g in data]
    mine = f1(gold, [ours(t) for t, _ in data])
    baseline = f1(gold, [posseg_baseline(t) for t, _ in data])
    assert mine >= 0.91 and mine > baseline, (mine, baseline)  # 0.925 at issue 10 (both models)


if __name__ == "__main__":  # python -m tests.core.test_extract_devset: per-sentence errors
    data = load()
    gold = [g for _, g in data]
    pred = [ours(t) for t, _ in data]
    for (text, g), p in zip(data, pred, strict=True):
        if g != p:
            miss = sorted((text[s:e], lab) for s, e, lab in g - p)
            extra = sorted((text[s:e], lab) for s, e, lab in p - g)
            print(f"{text}\n   missed {miss}\n   extra  {extra}")
    print("ours", round(f1(gold, pred), 3))
    print("posseg", round(f1(gold, [posseg_baseline(t) for t, _ in data]), 3))
