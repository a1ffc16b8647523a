"""One-off (run by hand, not by the tests): dev.jsonl and test.jsonl from the source repo's files.

Usage: python make_extract.py DIR, where DIR holds 11.json and 12.json, the files
data/raw/2026-06-11.json and data/raw/2026-06-12.json of the source repository (see NOTES.md).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

END = re.compile(r"[。！？…!?：][”’）)]*$")
BYLINE = re.compile(r"^(本报记者|■)\s*\S")
SOURCE_LINE = re.compile(r"^《\s*人民日报\s*》")
HERE = Path(__file__).resolve().parent


def main(source: Path) -> None:
    out: list[dict[str, object]] = []
    titles: set[str] = set()
    for day in ("11", "12"):
        for a in json.loads((source / f"{day}.json").read_text(encoding="utf-8"))["articles"]:
            if a["title"] in titles:
                continue
            titles.add(a["title"])
            items = [p.strip() for p in a["content"] if p.strip()]
            source_line = items.pop() if items and SOURCE_LINE.match(items[-1]) else None
            byline = None
            if items and BYLINE.match(items[0]) and len(items[0]) <= 20:
                byline = items.pop(0)
            blocks: list[tuple[str, str]] = []
            short_run = 0
            for p in items:
                short = len(p) <= 30 and not END.search(p)
                short_run = short_run + 1 if short else 0
                if short_run >= 2:
                    # two short unpunctuated items in a row: a table or a list; the text ends
                    if blocks and blocks[-1][0] == "subhead":
                        blocks.pop()
                    break
                blocks.append(("subhead" if short else "paragraph", p))
            blocks = blocks[:14]  # a modest extract
            while blocks and blocks[-1][0] == "subhead":
                blocks.pop()  # a caption or a table heading after the last paragraph
            paras = [t for k, t in blocks if k == "paragraph"]
            if len(paras) < 2 and sum(map(len, paras)) < 150:
                continue
            out.append(
                {
                    "title": a["title"],
                    "source": a["source"],
                    "reporter": a["reporter"],
                    "url": a["url"],
                    "source_line": source_line,
                    "byline": byline,
                    "blocks": [{"kind": k, "text": t} for k, t in blocks],
                }
            )
    for name, part in (("dev", out[0::2]), ("test", out[1::2])):
        lines = [json.dumps(o, ensure_ascii=False) for o in part]
        (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
