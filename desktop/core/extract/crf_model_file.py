"""A CRFsuite model file read into arrays: labels, attribute names, state weights, transitions.

Why: tagging through ``pycrfsuite.Tagger`` converts every feature string of every character
into a CRFsuite attribute look-up, and that conversion, not the arithmetic, was most of the
model's time. Reading the weights once lets :mod:`crf_fast` score a sentence with integer
look-ups. ``Tagger.info()`` gives the same numbers but takes ~0.6 s (it dumps the model as
text and parses it), so the binary is read directly.

Contract: :func:`read_model` returns the labels in CRFsuite's label order, the attribute
names by attribute id, ``state`` (attributes x labels; absent features are 0) and
``transitions`` (labels x labels, from x to). Only first-order models ("FOMC", what
``pycrfsuite.Trainer`` writes) are read; anything else raises :class:`ValueError` naming
the file. The layout (CRFsuite's ``crf1d_model.c`` and CQDB's ``cqdb.c``, read as
documentation): a 48-byte header of little-endian uint32 fields, a ``FEAT`` chunk of 20-byte
records (type, source, destination, float64 weight; type 0 is attribute -> label, type 1
label -> label), and the label and attribute names each in a CQDB chunk whose backward array
gives, per id, the offset of a record (int32 id, uint32 size, the NUL-terminated name).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

_HEADER = struct.Struct("<4sI4s9I")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


@dataclass(frozen=True)
class ModelWeights:
    labels: tuple[str, ...]
    attributes: tuple[str, ...]
    state: npt.NDArray[np.float64]  # (attributes, labels)
    transitions: npt.NDArray[np.float64]  # (labels, labels): from, to


def read_model(path: str | Path) -> ModelWeights:
    buf = Path(path).read_bytes()
    try:
        return _parse(buf)
    except (struct.error, ValueError, IndexError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: not a CRFsuite first-order model ({exc})") from exc


def _parse(buf: bytes) -> ModelWeights:
    (magic, _size, kind, _ver, _nf, n_labels, n_attrs, off_feat, off_labels, off_attrs, *_) = (
        _HEADER.unpack_from(buf, 0)
    )
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"magic {magic!r}, type {kind!r}")
    if buf[off_feat : off_feat + 4] != b"FEAT":
        raise ValueError("no feature chunk")
    (count,) = struct.unpack_from("<I", buf, off_feat + 8)
    feats = np.frombuffer(buf, dtype=_FEATURE, count=count, offset=off_feat + 12)
    labels = _names(buf, off_labels, n_labels)
    attributes = _names(buf, off_attrs, n_attrs)
    state = np.zeros((n_attrs, n_labels))
    transitions = np.zeros((n_labels, n_labels))
    kind_of = feats["type"]
    s = feats[kind_of == 0]
    state[s["src"], s["dst"]] = s["weight"]
    t = feats[kind_of == 1]
    transitions[t["src"], t["dst"]] = t["weight"]
    return ModelWeights(tuple(labels), tuple(attributes), state, transitions)


def _names(buf: bytes, off: int, count: int) -> list[str]:
    """The ``count`` names of the CQDB chunk at ``off``, by id (read in one pass: every
    name's bytes, NUL included, picked out with a mask and decoded at once)."""
    if buf[off : off + 4] != b"CQDB":
        raise ValueError("no CQDB chunk")
    _size, _flag, _order, bwd_size, bwd_off = struct.unpack_from("<5I", buf, off + 4)
    if count > bwd_size:
        raise ValueError("fewer names than declared")
    if count == 0:
        return []
    records = np.frombuffer(buf, dtype="<u4", count=count, offset=off + bwd_off).astype(np.int64)
    if not records.all():
        raise ValueError("a name is missing")
    records += off
    raw = np.frombuffer(buf, dtype=np.uint8)
    size_bytes = raw[records[:, None] + 4 + np.arange(4)].astype(np.int64)
    sizes = (size_bytes << np.arange(0, 32, 8)).sum(axis=1)
    order = np.argsort(records, kind="stable")
    starts = records[order] + 8
    ends = starts + sizes[order]
    if (starts[1:] < ends[:-1]).any() or ends[-1] > len(raw):
        raise ValueError("overlapping names")
    lo, hi = int(starts[0]), int(ends[-1])
    mark = np.zeros(hi - lo + 1, dtype=np.int8)
    mark[starts - lo] = 1  # names never overlap nor touch (8 bytes of id and size between)
    mark[ends - lo] = -1
    picked = raw[lo:hi][np.cumsum(mark[:-1], dtype=np.int8) > 0].tobytes()
    in_file_order = picked.decode("utf-8").split("\0")[:-1]
    if len(in_file_order) != count:
        raise ValueError("a name holds a NUL")
    names = np.empty(count, dtype=object)
    names[order] = in_file_order
    return list(names)
