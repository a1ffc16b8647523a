"""The sample page's own articles, printed again in columns 13-18 cells wide, come back intact.

The structure (headline groups after their bodies, two floating groups, markers, bylines,
wrapped sub-heads) is the sample's; the layout (line breaks, lost indents, column breaks,
justification spaces) is generated anew for each width, so the rules are tested on real
newspaper text rather than on the one layout they were studied on.
"""

from __future__ import annotations

import random

import pytest

from desktop.core.model import Article
from desktop.core.reflow import reflow
from tests.core.test_reflow_properties import ArticleSpec, Group, check_page, render
from tests.core.test_reflow_sample import sample


def _spec(article: Article) -> ArticleSpec:
    blocks = article.blocks
    heads = [b for b in blocks if b.kind in ("title", "deck")]
    group = None
    if heads:
        kinds = [b.kind for b in heads]
        at = kinds.index("title")
        group = Group(
            kicker=heads[0].text if at == 1 else None,
            title=heads[at].text,
            subtitle=heads[at + 1].text if at + 1 < len(heads) else None,
            subtitle_same_block=False,
        )
    paragraphs: list[str] = []
    subheads: dict[int, str] = {}
    for block in blocks:
        if block.kind == "paragraph":
            paragraphs.append(block.text)
        elif block.kind == "subhead":
            subheads[len(paragraphs)] = block.text
    byline = None
    if article.byline is not None:
        byline = (article.byline.text, article.byline.reporters[0])
    from_page = int(article.continued_from[1:-1]) if article.continued_from else None
    return ArticleSpec(paragraphs, subheads, byline, from_page, None, group)


@pytest.mark.parametrize("width", range(13, 19))
def test_sample_relaid_in_other_columns(width: int) -> None:
    original = sample()
    specs = [_spec(a) for a in original.articles]
    # As printed: each group after its body, except article 3's after article 4's and
    # article 2's single-line title after article 5's.
    moved = {1, 2}
    floating = {3: [2], 4: [1]}
    for seed in range(3):
        for spec in specs:
            spec.lines_of.clear()
        raw = render(random.Random(seed * 100 + width), specs, width, "after", floating, moved)
        check_page(reflow(raw), specs)
