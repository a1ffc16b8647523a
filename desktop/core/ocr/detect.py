"""Which reader a file needs, from its content (never its name), and :func:`read_ocr`.

- JSON (``[`` or ``{`` then JSON): PaddleOCR/RapidOCR results; a doccano / Label Studio
  dataset given as a page is refused with a pointer to ``newsdesk import-dataset``;
- markup with hOCR classes (``ocr_page``, ``ocr_line``, ``ocrx_word``): hOCR;
- XML whose root is ``alto``: ALTO; ``PcGts``: PAGE XML; other XML or HTML: refused;
- the Tesseract TSV header row: TSV;
- anything else: plain text (:mod:`desktop.core.decode`'s encodings and errors).
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Callable
from typing import Any

from desktop.core.decode import HTML_DOCUMENT, check_page_file, unreadable
from desktop.core.errors import PageError, Template
from desktop.core.ocr.alto import alto_page, read_alto
from desktop.core.ocr.common import JSON_INVALID, JSON_NOT_UTF8, JSON_TOO_DEEP, MAX_OCR_BYTES
from desktop.core.ocr.hocr import HOCR_MARK, read_hocr
from desktop.core.ocr.model import OcrPage
from desktop.core.ocr.paddle import page_from_json, read_paddle
from desktop.core.ocr.pagexml import pagexml_page, read_pagexml
from desktop.core.ocr.text import read_text
from desktop.core.ocr.tsv import HEADER, read_tsv
from desktop.core.ocr.xmlsafe import local, parse_xml

READERS: dict[str, Callable[[bytes | str, str], OcrPage]] = {
    "paddle": read_paddle,
    "hocr": read_hocr,
    "alto": read_alto,
    "pagexml": read_pagexml,
    "tsv": read_tsv,
    "text": read_text,
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_XML_START = re.compile(
    r"<(\?xml\s|!doctype\s|alto[\s>]|pcgts[\s>]|html[\s>]|[\w:.-]+\s+xmlns)", re.IGNORECASE
)
_HTML = re.compile(r"<(!doctype\s+html|html[\s>])", re.IGNORECASE)
_JSON_START = re.compile(r"[\[{]\s*(?:[\[{\"\]}\d-]|null|true|false)")
_DATASET_KEYS = frozenset({"label", "labels", "entities", "annotations", "predictions"})
DATASET_MESSAGE = Template(
    "looks like a doccano/Label Studio dataset; use `newsdesk import-dataset`"
)
OCR_TOO_LARGE = Template("is too large ({size} MB; an OCR page file may be at most {limit} MB)")
OTHER_XML = Template("is XML but not ALTO, PAGE XML or hOCR (its root is <{root}>)")
_TSV_HEADER = "\t".join(HEADER[:6])


def read_ocr(path: str | os.PathLike[str]) -> OcrPage:
    """Read one page file in whichever format its content is; PageError naming ``path``."""
    name = str(path)
    # A FIFO or a device never blocks the read; a link loop is named as such (issue 12).
    check_page_file(path, limit=MAX_OCR_BYTES)
    try:
        size = os.path.getsize(path)
        if size > MAX_OCR_BYTES:
            raise PageError(
                name, OCR_TOO_LARGE(size=f"{size / 1048576:.1f}", limit=MAX_OCR_BYTES // 1048576)
            )
        with open(path, "rb") as handle:
            data = handle.read(MAX_OCR_BYTES + 1)
    except OSError as exc:
        raise PageError(name, unreadable(exc)) from exc
    return read_ocr_bytes(data, name)


def read_ocr_bytes(data: bytes, source: str) -> OcrPage:
    """Read a page's bytes; ``source`` names it in messages and in the page."""
    fmt = sniff(data)
    if fmt == "json":
        return _read_json(data, source)
    if fmt == "xml":
        root = parse_xml(data, source)
        tag = local(root.tag)
        if tag == "alto":
            return alto_page(root, source, source)
        if tag == "PcGts":
            return pagexml_page(root, source, source)
        if tag.lower() == "html":
            raise PageError(source, HTML_DOCUMENT)
        raise PageError(source, OTHER_XML(root=tag))
    if fmt == "html":
        raise PageError(source, HTML_DOCUMENT)
    return READERS[fmt](data, source)


def sniff(data: bytes) -> str:
    """The format of a page's bytes: a key of :data:`READERS`, or "json", "xml", "html"."""
    head = _head(data)
    if _JSON_START.match(head):
        return "json"
    if head.startswith("<"):
        if HOCR_MARK.search(head) or HOCR_MARK.search(_head(data, 1 << 20)):
            return "hocr"
        if _HTML.match(head):
            return "html"
        if _XML_START.match(head):
            return "xml"
    if head.startswith(_TSV_HEADER):
        return "tsv"
    return "text"


def _head(data: bytes, size: int = 8192) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) : len(bom) + size].decode(codec, errors="ignore").lstrip()
    return data[:size].decode("utf-8", errors="ignore").lstrip()


def _read_json(data: bytes, source: str) -> OcrPage:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PageError(source, JSON_NOT_UTF8(offset=exc.start)) from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and _jsonl_dataset(text):
            raise PageError(source, DATASET_MESSAGE) from None
        raise PageError(
            source, JSON_INVALID(reason=exc.msg, line=exc.lineno, column=exc.colno)
        ) from None
    except RecursionError:
        raise PageError(source, JSON_TOO_DEEP) from None
    if is_dataset(doc):
        raise PageError(source, DATASET_MESSAGE)
    return page_from_json(doc, source, source)


def is_dataset(doc: Any) -> bool:
    """A doccano / Label Studio record or list of them (text with labels, or a task's data)."""
    first = doc[0] if isinstance(doc, list) and doc else doc
    if not isinstance(first, dict):
        return False
    if isinstance(first.get("data"), dict):
        return True
    return "text" in first and bool(_DATASET_KEYS.intersection(first))


def _jsonl_dataset(text: str) -> bool:
    for line in text.splitlines():
        if line.strip():
            try:
                return is_dataset(json.loads(line))
            except json.JSONDecodeError:
                return False
    return False
