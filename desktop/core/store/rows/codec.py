"""How values are laid out in columns: the deflated, delta-coded source map; compact JSON."""

from __future__ import annotations

import itertools
import json
import operator
import sys
import zlib
from array import array
from collections.abc import Sequence

BoxTuple = tuple[float, float, float, float]

#: Boxes are stored in tenths of a pixel; a missing box as this value in every column.
BOX_SCALE = 10
_NO_BOX = -(2**31)


def encode_source_map(source_map: Sequence[int]) -> bytes:
    """Delta-encode then deflate: consecutive characters map to consecutive raw offsets, so a
    page's map shrinks to a few bytes per line instead of four per character."""
    values = tuple(source_map)
    deltas = array("i", map(operator.sub, values, (0, *values[:-1])))
    return zlib.compress(deltas.tobytes(), 6)


def decode_source_map(blob: bytes) -> tuple[int, ...]:
    deltas = array("i")
    deltas.frombytes(zlib.decompress(blob))
    return tuple(itertools.accumulate(deltas))


def to_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def encode_boxes(boxes: Sequence[BoxTuple | None]) -> bytes | None:
    """Line boxes -> a small blob: four columns (x0, y0, x1, y1) in tenths of a pixel, each
    delta-coded down the lines (lines of a column share x0 and x1, and y grows by one line
    height, so the deltas repeat and deflate well), little-endian int32, deflated. None for a
    page without boxes. A 10,000-line page takes tens of kilobytes."""
    if not boxes or all(b is None for b in boxes):
        return None
    columns: list[int] = []
    for c in range(4):
        values = [_NO_BOX if b is None else round(b[c] * BOX_SCALE) for b in boxes]
        columns.extend(map(operator.sub, values, (0, *values[:-1])))
    packed = array("i", columns)
    if sys.byteorder == "big":
        packed.byteswap()
    return zlib.compress(packed.tobytes(), 9)


def decode_boxes(blob: bytes | None) -> tuple[BoxTuple | None, ...]:
    if not blob:
        return ()
    packed = array("i")
    packed.frombytes(zlib.decompress(blob))
    if sys.byteorder == "big":
        packed.byteswap()
    n = len(packed) // 4
    cols = [list(itertools.accumulate(packed[c * n : (c + 1) * n])) for c in range(4)]
    out: list[BoxTuple | None] = []
    for x0, y0, x1, y1 in zip(*cols, strict=True):
        if x0 == _NO_BOX:
            out.append(None)
        else:
            out.append((x0 / BOX_SCALE, y0 / BOX_SCALE, x1 / BOX_SCALE, y1 / BOX_SCALE))
    return tuple(out)
