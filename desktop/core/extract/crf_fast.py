"""The shipped CRF tagged in-process from its weights: CRFsuite's answers at a fraction of the cost.

Why: ``pycrfsuite.Tagger.tag`` takes feature strings, ~21 a character, and converting them to
CRFsuite's attribute ids was most of the model's time in the extractor, with building them
(:func:`crf.features`) most of the rest: together ~2.5x the rules' own time, so extraction
with the model in the corpus convention ran below jieba.posseg's speed (issue 10). Here the
model file is read once (:mod:`crf_model_file`) into score tables per feature template: the
five character templates share one character vocabulary (a character's five rows side by
side), the four bigram templates one bigram table (an open-addressing hash of 64-bit keys, a
bigram's four rows side by side), the trigram another, and the features that depend on a
word alone are summed once per (word, tag) and cached. A sentence goes to one compiled call
(:mod:`crf_kernel`) as three byte strings, which gives the labels, the spans and the
marginals.

Contract: :class:`FastCrfModel` is a :class:`crf.CrfModel` whose :meth:`run` gives exactly
the labels CRFsuite gives for ``crf.features(text, tokens, rule_spans)`` and the same
marginals (to float rounding), which the tests check against pycrfsuite on whole sets.
:func:`crf.features` stays the one definition of the features (training uses it; the tests
check that :meth:`FastCrf.states` equals the weights of its strings at every character): the
tables here are that function compiled for one model. Tokens that do not tile the text
(never from :func:`segment.tokenize`) are tagged by CRFsuite itself. A model file that is not
a first-order CRFsuite model with BIO labels, or a missing numba, leaves the plain
:class:`crf.CrfModel` (:func:`load`). Safe to share between threads (its caches only grow,
or are cleared whole; the kernel keeps no state).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop.core.extract.crf import CrfModel, Tagged, _kind, _word_features
from desktop.core.extract.crf_model_file import read_model
from desktop.core.extract.lexicons import lexicons
from desktop.core.extract.ner_data import DEFAULT_MAP, Span
from desktop.core.extract.segment import Token

IntArray = npt.NDArray[np.int32]

_CHAR_TEMPLATES = ("c-2", "c-1", "c0", "c1", "c2")  # offsets -2..+2
_BIGRAM_TEMPLATES = ("b-2", "b-1", "b0", "b1")  # the bigram starting at offset -2..+1
_KINDS = "daph"  # crf._kind's answers, in code order
_PLACES = "SBEM"  # a character's place in its word, in code order
WIDTH = 8  # crf_kernel.WIDTH: floats per score row (the labels, padded)
_ROW = 3 * WIDTH * 8  # bytes of the words' buffer per character (crf_kernel.WORD_ROW floats)
_SCORE_TABLES = 9  # code table, characters, vocabulary, bigrams and trigrams, small, rules
#: cached words (as the finders' word caches: a few MB at most)
_WORDS_MAX = 65_536


def load(path: str | Path) -> CrfModel:
    """The fast model for ``path`` when numba imports and the file is a first-order CRFsuite
    model, otherwise CRFsuite's own tagger (same answers, slower)."""
    try:
        from desktop.core.extract import crf_kernel  # noqa: F401  (numba present?)
    except Exception:  # numba missing, or no writable directory for its cache (RuntimeError)
        return CrfModel(path)
    model = FastCrfModel(path)
    try:
        model.compiled().warm_up()
    except Exception:  # not a first-order BIO model (ValueError), or numba cannot compile here
        return CrfModel(path)
    return model


class FastCrfModel(CrfModel):
    """A :class:`CrfModel` tagged by :class:`FastCrf` (loaded at the first use)."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(path)
        self._compiled: FastCrf | None = None
        self._lock = threading.Lock()

    def compiled(self) -> FastCrf:
        found = self._compiled
        if found is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = FastCrf(self.path)
                found = self._compiled
        return found

    def run(self, text: str, tokens: Sequence[Token], rule_spans: Sequence[Span]) -> Tagged:
        fast = self._compiled or self.compiled()
        encoded = fast.encode(text, tokens, rule_spans)
        if encoded is None:
            return super().run(text, tokens, rule_spans)
        return fast.tag(encoded)


class ArrayTagged(Tagged):
    """A sentence's labels, spans and marginals, computed here (no CRFsuite tagger behind)."""

    def __init__(
        self,
        labels: list[str],
        spans: list[Span],
        marginals: npt.NDArray[np.float64],
        columns: dict[str, tuple[int, int]],
        width: int,
    ) -> None:
        self.labels = labels
        self.spans = spans
        self._marginals = marginals  # flat: n x width
        self._columns = columns
        self._width = width

    def marginal(self, position: int, label: int) -> float:
        value: float = self._marginals.item(position * self._width + label)
        return value

    def confidence(self, start: int, end: int, label: str) -> float:
        if not self.labels or end > len(self.labels):
            return 0.0
        found = self._columns.get(label)
        if found is None:
            return 0.0  # a label the model does not know
        b, i = found
        item, width = self._marginals.item, self._width
        conf: float = item(start * width + b)
        for k in range(start * width + width + i, end * width, width):
            value = item(k)
            if value < conf:
                conf = value
        return round(conf, 3)


class _Codes(dict[str, int]):
    """Character -> char id << 3 | kind << 1 | transliteration flag, computed once a character
    and, for the BMP, also written into ``table`` (by code point; -1 where not yet known),
    which the kernel reads."""

    def __init__(self, char_ids: dict[str, int], translit: frozenset[str]) -> None:
        super().__init__()
        self._char_ids = char_ids
        self._translit = translit
        self.table = np.full(0x10000, -1, dtype=np.int32)

    def __missing__(self, ch: str) -> int:
        code = self._char_ids.get(ch, 0) << 3 | _KINDS.index(_kind(ch)) << 1
        code |= ch in self._translit
        self[ch] = code
        if ord(ch) < 0x10000:
            self.table[ord(ch)] = code
        return code


#: what the kernel reads of a text, as byte strings (no numpy call per text): its padded
#: characters (UTF-32 code points, or their codes when ``direct``), its words' buffer (see
#: :meth:`FastCrf._word`) and its rule tag codes (one byte a character; empty: no rule span)
Encoded = tuple[bytes, bool, bytes, bytes]


class FastCrf:
    """One CRFsuite model as score tables (see the module docstring)."""

    def __init__(self, path: str | Path) -> None:
        from desktop.core.extract import crf_kernel, hash_kernel

        self._kernel: Any = crf_kernel
        hash_table: Any = hash_kernel.hash_table
        weights = read_model(path)
        self.labels = weights.labels
        nl = len(self.labels)
        if nl > WIDTH:
            raise ValueError(f"{path}: {nl} labels, at most {WIDTH} here")
        index = {label: i for i, label in enumerate(self.labels)}
        #: per entity label, the marginals' columns of its B- and I- labels
        self._columns = {
            label[2:]: (index[label], index["I-" + label[2:]])
            for label in self.labels
            if label.startswith("B-") and "I-" + label[2:] in index
        }
        self._bio = _bio(self.labels)
        self._trans = np.ascontiguousarray(weights.transitions)
        self._edge = np.exp(self._trans)
        attributes = weights.attributes
        # each attribute's row, padded to WIDTH; the last row is 0: "no feature"
        rows = np.zeros((len(attributes) + 1, WIDTH))
        rows[:-1, :nl] = weights.state
        absent = len(attributes)
        self._rows = rows
        ids = {name: i for i, name in enumerate(attributes)}
        self._ids = ids
        by_template: dict[str, list[tuple[str, int]]] = {}
        for aid, name in enumerate(attributes):
            head, sep, value = name.partition("=")
            if sep:
                by_template.setdefault(head, []).append((value, aid))

        chars: set[str] = set()
        for head in (*_CHAR_TEMPLATES, *_BIGRAM_TEMPLATES, "t0"):
            for value, _ in by_template.get(head, ()):
                chars.update(value)
        char_ids = {ch: i + 1 for i, ch in enumerate(sorted(chars))}
        vocab = len(char_ids) + 1
        self._vocab = vocab
        self._chars = np.zeros((vocab, 5, WIDTH))
        for t, head in enumerate(_CHAR_TEMPLATES):
            for value, aid in by_template.get(head, ()):
                if len(value) == 1:
                    self._chars[char_ids[value], t] = rows[aid]

        def key(value: str) -> int:
            out = 0
            for ch in value:
                out = out * vocab + char_ids[ch]
            return out

        bigram_of: dict[int, int] = {}
        for head in _BIGRAM_TEMPLATES:
            for value, _ in by_template.get(head, ()):
                if len(value) == 2:
                    bigram_of.setdefault(key(value), len(bigram_of) + 1)
        self._bigram_rows = np.zeros((len(bigram_of) + 1, 4, WIDTH))
        for t, head in enumerate(_BIGRAM_TEMPLATES):
            for value, aid in by_template.get(head, ()):
                if len(value) == 2:
                    self._bigram_rows[bigram_of[key(value)], t] = rows[aid]
        self._bigrams = hash_table(
            np.array(list(bigram_of), dtype=np.int64),
            np.array(list(bigram_of.values()), dtype=np.int64),
        )
        trigrams = [(key(v), aid) for v, aid in by_template.get("t0", ()) if len(v) == 3]
        self._trigram_rows = np.vstack([rows[absent], rows[[aid for _, aid in trigrams]]])
        self._trigrams = hash_table(
            np.array([k for k, _ in trigrams], dtype=np.int64),
            np.arange(1, len(trigrams) + 1, dtype=np.int64),
        )

        rule_values = {"O"} | {v for v, _ in by_template.get("r", ())}
        rule_values |= {v[:-1] for v, _ in by_template.get("rw", ()) if v}
        ordered = sorted(rule_values, key=lambda v: (v != "O", v))
        self._rule_codes = {v: i for i, v in enumerate(ordered)}
        ordered.append("\0")  # the code of a rule tag the model never saw: no feature
        self._n_rules = len(ordered)

        def row(name: str) -> npt.NDArray[np.float64]:
            found: npt.NDArray[np.float64] = rows[ids.get(name, absent)]
            return found

        small = [
            *[row("k=" + _KINDS[c >> 4] + _KINDS[(c >> 2) & 3] + _KINDS[c & 3]) for c in range(64)],
            *[
                row("tr=" + "".join("t" if c >> (4 - b) & 1 else "-" for b in range(5)))
                for c in range(32)
            ],
            row("pw=^"),
            row("nw=$"),
            *[row("r=" + v) for v in ordered],
            *[row("rw=" + v + p) for v in ordered for p in _PLACES],
        ]
        self._small = np.vstack(small)

        lex = lexicons()
        self._surnames = lex.surnames
        self._codes = _Codes(char_ids, lex.translit)
        self._words: dict[str, tuple[str | None, bytes]] = {}
        kinds, types, _ = self._bio
        #: the kernel's arguments after the sentence's own (see crf_kernel.tag): the
        #: :data:`_SCORE_TABLES` that ``states`` takes too, then the transitions and labels
        self._tag_tables = (
            self._codes.table,
            self._chars,
            self._vocab,
            self._bigrams,
            self._bigram_rows,
            self._trigrams,
            self._trigram_rows,
            self._small,
            self._n_rules,
            self._trans,
            self._edge,
            kinds,
            types,
        )

    def _word(self, word: str, tag: str | None) -> tuple[str | None, bytes]:
        """A word's tag and its characters' rows in the words' buffer (``WORD_ROW`` floats a
        character: the sum of the rows of its own features, its place in the spare column,
        then the rows of pw=<word> and nw=<word>)."""
        ids, rows, absent = self._ids, self._rows, len(self._rows) - 1
        per_char = _word_features(word, tag, word[0] in self._surnames)
        before, after = rows[ids.get("pw=" + word, absent)], rows[ids.get("nw=" + word, absent)]
        n = len(word)
        block = np.zeros((n, 3, WIDTH))
        for k, feats in enumerate(per_char):
            for f in feats:
                if not f.startswith("c0="):  # a character template here
                    block[k, 0] += rows[ids.get(f, absent)]
            block[k, 0, WIDTH - 1] = 0 if n == 1 else 1 if k == 0 else 2 if k == n - 1 else 3
            block[k, 1] = before
            block[k, 2] = after
        entry = (tag, block.tobytes())
        words = self._words
        if len(words) >= _WORDS_MAX:
            words.clear()
        words[word] = entry
        return entry

    def encode(
        self, text: str, tokens: Sequence[Token], rule_spans: Sequence[Span]
    ) -> Encoded | None:
        """What the kernel reads, or None when the words do not add up to ``text``
        (``tokens`` are its words in order, as :func:`segment.tokenize` gives them)."""
        n = len(text)
        get, make = self._words.get, self._word
        parts: list[bytes] = []
        for word, _s, _e, tag in tokens:
            entry = get(word)
            if entry is None or entry[0] != tag:
                entry = make(word, tag)
            parts.append(entry[1])
        words = b"".join(parts)
        if len(words) != _ROW * n or (tokens and tokens[0].start):
            return None
        rules = b""
        if rule_spans:
            codes, unknown = self._rule_codes, self._n_rules - 1
            tags = bytearray(n)
            for s, e, label in rule_spans:
                tags[s] = codes.get("B" + label, unknown)
                tags[s + 1 : e] = bytes((codes.get("I" + label, unknown),)) * (e - s - 1)
            rules = bytes(tags)
        return ("^^" + text + "$$").encode("utf-32-le", "surrogatepass"), False, words, rules

    def _direct(self, encoded: Encoded) -> Encoded:
        """``encoded`` with the characters' codes in place of their code points (a character
        outside the BMP, or one not seen before)."""
        text, _, words, rules = encoded
        codes = self._codes
        padded = text.decode("utf-32-le", "surrogatepass")
        return np.array([codes[ch] for ch in padded], dtype=np.uint32).tobytes(), True, words, rules

    def warm_up(self) -> None:
        """Compile the kernel (or load it from numba's cache) now, not at the first text."""
        encoded = self.encode("", [], [])
        assert encoded is not None
        self.tag(self._direct(encoded))

    def run(self, text: str, tokens: Sequence[Token], rule_spans: Sequence[Span]) -> Tagged | None:
        encoded = self.encode(text, tokens, rule_spans)
        return None if encoded is None else self.tag(encoded)

    def tag(self, encoded: Encoded) -> ArrayTagged:
        """Tag an encoded text: labels, spans (as :func:`ner_data.spans_of` reads them) and
        marginals."""
        ints, marginals = self._tag(encoded)
        found = ints.tolist()
        if found[0] < 0:
            ints, marginals = self._tag(self._direct(encoded))
            found = ints.tolist()
        count, n = found[0], len(found) // 4
        names = self.labels
        labels = [names[y] for y in found[1 : n + 1]]
        spans: list[Span] = []
        if count:
            types = self._bio[2]
            at = n + 1
            spans = [
                (found[k], found[k + 1], types[found[k + 2]]) for k in range(at, at + 3 * count, 3)
            ]
        return ArrayTagged(labels, spans, marginals, self._columns, len(names))

    def _tag(self, encoded: Encoded) -> tuple[IntArray, npt.NDArray[np.float64]]:
        found: tuple[IntArray, npt.NDArray[np.float64]] = self._kernel.tag(
            *encoded, *self._tag_tables
        )
        return found

    def states(self, encoded: Encoded) -> npt.NDArray[np.float64]:
        """The state score of each label at each character ((n, labels)): for the tests,
        which compare them with the weights of :func:`crf.features`' strings."""
        state = self._states(encoded)
        if len(state) != len(encoded[0]) // 4 - 4:  # the codes were needed first
            state = self._states(self._direct(encoded))
        return state[:, : len(self.labels)]

    def _states(self, encoded: Encoded) -> npt.NDArray[np.float64]:
        # the score tables are tag's first arguments after the sentence's own
        found: npt.NDArray[np.float64] = self._kernel.states(
            *encoded, *self._tag_tables[:_SCORE_TABLES], len(self.labels)
        )
        return found


def _bio(labels: Sequence[str]) -> tuple[IntArray, IntArray, list[str]]:
    """Per label its BIO kind (0 O, 1 B-, 2 I-) and the index of its type in the returned
    names, as :func:`ner_data.spans_of` reads a label; other schemes raise ValueError."""
    kinds, types, names = [], [], []
    for label in labels:
        head, _, typ = label.partition("-" if "-" in label else "_")
        mapped = DEFAULT_MAP.get(typ, "") if typ else ""
        if head in ("B", "I") and mapped:
            if mapped not in names:
                names.append(mapped)
            kinds.append(1 if head == "B" else 2)
            types.append(names.index(mapped))
        elif head in ("O", "B", "I") or not mapped:
            kinds.append(0)
            types.append(-1)
        else:
            raise ValueError(f"label {label!r} is not BIO")
    return np.array(kinds, dtype=np.int32), np.array(types, dtype=np.int32), names
