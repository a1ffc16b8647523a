"""Render real news articles as newspaper page images, for a real OCR tool to read.

usage: python render_pages.py ARTICLES.jsonl OUTDIR [N_PAGES] [SEED]
Writes OUTDIR/page-NN.png and OUTDIR/page-NN.gold.json (articles: title, decks, paragraphs).
Needs Pillow and the Noto CJK fonts (Debian: fonts-noto-cjk); not a dependency of newsdesk,
and nothing here runs in the tests.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont  # type: ignore[import-not-found]

SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
W = 2000
MARGIN = 60
GUTTER = 34
BODY = 24
LEAD = 36


def font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, index=0)


def wrap(text: str, width_px: float, size: int, indent: int = 0) -> list[str]:
    per_line = max(1, int(width_px // size))
    lines, cur = [], "\u3000" * indent
    for ch in text:
        if len(cur) >= per_line:
            lines.append(cur)
            cur = ""
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def render(articles: list[dict], out: Path, rng: random.Random, date: str, page_no: int) -> None:
    ncols = rng.choice([4, 5, 6])
    colw = (W - 2 * MARGIN - (ncols - 1) * GUTTER) / ncols
    ops: list[tuple[str, float, float, str, int]] = []  # font, x, y, text, size
    y = MARGIN
    ops.append((SERIF_BOLD, MARGIN, y, "人民日报", 96))
    ops.append((SERIF, W - MARGIN - 420, y + 10, f"{date}  星期五", 26))
    ops.append((SERIF, W - MARGIN - 420, y + 50, f"第{page_no}版  要闻", 26))
    y += 150
    gold = []
    queue = list(articles)
    while queue:
        # one band: one or two stories side by side
        if len(queue) >= 2 and rng.random() < 0.6:
            a = rng.randint(2, ncols - 2) if ncols >= 4 else 1
            spans = [a, ncols - a]
        else:
            spans = [ncols]
        band_bottom = y
        col0 = 0
        for span in spans:
            if not queue:
                break
            art = queue.pop(0)
            x0 = MARGIN + col0 * (colw + GUTTER)
            width = span * colw + (span - 1) * GUTTER
            col0 += span
            yy = y
            heads = art["headings"]
            title, decks = heads[0], heads[1:]
            tsize = 44 if span >= 3 else 36
            for line in wrap(title, width, tsize):
                ops.append((SERIF_BOLD, x0 + (width - len(line) * tsize) / 2, yy, line, tsize))
                yy += int(tsize * 1.35)
            for deck in decks:
                for line in wrap(deck, width, 28):
                    ops.append((SANS_BOLD, x0 + (width - len(line) * 28) / 2, yy, line, 28))
                    yy += 40
            yy += 14
            paras = [b["text"] for b in art["body"] if b.get("kind", "paragraph") == "paragraph"]
            lines: list[str] = []
            for p in paras:
                lines.extend(wrap(p, colw, BODY, indent=2))
            per_col = -(-len(lines) // span)
            for c in range(span):
                cx = x0 + c * (colw + GUTTER)
                for k, line in enumerate(lines[c * per_col : (c + 1) * per_col]):
                    ops.append((SERIF, cx, yy + k * LEAD, line, BODY))
            bottom = yy + per_col * LEAD
            band_bottom = max(band_bottom, bottom)
            gold.append({"id": art["id"], "title": title, "decks": decks, "paragraphs": paras})
        y = band_bottom + 50
    height = int(y + MARGIN)
    img = Image.new("L", (W, height), 255)
    draw = ImageDraw.Draw(img)
    fonts: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
    for path, x, yy, text, size in ops:
        f = fonts.setdefault((path, size), font(path, size))
        draw.text((x, yy), text, font=f, fill=0)
    img.save(out.with_suffix(".png"), optimize=True)
    out.with_suffix(".gold.json").write_text(
        json.dumps(
            {"articles": gold, "paper": "人民日报", "date": date, "page": f"第{page_no}版"},
            ensure_ascii=False,
            indent=1,
        ),
        "utf-8",
    )


def main() -> None:
    src, outdir = Path(sys.argv[1]), Path(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
    arts = [json.loads(line) for line in src.open(encoding="utf-8")]
    arts = [
        a for a in arts if a["headings"] and 200 < sum(len(b["text"]) for b in a["body"]) < 2200
    ]
    outdir.mkdir(parents=True, exist_ok=True)
    i = 0
    for page in range(n):
        k = rng.randint(3, 5)
        render(arts[i : i + k], outdir / f"page-{page:02d}", rng, "1998年1月2日", page + 1)
        i += k


if __name__ == "__main__":
    main()
