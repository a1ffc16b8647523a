"""One table of word facts per sentence, read by every finder.

Why: each finder used to pick its words with its own pass over the sentence (attribute reads,
set lookups, a cached predicate per word); nine such passes cost ~10 us on a 20-character
sentence. :func:`table` looks every word up once in one cache and gives each word a bit set;
the finders then pick their words by testing a bit (~6 us for the same nine picks).

Contract: ``table(tokens)[i]`` has bit X set exactly when the finder's own filter for X holds
for ``tokens[i]``; a word's facts depend on its text and tag only.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from desktop.core.extract.segment import Token

#: may start or be a place (``places.find``)
PLACE = 1
#: ends with the last character of an institution word (``orgs.find``, first pass)
ORG_LAST = 2
#: long enough to glue a body to a name, or tagged nt/nz/j (``orgs.find``, second pass)
ORG_WORD = 4
#: its first character starts a known name or a country (``named.find``)
NAMED_FIRST = 8
#: its first character starts a company cue (``companies.find``)
COMPANY_FIRST = 16
#: its last character ends a title (``people``)
TITLE_LAST = 32
#: two or more characters, out of vocabulary or tagged as a name (``people``)
PERSON = 64
#: three characters not tagged as a name (``people``: a name before a title)
THREE = 128
#: a one-character surname tagged nr (``people``: a name jieba cut before a verb)
SURNAME = 256


def table(tokens: Sequence[Token]) -> list[int]:
    """The facts of every word of the sentence, in word order."""
    facts = _facts
    return [facts(t.text, t.tag) for t in tokens]


#: bit -> the finder's own filter for it, registered by the finder's module when it is
#: imported (facts.py imports no finder: no import cycle, issue 13)
_filters: dict[int, Callable[[str, str | None], bool]] = {}


def register(bit: int, predicate: Callable[[str, str | None], bool]) -> None:
    """Set ``bit`` in a word's facts exactly when ``predicate(word, tag)`` holds. Called once by
    each finder module for its bits; a word's cached facts are recomputed afterwards."""
    _filters[bit] = predicate
    _facts.cache_clear()


@functools.lru_cache(maxsize=65536)
def _facts(word: str, tag: str | None) -> int:
    bits = 0
    for bit, predicate in _filters.items():
        if predicate(word, tag):
            bits |= bit
    return bits
