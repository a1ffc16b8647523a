"""Page-wide measures the box passes each take of every line: the median of many numbers.

Each pass before the layout (the cuts between stories, the lone marks, the two trims) measures
the page's body height and pitch as the median of a number a line, thousands of them on a
large page; :func:`statistics.median` sorts them all, and those sorts were a tenth of the
passes' time at 10,000 boxes. :func:`median` gives the same number by selection.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

import numpy as np

#: Fewer numbers than this are sorted: converting them to an array costs more than the sort.
NUMPY_FROM = 256


def median(values: Sequence[float]) -> float:
    """:func:`statistics.median` of ``values`` (a list of numbers, not empty), found by
    numpy's partition rather than a sort: the middle number of an odd count; of an even
    count the two middle numbers' sum halved, as statistics adds and divides them (numpy
    averages the two as ``(a + b) / 2``, in the same double arithmetic). Integers give the
    same value as a float (a page's coordinates are far under 2**53)."""
    if len(values) < NUMPY_FROM:
        return statistics.median(values)
    return float(np.median(np.asarray(values, dtype=float)))
