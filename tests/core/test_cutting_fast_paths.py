"""The cutting's fast paths (``split_across_gutters``' passes and the column grid, perf28)
answer as the rules they stand for: each checked against the plain rule on the real dev
pages stacked (the bench's page) and on synthetic columns whose boxes end or start on, a
hair off or inside the bounds the fast path tests."""

from __future__ import annotations

import dataclasses
import inspect
import math
import random
import re
import statistics
import textwrap
from bisect import bisect_left, bisect_right
from typing import Any

import numpy as np
import pytest

from bench.bench_layout import page_of, real_page_of
from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow import gutters
from desktop.core.reflow.grid import (
    BAND,
    BODY_PITCH,
    INDENT_FITS,
    SIDE,
    WINDOW,
    BandGrids,
    _gutters,
    crosses,
    crossing_reach,
    first_start,
    gutters_from_column,
    may_trim,
    trim_reach,
    trim_to_grid,
)
from desktop.core.reflow.gutters import (
    BODY_TYPE,
    EMPTY,
    INDENTED,
    OFFSET_RUN_ON,
    OVERHANG,
    RUN_ON_TAIL,
    TALL_CELLS,
    TILTED,
    _crossing,
    _loose_all,
    _may_trim_all,
    _meets_row_neighbour,
    _near_any,
    _over_indent_reach,
    _retrim_reach_all,
    _run_on_by_grid,
    _run_ons_across_grid,
    _trim_over_indent,
    _wide_among_placed,
    _wider_than_around_all,
)
from desktop.core.reflow.sidebyside import split_between_stories
from desktop.core.reflow.text import OPENERS
from desktop.core.reflow.text import cells as ink_cells
from tests.core.test_reflow_fast_paths import _cut_lines, _moved_one_by_one, _trim_cases


def test_retrim_reach_all_as_each_line_asked() -> None:
    # The last grid trims' first looks, against each line asked alone: near a line changed
    # (_near_any), its start inside a start interval of its band's trim_reach (where
    # trim_to_grid may move it: every start it moves is there), its end inside one of
    # [s + EMPTY pitch, s + INDENTED pitch) (where _trim_over_indent may trim it: every end
    # it moves is there). The cases' lines, and each again starting and ending on, a hair off
    # and inside each bound of its band's intervals.
    asked = moved = 0
    for lines, placed, h, p in _trim_cases():
        centres = [c for c, _, _ in placed]
        grids = BandGrids(placed, h, p)
        boxes: list[Box | None] = [None]
        for ln in lines[:400]:
            assert ln.box is not None
            b = ln.box
            grid = grids.at(b.cy)
            boxes.append(b)
            lows, ups, _, _ = trim_reach(grid, p)
            for x in lows[:3] + ups[:3]:
                for x0 in (x, math.nextafter(x, math.inf), x + 3.0):
                    boxes.append(Box(x0, b.y0, max(b.x1, x0 + 100.0), b.y1))
            for _, s in grid[:3]:
                for bound in (s + EMPTY * p, s + INDENTED * p):
                    for x1 in (bound, math.nextafter(bound, -math.inf), bound - 0.5):
                        boxes.append(Box(min(b.x0, x1 - 100.0), b.y0, x1, b.y1))
        reach = WINDOW * h
        # (Some lines changed a window off another's centre exactly: near by a hair.)
        changed = sorted(
            [*centres[:: max(1, len(centres) // 5)], *(c + reach for c in centres[3::97])]
        )
        starts_too = [n % 3 != 0 for n in range(len(boxes))]
        may_start, may_end, bands = _retrim_reach_all(grids, boxes, starts_too, changed, reach, p)
        for box, too, start, end, k in zip(
            boxes, starts_too, may_start, may_end, bands, strict=True
        ):
            if box is None:
                assert not start and not end
                continue
            grid = grids.at(box.cy)
            assert grids.band(k) == grid
            near = _near_any(changed, box.cy, reach)
            lows, ups, _, _ = trim_reach(grid, p)
            j = bisect_left(lows, box.x0)
            assert start == (near and too and bool(j) and ups[j - 1] > box.x0)
            lows, ups = _over_indent_reach(grid, p)
            j = bisect_right(lows, box.x1)
            assert end == (near and bool(j) and ups[j - 1] > box.x1)
            line = OcrLine("字" * 6, box)
            trimmed = trim_to_grid(line, grid, placed, centres, h, p).box
            assert trimmed is not None
            assert start or not (near and too) or trimmed.x0 == box.x0
            over = _trim_over_indent(line, grid, placed, centres, h, p)
            assert end or not near or over is line
            asked += 1
            moved += (trimmed.x0 != box.x0) + (over is not line)
    assert asked > moved > 0


def _plain_crossing(
    body: list[tuple[int, OcrLine]], grids: BandGrids, pitch: float
) -> list[tuple[int, OcrLine, Box, list[tuple[float, float]]]]:
    """gutters._crossing as it asked: each line's band by BandGrids.at, then crosses()."""
    found = []
    for i, ln in body:
        box = ln.box
        if box is not None and crosses(crossing_reach(grids.at(box.cy)), box, pitch):
            found.append((i, ln, box, grids.at(box.cy)))
    return found


def test_bands_of_takes_each_centre_to_the_band_at_takes() -> None:
    # Centres on each band's bounds, a bit either side, before the first and past the last
    # band, and the real lines' own: each band's grid as at() gives it for that centre.
    rng = random.Random(28)
    for _ in range(30):
        h = rng.choice((20.0, 23.7, 31.25))
        placed = sorted(
            (rng.uniform(0.0, 9000.0), x, x + rng.choice((150.0, 190.5)))
            for x in (rng.choice((0.0, 210.0, 420.5)) for _ in range(rng.randint(1, 400)))
        )
        grids = BandGrids(placed, h, 19.0)
        top, band = placed[0][0], BAND * h
        cys = [c for c, _, _ in placed]
        for k in range(-2, int((placed[-1][0] - top) // band) + 3):
            edge = top + k * band
            cys += [edge, math.nextafter(edge, -math.inf), math.nextafter(edge, math.inf)]
        got = grids.bands_of(np.array(cys))
        assert [grids.band(k) for k in got.tolist()] == [grids.at(cy) for cy in cys]


def test_crossing_as_asking_each_line_its_band() -> None:
    # The real stacked pages' body lines against their grid, and synthetic lines starting and
    # ending on, a hair off or a character off each gutter's bounds.
    lines, h, p = _cut_lines()
    cases = [(lines, h, p)]
    rng = random.Random(29)
    for _ in range(20):
        rows = []
        for row in range(300):
            y = row * 25.0
            x = 0.0
            for width in (200.0, 161.5, 150.0):
                x0 = x + rng.choice((0.0, -19.0, 19.0, 1e-9, -1e-9, width - 19.0))
                x1 = x + width + rng.choice((0.0, 19.0, 38.0, 200.0, 219.0, 219.0 + 1e-9, -1e-9))
                rows.append(OcrLine("字" * 8, Box(x0, y, x1, y + 20)))
                x += width + 19.0
        cases.append((rows, 20.0, 19.0))
    crossed = 0
    for lines, h, p in cases:
        body = list(enumerate(lines))
        grids = BandGrids(sorted((b.cy, b.x0, b.x1) for ln in lines if (b := ln.box)), h, p)
        fast = list(_crossing(body, grids, p))
        assert fast == _plain_crossing(body, grids, p)
        crossed += len(fast)
    assert crossed > 0


def test_may_trim_all_as_may_trim_line_by_line() -> None:
    # The cases' lines, and each again starting and ending on, a hair off and inside each
    # bound of each interval of its band's reach: may_trim of each, its band's grid at().
    asked = moving = 0
    for lines, placed, h, p in _trim_cases():
        grids = BandGrids(placed, h, p)
        cys, x0s, x1s = [], [], []
        for ln in lines:
            assert ln.box is not None
            b = ln.box
            starts, _, ends, _ = trim_reach(grids.at(b.cy), p)
            for x0, x1 in (
                [(b.x0, b.x1)]
                + [(x, b.x1) for x in starts[:4] for x in (x, math.nextafter(x, math.inf), x + 3.0)]
                + [(b.x0, x) for x in ends[:4] for x in (x, math.nextafter(x, -math.inf), x - 3.0)]
            ):
                cys.append(b.cy)
                x0s.append(x0)
                x1s.append(x1)
        may, bands = _may_trim_all(grids, np.array(cys), np.array(x0s), np.array(x1s), p)
        plain = [
            may_trim(trim_reach(grids.at(c), p), a, b)
            for c, a, b in zip(cys, x0s, x1s, strict=True)
        ]
        assert may.tolist() == plain
        assert [grids.band(k) for k in bands.tolist()] == [grids.at(c) for c in cys]
        asked += len(plain)
        moving += sum(plain)
    assert asked > moving > 0


def _gutters_plain(
    ends: list[tuple[float, int]], starts: list[tuple[float, int]], height: float
) -> list[tuple[float, float]]:
    """grid._gutters as it was: each start's bounding ends listed, the greatest (count, end)."""
    grid = []
    places = [e for e, _ in ends]
    for k, (s, _) in enumerate(starts):
        before = starts[k - 1][0] if k else float("-inf")
        lo = bisect_right(places, max(before, s - 4 * height))
        bounding = [(n, e) for e, n in ends[lo : bisect_right(places, s - 0.4 * height)]]
        if bounding:
            grid.append((max(bounding)[1], s))
    return grid


def test_gutters_as_the_greatest_bounding_end() -> None:
    # Peaks in place order (as _peaks gives them), counts tied and not, ends on, a hair off
    # and between each start's bounds (0.4 and 4 heights before it, the start before).
    rng = random.Random(30)
    for _ in range(3000):
        h = rng.choice((20.0, 23.7))
        xs = sorted(
            {
                rng.choice((0.0, 8.0, 80.0, 92.0, 160.0)) + rng.choice((0.0, 0.5, 7.0))
                for _ in range(12)
            }
        )
        ends = [(x, rng.choice((6, 6, 7, 9))) for x in xs if rng.random() < 0.7]
        starts = sorted(
            {
                rng.choice((0.0, 8.0, 80.0, 92.0, 160.0)) + rng.choice((0.0, 0.4 * h, 4 * h, 8.0))
                for _ in range(4)
            }
        )
        starts_n = [(s, 6) for s in starts]
        assert _gutters(ends, starts_n, h) == _gutters_plain(ends, starts_n, h)


def _plain_run_ons(
    body: list[tuple[int, OcrLine]],
    grids: BandGrids,
    pitch: float,
    edge: list[tuple[float, float]],
) -> set[int]:
    """split_across_gutters' two looks across the grid as they were, line by line: the tail
    past a gutter crossed from a column's start (the margin among the starts), then
    _run_on_by_grid of the lines crossing a gutter."""
    found = set()
    crossing = _plain_crossing(body, grids, pitch)
    for i, _, box, bands in crossing:
        lo_x, hi_x = box.x0 + pitch, box.x1 - pitch
        for e, s in bands:
            if lo_x <= e and s <= hi_x <= s + RUN_ON_TAIL * pitch:
                if gutters_from_column([*bands, *edge], box, pitch) > 0:
                    found.add(i)
                break
    return found | _run_on_by_grid(body, grids, pitch, crossing)


def test_run_ons_across_grid_as_each_line_asked() -> None:
    # The real stacked pages' body lines, and synthetic rows run on over a gutter, from a
    # column's start or an indent in (or a hair past it), ending on, a hair off or a few
    # characters past a gutter, their characters as many as the room holds at the body's
    # pitch or a hair over; with and without the page's margin.
    lines, h, p = _cut_lines()
    cases = [(lines, h, p)]
    rng = random.Random(31)
    for _ in range(30):
        rows = []
        for row in range(200):
            y = row * 25.0
            x = 0.0
            for width in (200.0, 161.5, 150.0):
                x0 = x + rng.choice((0.0, 0.0, 4.75, 4.75 + 1e-9, 47.5, 47.5 + 1e-9, -4.75))
                x1 = (
                    x
                    + width
                    + rng.choice((0.0, 19.0 + 57.0, 19.0 + 57.0 + 1e-9, 76.0, 100.0, 219.0))
                )
                n = max(2, round((x1 - x0) / 19.0) + rng.choice((-3, -1, 0, 1)))
                rows.append(OcrLine("字" * n, Box(x0, y, x1, y + 20)))
                x += width + 19.0
        cases.append((rows, 20.0, 19.0))
    found = 0
    for lines, h, p in cases:
        body = list(enumerate(lines))
        grids = BandGrids(sorted((b.cy, b.x0, b.x1) for ln in lines if (b := ln.box)), h, p)
        for edge in ([], [(0.0, 0.0)], [(4.75, 4.75)]):
            fast = _run_ons_across_grid(body, grids, p, edge)
            assert fast == _plain_run_ons(body, grids, p, edge)
            found += len(fast)
    assert found > 0


def test_run_ons_across_grid_on_each_bound() -> None:
    # Lines from a column's start across its gutter, ending on each bound the looks test (a
    # tail of RUN_ON_TAIL characters past the gutter; the room at INDENT_FITS and BODY_PITCH
    # of the body's pitch; the blank at half the gutters), a bit either side.
    p, h = 19.0, 20.0
    lines = [
        OcrLine("字" * 9, Box(x, row * 25.0, x + 180.0, row * 25.0 + 20))
        for row in range(40)
        for x in (0.0, 199.0, 398.0)
    ]
    grids = BandGrids(sorted((b.cy, b.x0, b.x1) for ln in lines if (b := ln.box)), h, p)
    # (From the second column's start, across the second gutter, past the tail's reach.)
    (_, x0), (e, s) = grids.at(lines[0].box.cy if lines[0].box else 0.0)[:2]
    g = s - e
    probes = []
    for n in (16, 17, 18):
        text = "字" * n
        probes.append(OcrLine(text, Box(x0, 5.0, s + RUN_ON_TAIL * p + p, 25.0)))
        for bound in (INDENT_FITS * p * n, BODY_PITCH * p * n):
            # (The ends whose room (width less the gutter) is the bound to the bit.)
            x1 = x0 + g + bound
            for _ in range(4):
                x1 = math.nextafter(x1, -math.inf)
            for _ in range(8):
                if (x1 - x0) - g == bound:
                    for end in (x1, math.nextafter(x1, math.inf), math.nextafter(x1, -math.inf)):
                        probes.append(OcrLine(text, Box(x0, 5.0, end, 25.0)))
                x1 = math.nextafter(x1, math.inf)
        blank = x0 + n * p + g / 2
        for end in (blank, math.nextafter(blank, math.inf), math.nextafter(blank, -math.inf)):
            probes.append(OcrLine(text, Box(x0, 5.0, end, 25.0)))
    body = list(enumerate([*lines, *probes]))
    found = _run_ons_across_grid(body, grids, p, [(0.0, 0.0)])
    assert found == _plain_run_ons(body, grids, p, [(0.0, 0.0)])
    assert 0 < len(found - set(range(len(lines)))) < len(probes)


def test_wider_than_around_all_on_values_read_by_the_caller() -> None:
    # The boxes' and places' values given as arrays (a width as its ends' difference): the
    # same answers as read from the boxes and places themselves.
    lines, h, _ = _cut_lines()
    boxes = [b for ln in lines if (b := ln.box) is not None]
    placed = sorted((b.cy, b.x0, b.x1) for b in boxes[::2])
    centres = [c for c, _, _ in placed]
    values = (
        np.array([b.cy for b in boxes], dtype=np.float64),
        np.array([b.x0 for b in boxes], dtype=np.float64),
        np.array([b.x1 for b in boxes], dtype=np.float64),
    )
    placed_values = (
        np.array([c for c, _, _ in placed], dtype=np.float64),
        np.array([a for _, a, _ in placed], dtype=np.float64),
        np.array([b for _, _, b in placed], dtype=np.float64),
    )
    plain = _wider_than_around_all(boxes, placed, centres, h)
    assert any(plain)
    assert _wider_than_around_all(boxes, placed, centres, h, values, placed_values) == plain


def test_cells_moved_as_set_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    # split_across_gutters' counts by place, moved in place from one look to the next: the
    # same cuts as set anew at every look, on the real and generated stacked pages; and the
    # counts as set anew after every move.
    pages = [split_between_stories(real_page_of(10000)), split_between_stories(page_of(10000))]
    moves = []
    plain_set = gutters._set_cells

    def checked(cells: dict[Any, float], counts: dict[Any, float], moved: Any) -> None:
        plain_set(cells, counts, moved)
        moves.append(moved is not None)
        assert cells == counts

    monkeypatch.setattr(gutters, "_set_cells", checked)
    fast = [gutters.split_across_gutters(page) for page in pages]
    assert any(moves)
    monkeypatch.setattr(
        gutters, "_set_cells", lambda cells, counts, _: plain_set(cells, counts, None)
    )
    assert [gutters.split_across_gutters(page) for page in pages] == fast


# perf30: the loose lines asked on arrays, the fragment marks' rows on an array, the run-ons
# across the grid on the caller's arrays.


def _plain_loose(
    boxed: list[tuple[int, OcrLine]],
    level: list[tuple[float, float, float]],
    body_type: float,
    offset_type: float,
    pitch: float,
) -> set[int]:
    """The plain rule: each boxed line asked in turn, as split_across_gutters asked it."""
    tall = {i: ln.box.height for i, ln in boxed if ln.box is not None}
    return {
        i
        for i, ln in boxed
        if ln.box is not None
        and (
            tall[i] <= body_type
            or ink_cells(ln.text) >= TALL_CELLS
            or (tall[i] <= offset_type and _meets_row_neighbour(ln.box, level, pitch))
        )
        and ln.box.width - ink_cells(ln.text) * pitch >= OVERHANG * pitch
    }


def _loose_rows(h: float, p: float) -> list[OcrLine]:
    """Lines whose boxes overhang their characters by OVERHANG characters to the bit, or a
    hair more or less, at heights on the body and offset bounds or a hair over, some of them
    meeting a line before them on their row, some long, some with Latin letters."""
    lines = []
    y = 0.0
    for n, text in ((4, "字" * 4), (9, "字" * 9), (3, "ab字字")):
        ink = ink_cells(text)
        for top in (BODY_TYPE * h, OFFSET_RUN_ON * h, TILTED * h):
            for tall in (top, math.nextafter(top, math.inf), math.nextafter(top, -math.inf)):
                x0 = 100.0 + n
                # (The end whose overhang is OVERHANG characters to the bit, and either side.)
                x1 = x0 + ink * p + OVERHANG * p
                for _ in range(64):
                    x1 = math.nextafter(x1, -math.inf)
                ends = []
                for _ in range(128):
                    if (x1 - x0) - ink * p == OVERHANG * p:
                        ends += [x1, math.nextafter(x1, math.inf), math.nextafter(x1, -math.inf)]
                    x1 = math.nextafter(x1, math.inf)
                ends.append(x0 + ink * p + 3 * p)
                for end in ends:
                    for meets in (False, True):
                        y += 3 * h
                        lines.append(OcrLine(text, Box(x0, y, end, y + tall)))
                        if meets:
                            lines.append(OcrLine("字" * 5, Box(x0 - 90.0, y, x0 - p / 2, y + h)))
    return lines


def test_loose_all_as_each_line_asked() -> None:
    # The real stacked pages' lines and synthetic ones on each bound, at the page's type
    # sizes and others: the same set, made in the same order.
    real, h, p = _cut_lines()
    cases = [(real, h, p), *((_loose_rows(20.0, p), 20.0, p) for p in (19.0, 20.0))]
    # (Some synthetic boxes overhang by OVERHANG characters to the bit.)
    assert any(
        (b.x1 - b.x0) - ink_cells(ln.text) * p == OVERHANG * p
        for lines, _, p in cases[1:]
        for ln in lines
        if (b := ln.box) is not None
    )
    found = 0
    for lines, h, p in cases:
        boxed = [(i, ln) for i, ln in enumerate(lines) if ln.box is not None]
        boxes = [b for _, ln in boxed if (b := ln.box) is not None]
        level = sorted((b.cy, b.x0, b.x1) for b in boxes)
        values = (
            np.array([i for i, _ in boxed], dtype=np.intp),
            np.array([b.height for b in boxes], dtype=np.float64),
            np.array([b.x0 for b in boxes], dtype=np.float64),
            np.array([b.x1 for b in boxes], dtype=np.float64),
        )
        for body, offset in ((BODY_TYPE, OFFSET_RUN_ON), (OFFSET_RUN_ON, TILTED)):
            fast = _loose_all(boxed, values, level, body * h, offset * h, p)
            plain = _plain_loose(boxed, level, body * h, offset * h, p)
            assert fast == plain
            assert list(fast) == list(plain)
            found += len(fast)
    assert found > 0


def _plain_fragment_marks(page: OcrPage) -> OcrPage:
    """The plain rule: the lines on a box's row by bisect over all the lines' centres."""
    boxed = [ln for ln in page.lines if ln.box is not None and ln.box.height > 0]
    if not boxed:
        return page
    height = statistics.median([ln.box.height for ln in boxed if ln.box is not None])
    boxed.sort(key=lambda other: other.box.cy if other.box is not None else 0.0)
    centres = [other.box.cy if other.box is not None else 0.0 for other in boxed]
    lines = list(page.lines)
    changed = False
    for k, ln in enumerate(page.lines):
        text = ln.text.rstrip()
        box = ln.box
        if (
            box is None
            or len(text) < 3
            or text[-1] not in OPENERS
            or box.height > BODY_TYPE * height
        ):
            continue
        cell = box.width / len(text)
        row = boxed[
            bisect_left(centres, box.cy - height / 2) : bisect_right(centres, box.cy + height / 2)
        ]
        starts = [
            b.x0
            for other in row
            if other is not ln
            and (b := other.box) is not None
            and abs(b.cy - box.cy) < height / 2
            and box.x1 - cell < b.x0 < box.x1
            and b.x1 > box.x1 + cell
        ]
        if not starts:
            continue
        x1 = min(min(starts), box.x1 - cell) - cell / 4
        lines[k] = dataclasses.replace(ln, box=Box(box.x0, box.y0, x1, box.y1))
        changed = True
    return dataclasses.replace(page, lines=tuple(lines)) if changed else page


def test_trim_fragment_marks_as_by_bisect() -> None:
    # The real stacked page, and rows of a line ending in an opening mark run into the next
    # column's first glyph, that column's line set half a line height off the row, or a few
    # ulps either side (its centre on the bounds the bisect took, or a hair in or out), or
    # well inside it: the same trims.
    real = real_page_of(3000)
    lines = []
    for row in range(40):
        y = row * 30.0
        lines.append(OcrLine("字字字字字字“", Box(0.0, y, 140.0, y + 20.0)))
        # (Under the row or over it, by turns: the trim shows whether it was taken.)
        sign = 1 if row % 2 else -1
        off = 3.0 if row % 3 == 0 else 10.0 + (row % 5 - 2) * math.ulp(y + 20.0)
        top = y + sign * off
        lines.append(OcrLine("字字字字字字", Box(130.0, top, 260.0, top + 20.0)))
    synthetic = dataclasses.replace(real, lines=tuple(lines))
    trims = 0
    for page in (real, synthetic, dataclasses.replace(real, lines=())):
        fast = gutters._trim_fragment_marks(page)
        assert fast == _plain_fragment_marks(page)
        trims += fast is not page
    assert trims


def test_run_ons_across_grid_on_values_read_by_the_caller() -> None:
    # The body lines' places given as arrays: the same run-ons as read from their boxes.
    lines, h, p = _cut_lines()
    body = list(enumerate(lines))
    grids = BandGrids(sorted((b.cy, b.x0, b.x1) for ln in lines if (b := ln.box)), h, p)
    boxes = [b for ln in lines if (b := ln.box) is not None]
    values = (
        np.array([b.cy for b in boxes], dtype=np.float64),
        np.array([b.x0 for b in boxes], dtype=np.float64),
        np.array([b.x1 for b in boxes], dtype=np.float64),
    )
    for edge in ([], [(0.0, 0.0)]):
        plain = _run_ons_across_grid(body, grids, p, edge)
        assert plain
        assert _run_ons_across_grid(body, grids, p, edge, values) == plain


def _plain_first_start(starts: list[float], pitch: float) -> float | None:
    """The plain rule: each start in order, its reach counted by bisect."""
    xs = sorted(starts)
    for k, x in enumerate(xs):
        hi = bisect_right(xs, x + pitch / 3)
        if hi - k >= 2 * SIDE:
            return statistics.median(xs[k:hi])
    return None


def test_first_start_as_by_bisect() -> None:
    # Starts scattered, and clusters whose last start stands a third of a character from
    # the first to the bit or a hair off, of 2 * SIDE starts or one fewer: the same margin.
    rng = random.Random(30)
    pitch = 19.0
    found = 0
    for _ in range(400):
        starts = [rng.uniform(0, 2000) for _ in range(rng.randint(0, 40))]
        for _ in range(rng.randint(0, 3)):
            x = rng.choice((0.0, 47.5, rng.uniform(0, 2000)))
            reach = x + pitch / 3
            end = rng.choice((reach, math.nextafter(reach, math.inf), math.nextafter(reach, 0)))
            starts += [x] * (2 * SIDE - 2 - rng.randint(0, 1)) + [end, rng.uniform(x, end)]
        rng.shuffle(starts)
        want = _plain_first_start(starts, pitch)
        assert first_start(starts, pitch) == want
        assert first_start(np.array(starts), pitch) == want
        found += want is not None
    assert found > 0


def test_placed_as_boxed_as_counted_all(monkeypatch: pytest.MonkeyPatch) -> None:
    # placed() set first to the lines as boxed (its first look moving the lines changed
    # since): the same cuts as counting all the lines at its first look, on the real and
    # generated stacked pages and on a page of lines sharing places (counted all then).
    real = split_between_stories(real_page_of(10000))
    shared = dataclasses.replace(real, lines=(*real.lines[:3000], *real.lines[1000:2000]))
    pages = [real, split_between_stories(page_of(10000)), shared]
    plain = gutters._placed_as_boxed
    asked = []

    def as_boxed(*args: Any) -> Any:
        found = plain(*args)
        asked.append(found[4])
        return found

    monkeypatch.setattr(gutters, "_placed_as_boxed", as_boxed)
    fast = [gutters.split_across_gutters(page) for page in pages]
    assert asked == [False, False, True]
    # (Nothing set first: placed() counts all the lines at its first look, as it did.)
    monkeypatch.setattr(gutters, "_placed_as_boxed", lambda *_: ([], [], [], {}, False))
    assert [gutters.split_across_gutters(page) for page in pages] == fast


def test_wide_among_placed_on_indexes_read_by_the_caller() -> None:
    # The judged lines' places and indexes given as arrays: the same lines, the set made in
    # the same order.
    lines, h, _ = _cut_lines()
    body = list(enumerate(lines))
    placed = sorted((b.cy, b.x0, b.x1) for ln in lines[::2] if (b := ln.box) is not None)
    centres = [c for c, _, _ in placed]
    for wide in (set(), set(range(0, len(lines), 7))):
        judged = [(i, b) for i, ln in body if i not in wide and (b := ln.box) is not None]
        values = (
            np.array([b.cy for _, b in judged], dtype=np.float64),
            np.array([b.x0 for _, b in judged], dtype=np.float64),
            np.array([b.x1 for _, b in judged], dtype=np.float64),
        )
        indexes = np.array([i for i, _ in judged], dtype=np.intp)
        plain = _wide_among_placed(body, placed, centres, h, wide)
        assert plain
        fast = _wide_among_placed(body, placed, centres, h, wide, values, indexes)
        assert fast == plain
        assert list(fast) == list(plain)


def test_move_keys_on_long_lists() -> None:
    # Lists of some thousands of places (equal ones among them), moves on either side of
    # the counts _move_keys takes one by one on a long list: the same list as one by one.
    rng = random.Random(30)
    for size in (300, 4000, 9000):
        pool = [(float(rng.randint(0, size)), float(rng.randint(0, 3)), 9.0) for _ in range(size)]
        keys = sorted(rng.choices(pool, k=size))
        for moves in (10, 100, 255, 256, 257, 300, 600):
            out = rng.sample(keys, moves // 2)
            put = rng.choices(pool, k=moves - moves // 2 - 5) + out[:5]
            got, centres = list(keys), [c for c, _, _ in keys]
            gutters._move_keys(got, centres, out, put)
            want = _moved_one_by_one(keys, out, put)
            assert got == want
            assert centres == [c for c, _, _ in want]


# perf32


def test_under_headline_with_no_headline_near_as_the_rule() -> None:
    # _under_headline answers at once for a line with no headline near it (False): the
    # rule as it stood without that shortcut (its source, the two lines taken out) gives the
    # same answers for random lines under, over, beside and far from random headlines, with
    # and without the lines around.
    source = textwrap.dedent(inspect.getsource(gutters._under_headline))
    plain_source, shortcuts = re.subn(r"    if not near[^\n]*:\n        return False\n", "", source)
    assert shortcuts == 1
    space: dict[str, Any] = dict(vars(gutters))
    exec(plain_source, space)
    plain = space["_under_headline"]
    rng = random.Random(32)
    h, pitch = 24.0, 24.0
    asked = empty = decks = 0
    for _ in range(300):
        heads = sorted(
            (y0, y0 + rng.uniform(30, 60), x0, x0 + rng.uniform(100, 900))
            for y0, x0 in ((rng.uniform(0, 3000), rng.uniform(0, 1500)) for _ in range(6))
        )
        every = sorted(
            (y + 12, x0, x0 + rng.uniform(100, 400))
            for y, x0 in ((rng.uniform(0, 3000), rng.uniform(0, 1500)) for _ in range(60))
        )
        for _ in range(20):
            if rng.random() < 0.5:
                y0, y1, x0, x1 = rng.choice(heads)
                y = rng.choice([y1 + rng.uniform(-12, 30), y0 - rng.uniform(0, 60)])
                x = rng.uniform(x0 - 200, x1)
            else:
                y, x = rng.uniform(-100, 3100), rng.uniform(0, 1500)
            box = Box(x, y, x + rng.uniform(100, 900), y + h)
            line = OcrLine("字" * 10, box)
            for args in ((line, heads, h), (line, heads, h, every, pitch)):
                asked += 1
                got = gutters._under_headline(*args)
                assert got == plain(*args)
                decks += got
                k = bisect_left(heads, (box.y0 - 6 * h,))
                empty += not heads[k : bisect_right(heads, (box.y1 + h,))]
    assert 0 < empty < asked
    assert decks > 0


# perf33


def test_gaps_from_sorted_starts_and_ends_as_from_the_lines() -> None:
    # _gaps given its lines' starts and ends sorted (where each starts by its end) takes its
    # gaps' edges from slices of them: the same gaps as taking them from the lines, for
    # columns of whole pixels and fractions, ties, 0.0 beside -0.0, edges right at x0 and x1,
    # figures' short ends; and _gutters_beside, which hands them over, as its looks one by one.
    rng = random.Random(33)
    found = 0
    for _ in range(4000):
        height = rng.choice((2.0, 20.0, 24.5))
        near: list[tuple[float, float]] = []
        for _ in range(rng.randint(0, 40)):
            a = rng.choice((-0.0, 0.0, -0.0, 0.0, -108.0, 100.0, 208.0, 215.5)) + rng.choice(
                (0.0, 1.0)
            )
            b = a + rng.choice((0.0, 92.0, 100.0, 2.0, 180.0))
            near.append((a, b))
        x0, x1 = rng.choice(((0.0, 400.0), (-50.0, 308.0), (50.0, 260.0), (-100.0, 100.0)))
        short = rng.choice((None, {b: rng.choice((10.0, 90.0)) for _, b in near}))
        ordered = (sorted(a for a, _ in near), sorted(b for _, b in near))
        got = gutters._gaps(near, x0, x1, height, short=short, ordered=ordered)
        plain = gutters._gaps(near, x0, x1, height, short=short)
        assert got == plain
        assert [tuple(map(math.copysign, (1.0, 1.0), g)) for g in got] == [
            tuple(map(math.copysign, (1.0, 1.0), g)) for g in plain
        ]
        found += bool(got)
        window = sorted((500.0 + rng.choice((-30.0, 30.0)), a, b) for a, b in near)
        beside = gutters._gutters_beside(window, 500.0, x0, x1, height, short)
        lines = [(a, b) for _, a, b in window]
        alone = gutters._gaps(lines, x0, x1, height, short=short)
        if not alone:
            for side in gutters._nearer_side_first(window, 500.0):
                alone = gutters._gaps(side, x0, x1, height, short=short)
                if alone:
                    break
        assert beside[1] == alone
    assert found > 500
    # (A gap whose right edge is a start of 0.0 and of -0.0: the one met first, as the set.)
    for first in (0.0, -0.0):
        near = [(-100.0, -8.0)] * 3 + [(first, 90.0), (-first, 90.0), (-first, 92.0)]
        ordered = (sorted(a for a, _ in near), sorted(b for _, b in near))
        (gap,) = gutters._gaps(near, -50.0, 300.0, 20.0, ordered=ordered)
        assert gap == (-8.0, 0.0) and math.copysign(1.0, gap[1]) == math.copysign(1.0, first)


# perf36


def test_gutters_run_as_each_grid_read_in_turn() -> None:
    # _gutters_run reads each grid list once, by its identity, and gathers its gutters for
    # its owners: the same owners, ends and starts, in the same order, as each owner's grid
    # read in turn. Lists shared by many owners (a band's), lists equal but not the same,
    # empty lists, whole-pixel values given as ints, owners asked in any order, twice, or
    # not at all.
    rng = random.Random(36)
    read = 0
    for _ in range(2000):
        shared = [
            sorted(
                (e, e + rng.choice((8.0, 20, 31.5, -0.0)))
                for e in rng.sample((100.0, 230, 361.0, 480.5, -0.0, 7), rng.randint(0, 4))
            )
            for _ in range(rng.randint(1, 5))
        ]
        grids = [
            rng.choice(shared) if rng.random() < 0.7 else list(rng.choice(shared))
            for _ in range(rng.randint(0, 30))
        ]
        owners = [k for k in range(len(grids)) if rng.random() < 0.8]
        if owners and rng.random() < 0.3:
            owners = [rng.choice(owners) for _ in range(len(owners))]
        at, e, s = gutters._gutters_run(grids, owners)
        plain = [(n, g[0], g[1]) for n, k in enumerate(owners) for g in grids[k]]
        got = list(zip(at.tolist(), e.tolist(), s.tolist(), strict=True))
        assert got == plain
        assert [math.copysign(1.0, v) for _, v, _ in got] == [
            math.copysign(1.0, v) for _, v, _ in plain
        ]
        read += len(plain)
    assert read > 20_000, read


def test_trim_reach_arrays_kept_as_worked_out_each_time() -> None:
    # _trim_reach_arrays keeps each band's trim_reach as arrays for the grids drawn: the
    # same arrays as worked out afresh, for every band, at two pitches asked of the same
    # grids in turn, and again; read only; and _may_trim_all, asked of the same grids again
    # at either pitch, answers as may_trim line by line.
    asked = 0
    for lines, placed, h, p in _trim_cases():
        grids = BandGrids(placed, h, p)
        bands = sorted({grids.bands_of(np.array([ln.box.cy]))[0] for ln in lines if ln.box})
        for pitch in (p, 0.75 * p, p, 0.75 * p):
            for k in bands:
                kept = gutters._trim_reach_arrays(grids, int(k), pitch)
                fresh = [np.array(side, dtype=float) for side in trim_reach(grids.band(k), pitch)]
                assert [side.tolist() for side in kept] == [side.tolist() for side in fresh]
                assert not any(side.flags.writeable for side in kept)
            boxes = [ln.box for ln in lines if ln.box is not None]
            cys = np.array([b.cy for b in boxes])
            x0s = np.array([b.x0 for b in boxes])
            x1s = np.array([b.x1 for b in boxes])
            may, _ = _may_trim_all(grids, cys, x0s, x1s, pitch)
            plain = [may_trim(trim_reach(grids.at(b.cy), pitch), b.x0, b.x1) for b in boxes]
            assert may.tolist() == plain
            asked += len(plain)
    assert asked > 100


# perf37


def test_covered_places_as_each_window_sliced() -> None:
    # _covered_places reads only the places the windows cover, run after run: each window's
    # starts and ends among them are those of its own slice of the places, in order; windows
    # overlapping, touching, apart, nested, empty (lo == hi, or lo past hi), at either end,
    # and all empty.
    rng = random.Random(37)
    asked = 0
    for _ in range(1500):
        n = rng.randint(1, 60)
        placed = sorted(
            (rng.choice((10.0, 20.0, 20.0, 35.5)) * rng.randint(0, 9), rng.random(), rng.random())
            for _ in range(n)
        )
        lo = np.array([rng.randint(0, n) for _ in range(rng.randint(1, 12))], dtype=np.intp)
        hi = np.array([min(n, int(k) + rng.choice((0, 0, 1, 2, 5, 30))) for k in lo], dtype=np.intp)
        if rng.random() < 0.2:
            hi = np.maximum(lo - rng.randint(0, 2), 0)
        c, a, b, start, end = gutters._covered_places(placed, lo, hi)
        assert c.tolist() == sorted(c.tolist())
        for k in range(len(lo)):
            plain = placed[lo[k] : hi[k]]
            assert c[start[k] : end[k]].tolist() == [cy for cy, _, _ in plain]
            assert a[start[k] : end[k]].tolist() == [x0 for _, x0, _ in plain]
            assert b[start[k] : end[k]].tolist() == [x1 for _, _, x1 in plain]
            assert 0 <= start[k] <= end[k] <= len(a)
            asked += len(plain)
        assert len(a) <= max(1, n)
    assert asked > 20_000, asked


def test_may_cut_all_on_covered_places_as_on_all(monkeypatch: pytest.MonkeyPatch) -> None:
    # _may_cut_all reads only the places its windows cover (given the caller's centres or
    # not): the same answers, and the same gutters shown, as with every place read, without
    # and with the bands' grids, to trim, for all the lines or a few here and there.
    page = real_page_of(3000)
    lines = [ln for ln in page.lines if ln.box is not None and ln.box.height > 0]
    height = statistics.median(ln.box.height for ln in lines if ln.box is not None)
    pitch = statistics.median(
        ln.box.width / len(ln.text) for ln in lines if ln.box is not None and len(ln.text) >= 8
    )
    placed = sorted((b.cy, b.x0, b.x1) for ln in lines if (b := ln.box) is not None)
    centres = [c for c, _, _ in placed]
    grids = BandGrids(placed, height, pitch)
    fast = gutters._covered_places

    def every_place(
        placed: list[tuple[float, float, float]], lo: np.ndarray, hi: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        c, a, b = gutters.columns(placed, len(placed))
        return c, a, b, lo, hi

    rng = random.Random(37)
    found = freed = 0
    for few in (1.0, 0.05, 0.005):
        boxes = [ln.box for ln in lines if rng.random() < few] or [lines[0].box]
        boxes.append(None)
        grid_of = [grids.at(b.cy) if b is not None else [] for b in boxes]
        for grid, trims in ((None, False), (grid_of, False), (grid_of, True)):
            answers = []
            for covered in (fast, every_place):
                monkeypatch.setattr(gutters, "_covered_places", covered)
                for given in (centres, None):
                    shown: list[list[tuple[float, float]]] = []
                    may = gutters._may_cut_all(
                        boxes,
                        placed,
                        height,
                        pitch,
                        grid,
                        trims=trims,
                        shown_out=shown,
                        centres=given,
                    )
                    answers.append((may, shown))
            assert all(answer == answers[0] for answer in answers[1:])
            found += sum(answers[0][0])
        # (And _uncrossed_gutters_all, asked of the same boxes, some of them placed run-on
        # lines left whole; on the lines read where its windows reach or on all.)
        boxes = [b for b in boxes if b is not None]
        grid_of = [grids.at(b.cy) for b in boxes]
        run_on = {(b.cy, b.x0, b.x1) for b in boxes if rng.random() < 0.5}
        for whole in (run_on, set()):
            free = []
            for covered in (fast, every_place):
                monkeypatch.setattr(gutters, "_covered_places", covered)
                for given in (centres, None):
                    free.append(
                        gutters._uncrossed_gutters_all(
                            boxes, grid_of, placed, height, pitch, whole, centres=given
                        )
                    )
            assert all(answer == free[0] for answer in free[1:])
            freed += sum(map(bool, free[0]))
    assert found > 100, found
    assert freed > 0, freed


def test_equal_columns_again_near_what_moved_as_again_everywhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The equal columns' second look goes through the lines within EQUAL_AGAIN heights of one
    # the first changed alone: the same page as when it goes through every line, on the real
    # dev pages stacked and on the generated page (both have lines the second look cuts).
    for make in (real_page_of, page_of):
        page = split_between_stories(make(3000))
        near = gutters.split_across_gutters(page)
        monkeypatch.setattr(gutters, "EQUAL_AGAIN", 1e9)
        assert gutters.split_across_gutters(page) == near
        monkeypatch.undo()


# perf38


def _drawn_gutters_plain(
    still: Any,
    lines: Any,
    cut: Any,
    placed: Any,
    grid_at: Any,
    cells: Any,
    height: float,
    pitch: float,
) -> list[tuple[int, list[tuple[float, float]]]]:
    """``gutters._drawn_gutters`` as its rule reads, in plain Python: every span asked, against
    every meeting point within WINDOW rows of it (no keys, no counts, no arrays)."""
    from itertools import pairwise

    from desktop.core.reflow.grid import INDENT
    from desktop.core.reflow.gutters import DRAWN_ROWS, SEAM_BAND, SEAM_MEET, SEAM_OVERLAP

    lines_placed = list(placed())
    if len(lines_placed) < 2:
        return []
    reach, indent = WINDOW * height, (INDENT + 0.5) * pitch
    key = [round(cy / (height / 2)) for cy, _, _ in lines_placed]
    order = sorted(range(len(lines_placed)), key=lambda j: (key[j], lines_placed[j][1]))
    points = []
    for j, k in pairwise(order):
        (c1, a0, a1), (c2, b0, b1) = lines_placed[j], lines_placed[k]
        m, gap = (a1 + b0) / 2, b0 - a1
        if (
            key[j] == key[k]
            and -SEAM_OVERLAP * pitch <= gap <= SEAM_MEET * pitch
            and a0 <= m - 2 * pitch
            and b1 >= m + 2 * pitch
        ):
            points.append(((c1 + c2) / 2, m, a0, a1, b0))
    spans = [(i, lines[i]) for i in still if lines[i].box is not None]
    spans += [(i, part) for i, parts in cut.items() for part in parts if part.box is not None]
    centres = [c for c, _, _ in lines_placed]
    found: dict[int, list[tuple[float, float]]] = {}
    for i, span in spans:
        line = span.box
        if i in found:
            continue
        cut_at = cut.get(i)
        if line.width < 5 * pitch or (cut_at is None and line.height > BODY_TYPE * height):
            continue
        near = [
            (mp, a1, b0)
            for cy, mp, a0, a1, b0 in points
            if line.cy - reach <= cy <= line.cy + reach
            and line.x0 + 2 * pitch <= mp <= line.x1 - 2 * pitch
            and abs(a0 - line.x0) <= indent
            and abs(cy - line.cy) > height / 2
        ]
        cells_of = gutters._print_cells(span.text) * pitch
        if len(near) < DRAWN_ROWS or line.width < cells_of:
            continue
        near.sort()
        if near[-1][0] - near[0][0] > SEAM_BAND * pitch:
            continue
        end = statistics.median(a1 for _, a1, _ in near)
        start = max(end + pitch, statistics.median(b0 for _, _, b0 in near))
        if cells_of > line.width - (start - end) + pitch:
            continue
        lo, hi = bisect_left(centres, line.cy - reach), bisect_right(centres, line.cy + reach)
        # (What is asked of the spans found near enough, as the rule asks it.)
        if gutters._set_solid_across(lines_placed[lo:hi], cells, end, start, pitch):
            continue
        gaps = [] if cut_at is None else gutters._cut_gaps(cut_at, grid_at(line.cy))
        if gaps is None:
            continue
        found[i] = sorted({*gaps, (end, start)})
    return list(found.items())


def test_drawn_gutters_as_the_plain_rule() -> None:
    # _drawn_gutters asks only the spans its keys' counts hold near DRAWN_ROWS points, and
    # their points on arrays, those the keys hold near (two start buckets either side): the
    # same gutters as every span asked of every point within reach in plain Python. Synthetic
    # rows of two or three columns, lines run on over the gutter or parted at it, ends and
    # starts on, a hair off and inside the bounds (SEAM_MEET, SEAM_OVERLAP, the indent, the
    # reach, two characters in), some lines cut, some counted solid.
    rng = random.Random(38)
    pitch, height = 10.0, 20.0
    drawn = asked = 0
    for _ in range(300):
        lines: list[OcrLine] = []
        left = rng.choice((0.0, 100.0, 137.5))
        gutter = left + rng.choice((150.0, 200.0, 240.0))
        for row in range(rng.randint(3, 40)):
            cy = row * rng.choice((28.0, 30.0, 30.0, 60.0)) + rng.choice((0.0, 0.0, 5.0, 10.0))
            h = rng.choice((height, height, 2 * height))
            x0 = left + rng.choice((0.0, 0.0, 10.0, 25.0, 25.5, 30.0, 60.0))
            x1 = gutter + rng.choice((150.0, 200.0, 300.0))
            if rng.random() < 0.3:
                e = gutter - rng.choice((0.0, 5.0, 12.5, 20.0))
                s = e + rng.choice((-30.0, -30.5, -10.0, 0.0, 10.0, 25.0, 25.5, 40.0))
                parts = [(x0, e), (s, x1)]
            else:
                parts = [(x0, x1)]
            for a, b in parts:
                if b - a < 5:
                    continue
                n = max(1, int((b - a) / pitch) - rng.choice((0, 2, 8, 15)))
                text = "中" * n if rng.random() < 0.9 else "中1" * (n // 2 + 1)
                lines.append(OcrLine(text, Box(a, cy - h / 2, b, cy + h / 2)))
        lines.sort(key=lambda ln: (ln.box.cy, ln.box.x0) if ln.box is not None else (0.0, 0.0))
        boxes = [ln.box for ln in lines if ln.box is not None]
        assert len(boxes) == len(lines)
        placed_list = [(b.cy, b.x0, b.x1) for b in boxes]
        cells = {
            p: float(len(ln.text))
            for p, ln in zip(placed_list, lines, strict=True)
            if rng.random() < 0.5
        }
        run_ons = [i for i, b in enumerate(boxes) if b.x1 - b.x0 > 150]
        cut: dict[int, list[OcrLine]] = {}
        for i in run_ons:
            if rng.random() < 0.25:
                whole = boxes[i]
                at = rng.choice((whole.x0 + 60, gutter + 100))
                half = len(lines[i].text) // 2
                cut[i] = [
                    OcrLine(lines[i].text[:half], Box(whole.x0, whole.y0, at, whole.y1)),
                    OcrLine(lines[i].text[half:], Box(at + 20, whole.y0, whole.x1, whole.y1)),
                ]
        still = [i for i in run_ons if i not in cut]
        grid = [(gutter - 5.0, gutter + 25.0)] if rng.random() < 0.5 else []
        args = (
            still,
            lines,
            cut,
            lambda p=placed_list: p,
            lambda cy, g=grid: g,
            cells,
            height,
            pitch,
        )
        fast = gutters._drawn_gutters(*args)
        assert fast == _drawn_gutters_plain(*args)
        drawn += len(fast)
        asked += len(still) + len(cut)
    assert drawn > 50, drawn
    assert asked > 1000, asked


def test_rows_order_as_lexsort() -> None:
    # _rows_order (one stable sort of a value made of key and start, checked) gives the order
    # of np.lexsort((x0, keys)): keys in order or not, starts tied, a hair apart (1e-9 on a
    # key far out: the made value rounds them together or across) and far apart.
    rng = random.Random(381)
    fell_back = 0
    for _ in range(2000):
        n = rng.randint(1, 40)
        keys = np.array([rng.choice((0, 1, 1, 2, 5, 1e6, -3)) for _ in range(n)], dtype=float)
        if rng.random() < 0.5:
            keys = np.sort(keys)
        x0 = np.array(
            [rng.choice((0.0, 10.0, 10.0 + 1e-9, 10.5, -4.0, 3e4, rng.random())) for _ in range(n)]
        )
        fast = gutters._rows_order(keys, x0)
        assert fast.tolist() == np.lexsort((x0, keys)).tolist()
        low = float(x0.min())
        made = keys * (2.0 * (float(x0.max()) - low) + 2.0) + (x0 - low)
        plain = np.argsort(made, kind="stable")
        fell_back += plain.tolist() != fast.tolist()
    assert fell_back > 50, fell_back


# perf41
def _trim_to_seam_plain(
    line: OcrLine, seam: tuple[float, float, float, float], pitch: float
) -> OcrLine:
    # The rule as it stood before its ends were asked first (perf41): the characters counted
    # of every line.
    box = line.box
    assert box is not None
    e, s, _, _ = seam
    x0, x1 = box.x0, box.x1
    need = gutters._ink(line.text) * pitch * INDENT_FITS
    if e - gutters.SEAM_OVERLAP * pitch < x0 < s - pitch / 4 and x1 - s >= max(need, 2 * pitch):
        x0 = s
    elif s + gutters.SEAM_OVERLAP * pitch > x1 > e + pitch / 4 and e - x0 >= max(need, 2 * pitch):
        x1 = e
    else:
        return line
    return dataclasses.replace(line, box=Box(x0, box.y0, x1, box.y1))


def test_trim_to_seam_asking_ends_first_as_the_rule() -> None:
    # _trim_to_seam asks where the box's ends lie before counting its characters: the same
    # line (or the same trim) as the rule counting them first, for boxes starting and ending
    # on, a hair off and either side of every bound, short and long texts, marks at the end.
    rng = random.Random(411)
    pitch = 20.0
    e, s = 500.0, 540.0
    over = gutters.SEAM_OVERLAP * pitch
    starts = [e - over, e - over + 1e-9, e, s - pitch / 4, s - pitch / 4 - 1e-9, 300.0, 600.0]
    ends = [s + over, s + over - 1e-9, s, e + pitch / 4, e + pitch / 4 + 1e-9, 700.0, 520.0]
    trimmed = 0
    for _ in range(4000):
        x0 = rng.choice(starts) + rng.choice((0.0, 0.0, rng.uniform(-80, 80)))
        x1 = rng.choice(ends) + rng.choice((0.0, 0.0, rng.uniform(-80, 80)))
        if x1 <= x0:
            x0, x1 = x1 - 1.0, x0
        text = "字" * rng.randint(1, 14) + rng.choice(("", "。", "，", "12"))
        line = OcrLine(text, Box(x0, 100.0, x1, 124.0))
        seam = (e, s, 0.0, 1000.0)
        fast = gutters._trim_to_seam(line, seam, pitch)
        plain = _trim_to_seam_plain(line, seam, pitch)
        assert fast == plain
        assert (fast is line) == (plain is line)
        trimmed += fast is not line
    assert trimmed > 200, trimmed


def _blank_before_case(
    rng: random.Random,
) -> tuple[dict[int, list[OcrLine]], list[OcrLine], float, float]:
    # Rows of two or three columns, some lines run on over a gutter and cut there, a part set
    # an indent in past the gutter now and then, under whole lines ending or not ending a
    # sentence; centres a hair either side of RUN_ON_ROW and half a height over a part's.
    height, pitch = 24.0, 20.0
    lines: list[OcrLine] = []
    cut: dict[int, list[OcrLine]] = {}
    offsets = [
        gutters.RUN_ON_ROW * height,
        gutters.RUN_ON_ROW * height + 1e-9,
        gutters.RUN_ON_ROW * height - 1e-9,
        height / 2,
        height / 2 - 1e-9,
        height,
        2 * height,
    ]
    cy = 0.0
    for _ in range(rng.randint(3, 30)):
        cy += rng.choice(offsets) if rng.random() < 0.7 else rng.uniform(0, 3 * height)
        if rng.random() < 0.3:
            # A run-on line cut at a gutter at 300-320: its second part an indent in or not.
            i = len(lines)
            lines.append(OcrLine("字" * 30, Box(0.0, cy - 12, 600.0, cy + 12)))
            first = rng.randint(8, 15)
            indent = rng.choice((0, 1, 2, 3)) * pitch
            cut[i] = [
                OcrLine("字" * first + rng.choice(("", "。")), Box(0.0, cy - 12, 300.0, cy + 12)),
                OcrLine("字" * (30 - first), Box(320.0 + indent, cy - 12, 600.0, cy + 12)),
            ]
        else:
            row = rng.choice(
                (
                    ((0.0, 300.0), (320.0, 600.0)),
                    ((0.0, 300.0),),
                    ((320.0, 600.0),),
                    ((0.0, 600.0),),
                )
            )
            for x0, x1 in row:
                text = "字" * rng.randint(5, 15) + rng.choice(("", "。", "，"))
                lines.append(OcrLine(text, Box(x0, cy - 12, x1, cy + 12)))
    return cut, lines, height, pitch


def test_blank_before_on_the_lines_over_parts_as_on_all() -> None:
    # _blank_before given only the lines whose centre lies where it looks over a part
    # (_lines_over_parts) mends the same parts the same way as given every line, on random
    # rows of cut and whole lines (centres on and a hair off its bounds), and on the real dev
    # pages stacked (two lines mended at 10k).
    rng = random.Random(412)
    mended = 0
    for _ in range(1500):
        cut, lines, height, pitch = _blank_before_case(rng)
        by_place = sorted(
            range(len(lines)),
            key=lambda i: (lines[i].box.cy, lines[i].box.x0, lines[i].box.x1),  # type: ignore[union-attr]
        )
        centres = [lines[i].box.cy for i in by_place]  # type: ignore[union-attr]
        plain = {i: list(parts) for i, parts in cut.items()}
        gutters._blank_before(plain, lines, height, pitch, by_place)
        fast = {i: list(parts) for i, parts in cut.items()}
        order = gutters._lines_over_parts(fast, by_place, centres, height)
        assert len(set(order)) == len(order)
        assert [i for i in by_place if i in set(order)] == order
        gutters._blank_before(fast, lines, height, pitch, order)
        assert fast == plain
        mended += fast != cut
    assert mended > 50, mended


def test_split_across_gutters_with_blank_before_on_all_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = split_between_stories(real_page_of(10000))
    fast = gutters.split_across_gutters(page)
    monkeypatch.setattr(
        gutters, "_lines_over_parts", lambda cut, by_place, centres, height: list(by_place)
    )
    assert gutters.split_across_gutters(page) == fast


def test_cut_lines_noted_since_a_placing_as_asking_every_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # count_changed() walks only the cut lines whose cut was set or taken out since the last
    # placing (_NotedCuts, _cuts_changed): at every placing of the real dev pages stacked and
    # of the generated page, every cut line it leaves out holds the parts placed() found (the
    # same objects), and those it walks come in the order of the walk over all of them; and
    # the pages come out the same as walking them all.
    import operator

    fast = gutters._cuts_changed
    asked: list[tuple[list[int], list[int], list[int]]] = []

    def both(
        cut: dict[int, list[OcrLine]], placed_cut: dict[int, tuple[OcrLine, ...]], noted: set[int]
    ) -> list[int]:
        got = fast(cut, placed_cut, noted)
        every = [*cut, *placed_cut]
        moved = [
            i
            for i in every
            if not (
                i in cut
                and i in placed_cut
                and len(cut[i]) == len(placed_cut[i])
                and all(map(operator.is_, cut[i], placed_cut[i]))
            )
        ]
        asked.append((got, moved, every))
        return got

    monkeypatch.setattr(gutters, "_cuts_changed", both)
    pages = [split_between_stories(page) for page in (real_page_of(3000), page_of(2000))]
    fast_pages = [gutters.split_across_gutters(page) for page in pages]
    assert len(asked) > 10
    assert any(moved for _, moved, _ in asked) and any(not moved for _, moved, _ in asked)
    assert any(len(got) < len(every) for got, _, every in asked)
    for got, moved, every in asked:
        assert set(moved) <= set(got)
        walk = iter(every)
        assert all(i in walk for i in got)
    monkeypatch.setattr(
        gutters, "_cuts_changed", lambda cut, placed_cut, noted: [*cut, *placed_cut]
    )
    assert [gutters.split_across_gutters(page) for page in pages] == fast_pages
    with pytest.raises(TypeError):
        gutters._NotedCuts().pop(1)


def test_lines_with_parts_as_line_by_line() -> None:
    # _with_parts (the runs between cut lines taken as slices) gives the lines as the plain
    # loop does, each cut line's parts in its place: none cut, all cut, the first and the
    # last cut, a cut of one part or none.
    rng = random.Random(413)
    for _ in range(2000):
        n = rng.randint(0, 30)
        lines = [OcrLine(f"l{k}", Box(0.0, k, 10.0, k + 1.0)) for k in range(n)]
        cut = {
            i: [OcrLine(f"p{i}.{j}") for j in range(rng.randint(0, 3))]
            for i in rng.sample(range(n), rng.randint(0, n))
        }
        plain: list[OcrLine] = []
        for i, line in enumerate(lines):
            plain.extend(cut.get(i, [line]))
        assert gutters._with_parts(lines, cut) == tuple(plain)


def test_cut_ends_trimmed_where_a_trim_may_move_them_as_each_trimmed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The last trim of the cut lines' first and last parts (_trim_cut_ends) asks trim_to_grid
    # only where _ends_may_trim says it may move an end (may_trim's answer for each part at
    # its band's grid): the same parts as trimming each one, the plain loop, on the real dev
    # pages stacked (at 10k the trim moves first and last parts) and the generated page.
    fast = gutters._trim_cut_ends
    moved: list[int] = []

    def checked(
        cut: dict[int, list[OcrLine]],
        grids: BandGrids,
        near: list[tuple[float, float, float]],
        centres: list[float],
        height: float,
        pitch: float,
    ) -> None:
        may = gutters._ends_may_trim(cut, grids, pitch)
        assert may == [
            tuple(
                may_trim(trim_reach(grids.at(box.cy), pitch), box.x0, box.x1)
                if (box := part.box) is not None
                else True
                for part in (parts[0], parts[-1])
            )
            for parts in cut.values()
        ]
        plain = {i: list(parts) for i, parts in cut.items()}
        for i, parts in plain.items():
            first = parts[0]
            assert first.box is not None
            parts = [
                trim_to_grid(first, grids.at(first.box.cy), near, centres, height, pitch),
                *parts[1:],
            ]
            last = parts[-1].box
            assert last is not None
            end = trim_to_grid(parts[-1], grids.at(last.cy), near, centres, height, pitch).box
            if end is not None and end.x1 != last.x1:
                parts[-1] = dataclasses.replace(
                    parts[-1], box=Box(last.x0, last.y0, end.x1, last.y1)
                )
            plain[i] = parts
        before = {i: list(parts) for i, parts in cut.items()}
        fast(cut, grids, near, centres, height, pitch)
        assert dict(cut) == plain
        moved.append(sum(plain[i] != before[i] for i in plain))

    monkeypatch.setattr(gutters, "_trim_cut_ends", checked)
    for page in (real_page_of(10000), page_of(2000)):
        gutters.split_across_gutters(split_between_stories(page))
    assert len(moved) == 2 and moved[0] > 0


def test_head_near_false_only_where_under_headline_finds_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # under() answers False at once for a line _head_near finds no headline near (a bisect
    # in the heads' tops): wherever it says so, _under_headline (with and without the lines
    # around) answers False; boxes standing on, a hair off and either side of its bounds (the
    # box's top six line heights under a head's top, its bottom a line height over it),
    # headlines sharing a top, the line itself a headline. And the pages come out as asking
    # the rule of every line.
    rng = random.Random(414)
    h, pitch = 24.0, 24.0
    near = far = 0
    for _ in range(400):
        heads = sorted(
            (y0, y0 + rng.uniform(30, 60), x0, x0 + rng.uniform(100, 900))
            for y0, x0 in (
                (rng.choice((rng.uniform(0, 3000), 600.0)), rng.uniform(0, 1500)) for _ in range(6)
            )
        )
        tops = [top for top, _, _, _ in heads]
        every = sorted(
            (y + 12, x0, x0 + rng.uniform(100, 400))
            for y, x0 in ((rng.uniform(0, 3000), rng.uniform(0, 1500)) for _ in range(60))
        )
        for _ in range(20):
            top = rng.choice(tops)
            y = rng.choice(
                (
                    top + 6 * h,
                    top + 6 * h + 1e-9,
                    top + 6 * h - 1e-9,
                    top - 2 * h,
                    top - 2 * h + 1e-9,
                    top - 2 * h - 1e-9,
                    rng.uniform(-100, 3100),
                )
            )
            x = rng.uniform(0, 1500)
            box = Box(x, y, x + rng.uniform(100, 900), y + h)
            if rng.random() < 0.1:
                y0, y1, x0, x1 = rng.choice(heads)
                box = Box(x0, y0, x1, y1)
            line = OcrLine("字" * 10, box)
            if gutters._head_near(tops, box, h):
                near += 1
                continue
            far += 1
            assert not gutters._under_headline(line, heads, h)
            assert not gutters._under_headline(line, heads, h, every, pitch)
            k = bisect_left(heads, (box.y0 - 6 * h,))
            assert not [
                head
                for head in heads[k : bisect_right(heads, (box.y1 + h,))]
                if head != (box.y0, box.y1, box.x0, box.x1)
            ]
    assert near > 1000 and far > 1000
    pages = [split_between_stories(page) for page in (real_page_of(3000), page_of(2000))]
    fast = [gutters.split_across_gutters(page) for page in pages]
    monkeypatch.setattr(gutters, "_head_near", lambda tops, box, height: True)
    assert [gutters.split_across_gutters(page) for page in pages] == fast


def test_text_places_as_each_line_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    # The places of the text-type lines not found wide (_text_places: entry() asked only of
    # the lines set since they were boxed) are those entry() gives of every line, in order:
    # on the real dev pages stacked and the generated page, every call checked against the
    # plain comprehension with the same entry().
    fast = gutters._text_places
    asked: list[int] = []

    def checked(
        order: list[int],
        skip: set[int],
        written: set[int],
        place: dict[int, tuple[float, float, float]],
        tall: dict[int, float],
        text_type: float,
        lines: list[OcrLine],
        entry: Any,
    ) -> list[tuple[float, float, float]]:
        got = fast(order, skip, written, place, tall, text_type, lines, entry)
        plain = [
            found[0]
            for i in order
            if i not in skip and (found := entry(lines[i])) is not None and found[1]
        ]
        assert got == plain
        assert all(a is b for a, b in zip(got, plain, strict=True))
        asked.append(len(written))
        return got

    monkeypatch.setattr(gutters, "_text_places", checked)
    for page in (real_page_of(3000), page_of(2000)):
        gutters.split_across_gutters(split_between_stories(page))
    assert len(asked) == 2 and all(asked)


def test_this_side_of_titles_on_tops_bisected_as_on_all_heads() -> None:
    # _this_side_of_titles given the heads' tops (sorted, each top above its foot) asks only
    # the heads whose top lies between the line and a row: the same points kept as asking
    # every head. Heads and points on, a hair off and across the bounds (tops equal to the
    # line's or a row's centre, feet equal to the other), and heads _sorted_tops refuses
    # (unsorted, upside down) taken whole.
    rng = random.Random(44)
    kept = dropped = 0
    for _ in range(400):
        centres = [rng.choice((0.0, 10.0, 20.0, 30.0, 40.0, 55.5)) for _ in range(6)]
        heads = []
        for _ in range(rng.randint(0, 12)):
            y0 = rng.choice((*centres, 5.0, 15.0, 25.0, 35.0, rng.uniform(-10.0, 60.0)))
            y1 = y0 + rng.choice((0.0, 5.0, 10.0, 20.0, 30.0))
            x0 = rng.choice((0.0, 50.0, 100.0))
            heads.append((y0, y1, x0, x0 + rng.choice((40.0, 100.0, 200.0))))
        if rng.random() < 0.8:
            heads.sort()
        if heads and rng.random() < 0.1:
            y0, y1, x0, x1 = heads[0]
            heads[0] = (y1 + 1.0, y0, x0, x1)
        near = [(rng.choice((40.0, 50.0, 99.0, 100.0, 150.0)), 0.0, 1.0) for _ in centres]
        cy = rng.choice(centres)
        tops = gutters._sorted_tops(heads)
        if tops is not None:
            assert heads == sorted(heads, key=lambda h: h[0]) or heads == sorted(heads)
        fast = gutters._this_side_of_titles(near, centres, cy, heads, tops)
        assert fast == gutters._this_side_of_titles(near, centres, cy, heads)
        kept += len(fast)
        dropped += len(near) - len(fast)
    assert kept > 500 and dropped > 100, (kept, dropped)


def test_moved_rows_as_the_moved_keys_read_anew() -> None:
    # _moved_rows keeps a sorted list of places as a matrix through _move_keys' moves: the
    # rows at the places _move_keys says it took out taken out (those _out_at finds), the
    # places put in set at theirs (those _put_at finds). The same
    # matrix as the keys read anew, on lists of many equal places (out and put among them),
    # few moved (one by one in _move_keys) and many (built anew).
    rng = random.Random(45)
    for _ in range(300):
        values = [rng.choice((0.0, 1.0, 2.5, 3.0)) for _ in range(3)]
        pool = [
            (rng.choice((0.0, 1.0, 2.0, 2.0, 3.5)), rng.choice(values), rng.choice(values))
            for _ in range(rng.randint(1, 12))
        ]
        keys = sorted(rng.choice(pool) for _ in range(rng.randint(0, 400)))
        out = rng.sample(keys, rng.randint(0, min(len(keys), rng.choice((3, 40, 400)))))
        put = [rng.choice(pool) for _ in range(rng.randint(0, rng.choice((3, 40, 400))))]
        rows = gutters.matrix(keys, len(keys), 3)
        gone = gutters._out_at(keys, out)
        centres = [key[0] for key in keys]
        where: list[list[int]] = []
        ordered: list[tuple[float, float, float]] = []
        gutters._move_keys(keys, centres, out, put, where, ordered)
        # (Where _move_keys says the places went, one by one or built anew: as sought.)
        assert where == [gone, gutters._put_at(keys, put)]
        assert ordered == sorted(put)
        moved = gutters._moved_rows(rows, *where, ordered)
        assert moved.shape == (len(keys), 3)
        assert np.array_equal(moved, gutters.matrix(keys, len(keys), 3))


def test_may_cut_all_on_rows_as_on_covered_places() -> None:
    # _may_cut_all given the places as a matrix reads each window from it: the same answers,
    # and the same gutters shown, as reading the places the windows cover, on the real
    # stacked page's lines as boxed (their boxes, and a few asked as trimmed by a character).
    page = real_page_of(3_000)
    boxes = [ln.box for ln in page.lines if ln.box is not None]
    placed = sorted((b.cy, b.x0, b.x1) for b in boxes)
    centres = [c for c, _, _ in placed]
    rows = gutters.matrix(placed, len(placed), 3)
    height = statistics.median(b.height for b in boxes)
    pitch = 0.9 * height
    grids = BandGrids(placed, height, pitch)
    rng = random.Random(46)
    asked = [
        Box(b.x0 + rng.choice((0.0, 0.0, pitch)), b.y0, b.x1, b.y1) if rng.random() < 0.2 else b
        for b in rng.sample(boxes, 1_500)
    ]
    shown_any = 0
    for grid, with_trims in (
        (None, False),
        ([grids.at(b.cy) for b in asked], False),
        ([grids.at(b.cy) for b in asked], True),
    ):
        shown_plain: list[list[tuple[float, float]]] = []
        shown_rows: list[list[tuple[float, float]]] = []
        plain = gutters._may_cut_all(
            asked,
            placed,
            height,
            pitch,
            grid,
            trims=with_trims,
            centres=centres,
            shown_out=shown_plain,
        )
        fast = gutters._may_cut_all(
            asked,
            placed,
            height,
            pitch,
            grid,
            trims=with_trims,
            centres=centres,
            shown_out=shown_rows,
            rows=rows,
        )
        assert fast == plain
        assert shown_rows == shown_plain
        assert 0 < sum(plain) < len(plain)
        shown_any += sum(map(len, shown_plain))
    assert shown_any > 0


def test_looks_on_the_placed_matrix_as_on_the_places(monkeypatch: pytest.MonkeyPatch) -> None:
    # split_across_gutters hands the looks that read the places placed() gave as arrays the
    # matrix it keeps of them (_may_cut_all, _no_columns_all, _wide_among_placed,
    # _drawn_gutters): each answers as it does reading the places anew, on the bench's
    # stacked real page, and each is handed the matrix (its places, as they stand) at least
    # once.
    calls: dict[str, int] = {}

    def checked(name: str, look: Any, key: str) -> Any:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            given = kwargs.get(key) if key in kwargs else None
            answer = look(*args, **kwargs)
            if given is None and name == "_no_columns_all" and len(args) > 10:
                given = args[10]
            if given is not None:
                calls[name] = calls.get(name, 0) + 1
                plain_args = list(args)
                plain_kwargs = dict(kwargs)
                if key in plain_kwargs:
                    plain_kwargs[key] = None
                else:
                    plain_args[10] = None
                assert look(*plain_args, **plain_kwargs) == answer
            return answer

        return wrapped

    monkeypatch.setattr(
        gutters, "_may_cut_all", checked("_may_cut_all", gutters._may_cut_all, "rows")
    )
    monkeypatch.setattr(
        gutters, "_no_columns_all", checked("_no_columns_all", gutters._no_columns_all, "rows")
    )
    wide_among_placed = gutters._wide_among_placed

    def wide_checked(*args: Any) -> set[int]:
        answer = wide_among_placed(*args)
        if len(args) > 7 and args[7] is not None:
            calls["_wide_among_placed"] = calls.get("_wide_among_placed", 0) + 1
            assert wide_among_placed(*args[:7]) == answer
        return answer

    monkeypatch.setattr(gutters, "_wide_among_placed", wide_checked)
    drawn_gutters = gutters._drawn_gutters

    def drawn_checked(*args: Any) -> list[tuple[int, list[tuple[float, float]]]]:
        answer = drawn_gutters(*args)
        if len(args) > 9 and args[9] is not None:
            calls["_drawn_gutters"] = calls.get("_drawn_gutters", 0) + 1
            assert drawn_gutters(*args[:9]) == answer
        return answer

    monkeypatch.setattr(gutters, "_drawn_gutters", drawn_checked)
    from desktop.core.reflow.sidebyside import split_between_stories

    gutters.split_across_gutters(split_between_stories(real_page_of(4_000)))
    assert set(calls) == {"_may_cut_all", "_no_columns_all", "_wide_among_placed", "_drawn_gutters"}


def test_ascii_count_as_narrow_findall() -> None:
    # _ascii_count (the ASCII encoding's length, errors left out) counts the characters
    # NARROW finds: on random texts of ASCII, CJK, full-width forms, spaces of every kind,
    # Latin-1 and lone surrogates.
    from desktop.core.reflow.text import NARROW

    rng = random.Random(47)
    pools = [chr(c) for c in range(0x80)] + [
        "中",
        "。",
        "Ａ",
        "\u3000",
        "\xa0",
        "é",
        "\ud800",
        "\U0001f600",
    ]
    for _ in range(2_000):
        text = "".join(rng.choice(pools) for _ in range(rng.randint(0, 30)))
        assert gutters._ascii_count(text) == len(NARROW.findall(text))


def test_move_keys_merged_as_sorted_the_same_objects() -> None:
    # _move_keys builds a long list anew merging the new places in by bisection: the same
    # objects, in the same places, as the stable sort of the places kept then those put in
    # (equal places of distinct objects among them, in and out).
    rng = random.Random(48)
    for _ in range(200):
        pool = [(float(rng.randint(0, 30)), float(rng.randint(0, 2)), 9.0) for _ in range(40)]
        keys = sorted(tuple(list(rng.choice(pool))) for _ in range(rng.randint(300, 900)))
        out = rng.sample(keys, rng.randint(0, 200))
        put = [tuple(list(rng.choice(pool))) for _ in range(rng.randint(40, 300))]
        kept: list[tuple[float, float, float]] = []
        start, last = 0, -1
        for key in sorted(out):
            k = bisect_left(keys, key, last + 1)
            kept += keys[start:k]
            start, last = k + 1, k
        kept += keys[start:]
        want = sorted(kept + put)
        got, centres = list(keys), [c for c, _, _ in keys]
        gutters._move_keys(got, centres, out, put)
        assert len(got) == len(want)
        assert all(a is b for a, b in zip(got, want, strict=True))
        assert centres == [c for c, _, _ in want]


def test_cut_crossing_parts_gated_as_every_part_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    # _cut_crossing_parts asks _may_cut_all of every part crossing a gutter first and looks
    # at those it may cut alone: the same cuts as looking at every crossing part, on the
    # stacked real page (the split's call, its cuts copied), where most are skipped.
    seen: list[int] = []
    crossing_parts = gutters._cut_crossing_parts
    may_cut_all = gutters._may_cut_all

    def compared(cut: dict[int, list[OcrLine]], *args: Any) -> None:
        gated = {i: list(parts) for i, parts in cut.items()}
        crossing_parts(gated, *args)
        plain = {i: list(parts) for i, parts in cut.items()}
        asked: list[bool] = []

        def every_part(boxes: list[Any], *rest: Any, **kwargs: Any) -> list[bool]:
            asked.extend(may_cut_all(boxes, *rest, **kwargs))
            return [True] * len(boxes)

        with monkeypatch.context() as patch:
            patch.setattr(gutters, "_may_cut_all", every_part)
            crossing_parts(plain, *args)
        assert gated == plain
        seen.append(asked.count(False))
        crossing_parts(cut, *args)

    monkeypatch.setattr(gutters, "_cut_crossing_parts", compared)
    from desktop.core.reflow.sidebyside import split_between_stories

    gutters.split_across_gutters(split_between_stories(real_page_of(5_000)))
    assert seen and sum(seen) > 20, seen


def test_meeting_points_on_arrays_as_row_by_row() -> None:
    """:func:`_meeting_points_all` finds the points :func:`_meeting_points` finds (rows cut
    where centres stand exactly half a line height apart, lines of a row on one start, boxes
    meeting, overlapping and apart), and :func:`_seams` the same seams with the matrix as
    without."""
    rng = random.Random(46)
    for trial in range(200):
        h, p = rng.choice([(20.0, 19.0), (30.0, 28.5), (0.7, 0.3)])
        placed: list[tuple[float, float, float]] = []
        for _ in range(rng.randint(1, 300)):
            # (Centres on a coarse lattice of quarter heights and exact fractions: rows
            # meeting the half-height bound exactly, and ties.)
            cy = rng.choice([rng.randint(0, 80) * h / 4, rng.random() * 20 * h, 3.1 * h / 7])
            x0 = rng.choice([rng.randint(0, 40) * p, rng.random() * 40 * p])
            x1 = x0 + rng.choice([rng.randint(1, 12) * p, rng.random() * 12 * p])
            placed.append((cy, x0, x1))
        placed.sort()
        rows = np.array(placed, dtype=np.float64).reshape(-1, 3)
        plain = gutters._meeting_points(placed, h, p)
        fast = gutters._meeting_points_all(placed, rows, h, p)
        assert sorted(fast) == sorted(plain), trial
        grids = BandGrids(placed, h, p)
        assert gutters._seams(placed, grids, h, p, rows) == gutters._seams(placed, grids, h, p)
    # (The plain pass where a place is NaN.)
    nan_placed = [(0.0, 0.0, 50.0), (1.0, 52.0, 100.0), (float("nan"), 1.0, 2.0)]
    nan_rows = np.array(nan_placed)
    assert gutters._meeting_points_all(nan_placed, nan_rows, 20.0, 10.0) == (
        gutters._meeting_points(nan_placed, 20.0, 10.0)
    )


def test_meeting_points_on_the_real_page_as_row_by_row() -> None:
    """The same on the bench's real stacked page's lines, many of whose rows meet."""
    page = real_page_of(3_000)
    placed = sorted((b.cy, b.x0, b.x1) for ln in page.lines if (b := ln.box) is not None)
    rows = np.array(placed, dtype=np.float64)
    h, p = 30.0, 28.0
    plain = gutters._meeting_points(placed, h, p)
    assert len(plain) > 100
    assert sorted(gutters._meeting_points_all(placed, rows, h, p)) == sorted(plain)


def test_window_starts_read_strided_as_window_rows_gather() -> None:
    """:func:`window_starts_by_width` gives :func:`window_rows_by_width`'s chunks (their lines
    and which places are inside, in the same order), and :meth:`Strided.rows` of their first
    indexes the values its index rows gather (empty windows, windows at the last line and
    past it, one line, wide windows split into chunks)."""
    from desktop.core.reflow.windows import Strided, window_rows_by_width, window_starts_by_width

    rng = np.random.default_rng(46)
    for _ in range(300):
        n = int(rng.integers(1, 3000))
        values = rng.random(n) * 100
        values[rng.integers(0, n, n // 10)] = np.nan
        m = int(rng.integers(1, 2000))
        lo = np.sort(rng.integers(0, n + 1, m))
        hi = np.minimum(lo + rng.integers(-3, int(rng.choice([5, 80, 400])), m), n)
        strided = Strided(values, max(1, int((hi - lo).max())))
        gathered = list(window_rows_by_width(lo, hi, n))
        started = list(window_starts_by_width(lo, hi))
        assert len(gathered) == len(started)
        for (rows, at, inside), (rows2, first, inside2) in zip(gathered, started, strict=True):
            assert np.array_equal(rows, rows2)
            assert inside.shape == inside2.shape and np.array_equal(inside, inside2)
            read = strided.rows(first, inside2.shape[1])
            assert read.shape == at.shape
            assert np.array_equal(read, values[at], equal_nan=True)
