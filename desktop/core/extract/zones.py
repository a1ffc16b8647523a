"""Named zones and economic regions as one place: 粤港澳大湾区, 横琴粤澳深度合作区, 长江经济带.

Why a finder of its own: the guideline takes named development zones and regions whole (the
longest name as printed), but jieba cuts the zone word apart (大湾 | 区, 合作 | 区) and the
words between the place and the zone word are common ones (深度, 经济), so the landmark rule of
:mod:`places` (a proper head, at most two common words, one landmark word) stops short and the
pieces (粤港澳, 大湾, or 合作 as 合作市's short form) came out as places of their own.

Contract: ``find(text, tokens)`` -> (start, end, priority): a zone word ending where a word
ends, grown left over at most four content words (no verb, preposition, conjunction,
particle, numeral, pronoun or position word), the name starting at the first of them that is
a place (a division, a region, province abbreviations such as 粤澳) or a rare proper word
(横琴), or at a word jieba tags ``ns`` right before the zone word (长江经济带); without such a
word there is no name.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from desktop.core.extract.lexicons import lexicons
from desktop.core.extract.places import PROVINCE_ABBR, is_place
from desktop.core.extract.segment import Token, frequency

_ZONE_WORDS = (
    "开发区",
    "新区",
    "高新区",
    "示范区",
    "实验区",
    "试验区",
    "合作区",
    "保税区",
    "湾区",
    "经济带",
    "经济区",
    "自贸区",
)
_ZONE_RE = re.compile("|".join(sorted(_ZONE_WORDS, key=len, reverse=True)))
#: Tags of words a zone's name never holds (verbs, function words, numerals, positions …).
_STOP_TAGS = frozenset(
    {"v", "vd", "p", "c", "u", "uj", "ul", "uz", "ug", "ud", "d", "m", "mq", "q", "r", "f"}
    | {"y", "e", "o", "a", "ad", "zg", "x", "eng", "t", "tg", "s"}
)
_MAX_WORDS = 4
_MAX_LEN = 14
_PRIORITY = 2
#: A word jieba counts this rarely (or not at all) may be a place's own name (横琴).
_RARE = 20


@functools.lru_cache(maxsize=65536)
def _may_hold(word: str, word_tag: str | None) -> bool:
    """Whether a zone's name may run over this word."""
    # (a word jieba wrongly tags as a place, 深度, is still a word of the name)
    return word_tag not in _STOP_TAGS and all("\u4e00" <= c <= "\u9fff" for c in word)


#: How a word may open a zone's name (:func:`_opens`).
_NO = 0
_NEXT_TO = 1  # only right before the zone word (长江 + 经济带): a word jieba tags ns
_FAR = 2  # over up to four words (横琴 + 粤澳 + 深度 + 合作区)


@functools.lru_cache(maxsize=65536)
def _opens(word: str, word_tag: str | None) -> int:
    """Whether a zone's name may start with this word: a division, a region, province
    abbreviations or a rare proper word reach over the common words before the zone word; a
    word jieba alone calls a place (黑海 + 经济 + 合作区, a grouping of states) only next to it,
    as in :mod:`places`' landmark search."""
    if len(word) < 2 or word in lexicons().stop_names:
        return _NO
    if is_place(word) or all(c in PROVINCE_ABBR for c in word):
        return _FAR
    if word_tag in (None, "nz", "j", "n", "nr") and frequency(word) <= _RARE:
        return _FAR
    return _NEXT_TO if word_tag == "ns" else _NO


def find(text: str, tokens: Sequence[Token]) -> list[tuple[int, int, int]]:
    if not _ZONE_RE.search(text):
        return []
    starts = [t.start for t in tokens]
    ends = {t.end for t in tokens}
    out: list[tuple[int, int, int]] = []
    for m in _ZONE_RE.finditer(text):
        zone_start, end = m.span()
        if end not in ends:
            continue  # 开发区域: the zone word runs into the next word
        k = bisect.bisect_right(starts, zone_start) - 1  # the word holding the zone word's start
        if k < 0:
            continue
        if tokens[k].start < zone_start and not _may_hold(tokens[k].text, tokens[k].tag):
            continue  # 大湾 | 区: the word holding the zone word's start is in the name
        i = k - 1
        openers: list[int] = []  # indices of the words that may open the name, right to left
        while i >= 0 and k - i <= _MAX_WORDS:
            tok = tokens[i]
            if end - tok.start > _MAX_LEN or not _may_hold(tok.text, tok.tag):
                break
            opens = _opens(tok.text, tok.tag)
            if opens == _FAR or (opens == _NEXT_TO and i == k - 1):
                openers.append(i)
            i -= 1
        if not openers:
            continue
        first = openers[-1]
        # 江苏 | 昆山经济技术开发区, 河北 | 雄安新区: a division before another opener is a
        # place of its own (as in places' landmark search and the guideline's 湖北省 | 某市某委)
        while first + 1 in openers and is_place(tokens[first].text):
            first += 1
        out.append((tokens[first].start, end, _PRIORITY))
    return out
