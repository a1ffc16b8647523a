"""The census of layout misses on real OCR pages (tests/core/real_ocr_census.py)."""

from __future__ import annotations

from tests.core.real_ocr import DATA, score_page
from tests.core.real_ocr_census import HEADLINE_KINDS, PARAGRAPH_KINDS, census_page, report


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
