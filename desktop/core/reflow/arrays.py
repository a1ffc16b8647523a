"""Lines' numbers as arrays: the box passes' one way to read many places into numpy.

The passes that ask a question of every line at once (the cutting's looks, the equal-columns
rounds, the trims) read each line's place, ``(centre, left, right)`` or a box's four values,
into one array per value. Read in C as one flat run, then reshaped: taking the tuples' values
column by column in Python cost more than the look itself on a page of 10,000 lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

import numpy as np
from numpy.typing import NDArray

from desktop.core.ocr.model import Box


def matrix(rows: Iterable[Iterable[float]], count: int, width: int) -> NDArray[np.float64]:
    """``count`` rows of ``width`` values each as the rows of a ``count`` x ``width`` matrix."""
    return np.fromiter(chain.from_iterable(rows), np.float64, width * count).reshape(-1, width)


def columns(rows: Iterable[Iterable[float]], count: int, width: int = 3) -> NDArray[np.float64]:
    """The ``width`` values of each of ``count`` rows as ``width`` arrays (the result's rows:
    ``cy, x0, x1 = columns(places, len(places))``)."""
    return matrix(rows, count, width).T


def box_places(boxes: Iterable[Box], count: int) -> NDArray[np.float64]:
    """The centres, starts and ends of ``count`` boxes as three arrays."""
    return columns(((b.cy, b.x0, b.x1) for b in boxes), count)
