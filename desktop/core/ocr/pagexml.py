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
    stack: list[Element] = [page]
    while stack:
        element = stack.pop()
        if local(element.tag) == "TextRegion":
            lines.extend(_region_lines(element, name, len(lines)))
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
    )


def _region_lines(region: Element, name: str, before: int) -> list[RawLine]:
    """The region's own lines; when none has text but the region does (Aletheia and
    some GT tools keep text at region level), the region's text lines, paired with the line
    boxes when the counts match, else without boxes."""
    rid = region.get("id") or f"region{before}"
    elements = [c for c in region if local(c.tag) == "TextLine"]
    lines = [_line(e, rid, name, before + i + 1) for i, e in enumerate(elements)]
    if any(line.text.strip() for line in lines):
        return lines
    text, conf = _equiv(region, name, f"TextRegion {rid}")
    texts = [t for t in text.splitlines() if t.strip()]
    if not texts:
        return lines
    if len(texts) == len(lines):
        return [RawLine(t, line.box, conf, rid) for t, line in zip(texts, lines, strict=True)]
    return [RawLine(t, None, conf, rid) for t in texts]


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
