"""Word segmentation: the one module that imports jieba.

jieba's dictionary is loaded once per process into a private table (jieba's process-wide
default tokenizer is never touched), cached in the app's own cache folder
(``NEWSDESK_CACHE_DIR`` or ``platformdirs.user_cache_dir("newsdesk")``). Cuts are identical to
``jieba.cut(text)`` (see tests): the same dictionary walk, route search and HMM, written for
speed; the route search runs compiled (:mod:`route_kernel`, over a trie of the dictionary
kept in the same cache folder) where numba is present, in Python otherwise.

We never run ``jieba.posseg`` (5-8x slower than ``cut``): a word's part of speech is read from
jieba's own ``dict.txt`` (which tags nr/ns/nt/nz …); words the HMM invents (out of vocabulary)
have tag ``None``.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import marshal
import math
import operator
import os
import re
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

import platformdirs

if TYPE_CHECKING:
    import numpy as np


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
#: ``cut_block(block, start, tokens)`` and ``cut_other(text, start, tokens)``, set up with
#: the dictionary by :func:`_speed_up`: the tokens of a block of ``re_han_default`` and of
#: the text between blocks
_cut_block: Callable[[str, int, list[Token]], None]
_cut_other: Callable[[str, int, list[Token]], None]
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
        _install(*table, key=key)
        _ready = True


#: The table: jieba's total count, tag names by id, entries (see :data:`_entries`).
_Table = tuple[int, list[str | None], dict[str, int]]
_CACHE_FILE = "jieba-entries.marshal"
_OLD_CACHE_FILE = "jieba.cache"


def _read_cache(key: list[object]) -> _Table | None:
    """The table an earlier run saved for this very dictionary file, if any."""
    try:
        data = marshal.loads((cache_dir() / _CACHE_FILE).read_bytes())
        if data[0] == key:
            return data[1], data[2], data[3]
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        pass  # none yet, unreadable or stale: rebuilt by the caller
    return None


def _save_atomically(name: str, write: Callable[[BinaryIO], object]) -> None:
    """Write a file of the cache folder through a temporary file renamed into place (a crash
    never leaves half a file); best effort: the caller rebuilds what it cannot read."""
    with contextlib.suppress(OSError):
        folder = cache_dir()
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                write(handle)
            os.replace(tmp, folder / name)
        except OSError:
            Path(tmp).unlink(missing_ok=True)


def _write_cache(key: list[object], table: _Table) -> None:
    """Save the table atomically; best effort."""
    _save_atomically(_CACHE_FILE, lambda handle: marshal.dump([key, *table], handle))
    # jieba's own cache, which earlier versions of newsdesk had it write here: 9 MB unused
    with contextlib.suppress(OSError):
        (cache_dir() / _OLD_CACHE_FILE).unlink(missing_ok=True)


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


def _install(
    total: int, names: list[str | None], entries: dict[str, int], key: list[object] | None = None
) -> None:
    """Use this table; ``key`` names the dictionary file it came from, for the trie's cache
    (None: not cached)."""
    global _entries, _tag_names
    _entries, _tag_names = entries, names
    _speed_up(total, key)


def _speed_up(total: int, key: list[object] | None = None) -> None:
    """Set up :func:`_cut_block` and :func:`_cut_other`: jieba's dictionary walk, route search
    and HMM pass with the same arithmetic (identical cuts, see tests) but local lookups, no DAG
    kept and no generator per character, which is where jieba's own ``cut`` spends its time.
    Most of what is left is memory: the dictionary's misses in the CPU cache."""
    logtotal = math.log(total)
    hmm = _fast_hmm()
    # log probability of every one-character word; 0.0 for a character that is only a prefix
    single = {
        w: (math.log(v >> TAG_BITS) - logtotal if v > _TAG_MASK else 0.0)
        for w, v in _entries.items()
        if len(w) == 1
    }
    # the tag of every one-character word, from a small table that stays in the CPU cache
    char_tags = {w: _tag_names[v & _TAG_MASK] for w, v in _entries.items() if len(w) == 1}
    no_word = -logtotal  # jieba counts a character outside the dictionary once
    entry = _entries.get
    shift = TAG_BITS
    log = math.log
    names = _tag_names
    new = tuple.__new__  # a third faster than Token(...) on this hot path
    concat = operator.add

    def best_ends(sentence: str) -> list[int]:
        """``get_dag`` and ``calc`` in one right-to-left pass (no DAG kept, one lookup per
        prefix): the end of the best word starting at each position, same ties as jieba's
        ``max`` over (probability, end), then at each position the entry of its best word of
        two or more characters (its tag id in the low bits; 0 where there is none). Where
        numba is present :mod:`route_kernel` does the same, compiled."""
        n = len(sentence)
        score = [0.0] * (n + 1)
        ends = [0] * (2 * n)  # the ends, then the entries
        # every character's and every two-character prefix's lookup in two C loops (map):
        # most positions start no longer word and need nothing else
        lps = list(map(single.get, sentence))
        pairs = list(map(entry, map(concat, sentence, sentence[1:])))
        pairs.append(None)
        nxt = 0.0  # score[k + 1]
        for k in range(n - 1, -1, -1):
            lp = lps[k]
            v = pairs[k]
            if v is None:  # no word of two or more characters starts here
                # the character alone; counted once when it is no word (unknown or a prefix)
                nxt = (lp or no_word) + nxt
                score[k] = nxt
                ends[k] = k + 1
                continue
            if lp:  # 0.0 marks a character that only starts words
                best_p, best_x = lp + nxt, k + 1
            else:
                best_p, best_x = -math.inf, -1
            x = k + 2  # the end of the prefix whose entry is v
            while True:
                if v > _TAG_MASK:  # a word, not only a prefix
                    # computed, not cached: a cache lookup costs more (its memory misses)
                    p = (log(v >> shift) - logtotal) + score[x]
                    if p >= best_p:
                        best_p, best_x = p, x
                        ends[n + k] = v
                if x == n:
                    break
                x += 1
                v = entry(sentence[k:x])
                if v is None:
                    break
            if best_x < 0:  # no dictionary word here: the character alone, counted once
                best_p, best_x = no_word + nxt, k + 1
            nxt = score[k] = best_p
            ends[k] = best_x
        return ends

    routes = _compiled_routes(logtotal, key) or best_ends

    def cut_block(sentence: str, start: int, out: list[Token]) -> None:
        """:func:`cut_dag` on a block of ``re_han_default`` starting at ``start``: appends its
        tokens to ``out``."""
        n = len(sentence)
        ends = routes(sentence)  # the ends, then the entries
        x, buf = 0, -1
        while x < n:
            y = ends[x]
            if y - x == 1:
                if buf < 0:
                    buf = x
            else:
                if buf >= 0:
                    flush(sentence[buf:x], start + buf, out)
                    buf = -1
                tag = names[ends[n + x] & _TAG_MASK]
                out.append(new(Token, (sentence[x:y], start + x, start + y, tag)))
            x = y
        if buf >= 0:
            flush(sentence[buf:], start + buf, out)

    def flush(buf: str, start: int, out: list[Token]) -> None:
        """jieba's handling of a run of one-character words: one character alone, a
        dictionary word as its characters, anything else through the HMM (which finds unknown
        names)."""
        if len(buf) > 1 and (entry(buf) or 0) <= _TAG_MASK:  # not a dictionary word
            add_words(hmm(buf), start, out)
        else:
            add_chars(buf, start, out)

    def cut_other(text: str, start: int, out: list[Token]) -> None:
        """jieba on the text between blocks: each character is a word, but ``\\r\\n`` is one."""
        if "\r\n" not in text:
            add_chars(text, start, out)
            return
        words: list[str] = []  # rare: jieba's own split
        for x in _RE_SKIP.split(text):
            if _RE_SKIP.match(x):
                words.append(x)
            else:
                words.extend(x)
        add_words(words, start, out)

    def add_chars(text: str, start: int, out: list[Token]) -> None:
        """Appends each character of ``text`` as a word, read from ``start`` on."""
        if len(text) == 1:  # most often: no iterators to build
            out.append(new(Token, (text, start, start + 1, char_tags.get(text))))
        else:  # map and zip build the tokens in C, no bytecode per character
            starts, ends = itertools.count(start), itertools.count(start + 1)  # endless
            fields = zip(text, starts, ends, map(char_tags.get, text), strict=False)
            out.extend(map(new, itertools.repeat(Token), fields))

    def add_words(words: Iterable[str], start: int, out: list[Token]) -> None:
        """Appends ``words``, read from ``start`` on, with their dictionary tags."""
        for word in words:
            end = start + len(word)
            # a one-character word's tag from the small table
            tag = char_tags.get(word) if end - start == 1 else names[(entry(word) or 0) & _TAG_MASK]
            out.append(new(Token, (word, start, end, tag)))
            start = end

    global _cut_block, _cut_other, _RE_HAN, _RE_SKIP
    _cut_block, _cut_other = cut_block, cut_other
    from jieba import re_han_default, re_skip_default

    _RE_HAN, _RE_SKIP = re_han_default, re_skip_default


def _compiled_routes(
    logtotal: float, key: list[object] | None = None
) -> Callable[[str], list[int]] | None:
    """The route search of :func:`_speed_up` compiled (:mod:`route_kernel`) over a trie of
    :data:`_entries` (kept in the cache folder beside the table when ``key`` names the
    dictionary file), or None without numba (the Python one then serves; same answers)."""
    try:
        from desktop.core.extract import route_kernel
    except Exception:  # numba missing, or no writable folder for its cache (RuntimeError)
        return None
    arrays = _read_trie(key) if key is not None else None
    if arrays is None:
        arrays = _build_trie(logtotal)
        if arrays is None:  # the keys are not closed under prefixes (never jieba's own)
            return None
        if key is not None:
            _write_trie(key, arrays)
    table, entry, lp = arrays
    search = route_kernel.best_ends
    no_word = -logtotal

    def routes(sentence: str) -> list[int]:
        text = sentence.encode("utf-32-le", "surrogatepass")
        found: list[int] = search(text, table, entry, lp, no_word, _TAG_MASK).tolist()
        return found

    routes("")  # loads the compiled code (numba's cache) now, not at the first text
    return routes


#: the trie's arrays: the hash table of its nodes, each node's entry (-1: no key) and its
#: word's log probability (0.0: no word), see :func:`route_kernel.best_ends`
_Trie = tuple["np.ndarray[Any, Any]", "np.ndarray[Any, Any]", "np.ndarray[Any, Any]"]
_TRIE_FILE = "jieba-trie.npz"
#: the trie's layout, stored with the dictionary's key: a file of another layout is rebuilt
_TRIE_LAYOUT = ["trie 1", TAG_BITS]


def _build_trie(logtotal: float) -> _Trie | None:
    import numpy as np

    from desktop.core.extract import route_kernel

    keys = list(_entries)
    lengths = np.fromiter(map(len, keys), np.int64, len(keys))
    codes = np.frombuffer("".join(keys).encode("utf-32-le", "surrogatepass"), np.uint32)
    table, node_of = route_kernel.trie(codes, lengths, len(keys))
    if not len(table):
        return None
    entry = np.full(len(keys) + 1, -1, np.int64)  # node 0, the root, is no key
    entry[node_of] = list(_entries.values())
    # the same floats as the Python route search: log(count) - log(total) by math.log (numpy's
    # log may differ in the last bit), once per distinct count (a few thousand)
    counts, which = np.unique(entry >> TAG_BITS, return_inverse=True)
    logs = np.array([math.log(c) - logtotal if c > 0 else 0.0 for c in counts.tolist()])
    return table, entry, logs[which]


def _read_trie(key: list[object]) -> _Trie | None:
    """The trie an earlier run saved for this very dictionary file, if any."""
    import numpy as np

    try:
        with np.load(cache_dir() / _TRIE_FILE, allow_pickle=False) as data:
            if str(data["key"]) != repr([*_TRIE_LAYOUT, *key]):
                return None
            table, entry, lp = data["table"], data["entry"], data["lp"]
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None  # none yet, unreadable or stale: rebuilt by the caller
    # the kernel reads without bounds checks: a damaged file must never reach it
    slots = len(table) // 2
    if (
        (table.dtype, entry.dtype, lp.dtype) != (np.int64, np.int64, np.float64)
        or (table.ndim, entry.ndim, lp.shape) != (1, 1, entry.shape)
        or slots < 1
        or slots & (slots - 1)
        or len(table) != 2 * slots
        or not len(entry)
        or int(table[1::2].max()) >= len(entry)
    ):
        return None
    return table, entry, lp


def _write_trie(key: list[object], arrays: _Trie) -> None:
    """Save the trie atomically; best effort."""
    import numpy as np

    table, entry, lp = arrays
    stamp = np.array(repr([*_TRIE_LAYOUT, *key]))
    _save_atomically(
        _TRIE_FILE, lambda handle: np.savez(handle, key=stamp, table=table, entry=entry, lp=lp)
    )


def _fast_hmm() -> Callable[[str], list[str]]:
    """jieba's ``finalseg.cut`` as a list, with the same Viterbi arithmetic and tie-breaking,
    but backpointers instead of copied path lists, the four states unrolled and each ``max``
    over (probability, state) pairs written as one comparison."""
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
    slot = {"B": 0, "M": 1, "E": 2, "S": 3}  # a state's backpointer in a step's tuple

    def states(obs: str) -> list[str]:
        c = obs[0]
        vb, vm = start["B"] + e_b.get(c, neg), start["M"] + e_m.get(c, neg)
        ve, vs = start["E"] + e_e.get(c, neg), start["S"] + e_s.get(c, neg)
        back: list[tuple[str, str, str, str]] = []
        # max((p, state), (q, other)) is the pair with the larger probability, on a tie the
        # one whose state letter sorts last
        for c in obs[1:]:
            em = e_b.get(c, neg)
            p, q = ve + t_eb + em, vs + t_sb + em
            pb, bb = (q, "S") if q >= p else (p, "E")
            em = e_m.get(c, neg)
            p, q = vm + t_mm + em, vb + t_bm + em
            pm, bm = (q, "B") if q > p else (p, "M")
            em = e_s.get(c, neg)
            p, q = vs + t_ss + em, ve + t_es + em
            ps, bs = (q, "E") if q > p else (p, "S")
            em = e_e.get(c, neg)
            p, q = vb + t_be + em, vm + t_me + em
            pe, be = (q, "M") if q >= p else (p, "B")
            vb, vm, vs, ve = pb, pm, ps, pe
            back.append((bb, bm, be, bs))
        state = "S" if vs >= ve else "E"
        path = [state]
        for step in reversed(back):
            state = step[slot[state]]
            path.append(state)
        path.reverse()
        return path

    def words(block: str) -> list[str]:
        out: list[str] = []
        begin, nexti = 0, 0
        for i, pos in enumerate(states(block)):
            if pos == "B":
                begin = i
            elif pos == "E":
                out.append(block[begin : i + 1])
                nexti = i + 1
            elif pos == "S":
                out.append(block[i])
                nexti = i + 1
        if nexti < len(block):
            out.append(block[nexti:])
        return out

    def cut(sentence: str) -> list[str]:
        out: list[str] = []
        han = False  # re_han's split alternates text between Han runs and a Han run
        for blk in re_han.split(sentence):
            if han:
                for word in words(blk):
                    if word in force_split:
                        out.extend(word)
                    else:
                        out.append(word)
            elif blk:
                out.extend(x for x in re_skip.split(blk) if x)
            han = not han
        return out

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


def tokenize(text: str) -> list[Token]:
    """Segment ``text`` into words with code-point offsets (HMM on for unknown names):
    ``Tokenizer.cut(text, HMM=True)`` without its generator layers, and each word's tag."""
    if not _ready:
        _load()
    out: list[Token] = []
    start = 0
    block = False  # re_han_default's split alternates text between blocks and a block
    for part in _RE_HAN.split(text):
        if block:
            _cut_block(part, start, out)
        elif part:
            _cut_other(part, start, out)
        start += len(part)
        block = not block
    return out
