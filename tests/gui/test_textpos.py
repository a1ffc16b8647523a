"""Code point <-> UTF-16 conversion, checked against Python's own UTF-16 encoding."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.gui.textpos import TextPositions, to_codepoint, to_utf16


def _utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def test_bmp_text_is_identity() -> None:
    pos = TextPositions("朔州市长某某")
    assert [pos.to_utf16(i) for i in range(7)] == list(range(7))
    assert [pos.to_codepoint(i) for i in range(7)] == list(range(7))


def test_astral_character_counts_twice() -> None:
    text = "记者𠮷小明说"
    pos = TextPositions(text)
    assert pos.utf16_length == 7
    assert pos.to_utf16(2) == 2  # 𠮷 starts at 2 in both
    assert pos.to_utf16(3) == 4  # after 𠮷
    assert pos.to_codepoint(4) == 3
    assert pos.span_to_utf16(2, 5) == (2, 6)
    assert pos.span_to_codepoints(2, 6) == (2, 5)


def test_inside_a_surrogate_pair_snaps_outward_for_spans() -> None:
    pos = TextPositions("a𠮷b")
    assert pos.to_codepoint(2) == 1
    assert pos.to_codepoint(2, round_up=True) == 2
    assert pos.span_to_codepoints(2, 2) == (1, 2)
    assert pos.span_to_codepoints(4, 0) == (0, 3)  # reversed selection is ordered


def test_module_helpers() -> None:
    assert to_utf16("𠮷𠮷x", 2) == 4
    assert to_codepoint("𠮷𠮷x", 4) == 2


@given(st.text(alphabet=st.sampled_from("a中𠮷𪚥\n ")), st.data())
def test_round_trip_matches_utf16_encoding(text: str, data: st.DataObject) -> None:
    pos = TextPositions(text)
    cp = data.draw(st.integers(0, len(text)))
    u16 = pos.to_utf16(cp)
    assert u16 == _utf16_len(text[:cp])
    assert pos.to_codepoint(u16) == cp
