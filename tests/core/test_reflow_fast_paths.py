"""The layout's fast paths answer as the rules they stand for: each is checked against the
plain one-line-at-a-time rule on the real dev pages stacked (the bench's page) and on small
synthetic windows, where ties and short windows come up."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import random
import re
import statistics
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bench.bench_layout import page_of, real_page_of
from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow import columns, gutters, reflow_page
from desktop.core.reflow.columns import (
    Node,
    Unit,
    _everywhere,
    _lowest_of,
    _may_part,
    _Reach,
    _sliver_crossed,
    _split,
    _split_along,
    _text_over_columns,
    reading_order,
    xy_cut,
)
from desktop.core.reflow.equal_columns import (
    REGULAR_COUNTS,
    REGULAR_GUTTER,
    REGULAR_LINES,
    _as_shown,
    _covered,
    _joined_all,
    _joined_rows,
    _mode,
    _no_columns_all,
    _regular_count,
    _regular_gutters,
    _round_of,
    _run_on_columns,
    _shown_rows,
    _story_lines,
    _story_window,
    _story_windows,
)
from desktop.core.reflow.geometric import _in_bands, _rect_matrix
from desktop.core.reflow.grid import (
    SIDE,
    WINDOW,
    BandGrids,
    _peaks,
    _peaks_of,
    _peaks_of_many,
    column_grid,
    grid_gaps,
    trim_to_grid,
)
from desktop.core.reflow.gutters import (
    BODY_TYPE,
    CROSSING,
    LISTED,
    SLACK,
    SLIVER,
    WIDE,
    _bridging_rows,
    _column_pitch,
    _column_pitch_at,
    _cut,
    _equal_parts,
    _filled,
    _filled_count,
    _fit,
    _gaps,
    _gutters_beside,
    _lines_within,
    _may_bridge,
    _may_cut_all,
    _may_fill,
    _may_share_equally,
    _may_show_gap,
    _meets_row,
    _misfit,
    _move_keys,
    _near_any,
    _nearer_side_first,
    _seams_reaching,
    _settled_cut,
    _spanned_blank,
    _squeezed,
    _starting_past,
    _trim,
    _trim_over_indent,
    _trim_to_seam,
    _uncrossed_gutters,
    _uncrossed_gutters_all,
    _wider_than_around,
    _wider_than_around_all,
    _wider_than_listed,
)
from desktop.core.reflow.overlaps import (
    MARK_REACH,
    ROWS,
    _opens_with_mark,
    _opens_with_stray_letter,
    _reaching_back,
)
from desktop.core.reflow.rows import Row
from desktop.core.reflow.sidebyside import split_between_stories
from desktop.core.reflow.spaces import (
    Emitted,
    Mode,
    _emit_row,
    _phrase_gap,
    _spaced_gap,
    _word_gap,
    emit,
    join_rows,
)
from desktop.core.reflow.stories import PITCH_CHARS, Metrics, _pitch_chars, _ratio_of, _ratios_of
from desktop.core.reflow.text import cells as ink_cells
from desktop.core.reflow.text import has_phrase_space
from desktop.core.reflow.text import width as print_width


def _body_boxes() -> tuple[list[Box], float]:
    page = real_page_of(3000)
    boxes = [ln.box for ln in page.lines if ln.box is not None and ln.box.height > 0]
    height = statistics.median(b.height for b in boxes)
    return [b for b in boxes if b.height <= BODY_TYPE * height], height


def test_wider_than_around_all_answers_as_one_box_at_a_time() -> None:
    boxes, height = _body_boxes()
    placed = sorted((b.cy, b.x0, b.x1) for b in boxes)
    centres = [c for c, _, _ in placed]
    fast = _wider_than_around_all(boxes, placed, centres, height)
    assert fast == [_wider_than_around(b, placed, centres, height) for b in boxes]
    assert any(fast) and not all(fast)


def test_wider_than_around_all_on_ties_and_short_windows() -> None:
    # Whole-pixel boxes in few widths (ties at the median, even and odd counts), some rows
    # with too few lines around them.
    rng = random.Random(3)
    boxes = [
        Box(float(x), float(y), float(x + rng.choice((100, 130, 131, 200, 260))), y + 20.0)
        for y in range(0, 3000, 25)
        for x in rng.sample(range(0, 900, 50), rng.randint(0, 6))
    ]
    placed = sorted((b.cy, b.x0, b.x1) for b in boxes)
    centres = [c for c, _, _ in placed]
    fast = _wider_than_around_all(boxes, placed, centres, 20.0)
    assert fast == [_wider_than_around(b, placed, centres, 20.0) for b in boxes]
    assert any(fast)
    assert _wider_than_around_all([], placed, centres, 20.0) == []


def _gaps_by_counting(
    near: list[tuple[float, float]], x0: float, x1: float, height: float
) -> list[tuple[float, float]]:
    """gutters._gaps as it counted the sides and the crossing lines, one line at a time."""
    if len(near) < 2 * SIDE:
        return []
    rights = sorted({r for _, r in near if x0 < r < x1})
    lefts = sorted({left for left, _ in near if x0 < left < x1})
    found: list[tuple[float, float]] = []
    for g0 in rights:
        k = bisect_right(lefts, g0)
        if k == len(lefts):
            continue
        g1 = lefts[k]
        if g1 - g0 < 0.4 * height or g1 - g0 > 4 * height or (found and g0 < found[-1][1]):
            continue
        crossing = sum(1 for a, b in near if a < g1 - 1 and b > g0 + 1)
        left_side = sum(1 for _, b in near if b <= g0 + 1)
        right_side = sum(1 for a, _ in near if a >= g1 - 1)
        if crossing <= CROSSING and left_side >= SIDE and right_side >= SIDE:
            if found and g0 - found[-1][1] < SLIVER * height:
                found[-1] = (found[-1][0], g1)
            else:
                found.append((g0, g1))
    return found


def test_gaps_count_sides_by_bisect_as_one_line_at_a_time() -> None:
    # Columns with gutters of every width around the limits, boxes stretched into them, a
    # few crossing, whole pixels and fractions, now and then a box given backwards.
    rng = random.Random(5)
    for _ in range(3000):
        height = rng.choice((2.0, 20.0, 24.5))
        near = []
        for _ in range(rng.randint(4, 40)):
            a = rng.choice((0.0, 100.0, 208.0, 215.5, 300.0)) + rng.choice((0.0, 1.0, 7.25))
            b = a + rng.choice((92.0, 100.0, 2.0, 180.0, -3.0))
            near.append((a, b))
        x0, x1 = rng.choice(((0.0, 400.0), (50.0, 260.0), (-10.0, 1000.0)))
        assert _gaps(near, x0, x1, height) == _gaps_by_counting(near, x0, x1, height)


def _reaching_back_one_by_one(
    text: list[tuple[int, tuple[float, float, float, float]]], tops: list[float], pitch: float
) -> set[int]:
    """overlaps' look for boxes reaching into the column before, one line at a time."""
    rects = [r for _, r in text]
    across: set[int] = set()
    for i, r in text:
        h = r[3] - r[1]
        lo = bisect_left(tops, r[1] - ROWS * h)
        hi = bisect_right(tops, r[1] + ROWS * h)
        if any(
            o[0] < r[0] - pitch and r[0] < o[2] <= r[0] + MARK_REACH * pitch for o in rects[lo:hi]
        ):
            across.add(i)
    return across


def test_reaching_back_finds_the_boxes_one_line_at_a_time_does() -> None:
    # Boxes of three columns, row after row, now and then one stretched back into the column
    # before by a character or a few; rows of other heights.
    rng = random.Random(9)
    rects = []
    for row in range(400):
        y = row * 30.0 + rng.choice((0.0, 0.5, 12.0))
        for x in (0.0, 300.0, 600.0):
            x0 = x - rng.choice((0.0, 0.0, 0.0, 20.0, 30.0, 70.0, 100.0))
            rects.append(
                (x0, y, x + rng.choice((280.0, 200.0, 300.0)), y + rng.choice((24.0, 40.0)))
            )
    text = sorted(enumerate(rects), key=lambda t: t[1][1])
    tops = [r[1] for _, r in text]
    found = _reaching_back(text, tops, 24.0)
    assert found == _reaching_back_one_by_one(text, tops, 24.0)
    assert 0 < len(found) < len(text)
    assert _reaching_back([], [], 24.0) == set()


def test_wider_than_listed_as_one_line_at_a_time() -> None:
    # Widths in few values (ties at the median), pages of every length around the window's.
    rng = random.Random(2)
    for n in [*range(2, 40), 1000]:
        widths = [
            float(rng.choice((100, 130, 131, 260))) + rng.choice((0.0, 0.5)) for _ in range(n)
        ]
        one_by_one = [
            widths[k]
            > WIDE
            * statistics.median(widths[max(0, k - LISTED) : k] + widths[k + 1 : k + 1 + LISTED])
            for k in range(n)
        ]
        assert _wider_than_listed(widths) == one_by_one


def test_band_grids_draw_each_band_as_column_grid_does() -> None:
    # The real stacked pages (float boxes: the arrays' clusters, _peaks_of) and whole-pixel
    # columns with ties and stretched boxes given as ints (column_grid itself, as given).
    boxes, height = _body_boxes()
    rng = random.Random(4)
    whole = [
        (float(y), x, x + rng.choice((180, 200, 200, 215, 260)))
        for y in range(0, 6000, 25)
        for x in (0, 220, 440, 660)
        if rng.random() < 0.9
    ]
    for lines, h in (([(b.cy, b.x0, b.x1) for b in boxes], height), (whole, 20.0)):
        grids = BandGrids(lines, h, h * 0.95)
        for cy in [c for c, _, _ in lines][::37]:
            lo, hi = grids.window(cy)
            window = [(a, b) for c, a, b in lines if lo <= c < hi]
            assert grids.at(cy) == column_grid(window, h, h * 0.95)
            assert [type(e) for e, _ in grids.at(cy)] == [
                type(e) for e, _ in column_grid(window, h, h * 0.95)
            ]


def test_peaks_of_arrays_as_of_sorted_lists() -> None:
    # Clusters of every size around 2 * SIDE, ties, even and odd counts, values a third of a
    # character apart and fractions.
    rng = random.Random(6)
    for _ in range(2000):
        pitch = rng.choice((3.0, 24.0, 25.5))
        xs = [
            rng.choice((0.0, 100.0, 107.0, 108.0, 300.5)) + rng.choice((0.0, 0.0, 1.0, 2.5, 8.0))
            for _ in range(rng.randint(0, 40))
        ]
        assert _peaks_of(np.array(xs), pitch) == _peaks(sorted(xs), pitch)


def test_mode_as_statistics_mode() -> None:
    # Counts with ties (the first met wins), ints and floats of one value, one value alone.
    rng = random.Random(8)
    for _ in range(3000):
        values = [
            rng.choice((10, 10.0, 12, 14.0, 15, 9.5)) + rng.choice((0, 0, 2))
            for _ in range(rng.randint(1, 12))
        ]
        found = _mode(values)
        assert found == statistics.mode(values)
        assert type(found) is type(statistics.mode(values))


def _reading_order_sorting_every_row(
    ys: list[int], boxes: list[tuple[float, float, float, float]]
) -> list[int]:
    out: list[int] = []
    row: list[int] = []
    for i in ys:
        h = boxes[i][3] - boxes[i][1]
        if row and boxes[i][1] - boxes[row[0]][1] >= 0.5 * h:
            out.extend(sorted(row, key=lambda j: boxes[j][0]))
            row = []
        row.append(i)
    out.extend(sorted(row, key=lambda j: boxes[j][0]))
    return out


def test_reading_order_puts_rows_of_one_in_as_sorting_them_would() -> None:
    # Rows of one box and rows of several (cut in two, ties at one x), by top.
    rng = random.Random(5)
    boxes: list[tuple[float, float, float, float]] = []
    for y in range(0, 4000, 30):
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            x = float(rng.choice((0, 200, 200, 410)))
            top = y + rng.choice((0.0, 4.0, 11.0))
            boxes.append((x, top, x + 180.0, top + rng.choice((20.0, 24.0))))
    ys = sorted(range(len(boxes)), key=lambda i: boxes[i][1])
    assert reading_order(ys, boxes) == _reading_order_sorting_every_row(ys, boxes)
    assert reading_order([], boxes) == []


def test_ratios_of_gives_each_lines_ratio_of() -> None:
    rng = random.Random(9)
    boxes = [
        (x, y, x + rng.choice((0.0, 13.0, 240.0, 501.5)), y + rng.choice((20.0, 31.0, 44.0)))
        for x, y in ((rng.uniform(0, 900), rng.uniform(0, 3000)) for _ in range(400))
    ]
    counts = [rng.choice((0.0, 1.0, 1.6, 2.0, 9.6, 20.0)) for _ in boxes]
    content = sorted(rng.sample(range(len(boxes)), 300))
    for m in (Metrics(30.0, 24.0), Metrics(30.0, 0.0)):
        assert _ratios_of(content, counts, boxes, m) == {
            i: _ratio_of(counts[i], boxes[i], m) for i in content
        }


def test_a_line_opening_with_a_cjk_ideograph_opens_with_no_mark_nor_stray_letter() -> None:
    # trim_mark_starts passes such lines by without asking either rule.
    for code in range(0x4E00, 0xA000):
        for text in (chr(code) + "国", "  " + chr(code) + "a", chr(code) + "。"):
            assert not _opens_with_mark(text)
            assert not _opens_with_stray_letter(text)
    # (The rules' own cases, for contrast.)
    assert _opens_with_mark("。国家") and _opens_with_stray_letter("i南方")


def test_split_along_cuts_where_split_does() -> None:
    rng = random.Random(13)
    boxes = [
        (x, y, x + rng.choice((10.0, 80.0, 200.0)), y + rng.choice((18.0, 24.0, 60.0)))
        for x, y in (
            (float(rng.randrange(0, 1200, 7)), float(rng.randrange(0, 4000, 5))) for _ in range(600)
        )
    ]
    lists = [[b[k] for b in boxes] for k in range(4)]
    for axis in (0, 1):
        ordered = sorted(range(len(boxes)), key=lambda i: boxes[i][axis])
        for gap in (0.0, 5.0, 12.0, 40.0):
            assert _split_along(ordered, lists[axis], lists[axis + 2], gap) == _split(
                ordered, boxes, axis, gap
            )


def test_a_part_as_split_comes_back_whole_split_again() -> None:
    # xy_cut does not split a part again the way the split that made it did.
    rng = random.Random(21)
    boxes = [
        (x, y, x + rng.choice((0.0, 10.0, 80.0, 200.0)), y + rng.choice((0.0, 18.0, 24.0, 60.0)))
        for x, y in (
            (float(rng.randrange(0, 1200, 7)), float(rng.randrange(0, 4000, 5))) for _ in range(600)
        )
    ]
    lists = [[b[k] for b in boxes] for k in range(4)]
    made = 0
    for axis in (0, 1):
        ordered = sorted(range(len(boxes)), key=lambda i: boxes[i][axis])
        for gap in (0.0, 5.0, 12.0, 40.0):
            parts = _split_along(ordered, lists[axis], lists[axis + 2], gap)
            made += len(parts)
            for part in parts:
                assert _split_along(part, lists[axis], lists[axis + 2], gap) == [part]
    assert made > 3 * 8  # (parts of more than one line among them)


def _parts_neither_look_parts(
    parts: list[list[int]],
    boxes: list[tuple[float, float, float, float]],
    group_of: list[int],
    h_gap: float,
    v_gap: float,
) -> tuple[int, int]:
    """Each part against _may_part: where it is False, _text_over_columns gives the part's
    lines back as one row and _sliver_crossed as one column. The parts said False, and those
    a look parted."""
    said_no = parted = 0
    for part in parts:
        ys = sorted(part, key=lambda i: boxes[i][1])
        xs = sorted(ys, key=lambda i: boxes[i][0])
        rows = _text_over_columns(ys, xs, boxes, h_gap, v_gap)
        cols = _sliver_crossed(xs, boxes, group_of, v_gap)
        parted += len(rows) > 1 or len(cols) > 1
        if not _may_part(xs, boxes, v_gap):
            said_no += 1
            assert rows == [ys] and cols == [xs]
    return said_no, parted


def _stacked_tree_input() -> tuple[
    OcrPage, list[tuple[float, float, float, float]], list[int], float, list[int]
]:
    """The XY-cut's input on the stacked dev pages (3,000 lines): the page, every line's box
    as numbers, the boxed lines holding text, the body's line height (their median) and each
    line's headline group (its own index for a line 1.35 body heights tall or more, else -1).
    """
    page = real_page_of(3000)
    boxes = [
        (b.x0, b.y0, b.x1, b.y1) if (b := ln.box) else (0.0, 0.0, 0.0, 0.0) for ln in page.lines
    ]
    ids = [i for i, ln in enumerate(page.lines) if ln.box is not None and ln.text.strip()]
    heights = sorted(boxes[i][3] - boxes[i][1] for i in ids)
    body = heights[len(heights) // 2]
    group_of = [-1] * len(boxes)
    for i in ids:
        if boxes[i][3] - boxes[i][1] >= 1.35 * body:
            group_of[i] = i
    return page, boxes, ids, body, group_of


def test_may_part_is_false_only_where_neither_look_parts_on_the_real_page() -> None:
    # Every region of the stacked dev pages' XY-cut tree, leaves and inner nodes.
    page, boxes, ids, body, group_of = _stacked_tree_input()
    pitch = statistics.median((boxes[i][2] - boxes[i][0]) / len(page.lines[i].text) for i in ids)
    h_gap, v_gap = 0.65 * body, 0.6 * pitch
    parts: list[list[int]] = []
    stack: list[Node] = [xy_cut(ids, boxes, group_of, h_gap, v_gap)]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        lines: list[int] = []
        inner = [node]
        while inner:
            current = inner.pop()
            lines.extend(current.lines)
            inner.extend(current.children)
        if len(lines) > 1:
            parts.append(lines)
    said_no, _ = _parts_neither_look_parts(parts, boxes, group_of, h_gap, v_gap)
    assert said_no >= len(parts) // 2


def test_may_part_is_false_only_where_neither_look_parts_on_synthetic_columns() -> None:
    # Columns of lines whose spans vary (short paragraph ends, indents), gutters around the
    # column gap (under it, at it, over it by a pixel), lines set across them and boxes
    # crossing the gutter by a sliver.
    rng = random.Random(17)
    v_gap, h_gap = 14.4, 19.5
    parts: list[list[int]] = []
    boxes: list[tuple[float, float, float, float]] = []
    for _ in range(400):
        n_cols = rng.choice((1, 1, 2, 3))
        width = rng.choice((120.0, 200.0))
        gutter = v_gap + rng.choice((-3.0, -0.5, 0.0, 0.5, 1.0, 8.0))
        part: list[int] = []
        y = 0.0
        for _ in range(rng.choice((0, 0, 1, 2))):  # lines across the columns
            part.append(len(boxes))
            boxes.append((0.0, y, n_cols * (width + gutter) - gutter, y + 30.0))
            y += 30.0 + rng.choice((5.0, 12.0, 20.0))
        for c in range(n_cols):
            left = c * (width + gutter)
            for row in range(rng.randrange(1, 12)):
                top = y + row * 40.0 + rng.uniform(-2.0, 2.0)
                x0 = left + rng.choice((0.0, 0.0, 0.0, 48.0))
                x1 = left + width * rng.choice((1.0, 1.0, 1.0, 0.1, 0.3)) + rng.uniform(0, 20)
                if c + 1 < n_cols and rng.random() < 0.05:  # into the next column
                    x1 = left + width + gutter + rng.choice((2.0, 10.0))
                part.append(len(boxes))
                boxes.append((x0, top, max(x1, x0 + 1.0), top + 30.0))
        parts.append(part)
    group_of = [-1] * len(boxes)
    said_no, parted = _parts_neither_look_parts(parts, boxes, group_of, h_gap, v_gap)
    assert said_no > 50 and parted > 10


def test_may_part_at_a_gutter_of_the_column_gap() -> None:
    # Two columns of full lines under a caption across them (the caption look), and two
    # columns one of whose boxes runs a sliver into the next (the sliver look): a gutter of
    # the column gap parts them, one half a pixel narrower does not, and _may_part says so.
    v_gap, h_gap, width = 14.4, 19.5, 200.0
    for gutter in (v_gap - 0.5, v_gap, v_gap + 0.5):
        right = width + gutter
        caption = [(0.0, 0.0, right + width, 30.0)]
        columns = [
            (x, 45.0 + 40.0 * r, x + width, 75.0 + 40.0 * r) for x in (0.0, right) for r in range(5)
        ]
        sliver = [*columns[:4], (0.0, 205.0, right + 2.0, 235.0), *columns[5:]]
        for boxes, look in ((caption + columns, "caption"), (sliver, "sliver")):
            ys = sorted(range(len(boxes)), key=lambda i: boxes[i][1])
            xs = sorted(ys, key=lambda i: boxes[i][0])
            if look == "caption":
                parted = len(_text_over_columns(ys, xs, boxes, h_gap, v_gap)) > 1
            else:
                parted = len(_sliver_crossed(xs, boxes, [-1] * len(boxes), v_gap)) > 1
            assert parted == (gutter >= v_gap) == _may_part(xs, boxes, v_gap)


def _cut_lines() -> tuple[list[OcrLine], float, float]:
    page = real_page_of(3000)
    lines = [ln for ln in page.lines if ln.box is not None and ln.box.height > 0]
    height = statistics.median(ln.box.height for ln in lines if ln.box is not None)
    pitch = statistics.median(
        ln.box.width / len(ln.text) for ln in lines if ln.box is not None and len(ln.text) >= 8
    )
    return lines, height, pitch


def _no_cut_where_not_may(
    lines: list[OcrLine], placed: list[tuple[float, float, float]], height: float, pitch: float
) -> tuple[int, int]:
    """Each line's _may_cut_all against the plain _cut, without and with the band's grid:
    False only where _cut finds no gap. The lines said False, and those cut."""
    centres = [c for c, _, _ in placed]
    grids = BandGrids(placed, height, pitch)
    boxes = [ln.box for ln in lines]
    said_no = cut = 0
    for grid_of in (None, [grids.at(b.cy) if b is not None else [] for b in boxes]):
        may = _may_cut_all(boxes, placed, height, pitch, grid_of)
        for k, (line, fast) in enumerate(zip(lines, may, strict=True)):
            if line.box is None:
                assert fast
                continue
            grid = None if grid_of is None else grid_of[k]
            # (Its own place skipped, as a cut line's parts are.)
            parts = _cut(line, placed, centres, placed, height, pitch, {(1.0, 2.0, 3.0)}, grid=grid)
            said_no += not fast
            cut += parts is not None
            assert fast or parts is None
    return said_no, cut


def test_may_cut_all_is_false_only_where_cut_finds_no_gap() -> None:
    lines, height, pitch = _cut_lines()
    placed = sorted((b.cy, b.x0, b.x1) for ln in lines if (b := ln.box) is not None)
    said_no, cut = _no_cut_where_not_may(lines, placed, height, pitch)
    assert said_no > len(lines) and cut > 0
    # (A window with no lines: no gap.)
    assert _may_cut_all([lines[0].box], [], height, pitch) == [False]
    assert _may_cut_all([None], placed, height, pitch) == [True]


def _gaps_as_cut_finds_them(
    box: Box,
    placed: list[tuple[float, float, float]],
    height: float,
    pitch: float,
    grid: list[tuple[float, float]] | None,
) -> list[tuple[float, float]]:
    """The gaps gutters._cut finds at its start (with no seams), its window as it reads it."""
    centres = [c for c, _, _ in placed]
    lo = bisect_left(centres, box.cy - WINDOW * height)
    hi = bisect_right(centres, box.cy + WINDOW * height)
    me = (box.cy, box.x0, box.x1)
    window = [w for w in placed[lo:hi] if w[2] > box.x0 and w[1] < box.x1 and w != me]
    if grid is None:
        return _gutters_beside(window, box.cy, box.x0, box.x1, height)[1]
    past = _starting_past(placed[lo:hi], box, pitch)
    near = [(a, b) for _, a, b in (*window, *past)]
    return grid_gaps(near, grid, box.x0, box.x1, pitch)


def test_may_cut_all_at_the_bounds_of_gaps_and_grid_gutters() -> None:
    # Three columns whose gutter is just under, at or over 0.4 line heights wide (or wider),
    # lines ending and starting a pixel or half one off their column's edges, into the
    # gutter or short of it, boxes run on over it by a pixel or more: the gaps and the grid
    # gutters the rules find stand at the bounds the fast look counts lines in.
    rng = random.Random(12)
    height, pitch = 20.0, 19.0
    shown = said_no = 0
    for _ in range(60):
        gutter = rng.choice((7.0, 7.5, 8.0, 8.5, 9.0, 10.0, 19.0, 38.0, 47.5))
        widths = [rng.choice((200.0, 161.5, 150.0, 120.0)) for _ in range(3)]
        lines = []
        for row in range(30):
            y = row * 25.0 + rng.choice((0.0, 0.5))
            x = 0.0
            for width in widths:
                x0 = x + rng.choice((0.0, 0.0, 0.5, 1.0, -1.0, 2 * pitch))
                x1 = x + width + rng.choice((0.0, 0.0, 1.0, -1.0, -0.5, -3 * pitch))
                if rng.random() < 0.15:
                    x1 += gutter + rng.choice((0.5, 1.0, 1.5, 2.0, pitch, 40.0))
                box = Box(x0, y, x1, y + 20.0)
                lines.append(OcrLine("字" * max(2, round((x1 - x0) / pitch)), box))
                x += width + gutter
        placed = sorted((b.cy, b.x0, b.x1) for ln in lines if (b := ln.box) is not None)
        grids = BandGrids(placed, height, pitch)
        boxes = [ln.box for ln in lines if ln.box is not None]
        for grid_of in (None, [grids.at(b.cy) for b in boxes]):
            may = _may_cut_all(boxes, placed, height, pitch, grid_of)
            for k, (box, fast) in enumerate(zip(boxes, may, strict=True)):
                gaps = _gaps_as_cut_finds_them(
                    box, placed, height, pitch, None if grid_of is None else grid_of[k]
                )
                assert fast or not gaps
                shown += bool(gaps)
                said_no += not fast
        _no_cut_where_not_may(lines[::7], placed, height, pitch)
    assert shown > 0 and said_no > 0


def test_may_cut_all_for_trims_is_false_only_where_the_grid_trim_leaves_the_line() -> None:
    # The real stacked pages, each line against its band's grid, and the synthetic columns
    # with ends a pixel or half one off their edges, into the gutters or run on over them.
    lines, height, pitch = _cut_lines()
    pages = [(lines, height, pitch)]
    rng = random.Random(13)
    for _ in range(20):
        gutter = rng.choice((8.0, 19.0, 38.0, 47.5))
        columns, rows = [], []
        for row in range(30):
            x = 0.0
            for width in (200.0, 161.5, 150.0):
                x0 = x + rng.choice((0.0, 0.0, 0.5, 1.0, -1.0, -20.0, -30.0, 38.0))
                x1 = x + width + rng.choice((0.0, 0.0, 1.0, -1.0, 5.0, 10.0, 20.0, 30.0))
                box = Box(x0, row * 25.0, x1, row * 25.0 + 20.0)
                rows.append(OcrLine("字" * max(2, round((x1 - x0) / 19.0) - 1), box))
                x += width + gutter
        columns.extend(rows)
        pages.append((columns, 20.0, 19.0))
    trimmed = said_no = 0
    for page_lines, h, p in pages:
        placed = sorted((b.cy, b.x0, b.x1) for ln in page_lines if (b := ln.box) is not None)
        centres = [c for c, _, _ in placed]
        grids = BandGrids(placed, h, p)
        boxes = [ln.box for ln in page_lines if ln.box is not None]
        bands = [grids.at(b.cy) for b in boxes]
        may = _may_cut_all(boxes, placed, h, p, bands, trims=True)
        for line, band, fast in zip(page_lines, bands, may, strict=True):
            found = trim_to_grid(line, band, placed, centres, h, p)
            assert fast or found is line
            trimmed += found is not line
            said_no += not fast
    assert trimmed > 0 and said_no > 0


def _trim_cases() -> list[tuple[list[OcrLine], list[tuple[float, float, float]], float, float]]:
    """Lines to trim and the lines they are trimmed against (centre, left, right): the real
    stacked pages, and three synthetic columns whose boxes end or start a pixel or half one
    off a row neighbour's edges, into the gutter, short of the next column's indented line,
    or over its indent."""
    lines, height, pitch = _cut_lines()
    cases = [(lines, sorted((b.cy, b.x0, b.x1) for ln in lines if (b := ln.box)), height, pitch)]
    rng = random.Random(14)
    for _ in range(20):
        gutter = rng.choice((8.0, 19.0, 38.0))
        rows = []
        for row in range(30):
            y = row * 25.0 + rng.choice((0.0, 0.5, 12.5))
            x = 0.0
            for width in (200.0, 161.5, 150.0):
                x0 = x + rng.choice((0.0, 0.0, 38.0, -gutter, -gutter - 19.0, -gutter + 0.5))
                x1 = x + width + rng.choice((0.0, gutter, gutter + 9.5, gutter + 19.0, 66.5))
                rows.append(
                    OcrLine("字" * max(2, round((x1 - x0) / 19.0) - 2), Box(x0, y, x1, y + 20))
                )
                x += width + gutter
        cases.append((rows, sorted((b.cy, b.x0, b.x1) for ln in rows if (b := ln.box)), 20.0, 19.0))
    return cases


def test_trim_asks_the_gutters_only_of_lines_meeting_a_row_neighbour(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # _trim leaves a line whose row has no line meeting it (_meets_row) as it is, unasked:
    # the same lines as asking every line's window for its gutters.
    cases = _trim_cases()
    fast = [
        [_trim(ln, placed, [c for c, _, _ in placed], h, p) for ln in lines]
        for lines, placed, h, p in cases
    ]
    monkeypatch.setattr(gutters, "_meets_row", lambda *_: True)
    slow = [
        [_trim(ln, placed, [c for c, _, _ in placed], h, p) for ln in lines]
        for lines, placed, h, p in cases
    ]
    assert fast == slow
    trimmed = sum(
        a is not b
        for (lines, *_), row in zip(cases, fast, strict=True)
        for a, b in zip(lines, row, strict=True)
    )
    unasked = sum(
        not _meets_row(ln.box, [(a, b) for c, a, b in placed if abs(c - ln.box.cy) < h / 2], p)
        for lines, placed, h, p in cases
        for ln in lines
        if ln.box is not None
    )
    assert trimmed > 0 and unasked > 0


def test_trims_move_a_lines_ends_never_its_centre() -> None:
    # recut gathers the lines no cut made near a cut by the centres they were boxed at
    # (split_across_gutters' _misfit look): every trim of the cutting keeps a box's top and
    # bottom, so its centre stands.
    cases = _trim_cases()
    moved = 0
    for lines, placed, h, p in cases:
        centres = [c for c, _, _ in placed]
        grids = BandGrids(placed, h, p)
        for ln in lines:
            assert ln.box is not None
            grid = grids.at(ln.box.cy)
            for trimmed in (
                _trim(ln, placed, centres, h, p),
                trim_to_grid(ln, grid, placed, centres, h, p),
                _trim_over_indent(ln, grid, placed, centres, h, p),
                *(_trim_to_seam(ln, (e, s, 0.0, 0.0), p) for e, s in grid),
            ):
                assert trimmed.box is not None
                assert (trimmed.box.y0, trimmed.box.y1) == (ln.box.y0, ln.box.y1)
                moved += trimmed is not ln
    assert moved > 0


def test_peaks_of_many_as_of_each_array_alone() -> None:
    # Arrays of every length (empty ones among them), clusters of every size around 2 * SIDE,
    # ties and fractions, values shared between arrays: each array's clusters as alone.
    rng = random.Random(16)
    for _ in range(300):
        pitch = rng.choice((3.0, 24.0, 25.5))
        arrays = [
            np.array(
                [
                    rng.choice((0.0, 100.0, 107.0, 108.0, 300.5))
                    + rng.choice((0.0, 0.0, 1.0, 2.5, 8.0))
                    for _ in range(rng.choice((0, 1, 6, 7, 40)))
                ]
            )
            for _ in range(rng.randint(0, 6))
        ]
        assert _peaks_of_many(arrays, pitch) == [_peaks(sorted(a.tolist()), pitch) for a in arrays]


def _fit_one_by_one(text: str, room: float, pitch: float) -> int:
    """gutters._fit as it counted: character by character, each as its cells take."""
    took, left = 0, room / pitch
    while took < len(text) and left >= ink_cells(text[took]) / 2:
        left -= ink_cells(text[took])
        took += 1
    return took


def test_fit_counts_whole_cells_at_once_as_one_by_one() -> None:
    # Lines of CJK characters only (whole cells, counted at once) and with digits, Latin
    # letters and spaces (one by one), rooms a hair either side of half a cell, negative or
    # none, pitches that divide them evenly or not.
    rng = random.Random(17)
    for _ in range(20000):
        text = "".join(rng.choice("字中国人民。，" * 3 + "a1 ") for _ in range(rng.randint(0, 30)))
        if rng.random() < 0.5:
            text = "".join(ch for ch in text if ord(ch) > 0x7F)
        pitch = rng.choice((24.0, 23.7, 25.13, 3.0))
        room = rng.choice(
            (
                rng.uniform(-50.0, 800.0),
                rng.randint(-3, 40) * pitch + rng.choice((0.0, 0.5, -1e-9, 1e-9)) * pitch,
                0.0,
            )
        )
        assert _fit(text, room, pitch) == _fit_one_by_one(text, room, pitch)


def _joined_rows_one_by_one(
    near: list[tuple[float, float, float]], height: float, pitch: float
) -> list[list[tuple[float, float, float]]]:
    """equal_columns._joined_rows as it joined them: each line, left to right, onto the first
    row whose last line it follows on its row."""
    rows: list[list[tuple[float, float, float]]] = []
    for key in sorted(near, key=lambda w: w[1]):
        for row in rows:
            last = row[-1]
            if (
                abs(last[0] - key[0]) <= height / 2
                and -pitch / 2 <= key[1] - last[2] <= 2.5 * pitch
            ):
                row.append(key)
                break
        else:
            rows.append([key])
    return rows


def test_joined_rows_as_line_by_line() -> None:
    # Stories of one column (rows a line height apart, none joined: each line its row) and of
    # rows cut in parts side by side, centres a hair either side of half a line height apart,
    # the lines by centre or in any order.
    rng = random.Random(18)
    for _ in range(3000):
        height, pitch = 20.0, 19.0
        near = []
        for row in range(rng.randint(0, 14)):
            cy = row * rng.choice((12.0, 25.0, 9.999999, 10.0, 10.000001)) + 10.0
            x = rng.choice((0.0, 38.0))
            for _ in range(rng.choice((1, 1, 2, 3))):
                x1 = x + rng.choice((95.0, 190.0, 300.0))
                near.append((cy + rng.choice((0.0, 0.0, 9.5, -10.0)), x, x1))
                x = x1 + rng.choice((-9.5, 0.0, 19.0, 47.5, 47.6, 60.0))
        # (By centre, as a story's lines come, or in any order.)
        if rng.random() < 0.7:
            near.sort()
        else:
            rng.shuffle(near)
        assert _joined_rows(near, height, pitch) == _joined_rows_one_by_one(near, height, pitch)


def _in_bands_one_by_one(
    boxes: list[tuple[float, float, float, float]], cell: float, wanted: set[int]
) -> list[int]:
    """The plain rule: each box's bands, a range, asked against the wanted set."""
    return [
        i
        for i, box in enumerate(boxes)
        if not wanted.isdisjoint(range(int(box[1] // cell), int(box[3] // cell) + 1))
    ]


def test_in_bands_finds_the_boxes_one_by_one_does() -> None:
    # The real stacked page's boxes, and boxes on and a hair off band edges (negative tops,
    # integer coordinates, boxes of no height), against wanted bands few and many.
    page = real_page_of(3000)
    real = [(b.x0, b.y0, b.x1, b.y1) for ln in page.lines if (b := ln.box) is not None]
    rng = random.Random(23)
    edges: list[tuple[float, float, float, float]] = []
    for _ in range(3000):
        cell = 31.25
        top = rng.randrange(-20, 400) * cell + rng.choice((0.0, 1e-9, -1e-9, 0.5, 3))
        edges.append((0, top, 10, top + rng.choice((0, 0.0, 31.25, 30.0, 62.5, 1e-9))))
    for boxes, cell in ((real, 30.0), (real, 27.7), (edges, 31.25), (edges, 1.0)):
        bands = [int(b[1] // cell) for b in boxes]
        for wanted in (
            set(),
            set(rng.sample(bands, 5)),
            set(rng.sample(bands, 200)),
            {min(bands) - 1, max(bands) + 1},
        ):
            assert _in_bands(boxes, cell, wanted) == _in_bands_one_by_one(boxes, cell, wanted)
            # perf35: the boxes' matrix given, as the layout hands it on.
            rect = _rect_matrix(boxes)
            assert _in_bands(boxes, cell, wanted, rect) == _in_bands_one_by_one(boxes, cell, wanted)


def _width_character_by_character(text: str) -> float:
    """The plain rule: half a cell each ASCII character, a whole one any other, added up in
    order; half a cell for each run of spaces between Latin words or digits."""
    total = 0.0
    for ch in "".join(text.split()):
        total += 0.5 if ch < "\x80" else 1.0
    if " " in text:
        total += 0.5 * len(re.findall(r"(?<=[A-Za-z0-9])\s+(?=[A-Za-z0-9])", text))
    return total


def test_width_counts_as_adding_up_character_by_character() -> None:
    rng = random.Random(29)
    alphabet = "中国人民日报ab12 ,.。，\u3000\x7f\x80é“”"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert print_width(text) == _width_character_by_character(text)


def test_pitch_chars_as_counting_every_cjk_character() -> None:
    # The match stops at the PITCH_CHARS-th CJK character; the rule counted them all. (The
    # range's ends, characters just outside it, newlines and marks between.)
    rng = random.Random(31)
    alphabet = "中国人a1 ，\n\u4dff\u9fff\u4e00\ua000。"
    for _ in range(50000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        assert _pitch_chars(text) == (len(re.findall("[\u4e00-\u9fff]", text)) >= PITCH_CHARS)


def _column_window(
    rng: random.Random, pitch: float
) -> tuple[list[tuple[float, float, float]], dict[tuple[float, float, float], float]]:
    """A window of lines (centre, left, right) ending at a few column ends, some a hair either
    side of a quarter or a third of a character off, with counts full, short or none."""
    ends = [rng.choice((300.0, 500.0, 700.0)) for _ in range(3)]
    window = []
    cells: dict[tuple[float, float, float], float] = {}
    for k in range(rng.randint(0, 40)):
        end = rng.choice(ends) + rng.choice((0.0, 1.0, -2.0, pitch / 4, -pitch / 4, pitch / 3))
        start = end - rng.randint(1, 12) * pitch + rng.choice((0.0, 3.0, -pitch / 3))
        key = (100.0 + k * 30.0, start, end)
        window.append(key)
        if rng.random() < 0.85:
            cells[key] = float(rng.choice((2, 3, 4, 5, 8, 11, 12)))
    return window, cells


def test_column_pitch_at_as_of_the_window() -> None:
    rng = random.Random(37)
    found = 0
    for _ in range(5000):
        pitch = rng.choice((24.0, 23.7, 12.5))
        window, cells = _column_window(rng, pitch)
        for end in (300.0, 500.0, 700.0, 500.0 + pitch / 4, 300.0 - pitch / 3):
            want = _column_pitch(window, cells, end, pitch)
            assert _column_pitch_at(window, cells, end, pitch) == want
            found += want is not None
    # (Most windows show a column's pitch: the test weighs real medians, not Nones alone.)
    assert found > 5000


def _filled_as_it_read(
    part: OcrLine,
    window: list[tuple[float, float, float]],
    cells: dict[tuple[float, float, float], float],
    pitch: float,
) -> bool:
    """gutters._filled as it read the window: each line's place rebuilt as a key."""
    box = part.box
    assert box is not None
    short = gutters.MARK * pitch if part.text.rstrip()[-1:] in gutters.LEFT_SET else 0.0
    whole = [
        cells[(cy, x0, x1)]
        for cy, x0, x1 in window
        if abs(x0 - box.x0) <= pitch / 3
        and -pitch / 3 - short <= box.x1 - x1 <= pitch / 3
        and (cy, x0, x1) in cells
    ]
    return whole.count(gutters._print_cells(part.text)) >= gutters.GRID_SIDE


def test_filled_reads_the_window_as_it_did() -> None:
    rng = random.Random(41)
    seen = {True: 0, False: 0}
    for _ in range(5000):
        pitch = rng.choice((24.0, 23.7, 12.5))
        # (A column's lines, most of them whole ones of twelve characters, some a hair off.)
        window = [
            (100.0 + k * 30.0, 200.0 + rng.choice((0.0, 0.0, 2.0, pitch / 3)), 200.0 + w)
            for k in range(rng.randint(0, 8))
            for w in [12 * pitch + rng.choice((0.0, -1.0, -pitch / 2, pitch / 3, -pitch))]
        ]
        cells = {w: float(rng.choice((12, 12, 12, 11))) for w in window if rng.random() < 0.9}
        x0, x1 = 200.0, 200.0 + 12 * pitch
        x0 += rng.choice((0.0, pitch / 3, -pitch / 3 - 1e-9, 2.0))
        x1 += rng.choice((0.0, pitch / 3, -pitch / 2, 1.0))
        n = rng.choice((11, 12, 12, 12))
        text = "字" * n + rng.choice(("", "。", '"'))
        part = OcrLine(text, Box(x0, 500.0, x1, 524.0))
        want = _filled_as_it_read(part, window, cells, pitch)
        assert _filled(part, window, cells, pitch) == want
        seen[want] += 1
    assert min(seen.values()) > 100


def _moved_one_by_one(
    keys: list[tuple[float, float, float]],
    out: list[tuple[float, float, float]],
    put: list[tuple[float, float, float]],
) -> list[tuple[float, float, float]]:
    """count_changed's moves as it made them: a bisect and a delete or an insert each."""
    keys = list(keys)
    for key in out:
        del keys[bisect_left(keys, key)]
    for key in put:
        keys.insert(bisect_right(keys, key), key)
    return keys


def test_move_keys_as_one_by_one_few_or_many() -> None:
    # Places drawn from a small set (equal places taken out and put in again, several
    # alike), few moves (one by one) and many (the list built anew), some out put back.
    rng = random.Random(43)
    for _ in range(3000):
        pool = [(float(rng.randint(0, 30)), float(rng.randint(0, 3)), 9.0) for _ in range(60)]
        keys = sorted(rng.choices(pool, k=rng.randint(0, 200)))
        out = rng.sample(keys, rng.randint(0, len(keys)))
        put = rng.choices(pool, k=rng.randint(0, 80)) + rng.sample(out, len(out) // 3)
        want = _moved_one_by_one(keys, out, put)
        got, centres = list(keys), [c for c, _, _ in keys]
        _move_keys(got, centres, out, put)
        assert got == want
        assert centres == [c for c, _, _ in want]


def _lowest_from_the_first(
    out: list[Unit], bottom_of: Callable[[Unit], float | None]
) -> Unit | None:
    """The plain rule: every unit from the first, each strictly lower one kept."""
    best: Unit | None = None
    best_bottom = float("-inf")
    for unit in out:
        bottom = bottom_of(unit)
        if bottom is not None and bottom > best_bottom:
            best, best_bottom = unit, bottom
    return best


def _lowest_both_ways(rng: random.Random) -> None:
    """One list of units, scanned by the fast path and by the plain rule."""
    out = [Unit([[k]], 1) for k in range(rng.randint(0, 30))]
    bottom = {id(u): float(k // 3 + rng.choice((0, 0, 0, 1, 2, 9))) for k, u in enumerate(out)}
    skip = {id(u) for u in out if rng.random() < 0.3}
    below = rng.choice((float("inf"), float(rng.randint(0, 12))))

    def bottom_of(u: Unit) -> float | None:
        b = bottom[id(u)]
        return None if id(u) in skip or b > below else b

    reach = _Reach(out, lambda u: (0.0, 1.0, bottom[id(u)]))
    plain = _lowest_from_the_first(out, bottom_of)
    assert _lowest_of(out, reach, bottom_of) is plain
    assert _lowest_of(out, _everywhere, bottom_of) is plain


def test_lowest_of_finds_what_a_scan_from_the_first_unit_does() -> None:
    # Units in few bottoms (ties: the first of equals wins), bands stacked downwards with a
    # tall one now and then reaching past later ones, some units no candidates, some too low.
    rng = random.Random(31)
    for _ in range(400):
        _lowest_both_ways(rng)


def test_reach_is_the_lowest_bottom_so_far_as_units_change() -> None:
    rng = random.Random(37)
    out: list[Unit] = []
    bottom: dict[int, float] = {}
    reach = _Reach(out, lambda u: (0.0, 1.0, bottom[id(u)]))
    for _ in range(3000):
        move = rng.random()
        if move < 0.4 or not out:
            unit = Unit([[len(out)]], 1)
            bottom[id(unit)] = float(rng.randint(0, 50))
            out.append(unit)
        elif move < 0.5:
            reach.forget(out.pop())  # as _stacked: popped, then forgotten
        else:
            unit = rng.choice(out)
            bottom[id(unit)] += rng.randint(0, 20)  # leaves added: the unit reaches lower
            reach.forget(unit)
        j = rng.randrange(len(out)) if out else -1
        if j >= 0:
            assert reach(j) == max(bottom[id(u)] for u in out[: j + 1])


class _ScanEverything:
    """A reach that stops no scan: the plain rule's look at every unit above."""

    def __init__(self, out: list[Unit], extent: object) -> None:
        pass

    def __call__(self, j: int) -> float:
        return _everywhere(j)

    def forget(self, unit: Unit) -> None:
        pass


def test_stacked_parts_find_their_headlines_as_scanning_every_unit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = real_page_of(6000)
    fast = reflow_page(page)
    monkeypatch.setattr(columns, "_Reach", _ScanEverything)
    assert reflow_page(page).articles == fast.articles


def test_seams_reaching_a_centre_as_asking_every_seam() -> None:
    """The seams whose rows reach a centre, found by bisection on their tops, are those a
    scan of every seam keeps, in their order: seams of unlike reaches, tops tied, centres
    on a seam's top and bottom exactly."""
    rng = random.Random(5)
    for trial in range(300):
        seams = []
        for _ in range(rng.randint(0, 30)):
            top = rng.choice([rng.uniform(0, 2000), rng.randint(0, 40) * 50.0])
            seams.append(
                (
                    rng.uniform(0, 900),
                    rng.uniform(0, 900),
                    top,
                    top + rng.choice([0.0, 75.0, rng.uniform(0, 400)]),
                )
            )
        at = _seams_reaching(seams)
        for cy in (
            [rng.uniform(-100, 2500) for _ in range(20)]
            + [s[2] for s in seams]
            + [s[3] for s in seams]
        ):
            assert [s for s in at(cy) if s[2] <= cy <= s[3]] == [
                s for s in seams if s[2] <= cy <= s[3]
            ], trial


def _story_lines_by_filter(
    box: Box,
    placed: list[tuple[float, float, float]],
    centres: list[float],
    heads: list[tuple[float, float, float, float]],
    height: float,
    pitch: float,
) -> list[tuple[float, float, float]]:
    """equal_columns._story_lines as it read them: the lines within WINDOW heights of the box
    by bisect, each one's centre asked against the story's top and bottom."""
    top, bottom = _story_window(box, heads, height)
    lo = bisect_left(centres, box.cy - WINDOW * height)
    hi = bisect_right(centres, box.cy + WINDOW * height)
    return [
        w
        for w in placed[lo:hi]
        if w[2] > box.x0 - pitch / 2
        and w[1] < box.x1 + REGULAR_GUTTER * pitch
        and top < w[0] < bottom
    ]


def test_story_lines_by_bisect_as_asking_each_centre() -> None:
    # The real page's lines, a headline over and under some of them (on a line's centre, a
    # hair off it, a line height away), and lines standing at the window's very bounds.
    boxes, height = _body_boxes()
    pitch = height * 0.95
    placed = sorted((b.cy, b.x0, b.x1) for b in boxes)
    rng = random.Random(20)
    for b in rng.sample(boxes, 60):
        for edge in (-WINDOW * height, WINDOW * height):
            placed.append((b.cy + edge, b.x0, b.x1))
    placed.sort()
    centres = [c for c, _, _ in placed]
    heads = []
    for b in rng.sample(boxes, 200):
        y = rng.choice((0.0, 1e-9, -1e-9, height, -3 * height)) + rng.choice(centres)
        heads.append((y - height, y, b.x0 - 40.0, b.x1 + 40.0))
        heads.append((y, y + height, b.x0, b.x1))
    heads.sort()
    told = 0
    for b in boxes[::3]:
        fast = _story_lines(b, placed, centres, heads, height, pitch)
        assert fast == _story_lines_by_filter(b, placed, centres, heads, height, pitch)
        told += len(fast)
    assert told > 0


def test_regular_count_of_too_few_lines_is_none() -> None:
    # _regular_gutters seeks no count of a column set fewer than REGULAR_COUNTS (or
    # REGULAR_LINES) lines fit: the plain rule finds none of them, whatever their characters.
    rng = random.Random(21)
    pitch = 20.0
    few = max(REGULAR_LINES, REGULAR_COUNTS)
    for _ in range(3000):
        width, gutter = rng.choice((8, 10, 12)) * pitch, rng.choice((20.0, 30.0))
        starts = [k * (width + gutter) for k in range(rng.randint(2, 4))]
        ends = [x + width for x in starts]
        lines = []
        cells = {}
        for k in range(rng.randint(0, few - 1)):
            first = rng.randrange(len(starts))
            last = rng.randrange(first, len(starts))
            indent = rng.choice((0, 0, 2))
            key = (float(k), starts[first] + indent * pitch, ends[last])
            cells[key] = (last - first + 1) * width / pitch - indent
            lines.append((key, first, last))
        assert _regular_count(lines, cells, starts, ends, pitch) == 0


def test_lines_within_spans_as_asking_every_line() -> None:
    # split_across_gutters' seam trims and last grid trims go through the lines _lines_within
    # gives, where they asked every line of the page whether its centre lies within a
    # gutter's rows (top <= centre <= bottom) or within a window of a line changed
    # (_near_any): every line either test passes is given, once, in the page's order, and no
    # line further than the slack from every span. Centres tie, spans nest, overlap and touch.
    rng = random.Random(22)
    for _ in range(2000):
        cs = [rng.choice((0.0, 10.0, 10.5, 30.0, 1e5 / 3)) + rng.randrange(40) for _ in range(60)]
        by_centre = sorted((c, i) for i, c in enumerate(cs))
        centres = [c for c, _ in by_centre]
        spans = []
        for _ in range(rng.randint(0, 8)):
            top = rng.choice(cs) + rng.choice((0.0, -1e-9, 1e-9, -2.5))
            spans.append((top, top + rng.choice((0.0, 1.0, 7.5, 30.0))))
        found = _lines_within(by_centre, centres, spans, SLACK)
        assert found == sorted(set(found))
        inside = [i for i, c in enumerate(cs) if any(t <= c <= b for t, b in spans)]
        loose = [i for i, c in enumerate(cs) if any(t - SLACK <= c <= b + SLACK for t, b in spans)]
        assert set(inside) <= set(found) <= set(loose)
        changed = sorted(rng.sample(cs, rng.randint(0, 5)))
        reach = rng.choice((3.0, 8.0 * 21.7))
        near = [i for i, c in enumerate(cs) if _near_any(changed, c, reach)]
        windows = [(v - reach, v + reach) for v in changed]
        assert set(near) <= set(_lines_within(by_centre, centres, windows, SLACK))


# perf21: the box passes besides the cutting (marks, trims, between stories, stories) ------


def test_median_as_statistics_median() -> None:
    """measures.median (numpy's selection from NUMPY_FROM numbers) gives what
    statistics.median does: odd and even counts, ties, halves, integers."""
    from desktop.core.reflow.measures import NUMPY_FROM, median

    rng = random.Random(21)
    for trial in range(600):
        n = rng.choice([1, 2, 3, NUMPY_FROM - 1, NUMPY_FROM, NUMPY_FROM + 1, rng.randint(1, 3000)])
        kind = trial % 4
        if kind == 0:
            values: list[float] = [rng.uniform(-50, 3000) for _ in range(n)]
        elif kind == 1:
            values = [rng.randint(0, 40) * 0.5 for _ in range(n)]  # ties, exact halves
        elif kind == 2:
            values = [rng.randint(0, 4000) for _ in range(n)]
        else:
            values = [rng.choice([1e5, 0.1, 33.3]) + rng.uniform(0, 1e-3) for _ in range(n)]
        plain = statistics.median(values)
        assert median(values) == plain, trial
        if kind != 2:
            assert repr(median(values)) == repr(plain), trial


def _marks_pages() -> list[OcrPage]:
    """Pages where lone marks are cut and are not: the rule test's synthetic story (one box
    run on to a stop), the same boxed apart, and the real dev pages after the cutting."""
    from desktop.core.ocr import read_ocr
    from desktop.core.reflow.sidebyside import split_between_stories
    from tests.core.test_reflow_run_on_marks import _page

    dev = Path(__file__).parent.parent / "data" / "ocr" / "rapidocr" / "dev"
    real = [read_ocr(p) for p in sorted(dev.glob("page-*.json"))[:80:4] if ".gold" not in p.name]
    return [_page(True)[0], _page(False)[0]] + [
        gutters.split_across_gutters(split_between_stories(p)) for p in real
    ]


def _marks_line_by_line(page: OcrPage) -> OcrPage:
    """split_run_on_marks as written before perf21: the rows of every body line read and
    sorted, every line through _cut."""
    from desktop.core.reflow import marks

    boxed = [
        ln for ln in page.lines if ln.box is not None and ln.box.height > 0 and ln.text.strip()
    ]
    if len(boxed) < 2 * marks.SIDE + 1:
        return page
    height = statistics.median([_box(ln).height for ln in boxed])
    body = marks.BODY_TYPE * height
    rows = sorted(
        (_box(ln).cy, _box(ln).x0, _box(ln).x1) for ln in boxed if _box(ln).height <= body
    )
    widths = [
        _box(ln).width / marks.cells(ln.text)
        for ln in boxed
        if _box(ln).height <= body and marks.cells(ln.text) >= marks.PITCH_CELLS
    ]
    if not widths:
        return page
    pitch = statistics.median(widths)
    centres = [c for c, _, _ in rows]
    parts = [marks._cut(ln, rows, centres, height, pitch) for ln in page.lines]
    if all(len(p) == 1 for p in parts):
        return page
    return dataclasses.replace(page, lines=tuple(ln for p in parts for ln in p))


def _box(line: OcrLine) -> Box:
    assert line.box is not None
    return line.box


def test_marks_cut_as_asking_every_line() -> None:
    """split_run_on_marks, which reads the rows only for lines _may_cut lets through, cuts
    what the line-by-line pass cuts (the synthetic stop is cut: the test sees a cut)."""
    from desktop.core.reflow.marks import split_run_on_marks

    pages = _marks_pages()
    cut = [split_run_on_marks(p) for p in pages]
    assert len(cut[0].lines) == len(pages[0].lines) + 1
    for page, fast in zip(pages, cut, strict=True):
        assert fast == _marks_line_by_line(page)


def test_may_cut_lets_through_every_line_cut_cuts() -> None:
    """_may_cut is False only for lines _cut gives back whole: the synthetic run-on stop's
    box moved at either end (to where it is barely wider than its characters and a gutter)
    at pitches around the page's, and the real pages' lines (a bound tighter by a third of a
    character fails)."""
    from desktop.core.reflow import marks

    def check(page: OcrPage, pitches: list[float], only: str | None = None) -> int:
        boxed = [
            ln for ln in page.lines if ln.box is not None and ln.box.height > 0 and ln.text.strip()
        ]
        height = statistics.median([_box(ln).height for ln in boxed])
        rows = marks._body_rows(boxed, marks.BODY_TYPE * height)
        centres = [c for c, _, _ in rows]
        cuts = 0
        for pitch in pitches:
            for line in page.lines:
                if only is not None and line.text != only:
                    continue
                if len(marks._cut(line, rows, centres, height, pitch)) > 1:
                    cuts += 1
                    assert marks._may_cut(line, pitch), (line.text, line.box, pitch)
        return cuts

    synthetic = _marks_pages()[0]
    run_on = next(ln for ln in synthetic.lines if ln.text.endswith("。") and _box(ln).width > 400)
    cuts = 0
    for dx0 in range(0, 40, 3):
        for dx1 in range(-24, 30, 3):
            box = _box(run_on)
            moved = dataclasses.replace(run_on, box=Box(box.x0 + dx0, box.y0, box.x1 + dx1, box.y1))
            lines = tuple(moved if ln is run_on else ln for ln in synthetic.lines)
            page = dataclasses.replace(synthetic, lines=lines)
            cuts += check(page, [22 + k * 0.25 for k in range(21)], only=run_on.text)
    assert cuts > 50
    for page in _marks_pages()[2:6]:
        check(page, [20 + k * 0.5 for k in range(17)])


def test_trim_boxes_as_the_two_trims_one_after_the_other() -> None:
    """trim_boxes (the boxes read, measured and sorted once for both trims) gives what
    trim_overlaps(trim_mark_starts(page)) does, on every real dev page (each trim moves boxes
    on many: the test sees both move some) as read and after the cutting, and on the bench's
    stacked page."""
    from desktop.core.ocr import read_ocr
    from desktop.core.reflow.overlaps import line_cells, trim_boxes, trim_mark_starts, trim_overlaps

    dev = Path(__file__).parent.parent / "data" / "ocr" / "rapidocr" / "dev"
    read = [read_ocr(p) for p in sorted(dev.glob("page-*.json")) if ".gold" not in p.name]
    pages = read + _marks_pages()[2:] + [real_page_of(3000)]
    marks_trimmed = overlaps_trimmed = 0
    for page in pages:
        cells = line_cells(page)
        first = trim_mark_starts(page, cells)
        plain = trim_overlaps(first, cells)
        marks_trimmed += first is not page
        overlaps_trimmed += plain is not first
        assert trim_boxes(page, cells) == plain
        assert trim_boxes(page) == plain
    assert marks_trimmed >= 30 and overlaps_trimmed >= 30


def test_group_top_near_as_the_rows_join_decks_looks_in() -> None:
    """_group_top_near is True exactly when some group's top stands from six body heights
    over the box's top to a body height under its foot (the slice _join_decks loops over is
    not empty): random tops, tops tied, boxes whose bounds fall on a top exactly."""
    from desktop.core.reflow.stories import _group_top_near

    rng = random.Random(8)
    for trial in range(2000):
        body = rng.choice([20.0, 24.5, rng.uniform(5, 40)])
        tops = sorted(
            rng.choice([rng.uniform(0, 3000), rng.randint(0, 60) * 50.0])
            for _ in range(rng.randint(0, 12))
        )
        y0 = rng.choice([rng.uniform(-100, 3100), *(t + 6 * body for t in tops[:2])])
        y1 = y0 + rng.choice([body, rng.uniform(0, 80)])
        if tops and trial % 3 == 0:
            y1 = tops[-1] - body  # a foot a body height over the last top
        box = (0.0, y0, 100.0, y1)
        plain = any(y0 - 6 * body <= t <= y1 + body for t in tops)
        assert _group_top_near(tops, box, body) == plain, trial


def test_join_decks_as_asking_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """headline_groups joins the decks it joined when every line was asked (_group_top_near
    always True), on the bench's stacked real page."""
    from desktop.core.reflow import stories

    page = real_page_of(6000)
    fast = reflow_page(page)
    monkeypatch.setattr(stories, "_group_top_near", lambda tops, box, body: True)
    assert reflow_page(page).articles == fast.articles


def test_moved_as_reading_every_line_again() -> None:
    """overlaps._moved (each trimmed line found by bisection, by line or by top) gives what
    a pass over every line gives: trimmed boxes in place, those left with no width out;
    tops tied, trims at the first and last place."""
    from desktop.core.reflow.overlaps import _by_top, _moved

    rng = random.Random(13)
    for trial in range(500):
        boxed = []
        for i in range(rng.randint(1, 60)):
            if rng.random() < 0.2:
                continue  # a line without a box
            top = rng.choice([rng.uniform(0, 500), rng.randint(0, 5) * 40.0])
            x0 = rng.uniform(0, 300)
            boxed.append((i, (x0, top, x0 + rng.uniform(1, 200), top + 20.0), 3.0))
        picked = rng.sample(boxed, rng.randint(0, len(boxed)))
        trimmed = {
            i: (rng.choice([r[0] + 5, r[2], r[2] + 1]), r[1], r[2], r[3]) for i, r, _ in picked
        }

        by_top = _by_top(boxed)
        plain = [[(i, trimmed.get(i, r), c) for i, r, c in order] for order in (boxed, by_top)]
        plain = [[t for t in order if t[1][0] < t[1][2] and t[1][1] < t[1][3]] for order in plain]
        assert _moved(boxed, trimmed) == plain[0], trial
        assert _moved(by_top, trimmed, by_top=True) == plain[1], trial


def test_first_indented_as_testing_every_start() -> None:
    """stories._first_indented (bisected) is where the sorted starts standing an indent or
    more right of the edge begin, as testing each start: starts an indent to the pixel and
    a hair either side, ties, edges off the column."""
    from desktop.core.reflow.stories import INDENT, _first_indented

    rng = random.Random(34)
    for trial in range(3000):
        char = rng.choice([24.0, 25.3, rng.uniform(5, 40)])
        left = rng.choice([rng.uniform(0, 2000), float(rng.randint(0, 40) * 10)])
        starts = sorted(
            rng.choice(
                [
                    left + INDENT * char + rng.choice([-1e-9, 0.0, 1e-9, 1e-13]),
                    left + rng.uniform(-30, 100),
                    left,
                ]
            )
            for _ in range(rng.randint(0, 30))
        )
        k = _first_indented(starts, left, char)
        assert all(x - left < INDENT * char for x in starts[:k]), trial
        assert all(x - left >= INDENT * char for x in starts[k:]), trial


def test_may_end_block_holds_the_last_character_of_every_block_end() -> None:
    """Every stripped line that ends a sentence or a block (what _starts_paragraph asks of
    the line before) ends in a character of _MAY_END_BLOCK: random lines of stops, closing
    and opening marks, colons, CJK and Latin characters; the fast test skips no such line."""
    from desktop.core.reflow.stories import _ENDS_BLOCK, _MAY_END_BLOCK
    from desktop.core.reflow.text import CLOSERS, FINAL, OPENERS, ends_sentence

    pool = sorted(FINAL | CLOSERS | OPENERS | set(_ENDS_BLOCK)) + list("天地a1，、；— ")
    rng = random.Random(55)
    ending = 0
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 5))).strip()
        if ends_sentence(text) or text.endswith(_ENDS_BLOCK):
            ending += 1
            assert text[-1:] in _MAY_END_BLOCK, text
    assert ending > 1000


def test_has_geometry_as_asking_every_line() -> None:
    """OcrPage.has_geometry (strips only the lines without a box) is True exactly when some
    line holds text and every line holding text has a box: random pages of boxed and
    unboxed lines, blank, whitespace-only and text."""
    rng = random.Random(89)
    box = Box(0.0, 0.0, 10.0, 10.0)
    for trial in range(3000):
        lines = tuple(
            OcrLine(rng.choice(["", " ", "\u3000\t", "天", " a "]), rng.choice([box, None]))
            for _ in range(rng.randint(0, 6))
        )
        page = OcrPage("p.json", "paddle-json", lines)
        marked = [ln.box is not None for ln in lines if ln.text.strip()]
        assert page.has_geometry == (bool(marked) and all(marked)), trial


def test_windows_window_rows_by_width_give_each_line_its_own_window_once() -> None:
    """windows.window_rows_by_width (what _reaching_back, _wider_than_around_all and
    _may_cut_all take their windows from): each line's row holds its window's indexes,
    however its group is padded, and each line comes once; windows of every width, some
    empty."""
    from desktop.core.reflow.windows import window_rows_by_width

    rng = random.Random(16)
    for size in (1, 7, 300):
        lo = np.array([rng.randrange(size) for _ in range(500)])
        hi = np.array([min(size, int(a) + rng.choice((0, 1, 3, 40, 200))) for a in lo])
        seen = []
        for rows, at, inside in window_rows_by_width(lo, hi, size):
            for k, row, keep in zip(rows.tolist(), at, inside, strict=True):
                assert row[keep].tolist() == list(range(lo[k], hi[k]))
                seen.append(k)
        assert sorted(seen) == list(range(len(lo)))


def _row_neighbours_by_scanning(
    rects: list[tuple[float, float, float, float]],
) -> list[tuple[int, int]]:
    """trim_overlaps' pairs as its loop found them before perf21: from each box (by top)
    every later box down to the first under its foot, apart ones and ones on other rows
    passed by."""
    from desktop.core.reflow.overlaps import MEET, SAME_ROW

    pairs = []
    for k, a in enumerate(rects):
        for m in range(k + 1, len(rects)):
            b = rects[m]
            if b[1] >= a[3]:
                break
            if a[2] < b[0] - MEET or b[2] < a[0] - MEET:
                continue
            if min(a[3], b[3]) - max(a[1], b[1]) < SAME_ROW * min(a[3] - a[1], b[3] - b[1]):
                continue
            pairs.append((k, m))
    return pairs


def test_row_neighbours_as_scanning_every_later_box() -> None:
    """overlaps._row_neighbours (all pairs at once) gives the pairs, in order, the scan from
    each box did: boxes meeting to the pixel and a hair apart, rows overlapping by half
    exactly, tops tied, a box's foot on the next top; and the real dev pages' boxes."""
    from desktop.core.ocr import read_ocr
    from desktop.core.reflow.overlaps import _boxed, _by_top, _row_neighbours

    rng = random.Random(21)
    for trial in range(300):
        rects = []
        for _ in range(rng.randint(0, 40)):
            y = rng.choice([rng.uniform(0, 300), rng.randint(0, 10) * 20.0])
            h = rng.choice([20.0, 40.0, rng.uniform(5, 60)])
            x = rng.choice([rng.uniform(0, 400), rng.randint(0, 8) * 50.0])
            w = rng.choice([49.0, 50.0, 51.0, 48.5, rng.uniform(1, 200)])
            rects.append((x, y, x + w, y + h))
        rects.sort(key=lambda r: r[1])
        tops = [r[1] for r in rects]
        assert _row_neighbours(rects, tops) == _row_neighbours_by_scanning(rects), trial
    dev = Path(__file__).parent.parent / "data" / "ocr" / "rapidocr" / "dev"
    found = 0
    for path in sorted(dev.glob("page-*.json"))[::5]:
        if ".gold" in path.name:
            continue
        rects = [r for _, r, _ in _by_top(_boxed(read_ocr(path)))]
        tops = [r[1] for r in rects]
        pairs = _row_neighbours(rects, tops)
        assert pairs == _row_neighbours_by_scanning(rects), path.name
        found += len(pairs)
    assert found > 20


def test_a_line_counts_cells_exactly_when_it_holds_text() -> None:
    """cells(text) > 0 exactly when text.strip() is not empty (what split_run_on_marks now
    asks of the counts it is given): every whitespace character alone and among others,
    ASCII, CJK, marks."""
    import sys

    from desktop.core.reflow.text import cells

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    pool = [*spaces, "a", "1", "天", "。", "“", "\u200b", "\ufeff"]
    rng = random.Random(4)
    mixed = ["".join(rng.choices(pool, k=rng.randint(0, 4))) for _ in range(5000)]
    texts = ["", *spaces, *mixed]
    for text in texts:
        assert (cells(text) > 0) == bool(text.strip()), repr(text)


def test_marks_with_the_counts_given_as_counting_them() -> None:
    """split_run_on_marks given each line's cells cuts what it cuts counting them itself
    (the synthetic stop is cut), and what the line-by-line pass cuts."""
    from desktop.core.reflow.marks import split_run_on_marks
    from desktop.core.reflow.overlaps import line_cells

    pages = _marks_pages()
    for page in pages:
        given = split_run_on_marks(page, line_cells(page))
        assert given == split_run_on_marks(page) == _marks_line_by_line(page)
    assert len(split_run_on_marks(pages[0], line_cells(pages[0])).lines) == len(pages[0].lines) + 1


def _subheads_line_by_line(seq, lines, boxes, edges, m, ratio):  # type: ignore[no-untyped-def]
    """stories._subheads as written before perf21: every line asked _is_subhead, both rules
    run over every line."""
    from desktop.core.reflow.stories import SHORT, _indented, _is_subhead
    from desktop.core.reflow.text import ends_sentence

    cand = [_is_subhead(i, lines, boxes, edges, m, ratio[i]) for i in seq]
    if not any(cand):
        return set()
    full = []
    for i in seq:
        _, right = edges.get(i, (boxes[i][0], boxes[i][2]))
        full.append(right - boxes[i][2] < SHORT * m.char)
    ok = list(cand)
    for k in range(1, len(seq)):
        runs_on = full[k - 1] and not ends_sentence(lines[seq[k - 1]].text.strip())
        if ok[k] and runs_on and not cand[k - 1]:
            ok[k] = False
    for k in range(len(seq) - 2, -1, -1):
        if ok[k] and not ok[k + 1] and not _indented(seq[k + 1], lines, boxes, edges, m):
            ok[k] = False
    return {i for i, keep in zip(seq, ok, strict=True) if keep}


def test_subheads_as_asking_every_line() -> None:
    """stories._subheads (candidates asked only where set large or narrow enough to stand
    centred; the rules asked at the candidates) finds the sub-heads the line-by-line rules
    do: columns of full lines, short lines set centred to the pixel (two and a half
    characters each side), indented and ■ lines, lines ending sentences or running on,
    ratios either side of a sub-head's; and on the bench's real page end to end."""
    from desktop.core.reflow import stories
    from desktop.core.reflow.stories import SUBHEAD_RATIO, Metrics, _subheads

    rng = random.Random(144)
    char = 24.0
    found = 0
    for trial in range(3000):
        m = Metrics(30.0, rng.choice([char, 0.0]) if trial % 50 == 0 else char)
        left, right = rng.choice([(100.0, 100.0 + 14 * char), (0.0, 20 * char)])
        lines, boxes, edges, ratio = [], [], {}, {}
        for i in range(rng.randint(1, 8)):
            kind = rng.choice(["full", "full", "centred", "indent", "short", "offcentre"])
            if kind == "full":
                x0, x1 = left, right - rng.choice([0.0, 0.5 * char])
            elif kind == "centred":
                room = rng.choice([2.5, 3.0, 4.0]) * char
                x0, x1 = left + room, right - room - rng.choice([0.0, 1.5 * char, 1.6 * char])
            elif kind == "indent":
                x0, x1 = left + 2 * char, right
            elif kind == "short":
                x0, x1 = left, left + rng.randint(3, 10) * char
            else:
                x0, x1 = left + 2.4 * char, right - 2.6 * char
            text = rng.choice(["天地玄黄宇宙洪荒", "天地玄黄。", "■天地", "天地：", "天，地"])
            lines.append(OcrLine(text, None))
            boxes.append((x0, 0.0, x1, 30.0))
            if rng.random() < 0.9:
                edges[i] = (left, right)
            ratio[i] = rng.choice([1.0, SUBHEAD_RATIO, SUBHEAD_RATIO - 0.01, 1.3])
        seq = list(range(len(lines)))
        plain = _subheads_line_by_line(seq, lines, boxes, edges, m, ratio)
        assert _subheads(seq, lines, boxes, edges, m, ratio) == plain, trial
        found += len(plain)
    assert found > 300
    page = real_page_of(6000)
    fast = reflow_page(page)
    original = stories._subheads
    try:
        stories._subheads = _subheads_line_by_line
        assert reflow_page(page).articles == fast.articles
    finally:
        stories._subheads = original


def test_a_storys_members_are_each_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """_story counts a region's one story by its members' number (no set of them): each
    line is a member of a story once, on the bench's stacked real page and a generated one
    (where regions hold one story and several)."""
    from bench.bench_layout import page_of
    from desktop.core.reflow import stories

    original = stories._story
    seen: list[int] = []
    single = 0

    def checked(members, leaves, *rest):  # type: ignore[no-untyped-def]
        nonlocal single
        assert len(set(members)) == len(members)
        single += len(members) == sum(map(len, leaves))
        seen.extend(members)
        return original(members, leaves, *rest)

    monkeypatch.setattr(stories, "_story", checked)
    for page in (real_page_of(3000), page_of(2000)):
        seen.clear()
        reflow_page(page)
        assert len(set(seen)) == len(seen)
    assert single > 20


# perf22


#: The arguments _no_columns_all is asked with: boxes, their texts, the gutters shown beside
#: each (a list, or a function of the box), the places, their centres, their counts,
#: headlines, the body's height and pitch.
_Asked = tuple[
    list[Box],
    list[str],
    list[list[tuple[float, float]]] | Callable[[Box], list[tuple[float, float]]],
    list[tuple[float, float, float]],
    list[float],
    dict[tuple[float, float, float], float],
    list[tuple[float, float, float, float]],
    float,
    float,
]


def _looks_found(
    args: _Asked,
    regular_none: list[bool],
    run_on_none: list[bool],
    run_on_found: list[Any] | None = None,
    regular_found: list[Any] | None = None,
) -> tuple[int, int, int, int]:
    """Each box _no_columns_all was asked of (``args``), asked of _regular_gutters and
    _run_on_columns one by one: every box it says a look finds no columns for, the look finds
    none for; and of a story whose rows are plain (_joined_all), it says so of every box
    _run_on_columns finds none for (it weighs all the look does then); and what it says
    _run_on_columns finds (``run_on_found``, where known) and _regular_gutters finds
    (``regular_found``, for every box not ruled out), the look finds, to the bit. How
    many it said so of, for each look, and how many the looks found columns for."""
    boxes, texts, shown, placed, centres, cells, heads, height, pitch = args[:9]
    # (The cells of the lines holding digits, where split_across_gutters passes them.)
    digits: Any = args[9] if len(args) > 9 else None
    ruled = [0, 0]
    found = [0, 0]
    if not boxes or not placed:
        return 0, 0, 0, 0
    plain = _joined_all(_round_of(boxes, placed, centres, heads, height, pitch), height, pitch)[0]
    for j, box in enumerate(boxes):
        beside = shown(box) if callable(shown) else shown[j]
        regular = _regular_gutters(
            box, placed, centres, cells, heads, height, pitch, beside, digits=digits
        )
        run_on = _run_on_columns(box, texts[j], placed, centres, cells, heads, height, pitch)
        if plain[j]:
            assert run_on_none[j] == (run_on == ([], 0.0)), box
        if regular_found is not None:
            assert (regular_found[j] is None) == regular_none[j], box
            if regular_found[j] is not None:
                assert repr(regular_found[j]) == repr(regular), (box, regular_found[j], regular)
        if run_on_found is not None and run_on_found[j] is not None:
            assert repr(run_on_found[j]) == repr(run_on), (box, run_on_found[j], run_on)
            assert run_on_none[j] == (run_on == ([], 0.0)), box
        for k, (none, look) in enumerate(((regular_none[j], regular), (run_on_none[j], run_on))):
            if none:
                assert look == ([], 0.0), (k, box)
                ruled[k] += 1
            found[k] += bool(look[0])
    return ruled[0], ruled[1], found[0], found[1]


def test_no_columns_all_as_each_look_on_the_bench_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    # split_across_gutters' equal-columns loop asks _no_columns_all of all a round's parts at
    # once which of them neither look can give columns, and asks the looks of the others
    # alone: every part it rules out for a look, that look, asked alone with the same
    # arguments, finds no columns for; and it rules out most (the generated page's wide
    # columns, the real pages' one-column stories), so the fast path is taken.
    asked: list[tuple[_Asked, list[bool], list[bool], list[Any], list[Any]]] = []

    def kept(*args: Any) -> tuple[list[bool], list[bool], list[Any], list[Any]]:
        regular_none, run_on_none, regular_found, run_on_found = _no_columns_all(*args)
        asked.append((args, regular_none, run_on_none, regular_found, run_on_found))
        return regular_none, run_on_none, regular_found, run_on_found

    monkeypatch.setattr(gutters, "_no_columns_all", kept)
    found = found_regular = 0
    for page in (page_of(1500), real_page_of(1500)):
        asked.clear()
        gutters.split_across_gutters(split_between_stories(page))
        totals = [0, 0, 0, 0]
        boxes = 0
        for args, regular_none, run_on_none, regular_found, run_on_found in asked:
            boxes += len(args[0])
            looked = _looks_found(args, regular_none, run_on_none, run_on_found, regular_found)
            for k, n in enumerate(looked):
                totals[k] += n
            found += sum(bool(columns and columns[0]) for columns in run_on_found)
            found_regular += sum(bool(columns and columns[0]) for columns in regular_found)
        assert boxes > 100
        assert totals[0] > boxes / 2 and totals[1] > boxes / 3, (totals, boxes)
    # (perf26: and the columns found are given, not only the none: the pages have some.)
    assert found > 0 and found_regular > 0, (found, found_regular)


def _run_on_story(
    rng: random.Random, pitch: float, height: float
) -> tuple[
    list[tuple[float, float, float]],
    dict[tuple[float, float, float], float],
    list[tuple[float, float]],
]:
    """A story of n equal columns (places by centre and their counts, and its gutters), its
    rows run on over some gutters, whole in a column, short at a paragraph's end or indented,
    the boxes off by a little now and then, some lines of no count."""
    n = rng.randint(1, 4)
    per = rng.choice((8, 10, 12, 13))
    gutter = rng.choice((0.5, 1.0, 1.5, 2.0, 3.0)) * pitch
    left = rng.choice((0.0, 100.0, 333.3))
    starts = [left + k * (per * pitch + gutter) for k in range(n)]
    placed: list[tuple[float, float, float]] = []
    cells: dict[tuple[float, float, float], float] = {}
    top = rng.choice((0.0, 500.0))
    beside = n >= 3 and rng.random() < 0.4
    for r in range(rng.randint(2, 5) if beside else rng.randint(3, 14)):
        cy = top + r * height * rng.choice((1.0, 1.0, 1.5)) + rng.choice((0.0, 0.0, 0.3, -0.4))
        k = 0
        if beside:
            # (Its first column whole beside rows run on over the others, row after row:
            # that column shows their width, count and gutter, _column_beside; a row now and
            # then a little off, miscounted, indented or set lower by up to half a row.)
            often = (0.0,) * 6
            indent = rng.choice((*often, 2, 1))
            a = starts[0] + indent * pitch + rng.choice((*often, 0.6)) * pitch
            b = starts[0] + per * pitch + rng.choice((*often, 0.5, 0.6)) * pitch
            lower = rng.choice((*often, 0.5, 0.49, 0.51, -0.5)) * height
            key = (cy + lower, a, b)
            if rng.random() < 0.9:
                cells[key] = per - indent + rng.choice((*often, 1.0))
            placed.append(key)
            key = (cy, starts[1], starts[-1] + per * pitch)
            cells[key] = per * (n - 1) - rng.choice((*often, 1.0))
            placed.append(key)
            continue
        while k < n:
            span = rng.randint(1, n - k) if rng.random() < 0.6 else 1
            indent = rng.choice((0, 0, 0, 2))
            short = rng.choice((0, 0, 0, 3, per - 2.5))
            a = starts[k] + indent * pitch + rng.choice((0.0, 0.0, 0.2, -0.3)) * pitch
            b = starts[k + span - 1] + per * pitch - short * pitch
            b += rng.choice((0.0, 0.0, 0.1, 0.4, 0.5, -0.5, 1.2)) * pitch
            key = (cy + rng.choice((0.0, 0.0, 0.1)) * height, a, b)
            if rng.random() < 0.9:
                cells[key] = float(per * span - indent - short + rng.choice((0, 0, 0, -1)))
            placed.append(key)
            k += span
            if rng.random() < 0.1:
                break
    placed.sort()
    return placed, cells, [(x - gutter, x) for x in starts[1:]]


def test_no_columns_all_as_each_look_on_synthetic_stories() -> None:
    # _no_columns_all against the looks asked one by one, on stories of equal columns run on
    # row after row (rows of several boxes, whole column lines, indents, short ends, boxes a
    # little off, lines of no count, a box's own line), with gutters shown beside them or not
    # and headlines over some: where it rules a look out, the look finds no columns; and the
    # looks find columns for some boxes and none for others, both ruled out and not.
    rng = random.Random(2201)
    pitch, height = 20.0, 22.0
    totals = [0, 0, 0, 0]
    boxes_asked = given = 0
    for _ in range(150):
        placed: list[tuple[float, float, float]] = []
        cells: dict[tuple[float, float, float], float] = {}
        # (Gutters shown beside the boxes: none, a story's own, or one a little off it, as a
        # seam measured on stretched boxes stands.)
        bands: list[list[tuple[float, float]]] = [[]]
        for _ in range(rng.randint(1, 3)):
            story, counts, own = _run_on_story(rng, pitch, height)
            shift = rng.choice((0.0, 900.0))
            placed.extend((cy, a + shift, b + shift) for cy, a, b in story)
            cells.update(((cy, a + shift, b + shift), c) for (cy, a, b), c in counts.items())
            off = rng.choice((0.0, -0.6, 0.9, 1.5)) * pitch
            bands.append([(e + shift + off, s + shift + off) for e, s in own])
        placed.sort()
        centres = [cy for cy, _, _ in placed]
        heads: list[tuple[float, float, float, float]] = []
        if rng.random() < 0.3:
            y = rng.choice(centres)
            heads.append((y + height / 2, y + 2 * height, 0.0, 2000.0))
        boxes = [Box(a, cy - height / 2, b, cy + height / 2) for cy, a, b in placed]
        boxes = [box for box in boxes if rng.random() < 0.5] or boxes[:1]
        if rng.random() < 0.3:
            # (A box no placed line stands at: its own count is its characters'.)
            box = boxes[0]
            boxes.append(Box(box.x0 + 0.5, box.y0, box.x1, box.y1))
        texts = ["字" * rng.randint(1, 60) for _ in boxes]
        shown = [rng.choice(bands) for _ in boxes]
        args = (boxes, texts, shown, placed, centres, cells, heads, height, pitch)
        regular_none, run_on_none, regular_found, run_on_found = _no_columns_all(*args)
        looked = _looks_found(args, regular_none, run_on_none, run_on_found, regular_found)
        for k, n in enumerate(looked):
            totals[k] += n
        boxes_asked += len(boxes)
        given += sum(found is not None and bool(found[0]) for found in run_on_found)
    assert totals[2] > 20 and totals[3] > 20, totals
    # (perf26: the run-on look's columns given where its stories are plain, for many.)
    assert given > 20, given
    assert 0 < totals[0] < boxes_asked and 0 < totals[1] < boxes_asked, (totals, boxes_asked)


def test_joined_all_as_joined_rows_line_by_line() -> None:
    # _run_on_none_all reads a story's rows off _joined_all's links where they are plain (no
    # line may join two before it, nor be joined by two after it): the rows those links chain
    # are the rows _joined_rows joins line by line, for every plain story; stories with boxes
    # side by side on a row, overlapping, starting together or a row apart by a hair are
    # among them, and some are not plain.
    rng = random.Random(2202)
    pitch, height = 20.0, 22.0
    plain_seen = not_plain = joined_seen = 0
    for _ in range(300):
        placed, _, _ = _run_on_story(rng, pitch, height)
        for cy, a, b in rng.sample(placed, min(len(placed), rng.randint(0, 4))):
            # (A box beside another on its row: touching, overlapping, starting with it.)
            at = rng.choice((b, b - 0.4 * pitch, b + 2.5 * pitch, a))
            cy2 = cy + rng.choice((0.0, height / 2, -height / 2, 1e-9))
            placed.append((cy2, at, at + rng.choice((1.0, 5.0, 0.2)) * pitch))
        placed.sort()
        boxes = [Box(a, cy - height / 2, b, cy + height / 2) for cy, a, b in placed]
        boxes = rng.sample(boxes, min(len(boxes), 5))
        st = _round_of(boxes, placed, [cy for cy, _, _ in placed], [], height, pitch)
        plain, before = _joined_all(st, height, pitch)
        for j, box in enumerate(boxes):
            centres = [cy for cy, _, _ in placed]
            story = _story_lines(box, placed, centres, [], height, pitch)
            keys = [st.places.lines[i] for i in st.line_at[j, : st.size[j]].tolist()]
            assert keys == story
            if not plain[j]:
                not_plain += 1
                continue
            plain_seen += 1
            rows = []
            for k in range(len(keys)):
                if k in before[j, : len(keys)].tolist():
                    continue
                row = [k]
                while before[j, row[-1]] >= 0:
                    row.append(int(before[j, row[-1]]))
                rows.append([keys[x] for x in reversed(row)])
            joined = _joined_rows(story, height, pitch)
            assert sorted(rows) == sorted(joined), (rows, joined)
            joined_seen += sum(len(row) > 1 for row in joined)
    assert plain_seen > 500 and not_plain > 20 and joined_seen > 500, (
        plain_seen,
        not_plain,
        joined_seen,
    )


def test_story_windows_as_each_box_alone() -> None:
    # _round_of reads every box's story window at once (_story_windows): each as
    # _story_window gives it alone, headlines over, under, across and beside the boxes, at
    # the window's edges and at the box's centre.
    rng = random.Random(2203)
    height = 22.0
    for _ in range(300):
        boxes = []
        for _ in range(rng.randint(1, 30)):
            x0, cy = rng.choice((0.0, 100.0, 250.0)), rng.choice((0.0, 30.0, 200.0)) + rng.random()
            boxes.append(Box(x0, cy - height / 2, x0 + rng.choice((50.0, 300.0)), cy + height / 2))
        heads = []
        for _ in range(rng.randint(0, 12)):
            box = rng.choice(boxes)
            y0 = box.cy + rng.choice((-8 * height, 8 * height, -2 * height, 0.0, 3.0, -height))
            x0 = rng.choice((box.x0 - 100.0, box.x1, box.x1 - 1.0, box.x0 + 5.0))
            heads.append((y0, y0 + rng.choice((height, 2 * height)), x0, x0 + 80.0))
        heads.sort()
        cy, x0, x1 = (np.array([getattr(b, k) for b in boxes]) for k in ("cy", "x0", "x1"))
        top, bottom = _story_windows(cy, x0, x1, heads, height)
        assert list(zip(top.tolist(), bottom.tolist(), strict=True)) == [
            _story_window(box, heads, height) for box in boxes
        ]


# perf23: the cutting's matrix looks counted rather than sorted --------------------------------


def test_wider_than_median_counts_as_statistics_median() -> None:
    # _wider_than_median decides most rows by counting the kept values under width / WIDE and
    # sorts only the even rows whose two middle values straddle it: each row as
    # statistics.median of its kept values decides it, odd and even counts, values in few
    # widths (ties at the median), widths at WIDE times a value or a mean to the bit, rows
    # with too few values.
    rng = random.Random(2301)
    straddled = decided_even = 0
    for _ in range(400):
        span = rng.randint(1, 14)
        rows = rng.randint(1, 20)
        around = np.array(
            [
                [float(rng.choice((10, 13, 20, 26, 26.5, 40))) for _ in range(span)]
                for _ in range(rows)
            ]
        )
        keep = np.array([[rng.random() < 0.8 for _ in range(span)] for _ in range(rows)])
        width = []
        for r in range(rows):
            kept = around[r][keep[r]].tolist() or [10.0]
            pick = rng.choice(kept)
            mean = (rng.choice(kept) + rng.choice(kept)) / 2
            width.append(
                rng.choice(
                    (
                        gutters.WIDE * pick,
                        gutters.WIDE * mean,
                        np.nextafter(gutters.WIDE * mean, 0.0),
                        np.nextafter(gutters.WIDE * mean, 1e9),
                        gutters.WIDE * 22.0,
                    )
                )
            )
        found = gutters._wider_than_median(around, keep, np.array(width))
        for r in range(rows):
            kept = around[r][keep[r]].tolist()
            plain = len(kept) >= 2 * SIDE and width[r] > gutters.WIDE * statistics.median(kept)
            assert found[r] == plain, (around[r], keep[r], width[r])
            if len(kept) >= 2 * SIDE and len(kept) % 2 == 0:
                mid = len(kept) // 2
                low, high = sorted(kept)[mid - 1], sorted(kept)[mid]
                if gutters.WIDE * low < width[r] <= gutters.WIDE * high:
                    straddled += plain
                else:
                    decided_even += 1
    assert straddled > 20 and decided_even > 100, (straddled, decided_even)


def _may_cut_queries_one_at_a_time(
    boxes: list[Box | None],
    height: float,
    pitch: float,
    grids: list[list[tuple[float, float]]] | None,
    trims: bool,
) -> list[tuple[float, ...]]:
    # The plain rule _may_cut_queries stands for: box by box, gutter by gutter.
    from desktop.core.reflow.grid import DIGITS_SHORT, STRETCHED

    queries: list[tuple[float, ...]] = []
    eps, quarter, stretch = gutters.SLACK, pitch / 4, STRETCHED * pitch
    for k, box in enumerate(boxes):
        if box is None:
            continue
        cy, x0, x1 = box.cy, box.x0, box.x1
        if grids is None:
            queries.append((k, cy, x0, x1 - 0.4 * height + 1, x0 + 0.4 * height - 1, x1, x0, x1))
            continue
        for e, s in grids[k]:
            if (
                (
                    e - stretch - eps < x0 < s - quarter + eps
                    or e + quarter - eps < x1 < s + pitch + eps
                )
                if trims
                else x0 + pitch <= e + eps and s - eps <= x1 - pitch
            ):
                queries.append(
                    (
                        k,
                        cy,
                        min(e - DIGITS_SHORT * pitch, e - pitch),
                        max(s, e) + quarter,
                        s - quarter,
                        s + 2 * pitch,
                        float("-inf"),
                        float("inf"),
                    )
                )
    return queries


def test_may_cut_queries_as_box_by_box_and_gutter_by_gutter() -> None:
    # _may_cut_all's queries built on arrays: the same queries, in the same order, as the
    # box-by-box loop, with and without grids, for trims or cuts; boxes with no box, empty
    # grids, boxes whose ends stand at every bound to the bit (and a bit either side), whole
    # pixel boxes.
    from desktop.core.reflow.grid import STRETCHED

    rng = random.Random(2302)
    height, pitch = 22.0, 20.0
    eps, quarter, stretch = gutters.SLACK, pitch / 4, STRETCHED * pitch
    seen = {False: 0, True: 0}
    for _ in range(300):
        grid_of = [
            sorted(
                (e, e + rng.choice((8.0, 20.0, 31.5, -4.0)))
                for e in rng.sample((100.0, 230.0, 361.0, 480.5), rng.randint(0, 3))
            )
            for _ in range(4)
        ]
        boxes: list[Box | None] = []
        grids: list[list[tuple[float, float]]] = []
        for _ in range(rng.randint(0, 25)):
            grid = rng.choice(grid_of)
            if rng.random() < 0.1:
                boxes.append(None)
                grids.append(grid)
                continue
            e, s = rng.choice(grid) if grid else (200.0, 220.0)
            x0 = rng.choice(
                (
                    e - stretch - eps,
                    e - stretch - eps / 2,
                    s - quarter + eps,
                    s - quarter + eps / 2,
                    e + eps - pitch,
                    10.0,
                    float(int(e) - 60),
                )
            )
            x1 = rng.choice(
                (
                    e + quarter - eps,
                    e + quarter - eps / 2,
                    s + pitch + eps,
                    s + pitch + eps / 2,
                    s - eps + pitch,
                    600.0,
                    float(int(s) + 60),
                )
            )
            x0, x1 = (np.nextafter(x0, rng.choice((-1e9, 1e9))) if rng.random() < 0.3 else x0), x1
            cy = rng.uniform(0, 3000)
            boxes.append(Box(float(x0), cy - 10, float(max(x1, x0 + 1)), cy + 10))
            grids.append(grid)
        for with_grids, trims in ((False, False), (True, False), (True, True)):
            plain = _may_cut_queries_one_at_a_time(
                boxes, height, pitch, grids if with_grids else None, trims
            )
            fast = gutters._may_cut_queries(
                boxes, height, pitch, grids if with_grids else None, trims
            )
            if fast is None:
                assert plain == []
                continue
            got = list(zip(*(column.tolist() for column in fast), strict=True))
            assert got == [tuple(q) for q in plain]
            seen[trims] += len(plain)
    assert seen[False] > 1000 and seen[True] > 1000, seen


def test_part_as_replace_of_every_field() -> None:
    # _part builds the part's line field by field: the line replace() would make, for lines
    # with and without a confidence and a region; and OcrLine has no field it leaves out.
    assert [f.name for f in dataclasses.fields(OcrLine)] == ["text", "box", "confidence", "region"]
    for confidence, region in ((None, None), (0.75, "r1"), (1.0, None), (None, "block 2")):
        line = OcrLine("一二三四五六", Box(10.0, 5.0, 130.0, 27.0), confidence, region)
        part = gutters._part(line, "四五六", 70.5, 130.0)
        assert part == dataclasses.replace(line, text="四五六", box=Box(70.5, 5.0, 130.0, 27.0))
        assert part.box is not None and part.box.cy == 16.0 and part.box.width == 59.5


# perf24


def _emit_plain(raw: str, rows: list[Row], mode: Mode) -> Emitted:
    """emit as it was: every row through _emit_row, its spaces to keep chosen first."""
    out = Emitted()
    for n, row in enumerate(rows):
        if n and row.text:
            join_rows(raw, rows[n - 1].end, row.text, out)
        keep = _spaced_gap
        if mode == "byline":
            keep = _word_gap
        elif mode == "heading" and has_phrase_space(row.text):
            keep = _phrase_gap
        _emit_row(raw, row, keep, out)
    return out


def _assert_emits_as_plain(raw: str, rows: list[Row], said: str = "") -> None:
    """emit gives ``rows`` of ``raw`` the same text, source map and hyphen joins as
    :func:`_emit_plain`, in each mode (``said``: what a failure names)."""
    for mode in ("para", "heading", "byline"):
        got, want = emit(raw, rows, mode), _emit_plain(raw, rows, mode)
        assert (got.text(), got.offsets, got.hyphens) == (
            want.text(),
            want.offsets,
            want.hyphens,
        ), said


def _random_rows(
    rng: random.Random, words: list[str], spaces: list[str], most: int
) -> tuple[str, list[Row]]:
    """A raw text of 1-6 lines of 1-``most`` random words each, every word followed by one of
    ``spaces``, some lines set in by a space, and each non-blank line's stripped piece as a
    row of the text reflow."""
    lines = []
    for _ in range(rng.randint(1, 6)):
        text = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(1, most)))
        lines.append(rng.choice(["", " ", "\u3000"]) + text)
    rows: list[Row] = []
    pos = 0
    for n, line in enumerate(lines):
        stripped = line.strip()
        if stripped:
            begin = pos + len(line) - len(line.lstrip())
            rows.append(Row(n, begin, begin + len(stripped), stripped, False))
        pos += len(line) + 1
    return "\n".join(lines), rows


def test_emit_as_every_row_through_emit_row() -> None:
    # emit puts a row without whitespace in whole, without _emit_row: the same text and
    # source map as the row-by-row rule, rows with and without spaces (ASCII, ideographic,
    # tabs), Latin words across rows, headline phrases, bylines.
    rng = random.Random(2401)
    words = ["改革", "发展", "经济", "abc", "Xi", "2024", "年", "，", "。", "“", "”", "ok"]
    words += ["aver-", ",", "(", "‘", "—", "ﬁeld", "Ä"]  # (Latin marks, joins and hyphens)
    spaces = [" ", "  ", "\u3000", "\t", ""]
    seen_spaced = seen_whole = 0
    for _ in range(2000):
        raw, rows = _random_rows(rng, words, spaces, 6)
        for row in rows:
            if re.search(r"\s", row.text):
                seen_spaced += 1
            else:
                seen_whole += 1
        _assert_emits_as_plain(raw, rows)
    assert seen_spaced > 1000 and seen_whole > 1000


def test_box_holds_its_extent_as_the_passes_worked_it_out() -> None:
    # split_between_stories and split_run_on_marks read a box's height, width and centre as
    # it holds them, where they subtracted (and halved) its coordinates: the same numbers, bit
    # for bit, for floats, integers, huge and tiny values, infinities and NaN, and for a box
    # made anew by dataclasses.replace.
    rng = random.Random(2402)
    specials = [0, 1, -3, 7.25, 1e-300, 1e300, float("inf"), float("-inf"), float("nan")]
    for _ in range(3000):
        x0, y0, x1, y1 = (
            rng.choice(specials) if rng.random() < 0.2 else rng.uniform(-1e4, 1e4) for _ in range(4)
        )
        box = Box(x0, y0, x1, y1)
        for b in (box, dataclasses.replace(box, y1=x1), dataclasses.replace(box, x0=y1)):
            for held, worked in (
                (b.height, b.y1 - b.y0),
                (b.width, b.x1 - b.x0),
                (b.cy, (b.y0 + b.y1) / 2),
            ):
                assert repr(held) == repr(worked)
                assert (held > 0) == (worked > 0) and (held <= 0) == (worked <= 0)


def test_row_of_a_line_as_measured_by_its_indent() -> None:
    # stories._row starts a row where its line does when strip() gives the text back as it is:
    # the same row as measuring the indent, for lines with and without spaces at either end
    # (ASCII, ideographic, tabs), inside, blank and empty lines.
    from desktop.core.reflow.stories import LineRow, _row

    rng = random.Random(2403)
    pads = ["", " ", "  ", "\u3000", "\t", " \u3000"]
    seen_same = seen_padded = 0
    for _ in range(3000):
        pieces = ["改革", "ab", " ", "。", "12"]
        inner = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
        bare = rng.random() < 0.5
        text = inner if bare else rng.choice(pads) + inner + rng.choice(pads)
        start = rng.randint(0, 500)
        stripped = text.strip()
        begin = start + len(text) - len(text.lstrip())
        want = LineRow(7, begin, begin + len(stripped), stripped) if stripped else None
        assert _row(7, start, text) == want
        if stripped:
            seen_same += stripped == text
            seen_padded += stripped != text
    assert seen_same > 300 and seen_padded > 1000


# perf26: the run-on look's columns found with the round's parts ------------------------------


def test_no_columns_all_gives_the_run_on_columns_the_look_finds() -> None:
    # _no_columns_all gives, where a story's rows are plain, the columns _run_on_columns
    # finds: stories whose full rows hold a few counts (a character dropped here and there,
    # ties for the most held), run on over columns that 2, 3 and 4 of them split equally with
    # gutters the look takes, and lines standing in the columns of one n or another (so that
    # several sets are shown, some as well as others): for each box, to the bit.
    rng = random.Random(2601)
    pitch, height = 20.0, 22.0
    given = ties = 0
    for _ in range(200):
        count = rng.choice((24, 36, 48))
        left = rng.choice((0.0, 100.0, 333.3))
        blank = rng.choice((1.6, 2.0, 2.4, 1.2, 3.0)) * pitch
        right = left + count * pitch + blank
        placed: list[tuple[float, float, float]] = []
        cells: dict[tuple[float, float, float], float] = {}
        for r in range(rng.randint(2, 12)):
            cy = r * height + rng.choice((0.0, 0.0, 0.2))
            if rng.random() < 0.5:
                # (A full row, whole or as parts side by side, of a count or one or two less.)
                indent = rng.choice((0, 0, 0, 2))
                a = left + indent * pitch
                held = count - indent - rng.choice((0, 0, 1, 2))
                if rng.random() < 0.3:
                    middle = a + rng.choice((0.3, 0.5)) * (right - a)
                    parts = [(a, middle, held // 2), (middle + pitch / 3, right, held - held // 2)]
                else:
                    parts = [(a, right, held)]
                for x0, x1, c in parts:
                    placed.append((cy, x0, x1))
                    if rng.random() < 0.95:
                        cells[(cy, x0, x1)] = float(c)
                continue
            # (A line in a column of n equal ones: from its start or an indent in, ending at
            # its end or short of it.)
            n = rng.choice((2, 3, 4))
            gutter = blank / (n - 1)
            width = count / n * pitch
            k = rng.randrange(n)
            x = left + k * (width + gutter)
            a = x + rng.choice((0, 0, 2)) * pitch
            b = x + width - rng.choice((0.0, 0.0, 3.0)) * pitch
            placed.append((cy, a, b))
            cells[(cy, a, b)] = float(round((b - a) / pitch))
        if rng.random() < 0.5:
            # (Or a story of _run_on_story's beside it, some of them run on beside their first
            # column's whole lines: shown by the column beside.)
            story, counts, _ = _run_on_story(rng, pitch, height)
            placed.extend((cy, a + 2000.0, b + 2000.0) for cy, a, b in story)
            cells.update(((cy, a + 2000.0, b + 2000.0), c) for (cy, a, b), c in counts.items())
        placed.sort()
        centres = [cy for cy, _, _ in placed]
        boxes = [Box(a, cy - height / 2, b, cy + height / 2) for cy, a, b in placed]
        texts = ["字" * count for _ in boxes]
        args: _Asked = (
            boxes,
            texts,
            [[] for _ in boxes],
            placed,
            centres,
            cells,
            [],
            height,
            pitch,
        )
        _, run_on_none, _, run_on_found = _no_columns_all(*args)
        for j, box in enumerate(boxes):
            look = _run_on_columns(box, texts[j], placed, centres, cells, [], height, pitch)
            if run_on_none[j]:
                assert look == ([], 0.0), box
            if run_on_found[j] is None:
                continue
            assert repr(run_on_found[j]) == repr(look), (box, run_on_found[j], look)
            given += bool(look[0])
        full = [c for (cy, a, b), c in cells.items() if b == right]
        ties += len(set(full)) > 1
    assert given > 300 and ties > 50, (given, ties)


def test_as_shown_takes_the_first_gutter_shown_by_each_as_crossed_columns_does() -> None:
    # _regular_none_all reads each set's gutters as _crossed_columns takes them: the first of
    # the gutters shown beside the box's band standing by it, read for all rows at once off
    # the bands' lists (_shown_rows, each list once by its identity): as asking each row's
    # list in turn, with lists of no gutter, shared lists, and gutters at a pitch to the bit.
    rng = random.Random(2602)
    pitch = 20.0
    for _ in range(200):
        bands = [
            [
                (x, x + rng.choice((10.0, 30.0)))
                for x in sorted(rng.sample(range(0, 400, 10), rng.randint(0, 6)))
            ]
            for _ in range(rng.randint(1, 4))
        ]
        shown = [rng.choice(bands) for _ in range(rng.randint(1, 12))]
        rows = np.array([rng.randrange(len(shown)) for _ in range(rng.randint(1, 30))])
        e = np.array([rng.choice((0.0, 10.0, 25.0, 100.0, 180.0)) for _ in rows])
        e += np.array([rng.choice((0.0, pitch, -pitch, 0.5)) for _ in rows])
        s = e + np.array([rng.choice((5.0, 20.0, 40.0)) for _ in rows])
        shown_e, shown_s = _shown_rows(shown if rng.random() < 0.5 else shown.__getitem__, rows)
        e2, s2 = _as_shown(e, s, shown_e, shown_s, pitch)
        for k, row in enumerate(rows.tolist()):
            ek, sk = e[k].item(), s[k].item()
            plain = next(
                ((e0, s0) for e0, s0 in shown[row] if e0 < sk + pitch and ek - pitch < s0),
                (ek, sk),
            )
            assert (e2[k].item(), s2[k].item()) == plain


def test_no_columns_all_gives_the_regular_columns_the_look_finds() -> None:
    # _no_columns_all gives, for every box it does not rule out, the columns _regular_gutters
    # finds (_regular_found): stories of equal columns whose lines stand whole in a column,
    # indented, short at a paragraph's end or run on over a few columns, some miscounted (a
    # column's whole lines of two counts, the smaller or the larger holding), some boxes a
    # little off, lines past the story's right edge, gutters shown beside or not: for each
    # box, to the bit.
    rng = random.Random(2603)
    pitch, height = 20.0, 22.0
    given = counts_seen = 0
    for _ in range(250):
        n = rng.randint(2, 4)
        per = rng.choice((8, 10, 12))
        gutter = rng.choice((1.0, 1.5, 2.0, 2.5, 1.3)) * pitch
        left = rng.choice((0.0, 100.0, 333.3))
        starts = [left + k * (per * pitch + gutter) for k in range(n)]
        ends = [x + per * pitch for x in starts]
        placed: list[tuple[float, float, float]] = []
        cells: dict[tuple[float, float, float], float] = {}
        digits: dict[tuple[float, float, float], float] = {}
        off = rng.choice((0, 1, -1))
        ragged = rng.random() < 0.3
        for r in range(rng.randint(4, 14)):
            cy = r * height + rng.choice((0.0, 0.0, 0.3))
            k = 0
            while k < n:
                span = rng.randint(1, n - k) if rng.random() < 0.4 else 1
                indent = rng.choice((0, 0, 0, 2))
                short = rng.choice((0, 0, 0, 3))
                if ragged and k + span == n and rng.random() < 0.8:
                    # (The last column's lines paragraph ends but a few: no two share the
                    # story's right edge.)
                    short = rng.choice((2, 3, 5))
                a = starts[k] + indent * pitch + rng.choice((0.0, 0.0, 0.2, -0.3)) * pitch
                b = ends[k + span - 1] - short * pitch + rng.choice((0.0, 0.0, 0.4, -0.6)) * pitch
                if rng.random() < 0.05:
                    # (A line past the story's right edge, a gutter on.)
                    a, b = ends[-1] + gutter, ends[-1] + gutter + per * pitch
                count = per * span - indent - short
                # (Miscounted now and then; a column's whole lines of another count.)
                count += rng.choice((0, 0, 0, 0, -1, off))
                if rng.random() < 0.9:
                    cells[(cy, a, b)] = float(count)
                elif rng.random() < 0.7:
                    # (A line holding digits: its cells a little short of its count.)
                    digits[(cy, a, b)] = count - rng.choice((0.0, 0.4, 0.8, 1.2, 2.0))
                placed.append((cy, a, b))
                k += span
        placed.sort()
        centres = [cy for cy, _, _ in placed]
        boxes = [Box(a, cy - height / 2, b, cy + height / 2) for cy, a, b in placed]
        texts = ["字" * per for _ in boxes]
        own = [
            (e + rng.choice((0.0, 0.5, -1.5)) * pitch, s)
            for e, s in zip(ends, starts[1:], strict=False)
        ]
        shown = [rng.choice(([], own)) for _ in boxes]
        args: _Asked = (boxes, texts, shown, placed, centres, cells, [], height, pitch)
        regular_none, _, regular_found, _ = _no_columns_all(*args, digits)
        for j, box in enumerate(boxes):
            look = _regular_gutters(
                box, placed, centres, cells, [], height, pitch, shown[j], digits=digits
            )
            if regular_none[j]:
                assert look == ([], 0.0) and regular_found[j] is None, box
                continue
            assert repr(regular_found[j]) == repr(look), (box, regular_found[j], look)
            given += bool(look[0])
        whole = {c for (cy, a, b), c in cells.items() if any(abs(b - e) < 1 for e in ends)}
        counts_seen += len(whole) > 1
    assert given > 300 and counts_seen > 100, (given, counts_seen)


def test_round_of_reads_the_runs_the_windows_cover_as_each_box_alone() -> None:
    # _round_of reads only the places some box's window reaches (_covered: the runs the
    # windows cover, those that overlap or touch taken together), each window's places a
    # run of those read: every box's story is _story_lines of it alone, with boxes far apart
    # on a tall page (runs apart), next to each other (runs touching) and windows empty;
    # and the runs are the places the windows cover, each once.
    rng = random.Random(2604)
    pitch, height = 20.0, 22.0
    gaps = 0
    for _ in range(200):
        placed = sorted(
            (r * height * rng.choice((1.0, 3.0)), x, x + rng.choice((5.0, 12.0, 30.0)) * pitch)
            for r in range(rng.randint(1, 120))
            for x in rng.sample((0.0, 300.0, 700.0), rng.randint(1, 3))
        )
        centres = [cy for cy, _, _ in placed]
        chosen = rng.sample(placed, min(len(placed), rng.randint(1, 6)))
        boxes = [Box(a, cy - height / 2, b, cy + height / 2) for cy, a, b in chosen]
        if rng.random() < 0.2:
            # (A box far past every place: its window reaches none.)
            boxes.append(Box(0.0, 1e6, 100.0, 1e6 + height))
        st = _round_of(boxes, placed, centres, [], height, pitch)
        for j, box in enumerate(boxes):
            keys = [st.places.lines[i] for i in st.line_at[j, : st.size[j]].tolist()]
            assert keys == _story_lines(box, placed, centres, [], height, pitch)
        lo = np.array([bisect_right(centres, box.cy - WINDOW * height) for box in boxes])
        hi = np.array([bisect_left(centres, box.cy + WINDOW * height) for box in boxes])
        runs = _covered(lo, hi, len(placed))
        covered = sorted({k for a, b in zip(lo, hi, strict=True) for k in range(a, b)})
        if covered:
            assert [k for r0, r1 in runs for k in range(r0, r1)] == covered
        assert all(r1 < s0 for (_, r1), (s0, _) in pairwise(runs))
        gaps += len(runs) > 1
    assert gaps > 20, gaps


def test_no_columns_all_beside_rows_at_the_windows_edge_as_the_look() -> None:
    # A story run on over its later columns, its first column's whole lines beside the full
    # rows (_column_beside), taller than a box's window: a full row just inside the window
    # may have its line beside it just outside (half a row lower), a place no window read.
    # _no_columns_all then leaves the run-on look to be asked; where it gives columns, they
    # are the look's, to the bit.
    rng = random.Random(2605)
    pitch, height = 20.0, 22.0
    given = 0
    for _ in range(150):
        n, per, gutter = rng.choice((3, 4)), rng.choice((8, 10)), rng.choice((1.0, 2.0)) * pitch
        starts = [k * (per * pitch + gutter) for k in range(n)]
        placed: list[tuple[float, float, float]] = []
        cells: dict[tuple[float, float, float], float] = {}
        # (Rows a line apart, or so far apart that a window holds two or three of them.)
        step = rng.choice((1.0, 1.07, 0.93, 1.13, 3.9, 7.8, 7.7)) * height
        for r in range(rng.randint(3, 24)):
            cy = r * step
            lower = rng.choice((0.0, 0.0, 0.3, -0.3, 0.45, -0.45)) * height
            key = (cy + lower, starts[0], starts[0] + per * pitch)
            cells[key] = float(per)
            placed.append(key)
            key = (cy, starts[1], starts[-1] + per * pitch)
            cells[key] = float(per * (n - 1))
            placed.append(key)
        placed.sort()
        centres = [cy for cy, _, _ in placed]
        chosen = rng.sample(placed, rng.randint(1, 2))
        boxes = [Box(a, cy - height / 2, b, cy + height / 2) for cy, a, b in chosen]
        texts = ["字" * per * (n - 1) for _ in boxes]
        args: _Asked = (
            boxes,
            texts,
            [[] for _ in boxes],
            placed,
            centres,
            cells,
            [],
            height,
            pitch,
        )
        _, run_on_none, _, run_on_found = _no_columns_all(*args)
        for j, box in enumerate(boxes):
            look = _run_on_columns(box, texts[j], placed, centres, cells, [], height, pitch)
            if run_on_none[j]:
                assert look == ([], 0.0), box
            if run_on_found[j] is not None:
                assert repr(run_on_found[j]) == repr(look), (box, run_on_found[j], look)
                given += bool(look[0])
    assert given > 20, given


def test_no_columns_all_with_no_places_finds_none_as_the_looks() -> None:
    # With no line placed near any box (a page of one line), both looks find no columns, and
    # _no_columns_all says so (the loop takes the regular look's answer from it).
    box = Box(0.0, 0.0, 400.0, 22.0)
    args: _Asked = ([box], ["字" * 20], [[]], [], [], {}, [], 22.0, 20.0)
    assert _no_columns_all(*args) == ([True], [True], [None], [None])
    assert _regular_gutters(box, [], [], {}, [], 22.0, 20.0) == ([], 0.0)
    assert _run_on_columns(box, "字" * 20, [], [], {}, [], 22.0, 20.0) == ([], 0.0)
    assert _no_columns_all([], [], [], [(11.0, 0.0, 400.0)], [11.0], {}, [], 22.0, 20.0) == (
        [],
        [],
        [],
        [],
    )


# perf25: the cutting's looks at a line (_cut and recut's weighing of its cuts) -------------


def _gutters_beside_plain(
    window: list[tuple[float, float, float]], cy: float, x0: float, x1: float, height: float
) -> list[tuple[float, float]]:
    """_gutters_beside's gaps as it found them: _gaps of all the lines, then of each side."""
    near = [(a, b) for _, a, b in window]
    gaps = _gaps(near, x0, x1, height)
    if gaps:
        return gaps
    for side in _nearer_side_first(window, cy):
        gaps = _gaps(side, x0, x1, height)
        if gaps:
            return gaps
    return []


def test_may_show_gap_rules_out_only_windows_showing_none() -> None:
    # _may_show_gap says False only where _gaps finds no gap among all the lines nor among
    # those of either side; windows of two or three columns, their lines' ends and starts
    # scattered around the gutter, some across it, the gutter's width near 0.4 heights.
    rng = random.Random(251)
    ruled = shown = 0
    for _ in range(6000):
        height = rng.choice((20.0, 24.0, 31.7))
        gutter = rng.choice((0.3, 0.4, 0.41, 0.5, 1.0, 4.0, 4.2)) * height
        cols = rng.randint(2, 3)
        width = rng.choice((6.0, 10.0)) * height
        starts = [100.0 + k * (width + gutter) for k in range(cols)]
        window: list[tuple[float, float, float]] = []
        for r in range(rng.randint(0, 9)):
            cy = 500.0 + (r - 4) * height * 1.2
            for k in range(cols):
                if rng.random() < 0.25:
                    continue
                a = starts[k] + rng.choice((0.0, 0.0, 1.0, -1.0, height))
                b = starts[k] + width + rng.choice((0.0, 0.0, 1.0, -1.0, -height, gutter / 2))
                if k + 1 < cols and rng.random() < 0.1:
                    b = starts[k + 1] + width  # (across the gutter)
                window.append((cy + rng.choice((0.0, 0.1)), a, b))
        window.sort()
        x0 = starts[0] + rng.choice((0.0, -height, width / 2))
        x1 = starts[-1] + width + rng.choice((0.0, height, -width / 2))
        near = [(a, b) for _, a, b in window]
        found = _gutters_beside_plain(window, 500.0, x0, x1, height)
        assert _gutters_beside(window, 500.0, x0, x1, height)[1] == found
        if not _may_show_gap(near, x0, x1, height):
            assert found == [], (window, x0, x1, height)
            ruled += 1
        shown += bool(found)
    assert ruled > 1000 and shown > 1000, (ruled, shown)


def _bridged_rows(
    rng: random.Random, cy: float, height: float, pitch: float, e: float, s: float
) -> tuple[list[tuple[float, float, float]], dict[tuple[float, float, float], float]]:
    """Rows over and under a line at ``cy``: each a line across the gap (e, s) now and then,
    full or short of its count, or lines ending and starting beside it; some of no count."""
    rows: list[tuple[float, float, float]] = []
    cells: dict[tuple[float, float, float], float] = {}
    for d in (-3, -2, -1, -0.5, 0, 1, 2, 3, 3.1):
        if rng.random() < 0.3:
            continue
        c = cy + d * height + rng.choice((0.0, 0.0, 0.25, -0.25)) * height
        if rng.random() < 0.5:
            a = e - rng.choice((10, 12, 1, 0.5)) * pitch
            b = s + rng.choice((10, 12, 1, 0.5)) * pitch
            keys = [(c, a, b)]
            count = (b - a) / pitch - rng.choice((0.0, 0.0, 1.0, 3.0, -0.2, (s - e) / pitch / 2))
        else:
            keys = [(c, e - 10 * pitch, e), (c, s, s + 10 * pitch)]
            count = 10.0
        for key in keys:
            rows.append(key)
            if rng.random() < 0.8:
                cells[key] = count
    rows.sort()
    return rows, cells


def test_may_bridge_rules_out_only_gaps_no_row_bridges() -> None:
    # _cut asks _bridged only of a gap a line of _bridging_rows crosses (_may_bridge): every
    # gap it passes over _bridged finds not bridged.
    rng = random.Random(252)
    ruled = bridged = 0
    for _ in range(6000):
        height, pitch = rng.choice(((24.0, 24.0), (30.0, 26.5)))
        cy = 1000.0
        e = 400.0 + rng.choice((0.0, 0.5))
        s = e + rng.choice((0.5, 1.0, 2.0)) * pitch
        rows, cells = _bridged_rows(rng, cy, height, pitch, e, s)
        box = Box(e - 12 * pitch, cy - height / 2, s + 12 * pitch, cy + height / 2)
        want = gutters._bridged(box, (e, s), rows, cells, height, pitch)
        candidates = _bridging_rows(box, rows, cells, height, pitch)
        if not (candidates and _may_bridge(candidates, (e, s), pitch)):
            assert not want, (rows, cells, e, s)
            ruled += 1
        bridged += want
    assert ruled > 1000 and bridged > 100, (ruled, bridged)


def test_spanned_blank_is_the_blank_of_the_grid_gaps_found() -> None:
    # _cut against the grid (no seams) takes the blank a box spans from the gutters grid_gaps
    # found of its window's lines and those starting past it: _spanned_blank asks the same.
    rng = random.Random(253)
    for _ in range(3000):
        pitch = rng.choice((24.0, 12.5))
        grid = [(e, e + rng.choice((1.0, 2.0)) * pitch) for e in (300.0, 600.0, 900.0)]
        near = [
            (rng.choice((100.0, 2 + grid[k][1])), rng.choice((grid[k][0], grid[k][0] - 3.0)))
            for k in rng.choices(range(3), k=rng.randint(0, 12))
        ]
        past = [(500.0, a, b) for a, b in rng.choices(near, k=rng.randint(0, 3))] if near else []
        box = Box(rng.choice((100.0, 250.0)), 490.0, rng.choice((1000.0, 700.0)), 510.0)
        gaps = grid_gaps([*near, *((a, b) for _, a, b in past)], grid, box.x0, box.x1, pitch)
        assert sum(g1 - g0 for g0, g1 in gaps) == _spanned_blank(box, grid, [*near, *past], pitch)


def _settled_plain(
    old: list[OcrLine],
    line: Box,
    stretched: bool,
    placed: list[tuple[float, float, float]],
    centres: list[float],
    cells: dict[tuple[float, float, float], float],
    whole: set[tuple[float, float, float]],
    height: float,
    pitch: float,
    gaps: list[tuple[float, float]],
) -> bool:
    """_settled_cut by the rules it stands for, one after the other."""
    if len(gaps) + 1 < len(old):
        return not _squeezed(old[:1], pitch)
    mine = {(p.box.cy, p.box.x0, p.box.x1) for p in old if p.box is not None}
    row = [w for w in placed if w[0] == line.cy and w not in mine]
    filled = _filled_count(old, placed, centres, cells, height, pitch, ())
    # (The window by centre as _filled_count reads it.)
    window = placed[
        bisect_left(centres, line.cy - WINDOW * height) : bisect_right(
            centres, line.cy + WINDOW * height
        )
    ]
    return (
        not any(line.x0 <= w[1] and w[2] <= line.x1 for w in row)
        and not _squeezed(old[:1], pitch)
        and (
            not _misfit(old, placed, centres, cells, whole, height, pitch)
            or not all(
                part.box is not None and part.box.x1 <= e - pitch
                for part, (e, _) in zip(old, gaps, strict=False)
            )
        )
        and (
            filled == len(old) - 1
            or _may_fill(gaps, line, stretched, window, mine, cells, pitch) <= filled
        )
    )


def _weighed_cut(
    rng: random.Random, pitch: float, height: float
) -> tuple[
    Box,
    list[OcrLine],
    list[tuple[float, float, float]],
    dict[tuple[float, float, float], float],
    set[tuple[float, float, float]],
    list[tuple[float, float]],
]:
    """A run-on line over columns of twelve cells (its box), a cut of it (its parts' places
    among those placed; a part squeezed now and then), the columns' lines around it (whole
    ones or cut parts, a hair off or indented now and then, counts right or one off), a line
    on its row now and then; and the
    columns' gutters, for new cuts."""
    cols = rng.randint(2, 3)
    gutter = rng.choice((1.0, 2.0)) * pitch
    starts = [100.0 + k * (12 * pitch + gutter) for k in range(cols)]
    cy = 700.0
    line = Box(starts[0], cy - height / 2, starts[-1] + 12 * pitch, cy + height / 2)
    placed: list[tuple[float, float, float]] = []
    cells: dict[tuple[float, float, float], float] = {}
    whole: set[tuple[float, float, float]] = set()
    for r in range(-8, 9):
        if r == 0 or rng.random() < 0.2:
            continue
        c = cy + r * height * rng.choice((1.0, 1.0, 0.97))
        for k in range(cols):
            a = starts[k] + rng.choice((0.0, 0.0, 0.0, 1.0, pitch / 3, pitch / 2, 2 * pitch))
            b = starts[k] + 12 * pitch - rng.choice((0.0, 0.0, 0.0, 1.0, pitch / 2, 3 * pitch))
            key = (c, a, b)
            placed.append(key)
            if rng.random() < 0.9:
                cells[key] = float(rng.choice((12, 12, 12, 11, 13)))
            if rng.random() < 0.7:
                whole.add(key)
    texts = ["字" * rng.choice((12, 12, 11, 13, 5)) for _ in range(cols)]
    texts[-1] = texts[-1].replace("字", "。", 1) if rng.random() < 0.2 else texts[-1]
    old = []
    for k in range(cols):
        x0 = starts[k] + rng.choice((0.0, 0.0, 2 * pitch, -pitch, 5 * pitch))
        x1 = starts[k] + 12 * pitch + rng.choice((0.0, 0.0, -pitch / 2))
        part = OcrLine(texts[k], Box(x0, line.y0, x1, line.y1))
        old.append(part)
        placed.append((cy, x0, x1))
    if rng.random() < 0.3:
        # (A line on its row: beside the box, or inside it where a new part may stand.)
        x0 = rng.choice((starts[0], starts[-1] + 14 * pitch, starts[1]))
        key = (cy, x0, x0 + 12 * pitch)
        placed.append(key)
        cells[key] = 12.0
    placed.sort()
    return line, old, placed, cells, whole, [(x - gutter, x) for x in starts[1:]]


def _new_cut(
    rng: random.Random,
    line: Box,
    stretched: bool,
    gaps: list[tuple[float, float]],
    pitch: float,
) -> list[OcrLine]:
    """A cut of the line over ``line`` at ``gaps`` as _grid_parts makes one: its parts but the
    last end at a gap's left, the first starts at the box's start (or further in when
    ``stretched``), each later one at the gap before's right or further in (an indent); the
    texts whole lines or not."""
    edges = [line.x0, *(x for gap in gaps for x in gap), line.x1]
    parts = []
    for k in range(len(gaps) + 1):
        x0 = edges[2 * k]
        if k or stretched:
            x0 += rng.choice((0.0, 0.0, 2 * pitch, 0.2))
        text = "字" * rng.choice((12, 12, 11)) + rng.choice(("", "", "。"))
        parts.append(OcrLine(text, Box(x0, line.y0, edges[2 * k + 1], line.y1)))
    return parts


def test_settled_cut_as_the_rules_it_stands_for() -> None:
    # _settled_cut reads each part's window once for _filled_count and _misfit: it answers as
    # those rules (and _squeezed, the row's lines inside the box, and _may_fill) one after
    # the other; _may_fill bounds how many parts but the last of a new cut at the gaps are
    # filled; where it says settled, no new cut at the gaps is taken by recut's grid look
    # (no more parts filled, no misfit mended, no squeeze undone), nor at any of them.
    rng = random.Random(254)
    seen = {True: 0, False: 0}
    full = bound = 0
    for _ in range(3000):
        pitch = rng.choice((24.0, 23.7))
        height = pitch * rng.choice((1.0, 1.1))
        line, old, placed, cells, whole, columns = _weighed_cut(rng, pitch, height)
        centres = [c for c, _, _ in placed]
        mine = {(p.box.cy, p.box.x0, p.box.x1) for p in old if p.box is not None}
        # (The lines no cut made, as _UnmadeAt finds them: each line boxed at its place.)
        unmade = set(whole)
        stretched = rng.random() < 0.2
        # (The gaps a look cut at: the columns' gutters, or a gap a character off; one
        # fewer now and then.)
        gaps = sorted(
            (e, s) if rng.random() < 0.7 else (e + shift, s + shift)
            for (e, s) in columns
            for shift in [rng.choice((pitch, -pitch, 2.0))]
        )
        if rng.random() < 0.2:
            del gaps[rng.randrange(len(gaps))]
        args = (placed, centres, cells, unmade, height, pitch)
        want = _settled_plain(old, line, stretched, *args, gaps)
        assert _settled_cut(old, mine, line, stretched, *args, gaps) == want
        seen[want] += 1
        if want:
            # (Kept against gutters no more than it has parts, it is kept against any of them,
            # in order: recut asks it so of all the grid gutters a box crosses.)
            for keep in range(1 << len(gaps)):
                some = [gap for k, gap in enumerate(gaps) if keep >> k & 1]
                if some and len(some) + 1 <= len(old):
                    assert _settled_cut(old, mine, line, stretched, *args, some)
        window = placed[
            bisect_left(centres, line.cy - WINDOW * height) : bisect_right(
                centres, line.cy + WINDOW * height
            )
        ]
        may = _may_fill(gaps, line, stretched, window, mine, cells, pitch)
        for _ in range(5):
            new = _new_cut(rng, line, stretched, gaps, pitch)
            filled = _filled_count(new, placed, centres, cells, height, pitch, old)
            assert filled <= may
            bound += filled == may > 0
            if not want:
                continue
            assert not _squeezed(old[:1], pitch)
            if len(new) < len(old):
                continue
            assert filled <= _filled_count(old, placed, centres, cells, height, pitch, new)
            assert not (
                gutters._widened(old, new, pitch)
                and _misfit(old, placed, centres, cells, unmade, height, pitch)
                and not _misfit(new, placed, centres, cells, unmade, height, pitch)
            )
            full += filled == len(old) - 1
    # (Settled cuts come up, new cuts filling their columns as well against them, and new
    # cuts filling as many parts as _may_fill allows.)
    assert min(seen.values()) > 150 and full > 200 and bound > 500, (seen, full, bound)


def test_unmade_at_as_the_window_set() -> None:
    # recut's _misfit asks whether a place is a line no cut made by _UnmadeAt (the lines
    # boxed at its centre), where it built the set of those lines' places in the window.
    rng = random.Random(255)
    for _ in range(500):
        lines = [
            OcrLine("字", Box(x, y, x + rng.choice((10.0, 20.0)), y + rng.choice((10.0, 12.0))))
            for x, y in (
                (rng.choice((0.0, 50.0, 100.0)), rng.choice((0.0, 5.0, 30.0, 31.0)))
                for _ in range(rng.randint(1, 30))
            )
        ]
        by_centre = sorted((ln.box.cy, j) for j, ln in enumerate(lines) if ln.box is not None)
        centres = [c for c, _ in by_centre]
        made = {j for j in range(len(lines)) if rng.random() < 0.3}
        unmade = gutters._UnmadeAt(by_centre, centres, made, lines)
        want = {
            (b.cy, b.x0, b.x1)
            for j, ln in enumerate(lines)
            if j not in made and (b := ln.box) is not None
        }
        for ln in lines:
            b = ln.box
            assert b is not None
            for key in ((b.cy, b.x0, b.x1), (b.cy, b.x0 + 1, b.x1), (b.cy + 1, b.x0, b.x1)):
                assert (key in unmade) == (key in want)


def test_cut_told_more_than_as_cutting_in_full_on_the_bench_pages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # recut tells _cut how many parts a line's cut has, and whether a cut at the gaps found
    # would be kept (_settled_cut): _cut returns None then once the gaps leave no more parts.
    # Asked in full, every such None is a cut into no more parts (or none), and settled when
    # asked; every other answer is the full look's.
    plain_cut = gutters._cut
    told = stopped = 0

    def checked(*args: Any, more_than: int = 0, settled: Any = None, **kw: Any) -> Any:
        nonlocal told, stopped
        asked: list[bool] = []

        def asking(gaps: list[tuple[float, float]]) -> bool:
            asked.append(settled(gaps))
            return asked[-1]

        fast = plain_cut(
            *args, more_than=more_than, settled=None if settled is None else asking, **kw
        )
        if more_than:
            told += 1
            full = plain_cut(*args, **kw)
            if fast is None and full is not None:
                stopped += 1
                assert len(full) <= more_than
                assert settled is None or asked[-1:] == [True]
            else:
                assert fast == full
        return fast

    monkeypatch.setattr(gutters, "_cut", checked)
    # (Every look taken: _kept_at_any, asked of the gutters a look may find, leaves few.)
    monkeypatch.setattr(gutters, "_kept_at_any", lambda *args: False)
    for page in (page_of(1500), real_page_of(3000)):
        gutters.split_across_gutters(split_between_stories(page))
    assert told > 30 and stopped > 10, (told, stopped)


@functools.cache
def _bench_pages() -> tuple[OcrPage, ...]:
    """The bench's generated page and 10k real pages stacked, split between stories: made
    once for every test that cuts them with a fast path and without it."""
    return tuple(split_between_stories(page) for page in (page_of(1500), real_page_of(10000)))


def _cuts_as_plain(
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    counted: Callable[..., Any],
    plain: Callable[..., Any],
    pages: Sequence[OcrPage],
) -> None:
    """``pages`` cut with ``gutters.<name>`` as ``counted`` (the fast path, counting what it
    takes) are the pages cut with it as ``plain`` (the rule it stands in for)."""
    monkeypatch.setattr(gutters, name, counted)
    fast = [gutters.split_across_gutters(page) for page in pages]
    monkeypatch.setattr(gutters, name, plain)
    assert fast == [gutters.split_across_gutters(page) for page in pages]


def test_recut_again_near_what_it_changed_as_with_two_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # recut, asked again only near the lines the look just before it changed, with nothing
    # changed since, looks one window (and a pixel) around them, not two (_recut_reach): the
    # pages cut so are the pages cut looking two windows around; and the tighter reach is
    # taken on them.
    plain_reach = gutters._recut_reach
    taken = 0

    def counted(again: bool, height: float) -> float:
        nonlocal taken
        taken += again
        return plain_reach(again, height)

    _cuts_as_plain(
        monkeypatch,
        "_recut_reach",
        counted,
        lambda again, height: plain_reach(False, height),
        _bench_pages(),
    )
    assert taken > 0


def test_kept_at_any_as_looking(monkeypatch: pytest.MonkeyPatch) -> None:
    # recut asks _kept_at_any before a look at a cut line: where it holds, the look is not
    # taken. The pages cut so are the pages cut looking at every such line; and it holds of
    # some lines there.
    plain = gutters._kept_at_any
    held = 0

    def counted(*args: Any) -> bool:
        nonlocal held
        found = plain(*args)
        held += found
        return found

    _cuts_as_plain(monkeypatch, "_kept_at_any", counted, lambda *args: False, _bench_pages())
    assert held > 50, held


def test_may_change_as_weighing_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # recut passes over the lines _may_change says no look changes: the pages cut so are the
    # pages cut weighing every line; and it passes over some.
    plain = gutters._may_change
    passed = 0

    def counted(*args: bool) -> bool:
        nonlocal passed
        found = plain(*args)
        passed += not found
        return found

    # (Every line weighed: _left_as_it_is, asked first, passes over most of them.)
    monkeypatch.setattr(gutters, "_left_as_it_is", lambda *args: False)
    _cuts_as_plain(monkeypatch, "_may_change", counted, lambda *args: True, _bench_pages())
    assert passed > 1000, passed


# perf27 ---------------------------------------------------------------------------------------


def _random_story_lines(
    rng: random.Random, n: int
) -> tuple[list[OcrLine], list[tuple[float, float, float, float]], dict[int, tuple[float, float]]]:
    """A story's run of ``n`` lines: boxes on a pixel grid (rows a line apart, or on one row,
    or inside the last cell of the line before), texts ending in stops, colons or neither,
    opening with ■ or not, with Latin letters and digits; column edges for most lines."""
    texts = ["天地人和。", "天地人和", "■天地", "天地：", "ab12天。", "天”", " 天地 ", "。", "1a"]
    lines: list[OcrLine] = []
    boxes: list[tuple[float, float, float, float]] = []
    edges: dict[int, tuple[float, float]] = {}
    y = 0.0
    for i in range(n):
        x0 = float(rng.choice([0, 5, 10, 20, 24, 25, 48, 50, 60, 120]))
        x1 = x0 + float(rng.choice([10, 14, 20, 60, 100, 200]))
        h = float(rng.choice([20, 24, 30]))
        step = rng.choice([0, 5, 9, 10, 11, 12, 15, 30, 40])
        y += step
        if boxes and rng.random() < 0.2:  # inside (or near) the last cell of the line before
            _, py0, px1, _ = boxes[-1]
            x0 = px1 - rng.choice([0, 10, 20, 30, 31])
            x1 = x0 + rng.choice([5, 14, 20])
            y = py0 + rng.choice([0, 5, 10, 15, 16])
        boxes.append((x0, y, x1, y + h))
        lines.append(OcrLine(rng.choice(texts), Box(x0, y, x1, y + h)))
        if rng.random() < 0.8:
            left = float(rng.choice([0, 5, 10, 24]))
            edges[i] = (left, left + float(rng.choice([100, 150, 200, 230])))
    return lines, boxes, edges


def test_line_joins_as_each_line_with_the_one_before() -> None:
    """_line_joins (a story's lines asked at once) answers as _rest_of_line, then
    _starts_paragraph, asked of each line with the line before it: random runs of boxes on
    one row, rows apart, inside the last cell before, indented by the bounds' pixels, after
    lines ending a sentence, a colon or neither."""
    from desktop.core.reflow.stories import (
        _REST,
        _RUNS_ON,
        _STARTS,
        Metrics,
        _line_joins,
        _rest_of_line,
        _starts_paragraph,
    )

    rng = random.Random(27)
    counts = {_REST: 0, _STARTS: 0, _RUNS_ON: 0}
    for trial in range(4000):
        n = rng.randint(1, 12)
        lines, boxes, edges = _random_story_lines(rng, n)
        m = Metrics(24.0, rng.choice([0.0, 8.0, 10.0, 12.0]))
        running = list(range(n))
        if rng.random() < 0.2:
            rng.shuffle(running)
        expected = [
            _REST
            if _rest_of_line(prev, i, boxes)
            else _STARTS
            if _starts_paragraph(i, prev, lines, boxes, edges, m)
            else _RUNS_ON
            for prev, i in itertools.pairwise(running)
        ]
        got = _line_joins(running, lines, boxes, edges, m)
        assert got == expected, trial
        for join in got:
            counts[join] += 1
    assert min(counts.values()) > 500, counts


def test_lowest_column_starts_as_each_lines_sorted_starts() -> None:
    """overlaps._lowest_column_starts (every candidate's window a row of a matrix) gives the
    first of _column_starts (one line's window scanned, its starts sorted), None where that is
    empty: three columns row after row, boxes stretched back, shifted by a pitch's quarter or
    a few pixels, rows sharing a top, candidates opening with a mark or not."""
    from desktop.core.reflow.overlaps import (
        _column_starts,
        _lowest_column_starts,
        _reaching_back_at,
        _rects,
    )

    rng = random.Random(27)
    for trial in range(30):
        pitch = rng.choice((24.0, 20.0, 25.5))
        rects = []
        for row in range(rng.randint(1, 60)):
            y = row * 30.0 + rng.choice((0.0, 0.0, 0.5, 12.0))
            for x in (0.0, 300.0, 600.0):
                x0 = x + rng.choice((0.0, 0.0, 6.0, 24.0, 48.0, 60.0, -20.0, -30.0, -pitch))
                x0 += rng.choice((0.0, pitch / 4, -pitch / 4, 1.0))
                rects.append((x0, y, x + rng.choice((280.0, 200.0, 30.0)), y + 24.0))
        text = sorted(enumerate(rects), key=lambda t: t[1][1])
        tops = [r[1] for _, r in text]
        rect = _rects(text)
        at = _reaching_back_at(rect, tops, pitch)
        across = {text[k][0] for k in at}
        reaching = np.zeros(len(text), dtype=bool)
        reaching[at] = True
        maybe = [
            (k, i, r, mark, stray)
            for k, (i, r) in enumerate(text)
            for mark, stray in [rng.choice(((False, False), (True, False), (False, True)))]
        ]
        got = _lowest_column_starts(rect, reaching, tops, maybe, pitch)
        want = []
        for _, i, r, mark, stray in maybe:
            starts = _column_starts(text, tops, across, i, r, mark or stray, pitch)
            want.append(starts[0] if starts else None)
        assert got == want, trial
        assert any(v is None for v in want) and any(v is not None for v in want), trial


def _noise_and_furniture_pages() -> list[OcrPage]:
    """The stacked dev pages as read, and synthetic pages of small, tall narrow, unboxed,
    low-scored and blank lines, furniture above and below, editor credits, lines holding
    newlines."""
    pages = [real_page_of(3000), page_of(1500)]
    rng = random.Random(27)
    texts = [
        "天",
        "天地",
        "。",
        " 天 ",
        "",
        "  ",
        "责任编辑：王某",
        "校对 李某",
        "制图",
        "第3版",
        "2024年3月1日",
        "人民日报",
        "天地人和，万物生长。",
        "天\n地",
        "编",
    ]
    for _ in range(60):
        lines = []
        for _ in range(rng.randint(0, 40)):
            x0 = float(rng.randint(0, 500))
            y0 = float(rng.choice((rng.randint(0, 1500), 24 * rng.randint(0, 12))))
            w, h = rng.choice(
                (
                    (200.0, 24.0),
                    (20.0, 24.0),
                    (24.0, 80.0),
                    (10.0, 60.0),
                    (300.0, 60.0),
                    (100.0, 28.0),
                    (0.0, 0.0),
                )
            )
            box = None if rng.random() < 0.1 else Box(x0, y0, x0 + w, y0 + h)
            conf = rng.choice((None, 0.9, 0.3, 0.5, 0.49))
            lines.append(OcrLine(rng.choice(texts), box, conf))
        pages.append(
            OcrPage(
                source="",
                format="rapidocr",
                lines=tuple(lines),
                width=600,
                height=rng.choice((1600, None)),
            )
        )
    return pages


def test_noise_candidates_and_furniture_looks_as_every_line_asked() -> None:
    """geometric's noise pass asked only of _noise_candidates, and _furniture on the matrix
    and the editor words found in the raw text (_Looked, _editor_hint_lines), set aside and
    read the same lines as asking every line: the stacked dev pages, the generated page and
    synthetic pages (unboxed lines, None and low confidences, tall narrow boxes, one or two
    characters, blank lines, editor credits, a line holding a newline)."""
    from desktop.core.model import line_starts
    from desktop.core.reflow import geometric as geo

    for n, page in enumerate(_noise_and_furniture_pages()):
        lines = page.lines
        raw = page.raw
        starts = line_starts(raw)
        boxes = [
            (b.x0, b.y0, b.x1, b.y1) if (b := ln.box) is not None else (0, 0, 0, 0) for ln in lines
        ]
        m = geo._metrics(lines)
        stripped = [ln.text.strip() for ln in lines]
        rect = geo._rect_matrix(boxes)
        plain: dict[int, Any] = {}
        geo._set_aside_noise(lines, boxes, m, plain)
        fast: dict[int, Any] = {}
        geo._set_aside_noise(lines, boxes, m, fast, geo._noise_candidates(lines, rect, stripped, m))
        assert fast == plain, n
        hints = geo._editor_hint_lines(lines, raw, starts)
        assert hints == {i for i, ln in enumerate(lines) if geo._editor_hint(ln.text)}, n
        plain_meta = geo._furniture(lines, boxes, m, plain, page.height)
        fast_meta = geo._furniture(lines, boxes, m, fast, page.height, geo._Looked(rect, hints))
        assert (fast_meta, fast) == (plain_meta, plain), n


def test_line_arrays_as_the_line_by_line_looks() -> None:
    """stories' looks on LineArrays (the ratio of every line from its cells on the box
    matrix, the headline and deck candidates passed by on it) give what the line-by-line
    looks give: _ratio_array against _ratio_of bit for bit, and headline_groups with and
    without the arrays, on the stacked dev pages, the generated page and pages of headline,
    deck, quoted and body lines (character widths of 0, lines of under two cells)."""
    from desktop.core.reflow import geometric as geo
    from desktop.core.reflow import stories
    from desktop.core.reflow.overlaps import line_cells

    pages = _noise_and_furniture_pages()
    rng = random.Random(270)
    texts = ["新年音乐会在京举行", "“平语”近人", "天地", "天", "■天地人和", "江泽民李鹏出席", "。”"]
    for _ in range(40):
        made: list[OcrLine] = []
        y = 0.0
        for _ in range(rng.randint(1, 30)):
            x0 = float(rng.choice((0, 10, 40, 300)))
            h = rng.choice((24.0, 30.0, 33.0, 40.0, 60.0))
            text = rng.choice(texts)
            w = rng.choice((24.0, 28.0, 36.0, 60.0)) * len(text)
            made.append(OcrLine(text, Box(x0, y, x0 + w, y + h), 0.9))
            y += rng.choice((0.0, 20.0, 30.0, 45.0, 80.0))
        pages.append(OcrPage(source="", format="rapidocr", lines=tuple(made)))
    # Lines set at exactly HEADLINE_RATIO by pitch (108 px over four cells at a 20 px body
    # character) in boxes of body height, over and under a title.
    tie = [OcrLine("天地人和", Box(0.0, 30.0 * k, 108.0, 30.0 * k + 30.0), 0.9) for k in range(4)]
    tie.insert(2, OcrLine("新年音乐会", Box(0.0, 200.0, 300.0, 260.0), 0.9))
    pages.append(OcrPage(source="", format="rapidocr", lines=tuple(tie)))
    for n, page in enumerate(pages):
        lines = page.lines
        boxes = [
            (b.x0, b.y0, b.x1, b.y1) if (b := ln.box) is not None else (0, 0, 0, 0) for ln in lines
        ]
        counts = line_cells(page)
        rect = geo._rect_matrix(boxes)
        content = [i for i, ln in enumerate(lines) if ln.box is not None and ln.text.strip()]
        for m in (
            geo._metrics(lines),
            stories.Metrics(24.0, 0.0),
            stories.Metrics(30.0, 24.0),
            stories.Metrics(30.0, 20.0),
        ):
            ratio = stories._ratios_of(content, counts, boxes, m)
            arrays = stories.LineArrays(rect, stories._ratio_array(counts, rect, m))
            assert ratio == dict(zip(content, arrays.ratio[content].tolist(), strict=True)), n
            plain = stories.headline_groups(lines, boxes, content, m, ratio)
            fast = stories.headline_groups(lines, boxes, content, m, ratio, arrays)
            assert fast == plain, n


def test_naming_markers_and_rows_from_stripped_text_as_line_by_line() -> None:
    """stories._naming_markers (接 and 转 found in the raw text) holds the lines the
    line-by-line test names, and _row given the stripped text makes the row _row makes
    measuring it: the stacked dev pages and pages of lines with markers, spaces at either
    end, blank lines and a line holding a newline."""
    from desktop.core.model import line_starts
    from desktop.core.reflow.stories import _naming_markers, _row

    pages = [real_page_of(3000)]
    rng = random.Random(2727)
    texts = ["（上接第1版）天地", "下转第2版", " 天地 ", "接", "转", "", "  ", "天\n接", "天地人和"]
    for _ in range(200):
        lines = tuple(OcrLine(rng.choice(texts)) for _ in range(rng.randint(0, 12)))
        pages.append(OcrPage(source="", format="rapidocr", lines=lines))
    for n, page in enumerate(pages):
        raw = page.raw
        starts = line_starts(raw)
        want = {i for i, ln in enumerate(page.lines) if "接" in ln.text or "转" in ln.text}
        assert _naming_markers(page.lines, raw, starts) == want, n
        for i, ln in enumerate(page.lines):
            start = rng.randint(0, 100)
            assert _row(i, start, ln.text, ln.text.strip()) == _row(i, start, ln.text), n


def test_marks_windows_and_cells_at_a_lines_end_as_asked_one_by_one() -> None:
    """marks._in_windows (windows merged, bisected) holds the values some window holds,
    both ends in (centres and values on a coarse grid, so that ends meet and values stand on
    them); and a line's cells are its text's stripped at its end (what lets the matrix tell
    the lines _may_cut passes by: spaces, ideographic spaces, tabs, Latin letters, digits)."""
    from desktop.core.reflow.marks import _in_windows
    from desktop.core.reflow.text import cells

    rng = random.Random(2707)
    for trial in range(3000):
        centres = [float(rng.randint(0, 40)) for _ in range(rng.randint(1, 6))]
        reach = float(rng.choice((0.0, 1.0, 2.0, 2.5)))
        at = [float(rng.randint(-5, 45)) / rng.choice((1, 2)) for _ in range(30)]
        got = _in_windows(np.array(at), np.array(centres), reach).tolist()
        want = [any(c - reach <= x <= c + reach for c in centres) for x in at]
        assert got == want, trial
    pool = [*"天地。”ab1 \u3000\t", "\u00a0"]
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 8)))
        assert cells(text.rstrip()) == cells(text), repr(text)


def test_replaced_as_every_line_appended() -> None:
    """sidebyside.replaced (the few cut lines spliced into a copy, last first) gives what
    appending every line, or its parts, in order gives: random cuts into none, one, two or
    three parts, at the first and last lines too."""
    from desktop.core.reflow.sidebyside import replaced

    rng = random.Random(2717)
    for trial in range(2000):
        lines = tuple(OcrLine(str(k)) for k in range(rng.randint(0, 12)))
        parts = {
            i: [OcrLine(f"{i}.{p}") for p in range(rng.randint(0, 3))]
            for i in range(len(lines))
            if rng.random() < 0.3
        }
        plain: list[OcrLine] = []
        for i, line in enumerate(lines):
            plain.extend(parts.get(i, [line]))
        assert replaced(lines, parts) == tuple(plain), trial


def test_trims_on_facts_as_on_the_lists() -> None:
    """overlaps' _Facts (boxes, cells and order by top as arrays) give what the lists give:
    _pitch, the lines by top of a part (_Facts.only against a stable sort of the part), and
    both trims' boxes with the facts and with the lists sorted by top: random boxes on a
    coarse grid (tops shared, heights at the medians' bounds) and the stacked dev pages."""
    from desktop.core.reflow.overlaps import (
        _boxed,
        _by_top,
        _Facts,
        _mark_starts_trimmed,
        _overlaps_trimmed,
        _pitch,
        line_cells,
    )

    rng = random.Random(2737)
    pages = [real_page_of(3000)]
    for _ in range(40):
        lines = []
        for _ in range(rng.randint(0, 60)):
            x0 = float(rng.choice((0, 24, 48, 300, 310, 600)) + rng.choice((0, -20, -30, 6)))
            y0 = float(30 * rng.randint(0, 20) + rng.choice((0, 0, 6)))
            text = rng.choice(
                ("，天地人和天地人和天地", "天地人和天地人和", "i南天地人和", "天", "天地")
            )
            w = float(rng.choice((24, 25, 30)) * len(text) + rng.choice((0, 10, 30)))
            lines.append(OcrLine(text, Box(x0, y0, x0 + w, y0 + rng.choice((24.0, 30.0, 40.0)))))
        pages.append(OcrPage(source="", format="rapidocr", lines=tuple(lines)))
    for n, page in enumerate(pages):
        boxed = _boxed(page, known=line_cells(page))
        facts = _Facts.of(boxed)
        assert _pitch(boxed, facts) == _pitch(boxed), n
        assert [boxed[k] for k in facts.by_top.tolist()] == _by_top(boxed), n
        two = facts.cells >= 2
        part = [t for t in boxed if t[2] >= 2]
        assert [part[k] for k in facts.only(two).by_top.tolist()] == _by_top(part), n
        pitch = _pitch(boxed)
        if pitch is None:
            continue
        by_top = _by_top(boxed)
        plain = _mark_starts_trimmed(page, boxed, by_top, pitch)
        assert _mark_starts_trimmed(page, boxed, [], pitch, facts) == plain, n
        plain = _overlaps_trimmed(page, part, _by_top(part), pitch)
        assert _overlaps_trimmed(page, part, [], pitch, facts.only(two)) == plain, n


def _looked_line_by_line(
    lines: tuple[OcrLine, ...],
) -> tuple[float, float, list[int], list[int], list[int], list[float]] | None:
    """split_between_stories' reading of every line as written before perf27: a list of the
    boxed lines, a loop a line, sorts through a dict of tops."""
    from desktop.core.reflow import sidebyside as sbs
    from desktop.core.reflow.text import cells as ink_cells

    boxed = [
        (i, ln)
        for i, ln in enumerate(lines)
        if (box := ln.box) is not None and box.height > 0 and box.width > 0 and ln.text.strip()
    ]
    if len(boxed) < 4 * sbs.SIDE:
        return None
    height = statistics.median([_box(ln).height for _, ln in boxed])
    pitches = []
    for _, ln in boxed[:: max(1, len(boxed) // sbs.SAMPLE)]:
        cells = ink_cells(ln.text)
        if cells >= 8 and _box(ln).height <= sbs.HEAD_HEIGHT * height:
            pitches.append(_box(ln).width / cells)
    if not pitches:
        return None
    pitch = statistics.median(pitches)
    heads: list[int] = []
    text: list[int] = []
    ends: list[int] = []
    top_of: dict[int, float] = {}
    for i, ln in boxed:
        box = _box(ln)
        top_of[i] = box.y0
        if box.height >= sbs.HEAD_HEIGHT * height:
            cells = ink_cells(ln.text)
            if cells >= 2 and (box.x1 - box.x0) / cells >= sbs.HEAD_PITCH * pitch:
                heads.append(i)
                continue
            if sbs._wrapped_end(ln.text, cells, box, height):
                ends.append(i)
        # (Since rules32: a line at headline pitch a little short of headline height.)
        elif box.height >= sbs.NEAR_HEAD_HEIGHT * height:
            cells = ink_cells(ln.text)
            if cells >= 2 and (box.x1 - box.x0) / cells >= sbs.HEAD_PITCH * pitch:
                ends.append(i)
        text.append(i)
    if len(heads) + len(ends) < 2:
        return None
    heads.sort(key=top_of.__getitem__)
    text.sort(key=top_of.__getitem__)
    return height, pitch, heads, ends, text, [top_of[i] for i in text]


def test_sidebyside_looked_as_line_by_line() -> None:
    """sidebyside._looked (the boxes' numbers as a matrix, lines picked and sorted on it)
    reads what the loop a line read: the stacked dev pages, the generated page, and pages of
    headline, wrapped-end, blank, unboxed and zero-size lines sharing tops."""
    from desktop.core.reflow.sidebyside import _looked

    rng = random.Random(2747)
    pages = [real_page_of(3000), page_of(1500)]
    texts = ["天地人和天地人和天地", "新年音乐会在京举行", "力", "", "  ", "天地人和"]
    for _ in range(60):
        lines = []
        for _ in range(rng.randint(0, 60)):
            x0 = float(rng.choice((0, 300, 600)))
            y0 = float(24 * rng.randint(0, 30))
            h = rng.choice((24.0, 24.0, 24.0, 24.0, 27.0, 40.0, 60.0, 0.0))
            w = rng.choice((240.0, 400.0, 60.0, 0.0))
            box = None if rng.random() < 0.05 else Box(x0, y0, x0 + w, y0 + h)
            lines.append(OcrLine(rng.choice(texts), box))
        # Lines at the top exactly HEAD_HEIGHT times a 24 px median tall (its bound).
        for x0 in (0.0, 300.0, 600.0)[: rng.randint(0, 3)]:
            lines.append(OcrLine("天地人和", Box(x0, 0.0, x0 + 240.0, 1.2 * 24.0)))
        pages.append(OcrPage(source="", format="rapidocr", lines=tuple(lines)))
    found = 0
    for n, page in enumerate(pages):
        want = _looked_line_by_line(page.lines)
        assert _looked(page.lines) == want, n
        found += want is not None
    assert found > 10


def test_facts_moved_as_read_again_from_the_moved_lines() -> None:
    """overlaps._Facts.moved (the trimmed rows put in place, those left with no width left
    out, the order by top kept) holds what _Facts.of reads off _moved's list: random starts
    moved on the stacked dev pages' boxed lines, some to the box's end or past it."""
    from desktop.core.reflow.overlaps import _boxed, _Facts, _moved, line_cells

    rng = random.Random(2767)
    page = real_page_of(2000)
    boxed = _boxed(page, known=line_cells(page))
    facts = _Facts.of(boxed)
    for trial in range(200):
        trimmed = {}
        for i, r, _ in rng.sample(boxed, rng.randint(0, 12)):
            x0 = rng.choice((r[0] + 5.0, r[2], r[2] + 1.0, r[0] + (r[2] - r[0]) / 3))
            trimmed[i] = (x0, r[1], r[2], r[3])
        got = facts.moved(boxed, trimmed)
        want = _Facts.of(_moved(boxed, trimmed))
        assert np.array_equal(got.rect, want.rect), trial
        assert np.array_equal(got.cells, want.cells), trial
        assert got.by_top.tolist() == want.by_top.tolist(), trial


# perf29: recut's round asked at once (the grids, the trims, the gutters a look may find) -----


def _shown_in_order(gaps: list[tuple[float, float]], shown: list[tuple[float, float]]) -> bool:
    """Whether every gap of ``gaps`` is one of ``shown``, in the same order."""
    at = iter(shown)
    return all(gap in at for gap in gaps)


def test_may_cut_all_shown_holds_every_gap_the_look_finds() -> None:
    # With shown_out, _may_cut_all gives each box the grid gutters its window may show (the
    # bounds grid_here takes, as the starts at the gutter's start set them): every gap the
    # look finds (grid_gaps of its window's lines, or of some of them) is among them, in the
    # grid's order. Columns whose lines end and start at or a hair off the bounds, boxes run
    # on over the gutters; and the real page's lines.
    rng = random.Random(29)
    height, pitch = 20.0, 19.0
    found = fewer = 0

    def check(lines: list[OcrLine], placed: list[tuple[float, float, float]]) -> None:
        nonlocal found, fewer
        grids = BandGrids(placed, height, pitch)
        boxes = [ln.box for ln in lines]
        grid_of = [[] if b is None else grids.at(b.cy) for b in boxes]
        shown: list[list[tuple[float, float]]] = []
        _may_cut_all(boxes, placed, height, pitch, grid_of, shown_out=shown)
        assert len(shown) == len(boxes)
        for k, box in enumerate(boxes):
            if box is None:
                assert shown[k] == []
                continue
            gaps = _gaps_as_cut_finds_them(box, placed, height, pitch, grid_of[k])
            assert _shown_in_order(gaps, shown[k]), (gaps, shown[k])
            # (Some of the window's lines: fewer show no more.)
            some = [w for w in placed if rng.random() < 0.5]
            if some:
                assert _shown_in_order(
                    _gaps_as_cut_finds_them(box, sorted(some), height, pitch, grid_of[k]),
                    shown[k],
                )
            found += len(gaps)
            crossed = [(e, s) for e, s in grid_of[k] if box.x0 + pitch <= e and s <= box.x1 - pitch]
            fewer += len(shown[k]) < len(crossed)

    for _ in range(40):
        gutter = rng.choice((8.0, 10.0, 19.0, 38.0))
        widths = [rng.choice((200.0, 161.5, 150.0, 120.0)) for _ in range(3)]
        lines = []
        for row in range(30):
            y = row * 25.0
            x = 0.0
            for width in widths:
                x0 = x + rng.choice((0.0, 0.0, pitch / 4, -pitch / 4, 1e-7, 2 * pitch))
                x1 = x + width + rng.choice((0.0, 0.0, pitch / 4, -pitch, -2 * pitch, -3 * pitch))
                if rng.random() < 0.2:
                    x1 += gutter + rng.choice((0.5, pitch, 40.0, width))
                x += width + gutter
                if rng.random() < 0.3:
                    continue
                box = Box(x0, y, x1, y + 20.0)
                lines.append(OcrLine("字" * max(2, round((x1 - x0) / pitch)), box))
        placed = sorted((b.cy, b.x0, b.x1) for ln in lines if (b := ln.box) is not None)
        check(lines, placed)
    real, _, _ = _cut_lines()
    real = real[:1500]
    check(real, sorted((b.cy, b.x0, b.x1) for ln in real if (b := ln.box) is not None))
    assert found > 100 and fewer > 10, (found, fewer)


def test_recut_grids_as_at_and_may_trim_line_by_line() -> None:
    # Each box's band grid (the same list grids.at gives), whether the trim may move it
    # (may_trim of its band's reach), and its place as arrays; None and no grids alike.
    from desktop.core.reflow.grid import may_trim, trim_reach

    lines, height, pitch = _cut_lines()
    placed = sorted((b.cy, b.x0, b.x1) for ln in lines if (b := ln.box) is not None)
    grids = BandGrids(placed, height, pitch)
    boxes: list[Box | None] = [ln.box for ln in lines]
    boxes[::97] = [None] * len(boxes[::97])
    grid_of, may_move, places = gutters._recut_grids(grids, boxes, pitch)
    assert places is not None
    kept = [b for b in boxes if b is not None]
    assert [p.tolist() for p in places] == [
        [b.cy for b in kept],
        [b.x0 for b in kept],
        [b.x1 for b in kept],
    ]
    for box, grid, move in zip(boxes, grid_of, may_move, strict=True):
        if box is None:
            assert grid is None and not move
            continue
        assert grid is grids.at(box.cy)
        assert move == may_trim(trim_reach(grid, pitch), box.x0, box.x1)
    assert 0 < sum(may_move) < len(kept)
    grid_of, may_move, _ = gutters._recut_grids(None, boxes, pitch)
    assert grid_of == [None] * len(boxes) and may_move == [False] * len(boxes)
    assert gutters._recut_grids(grids, [None], pitch) == ([None], [False], None)


def test_left_as_it_is_as_weighing_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # recut passes over first the lines no look may cut and the trim leaves as they are
    # (_left_as_it_is): the pages cut so are the pages cut weighing every line; and it passes
    # over most.
    plain = gutters._left_as_it_is
    passed = 0

    def counted(*args: bool) -> bool:
        nonlocal passed
        found = plain(*args)
        passed += found
        return found

    _cuts_as_plain(monkeypatch, "_left_as_it_is", counted, lambda *args: False, _bench_pages())
    assert passed > 2000, passed


def test_may_cut_all_without_grid_lets_through_every_gap_of_a_few_lines() -> None:
    # Without a grid, _may_cut_all asks _may_show_gap of each window too: a run-on box over
    # two columns of a few lines (SIDE on each side, or one fewer, or one more; ends and
    # starts a pixel or a hair off each other and the gutter 0.4 line heights wide or
    # about): wherever the look finds a gap, it lets the box through; and it rules some out.
    rng = random.Random(2929)
    height, pitch = 20.0, 19.0
    shown = said_no = 0
    for _ in range(3000):
        g0 = 200.0
        g1 = g0 + rng.choice((7.0, 8.0, 8.5, 9.0, 20.0))
        lines = []
        for k in range(rng.choice((SIDE - 1, SIDE, SIDE, SIDE + 1))):
            end = g0 + rng.choice((0.0, 0.0, -3.0, 1.0, 1.0 + 1e-7, 0.5, -40.0))
            lines.append((k * 25.0, rng.choice((0.0, 150.0)), end))
        for k in range(rng.choice((SIDE - 1, SIDE, SIDE, SIDE + 1))):
            start = g1 + rng.choice((0.0, 0.0, 3.0, -1.0, -1.0 - 1e-7, -0.5, 40.0))
            lines.append((k * 25.0 + 1.0, start, rng.choice((400.0, 260.0))))
        placed = sorted(lines)
        box = Box(10.0, 40.0, 390.0, 60.0)
        may = _may_cut_all([box], placed, height, pitch)[0]
        gaps = _gaps_as_cut_finds_them(box, placed, height, pitch, None)
        assert may or not gaps, (placed, gaps)
        shown += bool(gaps)
        said_no += not may
    assert shown > 100 and said_no > 100, (shown, said_no)


# perf31


def test_may_share_equally_lets_through_every_text_cut_into_equal_parts() -> None:
    # _may_share_equally(text, k) is asked before _cut's trial cut at the grid gutters: it
    # must hold wherever k parts of the text (its characters in order, cut anywhere) are
    # parts _equal_parts takes. Texts built of parts of one whole count (CJK characters,
    # five ASCII letters or digits for three cells, straight quotes, spaces, a stop) and
    # random texts cut anywhere; and it rules the texts sharing out unevenly out.
    rng = random.Random(3131)
    pieces = ("中", "文", "。", "，", "abcde", "12345", '"', "'", " ", "“")
    taken = said_no = 0
    for _ in range(4000):
        k = rng.choice((3, 3, 4, 5))
        if rng.random() < 0.5:
            count = rng.randint(2, 14)
            texts = []
            for _ in range(k):
                text = ""
                while len(text) < 40 and (text == "" or rng.random() < 0.7):
                    text += rng.choice(pieces)
                texts.append(text)
            # (Topped up with CJK characters to the same whole count where it can be.)
            most = max(gutters._print_cells(t) for t in texts)
            count = max(count, int(most) + 1)
            texts = [t + "中" * round(count - gutters._print_cells(t)) for t in texts]
        else:
            whole = "".join(rng.choice(pieces) for _ in range(rng.randint(3, 40)))
            cuts = sorted(rng.sample(range(1, len(whole)), k - 1)) if len(whole) > k else []
            texts = [whole[a:b] for a, b in pairwise([0, *cuts, len(whole)])]
        if len(texts) < k or not all(t.strip() for t in texts):
            continue
        parts = [
            OcrLine(t, Box(100.0 * n, 0.0, 100.0 * n + 90.0, 20.0), 0.9)
            for n, t in enumerate(texts)
        ]
        equal = _equal_parts(parts, 20.0)
        may = _may_share_equally("".join(texts), k)
        assert may or not equal, texts
        taken += equal
        said_no += not may
    assert taken > 300 and said_no > 300, (taken, said_no)


def test_cut_tries_equal_parts_only_where_the_cells_share_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The whole look with the trial made wherever three parts can come (the rule as it was
    # before perf31) gives the same lines on the bench pages and the equal columns' page of
    # tests/core/test_reflow_equal_parts.py, and the fast path rules trials out.
    from tests.core.test_reflow_equal_parts import _story

    plain = gutters._may_share_equally
    asked = ruled_out = 0

    def counted(text: str, parts: int) -> bool:
        nonlocal asked, ruled_out
        found = plain(text, parts)
        asked += 1
        ruled_out += not found
        return found

    story = _story(["二" * 11, "三" * 11, "四" * 11])
    _cuts_as_plain(
        monkeypatch,
        "_may_share_equally",
        counted,
        lambda text, parts: True,
        [*_bench_pages(), story],
    )
    assert ruled_out > 50 and asked > ruled_out, (asked, ruled_out)


def test_uncrossed_gutters_all_as_one_line_at_a_time() -> None:
    # _uncrossed_gutters_all answers as _uncrossed_gutters asked of each box: run-on boxes
    # over a grid of four columns, lines near them (within and past RUNNING rows) ending and
    # starting by the gutters, across them, a hair off the bounds, and the box's own place
    # among them; and some boxes cross no gutter.
    rng = random.Random(3132)
    height, pitch = 20.0, 19.0
    grid = [(250.0, 290.0), (500.0, 540.0), (750.0, 790.0)]
    ends = (250.0, 250.0 - 2 * pitch, 250.0 - 2 * pitch - 1e-9, 290.0 + pitch / 2, 200.0, 270.0)
    starts = (290.0, 250.0, 290.0 + pitch / 2, 290.0 + pitch / 2 + 1e-9, 320.0, 249.0)
    found = freed = 0
    for _ in range(600):
        placed = []
        for _ in range(rng.randint(0, 30)):
            cy = rng.choice((0.0, 25.0, 50.0, 60.0, 75.0, 100.0, 160.0)) + rng.random()
            shift = 250.0 * rng.randint(0, 2)
            kind = rng.random()
            if kind < 0.4:
                x0, x1 = shift + rng.choice((40.0, 60.0)), shift + rng.choice(ends)
            elif kind < 0.8:
                x0, x1 = shift + rng.choice(starts), shift + rng.choice((480.0, 500.0))
            else:
                x0, x1 = shift + rng.choice((40.0, 200.0)), shift + rng.choice((300.0, 600.0))
            placed.append((cy, x0, x1))
        boxes = []
        for _ in range(rng.randint(1, 6)):
            cy = rng.choice((50.0, 80.0, 120.0))
            x0 = rng.choice((40.0, 240.0, 300.0, 520.0))
            x1 = x0 + rng.choice((100.0, 300.0, 600.0))
            box = Box(x0, cy - 10.0, x1, cy + 10.0)
            boxes.append(box)
            if rng.random() < 0.3:
                placed.append((box.cy, box.x0, box.x1))
        placed.sort()
        centres = [c for c, _, _ in placed]
        grids = [rng.choice((grid, grid[:1], [])) for _ in boxes]
        # (rules33e: the run-on lines left whole, some of the boxes placed, cross no gutter.)
        run_on = {w for w in placed if rng.random() < 0.3} if rng.random() < 0.5 else set()
        fast = _uncrossed_gutters_all(boxes, grids, placed, height, pitch, run_on)
        plain = [
            _uncrossed_gutters(box, g, placed, centres, height, pitch, run_on)
            for box, g in zip(boxes, grids, strict=True)
        ]
        assert fast == plain, (boxes, placed, run_on)
        found += sum(map(bool, plain))
        freed += sum(map(bool, plain)) - sum(
            map(bool, _uncrossed_gutters_all(boxes, grids, placed, height, pitch))
        )
    assert found > 80, found
    assert freed > 5, freed


# perf35


def test_ratio_array_reads_a_list_of_cells_as_asarray_does() -> None:
    """stories._ratio_array reads a list of cells with ``fromiter``: the same ratios, bit for
    bit, as the array ``asarray`` made of it (whole and fractional cells, fewer than two,
    no cells, integers), and the content lines' ratios read by an index array are those a
    list index reads."""
    from desktop.core.reflow import geometric as geo
    from desktop.core.reflow import stories

    rng = random.Random(3535)
    for _ in range(200):
        n = rng.randint(1, 60)
        counts: list[float] = [
            rng.choice((0.0, 1.0, 1.6, 2, 2.0, 3.2, 7.8, 12.0, 0.6, float(rng.randint(0, 30))))
            for _ in range(n)
        ]
        boxes: list[tuple[float, float, float, float]] = []
        for _ in range(n):
            x0, y0 = rng.uniform(-5, 900), rng.uniform(0, 900)
            tall = rng.choice((0.0, 24.0, 31.5, 60.0))
            boxes.append((x0, y0, x0 + rng.uniform(0, 400), y0 + tall))
        rect = geo._rect_matrix(boxes)
        for m in (stories.Metrics(30.0, 24.0), stories.Metrics(24.0, 0.0)):
            fast = stories._ratio_array(counts, rect, m)
            plain = stories._ratio_array(np.asarray(counts, dtype=float), rect, m)
            assert fast.dtype == plain.dtype
            assert np.array_equal(fast, plain, equal_nan=True)
            content = sorted(rng.sample(range(n), rng.randint(1, n)))
            at = np.fromiter(content, dtype=np.intp, count=len(content))
            assert np.array_equal(fast[at], fast[content], equal_nan=True)


# perf39
def test_reflow_page_lets_the_lines_cut_go_before_the_collector_resumes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """reflow_page runs the box passes in a function of their own: as the collector resumes
    at its end, the lines the cutting and the trims made are gone (its first pass goes
    through the young objects still standing, the page laid out alone then); and the page
    has the boxed page's size, format, encoding and scan, as when they were read off the
    trimmed page (the passes change lines alone)."""
    import gc
    from contextlib import contextmanager

    import desktop.core.reflow as reflow_module
    from desktop.core.reflow.gutters import split_across_gutters
    from desktop.core.reflow.sidebyside import split_between_stories

    page = dataclasses.replace(real_page_of(1000), width=4000, height=30000, image="p.png")
    given = {id(ln) for ln in page.lines}
    cut = split_across_gutters(split_between_stories(page))
    assert any(id(ln) not in given for ln in cut.lines)  # (the cutting makes lines here)
    del cut
    paused = reflow_module._collector_paused
    standing: list[int] = []

    @contextmanager
    def counted() -> Any:
        with paused():
            yield
            # (Still paused: the young lines the collector's first pass would go through.)
            standing.append(
                sum(
                    1
                    for obj in gc.get_objects(generation=0)
                    if isinstance(obj, OcrLine) and id(obj) not in given
                )
            )

    monkeypatch.setattr(reflow_module, "_collector_paused", counted)
    laid = reflow_page(page)
    assert standing == [0]
    assert laid.size == (4000, 30000)
    assert (laid.format, laid.encoding) == (page.format, page.encoding)
    assert laid.image == reflow_module.find_image(page)


# perf40
def test_lines_set_since_a_placing_as_asking_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """count_changed() asks only the lines set (through put()) since the last placing whether
    they are the ones placed() found (:func:`gutters._changed_since`): at every placing of
    the real dev pages stacked and of the generated page, the same indexes in the same order
    as asking every line (the plain rule); some placings find lines changed, some none."""
    import ast
    import operator

    from desktop.core.reflow.gutters import split_across_gutters

    # (Every line set in ``trimmed`` goes through put(): no other store into it.)
    source = Path(gutters.__file__).read_text(encoding="utf-8")
    stores = [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Subscript)
        and isinstance(node.ctx, (ast.Store, ast.Del))
        and isinstance(node.value, ast.Name)
        and node.value.id == "trimmed"
    ]
    put_line = source.splitlines().index("        trimmed[i] = line") + 1
    assert stores == [put_line]
    assert "trimmed[:]" not in source and "trimmed +=" not in source

    fast = gutters._changed_since
    asked: list[tuple[list[int], list[int]]] = []

    def both(trimmed: list[OcrLine], placed_lines: list[OcrLine], written: set[int]) -> list[int]:
        got = fast(trimmed, placed_lines, written)
        every = range(len(trimmed))
        asked.append(
            (got, list(itertools.compress(every, map(operator.is_not, trimmed, placed_lines))))
        )
        return got

    monkeypatch.setattr(gutters, "_changed_since", both)
    for page in (real_page_of(3000), page_of(2000)):
        split_across_gutters(split_between_stories(page))
    assert len(asked) > 10
    assert any(plain for _, plain in asked) and any(not plain for _, plain in asked)
    for got, plain in asked:
        assert got == plain


def test_banded_reached_as_each_band_searched_alone() -> None:
    """gutters._banded_reached (all bands' intervals as one run of complex keys, band then
    bound) answers as each value's own band searched alone, by bisect from either side:
    inside one of the band's intervals where a lower bound before its place has a running
    maximum past it. Values on, a hair off and between the bounds; bands with no intervals,
    bands past the last one keyed and before the first; ties among the bounds; negative,
    zero and signed-zero values."""
    rng = random.Random(40)
    asked = inside = 0
    for _ in range(300):
        bands = sorted(rng.sample(range(12), rng.randint(0, 8)))
        reach = []
        for _k in bands:
            lows = sorted(
                rng.choice((0.0, -0.0, -15.5, 40.0, rng.uniform(-50, 500)))
                for _ in range(rng.randint(0, 6))
            )
            ups, top = [], float("-inf")
            for low in lows:
                top = max(top, low + rng.choice((0.0, 1e-9, 3.0, rng.uniform(0, 80))))
                ups.append(top)
            reach.append((np.array(lows, dtype=float), np.array(ups, dtype=float)))
        keys, ups_all = gutters._banded_keys(bands, reach)
        bounds = [float(v) for lows, ups in reach for v in (*lows, *ups)] or [0.0]
        xs, of = [], []
        for _ in range(200):
            x = rng.choice(bounds)
            x = rng.choice(
                (
                    x,
                    math.nextafter(x, math.inf),
                    math.nextafter(x, -math.inf),
                    x + 0.5,
                    -0.0,
                    rng.uniform(-60, 600),
                )
            )
            xs.append(x)
            of.append(rng.randint(-1, 13) if rng.random() < 0.2 else rng.choice(bands or [0]))
        of = [max(k, 0) for k in of]
        for side in ("left", "right"):
            got = gutters._banded_reached(
                keys, ups_all, np.array(of, dtype=np.intp), np.array(xs, dtype=float), side
            ).tolist()
            plain = []
            for k, x in zip(of, xs, strict=True):
                if k not in bands:
                    plain.append(False)
                    continue
                lows, ups = (side_.tolist() for side_ in reach[bands.index(k)])
                j = (bisect_left if side == "left" else bisect_right)(lows, x)
                plain.append(bool(j) and ups[j - 1] > x)
            assert got == plain
            asked += len(plain)
            inside += sum(plain)
    assert asked > inside > 1000


# perf42: the geometric layout's rows of boxed lines (stories.LineRow) ------------------------


def test_line_rows_emit_as_the_text_reflows_rows() -> None:
    """stories.LineRow (line, start, end and text only) reads through spaces.emit as the text
    reflow's Row of the same piece does: the same text, source map and hyphens, rows with and
    without spaces, Latin words and hyphens across rows, every mode; and a byline's first row
    taken whole leaves the line's other rows, whether the line holds them in a list or in a
    tuple (build_articles' one-row lines)."""
    from desktop.core.reflow.stories import LineRow

    rng = random.Random(4201)
    words = ["改革", "发展", "abc", "Xi", "2024", "，", "。", "“", "aver-", "ﬁeld", "(", "—"]
    spaces = [" ", "  ", "\u3000", ""]
    for _ in range(1500):
        raw, rows = _random_rows(rng, words, spaces, 5)
        light = [LineRow(r.line, r.start, r.end, r.text) for r in rows]
        for mode in ("para", "heading", "byline"):
            got, want = emit(raw, light, mode), emit(raw, rows, mode)
            assert (got.text(), got.offsets, got.hyphens) == (
                want.text(),
                want.offsets,
                want.hyphens,
            )
    held: list[LineRow] = [LineRow(0, 0, 2, "ab"), LineRow(0, 3, 5, "cd")]
    as_list, as_tuple = list(held), tuple(held)
    as_list.pop(0)
    assert list(as_tuple[1:]) == as_list and list((held[0],)[1:]) == []


def test_line_joins_given_the_pages_stripped_texts_as_stripping_each() -> None:
    """_line_joins given each line's stripped text by line number (the page's, made once)
    answers as it does stripping each line itself: test_line_joins_as_each_line_with_the_one_
    before's random stories, texts padded with spaces at either end."""
    from desktop.core.reflow.stories import Metrics, _line_joins

    rng = random.Random(4202)
    for trial in range(3000):
        n = rng.randint(1, 12)
        lines, boxes, edges = _random_story_lines(rng, n)
        lines = [
            OcrLine(rng.choice(["", " ", "\u3000"]) + ln.text + rng.choice(["", "  "]), ln.box)
            for ln in lines
        ]
        m = Metrics(24.0, rng.choice([0.0, 8.0, 10.0, 12.0]))
        running = list(range(n))
        if rng.random() < 0.2:
            rng.shuffle(running)
        stripped = [ln.text.strip() for ln in lines]
        want = _line_joins(running, lines, boxes, edges, m)
        assert _line_joins(running, lines, boxes, edges, m, stripped) == want, trial


def test_units_read_each_leafs_groups_as_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    """columns.units reads whether a leaf holds a headline line, and a one-story part's
    groups, off each leaf's groups as _count_groups counted them: the same units (leaves,
    groups, bare, mergeable) as counting them over the leaves' lines again (held None, and
    no set of the headline lines to skip a leaf holding none), on the XY-cut trees of the
    stacked dev pages and the generated page."""
    from desktop.core.reflow import stories
    from desktop.core.reflow.columns import _collect, _count_groups

    asked: list[tuple[object, ...]] = []
    real_units = columns.units

    def spy(*args: Any) -> list[columns.Unit]:
        asked.append(args)
        return real_units(*args)

    monkeypatch.setattr(stories, "units", spy)
    for page in (real_page_of(3000), page_of(2000)):
        reflow_page(page)
    assert asked
    for root, group_of, keeps_apart, boxes, *heads in asked:
        counts: dict[int, int] = {}
        _count_groups(root, group_of, counts)  # type: ignore[arg-type]
        plain = _collect(root, group_of, counts, keeps_apart, boxes)  # type: ignore[arg-type]
        got = real_units(root, group_of, keeps_apart, boxes, *heads)  # type: ignore[arg-type]
        assert [(u.leaves, u.groups, u.bare, u.mergeable) for u in got] == [
            (u.leaves, u.groups, u.bare, u.mergeable) for u in plain
        ]


def test_space_classes_as_backslash_s_over_every_code_point() -> None:
    """text.SPACES (``\\s`` as a class of its characters) matches what ``\\s`` matches, and
    what str.isspace() calls space, at every code point: in text.cells' test of a line
    (ASCII or a space) and spaces.emit's (a space in a row)."""
    import sys

    from desktop.core.reflow.spaces import _SPACE
    from desktop.core.reflow.text import _ASCII_OR_SPACE

    plain_space, plain_either = re.compile(r"\s"), re.compile(r"[\x00-\x7f\s]")
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert _SPACE.findall(every) == plain_space.findall(every)
    assert _SPACE.findall(every) == [ch for ch in every if ch.isspace()]
    assert _ASCII_OR_SPACE.findall(every) == plain_either.findall(every)


def test_story_keeps_its_body_whole_where_no_line_lost_its_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """stories._story given the lines left with no row (``empty``, noted as build_articles
    cuts them) builds the story it builds filtering its body line by line (``empty`` None):
    every story of the stacked dev pages, every 40th line made a continuation marker alone,
    each asked both ways on copies of its rows."""
    import copy
    from dataclasses import replace

    from desktop.core.reflow import stories

    plain_story = stories._story
    seen = {"stories": 0, "with_empty": 0}

    def both(*args: Any) -> Any:
        cut, empty = args[2], args[11]
        plain_args = list(args[:12])
        plain_args[2] = {i: [copy.copy(r) for r in rows] for i, rows in cut.items()}
        plain_args[11] = None
        want = plain_story(*plain_args)
        got = plain_story(*args)
        assert (got.heads, got.byline_rows, got.byline, got.body, got.markers) == (
            want.heads,
            want.byline_rows,
            want.byline,
            want.body,
            want.markers,
        )
        seen["stories"] += 1
        seen["with_empty"] += bool(empty) and not empty.isdisjoint(args[0])
        del cut
        return got

    page = real_page_of(2000)
    # (Every 40th line a continuation marker alone: a line left with no row.)
    marked = tuple(
        replace(ln, text="（下转第2版）") if n % 40 == 7 else ln for n, ln in enumerate(page.lines)
    )
    monkeypatch.setattr(stories, "_story", both)
    reflow_page(replace(page, lines=marked))
    assert seen["stories"] > 50 and seen["with_empty"] > 10, seen


def test_median_sorting_as_statistics_median() -> None:
    """stories._median_sorting (a column's ends sorted in place, the middle picked) gives
    statistics.median's value, bit for bit and of the same type: odd and even counts, ties,
    integers and floats mixed, signed zeros, one value."""
    import statistics

    from desktop.core.reflow.stories import _median_sorting

    rng = random.Random(4203)
    for _ in range(5000):
        values: list[float] = [
            rng.choice([rng.uniform(-50, 900), float(rng.randint(0, 40)), rng.randint(0, 40), -0.0])
            for _ in range(rng.randint(1, 15))
        ]
        want = statistics.median(values)
        got = _median_sorting(list(values))
        assert repr(got) == repr(want) and type(got) is type(want), values


def test_articles_from_the_pages_stripped_texts_as_from_each_lines_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """build_articles given the page's stripped texts (each plain line's row made in its loop,
    _line_joins reading them) gives the articles it gives stripping each line itself
    (``stripped`` None: every row by _row): the stacked dev pages, lines padded with spaces
    at either end, blank, and a continuation marker alone."""
    from dataclasses import replace

    from desktop.core.reflow import geometric, stories

    plain = stories.build_articles
    seen = [0]

    def both(*args: Any) -> Any:
        got = plain(*args)
        want = plain(*args[:8], None)
        assert got == want
        seen[0] += 1
        return got

    monkeypatch.setattr(geometric, "build_articles", both)
    page = real_page_of(2000)
    pads = ["", "", "", " ", "\u3000", "  "]
    rng = random.Random(4204)
    lines = tuple(
        replace(ln, text="（下转第2版）")
        if n % 50 == 7
        else replace(ln, text=rng.choice(pads) + ln.text + rng.choice(pads))
        for n, ln in enumerate(page.lines)
    )
    for each in (page, replace(page, lines=lines)):
        reflow_page(each)
    assert seen[0] == 2


# perf43: the cutting's set-up read in fewer passes --------------------------------------------


def test_wide_among_neighbours_as_one_line_at_a_time() -> None:
    """_wide_among_neighbours (its set made from the mask's few wide lines) gives the lines
    the plain look finds wide, one box at a time, in the same order: body lines of the
    stacked dev pages, and taller ones as ``extra``, given their arrays or not."""
    from desktop.core.reflow.gutters import _Values, _wide_among_neighbours

    page = real_page_of(3000)
    boxed = [(i, ln) for i, ln in enumerate(page.lines) if ln.box is not None and ln.box.height > 0]
    height = statistics.median(ln.box.height for _, ln in boxed if ln.box is not None)
    body = [(i, ln) for i, ln in boxed if ln.box is not None and ln.box.height <= height * 1.2]
    extra = [(i, ln) for i, ln in boxed if ln.box is not None and ln.box.height > height * 1.2]
    placed = sorted((ln.box.cy, ln.box.x0, ln.box.x1) for _, ln in body if ln.box is not None)
    centres = [c for c, _, _ in placed]

    def arrays(lines: Sequence[tuple[int, OcrLine]]) -> _Values:
        rows = [(ln.box.cy, ln.box.x0, ln.box.x1) for _, ln in lines if ln.box is not None]
        a = np.array(rows, dtype=float).reshape(-1, 3).T
        return a[0], a[1], a[2]

    for judged_extra in ((), extra):
        # (A set made in the judged lines' order: the cutting reads the set in its order.)
        plain = {
            i
            for i, ln in (*body, *judged_extra)
            if ln.box is not None and _wider_than_around(ln.box, placed, centres, height)
        }
        assert plain and len(plain) < len(body)
        fast = _wide_among_neighbours(body, height, judged_extra)
        given = _wide_among_neighbours(
            body,
            height,
            judged_extra,
            placed=placed,
            values=arrays([*body, *judged_extra]),
            placed_values=arrays(sorted(body, key=lambda e: _place_of(e[1]))),
        )
        assert list(fast) == list(plain) == list(given)


def _place_of(ln: OcrLine) -> tuple[float, float, float]:
    assert ln.box is not None
    return (ln.box.cy, ln.box.x0, ln.box.x1)


def _tree_shape(node: Node) -> tuple[object, ...]:
    """An XY-cut tree as nested tuples: each node's direction, lines and children."""
    return (node.direction, tuple(node.lines), tuple(_tree_shape(c) for c in node.children))


def _random_story_page(
    rng: random.Random,
) -> tuple[list[tuple[float, float, float, float]], list[int], list[int]]:
    """Bands of stories side by side, each a title (one or two lines, some set beside or
    under its columns, some a lone line of headline type) over one to three columns of body
    lines whose boxes wander a few pixels: the boxes, the lines' headline groups (-1 for
    body lines) and the lines to cut."""
    boxes: list[tuple[float, float, float, float]] = []
    group_of: list[int] = []
    groups = 0
    y = 0.0
    for _ in range(rng.randint(2, 5)):
        x = 0.0
        band = 0.0
        for _ in range(rng.randint(1, 3)):
            cols = rng.randint(1, 3)
            width = rng.choice((120.0, 200.0))
            top = y
            if rng.random() < 0.8:
                for k in range(rng.choice((1, 1, 2))):
                    wobble = rng.uniform(-3, 3)
                    boxes.append((x + wobble, top, x + cols * width * 0.8, top + 40.0))
                    group_of.append(groups)
                    top += 44.0 if k == 0 else 0.0
                groups += 1
                top += 40.0 + rng.choice((6.0, 20.0))
            rows = rng.randint(2, 12)
            for c in range(cols):
                cx = x + c * (width + rng.choice((8.0, 14.0, 30.0)))
                for r in range(rows - rng.randint(0, 2)):
                    indent = rng.choice((0.0, 0.0, 0.0, 48.0))
                    short = rng.choice((0.0, 0.0, 60.0))
                    boxes.append(
                        (
                            cx + indent + rng.uniform(-2, 2),
                            top + r * 30.0 + rng.uniform(-2, 2),
                            cx + width - short + rng.uniform(-2, 2),
                            top + r * 30.0 + 24.0 + rng.uniform(-2, 2),
                        )
                    )
                    group_of.append(-1)
            band = max(band, top + rows * 30.0 - y)
            x += cols * (width + 30.0) + 40.0
        y += band + rng.choice((20.0, 60.0))
    ids = list(range(len(boxes)))
    rng.shuffle(ids)
    return boxes, group_of, ids


def test_xy_cut_skips_the_headline_rules_only_for_parts_holding_no_headline() -> None:
    """xy_cut gives a part holding no headline line (told by ``heads``) the tree it gives
    asking every headline rule of it: the same trees as with every line counted a headline
    line for that test (so that no part is told headless and every rule reads it), on
    random pages of stories and on the stacked dev pages."""
    rng = random.Random(45)
    for _ in range(300):
        boxes, group_of, ids = _random_story_page(rng)
        h_gap, v_gap = rng.choice((12.0, 16.0)), rng.choice((10.0, 14.0))
        plain = xy_cut(ids, boxes, group_of, h_gap, v_gap, frozenset(ids))
        assert _tree_shape(xy_cut(ids, boxes, group_of, h_gap, v_gap)) == _tree_shape(plain)
    _, boxes, ids, body, group_of = _stacked_tree_input()
    plain = xy_cut(ids, boxes, group_of, 0.65 * body, 14.0, frozenset(ids))
    assert _tree_shape(xy_cut(ids, boxes, group_of, 0.65 * body, 14.0)) == _tree_shape(plain)


def test_may_part_at_as_may_part() -> None:
    """columns._may_part_at (the edges as lists by line, read in C) answers as _may_part
    (each box read in Python), NaN coordinates included."""
    rng = random.Random(46)
    for _ in range(2000):
        boxes = [
            (x, 0.0, x + rng.choice((0.0, 10.0, 80.0)), 20.0)
            for x in (
                rng.choice((float(rng.randrange(0, 300, 7)), math.nan, 5.0))
                for _ in range(rng.randint(1, 8))
            )
        ]
        xs = list(range(len(boxes)))
        rng.shuffle(xs)
        lefts, rights = [b[0] for b in boxes], [b[2] for b in boxes]
        for gap in (0.0, 7.0, 14.0, math.nan):
            assert columns._may_part_at(xs, lefts, rights, gap) == _may_part(xs, boxes, gap)


def test_lone_under_measures_each_columns_foot_as_asking_it_again() -> None:
    """stories._lone_under, each column's foot measured once, gives the lone lines the
    edges it gave measuring every column's foot again for each lone line."""
    from desktop.core.reflow import stories

    def plain(
        spans: list[tuple[float, float, list[int]]],
        edges: dict[int, tuple[float, float]],
        boxes: list[tuple[float, float, float, float]],
        char: float,
    ) -> None:
        for _, _, (i, *more) in spans:
            if more:
                continue
            x0, y0, x1, _ = boxes[i]
            for _, _, column in spans:
                if len(column) < 4:
                    continue
                left, right = edges[column[0]]
                foot = max(boxes[j][3] for j in column)
                if (
                    stories.INDENT * char <= x0 - left <= 2 * stories.INDENT * char
                    and x1 <= right + char / 2
                    and 0 <= y0 - foot <= stories.LONE_UNDER * char
                ):
                    edges[i] = (left, right)
                    break

    rng = random.Random(47)
    char = 20.0
    for _ in range(500):
        boxes: list[tuple[float, float, float, float]] = []
        spans: list[tuple[float, float, list[int]]] = []
        edges: dict[int, tuple[float, float]] = {}
        for _ in range(rng.randint(1, 6)):
            left = float(rng.randrange(0, 600, 20))
            right = left + 200.0
            n = rng.choice((1, 1, 2, 4, 6))
            top = float(rng.randrange(0, 400, 10))
            members = []
            for r in range(n):
                x0 = left + rng.choice((0.0, 0.0, 2 * char, 3 * char, 5 * char))
                y0 = top + 30.0 * r + rng.choice((0.0, 0.0, 40.0, 90.0))
                boxes.append((x0, y0, right - rng.choice((0.0, 10.0, 40.0)), y0 + 24.0))
                members.append(len(boxes) - 1)
                edges[len(boxes) - 1] = (left, right)
            spans.append((left, right, members))
        want = dict(edges)
        plain(spans, want, boxes, char)
        stories._lone_under(spans, edges, boxes, char)
        assert edges == want


def test_emit_tells_a_row_without_whitespace_as_the_space_class_does() -> None:
    """spaces.emit tells a row holding no whitespace by str.split() (the row its one word):
    the same text and source map as the row-by-row rule, for rows holding each character
    str.isspace() calls space (\\s, _SPACE's class: the separators, \\x1c-\\x1f, \\x85, the
    no-break spaces), and rows of other characters next to the space range's ends."""
    import sys

    every_space = [ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace()]
    near = ["\x1b", "\x21", "\x84", "\x86", "\u200b", "\u3001", "\ufeff", "a", "年"]
    rng = random.Random(2402)
    words = ["改革", "发展", "abc", "2024", "，", "ok", *near]
    seen = 0
    for space in every_space:
        for _ in range(20):
            raw, rows = _random_rows(rng, words, [space, "", ""], 5)
            seen += any(space in row.text for row in rows)
            _assert_emits_as_plain(raw, rows, repr(space))
    assert seen > 10 * len(every_space)


def test_narrow_characters_counted_as_an_ascii_encoding_keeps_them() -> None:
    """stories._after_block_end counts a line's narrow characters as the length of its ASCII
    encoding, non-ASCII characters left out: as many as text.NARROW finds, on random text of
    ASCII, Latin-1, CJK, astral characters and lone surrogates."""
    from desktop.core.reflow.text import NARROW

    rng = random.Random(2403)
    pool = ["a", "Z", "7", ",", "\x00", "\x7f", "\x80", "é", "年", "，", "\U0001f600", "\ud800"]
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert len(text.encode("ascii", "ignore")) == len(NARROW.findall(text))


def _page_digest(page: Any) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for a in page.articles for b in a.blocks]


def test_collector_resumes_with_kept_objects_aged_as_with_a_plain_resume(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pause's resume (``gc.freeze`` then ``gc.unfreeze``: what reflow made and keeps goes
    to the oldest generation, not through a young collection) lays a page out as a plain
    resume does, leaves the collector on with nothing frozen, and a cycle made before the
    layout is still collected; a caller's frozen objects stay frozen."""
    import gc

    page = page_of(300)
    was = gc.isenabled()
    gc.enable()
    try:
        # (An object in a cycle, no longer reachable: the collector alone frees it.)
        ref = weakref.ref(_Holder([]))
        aged = reflow_page(page)
        assert gc.isenabled() and gc.get_freeze_count() == 0
        gc.collect()
        assert ref() is None
        # (A plain resume: freeze and unfreeze not asked.)
        with monkeypatch.context() as m:
            m.setattr(gc, "freeze", lambda: None)
            m.setattr(gc, "unfreeze", lambda: None)
            plain = reflow_page(page)
        assert _page_digest(aged) == _page_digest(plain)
        assert aged.boxes == plain.boxes
        # (A caller's freeze kept: an object it froze is in no generation after the layout.)
        kept: list[Any] = [[]]
        gc.freeze()
        try:
            reflow_page(page)
            assert gc.get_freeze_count() > 0
            assert not any(o is kept for o in gc.get_objects())
        finally:
            gc.unfreeze()
        assert any(o is kept for o in gc.get_objects())
    finally:
        if not was:
            gc.disable()


class _Holder:
    """An object in a cycle (with the list ``cycle``), freed only by the collector."""

    def __init__(self, cycle: list[Any]) -> None:
        self.cycle = cycle
        cycle.append(self)
