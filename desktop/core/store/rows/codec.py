"""How values are laid out in columns: the deflated, delta-coded source map; compact JSON;
a page's warnings."""

from __future__ import annotations

import itertools
import json
import operator
import sys
import zlib
from array import array
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from desktop.core.errors import Problem, as_problem

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


def warnings_to_json(warnings: Sequence[Problem | str]) -> str:
    """A page's warnings as stored (``documents.warnings``): a JSON list with one object per
    warning, ``{"text": English line, "template": ..., "fields": {...}}``. The English line
    stays what it always was (what the CLI printed, readable in the file by anyone); the
    template and its values let the window show it in its language."""
    return to_json([_problem_record(as_problem(w), text=True) for w in warnings])


def _problem_record(problem: Problem, *, text: bool = False) -> dict[str, Any]:
    fields = {
        key: _problem_record(value) if isinstance(value, Problem) else _plain(value)
        for key, value in problem.fields
    }
    record: dict[str, Any] = {"text": str(problem)} if text else {}
    record.update(template=problem.template, fields=fields)
    return record


def _plain(value: object) -> object:
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


@lru_cache(maxsize=256)
def warnings_from_json(stored: str | None) -> tuple[Problem, ...]:
    """The warnings :func:`warnings_to_json` stored, and those of project files written before
    warnings kept their template (a list of English lines: each comes back as a problem that
    says that line, untranslated). An entry that cannot be read as either is shown as its
    text; a column that is not a JSON list gives none. (Cached: every article of a page
    carries its page's warnings, and most pages store ``[]``.)"""
    if not stored or stored == "[]":
        return ()
    try:
        entries = json.loads(stored)
    except ValueError:
        return ()
    if not isinstance(entries, list):
        return ()
    return tuple(_stored_problem(entry) for entry in entries)


def _stored_problem(entry: object) -> Problem:
    if isinstance(entry, dict):
        problem = _problem_from(entry)
        if problem is not None:
            return problem
        return as_problem(str(entry.get("text", entry)))
    return as_problem(str(entry))


def _problem_from(record: dict[str, Any]) -> Problem | None:
    """The problem ``record`` holds; None when it is malformed or no longer fills in."""
    template, fields = record.get("template"), record.get("fields")
    if not isinstance(template, str) or not isinstance(fields, dict):
        return None
    values: list[tuple[str, object]] = []
    for key, value in fields.items():
        if isinstance(value, dict):
            value = _problem_from(value)
            if value is None:
                return None
        values.append((str(key), value))
    problem = Problem(template, tuple(values))
    try:
        str(problem)
    except (KeyError, IndexError, ValueError):
        return None
    return problem


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
