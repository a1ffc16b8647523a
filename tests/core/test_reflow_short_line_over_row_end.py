"""A column's short last line boxed back over the gutter into the line before it on its row.

A story's last column can hold two or three lines (test18/page-09, both reads: the fifth
column of a five-column story, two full lines and ``用。``). The detector grew the short line's
box back over the gutter until it started inside its row neighbour's last character; too few
lines stand in its column for a gap among the lines around it to show the gutter (the look
wants three a side), and the two boxes overlapping hid the gutter from the XY-cut: the two
columns' rows were read across, and the short line went to the column before it. A short
line whose box starts less than a character before its longer row neighbour's end, and whose
characters, counted from its end, start at its column's edge (where the lines over it start)
past that end, is trimmed to start there (``gutters._over_row_end``).
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import assert_provenance, page_of_rows, pool_text

STEP = 24.0
LEFT, RIGHT = 60, 384  # columns of 11 characters (264 px), a gutter of two


def _page(start: float):  # type: ignore[no-untyped-def]
    """A title over two columns: the left one of eight rows (a paragraph of two, and a second
    one going on in the right column), the right one of three rows, its last ``乙丙。`` boxed
    from ``start``. (Two rows' lines meet at the gutter, too few for a seam.)"""
    rows: list[tuple[int, int, int, int, str]] = [(150, 60, 574, 104, "金木水火土日月星辰")]
    paragraphs = ["", ""]
    n = 0
    for k in range(8):
        lead = 2 if k in (0, 2) else 0
        chars = 11 - lead if k != 1 else 6
        text = pool_text(n, chars - (k == 1)) + ("。" if k == 1 else "")
        n += chars
        y = 130 + 36 * k
        x0 = LEFT + lead * STEP
        rows.append((round(x0), y, round(x0 + len(text) * STEP), y + 26, text))
        paragraphs[k >= 2] += text
    right = [pool_text(200, 11), pool_text(211, 11), "乙丙。"]
    for k, text in enumerate(right):
        y = 130 + 36 * k
        x1 = RIGHT + len(text) * STEP - (STEP / 2 if k == 2 else 0)
        rows.append((round(start if k == 2 else RIGHT), y, round(x1), y + 26, text))
    paragraphs[1] += "".join(right)
    return page_of_rows(rows), paragraphs


def test_a_short_line_grown_into_its_row_neighbour_is_trimmed_to_its_column() -> None:
    # (Its row neighbour, a full line, ends at 324: the box starts 9 px inside it.)
    ocr, paragraphs = _page(LEFT + 11 * STEP - 9)
    page = reflow_page(ocr)
    assert_provenance(page)
    assert [b.text for b in page.articles[0].blocks if b.kind == "paragraph"] == paragraphs
