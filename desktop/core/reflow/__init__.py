"""Reflow: a raw OCR page -> clean articles that keep their provenance.

Pipeline (one module each): :mod:`rows` cuts lines into rows and removes markers and bylines;
:mod:`layout` estimates the column, finds headings and paragraphs; :mod:`headlines` groups
headline lines and matches floating ones; :mod:`assemble` splits the page into articles and
builds text + source map with :mod:`spaces`. Every step is linear in the page size.

Contract: ``reflow(raw)`` returns a :class:`~desktop.core.model.Page` whose articles are in the
order their bodies appear; every non-whitespace character of ``raw`` is in exactly one
article's text (``source_map`` gives its raw offset), inside a removed marker (a continuation
marker, or a line-end hyphen dropped where a word broken over two lines was joined), or on a
row of page furniture in ``set_aside`` (whose ``text`` is the trimmed raw line).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from desktop.core.model import Page, line_starts
from desktop.core.ocr.model import OcrPage
from desktop.core.reflow.assemble import assemble
from desktop.core.reflow.geometric import reflow_geometric
from desktop.core.reflow.gutters import split_across_gutters
from desktop.core.reflow.layout import is_dense, make_blocks, make_items
from desktop.core.reflow.marks import split_run_on_marks
from desktop.core.reflow.overlaps import line_cells, trim_boxes
from desktop.core.reflow.rows import set_aside_furniture, split_rows
from desktop.core.reflow.sidebyside import split_between_stories
from desktop.core.reflow.text import cells as ink_cells

__all__ = ["reflow", "reflow_page"]

#: Scan images looked for beside an OCR file (same stem), in this order.
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while reflow allocates its many small objects.

    Reflow builds no reference cycles, so nothing is left for the collector; but its repeated
    full passes over a large page's live objects made time grow faster than the page (measured
    in bench_reflow: per-char time x2 at 64x the sample with the collector, x1 without).

    As it resumes, the objects made while it was paused and still kept (the page's blocks,
    its lines' boxes: ~13,000 on a page of 10,000 lines) are handed to the oldest generation
    rather than left in the youngest, whose count the pause let grow: the next allocation would
    start a young collection going through each of them, finding no cycle among them (4-5 ms,
    1% of a 10,000-line page). ``gc.freeze()`` then ``gc.unfreeze()`` does that in two list
    moves (freeze empties every generation into the permanent one and zeroes the young count,
    unfreeze empties the permanent one into the oldest): every object stays tracked, and any
    cycle among them or the caller's is still found, at the next full collection. (Only where
    nothing is frozen: a caller's ``gc.freeze`` is left as it is.)
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def reflow(raw: str, *, source: str = "", encoding: str = "utf-8") -> Page:
    """Reflow the decoded, line-end-normalised text of one page."""
    with _collector_paused():
        rows, markers = split_rows(raw)
        rows, aside, meta = set_aside_furniture(rows)
        dense = is_dense(rows)
        items = make_items(make_blocks(rows, dense), dense)
        articles = assemble(raw, items)
    return Page(
        source=source,
        raw=raw,
        encoding=encoding,
        articles=articles,
        # (and the line-end hyphens dropped where the text joined a broken word)
        removed=tuple(markers)
        + tuple(m for a in articles for m in a.markers if m.kind == "hyphen"),
        line_starts=line_starts(raw),
        meta=meta,
        set_aside=tuple(aside),
    )


def reflow_page(ocr: OcrPage) -> Page:
    """The one entry for every format: a page of OCR lines -> articles.

    Pages with geometry go to the geometric layout; plain text (no boxes) to :func:`reflow`,
    unchanged. Either way the Page's raw text is ``ocr.raw`` (lines in file order), and it
    carries the format, one box per raw line, the page size and the scan found beside the file
    (:func:`find_image`); ``source`` is the file's name.
    """
    name = Path(ocr.source).name if ocr.source else ""
    # (Each page counts its lines' cells afresh: the memo holds no earlier page's lines.)
    ink_cells.cache_clear()
    if ocr.has_geometry:
        # Lines a detector ran on across a gutter are cut first: one hides the column. A
        # run-on between two stories side by side first, at the gutter their headlines and
        # whole band show (whatever its height); then those the lines around them show.
        # (The collector paused, as for plain text: the box passes allocate many small
        # objects and build no cycles; at 20,000 boxes its passes cost a tenth.)
        # (The passes run in a function of their own: the lines they cut and trim are let go
        # as it returns, before the collector resumes, whose first pass goes through every
        # object made since it paused that still stands. They change lines alone: the page's
        # size, scan, format and encoding are the boxed page's.)
        with _collector_paused():
            page = _laid_out(ocr)
        # (The geometric layout gives each line of ``ocr`` its box as numbers already.)
        boxes = page.boxes
    else:
        page = reflow(ocr.raw, source=name, encoding=ocr.encoding)
        boxes = tuple(
            None if line.box is None else (line.box.x0, line.box.y0, line.box.x1, line.box.y1)
            for line in ocr.lines
        )
    size = None if ocr.width is None or ocr.height is None else (ocr.width, ocr.height)
    return replace(
        page,
        source=name,
        encoding=ocr.encoding,
        format=ocr.format,
        boxes=boxes if any(b is not None for b in boxes) else (),
        size=size,
        image=find_image(ocr),
    )


def _laid_out(ocr: OcrPage) -> Page:
    """The geometric layout of a page with boxes, its run-on lines cut and boxes trimmed
    first (:func:`reflow_page`)."""
    ocr = split_across_gutters(split_between_stories(ocr))
    # Then a lone mark line boxed onto the line of the column before it (the gutters
    # as the cutting left them show where).
    # (Each line's cells counted once for this look, the trims and the layout: the
    # trims change boxes, never text; a mark cut off makes new lines, counted again.)
    cells = line_cells(ocr)
    marked = split_run_on_marks(ocr, cells)
    if marked is not ocr:
        ocr, cells = marked, line_cells(marked)
    # Then a box reaching a sliver into its row neighbour's is trimmed back (after the
    # cutting: a run-on box is wider than its characters by a gutter, not slack).
    # (And first a line opening with a mark, its box grown a character left of its
    # column.) (The two trims read, measure and sort the boxes once: ``trim_boxes``
    # is ``trim_overlaps(trim_mark_starts(...))``.)
    ocr = trim_boxes(ocr, cells)
    return reflow_geometric(ocr, cells)


def find_image(ocr: OcrPage) -> str | None:
    """The scan of an OCR file: an image with the same stem beside it (.png, .jpg, .jpeg,
    .tif, .tiff), else the file the OCR file names (hOCR ``image``, ALTO ``fileName``, PAGE
    ``imageFilename``) when it exists beside the OCR file. None when neither exists."""
    if not ocr.source:
        return None
    path = Path(ocr.source)
    folder = path.parent
    try:
        for suffix in IMAGE_SUFFIXES:
            for candidate in (path.with_suffix(suffix), path.with_suffix(suffix.upper())):
                if candidate != path and candidate.is_file():
                    return str(candidate.resolve())
        if ocr.image:
            named = folder / Path(ocr.image.replace("\\", "/")).name
            if named.is_file():
                return str(named.resolve())
    except OSError:
        return None
    return None
