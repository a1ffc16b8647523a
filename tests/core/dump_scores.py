"""How well reflow restores generated plain dumps: the figures the issue asks for.

``python -m tests.core.dump_scores dev`` prints them for the dev half (tune on that one only);
``test`` for the held-out half; ``python -m tests.core.dump_scores tests/data/news/dev_cctv.jsonl
100`` for the stories of a ``headings`` file (CCTV evening news, long titles, no made-up decks;
see :func:`tests.core.dumpgen.load_file`). Scores, over all pages of a run:

* paragraph F1: paragraph blocks whose text (spaces aside) equals a gold paragraph;
* headline groups with the right article: the article holding most of a story's body has the
  story's kicker, title and subtitle as its decks and title (all three right);
* articles found: a story is found when one article holds at least 90% of the story's
  characters and at least 90% of that article's characters are the story's;
* characters lost or duplicated (every non-space raw character once, in an article, a removed
  marker or a line set aside), and furniture lines that reached an article.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field

from desktop.core.model import SYNTHETIC, Article, Page
from desktop.core.reflow import reflow
from tests.core.dumpgen import Dump, Gold, pages, squash


@dataclass
class Scores:
    gold_paragraphs: int = 0
    found_paragraphs: int = 0
    right_paragraphs: int = 0
    groups: int = 0
    right_groups: int = 0
    right_titles: int = 0
    stories: int = 0
    stories_found: int = 0
    bylines: int = 0
    right_bylines: int = 0
    lost: int = 0
    duplicated: int = 0
    furniture_lines: int = 0
    furniture_in_articles: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def paragraph_f1(self) -> float:
        p = self.right_paragraphs / max(self.found_paragraphs, 1)
        r = self.right_paragraphs / max(self.gold_paragraphs, 1)
        return 2 * p * r / (p + r) if p + r else 0.0

    def lines(self) -> list[str]:
        return [
            f"paragraph F1 {self.paragraph_f1:.3f} "
            f"({self.right_paragraphs} right of {self.found_paragraphs} found, "
            f"{self.gold_paragraphs} gold)",
            f"headline groups with the right article {self.right_groups}/{self.groups} "
            f"= {self.right_groups / max(self.groups, 1):.3f} "
            f"(title alone {self.right_titles / max(self.groups, 1):.3f})",
            f"articles found {self.stories_found}/{self.stories} "
            f"= {self.stories_found / max(self.stories, 1):.3f}",
            f"bylines parsed {self.right_bylines}/{self.bylines}",
            f"chars lost {self.lost}, duplicated {self.duplicated}",
            f"furniture chars in articles {self.furniture_in_articles}/{self.furniture_lines}",
        ]


def line_of(page: Page, offset: int) -> int:
    return page.position(offset).line


def coverage(page: Page) -> tuple[int, int]:
    """(lost, duplicated) non-space raw characters: articles, markers and set-aside lines."""
    seen: Counter[int] = Counter()
    for article in page.articles:
        for ch, offset in zip(article.text, article.source_map, strict=True):
            if offset != SYNTHETIC and not ch.isspace():
                seen[offset] += 1
    for marker in page.removed:
        seen.update(range(marker.raw_start, marker.raw_end))
    for aside in page.set_aside:
        start = page.line_starts[aside.line]
        line = page.raw[start : page.raw.find("\n", start) if "\n" in page.raw[start:] else None]
        at = start + line.find(aside.text)
        seen.update(i for i in range(at, at + len(aside.text)) if not page.raw[i].isspace())
    lost = sum(1 for i, ch in enumerate(page.raw) if not ch.isspace() and not seen[i])
    return lost, sum(1 for n in seen.values() if n > 1)


def headline_of(article: Article) -> tuple[str | None, str | None, str | None]:
    kinds = [(b.kind, b.text) for b in article.blocks if b.kind in ("title", "deck")]
    at = next((i for i, (k, _) in enumerate(kinds) if k == "title"), None)
    if at is None:
        return None, None, None
    before = "".join(t for _, t in kinds[:at]) or None
    after = "".join(t for _, t in kinds[at + 1 :]) or None
    return (
        squash(before) if before else None,
        squash(kinds[at][1]),
        squash(after) if after else None,
    )


def score_dump(dump: Dump, scores: Scores) -> Page:
    page = reflow(dump.raw)
    lost, duplicated = coverage(page)
    scores.lost += lost
    scores.duplicated += duplicated
    gold_paras = Counter(p for g in dump.golds for p in g.paragraphs())
    found = Counter(
        squash(b.text) for a in page.articles for b in a.blocks if b.kind == "paragraph"
    )
    scores.gold_paragraphs += sum(gold_paras.values())
    scores.found_paragraphs += sum(found.values())
    scores.right_paragraphs += sum((gold_paras & found).values())
    owner = {line: n for n, g in enumerate(dump.golds) for line in g.lines}
    per_article: list[Counter[int]] = []
    for article in page.articles:
        count: Counter[int] = Counter()
        for ch, offset in zip(article.text, article.source_map, strict=True):
            if offset != SYNTHETIC and not ch.isspace():
                line = line_of(page, offset)
                count[owner.get(line, -1)] += 1
                if line in dump.furniture:
                    scores.furniture_in_articles += 1
        per_article.append(count)
    scores.furniture_lines += sum(len(dump.raw.split("\n")[i]) for i in dump.furniture)
    totals: Counter[int] = Counter()
    for count in per_article:
        totals.update(count)
    for n, gold in enumerate(dump.golds):
        scores.stories += 1
        best = max(range(len(page.articles)), key=lambda a: per_article[a][n], default=None)
        if best is None:
            continue
        mine = per_article[best][n]
        if mine >= 0.9 * totals[n] and mine >= 0.9 * sum(per_article[best].values()):
            scores.stories_found += 1
        article = page.articles[best]
        if gold.title is not None:
            scores.groups += 1
            got = headline_of(article)
            if got == gold.headline():
                scores.right_groups += 1
            else:
                scores.misses.append(f"group {gold.headline()} got {got}")
            if got[1] == gold.headline()[1]:
                scores.right_titles += 1
        if gold.byline is not None:
            scores.bylines += 1
            if article.byline is not None and article.byline.reporters == gold.reporters:
                scores.right_bylines += 1
            else:
                got_by = article.byline.reporters if article.byline else None
                scores.misses.append(f"byline {gold.byline!r} got {got_by}")
    return page


def run(part: str, seeds: range, blank_lines: bool = False) -> Scores:
    scores = Scores()
    for dump in pages(part, seeds, blank_lines):
        score_dump(dump, scores)
    return scores


def _gold_of(dump: Dump) -> list[Gold]:
    return dump.golds


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    part = args[0] if args else "dev"
    n = int(args[1]) if len(args) > 1 else 40
    for blank in (False, True):
        result = run(part, range(n), blank)
        print(f"== {part}, {n} pages, {'with' if blank else 'without'} blank lines")
        for line in result.lines():
            print("  " + line)
        if "-v" in sys.argv:
            for miss in result.misses[:40]:
                print("    " + miss)
