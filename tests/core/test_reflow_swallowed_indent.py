"""A first line whose indent the detector's box swallowed still opens its paragraph.

A detector reading a page shrunk grows a box over the blank before its line, and a start
stretched into the gutter is trimmed back to the column's edge: a paragraph's first line then
stands boxed from the edge to the edge, its indent gone from the box. When the paragraph
before ends on a full line, nothing else marks the break, and the two paragraphs were read
as one (test20/page-08, read shrunk: a first line of 23 characters boxed as wide as the 25
of the full line ending a sentence over it). Its characters still show the indent: two fewer
than the full line's over it, in a box as wide (``stories._indent_swallowed``). One
character fewer (the detector dropping one) is no indent.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import assert_provenance, page_of_rows, pool_text

STEP = 24.0
X0 = 60
WIDE = 14  # columns of 14 characters


def _page(first: int):  # type: ignore[no-untyped-def]
    """A title over three columns of paragraphs of four lines (an indented first line, two
    full lines, a short last line ending a sentence); in the middle column the second
    paragraph's last line is full, and the third paragraph's first line holds ``first``
    characters, boxed from the column's edge to its edge. The paragraphs as printed."""
    rows: list[tuple[int, int, int, int, str]] = [(150, 60, 1100, 104, pool_text(900, 20))]
    paragraphs: list[str] = []
    n = 0
    for c in range(3):
        x0 = X0 + c * (WIDE + 2) * 24
        for k in range(12):
            y = 130 + 36 * k
            lead = 2 if k % 4 == 0 else 0
            start = x0 + lead * STEP
            if c == 1 and k == 7:
                text = pool_text(n, WIDE - 1) + "。"
                x1 = x0 + WIDE * STEP
            elif c == 1 and k == 8:
                text = pool_text(n, first)
                start, x1 = x0, x0 + WIDE * STEP
            elif k % 4 == 3:
                text = pool_text(n, 5) + "。"
                x1 = x0 + 6 * STEP
            else:
                text = pool_text(n, WIDE - lead)
                x1 = x0 + WIDE * STEP
            n += len(text)
            rows.append((round(start), y, round(x1), y + 26, text))
            if lead:
                paragraphs.append("")
            paragraphs[-1] += text
    return page_of_rows(rows), paragraphs


def _read(first: int) -> list[str]:
    page = reflow_page(_page(first)[0])
    assert_provenance(page)
    return [b.text for a in page.articles for b in a.blocks if b.kind == "paragraph"]


def test_a_first_line_boxed_over_its_indent_opens_its_paragraph() -> None:
    assert _read(WIDE - 2) == _page(WIDE - 2)[1]


def test_a_line_one_character_short_runs_on() -> None:
    paragraphs = _page(WIDE - 1)[1]
    k = 4  # the middle column's second paragraph, the line under it run on
    assert _read(WIDE - 1) == [
        *paragraphs[:k],
        paragraphs[k] + paragraphs[k + 1],
        *paragraphs[k + 2 :],
    ]
