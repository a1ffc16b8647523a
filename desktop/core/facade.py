"""What the window needs from a project, as typed protocols (the seam between gui and core).

:class:`~desktop.core.library.Library` implements :class:`LibraryView` (mypy checks it below);
the GUI's models, dialogs and the session are typed against these protocols and nothing else,
and the test fakes implement the narrow ones they stand in for (mypy checks them too), so a
fake cannot drift from the real facade unnoticed. Each protocol is what one part of the window
reads: a model that shows the article list needs :class:`ArticleSource`, not the whole library.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop.core.edits import Edit
from desktop.core.export.options import Offsets as Offsets  # re-exported for the GUI
from desktop.core.records import (
    Annotation,
    ArticleDetail,
    ArticleSummary,
    Changes,
    DocumentInfo,
    HistoryEntry,
    Label,
    LineSpot,
    Occurrence,
    PageGeometry,
    SearchHit,
)

# re-exported for the GUI: what a dataset import shows (preview, by article) and is (the edit)
from desktop.core.store.datasets import ArticleChange as ArticleChange
from desktop.core.store.datasets import DatasetPreview as DatasetPreview
from desktop.core.store.datasets import ImportDataset as ImportDataset

if TYPE_CHECKING:
    from desktop.core.library import ImportRun

FollowUp = Callable[[Changes], Sequence[Edit]]


class ArticleSource(Protocol):
    """The article list: summaries, all (filtered by a query) or of some articles."""

    def article_summaries(
        self, query: str = "", *, ids: Collection[int] | None = None
    ) -> list[ArticleSummary]: ...


class SpanSource(Protocol):
    """Articles and their spans, for the reader, the tables and the previews."""

    def article(self, article_id: int) -> ArticleDetail: ...
    def annotations(self, article_id: int) -> list[Annotation]: ...
    def annotation(self, uuid: str) -> Annotation | None: ...


class ProjectSettings(Protocol):
    """The project's own choices: whether nested spans are allowed (change it by applying
    :class:`~desktop.core.edits.SetNestedSpans`, undoable like any edit)."""

    def nested_spans(self) -> bool: ...


class OccurrenceSource(SpanSource, ProjectSettings, Protocol):
    """The apply-to-all preview: the labels, where a term occurs, and whether the project
    allows nested spans (then occurrences inside a longer entity are ticked too)."""

    def labels(self) -> list[Label]: ...
    def occurrences(self, article_id: int, text: str, scope: str) -> list[Occurrence]: ...


class SearchSource(Protocol):
    """Find in project: hits, and the articles they are in."""

    def article(self, article_id: int) -> ArticleDetail: ...
    def search(
        self, query: str, article_id: int | None = None, limit: int = 200
    ) -> list[SearchHit]: ...


class Applier(Protocol):
    """Applies and reverts edits (the undo stack's side of the facade)."""

    def apply(self, edit: Edit, *, follow_up: FollowUp | None = None) -> Changes: ...
    def revert(self, edit: Edit) -> Changes: ...


class HistorySource(Protocol):
    """Edit > History: the project's changes, newest first."""

    def history_entries(self, limit: int = 1000) -> list[HistoryEntry]: ...


class DatasetImporter(Applier, Protocol):
    """Importing a dataset file from the window: the preview (what it adds, removes and
    replaces, by article; DatasetError, one line, for a file it refuses), the edit, and
    applying it (an undo command's redo; :meth:`Applier.revert` is its undo)."""

    def preview_dataset(
        self, fmt: str, path: str | Path, *, offsets: str | None = None
    ) -> DatasetPreview: ...
    def dataset_edit(
        self,
        fmt: str,
        path: str | Path,
        *,
        replace: bool = False,
        offsets: str | None = None,
        reviewed: bool = False,
    ) -> ImportDataset: ...
    def import_edit(self, edit: ImportDataset) -> Changes: ...


class ReviewQueue(Protocol):
    """What to review next: open suggestions least sure first (issue 10)."""

    def least_confident(self, article_id: int) -> list[Annotation]: ...
    def next_least_confident(
        self, article_id: int, after: str | None = None
    ) -> Annotation | None: ...
    def articles_to_review(self, limit: int | None = None) -> list[tuple[int, float]]: ...


class LibraryView(
    ArticleSource,
    OccurrenceSource,
    SearchSource,
    DatasetImporter,
    HistorySource,
    ReviewQueue,
    ProjectSettings,
    Protocol,
):
    """Everything the window uses of an open project."""

    @property
    def path(self) -> Path: ...

    def close(self) -> None: ...
    def documents(self) -> list[DocumentInfo]: ...
    def document_raw(self, document_id: int) -> str: ...
    def raw_lines(self, article_id: int, start: int, end: int) -> list[int]: ...
    def page_geometry(self, document_id: int) -> PageGeometry: ...
    def locate_line(self, document_id: int, line: int) -> LineSpot | None: ...
    def batch(self) -> AbstractContextManager[None]: ...
    def begin_import(
        self, paths: Sequence[str | Path], *, jobs: int | None = None
    ) -> ImportRun: ...


def open_library(path: str | Path, *, adopt_empty: bool = True) -> LibraryView:
    """Open (or create) the project at ``path`` (ProjectError, one line, when it cannot be;
    also for an existing empty file unless ``adopt_empty``)."""
    from desktop.core.library import Library

    return Library.open(path, adopt_empty=adopt_empty)


def warm_up() -> None:
    """Load the extractor's dictionaries now (the first import then does not wait for them)."""
    from desktop.core.extract import warm_up as load

    load()


if TYPE_CHECKING:  # the real facade implements the protocol (mypy checks this assignment)
    from desktop.core.library import Library

    def _conforms(lib: Library) -> LibraryView:
        return lib
