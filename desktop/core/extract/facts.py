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

from desktop.core.extract.lexicons import lexicons
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


@functools.lru_cache(maxsize=65536)
def _facts(word: str, tag: str | None) -> int:
    look, org_last, named_first, company_first, title_last, name_tags = _filters()
    bits = 0
    if len(word) > 1 and look(word, tag):
        bits |= PLACE
    if word[-1] in org_last:
        bits |= ORG_LAST
    if len(word) >= 4 or tag in ("nt", "nz", "j"):
        bits |= ORG_WORD
    if word[0] in named_first:
        bits |= NAMED_FIRST
    if word[0] in company_first:
        bits |= COMPANY_FIRST
    if word[-1] in title_last:
        bits |= TITLE_LAST
    if len(word) > 1 and (tag is None or tag in name_tags):
        bits |= PERSON
    if len(word) == 3 and tag not in name_tags:
        bits |= THREE
    if tag == "nr" and word in lexicons().surnames:
        bits |= SURNAME
    return bits


_Filters = tuple[
    Callable[[str, str | None], bool],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
]


@functools.cache
def _filters() -> _Filters:
    """The finders' own word filters (imported here: the finders import this module)."""
    from desktop.core.extract import companies, named, orgs, people, places

    return (
        places._worth_a_look,
        orgs._suffixes()[2],
        named._table()[2],
        companies._cue_index()[0],
        people._titles()[2],
        people._NAME_TAGS,
    )
