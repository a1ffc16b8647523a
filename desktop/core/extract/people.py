"""PER: personal names, without their titles.

Evidence, strongest first: a title right before the name (市长X, 记者 X, 董事长X), including
lists after it (市领导X、Y); a name followed by a person verb (X说, X指出); an unknown word
that starts with a surname; a dictionary name (nr) with context; a transliterated name
(characters used for foreign names, or joined with ·).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence

from desktop.core.extract.facts import PERSON, SURNAME, THREE, TITLE_LAST, register, table
from desktop.core.extract.lexicons import lexicons, wordset
from desktop.core.extract.segment import Token, tag, words_tagged

#: Characters that cannot end a two-character given name: they start the next word.
NAME_STOP_CHARS = frozenset(
    "说在和与的等是向为对同一已也都就还又将从到来率主出会作表指介参称了着过被把由以及"
    "、，。；：！？（）“”《》 \n"
)
_PRIORITY_TITLE = 5
_PRIORITY_VERB = 3
_PRIORITY_WEAK = 1
_SEPARATORS = ("、", " ", "，")
_MIN_GIVEN_USES = 10


@functools.cache
def _given_name_chars() -> dict[str, int]:
    """How often each character is a given-name character among jieba's three-character
    dictionary names: 秀, 建, 志 often; 旅 almost never (农文旅 is not a name)."""
    lex = lexicons()
    counts: dict[str, int] = {}
    for word in words_tagged("nr"):
        if len(word) == 3 and word[0] in lex.surnames:
            for ch in word[1:]:
                counts[ch] = counts.get(ch, 0) + 1
    return counts


def _glued_to_nouns(tokens: Sequence[Token], i: int) -> bool:
    """山水 + 林田湖 + 草沙: a run of nouns around an unknown word is a list, not a name."""
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    noun_before = prev is not None and prev.tag in ("n", "nz", "ng") and len(prev.text) > 1
    unknown_after = nxt is not None and nxt.tag is None and _is_cjk(nxt.text)
    return noun_before or unknown_after


def _title_follows(text: str, pos: int) -> bool:
    """某某总书记, 某某副总理: a title written right after a name."""
    if text.startswith("副", pos):
        pos += 1
    titles = _TITLES_AFTER
    return text[pos : pos + 2] in titles or text[pos : pos + 3] in titles


#: Last characters of places and things that jieba's dictionary also lists as names
#: (…街, …镇, …岛, 夏令营, 季后赛).
_NOT_NAME_ENDS = frozenset("街路镇岛府州县区村乡宫寺庙桥港湾岭营赛季书楼馆站")
#: 之 and a word of place or position: "the shore of", "the top of" (海之滨, 山之巅), a phrase
#: jieba's dictionary also lists as a name, never a given name.
_OF_PLACE = frozenset("滨畔巅间中上下内外前后际乡都城源旁侧端首边")


@functools.lru_cache(maxsize=65536)
def _famous(word: str) -> bool:
    """A dictionary name kept without any cue (鲁迅-like entries of jieba's ``nr``): its given
    name is made of name characters and neither its head nor its tail is a common word
    (蓝皮书 = 蓝皮 + 皮书, 强降雨 ends in 降雨, 本赛季 in 赛季)."""
    if word[-1] in _NOT_NAME_ENDS or not _plausible_given(word[1:]):
        return False
    if len(word) == 3 and word[1] == "之" and word[2] in _OF_PLACE:
        return False
    for part in (word[1:], word[:2]):
        part_tag = tag(part)
        if part_tag is not None and not part_tag.startswith("nr"):
            return False
    return True


@functools.lru_cache(maxsize=65536)
def _plausible_given(given: str) -> bool:
    counts = _given_name_chars()
    return all(counts.get(ch, 0) >= _MIN_GIVEN_USES for ch in given)


#: Function words that follow a subject: an unknown surname-initial word before one of them
#: is a name more often than not (某某在北京, 某某的父亲).
_SUBJECT_NEXT = wordset("在 是 也 已 曾 将 还 和 与 对 从 向 为 被 把 则 又 都 就 以")
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
#: Titles written after a name (某某总书记, 某某同志, 某某先生).
_TITLES_AFTER = wordset(
    "总书记 同志 先生 女士 主席 副主席 总理 副总理 总统 副总统 首相 教授 院士 书记 委员长"
    " 省长 市长 县长 部长 外长 主任 局长 厅长 董事长 总经理 将军 大使"
)
#: Tags under which jieba's dictionary holds many pieces of names (柯文 / 静).
_NAMEISH_TAGS = frozenset({"nz", "j", "ns", "g", "ng"})


@functools.lru_cache(maxsize=65536)
def _is_cjk(text: str) -> bool:
    return bool(text) and all(
        "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\U0002ffff" for ch in text
    )


def _surname_len(word: str) -> int:
    lex = lexicons()
    if word[:2] in lex.compound_surnames and len(word) >= 3:
        return 2
    if word[:1] in lex.surnames:
        return 1
    return 0


@functools.lru_cache(maxsize=65536)
def looks_like_name(word: str) -> bool:
    """Surname + one or two given characters, all Chinese."""
    n = _surname_len(word)
    return n > 0 and 1 <= len(word) - n <= 2 and _is_cjk(word)


@functools.cache
def _titles() -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    titles = lexicons().titles
    lengths = tuple(sorted({len(t) for t in titles}))
    return frozenset(titles), lengths, frozenset(t[-1] for t in titles)


#: Role nouns that also stand before verbs (领导包联, 代表审议): a name after them must end
#: its clause or be followed by a person verb.
_WEAK_TITLES = ("领导", "代表", "委员", "专家", "村民", "居民", "工人", "职工", "学生", "农民")


def _weak_title(text: str, end: int) -> bool:
    return text.endswith(_WEAK_TITLES, 0, end)


def _name_ends_clause(text: str, end: int, index: _Index) -> bool:
    if end >= len(text) or not _is_cjk(text[end]):
        return True
    i = index.by_start.get(end)
    return i is not None and index.tokens[i].text in lexicons().person_verbs


class _Index:
    def __init__(self, tokens: Sequence[Token]) -> None:
        self.by_start = {t.start: i for i, t in enumerate(tokens)}
        self.tokens = tokens


def _name_at(text: str, pos: int, index: _Index) -> int:
    """End of a personal name starting at ``pos`` (just after a title), or -1."""
    i = index.by_start.get(pos)
    if i is None:
        return -1
    tok = index.tokens[i]
    if text.startswith("某", pos + 1):
        return _char_name(text, pos)  # 李某 / 某诉: jieba glued the verb to the 某
    foreign = _translit_run(text, pos)
    if foreign >= tok.end and (
        foreign - pos >= 4 or (foreign - pos == 3 and _surname_len(text[pos : pos + 3]) == 0)
    ):
        return foreign  # 基辛格, 托卡耶夫
    short_foreign = foreign == tok.end and len(tok.text) == 2 and tok.tag in (None, "nr", "nrt")
    if short_foreign and _surname_len(tok.text) == 0:
        return tok.end  # 普京, 拜登
    known = tok.tag is not None and not tok.tag.startswith("nr") and len(tok.text) > 1
    if known and (tok.tag not in _NAMEISH_TAGS or _surname_len(tok.text) == 0):
        return -1  # a known common word (关于, 和党) is not a name
    if (tok.tag is None or tok.tag.startswith("nr")) and looks_like_name(tok.text):
        if len(tok.text) == 3 and tok.text[2] in NAME_STOP_CHARS:
            return tok.start + 2  # 某勇作 -> 某勇
        if len(tok.text) == 2 and not _next_is_word(index, i):
            return _char_name(text, pos)
        if len(tok.text) == 2 and i + 1 < len(index.tokens):
            nxt = index.tokens[i + 1].text
            if (
                len(nxt) == 2
                and nxt[1] in lexicons().person_verbs
                and nxt[0] not in NAME_STOP_CHARS
            ):
                return tok.end + 1  # 某建 / 明说: the verb took the name's last character
        return tok.end
    return _char_name(text, pos)


def _char_name(text: str, pos: int) -> int:
    """Surname + given name by characters: three unless the third starts the next word."""
    n = _surname_len(text[pos : pos + 3])
    if n == 0 or text[pos] in NAME_STOP_CHARS:
        return -1
    given = text[pos + n : pos + n + 2]
    if not given or not _is_cjk(given[0]) or given[0] in NAME_STOP_CHARS:
        return -1
    if given[0] == "某":  # an anonymised name: 孙某, 李某某
        return pos + n + (2 if given == "某某" else 1)
    if len(given) == 2 and _is_cjk(given[1]) and given[1] not in NAME_STOP_CHARS:
        return pos + n + 2
    return pos + n + 1


def _next_is_word(index: _Index, i: int) -> bool:
    """Whether the word after token ``i`` is a dictionary word (so the name ends before it)."""
    if i + 1 >= len(index.tokens):
        return True
    nxt = index.tokens[i + 1]
    if len(nxt.text) == 1 and _is_cjk(nxt.text) and nxt.text not in NAME_STOP_CHARS:
        return False  # 贾志 / 强: jieba cut a three-character name
    return nxt.tag is not None or not _is_cjk(nxt.text)


def _translit_run(text: str, pos: int) -> int:
    """End of the run of transliteration characters starting at ``pos`` (at most 7)."""
    translit = lexicons().translit
    end = pos
    while end < len(text) and end - pos < 7 and text[end] in translit:
        end += 1
    return end


def find(
    text: str, tokens: Sequence[Token], facts: Sequence[int] | None = None
) -> list[tuple[int, int, int]]:
    """(start, end, priority) of person-name candidates: a name starts where a word starts
    (总理 + 某某·某某 is not 理某某), and a transliterated name takes in the name pieces
    jieba cut off around it (泽 / 连斯基, 斯托尔 / 滕 / 贝格). ``facts`` is
    :func:`facts.table` of ``tokens`` when the caller has it."""
    if facts is None:
        facts = table(tokens)
    found, index = _find(text, tokens, facts)
    if not found:
        return found  # most sentences: no word index is needed
    # the index a title built is reused: a dict of the word starts costs a microsecond
    starts = index.by_start if index is not None else _Index(tokens).by_start
    out: list[tuple[int, int, int]] = []
    for start, end, priority in found:
        if start not in starts:
            start = _word_start(tokens, start, end)
            if start < 0:
                continue
        if _is_foreign(text[start:end]):
            start, end = _grow_foreign(tokens, starts, start, end)
        out.append((start, end, priority))
    return out


_FOREIGN_PIECE_TAGS = frozenset({"nr", "nrt", None})


def _word_start(tokens: Sequence[Token], start: int, end: int) -> int:
    """A name found inside a word starts with that word if the word is a piece of a name
    (阿卜杜拉 nrt), else at the next word (总理 + 某某); -1 if none is left."""
    # the words are in text order: a binary search finds the word around ``start`` (a scan
    # from the first word made this linear in the text for every such name, issue 12)
    i = bisect.bisect_right(tokens, start, key=_start_of) - 1
    if i >= 0:
        tok = tokens[i]
        if tok.start < start < tok.end and (tok.tag in ("nr", "nrt") or _foreign_piece(tok)):
            return tok.start
    for k in range(i + 1, len(tokens)):
        tok = tokens[k]
        if tok.start >= end:
            break
        if start < tok.start:
            return tok.start
    return -1


def _start_of(tok: Token) -> int:
    return tok.start


@functools.lru_cache(maxsize=65536)
def _is_foreign(name: str) -> bool:
    translit = lexicons().translit
    return len(name) >= 2 and sum(c in translit for c in name) >= len(name) - 1


def _foreign_piece(tok: Token) -> bool:
    """A word that can be part of a transliterated name: tagged a name (or unknown) and made
    of transliteration characters, or a single character jieba calls a name."""
    if tok.tag not in _FOREIGN_PIECE_TAGS or not _is_cjk(tok.text):
        return False
    translit = lexicons().translit
    return (len(tok.text) == 1 and tok.tag is not None) or all(c in translit for c in tok.text)


def _grow_foreign(
    tokens: Sequence[Token], starts: dict[int, int], start: int, end: int
) -> tuple[int, int]:
    i = starts[start]
    while i > 0 and _foreign_piece(tokens[i - 1]) and start - tokens[i - 1].start <= 3:
        i -= 1
        start = tokens[i].start
    j = starts.get(end)
    while j is not None and j < len(tokens) and _foreign_piece(tokens[j]) and end - start < 8:
        end = tokens[j].end
        j += 1
    return start, end


#: The facts bits this module reads: one test skips every other word.
_MINE = PERSON | TITLE_LAST | THREE | SURNAME


def _find(
    text: str, tokens: Sequence[Token], facts: Sequence[int]
) -> tuple[list[tuple[int, int, int]], _Index | None]:
    """The candidates of every rule, and the word index if a rule needed one."""
    # one pass over the words picks every rule's words (a comprehension per rule cost more)
    out: list[tuple[int, int, int]] = []
    index: _Index | None = None  # built at the first title: most sentences have none
    person: list[int] = []  # PERSON words: the only words that can be listed names
    three: list[Token] = []
    singles: list[int] = []
    last = len(tokens) - 2
    mine = _MINE  # a local: read for every word
    for i, f in enumerate(facts):
        if not f & mine:
            continue
        tok = tokens[i]
        if f & THREE:
            three.append(tok)
        elif f & SURNAME and i < last:
            singles.append(i)  # 和 / 帮助: a conjunction is not a surname (SURNAME needs nr)
        if f & PERSON:
            person.append(i)
        # 1. title + name (and the names listed after it)
        if f & TITLE_LAST and _ends_title(text, tok):
            if index is None:
                index = _Index(tokens)
            pos = tok.end
            while True:
                if text.startswith(" ", pos) or text.startswith("\u3000", pos):
                    pos += 1
                end = _name_at(text, pos, index)
                if end < 0:
                    break
                if _weak_title(text, tok.end) and not _name_ends_clause(text, end, index):
                    break  # 县领导包联项目: a role noun before a verb, not before a name
                out.append((pos, end, _PRIORITY_TITLE))
                if end < len(text) and text[end] in _SEPARATORS:
                    pos = end + 1
                    continue
                break
            continue
        # the PERSON bit: two or more characters, out of vocabulary or tagged as a name
        if not f & PERSON:
            continue
        kind = _person_kind(tok.text, tok.tag)
        if kind == _KIND_CHINESE:
            priority = _chinese_name(text, tokens, i)
            if priority:
                out.append((tok.start, tok.end, priority))
        elif kind == _KIND_FOREIGN:
            out.append((tok.start, tok.end, _PRIORITY_WEAK))
    if len(person) >= 2:
        out.extend(_listed(tokens, person, lexicons().person_verbs))
    if "某" in text:
        out.extend(_anonymised(text))
    if singles:
        out.extend(_split_names(text, tokens, singles))
    # 某某某 + 总理/同志: a three-character name before a title, whatever jieba tagged it
    for tok in three:
        if _name_before_title(tok.text, tok.tag) and _title_follows(text, tok.end):
            out.append((tok.start, tok.end, _PRIORITY_VERB))
    if "·" in text or "•" in text or "・" in text:
        for m in _dotted().finditer(text):
            out.append((m.start(), m.end(), _PRIORITY_VERB))
    return out, index


def _ends_title(text: str, tok: Token) -> bool:
    """A title ends with this word (市领导 spans the words 市 / 领导; 第一书记)."""
    inside, longer = _title_tail(tok.text)
    if inside or not longer:
        return inside  # most words: decided by the word alone
    titles = _titles()[0]
    end = tok.end
    return any(n <= end and text[end - n : end] in titles for n in longer)


@functools.lru_cache(maxsize=65536)
def _title_tail(word: str) -> tuple[bool, tuple[int, ...]]:
    """Whether ``word`` ends with a title, and the lengths of the titles longer than ``word``
    that end with it (cached per word: the test on the text is left for those)."""
    titles, lengths, _ = _titles()
    inside = any(n <= len(word) and word[-n:] in titles for n in lengths)
    return inside, _longer_titles().get(word, ())


@functools.cache
def _longer_titles() -> dict[str, tuple[int, ...]]:
    """Every proper tail of a title -> the lengths of the titles ending with it."""
    out: dict[str, set[int]] = {}
    for title in _titles()[0]:
        for k in range(1, len(title)):
            out.setdefault(title[k:], set()).add(len(title))
    return {tail: tuple(sorted(ns)) for tail, ns in out.items()}


_KIND_NONE = 0
_KIND_CHINESE = 1
_KIND_FOREIGN = 2


@functools.lru_cache(maxsize=65536)
def _person_kind(word: str, tag: str | None) -> int:
    """Which rule a PERSON word goes to (cached per word and tag): a Chinese name, a
    transliterated name, or none."""
    if not _is_cjk(word) or word in lexicons().stop_names:
        return _KIND_NONE
    # 2. unknown word or dictionary name that looks like a Chinese name
    if (tag is None or tag in ("nr", "nrfg")) and looks_like_name(word):
        return _KIND_CHINESE
    # 3. transliterated foreign names
    if (
        len(word) >= 3
        and tag in (None, "nr", "nrt")
        and all(c in lexicons().translit for c in word)
    ):
        return _KIND_FOREIGN
    return _KIND_NONE


def _chinese_name(text: str, tokens: Sequence[Token], i: int) -> int:
    """Rule 2 for the word ``tokens[i]``: the priority of the name it is (a verb or title
    after it, a function word after it, a dictionary name kept as it is), 0 if none."""
    tok = tokens[i]
    word = tok.text
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    verb_after = nxt is not None and (_verb_at(text, tok.end) or _title_follows(text, tok.end))
    if len(word) == 3 and tok.tag == "nr" and nxt is not None and not verb_after:
        if (nxt.text in _SUBJECT_NEXT and _plausible_given(word[1:])) or _famous(word):
            return _PRIORITY_WEAK  # 某某某在比赛中 (a dictionary name)
        return 0
    if tok.tag is None and len(word) == 3 and word[2] not in NAME_STOP_CHARS:
        if verb_after:
            return _PRIORITY_VERB
        if _plausible_given(word[1:]) and not _glued_to_nouns(tokens, i):
            return _PRIORITY_WEAK
    elif verb_after:
        return _PRIORITY_VERB
    elif (
        tok.tag in (None, "nr")
        and len(word) == 2
        and nxt is not None
        and nxt.text in _SUBJECT_NEXT
        and _plausible_given(word[1:])
        and not _glued_to_nouns(tokens, i)
    ):
        return _PRIORITY_WEAK
    return 0


@functools.lru_cache(maxsize=65536)
def _name_before_title(word: str, tag: str | None) -> bool:
    """A THREE word that can be a name if a title follows it (cached per word and tag)."""
    if tag in ("ns", "nt", "nz", None) or word[-1] in "省市县区镇乡村":
        return False  # 杭州市 + 副市长 is a place before a title
    return looks_like_name(word)


@functools.cache
def _dotted() -> re.Pattern[str]:
    """胡安·卡洛斯: transliterated parts joined by a middle dot."""
    chars = "".join(sorted(lexicons().translit))
    return re.compile(f"[{chars}]{{1,6}}(?:[·•・][{chars}]{{1,6}})+")


_LIST_JOINERS = frozenset({"、", "和", "与", "及", "同"})


def _listed(
    tokens: Sequence[Token], person: list[int], verbs: frozenset[str]
) -> Iterator[tuple[int, int, int]]:
    """Names in a list with a person verb at its end: X、Y、Z等代表 / X和Y获得; a list of
    three-character names also before a subject's function word (X和Y在比赛中).
    ``person`` holds the indices of the PERSON words, the only words that can be names."""
    n = len(tokens)
    joiners = _LIST_JOINERS
    done = -1
    for i in person:
        if i > n - 3 or tokens[i + 1].text not in joiners:
            continue
        if i < done or not _namelike(tokens[i]):
            continue
        run = [tokens[i]]
        j = i + 2
        while j < n and _namelike(tokens[j]):
            run.append(tokens[j])
            if j + 2 < n and tokens[j + 1].text in joiners:
                j += 2
            else:
                j += 1
                break
        else:
            j = min(j, n)
        if len(run) >= 2:
            after = tokens[j].text if j < n else ""
            full_names = all(len(t.text) == 3 for t in run)
            if (
                after in verbs
                or after in ("等", "等人", "同志", "，")
                or (full_names and after in _SUBJECT_NEXT)
            ):
                for t in run:
                    yield t.start, t.end, _PRIORITY_VERB
        done = j - 1


#: What follows an anonymised name in court and police news (某某因…, 某某诉称, 某某在…).
_AFTER_ANONYMISED = frozenset("因诉称说在与和等的被将已向为对是也曾于从把、，。：；")


def _anonymised(text: str) -> Iterator[tuple[int, int, int]]:
    """Surname + 某 (+ 某): 被告人孙某, 原告李某某诉称; not 于某年, 向某企业."""
    surnames = lexicons().surnames
    pos = text.find("某", 1)
    while pos > 0:
        start, end = pos - 1, pos + 1
        if text.startswith("某", end):
            end += 1
        if (
            text[start] in surnames
            and (start == 0 or not _is_cjk(text[start - 1]) or _title_before(text, start))
            and (end == len(text) or text[end] in _AFTER_ANONYMISED or _verb_at(text, end))
        ):
            yield start, end, _PRIORITY_VERB
        pos = text.find("某", end)


def _title_before(text: str, pos: int) -> bool:
    titles, lengths, _ = _titles()
    return any(n <= pos and text[pos - n : pos] in titles for n in lengths)


def _namelike(tok: Token) -> bool:
    return (tok.tag is None or tok.tag.startswith("nr")) and looks_like_name(tok.text)


def _verb_at(text: str, pos: int) -> bool:
    """A person verb starts at ``pos`` (说, 指出; also inside 出席会议)."""
    verbs = lexicons().person_verbs
    # three slices tested in line: a generator here cost more than the tests
    return (
        text[pos : pos + 1] in verbs or text[pos : pos + 2] in verbs or text[pos : pos + 3] in verbs
    )


def _split_names(
    text: str, tokens: Sequence[Token], singles: list[int]
) -> Iterator[tuple[int, int, int]]:
    """jieba cut a name before a person verb: 某 / 四清 / 参加 -> 某四清. ``singles`` are the
    indices of the SURNAME words with two words after them."""
    lex = lexicons()
    for i in singles:
        sur, given, verb = tokens[i], tokens[i + 1], tokens[i + 2]
        if len(given.text) == 2 and given.text[1] in lex.person_verbs:
            # 赵 / 明说: jieba glued the verb to the given name
            if _is_cjk(given.text[0]) and given.text[0] not in NAME_STOP_CHARS:
                yield sur.start, given.start + 1, _PRIORITY_VERB
            continue
        if not _verb_at(text, verb.start):
            continue
        if len(given.text) == 2 and given.tag not in (None, "nr", "nz", "ns", "j", "ng", "g", "t"):
            continue  # a common word after the surname (帮助, 支持)
        if not (_is_cjk(given.text) and 1 <= len(given.text) <= 2):
            continue
        if given.text in lex.person_verbs or given.text[0] in NAME_STOP_CHARS:
            continue
        if (
            i > 0
            and _is_cjk(tokens[i - 1].text)
            and tokens[i - 1].tag not in ("n", "v", "vn", "p", "c", "uj", "ul", "d", "f")
        ):
            continue
        yield sur.start, given.end, _PRIORITY_VERB


def warm_up() -> None:
    """Build the given-name character table now (a tenth of a second)."""
    _given_name_chars()


# registration: this finder's word filters in the shared word-facts table
register(TITLE_LAST, lambda word, tag: word[-1] in _titles()[2])
register(PERSON, lambda word, tag: len(word) > 1 and (tag is None or tag in _NAME_TAGS))
register(THREE, lambda word, tag: len(word) == 3 and tag not in _NAME_TAGS)
register(SURNAME, lambda word, tag: tag == "nr" and word in lexicons().surnames)
