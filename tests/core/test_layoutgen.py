"""The fixture generator lays real text out the way the layout tests need it to."""

from __future__ import annotations

import itertools
import random

from tests.layoutgen import load_articles, make_page, stories_from


def _stories(seed: int = 3) -> list:  # type: ignore[type-arg]
    return stories_from(load_articles("dev"), random.Random(seed))[:8]


def test_the_halves_are_real_disjoint_articles() -> None:
    dev, test = load_articles("dev"), load_articles("test")
    assert len(dev) >= 60 and len(test) >= 60
    assert not {a["id"] for a in dev} & {a["id"] for a in test}
    assert all(a["headings"] and a["body"] for a in dev + test)


def test_row_order_interleaves_columns_and_block_order_keeps_stories_together() -> None:
    rows = make_page(_stories(), random.Random(1), "grid", "rows", columns=4)
    blocks = make_page(_stories(), random.Random(1), "grid", "blocks", columns=4)
    xs = [ln.box.x0 for ln in rows.ocr.lines if ln.box is not None]
    jumps = sum(1 for a, b in itertools.pairwise(xs) if b < a)  # back to the left
    assert jumps > len(xs) // 4
    regions = [ln.region for ln in blocks.ocr.lines if ln.region != "block-1"]
    changes = sum(1 for a, b in itertools.pairwise(regions) if a != b)
    assert changes <= len(blocks.stories) + 1


def test_mixed_layout_has_columns_of_different_widths() -> None:
    widths: set[int] = set()
    for seed in range(6):
        page = make_page(_stories(seed), random.Random(seed), "mixed", "rows", columns=5)
        full = [
            ln.box.x1 - ln.box.x0
            for ln in page.ocr.lines
            if ln.box is not None and ln.confidence and ln.confidence > 0.8 and len(ln.text) > 6
        ]
        widths.update(round(w / 20) for w in full)
    assert len(widths) > 3


def test_every_story_and_the_furniture_are_on_the_page() -> None:
    stories = _stories()
    page = make_page(stories, random.Random(5), "lead", "shuffled")
    raw = page.ocr.raw.replace("\n", "")
    assert len(page.stories) == len(stories)
    for story in stories:
        assert story.title[:3] in raw
    assert page.meta.paper and page.meta.paper in raw
    assert page.meta.issue and page.meta.issue in raw
