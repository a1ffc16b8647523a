"""The first row of a story set in wider columns than the page's, boxed run on right under its
title, is no deck (:func:`gutters._run_on_under` with ``spanning_out``, and
:func:`gutters._squeezed_marks`).

A story of two columns of 25 characters under its title, beside the page's columns of 11: its
first row opens a paragraph in the left column (indented two characters) and ends two
characters short in the right one, so it stands centred under the title, short at both ends,
as a deck would; it is boxed as one line across the gutter, and so are the two rows under it.
The rows under those show the gutter, but every line of the story is wide against the page's
narrow lines listed beside it, and only lines no look found wide were read under it: it was
left whole as a deck, a paragraph's opening run into the other column's (test15/page-13 read
shrunk: ``新修订的……将于明年1月象工程”、“政绩工程"等行为……``, five paragraphs missed). The
story's own lines under it are read too now, less those as wide as its box (its next rows,
run on like it). Its box is a little narrower than its characters at the page's pitch, its
right part holding ``”、“``: two marks side by side are set in a cell and a half.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

CHAR = 24.0
LEAD = 36.0
HEIGHT = 26.0
LEFT = 700.0
RIGHT = LEFT + 26.25 * CHAR  # a gutter of a character and a quarter
END = RIGHT + 25 * CHAR
TOP = 100.0 + 10 * LEAD


def _page(first: tuple[float, float, str]) -> list[tuple[float, float, float, float, str]]:
    """The page's rows (x0, y0, x1, y1, text) row by row, ``first`` (x0, x1, text) the row
    right under the story's title."""
    rows = [
        (x, 100 + r * LEAD, x + 11 * CHAR, 100 + r * LEAD + HEIGHT, "戊己"[k] * 11)
        for r in range(40)
        for k, x in enumerate((60.0, 60.0 + 13 * CHAR))
    ]
    rows.append((LEFT, TOP, END, TOP + 44, "两栏通栏大字标题在此居中"))
    x0, x1, text = first
    y0 = TOP + 60
    rows.append((x0, y0, x1, y0 + HEIGHT, text))
    for r in (1, 2):
        y = y0 + r * LEAD
        rows.append((LEFT, y, END, y + HEIGHT, "丙" * 25 + "丁" * 25))
    for r in range(3, 9):
        y = y0 + r * LEAD
        rows.append((LEFT, y, LEFT + 25 * CHAR, y + HEIGHT, "丙" * 25))
        rows.append((RIGHT, y, END, y + HEIGHT, "丁" * 25))
    return sorted(rows, key=lambda r: (round(r[1] / 10), r[0]))


def _row(first: tuple[float, float, str]) -> list[str]:
    out = split_across_gutters(page_of_rows(_page(first)))  # type: ignore[arg-type]
    return [ln.text for ln in out.lines if ln.box is not None and abs(ln.box.y0 - TOP - 60) < 1]


def test_a_wide_storys_first_row_run_on_under_its_title_is_cut_at_its_gutter() -> None:
    left, right = "甲" * 23, "乙" * 5 + "”、“" + "乙" * 14
    x0 = LEFT + 2 * CHAR
    # (Its box as wide as its characters and the gutter at the page's pitch, and 0.6 of a
    # character narrower: the marks side by side.)
    for short in (0.0, 0.6):
        x1 = RIGHT + (len(right) - short) * CHAR
        assert _row((x0, x1, left + right)) == [left, right], short
    # (With no marks side by side, 0.6 of a character narrower is a deck's box: whole.)
    plain = "乙" * 22
    x1 = RIGHT + (len(plain) - 0.6) * CHAR
    assert _row((x0, x1, left + plain)) == [left + plain]


def test_a_deck_as_wide_as_its_characters_under_the_title_stays_whole() -> None:
    """A deck holding marks side by side (three pairs), as wide as its characters (no
    gutter's blank in its box), starting where the story's columns' lines do an indent in,
    stays whole: the lines under it read as the run-on row's are, it is no run-on for
    them."""
    deck = "副题“甲乙”、“丙丁”，" + "副题" * 12
    x0 = LEFT + 2 * CHAR
    assert _row((x0, x0 + len(deck) * CHAR, deck)) == [deck]
