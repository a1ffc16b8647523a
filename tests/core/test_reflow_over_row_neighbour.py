"""A box stretched back over its row neighbour's last character is trimmed to the grid gutter
past it, though its column shows only one other line starting there.

The grid's trim (:func:`~desktop.core.reflow.grid.trim_to_grid`) moves a box's start out of a
gutter where the lines near it show that gutter: two ending at its left, two starting at its
right. A story's last column may hold a few rows only (a paragraph's end), and when the
detector stretched one of its boxes back over the gutter into its row neighbour's last
character, that box hid the column's start: one line started there, the gutter went unshown,
and the story's first row, run on over the last two columns, stayed whole (test15/page-15
read at RapidOCR's default size: the box started 10 px before the gutter, inside its
neighbour's box, which ended at the gutter). Two boxes of one row do not overlap in print:
the one whose characters fit past the gutter was stretched.
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine
from desktop.core.reflow.grid import trim_to_grid
from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows, pool_text

P, H, STEP = 24.0, 26, 36
#: Five columns: four of 14 characters, the last of 12, gutters of about two characters.
STARTS = [62, 444, 827, 1208, 1591]
CELLS = [14, 14, 14, 14, 12]
TOP, HEAD, STORY = 100, 700, 766


def _box(col: int, y: int, text: str, lead: int = 0) -> tuple[int, int, int, int, str]:
    x = STARTS[col] + lead * P
    return (round(x), y, round(x + len(text) * P), y + H, text)


def _end(col: int) -> int:
    return round(STARTS[col] + CELLS[col] * P)


def _page() -> tuple[list[tuple[int, int, int, int, str]], list[str], str]:
    """A story in the five columns far above (the band's grid), a headline, and under it a
    story whose last column holds three rows: the first run on over the last four columns,
    the second's box stretched back over its row neighbour's last character, the third a
    paragraph's end."""
    rows = []
    for k in range(8):
        for c in range(5):
            lead = 2 if k == 0 else 0
            rows.append(_box(c, TOP + k * STEP, pool_text(7 * c + 3 * k, CELLS[c] - lead), lead))
    rows.append((500, HEAD, 1460, HEAD + 40, pool_text(200, 20)))
    run_on = {0: (1, 4), 2: (1, 3), 3: (1, 2), 6: (1, 2)}
    first: list[str] = []
    stretched = ""
    for k in range(8):
        y = STORY + k * STEP
        c = 0
        while c < (5 if k < 3 else 4):
            if k == 2 and c == 4:
                rows.append(_box(4, y, pool_text(360, 9) + "。"))
                break
            if k in run_on and run_on[k][0] == c:
                a, b = run_on[k]
                texts = [pool_text(500 + 31 * j + 7 * k, CELLS[j]) for j in range(a, b + 1)]
                if k == 0:
                    first = texts
                rows.append((STARTS[a], y, _end(b), y + H, "".join(texts)))
                c = b + 1
                continue
            lead = 2 if k in (0, 3) and c == 0 else 0
            text = pool_text(400 + 17 * c + 5 * k, CELLS[c] - lead)
            if k == 1 and c == 4:
                # Stretched back 10 px over its neighbour's box, which ends at the gutter.
                stretched = text
                rows.append((_end(3) - 10, y, _end(4), y + H, text))
            else:
                rows.append(_box(c, y, text, lead))
            c += 1
    return rows, first, stretched


def test_stretched_start_trimmed_and_first_row_cut() -> None:
    rows, first, stretched = _page()
    out = split_across_gutters(page_of_rows(rows))
    last_two = [
        (ln.box.y0, round(ln.box.x0), ln.text)
        for ln in out.lines
        if ln.box is not None and ln.box.y0 in (STORY, STORY + STEP) and ln.box.x0 > 1100
    ]
    assert sorted(last_two) == [
        (STORY, STARTS[3], first[2]),
        (STORY, STARTS[4], first[3]),
        (STORY + STEP, STARTS[3], pool_text(400 + 17 * 3 + 5, CELLS[3])),
        (STORY + STEP, STARTS[4], stretched),
    ]


def test_not_trimmed_when_its_characters_need_the_room() -> None:
    # The same place, its row neighbour ending at the gutter, but two characters more than
    # the column past the gutter holds: it runs on over the gutter, not stretched.
    e, s = float(_end(3)), float(STARTS[4])
    text = pool_text(0, CELLS[4] + 2)
    line = OcrLine(text, Box(e - 10, 802, float(_end(4)), 828), 0.99)
    window = [
        (815.0, float(STARTS[3]), e),
        (779.0, float(STARTS[3]), e - 2),
        (851.0, float(STARTS[3]), e + 1),
        (851.0, s, s + 9 * P),
    ]
    others = sorted([*window, (815.0, e - 10, float(_end(4)))])
    grid = [(e, s)]
    assert trim_to_grid(line, grid, others, [c for c, _, _ in others], 26.0, P) is line
    # With as many characters as the column holds it is trimmed to the gutter's end.
    fits = OcrLine(text[: CELLS[4]], line.box, 0.99)
    trimmed = trim_to_grid(fits, grid, others, [c for c, _, _ in others], 26.0, P)
    assert trimmed.box is not None and trimmed.box.x0 == s
