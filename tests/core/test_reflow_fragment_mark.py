"""A line whose box the detector ran on over the gutter into the first glyph of the next
column's line on its row, reading the part of that glyph it took in as an opening mark
(「), is cut short of that line's start (:func:`desktop.core.reflow.gutters._trim_fragment_marks`):
its box overlapping the next column's, no gutter showed between the two columns, and the
story read their lines row by row. The page is made up, text neutral."""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows, paragraph_column, pool_text

COLUMNS = [(60, 400), (432, 772), (804, 1144)]


def _page(mark: str, reach: int) -> tuple[list[str], list[str]]:
    """A short story in three columns of seven rows under its title; the first column's
    first full line ends in ``mark``, its box reaching ``reach`` px past the second column's
    start. The story's paragraphs as read, and as set."""
    rows: list[tuple[int, int, int, int, str]] = [(60, 60, 460, 160, "人民日报")]
    title = pool_text(40, 12)
    rows.append((602 - 20 * len(title), 200, 602 + 20 * len(title), 240, title))
    columns = [
        paragraph_column(x0, x1, 270, 7, 50 * n, 24.3, 26) for n, (x0, x1) in enumerate(COLUMNS)
    ]
    first, _ = columns[0]
    x0, y0, _, y1, text = first[1]
    first[1] = (x0, y0, COLUMNS[1][0] + reach, y1, text + mark)
    for k in range(7):
        rows += [col[0][k] for col in columns]
    page = reflow_page(page_of_rows(rows))
    read = [b.text for a in page.articles for b in a.blocks if b.kind == "paragraph"]
    written = [p for col in columns for p in col[1]]
    return read, written


def test_a_box_run_on_into_the_next_columns_first_glyph_read_as_a_mark_is_cut_short() -> None:
    read, written = _page("「", 6)
    assert len(read) == len(written)
    # (The columns read one after another: the second column's first line follows the
    # first column's last, not the first column's first row.)
    assert read[0].startswith(written[0][:5])
    assert all(w[:6] in "".join(read) for w in written)
    assert "".join(read).replace("「", "") == "".join(written)
