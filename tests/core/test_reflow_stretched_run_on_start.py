"""A run-on box whose start the detector stretched back over the end of the column before it
is cut where the page's grid puts its gutters when the first look's cut left its first part
too narrow to hold its characters.

On probe page-343 (rows of the page from its fourth story's caption down, text made neutral,
boxes as read) a row run on over the second and third of three columns (690-1300 |
1334-1937) was boxed from 654 px, 13 px before the first gutter (667-690) and into the first
column's line end. The look at the gaps the lines around it leave cut it at both gutters and
gave the 13 px before the first a character (``_fit`` takes one when half of it fits): the
second column's first character stood alone at the first column's end, and every character
after it was shared out one column off (the paragraph split at that piece). The grid's look
trims the start past the gutter and shares the characters out from the box's end; its cut
makes fewer parts and was not taken. It is now, when the first cut's first part is boxed
narrower than FITS of its characters and the grid's first part starts past it.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

#: (x0, y0, x1, y1, text) of each box, as RapidOCR read them.
ROWS = [
    (
        59,
        2220,
        1561,
        2251,
        "文文文文文文文（7文10文）文文文文文文，6文文，文文文文文文文文文文（CPI）文文文文。1文6文文文，文文文文文文文文文文（CPI）文文文文0.7%。",
    ),
    (109, 2270, 609, 2300, "6文文，文文文文文文文文2.3%，文文文文文文"),
    (
        700,
        2270,
        1937,
        2300,
        "文文文文文文；文文文文、文文文文文文文文文文文文文文文文文文文文文文文，文文文，文文文文文文文文文文",
    ),
    (61, 2307, 225, 2336, "文1.3文文文文。"),
    (697, 2307, 848, 2336, "6.5%文0.5%"),
    (1331, 2304, 1611, 2336, "文（PPI）文文文文3.1%。"),
    (109, 2344, 569, 2369, "文文文文、文文文文文文文文1.1%文0.9%；"),
    (745, 2341, 1299, 2372, "文文文、文文文文文文文文文文文文文文文文文文文"),
    (672, 2435, 1329, 2478, "文文文文文文文文文文文文文文文"),
    (110, 2503, 627, 2528, "文文文文文文文7文10文文文文文文文文文文文文"),
    (696, 2502, 1300, 2531, "文文文文文文文文文文文文文文文文，文文文文文文文文"),
    (1385, 2500, 1937, 2531, "文文文文文文文，文文文文文文文文文文文文文文文"),
    (59, 2536, 406, 2567, "文文文文文文文文文文文文文文。"),
    (690, 2534, 1119, 2570, "，文文文文文文文文、文文文文文文文。"),
    (1335, 2539, 1937, 2567, "文文文文文文文文文文，文文文文文文文文文文文文文文"),
    (110, 2576, 659, 2601, "文文文文文，文文文文文文文文，文文文文文文文文"),
    (747, 2574, 1340, 2602, "文文文文文，文文文文文文文文文文文文文文文文文"),
    (1332, 2574, 1927, 2602, "文文。文文文文文文文3文文文文文文文文文文文文文文"),
    (61, 2610, 667, 2638, "文文文文文文文文，文文文文文文文文文，文文文文文文"),
    (
        654,
        2610,
        1937,
        2638,
        "文。文文文文文文文文，文文文文文文文文文文文文文文文文文文文文文文文文文文文文。文文文文文文文文文文",
    ),
    (61, 2645, 700, 2675, "文文文文文文文文文文文文文文。文文3文，文文文文文"),
    (
        693,
        2647,
        1936,
        2675,
        "文文，文文文文文文文文文文文文文文文文文文文文文文文文文，文文文文文文文文文文文文文文文文文，文文文",
    ),
    (59, 2682, 667, 2710, "文文文文文文，文文文文文文文文文文文文文文文文文文"),
    (
        691,
        2682,
        1633,
        2710,
        "文，文文文文文文文文文文文文文，文文文文文文文文文文文文文文文文文文文文文。",
    ),
    (61, 2717, 668, 2745, "文文文文文文文文文文文文文文。文文文文文文文文文文"),
    (654, 2717, 1300, 2745, "文文文文文文。文文文文文文文文文文文文文、文文文文"),
    (1385, 2717, 1633, 2747, "文文、文文文文文文文。"),
    (
        61,
        2754,
        1284,
        2782,
        "文文文文文文文文文文文文文文文文文文文。文文文文文文文文文文文文文文文文，文文文文文文文文文文文文，",
    ),
    (
        59,
        2790,
        1162,
        2818,
        "文文文文文，文文文文文文、文文文文、文文文文、文文文文文文文文文文文文文文文文文文文文文。",
    ),
]


def _row(rows: list[tuple[int, int, int, int, str]]) -> list[tuple[float, float, str]]:
    page = split_across_gutters(page_of_rows(rows))
    return sorted(
        (ln.box.x0, ln.box.x1, ln.text)
        for ln in page.lines
        if ln.box is not None and 2605 < ln.box.y0 < 2615
    )


def test_a_stretched_start_gives_no_character_to_the_blank_before_the_gutter() -> None:
    row = _row(ROWS)
    # (The first column's own line, then the run-on row cut at the second gutter alone.)
    assert len(row) == 3
    (_, first_end, _), (start, _, second), _ = row
    assert first_end == 667 and start >= 690
    assert second.startswith("文。")  # the second column's line opens with its character
