"""Word segmentation: the one module that imports jieba.

jieba's dictionary is loaded once per process into a private table (jieba's process-wide
default tokenizer is never touched), cached in the app's own cache folder
(``NEWSDESK_CACHE_DIR`` or ``platformdirs.user_cache_dir("newsdesk")``). Cuts are identical to
``jieba.cut(text)`` (see tests): the same dictionary walk, route search and HMM, written for
speed.

We never run ``jieba.posseg`` (5-8x slower than ``cut``): a word's part of speech is read from
jieba's own ``dict.txt`` (which tags nr/ns/nt/nz …); words the HMM invents (out of vocabulary)
have tag ``None``.
"""

from __future__ import annotations

import contextlib
import logging
import marshal
import math
import os
import re
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import platformdirs


class Token(NamedTuple):
    """One word: its text, code-point span and dictionary tag (None when out of vocabulary)."""

    text: str
    start: int
    end: int
    tag: str | None


_lock = threading.Lock()
_ready = False
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


def _load() -> None:
    global _ready
    with _lock:
        if _ready:
            return
        import jieba  # here, not at import time: the window opens before jieba is needed

        jieba.setLogLevel(logging.WARNING)
        dict_path = Path(jieba.__file__).parent / "dict.txt"
        stat = dict_path.stat()
        key = [jieba.__version__, str(dict_path), stat.st_size, stat.st_mtime_ns]
        table = _read_cache(key)
        if table is None:
            table = _build_table(dict_path)
            _write_cache(key, table)
        _install(*table)
        _ready = True


#: The table: jieba's total count, tag names by id, entries (see :data:`_entries`).
_Table = tuple[int, list[str | None], dict[str, int]]
_CACHE_FILE = "jieba-entries.marshal"


def _read_cache(key: list[object]) -> _Table | None:
    """The table an earlier run saved for this very dictionary file, if any."""
    try:
        data = marshal.loads((cache_dir() / _CACHE_FILE).read_bytes())
        if data[0] == key:
            return data[1], data[2], data[3]
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        pass  # none yet, unreadable or stale: rebuilt by the caller
    return None


def _write_cache(key: list[object], table: _Table) -> None:
    """Save the table atomically (a crash never leaves half a file); best effort."""
    with contextlib.suppress(OSError):
        folder = cache_dir()
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                marshal.dump([key, *table], handle)
            os.replace(tmp, folder / _CACHE_FILE)
        except OSError:
            Path(tmp).unlink(missing_ok=True)


def _build_table(dict_path: Path) -> _Table:
    """jieba's counts of every word and word prefix (its own ``gen_pfdict``), with the tag id
    of every word of ``dict.txt`` in the low bits."""
    import jieba

    with dict_path.open("rb") as handle:
        freq, total = jieba.Tokenizer.gen_pfdict(handle)
    for word, count in freq.items():
        freq[word] = count << TAG_BITS
    ids: dict[str, int] = {}
    names: list[str | None] = [None]
    with dict_path.open("rb") as handle:
        for raw in handle:
            parts = raw.decode("utf-8").split()
            if len(parts) != 3:
                continue
            tag_id = ids.get(parts[2])
            if tag_id is None:
                tag_id = ids[parts[2]] = len(names)
                names.append(parts[2])
                if tag_id > _TAG_MASK:
                    raise RuntimeError("jieba's dictionary has more tags than TAG_BITS hold")
            # a word listed twice keeps its last tag, as its count is its last count
            freq[parts[0]] = freq[parts[0]] >> TAG_BITS << TAG_BITS | tag_id
    return total, names, freq


def _install(total: int, names: list[str | None], entries: dict[str, int]) -> None:
    global _entries, _tag_names
    _entries, _tag_names = entries, names
    _speed_up(total)


def _speed_up(total: int) -> None:
    """Set up :func:`_cut_block`: jieba's dictionary walk, route search and HMM pass with the
    same arithmetic (identical cuts, see tests) but local lookups, cached logarithms, no DAG
    kept and no generator per character, which is where jieba's own ``cut`` spends its time."""
    logtotal = math.log(total)
    hmm = _fast_hmm()
    # log probability of every one-character word; 0.0 for a character that is only a prefix
    single = {
        w: (math.log(v >> TAG_BITS) - logtotal if v > _TAG_MASK else 0.0)
        for w, v in _entries.items()
        if len(w) == 1
    }
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
                    _flush_tagged(sentence[buf:x], hmm, out, tags)
                    buf = -1
                out.append(sentence[x:y])
                tags.append(found[x] & _TAG_MASK)
            x = y
        if buf >= 0:
            _flush_tagged(sentence[buf:], hmm, out, tags)

    global _cut_block, _RE_HAN, _RE_SKIP
    _cut_block = cut_block
    from jieba import re_han_default, re_skip_default

    _RE_HAN, _RE_SKIP = re_han_default, re_skip_default


def _flush_tagged(
    buf: str, hmm: Callable[[str], Iterator[str]], out: list[str], tags: list[int]
) -> None:
    """jieba's handling of a run of one-character words: one character alone, a dictionary
    word as its characters, anything else through the HMM (which finds unknown names). The
    words go to ``out``, their tag ids to ``tags``."""
    get = _entries.get
    start = len(out)
    if len(buf) == 1:
        out.append(buf)
    elif (get(buf) or 0) <= _TAG_MASK:  # not a dictionary word
        out.extend(hmm(buf))
    else:
        out.extend(buf)
    tags.extend([(get(w) or 0) & _TAG_MASK for w in out[start:]])


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
    if not _ready:
        _load()
    return _tag_names[(_entries.get(word) or 0) & _TAG_MASK]


def words_tagged(wanted: str) -> list[str]:
    """Every dictionary word with tag ``wanted`` (e.g. all ``nr`` names)."""
    if not _ready:
        _load()
    if wanted not in _tag_names:
        return []
    tag_id = _tag_names.index(wanted)
    return [w for w, v in _entries.items() if v & _TAG_MASK == tag_id]


def frequency(word: str) -> int:
    """jieba's dictionary count for ``word`` (0 if unknown): how common a word it is."""
    if not _ready:
        _load()
    return (_entries.get(word) or 0) >> TAG_BITS


def known(word: str) -> bool:
    if not _ready:
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
    if not _ready:
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
    """Plain word list, as ``jieba.cut(text)`` gives it (for search indexing)."""
    if not _ready:
        _load()
    return _words(text)[0]
