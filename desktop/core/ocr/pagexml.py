"""PAGE XML (PRImA 2010-2019 namespaces; Transkribus, OCR-D) -> :class:`OcrPage`.

Read: ``Page/@imageFilename``, ``@imageWidth``, ``@imageHeight``; every ``TextLine`` of every
``TextRegion`` (nested regions and table cells too) in document order, with the bounding box of
its ``Coords`` polygon (``@points`` "x,y x,y ...", or the 2010 ``Point`` children), its text
from its own ``TextEquiv/Unicode`` (the lowest ``@index`` when there are several), else its
Words' (joined like words), else its Glyphs', and ``TextEquiv/@conf``. ``ReadingOrder`` is not
used: layout decides the order from the boxes.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from desktop.core.errors import PageError, Template
from desktop.core.ocr.common import (
    ATTRIBUTE_OF,
    PAGE_ATTRIBUTE,
    TEXTLINE,
    RawLine,
    Where,
    check_count,
    confidence,
    finish,
    join_words,
    number,
    polygon_box,
)
from desktop.core.ocr.model import OcrPage
from desktop.core.ocr.xmlsafe import local, parse_xml

NOT_PAGEXML = Template("is XML but not PAGE XML (its root is <{root}>)")
PAGE_COUNT = Template("has {count} <Page> elements (PAGE XML has exactly one)")
NOT_XY = Template("{what} has a point that is not x,y ({point})")
#: A warning: the boxes of some lines are the reader's estimate, not the file's.
REGION_TEXT_PLACED = Template(
    "{count} of its text regions keep their text without text lines: each one's lines were "
    "placed on equal strips of the region's box"
)


def read_pagexml(data: bytes | str, source: str) -> OcrPage:
    return pagexml_page(parse_xml(data, source), source, source)


def pagexml_page(root: Element, name: str, source: str) -> OcrPage:
    if local(root.tag) != "PcGts":
        raise PageError(name, NOT_PAGEXML(root=local(root.tag)))
    pages = [child for child in root if local(child.tag) == "Page"]
    if len(pages) != 1:
        raise PageError(name, PAGE_COUNT(count=len(pages)))
    page = pages[0]
    width = _optional(page, "imageWidth", name)
    height = _optional(page, "imageHeight", name)
    lines: list[RawLine] = []
    placed = 0
    stack: list[Element] = [page]
    while stack:
        element = stack.pop()
        if local(element.tag) == "TextRegion":
            found, estimated = _region_lines(element, name, len(lines))
            lines.extend(found)
            placed += estimated
            check_count(name, len(lines))
        stack.extend(child for child in reversed(element) if local(child.tag) != "TextLine")
    return finish(
        name,
        "pagexml",
        lines,
        source=source,
        width=width,
        height=height,
        image=page.get("imageFilename"),
        warnings=(REGION_TEXT_PLACED(count=placed),) if placed else (),
    )


def _region_lines(region: Element, name: str, before: int) -> tuple[list[RawLine], int]:
    """The region's own lines; when none has text but the region does (Aletheia and some GT
    tools keep text at region level) and no region inside it holds text (then the region's
    text is theirs again), the region's text lines, paired with the line boxes when the counts
    match, else on strips of the region's box (:func:`_strips`). The second value is 1 when
    the boxes were made so, else 0."""
    rid = region.get("id") or f"region{before}"
    elements = [c for c in region if local(c.tag) == "TextLine"]
    lines = [_line(e, rid, name, before + i + 1) for i, e in enumerate(elements)]
    if any(line.text.strip() for line in lines) or _nested_text(region):
        return lines, 0
    where = f"TextRegion {rid}"
    text, conf = _equiv(region, name, where)
    texts = [t for t in text.splitlines() if t.strip()]
    if not texts:
        return lines, 0
    if len(texts) == len(lines) and all(line.box is not None for line in lines):
        pairs = zip(texts, lines, strict=True)
        return [RawLine(t, line.box, conf, rid) for t, line in pairs], 0
    box = _coords(region, name, where)
    if box is None:
        return [RawLine(t, None, conf, rid) for t in texts], 0
    strips = _strips(box, len(texts), region)
    return [RawLine(t, b, conf, rid) for t, b in zip(texts, strips, strict=True)], 1


def _nested_text(region: Element) -> bool:
    """True when a region inside ``region`` holds any text (its lines', words' or own)."""
    for inner in region.iter():
        if inner is not region and local(inner.tag) == "TextRegion":
            for unicode in inner.iter():
                if local(unicode.tag) == "Unicode" and "".join(unicode.itertext()).strip():
                    return True
    return False


#: PAGE's reading directions of a region read in columns (vertical CJK).
_VERTICAL = frozenset({"top-to-bottom", "bottom-to-top"})


def _strips(
    box: tuple[float, float, float, float], count: int, region: Element
) -> list[tuple[float, float, float, float]]:
    """``count`` equal strips of ``box``, one for each line of the region's text: rows top to
    bottom; for a region read in columns (``readingDirection`` top-to-bottom), columns right
    to left (``textLineOrder`` left-to-right turns them)."""
    x0, y0, x1, y1 = box
    if region.get("readingDirection") in _VERTICAL:
        step = (x1 - x0) / count
        columns = [(x0 + i * step, y0, x0 + (i + 1) * step, y1) for i in range(count)]
        return columns if region.get("textLineOrder") == "left-to-right" else columns[::-1]
    step = (y1 - y0) / count
    rows = [(x0, y0 + i * step, x1, y0 + (i + 1) * step) for i in range(count)]
    return rows[::-1] if region.get("textLineOrder") == "bottom-to-top" else rows


def _line(element: Element, region: str | None, name: str, n: int) -> RawLine:
    where = TEXTLINE(n=n)
    text, conf = _text(element, name, where)
    return RawLine(text, _coords(element, name, where), conf, region)


def _text(element: Element, name: str, where: Where) -> tuple[str, float | None]:
    """Own TextEquiv, else the Words' texts joined as words, else the Glyphs' concatenated;
    the confidence is the own one, else the mean of the parts'."""
    text, conf = _equiv(element, name, where)
    if text:
        return text, conf
    for child_tag in ("Word", "Glyph"):
        children = [c for c in element if local(c.tag) == child_tag]
        if children:
            found = [_text(c, name, where) for c in children]
            scores = [c for _, c in found if c is not None]
            mean = sum(scores) / len(scores) if scores else None
            texts = [t for t, _ in found]
            if child_tag == "Glyph":
                return "".join(texts), mean
            return join_words(texts, [_coords(c, name, where) for c in children]), mean
    return "", conf


def _equiv(element: Element, name: str, where: Where) -> tuple[str, float | None]:
    """The text and confidence of an element's own TextEquiv (lowest index first)."""
    equivs = [e for e in element if local(e.tag) == "TextEquiv"]
    if not equivs:
        return "", None

    def index(e: Element) -> float:
        value = e.get("index")
        try:
            return float(value) if value is not None else 0.0
        except ValueError:
            return 0.0

    best = min(equivs, key=index)
    unicode = next((u for u in best if local(u.tag) == "Unicode"), None)
    text = "" if unicode is None else "".join(unicode.itertext())
    return text, confidence(best.get("conf"), name, ATTRIBUTE_OF(where=where, attribute="conf"))


def _coords(element: Element, name: str, where: Where) -> tuple[float, float, float, float] | None:
    coords = next((c for c in element if local(c.tag) == "Coords"), None)
    if coords is None:
        return None
    points: list[tuple[float, float]] = []
    raw = coords.get("points")
    what = ATTRIBUTE_OF(where=where, attribute="Coords")
    if raw is not None:
        for pair in raw.split():
            xy = pair.split(",")
            if len(xy) != 2:
                raise PageError(name, NOT_XY(what=what, point=repr(pair[:20])))
            points.append((number(xy[0], name, what), number(xy[1], name, what)))
    else:
        for point in coords:
            if local(point.tag) == "Point":
                points.append(
                    (number(point.get("x"), name, what), number(point.get("y"), name, what))
                )
    if not points:
        return None
    return polygon_box(points)


def _optional(element: Element, key: str, name: str) -> float | None:
    value = element.get(key)
    return None if value is None else number(value, name, PAGE_ATTRIBUTE(attribute=key))
