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
    Policy,
    resolve,
    rule_candidates,
    rule_confidence,
    source_kinds,
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
    return _entities(text, tokens, rule_candidates(text, tokens, known), model, convention)


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
    return _entities(text, tokens, rules, model, convention), shared


def _entities(
    text: str,
    tokens: Sequence[Token],
    rules: list[Candidate],
    model: SequenceModel | None,
    convention: str,
) -> list[Entity]:
    if model is None:
        return rosters(text, _rule_entities(text, rules))
    return rosters(text, combine(text, tokens, rules, model, CONVENTIONS[convention]))


#: What joins the items of a list of names (蔡奇、李鸿忠, 阿斯普里拉和瓦伦西亚).
_LIST_JOINERS = frozenset({"、", "和", "与", "及"})
#: What closes a list of people (…等人, …等同志).
_PEOPLE_AFTER = ("等人", "等同志")


def rosters(text: str, entities: list[Entity]) -> list[Entity]:
    """A place between people in a list is a person: in 林孔、阿斯普里拉和瓦伦西亚等人 the
    world place 瓦伦西亚 is a footballer. Taken for a place found by its dictionary tag or as a
    place abroad (never a country, a region or a division of the gazetteer, which news lists
    beside people: 习近平在江西、甘肃), with a person listed just before it and a person just
    after it or 等人 closing the list."""
    if "、" not in text and "等" not in text:
        return entities  # no list of names (most sentences): one scan each
    out = entities
    for i in range(1, len(entities)):
        e = entities[i]
        if e.label != "LOC" or not _roster_place(e.text):
            continue
        before = entities[i - 1]
        if before.label != "PER" or text[before.end : e.start] not in _LIST_JOINERS:
            continue
        after = entities[i + 1] if i + 1 < len(entities) else None
        listed = (
            after is not None
            and after.label == "PER"
            and text[e.end : after.start] in _LIST_JOINERS
        )
        if not listed and not text.startswith(_PEOPLE_AFTER, e.end):
            continue
        if out is entities:
            out = list(entities)
        out[i] = Entity(e.start, e.end, e.text, "PER", "rule:roster", rule_confidence(3))
    return out


@functools.lru_cache(maxsize=4096)
def _roster_place(word: str) -> bool:
    lex = lexicons()
    return not (
        word in lex.countries
        or word in lex.places
        or word in lex.place_shorts
        or word in lex.regions
    )


def _rule_entities(text: str, rules: list[Candidate]) -> list[Entity]:
    """The rules' candidates as entities, each with its rule's own confidence."""
    return [
        Entity(s, e, text[s:e], label, src, rule_confidence(p)) for s, e, label, p, src in rules
    ]


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
    windows = _windows(text, tokens, rules) if policy.windowed else [(0, len(text))]
    if not windows:
        return _rule_entities(text, rules)  # the model ran nowhere: the rules' own confidences
    conf: dict[tuple[int, int, str], float] = {}
    model_spans: list[tuple[int, int, str]] = []
    # Each window takes its tokens and rule spans by bisection (tokens come in text order):
    # a scan of all of them per window made a long text quadratic (issue 12).
    token_starts = [t.start for t in tokens] if policy.windowed else []
    ordered = sorted(rules)
    nest = policy.nest_to_rules
    rule_starts = [c[0] for c in ordered] if policy.windowed or nest else []
    bisect_left = bisect.bisect_left
    labels = policy.model_labels
    whole = len(text)
    for a, b in windows:
        if a == 0 and b == whole:  # the whole text (the corpus convention): all of it
            toks: Sequence[Token] = tokens
            inside = ordered
        else:
            lo, hi = bisect_left(token_starts, a), bisect_left(token_starts, b)
            if a:
                toks = [Token(w, s - a, e - a, tag) for w, s, e, tag in tokens[lo:hi] if e <= b]
            else:
                toks = [t for t in tokens[lo:hi] if t.end <= b]
            lo, hi = bisect_left(rule_starts, a), bisect_left(rule_starts, b)
            inside = [c for c in ordered[lo:hi] if c[1] <= b]
        spans = [(c[0] - a, c[1] - a, c[2]) for c in inside] if a else [c[:3] for c in inside]
        tagged = model.run(text[a:b], toks, spans)
        for s, e, label in tagged.spans:
            # a span of a label the policy never takes matters only where a rule has the very
            # same span, and the rules' spans in the window are asked for just below
            if label in labels:
                conf[(s + a, e + a, label)] = tagged.confidence(s, e, label)
                model_spans.append((s + a, e + a, label))
        for c in inside:
            key = c[:3]
            if key not in conf:
                conf[key] = tagged.confidence(c[0] - a, c[1] - a, c[2])
    others: list[Candidate] = []
    longest = max((c[1] - c[0] for c in ordered), default=0) if nest else 0
    outgrown: list[Candidate] = []
    stop_names = lexicons().stop_names
    for span in model_spans:
        if conf[span] < policy.model_min:
            continue
        s, e, label = span
        if label == "PER" and text[s:e] in stop_names:
            continue  # a common word the reviewed stop list holds (卫星, 幸福感) is no person
        if nest and _nests(s, e, ordered, rule_starts, longest):
            weak = _outgrown(span, ordered, rule_starts, longest, conf, policy)
            if not weak:
                continue  # nesting (longest name as printed, a place inside a body): the rules'
            outgrown += weak
        others.append((s, e, label, 0, "model"))
    if outgrown:
        gone = set(outgrown)
        rules = [c for c in rules if c not in gone]

    def confidence(c: Candidate) -> float:
        value = conf.get(c[:3])
        return rule_confidence(c[3]) if value is None else value

    if not others or _same_spans(others, rules):
        chosen = rules  # the model only agrees with the rules (see _same_spans)
    else:
        chosen = resolve(rules, others, source_kinds(), confidence, policy)
    return [Entity(c[0], c[1], text[c[0] : c[1]], c[2], c[4], confidence(c)) for c in chosen]


def _same_spans(others: Sequence[Candidate], rules: Sequence[Candidate]) -> bool:
    """Whether every model span is also a rule's span with the same label. Then the resolution
    gives the rules back as they are: the two candidates of a span have the same confidence
    (the model's marginal, by span), so the rule wins by its priority (rules score 1 and up,
    the model 0), and the rules' own candidates do not overlap (they are resolved already) and
    come sorted."""
    keys = {c[:3] for c in rules}
    return all(c[:3] in keys for c in others)


def _outgrown(
    span: tuple[int, int, str],
    ordered: Sequence[Candidate],
    starts: Sequence[int],
    longest: int,
    conf: Mapping[tuple[int, int, str], float],
    policy: Policy,
) -> list[Candidate]:
    """The rule spans a sure model person takes the place of (see ``Policy.outgrow``): every
    rule span touching it must lie inside it, be shorter and be weak by the model's own
    marginal for it; otherwise none (the rules keep their call)."""
    s, e, label = span
    if label != "PER" or not policy.outgrow or conf[span] < policy.outgrow:
        return []
    lo = bisect.bisect_left(starts, s - longest)
    hi = bisect.bisect_left(starts, e)
    inside = [c for c in ordered[lo:hi] if c[0] < e and s < c[1]]
    for c in inside:
        if not (s <= c[0] and c[1] <= e and c[1] - c[0] < e - s):
            return []
        value = conf.get(c[:3])
        if value is None or value >= policy.weak:
            return []
    return inside


def _nests(
    s: int, e: int, ordered: Sequence[Candidate], starts: Sequence[int], longest: int
) -> bool:
    """Whether a rule span (``ordered`` by start) holds ``s:e`` or lies inside it: only spans
    starting at most ``longest`` before ``s`` and before ``e`` can."""
    lo = bisect.bisect_left(starts, s - longest)
    hi = bisect.bisect_left(starts, e)
    return any((rs <= s and e <= re_) or (s <= rs and re_ <= e) for rs, re_, *_ in ordered[lo:hi])


#: jieba count under which a dictionary word starting like a name may be one (measured on the
#: dev split: at 500 the model runs on 41% of the characters instead of 59%, F1 -0.002; at 100
#: on the project's own four sets 21% fewer characters again than at 500, F1 unchanged on dev,
#: own holdout and fresh, +0.002 on the independent set; 100 down to 20 scored the same there)
RARE = 100
_CLAUSE_ENDS = frozenset("，。；！？：,;!?:\n")
#: Word tags that never start a name (verbs, adverbs, numerals, particles …).
_NOT_NAMES = frozenset(
    {"v", "d", "p", "c", "u", "m", "q", "r", "f", "ad", "vn", "a", "s", "vd", "ul", "uj", "y"}
    | {"zg", "e", "o", "b"}
)


def _name_like(word: str, tag: str | None, first: frozenset[str]) -> bool:
    if not "\u4e00" <= word[0] <= "\u9fff":
        return False
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


#: :func:`_name_like` by (word, tag): a word's answer never changes, and most words recur.
_LIKE: dict[tuple[str, str | None], bool] = {}
_LIKE_MAX = 65_536  # as the finders' word caches: a few MB at most


def _windows(
    text: str, tokens: Sequence[Token], rules: Sequence[Candidate]
) -> list[tuple[int, int]]:
    """The clauses worth the model's time (see :func:`combine`)."""
    covered = bytearray(len(text))
    for c in rules:
        s, e = c[0], c[1]
        covered[s:e] = b"\x01" * (e - s)
    like = _LIKE
    out: list[tuple[int, int]] = []
    start = 0
    hit = False
    for word, s, e, tag in tokens:
        if word in _CLAUSE_ENDS:
            if hit:
                out.append((start, e))
            start, hit = e, False
        elif not hit and not covered[s]:
            key = (word, tag)
            found = like.get(key)
            if found is None:
                if len(like) >= _LIKE_MAX:
                    like.clear()
                found = like[key] = _name_like(word, tag, _name_starts())
            hit = found
    if hit:
        out.append((start, len(text)))
    return out


@functools.cache
def _name_starts() -> frozenset[str]:
    """Characters that start a name: surnames and the characters of transliterated names."""
    lex = lexicons()
    return lex.surnames | lex.translit
