"""LOC: administrative divisions (gazetteer), regions and named landmarks.

A division counts with its suffix when the suffix is printed (朔州市), and in its short form
(朔州) when the short form is a word of its own. A landmark is a proper word followed by a
landmark word within a few words (恒山 + 隧道, 某地 + 经济 + 开发区). A common word after a
place is not part of it (某市情 gives only 某).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from desktop.core.extract.facts import PLACE, register, table
from desktop.core.extract.lexicons import DOMESTIC, lexicons, wordset
from desktop.core.extract.segment import Token, frequency, tag

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
_MIDDLE_TAGS = frozenset({"n", "vn", "nz", "ns", "j", "b", "ng", None})
#: Determiners that open a common-noun phrase, never a name: an unknown word made of one and
#: an adjective (各大 + 公园, 每座 + 城市) is no proper word to head a landmark name.
_DETERMINERS = tuple("各每该此这那哪")
#: What follows a country inside one jieba word: 美国微软公司, 印度尼西亚政府.
_FOREIGN_BODIES = (
    "公司",
    "集团",
    "政府",
    "银行",
    "大学",
    "议会",
    "国会",
    "委员会",
    "学院",
    "研究所",
)
#: ``_ADMIN`` for membership tests (a set lookup, not a scan of the tuple)
_ADMIN_WORDS = frozenset(_ADMIN)
_LOCAL = frozenset({"镇", "乡", "村", "街道"})
#: Words after a country that show it is one (X总统, X政府).
_STATE_WORDS = wordset(
    "总统 副总统 总理 首相 外长 外交部长 外交大臣 国王 女王 王储 政府 议会 国会"
    " 大使 驻华大使 大使馆 使馆 军队 国家队"
)
_PRIORITY = 2


@functools.lru_cache(maxsize=65536)
def _is_cjk(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


#: jieba tags under which a gazetteer short form (资源, 合作, 新建 …) is still a place name.
_SHORT_OK_TAGS = frozenset({"ns", "nrt", "j"})
_RARE = 200
_FREQUENT_PLACE = 300


@functools.lru_cache(maxsize=65536)
def is_country(word: str) -> bool:
    """A country's name (阿根廷, which jieba's dictionary also lists as a person's)."""
    return word in lexicons().countries


@functools.lru_cache(maxsize=65536)
def is_place(word: str) -> bool:
    """A division (full or short form), a country, a region."""
    lex = lexicons()
    if word in lex.stop_names or len(word) < 2:
        return False
    if word in lex.places or word in lex.countries or word in lex.regions or _is_region(word):
        return True
    if word not in lex.place_shorts:
        return False
    word_tag = tag(word)
    if word_tag in _SHORT_OK_TAGS:
        return True
    if lex.places.get(lex.place_shorts[word]) in ("city", "province") and word_tag in (
        None,
        "nr",
        "nz",
        "n",
    ):
        return True  # a city's or province's short form (张家口 is tagged nr) is safe
    # a rare dictionary word (右玉 n, 9) is the place; a common one (港口, 合作) is not
    return word_tag in ("n", "nz", "nr") and frequency(word) <= _RARE


def _is_region(word: str) -> bool:
    if 3 <= len(word) <= 4 and all(c in PROVINCE_ABBR for c in word):
        return True
    return len(word) >= 2 and word[0] in PROVINCE_ABBR and word[1:] in _DIRECTIONS


#: Words before a place (在某地, 赴某地) or after it (某地、, 某地等地) that show it is one.
_PLACE_BEFORE = wordset("在 到 赴 从 来自 位于 前往 抵达 访问 途经 经 至 飞往 回到 离开 地处")
_PLACE_AFTER = wordset("等地 地区 一带 境内 全境 各地 两地 两市 之间 沿线 周边")
_JOINERS = wordset("、 和 与 及")
_AREA_WORDS = ("地区", "一带", "境内", "沿线", "流域")
_AREA_STOP = wordset("流域 地区 一带 境内 沿线 沿岸 两岸 周边 全境 以南 以北 以东 以西")
_WITH = wordset("与 同 和 跟 会见 会晤 接见")
#: Endings that make a dictionary place word a place on its own (某州, 某山, 某河 …).
_PLACE_ENDINGS = tuple("州省市县区镇乡村山河江湖岛港湾峡谷洲海城关坝窟")


@functools.lru_cache(maxsize=65536)
def _worth_a_look(word: str, tag: str | None) -> bool:
    """Cheap filter: most words (common nouns, verbs) can neither start nor be a place."""
    if not _is_cjk(word):
        return False
    if tag in _PROPER_TAGS or tag == "ns":
        return True
    if is_place(word) or word in lexicons().place_shorts:
        return True
    # a long word may glue a place to the next word (德国总理, 美国微软公司)
    return len(word) >= 4 and (is_place(word[:2]) or is_place(word[:3]))


#: Words after a place name: events held there, its situation (某地举行, 某地局势).
_PLACE_NEXT = wordset("举行 召开 开幕 闭幕 举办 局势 问题 地区 时间 当地 市 港 机场 股市 街头 上空")


def short_form(name: str) -> str | None:
    """The gazetteer's short form of a full division name (山阴县 -> 山阴), if any."""
    return short_forms().get(name)


@functools.cache
def short_forms() -> dict[str, str]:
    """Full division name -> its short form, for every division that has one."""
    return {full: short for short, full in lexicons().place_shorts.items()}


def _own_level(short: str, nxt: str) -> bool:
    """A division's short form before a level word makes a place only with its own level
    (山阴 + 县 is 山阴县; 合作 + 区, of 某某合作区, is not 合作市)."""
    return nxt in _ADMIN_WORDS and short + nxt in lexicons().places


def _division_head(word: str) -> bool:
    """The first two characters are a division's name and the third no level char."""
    lex = lexicons()
    head = word[:2]
    if word[2] in "省市县区镇乡村" or word[2] in _SHORT_LANDMARKS:
        return False  # 某某县, 麦积山: the third character belongs to the place
    return (head in lex.places or head in lex.place_shorts) and tag(head) == "ns"


def _full_division(word: str) -> bool:
    return word in lexicons().places and word.endswith(("省", "市", "县", "区", "旗", "州"))


_ZONE_ENDS = (
    "开发区",
    "园区",
    "新区",
    "高新区",
    "产业园",
    "工业园",
    "示范区",
    "实验区",
    "试验区",
    "合作区",
    "保税区",
    "自由贸易港",
)


def _is_zone(word: str) -> bool:
    """A zone is named after its division (某市经济技术开发区 is one name)."""
    return word.endswith(_ZONE_ENDS)


def _cut_wrongly(word: str, nxt: str) -> bool:
    """呼 / 南通 / 道: the word's last character and a lone next character make a commoner word
    (通道), so jieba's cut, not the text, produced the place name."""
    if len(nxt) != 1 or not _is_cjk(nxt) or len(word) != 2:
        return False
    pair = word[-1] + nxt
    return frequency(pair) > frequency(word)


#: How :func:`_foreign_place` decides for a word (:func:`_foreign_kind`).
_NOT_FOREIGN = 0
_TRANSLITERATED = 1  # every character a transliteration character
_THING = 2  # nz, not transliterated
_NAME_LOOK = 3  # nr/nrt, not transliterated, looks like a Chinese name
_NO_NAME_LOOK = 4  # nr/nrt, not transliterated


def _foreign_kind(word: str, word_tag: str | None) -> int:
    """The part of :func:`_foreign_place` the word and its tag decide (once, in :func:`_look`)."""
    if word_tag not in ("nr", "nrt", "nz", None) or len(word) < 2 or not _is_cjk(word):
        return _NOT_FOREIGN
    if all(c in lexicons().translit for c in word):
        return _TRANSLITERATED
    if word_tag == "nz":
        return _THING
    if word_tag is None:
        return _NOT_FOREIGN  # out of vocabulary and not transliterated: the place slot needs a tag
    return _NAME_LOOK if _looks_like_chinese_name(word) else _NO_NAME_LOOK


def _foreign_place(kind: int, prev: str, nxt: str) -> bool:
    """A transliterated word jieba tags as a name (莫斯科 nr) is a place after 在/抵达 or a
    country (日本东京), or before 举行/局势; ``kind`` is :func:`_foreign_kind` of the word."""
    if kind == _TRANSLITERATED:
        if prev in _PLACE_BEFORE:
            return True
        if nxt in _PLACE_NEXT:
            return prev not in _WITH  # 与某某举行会谈: a person, not a place
        return prev in lexicons().countries
    # 在开罗举行, 在代顿签署: a place slot, and no name look or person verb after it
    if kind == _NOT_FOREIGN or prev not in _PLACE_BEFORE:
        return False
    if kind == _THING:  # nz is mostly things (开学典礼): only with an event after it
        return nxt in _PLACE_NEXT
    return nxt not in lexicons().person_verbs and (nxt in _PLACE_NEXT or kind == _NO_NAME_LOOK)


def _looks_like_chinese_name(word: str) -> bool:
    lex = lexicons()
    return (word[:1] in lex.surnames or word[:2] in lex.compound_surnames) and len(word) <= 3


#: How :func:`_base_kind` decides whether a word can start a place name.
_NEVER = 0
_ALWAYS = 1
_ON_CUE = 2  # only with a place cue around it (:func:`_place_cue`)


def _base_kind(word: str, word_tag: str | None) -> int:
    """Can this word start a place name? (Decided once, in :func:`_look`.)

    Divisions, countries and regions always; another word jieba's dictionary tags as a place
    only with a place ending or with a place cue around it (jieba tags 满意度, 扎根 ns too)."""
    lex = lexicons()
    if not _is_cjk(word) or word in lex.stop_names:
        return _NEVER
    if is_place(word):
        return _ALWAYS
    if word_tag == "ns" and len(word) >= 2:
        if word.endswith(_PLACE_ENDINGS) or frequency(word) >= _FREQUENT_PLACE:
            return _ALWAYS  # the junk among frequent ns words is in stop_names.txt
        if len(word) >= 4 and word.endswith(_LONG_LANDMARKS):
            return _ALWAYS  # a dictionary landmark name (某城某大桥)
        if len(word) >= 3 and all(c in lex.translit for c in word):
            return _ALWAYS  # 莫斯科, 日内瓦
        return _ON_CUE
    return _NEVER


def _place_cue(prev: str, nxt: str) -> bool:
    """A place cue around an ``ns`` word: 在 + it, it + 等地 or a landmark word."""
    return (
        prev in _PLACE_BEFORE
        or nxt in _PLACE_AFTER
        or _ends_with_landmark(nxt)
        or is_place(prev)  # 法国 + 巴黎圣母院
    )


class _Look(NamedTuple):
    """What a word's own text and tag decide for :func:`find`, before its neighbours are read."""

    #: spans (relative to the word) it gives on its own: a compound split, 华北|地区, 山阴|恒
    alone: tuple[tuple[int, int, int], ...]
    #: two characters: a lone character after it may show a wrong cut (:func:`_cut_wrongly`)
    pair: bool
    #: a transliterated name that is a place before a state word (某某 + 总统)
    state: bool
    #: :func:`_foreign_kind`
    foreign: int
    #: :func:`_base_kind`
    base: int
    #: a division's short form
    short: bool
    #: a short form or a proper word: it may head a landmark name
    proper: bool
    #: :func:`_full_division`
    division: bool


@functools.lru_cache(maxsize=65536)
def _look(word: str, word_tag: str | None) -> _Look | None:
    """The word's own facts (cached: words repeat), or None when no rule of :func:`find` can
    take it, whatever its neighbours."""
    lex = lexicons()
    alone: tuple[tuple[int, int, int], ...] = ()
    if len(word) >= 4 and not is_place(word):
        alone = _split_compound(word)
    if not alone and word.endswith(_AREA_WORDS) and word_tag == "ns" and word not in lex.places:
        head = word[:-2]
        if len(head) >= 2 and (is_place(head) or tag(head) == "ns"):
            alone = ((0, len(head), _PRIORITY),)  # 华北地区: 地区 is a common word
    if not alone and len(word) == 3 and word_tag in ("nr", None) and _division_head(word):
        alone = ((0, 2, _PRIORITY),)  # 山阴恒 / 科: jieba glued a division
    state = (
        len(word) >= 2
        and word not in lex.stop_names
        and (word_tag in ("ns", "nr", "nrt", None) and all(c in lex.translit for c in word))
    )
    foreign = _foreign_kind(word, word_tag)
    base = _base_kind(word, word_tag)
    short = word in lex.place_shorts
    proper = short or (
        word_tag in _PROPER_TAGS and len(word) >= 2 and not word.startswith(_DETERMINERS)
    )
    if not (alone or state or foreign or base or proper):
        return None
    return _Look(alone, len(word) == 2, state, foreign, base, short, proper, _full_division(word))


def find(
    text: str, tokens: Sequence[Token], facts: Sequence[int] | None = None
) -> list[tuple[int, int, int]]:
    """(start, end, priority) of place candidates; ``facts`` is :func:`facts.table` of
    ``tokens`` when the caller has it."""
    n = len(tokens)
    if facts is None:
        facts = table(tokens)
    out: list[tuple[int, int, int]] = []
    look, step_of = _look, _landmark_step  # locals: read once per word
    # a comprehension filters the many common words faster than a loop with ``continue``
    for i in [i for i, f in enumerate(facts) if f & PLACE]:
        word, start, end, word_tag = tokens[i]  # one unpacking, not an attribute read per use
        own = look(word, word_tag)
        if own is None:
            continue
        alone, pair, state, foreign, base_kind, short, proper, division = own
        if alone:  # never two characters, so never cut wrongly
            out += [(start + s, start + e, p) for s, e, p in alone]
            continue
        nxt = tokens[i + 1].text if i + 1 < n else ""
        if pair and len(nxt) == 1 and _cut_wrongly(word, nxt):  # most next words are longer
            continue
        if state and nxt in _STATE_WORDS:
            out.append((start, end, _PRIORITY + 2))
            continue
        prev = tokens[i - 1].text if i > 0 else ""
        if foreign and _foreign_place(foreign, prev, nxt):
            out.append((start, end, _PRIORITY + 1))
            continue
        base = base_kind == _ALWAYS
        if not base and (base_kind == _ON_CUE or short):  # only here do the neighbours decide
            if prev in _JOINERS and i >= 2 and is_place(tokens[i - 2].text):
                prev = "在"  # listed with a known place: 某地、某地
            if nxt in _JOINERS and i + 2 < n and is_place(tokens[i + 2].text):
                nxt = "等地"
            base = (base_kind == _ON_CUE and _place_cue(prev, nxt)) or (
                short and (_own_level(word, nxt) or _ends_with_landmark(nxt))
            )
        # a division's short form that is also a common word (大同) heads a landmark name only
        if not (base or proper):
            continue
        best = end if base else -1
        # 朔州 + 市, 山阴 + 县: the administrative suffix as a word of its own
        if base and i + 1 < n and tokens[i + 1].text in _ADMIN_WORDS:
            suffix = tokens[i + 1].text
            full = word + suffix
            if full in lexicons().places or (suffix in _LOCAL and word_tag == "ns"):
                best = tokens[i + 1].end
        # landmark: proper word (+ up to two common words) + landmark word
        far = base or short
        j = i + 1
        landmark_at = -1
        # only a place or a short form reaches past the next word: skip the search otherwise
        while j < n and j <= (i + 5 if far else i + 1) and tokens[j - 1].end - end <= 8:
            after = tokens[j]
            step = step_of(after.text, after.tag)
            if step & _OUT:
                break
            if step & _LANDMARK and (j == i + 1 or far):
                best = max(best, after.end)
                landmark_at = j
            if step & _STOP:
                break
            j += 1
        if (
            landmark_at == i + 1
            and division
            and tokens[landmark_at].tag == "ns"
            and tokens[landmark_at].text not in _suffix_words()
        ):
            # 某市 + 某某新区 (a dictionary place of its own): two places, not one name
            out.append((start, end, _PRIORITY))
            out.append((tokens[landmark_at].start, best, _PRIORITY))
            continue
        if landmark_at > i + 1 and division and not _is_zone(tokens[landmark_at].text):
            # 某县 + 某某关, 某县 + 某某遗址: the division and the landmark are two places
            out.append((start, end, _PRIORITY))
            out.append((tokens[i + 1].start, best, _PRIORITY))
            continue
        if best > 0:
            out.append((start, best, _PRIORITY))
    # a quick scan first: most sentences have no three province abbreviations in a row
    if _REGION_HINT.search(text):
        out += [(m.start(), m.end(), _PRIORITY + 2) for m in _REGION_RE.finditer(text)]
    if _CITY_ABBR_RE.search(text):  # one scan, not one ``in`` per character
        out += _city_abbreviations(tokens)
    if "首都" in text or "城市" in text or "首府" in text:
        out += _after_city_word(text, tokens)
    return out


#: What a word after a place's head is to the landmark search of :func:`find`.
_LANDMARK = 1  # a landmark word: the name may end here
_STOP = 2  # the name ends here at the latest
_OUT = 4  # the name ended before this word


@functools.lru_cache(maxsize=65536)
def _landmark_step(word: str, word_tag: str | None) -> int:
    """:data:`_LANDMARK`, :data:`_STOP`, :data:`_OUT` of a word after a place's head (cached)."""
    if word in _AREA_STOP:
        return _OUT  # 长江 + 流域 + 入河: an area word ends the name (长江流域 is 长江's basin)
    if word in lexicons().place_shorts and word not in _suffix_words():
        return _OUT  # 苏州市 + 吴江: a place ending in 江 is no landmark word
    step = _LANDMARK if _ends_with_landmark(word) else 0
    middle_place = is_place(word) or word_tag == "ns"
    if word_tag not in _MIDDLE_TAGS or not _is_cjk(word) or middle_place:
        step |= _STOP  # a place in the middle heads the landmark itself (江苏 | 某地开发区)
    return step


@functools.cache
def _suffix_words() -> frozenset[str]:
    """The landmark words as a set (a lookup, not a scan of the tuple)."""
    return frozenset(lexicons().loc_suffixes)


_CITY_WORDS = wordset("首都 城市 首府 港口城市 边境城市 海滨城市")


def _after_city_word(text: str, tokens: Sequence[Token]) -> Iterator[tuple[int, int, int]]:
    """某国首都 + a transliterated name (首都某某某, 中部城市某某某): the name is the city."""
    translit = lexicons().translit
    ends = {t.end for t in tokens}
    for tok in tokens[:-1]:
        if tok.text not in _CITY_WORDS:
            continue
        start = end = tok.end
        while end < len(text) and end - start < 7 and text[end] in translit:
            end += 1
        while end - start >= 2 and end not in ends:
            end -= 1  # the name ends where a word ends (…德尔马 | 周边)
        if end - start >= 2:
            yield start, end, _PRIORITY + 1


#: One-character names of the largest cities, a place after a verb of going (在京, 来沪, 赴津).
_CITY_ABBR = "京沪津渝穗"
_CITY_ABBR_RE = re.compile(f"[{_CITY_ABBR}]")
_GOING = frozenset("在来进赴抵离返回")


def _city_abbreviations(tokens: Sequence[Token]) -> Iterator[tuple[int, int, int]]:
    for i, tok in enumerate(tokens):
        word = tok.text
        if len(word) == 1 and word in _CITY_ABBR and i > 0 and tokens[i - 1].text in _GOING:
            yield tok.start, tok.end, _PRIORITY
        elif len(word) == 2 and word[0] in _GOING and word[1] in _CITY_ABBR:
            yield tok.start + 1, tok.end, _PRIORITY  # 来京, 赴京: one jieba word


#: Three or four province abbreviations in a row (晋陕蒙), however jieba cut them.
_REGION_RE = re.compile(
    f"(?<![{''.join(PROVINCE_ABBR)}])[{''.join(PROVINCE_ABBR)}]{{3,4}}(?=[等和、经地区])"
)
#: What every match of ``_REGION_RE`` contains: a scan for it is three times faster.
_REGION_HINT = re.compile(f"[{''.join(PROVINCE_ABBR)}]" * 3)  # ([…]{3} scans slower)


_SHORT_LANDMARKS = tuple("山河江湖岛峰岭塔寺")
_LONG_LANDMARKS = ("大桥", "瀑布", "隧道", "机场", "水库", "景区", "石窟", "公园", "广场")


def _split_compound(word: str) -> tuple[tuple[int, int, int], ...]:
    """jieba glues a place to the next word: 德国总理, 山西大同 -> 德国 (+ 大同); the spans are
    relative to the word's start (decided once, in :func:`_look`)."""
    lex = lexicons()
    for k in range(len(word) - 2, 1, -1):
        head, rest = word[:k], word[k:]
        if is_place(head) or (tag(head) == "ns" and head not in lex.stop_names):
            foreign = head in lex.countries and head not in DOMESTIC
            foreign_body = foreign and rest.endswith(_FOREIGN_BODIES)
            if rest in lex.titles or rest in _STATE_WORDS or foreign_body:
                return ((0, k, _PRIORITY + 2),)
            if is_place(rest) or _place_with_suffix(rest):
                return ((0, k, _PRIORITY + 2), (k, len(word), _PRIORITY + 2))
    return ()


def _place_with_suffix(word: str) -> bool:
    """榆林地区, 某某县: a division's short form and a level word."""
    for suffix in ("地区", *_ADMIN):
        if word.endswith(suffix) and is_place(word[: -len(suffix)]):
            return True
    return False


@functools.lru_cache(maxsize=65536)
def _ends_with_landmark(word: str) -> bool:
    """隧道, 开发区, 东站 …: a landmark word, or a short word ending in one."""
    suffixes = lexicons().loc_suffixes
    if word in _suffix_words():
        return True
    if any(len(s) >= 2 and word.endswith(s) and len(word) <= len(s) + 2 for s in suffixes):
        return True
    return len(word) == 2 and word.endswith(_SHORT_LANDMARKS)


# registration: this finder's word filter in the shared word-facts table
register(PLACE, lambda word, tag: len(word) > 1 and _worth_a_look(word, tag))
