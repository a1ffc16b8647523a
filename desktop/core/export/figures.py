"""Figures as a table: CSV (for spreadsheets) and JSON lines (for scripts).

One row per figure annotation, articles in the order given, figures in text order. Columns:

=========  ===============================================================================
surface    the figure as printed (the annotation's quote)
value      the exact value in base units as a decimal string ("153940000000"), empty if none
unit       unit as printed after folding 万/亿 (元, %, 公里 …)
kind       money, percent, quantity, date, rank, duration, other
approx     true for 余, 多, 近, 超, 约 …
metric     what the figure measures, if known
label      the annotation's label
status     accepted, reviewed (left standing in a reviewed article) or suggested (an
           unreviewed suggestion, only with ``--include suggestions``)
article_id, title, document   which article and page it is in
lines      1-based raw lines of the page it came from: "9", "9-10", "9,12-13"
start, end code-point offsets into the article text
iso        a date's ISO 8601 reading (2025-02-22, 2025-02, --02-22 …), empty for other kinds
paper, date, page   the page furniture of the article's page (OCR pages), empty if unknown
=========  ===============================================================================

The value is a string on purpose: floats lose digits (16.4亿 must stay 1640000000). The CSV is
UTF-8 with a byte-order mark by default, so spreadsheet programs read the Chinese text
correctly; Python must then read it with ``encoding="utf-8-sig"`` (with plain ``"utf-8"`` the
first key of ``csv.DictReader`` is ``"\ufeffsurface"``). ``ExportOptions(csv_bom=False)``
(``--no-csv-bom``) writes plain UTF-8 instead. Empty cells for missing values,
``true``/``false`` for approx.
In JSONL, missing values are null and approx is a boolean.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.export._common import decimal_text, json_line, sorted_annotations
from desktop.core.export._files import atomic_text
from desktop.core.export.options import ExportOptions, ExportSummary, status_of
from desktop.core.records import ExportArticle

COLUMNS = (
    "surface",
    "value",
    "unit",
    "kind",
    "approx",
    "metric",
    "label",
    "status",
    "article_id",
    "title",
    "document",
    "lines",
    "start",
    "end",
    "iso",
    "paper",
    "date",
    "page",
)


def line_ranges(article: ExportArticle, start: int, end: int) -> str:
    """The raw lines of ``text[start:end]`` as ranges: (9, 10, 12) -> "9-10,12"."""
    lines = sorted({n for n in article.char_lines[start:end] if n > 0})
    ranges: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j + 1] == lines[j] + 1:
            j += 1
        ranges.append(str(lines[i]) if i == j else f"{lines[i]}-{lines[j]}")
        i = j + 1
    return ",".join(ranges)


def rows(articles: Iterable[ExportArticle]) -> Iterator[dict[str, Any]]:
    """Each figure as a dict keyed by :data:`COLUMNS`, None where there is no value."""
    for article in articles:
        for ann in sorted_annotations(article):
            if ann.kind != "figure":
                continue
            fig = ann.figure
            yield {
                "surface": ann.quote,
                "value": None if fig is None or fig.value is None else decimal_text(fig.value),
                "unit": fig.unit if fig else None,
                "kind": fig.kind if fig else ann.label,
                "approx": bool(fig and fig.approx),
                "metric": fig.metric if fig else None,
                "label": ann.label,
                "status": status_of(article, ann),
                "article_id": article.article_id,
                "title": article.title,
                "document": article.document_name,
                "lines": line_ranges(article, ann.start, ann.end),
                "start": ann.start,
                "end": ann.end,
                "iso": fig.iso if fig else None,
                "paper": article.paper,
                "date": article.date,
                "page": article.page,
            }


def write_csv(
    articles: Iterable[ExportArticle],
    out: Path,
    options: ExportOptions | None = None,
    summary: ExportSummary | None = None,
) -> None:
    bom = (options or ExportOptions()).csv_bom
    with atomic_text(out, encoding="utf-8-sig" if bom else "utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in rows(articles):
            writer.writerow(_cell(row[c]) for c in COLUMNS)


def write_jsonl(
    articles: Iterable[ExportArticle],
    out: Path,
    options: ExportOptions | None = None,
    summary: ExportSummary | None = None,
) -> None:
    with atomic_text(out) as handle:
        for row in rows(articles):
            handle.write(json_line(row) + "\n")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
