"""Tesseract TSV (``tesseract page.png out tsv``) -> :class:`OcrPage`.

Columns: level, page_num, block_num, par_num, line_num, word_num, left, top, width, height,
conf, text. Word rows (level 5; conf 0-100, scaled to 0-1, or -1: not given) are grouped into
lines by (page, block, par, line) in file order; the page/block/paragraph/line rows, and empty
words with conf -1, are skipped. A file of several pages (``page_num``) is refused. A line's box
is the union of its words' boxes; its text joins the words (no space between two CJK
characters); its confidence is their mean. The level-1 row gives the page size.
"""

from __future__ import annotations

from desktop.core.errors import PageError, Template
from desktop.core.ocr.common import (
    ATTRIBUTE_OF,
    BOX_OF,
    HEIGHT_OF,
    ROW,
    WIDTH_OF,
    RawLine,
    check_count,
    confidence,
    finish,
    join_words,
    number,
    union,
)
from desktop.core.ocr.model import OcrPage

TSV_NOT_UTF8 = Template("is Tesseract TSV but not UTF-8 (byte {offset})")
NOT_TSV = Template("is not Tesseract TSV (its first row is not the TSV header)")
SHORT_ROW = Template("row {row} has {count} columns (Tesseract TSV has 12)")
SEVERAL_PAGES = Template("holds {count} pages (page_num); save one page per file")

HEADER = (
    "level", "page_num", "block_num", "par_num", "line_num", "word_num",
    "left", "top", "width", "height", "conf", "text",
)  # fmt: skip


def read_tsv(data: bytes | str, source: str) -> OcrPage:
    name = source
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise PageError(name, TSV_NOT_UTF8(offset=exc.start)) from exc
    rows = data.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header = tuple(c.strip() for c in rows[0].split("\t")) if rows else ()
    if header[:11] != HEADER[:11]:
        raise PageError(name, NOT_TSV)
    pages: set[str] = set()
    width = height = None
    groups: dict[tuple[str, str, str, str], list[tuple[str, tuple[float, ...], float | None]]] = {}
    for n, row in enumerate(rows[1:], 2):
        if not row.strip():
            continue
        cells = row.split("\t")
        if len(cells) < 11:
            raise PageError(name, SHORT_ROW(row=n, count=len(cells)))
        text = "\t".join(cells[11:]) if len(cells) > 11 else ""
        where = ROW(n=n)
        level = cells[0].strip()
        if cells[1].strip():
            pages.add(cells[1].strip())
        if level == "1":
            if len(pages) == 1:
                width = number(cells[8], name, WIDTH_OF(where=where))
                height = number(cells[9], name, HEIGHT_OF(where=where))
            continue
        conf_value = number(cells[10], name, ATTRIBUTE_OF(where=where, attribute="conf"))
        # (A word with text keeps its row when its conf is -1, "not given": tesseract gives
        # every word it read a confidence, other writers may not.)
        if level != "5" or (conf_value < 0 and not text.strip()):
            continue
        left, top, w, h = (number(c, name, BOX_OF(where=where)) for c in cells[6:10])
        key = (cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip())
        if key not in groups:
            check_count(name, len(groups) + 1)
        groups.setdefault(key, []).append(
            (text, (left, top, left + w, top + h), confidence(conf_value, name, where, scale=100.0))
        )
    if len(pages) > 1:
        raise PageError(name, SEVERAL_PAGES(count=len(pages)))
    lines = []
    for key, words in groups.items():
        scores = [s for _, _, s in words if s is not None]
        box = union((b[0], b[1], b[2], b[3]) for _, b, _ in words)
        mean = sum(scores) / len(scores) if scores else None
        region = f"block {key[1]} par {key[2]}"
        text = join_words([t for t, _, _ in words], [(b[0], b[1], b[2], b[3]) for _, b, _ in words])
        lines.append(RawLine(text, box, mean, region))
    return finish(name, "tsv", lines, source=source, width=width, height=height)
