"""ALTO XML (v2-v4, any namespace) -> :class:`OcrPage`.

Read: ``Description/MeasurementUnit`` and ``sourceImageInformation/fileName``; ``Page``
``WIDTH``/``HEIGHT``; every ``TextLine`` (inside ``TextBlock``, also within ``ComposedBlock``)
with its ``HPOS``/``VPOS``/``WIDTH``/``HEIGHT`` (else the union of its Strings), its text from
``String/@CONTENT`` joined like words (:func:`~desktop.core.ocr.common.join_words`: a space
between words, none between two CJK characters unless their boxes stand an em apart;
``SP`` elements are implied by that rule, since tesseract writes one between every Chinese
word), ``HYP`` adding its hyphen, and the mean ``String/@WC`` (0-1).

Coordinates stay in the file's ``MeasurementUnit`` (pixel, mm10 or inch1200): the page size is
in the same unit, so layout, which compares boxes with each other, reads every unit alike, and a
scan view scales the page size to the image.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from desktop.core.errors import PageError, Template
from desktop.core.ocr.common import (
    ATTRIBUTE_OF,
    PAGE_ATTRIBUTE,
    POSITION_OF,
    TEXTLINE,
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
from desktop.core.ocr.xmlsafe import local, parse_xml

UNITS = ("pixel", "mm10", "inch1200")
NOT_ALTO = Template("is XML but not ALTO (its root is <{root}>)")
UNKNOWN_UNIT = Template("has an unknown ALTO MeasurementUnit {unit}")
SEVERAL_PAGES = Template("holds {count} ALTO pages; save one page per file")


def read_alto(data: bytes | str, source: str) -> OcrPage:
    return alto_page(parse_xml(data, source), source, source)


def alto_page(root: Element, name: str, source: str) -> OcrPage:
    if local(root.tag) != "alto":
        raise PageError(name, NOT_ALTO(root=local(root.tag)))
    unit = "pixel"
    image = None
    pages: list[Element] = []
    lines: list[RawLine] = []
    # Iterative walk in document order, remembering the enclosing TextBlock.
    stack: list[tuple[Element, str | None]] = [(root, None)]
    while stack:
        element, block = stack.pop()
        tag = local(element.tag)
        if tag == "MeasurementUnit":
            unit = (element.text or "pixel").strip() or "pixel"
        elif tag == "fileName" and image is None:
            image = (element.text or "").strip() or None
        elif tag == "Page":
            pages.append(element)
        elif tag == "TextBlock":
            block = element.get("ID") or f"block{len(lines)}"
        elif tag == "TextLine":
            lines.append(_line(element, block, name, len(lines) + 1))
            check_count(name, len(lines))
            continue
        stack.extend((child, block) for child in reversed(element))
    if unit not in UNITS:
        raise PageError(name, UNKNOWN_UNIT(unit=repr(unit)))
    if len(pages) > 1:
        raise PageError(name, SEVERAL_PAGES(count=len(pages)))
    width = height = None
    if pages:
        width = _optional(pages[0], "WIDTH", name)
        height = _optional(pages[0], "HEIGHT", name)
    return finish(name, "alto", lines, source=source, width=width, height=height, image=image)


def _line(element: Element, block: str | None, name: str, n: int) -> RawLine:
    where = TEXTLINE(n=n)
    words: list[str] = []
    boxes: list[tuple[float, float, float, float] | None] = []
    scores: list[float] = []
    for child in element:
        tag = local(child.tag)
        if tag == "HYP" and words:
            words[-1] += child.get("CONTENT") or "-"
        elif tag == "String":
            content = (child.get("CONTENT") or "").strip()
            if not content:
                continue
            words.append(content)
            boxes.append(_box(child, name, ATTRIBUTE_OF(where=where, attribute="String")))
            score = confidence(child.get("WC"), name, ATTRIBUTE_OF(where=where, attribute="WC"))
            if score is not None:
                scores.append(score)
    box = _box(element, name, where) or union(boxes)
    mean = sum(scores) / len(scores) if scores else None
    return RawLine(join_words(words, boxes), box, mean, block)


def _box(element: Element, name: str, where: Where) -> tuple[float, float, float, float] | None:
    values = [element.get(k) for k in ("HPOS", "VPOS", "WIDTH", "HEIGHT")]
    if any(v is None for v in values):
        return None
    x, y, w, h = (number(v, name, POSITION_OF(where=where)) for v in values)
    return (x, y, x + w, y + h)


def _optional(element: Element, key: str, name: str) -> float | None:
    value = element.get(key)
    return None if value is None else number(value, name, PAGE_ATTRIBUTE(attribute=key))
