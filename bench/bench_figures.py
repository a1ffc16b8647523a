"""Figures: held-out scores and linear time.

1. Recall (exact span) and exact values (base units, ISO for dates) on the public held-out
   forms in tests/data/figures (NeMo and WeTextProcessing zh ITN/TN test cases), dev and test.
   Goals (issue 10): recall >= 0.95, exact >= 0.98.
2. Figure finding (``extract_figures``, segmentation done beforehand) on 50k, 100k and 200k
   characters of news text (the sample page repeated) beside the same lengths of a
   punctuation-free run of digits and numerals (issue 12): CPU time per character, the ratio
   run / news, and growth from 50k to 200k (linear: 4x).
"""

from __future__ import annotations

import random
import sys
import time

from bench.common import ROOT, row


def _cpu(fn: object, text: str, tokens: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn(text, tokens)  # type: ignore[operator]
        best = min(best, time.process_time() - t0)
    return best


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from desktop.core.decode import read_page
    from desktop.core.extract import get_extractor, segment
    from desktop.core.extract.figures import extract_figures
    from desktop.core.reflow import reflow
    from tests.core.figure_cases import score

    get_extractor()
    ok = True
    for split in ("dev", "test"):
        s = score(split)
        row(f"held-out {split}: recall", f"{s.recall:.3f} ({s.found}/{s.total})")
        row(f"held-out {split}: values exact", f"{s.exact_rate:.3f} ({s.exact}/{s.found})")
        if split == "test":
            ok = ok and s.recall >= 0.95 and s.exact_rate >= 0.98

    decoded = read_page(str(ROOT / "seeds" / "000_d93c9dc7b4603325.txt"))
    page = reflow(decoded.text, source="sample", encoding=decoded.encoding)
    news = "".join(a.text for a in page.articles)
    rnd = random.Random(7)
    alphabet = "0123456789１２３一二三四五六七八九十百千万亿零两年月日元号点成折半负-/.$人个的在"
    run = "".join(rnd.choice(alphabet) for _ in range(200_000))
    per_char: dict[str, list[float]] = {"news": [], "run": []}
    for n in (50_000, 100_000, 200_000):
        text_news = (news * (n // len(news) + 1))[:n]
        for name, text in (("news", text_news), ("run", run[:n])):
            tokens = segment.tokenize(text)
            t = _cpu(extract_figures, text, tokens, 2)
            per_char[name].append(t / n * 1e6)
            row(f"{name} {n // 1000}k chars", f"{t:.2f} s CPU ({t / n * 1e6:.1f} us/char)")
        row(
            f"ratio run / news at {n // 1000}k",
            f"{per_char['run'][-1] / per_char['news'][-1]:.2f}x",
        )
    for name, values in per_char.items():
        growth = values[-1] * 200 / (values[0] * 50)
        row(f"{name}: time 200k / 50k (linear 4x)", f"{growth:.1f}x")
        ok = ok and growth < 8
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
