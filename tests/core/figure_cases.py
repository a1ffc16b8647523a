"""Score figure finding on the public held-out cases (tests/data/figures/cases.jsonl).

Recall: the share of gold figures found with exactly the gold span. Exact: among those found,
the share whose value (in base units), unit and, for dates, ISO value equal the gold's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from desktop.core.extract import get_extractor

CASES = Path(__file__).resolve().parents[1] / "data" / "figures" / "cases.jsonl"


@dataclass
class Score:
    total: int = 0
    found: int = 0
    exact: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 0.0

    @property
    def exact_rate(self) -> float:
        return self.exact / self.found if self.found else 0.0


def load(split: str) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["split"] == split]


def score(split: str) -> Score:
    out = Score()
    extractor = get_extractor()
    for case in load(split):
        out.total += 1
        text, span = str(case["text"]), str(case["span"])
        figs = [f for f in extractor.extract(text).figures if f.text == span]
        if not figs:
            found = [f.text for f in extractor.extract(text).figures]
            out.misses.append(f"{text} [{span}] -> {found}")
            continue
        out.found += 1
        f = figs[0]
        gold_value = None if case["value"] is None else Decimal(str(case["value"]))
        ok = f.value == gold_value and f.unit == case["unit"]
        if case["kind"] == "date":
            ok = f.kind == "date" and getattr(f, "iso", None) == case["iso"]
        if ok:
            out.exact += 1
        else:
            got = (f.kind, f.value, f.unit, getattr(f, "iso", None))
            want = (case["kind"], case["value"], case["unit"], case["iso"])
            out.wrong.append(f"{span}: got {got} want {want}")
    return out


if __name__ == "__main__":
    import sys

    s = score(sys.argv[1] if len(sys.argv) > 1 else "dev")
    print(
        f"recall {s.recall:.3f} ({s.found}/{s.total})",
        f"exact {s.exact_rate:.3f} ({s.exact}/{s.found})",
    )
    for m in s.misses:
        print("MISS", m)
    for w in s.wrong:
        print("WRONG", w)
