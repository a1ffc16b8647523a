"""The sample page: its structure as the annotation guideline reads it."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from desktop.core.decode import read_page
from desktop.core.model import Page
from desktop.core.reflow import reflow
from tests.core.reflow_helpers import assert_blocks_consistent, assert_nothing_lost, texts

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"


@cache
def sample() -> Page:
    decoded = read_page(SAMPLE)
    return reflow(decoded.text, source=SAMPLE.name, encoding=decoded.encoding)


def test_seven_articles_in_body_order() -> None:
    page = sample()
    assert len(page.articles) == 7
    starts = [
        "塞上二月，乍暖还寒",
        "冯云龙说，2024",
        "去年，山阴县围绕打",
        "姜四清指出，过去的",
        "在认真听取代表们发",
        "2月27日，市委副书",
        "2月27日下午，市人",
    ]
    for i, start in enumerate(starts):
        assert texts(page, i, "paragraph")[0].startswith(start)


def test_nothing_lost_or_duplicated() -> None:
    page = sample()
    assert_nothing_lost(page)
    assert_blocks_consistent(page)
    assert page.line_starts[:2] == (0, page.raw.index("\n") + 1)


def test_no_stray_spaces_or_markers_in_paragraphs() -> None:
    page = sample()
    for article in page.articles:
        for block in article.blocks:
            if block.kind == "paragraph":
                assert not re.search(r"\s", block.text), block.text
                assert "上接" not in block.text and "本报讯" not in block.text


def test_three_subheads_in_the_first_article() -> None:
    page = sample()
    assert texts(page, 0, "subhead") == [
        "项目提速，转型新支撑逐步构建",
        "产业提质，竞争新优势加快培育",
        "服务提效，发展新动能持续厚植",
    ]
    assert all(not texts(page, i, "subhead") for i in range(1, 7))


def test_two_bylines_parsed() -> None:
    page = sample()
    bylines = [a.byline for a in page.articles if a.byline is not None]
    assert [(b.source, len(b.reporters)) for b in bylines] == [("本报讯", 1), ("本报讯", 1)]
    assert all(b.text.startswith("本报讯（记者 ") for b in bylines)
    assert [texts(page, i, "byline") != [] for i in range(7)] == [False] * 5 + [True] * 2


def test_continuation_markers() -> None:
    page = sample()
    assert [a.continued_from for a in page.articles] == [None] + ["第1版"] * 4 + [None, None]
    assert all(a.continued_to is None for a in page.articles)
    assert len(page.removed) == 4


def test_headlines_go_with_their_articles() -> None:
    page = sample()
    titles = [a.title for a in page.articles]
    assert titles[0] is None
    assert titles[1] == "市七届人大四次会议举行第二次全体会议"
    assert titles[2] is not None and titles[2].startswith("继续保持良好发展势头 全力以赴")
    assert titles[3] == "锐意创新谋改革 心无旁骛促转型"
    assert titles[4] == "对标一流谋发展 奋发有为抓落实"
    assert titles[5] is not None and titles[5].endswith("举行工作座谈")
    assert titles[6] == "推动高质量发展 深化全方位转型"
    decks = [texts(page, i, "deck") for i in range(7)]
    assert [len(d) for d in decks] == [0, 0, 1, 2, 2, 1, 1]
    assert decks[2][0].endswith("山阴县代表团审议时强调")
    assert decks[3][0].endswith("平鲁区代表团审议时强调")
    assert decks[3][1] == "率先蹚出资源型地区转型高质量发展路径"
    assert decks[4][0].endswith("朔城区代表团审议时强调")
    assert decks[4][1] == "努力在全市推动高质量发展中当好排头兵"
    assert decks[5][0].startswith("围绕集大原铁路（山西段）")
    assert decks[6][0].endswith("参加怀仁代表团审议")


def test_headline_blocks_come_first_then_byline_then_body() -> None:
    page = sample()
    order = {"deck": 0, "title": 0, "byline": 1, "subhead": 2, "paragraph": 2}
    for article in page.articles:
        ranks = [order[b.kind] for b in article.blocks]
        assert ranks == sorted(ranks)
    kinds = [b.kind for b in page.articles[3].blocks[:3]]
    assert kinds == ["deck", "title", "deck"]


def test_paragraph_counts() -> None:
    page = sample()
    counts = [len(texts(page, i, "paragraph")) for i in range(7)]
    assert counts == [28, 6, 2, 2, 2, 3, 2]


def test_column_breaks_inside_sentences_are_joined() -> None:
    page = sample()
    body = page.articles[0].text
    assert "三个项目如期开工" in body
    assert "让项目建设跑出“加速度”。" in body
    assert "社会和谐稳定的良好局面。" in texts(page, 4, "paragraph")[0]
    assert texts(page, 4, "paragraph")[1].startswith("姜四清充分肯定2023年朔城区经济社会")


def test_floating_headlines_carry_a_confidence() -> None:
    page = sample()
    confidences = [a.headline_confidence for a in page.articles]
    assert confidences[0] == 1.0  # no headline at all
    assert all(0.5 <= c < 1.0 for c in confidences[1:])
