"""Extraction is linear on any text (issue 12, item 6): a long text without punctuation used
to cost time quadratic in its length (orgs.py scanned every word from the start for each
candidate; entities._propagate counts each name over the whole text)."""

from __future__ import annotations

import random
import time
import unicodedata
from collections.abc import Callable

from desktop.core.extract import entities, get_extractor, orgs, propagate, segment
from desktop.core.extract.facts import table
from tests.core.test_extract_devset import load


def _no_punctuation() -> str:
    text = "".join(t for t, _ in load())
    return "".join(
        ch for ch in text if not unicodedata.category(ch).startswith("P") and not ch.isspace()
    )


def _sized(text: str, n: int) -> str:
    return (text * (n // len(text) + 1))[:n]


def _cpu(fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def test_orgs_find_grows_linearly_without_punctuation() -> None:
    get_extractor()
    base = _no_punctuation()
    timings = []
    for n in (20_000, 80_000):
        text = _sized(base, n)
        tokens = segment.tokenize(text)
        facts = table(tokens)
        timings.append(_cpu(lambda t=text, k=tokens, f=facts: orgs.find(t, k, f)))
    # 4x the text: linear is ~4x the time, the old quadratic scan was ~16x
    assert timings[1] / max(timings[0], 1e-3) < 8, timings


def test_propagate_extra_is_what_entities_propagate_adds() -> None:
    get_extractor()
    rnd = random.Random(7)
    sentences = [t for t, _ in load()]
    chars = sorted(set("".join(sentences)))
    texts = [
        *sentences[:60],
        "".join(sentences),
        _sized(_no_punctuation(), 30_000),
        "".join(rnd.choice(chars) for _ in range(5_000)),
    ]
    for text in texts:
        tokens = segment.tokenize(text)
        chosen = [(e.start, e.end, e.label, 3) for e in get_extractor().extract(text).entities]
        for known in (None, {"北京": "LOC", "国务院": "ORG", "中": "LOC"}):
            old = entities._propagate(text, tokens, chosen, known)
            added = propagate.extra(text, tokens, chosen, known)
            new = entities._resolve(chosen + added) if added else chosen
            assert new == old


def test_propagate_extra_grows_linearly() -> None:
    get_extractor()
    base = _no_punctuation()
    timings = []
    for n in (25_000, 100_000):
        text = _sized(base, n)
        tokens = segment.tokenize(text)
        chosen = [
            (e.start, e.end, e.label, 3) for e in get_extractor().extract(text[:20_000]).entities
        ]
        timings.append(_cpu(lambda t=text, k=tokens, c=chosen: propagate.extra(t, k, c, None)))
    assert timings[1] / max(timings[0], 1e-3) < 8, timings
