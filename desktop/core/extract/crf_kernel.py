"""The compiled part of :mod:`crf_fast`: a sentence's state scores from its characters and
words, then Viterbi, forward-backward and the spans of the labels, in one call.

Why compiled (numba): the dynamic programmes visit every position and label pair; in Python,
or with one numpy call per position, they cost 3-5 µs a character, more than the whole budget
of the model in the extractor. Compiled, a sentence of 20 characters takes a few microseconds.
Inside the extractor most of that time is memory (the rules between two sentences push the
tables out of the caches), so the tables hold score rows, not attribute ids: a character's
five template rows side by side, a bigram's four, each row 8 floats (64 bytes, the 7 labels
and a spare), and a word's own rows come summed with the sentence (see :mod:`crf_fast`).

The functions are cached on disk (``cache=True``: ``__pycache__`` beside this file, or numba's
user cache directory where that is read-only), so only the first process after an install
compiles them (a few seconds; :func:`crf_fast.load` does it when the model loads).

Contract of :func:`tag`: the arrays are those :class:`crf_fast.FastCrf` builds (see there).
It writes the Viterbi labels into ``out`` (ties go to the lower label index, as in CRFsuite),
the marginals into ``marginals`` (rows sum to 1) and the spans of the labels into ``spans``
(start, end, index of the span's label type; BIO read as :func:`ner_data.spans_of` reads it:
an I- that does not continue a span of its type opens one), and returns how many spans; -1
when a character's code is not in ``code_of`` yet (the caller passes the codes, ``direct``).
"""

from __future__ import annotations

import math

import numba
import numpy as np

from desktop.core.extract.hash_kernel import get as _get

#: floats per score row (the labels, padded)
WIDTH = 8
#: floats per character of the words' buffer: the word's own rows summed (the place of the
#: character in its word, S B E M as 0-3, in the spare column), then the rows of pw=<word>
#: and of nw=<word>
WORD_ROW = 3 * WIDTH
#: rows of the small table: k= (64), tr= (32), pw=^, nw=$, then r= and rw= by rule code
K_AT, TR_AT, CARET_AT, DOLLAR_AT, RULES_AT = 0, 64, 96, 97, 98


@numba.njit(cache=True, nogil=True)
def _codes(cps, direct, code_of):  # type: ignore[no-untyped-def]
    """The padded characters' codes, or an empty array when one is outside the BMP or not in
    ``code_of`` yet."""
    codes = np.empty(cps.shape[0], np.int32)
    for p in range(cps.shape[0]):
        c = cps[p]
        if direct:
            codes[p] = c
        elif c >= 0x10000 or code_of[c] < 0:
            return codes[:0]
        else:
            codes[p] = code_of[c]
    return codes


@numba.njit(cache=True, nogil=True)
def _add(state, i, rows, r, nl):  # type: ignore[no-untyped-def]
    for y in range(nl):
        state[i, y] += rows[r, y]


@numba.njit(cache=True, nogil=True)
def _fill(  # type: ignore[no-untyped-def]
    codes,  # (n + 4,) int32: per padded character, char id << 3 | kind << 1 | translit
    words,  # (n * WORD_ROW,) float64: the words' buffer (see WORD_ROW)
    rules,  # (n,) uint8: per character its rule tag code (empty: all 0, "O")
    chars,  # (chars + 1, 5, WIDTH) float64: the rows of c-2..c2 by char id (0: unknown)
    vocab,  # chars + 1: the base of the bigram and trigram keys
    bigrams,  # hash table: bigram key -> 1 + its index in ``bigram_rows``
    bigram_rows,  # (bigrams + 1, 4, WIDTH) float64: the rows of b-2, b-1, b0, b1
    trigrams,  # hash table: trigram key -> its row in ``trigram_rows``
    trigram_rows,  # (trigrams + 1, WIDTH) float64
    small,  # (RULES_AT + 5 * rule codes, WIDTH) float64 (see K_AT …)
    n_rules,  # rule codes
    nl,  # labels
    state,  # (n, WIDTH) float64, written: the state scores
):
    n = state.shape[0]
    state[:] = 0.0
    # each padded character's (and bigram's) rows are read one after another, as they lie in
    # memory, and added where they apply (row t of the character at p is c<t-2>= at p - t):
    # the next row is then often in the cache already
    for p in range(n + 4):
        c = codes[p] >> 3
        if c:  # 0: a character the model does not know, rows of zeros
            for t in range(max(0, p - n + 1), min(5, p + 1)):
                for y in range(nl):
                    state[p - t, y] += chars[c, t, y]
        if p < n + 3:
            b = _get(bigrams, np.int64(c) * vocab + (codes[p + 1] >> 3))
            if b:
                for t in range(max(0, p - n + 1), min(4, p + 1)):
                    for y in range(nl):
                        state[p - t, y] += bigram_rows[b, t, y]
    for i in range(n):
        j = i + 2
        key = (np.int64(codes[j - 1] >> 3) * vocab + (codes[j] >> 3)) * vocab + (codes[j + 1] >> 3)
        _add(state, i, trigram_rows, _get(trigrams, key), nl)
        kind = (
            ((codes[j] >> 1) & 3) * 16 + ((codes[j - 1] >> 1) & 3) * 4 + ((codes[j + 1] >> 1) & 3)
        )
        _add(state, i, small, K_AT + kind, nl)
        translit = 0
        for t in range(5):
            translit = translit * 2 + (codes[i + t] & 1)
        _add(state, i, small, TR_AT + translit, nl)
        base = WORD_ROW * i
        place = int(words[base + WIDTH - 1])
        rule = rules[i] if rules.shape[0] else 0
        _add(state, i, small, RULES_AT + rule, nl)
        _add(
            state,
            i,
            small,
            RULES_AT + n_rules + 4 * rule + place,
            nl,
        )
        for y in range(nl):
            state[i, y] += words[base + y]
        if place <= 1:  # a word starts here (S or B): pw= the word before
            if i:
                for y in range(nl):
                    state[i, y] += words[base - WORD_ROW + WIDTH + y]
            else:
                _add(state, i, small, CARET_AT, nl)
        if place == 0 or place == 2:  # a word ends here (S or E): nw= the word after
            if i + 1 < n:
                for y in range(nl):
                    state[i, y] += words[base + WORD_ROW + 2 * WIDTH + y]
            else:
                _add(state, i, small, DOLLAR_AT, nl)


@numba.njit(cache=True, nogil=True)
def _inputs(text, direct, code_of, words, rules):  # type: ignore[no-untyped-def]
    """The byte strings as arrays: the padded text's code points (UTF-32) as codes (empty
    when one is outside the BMP or not in ``code_of`` yet, unless they are the codes
    already, ``direct``), the words' buffer as floats, the rule codes as bytes."""
    cps = np.frombuffer(text, dtype=np.uint32)
    return (
        _codes(cps, direct, code_of),
        cps.shape[0] - 4,
        np.frombuffer(words, dtype=np.float64),
        np.frombuffer(rules, dtype=np.uint8),
    )


@numba.njit(cache=True, nogil=True)
def states(  # type: ignore[no-untyped-def]
    text,  # bytes: "^^" + text + "$$" in UTF-32-LE (or the codes themselves, ``direct``)
    direct,
    words,  # bytes: the words' buffer (float64, see WORD_ROW)
    rules,  # bytes: per character its rule tag code (empty: all "O")
    code_of,  # (0x10000,) int32: char id << 3 | kind << 1 | translit, by code point; -1
    chars,
    vocab,
    bigrams,
    bigram_rows,
    trigrams,
    trigram_rows,
    small,
    n_rules,
    nl,
):
    """The state scores of each character ((n, WIDTH); (0, WIDTH) when the codes are needed
    first)."""
    codes, n, words_, rules_ = _inputs(text, direct, code_of, words, rules)
    if codes.shape[0] != n + 4:
        return np.empty((0, WIDTH))
    state = np.empty((n, WIDTH))
    _fill(
        codes,
        words_,
        rules_,
        chars,
        vocab,
        bigrams,
        bigram_rows,
        trigrams,
        trigram_rows,
        small,
        n_rules,
        nl,
        state,
    )
    return state


@numba.njit(cache=True, nogil=True)
def tag(  # type: ignore[no-untyped-def]
    text,
    direct,
    words,
    rules,
    code_of,
    chars,
    vocab,
    bigrams,
    bigram_rows,
    trigrams,
    trigram_rows,
    small,
    n_rules,
    trans,  # (labels, labels) float64
    edge,  # exp(trans)
    kinds,  # (labels,) int32: per label 0 for O, 1 for B-, 2 for I-
    types,  # (labels,) int32: per label the index of its type (-1 for O)
):
    """(ints, marginals): ints holds the number of spans (-1 when the codes are needed
    first), the n labels, then start, end and type index of each span; the marginals are
    flat, n x labels."""
    nl = trans.shape[0]
    n = len(text) // 4 - 4
    ints = np.zeros(1 + 4 * n, np.int32)
    marginals = np.empty(n * nl)
    state = states(
        text,
        direct,
        words,
        rules,
        code_of,
        chars,
        vocab,
        bigrams,
        bigram_rows,
        trigrams,
        trigram_rows,
        small,
        n_rules,
        nl,
    )
    if state.shape[0] != n:  # the codes are needed first
        ints[0] = -1
        return ints, marginals
    if n == 0:
        return ints, marginals
    out = ints[1 : n + 1]
    _viterbi(state, trans, out)
    _marginals(state, edge, marginals.reshape((n, nl)))
    ints[0] = _spans(out, kinds, types, ints[n + 1 :].reshape((n, 3)))
    return ints, marginals


@numba.njit(cache=True, nogil=True)
def _viterbi(state, trans, out):  # type: ignore[no-untyped-def]
    n = state.shape[0]
    nl = trans.shape[0]
    back = np.zeros((n, nl), np.int32)
    prev = np.empty(nl)
    cur = np.empty(nl)
    for y in range(nl):
        prev[y] = state[0, y]
    for t in range(1, n):
        for j in range(nl):
            best = -np.inf
            arg = 0
            for i in range(nl):
                score = prev[i] + trans[i, j]
                if best < score:
                    best = score
                    arg = i
            back[t, j] = arg
            cur[j] = best + state[t, j]
        for y in range(nl):
            prev[y] = cur[y]
    best = -np.inf
    last = 0
    for y in range(nl):
        if best < prev[y]:
            best = prev[y]
            last = y
    out[n - 1] = last
    for t in range(n - 1, 0, -1):
        out[t - 1] = back[t, out[t]]


@numba.njit(cache=True, nogil=True)
def _marginals(state, edge, marginals):  # type: ignore[no-untyped-def]
    """Forward-backward with each position's vector rescaled to sum 1 (a positive factor per
    position cancels in the final normalisation)."""
    n = state.shape[0]
    nl = edge.shape[0]
    emit = np.empty((n, nl))
    for t in range(n):
        top = state[t, 0]
        for y in range(1, nl):
            top = max(top, state[t, y])
        for y in range(nl):
            emit[t, y] = math.exp(state[t, y] - top)
    alpha = np.empty((n, nl))
    beta = np.empty((n, nl))
    total = 0.0
    for y in range(nl):
        alpha[0, y] = emit[0, y]
        total += emit[0, y]
    for y in range(nl):
        alpha[0, y] /= total
    for t in range(1, n):
        total = 0.0
        for j in range(nl):
            acc = 0.0
            for i in range(nl):
                acc += alpha[t - 1, i] * edge[i, j]
            acc *= emit[t, j]
            alpha[t, j] = acc
            total += acc
        for j in range(nl):
            alpha[t, j] /= total
    for y in range(nl):
        beta[n - 1, y] = 1.0
    for t in range(n - 2, -1, -1):
        total = 0.0
        for i in range(nl):
            acc = 0.0
            for j in range(nl):
                acc += edge[i, j] * emit[t + 1, j] * beta[t + 1, j]
            beta[t, i] = acc
            total += acc
        for i in range(nl):
            beta[t, i] /= total
    for t in range(n):
        total = 0.0
        for y in range(nl):
            value = alpha[t, y] * beta[t, y]
            marginals[t, y] = value
            total += value
        for y in range(nl):
            marginals[t, y] /= total


@numba.njit(cache=True, nogil=True)
def _spans(out, kinds, types, spans):  # type: ignore[no-untyped-def]
    count = 0
    start = -1
    cur = -1
    for i in range(out.shape[0] + 1):
        y = out[i] if i < out.shape[0] else -1
        kind = kinds[y] if y >= 0 else 0
        typ = types[y] if y >= 0 else -1
        if kind == 2 and typ == cur and start >= 0:
            continue
        if start >= 0:
            spans[count, 0] = start
            spans[count, 1] = i
            spans[count, 2] = cur
            count += 1
        start, cur = -1, -1
        if kind != 0:
            start, cur = i, typ
    return count
