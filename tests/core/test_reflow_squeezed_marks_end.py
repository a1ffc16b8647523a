"""A full line ending in squeezed marks, a little short of its column's edge, ends no paragraph.

A line ending a sentence and standing a cell and a half or more short of its column's edge
ends its paragraph, the next line starting one even at the edge (a first line whose indent
was lost). Print sets marks side by side in half cells (``’”。`` in a cell and a half), the
stop's ink is the left half of its cell, and a detector reads two quotes side by side as
one: a full line ending so stands up to three cells short (test18/page-00, both reads:
``打好政策“组合举”。`` 2.7 cells short of an 11-character column, its paragraph going on at the
edge under it, cut in two). Ending in two marks or more, under SQUEEZED_SHORT cells short,
with the next line at the edge, it is full (``stories._squeezed_full``).
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import assert_provenance, page_of_rows, pool_text

STEP = 24.0
X0 = 60
X1 = X0 + 11 * 24  # columns of 11 characters
SQUEEZED = "甲乙丙丁“戊己庚”。"  # 10 characters as read: 11 in print, ’” read as one


def _page(short: float):  # type: ignore[no-untyped-def]
    """A title over three columns of paragraphs; in the middle one a paragraph's third line
    ends in ``SQUEEZED``, its box ``short`` cells short of the column's edge, and the
    paragraph goes on at the edge under it. The paragraphs as read at the edge."""
    rows: list[tuple[int, int, int, int, str]] = [(150, 60, 900, 104, pool_text(900, 16))]
    paragraphs: list[str] = []
    n = 0
    for c in range(3):
        x0 = X0 + c * 13 * 24
        for k in range(12):
            y = 130 + 36 * k
            lead = 2 if k % 4 == 0 else 0
            if c == 1 and k == 6:
                text, x1 = SQUEEZED, x0 + 264 - short * STEP
            elif k % 4 == 3:
                text = pool_text(n, 5) + "。"
                x1 = x0 + 6 * STEP
            else:
                text = pool_text(n, 11 - lead)
                x1 = x0 + 11 * STEP
            n += len(text)
            rows.append((round(x0 + lead * STEP), y, round(x1), y + 26, text))
            if lead:
                paragraphs.append("")
            paragraphs[-1] += text
    return page_of_rows(rows), paragraphs


def _read(short: float) -> list[str]:
    page = reflow_page(_page(short)[0])
    assert_provenance(page)
    return [b.text for a in page.articles for b in a.blocks if b.kind == "paragraph"]


def test_a_full_line_ending_in_squeezed_marks_ends_no_paragraph() -> None:
    assert _read(2.7) == _page(2.7)[1]


def test_a_line_ending_so_further_short_still_ends_its_paragraph() -> None:
    # (Three and a half cells short: a paragraph's last line, the next one's indent lost.)
    paragraphs = _page(3.5)[1]
    k = next(n for n, p in enumerate(paragraphs) if SQUEEZED in p)
    head, _, tail = paragraphs[k].partition(SQUEEZED)
    assert _read(3.5) == [*paragraphs[:k], head + SQUEEZED, tail, *paragraphs[k + 1 :]]
