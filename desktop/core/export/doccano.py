"""doccano JSONL for sequence labelling: one article per line.

Shape (doccano's import format, "JSONL" with the label column ``label``)::

    {"text": "…", "label": [[3, 6, "PER"], …], "article_id": 7, "document": "p.txt", "index": 0}

Offsets are code points, end exclusive (doccano counts characters the same way). Every other
field becomes a meta field in doccano and comes back on its export, so the reader can find the
article again. The reader also accepts doccano's own exports: ``labels`` instead of ``label``,
and ``entities`` as ``{"start_offset", "end_offset", "label"}`` objects (relation projects).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.core.errors import DatasetError
from desktop.core.export._common import (
    Span,
    checked_span,
    json_line,
    meta_of,
    normalise_spans,
    read_text,
    spans_of,
)
from desktop.core.export._files import atomic_text
from desktop.core.records import DatasetRecord, ExportArticle

_SPAN_KEYS = ("label", "labels", "entities")


def line_of(article: ExportArticle) -> dict[str, Any]:
    record: dict[str, Any] = {"text": article.text, "label": [list(s) for s in spans_of(article)]}
    record.update(meta_of(article))
    return record


def write(articles: Iterable[ExportArticle], out: Path) -> None:
    with atomic_text(out) as handle:
        for article in articles:
            handle.write(json_line(line_of(article)) + "\n")


def read(path: Path) -> list[DatasetRecord]:
    name = str(path)
    records = []
    for n, line in enumerate(read_text(name).split("\n"), 1):
        if line.strip():
            records.append(_record(name, n, line))
    return records


def _record(path: str, n: int, line: str) -> DatasetRecord:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DatasetError(path, f"line {n}: not JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise DatasetError(path, f"line {n}: not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise DatasetError(path, f'line {n}: no "text" string field')
    key = next((k for k in _SPAN_KEYS if k in obj), None)
    raw = obj.get(key, []) if key else []
    if not isinstance(raw, list):
        raise DatasetError(path, f'line {n}: "{key}" must be a list of spans')
    spans = [_span(path, f"line {n}, span {i}", text, item) for i, item in enumerate(raw, 1)]
    skip = {"text", key, "relations"} if key == "entities" else {"text", key}
    meta = {k: v for k, v in obj.items() if k not in skip}
    return DatasetRecord(text=text, spans=normalise_spans(spans), meta=meta)


def _span(path: str, where: str, text: str, item: object) -> Span:
    if isinstance(item, list) and len(item) == 3:
        return checked_span(path, where, text, item[0], item[1], item[2])
    if isinstance(item, dict) and {"start_offset", "end_offset", "label"} <= item.keys():
        return checked_span(
            path, where, text, item["start_offset"], item["end_offset"], item["label"]
        )
    raise DatasetError(path, f"{where}: not a [start, end, label] span: {json_line(item)[:60]}")
