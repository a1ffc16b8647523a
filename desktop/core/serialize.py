"""The JSON shapes of the command-line contract (docs/design.md), built from domain objects."""

from __future__ import annotations

from typing import Any

from desktop.core.model import Article, Entity, Extraction, Figure, Page, decimal_to_json


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
    }


def article_json(article: Article, extraction: Extraction | None = None) -> dict[str, Any]:
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
    ext = extraction or Extraction()
    out["entities"] = [entity_json(e) for e in ext.entities]
    out["figures"] = [figure_json(f) for f in ext.figures]
    return out


def page_json(page: Page, extractions: list[Extraction] | None = None) -> dict[str, Any]:
    exts = extractions if extractions is not None else [Extraction()] * len(page.articles)
    return {
        "source": page.source,
        "encoding": page.encoding,
        "articles": [article_json(a, e) for a, e in zip(page.articles, exts, strict=True)],
    }
