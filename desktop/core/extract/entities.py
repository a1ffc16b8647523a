"""Entities (PER, LOC, ORG): the registered finders' candidates, resolved, with provenance.

Why not ``jieba.posseg``: it is 5-8x slower and its name tags fire on common words. Here a
word's tag comes from jieba's dictionary (see :mod:`segment`), and the rules decide from cues
newspapers use consistently: a title before a name (市长X, 记者 X), a person verb after it
(X说, X指出), an institution word closing an organisation (…有限公司, 市人大常委会), an
administrative suffix backed by the gazetteer (…县, …市), a landmark word closing a place
(…隧道, …机场). Beside the rules a statistical model (:mod:`crf`) proposes names without a
cue (people in rosters, bare abbreviations); :mod:`registry` holds the finders and the table
that resolves their overlaps. Spans are the longest proper name as printed; a place inside an
organisation name is not reported on its own. Every entity carries its ``source`` (the finder)
and ``confidence``.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping, Sequence

from desktop.core.extract import orgs
from desktop.core.extract.crf import SequenceModel
from desktop.core.extract.lexicons import lexicons
from desktop.core.extract.registry import (
    CONVENTIONS,
    Candidate,
    Kind,
    Policy,
    finders,
    resolve,
    rule_candidates,
    rule_confidence,
)
from desktop.core.extract.segment import Token, frequency
from desktop.core.model import Entity


def extract_entities(
    text: str,
    tokens: Sequence[Token],
    known: Mapping[str, str] | None = None,
    model: SequenceModel | None = None,
    convention: str = "guideline",
) -> list[Entity]:
    """Non-overlapping PER/LOC/ORG entities of ``text`` in order of position.

    ``known`` maps names found elsewhere (other articles of the same page) to their labels;
    they are found again here like names found in ``text`` itself. ``model``: the statistical
    finder (None: the rules alone)."""
    return extract_with_names(text, tokens, known, model, convention)[0]


def extract_with_names(
    text: str,
    tokens: Sequence[Token],
    known: Mapping[str, str] | None = None,
    model: SequenceModel | None = None,
    convention: str = "guideline",
) -> tuple[list[Entity], dict[str, str]]:
    """The entities, and the names worth finding in related texts (confident names and
    organisations' short names)."""
    rules = rule_candidates(text, tokens, known)
    shared: dict[str, str] = {}
    for s, e, label, priority, _src in rules:
        if priority >= 3 and e - s >= 2:
            shared.setdefault(text[s:e], label)
            if label == "ORG":
                for alias in orgs.aliases_of(text[s:e]):
                    shared.setdefault(alias, "ORG")
    if model is None:
        entities = [
            Entity(s, e, text[s:e], label, src, rule_confidence(p)) for s, e, label, p, src in rules
        ]
        return entities, shared
    return combine(text, tokens, rules, model, CONVENTIONS[convention]), shared


def combine(
    text: str, tokens: Sequence[Token], rules: list[Candidate], model: SequenceModel, policy: Policy
) -> list[Entity]:
    """The rules' candidates and the model's spans, resolved by the registry's table; each
    entity's confidence is the model's marginal for that exact span where the model ran, the
    rule's own confidence elsewhere.

    With ``policy.windowed`` the model runs only on the clauses (text between ，。；！？ and
    the like) holding a word no rule covers that could start a name (:func:`_name_like`):
    the model's extra spans there are people, and a clause without such a word gets none
    (measured on the dev split: 9% of the extra people are lost, for about half the cost)."""
    conf: dict[tuple[int, int, str], float] = {}
    model_spans: list[tuple[int, int, str]] = []
    # Each window takes its tokens and rule spans by bisection (tokens come in text order):
    # a scan of all of them per window made a long text quadratic (issue 12).
    token_starts = [t.start for t in tokens]
    ordered = sorted(rules)
    rule_starts = [c[0] for c in ordered]
    for a, b in _windows(text, tokens, rules) if policy.windowed else [(0, len(text))]:
        lo, hi = bisect.bisect_left(token_starts, a), bisect.bisect_left(token_starts, b)
        toks = [t for t in tokens[lo:hi] if t.end <= b]
        lo, hi = bisect.bisect_left(rule_starts, a), bisect.bisect_left(rule_starts, b)
        inside = [c for c in ordered[lo:hi] if c[1] <= b]
        if a:
            toks = [Token(t.text, t.start - a, t.end - a, t.tag) for t in toks]
        tagged = model.run(text[a:b], toks, [(s - a, e - a, label) for s, e, label, *_ in inside])
        for s, e, label in tagged.spans:
            conf[(s + a, e + a, label)] = tagged.confidence(s, e, label)
            model_spans.append((s + a, e + a, label))
        for s, e, label, *_ in inside:
            if (s, e, label) not in conf:
                conf[(s, e, label)] = tagged.confidence(s - a, e - a, label)
    others: list[Candidate] = []
    longest = max((c[1] - c[0] for c in ordered), default=0)
    for s, e, label in model_spans:
        if conf[(s, e, label)] < policy.model_min or label not in policy.model_labels:
            continue
        if policy.nest_to_rules and _nests(s, e, ordered, rule_starts, longest):
            continue  # nesting (longest name as printed, a place inside a body) is the rules' call
        others.append((s, e, label, 0, "model"))
    kinds: dict[str, Kind] = {f.name: f.kind for f in finders()}
    kinds["model"] = "model"
    kinds["rule:repeat"] = "rule"

    def confidence(c: Candidate) -> float:
        value = conf.get(c[:3])
        return rule_confidence(c[3]) if value is None else value

    return [
        Entity(s, e, text[s:e], label, src, confidence((s, e, label, p, src)))
        for s, e, label, p, src in resolve(rules, others, kinds, confidence, policy)
    ]


def _nests(
    s: int, e: int, ordered: Sequence[Candidate], starts: Sequence[int], longest: int
) -> bool:
    """Whether a rule span (``ordered`` by start) holds ``s:e`` or lies inside it: only spans
    starting at most ``longest`` before ``s`` and before ``e`` can."""
    lo = bisect.bisect_left(starts, s - longest)
    hi = bisect.bisect_left(starts, e)
    return any((rs <= s and e <= re_) or (s <= rs and re_ <= e) for rs, re_, *_ in ordered[lo:hi])


#: jieba count under which a dictionary word starting like a name may be one (measured on the
#: dev split: at 500 the model runs on 41% of the characters instead of 59%, F1 -0.002)
RARE = 500
_CLAUSE_ENDS = frozenset("，。；！？：,;!?:\n")
#: Word tags that never start a name (verbs, adverbs, numerals, particles …).
_NOT_NAMES = frozenset(
    {"v", "d", "p", "c", "u", "m", "q", "r", "f", "ad", "vn", "a", "s", "vd", "ul", "uj", "y"}
    | {"zg", "e", "o", "b"}
)


def _name_like(tok: Token, first: frozenset[str]) -> bool:
    word = tok.text
    if not "\u4e00" <= word[0] <= "\u9fff":
        return False
    tag = tok.tag
    if tag is None:
        return len(word) >= 2
    if tag.startswith("nr"):
        return True
    return (
        2 <= len(word) <= 5
        and word[0] in first
        and tag not in _NOT_NAMES
        and frequency(word) < RARE  # a common word (马路, 高度) is no name
    )


def _windows(
    text: str, tokens: Sequence[Token], rules: Sequence[Candidate]
) -> list[tuple[int, int]]:
    """The clauses worth the model's time (see :func:`combine`)."""
    covered = bytearray(len(text))
    for s, e, *_ in rules:
        covered[s:e] = b"\x01" * (e - s)
    first = _name_starts()
    out: list[tuple[int, int]] = []
    start = 0
    hit = False
    for tok in tokens:
        if tok.text in _CLAUSE_ENDS:
            if hit:
                out.append((start, tok.end))
            start, hit = tok.end, False
        elif not hit and not covered[tok.start] and _name_like(tok, first):
            hit = True
    if hit:
        out.append((start, len(text)))
    return out


@functools.cache
def _name_starts() -> frozenset[str]:
    """Characters that start a name: surnames and the characters of transliterated names."""
    lex = lexicons()
    return lex.surnames | lex.translit
