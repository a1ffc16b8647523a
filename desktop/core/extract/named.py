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
from collections.abc import Sequence

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
def _prefixes() -> dict[str, frozenset[str]]:
    """Every leading part of every known name -> the characters that follow it in a longer
    name: a span that is none of them starts no name, so the search over the following words
    stops there, and it stops before a word that opens with none of those characters."""
    follow: dict[str, set[str]] = {}
    for w in _table()[0]:
        for k in range(1, len(w) + 1):
            chars = follow.setdefault(w[:k], set())
            if k < len(w):
                chars.add(w[k])
    return {part: frozenset(chars) for part, chars in follow.items()}


#: No character follows: no longer name starts with the span.
_NOTHING: frozenset[str] = frozenset()


#: How a word may open a country's body (:func:`_start`).
_PLAIN = 0
_COUNTRY = 1  # a country: its body may follow (韩国 + 国会)
_OPENER = 2  # opens with a country's first two characters: 法国外交部 when tagged nt


@functools.lru_cache(maxsize=65536)
def _start(word: str) -> tuple[int, int, frozenset[str]] | None:
    """What a word's text decides alone as the first word of a name (cached: words repeat, and
    a key of one string is the cache's fastest): how it may open a country's body, the length
    of the known name it is (0: none), and the characters that may follow it in a longer name;
    None when it starts nothing."""
    table, longest, _ = _table()
    if word in lexicons().countries:
        opens = _COUNTRY
    elif word[:2] in _country_openers():
        opens = _OPENER
    else:
        opens = _PLAIN
    if len(word) <= longest:
        found, follow = _name_at(word, len(word), table, _prefixes())
    else:
        found, follow = 0, _NOTHING
    if not (opens or found or follow):
        return None
    return opens, found, follow


def _name_at(
    span: str, last: int, table: dict[str, str], prefixes: dict[str, frozenset[str]]
) -> tuple[int, frozenset[str]]:
    """The length of the known name ``span`` is (0: none), and the characters that may follow
    it in a longer name or a name with a glued word after it (empty: none); ``last`` is its
    last word's length (the caller passes :func:`_table` and :func:`_prefixes`)."""
    found = 0
    if span in table:
        found = len(span)
    elif span[-1] in _GLUED and last > 1 and span[:-1] in table:
        found = len(span) - 1  # 某某部 / 对: jieba glued a preposition to the name
    return found, prefixes.get(span, _NOTHING)


def find(
    text: str, tokens: Sequence[Token], facts: Sequence[int] | None = None
) -> list[tuple[int, int, str, int]]:
    """(start, end, label, priority) of known names, with a country before a body;
    ``facts`` is :func:`facts.table` of ``tokens`` when the caller has it."""
    if facts is None:
        facts = word_facts.table(tokens)
    first_bit = word_facts.NAMED_FIRST
    out: list[tuple[int, int, str, int]] = []
    start_of = _start  # a local: read once per word
    n = len(tokens)
    # a comprehension drops the many words that can start no known name
    for i in [i for i, f in enumerate(facts) if f & first_bit]:
        tok = tokens[i]
        first = start_of(tok.text)
        if first is None:
            continue
        opens, found, follow = first
        start = tok.start
        if opens == _COUNTRY:
            body = _body_after(text, tokens, i + 1)
            if body:
                out.append((start, body, "ORG", _PRIORITY))
                continue
        elif opens == _OPENER and tok.tag == "nt":
            # 法国外交部 as one jieba word, or 德国联邦 / 议院
            nxt = tokens[i + 1].end if i + 1 < n else tok.end
            end = next((e for e in (nxt, tok.end) if _country_and_body(text[start:e])), 0)
            if end:
                out.append((start, end, "ORG", _PRIORITY))
                continue
        if found:
            found += start
        # the words after it may complete a longer name; no longer span is a name, nor a name
        # with a glued word after it, once a word opens with no character that ``follow`` has
        j = i + 1
        while follow and j < n and text[tokens[j].start] in follow:
            table, longest, _ = _table()  # here: most words never get this far
            end = tokens[j].end
            if end - start > longest:
                break
            length, follow = _name_at(text[start:end], end - tokens[j].start, table, _prefixes())
            if length:
                found = start + length
            j += 1
        if found:
            out.append((start, found, _table()[0][text[start:found]], _PRIORITY))
    return out


def _body_after(text: str, tokens: Sequence[Token], i: int) -> int:
    """End of a country's body printed from token ``i`` on (国会, 外交部), or 0."""
    if i >= len(tokens):
        return 0
    pos = tokens[i].start
    if tokens[i].text not in _BODY_HEADS and not tokens[i].text.startswith(("国家", "联邦")):
        return 0  # no body starts with this word (most words after a country)
    found = 0
    for tok in tokens[i : i + 6]:
        if _national_body(text[pos : tok.end]):
            found = tok.end
    return found


@functools.cache
def _country_openers() -> frozenset[str]:
    return frozenset(c[:2] for c in lexicons().countries)


@functools.lru_cache(maxsize=65536)
def _country_and_body(word: str) -> bool:
    """某国 + one of its bodies: 外交部, 国会, or a national agency (国家某某局, 联邦某某院)."""
    countries = lexicons().countries
    return any(word[:k] in countries and _national_body(word[k:]) for k in range(2, len(word) - 1))


def _national_body(rest: str) -> bool:
    if rest in _COUNTRY_BODIES:
        return True
    return len(rest) >= 4 and rest.startswith(("国家", "联邦")) and rest.endswith(_AGENCY_ENDS)


_AGENCY_ENDS = ("局", "署", "部", "院", "委员会", "议院", "银行", "法院")
#: The leading parts of every body :func:`_national_body` accepts (with 国家…, 联邦…).
_BODY_HEADS = frozenset(
    w[:k] for w in (*_COUNTRY_BODIES, "国家", "联邦") for k in range(1, len(w) + 1)
)


def warm_up() -> None:
    _table()
    _prefixes()


# registration: this finder's word filter in the shared word-facts table
word_facts.register(word_facts.NAMED_FIRST, lambda word, tag: word[0] in _table()[2])
