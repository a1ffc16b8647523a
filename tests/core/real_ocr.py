"""Scores of the reflow on real OCR output: pages rendered from real news and read by RapidOCR.

``tests/data/ocr/rapidocr/{dev,test,test2,test3,test4,test6,test7,test8,test9,test10}/page-NN.json``
is what RapidOCR printed for each page image (its own listing order, its own box heights, merged and
dropped lines);
``page-NN.gold.json`` the articles the page was rendered from. A paragraph counts as found when
a predicted one is at least 90% alike (OCR errors, punctuation widths and whitespace aside); a
headline group is right when the article holding most of a story's paragraphs carries that
story's title.

Datelines: the gold keeps a dateline run into the first paragraph ("新华社北京1月2日电国务院…",
"本报讯北大荒…") in that paragraph, as the text it was made from has it; the annotation
guideline keeps it apart as the article's byline, and so does the layout. A byline block that
is a dateline (…电, …讯, the reporters in brackets or not) is scored with the paragraph right
after it, as the gold has it; a staff byline (本报记者 某某) is not.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop.core.ocr import read_ocr
from desktop.core.reflow import reflow_page

DATA = Path(__file__).resolve().parents[1] / "data" / "ocr" / "rapidocr"
_DROP = re.compile(r"[\s\u3000]")
#: A dateline: where and when the story was filed (…电, …讯), the reporters in brackets or not.
_DATELINE = re.compile(r"[电讯](\([^()]*\))?$")


def norm(text: str) -> str:
    return _DROP.sub("", unicodedata.normalize("NFKC", text)).replace("—", "-")


def similar(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    m = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if m.quick_ratio() < 0.85:
        return m.quick_ratio() * 0.5
    return m.ratio()


@dataclass(frozen=True)
class PageScore:
    name: str
    gold_paragraphs: int
    predicted_paragraphs: int
    matched: int
    stories: int
    right_headlines: int
    meta_found: int


def best_match(gold: str, predicted: list[tuple[int, str]], used: set[int]) -> int:
    """The index of the unused predicted paragraph that matches ``gold`` (similarity >= 0.9,
    length within a fifth), marked used; -1 when none does."""
    best, best_j = 0.0, -1
    for j, (_, pp) in enumerate(predicted):
        if j in used or abs(len(pp) - len(gold)) > 0.2 * len(gold) + 3:
            continue
        s = similar(gold, pp)
        if s > best:
            best, best_j = s, j
    if best < 0.9:
        return -1
    used.add(best_j)
    return best_j


def score_page(path: Path) -> PageScore:
    gold = json.loads(path.with_name(path.stem + ".gold.json").read_text("utf-8"))
    page = reflow_page(read_ocr(path))
    predicted: list[tuple[int, str]] = []
    titles: dict[int, str] = {}
    for k, article in enumerate(page.articles):
        for n, block in enumerate(article.blocks):
            if block.kind == "paragraph":
                before = article.blocks[n - 1] if n else None
                run_in = (
                    before is not None
                    and before.kind == "byline"
                    and _DATELINE.search(norm(before.text)) is not None
                )
                text = (before.text if before is not None and run_in else "") + block.text
                predicted.append((k, norm(text)))
            elif block.kind == "title":
                titles[k] = norm(block.text)
    wanted = [(g, norm(p)) for g, a in enumerate(gold["articles"]) for p in a["paragraphs"]]
    used: set[int] = set()
    found: dict[int, int] = {}  # gold paragraph -> predicted article
    for gi, (_, gp) in enumerate(wanted):
        j = best_match(gp, predicted, used)
        if j >= 0:
            found[gi] = predicted[j][0]
    right = 0
    for g, story in enumerate(gold["articles"]):
        holders = [found[i] for i, (gg, _) in enumerate(wanted) if gg == g and i in found]
        if holders:
            k = max(set(holders), key=holders.count)
            right += similar(titles.get(k, ""), norm(story["title"])) >= 0.8
    meta = sum(1 for key in ("paper", "date", "page") if getattr(page.meta, key))
    return PageScore(
        path.stem, len(wanted), len(predicted), len(found), len(gold["articles"]), right, meta
    )


@dataclass(frozen=True)
class Totals:
    pages: int
    paragraph_f1: float
    headlines: float
    meta: float
    precision: float = 0.0  # matched paragraphs / predicted ones
    recall: float = 0.0  # matched paragraphs / gold ones


def totals(pages: list[PageScore]) -> Totals:
    """The totals of the given pages' scores (paragraphs and stories pooled over the pages)."""
    matched = sum(p.matched for p in pages)
    precision = matched / max(1, sum(p.predicted_paragraphs for p in pages))
    recall = matched / max(1, sum(p.gold_paragraphs for p in pages))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    headlines = sum(p.right_headlines for p in pages) / max(1, sum(p.stories for p in pages))
    meta = sum(p.meta_found for p in pages) / max(1, 3 * len(pages))
    return Totals(len(pages), f1, headlines, meta, precision, recall)


def score(split: str, numbers: range | None = None) -> Totals:
    """The totals of a split's pages (of those numbered in ``numbers``, when given)."""
    return totals(
        [
            score_page(p)
            for p in sorted((DATA / split).glob("page-*.json"))
            if not p.name.endswith(".gold.json")
            and (numbers is None or int(p.stem.removeprefix("page-")) in numbers)
        ]
    )


if __name__ == "__main__":
    import sys

    for split in sys.argv[1:] or ["dev", "test", "test2"]:
        t = score(split)
        print(
            f"real RapidOCR output, {split:4}: {t.pages} pages, paragraph F1 "
            f"{t.paragraph_f1:.3f} (P {t.precision:.3f}, R {t.recall:.3f}), "
            f"headline groups with their article {t.headlines:.3f}, "
            f"page furniture read {t.meta:.2f}"
        )
