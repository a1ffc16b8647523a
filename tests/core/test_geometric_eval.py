"""The geometric layout scored on the held-out half of the real articles (tests/data/news).

Pages are laid out by ``tests/layoutgen`` from the ``test`` half, which no rule was tuned on,
in every layout (grid, mixed widths, lead story) and every listing order (row by row as
PaddleOCR gives it, block by block as Tesseract/ALTO do, shuffled). The issue asks for
paragraph F1 >= 0.95 and headline groups with the right article >= 0.95 from box input;
measured when written: F1 0.998, headlines 1.000 on these 54 pages (0.999 / 1.000 on 108
pages of 12 seeds; the dev half, tuned on: 0.999 / 0.995).
The floors sit just under what is reached, so a regression shows.
"""

from __future__ import annotations

import pytest

from desktop.core.reflow.geometric import reflow_geometric
from tests.core.geometry_helpers import assert_provenance
from tests.layout_score import evaluate, evaluation_pages
from tests.layoutgen import LAYOUTS, ORDERS

PARAGRAPH_F1_FLOOR = 0.99
HEADLINE_FLOOR = 0.985


@pytest.mark.heldout
def test_held_out_pages_reach_the_floors() -> None:
    pages = evaluation_pages("test", 6)
    assert {p.layout for p in pages} == set(LAYOUTS)
    assert {p.order for p in pages} == set(ORDERS)
    score = evaluate(pages)
    print(
        f"\nheld-out: {len(pages)} pages, {score.heads_gold} stories, "
        f"paragraph F1 {score.paragraph_f1:.4f}, "
        f"headline groups with the right article {score.headline_accuracy:.4f}"
    )
    assert score.paragraph_f1 >= PARAGRAPH_F1_FLOOR
    assert score.headline_accuracy >= HEADLINE_FLOOR


def test_held_out_pages_lose_and_duplicate_nothing_and_read_their_furniture() -> None:
    for gold in evaluation_pages("test", 2):
        page = reflow_geometric(gold.ocr)
        assert_provenance(page)
        assert page.meta == gold.meta
        kinds = {s.kind for s in page.set_aside}
        assert "furniture" in kinds and "noise" in kinds
        assert not any(s.text == story.title for s in page.set_aside for story in gold.stories)


def test_dev_pages_reach_their_floors() -> None:
    """The dev half's generated pages, which rules may be read against: 0.998 / 0.977 (54
    pages). A rule found on real OCR pages must not lose here what it wins there (a row join
    under side-by-side headlines once took six headline groups: 0.966)."""
    score = evaluate(evaluation_pages("dev", 6))
    assert score.paragraph_f1 >= 0.995
    assert score.headline_accuracy >= 0.975
