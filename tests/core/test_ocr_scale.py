"""A page the OCR tool read shrunk is told from its boxes' coordinates (desktop.core.ocr.scale):
RapidOCR scales each box of a shrunk read back by the ratio of the two sizes, so every
coordinate is a whole number of shrunk pixels times that ratio; a page read at its own size
has whole-pixel coordinates."""

from __future__ import annotations

import json
import random
import struct
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.ocr.paddle import read_paddle
from desktop.core.ocr.scale import SHRUNK, shrink_factor, shrunk_warning

RAPIDOCR = Path(__file__).resolve().parents[1] / "data" / "ocr" / "rapidocr"


def _f32(value: float) -> float:
    """The value as the tools write it (float32)."""
    return float(struct.unpack("f", struct.pack("f", value))[0])


def _boxes(
    rx: float, ry: float, n: int = 80, seed: int = 1
) -> list[tuple[float, float, float, float]]:
    """Lines of a page read at 1/rx by 1/ry of its size: corners on whole shrunk pixels,
    scaled back, written as float32."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        x0, y0 = rng.randrange(20, 1200), rng.randrange(20, 2000)
        x1, y1 = x0 + rng.randrange(30, 700), y0 + rng.randrange(15, 40)
        out.append((_f32(x0 * rx), _f32(y0 * ry), _f32(x1 * rx), _f32(y1 * ry)))
    return out


@pytest.mark.parametrize(("rx", "ry"), [(1.5243, 1.5376), (1.37, 1.37), (1.0984, 1.1)])
def test_a_shrunk_read_is_told_with_its_factor(rx: float, ry: float) -> None:
    factor = shrink_factor(_boxes(rx, ry))
    assert factor is not None and factor == pytest.approx(max(rx, ry), rel=1e-4)


def test_whole_pixel_coordinates_are_a_read_at_full_size() -> None:
    assert shrink_factor(_boxes(1.0, 1.0)) is None


def test_a_page_shrunk_too_little_to_lose_text_is_not_told() -> None:
    # (RapidOCR rounds the shrunk size to 32 px: a page of 1,900-2,000 px reads at ~1.01.)
    assert shrink_factor(_boxes(1.008, 1.012)) is None


def test_sub_pixel_coordinates_on_no_common_step_are_not_told() -> None:
    rng = random.Random(7)
    boxes = []
    for _ in range(80):
        x0, y0 = rng.uniform(20, 1500), rng.uniform(20, 2500)
        boxes.append((x0, y0, x0 + rng.uniform(30, 700), y0 + rng.uniform(15, 40)))
    assert shrink_factor(boxes) is None


def test_a_few_boxes_tell_nothing() -> None:
    assert shrink_factor(_boxes(1.5, 1.5, n=4)) is None


def test_the_warning_names_the_factor_and_a_max_side_len_over_the_page() -> None:
    boxes = _boxes(1.5243, 1.5376)
    warning = shrunk_warning(boxes)
    assert warning is not None
    assert "1/1.54" in str(warning)
    side = max(max(b[2], b[3]) for b in boxes)
    assert f"max_side_len={int(-(-side // 1000) * 1000)}" in str(warning)
    assert int(-(-side // 1000) * 1000) >= side


def test_the_warning_is_a_template_the_window_translates_with_the_english_line_unchanged() -> None:
    """The English line is what the CLI printed before the warning carried a template (taken
    from that code's output for this page); the factor is filled in already rounded, so a
    translation need not format it."""
    page = RAPIDOCR / "test16" / "page-04.json"
    (warning,) = read_paddle(page.read_bytes(), str(page)).warnings
    assert warning == SHRUNK(factor="1.54", side=3000)
    assert str(warning) == (
        "its boxes show it was read shrunk to about 1/1.54 of its size (RapidOCR and "
        "PaddleOCR shrink a page past max_side_len, 2,000 px by default, and lose text on "
        "tall pages): read it again with max_side_len=3000 for better articles"
    )


def test_real_reads_at_both_sizes_are_told_apart() -> None:
    """RapidOCR 1.4.4's reads of the same images at its default size and at full size
    (test16 and test16full): every page read otherwise at the default is told (the other
    seven were not shrunk and read alike), and no full-size read is."""
    told = 0
    for page in sorted((RAPIDOCR / "test16").glob("page-*.json")):
        if page.name.endswith(".gold.json"):
            continue
        full = RAPIDOCR / "test16full" / page.name
        shrunk = read_paddle(page.read_bytes(), str(page)).warnings
        assert not read_paddle(full.read_bytes(), str(full)).warnings
        assert bool(shrunk) == (page.read_bytes() != full.read_bytes()), page.name
        told += bool(shrunk)
    assert told == 9


def test_reflow_says_so_on_stderr_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    page = RAPIDOCR / "test16" / "page-04.json"
    assert main(["reflow", str(page), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["articles"]
    lines = captured.err.splitlines()
    assert len(lines) == 1 and "page-04.json" in lines[0] and "max_side_len=3000" in lines[0]
