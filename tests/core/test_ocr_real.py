"""Every real OCR file in tests/data/ocr/real (sources in its NOTES.md) reads into lines with
sane boxes, and reflows into articles with one box per raw line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.ocr import read_ocr
from desktop.core.reflow import reflow_page

REAL = Path(__file__).resolve().parents[1] / "data" / "ocr" / "real"
FILES = sorted(p for p in REAL.rglob("*") if p.suffix in {".xml", ".hocr", ".html", ".tsv"})
FORMATS = {".hocr": "hocr", ".html": "hocr", ".tsv": "tsv"}


def test_there_are_samples_of_every_markup_format() -> None:
    formats = {read_ocr(p).format for p in FILES}
    assert formats == {"alto", "pagexml", "hocr", "tsv"}
    assert len(FILES) >= 12


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_real_file_reads_into_lines_with_sane_boxes(path: Path) -> None:
    page = read_ocr(path)
    if path.suffix in FORMATS:
        assert page.format == FORMATS[path.suffix]
    assert len(page.lines) >= 2
    assert all(line.text and "\n" not in line.text for line in page.lines)
    boxed = [line for line in page.lines if line.box is not None]
    assert boxed, "no line has a box"
    for line in boxed:
        box = line.box
        assert box is not None and 0 <= box.x0 <= box.x1 and 0 <= box.y0 <= box.y1
        if page.width is not None and page.height is not None:
            assert box.x1 <= page.width * 1.05 + 16 and box.y1 <= page.height * 1.05 + 16
        if line.confidence is not None:
            assert 0 <= line.confidence <= 1
    result = reflow_page(page)
    # the raw text is the page's lines (a line run on across a gutter cut in two)
    assert result.raw.replace("\n", "") == page.raw.replace("\n", "")
    assert result.format == page.format
    if page.has_geometry:
        assert len(result.boxes) == result.raw.count("\n") + 1
    # every character is in an article, a removed marker or a line set aside (furniture, noise)
    text = (
        "".join(a.text for a in result.articles)
        + "".join(m.text for m in result.removed)
        + "".join(s.text for s in result.set_aside)
    )
    kept = sorted(ch for ch in page.raw if not ch.isspace())
    assert sorted(ch for ch in text if not ch.isspace()) == kept


def test_known_contents() -> None:
    onb = read_ocr(REAL / "pagexml" / "onb_arbeiter_zeitung_1895-07-06_p6.xml")
    assert [line.text for line in onb.lines[:5]] == [
        "Seite 6",
        "Wien, Samstag",
        "Arbeiter-Zeitung.",
        "6. Juli 1895",
        "Nr. 182",
    ]
    assert onb.image == "ONB_aze_18950706_6.jpg" and (onb.width, onb.height) == (2479, 3508)
    ndnp = read_ocr(REAL / "alto" / "ndnp_winchester_news_1910_p0070_inch1200.xml")
    assert "THE WINCHESTER NEWS" in ndnp.raw and ndnp.width == 20463  # inch1200 units
    simple = read_ocr(REAL / "pagexml" / "prima_simplepage_2017.xml")
    assert simple.lines[0].text == "The PAGE Format"  # text kept at region level
    alice = read_ocr(REAL / "hocr" / "hocrtools_tesseract303_alice_1.hocr")
    assert alice.lines[0].text == "1 Down the Rabbit-Hole" and alice.image == "alice_1.png"


def test_chinese_tesseract_output_agrees_across_formats_and_finds_its_scan() -> None:
    folder = REAL / "tesseract5_chi_sim"
    pages = {p.suffix: read_ocr(p) for p in folder.iterdir() if p.suffix != ".jpg"}
    assert {p.format for p in pages.values()} == {"hocr", "tsv", "alto"}
    texts = {suffix: [line.text for line in page.lines] for suffix, page in pages.items()}
    assert texts[".hocr"] == texts[".xml"] == texts[".tsv"]
    assert texts[".hocr"][0] == "图极速发货。图冰点标准"  # no space between Chinese words
    laid_out = reflow_page(pages[".hocr"])
    assert laid_out.image == str((folder / "rapidocr_ch_en_num.jpg").resolve())
    assert laid_out.size == (323, 430)
