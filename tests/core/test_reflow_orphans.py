"""Story assembly on box input: headline lines go to the story their group opened, and a
headline cut off from its columns goes to the text under its span."""

from __future__ import annotations

from desktop.core.reflow.columns import BoxT, _adopt_orphans
from desktop.core.reflow.stories import _split_at_groups

H = 25.0  # body line height, about a character


def _line(x0: float, y0: float, x1: float = 1000.0) -> BoxT:
    return (x0, y0, x1, y0 + H)


def _tail_page(tail_x0: float) -> tuple[list[list[int]], list[BoxT], list[int]]:
    """A band of text (0-2), two lines cut off under it by a dropped line (3-4), a headline
    nearer to them than to its own columns under a photo (5), and those columns (6-7)."""
    boxes = [
        _line(60, 100),
        _line(110, 135),
        _line(60, 170),
        _line(tail_x0, 240),  # 45 px under the band: a line lost between
        _line(60, 275),
        (300.0, 370.0, 800.0, 410.0),  # the headline, 70 px under the tail
        _line(60, 650),  # its story, 240 px under it (a photo between)
        _line(60, 685),
    ]
    group_of = [-1, -1, -1, -1, -1, 0, -1, -1]
    rows = [[0, 1, 2], [3, 4], [5], [6, 7]]
    return rows, boxes, group_of


def test_a_later_line_of_a_group_goes_to_the_story_that_group_opened() -> None:
    # Read row by row: the left title's first line, the right title's, then the left
    # title's second line, then each story's text.
    order = [0, 1, 2, 3, 4]
    group_of = [0, 1, 0, -1, -1]
    assert _split_at_groups(order, group_of) == [[0, 2], [1, 3, 4]]


def test_groups_seen_once_each_split_as_before() -> None:
    order = [0, 1, 2, 3, 4, 5]
    group_of = [0, 0, -1, 1, -1, -1]
    assert _split_at_groups(order, group_of) == [[0, 1, 2], [3, 4, 5]]


def test_a_stray_tail_rejoins_its_column_and_the_headline_heads_the_text_under_it() -> None:
    rows, boxes, group_of = _tail_page(tail_x0=60)
    assert _adopt_orphans(rows, boxes, group_of) == [[0, 1, 2, 3, 4], [5, 6, 7]]


def test_an_indented_part_above_a_headline_is_not_a_stray_tail() -> None:
    # Its first line starts a paragraph: it may be a story of its own, the nearer part.
    rows, boxes, group_of = _tail_page(tail_x0=110)
    assert _adopt_orphans(rows, boxes, group_of) == [[0, 1, 2], [3, 4, 5], [6, 7]]
