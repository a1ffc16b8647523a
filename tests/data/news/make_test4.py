"""Build ``test4.jsonl`` (and ``dev_cctv.jsonl``) from transcripts of CCTV's evening news.

The source keeps one Markdown file a day: a ``### `` heading per story, then the story's
paragraphs as ``<p>`` elements on one line. A story here is that heading and those paragraphs:
the broadcast's column tags in 【】 are dropped from the heading, a heading "title——subtitle"
becomes a title and a deck (a newspaper sets them so), the site's credit
(``央视网消息（新闻联播）：``) is taken off the first paragraph. Stories with sub-heads inside
(bold paragraphs: round-ups of briefs) and stories outside the lengths the page renderer uses
(200-2,200 characters of body) are left out. The stories of the given days are shuffled with
``random.Random(SEED)`` (``--seed``, 4 for ``test4.jsonl``) and the first ``--limit`` kept.
``--exclude FILE.jsonl`` (repeatable) leaves out any story sharing its id or a paragraph with a
story of FILE, so a dev set made from other days cannot repeat a held-out story. Without the
options the output is exactly ``test4.jsonl``'s (see NOTES.md for both commands).

    python tests/data/news/make_test4.py DAY.md... > tests/data/news/test4.jsonl
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from pathlib import Path

_STORY = re.compile(r"^### (.+)$", re.M)
_PARA = re.compile(r"<p>(.*?)</p>", re.S)
_TAG = re.compile(r"<[^>]+>")
_KICKER = re.compile(r"【[^【】]*】")
_CREDIT = re.compile(r"^<strong>央视网消息</strong>\s*[（(]新闻联播[）)][：:]\s*")
_BOLD_ONLY = re.compile(r"^\s*<strong>[^<]*</strong>\s*$")


def stories(day: str, text: str) -> list[dict[str, object]]:
    """The usable stories of one day's file, in broadcast order."""
    out: list[dict[str, object]] = []
    marks = list(_STORY.finditer(text))
    for n, mark in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        raw = [p for p in _PARA.findall(text[mark.end() : end])]
        if not raw:
            continue
        raw[0] = _CREDIT.sub("", raw[0])
        if any(_BOLD_ONLY.match(p) for p in raw) or "<strong>" in "".join(raw):
            continue  # a round-up with sub-heads, or bold run-ins
        paras = [html.unescape(_TAG.sub("", p)).replace("\xa0", "").strip() for p in raw]
        paras = [p for p in paras if p]
        heading = _KICKER.sub("", mark.group(1)).strip()
        heads = [h.strip() for h in heading.split("——") if h.strip()]
        chars = sum(len(p) for p in paras)
        if not heads or len(heads) > 3 or not paras or not 200 < chars < 2200:
            continue
        out.append(
            {
                "id": f"xwlb{day}-{n:02d}",
                "headings": heads,
                "body": [{"kind": "paragraph", "text": p} for p in paras],
            }
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("days", nargs="+", type=Path, help="news/YYYYMMDD.md files of the source")
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument("--seed", type=int, default=4, help="shuffle seed (4 made test4.jsonl)")
    ap.add_argument(
        "--exclude", type=Path, action="append", default=[], help="a .jsonl whose stories to avoid"
    )
    args = ap.parse_args()
    held_ids: set[str] = set()
    held_paras: set[str] = set()
    for path in args.exclude:
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                old = json.loads(line)
                held_ids.add(old["id"])
                held_paras.update(b["text"] for b in old["body"])
    found: list[dict[str, object]] = []
    for path in args.days:
        for story in stories(path.stem, path.read_text("utf-8")):
            body = story["body"]
            assert isinstance(body, list)
            if story["id"] in held_ids or any(b["text"] in held_paras for b in body):
                print(f"left out {story['id']}: repeats an excluded story", file=sys.stderr)
                continue
            found.append(story)
    random.Random(args.seed).shuffle(found)
    for story in found[: args.limit]:
        sys.stdout.write(json.dumps(story, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
