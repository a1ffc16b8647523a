"""Helpers every format shares: span order, quote checks, record meta, safe JSON lines.

Everything here is deterministic so that export -> import -> export gives identical bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from desktop.core.errors import DatasetError, EditError, Problem, Template, os_reason
from desktop.core.records import Annotation, DatasetRecord, ExportArticle

Span = tuple[int, int, str]

#: The meta fields doccano and Label Studio records carry so that an import finds its article
#: again: the project's article id, and (portable across projects) the page name and the
#: article's position on it. Written in this order. An article merged from fragments continued
#: across pages also carries ``"fragments"``: the ids of its fragments, in text order.
META_KEYS: tuple[str, ...] = ("article_id", "document", "index")

#: What the article's page furniture says (OCR pages): the paper's name, the page's ISO date
#: and its printed page number. Written after :data:`META_KEYS`, each only when known, so
#: records of plain-text pages stay as they were; readers ignore them (they find the article
#: by :data:`META_KEYS`).
PAGE_KEYS: tuple[str, ...] = ("paper", "date", "page")

#: Characters ``json.dumps(ensure_ascii=False)`` leaves raw that some line readers take as
#: line breaks (``str.splitlines``, JavaScript): escaped so a JSONL record stays on one line.
_LINE_BREAKERS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def sorted_annotations(article: ExportArticle) -> list[Annotation]:
    """The article's annotations in the one order every writer uses: (start, end, label).

    Two annotations with the same span and label say the same thing; only the first is kept.
    """
    seen: set[Span] = set()
    out: list[Annotation] = []
    for ann in sorted(article.annotations, key=lambda a: (a.start, a.end, a.label, a.uuid)):
        key = (ann.start, ann.end, ann.label)
        if key not in seen:
            seen.add(key)
            out.append(ann)
    return out


def spans_of(article: ExportArticle) -> tuple[Span, ...]:
    return tuple((a.start, a.end, a.label) for a in sorted_annotations(article))


def meta_of(article: ExportArticle) -> dict[str, object]:
    meta: dict[str, object] = {
        "article_id": article.article_id,
        "document": article.document_name,
        "index": article.index,
    }
    meta.update(page_meta(article))
    if len(article.fragment_ids) > 1:
        meta["fragments"] = list(article.fragment_ids)
    return meta


def page_meta(article: ExportArticle) -> dict[str, str]:
    """The known ones of :data:`PAGE_KEYS` for ``article``, in that order (empty: unknown)."""
    values = (article.paper, article.date, article.page)
    return {k: v for k, v in zip(PAGE_KEYS, values, strict=True) if v}


def to_record(article: ExportArticle) -> DatasetRecord:
    """The record that reading back a doccano or Label Studio export of ``article`` gives."""
    return DatasetRecord(text=article.text, spans=spans_of(article), meta=meta_of(article))


def decimal_text(value: Decimal) -> str:
    """An exact decimal without exponent or trailing zeros: 1.5394E+11 -> "153940000000"."""
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


# Problems of a dataset file or an export (translated by the GUI: desktop.core.errors).
IN_ARTICLE = Template("article {article} ({document} #{index})")
ANN_OUTSIDE = Template(
    "{where}: annotation {uuid} span {start}-{end} is outside the text (length {length})"
)
ANN_MISQUOTED = Template(
    "{where}: annotation {uuid} quotes {quote} but the text at {start}-{end} is {actual}"
)
NOT_INTEGERS = Template("{where}: start and end must be integers, not {start}, {end}")
EMPTY_LABEL = Template("{where}: the label must be a non-empty string, not {label}")
SPAN_OUTSIDE = Template("{where}: span {start}-{end} is outside the text (length {length})")
A_FOLDER = Template("is a folder, not a dataset file")
CANNOT_READ = Template("cannot be read")
NOT_UTF8 = Template("not UTF-8 text (byte 0x{byte} at offset {offset})")
NOT_UTF16_BOUNDARY = Template(
    "{where}: span {start}-{end} does not fall on character boundaries in UTF-16 code units "
    "(text length {length}); were the offsets code points (--offsets codepoints)?"
)
#: Where in a file a problem is, as a dataset's readers name it.
Where = str | Problem


def short(text: str, limit: int = 30) -> str:
    """A quoted, one-line rendering of ``text`` for error messages."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


def check_article(article: ExportArticle) -> None:
    """Raise :class:`EditError` naming the article if a span is out of range or misquoted."""
    text = article.text
    for ann in article.annotations:
        where = IN_ARTICLE(
            article=article.article_id, document=article.document_name, index=article.index
        )
        if not 0 <= ann.start < ann.end <= len(text):
            raise EditError(
                ANN_OUTSIDE(
                    where=where, uuid=ann.uuid, start=ann.start, end=ann.end, length=len(text)
                )
            )
        actual = text[ann.start : ann.end]
        if actual != ann.quote:
            raise EditError(
                ANN_MISQUOTED(
                    where=where,
                    uuid=ann.uuid,
                    quote=short(ann.quote),
                    start=ann.start,
                    end=ann.end,
                    actual=short(actual),
                )
            )


def checked(articles: Iterable[ExportArticle]) -> Iterator[ExportArticle]:
    """Yield each article after :func:`check_article` passed, so a writer can stream."""
    for article in articles:
        check_article(article)
        yield article


def json_line(obj: Any) -> str:
    """One JSON value on one line: UTF-8 as is, fixed key order, no raw line separators."""
    return json.dumps(obj, ensure_ascii=False).translate(_LINE_BREAKERS)


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def checked_span(
    path: str,
    where: Where,
    text: str,
    start: object,
    end: object,
    label: object,
    *,
    length: int | None = None,
) -> Span:
    """Validate one span read from a dataset file; DatasetError names the file and place.
    ``length`` is the text's length in the file's units (default: code points)."""
    if not (is_int(start) and is_int(end)):
        raise DatasetError(path, NOT_INTEGERS(where=where, start=repr(start), end=repr(end)))
    if not isinstance(label, str) or not label:
        raise DatasetError(path, EMPTY_LABEL(where=where, label=repr(label)))
    assert isinstance(start, int) and isinstance(end, int)
    size = len(text) if length is None else length
    if not 0 <= start < end <= size:
        raise DatasetError(path, SPAN_OUTSIDE(where=where, start=start, end=end, length=size))
    return (start, end, label)


def normalise_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Sorted, without exact duplicates: the order writers use, whatever the tool wrote."""
    return tuple(sorted(set(spans)))


def read_text(path: str) -> str:
    """A dataset file's text (UTF-8, BOM allowed), or DatasetError with a one-line reason."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except IsADirectoryError as exc:
        raise DatasetError(path, A_FOLDER) from exc
    except OSError as exc:
        raise DatasetError(path, os_reason(exc, CANNOT_READ)) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DatasetError(path, NOT_UTF8(byte=f"{data[exc.start]:02x}", offset=exc.start)) from exc


def utf16_offsets(text: str) -> list[int]:
    """``out[i]`` is the UTF-16 offset of code point ``i`` (``out[len(text)]`` the length).

    A character outside the Basic Multilingual Plane (𠮷) takes two UTF-16 code units.
    """
    out = [0] * (len(text) + 1)
    pos = 0
    for i, ch in enumerate(text):
        out[i] = pos
        pos += 2 if ord(ch) > 0xFFFF else 1
    out[len(text)] = pos
    return out


def has_astral(text: str) -> bool:
    """Whether ``text`` holds a character that UTF-16 writes as two code units."""
    return not text.isascii() and any(ord(ch) > 0xFFFF for ch in text)


def to_utf16(text: str, spans: Sequence[Span]) -> list[Span]:
    """Code-point spans as UTF-16 code-unit spans (what a default doccano project counts)."""
    if not has_astral(text):
        return list(spans)
    table = utf16_offsets(text)
    return [(table[s], table[e], label) for s, e, label in spans]


def from_utf16(path: str, where: Where, text: str, spans: Sequence[Span]) -> list[Span]:
    """UTF-16 spans read from a file as code-point spans; an offset that falls inside a
    character (between the two halves of 𠮷) or past the end is a one-line DatasetError."""
    if not has_astral(text):
        return list(spans)
    table = utf16_offsets(text)
    index = {unit: i for i, unit in enumerate(table)}
    out: list[Span] = []
    for start, end, label in spans:
        s, e = index.get(start), index.get(end)
        if s is None or e is None:
            raise DatasetError(
                path, NOT_UTF16_BOUNDARY(where=where, start=start, end=end, length=table[-1])
            )
        out.append((s, e, label))
    return out
