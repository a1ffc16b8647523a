"""Entities (PER, LOC, ORG) from jieba words, dictionary tags and the cues of news writing.

Why not ``jieba.posseg``: it is 5-8x slower and its name tags fire on common words. Here a
word's tag comes from jieba's dictionary (see :mod:`segment`), and the decisions come from
cues newspapers use consistently: a title before a name (市长X, 记者 X), a person verb after it
(X说, X指出), an institution word closing an organisation (…有限公司, 市人大常委会), an
administrative suffix backed by the gazetteer (…县, …市), a landmark word closing a place
(…隧道, …机场). Spans are the longest proper name as printed; a place inside an organisation
name is not reported on its own. Names found once are found again everywhere in the text, and a
company's short name (三一集团 -> 三一) is recognised after its full name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import NamedTuple

from desktop.core.extract import companies, named, orgs, people, places
from desktop.core.extract.facts import table
from desktop.core.extract.lexicons import lexicons
from desktop.core.extract.segment import Token
from desktop.core.model import Entity


class Candidate(NamedTuple):
    start: int
    end: int
    label: str
    #: higher wins among equally long overlapping candidates
    priority: int


def extract_entities(
    text: str, tokens: Sequence[Token], known: Mapping[str, str] | None = None
) -> list[Entity]:
    """Non-overlapping PER/LOC/ORG entities of ``text`` in order of position.

    ``known`` maps names found elsewhere (other articles of the same page) to their labels;
    they are found again here like names found in ``text`` itself."""
    return _extract(text, tokens, known)


def extract_with_names(
    text: str, tokens: Sequence[Token], known: Mapping[str, str] | None = None
) -> tuple[list[Entity], dict[str, str]]:
    """The entities, and the names worth finding in related texts (confident names and
    organisations' short names)."""
    chosen = _choose(text, tokens, known)
    shared: dict[str, str] = {}
    for c in chosen:
        if c.priority >= 3 and c.end - c.start >= 2:
            shared.setdefault(text[c.start : c.end], c.label)
            if c.label == "ORG":
                for alias in orgs.aliases_of(text[c.start : c.end]):
                    shared.setdefault(alias, "ORG")
    entities = [Entity(c.start, c.end, text[c.start : c.end], c.label) for c in chosen]
    return entities, shared


def _extract(text: str, tokens: Sequence[Token], known: Mapping[str, str] | None) -> list[Entity]:
    return [
        Entity(c.start, c.end, text[c.start : c.end], c.label) for c in _choose(text, tokens, known)
    ]


def _choose(text: str, tokens: Sequence[Token], known: Mapping[str, str] | None) -> list[Candidate]:
    facts = table(tokens)  # every finder picks its words from this one table
    cands = [Candidate(s, e, "ORG", p) for s, e, p in orgs.find(text, tokens, facts)]
    cands += [
        _place(text, s, e, p)
        for s, e, p in places.find(text, tokens, facts)
        if text[s] not in _THIS
    ]
    countries = lexicons().countries  # 阿根廷 is in jieba's dictionary as a person's name too
    cands += [
        Candidate(s, e, "PER", p)
        for s, e, p in people.find(text, tokens, facts)
        if text[s:e] not in countries
    ]
    cands += [Candidate(s, e, label, p) for s, e, label, p in named.find(text, tokens, facts)]
    cands += [Candidate(s, e, "ORG", p) for s, e, p in companies.find(text, tokens, facts)]
    return _propagate(text, tokens, _resolve(cands), known or {})


#: A place never starts with a demonstrative (这座大桥 is a common noun phrase) ...
_THIS = frozenset("这那该此本")
#: ... nor with a preposition jieba glued to its first word (向某新区 -> 某新区).
_PREPOSITIONS = frozenset("向在从到赴往于")


def _place(text: str, start: int, end: int, priority: int) -> Candidate:
    if text[start] in _PREPOSITIONS and end - start >= 4:
        start += 1
    return Candidate(start, end, "LOC", priority)


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Longest first, then priority: the longest proper name as printed wins."""
    if len(cands) < 2:
        return cands
    cands = sorted(cands)
    if all(a.end <= b.start for a, b in pairwise(cands)):
        return cands  # nothing overlaps (most sentences): every candidate is taken
    order = sorted(cands, key=lambda c: (c.start - c.end, -c.priority, c.start))
    taken: list[Candidate] = []
    used = bytearray(max(c.end for c in cands))
    for cand in order:
        if any(used[cand.start : cand.end]):
            continue
        used[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        taken.append(cand)
    taken.sort()
    return taken


def _propagate(
    text: str, tokens: Sequence[Token], chosen: list[Candidate], known: Mapping[str, str]
) -> list[Candidate]:
    """Find again, everywhere in the text, the names found once (and ORG short names), then
    resolve everything together so a longer repeated name beats a shorter guess."""
    names: dict[str, str] = {n: label for n, label in known.items() if n in text}
    if not chosen and not names:
        return chosen
    for c in chosen:
        if c.label != "PER" or c.priority >= 3:  # a weak name guess is not repeated
            name = text[c.start : c.end]
            if name not in names and text.count(name) > 1:
                names[name] = c.label
        if c.label == "ORG":
            for alias in orgs.aliases_of(text[c.start : c.end]):
                if alias not in names and alias in text:
                    names[alias] = "ORG"
        elif c.label == "LOC":
            short = places.short_form(text[c.start : c.end])
            if short and short not in names and short in text:
                names[short] = "LOC"  # 某城区 found: 某城 alone is the same place
    if not names:
        return chosen
    have = {(c.start, c.end, c.label) for c in chosen}
    found: list[tuple[int, int, str]] = []
    for name, label in names.items():
        if len(name) < 2:
            continue
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            if (pos, end, label) not in have:
                found.append((pos, end, label))
            pos = text.find(name, end)
    if not found:
        return chosen
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    extra = [
        Candidate(s, e, label, _PROPAGATED[label])
        for s, e, label in found
        if s in starts or e in ends
    ]
    return _resolve(chosen + extra) if extra else chosen


#: A repeated person name is strong evidence; a repeated place or short name less so.
_PROPAGATED = {"PER": 4, "ORG": 4, "LOC": 2}
