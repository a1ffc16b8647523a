"""Check that rendering dropped nothing: every gold line is drawn on its page, in one piece.

usage: python check_rendered.py ARTICLES.jsonl GOLD_DIR N_PAGES SEED [render_pages options]
Runs ``render_pages.py`` again with the same arguments into a scratch directory, recording the
text of every ``draw.text`` call instead of saving images, then checks for each page that
(1) the gold it writes is the gold kept in GOLD_DIR (same stories, same text), and (2) each
title, deck and paragraph of that gold is a contiguous run of the text drawn on the page
(lines joined in drawing order, the indent spaces taken out). This checks the renderer against
its own gold, not the OCR. Needs what ``render_pages.py`` needs (Pillow, Noto CJK fonts).
"""

from __future__ import annotations

import json
import runpy
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw  # type: ignore[import-not-found]

HERE = Path(__file__).resolve().parent


def main() -> int:
    articles, gold_dir, *rest = sys.argv[1:]
    drawn: list[str] = []
    pages: dict[str, str] = {}

    def record_text(self: object, xy: object, text: str, *a: object, **k: object) -> None:
        drawn.append(text)

    def record_save(self: object, fp: object, *a: object, **k: object) -> None:
        pages[Path(str(fp)).stem] = "".join(drawn).replace("\u3000", "")
        drawn.clear()

    ImageDraw.ImageDraw.text = record_text  # type: ignore[method-assign]
    Image.Image.save = record_save  # type: ignore[method-assign]
    bad = 0
    with tempfile.TemporaryDirectory() as scratch:
        sys.argv = ["render_pages.py", articles, scratch, *rest]
        runpy.run_path(str(HERE / "render_pages.py"), run_name="__main__")
        for gold_path in sorted(Path(scratch).glob("*.gold.json")):
            stem = gold_path.name.removesuffix(".gold.json")
            made = json.loads(gold_path.read_text("utf-8"))
            kept_path = Path(gold_dir) / gold_path.name
            kept = json.loads(kept_path.read_text("utf-8"))
            if made != kept:
                print(f"{kept_path}: differs from what the renderer makes now")
                bad += 1
            text = pages[stem]
            lines = [
                line
                for a in kept["articles"]
                for line in [a["title"], *a["decks"], *a["paragraphs"]]
            ]
            missing = [line for line in lines if line not in text]
            chars = sum(len(line) for line in lines)
            print(f"{stem}: {len(lines)} gold lines, {chars} characters, {len(missing)} not drawn")
            for line in missing:
                print(f"  not drawn in one piece: {line[:30]}...")
            bad += len(missing)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
