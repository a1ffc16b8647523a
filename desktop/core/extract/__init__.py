"""Entity and figure extraction: ``get_extractor().extract(text) -> Extraction``.

jieba and the dictionaries are loaded once per process (:func:`warm_up` does it eagerly, e.g.
off the GUI thread). Offsets are code points into ``text``, end exclusive, and every span's
``text`` equals ``text[start:end]``.
"""

from __future__ import annotations

import datetime
import os
import threading
from collections.abc import Iterable, Iterator, Sequence

from desktop.core.extract import crf_fast, named, parallel, people, segment
from desktop.core.extract.crf import SHIPPED, CrfModel, SequenceModel
from desktop.core.extract.entities import extract_entities, extract_with_names
from desktop.core.extract.figures import extract_figures, pattern
from desktop.core.extract.lexicons import lexicons
from desktop.core.extract.registry import CONVENTIONS
from desktop.core.model import Entity, Extraction, Figure

__all__ = ["Extractor", "get_extractor", "warm_up"]


class Extractor:
    """Stateless apart from the shared, read-only dictionaries and model: safe to call from
    threads. ``model`` is the statistical finder beside the rules (None: rules alone)."""

    def __init__(self, model: SequenceModel | None = None, convention: str = "guideline") -> None:
        if convention not in CONVENTIONS:
            raise ValueError(f"unknown convention {convention!r}")
        self.model = model
        self.convention = convention

    def extract(self, text: str, page_date: datetime.date | None = None) -> Extraction:
        tokens = segment.tokenize(text)
        figures = extract_figures(text, tokens, page_date)
        entities = _drop_overlaps(
            extract_entities(text, tokens, None, self.model, self.convention), figures
        )
        return Extraction(entities=tuple(entities), figures=tuple(figures))

    def extract_page(
        self, texts: Sequence[str], page_date: datetime.date | None = None
    ) -> list[Extraction]:
        """Extractions of related texts (the articles of one page): a name found with
        confidence in one (三一集团 and its short name 三一, a titled person) is found in the
        others too. Same result as :meth:`extract` for a text that shares no names.
        ``page_date`` completes dates without a year (see ``figures.extract_figures``)."""
        tokens = [segment.tokenize(t) for t in texts]
        figures = [extract_figures(t, tok, page_date) for t, tok in zip(texts, tokens, strict=True)]
        model = self.model
        first = [
            extract_with_names(t, tok, None, model, self.convention)
            for t, tok in zip(texts, tokens, strict=True)
        ]
        out: list[Extraction] = []
        for i, (text, toks) in enumerate(zip(texts, tokens, strict=True)):
            entities, _ = first[i]
            have = {e.text for e in entities}
            known = {
                name: label
                for j, (_, names) in enumerate(first)
                if j != i
                for name, label in names.items()
                if name not in have and name in text
            }
            if known:
                entities = extract_entities(text, toks, known, model, self.convention)
            kept = _drop_overlaps(entities, figures[i])
            out.append(Extraction(entities=tuple(kept), figures=tuple(figures[i])))
        return out

    def extract_many(self, texts: Sequence[str], workers: int | None = None) -> list[Extraction]:
        """Extractions of ``texts`` in order, on every core for a large batch (``--lines``,
        imports). ``workers=1`` keeps it in this process."""
        return parallel.extract_many(texts, self.extract, workers)

    def extract_stream(
        self, texts: Iterable[str], workers: int | None = None
    ) -> Iterator[Extraction]:
        """Extractions of ``texts`` in order, read lazily and done on every core while the
        caller handles earlier ones (``extract --lines`` on a file of any size)."""
        return parallel.extract_stream(texts, self.extract, workers)

    def close(self) -> None:
        """Stop the worker processes a large batch started (also done at exit)."""
        parallel.shutdown()


def _drop_overlaps(entities: list[Entity], figures: list[Figure]) -> list[Entity]:
    """A figure wins over an entity that overlaps it (numbers are never names)."""
    if not figures:
        return entities
    covered: set[int] = set()
    for f in figures:
        covered.update(range(f.start, f.end))
    return [e for e in entities if not covered.intersection(range(e.start, e.end))]


_lock = threading.Lock()
_extractor: Extractor | None = None


def warm_up() -> None:
    """Load jieba, its tags, the dictionaries and the figure pattern now."""
    segment.warm_up()
    lexicons()
    pattern()
    people.warm_up()
    named.warm_up()


def shipped_model() -> CrfModel | None:
    """The model in ``resources/models`` (None when the file is missing, or when
    ``NEWSDESK_RULES_ONLY`` is set: the rules alone), tagged in-process from its weights
    (:mod:`crf_fast`; CRFsuite's own tagger where that cannot load, or when
    ``NEWSDESK_CRFSUITE_TAGGER`` is set: same answers, slower, no numba)."""
    if os.environ.get("NEWSDESK_RULES_ONLY") or not SHIPPED.is_file():
        return None
    if os.environ.get("NEWSDESK_CRFSUITE_TAGGER"):
        return CrfModel(SHIPPED)
    return crf_fast.load(SHIPPED)


def get_extractor() -> Extractor:
    """The process-wide extractor with the shipped model (jieba is loaded once per process)."""
    global _extractor
    with _lock:
        if _extractor is None:
            warm_up()
            _extractor = Extractor(shipped_model())
        return _extractor
