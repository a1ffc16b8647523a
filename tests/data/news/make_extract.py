"""Rebuild ``dev.jsonl`` / ``test.jsonl`` from the 1998 People's Daily paragraphs (see NOTES.md).

The source lists one printed paragraph (or headline line) per line, in page order, with no
article boundaries. An article here is a run of headline lines (short, no sentence-final mark)
followed by its paragraphs, up to the next headline run; a single short headline line inside a
story that already has two paragraphs is one of its sub-heads. Picture captions and credits
(lines wholly in brackets, "(图片)"), and stories that read like verse (few clause marks) are
left out. Articles alternate between the dev and the test half by their order.

    python tests/data/news/make_extract.py SOURCE.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_FINAL = re.compile(r"[。！？!?…:：;；”’」』]$")
_CAPTION = re.compile(r"^[(（][^()（）]*[)）]$")
_PICTURE = re.compile(
    r"[(（](?:附)?(?:图片|照片)[^()（）]*[)）]$|[(（](?:图片|书法|中国画|传真照片)[)）]$"
)


def is_heading(text: str) -> bool:
    return len(text) <= 40 and not _FINAL.search(text) and "。" not in text


def articles(lines: list[str]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    heads: list[str] = []
    body: list[dict[str, str]] | None = None
    for raw in lines:
        text = _PICTURE.sub("", raw.strip()).strip()
        if not text or _CAPTION.match(text):
            continue
        if is_heading(text):
            paras = [b for b in body or [] if b["kind"] == "paragraph"]
            if body is not None and not heads and len(paras) >= 2 and len(text) <= 12:
                body.append({"kind": "subhead", "text": text})
                continue
            if body is not None:
                out.append({"headings": heads, "body": body})
                body = None
                heads = []
            heads.append(text)
            continue
        if body is None:
            body = []
        body.append({"kind": "paragraph", "text": text})
    if body is not None:
        out.append({"headings": heads, "body": body})
    return [a for a in out if _keep(a)]


def _keep(article: dict[str, object]) -> bool:
    heads = article["headings"]
    body = article["body"]
    assert isinstance(heads, list) and isinstance(body, list)
    if not heads or len(heads) > 3:
        return False
    paras = [b["text"] for b in body if b["kind"] == "paragraph"]
    if not paras or body[-1]["kind"] != "paragraph":
        return False
    text = "".join(paras)
    if len(text) < 60:
        return False
    clauses = len(re.findall(r"[，,。；;：:！？]", text))
    return clauses * 25 >= len(text)  # verse has few clause marks per character


def main(source: str) -> None:
    lines = [json.loads(line)["text"] for line in Path(source).read_text("utf-8").splitlines()]
    found = articles(lines)
    halves: dict[str, list[str]] = {"dev": [], "test": []}
    for n, article in enumerate(found):
        article = {"id": f"pd1998-{n:03d}", **article}
        halves["dev" if n % 2 == 0 else "test"].append(json.dumps(article, ensure_ascii=False))
    for name, rows in halves.items():
        (HERE / f"{name}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(name, len(rows), "articles")


if __name__ == "__main__":
    main(sys.argv[1])
