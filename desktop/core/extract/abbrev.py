"""Places written as one character, and the place words the guideline settles by name.

Why a finder of its own (docs/annotation-guideline.md, "Settled cases"): news writes pairs of
countries as single characters (中日关系, 中美俄三国, 中俄边境) and armies by their country's
character (日军, 美军); each such character is a LOC, as MSRA and People's Daily annotate them.
大陆 (the mainland) and 海峡两岸 (the two sides of the Strait) are places; 两岸 alone is a
relation like 双方 and is not.

Contract: ``find(text, tokens)`` -> (start, end, label, priority) candidates; a pair is taken
only before a word that relates countries (两国, 关系, 会谈 …), an army only as the word X军
that jieba cuts (日军, not 日军事), so 中国 or 美好 never yield a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.extract.segment import Token

#: One-character names of countries and continents as news abbreviates them.
COUNTRY_CHARS = "中美日俄英法德韩朝印巴越泰意加澳非欧苏蒙老缅柬菲新马土伊以埃"
#: Armies named by their country's character.
ARMY_CHARS = "日美英德法俄苏"
_RELATION = (
    "两国|三国|四国|关系|双方|之间|合作|友好|友谊|贸易|经贸|建交|会谈|会晤|首脑|峰会|外长|"
    "边境|联合声明|联合公报|协议|协定|对话|交流|战争|合资|三方|四方"
)
_PAIR = re.compile(rf"(?<![\u4e00-\u9fff])?([{COUNTRY_CHARS}]{{2,4}})(?={_RELATION})")
_PLACE_WORDS = {"大陆": "LOC", "海峡两岸": "LOC"}
#: Words 大陆 starts that are not the mainland.
_NOT_MAINLAND = ("大陆架", "大陆性", "大陆桥", "大陆坡", "新大陆", "次大陆")


def find(text: str, tokens: Sequence[Token]) -> list[tuple[int, int, str, int]]:
    out: list[tuple[int, int, str, int]] = []
    starts = {t.start: t for t in tokens}
    for m in _PAIR.finditer(text):
        s, e = m.span(1)
        if s not in starts:
            continue  # the pair must open a word (其中 | 美方 is not 中美)
        if len(set(m.group(1))) != e - s:
            continue
        out += [(i, i + 1, "LOC", 3) for i in range(s, e)]
    for tok in tokens:
        word = tok.text
        if len(word) == 2 and word[1] == "军" and word[0] in ARMY_CHARS:
            out.append((tok.start, tok.start + 1, "LOC", 3))
        elif word in _PLACE_WORDS:
            around = text[max(0, tok.start - 1) : tok.end + 1]
            if not any(n in around for n in _NOT_MAINLAND):
                out.append((tok.start, tok.end, _PLACE_WORDS[word], 2))
    return out
