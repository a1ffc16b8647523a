"""Scores of a layout against the gold of ``tests/layoutgen``: paragraphs and headline groups.

* paragraph F1: a predicted paragraph counts when its text (spaces removed) equals a gold
  paragraph's, each gold paragraph matched once. A dateline the layout cut off as the byline
  ("新华社北京1月1日电") is given back to the first paragraph first, since the real articles
  keep datelines in their paragraph text; bylines the generator printed on their own lines
  stay apart.
* headline groups with the right article: a gold story's headline (title and every deck) is
  right when one predicted article has that title, those decks, and more than half of the
  story's paragraph characters.
"""

from __future__ import annotations

import random
import zlib
from collections import Counter
from dataclasses import dataclass

from desktop.core.model import Article, Page
from desktop.core.reflow.geometric import reflow_geometric
from tests.layoutgen import LAYOUTS, ORDERS, GoldPage, Story, load_articles, make_page, stories_from


def squash(text: str) -> str:
    return "".join(text.split())


@dataclass
class Score:
    para_tp: int = 0
    para_pred: int = 0
    para_gold: int = 0
    heads_right: int = 0
    heads_gold: int = 0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def paragraph_f1(self) -> float:
        if not self.para_pred or not self.para_gold:
            return 0.0
        p, r = self.para_tp / self.para_pred, self.para_tp / self.para_gold
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def headline_accuracy(self) -> float:
        return self.heads_right / self.heads_gold if self.heads_gold else 1.0


def predicted_paragraphs(
    page: Page, article: Article, printed: set[str] | None = None
) -> list[str]:
    """The article's paragraphs, a dateline cut off as its byline given back to the first one.

    ``printed`` holds the bylines the generator set on lines of their own: those stay apart.
    Without it, a byline is given back when it shares its line with the first paragraph.
    """
    paras = [b for b in article.blocks if b.kind == "paragraph"]
    texts = [squash(b.text) for b in paras]
    bylines = [b for b in article.blocks if b.kind == "byline"]
    if bylines and paras:
        by, first = bylines[0], paras[0]
        if printed is not None:
            give_back = squash(by.text) not in printed
        else:
            by_line = page.position(article.source_map[by.end - 1]).line
            give_back = by_line == page.position(article.source_map[first.start]).line
        if give_back:
            texts[0] = squash(by.text) + texts[0]
    return texts


def score_page(page: Page, stories: list[Story]) -> Score:
    score = Score()
    gold = Counter(squash(p) for s in stories for p in s.paragraphs)
    score.para_gold = sum(gold.values())
    remaining = Counter(gold)
    printed = {squash(s.byline) for s in stories if s.byline}
    per_article = [predicted_paragraphs(page, a, printed) for a in page.articles]
    for texts in per_article:
        for t in texts:
            score.para_pred += 1
            if remaining[t] > 0:
                remaining[t] -= 1
                score.para_tp += 1
    for story in stories:
        score.heads_gold += 1
        kicker = [story.kicker] if story.kicker else []
        decks = sorted(squash(d) for d in kicker + story.subtitles)
        body = [squash(p) for p in story.paragraphs]
        total = sum(len(p) for p in body)
        for article, texts in zip(page.articles, per_article, strict=True):
            if squash(article.title or "") != squash(story.title):
                continue
            got = sorted(squash(b.text) for b in article.blocks if b.kind == "deck")
            have = "".join(texts)
            inside = sum(len(p) for p in body if p in have)
            if got == decks and inside * 2 > total:
                score.heads_right += 1
                break
    return score


def evaluation_pages(half: str, seeds: int) -> list[GoldPage]:
    """The fixed evaluation set of one half: for each seed, its articles dressed as stories
    and dealt out 5-9 a page over every layout and every listing order."""
    articles = load_articles(half)
    pages: list[GoldPage] = []
    for seed in range(seeds):
        rng = random.Random(seed)
        stories = stories_from(articles, rng)
        rng.shuffle(stories)
        per = rng.randint(5, 9)
        for layout in LAYOUTS:
            for order in ORDERS:
                chunk, stories = stories[:per], stories[per:] + stories[:per]
                page_rng = random.Random(seed * 100 + zlib.crc32((layout + order).encode()) % 97)
                pages.append(make_page(chunk, page_rng, layout, order))
    return pages


def evaluate(pages: list[GoldPage]) -> Score:
    total = Score()
    for gold in pages:
        total.add(score_page(reflow_geometric(gold.ocr), gold.stories))
    return total
