"""One-off: the extract under tests/data/news_dumps from the source repo's two daily JSON files."""
import json, re, sys
END = re.compile(r"[。！？…!?：][”’）)]*$")
BYLINE = re.compile(r"^(本报记者|■)\s*\S")
SOURCE_LINE = re.compile(r"^《\s*人民日报\s*》")
seen = set()
out = []
for d in ("11", "12"):
    for a in json.load(open(f"/tmp/pd/{d}.json"))["articles"]:
        if a["title"] in seen or any(a["title"] == o["title"] for o in out):
            continue
        seen.add(a["title"])
        items = [p.strip() for p in a["content"] if p.strip()]
        source_line = None
        if items and SOURCE_LINE.match(items[-1]):
            source_line = items.pop()
        byline = None
        if items and BYLINE.match(items[0]) and len(items[0]) <= 20:
            byline = items.pop(0)
        blocks = []
        short_run = 0
        for p in items:
            short = len(p) <= 30 and not END.search(p)
            short_run = short_run + 1 if short else 0
            if short_run >= 2:
                # two short unpunctuated items in a row: a table or a list starts; the text ends
                if blocks and blocks[-1][0] == "subhead":
                    blocks.pop()
                break
            blocks.append(("subhead" if short else "paragraph", p))
        while blocks and blocks[-1][0] == "subhead":
            blocks.pop()  # a caption or a table heading after the last paragraph
        paras = [t for k, t in blocks if k == "paragraph"]
        if len(paras) < 2 and sum(map(len, paras)) < 150:
            continue
        out.append({"title": a["title"], "source": a["source"], "reporter": a["reporter"],
                    "url": a["url"], "source_line": source_line, "byline": byline,
                    "blocks": [{"kind": k, "text": t} for k, t in blocks]})
# keep it modest: at most 14 blocks per article
for o in out:
    o["blocks"] = o["blocks"][:14]
    while o["blocks"][-1]["kind"] == "subhead":
        o["blocks"].pop()
dev = out[0::2]; test = out[1::2]
for name, part in (("dev", dev), ("test", test)):
    with open(f"/work/wt/plaindump/tests/data/news_dumps/{name}.jsonl", "w") as f:
        for o in part:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(name, len(part), sum(len(b["text"]) for o in part for b in o["blocks"]))
