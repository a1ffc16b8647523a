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

from desktop.core.extract import companies, named, orgs, people, places
from desktop.core.extract.facts import table
from desktop.core.extract.lexicons import lexicons
from desktop.core.extract.segment import Token
from desktop.core.model import Entity

#: (start, end, label, priority): a higher priority wins among equally long overlapping
#: candidates. A plain tuple, not a NamedTuple: a sentence makes a handful and reads each a few
#: times, and building and reading plain tuples costs a third as much.
Candidate = tuple[int, int, str, int]


def extract_entities(
    text: str, tokens: Sequence[Token], known: Mapping[str, str] | None = None
) -> list[Entity]:
    """Non-overlapping PER/LOC/ORG entities of ``text`` in order of position.

    ``known`` maps names found elsewhere (other articles of the same page) to their labels;
    they are found again here like names found in ``text`` itself."""
    return [Entity(s, e, text[s:e], label) for s, e, label, _ in _choose(text, tokens, known)]


def extract_with_names(
    text: str, tokens: Sequence[Token], known: Mapping[str, str] | None = None
) -> tuple[list[Entity], dict[str, str]]:
    """The entities, and the names worth finding in related texts (confident names and
    organisations' short names)."""
    chosen = _choose(text, tokens, known)
    shared: dict[str, str] = {}
    for s, e, label, priority in chosen:
        if priority >= 3 and e - s >= 2:
            shared.setdefault(text[s:e], label)
            if label == "ORG":
                for alias in orgs.aliases_of(text[s:e]):
                    shared.setdefault(alias, "ORG")
    entities = [Entity(s, e, text[s:e], label) for s, e, label, _ in chosen]
    return entities, shared


def _choose(text: str, tokens: Sequence[Token], known: Mapping[str, str] | None) -> list[Candidate]:
    facts = table(tokens)  # every finder picks its words from this one table
    cands: list[Candidate] = [(s, e, "ORG", p) for s, e, p in orgs.find(text, tokens, facts)]
    for s, e, p in places.find(text, tokens, facts):
        first = text[s]
        if first in _THIS:
            continue  # a place never starts with a demonstrative (这座大桥 is a noun phrase)
        if first in _PREPOSITIONS and e - s >= 4:
            s += 1  # nor with a preposition jieba glued to its first word (向某新区 -> 某新区)
        cands.append((s, e, "LOC", p))
    countries = lexicons().countries  # 阿根廷 is in jieba's dictionary as a person's name too
    cands += [
        (s, e, "PER", p)
        for s, e, p in people.find(text, tokens, facts)
        if text[s:e] not in countries
    ]
    cands += named.find(text, tokens, facts)
    cands += [(s, e, "ORG", p) for s, e, p in companies.find(text, tokens, facts)]
    return _propagate(text, tokens, _resolve(cands), known)


_THIS = frozenset("这那该此本")
_PREPOSITIONS = frozenset("向在从到赴往于")


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Longest first, then priority: the longest proper name as printed wins."""
    if len(cands) < 2:
        return cands
    cands = sorted(cands)
    if all(a[1] <= b[0] for a, b in pairwise(cands)):
        return cands  # nothing overlaps (most sentences): every candidate is taken
    order = sorted(cands, key=lambda c: (c[0] - c[1], -c[3], c[0]))
    taken: list[Candidate] = []
    used = bytearray(max(c[1] for c in cands))
    for cand in order:
        s, e = cand[0], cand[1]
        if any(used[s:e]):
            continue
        used[s:e] = b"\x01" * (e - s)
        taken.append(cand)
    taken.sort()
    return taken


def _propagate(
    text: str, tokens: Sequence[Token], chosen: list[Candidate], known: Mapping[str, str] | None
) -> list[Candidate]:
    """Find again, everywhere in the text, the names found once (and ORG short names), then
    resolve everything together so a longer repeated name beats a shorter guess."""
    names: dict[str, str] = {n: label for n, label in known.items() if n in text} if known else {}
    if not chosen and not names:
        return chosen
    short_forms = places.short_forms()
    for s, e, label, priority in chosen:
        name = text[s:e]
        if (label != "PER" or priority >= 3) and name not in names and text.count(name) > 1:
            names[name] = label  # a weak name guess is not repeated
        if label == "ORG":
            for alias in orgs.aliases_of(name):
                if alias not in names and alias in text:
                    names[alias] = "ORG"
        elif label == "LOC":
            short = short_forms.get(name)
            if short and short not in names and short in text:
                names[short] = "LOC"  # 某城区 found: 某城 alone is the same place
    if not names:
        return chosen
    have = {c[:3] for c in chosen}
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
    extra = [(s, e, label, _PROPAGATED[label]) for s, e, label in found if s in starts or e in ends]
    return _resolve(chosen + extra) if extra else chosen


#: A repeated person name is strong evidence; a repeated place or short name less so.
_PROPAGATED = {"PER": 4, "ORG": 4, "LOC": 2}
