"""Extraction is linear on any text (issue 12, item 6): a long text without punctuation used
to cost time quadratic in its length (orgs.py scanned every word from the start for each
candidate; entities._propagate counts each name over the whole text)."""

from __future__ import annotations

import random
import time
import unicodedata
from collections.abc import Callable

from desktop.core.extract import get_extractor, orgs, places, propagate, segment
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


def _reference_extra(text, tokens, chosen, known):  # type: ignore[no-untyped-def]
    """The plain str-method search that propagate.extra replaces (quadratic on long text)."""
    names = {n: label for n, label in known.items() if n in text} if known else {}
    if not chosen and not names:
        return []
    short_forms = places.short_forms()
    for s, e, label, priority in chosen:
        name = text[s:e]
        if (label != "PER" or priority >= 3) and name not in names and text.count(name) > 1:
            names[name] = label
        if label == "ORG":
            for alias in orgs.aliases_of(name):
                if alias not in names and alias in text:
                    names[alias] = "ORG"
        elif label == "LOC":
            short = short_forms.get(name)
            if short and short not in names and short in text:
                names[short] = "LOC"
    have = {c[:3] for c in chosen}
    found = []
    for name, label in names.items():
        if len(name) < 2:
            continue
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            if (pos, end, label) not in have:
                found.append((pos, end, label))
            pos = text.find(name, end)
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    return [
        (s, e, label, propagate.PROPAGATED[label])
        for s, e, label in found
        if s in starts or e in ends
    ]


def test_propagate_extra_is_what_the_plain_search_finds() -> None:
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
            assert propagate.extra(text, tokens, chosen, known) == _reference_extra(
                text, tokens, chosen, known
            )


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


def test_the_whole_extractor_with_its_model_grows_linearly_on_news() -> None:
    """The model runs clause by clause; each clause used to scan every token and rule span
    of the text (2x the text cost 4.5x the time at 50k-100k characters)."""
    extractor = get_extractor()
    normal = "".join(t for t, _ in load())
    timings = [_cpu(lambda n=n: extractor.extract(_sized(normal, n))) for n in (20_000, 80_000)]
    # 4x the text: linear is ~4x the time, the quadratic scan was ~16x
    assert timings[1] / max(timings[0], 1e-3) < 8, timings
