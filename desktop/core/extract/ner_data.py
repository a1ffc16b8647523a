"""Character-tagged NER corpora (BIO) and strict span scoring.

Why here: the model's training script, the bench and the snapshot tests all read the public
corpora the same way and score them the same way (strict span and type, PER/LOC/ORG, micro).

Formats read by :func:`read_bio`: one ``char<space or tab>tag`` per line with a blank line
between sentences (MSRA ``msra_test_bio``, People's Daily ``example.*``, Weibo NER), or a pair
of files with one sentence per line, characters and tags separated by spaces
(:func:`read_pair`, MSRA ``val/sentences.txt`` + ``val/tags.txt``). Tags other than
PER/LOC/ORG (and Weibo's ``.NAM``/``.NOM`` suffixes, and the PKU People's Daily name tags
``nr``/``ns``/``nt``, written ``B_nr``/``M_nr``/``E_nr`` or ``B-NR``/``I-NR``/``S-NR``) are
mapped or dropped by ``label_map``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import NewsdeskError

Span = tuple[int, int, str]

LABELS = ("PER", "LOC", "ORG")
#: Weibo NER and CLUENER-style names -> ours; anything not here is dropped (O).
DEFAULT_MAP: Mapping[str, str] = {
    "PER": "PER",
    "LOC": "LOC",
    "ORG": "ORG",
    "GPE": "LOC",
    "PER.NAM": "PER",
    "LOC.NAM": "LOC",
    "ORG.NAM": "ORG",
    "GPE.NAM": "LOC",
    # the PKU People's Daily part-of-speech tags for names (person, place, organisation)
    "nr": "PER",
    "ns": "LOC",
    "nt": "ORG",
    "NR": "PER",
    "NS": "LOC",
    "NT": "ORG",
}


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    spans: tuple[Span, ...]


def spans_of(tags: Sequence[str], label_map: Mapping[str, str] = DEFAULT_MAP) -> list[Span]:
    """Spans of a BIO (or BIOES/BMES) tag sequence; an I- without its B- opens a span. The
    separator is ``-`` or, as in PKU-derived files (``B_nr``, ``M_nt``), ``_``."""
    out: list[Span] = []
    start = -1
    cur = ""
    for i, tag in enumerate([*tags, "O"]):
        head, _, typ = tag.partition("-" if "-" in tag else "_")
        typ = label_map.get(typ, "") if typ else ""
        if head in ("I", "M", "E") and typ and typ == cur and start >= 0:
            if head == "E":
                out.append((start, i + 1, cur))
                start, cur = -1, ""
            continue
        if start >= 0 and cur:
            out.append((start, i, cur))
        start, cur = -1, ""
        if head in ("B", "I", "M") and typ:
            start, cur = i, typ
        elif head in ("S", "E") and typ:
            out.append((i, i + 1, typ))
    return out


def bio_tags(length: int, spans: Iterable[Span]) -> list[str]:
    tags = ["O"] * length
    for s, e, label in spans:
        tags[s] = "B-" + label
        for i in range(s + 1, e):
            tags[i] = "I-" + label
    return tags


def read_bio(path: str | Path, label_map: Mapping[str, str] = DEFAULT_MAP) -> list[Sentence]:
    """Sentences of a one-character-a-line BIO file (see the module docstring)."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise NewsdeskError(f"{p}: cannot read ({exc})") from exc
    out: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []
    for n, line in enumerate([*lines, ""], 1):
        if not line.strip():
            if chars:
                out.append(Sentence("".join(chars), tuple(spans_of(tags, label_map))))
                chars, tags = [], []
            continue
        parts = line.split()
        if len(parts) == 1 and line[:1].isspace():
            parts = [" ", parts[0]]  # a space character tagged O
        if len(parts) != 2:
            raise NewsdeskError(f"{p}:{n}: expected 'character tag', got {line!r}")
        ch = parts[0]
        if len(ch) > 1 and ch[-1].isdigit():
            ch = ch[:-1]  # Weibo NER writes the character's position in its word after it
        chars.append(ch[:1])
        tags.append(parts[1])
    return out


def read_pair(sentences: str | Path, tags: str | Path) -> list[Sentence]:
    """Sentences of a space-separated sentences file and its tags file (same lines)."""
    a = Path(sentences).read_text(encoding="utf-8").splitlines()
    b = Path(tags).read_text(encoding="utf-8").splitlines()
    if len(a) != len(b):
        raise NewsdeskError(f"{sentences}: {len(a)} lines but {tags} has {len(b)}")
    out: list[Sentence] = []
    for n, (s, t) in enumerate(zip(a, b, strict=True), 1):
        cs, ts = s.split(), t.split()
        if len(cs) != len(ts):
            raise NewsdeskError(f"{sentences}:{n}: {len(cs)} characters but {len(ts)} tags")
        if cs:
            out.append(Sentence("".join(c[:1] for c in cs), tuple(spans_of(ts))))
    return out


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return f"F1 {self.f1:.3f} (P {self.precision:.3f} / R {self.recall:.3f})"


def score(
    gold: Iterable[Iterable[Span]], predicted: Iterable[Iterable[Span]], label: str | None = None
) -> Score:
    """Strict micro scores: a span counts when start, end and label all match."""
    tp = fp = fn = 0
    for g, p in zip(gold, predicted, strict=True):
        gs = {s for s in g if label is None or s[2] == label}
        ps = {s for s in p if label is None or s[2] == label}
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    return Score(tp, fp, fn)
