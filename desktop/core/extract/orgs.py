"""ORG: organisations closed by an institution word, government bodies, dictionary names.

An organisation is found from its last word (有限公司, 集团, 委员会, 人民法院, a dictionary
organisation such as 新华社) and grows left over the words of its name (places, unknown words,
common nouns) until a function word, verb, number or punctuation; it must contain a proper
part, so a bare 公司 or 人民法院 is never one. A body after an administrative level (市委,
省人大常委会, 市中级人民法院) is an organisation, with the place before it when printed
(中共某市委).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence

from desktop.core.extract.facts import ORG_LAST, ORG_WORD, register, table
from desktop.core.extract.lexicons import DOMESTIC, lexicons, wordset
from desktop.core.extract.places import is_place
from desktop.core.extract.segment import Token, frequency, tag

_EXTEND_TAGS = frozenset(
    {"n", "vn", "nz", "ns", "nt", "j", "b", "nr", "nrt", "an", "a", "l", "g", "ng", None}
)
_PROPER_TAGS = frozenset({"ns", "nz", "nt", "j", "nr", "nrt", "nrfg", None})
_STOP_WORDS = frozenset(
    [
        "的",
        "和",
        "与",
        "及",
        "或",
        "等",
        "在",
        "对",
        "为",
        "是",
        "从",
        "向",
        "将",
        "由",
        "被",
        "把",
        "以",
        "于",
        "并",
        "同",
        "跟",
        "让",
        "给",
        "之",
    ]
)
_QUANTIFIERS = tuple("全各本我该每两此这那")
#: National-level words that make a body proper (国家能源局, 中央纪委).
_NATIONAL = frozenset({"国家", "中央", "全国", "中华", "最高"})
#: Nouns that end the name of an event or a plan: an organisation name does not run over them.
_EVENT_WORDS = wordset("会议 大会 活动 项目 工程 报告 计划 规划 行动 战略 论坛 比赛 峰会 会")
_ADMIN_CHARS = "省市县区州镇乡"
#: One-character person verbs jieba glues to an unknown name (某某率, 某某说).
_GLUED_VERBS = frozenset("率说称携")
#: Last characters of real organisation names among jieba's nt words.
_NT_ENDINGS = tuple("局厅部委院社会队团所校行军党署办处心央司报台馆国府庭站协盟学织营厂店组网大")
_COMPANY_SUFFIXES = (
    "集团有限责任公司",
    "集团股份有限公司",
    "集团有限公司",
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
    "公司",
    "集团",
)
_ZONE_WORDS = ("开发区", "园区", "新区", "高新区", "产业园", "工业园")
_MAX_LEN = 24
#: Trade words a company's short name drops (某某建设集团 -> 某某).
_TRADES = (
    "建设",
    "投资",
    "发展",
    "控股",
    "实业",
    "科技",
    "能源",
    "电力",
    "工程",
    "建材",
    "化工",
    "贸易",
    "物流",
    "煤业",
    "钢铁",
    "股份",
    "国际",
    "新材料",
    "集团",
)
_RARE_HEAD = 200
_MAX_WORDS = 6
_PRIORITY = 3


@functools.lru_cache(maxsize=65536)
def _is_cjk(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


@functools.cache
def _suffixes() -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    """Institution words, their lengths (longest first) and last characters."""
    words = lexicons().org_suffixes
    lengths = tuple(sorted({len(w) for w in words}, reverse=True))
    return frozenset(words), lengths, frozenset(w[-1] for w in words)


@functools.cache
def _generic_words() -> frozenset[str]:
    """Institution words that are no name on their own (公司, 人民法院 …)."""
    lex = lexicons()
    return frozenset(lex.org_suffixes) | frozenset(lex.gov_bodies)


def _suffix_ending_at(text: str, end: int) -> int:
    """Start of the longest institution word ending at ``end``, or -1."""
    words, lengths, last_chars = _suffixes()
    if text[end - 1] not in last_chars:
        return -1
    for n in lengths:
        if n <= end and text[end - n : end] in words:
            return end - n
    return -1


@functools.lru_cache(maxsize=65536)
def _closing(word: str) -> tuple[tuple[int, ...], int] | None:
    """How :func:`_suffix_ending_at` can end at the end of ``word``: the lengths of the
    institution words longer than the word that end with it (they span the words before it),
    longest first, and the length of the longest institution word inside it (0 if none).
    None when no institution word can end there, or for a title (常委, 市委常委 end in 委)."""
    if word in _titles() or _title_at_end(word):
        return None
    words, lengths, _ = _suffixes()
    longer = _suffix_tails().get(word, ())
    inside = next((n for n in lengths if n <= len(word) and word[-n:] in words), 0)
    return (longer, inside) if longer or inside else None


@functools.cache
def _suffix_tails() -> dict[str, tuple[int, ...]]:
    """Every proper tail of an institution word (司 of 公司) -> the lengths of the institution
    words it ends, longest first (a new word's :func:`_closing` is then one lookup)."""
    tails: dict[str, set[int]] = {}
    for w in _suffixes()[0]:
        for k in range(1, len(w)):
            tails.setdefault(w[k:], set()).add(len(w))
    return {tail: tuple(sorted(ns, reverse=True)) for tail, ns in tails.items()}


def _institution_start(text: str, last: Token) -> int:
    """:func:`_suffix_ending_at` the end of ``last``, with what the word itself decides cached
    (:func:`_closing`); -1 for none or for a title."""
    closing = _closing(last.text)
    if closing is None:
        return -1
    longer, inside = closing
    end = last.end
    words = _suffixes()[0]
    for n in longer:
        if n <= end and text[end - n : end] in words:
            return end - n
    return end - inside if inside else -1


@functools.cache
def _body_re() -> re.Pattern[str]:
    bodies = "|".join(re.escape(b) for b in lexicons().gov_bodies)
    # 市七届人大 (the seventh city congress, as in 市七届人大四次会议): the term is in the name
    term = "(?:第?[一二三四五六七八九十]+届)?"
    # opens with the level char, so the scan skips to one; find adds a 中共 printed before it
    return re.compile(rf"[{_ADMIN_CHARS}](?:{term}人大(?:常委会)?|{bodies})")


_EITHER = ORG_LAST | ORG_WORD


def _ends(tokens: Sequence[Token]) -> dict[int, int]:
    """Token end -> token index (for the bodies found by regex: few sentences have one)."""
    return {t.end: i for i, t in enumerate(tokens)}


def _ending_at(tokens: Sequence[Token], pos: int, below: int) -> int | None:
    """Index of the word that ends at ``pos``, looking left from index ``below``: the words are
    in text order, and a name grows from a word whose index is known (no index of the whole
    sentence to build for it)."""
    while below >= 0:
        end = tokens[below].end
        if end <= pos:
            return below if end == pos else None
        below -= 1
    return None


def find(
    text: str, tokens: Sequence[Token], facts: Sequence[int] | None = None
) -> list[tuple[int, int, int]]:
    """(start, end, priority) of organisation candidates; ``facts`` is :func:`facts.table`
    of ``tokens`` when the caller has it."""
    if facts is None:
        facts = table(tokens)
    out: list[tuple[int, int, int]] = []
    later: list[tuple[int, int, int]] = []  # the second pass's, reported after the first's
    # one walk over the words for both passes: words without either bit are most of them
    for i, f in enumerate(facts):
        if not f & _EITHER:
            continue
        if f & ORG_LAST:
            # 1. a dictionary organisation word, or an institution word ending a word
            last = tokens[i]
            m_start = _institution_start(text, last)
            if m_start >= 0:
                found = _closed_by(text, tokens, i, m_start)
                if found is not None:
                    out.append(found)
        if f & ORG_WORD:
            tok = tokens[i]
            rule, n = _word_rule(tok.text, tok.tag)
            if rule != _SKIP:
                found = _by_word(text, tokens, i, rule, n)
                if found is not None:
                    later.append(found)
    out += later
    if "中央" in text:
        out.extend(_central(tokens))
    if "等" in text and "、" in text:
        out.extend(_listed_companies(text, tokens))
    # 2. government bodies after an administrative level: 市委, 省人大常委会
    body_re = _body_re()
    if not body_re.search(text):
        return out  # most sentences have none: one search is cheaper than a finditer loop
    ends = _ends(tokens)
    starts = [t.start for t in tokens]  # for _word_tail: built once, not per body
    for m in body_re.finditer(text):
        start, end = m.span()
        if text.endswith("中共", 0, start):
            start -= 2
        elif text.endswith("中国共产党", 0, start):
            start -= 5
        if end not in ends and end - start <= 2 and not text.startswith(_BODY_FOLLOWERS, end):
            continue  # 市人大代表: the body word runs into the next word
        admin = (
            start
            if text[start] in _ADMIN_CHARS
            else start + (2 if text.startswith("中共", start) else 5)
        )
        if _word_tail(tokens, starts, admin):
            continue  # 特别行政区 + 政府, 城市 + 政府: the level char ends a common word
        before = text[max(0, admin - 4) : admin]
        place_start = _place_before(text, tokens, ends, admin)
        if place_start is None:
            place_start = _division_before(text, admin)
        if place_start is not None:
            start = place_start
            if text.endswith(("中共", "中国共产党"), 0, start):
                start -= 2 if text.endswith("中共", 0, start) else 5
        elif before.endswith(_QUANTIFIERS) and start == admin:
            continue
        out.append((start, end, _PRIORITY + 1))
    return out


def _closed_by(
    text: str, tokens: Sequence[Token], i: int, m_start: int
) -> tuple[int, int, int] | None:
    """The organisation an institution word from ``m_start`` to the end of word ``i`` closes."""
    last = tokens[i]
    m_end = last.end
    inner = m_start > last.start and len(last.text) <= 2
    if inner and last.tag not in ("nt", "j", "nz", None):
        return None  # 局 inside the common word 大局
    head = min(m_start, last.start) if last.start >= m_start - 4 else m_start
    if head != last.start and _ending_at(tokens, head, i - 1) is None:
        if m_start >= last.start or text[last.start : m_end] not in _suffixes()[0]:
            return None
        # 某某集团 / 有限公司: the longest suffix (集团有限公司) starts inside a word, the
        # word itself (有限公司) is the institution word
        m_start = head = last.start
    # 故宫博物院 (one word jieba tags as a place or proper noun; nt words are handled below)
    whole = head == last.start and last.tag in ("ns", "nz", "j")
    whole = whole and last.text not in lexicons().stop_names
    return _grow(text, tokens, i - 1, head, m_end, text[m_start:m_end], proper=whole)


#: What the second pass does with a word (:func:`_word_rule`).
_SKIP, _SPLIT, _WHOLE, _TITLED, _NT_NAME, _NT_OPENED = range(6)


@functools.lru_cache(maxsize=65536)
def _word_rule(word: str, word_tag: str | None) -> tuple[int, int]:
    """The second pass's rule for a long or nt/nz/j word, and the length it needs (where the
    company starts after a country, the title's length); it depends on the word alone, so it
    is cached."""
    if word[:2] in _country_openers():
        split = _country_glued(word)
        if split is not None:
            return (_SPLIT, split) if split < len(word) else (_SKIP, 0)
    if word_tag == "j" and word.endswith("盟") and len(word) == 2:
        return _WHOLE, 0  # 欧盟, 东盟: unions of states
    if word_tag == "nz" and word.endswith(_MEDIA) and len(word) > 3:
        return _WHOLE, 0  # 某某日报, 某某电视台
    title = _title_at_end(word) if word_tag == "nt" else 0
    if title:
        return _TITLED, title  # 中央政治局常委 (one jieba word): the body, then a title
    lex = lexicons()
    if (
        word_tag == "nt"
        and word not in _generic_words()
        and word not in lex.stop_names
        and not word.endswith(lex.loc_suffixes)  # 某国际机场 is a place
    ):
        if word.endswith(_NT_ENDINGS):
            return _NT_NAME, 0
        if _opened_like_org(word):
            return _NT_OPENED, 0
    return _SKIP, 0


def _by_word(
    text: str, tokens: Sequence[Token], i: int, rule: int, n: int
) -> tuple[int, int, int] | None:
    """The organisation the second pass finds at word ``i`` by its :func:`_word_rule`."""
    tok = tokens[i]
    if rule == _SPLIT:
        return tok.start + n, tok.end, _PRIORITY  # 美国 | 某某公司
    if rule == _WHOLE:
        return tok.start, tok.end, _PRIORITY
    if rule == _TITLED:
        body_end = tok.end - n
        found = _grow(text, tokens, i - 1, tok.start, body_end, tok.text[:-n], proper=True)
        return found if found is not None else (tok.start, body_end, _PRIORITY)
    if _after_ordinal(text, tok.start):
        return None  # 第五次全国代表大会 is a meeting
    if rule == _NT_NAME:
        found = _grow(text, tokens, i - 1, tok.start, tok.end, tok.text, proper=True)
        return found if found is not None else (tok.start, tok.end, _PRIORITY)
    if not _modifies_next(tokens, tok):
        return tok.start, tok.end, _PRIORITY  # 中国邮政 (but not 国际经贸 + 规则)
    return None


def _place_before(text: str, tokens: Sequence[Token], ends: dict[int, int], pos: int) -> int | None:
    """Start of the place name that ends right at ``pos`` (朔州 before 市委), if any."""
    i = ends.get(pos)
    if i is None:
        return None
    tok = tokens[i]
    if is_place(tok.text) or (tok.tag == "ns" and len(tok.text) >= 2):
        return tok.start
    return None


#: Media whose names jieba tags nz (人民日报): an organisation by its last word.
_MEDIA = ("日报", "晚报", "时报", "电视台", "广播电台", "通讯社", "报社", "杂志社")


def _opened_like_org(word: str) -> bool:
    """A jieba nt word that a place or a national word opens (中国邮政, 国际乒联, 上海通用)."""
    if len(word) < 4:
        return False
    return word[:2] in _NT_OPENERS or is_place(word[:2]) or is_place(word[:3])


def _modifies_next(tokens: Sequence[Token], tok: Token) -> bool:
    """国际经贸 + 规则: the word qualifies the noun after it, it does not name anything."""
    nxt = _starting_at(tokens, tok.end)
    return nxt is not None and nxt.tag in ("n", "vn", "nz", "ng")


def _first_from(tokens: Sequence[Token], pos: int) -> int:
    """Index of the first word starting at or after ``pos``. The words are in text order, so
    this is a binary search: a scan from the start made every lookup linear in the text, and
    extraction quadratic on a long text without punctuation (issue 12)."""
    return bisect.bisect_left(tokens, pos, key=_start_of)


def _start_of(tok: Token) -> int:
    return tok.start


def _words_between(tokens: Sequence[Token], start: int, end: int) -> Iterator[Token]:
    """The words that start in ``[start, end)``, in order."""
    for k in range(_first_from(tokens, start), len(tokens)):
        tok = tokens[k]
        if tok.start >= end:
            return
        yield tok


def _starting_at(tokens: Sequence[Token], pos: int) -> Token | None:
    """The word that starts at ``pos``, if any."""
    i = _first_from(tokens, pos)
    return tokens[i] if i < len(tokens) and tokens[i].start == pos else None


#: Words that may follow 市委 inside one jieba word (市委副书记, 市委常委).
_BODY_FOLLOWERS = ("副", "书记", "常委", "委员")
_NT_OPENERS = frozenset(["中国", "国际", "国家", "全国", "中华", "中央", "世界", "联合"])


@functools.cache
def _titles() -> frozenset[str]:
    """The titles as a set (the lexicon's longest-first tuple is scanned by ``in``)."""
    return frozenset(lexicons().titles)


def _title_at_end(word: str) -> int:
    """Length of a title ending ``word`` when a body name of two or more characters precedes
    it (中央政治局常委 -> 2), else 0."""
    titles = _titles()
    for n in (4, 3, 2):
        if len(word) - n >= 2 and word[-n:] in titles:
            return n
    return 0


@functools.cache
def _country_openers() -> frozenset[str]:
    """First two characters of every country name: a quick test before :func:`_country_glued`."""
    return frozenset(c[:2] for c in lexicons().countries)


def _country_glued(word: str) -> int | None:
    """美国微软公司 (one jieba word): where the company starts after the country, or the word's
    length for 某国政府 (a country's government is tagged as the country). None if no country."""
    if len(word) < 4:
        return None
    countries = lexicons().countries
    for k in range(min(len(word) - 2, 6), 1, -1):
        if word[:k] in countries:
            rest = word[k:]
            if (
                word[:k] not in DOMESTIC
                and len(rest) >= 3
                and _suffix_ending_at(rest, len(rest)) >= 0
            ):
                return k  # 美国 | 某某公司, 英国 | 某某大学
            if rest in ("政府", "国会", "议会"):
                return len(word)
            return None
    return None


def _after_ordinal(text: str, pos: int) -> bool:
    head = text[max(0, pos - 5) : pos]
    return head.endswith(("次", "届")) and "第" in head


def _word_tail(tokens: Sequence[Token], starts: Sequence[int], admin: int) -> bool:
    """Whether the level char at ``admin`` is the last char of a longer word jieba knows as a
    common word (行政区, 社区, 城市): then it is no level of a body's name. A place (北京市),
    or a word jieba did not know (作市, glued), keeps it. ``starts``: the words' starts."""
    i = bisect.bisect_right(starts, admin) - 1
    if i < 0:
        return False
    word, start, end, word_tag = tokens[i]
    return (
        start < admin
        and end == admin + 1
        and word_tag not in (None, "ns", "nt", "nz", "j")
        and not is_place(word)
    )


def _division_before(text: str, admin: int) -> int | None:
    """Start of a gazetteer division written with the level char at ``admin`` (大同 + 市委)."""
    places = lexicons().places
    for k in range(5, 1, -1):
        if admin - k >= 0 and text[admin - k : admin + 1] in places:
            return admin - k
    return None


# What a word does to a name growing left over it (:func:`_grow_step`).
#: it ends the name
_STOP = 1
#: only its last (level) char belongs to the name, which ends there
_CUT = 2
#: it ends a company's name (某开发区 + 某公司: the zone is a place before the company's name)
_ZONE = 4
#: 中国 ends a government's name
_CHINA = 8
#: a verb: inside an agency's name, or where the sentence ends and the name starts
_VERB = 16
#: a place word (a verb-tagged place still belongs to the name)
_PLACE = 32
#: it makes the name a proper one
_PROPER = 64


@functools.lru_cache(maxsize=65536)
def _grow_step(word: str, word_tag: str | None) -> int:
    """What one word does to a name growing left over it (:func:`_grow` applies it with what
    depends on the name: a company's suffix, the words counted, a verb met before); cached, as
    it depends on the word alone."""
    lex = lexicons()
    if word in lex.countries and word not in DOMESTIC:
        return _STOP  # 美国 + 某公司, 英国 + 某大学: the country is a place of its own
    # 某大学第一附属医院 (but not 第五次 of a meeting)
    ordinal = word_tag == "m" and word.startswith("第") and not word.endswith(("次", "届"))
    if not _is_cjk(word) or word in _STOP_WORDS or word in _EVENT_WORDS:
        return _STOP
    if word.endswith("届") and word_tag != "ns":
        return _STOP  # 新一届 + 某政府, 本届 + 某委员会: a term, not a word of the name
    if word_tag is None and len(word) >= 3 and word[-1] in _GLUED_VERBS:
        return _STOP  # 某某率 + 某乐团: a name with the verb jieba glued to it, not the body's
    place_word = word in lex.place_shorts or is_place(word)  # 大同 is tagged d
    # set before the cut below: a company's name stops at a zone even if the zone is glued
    step = _ZONE if word.endswith(_ZONE_WORDS) else 0
    if word_tag == "v":
        step |= _VERB | (_PLACE if place_word else 0)
    elif word_tag not in _EXTEND_TAGS and not ordinal and not place_word:
        return _STOP  # (an agency's name may hold a verb: 某市行政审批服务管理局)
    if word in _titles():
        return _STOP
    glued = word[-1] in _ADMIN_CHARS and len(word) >= 2 and word_tag is None
    if glued and not is_place(word[:-1]):
        # 作市 / 据市 (jieba glued a verb to 市): only the level belongs to the name
        return _STOP if word[:-1].endswith(_QUANTIFIERS) else step | _CUT
    if word.startswith(_QUANTIFIERS) and word_tag != "ns":
        return _STOP
    if word == "中国":
        step |= _CHINA
    if word_tag in _PROPER_TAGS or place_word or word in _NATIONAL or word in _ADMIN_CHARS:
        step |= _PROPER  # 市 alone opens a municipal body's name
    return step


def _grow(
    text: str,
    tokens: Sequence[Token],
    below: int,
    head: int,
    end: int,
    suffix: str,
    *,
    proper: bool = False,
) -> tuple[int, int, int] | None:
    """Extend an institution word left over the words of its name (the word before ``head``
    has index ``below`` or less)."""
    before = _ending_at(tokens, head, below)  # index of the word just before the name's head
    i = before
    start = head
    words = 0
    after_verb = -1  # where the name would start if a verb crossed is not part of it
    company = suffix.endswith(_COMPANY_SUFFIXES)
    government = suffix.endswith("政府")
    while i is not None and words < _MAX_WORDS:
        tok = tokens[i]
        step = _grow_step(tok.text, tok.tag)
        if step & _STOP or (company and step & _ZONE) or (government and step & _CHINA):
            break
        if step & _VERB:
            verb_inside = not company and words < _MAX_WORDS - 1
            if verb_inside and after_verb >= 0:
                break  # 某地 + 宣布 + 辞去 + 某党: two verbs are a sentence, not a name
            if not verb_inside and not step & _PLACE:
                break
        if end - tok.start > _MAX_LEN:
            break
        if step & _CUT:
            start = tok.end - 1
            break
        if step & _PROPER:
            proper = True
        if step & _VERB and after_verb < 0:
            after_verb = tok.end
        start = tok.start
        words += 1
        i = _ending_at(tokens, start, i - 1)
    if after_verb >= 0 and not _opens_with_level_or_place(tokens, start):
        start = after_verb  # the verb belongs to the sentence, not to the name
        proper = any(
            t.tag in _PROPER_TAGS or is_place(t.text) for t in _words_between(tokens, start, head)
        )
    if not proper and company and before is not None:
        # 某钢 + 集团: a rare head word names a company even if jieba calls it a common noun
        first = tokens[before]
        proper = 2 <= len(first.text) <= 3 and frequency(first.text) <= _RARE_HEAD
        start = first.start if proper else start
    if not proper:
        return None
    start = _trim_common_head(tokens, start, head)
    # jieba cut a known abbreviation apart (中 / 煤平 / 朔 for 中煤 + 平朔)
    k = _ending_at(tokens, start, -1 if before is None else before) if start > 0 else None
    cut_apart = k is not None and len(tokens[k].text) == 1
    if cut_apart and tag(text[start - 1 : start + 1]) in ("nt", "nz", "j"):
        start -= 1
    if start == head and text[head:end] == suffix:
        return None
    return start, end, _PRIORITY


def _opens_with_level_or_place(tokens: Sequence[Token], start: int) -> bool:
    first = _starting_at(tokens, start)
    if first is None:
        return False
    return first.text in _ADMIN_CHARS or is_place(first.text) or first.tag == "ns"


def _trim_common_head(tokens: Sequence[Token], start: int, head: int) -> int:
    """Drop leading common nouns: 企业某某集团 -> 某某集团 (a name starts with a proper word)."""
    for tok in _words_between(tokens, start, head):
        if (
            tok.tag in _PROPER_TAGS
            or is_place(tok.text)
            or tok.text in _NATIONAL
            or tok.text[-1:] in _ADMIN_CHARS
        ):
            return tok.start
    return start


@functools.lru_cache(maxsize=8192)
def aliases_of(name: str) -> frozenset[str]:
    """:func:`aliases` of one name (cached: the same organisations recur page after page)."""
    plain = not name.endswith(_COMPANY_SUFFIXES) and not any(z in name for z in _ZONE_WORDS)
    if plain and not any(is_place(name[:k]) for k in (2, 3)):
        return frozenset()  # 国务院, 新华社: no shorter form to look for
    return frozenset(aliases([name]))


def aliases(names: Iterable[str]) -> set[str]:
    """Short names of organisations found in full, to be found again in the same text.

    三一集团 -> 三一; X铁路Y局集团有限公司 -> Y局集团公司; 某开发区某园区服务中心 -> 某园区服务中心.
    """
    out: set[str] = set()
    for name in names:
        suffix = next((s for s in _COMPANY_SUFFIXES if name.endswith(s)), None)
        if suffix is None:
            # a body named after its zone: the part after a leading place or zone
            for k in range(2, len(name) - 3):
                head = name[:k]
                if is_place(head) or head.endswith(("开发区", "园区", "新区")):
                    out.add(name[k:])
            continue
        core = name[: -len(suffix)]
        for k in range(len(core) - 1):
            tail = core[k:]
            if len(tail) < 2 or is_place(tail):
                continue
            for end in ("集团公司", "集团", "公司"):
                if tail + end != name:
                    out.add(tail + end)
        if len(core) >= 3 and core != name:
            out.add(core)
            trade = core.removesuffix(next((w for w in _TRADES if core.endswith(w)), ""))
            if len(trade) >= 3 and trade != core:
                out.add(trade)  # 某某路桥建设集团有限公司 -> 某某路桥
        stripped = _strip_places(core)
        if len(stripped) >= 2 and not is_place(stripped) and tag(stripped) is None:
            out.add(stripped)
    return out


def _strip_places(core: str) -> str:
    changed = True
    while changed:
        changed = False
        for k in range(min(len(core), 6), 1, -1):
            if is_place(core[:k]) and len(core) - k >= 2:
                core = core[k:]
                changed = True
                break
    return core


_BODIES_BESIDE = frozenset(["省委", "省政府", "国务院", "党中央", "市委", "地方"])


def _central(tokens: Sequence[Token]) -> Iterator[tuple[int, int, int]]:
    """中央 written beside another body (贯彻中央及省委精神) is the Party centre, an ORG."""
    for i, tok in enumerate(tokens):
        if tok.text != "中央" or i + 2 >= len(tokens):
            continue
        if tokens[i + 1].text in ("及", "和", "、", "与") and tokens[i + 2].text in _BODIES_BESIDE:
            yield tok.start, tok.end, _PRIORITY


#: 甲乙、丙丁、戊己等21个项目: short company names listed before a count of firms or projects.
_LISTED = re.compile(
    r"(?:^|(?<=[，。；：、“”（）\s]))((?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6})等"
    r"(?:\d+|[一二两三四五六七八九十百]+)?(?:个|家|批)?(?:企业|公司|项目)"
)


def _listed_companies(text: str, tokens: Sequence[Token]) -> Iterator[tuple[int, int, int]]:
    if "等" not in text or "、" not in text:
        return
    starts = {t.start for t in tokens}
    for m in _LISTED.finditer(text):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            end = pos + len(item)
            common = tag(item) not in (None, "nz", "nt", "j")
            if pos in starts and not common and not is_place(item):
                yield pos, end, _PRIORITY - 2
            pos = end + 1


# registration: this finder's word filters in the shared word-facts table
register(ORG_LAST, lambda word, tag: word[-1] in _suffixes()[2])
register(ORG_WORD, lambda word, tag: len(word) >= 4 or tag in ("nt", "nz", "j"))
