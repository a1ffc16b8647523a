"""LOC: administrative divisions (gazetteer), regions and named landmarks.

A division counts with its suffix when the suffix is printed (朔州市), and in its short form
(朔州) when the short form is a word of its own. A landmark is a proper word followed by a
landmark word within a few words (恒山 + 隧道, 某地 + 经济 + 开发区). A common word after a
place is not part of it (某市情 gives only 某).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from desktop.core.extract.lexicons import lexicons
from desktop.core.extract.segment import Token

#: One-character abbreviations of provinces, for regions such as 京津冀 and 晋西北.
PROVINCE_ABBR = frozenset(
    "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新港澳台"
)
_DIRECTIONS = ("东南", "西南", "东北", "西北", "东", "西", "南", "北", "中")
_ADMIN = (
    "自治区",
    "自治州",
    "自治县",
    "特别行政区",
    "省",
    "市",
    "县",
    "区",
    "镇",
    "乡",
    "村",
    "街道",
)
_PROPER_TAGS = frozenset({"ns", "nz", "nr", "nrt", "j", None})
_MIDDLE_TAGS = frozenset({"n", "vn", "nz", "ns", "j", "b", None})
_PRIORITY = 2


def _is_cjk(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


def is_place(word: str) -> bool:
    """A division (full or short form), a region or a dictionary place word."""
    lex = lexicons()
    if word in lex.stop_names or len(word) < 2:
        return False
    return word in lex.places or word in lex.place_shorts or word in lex.regions or _is_region(word)


def _is_region(word: str) -> bool:
    if 3 <= len(word) <= 4 and all(c in PROVINCE_ABBR for c in word):
        return True
    return len(word) >= 2 and word[0] in PROVINCE_ABBR and word[1:] in _DIRECTIONS


def _base(tok: Token) -> bool:
    """Can this word start a place name?"""
    lex = lexicons()
    word = tok.text
    if not _is_cjk(word) or word in lex.stop_names:
        return False
    if tok.tag == "ns" and len(word) >= 2:
        return True
    return is_place(word)


def find(text: str, tokens: Sequence[Token]) -> Iterator[tuple[int, int, int]]:
    """(start, end, priority) of place candidates."""
    lex = lexicons()
    n = len(tokens)
    for i, tok in enumerate(tokens):
        base = _base(tok)
        proper = base or (tok.tag in _PROPER_TAGS and _is_cjk(tok.text) and len(tok.text) >= 2)
        if not proper:
            continue
        best = tok.end if base else -1
        # 朔州 + 市, 山阴 + 县: the administrative suffix as a word of its own
        if base and i + 1 < n and tokens[i + 1].text in _ADMIN:
            full = tok.text + tokens[i + 1].text
            if full in lex.places or tok.text in lex.place_shorts or tok.tag == "ns":
                best = tokens[i + 1].end
        # landmark: proper word (+ up to two common words) + landmark word
        j = i + 1
        while j < n and j <= i + 3:
            word = tokens[j].text
            if _ends_with_landmark(word):
                if j == i + 1 or base:
                    best = max(best, tokens[j].end)
            if tokens[j].tag not in _MIDDLE_TAGS or not _is_cjk(word):
                break
            j += 1
        if best > 0 and not _common_word_after(tokens, i, best):
            yield tok.start, best, _PRIORITY


_SHORT_LANDMARKS = tuple("站山河江湖岛峰岭")


def _ends_with_landmark(word: str) -> bool:
    """隧道, 开发区, 东站 …: a landmark word, or a short word ending in one."""
    suffixes = lexicons().loc_suffixes
    if word in suffixes:
        return True
    if any(len(s) >= 2 and word.endswith(s) and len(word) <= len(s) + 2 for s in suffixes):
        return True
    return len(word) == 2 and word.endswith(_SHORT_LANDMARKS)


def _common_word_after(tokens: Sequence[Token], i: int, end: int) -> bool:
    return False
