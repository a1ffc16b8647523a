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
