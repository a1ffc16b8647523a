"""Layout throughput of OCR pages with boxes: pages of 1k, 5k, 10k and 20k boxes, and the
per-box growth. Timed is :func:`desktop.core.reflow.reflow_page`, all a box page goes through:
run-on boxes cut at gutters, stretched boxes trimmed, then columns, reading order, headlines
and articles (until this round only the last step was timed, which left out the cutting).

Pages are laid out by ``tests/layoutgen`` from the real articles in ``tests/data/news`` (the
dev half, repeated), six columns, mixed widths, listed row by row as PaddleOCR lists them.
Each size is timed (best of several runs) and its per-box time is compared with the 1k page's,
measured in the same run: linear growth shows as ratios near 1. The issue's target is a
10,000-box page in under 0.5 s.

The same is measured on real RapidOCR output: the dev pages of ``tests/data/ocr/rapidocr/dev``
(run-on boxes over gutters, stretched boxes, photos, captions) stacked one under another until
the page holds the size's boxes -- the layout's harder rules run there, not on generated pages.
Their per-box ratio compares different pages (the 1k page is the first five dev pages, the 20k
page 136 of them, and later pages cost more per box laid out alone), so the growth is measured
again on the same content: the 1k real page stacked on itself until the page holds the size's
boxes (``repeated_page_of``), where a ratio over 1 can only be the layout's own growth.
"""

from __future__ import annotations

import dataclasses
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import row  # noqa: E402
from desktop.core.ocr import read_ocr  # noqa: E402
from desktop.core.ocr.model import OcrLine, OcrPage  # noqa: E402
from desktop.core.reflow import reflow_page  # noqa: E402
from tests.layoutgen import load_articles, make_page, stories_from  # noqa: E402

SIZES = (1_000, 5_000, 10_000, 20_000)
REAL = ROOT / "tests" / "data" / "ocr" / "rapidocr" / "dev"


def page_of(boxes: int) -> OcrPage:
    """A page of about ``boxes`` lines, cut to exactly that many (the last story may end)."""
    stories = stories_from(load_articles("dev"), random.Random(7))
    copies: list = []  # type: ignore[type-arg]
    while True:
        copies.extend(stories)
        gold = make_page(copies, random.Random(11), "mixed", "rows", columns=6)
        if len(gold.ocr.lines) >= boxes:
            lines = gold.ocr.lines[:boxes]
            return OcrPage(gold.ocr.source, gold.ocr.format, lines, width=gold.ocr.width)


def real_page_of(boxes: int) -> OcrPage:
    """The real dev pages stacked one under another (50 px apart), cut to ``boxes`` lines."""
    pages = [read_ocr(p) for p in sorted(REAL.glob("page-*.json")) if ".gold" not in p.name]
    lines: list[OcrLine] = []
    top = 0.0
    while len(lines) < boxes:
        for page in pages:
            boxed = [line for line in page.lines if line.box is not None]
            for line in boxed:
                box = line.box
                assert box is not None
                moved = dataclasses.replace(box, y0=box.y0 + top, y1=box.y1 + top)
                lines.append(dataclasses.replace(line, box=moved))
            top += max(line.box.y1 for line in boxed if line.box is not None) + 50
            if len(lines) >= boxes:
                break
    return OcrPage("stacked.json", "rapidocr", tuple(lines[:boxes]))


def repeated_page_of(boxes: int) -> OcrPage:
    """The 1k real page stacked on itself (50 px apart) until it holds ``boxes`` lines: the
    same content at every size, so its per-box ratio is growth and nothing else."""
    block = [line for line in real_page_of(1_000).lines if line.box is not None]
    height = max(line.box.y1 for line in block if line.box is not None) + 50
    lines: list[OcrLine] = []
    copy = 0
    while len(lines) < boxes:
        for line in block:
            box = line.box
            assert box is not None
            moved = dataclasses.replace(box, y0=box.y0 + copy * height, y1=box.y1 + copy * height)
            lines.append(dataclasses.replace(line, box=moved))
        copy += 1
    return OcrPage("repeated.json", "rapidocr", tuple(lines[:boxes]))


def _timed(page: OcrPage, repeat: int) -> tuple[float, float, int]:
    """Best wall and best CPU time of ``repeat`` layouts of ``page``, each run timed both ways
    (the CPU time is what the layout costs on a machine shared with others), and the number
    of articles it found."""
    wall = cpu = float("inf")
    articles = 0
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        articles = len(reflow_page(page).articles)
        cpu = min(cpu, time.process_time() - c0)
        wall = min(wall, time.perf_counter() - w0)
    return wall, cpu, articles


def main() -> None:
    _sizes("", page_of)
    _sizes("real pages, ", real_page_of)
    _sizes("real 1k repeated, ", repeated_page_of)
    row("target", "10,000 boxes under 0.5 s")


def _sizes(kind: str, make: Callable[[int], OcrPage]) -> None:
    base: float | None = None
    for size in SIZES:
        page = make(size)
        # (Three runs up to the 10k page, the target's: on a shared machine the best of two
        # was a tenth over the best of three now and then; two of the 20k page.)
        seconds, cpu, articles = _timed(page, 3 if size <= 10_000 else 2)
        per_box = seconds / len(page.lines)
        base = base or per_box
        row(f"{kind}{size:,} boxes ({articles} articles)", f"{seconds:.3f} s wall, {cpu:.3f} s CPU")
        row(
            f"{kind}per-box time ratio {size // 1000}k/1k", f"{per_box / base:.2f}  (1.00 = linear)"
        )


if __name__ == "__main__":
    main()
