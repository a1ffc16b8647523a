"""The extractor's entity output over the project's dev sets, checked in as text, so that a
rule or model change shows as a reviewable diff (issue 10).

One line per sentence, the entities marked inline as ``[text|LABEL|source]`` (confidences are
left out: they move with every retrained model and would bury the real changes). Compared by
``tests/core/test_extract_snapshot.py``; refresh after a reviewed change with

    .venv/bin/python -m tests.core.extract_snapshot          # rewrites tests/core/data/snapshot/
    git diff tests/core/data/snapshot/                       # review what changed
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.core.extract import Extractor, get_extractor
from tests.core.test_extract_devset import DATA, HOLDOUT, load

SNAPSHOT_DIR = Path(__file__).resolve().parent / "data" / "snapshot"
SETS = {"ner_dev": DATA, "ner_holdout": HOLDOUT}


def render(extractor: Extractor, text: str) -> str:
    out, pos = [], 0
    for e in extractor.extract(text).entities:
        out.append(text[pos : e.start])
        out.append(f"[{e.text}|{e.label}|{e.source}]")
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def snapshot(name: str, extractor: Extractor | None = None) -> str:
    ext = extractor or get_extractor()
    return "".join(render(ext, text) + "\n" for text, _ in load(SETS[name]))


def path_of(name: str) -> Path:
    return SNAPSHOT_DIR / f"{name}.txt"


def main() -> int:
    SNAPSHOT_DIR.mkdir(parents=True, exist_ok=True)
    for name in SETS:
        path_of(name).write_text(snapshot(name), encoding="utf-8")
        print(f"wrote {path_of(name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
