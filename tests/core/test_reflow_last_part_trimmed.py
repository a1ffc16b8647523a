"""A run-on box's last part is trimmed back out of the gutter its box was grown into.

The detector grows a line's box over the blank of the next column's indent, and a box run on
over columns as well: on a probe page of dev stories (the rows below: two stories of two
columns each side by side, text made neutral, boxes as read to a tenth of a pixel, y shifted)
the row at 201 was boxed from the first story's first column (57 px) to 1482 px, over its
own two columns, the gutter between the stories and the second story's first column, ending
25 px into the 1457..1490 gutter, beside the indented first line of a paragraph (1527). The
cutting cut it at the gutters, but its last part kept the box's end, in the gutter: the one
box over the second story's gutter, and the layout read that story row by row (its every
paragraph interleaved). A whole line's end in a grid gutter is trimmed back to it; the last
part's end, which is the box's own end, is now trimmed as one.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows

#: (x0, y0, x1, y1, text) of each box, as RapidOCR read and listed them (y shifted).
ROWS = [
    (212.9, 29.6, 804.7, 77.5, "文文文文文文文文文文文文文文文文"),
    (1226.6, 35.5, 1732.4, 75.5, "文文文文文文文文文文文文文文"),
    (
        107.4,
        93.5,
        964.8,
        125.5,
        "文文文文，文文文文文文·文，文文文文文。文文文文文文文文文文文文文，",
    ),
    (1060.5, 91.5, 1416.0, 123.5, "2023文文文文文文文文：文文文"),
    (1408.2, 91.5, 1918.0, 125.5, "文文文文文文文文。文文文文文“文文"),
    (58.6, 129.5, 482.4, 161.5, "文文文文文文文文，文文文文-文。"),
    (488.3, 129.5, 941.4, 161.5, "文文文文，文文文文文文文文2000文"),
    (
        951.2,
        127.5,
        1906.2,
        159.5,
        "文文文文文文，文文文文文文文文文文文文文”，文文文文文文文文文文文文“文",
    ),
    (
        107.4,
        165.5,
        1593.8,
        197.4,
        "文文文文文文，文文文文文文文文文，文文文文文文文文。文文文文文、文文文文文文文文文文文文。文文文文文文文文文文”。",
    ),
    (
        56.6,
        201.4,
        1482.4,
        233.4,
        "文文文文文文文。文文文文文文文文文文文文、文文文文文文，文文文文文文文文文文文文文文文文文文文文文文文文文文",
    ),
    (1527.3, 201.4, 1873.0, 233.4, "文文文文文文文文文。2023文，"),
    (54.7, 237.4, 867.2, 269.4, "，文文文文文文文文、文文文文文文文文文文文文文，文文文文文文文。"),
    (
        1003.9,
        237.4,
        1933.6,
        269.4,
        "，文文文文文文、文文文文文文，文文文文文文文文文文文文文文文文文文文，文",
    ),
    (56.6, 273.4, 503.9, 305.3, "文，文文文文文文文文。文文文文，文文"),
    (
        582.0,
        273.4,
        1933.6,
        305.3,
        "文文文文文文，文文文文文文。文文文文文、文文文文、文文文文、文文文文文文文文文文。文文文文文文文、文文文",
    ),
    (
        56.6,
        309.3,
        1457.0,
        341.3,
        "文文文300文文文文文文，文文文文文文文文，文文文文文文文文文文文文文文文文，文文文文文文文文，文文文文文文",
    ),
    (1462.9, 309.3, 1904.3, 341.3, '、文文文文文文文文文"文文文"文文文'),
    (58.6, 345.3, 521.5, 377.3, "文文文文。文文文文文，文20文文文文"),
    (
        517.6,
        345.3,
        1455.1,
        377.3,
        "。文文文文文，文文文文文文文文文文，文文文，文文文文文文文文文文文文文文",
    ),
    (1492.2, 345.3, 1869.1, 377.3, "文文文文文8000文文，文文文文40"),
    (1492.2, 381.3, 1929.7, 413.3, "%文文。文文文文文文文文文文文文文文"),
    (
        56.6,
        417.3,
        964.8,
        449.2,
        "，文文文文文文文文，文文文文文文文文文文文文文文，文文文文文文文文文文，",
    ),
    (1062.5, 417.3, 1457.0, 449.2, "文文文文，文文文文文文文文文文文"),
    (1492.2, 417.3, 1923.8, 449.2, "5文文文，文文文文文文文文文文文文文"),
    (56.6, 455.2, 166.0, 483.2, "文文文文。"),
    (535.2, 453.2, 865.2, 485.2, "文文文文文文文文文文文文文。"),
    (1013.7, 453.2, 1394.5, 485.2, "文文文文文文文文文文文，2023文，"),
    (1453.1, 455.2, 1605.5, 483.2, "文文文文。"),
    (107.4, 489.2, 496.1, 521.2, "文文文文文文文文文、文文文，文文"),
    (1015.6, 489.2, 1459.0, 521.2, "文文文文文文文文文文、文文文文文文文"),
    (1535.2, 487.2, 1890.6, 519.2, "文文文文文文文文文文文。2023"),
    (1013.7, 525.2, 1459.0, 557.2, "文文文文文文文文文文文文文文，文文文"),
    (1486.3, 525.2, 1931.6, 557.2, "文，文文文文文文文文文文文文文文文文"),
    (1013.7, 561.2, 1054.7, 593.1, "文。"),
    (1492.2, 561.2, 1933.6, 593.1, "文文，文文文文、文文文文文文文文文文"),
    (1062.5, 597.1, 1459.0, 629.1, "文文文文、文文文文、文文文文，文"),
    (1488.3, 597.1, 1912.1, 629.1, "文文文文文文文文文文文文文文文文70"),
    (1015.6, 633.1, 1414.1, 665.1, "文文文文文文文文文文。2023文，文"),
    (1492.2, 633.1, 1875.0, 665.1, '%，文"文"文"文”，文文文文，文文'),
    (1015.6, 669.1, 1367.2, 701.0, "文文文文文文文文文文文文文文。"),
    (1496.1, 667.1, 1748.0, 699.0, "文文文文文文文文文文。"),
    (1066.4, 705.0, 1457.0, 737.0, "文文文文，文文文文文文文文文文文"),
    (1541.0, 705.0, 1931.6, 737.0, "文文文文文文文文文文，文文文文文"),
]


def _row(rows: list[tuple[float, float, float, float, str]]) -> list[tuple[float, float]]:
    """The boxes of the run-on row after the cutting: (x0, x1), left to right."""
    page = split_across_gutters(page_of_rows(rows))  # type: ignore[arg-type]
    return sorted(
        (ln.box.x0, ln.box.x1)
        for ln in page.lines
        if ln.box is not None and 195 <= ln.box.y0 <= 205
    )


def test_a_run_on_boxs_last_part_ends_at_the_gutter_it_was_grown_into() -> None:
    parts = _row(ROWS)
    assert len(parts) == 3
    _, end = parts[1]
    assert 1455 <= end <= 1460  # the gutter's start (the column's lines end at 1455-1459)
    assert parts[2][0] == 1527.3  # the indented line beside it stands
