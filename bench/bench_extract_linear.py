"""Extraction is linear on any text (issue 12, item 6): time for 50k, 100k and 200k characters
of news text without punctuation beside the same lengths of normal news text.

Goal: without punctuation / normal within 1.5x at each length, and growth linear (doubling
the length about doubles the time: the 200k/100k and 100k/50k ratios near 2, where quadratic
growth gives 4). CPU time of this process, best of two runs, everything loaded first.

The text: the dev set's news sentences, joined (normal), and the same with every punctuation
mark and space removed (no punctuation), repeated to the length. Printed twice: the extractor
as it is, and with ``propagate.extra`` (the linear form of ``entities._propagate``) in place of
``entities._propagate``, until that is wired in.
"""

from __future__ import annotations

import gc
import itertools
import sys
import time
import unicodedata
from collections.abc import Callable

from bench.common import ROOT, row

SIZES = (50_000, 100_000, 200_000)
GOAL_RATIO = 1.5


def cpu_best_of(fn: Callable[[], object], repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()  # the previous run's garbage is not this one's cost
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def texts() -> tuple[str, str]:
    sys.path.insert(0, str(ROOT))
    from tests.core.test_extract_devset import load

    normal = "".join(text for text, _ in load())
    bare = "".join(
        ch for ch in normal if not unicodedata.category(ch).startswith("P") and not ch.isspace()
    )
    return normal, bare


def sized(text: str, n: int) -> str:
    return (text * (n // len(text) + 1))[:n]


def measure(label: str) -> bool:
    from desktop.core.extract import get_extractor

    extractor = get_extractor()
    normal, bare = texts()
    print(f"  {label}")
    times: dict[tuple[str, int], float] = {}
    ok = True
    for n in SIZES:
        for name, source in (("normal", normal), ("no punctuation", bare)):
            text = sized(source, n)
            times[name, n] = cpu_best_of(lambda t=text: extractor.extract(t))
        ratio = times["no punctuation", n] / times["normal", n]
        ok = ok and ratio <= GOAL_RATIO
        row(
            f"{n // 1000}k chars",
            f"normal {times['normal', n]:.2f} s, no punctuation {times['no punctuation', n]:.2f} s,"
            f" ratio {ratio:.2f}x (goal <= {GOAL_RATIO}x)",
        )
    for name in ("normal", "no punctuation"):
        growth = [times[name, b] / times[name, a] for a, b in itertools.pairwise(SIZES)]
        ok = ok and all(g < 3.0 for g in growth)
        shown = ", ".join(f"{g:.2f}x" for g in growth)
        row(f"growth per doubling, {name}", f"{shown} (linear 2x, quadratic 4x)")
    return ok


def main() -> int:
    from desktop.core.extract import entities, propagate

    ok_now = measure("the extractor as it is")
    original = entities._propagate

    def linear(text, tokens, chosen, known):  # type: ignore[no-untyped-def]
        extra = propagate.extra(text, tokens, chosen, known)
        return entities._resolve(chosen + extra) if extra else chosen

    if entities._propagate.__module__ == "desktop.core.extract.entities":
        entities._propagate = linear
        try:
            ok_wired = measure("with propagate.extra wired into entities._propagate")
        finally:
            entities._propagate = original
    else:
        ok_wired = ok_now
    row("goal met", f"as it is: {ok_now}; wired: {ok_wired}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
