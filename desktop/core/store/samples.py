"""Variants of a real page, for load tests, crash tests and benchmarks.

A variant shuffles the page's blank-line-separated chunks and replaces every run of digits by
other digits of the same length, so pages differ in content (and hash) while keeping the shape
reflow and extraction see in real pages. Deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.importer import PreparedPage

_DIGITS = re.compile(r"[0-9]+")


def variant(text: str, seed: int) -> str:
    rng = random.Random(seed)
    chunks = text.split("\n\n")
    head, rest = chunks[:1], chunks[1:]
    rng.shuffle(rest)
    joined = "\n\n".join(head + rest)

    def renumber(match: re.Match[str]) -> str:
        digits = match.group(0)
        first = str(rng.randint(1, 9)) if len(digits) > 1 else str(rng.randint(0, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    return _DIGITS.sub(renumber, joined)


def write_variants(source: Path, folder: Path, count: int, *, seed: int = 0) -> list[Path]:
    """Write ``count`` variants of ``source`` as ``folder/page_0000.txt`` …; returns the paths."""
    text = source.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n in range(count):
        path = folder / f"page_{n:04d}.txt"
        path.write_text(variant(text, seed * 100_003 + n), encoding="utf-8")
        out.append(path)
    return out


def rehashed(prepared: PreparedPage, n: int) -> PreparedPage:
    """The same prepared page under another name and content hash: a fast way to fill a
    project with many pages without preparing each."""
    return replace(
        prepared, name=f"{n:06d}_{prepared.name}", sha256=f"{prepared.sha256[:48]}{n:016x}"
    )
