"""What the user taught the project about terms, applied to the suggestions of later imports.

The lexicon holds (term, label) pairs with a decision. A *confirmed* term (the user labelled all
its occurrences with "apply to all") is suggested wherever it occurs in a newly imported
article, unless a suggestion already covers that place. A *rejected* term (the user rejected an
automatic suggestion of it with that label) is dropped from new suggestions. Only entities are
concerned: figures are numbers, not terms.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.model import Entity


@dataclass(frozen=True, slots=True)
class Lexicon:
    confirmed: tuple[tuple[str, str], ...] = ()  # (term, label), longest term first
    rejected: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def build(cls, entries: Iterable[tuple[str, str, str]]) -> Lexicon:
        """From (term, label, decision) triples."""
        confirmed: list[tuple[str, str]] = []
        rejected: set[tuple[str, str]] = set()
        for term, label, decision in entries:
            if not term:
                continue
            if decision == "confirmed":
                confirmed.append((term, label))
            elif decision == "rejected":
                rejected.add((term, label))
        confirmed.sort(key=lambda tl: (-len(tl[0]), tl))
        return cls(tuple(confirmed), frozenset(rejected))

    def __bool__(self) -> bool:
        return bool(self.confirmed or self.rejected)

    def apply(self, text: str, entities: Sequence[Entity]) -> list[Entity]:
        """The entities to suggest for ``text``: rejected ones removed, confirmed terms added
        where they occur and no kept entity overlaps them. Sorted by (start, end)."""
        kept = [e for e in entities if (e.text, e.label) not in self.rejected]
        taken = [(e.start, e.end) for e in kept]
        added: list[Entity] = []
        for term, label in self.confirmed:
            start = text.find(term)
            while start != -1:
                end = start + len(term)
                if not any(s < end and start < e for s, e in taken):
                    added.append(Entity(start, end, term, label, "lexicon", 1.0))
                    taken.append((start, end))
                start = text.find(term, end)
        return sorted(kept + added, key=lambda e: (e.start, e.end, e.label))
