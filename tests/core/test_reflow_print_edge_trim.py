"""A box stretched a character past its column's edge, into a gutter the page's grid draws
wider (from another story's narrower columns), is trimmed back to that edge.

A probe page (dev stories in a new layout): a story in six narrow columns over a story in
three wide ones, under a lead set across them. The grid of the page's gutters is drawn from
the narrow columns (their gutter 645-697 px); the wide story's first column ends at 663,
where its lines end together, and the next starts at 697. The box of the first row's line of
the first column (opening with a quote mark, so starting half a cell late, and no wider than
its characters need by more than half a character: not loose) ran on to 692, over the blank
of the gutter: the grid's trim, which moves an
end back to the grid's gutter only while the lines near it end scattered inside it (ending
together there, they are this band's print edge and must be kept), left it as it was, and
the box hid the gutter: the story was read row by row across its first two columns. A
column's edge is where its lines end together; a box ending a character or more past it,
inside the gutter, is trimmed back to it.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows, pool_text, titled_stories

PITCH = 24.1
NARROW = [(60, 325), (379, 644), (697, 962), (1017, 1282), (1336, 1601), (1655, 1920)]
WIDE = [(60, 663), (697, 1300), (1336, 1939)]  # 25 characters each
TITLES = ["东南西北中春夏秋冬", "金木水火土日月星辰"]


def _columns(
    rows: list[tuple[int, int, int, int, str]],
    columns: list[tuple[int, int]],
    top: int,
    lines: int,
    start: int,
) -> tuple[int, list[str]]:
    """Paragraphs of five rows (indented, three full, a short one with a stop) down each
    column: the characters used and the paragraphs."""
    paragraphs: list[str] = []
    for x0, x1 in columns:
        per = round((x1 - x0) / PITCH)
        for k in range(lines):
            indent = 2 if k % 5 == 0 else 0
            n = per - indent if k % 5 != 4 else per // 2
            text = pool_text(start, n - (k % 5 == 4)) + ("。" if k % 5 == 4 else "")
            start += n
            left = round(x0 + indent * PITCH)
            right = x1 if k % 5 != 4 else round(left + n * PITCH)
            rows.append((left, top + k * 36, right, top + k * 36 + 27, text))
            if indent:
                paragraphs.append("")
            paragraphs[-1] += text
    return start, paragraphs


def test_a_box_stretched_past_its_column_edge_into_a_wider_grid_gutter_is_trimmed() -> None:
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第1版要闻"),
        (790, 221, 1190, 265, TITLES[0]),
    ]
    start, _ = _columns(rows, NARROW, 290, 20, 0)
    top = 290 + 20 * 36 + 60
    rows.append((790, top, 1190, top + 44, TITLES[1]))
    lead = pool_text(start, 52)
    start += 52
    rows.append((59, top + 80, 59 + round(52 * PITCH), top + 110, lead))
    _, paragraphs = _columns(rows, WIDE, top + 128, 10, start)
    # The first column's first row (indented) opens with a quote mark, set in its cell's
    # right half, and its box runs on over the gutter's blank: as wide as its characters
    # need and half a character more, not a box to trim for its width alone.
    first = next(k for k, r in enumerate(rows) if r[0] == 108 and r[1] == top + 128)
    _, y0, _, y1, text = rows[first]
    text = "《" + text[1:]
    rows[first] = (124, y0, 692, y1, text)
    paragraphs[0] = text + paragraphs[0][len(text) :]
    stories = titled_stories(reflow_page(page_of_rows(rows)))
    assert stories[TITLES[1]][1] == [lead, *paragraphs]
