"""Reading order and article regions from box positions: a recursive XY-cut over whitespace.

Why XY-cut: a newspaper page is a Manhattan layout. Bands of stories are stacked; a band holds
stories side by side; a story is its headline over (or beside, or under) its columns. Each of
those splits is a straight run of whitespace across the region: a horizontal gap wider than
the space between two lines of a column, or a vertical gap (a gutter) from the region's top to
its bottom. Cutting at every such gap, then cutting each part again, yields a tree whose
leaves are single columns or headline stacks, read top to bottom and left to right, whatever
order the OCR tool listed the lines in (PaddleOCR's row-by-row order interleaves columns;
Tesseract's is block by block).

Which way to cut when both are possible: the way that leaves no headline cut off from every
column (fewer parts holding headlines but no text); horizontally on a tie. That keeps two
stories side by side whose headlines share a row from being read as one row of headlines over
one row of text, while still reading stacked bands one after another. Nor is a row cut taken
under two headlines side by side where one of them would head no text above it and the rows
on both sides of it part at a gutter (:func:`_join_cut_off`): one story's text starts lower.

Articles are then regions: a subtree with at most one headline group is one story. A headless
part beside a story (columns to the right of a headline set in the first column) continues
the story to its left; a headless part stacked under others stays a story of its own (a
continuation from another page).

Every step sorts the part's boxes once and cuts at all gaps of the chosen direction at once,
so a page costs O(n log n) per tree level and the tree is shallow.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Literal

BoxT = tuple[float, float, float, float]
#: A box's left, top, right and bottom, taken in C.
_LEFT, _TOP = operator.itemgetter(0), operator.itemgetter(1)
_RIGHT, _BOTTOM = operator.itemgetter(2), operator.itemgetter(3)
Direction = Literal["h", "v", "leaf"]


@dataclass
class Node:
    """A region: its children in reading order, or (a leaf) its lines in reading order."""

    direction: Direction
    lines: list[int] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)


@dataclass
class Unit:
    """The leaves of one story, in reading order."""

    leaves: list[list[int]]
    groups: int
    mergeable: bool = False
    #: Only headline lines (a headline cut off from its columns by a gap).
    bare: bool = False


def _split(ordered: list[int], boxes: Sequence[BoxT], axis: int, gap: float) -> list[list[int]]:
    """Split ``ordered`` (sorted by its start along ``axis``, 0: x, 1: y) at every gap of at
    least ``gap``; each part stays sorted."""
    lo, hi = axis, axis + 2
    part = [ordered[0]]
    parts: list[list[int]] = [part]
    reach = boxes[ordered[0]][hi]
    # (Every level of the XY-cut runs this over all its lines twice: the part being filled
    # is held in a local rather than looked up as parts[-1] each line.)
    for i in ordered[1:]:
        box = boxes[i]
        if box[lo] - reach >= gap:
            part = [i]
            parts.append(part)
        else:
            part.append(i)
        if box[hi] > reach:
            reach = box[hi]
    return parts


def _split_along(
    ordered: list[int], starts: Sequence[float], ends: Sequence[float], gap: float
) -> list[list[int]]:
    """:func:`_split` with each line's start and end along the axis given as lists by line
    (two list lookups a line rather than a box's and two of its items: the XY-cut's split,
    run at every level of the tree over all its lines)."""
    part = [ordered[0]]
    parts: list[list[int]] = [part]
    reach = ends[ordered[0]]
    for i in ordered[1:]:
        if starts[i] - reach >= gap:
            part = [i]
            parts.append(part)
        else:
            part.append(i)
        end = ends[i]
        if end > reach:
            reach = end
    return parts


#: Lines of one headline group whose heights differ by no more than this share are lines of
#: one title (one type; a detector's boxes of one type vary by a tenth).
SAME_TITLE_TYPE = 0.15


def _groups_whole(
    rows: list[list[int]], boxes: Sequence[BoxT], group_of: Sequence[int]
) -> list[list[int]]:
    """The rows a gap cut made, each two next to each other joined where a headline line of
    one holds the same group as one of the other and is set in the same type (box heights
    within :data:`SAME_TITLE_TYPE`): the lines of one title, which a row gap never parts.
    A title's lines stand as close as its type's leading allows, but a title broken unevenly
    (a long first line over the whole band, a few characters centred under it) can leave
    more than a row gap between them (21 px at 39 and 36 px boxes over 25 px body boxes,
    probe16/page-400 read shrunk), and parted, its second line headed the story alone. Lines
    of one group set in different type (a masthead over the first story's title, which the
    group's stacking joins) stay apart. Linear in the lines."""
    out = [rows[0]]
    last = _heads_of(rows[0], boxes, group_of)
    for row in rows[1:]:
        heads = _heads_of(row, boxes, group_of)
        if any(
            abs(h - lh) <= SAME_TITLE_TYPE * max(h, lh)
            for g, hs in heads.items()
            for h in hs
            for lh in last.get(g, ())
        ):
            out[-1] = out[-1] + row
            for g, hs in heads.items():
                last.setdefault(g, []).extend(hs)
        else:
            out.append(row)
            last = heads
    return out


def _heads_of(
    row: list[int], boxes: Sequence[BoxT], group_of: Sequence[int]
) -> dict[int, list[float]]:
    """The headline lines of ``row``: their box heights by group."""
    heads: dict[int, list[float]] = {}
    for i in row:
        g = group_of[i]
        if g >= 0:
            heads.setdefault(g, []).append(boxes[i][3] - boxes[i][1])
    return heads


def xy_cut(
    ids: list[int],
    boxes: Sequence[BoxT],
    group_of: Sequence[int],
    h_gap: float,
    v_gap: float,
    heads: AbstractSet[int] | None = None,
) -> Node:
    """The XY-cut tree of the lines ``ids``; ``group_of[i]`` is line i's headline group or -1.
    ``heads``: a set holding every line of ``ids`` whose group is not -1, when made
    (:func:`headline_lines`).

    Lines are sorted along each axis once; a part keeps both orders (a slice of one, a filter
    of the other), so each level of the tree costs time linear in its lines.
    """
    root = Node("leaf")
    if not ids:
        return root
    if heads is None:
        heads = headline_lines(ids, group_of)
    label = [0] * len(boxes)
    # (The sort keys as lists, looked up in C: a lambda a line was most of these sorts' time.)
    # (Each taken in C: a list comprehension a coordinate read every box in Python.)
    tops = list(map(_TOP, boxes))
    lefts = list(map(_LEFT, boxes))
    bottoms = list(map(_BOTTOM, boxes))
    rights = list(map(_RIGHT, boxes))
    by_y = sorted(ids, key=tops.__getitem__)
    # (Sorted from ``by_y``: lines starting at one x stay in reading order from the top, so
    # filtering a part's ``xs`` gives what sorting its lines by x would, without the sort.)
    by_x = sorted(by_y, key=lefts.__getitem__)
    # A part as a split made it holds no gap of that split: split again the same way it comes
    # back whole (:func:`_split_along`'s reach at each of its lines is the same within the
    # part as over all the lines, a box ending where it starts or later), and that split is
    # not made again. (Each level of the tree splits all its lines both ways.)
    whole_again = (
        h_gap >= 0
        and v_gap >= 0
        and all(map(operator.le, tops, bottoms))
        and all(map(operator.le, lefts, rights))
    )
    # (Each part with whether it is one of the rows, or one of the columns, a split made.)
    stack: list[tuple[Node, list[int], list[int], bool, bool]] = [(root, by_y, by_x, False, False)]
    while stack:
        node, ys, xs, one_row, one_column = stack.pop()
        if len(ys) == 1:
            node.lines = ys
            continue
        # A part holding no headline line (most parts under a story's title: its columns and
        # their rows) is one the headline rules below give back as they found it: no title's
        # lines to keep whole, no headline to set apart, left alone, cut off or detached.
        # They are skipped for it (each reads every line of the part in Python; this test
        # stops at the part's first headline line, in C).
        headless = heads.isdisjoint(ys)
        split_rows = [ys] if one_row else _split_along(ys, tops, bottoms, h_gap)
        if len(split_rows) > 1 and not headless:
            # (A title's lines are one part: no row cut runs between them.)
            split_rows = _groups_whole(split_rows, boxes, group_of)
        split_cols = [xs] if one_column else _split_along(xs, lefts, rights, v_gap)
        rows, cols = split_rows, split_cols
        if len(rows) == 1 and len(cols) == 1:
            if not headless:
                rows = _headline_apart(ys, boxes, group_of)
            # (Most parts no gap cuts are one column: neither look can part it.)
            if len(rows) == 1 and _may_part_at(xs, lefts, rights, v_gap):
                rows = _text_over_columns(ys, xs, boxes, h_gap, v_gap)
                if len(rows) == 1:
                    cols = _sliver_crossed(xs, boxes, group_of, v_gap)
            if len(rows) == 1 and len(cols) == 1:
                node.lines = reading_order(ys, boxes)
                continue
        if len(rows) > 1 and not headless and _orphans(rows, group_of):
            # Cut only where no headline is left alone (between bands of stories); with no
            # such cut the stories stand side by side (a row of headlines over a row of
            # columns), or this is one story, its headline over or under its columns.
            adopted = _adopt_orphans(rows, boxes, group_of)
            if len(adopted) > 1 or len(cols) > 1:
                rows = adopted
        if len(rows) > 1 and len(cols) > 1 and not headless and _detached(rows, boxes, group_of):
            rows = [ys]  # a headline would head nothing under it: stories stand side by side
        if len(rows) > 1 and not headless:
            # (Or one of them would: its text starts lower than its neighbour's.)
            joined = _join_cut_off(rows, boxes, group_of, v_gap)
            if len(joined) == 1 and len(cols) == 1:
                # (Joined across a gutter a box or two cross by a sliver: parted there.)
                cols = _sliver_crossed(xs, boxes, group_of, v_gap)
                joined = [ys] if len(cols) > 1 else rows
            rows = joined
        use_rows = len(rows) > 1
        node.direction = "h" if use_rows else "v"
        parts = rows if use_rows else cols
        # (A part the rules above joined or made is no part of the split as it made them.)
        made = split_rows if use_rows else split_cols
        as_split = {id(p) for p in made} if whole_again else set()
        for n, part in enumerate(parts):
            for i in part:
                label[i] = n
        other = xs if use_rows else ys
        split_other: list[list[int]] = [[] for _ in parts]
        for i in other:
            split_other[label[i]].append(i)
        for part, rest in zip(parts, split_other, strict=True):
            child = Node("leaf")
            node.children.append(child)
            whole = id(part) in as_split
            if use_rows:
                stack.append((child, part, rest, whole, False))
            else:
                stack.append((child, rest, part, False, whole))
    _join_across_dropped_lines(root, boxes, group_of)
    return root


def headline_lines(ids: Iterable[int], group_of: Sequence[int]) -> frozenset[int]:
    """The lines of ``ids`` whose headline group (``group_of``) is not -1."""
    return frozenset(i for i in ids if group_of[i] >= 0)


def _may_part_at(
    xs: list[int], lefts: Sequence[float], rights: Sequence[float], v_gap: float
) -> bool:
    """:func:`_may_part` with the lines' left and right edges given as lists by line (read
    in C, not a box and its item a line in Python)."""
    return not max(map(lefts.__getitem__, xs)) - min(map(rights.__getitem__, xs)) < v_gap


def _may_part(xs: list[int], boxes: Sequence[BoxT], v_gap: float) -> bool:
    """Whether some line of ``xs`` starts ``v_gap`` or more right of where another ends: else
    no lines of them stand in columns a gap of ``v_gap`` parts (a line past a gap starts that
    far right of the ends before it), nor does a gutter of that width run between them.
    :func:`_text_over_columns` and :func:`_sliver_crossed` part only at such a gap, so where
    this is False both give the part back whole; most parts no gap cuts are one column, its
    lines' spans overlapping, and are told by two passes rather than their looks' splits."""
    # (Asked as "not less": a coordinate that is no number leaves the looks to answer.)
    return not max([boxes[i][0] for i in xs]) - min([boxes[i][2] for i in xs]) < v_gap


def _join_across_dropped_lines(root: Node, boxes: Sequence[BoxT], group_of: Sequence[int]) -> None:
    """Columns cut across by a line the OCR dropped, joined again: a story's columns whose
    lines stand level with each other leave a gap across all of them where one column lost a
    line (and the lines beside it end a paragraph short or stand level too), and the XY-cut
    reads the rows over that gap as a band of their own, row by row across the columns,
    before the columns under it. Two parts stacked in one region, each split into the same
    columns (as many, each over the one under it) with no headline among them, within
    :data:`CONTINUES` line heights of each other, are one set of columns: each column's
    leaf runs on into the one under it. A column cut across by a gap of its own (a line only
    it lost, over or under the gap across them all) is a column of leaves read in turn
    (test16/page-05 read shrunk: a story's two columns parted by a row the OCR dropped from
    both, the first one's last line parted again by a row it alone lost)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.direction == "h":
            flat: list[Node] = []
            for child in node.children:
                flat.extend(child.children if child.direction == "h" else [child])
            joined: list[Node] = []
            for child in flat:
                if joined and _same_columns(joined[-1], child, boxes, group_of):
                    upper_part = joined[-1]
                    for k, (upper, lower) in enumerate(
                        zip(upper_part.children, child.children, strict=True)
                    ):
                        above, below = _column_leaves(upper), _column_leaves(lower)
                        assert above is not None and below is not None
                        above[-1].lines = above[-1].lines + below[0].lines
                        rest = [*above, *below[1:]]
                        upper_part.children[k] = (
                            rest[0] if len(rest) == 1 else Node("h", children=rest)
                        )
                    continue
                if joined and _join_headed(joined[-1], child, boxes, group_of):
                    continue
                joined.append(child)
            if len(joined) < len(flat):  # (the tree is left as it was where nothing joins)
                node.children = joined
                if len(joined) == 1:
                    only = joined[0]
                    node.direction, node.children = only.direction, only.children
        stack.extend(node.children)


def _same_columns(upper: Node, lower: Node, boxes: Sequence[BoxT], group_of: Sequence[int]) -> bool:
    """Whether two stacked parts are one set of columns cut across by a dropped line (see
    :func:`_join_across_dropped_lines`)."""
    if upper.direction != "v" or lower.direction != "v":
        return False
    if len(upper.children) < 2 or len(upper.children) != len(lower.children):
        return False
    column_lines: list[list[int]] = []
    for c in (*upper.children, *lower.children):
        found = _column_leaves(c)
        if found is None:
            return False
        column_lines.append([i for leaf in found for i in leaf.lines])
    n = len(upper.children)
    ids = [i for lines in column_lines for i in lines]
    if any(group_of[i] >= 0 for i in ids):
        return False
    for a, b in zip(column_lines[:n], column_lines[n:], strict=True):
        a0, a1 = min(boxes[i][0] for i in a), max(boxes[i][2] for i in a)
        b0, b1 = min(boxes[i][0] for i in b), max(boxes[i][2] for i in b)
        if min(a1, b1) - max(a0, b0) <= 0.5 * min(a1 - a0, b1 - b0):
            return False
    heights = sorted(boxes[i][3] - boxes[i][1] for i in ids)
    line = heights[len(heights) // 2]
    bottom = max(boxes[i][3] for lines in column_lines[:n] for i in lines)
    top = min(boxes[i][1] for lines in column_lines[n:] for i in lines)
    # (Room for the dropped line at least: a caption over the columns stands closer.)
    if line <= top - bottom <= CONTINUES * line:
        return True
    # (Or no dropped line at all: each column's lines go on at their own pitch over the gap.)
    return 0 <= top - bottom < line and _at_pitch(column_lines[:n], column_lines[n:], boxes)


#: A column's next line stands within this share of its line pitch of one pitch under its last.
AT_PITCH = 0.15


def _at_pitch(uppers: list[list[int]], lowers: list[list[int]], boxes: Sequence[BoxT]) -> bool:
    """Whether each column's first line under a row gap stands one line pitch under its last
    line over the gap (its lines' pitch, the median step from top to top, within
    :data:`AT_PITCH`): the columns' own leading, not a gap between parts. A row cut's gap
    only a little wider than the cut's threshold (a detector boxing a row's lines a few
    pixels short: 15 px at a 14.95 px threshold and 13 px gaps between 23 px boxes,
    probe16full/page-300) parts a story's columns row-wise, and the XY-cut reads the rows
    over it across the columns before those under it."""
    for above, below in zip(uppers, lowers, strict=True):
        ids = (*above, *below)
        tops = sorted(boxes[i][1] for i in ids)
        # (Two boxes of one row stand a few pixels apart at most: no step of the pitch.)
        low = 0.5 * min(boxes[i][3] - boxes[i][1] for i in ids)
        steps = sorted(b - a for a, b in itertools.pairwise(tops) if b - a > low)
        if not steps:
            return False
        pitch = steps[len(steps) // 2]
        step = min(boxes[i][1] for i in below) - max(boxes[i][1] for i in above)
        if abs(step - pitch) > AT_PITCH * pitch:
            return False
    return True


def _join_headed(upper: Node, lower: Node, boxes: Sequence[BoxT], group_of: Sequence[int]) -> bool:
    """Stories side by side cut across by a row band the OCR lost over all of them, joined
    again (and True), else False with the tree as it was. Under two stories side by side
    each under its title, a band of rows the detector lost (or boxed run on and dropped)
    over both leaves a gap across the region; the XY-cut cuts the region there, the titles
    and the rows over the gap a part, the columns under it another, and the headless columns
    under it went to the story to their left: the right story's title headed its first rows
    alone (probe16/page-403 read shrunk, probe16full/page-200). As
    :func:`_join_across_dropped_lines` asks of a story's columns: the part over the gap split
    into stories side by side whose titles stand over their columns only (:func:`_headed`),
    the part under it split into as many columns, each under one of them, no headline under
    the gap, the gap a dropped line's room within :data:`CONTINUES` line heights: each
    column's lines under the gap run on from its lines over it."""
    if upper.direction != "v" or lower.direction != "v":
        return False
    above: list[list[Node]] = []
    heads = False
    for child in upper.children:
        found = _headed(_rows_flattened(child), group_of)
        if found is None:
            return False
        heads = heads or found[0]
        above.extend(found[1])
    below: list[list[Node]] = []
    for child in lower.children:
        column = _column_leaves(child)
        if column is None:
            return False
        below.append(column)
    if not heads or len(above) < 2 or len(above) != len(below):
        return False
    over = [[i for leaf in c for i in leaf.lines if group_of[i] < 0] for c in above]
    under = [[i for leaf in c for i in leaf.lines] for c in below]
    if any(not c for c in over) or any(group_of[i] >= 0 for c in under for i in c):
        return False
    for a, b in zip(over, under, strict=True):
        a0, a1 = min(boxes[i][0] for i in a), max(boxes[i][2] for i in a)
        b0, b1 = min(boxes[i][0] for i in b), max(boxes[i][2] for i in b)
        if min(a1, b1) - max(a0, b0) <= 0.5 * min(a1 - a0, b1 - b0):
            return False
    heights = sorted(boxes[i][3] - boxes[i][1] for c in (*over, *under) for i in c)
    line = heights[len(heights) // 2]
    bottom = max(boxes[i][3] for c in over for i in c)
    top = min(boxes[i][1] for c in under for i in c)
    if not line <= top - bottom <= CONTINUES * line:
        return False
    for leaves_over, leaves_under in zip(above, below, strict=True):
        last = leaves_over[-1]
        if len(leaves_under) == 1:
            last.lines = last.lines + leaves_under[0].lines
        else:  # (the column's leaf made a column of leaves read in turn, in place)
            first = Node("leaf", lines=last.lines + leaves_under[0].lines)
            last.direction, last.lines = "h", []
            last.children = [first, *leaves_under[1:]]
    return True


def _headed(node: Node, group_of: Sequence[int]) -> tuple[bool, list[list[Node]]] | None:
    """A story of a part split into stories side by side (see :func:`_join_headed`): whether
    it has a title, and its columns' leaves; None for a part of another shape. A column, or
    a column under title lines (leaves of headline lines only, over it), or columns side by
    side under them."""
    column = _column_leaves(node)
    if column is not None:
        k = 0
        while k < len(column) - 1 and all(group_of[i] >= 0 for i in column[k].lines):
            k += 1
        rest = column[k:]
        if any(group_of[i] >= 0 for leaf in rest for i in leaf.lines):
            return None
        return k > 0, [rest]
    if node.direction != "h" or len(node.children) < 2:
        return None
    *top, body = node.children
    if any(c.direction != "leaf" or any(group_of[i] < 0 for i in c.lines) for c in top):
        return None
    if body.direction != "v":
        return None
    columns: list[list[Node]] = []
    for child in body.children:
        found = _column_leaves(child)
        if found is None or any(group_of[i] >= 0 for leaf in found for i in leaf.lines):
            return None
        columns.append(found)
    return True, columns


def _rows_flattened(node: Node) -> Node:
    """A story's part made of rows cut in turn, as one part of its rows: a part read top to
    bottom whose rows are parts read top to bottom again (a title left alone by a row cut
    adopted the rows under it, and that pair was cut apart again, under a paragraph split
    off by a wider gap: ``h[h[title, rows], rows]``) reads as ``h[title, rows, rows]``, the
    shape :func:`_headed` asks for. The leaves are the node's own (a join runs them on in
    place); a part of another shape comes back as it is (test20/page-15 at both sizes: a
    picture under two titles side by side and a band lost under their first rows)."""
    if node.direction != "h" or all(c.direction != "h" for c in node.children):
        return node
    flat: list[Node] = []
    todo = list(reversed(node.children))
    while todo:
        child = todo.pop()
        if child.direction == "h":
            todo.extend(reversed(child.children))
        else:
            flat.append(child)
    return Node("h", children=flat)


def _column_leaves(node: Node) -> list[Node] | None:
    """The leaves of a column of a part split into columns: the column's leaf, or the leaves
    of a column a gap of its own cut across (another dropped line, read top to bottom); None
    for a part that is no one column."""
    if node.direction == "leaf":
        return [node]
    if node.direction == "h" and all(c.direction == "leaf" for c in node.children):
        return node.children
    return None


def reading_order(ys: list[int], boxes: Sequence[BoxT]) -> list[int]:
    """Lines of one column (sorted by top) in reading order: rows top to bottom, each left to
    right, since an OCR tool may cut one printed line into several boxes."""
    out: list[int] = []
    # (Most rows are one box: put in as they are, without a sort; the sort of a row of one
    # gives it back unchanged. The row's first line and its top are held in locals, and a
    # list made only for a row of two boxes or more.)
    first = -1
    first_top = 0.0
    more: list[int] | None = None
    for i in ys:
        box = boxes[i]
        if first < 0:
            first, first_top = i, box[1]
        elif box[1] - first_top >= 0.5 * (box[3] - box[1]):
            if more is None:
                out.append(first)
            else:
                out.extend(sorted(more, key=lambda j: boxes[j][0]))
                more = None
            first, first_top = i, box[1]
        elif more is None:
            more = [first, i]
        else:
            more.append(i)
    if more is not None:
        out.extend(sorted(more, key=lambda j: boxes[j][0]))
    elif first >= 0:
        out.append(first)
    return out


def _adopt_orphans(
    rows: list[list[int]], boxes: Sequence[BoxT], group_of: Sequence[int]
) -> list[list[int]]:
    """Join each part holding only headline lines to the nearer of its neighbours.

    A headline stands closer to its own story (above or under it) than to the band of stories
    beyond the gap on its other side; but a part above whose own headlines stand over the
    same span is headed already, and the headline goes to the part under it however far (a
    photo between a headline and its story is blank to the OCR and leaves a wide gap); so it
    does when it stands a band gap under the part above (:func:`_band_gap_over`).
    """
    parts = [list(p) for p in rows]
    k = 0
    while k < len(parts) and len(parts) > 1:
        part = parts[k]
        if not all(group_of[i] >= 0 for i in part):
            k += 1
            continue
        if (
            k >= 2
            and k + 1 < len(parts)
            and _stray_tail(parts[k - 2], parts[k - 1], part, boxes, group_of)
        ):
            # The lines above the headline end a column of the band over them (cut off by a
            # line the OCR dropped): they rejoin it, and the headline heads the part under it.
            parts[k - 2].extend(parts[k - 1])
            parts[k + 1] = part + parts[k + 1]
            del parts[k - 1 : k + 1]
            k -= 1
            continue
        # (Each part's boxes and their numbers read in C: the part over a headline may be a
        # whole band of stories.)
        top = min(map(_TOP, map(boxes.__getitem__, part)))
        bottom = max(map(_BOTTOM, map(boxes.__getitem__, part)))
        above = (
            top - max(map(_BOTTOM, map(boxes.__getitem__, parts[k - 1]))) if k > 0 else float("inf")
        )
        below = (
            min(map(_TOP, map(boxes.__getitem__, parts[k + 1]))) - bottom
            if k + 1 < len(parts)
            else float("inf")
        )
        if (
            below <= above
            or (k + 1 < len(parts) and _headed_over(parts[k - 1], part, boxes, group_of))
            or (
                k + 1 < len(parts)
                and _band_gap_over(parts[k - 1], parts[k + 1], part, boxes, group_of)
            )
        ):
            parts[k + 1] = part + parts[k + 1]
            del parts[k]
        else:
            parts[k - 1].extend(part)
            del parts[k]
            k -= 1
    return parts


#: A headline stands this many of its text's line heights or less from its own text (0.6-0.8
#: on the dev pages, a deck's spacing included); the gap between two bands of stories, over
#: a headline, is wider (1.9-2.5 line heights).
OWN_TEXT_GAP = 1.3


def _band_gap_over(
    upper: list[int],
    lower: list[int],
    head: list[int],
    boxes: Sequence[BoxT],
    group_of: Sequence[int],
) -> bool:
    """Headline part ``head`` stands further under the text ``upper`` than a headline stands
    from its own text (a band gap), and the first line of ``lower`` within its span is text:
    the headline heads ``lower``, however far under it (a photo between), not the text over
    it. (The text over it lacks a headline of its own when the OCR lost its title.) With no
    line of ``lower`` within the span (a short caption set flush left), its first line."""
    text = sorted(boxes[i][3] - boxes[i][1] for i in upper if group_of[i] < 0)
    if not text:
        return False
    line = text[len(text) // 2]
    top = min(boxes[i][1] for i in head)
    if top - max(boxes[i][3] for i in upper) <= OWN_TEXT_GAP * line:
        return False
    lo = min(boxes[i][0] for i in head)
    hi = max(boxes[i][2] for i in head)
    under = [i for i in lower if boxes[i][0] < hi and lo < boxes[i][2]] or lower
    return group_of[min(under, key=lambda i: boxes[i][1])] < 0


#: How many characters left of the lines over it a stray tail's line may start: a paragraph's
#: indent.
TAIL_INDENT = 2


def _stray_tail(
    upper: list[int],
    tail: list[int],
    head: list[int],
    boxes: Sequence[BoxT],
    group_of: Sequence[int],
) -> bool:
    """``tail`` (text between the band ``upper`` and the headline part ``head``) is the end of
    a column of ``upper``: closer to it than to the headline, every line within the span of
    the column over it (or up to an indent left of it), its first line set flush with that
    column's left edge (no indent: it runs on, it does not start a story); ``tail`` holds no
    headline line.

    Why: a line the OCR dropped leaves a gap that cuts a column's last lines off its band;
    without this the nearer headline under them would take them as its story.
    """
    if not tail or any(group_of[i] >= 0 for i in tail):
        return False
    text = [j for j in upper if group_of[j] < 0]
    if not text:
        return False
    upper_bottom = max(boxes[i][3] for i in upper)
    tail_top = min(boxes[i][1] for i in tail)
    tail_bottom = max(boxes[i][3] for i in tail)
    head_top = min(boxes[i][1] for i in head)
    if tail_top - upper_bottom >= head_top - tail_bottom:
        return False
    first = min(tail, key=lambda i: (boxes[i][1], boxes[i][0]))
    for i in tail:
        x0, y0, x1, y1 = boxes[i]
        size = y1 - y0  # a body line's box is about a character tall
        over = [j for j in text if boxes[j][0] < x1 and x0 < boxes[j][2]]
        if not over:
            return False
        left = min(boxes[j][0] for j in over)
        right = max(boxes[j][2] for j in over)
        # (The column over it may show only a paragraph's first line, indented two
        # characters: the lines under it lost, or boxed across the gutters.)
        if x0 < left - (1 + TAIL_INDENT) * size or x1 > right + size:
            return False
        if i == first and x0 - left > 1.5 * size:
            return False
    return True


def _headed_over(
    upper: list[int], part: list[int], boxes: Sequence[BoxT], group_of: Sequence[int]
) -> bool:
    """Within the span of headline part ``part``, ``upper`` holds a headline line with text
    under it: a story headed already, not columns waiting for a headline set under them."""
    lo = min(boxes[i][0] for i in part)
    hi = max(boxes[i][2] for i in part)
    head_bottom = float("inf")
    text_bottom = float("-inf")
    for i in upper:
        x0, _, x1, y1 = boxes[i]
        if x0 < hi and lo < x1:
            if group_of[i] >= 0:
                head_bottom = min(head_bottom, y1)
            else:
                text_bottom = max(text_bottom, y1)
    return head_bottom < text_bottom


def _headline_apart(
    ys: list[int], boxes: Sequence[BoxT], group_of: Sequence[int]
) -> list[list[int]]:
    """A part no gap cuts whose headline lines all stand above (or all under) its text: the
    headline set closer to its columns than a row gap. Split it off so the columns under it
    can still be cut apart."""
    heads = [i for i in ys if group_of[i] >= 0]
    if not heads:  # (most parts hold none: their text is not gathered)
        return [ys]
    text = [i for i in ys if group_of[i] < 0]
    if not text:
        return [ys]
    if max(boxes[i][3] for i in heads) <= min(boxes[i][1] for i in text):
        return [heads, text]
    if min(boxes[i][1] for i in heads) >= max(boxes[i][3] for i in text):
        return [text, heads]
    return [ys]


#: Lines set across columns (a photo's caption) may stand closer over them than a row gap: a
#: gap of this share of a row gap still parts them, wider than the space between two lines of
#: a column (about a quarter of a line height; the row gap is 0.65 of one).
UNDER_CAPTION = 0.6
#: A caption set across columns runs over at most this many rows (the search for one stops
#: there: it is linear in the part's lines, not quadratic on a long single column).
CAPTION_ROWS = 4


def _text_over_columns(
    ys: list[int], xs: list[int], boxes: Sequence[BoxT], h_gap: float, v_gap: float
) -> list[list[int]]:
    """A part no gap cuts whose lower lines stand in columns (a gutter runs from some row down
    to its foot, each column but the last two lines or more) under lines set across them, a
    caption closer to them than a row gap: split at the gap over the columns (at least
    UNDER_CAPTION of a row gap), so that they can still be cut apart rather than read row by
    row across. (Not under lines that part at a gutter themselves: those are a row of the
    columns.)"""
    rows = _split(ys, boxes, 1, UNDER_CAPTION * h_gap)
    for k in range(1, min(len(rows), CAPTION_ROWS + 1)):
        upper = [i for part in rows[:k] for i in part]
        if len(_split(sorted(upper, key=lambda i: boxes[i][0]), boxes, 0, v_gap)) > 1:
            break  # (lines over the columns standing in them: a row of theirs, not a caption)
        # The lines under them by x: ``xs`` without the few rows over them (``xs`` holds ties
        # in the order of ``ys``, as a sort of the lines under them would give).
        over = set(upper)
        lower = [i for i in xs if i not in over]
        if _stand_in_columns(lower, boxes, v_gap) and _set_across(upper, lower, boxes, v_gap):
            return [upper, [i for part in rows[k:] for i in part]]
    # (Or columns whose rows' boxes overlap, no gap between them: see _over_packed_columns.)
    return _over_packed_columns(ys, xs, boxes, h_gap, v_gap)


def _set_across(upper: list[int], lower: list[int], boxes: Sequence[BoxT], v_gap: float) -> bool:
    """Whether a line of ``upper`` reaches across a gutter of the columns ``lower`` (by left
    edge) into both of its columns by SLIVER column gaps or more, as a line set across
    them does. Lines that keep to the columns' sides are rows of theirs, though a box of
    theirs, grown back over the gutter from the column after, starts too close to the
    column before for a gap to part them there (test16/page-10: a line opening with a
    comma boxed from 13 px past the end of its row neighbour; its four rows were read
    across, as a caption's)."""
    cols = _split(lower, boxes, 0, v_gap)
    reach = SLIVER * v_gap
    gutters = [
        (max(boxes[i][2] for i in left), min(boxes[i][0] for i in right))
        for left, right in itertools.pairwise(cols)
    ]
    for i in upper:
        x0, _, x1, _ = boxes[i]
        if any(min(g0 - x0, x1 - g1) >= reach for g0, g1 in gutters):
            return True
    return False


def _stand_in_columns(xs: list[int], boxes: Sequence[BoxT], v_gap: float) -> bool:
    """Whether the lines ``xs`` (by left edge) stand in columns a gap of ``v_gap`` parts, each
    but the last holding two lines or more (the last may hold one: a short story's last
    column ends its closing paragraph, a line now and then)."""
    cols = _split(xs, boxes, 0, v_gap)
    return len(cols) > 1 and all(len(col) >= 2 for col in cols[:-1])


#: A gutter a line's box crosses by a sliver still parts columns when the box reaches past it
#: into the other column by under this many column gaps (1.5 of 0.6 body characters: under a
#: character), FEW_CROSSING boxes at most, and fewer than CROSSING_SHARE of the lines of
#: either column, each column holding SIDE_LINES lines or more that keep to their side.
SLIVER = 1.5
FEW_CROSSING = 2
CROSSING_SHARE = 1 / 3
SIDE_LINES = 3


def _sliver_crossed(
    xs: list[int], boxes: Sequence[BoxT], group_of: Sequence[int], v_gap: float
) -> list[list[int]]:
    """A part no gap cuts, in which a gutter of at least a column gap runs from its top to its
    foot but for a box or two of running text reaching across it by a sliver (a detector's
    box grown past its line's ends: a character read from the gutter's blank, a loose box
    over a line that starts with a number): parted at that gutter, each crossing box going to
    the column it stands in, so that the columns are not read row by row across (probe12b:
    two columns of one story 31-37 px apart, one box starting 17 px into the column before;
    one line's box ending 16 px into the column after). ``xs``: the part's lines by left
    edge. So is one crossed by a run-on box over two lines of a row, the columns' rows going
    on under it, that the cutting left whole (probe12b: a story's last column and the next
    story's caption beside it read as one, their narrow gutter crossed by one such box;
    probe10c: a story's first row under its headline run on across its two columns). A box
    grown into the gutter's blank but short of the other column (test16/page-10: a line's
    box opening with a comma, starting 4 px past its row neighbour's end; test13/page-08: a
    tilted box ending 2 px short of the next column) leaves too narrow a blank between the
    last end and the next start: the blank is then asked as it runs from where the rest of
    the column before ended, or on to the next start, that box one of those across it.
    Linear in the part's lines apart from sorts."""
    if len(xs) < 2 * SIDE_LINES + 1:
        return [xs]
    reach = SLIVER * v_gap
    ends = sorted(boxes[i][2] for i in xs)
    starts = [boxes[i][0] for i in xs]
    # Sweep the lines' extents left to right: each blank between an end and the next start
    # that FEW_CROSSING boxes at most cover is asked.
    n = len(xs)
    a = b = 0
    cover = 0
    low_from: float | None = None
    # (Where the blank began: the first end after which FEW_CROSSING boxes at most stood.)
    first_low = 0.0
    while a < n or b < n:
        if a < n and starts[a] < ends[b]:
            x = starts[a]
            cover += 1
            a += 1
            if low_from is not None:
                cut = _sliver_cut(xs, boxes, group_of, low_from, x, reach, v_gap)
                # Short of a column gap from the last end: a box or two of the blank grown
                # into the gutter, short of the other column (a detector's box over a line's
                # end, or its start, stretched into the blank): the blank as it ran from
                # where the rest of the column before ended, and on past such a start to the
                # next, those boxes crossing it.
                narrow = x - low_from < v_gap
                if cut is None and narrow and first_low < low_from:
                    cut = _sliver_cut(xs, boxes, group_of, first_low, x, reach, v_gap)
                if cut is not None:
                    return cut
                if not narrow or cover > FEW_CROSSING:
                    low_from = None
        else:
            x = ends[b]
            cover -= 1
            b += 1
            if cover <= FEW_CROSSING and a < n:
                if low_from is None:
                    first_low = x
                low_from = x  # (the blank starts at the last end before the next start)
    return [xs]


def _sliver_cut(
    xs: list[int],
    boxes: Sequence[BoxT],
    group_of: Sequence[int],
    g0: float,
    g1: float,
    reach: float,
    v_gap: float,
) -> list[list[int]] | None:
    """The part's lines parted at the gutter ``g0``-``g1`` (see :func:`_sliver_crossed`), or
    None when it is not one: under a column gap wide, a crossing box a headline's, or reaching
    into both columns past a sliver where it is no run-on box (:func:`_amid`), too few lines
    on a side or too many crossing. A run-on box goes whole to the column holding more of it
    (the cutting, which parts its text, left it whole: one line's part in the other column
    is the price of reading the rest of both columns apart)."""
    if g1 - g0 < v_gap:
        return None
    left: list[int] = []
    right: list[int] = []
    across: list[int] = []
    for i in xs:
        x0, _, x1, _ = boxes[i]
        if x1 <= g0:
            left.append(i)
        elif x0 >= g1:
            right.append(i)
        elif group_of[i] >= 0:
            return None
        else:
            across.append(i)
    crossing = len(across)
    kept = min(len(left), len(right))
    if crossing == 0 or kept < SIDE_LINES or crossing >= CROSSING_SHARE * kept:
        return None
    for i in across:
        x0, _, x1, _ = boxes[i]
        into_right, into_left = x1 - g1, g0 - x0
        if min(into_right, into_left) >= reach and not _amid(boxes[i], left, right, boxes):
            return None
        (left if into_left > into_right else right).append(i)
    if across:
        left.sort(key=lambda i: boxes[i][0])
        right.sort(key=lambda i: boxes[i][0])
    return [left, right]


def _amid(box: BoxT, left: list[int], right: list[int], boxes: Sequence[BoxT]) -> bool:
    """Whether lines of both columns stand under ``box``: a line across a gutter with both
    columns' rows going on under it (amid them, or their first row) is taken for a detector's
    run-on box over two lines of a row. (A line across columns with nothing of them under it
    is not: their last row, or a line set under them; asked too, it cost dev/page-214 a
    paragraph, a run-on last row of two narrow columns going whole to the first.) A lead set
    across the columns right over them, no gap between, is read as their first column's:
    without the cut, all of them were read row by row."""
    return all(any(boxes[j][1] >= box[3] for j in side) for side in (left, right))


#: Columns whose rows' boxes touch or overlap (no gap between them) are parted from lines set
#: across them by a gap of this share of a row gap (a quarter of the UNDER_CAPTION one).
PACKED_GAP = 0.25


def _over_packed_columns(
    ys: list[int], xs: list[int], boxes: Sequence[BoxT], h_gap: float, v_gap: float
) -> list[list[int]]:
    """As :func:`_text_over_columns`, for columns whose rows the detector boxed taller than
    their spacing, so that no gap at all stands between them: a gap of PACKED_GAP of a row
    gap over them, the only one in the part, parts the lines over them (CAPTION_ROWS at
    most, not standing in columns themselves) from them (dev/page-214: a story's lead, one
    line across three of its six columns, 7 px over them, their rows' boxes 37-44 px tall at
    a 37 px spacing; the three read row by row)."""
    rows = _split(ys, boxes, 1, PACKED_GAP * h_gap)
    if not 1 < len(rows) <= CAPTION_ROWS + 1:
        return [ys]
    lower = rows[-1]
    # (Packed: no gap at all between its rows, at any threshold.)
    if len(_split(lower, boxes, 1, 0.0)) > 1:
        return [ys]
    upper = [i for part in rows[:-1] for i in part]
    if len(_split(sorted(upper, key=lambda i: boxes[i][0]), boxes, 0, v_gap)) > 1:
        return [ys]
    over = set(upper)
    if _stand_in_columns([i for i in xs if i not in over], boxes, v_gap):
        return [upper, lower]
    return [ys]


def _detached(parts: list[list[int]], boxes: Sequence[BoxT], group_of: Sequence[int]) -> bool:
    """A part holding headline lines and text in which no headline line stands over any of
    the text: the cut went across stories standing side by side (one's text beside another's
    headline), not between bands of stories."""
    for part in parts:
        heads = [i for i in part if group_of[i] >= 0]
        if not heads:  # (most parts hold none: their text is not gathered)
            continue
        text = [i for i in part if group_of[i] < 0]
        if not text:
            continue
        if _all_under(text, heads, boxes):
            continue
        # The text's x-extent as disjoint spans, so each headline line is one lookup.
        spans: list[list[float]] = []
        for t in sorted(text, key=lambda t: boxes[t][0]):
            if spans and boxes[t][0] < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], boxes[t][2])
            else:
                spans.append([boxes[t][0], boxes[t][2]])
        starts = [a for a, _ in spans]
        covered = False
        for h in heads:
            k = bisect.bisect_left(starts, boxes[h][2]) - 1  # last span starting left of h's end
            if k >= 0 and spans[k][1] > boxes[h][0]:
                covered = True
                break
        if not covered:
            return True
    return False


def _all_under(text: list[int], heads: list[int], boxes: Sequence[BoxT]) -> bool:
    """Whether every line of ``text`` stands under every headline line of ``heads``: a cut
    across stories side by side leaves a story's text beside (level with) another's headline;
    a caption set flush left under a photo, beside its title's span but under it, is the
    title's own story (:func:`_detached`)."""
    return min(boxes[t][1] for t in text) >= max(boxes[h][3] for h in heads)


def _join_cut_off(
    parts: list[list[int]], boxes: Sequence[BoxT], group_of: Sequence[int], v_gap: float
) -> list[list[int]]:
    """``parts`` (a region's rows, by y) with a row joined to the next where the cut between
    them went under two stories' headlines side by side, between one story's first line and
    the other's: the upper row holds two headline groups or more and text, one group has no
    text under it there while the next row has text under it, and the two rows together part
    at a gutter (a story opening with a lead line across its columns, its neighbour's first
    line a row lower). Cut there, that headline would head nothing. So they do at a gutter a
    box or two cross by a sliver (:func:`_sliver_crossed`, as the XY-cut parts columns;
    test16/page-05 read shrunk: the gap a row the OCR dropped across the other story's
    columns, the gutter crossed by a tilted box stretched 6 px past the next column's
    start, its row neighbour dropped too)."""
    out: list[list[int]] = [parts[0]]
    for below in parts[1:]:
        part = out[-1]
        if _head_cut_off(part, below, boxes, group_of):
            both = sorted([*part, *below], key=lambda i: boxes[i][0])
            if (
                len(_split(both, boxes, 0, v_gap)) > 1
                or len(_sliver_crossed(both, boxes, group_of, v_gap)) > 1
            ):
                out[-1] = sorted(both, key=lambda i: boxes[i][1])
                continue
        out.append(below)
    return out


def _head_cut_off(
    part: list[int], below: list[int], boxes: Sequence[BoxT], group_of: Sequence[int]
) -> bool:
    """``part`` holds two headline groups or more and text, all of its text under them (a row
    of headlines and what opens under one of them, not columns running beside headlines set
    in them), and one group has no text of the part under it while ``below`` has text under
    it."""
    spans: dict[int, list[float]] = {}
    for i in part:
        g = group_of[i]
        if g >= 0:
            x0, _, x1, y1 = boxes[i]
            e = spans.setdefault(g, [x0, x1, y1])
            e[0], e[1], e[2] = min(e[0], x0), max(e[1], x1), max(e[2], y1)
    if len(spans) < 2:  # (most parts: their text is not gathered)
        return False
    text = [i for i in part if group_of[i] < 0]
    if not text:
        return False
    # The groups with no text of the part under them, asked first: in most rows of headlines
    # each heads text (a line under it comes soon), and then nothing else matters, where
    # whether all the text stands under them reads every line. (All three tests are pure.)
    bare = [
        (x0, x1)
        for x0, x1, y1 in spans.values()
        if not any(boxes[t][0] < x1 and x0 < boxes[t][2] and boxes[t][1] >= y1 for t in text)
    ]
    if not bare:
        return False
    if not all(
        any(
            boxes[t][0] < x1 and x0 < boxes[t][2] and boxes[t][1] >= y1
            for x0, x1, y1 in spans.values()
        )
        for t in text
    ):
        return False
    return any(
        any(group_of[t] < 0 and boxes[t][0] < x1 and x0 < boxes[t][2] for t in below)
        for x0, x1 in bare
    )


def _orphans(parts: list[list[int]], group_of: Sequence[int]) -> int:
    """Parts holding headline lines and no text line: headlines cut off from their story."""
    count = 0
    for part in parts:
        # (all() stops at a part's first text line: most parts are text from the start.)
        if part and all(group_of[i] >= 0 for i in part):
            count += 1
    return count


def leaves(node: Node) -> list[list[int]]:
    out: list[list[int]] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.direction == "leaf":
            out.append(current.lines)
        else:
            stack.extend(reversed(current.children))
    return out


def units(
    root: Node,
    group_of: Sequence[int],
    keeps_apart: Callable[[list[int]], bool],
    boxes: Sequence[BoxT] = (),
    heads: AbstractSet[int] | None = None,
) -> list[Unit]:
    """Stories as regions of the tree (see the module docstring).

    ``keeps_apart(leaf)`` says a headless leaf must stay a story of its own even beside another
    (it opens with a "continued from" marker). ``heads``: a set holding every headline line
    of the tree (``group_of`` not -1), when made.
    """
    counts: dict[int, int] = {}
    # (Each leaf's headline groups kept as counted, by its lines' list: asked again of every
    # leaf of a one-story part below, not counted over its lines a second time.)
    held: dict[int, set[int]] = {}
    _count_groups(root, group_of, counts, held, heads)
    return _collect(root, group_of, counts, keeps_apart, boxes, held)


def _count_groups(
    node: Node,
    group_of: Sequence[int],
    counts: dict[int, int],
    held: dict[int, set[int]] | None = None,
    heads: AbstractSet[int] | None = None,
) -> set[int]:
    """The headline groups (``group_of[i] >= 0``) of the lines under ``node``; each node's
    count of them in ``counts`` (by the node's id), and each leaf's set in ``held`` (by its
    lines' list's id), when given. ``heads``: a set holding every headline line under
    ``node``, when made: a leaf holding none of them (most leaves) has no groups, told in C
    without reading its lines' groups."""
    # Iterative post-order: trees are shallow, but a page of many tiny parts can be wide.
    order: list[Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        order.append(current)
        stack.extend(current.children)
    found: dict[int, set[int]] = {}
    for current in reversed(order):
        if current.direction == "leaf":
            if heads is not None and heads.isdisjoint(current.lines):
                groups = set()
            else:
                groups = {group_of[i] for i in current.lines if group_of[i] >= 0}
            if held is not None:
                held[id(current.lines)] = groups
        else:
            groups = set()
            for child in current.children:
                groups |= found[id(child)]
        found[id(current)] = groups
        counts[id(current)] = len(groups)
    return found[id(node)]


def _collect(
    node: Node,
    group_of: Sequence[int],
    counts: dict[int, int],
    keeps_apart: Callable[[list[int]], bool],
    boxes: Sequence[BoxT],
    held: dict[int, set[int]] | None = None,
) -> list[Unit]:
    """The units of ``node`` (``counts``, ``held``: as :func:`_count_groups` gives them)."""
    n = counts[id(node)]
    if node.direction == "leaf" and n > 1:
        # Several headlines in one part with no gap between: stories follow one another in it
        # (the caller splits them at each headline).
        return [Unit(leaves(node), n)]
    if n <= 1:
        # One story, unless a part of it opens with "continued from": that is another.
        out: list[Unit] = []
        apart = False  # the unit being filled opened with "continued from"
        # (A leaf's groups as counted when given: whether it holds a headline line, and a
        # unit's groups, are then read off them, not off every line again.)
        for leaf in leaves(node):
            headed = any(group_of[i] >= 0 for i in leaf) if held is None else bool(held[id(leaf)])
            if not out or keeps_apart(leaf) or (headed and apart):
                out.append(Unit([], 0))
                apart = keeps_apart(leaf)
            out[-1].leaves.append(leaf)
        for unit in out:
            if held is None:
                unit.groups = len({group_of[i] for leaf in unit.leaves for i in leaf} - {-1})
            else:
                unit.groups = len(set().union(*[held[id(leaf)] for leaf in unit.leaves]))
            unit.mergeable = unit.groups == 0 and len(out) == 1
            heads_only = all(group_of[i] >= 0 for leaf in unit.leaves for i in leaf)
            unit.bare = unit.groups == 1 and heads_only
        return out
    found: list[Unit] = []
    for child in node.children:
        found.extend(_collect(child, group_of, counts, keeps_apart, boxes, held))
    if node.direction != "v":
        return _stacked(found, boxes, group_of, keeps_apart)
    # Side by side: a headless part continues the story to its left (or, first in the row,
    # the one to its right).
    merged: list[Unit] = []
    waiting: list[Unit] = []
    for k, unit in enumerate(found):
        if unit.mergeable and not keeps_apart(unit.leaves[0]):
            after = found[k + 1] if k + 1 < len(found) else None
            if after is not None and after.groups == 1:
                # With the headless parts right of it, which go on with it.
                tail = list(after.leaves)
                for more in found[k + 2 :]:
                    if not more.mergeable or keeps_apart(more.leaves[0]):
                        break
                    tail.extend(more.leaves)
                after = Unit(tail, 1)
            if (
                merged
                and merged[-1].groups
                and after is not None
                and after.groups == 1
                and boxes
                and _heads_over(after, unit, merged[-1], boxes, group_of)
            ):
                waiting.append(unit)
            elif merged and merged[-1].groups:
                merged[-1].leaves.extend(unit.leaves)
            else:
                waiting.append(unit)
            continue
        if waiting and unit.groups:
            unit.leaves[:0] = [leaf for w in waiting for leaf in w.leaves]
            waiting = []
        merged.append(unit)
    merged.extend(waiting)
    for unit in merged:
        unit.mergeable = False
    return merged


#: Left, right and bottom of a unit's lines.
Extent = tuple[float, float, float]


def _extent(unit: Unit, boxes: Sequence[BoxT]) -> Extent:
    """Left, right and bottom of a unit's lines."""
    # (Each line's box looked up once, its numbers taken in C: three generators over the
    # unit's lines were most of the stacked parts' bookkeeping on a real page.)
    rects = [boxes[i] for leaf in unit.leaves for i in leaf]
    return (
        min(map(_LEFT, rects)),
        max(map(_RIGHT, rects)),
        max(map(_BOTTOM, rects)),
    )


#: A headline unit whose text lies on at most this many rows heads nothing of its own: its
#: text is a caption under a photo, a lead or a byline, and the columns follow further down.
THIN_ROWS = 2


def _text_rows(unit: Unit, boxes: Sequence[BoxT], group_of: Sequence[int]) -> int:
    """How many rows the unit's text (not headline) lines stand on, counted up to one past
    :data:`THIN_ROWS`: boxes whose vertical spans overlap by half are one row."""
    text = sorted(
        (boxes[i][1], boxes[i][3]) for leaf in unit.leaves for i in leaf if group_of[i] < 0
    )
    rows = 0
    bottom = float("-inf")
    for y0, y1 in text:
        if y0 >= bottom - 0.5 * (y1 - y0):
            rows += 1
            if rows > THIN_ROWS:
                break
            bottom = y1
        else:
            bottom = max(bottom, y1)
    return rows


def _thin(unit: Unit, boxes: Sequence[BoxT], group_of: Sequence[int]) -> bool:
    """One headline group over at most :data:`THIN_ROWS` rows of text (none: ``bare``)."""
    if unit.groups != 1:
        return False
    return unit.bare or _text_rows(unit, boxes, group_of) <= THIN_ROWS


#: ``reach(j)``: the lowest bottom of the first ``j + 1`` units of ``out`` (see :class:`_Reach`);
#: one that never stops a scan (infinity) makes :func:`_lowest_of` the plain scan of them all.
Reach = Callable[[int], float]


def _everywhere(j: int) -> float:
    """A reach that stops no scan: :func:`_lowest_of` then looks at every unit (the plain rule)."""
    return float("inf")


def _lowest_of(
    out: list[Unit], reach: Reach, bottom_of: Callable[[Unit], float | None]
) -> Unit | None:
    """The unit of ``out`` standing lowest by the bottom ``bottom_of`` gives it (None: no
    candidate), the first of several as low: what a scan from the first unit keeping each
    strictly lower one finds.

    Scanned from the last unit up, stopping once ``reach(j)``, the lowest bottom of the units
    up to ``j``, stands above the best found (as low, an earlier unit would still win the tie):
    a headline over a headless part stands among the last units placed, and the bands above
    end higher. A scan of every unit for each headless part made a page of many stacked
    stories quadratic in them."""
    best: Unit | None = None
    best_bottom = float("-inf")
    for j in range(len(out) - 1, -1, -1):
        if reach(j) < best_bottom:
            break
        bottom = bottom_of(out[j])
        if bottom is not None and bottom >= best_bottom:
            best, best_bottom = out[j], bottom
    return best


class _Reach:
    """The lowest bottom of the first units of ``out`` (prefix maxima of their extents'
    bottoms), each prefix worked out once and forgotten from a unit on when that unit changes
    (:meth:`forget`, called as its leaves change or it leaves ``out``): :func:`_lowest_of`
    stops its scan by it."""

    def __init__(self, out: list[Unit], extent: Callable[[Unit], Extent]) -> None:
        self.out = out
        self.extent = extent
        self.prefix: list[float] = []
        self.at: dict[int, int] = {}  # unit id -> its place in ``out``, for those measured

    def __call__(self, j: int) -> float:
        prefix = self.prefix
        while len(prefix) <= j:
            k = len(prefix)
            unit = self.out[k]
            self.at[id(unit)] = k
            bottom = self.extent(unit)[2]
            prefix.append(bottom if not prefix or prefix[-1] < bottom else prefix[-1])
        return prefix[j]

    def forget(self, unit: Unit) -> None:
        """``unit`` changed (or left ``out``): the prefixes from its place on are stale."""
        k = self.at.pop(id(unit), None)
        if k is not None:
            del self.prefix[k:]


def _lone_headline_over(
    out: list[Unit],
    unit: Unit,
    boxes: Sequence[BoxT],
    thin: Callable[[Unit], bool],
    bare_only: bool,
    extent: Callable[[Unit], Extent],
    reach: Reach = _everywhere,
) -> Unit | None:
    """The lowest thin (with ``bare_only``, bare) headline unit above ``unit`` whose span
    covers most of it. (``extent`` gives the extent of a unit of ``out``; ``reach``, the
    lowest bottom of its first units, lets the scan stop: see :func:`_lowest_of`.)"""
    part = _extent(unit, boxes)

    def bottom_over(other: Unit) -> float | None:
        if not (other.groups == 1 and other.bare if bare_only else thin(other)):
            return None
        head = extent(other)
        return head[2] if _covers(head, part) or _centred_over(head, part) else None

    return _lowest_of(out, reach, bottom_over)


def _covers(head: Extent, part: Extent) -> bool:
    """The span of extent ``head`` covers more than half of ``part``'s."""
    lo, hi, _ = part
    a, b, _ = head
    return min(b, hi) - max(a, lo) > 0.5 * (hi - lo)


#: A headline centred over a part: its centre this close to the part's (in the part's widths).
CENTRED = 0.1


def _centred_over(head: Extent, part: Extent) -> bool:
    """Extent ``head`` stands within ``part``'s span, centred on it: a short title centred
    over the columns of its story covers less than half of their width."""
    lo, hi, _ = part
    a, b, _ = head
    return lo <= a and b <= hi and abs((a + b) - (lo + hi)) / 2 <= CENTRED * (hi - lo)


def _stacked(
    found: list[Unit],
    boxes: Sequence[BoxT],
    group_of: Sequence[int],
    keeps_apart: Callable[[list[int]], bool],
) -> list[Unit]:
    """Stacked parts: a headline standing alone heads the headless part right under it (or,
    with none there, the one right above it: a headline set under its columns). A headless
    part under a row of stories goes to a thin headline of that row standing over it.

    Thin: a headline over no more than a caption's few rows of text (a photo's caption set
    between the headline and the columns, the photo's blank space cutting them apart; a lead
    or byline under the headline). It heads the headless part under it as a bare headline
    does, while that part is thin too (the caption, then the columns). A part opening with
    "continued from" is another story's, and only a bare headline (its jump head) takes it.
    """
    out: list[Unit] = []
    known: dict[int, bool] = {}  # unit id -> thin, each unit's rows counted once
    # Unit id -> extent, each unit of ``out`` measured once: every headless part looks for a
    # headline over it among all the units above, and measuring them all again each time made
    # a page of many stacked stories quadratic. (Units of ``out`` stay alive, so their ids
    # are not reused; a unit whose leaves change is forgotten.)
    extents: dict[int, Extent] = {}

    def thin(unit: Unit) -> bool:
        if id(unit) not in known:
            known[id(unit)] = _thin(unit, boxes, group_of)
        return known[id(unit)]

    def extent(unit: Unit) -> Extent:
        if id(unit) not in extents:
            extents[id(unit)] = _extent(unit, boxes)
        return extents[id(unit)]

    # (The lowest bottom of the first units of ``out``: the scans for a headline or a story
    # over a headless part go from the last unit up and stop by it.)
    reach = _Reach(out, extent)

    def changed(unit: Unit) -> None:
        known.pop(id(unit), None)
        extents.pop(id(unit), None)
        reach.forget(unit)

    k = 0
    while k < len(found):
        unit = found[k]
        lonely = unit.groups == 1 and unit.bare
        if lonely and k + 1 < len(found) and found[k + 1].mergeable:
            taken = found[k + 1].leaves
            if boxes:  # (its columns beside the headline go on under the story beside it)
                for story, leaf in _beside(unit, taken, out, boxes, extent, reach):
                    _continue_column(story, leaf, boxes)
                    changed(story)
                    taken = [other for other in taken if other is not leaf]
            unit = Unit(unit.leaves + taken, 1, bare=False)
            k += 2
            while (
                k < len(found)
                and found[k].mergeable
                and not keeps_apart(found[k].leaves[0])
                and _text_rows(unit, boxes, group_of) <= THIN_ROWS
                and _covers(_extent(unit, boxes), _extent(found[k], boxes))
            ):
                unit = Unit(unit.leaves + found[k].leaves, 1, bare=False)
                k += 1
            out.append(unit)
            continue
        if lonely and out and out[-1].mergeable:
            prev = out.pop()
            changed(prev)  # (gone from ``out``: its id may be reused)
            out.append(Unit(prev.leaves + unit.leaves, 1, bare=False))
            k += 1
            continue
        if unit.mergeable and boxes:
            bare_only = keeps_apart(unit.leaves[0])
            head = _lone_headline_over(out, unit, boxes, thin, bare_only, extent, reach)
            if head is not None:
                head.leaves.extend(unit.leaves)
                head.bare = False
                changed(head)
                k += 1
                continue
            shares = None if bare_only else _continued_under(out, unit, boxes, extent, reach)
            if shares is not None:
                # (A bare headline's own columns follow it in their reading order.)
                bare = {id(story) for story, _ in shares if story.bare}
                for story, leaf in shares:
                    if id(story) in bare:
                        story.leaves.append(leaf)
                    else:
                        _continue_column(story, leaf, boxes)
                    story.bare = False
                    changed(story)
                k += 1
                continue
        out.append(unit)
        k += 1
    for unit in out:
        unit.mergeable = False
    return out


#: A column's text continues under its story across a gap of at most this many line heights
#: (a line the OCR dropped, or two in tightly led type; a caption's wider spacing); stories of
#: the next band stand further.
CONTINUES = 3.0


def _continued_under(
    out: list[Unit],
    unit: Unit,
    boxes: Sequence[BoxT],
    extent: Callable[[Unit], Extent],
    reach: Reach = _everywhere,
) -> list[tuple[Unit, list[int]]] | None:
    """A headless part whose columns stand right under headed stories, each column under
    one of them: the stories' columns run on past a gap the XY-cut took for one between bands
    (a caption's wider spacing on one side and a dropped line on the other at the same
    height; a dropped line in a column running on below the story beside it). Each leaf with
    the story over it; None unless every leaf has one and each story's first leaf starts
    within :data:`CONTINUES` line heights under it (stories of the next band stand further),
    but for a bare headline: one over a photo heads the caption and columns under it across
    the photo's blank, when a line dropped beside the photo's foot made the XY-cut read them
    as a band of their own with the column beside them running on under its story.
    (``reach`` lets each leaf's scan of ``out`` stop: see :func:`_lowest_of`.)"""
    shares: list[tuple[Unit, list[int]]] = []
    for leaf in unit.leaves:
        lo = min(boxes[i][0] for i in leaf)
        hi = max(boxes[i][2] for i in leaf)
        top = min(boxes[i][1] for i in leaf)

        def bottom_over(
            other: Unit, lo: float = lo, hi: float = hi, top: float = top
        ) -> float | None:
            if other.groups != 1:
                return None
            a, b, bottom = extent(other)
            return bottom if min(b, hi) - max(a, lo) > 0.5 * (hi - lo) and bottom <= top else None

        best = _lowest_of(out, reach, bottom_over)
        if best is None:
            return None
        shares.append((best, leaf))
    stories = {id(story): story for story, _ in shares}
    for story in stories.values():
        if story.bare:
            continue  # a headline over a photo: the photo's blank stands between
        bottom = extent(story)[2]
        mine = [i for s, leaf in shares if s is story for i in leaf]
        line = sorted(boxes[i][3] - boxes[i][1] for i in mine)[len(mine) // 2]
        if min(boxes[i][1] for i in mine) - bottom > CONTINUES * line:
            return None
    return shares


def _beside(
    head: Unit,
    leaves: list[list[int]],
    out: list[Unit],
    boxes: Sequence[BoxT],
    extent: Callable[[Unit], Extent],
    reach: Reach = _everywhere,
) -> list[tuple[Unit, list[int]]]:
    """Of the headless part a bare headline takes (its columns under a photo, the photo's
    blank cutting them off), the leaves outside the headline's span that stand right under a
    story set beside it (a headed story of ``out`` beside the headline, reaching lower than
    its top, over more than half of the leaf, within :data:`CONTINUES` line heights above
    the leaf): that story's column running on past a gap the XY-cut took for one between
    bands (a line dropped beside the photo's lower edge). Each with its story; at least one
    leaf is always left to the headline. (``reach`` lets each leaf's scan of ``out`` stop:
    see :func:`_lowest_of`.)"""
    a, b, _ = _extent(head, boxes)
    top = min(boxes[i][1] for leaf in head.leaves for i in leaf)
    shares: list[tuple[Unit, list[int]]] = []
    for leaf in leaves:
        lo = min(boxes[i][0] for i in leaf)
        hi = max(boxes[i][2] for i in leaf)
        if lo < b and a < hi:
            continue  # under the headline's span
        leaf_top = min(boxes[i][1] for i in leaf)
        line = sorted(boxes[i][3] - boxes[i][1] for i in leaf)[len(leaf) // 2]

        def bottom_beside(
            story: Unit,
            lo: float = lo,
            hi: float = hi,
            leaf_top: float = leaf_top,
            line: float = line,
        ) -> float | None:
            if story.groups != 1:
                return None
            s0, s1, bottom = extent(story)
            if bottom <= top or (s0 < b and a < s1):
                return None  # above the headline, or over its span: not beside it
            if (
                min(s1, hi) - max(s0, lo) > 0.5 * (hi - lo)
                and bottom <= leaf_top
                and leaf_top - bottom <= CONTINUES * line
            ):
                return bottom
            return None

        best = _lowest_of(out, reach, bottom_beside)
        if best is not None:
            shares.append((best, leaf))
    return shares if len(shares) < len(leaves) else []


def _continue_column(story: Unit, leaf: list[int], boxes: Sequence[BoxT]) -> None:
    """Put ``leaf`` right after the story's last leaf over it (the same column, before the
    columns right of it are read); after all of them when none stands over it."""
    lo = min(boxes[i][0] for i in leaf)
    hi = max(boxes[i][2] for i in leaf)
    at = len(story.leaves)
    for n, other in enumerate(story.leaves):
        a = min(boxes[i][0] for i in other)
        b = max(boxes[i][2] for i in other)
        if min(b, hi) - max(a, lo) > 0.5 * min(hi - lo, b - a):
            at = n + 1
    story.leaves.insert(_after_columns_left(story.leaves, at, lo, boxes), leaf)


def _after_columns_left(leaves: list[list[int]], at: int, lo: float, boxes: Sequence[BoxT]) -> int:
    """Where a leaf starting at ``lo`` goes in a story's ``leaves``, ``at`` being right after
    the story's last leaf over it: past the leaves there that stand left of it, under that
    leaf (their tops no higher than its top). Those are columns continued under the same
    leaf before this one, a wide lead over several narrow columns (each taken in reading
    order, left first): inserted at ``at`` each, they would read right to left."""
    if not 0 < at < len(leaves):
        return at
    top = min(boxes[i][1] for i in leaves[at - 1])
    while (
        at < len(leaves)
        and max(boxes[i][2] for i in leaves[at]) <= lo
        and min(boxes[i][1] for i in leaves[at]) >= top
    ):
        at += 1
    return at


def _off_centre(
    unit: Unit, extra: Unit | None, boxes: Sequence[BoxT], group_of: Sequence[int]
) -> float:
    """How far the centre of ``unit``'s headline lines stands from the centre of its text
    columns (with ``extra``'s too): a headline is centred over the columns of its story."""
    heads = [i for leaf in unit.leaves for i in leaf if group_of[i] >= 0]
    text = [i for leaf in unit.leaves for i in leaf if group_of[i] < 0]
    if extra is not None:
        text += [i for leaf in extra.leaves for i in leaf]
    if not heads or not text:
        return float("inf")
    head = min(boxes[i][0] for i in heads) + max(boxes[i][2] for i in heads)
    body = min(boxes[i][0] for i in text) + max(boxes[i][2] for i in text)
    return abs(head - body) / 2


def _heads_over(
    right: Unit, part: Unit, left: Unit, boxes: Sequence[BoxT], group_of: Sequence[int]
) -> bool:
    """A headless part between two stories side by side belongs to the one on its right when
    that one's headline is centred over its columns with the part, and not without it, while
    the one on the left is centred over its own columns without the part (a story whose
    first column stands left of its headline's span: a brief of several items)."""
    return _off_centre(right, part, boxes, group_of) < _off_centre(
        right, None, boxes, group_of
    ) and _off_centre(left, None, boxes, group_of) <= _off_centre(left, part, boxes, group_of)
