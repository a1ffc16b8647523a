"""Newspaper pages with boxes, laid out from real news text, and the structure they print.

``make_page`` sets stories (title, optional kicker and subtitle decks, byline, paragraphs,
sub-heads, a ■ lead, a continuation marker) on a page the way Chinese dailies are set:
bands of stories stacked down the page, stories side by side in a band, each story's columns
under a headline that spans them (``above``), set in its first column (``beside``) or under
its columns (``after``). Three layouts:

* ``grid``: 3-6 equal columns, one text column per grid column;
* ``mixed``: stories split their width into more or fewer text columns than the grid, so a
  page holds columns of different widths;
* ``lead``: a lead story across the whole page first, then bands as in ``mixed``.

The page has furniture at the top (masthead, date and issue line, page number and section
name, editor credit), a few noise boxes (low-confidence show-through, isolated specks) and
sometimes a line of vertical type in the margin. Boxes jitter by a pixel or two. Lines are
listed in one of three orders: ``rows`` (top to bottom, then left to right, as PaddleOCR and
RapidOCR sort them: columns interleave), ``blocks`` (story by story, column by column, as
Tesseract and ALTO give them, with a region per story) or ``shuffled``.

The result is a plain :class:`~desktop.core.ocr.model.OcrPage` (so it can be written to any OCR
format) and the gold structure: stories in reading order with their headline parts and
blocks, and the page metadata.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.model import PageMeta
from desktop.core.ocr.model import Box, OcrLine, OcrPage

DATA = Path(__file__).resolve().parent / "data" / "news"
LAYOUTS = ("grid", "mixed", "lead")
ORDERS = ("rows", "blocks", "shuffled")
NO_LINE_START = set("，。、；：？！”’）》」』,.;:?!)%…")
PAPERS = ("光明日报", "经济日报", "新华日报", "工人日报", "南方日报", "北京晚报")
SECTIONS = ("要闻", "经济", "国际", "综合", "时政", "社会")
NOISE_TEXT = ("口", "丨", "·", "一", "卜", "么", "二")
_REPORTER = re.compile(r"记者([\u4e00-\u9fff]{2,3}?)(?=[)）、,，]|摄|报道)")


@dataclass
class Story:
    """One article as printed: what the generator sets and the gold a layout must restore."""

    title: str
    kicker: str | None = None
    subtitles: list[str] = field(default_factory=list)
    byline: str | None = None
    #: ("paragraph" | "subhead", text) in reading order; a ■ lead is a paragraph.
    blocks: list[tuple[str, str]] = field(default_factory=list)
    continued_to: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [t for k, t in self.blocks if k == "paragraph"]


@dataclass
class GoldPage:
    ocr: OcrPage
    stories: list[Story]
    meta: PageMeta
    layout: str
    order: str


def load_articles(half: str) -> list[dict[str, object]]:
    """The real articles of one half (``dev`` or ``test``) of ``tests/data/news``."""
    path = DATA / f"{half}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def stories_from(articles: list[dict[str, object]], rng: random.Random) -> list[Story]:
    """Dress real articles as stories: kicker or subtitles from their headline lines, and
    (some of them) a byline, a sub-head, a ■ lead or a continuation marker.

    Reporter names come from the articles' own datelines; sub-head texts are short headline
    lines of other articles of the same half.
    """
    names = sorted({n for a in articles for n in _REPORTER.findall(_text(a))})
    heads = sorted(
        {h for a in articles for h in a["headings"] if 4 <= len(h) <= 12}  # type: ignore[attr-defined]
    )
    out: list[Story] = []
    for article in articles:
        headings = list(article["headings"])  # type: ignore[call-overload]
        story = Story(title=headings[0])
        rest = headings[1:]
        if rest and rng.random() < 0.35:
            story.kicker = rest.pop(0)
        story.subtitles = rest
        body = [(b["kind"], b["text"]) for b in article["body"]]  # type: ignore[attr-defined]
        if names and rng.random() < 0.4:
            who = rng.sample(names, k=min(len(names), rng.choice((1, 2))))
            story.byline = "本报记者  " + "  ".join(who)
        paras = [i for i, (k, _) in enumerate(body) if k == "paragraph"]
        if len(paras) >= 3 and rng.random() < 0.2:
            first = paras[0]
            body[first] = ("paragraph", "■" + body[first][1])
        if len(paras) >= 4 and heads and rng.random() < 0.45:
            at = rng.randrange(2, len(body) - 1)
            body.insert(at, ("subhead", rng.choice(heads)))
        if rng.random() < 0.12:
            story.continued_to = f"第{rng.randint(2, 12)}版"
        story.blocks = body
        out.append(story)
    return out


def _text(article: dict[str, object]) -> str:
    return "".join(b["text"] for b in article["body"])  # type: ignore[attr-defined]


# --- geometry -------------------------------------------------------------------------------


def cells(text: str) -> float:
    return sum(0.5 if ord(c) < 0x80 else 1.0 for c in text)


def wrap(text: str, first: float, rest: float) -> list[str]:
    """Break ``text`` into lines of at most ``first`` then ``rest`` cells (punctuation that
    cannot start a line stays on the line before)."""
    lines: list[str] = []
    current: list[str] = []
    used, limit = 0.0, first
    for ch in text:
        size = cells(ch)
        # One closing mark may hang past the line end (set narrower); never two.
        hangs = ch in NO_LINE_START and used <= limit
        if current and used + size > limit and not hangs:
            lines.append("".join(current))
            current, used, limit = [], 0.0, rest
        current.append(ch)
        used += size
    if current:
        lines.append("".join(current))
    return lines


def _wrap_words(text: str, chars: float) -> list[str]:
    """Break a byline between names, never inside one."""
    lines: list[str] = []
    for word in text.split("  "):
        if lines and cells(lines[-1]) + 2 + cells(word) <= chars:
            lines[-1] += "  " + word
        else:
            lines.append(word)
    return lines


@dataclass
class _Placed:
    text: str
    box: tuple[float, float, float, float]
    story: int  # -1 for furniture and noise
    confidence: float = 0.97


class _Page:
    def __init__(self, rng: random.Random, columns: int, col_chars: int, char: float) -> None:
        self.rng = rng
        self.char = char
        self.pitch = 1.45 * char  # line spacing: a gap of about half a line
        self.gutter = rng.uniform(1.4, 2.0) * char
        self.columns = columns
        self.col_w = col_chars * char
        self.margin = 3 * char
        self.width = 2 * self.margin + columns * self.col_w + (columns - 1) * self.gutter
        self.placed: list[_Placed] = []

    def grid_x(self, col: int) -> float:
        return self.margin + col * (self.col_w + self.gutter)

    def put(
        self, text: str, x: float, y: float, size: float, story: int, conf: float = 0.0
    ) -> None:
        j = self.rng.uniform
        w = cells(text) * size
        if text and text[-1] in NO_LINE_START:
            w -= 0.5 * size  # a closing mark is set half width
        d = 0.03 * size  # OCR boxes wander by a few percent of the type size
        box = (
            x + j(-1.5, 1.5),
            y + j(-d, d),
            x + w + j(-2, 2),
            y + size + j(-d, d),
        )
        self.placed.append(_Placed(text, box, story, conf or self.rng.uniform(0.82, 0.995)))


def _story_lines(story: Story, chars: float) -> list[tuple[str, str, bool]]:
    """Body lines of a story for columns ``chars`` cells wide: (kind, text, indented)."""
    out: list[tuple[str, str, bool]] = []
    if story.byline:
        out.extend(("byline", t, False) for t in _wrap_words(story.byline, chars))
    for kind, text in story.blocks:
        if kind == "subhead":
            fit = int(chars // 1.2) - 1  # sub-heads are set 1.2 times body size
            out.extend(("subhead", t, False) for t in wrap(text, fit, fit))
            continue
        for n, line in enumerate(wrap(text, chars - 2, chars)):
            out.append(("paragraph", line, n == 0))
    if story.continued_to:
        out.append(("marker", f"（下转{story.continued_to}）", False))
    return out


def _headline(
    page: _Page, story: Story, index: int, x: float, width: float, y: float, narrow: bool
) -> float:
    """Set kicker, title and subtitles centered over ``width``; return the y under them."""
    s = page.char
    rng = page.rng
    n = max(len(story.title), 1)
    # Title type fills most of the story's width (so it spans the story's gutters).
    wide = min(max(0.82 * width / n, 2.0 * s), 3.0 * s)
    size = rng.uniform(2.0, 2.2) * s if narrow else wide
    # Decks: clearly headline type, clearly smaller than the title.
    deck = max(1.45 * s, min(rng.uniform(1.45, 1.6) * s, 0.75 * size))
    gap = 0.3 * size
    parts: list[tuple[str, float]] = []
    if story.kicker:
        parts.append((story.kicker, deck))
    parts.append((story.title, size))
    parts.extend((t, deck) for t in story.subtitles)
    for text, sz in parts:
        # One character short of the width: a closing mark may hang, but not into a gutter.
        per_line = max(int(width // sz) - 1, 1)
        for piece in wrap(text, per_line, per_line):
            w = cells(piece) * sz
            page.put(piece, x + max((width - w) / 2, 0), y, sz, index)
            y += sz + 0.25 * sz  # a wrapped line sits close under the one it continues
        y += gap - 0.25 * sz
    return y - gap


def _set_columns(
    page: _Page,
    body: list[tuple[str, str, bool]],
    index: int,
    cols: list[tuple[float, float, float]],
    chars: float,
) -> float:
    """Flow body lines into columns (x, top y, capacity in lines); return the lowest y."""
    s = page.char
    k = 0
    bottom = 0.0
    for x, top, capacity in cols:
        y = top
        for _ in range(int(capacity)):
            if k >= len(body):
                break
            kind, text, indented = body[k]
            size = s
            dx = 2 * s if indented else 0.0
            if kind == "subhead":
                size = 1.2 * s
                dx = max((chars * s - cells(text) * size) / 2, 0)
            page.put(text, x + dx, y, size, index)
            y += page.pitch if kind != "subhead" else 1.2 * page.pitch
            k += 1
        bottom = max(bottom, y - page.pitch + s)
    assert k == len(body), "columns too short for the story"
    return bottom


def _module(
    page: _Page,
    story: Story,
    index: int,
    x: float,
    width: float,
    y: float,
    texts: int,
    place: str,
) -> float:
    """Set one story in a box ``width`` wide at (x, y) with ``texts`` text columns."""
    s = page.char
    g = page.gutter
    col_w = (width - (texts - 1) * g) / texts
    chars = col_w // s
    body = _story_lines(story, chars)
    xs = [x + c * (col_w + g) for c in range(texts)]
    if place == "beside" and texts >= 2:
        below = _headline(page, story, index, xs[0], col_w, y, narrow=True) + 1.1 * s
        head_lines = (below - y) / page.pitch
        per = int(-(-(len(body) + head_lines) // texts))
        first = max(int(per - head_lines), 1)
        cols = [(xs[0], below, first)] + [(cx, y, per) for cx in xs[1:]]
        while sum(c[2] for c in cols) < len(body):
            cols = [(cx, top, cap + 1) for cx, top, cap in cols]
        return _set_columns(page, body, index, cols, chars)
    per = -(-len(body) // texts)
    if place == "after":
        bottom = _set_columns(page, body, index, [(cx, y, per) for cx in xs], chars)
        return _headline(page, story, index, x, width, bottom + 1.2 * s, narrow=False)
    top = _headline(page, story, index, x, width, y, narrow=False) + rng_gap(page)
    return _set_columns(page, body, index, [(cx, top, per) for cx in xs], chars)


def rng_gap(page: _Page) -> float:
    return page.rng.uniform(0.9, 1.3) * page.char


def _span_for(page: _Page, story: Story, rng: random.Random, left: int) -> int:
    """How many grid columns a story takes: its title must fill most of them."""
    most = min(left, 4)
    for k in range(most, 0, -1):
        width = k * page.col_w + (k - 1) * page.gutter
        if len(story.title) * 3.0 * page.char >= 0.75 * width or k == 1:
            size = sum(len(t) for _, t in story.blocks)
            if k > 1 and size < 250 * (k - 1):
                continue
            return rng.randint(max(1, k - 1), k) if k > 2 else k
    return 1


def make_page(
    stories: list[Story],
    rng: random.Random,
    layout: str = "grid",
    order: str = "rows",
    *,
    columns: int | None = None,
    noise: bool = True,
) -> GoldPage:
    """Lay ``stories`` out on one page (all of them, in bands) and list its lines."""
    cols = columns or rng.randint(3, 6)
    page = _Page(rng, cols, rng.randint(11, 15), float(rng.choice((20, 24, 28))))
    s = page.char
    meta, y = _furniture(page, rng)
    placed_order: list[int] = []
    queue = list(range(len(stories)))
    if layout == "lead" and queue:
        i = queue.pop(0)
        texts = cols if cols <= 4 else cols - 1
        full = page.width - 2 * page.margin
        y = _module(page, stories[i], i, page.margin, full, y, texts, "above")
        placed_order.append(i)
        y += rng.uniform(1.8, 2.4) * s
    while queue:
        band_bottom = y
        col = 0
        while col < cols and queue:
            i = queue[0]
            k = _span_for(page, stories[i], rng, cols - col)
            queue.pop(0)
            x = page.grid_x(col)
            width = k * page.col_w + (k - 1) * page.gutter
            texts = k
            if layout in ("mixed", "lead") and rng.random() < 0.5:
                texts = max(1, k + rng.choice((-1, 1)))
                while texts > 1 and (width - (texts - 1) * page.gutter) / texts < 8 * s:
                    texts -= 1
            roll = rng.random()
            place = "beside" if texts >= 2 and roll < 0.2 else "after" if roll > 0.88 else "above"
            bottom = _module(page, stories[i], i, x, width, y, texts, place)
            placed_order.append(i)
            band_bottom = max(band_bottom, bottom)
            col += k
        y = band_bottom + rng.uniform(1.9, 2.5) * s
    if noise:
        _noise(page, rng, y)
    height = y + page.margin
    lines = _listing(page, rng, order, placed_order)
    ocr = OcrPage(
        source=f"layoutgen-{layout}-{order}",
        format="generated",
        lines=tuple(lines),
        width=page.width,
        height=height,
    )
    return GoldPage(ocr, [stories[i] for i in placed_order], meta, layout, order)


def _furniture(page: _Page, rng: random.Random) -> tuple[PageMeta, float]:
    """Masthead, date/issue line, folio and section; returns the metadata and the body top."""
    s = page.char
    paper = rng.choice(PAPERS)
    year, month, day = rng.randint(1998, 2025), rng.randint(1, 12), rng.randint(1, 28)
    weekday = "一二三四五六日"[rng.randrange(7)]
    issue = f"第{rng.randint(10000, 29999)}期"
    section = rng.choice(SECTIONS)
    number = rng.randint(1, 16)
    lettered = rng.random() < 0.3
    folio = f"A{number}" if lettered else f"第{number}版"
    x = page.margin
    y = page.margin
    mast = rng.uniform(3.2, 4.0) * s
    page.put(paper, x, y, mast, -1)
    right = page.width - page.margin
    date_line = f"{year}年{month}月{day}日  星期{weekday}"
    page.put(date_line, right - cells(date_line) * 0.9 * s, y, 0.9 * s, -1)
    page.put(issue, right - cells(issue) * 0.9 * s, y + 1.4 * s, 0.9 * s, -1)
    folio_line = f"{folio}  {section}"
    page.put(folio_line, right - cells(folio_line) * 0.9 * s, y + 2.8 * s, 0.9 * s, -1)
    editor = f"责任编辑：{rng.choice('王李张刘陈杨赵黄')}{rng.choice('明华丽强敏军')}"
    page.put(editor, x + mast * len(paper) + 2 * s, y + 2.8 * s, 0.8 * s, -1)
    meta = PageMeta(
        paper=paper,
        date=f"{year:04d}-{month:02d}-{day:02d}",
        page=folio,
        section=section,
        issue=issue,
    )
    return meta, y + mast + 2.2 * s


def _noise(page: _Page, rng: random.Random, bottom: float) -> None:
    s = page.char
    for _ in range(rng.randint(2, 4)):
        text = rng.choice(NOISE_TEXT) * rng.choice((1, 1, 2))
        side = rng.random() < 0.5
        x = rng.uniform(0.2, 0.8) * s if side else page.width - rng.uniform(1.2, 1.8) * s
        y = rng.uniform(page.margin + 6 * s, max(bottom - 2 * s, page.margin + 7 * s))
        conf = rng.uniform(0.1, 0.45) if rng.random() < 0.7 else rng.uniform(0.55, 0.8)
        page.put(text, x, y, rng.uniform(0.6, 1.0) * s, -1, conf)
    if rng.random() < 0.5:
        text = rng.choice(("新闻热线", "本版责编", "扫码阅读"))
        x = page.width - rng.uniform(1.6, 2.4) * s
        y = rng.uniform(page.margin + 8 * s, max(bottom - 8 * s, page.margin + 9 * s))
        page.placed.append(_Placed(text, (x, y, x + s, y + len(text) * s), -1, 0.9))


def _listing(page: _Page, rng: random.Random, order: str, placed_order: list[int]) -> list[OcrLine]:
    items = list(page.placed)
    if order == "rows":
        band = 0.5 * page.char
        items.sort(key=lambda p: (int(p.box[1] // band), p.box[0]))
    elif order == "shuffled":
        rng.shuffle(items)
    else:
        rank = {story: n for n, story in enumerate(placed_order)}
        items.sort(key=lambda p: rank.get(p.story, -1))  # stable: reading order within
    return [
        OcrLine(
            text=p.text,
            box=Box(*p.box),
            confidence=round(p.confidence, 3),
            region=f"block{p.story}" if order == "blocks" else None,
        )
        for p in items
    ]
