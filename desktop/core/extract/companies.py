"""ORG: a company known by its short or brand name, from what business news writes after it.

Why: company names (短名, brands) are mostly unknown words or common nouns to jieba (小米,
苹果公司), so nothing in the word says "organisation". But a clause that opens with a name and
goes on with 董事长, 创始人, 旗下, 市值 or 财报 is about a company. Only one or two words at the
start of a clause are taken, never a bare 公司/集团 or a person-shaped name before a title
(某某董事长 is a person).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from desktop.core.extract.facts import COMPANY_FIRST, register, table
from desktop.core.extract.lexicons import lexicons, wordset
from desktop.core.extract.segment import Token

_PRIORITY = 3
#: Words after a company's name: its officers, its holdings, its market figures.
_CUES = wordset(
    "董事长 董事会 创始人 联合创始人 首席执行官 总裁 旗下 市值 股价 营收 财报 净利润 股东"
    " 上季度 上月 第一季度 第二季度 第三季度 第四季度 前三季度 公布 发布会"
)
#: Officers' titles: a person-shaped word before them is the officer, not the company.
_OFFICERS = wordset("董事长 创始人 联合创始人 首席执行官 总裁 股东")
_CLAUSE_MARKS = frozenset("，。；：！？、“”《》（）\n ")
_WORD_TAGS = frozenset({None, "n", "nz", "nt", "nr", "nrt", "j", "ns", "eng"})
_COMMON_TAGS = frozenset({"n", "ns"})
_COMPANY_ENDS = ("公司", "集团")
#: Words that are never a company on their own.
_GENERIC = wordset("公司 集团 企业 该公司 本公司 这家公司 该集团 我国 全球 中方 美方 其 这 该 此")


@functools.cache
def _cue_index() -> tuple[frozenset[str], tuple[int, ...]]:
    """First characters and lengths of the cues (jieba cuts 首席 / 执行官, 上 / 季度)."""
    return frozenset(c[0] for c in _CUES), tuple(sorted({len(c) for c in _CUES}, reverse=True))


#: Any cue anywhere in the text: without one (most sentences) there is nothing to find.
_ANY_CUE = re.compile("|".join(re.escape(c) for c in sorted(_CUES, key=lambda c: (-len(c), c))))


@functools.cache
def _org_suffixes() -> frozenset[str]:
    return frozenset(lexicons().org_suffixes)


def find(
    text: str, tokens: Sequence[Token], facts: Sequence[int] | None = None
) -> list[tuple[int, int, int]]:
    """(start, end, priority) of company names opening a clause before a company cue;
    ``facts`` is :func:`facts.table` of ``tokens`` when the caller has it."""
    out: list[tuple[int, int, int]] = []
    if not _ANY_CUE.search(text):
        return out
    if facts is None:
        facts = table(tokens)
    lengths = _cue_index()[1]
    for k in [k for k, f in enumerate(facts) if f & COMPANY_FIRST]:
        pos = tokens[k].start
        cue = next((text[pos : pos + n] for n in lengths if text[pos : pos + n] in _CUES), "")
        if not cue:
            continue
        for width in (1, 2):
            first = k - width
            if first < 0:
                break
            if first > 0 and tokens[first - 1].text[-1] not in _CLAUSE_MARKS:
                continue
            words = tokens[first:k]
            name = text[words[0].start : words[-1].end]
            if _company_like(words, name, cue):
                out.append((words[0].start, words[-1].end, _PRIORITY))
                break
    return out


def _company_like(words: Sequence[Token], name: str, cue: str) -> bool:
    from desktop.core.extract.people import looks_like_name
    from desktop.core.extract.places import is_place

    if not 2 <= len(name) <= 8 or name in _GENERIC or name in _org_suffixes():
        return False
    if any(w.tag not in _WORD_TAGS or not w.text.strip() for w in words):
        return False
    suffixes = _org_suffixes()
    if words[0].tag in _COMMON_TAGS and not (
        words[-1].text in suffixes or words[-1].text.endswith(_COMPANY_ENDS)
    ):
        return False  # 记者上月, 出口第一季度: a common noun, not a company
    translit = lexicons().translit
    foreign = all(c in translit for c in name)
    if len(words) == 2 and words[1].text not in _org_suffixes() and not foreign:
        return False  # two words only as name + 集团/公司 (某某 / 集团), or a foreign name
    if is_place(name):
        return False  # 某市上月 …: a place's figures
    return not (cue in _OFFICERS and looks_like_name(name) and not foreign)


# registration: this finder's word filter in the shared word-facts table
register(COMPANY_FIRST, lambda word, tag: word[0] in _cue_index()[0])
