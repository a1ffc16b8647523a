"""The names found once, found again everywhere in a text: in time linear in the text.

Why: ``entities._propagate`` asks ``text.count(name)`` and ``alias in text`` once per chosen
entity, so a long text with many names (a page without punctuation, 200k characters) costs
names x length, quadratic in the text (issue 12). :class:`Occurrences` answers the same
questions from one pass over the text, and :func:`extra` returns exactly the candidates
``_propagate`` adds before it resolves them (tests compare the two).

Contract: ``extra(text, tokens, chosen, known)`` is a list of ``(start, end, label,
priority)``; ``_propagate`` returns ``_resolve(chosen + extra)`` when it is not empty, else
``chosen``. Short texts (most sentences) keep the ``str`` methods, which are faster there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from desktop.core.extract import orgs, places
from desktop.core.extract.segment import Token

Candidate = tuple[int, int, str, int]

#: A repeated person name is strong evidence; a repeated place or short name less so.
PROPAGATED = {"PER": 4, "ORG": 4, "LOC": 2}

#: Below this length ``str.count``/``str.find`` per name is cheaper than indexing the text.
_SHORT = 2048


class Occurrences:
    """``count``, ``contains`` and ``positions`` of a fixed set of words in one text, as
    ``str.count``, ``in`` and a ``str.find`` loop would give them (leftmost, non-overlapping),
    found in one pass: at each position only the words whose first two characters are there
    are tried, one length at a time."""

    def __init__(self, text: str, words: Iterable[str]) -> None:
        self._text = text
        wanted = {w for w in words if len(w) >= 2}
        self._indexed = len(text) >= _SHORT
        self._found: dict[str, list[int]] = {}
        self._chars: Counter[str] = Counter()
        if not self._indexed:
            return
        self._chars = Counter(text)
        lengths: dict[str, set[int]] = {}
        for w in wanted:
            lengths.setdefault(w[:2], set()).add(len(w))
        by_pair = {pair: sorted(ns) for pair, ns in lengths.items()}
        found: dict[str, list[int]] = {w: [] for w in wanted}
        next_free: dict[str, int] = dict.fromkeys(wanted, 0)
        for p in range(len(text) - 1):
            ns = by_pair.get(text[p : p + 2])
            if ns is None:
                continue
            for n in ns:
                w = text[p : p + n]
                if len(w) < n:
                    break
                if w in found and p >= next_free[w]:
                    found[w].append(p)
                    next_free[w] = p + n
        self._found = found

    def count(self, word: str) -> int:
        if not self._indexed or len(word) < 2:
            if len(word) == 1 and self._indexed:
                return self._chars[word]
            return self._text.count(word)
        return len(self._found[word])

    def contains(self, word: str) -> bool:
        return self.count(word) > 0

    def positions(self, word: str) -> list[int]:
        if self._indexed and len(word) >= 2:
            return self._found[word]
        out: list[int] = []
        pos = self._text.find(word)
        while pos >= 0:
            out.append(pos)
            pos = self._text.find(word, pos + len(word))
        return out


def extra(
    text: str, tokens: Sequence[Token], chosen: list[Candidate], known: Mapping[str, str] | None
) -> list[Candidate]:
    """The candidates ``_propagate`` adds to ``chosen`` (see the module's contract)."""
    if not chosen and not known:
        return []
    short_forms = places.short_forms()
    words: set[str] = set(known or ())
    for s, e, label, _ in chosen:
        name = text[s:e]
        words.add(name)
        if label == "ORG":
            words.update(orgs.aliases_of(name))
        elif label == "LOC":
            short = short_forms.get(name)
            if short:
                words.add(short)
    occ = Occurrences(text, words)
    names: dict[str, str] = (
        {n: label for n, label in known.items() if occ.contains(n)} if known else {}
    )
    if not chosen and not names:
        return []
    for s, e, label, priority in chosen:
        name = text[s:e]
        if (label != "PER" or priority >= 3) and name not in names and occ.count(name) > 1:
            names[name] = label  # a weak name guess is not repeated
        if label == "ORG":
            for alias in orgs.aliases_of(name):
                if alias not in names and occ.contains(alias):
                    names[alias] = "ORG"
        elif label == "LOC":
            short = short_forms.get(name)
            if short and short not in names and occ.contains(short):
                names[short] = "LOC"  # 某城区 found: 某城 alone is the same place
    if not names:
        return []
    have = {c[:3] for c in chosen}
    found: list[tuple[int, int, str]] = []
    for name, label in names.items():
        if len(name) < 2:
            continue
        for pos in occ.positions(name):
            end = pos + len(name)
            if (pos, end, label) not in have:
                found.append((pos, end, label))
    if not found:
        return []
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    return [(s, e, label, PROPAGATED[label]) for s, e, label in found if s in starts or e in ends]
