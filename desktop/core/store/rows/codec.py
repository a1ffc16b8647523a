"""How values are laid out in columns: the deflated, delta-coded source map; compact JSON."""

from __future__ import annotations

import itertools
import json
import operator
import zlib
from array import array
from collections.abc import Sequence


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
