"""Render real news articles as newspaper page images, for a real OCR tool to read.

usage: python render_pages.py ARTICLES.jsonl OUTDIR [N_PAGES] [SEED]
                              [--start K] [--first-page N] [--varied]
Writes OUTDIR/page-NN.png and OUTDIR/page-NN.gold.json (articles: title, decks, paragraphs).
``--start K`` skips the first K usable articles (new stories for a new set of pages);
``--first-page N`` numbers the pages from N; ``--varied`` adds layouts the plain repertoire
lacks (a story's body in wider columns than its grid, decks broken over two lines, datelines
set in bold at the start of the first paragraph, a photo with its caption over a story). Without
the options the pages come out exactly as before for the same seed.
Needs Pillow and the Noto CJK fonts (Debian: fonts-noto-cjk); not a dependency of newsdesk,
and nothing here runs in the tests.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont  # type: ignore[import-not-found]

SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
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


_DATELINE = re.compile(r"^(据?(新华社|本报)[^,，:：(（]{0,16}?(电|讯))")


def render(
    articles: list[dict],
    out: Path,
    rng: random.Random,
    date: str,
    page_no: int,
    varied: random.Random | None = None,
) -> None:
    ncols = rng.choice([4, 5, 6])
    colw = (W - 2 * MARGIN - (ncols - 1) * GUTTER) / ncols
    ops: list[tuple[str, float, float, str, int]] = []  # font, x, y, text, size
    boxes: list[tuple[float, float, float, float]] = []  # photos: grey rectangles
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
            deck_width = width
            if varied is not None and varied.random() < 0.6:
                deck_width = width * 0.55  # a long deck breaks over two lines
            for deck in decks:
                for line in wrap(deck, deck_width, 28):
                    ops.append((SANS_BOLD, x0 + (width - len(line) * 28) / 2, yy, line, 28))
                    yy += 40
            yy += 14
            paras = [b["text"] for b in art["body"] if b.get("kind", "paragraph") == "paragraph"]
            body = list(paras)
            ncol, cw = span, colw
            if varied is not None:
                if span >= 2 and len(body) >= 2 and len(body[0]) <= 90 and varied.random() < 0.3:
                    # a photo over the story, the first paragraph its caption (no indent)
                    ph = varied.randint(160, 260)
                    boxes.append((x0, yy, x0 + width, yy + ph))
                    yy += ph + 10
                    for line in wrap(body.pop(0), width, 22):
                        ops.append((SANS, x0, yy, line, 22))
                        yy += 32
                    yy += 16
                if span >= 2 and varied.random() < 0.45:
                    ncol = max(1, span // 2)  # the body in wide columns
                    cw = (width - (ncol - 1) * GUTTER) / ncol
            lines: list[tuple[str, int]] = []  # text, characters set in bold at its start
            for p in body:
                bold = 0
                m = _DATELINE.match(p) if varied is not None else None
                if m and varied is not None and varied.random() < 0.7:
                    bold = len(m.group(1)) + 2
                for n, line in enumerate(wrap(p, cw, BODY, indent=2)):
                    lines.append((line, bold if n == 0 else 0))
            per_col = -(-len(lines) // ncol)
            for c in range(ncol):
                cx = x0 + c * (cw + GUTTER)
                for k, (line, bold) in enumerate(lines[c * per_col : (c + 1) * per_col]):
                    if bold:
                        ops.append((SANS_BOLD, cx, yy + k * LEAD, line[:bold], BODY))
                        lead = font(SANS_BOLD, BODY).getlength(line[:bold])
                        ops.append((SERIF, cx + lead, yy + k * LEAD, line[bold:], BODY))
                    else:
                        ops.append((SERIF, cx, yy + k * LEAD, line, BODY))
            bottom = yy + per_col * LEAD
            band_bottom = max(band_bottom, bottom)
            gold.append({"id": art["id"], "title": title, "decks": decks, "paragraphs": paras})
        y = band_bottom + 50
    height = int(y + MARGIN)
    img = Image.new("L", (W, height), 255)
    draw = ImageDraw.Draw(img)
    for x0, y0, x1, y1 in boxes:
        draw.rectangle((x0, y0, x1, y1), fill=200)
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
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("articles", type=Path)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("n_pages", type=int, nargs="?", default=4)
    ap.add_argument("seed", type=int, nargs="?", default=7)
    ap.add_argument("--start", type=int, default=0, help="usable articles to skip")
    ap.add_argument("--first-page", type=int, default=0, help="number of the first page file")
    ap.add_argument("--varied", action="store_true", help="the wider layout repertoire")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    varied = random.Random(args.seed + 1) if args.varied else None
    arts = [json.loads(line) for line in args.articles.open(encoding="utf-8")]
    arts = [
        a for a in arts if a["headings"] and 200 < sum(len(b["text"]) for b in a["body"]) < 2200
    ]
    args.outdir.mkdir(parents=True, exist_ok=True)
    i = args.start
    for page in range(args.n_pages):
        k = rng.randint(3, 5)
        if i >= len(arts):
            break
        number = args.first_page + page
        render(
            arts[i : i + k],
            args.outdir / f"page-{number:02d}",
            rng,
            "1998年1月2日",
            page + 1,
            varied,
        )
        i += k


if __name__ == "__main__":
    main()
