"""Plain records the facade (:mod:`desktop.core.library`) hands to the GUI, CLI and exporters.

They are snapshots: changing the project goes through edits (:mod:`desktop.core.edits`), never
through these objects. Offsets are code points into the article text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from desktop.core.errors import Problem, Template, as_problem
from desktop.core.model import FIGURE_KINDS, SetAside

AnnotationKind = Literal["entity", "figure"]
AnnotationSource = Literal["auto", "user"]
AnnotationStatus = Literal["suggested", "accepted", "rejected"]
ReviewStatus = Literal["new", "in_progress", "reviewed"]
REVIEW_STATUSES: tuple[ReviewStatus, ...] = ("new", "in_progress", "reviewed")


@dataclass(frozen=True, slots=True)
class FigureFields:
    kind: str
    value: Decimal | None
    unit: str | None
    approx: bool = False
    metric: str | None = None
    #: A date's ISO 8601 reading (``Figure.iso``: ``2025-02-22``, ``2025-02``, ``--02-22`` …),
    #: None for other kinds and dates without a calendar reading.
    iso: str | None = None


@dataclass(frozen=True, slots=True)
class Annotation:
    uuid: str
    article_id: int
    start: int
    end: int
    quote: str
    label: str
    kind: AnnotationKind
    source: AnnotationSource
    status: AnnotationStatus
    figure: FigureFields | None = None
    created_at: str = ""
    updated_at: str = ""
    #: the finder that suggested it ("rule:orgs", "lexicon", "model", ...; "" for none)
    suggested_by: str = ""
    #: how sure that finder was, in [0, 1]; None for spans nobody suggested
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    colour: str  # "#rrggbb"
    key: str  # a single key, e.g. "p"; "" for none
    kind: AnnotationKind
    description: str = ""


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: int
    name: str
    sha256: str
    encoding: str
    imported_at: str
    n_articles: int


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: int
    document_id: int
    document_name: str
    index: int  # position of the article on its page
    title: str  # the title, or the first words of the text
    status: ReviewStatus
    n_entities: int
    n_figures: int
    #: ids of the other fragments of the same logical article (continued across pages), in order
    linked: tuple[int, ...] = ()
    #: What the page's furniture says (None when unknown, e.g. plain text pages).
    paper: str | None = None
    date: str | None = None
    page: str | None = None
    #: What the reader warned of the article's page when it was imported (a page read
    #: shrunk, markup kept as text): the same for every article of the page.
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleBlock:
    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ArticleDetail:
    id: int
    document_id: int
    document_name: str
    index: int
    text: str
    blocks: tuple[ArticleBlock, ...]
    status: ReviewStatus
    continued_from: str | None
    continued_to: str | None
    byline_source: str | None
    reporters: tuple[str, ...]
    source_map: tuple[int, ...]  # raw offset per character, -1 for inserted characters
    linked: tuple[int, ...] = ()
    #: What the page's furniture says (None when unknown), as in :class:`ArticleSummary`.
    paper: str | None = None
    date: str | None = None
    page: str | None = None
    #: The page's import warnings, as in :class:`ArticleSummary`.
    warnings: tuple[Problem, ...] = ()


#: One span's before and after (``None``: absent), as an edit wrote it.
SpanChange = tuple["Annotation | None", "Annotation | None"]


@dataclass(frozen=True, slots=True)
class Changes:
    """What an edit changed, so each view refreshes only that (Anki's OpChanges).

    An edit's Changes also carries the records it wrote: ``spans`` (before and after of each
    annotation, once per uuid) and ``statuses`` (each article's new review status), so a view
    updates from them without reading back what the edit already knew. Changes made in bulk
    (a dataset import) may name ids without records; :attr:`has_records` tells which.
    """

    description: str = ""
    added: tuple[str, ...] = ()  # annotation uuids
    removed: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    articles: frozenset[int] = field(default_factory=frozenset)  # articles whose spans changed
    article_status: frozenset[int] = field(default_factory=frozenset)  # review status changed
    lexicon: bool = False
    labels: bool = False
    documents: bool = False  # documents/articles were added (an import)
    settings: bool = False  # a project setting changed (nested spans allowed)
    spans: tuple[SpanChange, ...] = ()
    statuses: tuple[tuple[int, ReviewStatus], ...] = ()

    @property
    def has_records(self) -> bool:
        """True when ``spans`` and ``statuses`` hold every change the ids name."""
        covered = {r.uuid for pair in self.spans for r in pair if r is not None}
        named = {*self.added, *self.removed, *self.updated}
        return named <= covered and self.article_status <= {a for a, _ in self.statuses}

    def after(self) -> dict[str, Annotation]:
        """The new record of every added or updated annotation, by uuid."""
        return {after.uuid: after for _before, after in self.spans if after is not None}

    def status_of(self, article_id: int) -> ReviewStatus | None:
        """The review status this change gave ``article_id`` (None: not changed here)."""
        for aid, status in self.statuses:
            if aid == article_id:
                return status
        return None

    def count_deltas(self) -> dict[int, tuple[int, int]]:
        """Per article, how its counts of entities and figures not rejected changed."""
        out: dict[int, tuple[int, int]] = {}
        for before, after in self.spans:
            for record, sign in ((before, -1), (after, 1)):
                if record is None or record.status == "rejected":
                    continue
                ent, fig = out.get(record.article_id, (0, 0))
                if record.kind == "entity":
                    ent += sign
                else:
                    fig += sign
                out[record.article_id] = (ent, fig)
        return out

    def __bool__(self) -> bool:
        return bool(
            self.added
            or self.removed
            or self.updated
            or self.article_status
            or self.lexicon
            or self.labels
            or self.documents
            or self.settings
        )


@dataclass(frozen=True, slots=True)
class ImportProblem:
    path: str
    message: str  # one line, names the file and the problem
    #: the problem part of ``message`` as a template and its values (``message`` ends with
    #: ``str(detail)``), for an interface that shows it in another language
    detail: Problem | None = None

    @classmethod
    def of(cls, name: str, problem: str | Template | Problem) -> ImportProblem:
        """``name: problem``, keeping the problem's template."""
        detail = as_problem(problem)
        return cls(name, f"{name}: {detail}", detail)


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()  # already in the project (same content hash)
    problems: tuple[ImportProblem, ...] = ()
    warnings: tuple[ImportProblem, ...] = ()
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A place where a term occurs, for "apply to all occurrences"."""

    article_id: int
    start: int
    end: int
    existing_uuid: str | None = None  # an annotation already at exactly this span
    existing_label: str | None = None
    existing_status: str | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    article_id: int
    start: int
    end: int
    snippet: str


@dataclass(frozen=True, slots=True)
class ExportArticle:
    """One (logical) article as the exporters see it: plain data, already filtered.

    ``char_lines[i]`` is the 1-based raw line of ``text[i]`` in its document, 0 for a character
    reflow inserted. Fragments of an article continued across pages arrive merged into one.
    """

    article_id: int
    document_id: int
    document_name: str
    index: int
    text: str
    blocks: tuple[ArticleBlock, ...]
    annotations: tuple[Annotation, ...]
    status: ReviewStatus
    title: str | None
    continued_from: str | None
    continued_to: str | None
    char_lines: tuple[int, ...]
    fragment_ids: tuple[int, ...] = ()
    #: The page furniture of the (first fragment's) page, None when unknown (plain text).
    paper: str | None = None
    date: str | None = None
    page: str | None = None


@dataclass(frozen=True, slots=True)
class DatasetRecord:
    """One record read back from a doccano or Label Studio file."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    meta: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """A document's page as laid out, for the scan view.

    ``boxes[i]`` is raw line ``i``'s box ``(x0, y0, x1, y1)`` in page units (pixels for
    every format but ALTO in mm10/inch1200), None for a line without one; empty for plain
    text. ``size`` is the page's ``(width, height)`` in the same units when the file states
    it; ``image`` the scan found beside the OCR file when it was imported.
    """

    document_id: int
    format: str = "text"
    size: tuple[float, float] | None = None
    image: str | None = None
    boxes: tuple[tuple[float, float, float, float] | None, ...] = ()
    paper: str | None = None
    date: str | None = None
    page: str | None = None
    section: str | None = None
    issue: str | None = None
    set_aside: tuple[SetAside, ...] = ()


@dataclass(frozen=True, slots=True)
class LineSpot:
    """The characters an article's text holds from one raw line: ``text[start:end]``."""

    article_id: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class LineBox:
    """A raw line (0-based) and its box on the page (None when the line has none)."""

    line: int
    box: tuple[float, float, float, float] | None


def figure_label(kind: str) -> str:
    """The label a figure of ``kind`` carries (money -> MONEY); one label per figure kind."""
    return kind.upper()


def label_figure_kind(label: str) -> str:
    """The figure kind of a figure label (MONEY -> money); ``other`` for a label of its own."""
    kind = label.lower()
    return kind if kind in FIGURE_KINDS else "other"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change in the project's history, as Edit > History lists it.

    ``what`` is the change in English (the edit's own description); ``edit`` the kind of
    change (``AddSpan``, ``Import``…). ``articles``: the articles whose spans or status it
    changed. ``reason`` says why it cannot be reverted ("" when it can: ``revertible``).
    """

    id: int
    at: str  # ISO 8601, UTC
    edit: str
    what: str
    articles: tuple[int, ...] = ()
    reason: str = ""

    @property
    def revertible(self) -> bool:
        return not self.reason
