"""Extraction as a registry of named finders and one table that resolves their overlaps.

Why: every suggestion must say where it came from (a rule id, "lexicon" or "model") and how
sure it is, and a new rule or label must be one registered component, not an edit to the
resolution code. A :class:`Finder` declares what it needs (``tokens``, ``facts``, ``rules`` —
the rules' resolved output, for the model — or ``lexicon``) and which labels it proposes; the
:data:`RESOLUTION` table says which finder kind wins an overlap.

Contract: :func:`rule_candidates` is exactly the rules' output the extractor had before the
registry (longest first, then priority; names found once found again); :func:`resolve` adds the
model and the lexicon by the table. Candidates are ``(start, end, label, priority, source)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

from desktop.core.extract import (
    abbrev,
    companies,
    named,
    orgs,
    people,
    places,
    propagate,
    zones,
)
from desktop.core.extract.facts import table
from desktop.core.extract.lexicons import lexicons
from desktop.core.extract.segment import Token

Kind = Literal["rule", "lexicon", "model"]
Need = Literal["tokens", "facts", "rules", "lexicon", "model"]
#: (start, end, label, priority, source)
Candidate = tuple[int, int, str, int, str]
#: (start, end, label, priority) as a finder proposes it
Proposal = tuple[int, int, str, int]


@dataclass
class Context:
    """What finders may read; built once per text. ``rules`` is filled before any finder that
    needs it runs."""

    text: str
    tokens: Sequence[Token]
    facts: list[int] = field(default_factory=list)
    rules: list[Candidate] = field(default_factory=list)
    terms: Sequence[tuple[str, str]] = ()
    model: object | None = None


@dataclass(frozen=True)
class Finder:
    """One named component: ``find(context)`` proposes candidates with ``labels``."""

    name: str
    kind: Kind
    labels: tuple[str, ...]
    needs: frozenset[Need]
    find: Callable[[Context], Iterable[Proposal]]


_finders: dict[str, Finder] = {}
#: :func:`source_kinds`' answer, rebuilt after a change to the registry (None)
_source_kinds: dict[str, Kind] | None = None


def register(finder: Finder) -> Finder:
    """Add (or replace, by name) a finder; rules run in registration order."""
    global _source_kinds
    _finders[finder.name] = finder
    _source_kinds = None
    return finder


def unregister(name: str) -> None:
    """Remove a finder (a test's, a plugin's); unknown names are ignored."""
    global _source_kinds
    _finders.pop(name, None)
    _source_kinds = None


def source_kinds() -> Mapping[str, Kind]:
    """Each candidate source's kind, for the resolution table: the finders' names, "model",
    "rule:repeat" (a name found again) and "rule:roster" (a place between listed people).
    Kept between calls (the model's spans are resolved once a sentence) and rebuilt when a
    finder is registered or removed."""
    global _source_kinds
    kinds = _source_kinds
    if kinds is None:
        kinds = {f.name: f.kind for f in _finders.values()}
        kinds["model"] = "model"
        kinds["rule:repeat"] = "rule"
        kinds["rule:roster"] = "rule"  # a place between listed people (entities.rosters)
        _source_kinds = kinds
    return kinds


def finders(kind: Kind | None = None) -> list[Finder]:
    return [f for f in _finders.values() if kind is None or f.kind == kind]


@dataclass(frozen=True)
class Policy:
    """How the model's spans meet the rules' (one row of :data:`CONVENTIONS`).

    ``weights``: overlaps between kinds are settled by confidence plus the kind's weight
    (higher wins, then the longer span, then the rule's priority). ``nest_to_rules``: a model
    span nested in or around a rule's span is dropped (how long a name is and whether a place
    inside a body counts are the guideline's calls, which the rules encode). ``model_labels``
    and ``model_min``: which of the model's own spans are proposed, from what confidence.
    ``outgrow``: a model person at least this sure (0: never) takes the place of the rule spans
    lying inside it whose own marginal is under ``weak`` (卫东 LOC, a county's short form, in
    何卫东 in a roster of people: the rule had no cue, the model reads the name whole)."""

    weights: Mapping[Kind, float]
    nest_to_rules: bool
    model_labels: frozenset[str]
    model_min: float
    windowed: bool = False
    outgrow: float = 0.0
    weak: float = 0.0


#: The guideline's ``outgrow`` and ``weak`` (see :class:`Policy`; measured on the dev sets).
OUTGROW = 0.8
WEAK = 0.3

#: "guideline" (the default) follows docs/annotation-guideline.md: the rules decide spans and
#: nesting, the model adds the people no rule found (names without a cue, rosters) — measured
#: on the dev splits, model places and bodies beyond the rules follow the corpora's
#: conventions (京 | 津 | 冀, 中国代表团 as one ORG) and cost F1 on the project's own sets.
#: "corpus" lets the model decide everywhere: the conventions of MSRA and People's Daily.
CONVENTIONS: dict[str, Policy] = {
    "guideline": Policy(
        {"lexicon": 10.0, "rule": 1.0, "model": 0.0},
        True,
        frozenset({"PER"}),
        0.6,
        True,
        outgrow=OUTGROW,
        weak=WEAK,
    ),
    "corpus": Policy(
        {"lexicon": 10.0, "rule": 0.0, "model": 0.0}, False, frozenset({"PER", "LOC", "ORG"}), 0.5
    ),
}

#: A rule candidate's confidence by its priority (rules score 1-5; a repeated name 4):
#: measured share of correct suggestions per priority band on the project's dev set.
_RULE_CONFIDENCE = {0: 0.5, 1: 0.6, 2: 0.75, 3: 0.85, 4: 0.9, 5: 0.95}


def rule_confidence(priority: int) -> float:
    return _RULE_CONFIDENCE.get(priority, 0.95 if priority > 5 else 0.5)


# --- the rules ----------------------------------------------------------------------------

_THIS = frozenset("这那该此本")
_PREPOSITIONS = frozenset("向在从到赴往于")


def _orgs(ctx: Context) -> Iterable[Proposal]:
    return [(s, e, "ORG", p) for s, e, p in orgs.find(ctx.text, ctx.tokens, ctx.facts)]


def _as_places(text: str, found: Iterable[tuple[int, int, int]]) -> list[Proposal]:
    out: list[Proposal] = []
    for s, e, p in found:
        first = text[s]
        if first in _THIS:
            continue  # a place never starts with a demonstrative (这座大桥 is a noun phrase)
        if first in _PREPOSITIONS and e - s >= 4:
            s += 1  # nor with a preposition jieba glued to its first word (向某新区 -> 某新区)
        out.append((s, e, "LOC", p))
    return out


def _places(ctx: Context) -> Iterable[Proposal]:
    return _as_places(ctx.text, places.find(ctx.text, ctx.tokens, ctx.facts))


def _zones(ctx: Context) -> Iterable[Proposal]:
    return _as_places(ctx.text, zones.find(ctx.text, ctx.tokens))


def _people(ctx: Context) -> Iterable[Proposal]:
    countries = lexicons().countries  # 阿根廷 is in jieba's dictionary as a person's name too
    text = ctx.text
    return [
        (s, e, "PER", p)
        for s, e, p in people.find(text, ctx.tokens, ctx.facts)
        if text[s:e] not in countries
    ]


def _named(ctx: Context) -> Iterable[Proposal]:
    return named.find(ctx.text, ctx.tokens, ctx.facts)


def _companies(ctx: Context) -> Iterable[Proposal]:
    return [(s, e, "ORG", p) for s, e, p in companies.find(ctx.text, ctx.tokens, ctx.facts)]


_TF: frozenset[Need] = frozenset({"tokens", "facts"})
register(Finder("rule:orgs", "rule", ("ORG",), _TF, _orgs))
register(Finder("rule:places", "rule", ("LOC",), _TF, _places))
register(Finder("rule:people", "rule", ("PER",), _TF, _people))
register(Finder("rule:named", "rule", ("ORG", "LOC"), _TF, _named))
register(Finder("rule:companies", "rule", ("ORG",), _TF, _companies))
register(
    Finder(
        "rule:abbrev",
        "rule",
        ("LOC",),
        frozenset({"tokens"}),
        lambda ctx: abbrev.find(ctx.text, ctx.tokens),
    )
)
register(
    Finder(
        "rule:zones",
        "rule",
        ("LOC",),
        frozenset({"tokens"}),
        _zones,
    )
)


def _lexicon(ctx: Context) -> Iterable[Proposal]:
    out: list[Proposal] = []
    for term, label in ctx.terms:
        start = ctx.text.find(term)
        while start != -1:
            out.append((start, start + len(term), label, 9))
            start = ctx.text.find(term, start + len(term))
    return out


register(Finder("lexicon", "lexicon", ("PER", "LOC", "ORG"), frozenset({"lexicon"}), _lexicon))


# --- resolution ---------------------------------------------------------------------------


def overlap_free(cands: list[Candidate]) -> list[Candidate]:
    """Longest first, then priority: the longest proper name as printed wins."""
    if len(cands) < 2:
        return cands
    cands = sorted(cands)
    if all(a[1] <= b[0] for a, b in pairwise(cands)):
        return cands  # nothing overlaps (most sentences): every candidate is taken
    order = sorted(cands, key=lambda c: (c[0] - c[1], -c[3], c[0]))
    return _take(order)


def _take(order: Iterable[Candidate]) -> list[Candidate]:
    order = list(order)
    taken: list[Candidate] = []
    used = bytearray(max(c[1] for c in order))
    for cand in order:
        s, e = cand[0], cand[1]
        if any(used[s:e]):
            continue
        used[s:e] = b"\x01" * (e - s)
        taken.append(cand)
    taken.sort()
    return taken


def rule_candidates(
    text: str, tokens: Sequence[Token], known: Mapping[str, str] | None = None
) -> list[Candidate]:
    """The rules' resolved candidates (what the extractor returned before the model)."""
    ctx = Context(text, tokens, table(tokens))
    cands: list[Candidate] = []
    for finder in finders("rule"):
        name = finder.name
        cands += [(s, e, label, p, name) for s, e, label, p in finder.find(ctx)]
    return _propagate(text, tokens, overlap_free(cands), known)


def resolve(
    rules: list[Candidate],
    others: Sequence[Candidate],
    kinds: Mapping[str, Kind],
    confidence: Callable[[Candidate], float],
    policy: Policy,
) -> list[Candidate]:
    """Merge the rules' candidates with the lexicon's and the model's by ``policy``: among
    overlapping candidates the highest confidence + kind weight wins, then the longer, then
    priority."""
    if not others:
        return rules
    every = rules + list(others)
    weights = policy.weights

    def rank(c: Candidate) -> tuple[float, int, int, int]:
        kind = kinds.get(c[4], "rule")
        return (-(weights[kind] + confidence(c)), c[0] - c[1], -c[3], c[0])

    return _take(sorted(every, key=rank))


def _propagate(
    text: str, tokens: Sequence[Token], chosen: list[Candidate], known: Mapping[str, str] | None
) -> list[Candidate]:
    """Find again, everywhere in the text, the names found once (and ORG short names), then
    resolve everything together so a longer repeated name beats a shorter guess. The search is
    one pass over the text (:mod:`propagate`), so a long text is linear (issue 12)."""
    extra = propagate.extra(text, tokens, [c[:4] for c in chosen], known)
    if not extra:
        return chosen
    return overlap_free(chosen + [(s, e, label, p, "rule:repeat") for s, e, label, p in extra])


#: A repeated person name is strong evidence; a repeated place or short name less so.
_PROPAGATED = {"PER": 4, "ORG": 4, "LOC": 2}
