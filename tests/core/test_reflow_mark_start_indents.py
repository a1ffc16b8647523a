"""A line opening with a mark, between two paragraphs' first lines, is not trimmed to their indent.

probe12b: a paragraph of two lines, its second opening with a comma (its box starting at the
column's edge or a little left of it), the lines over and under it both paragraphs' first
lines, indented two characters. Those two start together, and the mark line's box was trimmed
to them as to its column's edge: read as indented, it stood as a paragraph of its own. The
lines of the column a few rows further, not opening with a mark, show the edge: the box is
trimmed to it, or left as it is when it starts there already.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows, pool_text

PITCH = 25.0
X = 60
PER = 20  # characters a line
ROW = 36
HEIGHT = 20  # boxes a little lower than the rows' spacing: the rows two up out of reach


def _page(mark_x0: int) -> tuple[list[tuple[int, int, int, int, str]], list[str]]:
    """Paragraphs of a column: three rows, then two (the second a full line opening with a
    comma, its box starting at ``mark_x0``), then three, then three."""
    rows: list[tuple[int, int, int, int, str]] = []
    paragraphs: list[str] = []
    shapes = [[PER - 2, PER, 8], [PER - 2, PER], [PER - 2, PER, 9], [PER - 2, PER, 7]]
    start = 0
    for p, shape in enumerate(shapes):
        paragraphs.append("")
        for k, n in enumerate(shape):
            last = k == len(shape) - 1
            if p == 1 and last:
                text = "，" + pool_text(start, n - 2) + "。"
                x0: float = mark_x0
            else:
                text = pool_text(start, n - last) + ("。" if last else "")
                x0 = X + (2 * PITCH if k == 0 else 0)
            start += n
            y = 200 + len(rows) * ROW
            left = round(x0)
            rows.append((left, y, round(left + len(text) * PITCH), y + HEIGHT, text))
            paragraphs[-1] += text
    return rows, paragraphs


def _paragraphs(rows: list[tuple[int, int, int, int, str]]) -> list[str]:
    page = reflow_page(page_of_rows(rows))
    return [b.text for a in page.articles for b in a.blocks if b.kind == "paragraph"]


def test_a_mark_line_at_the_edge_between_first_lines_stays_in_its_paragraph() -> None:
    rows, expected = _page(X - 3)
    assert _paragraphs(rows) == expected


def test_a_mark_line_grown_left_between_first_lines_is_trimmed_to_the_edge() -> None:
    rows, expected = _page(X - 10)
    assert _paragraphs(rows) == expected
