"""The facade over a project file: the only door the GUI and the CLI use.

Reads return plain records (:mod:`desktop.core.records`). Every write — an edit, its revert, a
new label, one imported page, one dataset import — is one transaction with its history row, is
on disk when the call returns, and returns :class:`~desktop.core.records.Changes` saying what
changed so each view refreshes only that. Errors the user can act on are
:class:`~desktop.core.errors.ProjectError` / :class:`~desktop.core.errors.EditError` /
:class:`~desktop.core.errors.DatasetError`, each one line.

One ``Library`` is used from one thread at a time (the GUI's main thread); workers only compute
(:mod:`desktop.core.importer`) and hand their results to :meth:`Library.store_prepared`.
"""

from __future__ import annotations

import bisect
import os
import sqlite3
from collections.abc import Callable, Collection, Generator, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import replace as with_fields
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import edits as edits_mod
from desktop.core import linking
from desktop.core.decode import shown_name
from desktop.core.edits import Edit
from desktop.core.errors import EditError, NewsdeskError, ProjectError, Template
from desktop.core.export.options import ExportOptions, ExportSummary, Offsets
from desktop.core.importer import PreparedPage, content_hash, expand_paths, iter_prepared
from desktop.core.labels import label_problem, shown

if TYPE_CHECKING:
    from desktop.core.extract import Extractor
    from desktop.core.learn import TrainReport
from desktop.core.model import line_starts
from desktop.core.ocr.common import MAX_OCR_BYTES
from desktop.core.records import (
    Annotation,
    ArticleDetail,
    ArticleSummary,
    Changes,
    DocumentInfo,
    HistoryEntry,
    ImportProblem,
    ImportReport,
    Label,
    LineBox,
    LineSpot,
    Occurrence,
    PageGeometry,
    SearchHit,
)
from desktop.core.store import assemble, deltas, rows
from desktop.core.store.db import (
    check_intact,
    connect,
    connect_readonly,
    create_atomically,
    environment_error,
    transaction,
)
from desktop.core.store.db import (
    is_empty_file as _empty_file,
)
from desktop.core.store.migrations import SCHEMA_VERSION, check_readonly, migrate
from desktop.core.store.pages import entity_suggestions, project_lexicon, write_page

if TYPE_CHECKING:
    from desktop.core.store.datasets import DatasetPreview, ImportDataset

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
FollowUp = Callable[[Changes], Sequence[Edit]]
SCOPES = ("article", "document", "project")

REFUSED = Template("{project}: refused by the project file ({reason})")
NO_DOCUMENT = Template("document {document} does not exist")
NO_ARTICLE = Template("article {article} does not exist")
UNKNOWN_SCOPE = Template("unknown scope {scope} (use article, document or project)")
NOT_APPLIED = Template("{edit}: not applied, nothing to undo")
BAD_LABEL_NAME = Template("label name {name}: {problem}")
BAD_LABEL_KIND = Template("label {name}: kind must be entity or figure, not {kind}")
LABEL_EXISTS = Template("label {name} already exists")
KEY_USED = Template("label {name}: key {key} is already used")


def is_empty_file(path: str | os.PathLike[str]) -> bool:
    """``path`` is an existing file of 0 bytes: not a project, and :meth:`Library.open` with
    ``adopt_empty=False`` refuses it, so a window can ask before making it one."""
    return _empty_file(Path(path))


DEFAULT_CHECKPOINT_PAGES = 1000  # SQLite's default: about 4 MB of WAL
BULK_CHECKPOINT_PAGES = 50_000  # about 200 MB: a checkpoint per few thousand imported pages


class Library:
    """An open project file. Use :meth:`open`; call :meth:`close` when done (or ``with``)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._line_starts: dict[int, tuple[int, ...]] = {}
        self._geometry: dict[int, PageGeometry] = {}

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        create: bool = True,
        readonly: bool = False,
        adopt_empty: bool = True,
    ) -> Library:
        """Open (and create + migrate when missing) a project. ProjectError when the file is
        not a newsdesk project, was written by a newer version, is locked or damaged.

        ``adopt_empty`` False: an existing empty file is refused (ProjectError, nothing
        written) instead of becoming a new project; the window and the CLI pass False unless
        the user said to make it one (:func:`is_empty_file` lets them ask first).

        ``readonly`` (``stats``, ``export``): nothing is created or changed, not even the
        journal mode; a file that is not a project at this version is refused as it is."""
        p = Path(path)
        if readonly:
            conn = connect_readonly(p)
            try:
                check_readonly(conn, p)
                check_intact(conn, p)
            except BaseException:
                conn.close()
                raise
            return cls(p, conn)
        if create and (not p.exists() or (adopt_empty and is_empty_file(p))):
            create_atomically(p, migrate)
        conn = connect(p, create=create, adopt_empty=adopt_empty)
        try:
            migrate(conn, p)
            check_intact(conn, p)
        except BaseException:
            conn.close()
            raise
        return cls(p, conn)

    def close(self) -> None:
        with suppress(sqlite3.Error):  # also when closed already (a second close is a no-op)
            if not self._conn.execute("PRAGMA query_only").fetchone()[0]:
                self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction; SQLite errors from the environment become ProjectError."""
        try:
            with transaction(self._conn) as conn:
                yield conn
        except sqlite3.IntegrityError as exc:
            raise EditError(REFUSED(project=self.path.name, reason=str(exc))) from exc
        except sqlite3.OperationalError as exc:
            raise environment_error(self.path, exc) from exc
        except sqlite3.DatabaseError as exc:
            raise environment_error(self.path, exc) from exc

    @contextmanager
    def batch(self) -> Iterator[None]:
        """For many :meth:`store_prepared` calls in a row (an import; the GUI's page-by-page
        import may use it too). Checkpoints the WAL once after the batch instead of every ~4 MB
        during it (each checkpoint syncs the database file, which costs more than storing a
        page), and does not sync the log at each page's commit: a crash of the program still
        loses nothing committed and never leaves a partial page; a power cut may lose the last
        pages, which importing the same files again adds back. Edits outside a batch sync at
        every commit.
        """
        self._conn.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES}")
        self._conn.execute("PRAGMA synchronous = NORMAL")
        try:
            yield
        finally:
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute(f"PRAGMA wal_autocheckpoint = {DEFAULT_CHECKPOINT_PAGES}")
            with suppress(sqlite3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    # --- reading ---------------------------------------------------------------------------

    def labels(self) -> list[Label]:
        return rows.labels(self._conn)

    def documents(self) -> list[DocumentInfo]:
        return rows.documents(self._conn)

    def document_raw(self, document_id: int) -> str:
        raw = rows.document_raw(self._conn, document_id)
        if raw is None:
            raise ProjectError(str(self.path), NO_DOCUMENT(document=document_id))
        return raw

    def article_summaries(
        self, query: str = "", *, ids: Collection[int] | None = None
    ) -> list[ArticleSummary]:
        """Articles in page order; ``query`` keeps those whose title or text contains it.
        ``ids`` limits the list to those articles: a cheap refresh of the rows an edit's
        Changes names, where the whole list of a large project takes a noticeable moment."""
        return rows.article_summaries(self._conn, query, ids)

    def article_count(self) -> int:
        return rows.article_count(self._conn)

    def article(self, article_id: int) -> ArticleDetail:
        found = rows.article(self._conn, article_id)
        if found is None:
            raise ProjectError(str(self.path), NO_ARTICLE(article=article_id))
        return found

    def annotations(self, article_id: int) -> list[Annotation]:
        return rows.article_annotations(self._conn, article_id)

    def annotation(self, uuid: str) -> Annotation | None:
        return rows.annotation(self._conn, uuid)

    def least_confident(self, article_id: int) -> list[Annotation]:
        """The article's open suggestions, least sure first (each carries ``suggested_by``
        and ``confidence``; suggestions stored before confidences existed are left out)."""
        return rows.least_confident(self._conn, article_id)

    def next_least_confident(self, article_id: int, after: str | None = None) -> Annotation | None:
        """The open suggestion to review next in the article: the least sure one, or the one
        after the suggestion ``after`` (a uuid) in that order; None when there is none."""
        order = rows.least_confident(self._conn, article_id)
        if after is not None:
            uuids = [a.uuid for a in order]
            if after in uuids:
                order = order[uuids.index(after) + 1 :]
        return order[0] if order else None

    def train_model(
        self,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> TrainReport:
        """Train and store the project's own entity model from its reviewed articles (safe
        to run in a worker thread with its own Library; see :mod:`desktop.core.learn`)."""
        from desktop.core.learn import train_project

        return train_project(self._conn, str(self.path), progress=progress, cancelled=cancelled)

    def resuggest(self, extractor: Extractor | None = None) -> edits_mod.Resuggest:
        """Re-suggest the entities of every article not yet reviewed with ``extractor``
        (default: the project's, e.g. after :meth:`train_model`), as one undoable edit: the
        returned edit is applied; ``revert`` it to undo."""
        edit = self.resuggestion(extractor)
        self.apply(edit)
        return edit

    def resuggestion(self, extractor: Extractor | None = None) -> edits_mod.Resuggest:
        """The edit :meth:`resuggest` applies, built and NOT applied: the window builds it in a
        worker (extraction over every open article) and applies it on its own thread."""
        ext = extractor or self.extractor()
        lexicon = project_lexicon(self._conn)
        stamp = edits_mod.now()
        suggestions: dict[int, tuple[Annotation, ...]] = {}
        for article_id in rows.open_article_ids(self._conn):
            text = rows.article_text(self._conn, article_id) or ""
            entities = ext.extract(text).entities
            suggestions[article_id] = tuple(
                entity_suggestions(article_id, text, entities, lexicon, stamp)
            )
        return edits_mod.Resuggest(suggestions)

    def extractor(self) -> Extractor:
        """The extractor for this project: its own model when trained, else the shipped one."""
        from desktop.core.learn import project_extractor

        return project_extractor(self._conn)

    def articles_to_review(self, limit: int | None = None) -> list[tuple[int, float]]:
        """(article id, lowest confidence of its open suggestions) for articles not reviewed,
        least sure first: "next article to review" is the first."""
        return rows.articles_by_confidence(self._conn, limit)

    def raw_lines(self, article_id: int, start: int, end: int) -> list[int]:
        """0-based lines of :meth:`document_raw` that ``text[start:end]`` came from."""
        detail = self.article(article_id)
        starts = self._starts(detail.document_id)
        offsets = [o for o in detail.source_map[max(0, start) : max(0, end)] if o >= 0]
        return sorted({bisect.bisect_right(starts, o) - 1 for o in offsets})

    def page_geometry(self, document_id: int) -> PageGeometry:
        """The document's page as laid out (format, size, scan, one box per raw line, page
        furniture, set-aside lines); a plain-text page has no boxes. Pages do not change
        after import, so each is read once."""
        found = self._geometry.get(document_id)
        if found is None:
            found = rows.page_geometry(self._conn, document_id)
            if found is None:
                if rows.document_raw(self._conn, document_id) is None:
                    raise ProjectError(str(self.path), NO_DOCUMENT(document=document_id))
                found = PageGeometry(document_id)
            self._geometry[document_id] = found
        return found

    def article_boxes(self, article_id: int, start: int, end: int) -> list[LineBox]:
        """The raw lines ``text[start:end]`` of an article came from, each with its box on the
        page (None for a line without one, and for every line of a plain-text page)."""
        detail = self.article(article_id)
        boxes = self.page_geometry(detail.document_id).boxes
        return [
            LineBox(line, boxes[line] if line < len(boxes) else None)
            for line in self.raw_lines(article_id, start, end)
        ]

    def locate_line(self, document_id: int, line: int) -> LineSpot | None:
        """Where raw ``line`` of a page went: the article and the range of its text made from
        that line (the first article holding any of it), or None when the line is in no
        article (blank, page furniture, noise, a removed marker). The reverse of
        :meth:`raw_lines`, for a click on the page."""
        starts = self._starts(document_id)
        if not 0 <= line < len(starts):
            return None
        low = starts[line]
        high = starts[line + 1] if line + 1 < len(starts) else len(self.document_raw(document_id))
        for article_id in rows.article_ids(self._conn, document_id):
            inside = [
                i for i, o in enumerate(self.article(article_id).source_map) if low <= o < high
            ]
            if inside:
                return LineSpot(article_id, inside[0], inside[-1] + 1)
        return None

    def _starts(self, document_id: int) -> tuple[int, ...]:
        if document_id not in self._line_starts:
            self._line_starts[document_id] = line_starts(self.document_raw(document_id))
        return self._line_starts[document_id]

    def occurrences(self, article_id: int, text: str, scope: str) -> list[Occurrence]:
        """Every place ``text`` occurs in the article, its document or the whole project, in
        page order; an annotation already at exactly that span is named (not rejected ones
        first)."""
        if scope not in SCOPES:
            raise EditError(UNKNOWN_SCOPE(scope=repr(scope)))
        if not text:
            return []
        if scope == "article":
            found = rows.texts_matching(self._conn, text, article_id)
        elif scope == "document":
            document_id = self.article(article_id).document_id
            found = rows.texts_matching(self._conn, text, document_id=document_id)
        else:
            found = rows.texts_matching(self._conn, text)
        existing = rows.spans_quoting(self._conn, text, [aid for aid, _ in found])
        out: list[Occurrence] = []
        for aid, article_text in found:
            start = article_text.find(text)
            while start != -1:
                end = start + len(text)
                hit = existing.get((aid, start, end))
                if hit is None:
                    out.append(Occurrence(aid, start, end))
                else:
                    out.append(Occurrence(aid, start, end, *hit))
                start = article_text.find(text, end)
        return out

    def search(
        self, query: str, article_id: int | None = None, limit: int = 200
    ) -> list[SearchHit]:
        """Substring search over article text (trigram index for 3+ characters)."""
        query = query.strip()
        if not query:
            return []
        hits: list[SearchHit] = []
        for aid, text in rows.texts_matching(self._conn, query, article_id, limit):
            start = text.find(query)
            while start != -1:
                end = start + len(query)
                snippet = text[max(0, start - 20) : end + 20].replace("\n", " ")
                hits.append(SearchHit(aid, start, end, snippet))
                if len(hits) >= limit:
                    return hits
                start = text.find(query, end)
        return hits

    def stats(self) -> dict[str, Any]:
        out = rows.stats(self._conn)
        out["project"] = str(self.path)
        out["schema_version"] = SCHEMA_VERSION
        try:
            out["file_bytes"] = self.path.stat().st_size
        except OSError:
            out["file_bytes"] = None
        return out

    def history(self, limit: int = 100) -> list[dict[str, Any]]:
        return rows.history(self._conn, limit)

    def history_entries(self, limit: int = 1000) -> list[HistoryEntry]:
        """The project's changes, newest first, as Edit > History lists them; each can be
        reverted with ``apply(RevertHistory(entry.id))`` unless ``entry.reason`` says why not."""
        return [edits_mod.history_entry(row) for row in rows.history(self._conn, limit)]

    def lexicon(self) -> list[rows.LexiconEntry]:
        return rows.lexicon(self._conn)

    def nested_spans(self) -> bool:
        """Whether the project allows nested spans (default off). Change it with
        ``apply(SetNestedSpans(on))``: undoable, in the history. Allowed, resizes keep inner
        spans, apply-to-all ticks occurrences inside longer entities and every export is
        written with ``allow_nested``."""
        return edits_mod.nested_spans(self._conn)

    def settings(self) -> dict[str, str]:
        """The project's settings by name, as words (``nested_spans``: ``on``/``off``)."""
        return {"nested_spans": "on" if self.nested_spans() else "off"}

    # --- edits -----------------------------------------------------------------------------

    def apply(self, edit: Edit, *, follow_up: FollowUp | None = None) -> Changes:
        """Apply (or re-apply) ``edit``: one transaction with its history row. An edit that
        changes nothing (accepting an accepted span) writes nothing and returns empty Changes.

        ``follow_up`` is asked, with what ``edit`` changed, for edits that belong to the same
        step (the window's "the first edit in a new article starts its review"); they are
        written in the same transaction and become part of ``edit``'s delta, so one revert
        undoes them all. A follow-up the core refuses (EditError while planning) is left out.
        """
        with self._write() as conn:
            delta = edit.plan(conn)
            reverts_creations = isinstance(edit, edits_mod.RevertHistory) and bool(edit.created)
            if delta.is_empty() and not reverts_creations:
                edit.applied = delta
                return Changes(description=edit.description)
            deltas.write(conn, delta, expect_current=False)
            removed = rows.Removed()
            if isinstance(edit, edits_mod.RevertHistory) and edit.created:
                # reverting an import also takes away what it created and is still untouched
                # (before the follow-ups: the review they would start is not work done there)
                removed = rows.remove_unused(conn, *edit.created)
                edit.removed = removed
            for extra in follow_up(delta.changes(edit.description)) if follow_up else ():
                try:
                    more = extra.plan(conn)
                except EditError:
                    continue
                deltas.write(conn, more, expect_current=False)
                delta = delta.then(more)
            before, after = delta.as_json()
            rows.insert_history(
                conn, edits_mod.now(), edits_mod.edit_name(edit), edit.description, before, after
            )
        edit.applied = delta
        changes = delta.changes(edit.description)
        if not removed:
            return changes
        return with_fields(
            changes,
            documents=changes.documents or bool(removed.documents),
            labels=changes.labels or bool(removed.labels),
        )

    def revert(self, edit: Edit) -> Changes:
        """Undo the last apply of ``edit``; refused (EditError) if it was never applied or the
        spans it wrote have been changed by a later edit since."""
        from desktop.core.store.datasets import ImportDataset

        delta = edit.applied
        if delta is None:
            raise EditError(NOT_APPLIED(edit=edit.description))
        inverse = delta.inverse()
        description = f"Undo {edit.description}"
        # a dataset import also created documents and labels: its undo takes them away
        creations = (
            isinstance(edit, ImportDataset) and bool(edit.created_documents or edit.created_labels)
        ) or (isinstance(edit, edits_mod.RevertHistory) and bool(edit.removed))
        if delta.is_empty() and not creations:
            edit.applied = None
            return Changes(description=description)
        removed = rows.Removed()
        restored = rows.Removed()
        with self._write() as conn:
            if isinstance(edit, edits_mod.RevertHistory) and edit.removed:
                # the revert of an import took its documents and labels: back first, so the
                # spans coming back have their articles
                rows.restore(conn, edit.removed)
                restored, edit.removed = edit.removed, rows.Removed()
            deltas.write(conn, inverse, expect_current=True)
            if isinstance(edit, ImportDataset):
                removed = edit.remove_created(conn)
            before, after = inverse.as_json()
            rows.insert_history(
                conn,
                edits_mod.now(),
                f"Undo{edits_mod.edit_name(edit)}",
                description,
                before,
                after,
            )
        edit.applied = None
        changes = inverse.changes(description)
        documents = changes.documents or bool(removed.documents or restored.documents)
        labels = changes.labels or bool(removed.labels or restored.labels)
        return with_fields(changes, documents=documents, labels=labels)

    def add_label(self, label: Label) -> Changes:
        name = label.name.strip()
        problem = label_problem(name)
        if problem is not None:
            raise EditError(BAD_LABEL_NAME(name=shown(label.name), problem=problem))
        if label.kind not in ("entity", "figure"):
            raise EditError(BAD_LABEL_KIND(name=name, kind=repr(label.kind)))
        if any(existing.name == name for existing in self.labels()):
            raise EditError(LABEL_EXISTS(name=name))
        if label.key and any(existing.key == label.key for existing in self.labels()):
            raise EditError(KEY_USED(name=name, key=repr(label.key)))
        with self._write() as conn:
            rows.insert_label(conn, label)
            rows.insert_history(
                conn,
                edits_mod.now(),
                "AddLabel",
                f"Add label {name}",
                {},
                {"label": name, "colour": label.colour, "key": label.key, "kind": label.kind},
            )
        return Changes(description=f"Add label {name}", labels=True)

    # --- import ----------------------------------------------------------------------------

    def store_prepared(self, prepared: PreparedPage) -> Changes:
        """Write one prepared page in one transaction; an empty Changes when a page with the
        same content is already in the project."""
        if not isinstance(prepared, PreparedPage):
            raise TypeError(f"store_prepared takes a PreparedPage, not {type(prepared).__name__}")
        with self._write() as conn:
            if rows.document_id_by_sha(conn, prepared.sha256) is not None:
                return Changes()
            lexicon = project_lexicon(conn)
            document_id, added_labels = write_page(conn, prepared, lexicon, edits_mod.now())
            if _may_link(conn, prepared, document_id):
                _relink(conn, document_id)
            rows.insert_history(
                conn,
                edits_mod.now(),
                "Import",
                f"Import {prepared.name}",
                {},
                {"document": document_id, "name": prepared.name, "sha256": prepared.sha256},
            )
        return Changes(description=f"Import {prepared.name}", documents=True, labels=added_labels)

    def import_paths(
        self,
        paths: Sequence[str | Path],
        *,
        jobs: int | None = None,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> ImportReport:
        """Import files and folders. Pages already in the project (same content) are skipped
        without being prepared; a bad file becomes a problem and the rest continues.

        The synchronous driver of :meth:`begin_import` (the CLI, scripts, tests); the window
        drives the same :class:`ImportRun` from a worker thread."""
        run = self.begin_import(paths, jobs=jobs)
        stop = cancel or (lambda: False)
        items = run.items(stop)
        with closing(items), self.batch():  # closing: stops the pool at once on cancel/error
            for item in items:
                run.take(item)
                if progress is not None:
                    progress(run.done, run.total, run.last_path)
                if stop():
                    break
        return run.report(cancelled=cancel is not None and run.done < run.total)

    def begin_import(self, paths: Sequence[str | Path], *, jobs: int | None = None) -> ImportRun:
        """An import of ``paths``, to be driven: :meth:`ImportRun.items` (pure compute, any
        thread) hands each result to :meth:`ImportRun.take` (this library's thread, inside
        :meth:`batch`), which stores it. Whether a process pool prepares the pages is decided
        by the importer (``POOL_MIN_PAGES``) unless ``jobs`` says."""
        return ImportRun(self, [str(p) for p in paths], jobs, rows.known_hashes(self._conn))

    # --- datasets --------------------------------------------------------------------------

    def export(
        self,
        fmt: str,
        out: str | Path,
        *,
        reviewed_only: bool = False,
        accepted_only: bool = False,
        labels: Sequence[str] | None = None,
        suggestions: bool = False,
        offsets: Offsets = "utf16",
        csv_bom: bool = True,
        allow_nested: bool = False,
    ) -> int:
        """Write the (filtered) dataset in ``fmt``; returns the number of articles written.
        See :meth:`export_dataset`."""
        summary = self.export_dataset(
            fmt,
            out,
            reviewed_only=reviewed_only,
            accepted_only=accepted_only,
            labels=labels,
            options=ExportOptions(suggestions, offsets, csv_bom, allow_nested),
        )
        return summary.articles

    def export_dataset(
        self,
        fmt: str,
        out: str | Path,
        *,
        reviewed_only: bool = False,
        accepted_only: bool = False,
        labels: Sequence[str] | None = None,
        options: ExportOptions | None = None,
    ) -> ExportSummary:
        """Write the (filtered) dataset in ``fmt`` and say what was written. By default that is
        the corrected dataset: accepted spans and the spans of reviewed articles; unreviewed
        suggestions only with ``ExportOptions(suggestions=True)``. Articles continued across
        pages are exported merged, as one. ``allow_nested`` is the project's choice to annotate
        spans inside spans (brat's config then allows overlap): a project that allows nested
        spans (:meth:`nested_spans`) is always exported with it, whoever calls (the CLI, the
        window)."""
        from desktop.core import export as export_mod

        options = options or ExportOptions()
        if self.nested_spans() and not options.allow_nested:
            options = with_fields(options, allow_nested=True)

        articles = assemble.export_articles(
            self._conn,
            reviewed_only=reviewed_only,
            accepted_only=accepted_only,
            labels=None if labels is None else frozenset(labels),
        )
        return export_mod.write(fmt, articles, Path(out), options)

    def preview_dataset(
        self, fmt: str, path: str | Path, *, offsets: str | None = None
    ) -> DatasetPreview:
        """What importing ``path`` would add, remove and replace, by article; writes nothing
        (the CLI's ``--dry-run``, the window's preview before it applies the edit)."""
        from desktop.core.store import datasets

        conn = self._conn
        try:
            conn.execute("BEGIN")  # one consistent read; rolled back: a preview never writes
            try:
                planned = datasets.plan(conn, fmt, Path(path), offsets=offsets, write=False)
            finally:
                conn.execute("ROLLBACK")
        except sqlite3.DatabaseError as exc:
            raise environment_error(self.path, exc) from exc
        return planned.preview

    def dataset_edit(
        self,
        fmt: str,
        path: str | Path,
        *,
        replace: bool = False,
        offsets: str | None = None,
        reviewed: bool = False,
    ) -> ImportDataset:
        """The import of ``path`` as one reversible edit: give it to :meth:`import_edit` (or
        push it on the window's undo stack, which applies it that way); :meth:`revert` undoes
        it. It refuses to remove or replace spans unless ``replace``."""
        from desktop.core.store.datasets import ImportDataset

        return ImportDataset(
            fmt=fmt, path=Path(path), replace=replace, offsets=offsets, reviewed=reviewed
        )

    def import_edit(self, edit: ImportDataset) -> Changes:
        """Apply a dataset import (or re-apply it, a redo): one transaction, with a history
        row holding every annotation it adds, removes or replaces in full (so it can be
        reverted from the history, after a restart too)."""
        with self._write() as conn:
            delta = edit.plan(conn)
            deltas.write(conn, delta, expect_current=False)
            before, after = delta.as_json()
            preview = edit.preview
            after["format"] = edit.fmt
            after["path"] = str(edit.path)
            after["offsets"] = preview.offsets if preview else None
            # what it created besides spans: a revert from the history takes it away too
            shas = rows.document_shas(conn, edit.created_documents)
            after["created_documents"] = [[i, shas[i]] for i in edit.created_documents]
            after["created_labels"] = list(edit.created_labels)
            rows.insert_history(
                conn,
                edits_mod.now(),
                edits_mod.edit_name(edit),
                edit.description,
                before,
                after,
            )
        edit.applied = delta
        changes = delta.changes(edit.description)
        return with_fields(changes, documents=edit.documents, labels=edit.labels)

    def import_dataset(
        self,
        fmt: str,
        path: str | Path,
        *,
        replace: bool = False,
        offsets: str | None = None,
        reviewed: bool = False,
    ) -> Changes:
        """Read doccano JSONL or Label Studio JSON and make each matching article's spans those
        of its record (one transaction, one reversible edit). See
        :mod:`desktop.core.store.datasets`; ``replace`` allows removing and replacing spans;
        ``reviewed`` marks the records' articles reviewed (finished corrections that a project
        model learns from)."""
        return self.import_edit(
            self.dataset_edit(fmt, path, replace=replace, offsets=offsets, reviewed=reviewed)
        )

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check and the quote invariant (empty: fine)."""
        problems = []
        result = rows.integrity_check(self._conn)
        if result != "ok":
            problems.append(result)
        for article_id, anns in rows.all_annotations(self._conn).items():
            text = rows.article_text(self._conn, article_id) or ""
            for ann in anns:
                try:
                    deltas.check_quote(ann, text)
                except NewsdeskError as exc:
                    problems.append(str(exc))
        return problems


#: What :meth:`ImportRun.items` yields: a page to store, a page that could not be prepared,
#: or the path of a file whose content is already in the project.
ImportItem = PreparedPage | ImportProblem | Path


class ImportRun:
    """One import, the only one there is: the CLI's, the window's and the tests'.

    :meth:`items` runs where the computing happens (a worker thread in the window, the caller's
    thread in :meth:`Library.import_paths`): it expands the paths, hashes each file to skip
    the pages already in the project unread, and prepares the others
    (:func:`~desktop.core.importer.iter_prepared`). :meth:`take` runs on the library's thread:
    it stores one result and keeps the tally that becomes the :class:`ImportReport`.
    """

    def __init__(
        self, library: Library, paths: list[str], jobs: int | None, known: set[str]
    ) -> None:
        self._library = library
        self._paths = paths
        self._jobs = jobs
        self._known = known
        # expanded now (listing folders is quick; preparing pages is the slow part), so the
        # caller can say how many files there are before the first is ready
        self._files = expand_paths(paths)
        self.total = len(self._files)
        self.done = 0
        self.last_path = ""
        self._imported: list[str] = []
        self._skipped: list[str] = []
        self._problems: list[ImportProblem] = []
        self._warnings: list[ImportProblem] = []

    def items(self, cancel: CancelFn) -> Generator[ImportItem, None, None]:
        """Every file's outcome, known pages first. Pure compute: safe in a worker thread.
        :attr:`total` (the files, folders expanded) is known from construction."""
        files = self._files
        todo: list[Path] = []
        for f in files:
            try:  # a file too large to be a page is left for preparing to refuse, unread
                small = f.is_file() and f.stat().st_size <= MAX_OCR_BYTES
                sha = content_hash(f) if small else None
            except OSError:
                sha = None
            if sha is not None and sha in self._known:
                yield f
                continue
            if sha is not None:
                self._known.add(sha)
            todo.append(f)
        if cancel():
            return
        yield from iter_prepared(todo, jobs=self._jobs, cancel=cancel)

    def take(self, item: ImportItem) -> Changes:
        """Store one result of :meth:`items` (on the library's thread); what it changed (empty
        for a page skipped or refused). A page the project refuses becomes a problem."""
        self.done += 1
        if isinstance(item, Path):
            self.last_path = shown_name(item)  # a name that is not UTF-8 shown as text
            self._skipped.append(self.last_path)
            return Changes()
        self.last_path = item.path
        if isinstance(item, ImportProblem):
            self._problems.append(item)
            return Changes()
        try:
            changes = self._library.store_prepared(item)
        except NewsdeskError as exc:
            self._problems.append(ImportProblem(item.path, str(exc), exc.detail))
            return Changes()
        if changes:
            self._imported.append(item.path)
            self._warnings.extend(ImportProblem.of(item.path, w) for w in item.warnings)
        else:
            self._skipped.append(item.path)
        return changes

    @property
    def problems(self) -> tuple[ImportProblem, ...]:
        return tuple(self._problems)

    def report(self, *, cancelled: bool) -> ImportReport:
        return ImportReport(
            imported=tuple(self._imported),
            skipped=tuple(self._skipped),
            problems=tuple(self._problems),
            warnings=tuple(self._warnings),
            cancelled=cancelled,
        )


def _may_link(conn: sqlite3.Connection, prepared: PreparedPage, document_id: int) -> bool:
    """Whether the new page can pair with another: it has a fragment continued from elsewhere
    and some other page one continued to elsewhere, or the other way round."""
    articles = prepared.page.articles
    incoming = any(a.continued_from for a in articles)
    outgoing = any(a.continued_to for a in articles)
    return (
        incoming and rows.has_fragments(conn, outgoing=True, excluding_document=document_id)
    ) or (outgoing and rows.has_fragments(conn, outgoing=False, excluding_document=document_id))


def _relink(conn: sqlite3.Connection, document_id: int) -> None:
    """Link the new page's fragments to the open ends of what is there: fragments continued
    elsewhere with no successor yet, and fragments continued from elsewhere with no
    predecessor. Existing links stay; a chain that gains a fragment is rewritten whole."""
    fragments = rows.open_fragments(conn)
    new = {f.id for f in fragments if f.document_id == document_id}
    pairs = [pair for chain in linking.link(fragments, new) for pair in pairwise(chain)]
    if not pairs:
        return
    successor: dict[int, int] = {}
    for members in rows.logical_groups(conn).values():
        successor.update(pairwise(members))
    successor.update(pairs)
    targets = set(successor.values())
    touched = {i for pair in pairs for i in pair}
    for head in sorted(set(successor) - targets):
        chain = [head]
        while chain[-1] in successor:
            chain.append(successor[chain[-1]])
        if touched.intersection(chain):
            rows.set_chain(conn, chain)
