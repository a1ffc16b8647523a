"""Plain, frozen domain objects shared by every layer.

Offsets are Python ``str`` indexes (code points), end exclusive. Article offsets index the
article's ``text``; raw offsets index the page's decoded ``raw`` text (line ends normalised to
``\\n``, BOM removed). Nothing here imports Qt or touches storage.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

BlockKind = Literal["title", "deck", "byline", "subhead", "paragraph"]
BLOCK_KINDS: tuple[BlockKind, ...] = ("title", "deck", "byline", "subhead", "paragraph")

FigureKind = Literal["money", "percent", "quantity", "date", "rank", "duration", "other"]
FIGURE_KINDS: tuple[FigureKind, ...] = (
    "money",
    "percent",
    "quantity",
    "date",
    "rank",
    "duration",
    "other",
)

#: ``hyphen``: a line-end hyphen dropped where reflow joined a word broken over two lines
#: ("aver-" + "age" -> "average"); its ``value`` is "".
MarkerKind = Literal["continued_from", "continued_to", "hyphen"]

#: Source-map value for characters that reflow inserted (the ``\n`` between blocks).
SYNTHETIC = -1


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of an article: its kind and where it sits in the article text."""

    kind: BlockKind
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Marker:
    """A piece removed from the text: a continuation marker, e.g. （上接第1版） -> value
    "第1版", or a line-end hyphen that broke a word (kind ``hyphen``, value "")."""

    kind: MarkerKind
    text: str
    value: str
    raw_start: int
    raw_end: int


@dataclass(frozen=True, slots=True)
class Byline:
    """A parsed byline: 本报讯（记者 符某） -> source "本报讯", reporters ("符某",)."""

    text: str
    source: str
    reporters: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RawPosition:
    """Where a character stood on the raw page (0-based line and column)."""

    offset: int
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Article:
    """A reflowed article.

    ``source_map[i]`` is the raw offset of ``text[i]``, or :data:`SYNTHETIC` for a character
    reflow inserted. ``headline_confidence`` says how sure the assignment of its headline
    block(s) is, in [0, 1] (1.0 when the headline sat directly above the body or there is none).
    """

    index: int
    text: str
    blocks: tuple[Block, ...]
    source_map: tuple[int, ...]
    continued_from: str | None = None
    continued_to: str | None = None
    byline: Byline | None = None
    markers: tuple[Marker, ...] = ()
    headline_confidence: float = 1.0

    @property
    def title(self) -> str | None:
        for block in self.blocks:
            if block.kind == "title":
                return block.text
        return None

    def raw_offsets(self, start: int, end: int) -> list[int]:
        """Raw offsets of the real (non-synthetic) characters of ``text[start:end]``."""
        return [o for o in self.source_map[start:end] if o != SYNTHETIC]


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page furniture says (masthead, date line, folio): kept apart from articles.

    ``date`` is ISO (``2025-03-01``) when a printed date was read; every field is None when the
    page does not show it (plain text dumps usually do not).
    """

    paper: str | None = None
    date: str | None = None
    page: str | None = None
    section: str | None = None
    issue: str | None = None


SetAsideKind = Literal["furniture", "noise", "vertical"]


@dataclass(frozen=True, slots=True)
class SetAside:
    """A raw line kept out of every article: page furniture, an OCR speck, a vertical line."""

    kind: SetAsideKind
    line: int
    text: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Page:
    """A decoded page and the articles reflow found in it.

    For OCR formats with geometry, ``boxes[i]`` is raw line ``i``'s box as
    ``(x0, y0, x1, y1)`` in page pixels (empty for plain text), ``size`` the page's
    ``(width, height)`` when known and ``image`` the scan the OCR file names.
    """

    source: str
    raw: str
    encoding: str
    articles: tuple[Article, ...]
    #: Every removed piece that is not whitespace (markers, line-end hyphens), so the page
    #: can be rebuilt.
    removed: tuple[Marker, ...] = ()
    line_starts: tuple[int, ...] = field(default=(), compare=False)
    meta: PageMeta = PageMeta()
    set_aside: tuple[SetAside, ...] = ()
    format: str = "text"
    boxes: tuple[tuple[float, float, float, float] | None, ...] = ()
    size: tuple[float, float] | None = None
    image: str | None = None

    def position(self, raw_offset: int) -> RawPosition:
        """Line and column of a raw offset."""
        starts = self.line_starts or _line_starts(self.raw)
        line = bisect.bisect_right(starts, raw_offset) - 1
        return RawPosition(raw_offset, line, raw_offset - starts[line])

    def raw_lines(self, article_index: int, start: int, end: int) -> list[int]:
        """The 0-based raw line numbers that ``text[start:end]`` of an article came from."""
        article = self.articles[article_index]
        return sorted({self.position(o).line for o in article.raw_offsets(start, end)})


def _line_starts(raw: str) -> tuple[int, ...]:
    # (The newlines found by the regex engine: a Python loop over every character of a big
    # page's raw text cost more than the rest of its line bookkeeping.)
    starts = [0]
    starts.extend(m.end() for m in _NEWLINE.finditer(raw))
    return tuple(starts)


_NEWLINE = re.compile("\n")


def line_starts(raw: str) -> tuple[int, ...]:
    """Offsets at which each line of ``raw`` begins."""
    return _line_starts(raw)


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity. ``source`` says which finder suggested it (a rule id such as
    ``"rule:orgs"``, ``"lexicon"`` or ``"model"``; "" when unknown) and ``confidence`` how sure
    it is, in [0, 1]. Both are provenance, not identity: two entities with the same span and
    label are equal whoever found them."""

    start: int
    end: int
    text: str
    label: str
    source: str = field(default="", compare=False)
    confidence: float = field(default=1.0, compare=False)


@dataclass(frozen=True, slots=True)
class Figure:
    """A numeric expression. ``value`` is exact, in base units (亿 and 万 folded in).

    ``iso`` is set for dates only (``value`` stays None: a date is not one number): the ISO 8601
    calendar date at the precision printed, ``2025-02-22``, ``2025-02`` or ``2025``, completed
    from the page's date when the year or month is left out and the page date is known; without
    it, the ISO 8601:2000 truncated forms ``--02-22`` (month and day), ``--02`` (month) and
    ``---22`` (day). None for a date with no calendar reading (20世纪90年代, 一季度, 10时30分).
    """

    start: int
    end: int
    text: str
    kind: FigureKind
    value: Decimal | None
    unit: str | None
    approx: bool = False
    metric: str | None = None
    iso: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    entities: tuple[Entity, ...] = ()
    figures: tuple[Figure, ...] = ()


#: Integers below 10**300 are written as JSON numbers: within a double's range (readers that
#: turn numbers into floats get no infinity) and far below Python's 4,300-digit limit on
#: printing ints. No printed figure comes near it.
JSON_INT_DIGITS = 300


def decimal_to_json(value: Decimal | None) -> int | float | str | None:
    """JSON form of an exact value, always valid JSON and never a rounded number.

    An integral value of up to :data:`JSON_INT_DIGITS` digits is an int; another value is a
    float when it is finite and the float reads back as the same decimal (7.5, 34.521); anything
    else (a huge integer, a decimal a float would round, such as 400 digits + ".5") is the exact
    decimal as a string, so it is never ``Infinity`` or ``NaN``. None stays None.
    """
    if value is None:
        return None
    if not value.is_finite():
        return None
    if value == value.to_integral_value():
        if value.adjusted() < JSON_INT_DIGITS:
            return int(value)
        return str(value)
    as_float = float(value)
    if math.isfinite(as_float) and Decimal(repr(as_float)) == value:
        return as_float
    return str(value)
