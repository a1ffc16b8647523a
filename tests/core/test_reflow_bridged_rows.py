"""A story in two wide columns right under its title, over which a story in the page's
narrow columns stands: its first row, boxed as one run-on line, is cut at its own gutter
alone, though the row under it holds a Latin letter (an OCR'd 〇: no pitch to tell by).

The rows right over and under a run-on box bridge the narrow columns' gutters with full
lines of the wide ones (:func:`desktop.core.reflow.gutters._bridged`); a row whose line
holds digits or Latin letters shows no pitch, and the next row under it stands for it. And
the parts a box is cut in are those the gaps left after that make (the lines over and under
each part are looked for in its own column). The page is made up, text neutral.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows, paragraph_column, pool_text
from tests.core.test_reflow_wide_columns import NARROW, WIDE


def _parts(latin: bool) -> list[tuple[float, float]]:
    """The wide story's first row's parts, its second row's left line holding a Latin
    letter when ``latin``; its third a long paragraph end over the narrow gutters."""
    rows: list[tuple[int, int, int, int, str]] = [(60, 60, 460, 160, "人民日报")]
    for n, (x0, x1) in enumerate(NARROW):
        rows += paragraph_column(x0, x1, 200, 9, 70 + 11 * n, 24.0, 26)[0]
    title = pool_text(30, 20)
    rows.append((993 - 22 * len(title), 540, 993 + 22 * len(title), 580, title))
    wide = [
        paragraph_column(x0, x1, 610, 10, 9 * n, 24.0, 26)[0] for n, (x0, x1) in enumerate(WIDE)
    ]
    for k, (left, right) in enumerate(zip(*wide, strict=True)):
        if k == 0:
            rows.append((left[0], left[1], right[2], left[3], left[4] + right[4]))
            continue
        if k == 1 and latin:
            left = (*left[:4], left[4][:5] + "O" + left[4][6:])
        if k == 2:
            left = (60, left[1], 60 + 24 * 33, left[3], pool_text(200, 32) + "。")
        rows += [left, right]
    page = split_across_gutters(page_of_rows(rows))
    return sorted((ln.box.x0, ln.box.x1) for ln in page.lines if ln.box and ln.box.y0 == 610)


def test_a_row_holding_a_latin_letter_lets_the_next_row_tell_the_wide_columns() -> None:
    for latin in (False, True):
        parts = _parts(latin)
        assert len(parts) == 2, (latin, parts)
        assert parts[0][1] <= 993 <= parts[1][0], (latin, parts)
