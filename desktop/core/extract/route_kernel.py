"""The compiled part of :mod:`segment`: jieba's route search (``get_DAG`` and ``calc``) over
a trie of its dictionary, one call per block of text.

Why compiled (numba): in Python each dictionary probe builds a slice of the sentence, hashes
it and compares it with a key in a dict of half a million strings; that was the biggest single
cost of extraction (~25 µs of a ~20-character sentence, more than the model's tagging). Here
a probe is one lookup of (node, next character) in an int64 hash table (:mod:`hash_kernel`):
~3 µs a block.

Contract: :func:`trie` turns the dictionary's keys (every word and every prefix of one) into
trie nodes; :func:`best_ends` gives, for each position, the end of the best word starting
there and the entry of the best word of two or more characters, exactly as
``segment``'s Python route search does: the same sums of the same floats (each word's log
probability is computed in Python by the caller, ``lp``) in the same order, the same ties.
"""

from __future__ import annotations

import numba
import numpy as np

from desktop.core.extract.hash_kernel import empty_table, get, slot

#: bits of a code point in a trie key (node << CP_BITS | code point); a change here is a new
#: layout of the trie cached by segment (its _TRIE_LAYOUT)
CP_BITS = 21


@numba.njit(cache=True, nogil=True)
def trie(chars, lengths, capacity):  # type: ignore[no-untyped-def]
    """The trie of the keys (``chars``: their code points one key after another, ``lengths``:
    each key's length) as a hash table (node << CP_BITS | code point -> child node; the root
    is node 0), and each key's node. A prefix that is no key gets a node too (its entry stays
    absent, see :func:`best_ends`). Returns an empty table when the trie needs more than
    ``capacity`` nodes besides the root."""
    table = empty_table(capacity)
    mask = table.shape[0] // 2 - 1
    node_of = np.empty(lengths.shape[0], np.int64)
    nodes = 1
    at = 0
    for i in range(lengths.shape[0]):
        node = 0
        for j in range(lengths[i]):
            key = (np.int64(node) << CP_BITS) | np.int64(chars[at + j])
            k = slot(key, mask)
            while True:
                found = table[2 * k]
                if found == key:
                    node = table[2 * k + 1]
                    break
                if found < 0:
                    if nodes > capacity:
                        return table[:0], node_of
                    table[2 * k] = key
                    table[2 * k + 1] = nodes
                    node = nodes
                    nodes += 1
                    break
                k = (k + 1) & mask
        node_of[i] = node
        at += lengths[i]
    return table, node_of


@numba.njit(cache=True, nogil=True)
def _child(table, entry, node, cp):  # type: ignore[no-untyped-def]
    """The child of ``node`` by ``cp`` when it is a dictionary key (word or prefix), else 0."""
    child = get(table, (np.int64(node) << CP_BITS) | np.int64(cp))
    if child and entry[child] < 0:
        return 0
    return child


@numba.njit(cache=True, nogil=True)
def best_ends(  # type: ignore[no-untyped-def]
    text,  # bytes: the block in UTF-32-LE
    table,  # the trie (see trie)
    entry,  # (nodes,) int64: each key's dictionary entry (count << tag bits | tag id), -1: none
    lp,  # (nodes,) float64: each word's log probability (log(count) - log(total)); 0.0 else
    no_word,  # the log probability of a character that is no word: -log(total)
    tag_mask,  # an entry above this is a word (count >= 1), not only a prefix
):
    """(2n,) int64: the end of the best word starting at each position, then at each position
    the entry of its best word of two or more characters (0 where there is none)."""
    cps = np.frombuffer(text, dtype=np.uint32)
    n = cps.shape[0]
    out = np.zeros(2 * n, np.int64)
    score = np.empty(n + 1)
    score[n] = 0.0
    nxt = 0.0  # score[k + 1]
    for k in range(n - 1, -1, -1):
        first = _child(table, entry, 0, cps[k])
        single = lp[first]  # 0.0: no word (unknown, or only a prefix)
        node = _child(table, entry, first, cps[k + 1]) if first and k + 1 < n else 0
        if node == 0:  # no word of two or more characters starts here
            nxt = (single if single != 0.0 else no_word) + nxt
            score[k] = nxt
            out[k] = k + 1
            continue
        if single != 0.0:
            best_p, best_x = single + nxt, k + 1
        else:
            best_p, best_x = -np.inf, -1
        x = k + 2  # the end of the key whose node is ``node``
        while True:
            v = entry[node]
            if v > tag_mask:  # a word, not only a prefix
                p = lp[node] + score[x]
                if p >= best_p:
                    best_p, best_x = p, x
                    out[n + k] = v
            if x == n:
                break
            node = _child(table, entry, node, cps[x])
            x += 1
            if node == 0:
                break
        if best_x < 0:  # no dictionary word here: the character alone, counted once
            best_p, best_x = no_word + nxt, k + 1
        nxt = best_p
        score[k] = best_p
        out[k] = best_x
    return out
