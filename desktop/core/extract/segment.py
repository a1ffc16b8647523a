"""Word segmentation: the one module that imports jieba.

Why a private ``jieba.Tokenizer``: the process-wide default dictionary stays untouched by our
user words, the cache file lives in the app's own cache folder (``NEWSDESK_CACHE_DIR`` or
``platformdirs.user_cache_dir("newsdesk")``), and jieba is loaded once per process.

We never run ``jieba.posseg`` (5-8x slower than ``cut``): a word's part of speech is read from
jieba's own ``dict.txt`` (which tags nr/ns/nt/nz …); words the HMM invents (out of vocabulary)
have tag ``None``.
"""

from __future__ import annotations

import logging
import math
import os
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import platformdirs

if TYPE_CHECKING:
    import jieba


class Token(NamedTuple):
    """One word: its text, code-point span and dictionary tag (None when out of vocabulary)."""

    text: str
    start: int
    end: int
    tag: str | None


_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
#: Every dictionary word and word prefix -> ``count << TAG_BITS | tag id`` (count 0: a prefix
#: only; tag id 0: no tag). One table serves the route search and the tags, so the tag of a
#: word is read where its count was (the same cache lines) instead of from a second dictionary.
_entries: dict[str, int] = {}
TAG_BITS = 6
_TAG_MASK = (1 << TAG_BITS) - 1
#: tag id -> tag (id 0 is "no tag")
_tag_names: list[str | None] = [None]
#: ``cut_block(sentence, words, tags)``, set up with the tokenizer by :func:`_speed_up`
_cut_block: Callable[[str, list[str], list[int]], None]
_RE_HAN: re.Pattern[str]
_RE_SKIP: re.Pattern[str]


def cache_dir() -> Path:
    """Where jieba's dictionary cache is written (created on demand)."""
    folder = os.environ.get("NEWSDESK_CACHE_DIR") or platformdirs.user_cache_dir("newsdesk")
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _load() -> jieba.Tokenizer:
    global _tokenizer
    with _lock:
        if _tokenizer is not None:
            return _tokenizer
        import jieba  # here, not at import time: the window opens before jieba is needed

        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        try:
            tokenizer.tmp_dir = str(cache_dir())
        except OSError:
            tokenizer.tmp_dir = None  # jieba falls back to the system temp folder
        tokenizer.initialize()
        _read_entries(tokenizer)
        _speed_up(tokenizer)
        _tokenizer = tokenizer
        return tokenizer


def _read_entries(tokenizer: jieba.Tokenizer) -> None:
    """Fill :data:`_entries` from the tokenizer's counts and the tags of its ``dict.txt``."""
    ids: dict[str, int] = {}
    tags: dict[str, int] = {}
    with tokenizer.get_dict_file() as handle:
        for raw in handle:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3:
                tag_id = ids.get(parts[2])
                if tag_id is None:
                    tag_id = ids[parts[2]] = len(_tag_names)
                    _tag_names.append(parts[2])
                    if tag_id > _TAG_MASK:
                        raise RuntimeError("jieba's dictionary has more tags than TAG_BITS hold")
                tags[parts[0]] = tag_id
    get = tags.get
    # the keys are the tokenizer's own string objects: no second copy of 350,000 words
    _entries.update({w: f << TAG_BITS | get(w, 0) for w, f in tokenizer.FREQ.items()})


def _speed_up(tokenizer: jieba.Tokenizer) -> None:
    """Replace the tokenizer's dictionary walk and route search by versions with the same
    arithmetic (identical cuts, see tests) but local lookups and cached logarithms: jieba's own
    spend most of ``cut``'s time on attribute lookups and a generator per character."""
    freq: dict[str, int] = tokenizer.FREQ
    logtotal = math.log(tokenizer.total)
    logs: dict[int, float] = {}

    get = freq.get

    def get_dag(sentence: str) -> dict[int, list[int]]:
        dag: dict[int, list[int]] = {}
        n = len(sentence)
        for k in range(n):
            ends: list[int] = []
            for i in range(k, n):
                f = get(sentence[k : i + 1])  # prefixes are in FREQ with count 0
                if f is None:
                    break
                if f:
                    ends.append(i)
            dag[k] = ends or [k]
        return dag

    def calc(sentence: str, dag: dict[int, list[int]], route: dict[int, tuple[float, int]]) -> None:
        route[len(sentence)] = (0, 0)
        for idx in range(len(sentence) - 1, -1, -1):
            best: tuple[float, int] | None = None
            for x in dag[idx]:
                f = get(sentence[idx : x + 1]) or 1
                lp = logs.get(f)
                if lp is None:
                    lp = logs[f] = math.log(f) - logtotal
                candidate = (lp + route[x + 1][0], x)
                if best is None or candidate > best:
                    best = candidate
            assert best is not None
            route[idx] = best

    tokenizer.get_DAG = get_dag
    tokenizer.calc = calc
    hmm = _fast_hmm()

    def cut_dag(sentence: str) -> Iterator[str]:
        """jieba's ``Tokenizer.__cut_DAG`` (dictionary route, HMM for unknown runs)."""
        dag = get_dag(sentence)
        route: dict[int, tuple[float, int]] = {}
        calc(sentence, dag, route)
        x, buf, n = 0, "", len(sentence)
        while x < n:
            y = route[x][1] + 1
            if y - x == 1:
                buf += sentence[x:y]
            else:
                if buf:
                    yield from _flush(buf, freq, hmm)
                    buf = ""
                yield sentence[x:y]
            x = y
        if buf:
            yield from _flush(buf, freq, hmm)

    # ``cut`` calls ``self.__cut_DAG``, i.e. this instance attribute
    tokenizer._Tokenizer__cut_DAG = cut_dag

    # log probability of every one-character word; 0.0 for a character that is only a prefix
    single = {w: (math.log(f) - logtotal if f else 0.0) for w, f in freq.items() if len(w) == 1}
    no_word = -logtotal  # jieba counts a character outside the dictionary once
    entry = _entries.get
    shift = TAG_BITS
    entry_logs: dict[int, float] = {}  # entry -> log probability of its word

    def best_ends(sentence: str, found: list[int]) -> list[int]:
        """``get_dag`` and ``calc`` in one right-to-left pass (no DAG kept, one lookup per
        prefix): the end of the best word starting at each position, same ties as jieba's
        ``max`` over (probability, end). ``found[k]`` gets the entry of a best word of two
        or more characters (its tag id in the low bits)."""
        n = len(sentence)
        score = [0.0] * (n + 1)
        ends = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            # the character alone, from a small table that stays in the CPU cache
            lp = single.get(sentence[k])
            if lp is None:  # unknown character: no word starts here
                best_p, best_x = no_word + score[k + 1], k + 1
                score[k] = best_p
                ends[k] = best_x
                continue
            if lp:  # 0.0 marks a character that only starts words
                best_p, best_x = lp + score[k + 1], k + 1
            else:
                best_p, best_x = 0.0, -1
            best_v = 0
            for x in range(k + 2, n + 1):
                v = entry(sentence[k:x])
                if v is None:
                    break
                if v > _TAG_MASK:  # a word, not only a prefix
                    lp = entry_logs.get(v)
                    if lp is None:
                        lp = entry_logs[v] = math.log(v >> shift) - logtotal
                    p = lp + score[x]
                    if best_x < 0 or p >= best_p:
                        best_p, best_x, best_v = p, x, v
            if best_x < 0:  # no dictionary word here: the character alone, counted once
                best_p, best_x = no_word + score[k + 1], k + 1
            score[k] = best_p
            ends[k] = best_x
            found[k] = best_v
        return ends

    def cut_block(sentence: str, out: list[str], tags: list[int]) -> None:
        """:func:`cut_dag` appending to ``out`` instead of yielding, and each word's tag id
        to ``tags``."""
        found = [0] * len(sentence)
        ends = best_ends(sentence, found)
        x, n, buf = 0, len(sentence), -1
        while x < n:
            y = ends[x]
            if y - x == 1:
                if buf < 0:
                    buf = x
            else:
                if buf >= 0:
                    _flush_tagged(sentence[buf:x], freq, hmm, out, tags)
                    buf = -1
                out.append(sentence[x:y])
                tags.append(found[x] & _TAG_MASK)
            x = y
        if buf >= 0:
            _flush_tagged(sentence[buf:], freq, hmm, out, tags)

    global _cut_block, _RE_HAN, _RE_SKIP
    _cut_block = cut_block
    from jieba import re_han_default, re_skip_default

    _RE_HAN, _RE_SKIP = re_han_default, re_skip_default


def _flush_tagged(
    buf: str,
    freq: dict[str, int],
    hmm: Callable[[str], Iterator[str]],
    out: list[str],
    tags: list[int],
) -> None:
    """:func:`_flush` appending the words to ``out`` and their tag ids to ``tags``."""
    start = len(out)
    out.extend(_flush(buf, freq, hmm))
    get = _entries.get
    tags.extend([(get(w) or 0) & _TAG_MASK for w in out[start:]])


def _flush(buf: str, freq: dict[str, int], hmm: Callable[[str], Iterator[str]]) -> Iterator[str]:
    if len(buf) == 1:
        yield buf
    elif not freq.get(buf):
        yield from hmm(buf)
    else:
        yield from buf


def _fast_hmm() -> Callable[[str], Iterator[str]]:
    """jieba's ``finalseg.cut`` with the same Viterbi arithmetic and tie-breaking, but
    backpointers instead of copied path lists and the four states unrolled."""
    from jieba import finalseg

    neg = finalseg.MIN_FLOAT
    start, trans, emit = finalseg.start_P, finalseg.trans_P, finalseg.emit_P
    e_b, e_m, e_e, e_s = emit["B"], emit["M"], emit["E"], emit["S"]
    t_eb, t_sb = trans["E"].get("B", neg), trans["S"].get("B", neg)
    t_mm, t_bm = trans["M"].get("M", neg), trans["B"].get("M", neg)
    t_ss, t_es = trans["S"].get("S", neg), trans["E"].get("S", neg)
    t_be, t_me = trans["B"].get("E", neg), trans["M"].get("E", neg)
    re_han, re_skip = finalseg.re_han, finalseg.re_skip
    force_split = finalseg.Force_Split_Words

    def states(obs: str) -> list[str]:
        c = obs[0]
        vb, vm = start["B"] + e_b.get(c, neg), start["M"] + e_m.get(c, neg)
        ve, vs = start["E"] + e_e.get(c, neg), start["S"] + e_s.get(c, neg)
        back: list[tuple[str, str, str, str]] = []
        for c in obs[1:]:
            em = e_b.get(c, neg)
            pb, bb = max((ve + t_eb + em, "E"), (vs + t_sb + em, "S"))
            em = e_m.get(c, neg)
            pm, bm = max((vm + t_mm + em, "M"), (vb + t_bm + em, "B"))
            em = e_s.get(c, neg)
            ps, bs = max((vs + t_ss + em, "S"), (ve + t_es + em, "E"))
            em = e_e.get(c, neg)
            pe, be = max((vb + t_be + em, "B"), (vm + t_me + em, "M"))
            vb, vm, vs, ve = pb, pm, ps, pe
            back.append((bb, bm, be, bs))
        state = max((ve, "E"), (vs, "S"))[1]
        path = [state]
        for bb, bm, be, bs in reversed(back):
            state = {"B": bb, "M": bm, "E": be, "S": bs}[state]
            path.append(state)
        path.reverse()
        return path

    def words(block: str) -> Iterator[str]:
        begin, nexti = 0, 0
        for i, pos in enumerate(states(block)):
            if pos == "B":
                begin = i
            elif pos == "E":
                yield block[begin : i + 1]
                nexti = i + 1
            elif pos == "S":
                yield block[i]
                nexti = i + 1
        if nexti < len(block):
            yield block[nexti:]

    def cut(sentence: str) -> Iterator[str]:
        for blk in re_han.split(sentence):
            if re_han.match(blk):
                for word in words(blk):
                    if word in force_split:
                        yield from word
                    else:
                        yield word
            else:
                for x in re_skip.split(blk):
                    if x:
                        yield x

    return cut


def warm_up() -> None:
    """Load the dictionary and its tags now (about a second), not on first use."""
    _load()


def tag(word: str) -> str | None:
    """jieba's dictionary tag for ``word`` (nr, ns, nt, n, v …), None if unknown."""
    if _tokenizer is None:
        _load()
    return _tag_names[(_entries.get(word) or 0) & _TAG_MASK]


def words_tagged(wanted: str) -> list[str]:
    """Every dictionary word with tag ``wanted`` (e.g. all ``nr`` names)."""
    if _tokenizer is None:
        _load()
    if wanted not in _tag_names:
        return []
    tag_id = _tag_names.index(wanted)
    return [w for w, v in _entries.items() if v & _TAG_MASK == tag_id]


def frequency(word: str) -> int:
    """jieba's dictionary count for ``word`` (0 if unknown): how common a word it is."""
    tokenizer = _tokenizer or _load()
    return int(tokenizer.FREQ.get(word, 0))


def known(word: str) -> bool:
    if _tokenizer is None:
        _load()
    return bool((_entries.get(word) or 0) & _TAG_MASK)


def _words(text: str) -> tuple[list[str], list[int]]:
    """``Tokenizer.cut(text, HMM=True)`` as a list, without its generator layers, and the tag
    id of every word."""
    out: list[str] = []
    tags: list[int] = []
    re_han_default, re_skip_default = _RE_HAN, _RE_SKIP
    block = _cut_block
    get = _entries.get
    for blk in re_han_default.split(text):
        if not blk:
            continue
        if re_han_default.match(blk):
            block(blk, out, tags)
            continue
        start = len(out)
        for x in re_skip_default.split(blk):
            if re_skip_default.match(x):
                out.append(x)
            else:
                out.extend(x)
        tags.extend([(get(w) or 0) & _TAG_MASK for w in out[start:]])
    return out, tags


def tokenize(text: str) -> list[Token]:
    """Segment ``text`` into words with code-point offsets (HMM on for unknown names)."""
    if _tokenizer is None:
        _load()
    names = _tag_names
    new = tuple.__new__  # a third faster than Token(...) on this hot path
    out: list[Token] = []
    start = 0
    words, tags = _words(text)
    for word, tag_id in zip(words, tags, strict=True):
        end = start + len(word)
        out.append(new(Token, (word, start, end, names[tag_id])))
        start = end
    return out


def cut(text: str) -> list[str]:
    """Plain word list (for search indexing)."""
    tokenizer = _tokenizer or _load()
    return list(tokenizer.cut(text, HMM=True))
