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
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import edits as edits_mod
from desktop.core import linking
from desktop.core.decode import MAX_BYTES
from desktop.core.edits import Edit
from desktop.core.errors import EditError, NewsdeskError, ProjectError
from desktop.core.importer import PreparedPage, content_hash, expand_paths, iter_prepared
from desktop.core.lexicon import Lexicon

if TYPE_CHECKING:
    from desktop.core.extract import Extractor
    from desktop.core.learn import TrainReport
from desktop.core.model import line_starts
from desktop.core.records import (
    Annotation,
    ArticleDetail,
    ArticleSummary,
    Changes,
    DocumentInfo,
    ImportProblem,
    ImportReport,
    Label,
    Occurrence,
    SearchHit,
)
from desktop.core.store import assemble, deltas, rows
from desktop.core.store.db import connect, environment_error, transaction
from desktop.core.store.migrations import SCHEMA_VERSION, migrate
from desktop.core.store.pages import write_page

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
SCOPES = ("article", "document", "project")
DEFAULT_CHECKPOINT_PAGES = 1000  # SQLite's default: about 4 MB of WAL
BULK_CHECKPOINT_PAGES = 50_000  # about 200 MB: a checkpoint per few thousand imported pages


class Library:
    """An open project file. Use :meth:`open`; call :meth:`close` when done (or ``with``)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._line_starts: dict[int, tuple[int, ...]] = {}

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True) -> Library:
        """Open (and create + migrate when missing) a project. ProjectError when the file is
        not a newsdesk project, was written by a newer version, is locked or damaged."""
        p = Path(path)
        conn = connect(p, create=create)
        try:
            migrate(conn, p)
        except BaseException:
            conn.close()
            raise
        return cls(p, conn)

    def close(self) -> None:
        with suppress(sqlite3.Error):
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
            raise EditError(f"{self.path.name}: refused by the project file ({exc})") from exc
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
            raise ProjectError(str(self.path), f"document {document_id} does not exist")
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
            raise ProjectError(str(self.path), f"article {article_id} does not exist")
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
        ext = extractor or self.extractor()
        lexicon = Lexicon.build(
            (e.term, e.label, e.decision) for e in rows.lexicon(self._conn) if e.kind == "entity"
        )
        stamp = edits_mod.now()
        suggestions: dict[int, tuple[Annotation, ...]] = {}
        for (article_id,) in self._conn.execute(
            "SELECT id FROM articles WHERE status != 'reviewed' ORDER BY id"
        ):
            text = rows.article_text(self._conn, article_id) or ""
            entities = ext.extract(text).entities
            chosen = lexicon.apply(text, entities) if lexicon else list(entities)
            suggestions[article_id] = tuple(
                Annotation(
                    uuid=edits_mod.new_uuid(),
                    article_id=article_id,
                    start=e.start,
                    end=e.end,
                    quote=e.text,
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
            )
        edit = edits_mod.Resuggest(suggestions)
        self.apply(edit)
        return edit

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

    def _starts(self, document_id: int) -> tuple[int, ...]:
        if document_id not in self._line_starts:
            self._line_starts[document_id] = line_starts(self.document_raw(document_id))
        return self._line_starts[document_id]

    def occurrences(self, article_id: int, text: str, scope: str) -> list[Occurrence]:
        """Every place ``text`` occurs in the article, its document or the whole project, in
        page order; an annotation already at exactly that span is named (not rejected ones
        first)."""
        if scope not in SCOPES:
            raise EditError(f"unknown scope {scope!r} (use article, document or project)")
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
                    out.append(Occurrence(aid, start, end, hit[0], hit[1]))
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

    def lexicon(self) -> list[rows.LexiconEntry]:
        return rows.lexicon(self._conn)

    # --- edits -----------------------------------------------------------------------------

    def apply(self, edit: Edit) -> Changes:
        """Apply (or re-apply) ``edit``: one transaction with its history row. An edit that
        changes nothing (accepting an accepted span) writes nothing and returns empty Changes."""
        with self._write() as conn:
            delta = edit.plan(conn)
            if delta.is_empty():
                edit.applied = delta
                return Changes(description=edit.description)
            deltas.write(conn, delta, expect_current=False)
            before, after = delta.as_json()
            rows.insert_history(
                conn, edits_mod.now(), edits_mod.edit_name(edit), edit.description, before, after
            )
        edit.applied = delta
        return delta.changes(edit.description)

    def revert(self, edit: Edit) -> Changes:
        """Undo the last apply of ``edit``; refused (EditError) if it was never applied or the
        spans it wrote have been changed by a later edit since."""
        delta = edit.applied
        if delta is None:
            raise EditError(f"{edit.description}: not applied, nothing to undo")
        inverse = delta.inverse()
        description = f"Undo {edit.description}"
        if delta.is_empty():
            edit.applied = None
            return Changes(description=description)
        with self._write() as conn:
            deltas.write(conn, inverse, expect_current=True)
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
        return inverse.changes(description)

    def add_label(self, label: Label) -> Changes:
        name = label.name.strip()
        if not name or any(ch.isspace() for ch in name):
            raise EditError(f"label name {label.name!r}: use one word without spaces")
        if label.kind not in ("entity", "figure"):
            raise EditError(f"label {name}: kind must be entity or figure, not {label.kind!r}")
        if any(existing.name == name for existing in self.labels()):
            raise EditError(f"label {name} already exists")
        if label.key and any(existing.key == label.key for existing in self.labels()):
            raise EditError(f"label {name}: key {label.key!r} is already used")
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
            lexicon = Lexicon.build(
                (e.term, e.label, e.decision) for e in rows.lexicon(conn) if e.kind == "entity"
            )
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
        without being prepared; a bad file becomes a problem and the rest continues."""
        files = expand_paths(paths)
        tally = _Tally(total=len(files))
        todo = self._unknown(files, tally)
        if progress is not None and tally.done:
            progress(tally.done, tally.total, tally.skipped[-1])
        results = iter_prepared(todo, jobs=jobs, cancel=cancel)
        with closing(results), self.batch():  # closing: stops the pool at once on cancel/error
            for item in results:
                if isinstance(item, ImportProblem):
                    tally.problems.append(item)
                else:
                    tally.stored(item, bool(self.store_prepared(item)))
                tally.done += 1
                if progress is not None:
                    progress(tally.done, tally.total, item.path)
                if cancel is not None and cancel():
                    break
        return tally.report(cancelled=cancel is not None and tally.done < tally.total)

    def _unknown(self, files: list[Path], tally: _Tally) -> list[Path]:
        """The files whose content is not in the project yet (the others are tallied as
        skipped). A file too large to be a page is left for preparing to refuse, unread."""
        known = rows.known_hashes(self._conn)
        todo: list[Path] = []
        for f in files:
            try:
                small = f.is_file() and f.stat().st_size <= MAX_BYTES
                sha = content_hash(f) if small else None
            except OSError:
                sha = None
            if sha is not None and sha in known:
                tally.skipped.append(str(f))
                tally.done += 1
                continue
            if sha is not None:
                known.add(sha)
            todo.append(f)
        return todo

    # --- datasets --------------------------------------------------------------------------

    def export(
        self,
        fmt: str,
        out: str | Path,
        *,
        reviewed_only: bool = False,
        accepted_only: bool = False,
        labels: Sequence[str] | None = None,
    ) -> int:
        """Write the (filtered) dataset in ``fmt``; returns the number of articles written.
        Articles continued across pages are exported merged, as one."""
        from desktop.core import export as export_mod

        articles = assemble.export_articles(
            self._conn,
            reviewed_only=reviewed_only,
            accepted_only=accepted_only,
            labels=None if labels is None else frozenset(labels),
        )
        export_mod.write(fmt, articles, Path(out))
        return len(articles)

    def import_dataset(self, fmt: str, path: str | Path, *, reviewed: bool = False) -> Changes:
        """Read doccano JSONL or Label Studio JSON and make each matching article's spans those
        of its record (one transaction). See :mod:`desktop.core.store.datasets`. ``reviewed``:
        mark the records' articles reviewed (finished corrections a project model learns from)."""
        from desktop.core import export as export_mod
        from desktop.core.store import datasets

        records = export_mod.read(fmt, Path(path))
        with self._write() as conn:
            changes = datasets.apply_records(
                conn, records, Path(path), edits_mod.now(), reviewed=reviewed
            )
            rows.insert_history(
                conn,
                edits_mod.now(),
                "ImportDataset",
                changes.description,
                {"removed": list(changes.removed), "updated": list(changes.updated)},
                {"added": list(changes.added), "format": fmt, "path": str(path)},
            )
        return changes

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


@dataclass
class _Tally:
    """Running totals of an import, turned into its :class:`ImportReport`."""

    total: int
    done: int = 0
    imported: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    warnings: list[ImportProblem] = field(default_factory=list)

    def stored(self, page: PreparedPage, new: bool) -> None:
        (self.imported if new else self.skipped).append(page.path)
        self.warnings.extend(ImportProblem(page.path, f"{page.path}: {w}") for w in page.warnings)

    def report(self, *, cancelled: bool) -> ImportReport:
        return ImportReport(
            imported=tuple(self.imported),
            skipped=tuple(self.skipped),
            problems=tuple(self.problems),
            warnings=tuple(self.warnings),
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
