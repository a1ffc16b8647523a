"""What each OCR reader does with input it cannot use as it stands: it uses it when the right
reading is clear, else tells the user (a warning with a template, carried to the project and
the window like the shrunk-read one), and refuses a file of several pages in one clear line
naming the file and how many pages it holds, importing nothing of it.

Cases found by an audit of the readers (hOCR, ALTO, PAGE XML, TSV, PaddleOCR JSON) on the
real files in tests/data/ocr/real and hand-made ones; see NOTES.md (ux11).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import PageError
from desktop.core.importer import VERTICAL_LEFT_OUT, PreparedPage, prepare_page
from desktop.core.library import Library
from desktop.core.ocr import read_ocr, read_ocr_bytes
from desktop.core.ocr.common import NO_BOXES, UNBOXED
from desktop.core.ocr.hocr import TEXT_OUTSIDE_LINES
from desktop.core.ocr.pagexml import REGION_TEXT_PLACED
from desktop.core.ocr.tsv import HEADER
from desktop.core.reflow import reflow_page

REAL = Path(__file__).resolve().parents[1] / "data" / "ocr" / "real"
PAGE_NS = 'xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"'
ALTO_NS = 'xmlns="http://www.loc.gov/standards/alto/ns-v4#"'
HOCR_SPLIT = "(hocr-split, of hocr-tools, splits it)"
TSV_HEADER = "\t".join(HEADER) + "\n"


def _words(text: str, top: int, left: int = 10, kind: str = "ocrx_word") -> str:
    return "".join(
        f"<span class='{kind}' title='bbox {left + 20 * i} {top} {left + 18 + 20 * i} {top + 20};"
        f" x_wconf 90'>{ch}</span>"
        for i, ch in enumerate(text)
    )


def _hocr(body: str) -> bytes:
    return (
        "<html><body><div class='ocr_page' title='bbox 0 0 600 600'>"
        + body
        + "</div></body></html>"
    ).encode()


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "p.sqlite")
    yield library
    library.close()


# --- lines without a box: the page is laid out as plain text, and the user hears why ---------


def test_some_lines_without_a_box_warn_that_the_boxes_were_not_used() -> None:
    alto = f"""<?xml version="1.0"?><alto {ALTO_NS}><Layout><Page WIDTH="500" HEIGHT="500">
    <PrintSpace><TextBlock ID="b1"><TextLine><String CONTENT="本报讯"/></TextLine>
    <TextLine HPOS="10" VPOS="40" WIDTH="100" HEIGHT="20"><String CONTENT="今天上午"/></TextLine>
    </TextBlock></PrintSpace></Page></Layout></alto>"""
    page = read_ocr_bytes(alto.encode(), "a.xml")
    assert not page.has_geometry
    assert page.warnings == (UNBOXED(count=1, total=2),)
    assert str(page.warnings[0]).startswith("1 of its 2 text lines have no box")


def test_no_line_with_a_box_warns_too_but_plain_text_never_does(tmp_path: Path) -> None:
    hocr = _hocr("<span class='ocr_line'>本报讯记者</span><span class='ocr_line'>今天上午</span>")
    assert read_ocr_bytes(hocr, "a.hocr").warnings == (NO_BOXES(total=2),)
    text = read_ocr_bytes("本报讯记者\n今天上午\n".encode(), "a.txt")
    assert text.format == "text" and text.warnings == ()


def test_real_files_read_without_warnings_but_the_region_level_one() -> None:
    files = sorted(p for p in REAL.rglob("*") if p.suffix in {".xml", ".hocr", ".html", ".tsv"})
    warned = {p.name: read_ocr(p).warnings for p in files}
    assert {name for name, w in warned.items() if w} == {"prima_simplepage_2017.xml"}


# --- PAGE XML: text kept at region level ------------------------------------------------------


def test_region_text_without_lines_is_placed_on_strips_of_the_region_box() -> None:
    page = read_ocr(REAL / "pagexml" / "prima_simplepage_2017.xml")
    assert page.has_geometry  # before: 27 of 28 lines had no box, the page was plain text
    assert page.warnings == (REGION_TEXT_PLACED(count=11),)
    r1 = [line for line in page.lines if line.region == "r1"]
    assert len(r1) == 12 and r1[0].text.startswith("There is a plethora")
    boxes = [line.box for line in r1]
    assert all(b is not None and (b.x0, b.x1) == (25, 400) for b in boxes)
    assert [b.y0 for b in boxes if b] == [60 + 20 * i for i in range(12)]  # 240 px / 12 lines
    assert page.lines[0].text == "The PAGE Format" and page.lines[0].box is not None
    laid_out = reflow_page(page)
    assert len(laid_out.boxes) == laid_out.raw.count("\n") + 1  # one box a raw line


def test_a_vertical_region_is_cut_into_columns_right_to_left() -> None:
    xml = f"""<?xml version="1.0"?><PcGts {PAGE_NS}><Page imageWidth="500" imageHeight="500">
    <TextRegion id="v" readingDirection="top-to-bottom">
    <Coords points="100,10 160,10 160,310 100,310"/>
    <TextEquiv><Unicode>第一列文字\n第二列文字\n第三列文字</Unicode></TextEquiv></TextRegion>
    </Page></PcGts>"""
    page = read_ocr_bytes(xml.encode(), "v.xml")
    assert [line.text for line in page.lines] == ["第一列文字", "第二列文字", "第三列文字"]
    assert [(b.x0, b.x1) for b in (line.box for line in page.lines) if b] == [
        (140, 160),
        (120, 140),
        (100, 120),
    ]
    assert page.warnings == (REGION_TEXT_PLACED(count=1),)


def test_a_parent_region_summing_up_its_nested_regions_is_not_read_twice() -> None:
    xml = f"""<?xml version="1.0"?><PcGts {PAGE_NS}><Page imageWidth="500" imageHeight="500">
    <TextRegion id="outer"><Coords points="0,0 400,0 400,100 0,100"/>
    <TextRegion id="inner"><Coords points="0,0 400,0 400,100 0,100"/>
    <TextLine id="l1"><Coords points="10,10 200,10 200,30 10,30"/>
    <TextEquiv><Unicode>本报讯记者</Unicode></TextEquiv></TextLine></TextRegion>
    <TextEquiv><Unicode>本报讯记者</Unicode></TextEquiv></TextRegion></Page></PcGts>"""
    page = read_ocr_bytes(xml.encode(), "n.xml")
    assert [line.text for line in page.lines] == ["本报讯记者"]  # was twice, once without a box
    assert page.has_geometry and page.warnings == ()


# --- hOCR: words without lines, text outside lines, several pages -----------------------------


def test_hocr_words_without_lines_make_lines_by_row_and_column() -> None:
    body = (
        "<p class='ocr_par' id='p1'>" + _words("本报讯记者", 10) + _words("今天上午", 40) + "</p>"
        "<p class='ocr_par' id='p2'>" + _words("第二栏", 10, left=300) + "</p>"
    )
    page = read_ocr_bytes(_hocr(body), "w.hocr")  # before: "has no text (an empty hOCR page)"
    assert [(line.text, line.region) for line in page.lines] == [
        ("本报讯记者", "p1"),
        ("今天上午", "p1"),
        ("第二栏", "p2"),
    ]
    first = page.lines[0].box
    assert first is not None and (first.x0, first.y0, first.x1, first.y1) == (10, 10, 108, 30)
    assert page.lines[0].confidence == pytest.approx(0.9)
    assert page.warnings == ()


def test_hocr_words_of_one_row_are_one_line_a_wide_gap_kept_as_a_space() -> None:
    body = _words("左栏", 10) + _words("右栏", 10, left=300) + _words("左栏二", 40)
    page = read_ocr_bytes(_hocr("<p class='ocr_par'>" + body + "</p>"), "c.hocr")
    # (Same row, further right: one line, as a detector boxes a run-on line; the layout cuts
    # such lines at the gutter. Back to the left on the next row: a new line.)
    assert [line.text for line in page.lines] == ["左栏 右栏", "左栏二"]


def test_hocr_text_outside_any_line_is_counted_in_a_warning() -> None:
    line = "<span class='ocr_line' title='bbox 10 10 100 30'>本报讯</span>"
    body = "<p class='ocr_par'>散 文字" + line + "</p>"
    page = read_ocr_bytes(_hocr(body), "t.hocr")
    assert [line.text for line in page.lines] == ["本报讯"]
    assert page.warnings == (TEXT_OUTSIDE_LINES(count=3),)


def test_several_pages_are_refused_naming_the_file_and_the_count(
    lib: Library, tmp_path: Path
) -> None:
    line = "<span class='ocr_line' title='bbox 10 10 100 30'>本报讯</span>"
    page = "<div class='ocr_page' title='bbox 0 0 600 600'>" + line + "</div>"
    hocr = tmp_path / "book.hocr"
    hocr.write_text("<html><body>" + page * 3 + "</body></html>", "utf-8")
    tsv = tmp_path / "two.tsv"
    tsv.write_text(
        TSV_HEADER
        + "1\t1\t0\t0\t0\t0\t0\t0\t500\t500\t-1\t\n"
        + "5\t1\t1\t1\t1\t1\t10\t10\t20\t20\t90\t本\n"
        + "5\t2\t1\t1\t1\t1\t10\t10\t20\t20\t90\t报\n",  # page 2 has no level-1 row
        "utf-8",
    )
    paddle = tmp_path / "pages.json"
    one = '{"res": {"rec_texts": ["本报"], "rec_scores": [0.9], "rec_boxes": [[0, 0, 40, 20]]}}'
    paddle.write_text(f"[{one}, {one}]", "utf-8")
    alto = tmp_path / "two.xml"
    alto_line = '<TextLine HPOS="1" VPOS="1" WIDTH="9" HEIGHT="9"><String CONTENT="本"/></TextLine>'
    alto_page = f"<Page><PrintSpace><TextBlock>{alto_line}</TextBlock></PrintSpace></Page>"
    alto.write_text(f'<?xml version="1.0"?><alto {ALTO_NS}><Layout>{alto_page * 2}</Layout></alto>')
    report = lib.import_paths([hocr, tsv, paddle, alto], jobs=1)
    assert not report.imported and not lib.article_summaries()  # nothing half-imported
    messages = {p.path: p.message for p in report.problems}
    assert messages == {
        str(hocr): f"{hocr}: holds 3 hOCR pages; save one page per file {HOCR_SPLIT}",
        str(tsv): f"{tsv}: holds 2 pages (page_num); save one page per file",
        str(paddle): f"{paddle}: holds 2 pages of OCR results; save one page per file",
        str(alto): f"{alto}: holds 2 ALTO pages; save one page per file",
    }
    assert all("\n" not in m for m in messages.values())


# --- TSV and PaddleOCR 3.x ---------------------------------------------------------------------


def test_tsv_word_with_text_but_no_confidence_is_kept() -> None:
    tsv = (
        TSV_HEADER
        + "1\t1\t0\t0\t0\t0\t0\t0\t500\t500\t-1\t\n"
        + "5\t1\t1\t1\t1\t1\t10\t10\t20\t20\t-1\t本\n"
        + "5\t1\t1\t1\t1\t2\t30\t10\t20\t20\t80\t报\n"
        + "5\t1\t1\t1\t1\t3\t300\t10\t20\t20\t-1\t \n"  # an empty word: not in the line's box
    )
    page = read_ocr_bytes(tsv.encode(), "c.tsv")
    assert [line.text for line in page.lines] == ["本报"]  # "本" was dropped
    box = page.lines[0].box
    assert box is not None and (box.x0, box.x1) == (10, 50)
    assert page.lines[0].confidence == pytest.approx(0.8)


def test_paddleocr3_list_of_one_page_is_read() -> None:
    doc = '[{"res": {"rec_texts": ["本报讯"], "rec_scores": [0.9], "rec_boxes": [[0, 0, 60, 20]]}}]'
    page = read_ocr_bytes(doc.encode(), "p.json")  # was: "result 1 has no text string"
    assert [line.text for line in page.lines] == ["本报讯"] and page.has_geometry


def test_warnings_reach_the_import_report_and_the_project(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "words.hocr"
    path.write_bytes(_hocr("<span class='ocr_line'>本报讯记者</span>" + _words("今天上午", 40)))
    prepared = prepare_page(path)
    assert isinstance(prepared, PreparedPage)
    assert prepared.warnings == (UNBOXED(count=1, total=2),)
    report = lib.import_paths([path], jobs=1)
    assert [w.detail for w in report.warnings] == [UNBOXED(count=1, total=2)]
    assert {s.warnings for s in lib.article_summaries()} == {(UNBOXED(count=1, total=2),)}


def test_a_refused_file_is_one_page_error() -> None:
    with pytest.raises(PageError) as caught:
        read_ocr_bytes(_hocr("") + _hocr(""), "x.hocr")
    assert str(caught.value) == f"x.hocr: holds 2 hOCR pages; save one page per file {HOCR_SPLIT}"


def test_vertical_text_left_out_of_the_articles_is_a_warning(tmp_path: Path) -> None:
    """The layout sets vertical type aside (it reads lines across); a vertical headline is
    text the user should hear is in no article."""
    text = "今天上午市政府召开会议研究部署工作"
    right = 101 + 30 * len(text)
    lines = [
        {
            "text": text,
            "box": [
                [101, 101 + 37 * i],
                [right, 101 + 37 * i],
                [right, 129 + 37 * i],
                [101, 129 + 37 * i],
            ],
            "score": 0.95,
        }
        for i in range(12)
    ]
    lines.append(
        {"text": "竖排标题文字", "box": [[41, 103], [69, 103], [69, 277], [41, 277]], "score": 0.95}
    )
    path = tmp_path / "vertical.json"
    path.write_text(json.dumps(lines, ensure_ascii=False), "utf-8")
    prepared = prepare_page(path)
    assert isinstance(prepared, PreparedPage)
    assert [(s.kind, s.text) for s in prepared.page.set_aside] == [("vertical", "竖排标题文字")]
    assert prepared.warnings == (VERTICAL_LEFT_OUT(count=1),)
    horizontal = tmp_path / "horizontal.json"
    horizontal.write_text(json.dumps(lines[:-1], ensure_ascii=False), "utf-8")
    plain = prepare_page(horizontal)
    assert isinstance(plain, PreparedPage) and plain.warnings == ()
