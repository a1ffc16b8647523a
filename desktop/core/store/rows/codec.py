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

#: Boxes are stored in tenths of a pixel.
BOX_SCALE = 10


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
    """Line boxes -> a small blob; None for a page without boxes.

    Layout before deflating: the line count (uint32), a bitmap of the lines that have a box,
    then four columns (x0, y0, x1, y1) over those boxes in tenths of a pixel, each delta-coded
    down the lines (lines of a column share x0 and x1 and y grows by one line height, so the
    deltas repeat and deflate well), all little-endian. A 10,000-line page takes tens of kB.
    """
    if not boxes or all(b is None for b in boxes):
        return None
    present = bytearray((len(boxes) + 7) // 8)
    for i, b in enumerate(boxes):
        if b is not None:
            present[i // 8] |= 1 << (i % 8)
    kept = [b for b in boxes if b is not None]
    columns: list[int] = []
    for c in range(4):
        values = [round(b[c] * BOX_SCALE) for b in kept]
        columns.extend(map(operator.sub, values, (0, *values[:-1])))
    packed = array("i", columns)
    if sys.byteorder == "big":
        packed.byteswap()
    header = len(boxes).to_bytes(4, "little")
    return zlib.compress(header + bytes(present) + packed.tobytes(), 9)


def decode_boxes(blob: bytes | None) -> tuple[BoxTuple | None, ...]:
    if not blob:
        return ()
    data = zlib.decompress(blob)
    n = int.from_bytes(data[:4], "little")
    bitmap_end = 4 + (n + 7) // 8
    present = data[4:bitmap_end]
    packed = array("i")
    packed.frombytes(data[bitmap_end:])
    if sys.byteorder == "big":
        packed.byteswap()
    m = len(packed) // 4
    cols = [list(itertools.accumulate(packed[c * m : (c + 1) * m])) for c in range(4)]
    found = iter(zip(*cols, strict=True))
    out: list[BoxTuple | None] = []
    for i in range(n):
        if present[i // 8] >> (i % 8) & 1:
            x0, y0, x1, y1 = next(found)
            out.append((x0 / BOX_SCALE, y0 / BOX_SCALE, x1 / BOX_SCALE, y1 / BOX_SCALE))
        else:
            out.append(None)
    return tuple(out)
