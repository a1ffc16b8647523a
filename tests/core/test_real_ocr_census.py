"""The census of layout misses on real OCR pages (tests/core/real_ocr_census.py)."""

from __future__ import annotations

from tests.core.real_ocr import DATA, score_page
from tests.core.real_ocr_census import (
    HEADLINE_KINDS,
    PARAGRAPH_KINDS,
    PREDICTED_KINDS,
    _in_ocr,
    _lost,
    _predicted_kind,
    census_page,
    report,
)


def test_census_sorts_every_miss_of_unseen_pages_into_a_known_kind() -> None:
    for name in ("page-50", "page-51"):
        path = DATA / "dev" / f"{name}.json"
        misses = census_page(path)
        scored = score_page(path)
        paragraphs = [m for m in misses if m.what == "paragraph"]
        headlines = [m for m in misses if m.what == "headline"]
        # one miss per gold paragraph the scorer did not find (its dateline run-in aside)
        assert len(paragraphs) <= scored.gold_paragraphs - scored.matched
        assert len(headlines) == scored.stories - scored.right_headlines
        assert {m.kind for m in paragraphs} <= set(PARAGRAPH_KINDS)
        assert {m.kind for m in headlines} <= set(HEADLINE_KINDS)
        assert all(m.page == name and m.text for m in misses)
        assert report(misses).startswith("paragraph misses: ")


def test_census_lists_every_predicted_paragraph_left_unmatched_with_a_kind() -> None:
    for name in ("page-50", "page-53"):
        path = DATA / "dev" / f"{name}.json"
        scored = score_page(path)
        extra = [m for m in census_page(path) if m.what == "predicted"]
        # one per predicted paragraph the scorer did not match (its dateline run-in aside)
        assert len(extra) >= scored.predicted_paragraphs - scored.matched
        assert len(extra) <= scored.predicted_paragraphs - scored.matched + 1
        assert {m.kind for m in extra} <= set(PREDICTED_KINDS)
    assert "predicted misses: " in report(extra)


def test_an_unmatched_predicted_paragraph_is_named_by_what_it_holds_of_the_gold() -> None:
    first = "国务院新闻办公室今天举行发布会，介绍今年一季度国民经济运行情况和下一步工作安排。"
    second = "有关负责人表示，各地区各部门认真贯彻落实党中央决策部署，经济运行开局良好。"
    other = "山东多地降雨持续，七支省级救援队伍携带大流量排水车和排水泵预置枣庄泰安临沂等地。"
    stories = [(["一季度国民经济开局良好"], [first, second]), (["鲁豫多地暴雨"], [other])]
    assert _predicted_kind(first[:20], stories) == "piece_of_paragraph"
    assert _predicted_kind(first[-12:] + second[:12], stories) == "joined_paragraphs"
    # a row of two columns read across: the middles of two paragraphs side by side
    assert _predicted_kind(first[10:24] + second[10:24], stories) == "interleaved"
    assert _predicted_kind(first[-12:] + other[:12], stories) == "mixed_stories"
    assert _predicted_kind("一季度国民经济开局良好", stories) == "heading_text"
    assert _predicted_kind("人民日报1998年1月2日星期五", stories) == "not_in_gold"


def test_a_paragraph_is_lost_by_the_ocr_only_when_no_layout_could_match_it() -> None:
    title = "一季度国民经济开局良好"
    lines = [
        "国务院新闻办公室今天举行发布会，",
        "介绍一季度国民经济开局良好的情况",
        "和下一步工作安排，有关负责人表示，",
        "各地区各部门认真贯彻落实决策部署。",
    ]
    paragraph = "".join(lines)
    # the OCR dropped the second line; the title repeats most of it: the title's box counts
    # for the title, not for the dropped line
    held = _in_ocr([title, paragraph], [title, lines[0], lines[2], lines[3]])
    assert held == [len(title), len(paragraph) - len(lines[1])]
    assert _lost(len(paragraph), held[1])
    # one line of ten dropped: a paragraph of the rest is still over 90% alike, so the
    # layout could have found it (not the OCR's loss)
    assert not _lost(100, 90)
    assert _lost(100, 80)
