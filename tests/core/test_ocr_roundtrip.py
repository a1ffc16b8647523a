"""Every reader reads back what the test writers (tests/ocr_writers.py) wrote: same lines,
same text, boxes within rounding, same confidence (within x_wconf's whole percent)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.ocr import read_ocr_bytes, sniff
from desktop.core.ocr.common import join_words
from desktop.core.ocr.model import Box, OcrLine, OcrPage
from tests.ocr_writers import PADDLE_SHAPES, WRITERS, to_paddle_json

#: CJK (one outside the BMP), Latin, digits, punctuation and markup that must stay text.
CHARS = st.sampled_from(list("中国人民日报记者𠮷，。《》abcXYZ019.%-<>&\"'"))
WORDS = st.text(CHARS, min_size=1, max_size=6)
TEXTS = st.lists(WORDS, min_size=1, max_size=6).map(join_words)


@st.composite
def pages(draw: st.DrawFn) -> OcrPage:
    n = draw(st.integers(1, 25))
    lines = []
    for i in range(n):
        x0 = draw(st.integers(0, 1800))
        y0 = draw(st.integers(0, 2800))
        w = draw(st.integers(5, 900))
        h = draw(st.integers(5, 120))
        conf = draw(st.none() | st.floats(0.0, 1.0))
        region = f"r{i // 4}"
        lines.append(OcrLine(draw(TEXTS), Box(x0, y0, x0 + w, y0 + h), conf, region))
    return OcrPage("page.x", "test", tuple(lines), width=3000.0, height=4000.0, image="p.png")


def assert_same(original: OcrPage, back: OcrPage, fmt: str, *, tolerance: float) -> None:
    assert back.format == fmt
    assert [line.text for line in back.lines] == [line.text for line in original.lines]
    assert back.raw == original.raw
    for a, b in zip(original.lines, back.lines, strict=True):
        assert a.box is not None and b.box is not None
        for u, v in zip(
            (a.box.x0, a.box.y0, a.box.x1, a.box.y1),
            (b.box.x0, b.box.y0, b.box.x1, b.box.y1),
            strict=True,
        ):
            assert abs(u - v) <= tolerance
        if a.confidence is None:
            assert b.confidence is None or fmt == "tsv"
        else:
            assert b.confidence is not None and abs(a.confidence - b.confidence) <= 0.0051
        if fmt in ("hocr", "alto", "pagexml"):
            assert b.region == a.region


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@SETTINGS
@given(page=pages())
def test_markup_formats_round_trip(fmt: str, page: OcrPage) -> None:
    data = WRITERS[fmt](page).encode("utf-8")
    assert sniff(data) in (fmt, "xml")
    back = read_ocr_bytes(data, "round.trip")
    assert_same(page, back, fmt, tolerance=1.0)
    assert (back.width, back.height) == (3000.0, 4000.0)


@pytest.mark.parametrize("shape", PADDLE_SHAPES)
@SETTINGS
@given(page=pages())
def test_paddle_shapes_round_trip(shape: str, page: OcrPage) -> None:
    back = read_ocr_bytes(to_paddle_json(page, shape).encode("utf-8"), "round.json")
    assert_same(page, back, "paddle", tolerance=1e-9)
    if shape == "ocr_results":
        assert (back.width, back.height) == (3000.0, 4000.0)
