"""Reflow throughput on the sample page, and how the time grows with the page size.

A page 8x and 64x the sample is built from varied copies of it (digits rotated per copy, so no
two copies are equal) joined as one page. It is timed against the same amount of text reflowed
as that many separate sample pages, measured right before it, so both see the same machine
load. Linear growth shows as a per-character time ratio near 1 (large page / 1x pages); a
quadratic step would make the 64x ratio tens of times larger.
"""

from __future__ import annotations

from functools import partial

from bench.common import best_of, row, sample_text
from desktop.core.reflow import reflow


def varied_page(text: str, copies: int) -> str:
    digits = "0123456789"
    parts = []
    for n in range(copies):
        shift = n % 10
        table = str.maketrans(digits, digits[shift:] + digits[:shift])
        parts.append(text.translate(table))
    return "\n".join(parts)


def reflow_each(pages: list[str]) -> None:
    for page in pages:
        reflow(page)


def main() -> None:
    text = sample_text()
    base = best_of(partial(reflow, text), repeat=7)
    row("sample page", f"{len(text):,} chars, {len(reflow(text).articles)} articles")
    row("reflow throughput (sample)", f"{len(text) / base:,.0f} chars/s ({base * 1000:.1f} ms)")
    for copies in (8, 64):
        page = varied_page(text, copies)
        singles = [varied_page(text, 1)] * copies
        repeat = 5 if copies == 8 else 3
        t_small = best_of(partial(reflow_each, singles), repeat=repeat)
        t_large = best_of(partial(reflow, page), repeat=repeat)
        ratio = (t_large / len(page)) / (t_small / (len(text) * copies))
        row(
            f"{copies}x page ({len(page):,} chars)",
            f"{t_large:.3f} s, {len(page) / t_large:,.0f} chars/s",
        )
        row(f"per-char time ratio {copies}x/1x", f"{ratio:.2f}  (1.00 = linear)")
        row(f"{copies}x page articles", f"{len(reflow(page).articles)} (expected {7 * copies})")


if __name__ == "__main__":
    main()
