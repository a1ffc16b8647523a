"""Property tests: random stories laid out as a boxed page (any layout, any listing order) come
back out of the geometric layout: titles and decks with their story, every paragraph whole,
the page furniture as metadata, no character lost or duplicated."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.geometric import reflow_geometric
from tests.core.geometry_helpers import assert_provenance
from tests.layout_score import score_page, squash
from tests.layoutgen import LAYOUTS, ORDERS, Story, make_page

# Common characters, without the ones that make bylines, markers and furniture (讯, 电, 接,
# 转, 版, 期, 编) or end a kicker like a reporting verb.
POOL = (
    "的一是在不了有和人这中大为上个国我以们到他会时来用生地于作就分对成可主发年动同工也能"
    "下过子产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加"
    "量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全几看"
    "原新农村镇县城乡河山路桥林田园厂矿校医药车站港湾湖泉桃李梅竹松柏花草鱼鸟牛羊马"
)

words = st.text(alphabet=POOL, min_size=4, max_size=12)
sentences = st.lists(words, min_size=3, max_size=4).map(lambda ws: "，".join(ws) + "。")
# Paragraphs of news length, at least 45 characters (a page of one-line paragraphs shows no
# full line, so nothing tells how wide its column is; real pages always show many; pinned
# below as a known limit).
paragraphs = st.lists(sentences, min_size=3, max_size=4).map("".join)


@st.composite
def stories(draw: st.DrawFn) -> Story:
    story = Story(title=draw(st.text(alphabet=POOL, min_size=4, max_size=14)))
    if draw(st.booleans()):
        story.kicker = draw(st.text(alphabet=POOL, min_size=5, max_size=12))
    if draw(st.booleans()):
        story.subtitles = [draw(st.text(alphabet=POOL, min_size=5, max_size=14))]
    paras = draw(st.lists(paragraphs, min_size=1, max_size=6))
    story.blocks = [("paragraph", p) for p in paras]
    if len(paras) >= 3 and draw(st.booleans()):
        story.blocks.insert(2, ("subhead", draw(st.text(alphabet=POOL, min_size=4, max_size=8))))
    return story


# Derandomized: a fixed set of examples, so CI does not fail by chance on a limit already
# known and pinned below (test_paragraphs_a_line_long_in_a_wide_lead_column_run_together).
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(
    st.lists(stories(), min_size=1, max_size=7, unique_by=lambda s: s.title),
    st.sampled_from(LAYOUTS),
    st.sampled_from(ORDERS),
    st.integers(0, 2**32 - 1),
)
def test_random_stories_laid_out_come_back(
    drawn: list[Story], layout: str, order: str, seed: int
) -> None:
    gold = make_page(drawn, random.Random(seed), layout, order)
    page = reflow_geometric(gold.ocr)
    assert_provenance(page)
    assert page.meta == gold.meta
    score = score_page(page, gold.stories)
    assert score.para_tp == score.para_gold == score.para_pred
    assert score.heads_right == score.heads_gold
    titles = [squash(a.title or "") for a in page.articles]
    assert sorted(titles) == sorted(squash(s.title) for s in gold.stories)
    for story in gold.stories:
        (article,) = [a for a in page.articles if squash(a.title or "") == squash(story.title)]
        subheads = [squash(b.text) for b in article.blocks if b.kind == "subhead"]
        assert subheads == [squash(t) for k, t in story.blocks if k == "subhead"]


@pytest.mark.xfail(
    strict=True,
    reason="known limit: paragraphs of one line each in the wide lead column show no indent "
    "against a column edge, so they run together (found by hypothesis)",
)
def test_paragraphs_a_line_long_in_a_wide_lead_column_run_together() -> None:
    text = "一一一，一一一。一一一，一一一。"
    story = Story(
        title="一一一一",
        kicker=None,
        subtitles=[],
        byline=None,
        blocks=[("paragraph", text)] * 3,
        continued_to=None,
    )
    gold = make_page([story], random.Random(0), "lead", "rows")
    score = score_page(reflow_geometric(gold.ocr), gold.stories)
    assert score.para_tp == score.para_gold == 3


boxed_lines = st.lists(
    st.tuples(
        st.text(alphabet=POOL + "，。■ （）上接下转第版1", min_size=0, max_size=20),
        st.floats(0, 2000),
        st.floats(0, 3000),
        st.floats(0, 400),
        st.floats(0, 120),
        st.one_of(st.none(), st.floats(0, 1)),
    ),
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(boxed_lines)
def test_any_boxes_at_all_lose_and_duplicate_nothing(drawn: list) -> None:  # type: ignore[type-arg]
    """Arbitrary geometry (overlaps, zero-size boxes, stray markers): no crash, and every
    character of every line not set aside is in exactly one article."""
    lines = tuple(OcrLine(text, Box(x, y, x + w, y + h), conf) for text, x, y, w, h, conf in drawn)
    page = reflow_geometric(OcrPage("fuzz", "test", lines))
    assert_provenance(page)
