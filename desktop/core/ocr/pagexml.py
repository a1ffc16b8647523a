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

from desktop.core.errors import PageError
from desktop.core.ocr.common import (
    RawLine,
    check_count,
    confidence,
    finish,
    join_words,
    number,
    polygon_box,
)
from desktop.core.ocr.model import OcrPage
from desktop.core.ocr.xmlsafe import local, parse_xml


def read_pagexml(data: bytes | str, source: str) -> OcrPage:
    return pagexml_page(parse_xml(data, source), source, source)


def pagexml_page(root: Element, name: str, source: str) -> OcrPage:
    if local(root.tag) != "PcGts":
        raise PageError(name, f"is XML but not PAGE XML (its root is <{local(root.tag)}>)")
    pages = [child for child in root if local(child.tag) == "Page"]
    if len(pages) != 1:
        raise PageError(name, f"has {len(pages)} <Page> elements (PAGE XML has exactly one)")
    page = pages[0]
    width = _optional(page, "imageWidth", name)
    height = _optional(page, "imageHeight", name)
    lines: list[RawLine] = []
    stack: list[tuple[Element, str | None]] = [(page, None)]
    while stack:
        element, region = stack.pop()
        tag = local(element.tag)
        if tag == "TextRegion":
            region = element.get("id") or f"region{len(lines)}"
        elif tag == "TextLine":
            lines.append(_line(element, region, name, len(lines) + 1))
            check_count(name, len(lines))
            continue
        stack.extend((child, region) for child in reversed(element))
    return finish(
        name,
        "pagexml",
        lines,
        source=source,
        width=width,
        height=height,
        image=page.get("imageFilename"),
    )


def _line(element: Element, region: str | None, name: str, n: int) -> RawLine:
    where = f"TextLine {n}"
    text, conf = _text(element, name, where)
    return RawLine(text, _coords(element, name, where), conf, region)


def _text(element: Element, name: str, where: str) -> tuple[str, float | None]:
    """Own TextEquiv, else the Words' texts joined as words, else the Glyphs' concatenated;
    the confidence is the own one, else the mean of the parts'."""
    text, conf = _equiv(element, name, where)
    if text:
        return text, conf
    for child_tag, joiner in (("Word", join_words), ("Glyph", "".join)):
        children = [c for c in element if local(c.tag) == child_tag]
        if children:
            found = [_text(c, name, where) for c in children]
            scores = [c for _, c in found if c is not None]
            mean = sum(scores) / len(scores) if scores else None
            return joiner(t for t, _ in found), mean
    return "", conf


def _equiv(element: Element, name: str, where: str) -> tuple[str, float | None]:
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
    return text, confidence(best.get("conf"), name, f"{where}'s conf")


def _coords(element: Element, name: str, where: str) -> tuple[float, float, float, float] | None:
    coords = next((c for c in element if local(c.tag) == "Coords"), None)
    if coords is None:
        return None
    points: list[tuple[float, float]] = []
    raw = coords.get("points")
    what = f"{where}'s Coords"
    if raw is not None:
        for pair in raw.split():
            xy = pair.split(",")
            if len(xy) != 2:
                raise PageError(name, f"{what} has a point that is not x,y ({pair[:20]!r})")
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
    return None if value is None else number(value, name, f"the page's {key}")
