"""Before/after deltas of edits, and writing them: the one place annotations change.

An edit plans a :class:`Delta` (see :mod:`desktop.core.edits`); :func:`write` applies its
after-state inside the caller's transaction, checking every span's quote against the article
text, and, for an undo, that the project is still in the state the edit left.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, cast

from desktop.core.errors import EditError, Template
from desktop.core.records import (
    REVIEW_STATUSES,
    Annotation,
    Changes,
    FigureFields,
    ReviewStatus,
)
from desktop.core.store import rows
from desktop.core.store.rows import LexiconEntry

# --- what undo refuses (translated by the GUI: desktop.core.errors) --------------------------

QUOTE_MISMATCH = Template(
    "article {article}: span {start}-{end} {quote} does not match the text there ({found})"
)
ANNOTATION_CHANGED = Template("annotation {quote} changed since; cannot undo this edit")
STATUS_CHANGED = Template("article {article} status changed since; cannot undo this edit")
SETTING_CHANGED = Template("setting {name} changed since; cannot undo this edit")
NO_ARTICLE = Template("article {article} does not exist")

# --- deltas --------------------------------------------------------------------------------

AnnChange = tuple[Annotation | None, Annotation | None]
StatusChange = tuple[int, ReviewStatus, ReviewStatus]
LexChange = tuple[LexiconEntry | None, LexiconEntry | None]
#: A project setting's key, its stored value before and after (None: not stored, the default).
SettingChange = tuple[str, str | None, str | None]


@dataclass(frozen=True, slots=True)
class Delta:
    """Before and after of everything an edit changes; ``None`` means absent."""

    annotations: tuple[AnnChange, ...] = ()
    statuses: tuple[StatusChange, ...] = ()
    lexicon: tuple[LexChange, ...] = ()
    settings: tuple[SettingChange, ...] = ()

    def is_empty(self) -> bool:
        return not (self.annotations or self.statuses or self.lexicon or self.settings)

    def inverse(self) -> Delta:
        return Delta(
            annotations=tuple((after, before) for before, after in reversed(self.annotations)),
            statuses=tuple((a, after, before) for a, before, after in reversed(self.statuses)),
            lexicon=tuple((after, before) for before, after in reversed(self.lexicon)),
            settings=tuple((k, after, before) for k, before, after in reversed(self.settings)),
        )

    def then(self, other: Delta) -> Delta:
        """This delta followed by ``other`` (planned after this one was written): one step."""
        return Delta(
            annotations=self.annotations + other.annotations,
            statuses=self.statuses + other.statuses,
            lexicon=self.lexicon + other.lexicon,
            settings=self.settings + other.settings,
        )

    def changes(self, description: str) -> Changes:
        """What the delta changed, with the records it wrote (one pair per annotation: its
        first before and last after, for a delta made of several edits)."""
        first: dict[str, Annotation | None] = {}
        last: dict[str, Annotation | None] = {}
        for before, after in self.annotations:
            key = after or before
            assert key is not None
            first.setdefault(key.uuid, before)
            last[key.uuid] = after
        pairs = [(first[u], last[u]) for u in last if first[u] is not None or last[u] is not None]
        added = tuple(a.uuid for b, a in pairs if b is None and a is not None)
        removed = tuple(b.uuid for b, a in pairs if a is None and b is not None)
        updated = tuple(a.uuid for b, a in pairs if a is not None and b is not None)
        articles = {x.article_id for pair in pairs for x in pair if x is not None}
        statuses: dict[int, ReviewStatus] = {}
        for article_id, _before, after_status in self.statuses:
            statuses[article_id] = after_status
        return Changes(
            description=description,
            added=added,
            removed=removed,
            updated=updated,
            articles=frozenset(articles),
            article_status=frozenset(statuses),
            lexicon=bool(self.lexicon),
            settings=bool(self.settings),
            spans=tuple(pairs),
            statuses=tuple(statuses.items()),
        )

    def as_json(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(before, after) for the history row."""

        def side(i: int) -> dict[str, Any]:
            out: dict[str, Any] = {
                "annotations": [_ann_json(p[i]) for p in self.annotations if p[i] is not None],
                "statuses": [{"article": s[0], "status": s[1 + i]} for s in self.statuses],
                "lexicon": [_lex_json(p[i]) for p in self.lexicon if p[i] is not None],
            }
            if self.settings:  # only then: rows of other edits read as before
                out["settings"] = [{"key": c[0], "value": c[1 + i]} for c in self.settings]
            return out

        return side(0), side(1)

    @classmethod
    def from_json(cls, before: Any, after: Any) -> Delta | None:
        """The delta a history row's (before, after) JSON describes (:meth:`as_json`), or None
        when the row is not an edit's delta (an imported page, a new label, a bulk import that
        kept only ids). The JSON keeps no timestamps: the records come back with empty ones,
        to be compared by content (:func:`same_content`).

        Raises ValueError when the JSON is malformed."""
        keys = ("annotations", "statuses", "lexicon")
        if not (isinstance(before, dict) and isinstance(after, dict)):
            return None
        if not all(isinstance(side.get(k), list) for side in (before, after) for k in keys):
            return None
        first: dict[str, Annotation | None] = {}
        last: dict[str, Annotation | None] = {}
        for record in before["annotations"]:
            ann = _ann_from_json(record)
            first.setdefault(ann.uuid, ann)
        for record in after["annotations"]:
            ann = _ann_from_json(record)
            last[ann.uuid] = ann
        uuids = list(dict.fromkeys([*first, *last]))
        annotations = tuple((first.get(u), last.get(u)) for u in uuids)
        if len(before["statuses"]) != len(after["statuses"]):
            raise ValueError("history row: statuses before and after differ in length")
        statuses = tuple(
            (int(b["article"]), _status(b["status"]), _status(a["status"]))
            for b, a in zip(before["statuses"], after["statuses"], strict=True)
        )
        lex_before = {(e["term"], e["label"]): _lex_from_json(e) for e in before["lexicon"]}
        lex_after = {(e["term"], e["label"]): _lex_from_json(e) for e in after["lexicon"]}
        lexicon = tuple(
            (lex_before.get(k), lex_after.get(k)) for k in dict.fromkeys([*lex_before, *lex_after])
        )
        settings_before = before.get("settings", [])
        settings_after = after.get("settings", [])
        if not (isinstance(settings_before, list) and isinstance(settings_after, list)):
            raise ValueError("history row: settings are not lists")
        if len(settings_before) != len(settings_after):
            raise ValueError("history row: settings before and after differ in length")
        settings = tuple(
            (str(b["key"]), _setting_value(b["value"]), _setting_value(a["value"]))
            for b, a in zip(settings_before, settings_after, strict=True)
        )
        return cls(annotations=annotations, statuses=statuses, lexicon=lexicon, settings=settings)


def same_content(a: Annotation | None, b: Annotation | None) -> bool:
    """Whether two records are the same span (timestamps aside: history keeps none)."""
    if a is None or b is None:
        return a is b
    return replace(a, created_at="", updated_at="") == replace(b, created_at="", updated_at="")


def _setting_value(value: Any) -> str | None:
    return None if value is None else str(value)


def _status(value: Any) -> ReviewStatus:
    if value not in REVIEW_STATUSES:
        raise ValueError(f"history row: unknown review status {value!r}")
    return cast(ReviewStatus, value)


def _ann_from_json(record: Any) -> Annotation:
    figure = None
    raw = record.get("figure")
    if raw is not None:
        value = raw.get("value")
        figure = FigureFields(
            kind=str(raw["kind"]),
            value=None if value is None else Decimal(str(value)),
            unit=raw.get("unit"),
            approx=bool(raw.get("approx", False)),
            metric=raw.get("metric"),
            iso=raw.get("iso"),
        )
    confidence = record.get("confidence")
    return Annotation(
        uuid=str(record["uuid"]),
        article_id=int(record["article"]),
        start=int(record["start"]),
        end=int(record["end"]),
        quote=str(record["quote"]),
        label=str(record["label"]),
        kind=record["kind"],
        source=record["source"],
        status=record["status"],
        figure=figure,
        suggested_by=str(record.get("suggested_by", "")),
        confidence=None if confidence is None else float(confidence),
    )


def _lex_from_json(record: Any) -> LexiconEntry:
    return LexiconEntry(
        str(record["term"]), str(record["label"]), str(record["kind"]), str(record["decision"])
    )


def _ann_json(a: Annotation | None) -> dict[str, Any]:
    assert a is not None
    out: dict[str, Any] = {
        "uuid": a.uuid,
        "article": a.article_id,
        "start": a.start,
        "end": a.end,
        "quote": a.quote,
        "label": a.label,
        "kind": a.kind,
        "source": a.source,
        "status": a.status,
    }
    if a.suggested_by:
        out["suggested_by"] = a.suggested_by
    if a.confidence is not None:
        out["confidence"] = a.confidence
    if a.figure is not None:
        f = a.figure
        out["figure"] = {
            "kind": f.kind,
            "value": None if f.value is None else str(f.value),
            "unit": f.unit,
            "approx": f.approx,
            "metric": f.metric,
            "iso": f.iso,
        }
    return out


def _lex_json(e: LexiconEntry | None) -> dict[str, Any]:
    assert e is not None
    return {"term": e.term, "label": e.label, "kind": e.kind, "decision": e.decision}


# --- writing -------------------------------------------------------------------------------


def check_quote(a: Annotation, text: str) -> None:
    """The invariant of every stored span: its quote is the article text at its offsets."""
    if not (0 <= a.start < a.end <= len(text)) or text[a.start : a.end] != a.quote:
        raise EditError(
            QUOTE_MISMATCH(
                article=a.article_id,
                start=a.start,
                end=a.end,
                quote=repr(a.quote),
                found=repr(text[a.start : a.end]),
            )
        )


def write(conn: sqlite3.Connection, delta: Delta, *, expect_current: bool) -> None:
    """Write ``delta``'s after-state; with ``expect_current``, first check the project is still
    in its before-state (a revert of an edit that later edits overtook is refused)."""
    texts: dict[int, str] = {}
    for before, after in delta.annotations:
        key = after or before
        assert key is not None
        if expect_current:
            current = rows.annotation(conn, key.uuid)
            if current != before:
                raise EditError(ANNOTATION_CHANGED(quote=repr(key.quote)))
        if after is None:
            rows.delete_annotation(conn, key.uuid)
            continue
        if after.article_id not in texts:
            texts[after.article_id] = _article_text(conn, after.article_id)
        check_quote(after, texts[after.article_id])
        rows.replace_annotation(conn, after)
    for article_id, before_status, after_status in delta.statuses:
        if expect_current and rows.article_status(conn, article_id) != before_status:
            raise EditError(STATUS_CHANGED(article=article_id))
        rows.set_article_status(conn, article_id, after_status)
    for before_entry, after_entry in delta.lexicon:
        entry = after_entry or before_entry
        assert entry is not None
        if after_entry is None:
            rows.delete_lexicon(conn, entry.term, entry.label)
        else:
            rows.put_lexicon(conn, after_entry)
    for name, before_value, after_value in delta.settings:
        if expect_current and rows.setting(conn, name) != before_value:
            raise EditError(SETTING_CHANGED(name=name))
        rows.set_setting(conn, name, after_value)


def _article_text(conn: sqlite3.Connection, article_id: int) -> str:
    text = rows.article_text(conn, article_id)
    if text is None:
        raise EditError(NO_ARTICLE(article=article_id))
    return text
