"""The JSON shapes of the command-line contract (docs/design.md), built from domain objects."""

from __future__ import annotations

from typing import Any

from desktop.core.model import (
    SYNTHETIC,
    Article,
    Entity,
    Extraction,
    Figure,
    Page,
    decimal_to_json,
)


def entity_json(entity: Entity) -> dict[str, Any]:
    return {
        "start": entity.start,
        "end": entity.end,
        "text": entity.text,
        "label": entity.label,
        "source": entity.source,
        "confidence": entity.confidence,
    }


def figure_json(figure: Figure) -> dict[str, Any]:
    return {
        "start": figure.start,
        "end": figure.end,
        "text": figure.text,
        "kind": figure.kind,
        "value": decimal_to_json(figure.value),
        "unit": figure.unit,
        "approx": figure.approx,
        "metric": figure.metric,
        "iso": figure.iso,
    }


def article_json(
    article: Article, extraction: Extraction | None = None, page: Page | None = None
) -> dict[str, Any]:
    """An article as design.md's contract has it; with ``page``, each block also lists
    ``boxes``: the boxes of the raw lines its characters came from, in order (empty for
    plain text)."""
    out: dict[str, Any] = {
        "continued_from": article.continued_from,
        "continued_to": article.continued_to,
        "title": article.title,
        "byline": None
        if article.byline is None
        else {
            "text": article.byline.text,
            "source": article.byline.source,
            "reporters": list(article.byline.reporters),
        },
        "headline_confidence": round(article.headline_confidence, 3),
        "text": article.text,
        "blocks": [
            {"kind": b.kind, "text": b.text, "start": b.start, "end": b.end} for b in article.blocks
        ],
    }
    if page is not None:
        for block, out_block in zip(article.blocks, out["blocks"], strict=True):
            out_block["boxes"] = block_boxes(page, article, block.start, block.end)
    ext = extraction or Extraction()
    out["entities"] = [entity_json(e) for e in ext.entities]
    out["figures"] = [figure_json(f) for f in ext.figures]
    return out


def page_json(page: Page, extractions: list[Extraction] | None = None) -> dict[str, Any]:
    """The page: ``source``, ``encoding``, ``page`` (format, furniture, size, scan),
    ``articles`` and the ``set_aside`` lines (kept out of every article)."""
    exts = extractions if extractions is not None else [Extraction()] * len(page.articles)
    meta = page.meta
    return {
        "source": page.source,
        "encoding": page.encoding,
        "page": {
            "format": page.format,
            "paper": meta.paper,
            "date": meta.date,
            "page": meta.page,
            "section": meta.section,
            "issue": meta.issue,
            "size": None if page.size is None else list(page.size),
            "image": page.image,
        },
        "articles": [article_json(a, e, page) for a, e in zip(page.articles, exts, strict=True)],
        "set_aside": [
            {"kind": s.kind, "line": s.line, "text": s.text, "note": s.note} for s in page.set_aside
        ],
    }


def block_boxes(page: Page, article: Article, start: int, end: int) -> list[list[float]]:
    """Boxes of the raw lines ``article.text[start:end]`` came from, in first-use order."""
    if not page.boxes:
        return []
    out: list[list[float]] = []
    seen: set[int] = set()
    for offset in article.source_map[start:end]:
        if offset == SYNTHETIC:
            continue
        line = page.position(offset).line
        if line in seen:
            continue
        seen.add(line)
        box = page.boxes[line] if line < len(page.boxes) else None
        if box is not None:
            out.append(list(box))
    return out
