"""A story set in two wide columns, over a story in the page's narrow columns, is cut at its
own gutter, not at the narrow columns' gutters inside its wide ones.

A probe page (rendered from dev stories, not kept) set a story in two columns of 38
characters under a headline across the page, over a story in five columns of 14: the page's
column grid has the narrow columns' gutters, and they fall inside the wide columns. A row of
the wide story boxed as one run-on line across both its columns was cut there too (three
parts, at the narrow story's gaps); a run-on row's left part was cut again, in two equal
columns a paragraph's short last line seemed to show. The rows right over and under such a
box hold one line across those gutters, its characters filling it at the body's pitch: no
gutter's blank in it. The page here is made up, text neutral.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows, paragraph_column, pool_text

WIDE = [(60, 972), (1014, 1926)]  # 38 characters at 24 px, a gutter of 42
NARROW = [(60, 396), (438, 774), (816, 1152), (1194, 1530), (1572, 1908)]  # 14 at 24 px


def _rows(run_on: int) -> list[tuple[int, int, int, int, str]]:
    """The page, the wide story's row ``run_on`` (from its top) boxed as one line across its
    two columns."""
    title = pool_text(60, 12)
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (993 - 22 * len(title), 200, 993 + 22 * len(title), 240, title),
    ]
    wide = [
        paragraph_column(x0, x1, 290, 10, 9 * n, 24.0, 26)[0] for n, (x0, x1) in enumerate(WIDE)
    ]
    for k, (left, right) in enumerate(zip(*wide, strict=True)):
        if k == run_on:
            rows.append((left[0], left[1], right[2], left[3], left[4] + right[4]))
        else:
            rows += [left, right]
    title = pool_text(30, 20)
    rows.append((993 - 22 * len(title), 680, 993 + 22 * len(title), 720, title))
    for n, (x0, x1) in enumerate(NARROW):
        rows += paragraph_column(x0, x1, 760, 9, 70 + 11 * n, 24.0, 26)[0]
    return rows


def _parts(rows: list[tuple[int, int, int, int, str]], y0: int) -> list[tuple[float, float]]:
    page = split_across_gutters(page_of_rows(rows))
    return sorted((ln.box.x0, ln.box.x1) for ln in page.lines if ln.box and ln.box.y0 == y0)


def test_a_run_on_row_of_wide_columns_is_cut_at_their_gutter_alone() -> None:
    # (Each row whose left line fills its column, the last among them, run on in turn: a
    # paragraph's short last line leaves a blank no detector runs on across.)
    for run_on in (r for r in range(10) if r % 3 != 2):
        rows = _rows(run_on)
        y0 = 290 + 36 * run_on
        parts = _parts(rows, y0)
        assert len(parts) == 2, (run_on, parts)
        assert parts[0][1] <= 1000 <= parts[1][0], (run_on, parts)


#: A wide story's rows as (indent, characters, ends a paragraph with a stop) in each column:
#: a paragraph ends after 19 characters (the stop's ink half a cell), half a column's line.
LEFT = [
    (0, 38, False),
    (0, 22, True),
    (2, 36, False),
    (0, 38, False),
    (0, 38, False),
    (0, 18, True),
    (2, 36, False),
    (0, 38, False),
    (0, 38, False),
    (0, 38, False),
]
RIGHT = [(0, 38, False)] * 6 + [(0, 6, True), (2, 36, False), (0, 38, False), (0, 38, False)]


def _half_line_rows(run_on: set[int]) -> list[tuple[int, int, int, int, str]]:
    """The page above with the wide story's rows set from LEFT and RIGHT, those of
    ``run_on`` boxed as one line across the two columns."""
    rows = [row for row in _rows(-1) if not 280 < row[1] < 660]

    def line(
        x0: int, y: int, indent: int, n: int, stop: bool, start: int
    ) -> tuple[int, int, int, int, str]:
        text = pool_text(start, n) + ("。" if stop else "")
        x = x0 + 24 * indent
        return (x, y, x + 24 * n + (12 if stop else 0), y + 26, text)

    for k, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
        y = 290 + 36 * k
        a, b = line(60, y, *left, 5 * k), line(1014, y, *right, 5 * k + 50)
        rows += [(a[0], y, b[2], y + 26, a[4] + b[4])] if k in run_on else [a, b]
    return rows


def test_a_half_lines_paragraph_end_makes_no_equal_columns_in_a_wide_one() -> None:
    # (The first row and a row amid full lines run on: each cut at the wide gutter alone, and
    # no line of the left column cut at its middle, where two equal columns of 19 characters
    # would put a gutter: the rows over and under bridge it.)
    def story(rows: list[tuple[int, int, int, int, str]]) -> list[tuple[float, float, float]]:
        page = split_across_gutters(page_of_rows(rows))
        return sorted(
            (ln.box.y0, ln.box.x0, ln.box.x1)
            for ln in page.lines
            if ln.box and 280 < ln.box.y0 < 660
        )

    assert story(_half_line_rows({0, 3})) == story(_half_line_rows(set()))
