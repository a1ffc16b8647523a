"""PaddleOCR / RapidOCR results saved as JSON -> :class:`OcrPage`.

The shapes their tools and users write (checked against both projects' code and docs):

- a list of records ``{"text", "box" | "bbox" | "points" | "poly", "score"}`` (also ``txt``,
  ``transcription``, ``confidence``); a box is 4 (or more) ``[x, y]`` points, 8 flat numbers,
  or ``[x0, y0, x1, y1]``;
- the same list under ``{"ocr_results": [...], "dimensions": [W, H]}``;
- the nested list the Python APIs return: ``[[box, [text, score]], ...]`` (PaddleOCR 2.x, wrapped
  in a per-page list ``[[[box, [text, score]], ...]]``; RapidOCR 1.x ``[[box, text, score]]``);
- PaddleOCR 3.x ``save_to_json``: ``{"rec_texts", "rec_scores", "rec_polys" | "rec_boxes"}``,
  possibly under ``"res"``, and a list of such objects (its ``predict`` gives one per page).

A file that holds several pages is refused (one page per file), as is any other shape.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.errors import PageError, Template
from desktop.core.ocr.common import (
    BOX_OF,
    JSON_INVALID,
    JSON_NOT_UTF8,
    JSON_TOO_DEEP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RESULT,
    SCORE_OF,
    RawLine,
    Where,
    check_count,
    confidence,
    finish,
    number,
    polygon_box,
)
from desktop.core.ocr.model import OcrPage
from desktop.core.ocr.scale import shrunk_warning

_TEXT_KEYS = ("text", "txt", "transcription", "rec_text")
_BOX_KEYS = ("box", "bbox", "points", "poly", "polygon", "text_region", "rec_poly")
_SCORE_KEYS = ("score", "confidence", "conf", "rec_score")

NO_RESULTS_KEY = Template(
    'is JSON but not PaddleOCR/RapidOCR output (an object without "ocr_results" or "rec_texts")'
)
NOT_LIST_OR_OBJECT = Template("is JSON but not PaddleOCR/RapidOCR output (not a list or object)")
SEVERAL_PAGES = Template("holds {count} pages of OCR results; save one page per file")
NOT_BOX_PAIR = Template("{where} is not [box, [text, score]]")
NOT_A_RESULT = Template(
    '{where} is not an OCR result (expected {{"text", "box", "score"}} or [box, [text, score]])'
)
NO_TEXT_STRING = Template("{where} has no text string")
LENGTHS_DIFFER = Template(
    '"rec_texts", "rec_scores" and the boxes differ in length ({texts}, {scores}, {boxes})'
)
NOT_POINTS_OR_NUMBERS = Template("{what} is not a list of points or numbers")
NOT_XY_POINTS = Template("{what} is not a list of [x, y] points")
WRONG_COORD_COUNT = Template("{what} has {count} numbers (expected 4 or 4 points)")
BAD_DIMENSIONS = Template('"dimensions" is not [width, height]')
NOT_A_LIST = Template("{what} is not a list")


def read_paddle(data: bytes | str, source: str) -> OcrPage:
    """Read one page of PaddleOCR/RapidOCR JSON (see the module docstring for the shapes)."""
    name = source
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise PageError(name, JSON_NOT_UTF8(offset=exc.start)) from exc
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        raise PageError(
            name, JSON_INVALID(reason=exc.msg, line=exc.lineno, column=exc.colno)
        ) from exc
    except RecursionError:
        raise PageError(name, JSON_TOO_DEEP) from None
    return page_from_json(doc, name, source)


def page_from_json(doc: Any, name: str, source: str) -> OcrPage:
    """An :class:`OcrPage` from already-parsed JSON (``name`` is used in messages)."""
    width = height = None
    image: str | None = None
    if isinstance(doc, dict):
        if isinstance(doc.get("res"), dict):
            doc = doc["res"]
        image = _str_or_none(doc.get("input_path") or doc.get("image") or doc.get("image_path"))
        width, height = _dimensions(doc, name)
        if "rec_texts" in doc:
            lines = _columns(doc, name)
        elif "ocr_results" in doc:
            lines = _records(_list(doc["ocr_results"], name, '"ocr_results"'), name)
        else:
            raise PageError(name, NO_RESULTS_KEY)
    elif isinstance(doc, list) and doc and all(_is_page_object(item) for item in doc):
        # (PaddleOCR 3.x's results, one object per page, saved as one list.)
        if len(doc) > 1:
            raise PageError(name, SEVERAL_PAGES(count=len(doc)))
        return page_from_json(doc[0], name, source)
    elif isinstance(doc, list):
        lines = _records(_one_page(doc, name), name)
    else:
        raise PageError(name, NOT_LIST_OR_OBJECT)
    # (A page the tool read shrunk says so in its coordinates alone: the user hears it.)
    shrunk = shrunk_warning([line.box for line in lines if line.box is not None])
    return finish(
        name,
        "paddle",
        lines,
        source=source,
        width=width,
        height=height,
        image=image,
        warnings=(shrunk,) if shrunk else (),
    )


def _one_page(doc: list[Any], name: str) -> list[Any]:
    """Unwrap PaddleOCR's per-page outer list: ``[[[box, [text, score]], ...]]``."""
    if doc and all(item is None or item == [] or _is_page(item) for item in doc):
        pages = [item for item in doc if item]
        if len(pages) > 1:
            raise PageError(name, SEVERAL_PAGES(count=len(pages)))
        return pages[0] if pages else []
    return doc


def _is_page_object(item: Any) -> bool:
    """A PaddleOCR 3.x page: ``{"rec_texts": ...}``, possibly under ``"res"``."""
    if isinstance(item, dict) and isinstance(item.get("res"), dict):
        item = item["res"]
    return isinstance(item, dict) and "rec_texts" in item


def _is_page(item: Any) -> bool:
    """A list of results (each a list whose first element is a box), not one result."""
    return (
        isinstance(item, list)
        and bool(item)
        and all(isinstance(r, list) and r and isinstance(r[0], list) for r in item)
        and isinstance(item[0][0][0], list | int | float)
        and not (len(item) in (2, 3) and isinstance(item[1], list) and _looks_like_text(item[1]))
    )


def _looks_like_text(value: list[Any]) -> bool:
    return bool(value) and isinstance(value[0], str)


def _records(items: list[Any], name: str) -> list[RawLine]:
    lines: list[RawLine] = []
    for n, item in enumerate(items, 1):
        check_count(name, n)
        where = RESULT(n=n)
        if isinstance(item, dict):
            text = _first(item, _TEXT_KEYS)
            raw_box = _first(item, _BOX_KEYS)
            score = _first(item, _SCORE_KEYS)
        elif (
            isinstance(item, list | tuple) and len(item) == 2 and isinstance(item[1], list | tuple)
        ):
            raw_box, pair = item
            if len(pair) != 2:
                raise PageError(name, NOT_BOX_PAIR(where=where))
            text, score = pair
        elif isinstance(item, list | tuple) and len(item) == 3 and isinstance(item[1], str):
            raw_box, text, score = item
        else:
            raise PageError(name, NOT_A_RESULT(where=where))
        if not isinstance(text, str):
            raise PageError(name, NO_TEXT_STRING(where=where))
        box = None if raw_box is None else _box(raw_box, name, where)
        lines.append(RawLine(text, box, confidence(score, name, SCORE_OF(where=where))))
    return lines


def _columns(doc: dict[str, Any], name: str) -> list[RawLine]:
    texts = _list(doc["rec_texts"], name, '"rec_texts"')
    scores = _list(doc.get("rec_scores", [None] * len(texts)), name, '"rec_scores"')
    boxes = None
    for key in ("rec_polys", "rec_boxes", "dt_polys"):
        if key in doc:
            boxes = _list(doc[key], name, f'"{key}"')
            break
    if boxes is None:
        boxes = [None] * len(texts)
    if not len(texts) == len(scores) == len(boxes):
        raise PageError(
            name, LENGTHS_DIFFER(texts=len(texts), scores=len(scores), boxes=len(boxes))
        )
    items = [
        {"text": t, "box": b, "score": s} for t, b, s in zip(texts, boxes, scores, strict=True)
    ]
    return _records(items, name)


def _box(value: Any, name: str, where: Where) -> tuple[float, float, float, float]:
    """4+ points, 8 flat numbers, or [x0, y0, x1, y1] -> (x0, y0, x1, y1)."""
    what = BOX_OF(where=where)
    if not isinstance(value, list | tuple) or not value:
        raise PageError(name, NOT_POINTS_OR_NUMBERS(what=what))
    if all(isinstance(p, list | tuple) for p in value):
        if len(value) < 2 or any(len(p) != 2 for p in value):
            raise PageError(name, NOT_XY_POINTS(what=what))
        points = [(number(p[0], name, what), number(p[1], name, what)) for p in value]
        return polygon_box(points)
    coords = [number(v, name, what) for v in value]
    if len(coords) == 4:
        return (coords[0], coords[1], coords[2], coords[3])
    if len(coords) >= 6 and len(coords) % 2 == 0:
        return polygon_box(list(zip(coords[0::2], coords[1::2], strict=True)))
    raise PageError(name, WRONG_COORD_COUNT(what=what, count=len(coords)))


def _dimensions(doc: dict[str, Any], name: str) -> tuple[float | None, float | None]:
    dims = doc.get("dimensions")
    if dims is None and "width" in doc and "height" in doc:
        dims = [doc["width"], doc["height"]]
    if dims is None:
        return None, None
    if not isinstance(dims, list) or len(dims) < 2:
        raise PageError(name, BAD_DIMENSIONS)
    return number(dims[0], name, PAGE_WIDTH()), number(dims[1], name, PAGE_HEIGHT())


def _first(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if key in item:
            return item[key]
    return None


def _list(value: Any, name: str, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise PageError(name, NOT_A_LIST(what=what))
    return value


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
