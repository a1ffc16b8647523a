"""A short story in two equal columns whose rows are nearly all run on over its gutter, most
of its full rows missing a character or two the detector dropped there, is still cut at that
gutter (:func:`desktop.core.reflow.gutters._run_on_columns`, :func:`_run_on_sets`).

The count most full rows hold is two short of the columns' (two columns of 38 characters):
set at the body's pitch it leaves three characters and more for the one gutter, too wide a
blank. The full row that kept all its characters holds the columns' count, and the rows
that lost some (RUN_ON_LOST) are cut at the gutters that count shows, their characters
shared out over both columns. (Modelled on dev/page-219's 奋力谱写 story; text neutral.)"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows, pool_text

CELL = 24.1
LEFT, GUTTER_END, GUTTER_START, RIGHT = 59, 974, 1017, 1932
FULL = 38  # characters a column's full line holds


def _x(x0: float, n: float) -> int:
    return round(x0 + n * CELL)


def _rows() -> tuple[list[tuple[int, int, int, int, str]], dict[int, tuple[str, str]]]:
    """The page's boxes and, by top, each run-on row's two columns' texts as set."""
    rows: list[tuple[int, int, int, int, str]] = [(60, 60, 460, 160, pool_text(0, 4))]
    # A story over it in one wide column (the page's body pitch).
    title = pool_text(10, 14)
    rows.append((700, 200, 700 + 40 * len(title), 245, title))
    for k in range(12):
        lead = 2 if k % 4 == 0 else 0
        n = 76 - lead if k % 4 != 3 else 30
        rows.append(
            (
                _x(LEFT, lead),
                270 + 36 * k,
                _x(LEFT, lead + n),
                296 + 36 * k,
                pool_text(20 + 5 * k, n),
            )
        )
    title = pool_text(40, 19)
    rows.append((583, 800, 583 + 44 * len(title), 849, title))
    y = 900
    run_on: dict[int, tuple[str, str]] = {}

    def row(left: tuple[float, int, int], right: tuple[float, int, int], lost: int = 0) -> None:
        """One row: (start, indent, characters) in each column, one box across both when
        the left column's line is full; ``lost`` characters dropped at the gutter's right."""
        nonlocal y
        (a0, ai, an), (b0, bi, bn) = left, right
        ta = pool_text(y // 7, an)
        tb = pool_text(y // 5, bn)
        if ai + an == FULL:
            x1 = _x(b0, bi + bn)
            rows.append((_x(a0, ai), y, x1, y + 31, ta + tb[lost:]))
            run_on[y] = (ta, tb[lost:])
        else:
            rows.append((_x(a0, ai), y, _x(a0, ai + an), y + 31, ta))
            rows.append((_x(b0, bi), y, _x(b0, bi + bn), y + 31, tb))
        y += 36

    row((LEFT, 2, 36), (GUTTER_START, 0, 38), lost=2)
    row((LEFT, 0, 38), (GUTTER_START, 0, 38))
    row((LEFT, 0, 38), (GUTTER_START, 0, 11))
    row((LEFT, 0, 14), (GUTTER_START, 2, 36))
    row((LEFT, 2, 36), (GUTTER_START, 0, 12))
    row((LEFT, 0, 38), (GUTTER_START, 0, 38), lost=2)
    row((LEFT, 0, 27), (GUTTER_START, 0, 24))
    return rows, run_on


def test_run_on_rows_that_lost_characters_at_the_gutter_are_cut_there() -> None:
    rows, run_on = _rows()
    page = split_across_gutters(page_of_rows(rows))
    for y0, (left, right) in run_on.items():
        parts = sorted(
            (ln.box.x0, ln.box.x1, ln.text)
            for ln in page.lines
            if ln.box is not None and ln.box.y0 == y0
        )
        assert len(parts) == 2, y0
        (_, end, first), (start, _, second) = parts
        assert end <= GUTTER_START and start >= GUTTER_END, y0
        assert first + second == left + right
        # (Where in the row the detector dropped its characters is not known: the cut shares
        # them out over both columns, a character off at most.)
        assert abs(len(first) - len(left)) <= 1, y0
