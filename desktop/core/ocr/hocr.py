"""hOCR (``tesseract page.png out hocr``, ocropy, kraken) -> :class:`OcrPage`.

Read: ``ocr_page`` (``bbox`` = page size, ``image "..."``); lines (``ocr_line``, ``ocrx_line``,
``ocr_header``, ``ocr_caption``, ``ocr_textfloat``) with their ``bbox`` (else the union of their
words'); their text from ``ocrx_word`` elements (no space between two CJK characters: tesseract
puts each Chinese character in its own word; one space otherwise), or the line's own text when
it has no words; the mean ``x_wconf`` (0-100, scaled to 0-1); the enclosing ``ocr_par`` /
``ocr_carea`` as the region. Words outside any line (files written with word boxes only) are
lines too: a run of words on one row, left to right, is one line (:func:`_rows`). Text outside
any line or word is left out, with a warning (:data:`TEXT_OUTSIDE_LINES`).

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

SEVERAL_PAGES = Template(
    "holds {count} hOCR pages; save one page per file (hocr-split, of hocr-tools, splits it)"
)
TEXT_OUTSIDE_LINES = Template(
    "{count} character(s) of its text stand outside any ocr_line or ocrx_word and were left out"
)
UNREADABLE_HOCR = Template("is not readable hOCR ({reason})")
NOT_HOCR = Template("is HTML but not hOCR (no ocr_page element)")
TRUNCATED = Template("is truncated hOCR (its ocr_page is never closed)")
NOT_UTF8_OR_GB = Template("is hOCR but neither UTF-8 nor GB18030")


@dataclass(frozen=True)
class _Word:
    """A word outside any line."""

    text: str
    box: tuple[float, float, float, float] | None
    score: float | None
    region: str | None


def _rows(words: list[_Word]) -> list[list[_Word]]:
    """Words (in file order) as lines: a word goes on the line of the word before it when both
    are in one region, and its box, when both have one, starts right of the other's start and
    shares half the lower one's height with it (a new row, or the next column, starts a line)."""
    rows: list[list[_Word]] = []
    for word in words:
        if not word.text.strip():
            continue
        if rows and _same_row(rows[-1][-1], word):
            rows[-1].append(word)
        else:
            rows.append([word])
    return rows


def _same_row(a: _Word, b: _Word) -> bool:
    if a.region != b.region:
        return False
    if a.box is None or b.box is None:
        return True
    shared = min(a.box[3], b.box[3]) - max(a.box[1], b.box[1])
    lower = min(a.box[3] - a.box[1], b.box[3] - b.box[1])
    return b.box[0] > a.box[0] and shared >= 0.5 * lower


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
        #: words met outside any line, in order (made lines when a line, region or page
        #: starts or ends: :meth:`_flush_loose`)
        self.loose: list[_Word] = []
        #: non-blank characters of the page's text outside any line or word
        self.outside = 0
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
        if classes & (LINE_CLASSES | REGION_CLASSES | {"ocr_page"}) and self.line is None:
            self._flush_loose()
        if "ocr_page" in classes:
            role = "page"
            self.pages += 1
            if self.pages > 1:
                # (Counted to the end, to say how many; the lines read are not used.)
                self.stack.append((tag, role))
                return
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
        elif "ocrx_word" in classes and self.word is None:
            role = "word"
            self.word = []
            where = WORD_OF_LINE(n=len(self.lines) + 1)
            box = self._bbox(title, where)
            found = _WCONF.search(title)
            score = None
            if found:
                score = confidence(found.group(1), self.name, X_WCONF_OF(where=where), scale=100.0)
            if self.line is not None:
                self.line.word_boxes.append(box)
                if score is not None:
                    self.line.scores.append(score)
            else:
                region = self.regions[-1] if self.regions else None
                self.loose.append(_Word("", box, score, region))
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
        elif self.pages == 1 and not self.page_closed:
            self.outside += sum(1 for ch in data if not ch.isspace())

    def _close(self, role: str) -> None:
        if role == "word" and self.word is not None:
            text = "".join(self.word)
            self.word = None
            if self.line is not None:
                self.line.words.append(text)
            elif self.loose:
                word = self.loose[-1]
                self.loose[-1] = _Word(text, word.box, word.score, word.region)
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
            self._flush_loose()
            self.regions.pop()
        elif role == "page" and not self.page_closed:
            self._flush_loose()
            self.page_closed = True

    def _flush_loose(self) -> None:
        """The words met outside any line, as lines (:func:`_rows`)."""
        for row in _rows(self.loose):
            boxes = [w.box for w in row]
            scores = [w.score for w in row if w.score is not None]
            mean = sum(scores) / len(scores) if scores else None
            text = join_words([w.text for w in row], boxes)
            self.lines.append(RawLine(text, union(boxes), mean, row[0].region))
            check_count(self.name, len(self.lines))
        self.loose = []

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
    if parser.pages > 1:
        raise PageError(name, SEVERAL_PAGES(count=parser.pages))
    if not parser.page_closed:
        raise PageError(name, TRUNCATED)
    outside = (TEXT_OUTSIDE_LINES(count=parser.outside),) if parser.outside else ()
    return finish(
        name,
        "hocr",
        parser.lines,
        source=source,
        width=parser.width,
        height=parser.height,
        image=parser.image,
        warnings=outside,
    )


def _decode(data: bytes, name: str) -> str:
    for codec in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    raise PageError(name, NOT_UTF8_OR_GB)
