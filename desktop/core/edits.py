"""Reversible edits to a project: small commands that plan a :class:`Delta`.

An edit never writes by itself. :meth:`Edit.plan` reads the current state and returns the
before/after of every annotation, review status and lexicon entry it touches; the library
writes that delta in one transaction with a history row and keeps it on the edit, so
``revert`` writes the inverse and ``apply`` again (redo) plans afresh to the same result. Ids an
edit creates (annotation uuids) are fixed when the edit is constructed, so redo recreates the
same annotations.

Corrections by the user make an annotation ``accepted``: relabelling, resizing or changing a
figure's fields of a suggestion is taken as the user's answer to it.

Lexicon: :class:`ApplyToAll` confirms the term with its label (later imports suggest it
everywhere); rejecting an automatic entity suggestion with :class:`SetStatus` records the term as
rejected for that label (later imports do not suggest it again), unless it was confirmed.
"""

from __future__ import annotations

import re
import sqlite3
import uuid as uuidlib
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar, Final

from desktop.core.errors import EditError, Template
from desktop.core.model import FIGURE_KINDS
from desktop.core.records import (
    REVIEW_STATUSES,
    Annotation,
    AnnotationKind,
    AnnotationStatus,
    FigureFields,
    HistoryEntry,
    Label,
    Occurrence,
    ReviewStatus,
)
from desktop.core.records import figure_label as figure_label  # re-exported: older callers
from desktop.core.records import label_figure_kind as label_figure_kind
from desktop.core.store import rows
from desktop.core.store.deltas import AnnChange, Delta, LexChange, SettingChange, same_content
from desktop.core.store.rows import LexiconEntry

ANNOTATION_STATUSES: Final = ("suggested", "accepted", "rejected")

#: The settings key of "nested spans allowed" (stored "1"/"0"; no row: off).
NESTED_SPANS: Final = "nested_spans"


def nested_spans(conn: sqlite3.Connection) -> bool:
    """Whether the project allows spans inside spans (its explicit choice; default off)."""
    return rows.setting(conn, NESTED_SPANS) == "1"


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


#: "leave this field as it is" for :class:`EditFigure`.
UNSET: Final = _Unset()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_uuid() -> str:
    return str(uuidlib.uuid4())


# --- what an edit refuses (translated by the GUI: desktop.core.errors) ----------------------

NO_ARTICLE = Template("article {article} does not exist")
NO_ANNOTATION = Template("annotation {uuid} does not exist")
UNKNOWN_LABEL = Template("unknown label {label}")
SPAN_OUTSIDE = Template(
    "article {article}: span {start}-{end} is outside its text (length {length})"
)
WRONG_KIND = Template("label {label} is for {label_kind} spans, not {kind}")
ANNOTATION_EXISTS = Template("annotation {uuid} already exists")
UNKNOWN_STATUS = Template("unknown annotation status {status}")
NOT_A_FIGURE = Template("annotation {uuid} ({quote}) is not a figure")
UNKNOWN_FIGURE_KIND = Template("unknown figure kind {kind}")
INEXACT_VALUE = Template("figure value must be exact (Decimal), got {value}")
ISO_NOT_DATE = Template("only a date has an ISO reading, not a {kind} figure")
NOT_ISO = Template("not an ISO date: {iso} (2025-02-22, 2025-02, --02-22)")
UNKNOWN_REVIEW = Template("unknown review status {status}")
EMPTY_TEXT = Template("apply to all: empty text")
TEXT_DIFFERS = Template("article {article}: {start}-{end} is {found}, not {text}")
NO_HISTORY = Template("history entry {entry} does not exist")
CANNOT_REVERT = Template("cannot revert {what}: {reason}")
SPAN_CHANGED = Template("cannot revert {what}: the span {quote} has changed since")


# --- reading helpers ------------------------------------------------------------------------


def _text(conn: sqlite3.Connection, article_id: int) -> str:
    text = rows.article_text(conn, article_id)
    if text is None:
        raise EditError(NO_ARTICLE(article=article_id))
    return text


def _get(conn: sqlite3.Connection, uuid: str) -> Annotation:
    found = rows.annotation(conn, uuid)
    if found is None:
        raise EditError(NO_ANNOTATION(uuid=uuid))
    return found


def _label(conn: sqlite3.Connection, name: str) -> Label:
    for label in rows.labels(conn):
        if label.name == name:
            return label
    raise EditError(UNKNOWN_LABEL(label=repr(name)))


def _check_span(text: str, start: int, end: int, article_id: int) -> None:
    if not (0 <= start < end <= len(text)):
        raise EditError(SPAN_OUTSIDE(article=article_id, start=start, end=end, length=len(text)))


def _relabelled(a: Annotation, label: Label, stamp: str) -> Annotation:
    """``a`` carrying ``label``: its kind follows the label; figure fields follow the kind."""
    figure = a.figure
    if label.kind == "figure":
        fig_kind = label_figure_kind(label.name)
        figure = (
            FigureFields(fig_kind, None, None) if figure is None else replace(figure, kind=fig_kind)
        )
    else:
        figure = None
    return replace(
        a, label=label.name, kind=label.kind, figure=figure, status="accepted", updated_at=stamp
    )


def _changed(old: Annotation, new: Annotation) -> Delta:
    """The delta from ``old`` to ``new``; empty when only the timestamp would change."""
    if replace(new, updated_at=old.updated_at) == old:
        return Delta()
    return Delta(annotations=((old, new),))


# --- the edits -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Wording:
    """An edit's description as a template and its arguments, so an interface can translate
    the template (``"Label %1 as %2"``) and fill in the arguments. ``status_arg``: the first
    argument is a review status name (``in_progress``), to be shown in words."""

    template: str
    args: tuple[str, ...] = ()
    status_arg: bool = False

    def english(self) -> str:
        text = self.template
        for i, arg in enumerate(self.args, start=1):
            shown = arg.replace("_", " ") if self.status_arg and i == 1 else arg
            text = text.replace(f"%{i}", shown)
        return text


@dataclass(eq=False)
class Edit:
    """Base of all edits. ``applied`` holds the delta written by the last apply."""

    kind_name: ClassVar[str] = "edit"
    applied: Delta | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def wording(self) -> Wording:
        raise NotImplementedError

    @property
    def description(self) -> str:
        """In English; after the edit ran it names the quote."""
        return self.wording.english()

    def plan(self, conn: sqlite3.Connection) -> Delta:
        raise NotImplementedError


@dataclass(eq=False)
class AddSpan(Edit):
    article_id: int
    start: int
    end: int
    label: str
    kind: AnnotationKind = "entity"
    figure: FigureFields | None = None
    uuid: str = field(default_factory=new_uuid)
    quote: str = field(default="", init=False)

    @property
    def wording(self) -> Wording:
        return Wording("Label %1 as %2", (self.quote or f"{self.start}-{self.end}", self.label))

    def plan(self, conn: sqlite3.Connection) -> Delta:
        text = _text(conn, self.article_id)
        _check_span(text, self.start, self.end, self.article_id)
        label = _label(conn, self.label)
        if label.kind != self.kind:
            raise EditError(WRONG_KIND(label=self.label, label_kind=label.kind, kind=self.kind))
        if rows.annotation(conn, self.uuid) is not None:
            raise EditError(ANNOTATION_EXISTS(uuid=self.uuid))
        figure = self.figure
        if self.kind == "figure" and figure is None:
            figure = FigureFields(label_figure_kind(self.label), None, None)
        if self.kind == "entity":
            figure = None
        self.quote = text[self.start : self.end]
        stamp = now()
        new = Annotation(
            uuid=self.uuid,
            article_id=self.article_id,
            start=self.start,
            end=self.end,
            quote=self.quote,
            label=self.label,
            kind=self.kind,
            source="user",
            status="accepted",
            figure=figure,
            created_at=stamp,
            updated_at=stamp,
        )
        return Delta(annotations=((None, new),))


@dataclass(eq=False)
class DeleteSpan(Edit):
    uuid: str
    quote: str = field(default="", init=False)

    @property
    def wording(self) -> Wording:
        return Wording("Delete %1", (self.quote or "span",))

    def plan(self, conn: sqlite3.Connection) -> Delta:
        old = _get(conn, self.uuid)
        self.quote = old.quote
        return Delta(annotations=((old, None),))


@dataclass(eq=False)
class Relabel(Edit):
    uuid: str
    label: str
    quote: str = field(default="", init=False)

    @property
    def wording(self) -> Wording:
        return Wording("Relabel %1 as %2", (self.quote or "span", self.label))

    def plan(self, conn: sqlite3.Connection) -> Delta:
        old = _get(conn, self.uuid)
        self.quote = old.quote
        return _changed(old, _relabelled(old, _label(conn, self.label), now()))


@dataclass(eq=False)
class Resize(Edit):
    uuid: str
    start: int
    end: int
    quote: str = field(default="", init=False)

    @property
    def wording(self) -> Wording:
        return Wording("Resize to %1", (self.quote or f"{self.start}-{self.end}",))

    def plan(self, conn: sqlite3.Connection) -> Delta:
        old = _get(conn, self.uuid)
        text = _text(conn, old.article_id)
        _check_span(text, self.start, self.end, old.article_id)
        self.quote = text[self.start : self.end]
        new = replace(
            old,
            start=self.start,
            end=self.end,
            quote=self.quote,
            status="accepted",
            updated_at=now(),
        )
        delta = _changed(old, new)
        if (old.start, old.end) == (self.start, self.end) or nested_spans(conn):
            return delta
        # A span grown over another of its kind absorbs it in the same step: the guideline
        # does not label a name inside a longer one (唐山海丰 holds no 唐山), and the export
        # formats disagree about nested spans. A project that allows nested spans keeps it.
        absorbed = tuple(
            (a, None)
            for a in rows.article_annotations(conn, old.article_id)
            if a.uuid != old.uuid
            and a.kind == old.kind
            and a.status != "rejected"
            and self.start <= a.start
            and a.end <= self.end
        )
        return replace(delta, annotations=delta.annotations + absorbed)


@dataclass(eq=False)
class SetStatus(Edit):
    uuid: str
    status: AnnotationStatus
    quote: str = field(default="", init=False)

    @property
    def wording(self) -> Wording:
        verb = {"accepted": "Accept", "rejected": "Reject", "suggested": "Reopen"}
        return Wording(f"{verb.get(self.status, self.status)} %1", (self.quote or "span",))

    def plan(self, conn: sqlite3.Connection) -> Delta:
        if self.status not in ANNOTATION_STATUSES:
            raise EditError(UNKNOWN_STATUS(status=repr(self.status)))
        old = _get(conn, self.uuid)
        self.quote = old.quote
        if old.status == self.status:
            return Delta()
        stamp = now()
        lexicon: tuple[LexChange, ...] = ()
        if self.status == "rejected" and old.kind == "entity" and old.source == "auto":
            entry = rows.lexicon_entry(conn, old.quote, old.label)
            if entry is None or entry.decision != "confirmed":
                lexicon = (
                    (entry, LexiconEntry(old.quote, old.label, old.kind, "rejected", stamp)),
                )
        new = replace(old, status=self.status, updated_at=stamp)
        return Delta(annotations=((old, new),), lexicon=lexicon)


@dataclass(eq=False)
class AcceptAll(Edit):
    article_id: int
    count: int = field(default=0, init=False)

    @property
    def wording(self) -> Wording:
        if not self.count:
            return Wording("Accept all suggestions")
        return Wording("Accept all %1 suggestions", (str(self.count),))

    def plan(self, conn: sqlite3.Connection) -> Delta:
        _text(conn, self.article_id)
        stamp = now()
        pairs: list[AnnChange] = [
            (a, replace(a, status="accepted", updated_at=stamp))
            for a in rows.article_annotations(conn, self.article_id)
            if a.status == "suggested"
        ]
        self.count = len(pairs)
        return Delta(annotations=tuple(pairs))


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})(?:-(\d{2}))?|---(\d{2})")


def valid_iso(text: str) -> bool:
    """Whether ``text`` is a date figure's ISO reading as the finder writes them: a calendar
    date at the precision printed (``2025-02-22``, ``2025-02``, ``2025``) or the ISO 8601:2000
    truncated forms for a date without its year (``--02-22``, ``--02``) or month (``---22``).
    Days must exist (2025-02-30 is refused; --02-29 is allowed: some year has it)."""
    m = _ISO.fullmatch(text)
    if m is None:
        return False
    year, month, day, t_month, t_day, only_day = m.groups()
    if only_day is not None:
        return 1 <= int(only_day) <= 31
    if year is None:
        month, day, year = t_month, t_day, "2000"  # a leap year: --02-29 exists
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


@dataclass(eq=False)
class EditFigure(Edit):
    uuid: str
    kind: str | _Unset = UNSET
    value: Decimal | _Unset | None = UNSET
    unit: str | _Unset | None = UNSET
    metric: str | _Unset | None = UNSET
    approx: bool | _Unset = UNSET
    #: A date's ISO reading (see :func:`valid_iso`); None clears it. Other edits keep it,
    #: except a change of kind away from ``date``, which clears it (only dates have one).
    iso: str | _Unset | None = UNSET
    quote: str = field(default="", init=False)

    @property
    def wording(self) -> Wording:
        return Wording("Edit figure %1", (self.quote,)) if self.quote else Wording("Edit figure")

    def plan(self, conn: sqlite3.Connection) -> Delta:
        old = _get(conn, self.uuid)
        self.quote = old.quote
        if old.kind != "figure" or old.figure is None:
            raise EditError(NOT_A_FIGURE(uuid=self.uuid, quote=old.quote))
        fig = old.figure
        label = old.label
        if not isinstance(self.kind, _Unset):
            if self.kind not in FIGURE_KINDS:
                raise EditError(UNKNOWN_FIGURE_KIND(kind=repr(self.kind)))
            fig = replace(fig, kind=self.kind, iso=fig.iso if self.kind == "date" else None)
            label = _label(conn, figure_label(self.kind)).name
        if not isinstance(self.value, _Unset):
            if self.value is not None and not isinstance(self.value, Decimal):
                raise EditError(INEXACT_VALUE(value=repr(self.value)))
            fig = replace(fig, value=self.value)
        if not isinstance(self.unit, _Unset):
            fig = replace(fig, unit=self.unit)
        if not isinstance(self.metric, _Unset):
            fig = replace(fig, metric=self.metric)
        if not isinstance(self.approx, _Unset):
            fig = replace(fig, approx=bool(self.approx))
        if not isinstance(self.iso, _Unset):
            if self.iso is not None and fig.kind != "date":
                raise EditError(ISO_NOT_DATE(kind=fig.kind))
            if self.iso is not None and not valid_iso(self.iso):
                raise EditError(NOT_ISO(iso=repr(self.iso)))
            fig = replace(fig, iso=self.iso)
        new = replace(old, figure=fig, label=label, status="accepted", updated_at=now())
        return _changed(old, new)


@dataclass(eq=False)
class SetNestedSpans(Edit):
    """Allow (or forbid) nested spans in the project: a project-level choice, undoable and
    kept in the history like any edit. Allowed, a resize keeps the spans it grows over,
    apply-to-all ticks occurrences inside longer entities, and the exports say the spans may
    nest. Forbidding it again changes no span already there."""

    allowed: bool

    @property
    def wording(self) -> Wording:
        return Wording("Allow nested spans" if self.allowed else "Disallow nested spans")

    def plan(self, conn: sqlite3.Connection) -> Delta:
        before = rows.setting(conn, NESTED_SPANS)
        after = "1" if self.allowed else "0"
        if (before == "1") == self.allowed:
            return Delta()
        change: SettingChange = (NESTED_SPANS, before, after)
        return Delta(settings=(change,))


@dataclass(eq=False)
class SetReviewStatus(Edit):
    article_id: int
    status: ReviewStatus

    @property
    def wording(self) -> Wording:
        return Wording("Mark article as %1", (self.status,), status_arg=True)

    def plan(self, conn: sqlite3.Connection) -> Delta:
        if self.status not in REVIEW_STATUSES:
            raise EditError(UNKNOWN_REVIEW(status=repr(self.status)))
        old = rows.article_status(conn, self.article_id)
        if old is None:
            raise EditError(NO_ARTICLE(article=self.article_id))
        if old == self.status:
            return Delta()
        return Delta(statuses=((self.article_id, old, self.status),))


@dataclass(eq=False)
class StartReview(Edit):
    """Mark each of ``article_ids`` that is still "new" as "in progress" (the others stay).

    The follow-up of an edit that changes spans in several articles at once (apply to all):
    work done in an article starts its review, whichever article is being read.
    """

    article_ids: tuple[int, ...]

    @property
    def wording(self) -> Wording:
        return Wording("Mark article as %1", ("in_progress",), status_arg=True)

    def plan(self, conn: sqlite3.Connection) -> Delta:
        changes: list[tuple[int, ReviewStatus, ReviewStatus]] = []
        for article_id in sorted(set(self.article_ids)):
            if rows.article_status(conn, article_id) == "new":
                changes.append((article_id, "new", "in_progress"))
        return Delta(statuses=tuple(changes))


@dataclass(eq=False)
class ApplyToAll(Edit):
    """Label every chosen occurrence of ``text``; the term goes into the lexicon as confirmed.

    An occurrence that already carries an annotation at exactly its span is relabelled (and
    accepted); the others get a new user annotation whose uuid was fixed at construction.
    """

    text: str
    label: str
    kind: AnnotationKind
    targets: tuple[Occurrence, ...]
    uuids: tuple[str, ...] = field(default=(), init=False)

    def __post_init__(self) -> None:
        self.targets = tuple(self.targets)
        self.uuids = tuple(new_uuid() for _ in self.targets)

    @property
    def wording(self) -> Wording:
        return Wording("Label all %1 × %2 as %3", (str(len(self.targets)), self.text, self.label))

    def plan(self, conn: sqlite3.Connection) -> Delta:
        if not self.text:
            raise EditError(EMPTY_TEXT)
        label = _label(conn, self.label)
        if label.kind != self.kind:
            raise EditError(WRONG_KIND(label=self.label, label_kind=label.kind, kind=self.kind))
        stamp = now()
        pairs: list[AnnChange] = []
        texts: dict[int, str] = {}
        for target, uid in zip(self.targets, self.uuids, strict=True):
            if target.article_id not in texts:
                texts[target.article_id] = _text(conn, target.article_id)
            text = texts[target.article_id]
            _check_span(text, target.start, target.end, target.article_id)
            if text[target.start : target.end] != self.text:
                raise EditError(
                    TEXT_DIFFERS(
                        article=target.article_id,
                        start=target.start,
                        end=target.end,
                        found=repr(text[target.start : target.end]),
                        text=repr(self.text),
                    )
                )
            existing = None
            if target.existing_uuid:
                existing = rows.annotation(conn, target.existing_uuid)
            if existing is None:
                existing = rows.annotation(conn, uid)
            if existing is not None:
                new = _relabelled(existing, label, stamp)
                if new != replace(existing, updated_at=stamp):
                    pairs.append((existing, new))
                continue
            figure = FigureFields(label_figure_kind(label.name), None, None)
            pairs.append(
                (
                    None,
                    Annotation(
                        uuid=uid,
                        article_id=target.article_id,
                        start=target.start,
                        end=target.end,
                        quote=self.text,
                        label=label.name,
                        kind=label.kind,
                        source="user",
                        status="accepted",
                        figure=figure if label.kind == "figure" else None,
                        created_at=stamp,
                        updated_at=stamp,
                    ),
                )
            )
        return Delta(annotations=tuple(pairs), lexicon=self._lexicon(conn, stamp))

    def _lexicon(self, conn: sqlite3.Connection, stamp: str) -> tuple[LexChange, ...]:
        """Confirm (term, label); a confirmation of the same term with another label is
        withdrawn, so later imports suggest the term with the label chosen last."""
        changes: list[LexChange] = [
            (entry, None)
            for entry in rows.lexicon_for_term(conn, self.text)
            if entry.label != self.label and entry.decision == "confirmed"
        ]
        old_entry = rows.lexicon_entry(conn, self.text, self.label)
        if old_entry is None or old_entry.decision != "confirmed":
            new_entry = LexiconEntry(self.text, self.label, self.kind, "confirmed", stamp)
            changes.append((old_entry, new_entry))
        return tuple(changes)


# --- history ------------------------------------------------------------------------------

#: Why a history row that is not an edit's delta cannot be reverted, by its kind of change.
NOT_REVERTIBLE: Final = {
    "Import": "a whole imported page is not reverted here",
    "AddLabel": "a new label is not reverted here",
}
NO_DELTA: Final = "this change did not record what it changed"


def history_entry(row: dict[str, Any]) -> HistoryEntry:
    """A history row (``rows.history``) as the typed record Edit > History lists."""
    try:
        delta = Delta.from_json(row["before"], row["after"])
    except (ValueError, KeyError, TypeError, ArithmeticError):
        delta = None
    articles: tuple[int, ...] = ()
    reason = ""
    if delta is None:
        reason = NOT_REVERTIBLE.get(str(row["edit"]), NO_DELTA)
    else:
        ids = [x.article_id for pair in delta.annotations for x in pair if x is not None]
        ids += [article_id for article_id, _b, _a in delta.statuses]
        articles = tuple(dict.fromkeys(ids))
    return HistoryEntry(
        id=int(row["id"]),
        at=str(row["at"]),
        edit=str(row["edit"]),
        what=str(row["description"]),
        articles=articles,
        reason=reason,
    )


@dataclass(eq=False)
class RevertHistory(Edit):
    """Undo one change of the project's history (any earlier one, also from a past session)
    as a new change: its delta is rebuilt from the history row and written backwards.

    Refused (EditError) when a span it wrote has changed since (compared by content: the
    history keeps no timestamps), or when the row is not an edit's delta (an imported page).
    A review status or lexicon entry changed since is left as the later change made it.
    """

    history_id: int
    what: str = field(default="", init=False)
    #: A dataset import's row: the documents and labels it created, which the revert takes
    #: away too when nothing was done in them since (set by ``plan``; Library.apply removes
    #: them after the spans and keeps in ``removed`` what went, for an undo to put back).
    created: tuple[tuple[int, ...], tuple[str, ...]] | None = field(default=None, init=False)
    removed: rows.Removed = field(default_factory=rows.Removed, init=False)

    @property
    def wording(self) -> Wording:
        return Wording("Revert %1", (self.what or f"#{self.history_id}",))

    def plan(self, conn: sqlite3.Connection) -> Delta:
        row = rows.history_row(conn, self.history_id)
        if row is None:
            raise EditError(NO_HISTORY(entry=self.history_id))
        entry = history_entry(row)
        self.what = entry.what
        if not entry.revertible:
            raise EditError(CANNOT_REVERT(what=repr(entry.what), reason=entry.reason))
        delta = Delta.from_json(row["before"], row["after"])
        assert delta is not None  # revertible
        self.created = _created_by(conn, row) if str(row["edit"]) == "ImportDataset" else None
        stamp = now()
        pairs: list[AnnChange] = []
        for before, after in delta.annotations:
            key = after or before
            assert key is not None
            current = rows.annotation(conn, key.uuid)
            if not same_content(current, after):
                raise EditError(SPAN_CHANGED(what=repr(entry.what), quote=repr(key.quote)))
            restored = None
            if before is not None:
                created = current.created_at if current is not None else stamp
                restored = replace(before, created_at=created or stamp, updated_at=stamp)
            if current is not None or restored is not None:
                pairs.append((current, restored))
        statuses: list[tuple[int, ReviewStatus, ReviewStatus]] = []
        for article_id, old, new in delta.statuses:
            if old != new and rows.article_status(conn, article_id) == new:
                statuses.append((article_id, new, old))
        lexicon: list[LexChange] = []
        for old_entry, new_entry in delta.lexicon:
            lex_key = new_entry or old_entry
            assert lex_key is not None
            now_entry = rows.lexicon_entry(conn, lex_key.term, lex_key.label)
            if not _same_entry(now_entry, new_entry):
                continue  # decided again since: the later decision stays
            back = None if old_entry is None else replace(old_entry, updated_at=stamp)
            if now_entry is not None or back is not None:
                lexicon.append((now_entry, back))
        settings: list[SettingChange] = [
            (key, after_value, before_value)
            for key, before_value, after_value in delta.settings
            if rows.setting(conn, key) == after_value  # else changed since: the later one stays
        ]
        return Delta(
            annotations=tuple(pairs),
            statuses=tuple(statuses),
            lexicon=tuple(lexicon),
            settings=tuple(settings),
        )


def _created_by(
    conn: sqlite3.Connection, row: dict[str, Any]
) -> tuple[tuple[int, ...], tuple[str, ...]] | None:
    """The documents and labels a dataset import's history row says it created, the documents
    only while their id still holds the content the import gave them (an id freed by an undo
    may belong to another page since). None when the row names none (rows written before
    imports recorded them)."""
    after = row["after"]
    if not isinstance(after, dict):
        return None
    documents: list[int] = []
    for item in after.get("created_documents") or ():
        if (
            isinstance(item, list)
            and len(item) == 2
            and isinstance(item[0], int)
            and isinstance(item[1], str)
            and rows.document_id_by_sha(conn, item[1]) == item[0]
        ):
            documents.append(item[0])
    labels = [n for n in after.get("created_labels") or () if isinstance(n, str)]
    return (tuple(documents), tuple(labels)) if documents or labels else None


def _same_entry(a: LexiconEntry | None, b: LexiconEntry | None) -> bool:
    if a is None or b is None:
        return a is b
    return replace(a, updated_at="") == replace(b, updated_at="")


def edit_name(edit: Edit) -> str:
    return type(edit).__name__


@dataclass(eq=False)
class Resuggest(Edit):
    """Replace the open entity suggestions of articles not yet reviewed by new ones (a
    retrained model's), as one undoable step (issue 10).

    ``suggestions`` maps an article to its new suggestions, built when the edit is made (uuids
    fixed, so redo recreates the same rows). Only automatic suggestions still open
    (``source == "auto"``, ``status == "suggested"``) are replaced; the user's spans, accepted
    and rejected ones stay, and a new suggestion overlapping one of them is dropped. A kept
    span (same offsets and label) keeps its row and takes the new provenance. Articles
    reviewed since the edit was made are left alone."""

    suggestions: dict[int, tuple[Annotation, ...]]

    @property
    def description(self) -> str:
        return f"Re-suggest entities in {len(self.suggestions)} article(s)"

    def plan(self, conn: sqlite3.Connection) -> Delta:
        pairs: list[AnnChange] = []
        for article_id, new in sorted(self.suggestions.items()):
            if rows.article_status(conn, article_id) in (None, "reviewed"):
                continue
            current = rows.article_annotations(conn, article_id)
            open_ = {
                (a.start, a.end, a.label): a
                for a in current
                if a.kind == "entity" and a.status == "suggested" and a.source == "auto"
            }
            fixed = [
                (a.start, a.end) for a in current if a.kind == "entity" and a not in open_.values()
            ]
            wanted: set[tuple[int, int, str]] = set()
            for ann in new:
                key = (ann.start, ann.end, ann.label)
                if any(s < ann.end and ann.start < e for s, e in fixed) or key in wanted:
                    continue
                wanted.add(key)
                old = open_.get(key)
                if old is None:
                    pairs.append((None, ann))
                elif (old.suggested_by, old.confidence) != (ann.suggested_by, ann.confidence):
                    pairs.append(
                        (
                            old,
                            replace(old, suggested_by=ann.suggested_by, confidence=ann.confidence),
                        )
                    )
            pairs += [(old, None) for key, old in open_.items() if key not in wanted]
        return Delta(annotations=tuple(pairs))
