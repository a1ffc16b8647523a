"""A run-on box whose end the detector grew over blank paper, to meet the next line on its row,
has its characters shared out from its start at the body's pitch, not at its own.

The first look (:func:`_cut`, the gaps the lines near show) shares a run-on box's characters
out at the box's own pitch: its width less the gutters, over its cells. Read at RapidOCR's
default size, test16/page-04's boxes of a column's lines often end past the column's gutter,
at the start of the next column's indented line on their row (or a little into its first
character): the row y 2371, a paragraph's indented first line and the next column's whole line
boxed as one (110-1372), ends 76 px past its second column, where the third column's indented
line starts (1384). Shared at the box's pitch, the first column's part lost its last character
to the second ("...以举手表决" | "方织..."), and the second part's last character was cut off into
the third column ("与", read before that column's indented paragraph opening, so that two
paragraphs read as one). Where the box ends within EMPTY characters of the next line on its row
(or past its start), that line's box holding its characters at the body's pitch (its start is
its ink's), the box's end is blank: its characters are shared from its start at the body's
pitch (:func:`_grown_to_next`).
"""

from __future__ import annotations

from desktop.core.ocr.model import Box
from desktop.core.reflow.gutters import _grown_to_next, split_across_gutters
from tests.core.geometry_helpers import page_of_rows, pool_text

P, H, STEP, TOP = 24.0, 26, 36, 100
#: Three columns of 25 characters at 24 px, 40 px gutters.
LEFTS, PER = (60, 700, 1340), 25
#: Where the detector grew the boxes of the second column's lines to: 8 px short of the third
#: column's indented line.
GROWN = LEFTS[2] + 2 * round(P) - 8
#: The run-on row.
RUN = 3


def _story() -> tuple[list[tuple[int, int, int, int, str]], str, str]:
    """A story of three columns, eight rows, boxed line by line but for its row RUN: the first
    column's indented line and the second's whole line boxed as one, its end grown to the
    third column's indented line on its row. Two more of the second column's lines are grown so
    (rows 1 and 5), so no gap the lines near leave shows the second gutter."""
    rows: list[tuple[int, int, int, int, str]] = []
    n = 0
    for k in range(8):
        for c in range(3):
            lead = 2 if (k in (0, 4) and c == 0) or (k in (1, RUN, 5) and c == 2) else 0
            if k == RUN and c < 2:
                continue
            x0 = LEFTS[c] + lead * P
            x1 = GROWN if c == 1 and k in (1, 5) else x0 + (PER - lead) * P
            y = TOP + k * STEP
            rows.append((round(x0), y, round(x1), y + H, pool_text(n, PER - lead)))
            n += PER - lead
    left, right = pool_text(n, PER - 2), pool_text(n + PER - 2, PER)
    y = TOP + RUN * STEP
    rows.append((round(LEFTS[0] + 2 * P), y, GROWN, y + H, left + right))
    return rows, left, right


def test_grown_box_shared_from_its_start() -> None:
    rows, left, right = _story()
    out = split_across_gutters(page_of_rows(rows))
    run = sorted(
        (ln.box.x0, ln.text)
        for ln in out.lines
        if ln.box is not None and ln.box.y0 == TOP + RUN * STEP
    )
    # The third column's indented line, boxed alone, stands as it was.
    third = next(r[4] for r in rows if r[1] == TOP + RUN * STEP and r[0] > LEFTS[2])
    assert run == [(LEFTS[0] + 2 * P, left), (LEFTS[1], right), (LEFTS[2] + 2 * P, third)]


def test_grown_to_next() -> None:
    box = Box(108.0, 208.0, GROWN, 234.0)
    after = LEFTS[1]
    # The next line on its row starts 8 px past the box's end, its box holding its 23
    # characters at the body's pitch.
    nxt = (221.0, LEFTS[2] + 2 * P, LEFTS[2] + PER * P)
    assert _grown_to_next(box, after, [nxt], {nxt: 23.0}, P)
    # Or starts before the box's end (the box grown into its first character).
    into = (221.0, GROWN - 10.0, GROWN - 10.0 + 25 * P)
    assert _grown_to_next(box, after, [into], {into: 25.0}, P)
    # A gutter away: the box ends at its ink.
    apart = (221.0, GROWN + 40.0, GROWN + 40.0 + 23 * P)
    assert not _grown_to_next(box, after, [apart], {apart: 23.0}, P)
    # A neighbour stretched back to meet the box, wider than its characters: no telling
    # which box was grown.
    back = (221.0, GROWN - 10.0, LEFTS[2] + PER * P)
    assert not _grown_to_next(box, after, [back], {back: 20.0}, P)
    # No count (digits or Latin letters): no telling where its ink starts.
    assert not _grown_to_next(box, after, [nxt], {}, P)
    # Another row's line.
    below = (257.0, *nxt[1:])
    assert not _grown_to_next(box, after, [below], {below: 23.0}, P)
