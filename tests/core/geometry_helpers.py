"""Small hand-set pages of boxed lines for the geometric layout's rule tests, and its checks."""

from __future__ import annotations

from collections import Counter

from desktop.core.model import SYNTHETIC, Page
from desktop.core.ocr.model import Box, OcrLine, OcrPage

S = 20.0  # body type size in pixels
PITCH = 30.0  # body line spacing


class Sheet:
    """Lines set at explicit positions; ``page()`` lists them in the order given (or another)."""

    def __init__(self) -> None:
        self.lines: list[OcrLine] = []

    def line(
        self, text: str, x: float, y: float, size: float = S, confidence: float | None = 0.95
    ) -> float:
        width = sum(0.5 if ord(c) < 0x80 else 1.0 for c in text) * size
        self.lines.append(OcrLine(text, Box(x, y, x + width, y + size), confidence))
        return y + (PITCH if size == S else size * 1.4)

    def column(self, rows: list[str], x: float, y: float) -> float:
        """Body lines from ``y`` down; a row starting with two spaces is indented 2 chars."""
        for row in rows:
            indent = 2 * S if row.startswith("  ") else 0.0
            y = self.line(row.strip(), x + indent, y)
        return y

    def centered(self, text: str, x: float, width: float, y: float, size: float) -> float:
        w = len(text) * size
        return self.line(text, x + (width - w) / 2, y, size)

    def page(self, order: list[int] | None = None, **kw: float) -> OcrPage:
        lines = self.lines if order is None else [self.lines[i] for i in order]
        return OcrPage(source="sheet", format="test", lines=tuple(lines), **kw)  # type: ignore[arg-type]

    def interleaved(self) -> OcrPage:
        """Listed row by row, left to right (PaddleOCR's order): columns interleave."""
        order = sorted(
            range(len(self.lines)),
            key=lambda i: (round(self.lines[i].box.y0 / 10), self.lines[i].box.x0),  # type: ignore[union-attr]
        )
        return self.page(order)


def blocks(page: Page, index: int) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in page.articles[index].blocks]


def assert_provenance(page: Page) -> None:
    """Every non-space char of every line not set aside is in one article once (or a marker)."""
    aside = {s.line for s in page.set_aside}
    seen: Counter[int] = Counter()
    for article in page.articles:
        assert len(article.source_map) == len(article.text)
        assert "\n".join(b.text for b in article.blocks) == article.text
        for ch, offset in zip(article.text, article.source_map, strict=True):
            if offset == SYNTHETIC:
                assert ch == "\n"
                continue
            assert page.raw[offset] == ch or (ch.isspace() and page.raw[offset].isspace())
            seen[offset] += 1
    for marker in page.removed:
        assert page.raw[marker.raw_start : marker.raw_end] == marker.text
        seen.update(range(marker.raw_start, marker.raw_end))
    for n, start in enumerate(page.line_starts):
        end = page.line_starts[n + 1] - 1 if n + 1 < len(page.line_starts) else len(page.raw)
        for offset in range(start, end):
            if page.raw[offset].isspace():
                continue
            expected = 0 if n in aside else 1
            assert seen[offset] == expected, (n, page.raw[start:end], seen[offset])


def page_of_rows(rows: list[tuple[int, int, int, int, str]]) -> OcrPage:
    """A PaddleOCR page of boxes given as (x0, y0, x1, y1, text), as a real page's rows are
    kept in a rule test."""
    lines = tuple(OcrLine(t, Box(x0, y0, x1, y1), 0.99) for x0, y0, x1, y1, t in rows)
    return OcrPage("p.json", "paddle-json", lines)


#: Neutral text for rule tests' paragraphs: the Thousand Character Classic, no page's words.
POOL = (
    "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水"
    "玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽翔龙师火帝鸟官人皇始制文字乃服衣裳"
)


def pool_text(start: int, n: int) -> str:
    """``n`` characters of POOL from ``start`` on (round and round)."""
    return "".join(POOL[(start + k) % len(POOL)] for k in range(n))


def page_of_shapes(rows: list[tuple[int, int, int, int, str]]) -> OcrPage:
    """:func:`page_of_rows` of a real page's boxes kept with their text's shape only: each
    ``.`` of a row's text becomes the next character of :data:`POOL` (round and round, over
    the whole page), every other character (marks, digits) stays as it is."""
    kept, n = [], 0
    for x0, y0, x1, y1, shape in rows:
        text = "".join(POOL[(n + k) % len(POOL)] if ch == "." else ch for k, ch in enumerate(shape))
        n += len(shape)
        kept.append((x0, y0, x1, y1, text))
    return page_of_rows(kept)


def paragraph_column(
    x0: int,
    x1: int,
    top: int,
    rows: int,
    start: int,
    pitch: float = 24.3,
    height: int = 26,
    per_paragraph: int = 3,
) -> tuple[list[tuple[int, int, int, int, str]], list[str]]:
    """A column of paragraphs of ``per_paragraph`` rows each (indented, full rows, a half
    row ending in a stop), its characters about ``pitch`` px apart, rows 36 px apart and
    ``height`` px tall: the rows as (x0, y0, x1, y1, text) and the paragraphs' text."""
    per = round((x1 - x0) / pitch)
    step = (x1 - x0) / per
    out: list[tuple[int, int, int, int, str]] = []
    paragraphs: list[str] = []
    for k in range(rows):
        lead = 2 if k % per_paragraph == 0 else 0
        last = k % per_paragraph == per_paragraph - 1
        n = per - lead if not last else per // 2
        text = pool_text(start + 7 * k, n - last) + ("。" if last else "")
        y = top + k * 36
        out.append((round(x0 + lead * step), y, round(x0 + (lead + n) * step), y + height, text))
        paragraphs[len(paragraphs) :] = [""] if lead else []
        paragraphs[-1] += text
    return out, paragraphs


def two_titles_over_a_column(left: str, right: str) -> list[tuple[int, int, int, int, str]]:
    """A page's masthead and date, the title ``left`` over a column of twelve body rows
    (100-900 px, a 25 px pitch, from 300 px down) and the title ``right`` beside it over the
    page's right half (1000-1600 px), nothing under it yet: the rows a test adds under
    ``right`` are that story's."""
    body, _ = paragraph_column(100, 900, 300, 12, 0, pitch=25)
    return [
        (69, 82, 444, 181, "人民日报"),
        (1518, 73, 1773, 108, "1998年1月2日星期五"),
        (300, 220, 700, 262, left),
        (1100, 220, 1500, 262, right),
        *body,
    ]


def titled_stories(page: Page) -> dict[str, tuple[list[str], list[str]]]:
    """Each titled article's title, with its decks and paragraphs."""
    return {
        next(b.text for b in a.blocks if b.kind == "title"): (
            [b.text for b in a.blocks if b.kind == "deck"],
            [b.text for b in a.blocks if b.kind == "paragraph"],
        )
        for a in page.articles
        if any(b.kind == "title" for b in a.blocks)
    }
