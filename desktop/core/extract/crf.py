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

import functools
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from desktop.core.extract.lexicons import RESOURCES, lexicons
from desktop.core.extract.ner_data import Span, spans_of
from desktop.core.extract.segment import Token

#: The model shipped with the application (trained by ``python -m desktop.core.extract.train_ner``).
SHIPPED = RESOURCES.parent / "models" / "ner-crf.crfsuite"

_PUNCT = frozenset("，。、；：？！“”‘’（）《》〈〉【】—…·,.;:?!\"'()[]-")
_NUMERALS = frozenset("零〇一二三四五六七八九十百千万亿两")


@functools.lru_cache(maxsize=8192)
def _kind(ch: str) -> str:
    if ch.isdigit() or ch in _NUMERALS:
        return "d"
    if (ch.isascii() and ch.isalpha()) or "Ａ" <= ch <= "ｚ":
        return "a"
    if ch in _PUNCT:
        return "p"
    return "h"


@functools.lru_cache(maxsize=65536)
def _word_features(word: str, tag: str | None, surname: bool) -> tuple[tuple[str, ...], ...]:
    """The features of each character of a word that depend on the word alone (cached: a
    sentence's words are mostly common ones)."""
    n = len(word)
    t = tag or "x"
    out = []
    for k, c in enumerate(word):
        pos = "S" if n == 1 else "B" if k == 0 else "E" if k == n - 1 else "M"
        f: tuple[str, ...] = ("c0=" + c, "w=" + pos + t, "wc=" + pos + c + t)
        if n > 1:
            f += ("W=" + word,)
        if k == 0 and surname:
            f += ("sur" + str(n),)
        out.append(f)
    return tuple(out)


def features(text: str, tokens: Sequence[Token], rule_spans: Sequence[Span]) -> list[list[str]]:
    """One list of feature strings per character of ``text``.

    ``tokens`` are jieba's words (:func:`segment.tokenize`), ``rule_spans`` the rules' entities
    (start, end, label). Templates: characters at -2..+2, the four bigrams and the trigram
    around the character, the character's place in its word with the word's dictionary tag,
    the word itself and, at its edges, the word before or after it, the rules' BIO tag (alone
    and with the place in the word), a surname flag at a word start, the kinds (digit, Latin,
    punctuation, other) of the character and its neighbours, and which characters of the
    window -2..+2 are transliteration characters (lexicons' ``translit``)."""
    n = len(text)
    pad = "^^" + text + "$$"
    lx = lexicons()
    kinds = "".join([_kind(ch) for ch in pad])
    translit, surnames = lx.translit, lx.surnames
    trans = "".join(["t" if ch in translit else "-" for ch in pad])
    rule = ["O"] * n
    for s, e, label in rule_spans:
        rule[s] = "B" + label
        for i in range(s + 1, e):
            rule[i] = "I" + label
    word_features = _word_features
    out: list[list[str]] = []
    append = out.append
    last = len(tokens) - 1
    for ti, tok in enumerate(tokens):
        word = tok.text
        per_char = word_features(word, tok.tag, word[0] in surnames)
        n_word = len(word)
        for k in range(n_word):
            i = tok.start + k
            j = i + 2
            r = rule[i]
            pos = "S" if n_word == 1 else "B" if k == 0 else "E" if k == n_word - 1 else "M"
            f = [
                *per_char[k],
                "c-1=" + pad[j - 1],
                "c1=" + pad[j + 1],
                "c-2=" + pad[j - 2],
                "c2=" + pad[j + 2],
                "b-1=" + pad[j - 1 : j + 1],
                "b0=" + pad[j : j + 2],
                "b-2=" + pad[j - 2 : j],
                "b1=" + pad[j + 1 : j + 3],
                "t0=" + pad[j - 1 : j + 2],
                "r=" + r,
                "rw=" + r + pos,
                "k=" + kinds[j] + kinds[j - 1] + kinds[j + 1],
                "tr=" + trans[j - 2 : j + 3],
            ]
            if k == 0:
                f.append("pw=" + (tokens[ti - 1].text if ti else "^"))
            if k == n_word - 1:
                f.append("nw=" + (tokens[ti + 1].text if ti < last else "$"))
            append(f)
    return out


class SequenceModel(Protocol):
    """What the extractor needs of a model: tag a text, given its words and the rules' spans
    (:class:`CrfModel`, or a project's model stacked on it)."""

    def run(self, text: str, tokens: Sequence[Token], rule_spans: Sequence[Span]) -> Tagged: ...


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
        # most windows hold no entity at all: no need to read the tags one by one
        self.spans = spans_of(labels) if labels.count("O") != len(labels) else []

    def confidence(self, start: int, end: int, label: str) -> float:
        """The marginal probability of the span's weakest tag (B- then I-): how sure the model
        is that exactly this span, with this label, is right. Rounded to 3 places."""
        if not self.labels or end > len(self.labels):
            return 0.0
        marginal = self._tagger.marginal  # type: ignore[attr-defined]
        inside = "I-" + label
        try:
            conf = marginal("B-" + label, start)
            for i in range(start + 1, end):
                value = marginal(inside, i)
                if value < conf:
                    conf = value
        except (ValueError, RuntimeError):  # a label the model does not know (pycrfsuite raises
            return 0.0  # RuntimeError "Failed to convert into label identifier")
        return round(float(conf), 3)
