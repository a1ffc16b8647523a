"""hOCR (``tesseract page.png out hocr``, ocropy, kraken) -> :class:`OcrPage`.

Read: ``ocr_page`` (``bbox`` = page size, ``image "..."``); lines (``ocr_line``, ``ocrx_line``,
``ocr_header``, ``ocr_caption``, ``ocr_textfloat``) with their ``bbox`` (else the union of their
words'); their text from ``ocrx_word`` elements (no space between two CJK characters: tesseract
puts each Chinese character in its own word; one space otherwise), or the line's own text when
it has no words; the mean ``x_wconf`` (0-100, scaled to 0-1); the enclosing ``ocr_par`` /
``ocr_carea`` as the region.

Parsed with the standard library's HTML parser (tesseract writes XHTML, other tools HTML): it
expands only HTML's own character references, never fetches anything, and markup inside a
word's text would be an element, not text, so ``&lt;b&gt;`` stays the text ``<b>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from desktop.core.errors import PageError, Template
from desktop.core.ocr.common import (
    ATTRIBUTE_OF,
    LINE,
    OCR_PAGE,
    WORD_OF_LINE,
    X_WCONF_OF,
    RawLine,
    Where,
    check_count,
    confidence,
    finish,
    join_words,
    number,
    union,
)
from desktop.core.ocr.model import OcrPage

LINE_CLASSES = frozenset({"ocr_line", "ocrx_line", "ocr_header", "ocr_caption", "ocr_textfloat"})
REGION_CLASSES = frozenset({"ocr_carea", "ocr_par", "ocrx_block"})
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }
)
_BBOX = re.compile(r"\bbbox\s+([^\s;]+)\s+([^\s;]+)\s+([^\s;]+)\s+([^\s;]+)")
_WCONF = re.compile(r"\bx_wconf\s+([^\s;]+)")
_IMAGE = re.compile(r"\bimage\s+(?:\"([^\"]*)\"|'([^']*)'|(\S+?))\s*(?:;|$)")
#: What marks a file as hOCR (also used by the format detection).
HOCR_MARK = re.compile(r"""class\s*=\s*["']?(?:ocr_page|ocr_line|ocrx_word)\b""")

SEVERAL_PAGES = Template("holds several hOCR pages; save one page per file")
UNREADABLE_HOCR = Template("is not readable hOCR ({reason})")
NOT_HOCR = Template("is HTML but not hOCR (no ocr_page element)")
TRUNCATED = Template("is truncated hOCR (its ocr_page is never closed)")
NOT_UTF8_OR_GB = Template("is hOCR but neither UTF-8 nor GB18030")


@dataclass
class _Line:
    box: tuple[float, float, float, float] | None
    region: str | None
    words: list[str] = field(default_factory=list)
    word_boxes: list[tuple[float, float, float, float] | None] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    own_text: list[str] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=True)
        self.name = name
        self.stack: list[tuple[str, str]] = []  # (tag, role)
        self.lines: list[RawLine] = []
        self.line: _Line | None = None
        self.word: list[str] | None = None
        self.regions: list[str] = []
        self.pages = 0
        self.page_closed = False
        self.width: float | None = None
        self.height: float | None = None
        self.image: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        values = dict(attrs)
        classes = set((values.get("class") or "").split())
        title = values.get("title") or ""
        role = ""
        if "ocr_page" in classes:
            role = "page"
            self.pages += 1
            if self.pages > 1:
                raise PageError(self.name, SEVERAL_PAGES)
            box = self._bbox(title, OCR_PAGE())
            if box is not None:
                self.width, self.height = box[2], box[3]
            found = _IMAGE.search(title)
            if found:
                self.image = next(g for g in found.groups() if g is not None) or None
        elif classes & LINE_CLASSES and self.line is None:
            role = "line"
            region = self.regions[-1] if self.regions else None
            self.line = _Line(self._bbox(title, LINE(n=len(self.lines) + 1)), region)
        elif "ocrx_word" in classes and self.line is not None and self.word is None:
            role = "word"
            self.word = []
            where = WORD_OF_LINE(n=len(self.lines) + 1)
            self.line.word_boxes.append(self._bbox(title, where))
            found = _WCONF.search(title)
            if found:
                score = confidence(found.group(1), self.name, X_WCONF_OF(where=where), scale=100.0)
                if score is not None:
                    self.line.scores.append(score)
        elif classes & REGION_CLASSES:
            role = "region"
            self.regions.append(values.get("id") or f"region{len(self.lines)}")
        self.stack.append((tag, role))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        # Close up to the matching open element (HTML may leave some unclosed).
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for _, role in reversed(self.stack[i:]):
                    self._close(role)
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if self.word is not None:
            self.word.append(data)
        elif self.line is not None:
            self.line.own_text.append(data)

    def _close(self, role: str) -> None:
        if role == "word" and self.line is not None and self.word is not None:
            self.line.words.append("".join(self.word))
            self.word = None
        elif role == "line" and self.line is not None:
            line = self.line
            text = (
                join_words(line.words, line.word_boxes)
                if line.words
                else " ".join("".join(line.own_text).split())
            )
            mean = sum(line.scores) / len(line.scores) if line.scores else None
            self.lines.append(RawLine(text, line.box or union(line.word_boxes), mean, line.region))
            check_count(self.name, len(self.lines))
            self.line = None
        elif role == "region" and self.regions:
            self.regions.pop()
        elif role == "page":
            self.page_closed = True

    def _bbox(self, title: str, where: Where) -> tuple[float, float, float, float] | None:
        found = _BBOX.search(title)
        if not found:
            return None
        x0, y0, x1, y1 = (
            number(v, self.name, ATTRIBUTE_OF(where=where, attribute="bbox"))
            for v in found.groups()
        )
        return (x0, y0, x1, y1)


def read_hocr(data: bytes | str, source: str) -> OcrPage:
    name = source
    text = data if isinstance(data, str) else _decode(data, name)
    parser = _Parser(name)
    try:
        parser.feed(text)
        parser.close()
    except PageError:
        raise
    except (AssertionError, ValueError) as exc:  # html.parser's own complaints
        raise PageError(name, UNREADABLE_HOCR(reason=str(exc))) from None
    if parser.pages == 0:
        raise PageError(name, NOT_HOCR)
    if not parser.page_closed:
        raise PageError(name, TRUNCATED)
    return finish(
        name,
        "hocr",
        parser.lines,
        source=source,
        width=parser.width,
        height=parser.height,
        image=parser.image,
    )


def _decode(data: bytes, name: str) -> str:
    for codec in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    raise PageError(name, NOT_UTF8_OR_GB)
