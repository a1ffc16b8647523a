"""Whatever the text, extraction returns valid, non-overlapping spans that quote the text."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.extract import get_extractor

#: Characters that exercise the rules: numerals, units, cues, punctuation, spaces, non-BMP.
ALPHABET = st.sampled_from(
    list("一二两三十百千万亿零〇0123456789.%×年月日号个名亿元米市县区省委局公司集团长说记者")
    + list("王李张陈朔州山阴京津冀第是要“”（）、，。 \u3000\n")
    + ["𠮷", "Ａ", "１", "·", "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=60))
def test_spans_are_valid(text: str) -> None:
    ext = get_extractor().extract(text)
    for e in ext.entities:
        assert 0 <= e.start < e.end <= len(text) and text[e.start : e.end] == e.text
        assert e.label in ("PER", "LOC", "ORG")
    for f in ext.figures:
        assert 0 <= f.start < f.end <= len(text) and text[f.start : f.end] == f.text
        assert f.value is None or isinstance(f.value, Decimal)
    spans = sorted([(e.start, e.end) for e in ext.entities])
    assert all(a[1] <= b[0] for a, b in pairwise(spans))


def test_full_width_digits_and_non_bmp() -> None:
    ext = get_extractor().extract("𠮷市投资１５３９．４亿元，增长４．７％。")
    values = [(f.text, f.value) for f in ext.figures]
    assert values == [("１５３９．４亿元", Decimal("153940000000")), ("４．７％", Decimal("4.7"))]


def test_empty_and_blank_text() -> None:
    assert get_extractor().extract("").entities == ()
    assert get_extractor().extract("   \n ").figures == ()
