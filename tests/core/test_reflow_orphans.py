"""Story assembly on box input: headline lines go to the story their group opened, and a
headline cut off from its columns goes to the text under its span."""

from __future__ import annotations

from desktop.core.reflow.stories import _split_at_groups


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
