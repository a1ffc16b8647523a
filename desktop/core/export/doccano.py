"""doccano JSONL for sequence labelling: one article per line.

Shape (doccano's import format, "JSONL" with the label column ``label``)::

    {"text": "…", "label": [[3, 6, "PER"], …], "article_id": 7, "document": "p.txt", "index": 0,
     "paper": "…日报", "date": "2025-03-01", "page": "第3版"}

``paper``, ``date`` and ``page`` (what the OCR page's furniture says) are there only when known.

Offsets are end exclusive and count, by choice (:class:`ExportOptions.offsets`,
``--offsets``), UTF-16 code units — what a default doccano project counts, since its browser
front end measures JavaScript strings — or code points, what doccano counts with grapheme
mode on. The two differ only after a character outside the Basic Multilingual Plane (𠮷, a
CJK Extension B name): in a default project, code-point offsets are drawn shifted after it.
The reader takes the same choice (default UTF-16) and refuses an offset that falls between
the two halves of such a character. Every other field becomes a meta field in doccano and
comes back on its export, so the reader can find the article again. The reader also accepts
doccano's own exports: ``labels`` instead of ``label``, and ``entities`` as
``{"start_offset", "end_offset", "label"}`` objects (relation projects).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.core.errors import DatasetError, Template
from desktop.core.export._common import (
    Span,
    Where,
    checked_span,
    from_utf16,
    json_line,
    meta_of,
    normalise_spans,
    read_text,
    spans_of,
    to_utf16,
)
from desktop.core.export._files import atomic_text
from desktop.core.export.options import ExportOptions, ExportSummary, Offsets
from desktop.core.records import DatasetRecord, ExportArticle

_SPAN_KEYS = ("label", "labels", "entities")


def line_of(article: ExportArticle, offsets: Offsets = "utf16") -> dict[str, Any]:
    spans = list(spans_of(article))
    if offsets == "utf16":
        spans = to_utf16(article.text, spans)
    record: dict[str, Any] = {"text": article.text, "label": [list(s) for s in spans]}
    record.update(meta_of(article))
    return record


def write(
    articles: Iterable[ExportArticle],
    out: Path,
    options: ExportOptions | None = None,
    summary: ExportSummary | None = None,
) -> None:
    offsets = (options or ExportOptions()).offsets
    with atomic_text(out) as handle:
        for article in articles:
            handle.write(json_line(line_of(article, offsets)) + "\n")


def read(path: Path, *, offsets: Offsets = "utf16") -> list[DatasetRecord]:
    """Records with code-point spans; ``offsets`` says what the file's offsets count."""
    name = str(path)
    records = []
    for n, line in enumerate(read_text(name).split("\n"), 1):
        if line.strip():
            records.append(_record(name, n, line, offsets))
    return records


LINE = Template("line {line}")
LINE_SPAN = Template("line {line}, span {span}")
NOT_JSON = Template("line {line}: not JSON ({reason} at column {column})")
NOT_OBJECT = Template("line {line}: not a JSON object")
NO_TEXT = Template('line {line}: no "text" string field')
SPANS_NOT_LIST = Template('line {line}: "{key}" must be a list of spans')
NOT_A_SPAN = Template("{where}: not a [start, end, label] span: {item}")


def _record(path: str, n: int, line: str, offsets: Offsets = "utf16") -> DatasetRecord:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DatasetError(path, NOT_JSON(line=n, reason=exc.msg, column=exc.colno)) from exc
    if not isinstance(obj, dict):
        raise DatasetError(path, NOT_OBJECT(line=n))
    text = obj.get("text")
    if not isinstance(text, str):
        raise DatasetError(path, NO_TEXT(line=n))
    key = next((k for k in _SPAN_KEYS if k in obj), None)
    raw = obj.get(key, []) if key else []
    if not isinstance(raw, list):
        raise DatasetError(path, SPANS_NOT_LIST(line=n, key=key))
    length = len(text.encode("utf-16-le")) // 2 if offsets == "utf16" else len(text)
    spans = [
        _span(path, LINE_SPAN(line=n, span=i), text, item, length) for i, item in enumerate(raw, 1)
    ]
    if offsets == "utf16":
        spans = from_utf16(path, LINE(line=n), text, spans)
    skip = {"text", key, "relations"} if key == "entities" else {"text", key}
    meta = {k: v for k, v in obj.items() if k not in skip}
    return DatasetRecord(text=text, spans=normalise_spans(spans), meta=meta)


def _span(path: str, where: Where, text: str, item: object, length: int) -> Span:
    if isinstance(item, list) and len(item) == 3:
        return checked_span(path, where, text, item[0], item[1], item[2], length=length)
    if isinstance(item, dict) and {"start_offset", "end_offset", "label"} <= item.keys():
        return checked_span(
            path,
            where,
            text,
            item["start_offset"],
            item["end_offset"],
            item["label"],
            length=length,
        )
    raise DatasetError(path, NOT_A_SPAN(where=where, item=json_line(item)[:60]))
