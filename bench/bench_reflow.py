"""Reflow throughput on the sample page, and how the time grows with the page size.

A page 8x and 64x the sample is built from varied copies of it (digits rotated per copy, so no
two copies are equal) joined as one page. Linear growth shows as a per-character time ratio
near 1 (large-vs-sample); a quadratic step would make the 64x ratio tens of times larger.
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


def main() -> None:
    text = sample_text()
    base = best_of(lambda: reflow(text), repeat=7)
    per_char = base / len(text)
    row("sample page", f"{len(text):,} chars, {len(reflow(text).articles)} articles")
    row("reflow throughput (sample)", f"{len(text) / base:,.0f} chars/s ({base * 1000:.1f} ms)")
    for copies in (8, 64):
        page = varied_page(text, copies)
        t = best_of(partial(reflow, page), repeat=3 if copies == 8 else 2)
        ratio = (t / len(page)) / per_char
        row(
            f"{copies}x page ({len(page):,} chars)",
            f"{t:.3f} s, {len(page) / t:,.0f} chars/s, per-char time ratio {copies}x/1x = "
            f"{ratio:.2f}",
        )
        articles = len(reflow(page).articles)
        row(f"{copies}x page articles", f"{articles} (expected {7 * copies})")


if __name__ == "__main__":
    main()
