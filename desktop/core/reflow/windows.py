"""Windows of sorted lines as rows of a numpy matrix, for looks asked of every line at once.

A look that compares each line with the lines in a window around it (by centre or top) is
cheaper asked of all lines at once: each line's window a row of a matrix of indexes into the
sorted lines. :func:`window_rows` gives those rows in chunks, so that a page whose windows
are wide keeps the matrix small and a small one stays in the cache.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

#: Cells of one chunk's matrix (lines times window width).
CHUNK_CELLS = 16_384


def window_rows(
    lo: np.ndarray, hi: np.ndarray, size: int
) -> Iterator[tuple[slice, np.ndarray, np.ndarray]]:
    """For the lines whose windows are ``lo[i]:hi[i]`` of ``size`` sorted lines, chunk by
    chunk: the chunk's lines (a slice), the indexes of each one's window as a row (padded to
    the widest window with the last index) and which of them are inside its window."""
    span = max(1, int((hi - lo).max()))
    step = max(1, CHUNK_CELLS // span)
    for k in range(0, len(lo), step):
        rows = slice(k, k + step)
        at = lo[rows, None] + np.arange(span)
        inside = at < hi[rows, None]
        yield rows, np.minimum(at, size - 1), inside


#: :func:`window_rows_by_width` takes the lines in this many groups of like window widths.
WIDTH_GROUPS = 8


def window_rows_by_width(
    lo: np.ndarray, hi: np.ndarray, size: int
) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """:func:`window_rows` of the lines whose windows are ``lo[i]:hi[i]``, taken in
    WIDTH_GROUPS groups of like window widths, narrowest first, each group's matrix padded to
    its own widest window only: the chunk's lines as indexes into ``lo``, the indexes of each
    one's window as a row, and which of them are inside it. (A page's windows run from a few
    lines to a few score: padded to the widest, half of one matrix was padding. Each line's
    row holds its own window either way.)"""
    order = np.argsort(hi - lo, kind="stable")
    step = max(1, -(-len(order) // WIDTH_GROUPS))
    for k in range(0, len(order), step):
        group = order[k : k + step]
        for rows, at, inside in window_rows(lo[group], hi[group], size):
            yield group[rows], at, inside


def window_starts_by_width(
    lo: np.ndarray, hi: np.ndarray
) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """:func:`window_rows_by_width`'s chunks, in its order, each window given by its first
    index rather than a row of indexes: the chunk's lines as indexes into ``lo``, their
    windows' first indexes, and which of each row's places are inside its window (the
    same). The values a chunk's windows read are :meth:`Strided.rows` of its first indexes
    (a copy of a strided view's rows, where a gather by a matrix of indexes reads each value
    alone: a look reads some 500,000 a page)."""
    order = np.argsort(hi - lo, kind="stable")
    step = max(1, -(-len(order) // WIDTH_GROUPS))
    for k in range(0, len(order), step):
        group = order[k : k + step]
        first, many = lo[group], hi[group] - lo[group]
        span = max(1, int(many.max()))
        chunk = max(1, CHUNK_CELLS // span)
        for c in range(0, len(group), chunk):
            rows = slice(c, c + chunk)
            yield group[rows], first[rows], np.arange(span) < many[rows, None]


class Strided:
    """The values of sorted lines read window by window, as :func:`window_rows` pads them
    (each index past the last line reads the last line's value): ``values`` padded with its
    last value ``span`` times, its windows ``span`` wide as the rows of numpy's sliding
    window view (made once; a window's values are a slice of its row)."""

    def __init__(self, values: np.ndarray, span: int) -> None:
        padded = np.concatenate([values, np.full(span, values[-1], dtype=values.dtype)])
        self._windows = sliding_window_view(padded, span)

    def rows(self, first: np.ndarray, span: int) -> np.ndarray:
        """The values at ``first[i] + j`` (each past the last line read as the last), for
        ``j`` under ``span``, as row ``i``: those of :func:`window_rows`' ``at``. (``first``
        at most the lines' count, ``span`` at most the padding.)"""
        found: np.ndarray = self._windows[first, :span]
        return found
