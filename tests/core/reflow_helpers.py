"""Shared checks for the reflow tests: the provenance invariant and block bookkeeping."""

from __future__ import annotations

from collections import Counter

from desktop.core.model import SYNTHETIC, Page
from desktop.core.reflow import reflow


def assert_nothing_lost(page: Page) -> None:
    """Every non-space raw char is in exactly one article text, removed marker or set-aside row."""
    seen: Counter[int] = Counter()
    for article in page.articles:
        assert len(article.source_map) == len(article.text)
        for ch, offset in zip(article.text, article.source_map, strict=True):
            if offset == SYNTHETIC:
                assert ch == "\n"
                continue
            if ch.isspace():
                assert page.raw[offset].isspace()
            else:
                assert page.raw[offset] == ch
            seen[offset] += 1
    for marker in page.removed:
        assert page.raw[marker.raw_start : marker.raw_end] == marker.text
        for offset in range(marker.raw_start, marker.raw_end):
            seen[offset] += 1
    for aside in page.set_aside:
        start = page.line_starts[aside.line]
        at = page.raw.index(aside.text, start)
        assert page.raw[start:at].strip() == "", "a set-aside row is a whole raw line"
        for offset in range(at, at + len(aside.text)):
            seen[offset] += 1
    lost = [i for i, ch in enumerate(page.raw) if not ch.isspace() and seen[i] == 0]
    twice = [i for i, n in seen.items() if n > 1]
    assert not lost, f"lost: {[page.raw[i] for i in lost[:20]]}"
    assert not twice, f"duplicated: {[page.raw[i] for i in twice[:20]]}"


def assert_blocks_consistent(page: Page) -> None:
    """Blocks tile the text, joined by synthetic newlines."""
    for article in page.articles:
        assert "\n".join(b.text for b in article.blocks) == article.text
        for block in article.blocks:
            assert article.text[block.start : block.end] == block.text
            assert block.text and block.text == block.text.strip()
            assert SYNTHETIC not in article.source_map[block.start : block.end]


def kinds(page: Page, index: int) -> list[str]:
    return [b.kind for b in page.articles[index].blocks]


def texts(page: Page, index: int, kind: str) -> list[str]:
    return [b.text for b in page.articles[index].blocks if b.kind == kind]


def check_reflow(raw: str, source: str = "t.txt") -> Page:
    """``raw`` reflowed, with the provenance invariant and the block bookkeeping checked."""
    page = reflow(raw, source=source)
    assert_nothing_lost(page)
    assert_blocks_consistent(page)
    return page
