"""Boxed lines through the text reflow: the stand-in while no geometric layout is present.

The lines are put in reading order by their boxes (top to bottom, then left to right), that
text is reflowed by :func:`desktop.core.reflow.reflow`, and every raw offset of the result
(source maps, markers) is mapped back into ``ocr.raw``, whose lines stay in file order. The
mapping is a bijection between the characters of the two texts, so the reflow contract (every
non-whitespace character in exactly one article or marker) carries over.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from desktop.core.model import SYNTHETIC, Marker, Page, line_starts
from desktop.core.ocr.model import OcrPage


def reading_order(ocr: OcrPage) -> list[int]:
    """Indexes of ``ocr.lines`` top to bottom, then left to right (unboxed lines last, in file
    order)."""
    inf = float("inf")
    return sorted(
        range(len(ocr.lines)),
        key=lambda i: (inf, inf, i) if (box := ocr.lines[i].box) is None else (box.y0, box.x0, i),
    )


def reflow_sorted(ocr: OcrPage) -> Page:
    from desktop.core.reflow import reflow

    order = reading_order(ocr)
    texts = [ocr.lines[i].text for i in order]
    sorted_raw = "\n".join(texts)
    page = reflow(sorted_raw, source=ocr.source, encoding=ocr.encoding)
    raw = ocr.raw
    if order == sorted(order):
        return page
    mapping = _OffsetMap(order, line_starts(sorted_raw), line_starts(raw))
    articles = tuple(
        replace(
            a,
            source_map=tuple(o if o == SYNTHETIC else mapping(o) for o in a.source_map),
            markers=tuple(mapping.marker(m) for m in a.markers),
        )
        for a in page.articles
    )
    return replace(
        page,
        raw=raw,
        articles=articles,
        removed=tuple(mapping.marker(m) for m in page.removed),
        line_starts=line_starts(raw),
    )


class _OffsetMap:
    """Offset in the sorted text -> offset in the raw text (same line, same column)."""

    def __init__(
        self, order: list[int], sorted_starts: tuple[int, ...], raw_starts: tuple[int, ...]
    ) -> None:
        self.order = order
        self.sorted_starts = sorted_starts
        self.raw_starts = raw_starts

    def __call__(self, offset: int) -> int:
        k = bisect.bisect_right(self.sorted_starts, offset) - 1
        return self.raw_starts[self.order[k]] + offset - self.sorted_starts[k]

    def marker(self, marker: Marker) -> Marker:
        start = self(marker.raw_start)
        end = self(marker.raw_end - 1) + 1 if marker.raw_end > marker.raw_start else start
        return replace(marker, raw_start=start, raw_end=end)
