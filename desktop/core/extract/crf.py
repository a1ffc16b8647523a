"""The statistical finder: a linear-chain CRF (CRFsuite) over characters.

Why a CRF beside the rules: the rules are precise but miss names without a cue (people in
rosters, bare organisation abbreviations, bodies glued together). The CRF reads the same
evidence the rules do (jieba's words and tags, the gazetteer through the rules) plus the
characters around each position, and the rules' own output as features, so it learns where
the rules are right and where public annotation goes beyond them.

Contract: :func:`features` is the one feature function used both to train
(:mod:`desktop.core.extract.train_ner`) and to tag; :class:`CrfModel` tags one sentence at a
time and gives each span a confidence (the marginal probability of its tags, from CRFsuite).
A model file is a CRFsuite binary model; one :class:`pycrfsuite.Tagger` is kept per thread
(a tagger is not safe to share between threads).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from desktop.core.extract.lexicons import RESOURCES, lexicons
from desktop.core.extract.ner_data import Span, spans_of
from desktop.core.extract.segment import Token

#: The model shipped with the application (trained by ``python -m desktop.core.extract.train_ner``).
SHIPPED = RESOURCES.parent / "models" / "ner-crf.crfsuite"

_PUNCT = frozenset("，。、；：？！“”‘’（）《》〈〉【】—…·,.;:?!\"'()[]-")


def _kind(ch: str) -> str:
    if ch.isdigit() or ch in "零〇一二三四五六七八九十百千万亿两":
        return "d"
    if ch.isascii() and ch.isalpha():
        return "a"
    if "Ａ" <= ch <= "ｚ":
        return "a"
    if ch in _PUNCT:
        return "p"
    return "h"


def features(text: str, tokens: Sequence[Token], rule_spans: Sequence[Span]) -> list[list[str]]:
    """One list of feature strings per character of ``text``.

    ``tokens`` are jieba's words (:func:`segment.tokenize`), ``rule_spans`` the rules' entities
    (start, end, label). Templates: characters at -2..+2, bigrams at -1/0, the character's
    place in its word with the word's dictionary tag, the word itself, the rules' BIO tag,
    a surname flag at a word start, and the character's kind (digit, Latin, punctuation)."""
    n = len(text)
    pad = "^^" + text + "$$"
    rule = ["O"] * n
    for s, e, label in rule_spans:
        rule[s] = "B" + label
        for i in range(s + 1, e):
            rule[i] = "I" + label
    surnames = lexicons().surnames
    out: list[list[str]] = [[] for _ in range(n)]
    for tok in tokens:
        s, e = tok.start, tok.end
        tag = tok.tag or "x"
        word = tok.text
        long = e - s > 1
        for i in range(s, e):
            if not long:
                pos = "S"
            elif i == s:
                pos = "B"
            elif i == e - 1:
                pos = "E"
            else:
                pos = "M"
            j = i + 2
            c = pad[j]
            f = out[i]
            f += (
                "c0=" + c,
                "c-1=" + pad[j - 1],
                "c1=" + pad[j + 1],
                "c-2=" + pad[j - 2],
                "c2=" + pad[j + 2],
                "b-1=" + pad[j - 1 : j + 1],
                "b0=" + pad[j : j + 2],
                "w=" + pos + tag,
                "wc=" + pos + c + tag,
                "r=" + rule[i],
                "rw=" + rule[i] + pos,
                "k=" + _kind(c) + _kind(pad[j - 1]) + _kind(pad[j + 1]),
            )
            if long:
                f.append("W=" + word)
            if i == s and c in surnames:
                f.append("sur" + str(e - s))
    return out


class CrfModel:
    """A trained CRF: ``tag(text, tokens, rule_spans) -> [(start, end, label, confidence)]``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            from desktop.core.errors import NewsdeskError

            raise NewsdeskError(f"{self.path}: no such model file")
        self._local = threading.local()

    def _tagger(self) -> object:
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.path))
            self._local.tagger = tagger
        return tagger

    def run(self, text: str, tokens: Sequence[Token], rule_spans: Sequence[Span]) -> Tagged:
        """Tag ``text``; the result also answers how sure the model is of any other span
        (e.g. a rule's) while no other text is tagged on this thread."""
        tagger = self._tagger()
        labels = tagger.tag(features(text, tokens, rule_spans)) if text else []  # type: ignore[attr-defined]
        return Tagged(tagger, list(labels))

    def tag(
        self, text: str, tokens: Sequence[Token], rule_spans: Sequence[Span]
    ) -> list[tuple[int, int, str, float]]:
        """(start, end, label, confidence) of the model's own spans."""
        tagged = self.run(text, tokens, rule_spans)
        return [(s, e, label, tagged.confidence(s, e, label)) for s, e, label in tagged.spans]


class Tagged:
    """One sentence's tags and the marginals behind them."""

    def __init__(self, tagger: object, labels: list[str]) -> None:
        self._tagger = tagger
        self.labels = labels
        self.spans = spans_of(labels)

    def confidence(self, start: int, end: int, label: str) -> float:
        """The marginal probability of the span's weakest tag (B- then I-): how sure the model
        is that exactly this span, with this label, is right. Rounded to 3 places."""
        if not self.labels or end > len(self.labels):
            return 0.0
        marginal = self._tagger.marginal  # type: ignore[attr-defined]
        try:
            conf = min(
                marginal(("B-" if i == start else "I-") + label, i) for i in range(start, end)
            )
        except ValueError:  # a label the model does not know
            return 0.0
        return round(float(conf), 3)
