"""Open-addressing hash tables of int64 keys for the compiled kernels (numba).

Why: the kernels look up keys built from code points (a bigram, a trigram, a dictionary
word's next character) in tables of hundreds of thousands of entries, and a numba function
cannot use a Python dict. A table is a flat int64 array of (key, value) pairs side by side,
at most half full, so that one probe reads one cache line.

Contract: keys are distinct and >= 0, values > 0; :func:`get` returns 0 for an absent key.
"""

from __future__ import annotations

import numba
import numpy as np


@numba.njit(cache=True, nogil=True)
def slot(key, mask):  # type: ignore[no-untyped-def]
    """The first slot to probe for ``key`` in a table of ``mask + 1`` slots."""
    h = np.uint64(key) * np.uint64(0x9E3779B97F4A7C15)
    return np.int64((h ^ (h >> np.uint64(29))) & np.uint64(mask))


@numba.njit(cache=True, nogil=True)
def get(table, key):  # type: ignore[no-untyped-def]
    """The value at ``key`` in an open-addressing table of (key, value) pairs (0: absent)."""
    mask = table.shape[0] // 2 - 1
    k = slot(key, mask)
    while True:
        found = table[2 * k]
        if found == key:
            return table[2 * k + 1]
        if found < 0:
            return 0
        k = (k + 1) & mask


@numba.njit(cache=True, nogil=True)
def empty_table(entries):  # type: ignore[no-untyped-def]
    """A table with room for ``entries`` keys (every slot empty: -1)."""
    size = 2
    while size < 2 * entries:
        size *= 2
    return np.full(2 * size, -1, np.int64)


@numba.njit(cache=True, nogil=True)
def hash_table(keys, values):  # type: ignore[no-untyped-def]
    """A table of ``keys`` (distinct, >= 0) -> ``values`` (> 0)."""
    table = empty_table(keys.shape[0])
    mask = table.shape[0] // 2 - 1
    for i in range(keys.shape[0]):
        k = slot(keys[i], mask)
        while table[2 * k] >= 0:
            k = (k + 1) & mask
        table[2 * k] = keys[i]
        table[2 * k + 1] = values[i]
    return table
