"""Write one prepared page: its document, articles and automatic annotations.

The caller holds the transaction, so a page is either wholly in the project or not at all.
Automatic annotations come in as source "auto", status "suggested", after the lexicon has
removed rejected terms and added confirmed ones. A span whose offsets do not fit the article
text (an extractor bug) is dropped rather than stored broken.
"""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.core.lexicon import Lexicon
from desktop.core.model import Article, Entity, Extraction
from desktop.core.records import (
    Annotation,
    ArticleBlock,
    FigureFields,
    Label,
    PageGeometry,
    figure_label,
)
from desktop.core.store import rows

if TYPE_CHECKING:
    from desktop.core.importer import PreparedPage

#: Colours for labels that an extractor or a dataset introduces.
PALETTE = ("#9467bd", "#8c564b", "#2ca02c", "#ff7f0e", "#1f77b4", "#d62728", "#7f7f7f")


def ensure_labels(conn: sqlite3.Connection, wanted: dict[str, str]) -> bool:
    """Add labels (name -> kind) the project does not have yet; True if any was added."""
    have = {label.name for label in rows.labels(conn)}
    added = False
    for name, kind in sorted(wanted.items()):
        if name in have:
            continue
        colour = PALETTE[len(have) % len(PALETTE)]
        rows.insert_label(conn, Label(name, colour, "", "figure" if kind == "figure" else "entity"))
        have.add(name)
        added = True
    return added


def project_lexicon(conn: sqlite3.Connection) -> Lexicon:
    """The project's entity lexicon (confirmed and rejected terms) that suggestions pass."""
    return Lexicon.build(
        (e.term, e.label, e.decision) for e in rows.lexicon(conn) if e.kind == "entity"
    )


def entity_suggestions(
    article_id: int, text: str, entities: Sequence[Entity], lexicon: Lexicon, stamp: str
) -> list[Annotation]:
    """The suggested annotations for ``entities`` found in ``text``, after the lexicon (on
    import and when the project's model suggests again)."""
    chosen = lexicon.apply(text, entities) if lexicon else list(entities)
    return [
        Annotation(
            uuid=str(uuidlib.uuid4()),
            article_id=article_id,
            start=e.start,
            end=e.end,
            quote=text[e.start : e.end],
            label=e.label,
            kind="entity",
            source="auto",
            status="suggested",
            created_at=stamp,
            updated_at=stamp,
            suggested_by=e.source,
            confidence=e.confidence,
        )
        for e in chosen
        if 0 <= e.start < e.end <= len(text)
    ]


def auto_annotations(
    article_id: int, article: Article, extraction: Extraction, lexicon: Lexicon, stamp: str
) -> list[Annotation]:
    text = article.text
    out = entity_suggestions(article_id, text, extraction.entities, lexicon, stamp)
    for f in extraction.figures:
        if 0 <= f.start < f.end <= len(text):
            out.append(
                Annotation(
                    uuid=str(uuidlib.uuid4()),
                    article_id=article_id,
                    start=f.start,
                    end=f.end,
                    quote=text[f.start : f.end],
                    label=figure_label(f.kind),
                    kind="figure",
                    source="auto",
                    status="suggested",
                    figure=FigureFields(f.kind, f.value, f.unit, f.approx, f.metric, f.iso),
                    created_at=stamp,
                    updated_at=stamp,
                )
            )
    out.sort(key=lambda a: (a.start, a.end, a.label))
    return out


def write_page(
    conn: sqlite3.Connection, prepared: PreparedPage, lexicon: Lexicon, stamp: str
) -> tuple[int, bool]:
    """Insert the page; returns (document id, whether new labels were added)."""
    page = prepared.page
    document_id = rows.insert_document(
        conn,
        rows.NewDocument(
            name=prepared.name,
            path=prepared.path,
            sha256=prepared.sha256,
            encoding=page.encoding,
            raw=page.raw,
            imported_at=stamp,
            n_articles=len(page.articles),
            n_auto=0,
            warnings=prepared.warnings,
        ),
    )
    meta = page.meta
    rows.insert_page_geometry(
        conn,
        PageGeometry(
            document_id=document_id,
            format=page.format,
            size=page.size,
            image=page.image,
            boxes=page.boxes,
            paper=meta.paper,
            date=meta.date,
            page=meta.page,
            section=meta.section,
            issue=meta.issue,
            set_aside=page.set_aside,
        ),
    )
    wanted: dict[str, str] = {}
    n_auto = 0
    for article, extraction in zip(page.articles, prepared.extractions, strict=True):
        article_id = rows.insert_article(
            conn,
            rows.NewArticle(
                document_id=document_id,
                index=article.index,
                text=article.text,
                title=article.title,
                blocks=tuple(ArticleBlock(b.kind, b.start, b.end) for b in article.blocks),
                source_map=article.source_map,
                markers=tuple(
                    (m.kind, m.text, m.value, m.raw_start, m.raw_end) for m in article.markers
                ),
                continued_from=article.continued_from,
                continued_to=article.continued_to,
                byline_source=None if article.byline is None else article.byline.source,
                reporters=() if article.byline is None else article.byline.reporters,
                headline_confidence=article.headline_confidence,
            ),
        )
        annotations = auto_annotations(article_id, article, extraction, lexicon, stamp)
        for a in annotations:
            wanted.setdefault(a.label, a.kind)
        rows.insert_annotations(conn, annotations)
        n_auto += len(annotations)
    added = ensure_labels(conn, wanted)
    rows.set_document_auto_count(conn, document_id, n_auto)
    return document_id, added
