"""What every reader shares: box checks, the line bound, word joining, and the final page check.

A reader collects :class:`RawLine` values while it parses and hands them to :func:`finish`,
which checks the whole page before anything is returned: one :class:`PageError` naming the file
and the problem, or a complete :class:`OcrPage`. Nothing half-read ever leaves a reader.

Coordinates: a box a little left of or above the page edge (scanners crop, detectors pad) is
clamped to 0; one further out, NaN or infinite, inverted (``x1 < x0``) or far beyond the page
size the file states is an error.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.errors import PageError, Problem, Template
from desktop.core.ocr.model import Box, OcrLine, OcrPage

#: Most lines a page may have. A dense broadsheet page has 2,000-4,000 OCR lines; 50,000 is
#: far beyond any printed page and keeps a hostile file from costing minutes and memory.
MAX_LINES = 50_000
#: Largest OCR file read (XML with word boxes is ~10x its text; plain text keeps 8 MB).
MAX_OCR_BYTES = 64 * 1024 * 1024
#: A coordinate may lie this far outside the page (fraction of the page side, at least
#: :data:`EDGE_SLACK_PX`) before it is called impossible; closer ones are clamped.
EDGE_SLACK = 0.05
EDGE_SLACK_PX = 16.0
#: Without a stated page size, no coordinate may exceed this (no scan is a million pixels wide).
MAX_COORD = 1_000_000.0

_CJK = re.compile(
    r"[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
    r"\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]"
)
_SPACE_RUN = re.compile(r"\s+")

# Problems of an OCR file shared by its readers (translated by the GUI: desktop.core.errors).
NOT_A_NUMBER = Template("{what} is not a number ({value})")
NOT_FINITE = Template("{what} is not a finite number ({value})")
TOO_MANY_LINES = Template("has more than {count} text lines; is it one page? (split it)")
NO_TEXT = Template("has no text (an empty {format} page)")
IMPOSSIBLE_WIDTH = Template("states an impossible page width ({width})")
IMPOSSIBLE_HEIGHT = Template("states an impossible page height ({height})")
BOX_NOT_FINITE = Template("text line {line} has a box that is not finite numbers ({box})")
BOX_INVERTED = Template(
    "text line {line} has an inverted box ({box}: right or bottom before left or top)"
)
BOX_BEYOND_LEFT = Template("text line {line} has a box beyond the page's left edge ({box})")
BOX_BEYOND_TOP = Template("text line {line} has a box beyond the page's top edge ({box})")
BOX_OUTSIDE_WIDTH = Template(
    "text line {line} has a box far outside the page ({box}; the page is {side} in width)"
)
BOX_OUTSIDE_HEIGHT = Template(
    "text line {line} has a box far outside the page ({box}; the page is {side} in height)"
)
IMPOSSIBLE_RIGHT = Template("text line {line} has an impossible right coordinate ({value})")
IMPOSSIBLE_BOTTOM = Template("text line {line} has an impossible bottom coordinate ({value})")
JSON_NOT_UTF8 = Template("is JSON but not UTF-8 (byte {offset})")
JSON_INVALID = Template("is not valid JSON ({reason} at line {line} column {column})")
JSON_TOO_DEEP = Template("is JSON nested too deeply to be OCR output")
#: A warning, not an error: the page is read, but its boxes are not used (layout takes a page
#: with boxes only when every line holding text has one; see ``OcrPage.has_geometry``).
UNBOXED = Template(
    "{count} of its {total} text lines have no box, so its boxes were not used: the page was "
    "laid out as plain text, in the file's order"
)
NO_BOXES = Template(
    "none of its {total} text lines has a box: the page was laid out as plain text, in the "
    "file's order"
)

# Where in an OCR file a problem is: phrases inside the problems above (the format's own names,
# TextLine, String, WC, bbox, conf, Coords, stay as they are).
TEXTLINE = Template("TextLine {n}")
LINE = Template("line {n}")
WORD_OF_LINE = Template("line {n}'s word")
RESULT = Template("result {n}")
ROW = Template("row {n}")
OCR_PAGE = Template("the ocr_page")
PAGE_WIDTH = Template("the page width")
PAGE_HEIGHT = Template("the page height")
PAGE_ATTRIBUTE = Template("the page's {attribute}")
ATTRIBUTE_OF = Template("{where}'s {attribute}")
POSITION_OF = Template("{where}'s position")
BOX_OF = Template("{where}'s box")
SCORE_OF = Template("{where}'s score")
WIDTH_OF = Template("{where}'s width")
HEIGHT_OF = Template("{where}'s height")
X_WCONF_OF = Template("{where} x_wconf")
#: A place in an OCR file, for messages: a phrase above, or a name from the file itself.
Where = str | Problem


@dataclass(frozen=True, slots=True)
class RawLine:
    """A line as parsed, before the page-level checks: box as four numbers, or None."""

    text: str
    box: tuple[float, float, float, float] | None = None
    confidence: float | None = None
    region: str | None = None


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def join_words(
    words: Iterable[str],
    boxes: Sequence[tuple[float, float, float, float] | None] | None = None,
) -> str:
    """Words of one line as one string. One space between words, except between two CJK
    characters (tesseract makes each Chinese character a word, and its ALTO puts an ``SP``
    between them): there only a visible gap of at least :data:`WIDE_GAP` times the type height
    (two names in a byline, set apart) keeps a space, when the word boxes are known."""
    out: list[str] = []
    previous: tuple[float, float, float, float] | None = None
    for i, raw in enumerate(words):
        word = clean_text(raw)
        box = boxes[i] if boxes is not None and i < len(boxes) else None
        if not word:
            continue
        if out:
            cjk_pair = is_cjk(out[-1][-1]) and is_cjk(word[0])
            if not cjk_pair or _wide_gap(previous, box):
                out.append(" ")
        out.append(word)
        previous = box
    return "".join(out)


#: Between two CJK words, a gap this many times the type height is a real space.
WIDE_GAP = 0.8


def _wide_gap(
    a: tuple[float, float, float, float] | None, b: tuple[float, float, float, float] | None
) -> bool:
    if a is None or b is None:
        return False
    height = max(a[3] - a[1], b[3] - b[1])
    return height > 0 and b[0] - a[2] >= WIDE_GAP * height


def clean_text(text: str) -> str:
    """One line's text: line breaks and tabs inside it become spaces, ends stripped (a raw line
    never contains ``\\n``, so line ``i`` of the raw text is line ``i`` of the page)."""
    if "\n" in text or "\r" in text or "\t" in text or "\u2028" in text or "\u2029" in text:
        text = _SPACE_RUN.sub(" ", text)
    return text.strip()


def number(value: object, name: str, what: Where) -> float:
    """A finite number from JSON/XML (str or number); PageError naming ``what`` otherwise."""
    if isinstance(value, bool):
        raise PageError(name, NOT_A_NUMBER(what=what, value=repr(value)))
    if isinstance(value, int | float):
        result = float(value)
    elif isinstance(value, str):
        try:
            result = float(value.strip())
        except ValueError:
            raise PageError(name, NOT_A_NUMBER(what=what, value=repr(value[:20]))) from None
    else:
        raise PageError(name, NOT_A_NUMBER(what=what, value=type(value).__name__))
    if not math.isfinite(result):
        raise PageError(name, NOT_FINITE(what=what, value=repr(value)))
    return result


def confidence(value: object, name: str, what: Where, *, scale: float = 1.0) -> float | None:
    """A confidence in [0, 1] (``scale`` 100 for tools that print 0-100); None when absent or
    negative (tesseract's -1 means "not given")."""
    if value is None or value == "":
        return None
    result = number(value, name, what) / scale
    if result < 0:
        return None
    return min(result, 1.0)


def polygon_box(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def union(
    boxes: Iterable[tuple[float, float, float, float] | None],
) -> tuple[float, float, float, float] | None:
    found = [b for b in boxes if b is not None]
    if not found:
        return None
    return (
        min(b[0] for b in found),
        min(b[1] for b in found),
        max(b[2] for b in found),
        max(b[3] for b in found),
    )


def check_count(name: str, count: int) -> None:
    """Raise once a page has more lines than :data:`MAX_LINES` (call while parsing, so a
    hostile file stops early)."""
    if count > MAX_LINES:
        raise PageError(name, TOO_MANY_LINES(count=f"{MAX_LINES:,}"))


def finish(
    name: str,
    fmt: str,
    lines: Sequence[RawLine],
    *,
    source: str,
    width: float | None = None,
    height: float | None = None,
    image: str | None = None,
    encoding: str = "utf-8",
    warnings: tuple[Problem, ...] = (),
) -> OcrPage:
    """Check the whole page and build it: text present, line count bounded, every box possible
    (see the module docstring); lines with no text are dropped. A page of a format with boxes
    on which some line holding text has none is read, with a warning (:data:`UNBOXED`): its
    layout will not use its boxes."""
    kept = [line for line in lines if clean_text(line.text)]
    if not kept:
        raise PageError(name, NO_TEXT(format=_FORMAT_NAMES.get(fmt, fmt)))
    check_count(name, len(kept))
    if width is not None and (not math.isfinite(width) or width <= 0 or width > MAX_COORD):
        raise PageError(name, IMPOSSIBLE_WIDTH(width=f"{width:g}"))
    if height is not None and (not math.isfinite(height) or height <= 0 or height > MAX_COORD):
        raise PageError(name, IMPOSSIBLE_HEIGHT(height=f"{height:g}"))
    out: list[OcrLine] = []
    for n, line in enumerate(kept, 1):
        box = None
        if line.box is not None:
            box = _checked_box(name, n, line.box, width, height)
        out.append(OcrLine(clean_text(line.text), box, line.confidence, line.region))
    unboxed = sum(1 for line in out if line.box is None)
    if unboxed and fmt != "text":
        total = len(out)
        warned = UNBOXED(count=unboxed, total=total) if unboxed < total else NO_BOXES(total=total)
        warnings = (*warnings, warned)
    return OcrPage(
        source=source,
        format=fmt,
        lines=tuple(out),
        encoding=encoding,
        width=width,
        height=height,
        image=image or None,
        warnings=warnings,
    )


def _checked_box(
    name: str,
    n: int,
    box: tuple[float, float, float, float],
    width: float | None,
    height: float | None,
) -> Box:
    x0, y0, x1, y1 = box
    if not all(math.isfinite(v) for v in box):
        raise PageError(name, BOX_NOT_FINITE(line=n, box=str(box)))
    if x1 < x0 or y1 < y0:
        raise PageError(name, BOX_INVERTED(line=n, box=_fmt(box)))
    limits = (
        (x0, x1, width, BOX_BEYOND_LEFT, BOX_OUTSIDE_WIDTH, IMPOSSIBLE_RIGHT),
        (y0, y1, height, BOX_BEYOND_TOP, BOX_OUTSIDE_HEIGHT, IMPOSSIBLE_BOTTOM),
    )
    for lo, hi, side, beyond, outside, impossible in limits:
        slack = max(EDGE_SLACK_PX, EDGE_SLACK * side) if side else EDGE_SLACK_PX
        if lo < -slack:
            raise PageError(name, beyond(line=n, box=_fmt(box)))
        if side is not None and hi > side + slack:
            raise PageError(name, outside(line=n, box=_fmt(box), side=f"{side:g}"))
        if hi > MAX_COORD:
            raise PageError(name, impossible(line=n, value=f"{hi:g}"))
    return Box(max(0.0, x0), max(0.0, y0), max(0.0, x1), max(0.0, y1))


def _fmt(box: tuple[float, float, float, float]) -> str:
    return "bbox " + " ".join(f"{v:g}" for v in box)


_FORMAT_NAMES = {
    "paddle": "PaddleOCR/RapidOCR JSON",
    "hocr": "hOCR",
    "alto": "ALTO",
    "pagexml": "PAGE XML",
    "tsv": "Tesseract TSV",
    "text": "text",
}


def format_name(fmt: str) -> str:
    """How a format is named in messages and the README."""
    return _FORMAT_NAMES.get(fmt, fmt)
