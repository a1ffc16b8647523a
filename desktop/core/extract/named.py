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

from desktop.core.extract.lexicons import RESOURCES, lexicons, wordset
from desktop.core.extract.segment import Token

_PRIORITY = 4
#: A country's own bodies when written after its name (not entities on their own). Not
#: 政府 or 内阁: 泰国政府 is the country (its government is not a named body).
_COUNTRY_BODIES = wordset(
    "国会 议会 联邦议院 联邦参议院 众议院 参议院 下议院 上议院 国民议会 央行 中央银行"
    " 外交部 国防部 财政部 内政部 司法部 商务部 卫生部 教育部 外交和联邦事务部 国务院 总统府"
)


def _read(name: str) -> tuple[str, ...]:
    path = RESOURCES / name
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.extend(line.split())
    return tuple(words)


@functools.cache
def _table() -> tuple[dict[str, str], tuple[int, ...], frozenset[str]]:
    """name -> label, the name lengths (longest first), and the names' first characters."""
    table = dict.fromkeys(_read("world_places.txt"), "LOC")
    table.update(dict.fromkeys(_read("known_orgs.txt"), "ORG"))
    lengths = tuple(sorted({len(w) for w in table}, reverse=True))
    return table, lengths, frozenset(w[0] for w in table)


@functools.cache
def _body_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in _COUNTRY_BODIES}, reverse=True))


def find(text: str, tokens: Sequence[Token]) -> Iterator[tuple[int, int, str, int]]:
    """(start, end, label, priority) of known names, with a country before a body."""
    table, lengths, firsts = _table()
    countries = lexicons().countries
    ends = {t.end for t in tokens}
    for tok in tokens:
        start = tok.start
        if tok.text in countries:
            body = _body_at(text, tok.end, ends)
            if body:
                yield start, body, "ORG", _PRIORITY
                continue
        elif tok.tag == "nt" and _country_and_body(tok.text):
            yield start, tok.end, "ORG", _PRIORITY  # 法国外交部 as one jieba word
            continue
        if tok.text[0] not in firsts:
            continue
        for n in lengths:
            end = start + n
            if end in ends and text[start:end] in table:
                yield start, end, table[text[start:end]], _PRIORITY
                break


def _body_at(text: str, pos: int, ends: set[int]) -> int:
    """End of a country's body printed at ``pos`` (国会, 外交部), or 0."""
    for n in _body_lengths():
        if pos + n in ends and text[pos : pos + n] in _COUNTRY_BODIES:
            return pos + n
    return 0


def _country_and_body(word: str) -> bool:
    countries = lexicons().countries
    return any(
        word[:k] in countries and word[k:] in _COUNTRY_BODIES for k in range(2, len(word) - 1)
    )


def warm_up() -> None:
    _table()
