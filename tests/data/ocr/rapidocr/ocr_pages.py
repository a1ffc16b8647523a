"""Read page images with RapidOCR and save what it returns, as its users save it.

usage: python ocr_pages.py [--max-side N] PAGE.png...   (writes PAGE.json beside each image)
RapidOCR's defaults, as most of its users run it: every set made so far was read so. Among them
``max_side_len`` 2,000 px, which shrinks a taller page before reading it (NOTES.md: one page
5,456 px tall read garbled); ``--max-side N`` reads pages up to N px at full size.
Needs ``rapidocr_onnxruntime`` (it carries its own detection and recognition models); not a
dependency of newsdesk, and nothing here runs in the tests.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from rapidocr_onnxruntime import RapidOCR  # type: ignore[import-not-found]


def main() -> None:
    args = sys.argv[1:]
    options = {}
    if args[:1] == ["--max-side"]:
        options["max_side_len"] = int(args[1])
        args = args[2:]
    engine = RapidOCR(**options)
    for name in args:
        started = time.time()
        result, _ = engine(name)
        boxes = [
            {"box": [[float(x), float(y)] for x, y in box], "text": text, "score": float(score)}
            for box, text, score in (result or [])
        ]
        out = Path(name).with_suffix(".json")
        out.write_text(json.dumps(boxes, ensure_ascii=False, separators=(",", ":")), "utf-8")
        print(name, len(boxes), f"{time.time() - started:.1f}s", flush=True)


if __name__ == "__main__":
    main()
