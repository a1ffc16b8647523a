"""The layout's fast paths answer as the rules they stand for: each is checked against the
plain one-line-at-a-time rule on the real dev pages stacked (the bench's page) and on small
synthetic windows, where ties and short windows come up."""

from __future__ import annotations

import random
import statistics

from bench.bench_layout import real_page_of
from desktop.core.ocr.model import Box
from desktop.core.reflow.gutters import BODY_TYPE, _wider_than_around, _wider_than_around_all


def _body_boxes() -> tuple[list[Box], float]:
    page = real_page_of(3000)
    boxes = [ln.box for ln in page.lines if ln.box is not None and ln.box.height > 0]
    height = statistics.median(b.height for b in boxes)
    return [b for b in boxes if b.height <= BODY_TYPE * height], height


def test_wider_than_around_all_answers_as_one_box_at_a_time() -> None:
    boxes, height = _body_boxes()
    placed = sorted((b.cy, b.x0, b.x1) for b in boxes)
    centres = [c for c, _, _ in placed]
    fast = _wider_than_around_all(boxes, placed, centres, height)
    assert fast == [_wider_than_around(b, placed, centres, height) for b in boxes]
    assert any(fast) and not all(fast)


def test_wider_than_around_all_on_ties_and_short_windows() -> None:
    # Whole-pixel boxes in few widths (ties at the median, even and odd counts), some rows
    # with too few lines around them.
    rng = random.Random(3)
    boxes = [
        Box(float(x), float(y), float(x + rng.choice((100, 130, 131, 200, 260))), y + 20.0)
        for y in range(0, 3000, 25)
        for x in rng.sample(range(0, 900, 50), rng.randint(0, 6))
    ]
    placed = sorted((b.cy, b.x0, b.x1) for b in boxes)
    centres = [c for c, _, _ in placed]
    fast = _wider_than_around_all(boxes, placed, centres, 20.0)
    assert fast == [_wider_than_around(b, placed, centres, 20.0) for b in boxes]
    assert any(fast)
    assert _wider_than_around_all([], placed, centres, 20.0) == []
