"""Small record factories for widget tests that need no project file."""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal

from desktop.core.facade import ArticleSource, SpanSource
from desktop.core.records import (
    Annotation,
    ArticleBlock,
    ArticleDetail,
    ArticleSummary,
    FigureFields,
    Label,
)

LABELS = [
    Label("PER", "#e53935", "p", "entity"),
    Label("LOC", "#1e88e5", "l", "entity"),
    Label("ORG", "#43a047", "o", "entity"),
    Label("MONEY", "#8e24aa", "", "figure"),
]


def detail(
    text: str, blocks: tuple[tuple[str, int, int], ...] = (), article_id: int = 1
) -> ArticleDetail:
    if not blocks:
        blocks = (("paragraph", 0, len(text)),)
    return ArticleDetail(
        id=article_id,
        document_id=1,
        document_name="page.txt",
        index=0,
        text=text,
        blocks=tuple(ArticleBlock(k, s, e) for k, s, e in blocks),
        status="new",
        continued_from=None,
        continued_to=None,
        byline_source=None,
        reporters=(),
        source_map=tuple(range(len(text))),
    )


def ann(
    text: str,
    start: int,
    end: int,
    label: str = "PER",
    status: str = "suggested",
    uuid: str | None = None,
    article_id: int = 1,
    value: str | None = None,
) -> Annotation:
    figure = None
    kind = "entity"
    if value is not None:
        kind = "figure"
        figure = FigureFields("money", Decimal(value), "元", False, "产值")
    return Annotation(
        uuid=uuid or f"u{start}-{end}-{label}",
        article_id=article_id,
        start=start,
        end=end,
        quote=text[start:end],
        label=label,
        kind=kind,  # type: ignore[arg-type]
        source="auto",
        status=status,  # type: ignore[arg-type]
        figure=figure,
    )


def summary(
    article_id: int, title: str, status: str = "new", n_ent: int = 0, n_fig: int = 0
) -> ArticleSummary:
    return ArticleSummary(
        id=article_id,
        document_id=1,
        document_name="page.txt",
        index=article_id - 1,
        title=title,
        status=status,  # type: ignore[arg-type]
        n_entities=n_ent,
        n_figures=n_fig,
    )


class FakeLibrary:
    """The facade's reading side for model tests (no file, no SQL): the article list's
    :class:`ArticleSource` and the tables' :class:`SpanSource`, checked by mypy below."""

    def __init__(self, summaries: list[ArticleSummary], annotations: list[Annotation]) -> None:
        self.summaries = summaries
        self.by_uuid = {a.uuid: a for a in annotations}
        self.summary_calls = 0

    def article_summaries(
        self, query: str = "", *, ids: Collection[int] | None = None
    ) -> list[ArticleSummary]:
        self.summary_calls += 1
        return [s for s in self.summaries if query in s.title and (ids is None or s.id in ids)]

    def article(self, article_id: int) -> ArticleDetail:
        found = next(s for s in self.summaries if s.id == article_id)
        return detail(found.title, article_id=article_id)

    def annotations(self, article_id: int) -> list[Annotation]:
        return [a for a in self.by_uuid.values() if a.article_id == article_id]

    def annotation(self, uuid: str) -> Annotation | None:
        return self.by_uuid.get(uuid)


def _conforms(fake: FakeLibrary) -> tuple[ArticleSource, SpanSource]:
    """mypy checks that the fake is what the models take (``make lint``)."""
    return fake, fake
