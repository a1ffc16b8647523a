"""The CLI's page-level commands (``reflow``, ``extract``): read and compute with the core,
print here (above the core: nothing in ``desktop.core`` prints)."""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TextIO

from desktop.core.decode import shown_name
from desktop.core.errors import PageError
from desktop.core.model import Page
from desktop.core.ocr import read_ocr
from desktop.core.reflow import reflow_page

if TYPE_CHECKING:
    from desktop.core.extract import Extractor
from desktop.core.serialize import figure_json, page_json


def load_page(path: str) -> Page:
    """Any page file (text, PaddleOCR/RapidOCR JSON, hOCR, ALTO, PAGE XML, Tesseract TSV),
    reflowed; warnings go to stderr. A name that is not UTF-8 prints (and is valid JSON) as
    text."""
    name = shown_name(path)
    ocr = read_ocr(path)
    for warning in ocr.warnings:
        print(f"newsdesk: {name}: {warning}", file=sys.stderr)
    page = reflow_page(ocr)
    return replace(page, source=shown_name(page.source))


def reflow_command(path: str, *, as_json: bool, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    page = load_page(path)
    if as_json:
        json.dump(page_json(page), out, ensure_ascii=False)
        out.write("\n")
        return 0
    for n, article in enumerate(page.articles, 1):
        meta = []
        if article.continued_from:
            meta.append(f"上接{article.continued_from}")
        if article.continued_to:
            meta.append(f"下转{article.continued_to}")
        header = f"=== {n}/{len(page.articles)}" + (f" ({', '.join(meta)})" if meta else "")
        out.write(header + "\n")
        for block in article.blocks:
            tag = "" if block.kind == "paragraph" else f"[{block.kind}] "
            out.write(f"{tag}{block.text}\n")
        out.write("\n")
    return 0


def extract_command(
    path: str | None,
    *,
    lines: str | None,
    out: TextIO | None = None,
    project: str | None = None,
    convention: str = "guideline",
) -> int:
    """``convention`` "corpus" runs the shipped model under the public corpora's conventions
    (in this process: the worker pool's extractors follow the guideline)."""
    from desktop.core.extract import Extractor, get_extractor, shipped_model
    from desktop.core.extract.figures import iso_date

    out = out or sys.stdout
    extractor: Extractor | None = None
    if convention != "guideline":
        extractor = Extractor(shipped_model(), convention=convention)
    if project is not None:
        from desktop.core.library import Library

        with Library.open(project, create=False) as lib:
            extractor = lib.extractor()
    if lines is not None:
        return _extract_lines(lines, out, extractor)
    if path is None:
        raise PageError("extract", "give a page file, or --lines IN.jsonl")
    page = load_page(path)
    extractions = (extractor or get_extractor()).extract_page(
        [a.text for a in page.articles], page_date=iso_date(page.meta.date)
    )
    json.dump(page_json(page, extractions), out, ensure_ascii=False)
    out.write("\n")
    return 0


def _extract_lines(path: str, out: TextIO, extractor: Extractor | None = None) -> int:
    """One output line per input line, in order (a blank line stays blank); lines are read as
    the workers need them and written as their results come back, so any size streams."""
    from desktop.core.extract import get_extractor

    try:
        handle = open(path, encoding="utf-8-sig")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise PageError(path, exc.strerror or "cannot be opened") from exc
    read: deque[dict[str, Any] | None] = deque()  # read, not yet written

    def texts() -> Iterator[str]:
        for n, line in enumerate(handle, 1):
            record = _parse_line(path, n, line)
            read.append(record)
            if record is not None:
                yield record["text"]

    with handle:
        try:
            # a project's model lives in this process: its extractor runs here, one core
            stream = (
                get_extractor().extract_stream(texts())
                if extractor is None
                else extractor.extract_stream(texts(), workers=1)
            )
            for ext in stream:
                while read[0] is None:
                    read.popleft()
                    out.write("\n")
                record = read.popleft()
                assert record is not None
                record["entities"] = [[e.start, e.end, e.label] for e in ext.entities]
                # provenance beside the entities, in the same order (the [start, end, label]
                # triples stay as they were for existing readers)
                record["sources"] = [e.source for e in ext.entities]
                record["confidences"] = [e.confidence for e in ext.entities]
                record["figures"] = [figure_json(f) for f in ext.figures]
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        except UnicodeDecodeError as exc:
            raise PageError(path, f"not UTF-8 text ({exc.reason})") from exc
    out.write("\n" * len(read))  # blank lines after the last text
    return 0


def _parse_line(path: str, n: int, line: str) -> dict[str, Any] | None:
    if not line.strip():
        return None
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise PageError(path, f"line {n}: not JSON ({exc.msg})") from exc
    except RecursionError as exc:  # issue 12, item 5: a value nested 100,000 levels deep
        raise PageError(path, f"line {n}: nested too deep to be a record") from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise PageError(path, f'line {n}: no "text" string field')
    return record
