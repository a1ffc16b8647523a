"""The CRF's per-character scores computed in numpy, handed to CRFsuite as a few numbers.

Why: tagging a clause the plain way builds about fourteen feature strings per character in
Python (:func:`crf.features`) and CRFsuite then converts and looks each one up again; that was
two thirds of the model's time, and the model most of the extractor's time beyond the rules
(issue 10's speed goal). Here the model's weights are read once from the model file into one
matrix, each template (``c0=``, ``b-1=`` …) keeps a table from its key (a character, a
bigram, a word …) to a row, and a clause's emission scores are one gather and one sum over
label vectors. Viterbi and the marginals stay CRFsuite's (the same C code, the same
transitions): a character is handed over as a handful of *basis* attributes of the model
itself, with real values chosen so that ``sum(value * weight vector)`` is the emission (up to
a constant per character, which changes neither the best path nor any marginal).

Contract: for a model whose attributes all come from :func:`crf.features`' templates,
:meth:`FastEmissions.items` gives CRFsuite items that tag exactly like
``features(text, tokens, rule_spans)`` (same labels; marginals equal to rounding, ~1e-12);
:func:`FastEmissions.load` returns None for any other model (e.g. a project's stacked model),
which then keeps the plain path. Tested against the plain path in
``tests/core/test_crf_fast.py``.
"""

from __future__ import annotations

import itertools
import struct
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from desktop.core.extract.lexicons import lexicons
from desktop.core.extract.ner_data import Span
from desktop.core.extract.segment import Token

#: The templates of :func:`crf.features`, by the name before ``=`` (``sur2`` has none).
_TEMPLATES = ("c0", "w", "wc", "W", "sur", "c-1", "c1", "c-2", "c2", "b-1", "b0", "r", "rw", "k")
_WORD_CACHE_MAX = 100_000
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def read_crfsuite(path: Path) -> tuple[list[str], list[str], npt.NDArray[np.void]]:
    """(labels, attributes, features) of a CRFsuite ``crf1d`` model file, weights exact.

    (``Tagger.info()`` prints weights with six decimals, not enough to reproduce the
    marginals to 1e-6.) Layout (crfsuite's crf1d_model.c): a header of offsets; features as
    packed (type, src, dst, weight) records, type 0 a state feature (attribute -> label), 1 a
    transition; labels and attributes as CQDB string tables (id -> string via the backward
    array)."""
    buf = path.read_bytes()
    magic, _size, kind, _v, _nf, _nl, _na, off_f, off_l, off_a = struct.unpack_from(
        "<4sI4sIIIIIII", buf, 0
    )
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"{path}: not a CRFsuite crf1d model")

    def strings(off: int) -> list[str]:
        chunk, _sz, _flag, _order, n, back = struct.unpack_from("<4sIIIII", buf, off)
        if chunk != b"CQDB":
            raise ValueError(f"{path}: bad string table at {off}")
        out = []
        for rec in struct.unpack_from(f"<{n}I", buf, off + back):
            _id, size = struct.unpack_from("<II", buf, off + rec)
            out.append(buf[off + rec + 8 : off + rec + 7 + size].decode("utf-8"))
        return out

    chunk, _sz, count = struct.unpack_from("<4sII", buf, off_f)
    if chunk != b"FEAT":
        raise ValueError(f"{path}: bad feature chunk")
    feats = np.frombuffer(buf, dtype=_FEATURE, count=count, offset=off_f + 12)
    return strings(off_l), strings(off_a), feats


class FastEmissions:
    """A model's state weights by template, in basis coordinates, ready to gather."""

    def __init__(self, labels: list[str], attrs: list[str], feats: npt.NDArray[np.void]) -> None:
        n_labels = len(labels)
        state = feats[feats["type"] == 0]
        weights = np.zeros((len(attrs) + 1, n_labels))  # last row: an attribute not in the model
        weights[state["src"], state["dst"]] = state["weight"]
        tables: dict[str, dict[str, int]] = {name: {} for name in _TEMPLATES}
        for row, attr in enumerate(attrs):
            name, sep, key = attr.partition("=")
            if not sep and attr.startswith("sur"):
                name, key = "sur", attr[3:]
            tables[name][key] = row  # KeyError: not one of features()' templates (see load)
        self.names, inverse = _basis(attrs, weights[:-1])
        # every weight vector in basis coordinates (the constant per character dropped): the
        # emission of a character is then directly the values handed to CRFsuite
        basis = weights @ inverse[:, :-1]
        self.basis = basis
        self.zero = zero = len(attrs)
        self.tables = tables
        self._words: dict[
            tuple[str, str | None, bool], tuple[npt.NDArray[np.float64], tuple[int, ...]]
        ] = {}

        def grouped(names: tuple[str, ...]) -> tuple[dict[str, int], npt.NDArray[np.float64]]:
            """One row per key (a character, a bigram) holding its vector for each template:
            a clause touches one row per character, not one per template."""
            keys = sorted({k for n in names for k in tables[n]})
            ids = {k: i + 1 for i, k in enumerate(keys)}  # 0: not in the model
            rows = np.full((len(keys) + 1, len(names)), zero, dtype=np.intp)
            for col, n in enumerate(names):
                for key, row in tables[n].items():
                    rows[ids[key], col] = row
            return ids, basis[rows]

        self.chars, self.t_chars = grouped(("c-2", "c-1", "c1", "c2"))
        self.bigrams, self.t_bigrams = grouped(("b-1", "b0"))
        tags = sorted({"O"} | set(tables["r"]) | {k[:-1] for k in tables["rw"]})
        self.rule_codes = {tag: i for i, tag in enumerate(tags)}
        self.n_rules = n_rules = len(tags) + 1  # the last: a rule tag the model never saw
        # k= (the kinds of the character and its neighbours), r= and rw= (the rules' tag,
        # with the place in the word) in one table: code = ((kinds * R) + rule) * 4 + place
        kr = np.zeros((64 * n_rules * 4, basis.shape[1]))
        for ki, kk in enumerate(a + b + c for a in "dahp" for b in "dahp" for c in "dahp"):
            kv = basis[tables["k"].get(kk, zero)]
            for tag, ri in [*self.rule_codes.items(), ("", n_rules - 1)]:
                rv = basis[tables["r"].get(tag, zero)] if tag else basis[zero]
                for pi, place in enumerate("SBEM"):
                    rw = basis[tables["rw"].get(tag + place, zero)] if tag else basis[zero]
                    kr[(ki * n_rules + ri) * 4 + pi] = kv + rv + rw
        self.t_kr = kr
        self._kinds: dict[str, int] = {}

    @classmethod
    def load(cls, path: Path) -> FastEmissions | None:
        """The fast path for ``path``, or None when its attributes are not all
        :func:`crf.features`' (the plain path is then the only correct one)."""
        try:
            return cls(*read_crfsuite(path))
        except (KeyError, ValueError, struct.error, np.linalg.LinAlgError):
            return None

    def _word(
        self, word: str, tag: str | None, surname: bool
    ) -> tuple[npt.NDArray[np.float64], tuple[int, ...]]:
        """A word's characters' values from the features of the word alone (c0, w, wc, W,
        sur), and their places in the word (0..3: S B E M)."""
        key = (word, tag, surname)
        hit = self._words.get(key)
        if hit is not None:
            return hit
        t = self.tables
        zero = self.zero
        n = len(word)
        tg = tag or "x"
        rows = []
        places = []
        for k, c in enumerate(word):
            pos = "S" if n == 1 else "B" if k == 0 else "E" if k == n - 1 else "M"
            rows.append(
                (
                    t["c0"].get(c, zero),
                    t["w"].get(pos + tg, zero),
                    t["wc"].get(pos + c + tg, zero),
                    t["W"].get(word, zero) if n > 1 else zero,
                    t["sur"].get(str(n), zero) if k == 0 and surname else zero,
                )
            )
            places.append("SBEM".index(pos))
        block = (self.basis[np.array(rows, dtype=np.intp)].sum(axis=1), tuple(places))
        if len(self._words) > _WORD_CACHE_MAX:
            self._words.clear()
        self._words[key] = block
        return block

    def _kind_codes(self, pad: str) -> list[int]:
        kinds = self._kinds
        try:
            return [kinds[ch] for ch in pad]
        except KeyError:
            from desktop.core.extract.crf import _kind

            for ch in pad:
                if ch not in kinds:
                    kinds[ch] = "dahp".index(_kind(ch))
            return [kinds[ch] for ch in pad]

    def values(
        self, text: str, tokens: Sequence[Token], rule_spans: Sequence[Span]
    ) -> npt.NDArray[np.float64] | None:
        """(characters x basis attributes) values; None when the tokens do not cover the
        text in order (the plain path then decides)."""
        n = len(text)
        surnames = lexicons().surnames
        blocks = []
        places: list[int] = []
        at = 0
        for tok in tokens:
            word = tok.text
            if tok.start != at:
                return None
            block, place = self._word(word, tok.tag, word[0] in surnames)
            blocks.append(block)
            places += place
            at += len(word)
        if at != n:
            return None
        pad = "^^" + text + "$$"
        chars = self.chars
        c = self.t_chars[[chars.get(ch, 0) for ch in pad]]
        bigrams = self.bigrams
        bg = self.t_bigrams[[bigrams.get(a + b, 0) for a, b in itertools.pairwise(pad)]]
        codes = self.rule_codes
        n_rules = self.n_rules
        rule = [codes["O"]] * n
        for s, e, label in rule_spans:
            rule[s] = codes.get("B" + label, n_rules - 1)
            inside = codes.get("I" + label, n_rules - 1)
            for i in range(s + 1, e):
                rule[i] = inside
        kc = self._kind_codes(pad)
        kr = [
            (((16 * k0 + 4 * km + kp) * n_rules + r) << 2) + p
            for k0, km, kp, r, p in zip(kc[2:], kc[1:], kc[3:], rule, places, strict=False)
        ]
        return (
            np.concatenate(blocks)
            + c[0:n, 0]
            + c[1 : n + 1, 1]
            + c[3 : n + 3, 2]
            + c[4 : n + 4, 3]
            + bg[1 : n + 1, 0]
            + bg[2 : n + 2, 1]
            + self.t_kr[kr]
        )

    def items(
        self, text: str, tokens: Sequence[Token], rule_spans: Sequence[Span]
    ) -> list[dict[bytes, float]] | None:
        """CRFsuite items (one dict of basis attribute -> value per character) that score each
        label as ``features(text, tokens, rule_spans)`` would, up to a constant per character
        (None: see :meth:`values`). Attribute names are bytes: pycrfsuite then skips encoding
        them per character."""
        values = self.values(text, tokens, rule_spans)
        if values is None:
            return None
        names = self.names
        rows = values.tolist()
        if len(names) == 6:  # BIO over PER/LOC/ORG: a dict display is 2-3x dict(zip())
            n0, n1, n2, n3, n4, n5 = names
            return [{n0: a, n1: b, n2: c, n3: d, n4: e, n5: f} for a, b, c, d, e, f in rows]
        return [dict(zip(names, row, strict=True)) for row in rows]


def _basis(
    attrs: list[str], weights: npt.NDArray[np.float64]
) -> tuple[list[bytes], npt.NDArray[np.float64]]:
    """L-1 of the model's attributes whose weight vectors, with the all-ones vector, span the
    label space as well-conditioned as a fixed random search finds, and the inverse of that
    matrix: ``E @ inverse`` gives values ``v`` (and a constant, dropped) with
    ``E = v @ B + c``."""
    n_labels = weights.shape[1]
    full = np.flatnonzero((weights != 0).all(axis=1))
    pool = full if len(full) >= n_labels - 1 else np.flatnonzero((weights != 0).any(axis=1))
    rng = np.random.default_rng(0)
    ones = np.ones((1, n_labels))
    best: tuple[float, npt.NDArray[np.intp]] | None = None
    for _ in range(300):
        pick = rng.choice(pool, size=n_labels - 1, replace=False)
        cond = float(np.linalg.cond(np.vstack([weights[pick], ones])))
        if best is None or cond < best[0]:
            best = (cond, pick)
    if best is None or not np.isfinite(best[0]) or best[0] > 1e6:
        raise np.linalg.LinAlgError("no well-conditioned basis among the model's attributes")
    pick = best[1]
    inverse = np.linalg.inv(np.vstack([weights[pick], ones]))
    return [attrs[i].encode("utf-8") for i in pick], inverse
