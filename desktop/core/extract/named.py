"""Names known as such: national and international bodies (ORG) and places abroad (LOC).

Why a list: jieba tags 教育部 and 路透社 as common nouns and 首尔 or 开罗 as anything but a
place, and no cue around them is reliable (教育部日前印发…, 新华社开罗…电). The lists in
``resources/dict/known_orgs.txt`` and ``world_places.txt`` are general knowledge (State Council
bodies, international organisations, news agencies, capitals and large cities abroad), never a
page's own names. A name counts only where it starts and ends on jieba word boundaries, so a
city is not found inside a longer word.

A country printed right before one of its bodies is part of the organisation's name
(俄罗斯外交部, 韩国国会: outermost span, as the guideline asks).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

from desktop.core.extract import facts as word_facts
from desktop.core.extract.lexicons import RESOURCES, lexicons, wordset
from desktop.core.extract.segment import Token

_PRIORITY = 4
#: A country's own bodies when written after its name (not entities on their own). Not
#: 政府 or 内阁: 泰国政府 is the country (its government is not a named body).
_COUNTRY_BODIES = wordset(
    "国会 议会 联邦议院 联邦参议院 众议院 参议院 下议院 上议院 国民议会 央行 中央银行"
    " 外交部 国防部 财政部 内政部 司法部 商务部 卫生部 教育部 外交和联邦事务部 国务院 总统府"
)


#: One-character function words jieba glues to the end of a name (生态环境 / 部对).
_GLUED = frozenset("对在和与将已的向为于就")


def _read(name: str) -> tuple[str, ...]:
    path = RESOURCES / name
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.extend(line.split())
    return tuple(words)


@functools.cache
def _table() -> tuple[dict[str, str], int, frozenset[str]]:
    """name -> label, the longest name's length, and the first characters of names and of
    countries (a country may open a body's name)."""
    table = dict.fromkeys(_read("world_places.txt"), "LOC")
    table.update(dict.fromkeys(_read("known_orgs.txt"), "ORG"))
    firsts = {w[0] for w in table} | {c[0] for c in lexicons().countries}
    return table, max(map(len, table)), frozenset(firsts)


@functools.cache
def _prefixes() -> frozenset[str]:
    """Every leading part of every known name: a span that is none of them starts no name,
    so the search over the following words stops there."""
    return frozenset(w[:k] for w in _table()[0] for k in range(1, len(w) + 1))


def find(
    text: str, tokens: Sequence[Token], facts: Sequence[int] | None = None
) -> Iterator[tuple[int, int, str, int]]:
    """(start, end, label, priority) of known names, with a country before a body;
    ``facts`` is :func:`facts.table` of ``tokens`` when the caller has it."""
    if facts is None:
        facts = word_facts.table(tokens)
    first_bit = word_facts.NAMED_FIRST
    table, longest, _ = _table()
    prefixes = _prefixes()
    countries = lexicons().countries
    openers = _country_openers()
    n = len(tokens)
    # a comprehension drops the many words that can start no known name
    for i in [i for i, f in enumerate(facts) if f & first_bit]:
        tok = tokens[i]
        start = tok.start
        if tok.text in countries:
            body = _body_after(text, tokens, i + 1)
            if body:
                yield start, body, "ORG", _PRIORITY
                continue
        elif tok.tag == "nt" and tok.text[:2] in openers:
            # 法国外交部 as one jieba word, or 德国联邦 / 议院
            nxt = tokens[i + 1].end if i + 1 < n else tok.end
            end = next((e for e in (nxt, tok.end) if _country_and_body(text[start:e])), 0)
            if end:
                yield start, end, "ORG", _PRIORITY
                continue
        found = 0
        j = i
        while j < n and tokens[j].end - start <= longest:
            end = tokens[j].end
            if text[start:end] in table:
                found = end
            elif (
                text[end - 1] in _GLUED
                and end - 1 > tokens[j].start
                and text[start : end - 1] in table
            ):
                found = end - 1  # 某某部 / 对: jieba glued a preposition to the name
            if text[start:end] not in prefixes:
                break  # no longer span is a name, nor a name with a glued word after it
            j += 1
        if found:
            yield start, found, table[text[start:found]], _PRIORITY


def _body_after(text: str, tokens: Sequence[Token], i: int) -> int:
    """End of a country's body printed from token ``i`` on (国会, 外交部), or 0."""
    if i >= len(tokens):
        return 0
    pos = tokens[i].start
    found = 0
    for tok in tokens[i : i + 6]:
        if _national_body(text[pos : tok.end]):
            found = tok.end
    return found


@functools.cache
def _country_openers() -> frozenset[str]:
    return frozenset(c[:2] for c in lexicons().countries)


def _country_and_body(word: str) -> bool:
    """某国 + one of its bodies: 外交部, 国会, or a national agency (国家某某局, 联邦某某院)."""
    countries = lexicons().countries
    return any(word[:k] in countries and _national_body(word[k:]) for k in range(2, len(word) - 1))


def _national_body(rest: str) -> bool:
    if rest in _COUNTRY_BODIES:
        return True
    return len(rest) >= 4 and rest.startswith(("国家", "联邦")) and rest.endswith(_AGENCY_ENDS)


_AGENCY_ENDS = ("局", "署", "部", "院", "委员会", "议院", "银行", "法院")


def warm_up() -> None:
    _table()
    _prefixes()
