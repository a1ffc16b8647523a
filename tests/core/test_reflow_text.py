"""The character classes every layout rule reads (desktop.core.reflow.text)."""

from __future__ import annotations

import pytest

from desktop.core.reflow.text import CLOSERS, OPENERS, ends_sentence

#: The bracket pairs of Chinese print (and their ASCII and full-width forms).
PAIRS = ["“”", "‘’", "「」", "『』", "（）", "()", "《》", "〈〉", "【】", "〔〕", "［］"]


@pytest.mark.parametrize("pair", PAIRS)
def test_every_opener_has_its_closer(pair: str) -> None:
    """An opening mark the layout knows closes with a mark it knows: 〔 and ［ were openers
    without their closers, so "……。〕" ended no sentence."""
    opener, closer = pair
    assert opener in OPENERS and closer in CLOSERS


@pytest.mark.parametrize("pair", PAIRS)
def test_a_sentence_ends_inside_any_closing_bracket(pair: str) -> None:
    opener, closer = pair
    assert ends_sentence(f"{opener}他说：明天见。{closer}")
    assert ends_sentence(f"{opener}他说：明天见。{closer}” ")
    assert not ends_sentence(f"{opener}他说：明天见{closer}")


@pytest.mark.parametrize("pair", PAIRS)
def test_a_full_width_mark_leaves_half_a_cell_blank(pair: str) -> None:
    """The cutting's centring look (gutters._mark_blanks) counts the blank a full-width quote
    or bracket leaves in its cell, for every pair the layout knows (［］ were left out); an
    ASCII one is set in half a cell of its own and leaves none."""
    from desktop.core.reflow.gutters import MARK, _mark_blanks

    opener, closer = pair
    blank = MARK * 20.0 if not opener.isascii() else 0.0
    assert _mark_blanks(f"{opener}标题{closer}", 20.0) == (blank, blank)
    assert _mark_blanks("标题", 20.0) == (0.0, 0.0)
