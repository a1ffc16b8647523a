"""Import dataset records (doccano / Label Studio) into a project as one reversible edit.

A record is matched to an article (or to a merged article continued across pages) by its text,
so a file exported from this project comes back onto the same articles. The article's spans
then become the record's: spans already there with the same offsets and label are kept as they
are, missing ones are added as the user's, accepted; rejected annotations are not exported, so
they are left alone (unless the record brings the same span back, which accepts it). That makes
export -> import -> export give identical files.

Nothing is lost silently (issue 12, items 9-11 and 13):

- :func:`preview` says what an import would change (added, removed, replaced, by article)
  without writing; :class:`ImportDataset` refuses to remove or replace spans unless it was
  made with ``replace=True``;
- records of another tool's shape, nesting too deep, and offsets that only make sense as UTF-16
  are refused (:mod:`dataset_input`); ``offsets="utf16"`` converts them;
- duplicate records are reported, and refused when they disagree;
- a Label Studio task whose annotation was cancelled is skipped, its article left as it is;
- new labels follow :func:`desktop.core.labels.label_problem`, the window's rule.

The edit's delta holds the full before/after of every annotation it touches, so the history
row is enough to revert it, and the GUI can push the edit on its undo stack.

Records whose text is in no article become articles of new documents, named and numbered as the
record says (``document``, ``index``; ``article_id`` when that id is free), so export ->
import into an empty project -> export gives identical files too.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid as uuidlib
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import ClassVar

from desktop.core.edits import Edit, now
from desktop.core.errors import DatasetError, Template
from desktop.core.labels import MAX_NEW_PER_IMPORT, label_problem, shown
from desktop.core.records import (
    Annotation,
    AnnotationKind,
    ArticleBlock,
    DatasetRecord,
    FigureFields,
    ReviewStatus,
    label_figure_kind,
)
from desktop.core.store import dataset_input, rows
from desktop.core.store.assemble import SEPARATOR
from desktop.core.store.deltas import AnnChange, Delta, check_quote
from desktop.core.store.pages import ensure_labels

Piece = tuple[int, int, str]  # (article id, offset in the merged text, article text)
Span = tuple[int, int, str]


@dataclass(frozen=True)
class ArticleChange:
    """What an import changes in one article (``article_id`` None: a new article)."""

    article_id: int | None
    document: str
    index: int
    added: tuple[Span, ...] = ()
    removed: tuple[Span, ...] = ()
    replaced: tuple[tuple[Span, Span], ...] = ()  # (old, new): same offsets, another label

    def line(self) -> str:
        where = f"article {self.article_id}" if self.article_id is not None else "new article"
        parts = [f"+{len(self.added)}", f"-{len(self.removed)}", f"~{len(self.replaced)}"]
        return f"{where} ({self.document} #{self.index}): {' '.join(parts)}"


@dataclass(frozen=True)
class DatasetPreview:
    """What importing a dataset file does, before it is done."""

    path: str
    records: int
    offsets: str
    articles: tuple[ArticleChange, ...] = ()
    new_articles: int = 0
    new_labels: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()

    @property
    def added(self) -> int:
        return sum(len(a.added) for a in self.articles)

    @property
    def removed(self) -> int:
        return sum(len(a.removed) for a in self.articles)

    @property
    def replaced(self) -> int:
        return sum(len(a.replaced) for a in self.articles)

    @property
    def destructive(self) -> bool:
        """Whether the import removes or replaces spans that are in the project."""
        return bool(self.removed or self.replaced)

    def summary(self) -> str:
        touched = sum(1 for a in self.articles if a.added or a.removed or a.replaced)
        text = (
            f"{Path(self.path).name}: {self.records} record(s); {self.added} span(s) to add, "
            f"{self.removed} to remove, {self.replaced} to replace in {touched} article(s)"
        )
        if self.new_articles:
            text += f"; {self.new_articles} new article(s)"
        if self.new_labels:
            text += f"; new label(s) {', '.join(self.new_labels)}"
        if self.offsets == "utf16":
            text += "; offsets read as UTF-16 code units"
        return text

    def lines(self) -> list[str]:
        """The summary, then one line per changed article, duplicate and skipped record."""
        out = [self.summary()]
        out += [a.line() for a in self.articles if a.added or a.removed or a.replaced]
        out += [f"duplicate: {d}" for d in self.duplicates]
        out += [f"skipped: {s}" for s in self.skipped]
        return out


@dataclass
class _Planned:
    preview: DatasetPreview
    delta: Delta
    documents: bool = False
    labels: bool = False
    created: list[int] = field(default_factory=list)
    #: what the import created besides spans: documents (ids) and labels (names)
    created_documents: tuple[int, ...] = ()
    created_labels: tuple[str, ...] = ()


def _targets(conn: sqlite3.Connection) -> dict[str, list[list[Piece]]]:
    """Merged text -> the articles (as pieces) that carry exactly that text."""
    details = rows.all_articles(conn)
    groups = rows.logical_groups(conn)
    member_of = {m: g for g in groups.values() for m in g}
    text_of = {d.id: d.text for d, _ in details}
    out: dict[str, list[list[Piece]]] = {}
    seen: set[int] = set()
    for detail, _ in details:
        if detail.id in seen:
            continue
        members = member_of.get(detail.id, (detail.id,))
        seen.update(members)
        pieces: list[Piece] = []
        offset = 0
        for n, m in enumerate(members):
            if n:
                offset += len(SEPARATOR)
            pieces.append((m, offset, text_of[m]))
            offset += len(text_of[m])
        merged = SEPARATOR.join(p[2] for p in pieces)
        out.setdefault(merged, []).append(pieces)
        if len(pieces) > 1:
            for piece in pieces:  # a fragment exported on its own comes back onto itself
                out.setdefault(piece[2], []).append([(piece[0], 0, piece[2])])
    return out


def _existing_spans(conn: sqlite3.Connection, pieces: Sequence[Piece]) -> set[tuple[int, int]]:
    out = set()
    for article_id, offset, _ in pieces:
        for ann in rows.article_annotations(conn, article_id):
            if ann.status != "rejected":
                out.add((ann.start + offset, ann.end + offset))
    return out


BAD_OFFSETS_OPTION = Template("--offsets must be utf16 or codepoints, not {offsets}")
ONLY_UTF16 = Template(
    "record {record}: the offsets only make sense as UTF-16 code units (the text has characters "
    "outside the BMP); pass --offsets utf16 or --offsets codepoints"
)
LOOKS_UTF16 = Template(
    "record {record}: the offsets look like UTF-16 code units (counted so, they match the "
    "project's spans on the same text); pass --offsets utf16 or --offsets codepoints"
)
UNKNOWN_FORMAT = Template("cannot import {format}; use one of {known}")
TOO_DEEP = Template("nested too deep to be a dataset")
SPAN_OUTSIDE = Template("record {record}: span {start}-{end} is outside its text (length {length})")
BAD_LABEL = Template("record {record}: label {label}: {problem}")
TOO_MANY_LABELS = Template(
    "would create {count} new labels (at most {limit} per import); add the labels first or "
    "check the file"
)
CROSSES_PAGES = Template("record {record}: span {start}-{end} crosses two pages")
SAME_ARTICLE = Template(
    "records {first} and {second} are the same article with different spans; keep one of them"
)
DESTRUCTIVE = Template(
    "would remove {removed} and replace {replaced} span(s) already in the project; nothing was "
    "changed (see them with --dry-run, allow with --replace)"
)


def _choose_offsets(
    conn: sqlite3.Connection, scan: dataset_input.Scan, path: Path, offsets: str | None
) -> str:
    """``codepoints`` or ``utf16``: the option, or what the file's spans can only mean."""
    if offsets is not None:
        if offsets not in dataset_input.OFFSETS:
            raise DatasetError(str(path), BAD_OFFSETS_OPTION(offsets=repr(offsets)))
        return offsets
    readings = dataset_input.offset_readings(scan)
    if not readings.differ:
        return "codepoints"
    record = readings.first + 1
    if readings.utf16_fit and not readings.codepoints_fit:
        raise DatasetError(str(path), ONLY_UTF16(record=record))
    if readings.utf16_fit and readings.codepoints_fit:
        # both fit: the reading that agrees with the project's spans on the same texts wins
        targets = _targets(conn)
        agree_cp = agree_16 = 0
        for n, obj in enumerate(scan.objects):
            text = dataset_input.record_text(scan.fmt, obj)
            matches = targets.get(text or "")
            if not matches:
                continue
            have = _existing_spans(conn, matches[0])
            agree_cp += len(have.intersection(dataset_input.codepoint_spans(scan, n)))
            agree_16 += len(have.intersection(dataset_input.utf16_spans(scan, n)))
        if agree_16 > agree_cp:
            raise DatasetError(str(path), LOOKS_UTF16(record=record))
    return "codepoints"


def read_records(
    conn: sqlite3.Connection, fmt: str, path: Path, offsets: str | None
) -> tuple[list[DatasetRecord | None], str]:
    """The file's records (None for a skipped one) and the offsets used."""
    from desktop.core import export as export_mod

    if fmt not in export_mod.READABLE:
        known = ", ".join(export_mod.READABLE)
        raise DatasetError(str(path), UNKNOWN_FORMAT(format=repr(fmt), known=known))
    scan = dataset_input.scan(fmt, path)
    chosen = _choose_offsets(conn, scan, path, offsets)
    source: AbstractContextManager[Path]
    if chosen == "utf16" and scan.objects:
        dataset_input.convert_to_codepoints(scan)
        source = dataset_input.converted(scan, path)
    else:
        source = nullcontext(path)
    with source as readable:
        try:
            # the offsets were chosen (and converted) above: the reader counts code points
            records: list[DatasetRecord | None] = list(
                export_mod.read(fmt, readable, offsets="codepoints")
            )
        except DatasetError as exc:
            if readable == path:
                raise
            raise DatasetError(str(path), exc.detail) from exc
        except RecursionError as exc:
            raise DatasetError(str(path), TOO_DEEP) from exc
    if scan.objects and len(scan.objects) == len(records):
        for n in scan.skipped:
            records[n] = None
    return records, chosen


def _check_labels(
    path: Path, records: Sequence[DatasetRecord | None], have: set[str]
) -> dict[str, str]:
    wanted: dict[str, str] = {}
    for n, record in enumerate(records, 1):
        if record is None:
            continue
        for start, end, label in record.spans:
            if not (0 <= start < end <= len(record.text)):
                raise DatasetError(
                    str(path),
                    SPAN_OUTSIDE(record=n, start=start, end=end, length=len(record.text)),
                )
            if label in have or label in wanted:
                continue
            problem = label_problem(label)
            if problem is not None:
                raise DatasetError(
                    str(path), BAD_LABEL(record=n, label=shown(label), problem=problem)
                )
            wanted[label] = "entity"
    if len(wanted) > MAX_NEW_PER_IMPORT:
        raise DatasetError(str(path), TOO_MANY_LABELS(count=len(wanted), limit=MAX_NEW_PER_IMPORT))
    return wanted


def plan(
    conn: sqlite3.Connection,
    fmt: str,
    path: Path,
    *,
    offsets: str | None = None,
    namespace: uuidlib.UUID | None = None,
    write: bool = False,
    reviewed: bool = False,
) -> _Planned:
    """The import of ``path`` as a preview and a delta. With ``write``, the labels and new
    articles the delta needs are created (inside the caller's transaction); without, nothing
    is written and new articles are only counted. ``reviewed``: the records are someone's
    finished corrections; their articles become reviewed in the same delta (what a project
    model learns from, issue 10)."""
    namespace = namespace or uuidlib.uuid4()
    records, chosen_offsets = read_records(conn, fmt, path, offsets)
    have = {label.name for label in rows.labels(conn)}
    wanted = _check_labels(path, records, have)
    added_labels = ensure_labels(conn, wanted) if write and wanted else False
    kinds = {label.name: label.kind for label in rows.labels(conn)}
    targets = _targets(conn)
    skipped = tuple(
        f"record {n}: its annotation was cancelled, left as it is"
        for n, r in enumerate(records, 1)
        if r is None
    )
    live = [(n, r) for n, r in enumerate(records, 1) if r is not None]
    unmatched = list({r.text: r for _, r in reversed(live) if r.text not in targets}.values())
    unmatched.reverse()  # one new article per text, in the file's order
    created = _create_articles(conn, unmatched, path, now()) if write and unmatched else {}
    changes: list[ArticleChange] = []
    pairs: list[AnnChange] = []
    seen: dict[object, tuple[int, tuple[Span, ...]]] = {}
    duplicates: list[str] = []
    for n, record in live:
        matches = targets.get(record.text)
        if matches is None:
            key: object = ("new", record.text)
            if key in seen:
                duplicates.append(_duplicate(path, n, record, seen[key]))
                continue
            seen[key] = (n, record.spans)
            if not write:
                changes.append(
                    ArticleChange(
                        None, _document_of(record, path), _index_of(record, 0), record.spans
                    )
                )
                continue
            matches = [[(created[id(record)], 0, record.text)]]
        wanted_article = record.meta.get("article_id")
        chosen = [m for m in matches if m[0][0] == wanted_article] or matches
        key = tuple(p[0] for pieces in chosen for p in pieces)
        if key in seen:
            duplicates.append(_duplicate(path, n, record, seen[key]))
            continue
        seen[key] = (n, record.spans)
        for pieces in chosen:
            for article_id, offset, text in pieces:
                spans = set()
                for start, end, label in record.spans:
                    if offset <= start and end <= offset + len(text):
                        spans.add((start - offset, end - offset, label))
                    elif start < offset + len(text) and offset < end and len(pieces) > 1:
                        raise DatasetError(str(path), CROSSES_PAGES(record=n, start=start, end=end))
                change, delta_pairs = _article_delta(
                    conn, article_id, text, spans, kinds, namespace, record, path
                )
                changes.append(change)
                pairs += delta_pairs
    preview = DatasetPreview(
        path=str(path),
        records=len(records),
        offsets=chosen_offsets,
        articles=tuple(changes),
        new_articles=len(unmatched),
        new_labels=tuple(sorted(wanted)),
        duplicates=tuple(duplicates),
        skipped=skipped,
    )
    statuses: list[tuple[int, ReviewStatus, ReviewStatus]] = []
    if reviewed:
        for article_id in dict.fromkeys(c.article_id for c in changes if c.article_id is not None):
            current = rows.article_status(conn, article_id)
            if current is not None and current != "reviewed":
                statuses.append((article_id, current, "reviewed"))
    created_documents: dict[int, None] = {}
    for article_id in sorted(created.values()):
        detail = rows.article(conn, article_id)
        if detail is not None:
            created_documents[detail.document_id] = None
    return _Planned(
        preview,
        Delta(annotations=tuple(pairs), statuses=tuple(statuses)),
        documents=bool(created),
        labels=added_labels,
        created=sorted(created.values()),
        created_documents=tuple(created_documents),
        created_labels=tuple(sorted(wanted)) if added_labels else (),
    )


def _duplicate(
    path: Path, n: int, record: DatasetRecord, first: tuple[int, tuple[Span, ...]]
) -> str:
    m, spans = first
    if spans != record.spans:
        raise DatasetError(str(path), SAME_ARTICLE(first=m, second=n))
    where = "new article" if record.meta.get("article_id") is None else "article"
    return f"record {n} repeats record {m} ({where}), read once"


def _document_of(record: DatasetRecord, path: Path) -> str:
    name = record.meta.get("document")
    return name if isinstance(name, str) and name else path.name


def _index_of(record: DatasetRecord, default: int) -> int:
    index = record.meta.get("index")
    return index if isinstance(index, int) and not isinstance(index, bool) else default


def _article_delta(
    conn: sqlite3.Connection,
    article_id: int,
    text: str,
    spans: set[Span],
    kinds: Mapping[str, str],
    namespace: uuidlib.UUID,
    record: DatasetRecord,
    path: Path,
) -> tuple[ArticleChange, list[AnnChange]]:
    pairs: list[AnnChange] = []
    present: set[Span] = set()
    removed: list[Span] = []
    stamp = now()
    for ann in rows.article_annotations(conn, article_id):
        key = (ann.start, ann.end, ann.label)
        if key in spans and key not in present:
            present.add(key)
            if ann.status == "rejected":
                pairs.append((ann, replace(ann, status="accepted", updated_at=stamp)))
        elif ann.status != "rejected":
            pairs.append((ann, None))
            removed.append(key)
    added: list[Span] = []
    for start, end, label in sorted(spans - present):
        kind: AnnotationKind = "figure" if kinds.get(label) == "figure" else "entity"
        ann = Annotation(
            uuid=str(uuidlib.uuid5(namespace, f"{article_id}:{start}:{end}:{label}")),
            article_id=article_id,
            start=start,
            end=end,
            quote=text[start:end],
            label=label,
            kind=kind,
            source="user",
            status="accepted",
            figure=FigureFields(label_figure_kind(label), None, None) if kind == "figure" else None,
            created_at=stamp,
            updated_at=stamp,
        )
        check_quote(ann, text)
        pairs.append((None, ann))
        added.append((start, end, label))
    new_at = {(s, e): (s, e, lab) for s, e, lab in added}
    replaced = [(old, new_at[old[:2]]) for old in removed if old[:2] in new_at]
    gone = {old for old, _ in replaced}
    taken = {new for _, new in replaced}
    detail = rows.article(conn, article_id)
    document = _document_name(conn, detail.document_id) if detail else _document_of(record, path)
    change = ArticleChange(
        article_id,
        document,
        detail.index if detail else 0,
        added=tuple(a for a in added if a not in taken),
        removed=tuple(r for r in removed if r not in gone),
        replaced=tuple(replaced),
    )
    return change, pairs


def _document_name(conn: sqlite3.Connection, document_id: int) -> str:
    return next((d.name for d in rows.documents(conn) if d.id == document_id), "")


def _create_articles(
    conn: sqlite3.Connection, records: Sequence[DatasetRecord], path: Path, stamp: str
) -> dict[int, int]:
    """New documents holding the unmatched records as articles, one per ``document`` the
    records name (the file's name for those that name none), with the records' ``index`` and
    ``article_id`` when free; id(record) -> article id."""
    by_document: dict[str, list[DatasetRecord]] = {}
    for record in records:
        by_document.setdefault(_document_of(record, path), []).append(record)
    out: dict[int, int] = {}
    for name, members in by_document.items():
        raw = "\n\n".join(r.text for r in members)
        digest = hashlib.sha256(f"dataset\0{name}\0{raw}".encode()).hexdigest()
        while rows.document_id_by_sha(conn, digest) is not None:
            digest = hashlib.sha256(digest.encode()).hexdigest()
        document_id = rows.insert_document(
            conn,
            rows.NewDocument(
                name=name,
                path=str(path),
                sha256=digest,
                encoding="utf-8",
                raw=raw,
                imported_at=stamp,
                n_articles=len(members),
                n_auto=0,
            ),
        )
        offset = 0
        for position, record in enumerate(members):
            blocks: list[ArticleBlock] = []
            pos = 0
            for line in record.text.split("\n"):
                if line:
                    blocks.append(ArticleBlock("paragraph", pos, pos + len(line)))
                pos += len(line) + 1
            wanted_id = record.meta.get("article_id")
            free = (
                isinstance(wanted_id, int)
                and not isinstance(wanted_id, bool)
                and 0 < wanted_id < 2**62
                and rows.article_text(conn, wanted_id) is None
            )
            out[id(record)] = rows.insert_article(
                conn,
                rows.NewArticle(
                    document_id=document_id,
                    index=_index_of(record, position),
                    text=record.text,
                    title=None,
                    blocks=tuple(blocks),
                    source_map=tuple(range(offset, offset + len(record.text))),
                    markers=(),
                    continued_from=None,
                    continued_to=None,
                    byline_source=None,
                    reporters=(),
                    headline_confidence=1.0,
                ),
                article_id=wanted_id if free else None,  # type: ignore[arg-type]
            )
            offset += len(record.text) + 2
    return out


@dataclass(eq=False)
class ImportDataset(Edit):
    """Importing a dataset file: one edit, reversible like any other (its delta holds the
    full before/after of every annotation). ``plan`` creates the labels and articles the
    records need and refuses to remove or replace spans unless ``replace``.

    What ``plan`` created is kept (``created_documents``, ``created_labels``) so that an undo
    takes it away again (:meth:`remove_created`, called by ``Library.revert`` in the undo's
    transaction) and a redo, planning again, creates it again: after an undo the project is
    as before the import. Only what is still untouched goes: a document in which a span, a
    review status or a continuation link appeared since stays, and so does a label some span
    or lexicon entry uses."""

    kind_name: ClassVar[str] = "import-dataset"
    fmt: str = "doccano"
    path: Path = Path()
    replace: bool = False
    offsets: str | None = None
    reviewed: bool = False
    namespace: uuidlib.UUID = field(default_factory=uuidlib.uuid4)
    preview: DatasetPreview | None = field(default=None, init=False)
    documents: bool = field(default=False, init=False)
    labels: bool = field(default=False, init=False)
    created_documents: tuple[int, ...] = field(default=(), init=False)
    created_labels: tuple[str, ...] = field(default=(), init=False)

    @property
    def description(self) -> str:
        return f"Import dataset {self.path.name}"

    def remove_created(self, conn: sqlite3.Connection) -> rows.Removed:
        """Remove the documents and labels the last ``plan`` created, once the import's spans
        are gone (inside the undo's transaction); those used since stay. Returns what went
        (a redo plans again and creates it anew)."""
        removed = rows.remove_unused(conn, self.created_documents, self.created_labels)
        self.created_documents = self.created_labels = ()
        return removed

    def plan(self, conn: sqlite3.Connection) -> Delta:
        planned = plan(
            conn,
            self.fmt,
            self.path,
            offsets=self.offsets,
            namespace=self.namespace,
            write=True,
            reviewed=self.reviewed,
        )
        self.preview = planned.preview
        if planned.preview.destructive and not self.replace:
            p = planned.preview
            raise DatasetError(str(self.path), DESTRUCTIVE(removed=p.removed, replaced=p.replaced))
        self.documents = self.documents or planned.documents
        self.labels = self.labels or planned.labels
        self.created_documents = planned.created_documents
        self.created_labels = planned.created_labels
        return planned.delta
