"""Each OCR reader, rule by rule, on small files written the way the tools write them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.errors import PageError
from desktop.core.ocr import (
    read_alto,
    read_hocr,
    read_ocr,
    read_ocr_bytes,
    read_paddle,
    read_pagexml,
    read_text,
    read_tsv,
    sniff,
)
from desktop.core.ocr.model import Box

BOX4 = [[10, 20], [110, 20], [110, 50], [10, 50]]

# --- PaddleOCR / RapidOCR JSON -------------------------------------------------------------


def test_paddle_records_with_four_points_and_score() -> None:
    data = json.dumps([{"text": "人民日报", "box": BOX4, "score": 0.98}], ensure_ascii=False)
    page = read_paddle(data, "p.json")
    assert page.format == "paddle"
    assert page.lines[0].text == "人民日报"
    assert page.lines[0].box == Box(10, 20, 110, 50)
    assert page.lines[0].confidence == pytest.approx(0.98)


def test_paddle_bbox_as_corners_or_points_and_tilted_polygon() -> None:
    data = [
        {"text": "a", "bbox": [1, 2, 30, 40], "score": 1},
        {"text": "b", "bbox": BOX4, "score": 1},
        {"text": "c", "box": [[10, 22], [110, 18], [112, 50], [8, 54]], "score": 1},
        {"text": "d", "box": [10, 20, 110, 20, 110, 50, 10, 50], "score": 1},
    ]
    page = read_paddle(json.dumps(data), "p.json")
    assert [line.box for line in page.lines] == [
        Box(1, 2, 30, 40),
        Box(10, 20, 110, 50),
        Box(8, 18, 112, 54),
        Box(10, 20, 110, 50),
    ]


def test_paddle_ocr_results_with_dimensions() -> None:
    data = {"ocr_results": [{"text": "版面", "box": BOX4, "score": 0.5}], "dimensions": [800, 1200]}
    page = read_paddle(json.dumps(data), "p.json")
    assert (page.width, page.height) == (800, 1200)


def test_paddle_nested_and_per_page_lists() -> None:
    nested = [[BOX4, ["第一行", 0.9]], [BOX4, ["第二行", 0.8]]]
    for doc in (nested, [nested], [None, nested]):
        page = read_paddle(json.dumps(doc), "p.json")
        assert [line.text for line in page.lines] == ["第一行", "第二行"]
        assert page.lines[1].confidence == pytest.approx(0.8)


def test_rapidocr_triples_and_paddle3_columns() -> None:
    page = read_paddle(json.dumps([[BOX4, "快讯", 0.7]]), "r.json")
    assert page.lines[0].text == "快讯" and page.lines[0].confidence == pytest.approx(0.7)
    doc = {
        "res": {
            "input_path": "scan.png",
            "rec_texts": ["甲", "乙"],
            "rec_scores": [0.9, 0.8],
            "rec_boxes": [[1, 2, 3, 4], [5, 6, 7, 8]],
        }
    }
    page = read_paddle(json.dumps(doc), "x.json")
    assert [line.box for line in page.lines] == [Box(1, 2, 3, 4), Box(5, 6, 7, 8)]
    assert page.image == "scan.png"


def test_paddle_several_pages_refused() -> None:
    nested = [[BOX4, ["一", 0.9]]]
    with pytest.raises(PageError, match="holds 2 pages"):
        read_paddle(json.dumps([nested, nested]), "two.json")


# --- hOCR ----------------------------------------------------------------------------------

HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>
<div class='ocr_page' id='page_1' title='image "scan 1.png"; bbox 0 0 1000 1400; ppageno 0'>
 <div class='ocr_carea' id='block_1_1' title="bbox 10 10 500 200">
  <p class='ocr_par' id='par_1_1' lang='chi_sim' title="bbox 10 10 500 200">
   <span class='ocr_line' id='line_1_1' title="bbox 10 10 500 40; baseline 0 -5; x_size 30">
    <span class='ocrx_word' id='word_1_1' title='bbox 10 10 40 40; x_wconf 90'>本</span>
    <span class='ocrx_word' id='word_1_2' title='bbox 40 10 70 40; x_wconf 80'>报</span>
    <span class='ocrx_word' id='word_1_3' title='bbox 80 10 200 40; x_wconf 70'>GDP</span>
    <span class='ocrx_word' id='word_1_4' title='bbox 210 10 240 40; x_wconf 60'>增</span>
    <span class='ocrx_word' title='bbox 250 10 400 40; x_wconf 96'>&lt;b&gt;4.7%</span>
   </span>
   <span class='ocr_header' id='line_1_2' title="bbox 10 50 300 90">
    <span class='ocrx_word' title='bbox 10 50 300 90; x_wconf 99'>标题</span></span>
   <span class='ocr_caption' id='line_1_3'>
    <span class='ocrx_word' title='bbox 10 100 60 130; x_wconf 50'>图</span></span>
  </p>
 </div>
</div></body></html>
"""


def test_hocr_lines_words_cjk_joining_confidence_and_page() -> None:
    page = read_hocr(HOCR, "p.hocr")
    assert page.format == "hocr"
    assert (page.width, page.height, page.image) == (1000, 1400, "scan 1.png")
    assert [line.text for line in page.lines] == ["本报 GDP 增 <b>4.7%", "标题", "图"]
    assert page.lines[0].box == Box(10, 10, 500, 40)
    assert page.lines[0].confidence == pytest.approx((90 + 80 + 70 + 60 + 96) / 500)
    assert page.lines[0].region == "par_1_1"
    assert page.lines[2].box == Box(10, 100, 60, 130)  # no line bbox: union of its words


def test_hocr_lines_without_words_use_their_own_text() -> None:
    html = (
        "<html><body><div class='ocr_page' title='bbox 0 0 100 100'>"
        "<span class='ocr_line' title='bbox 1 1 50 10'>Erste  Zeile</span><br>"
        "<span class='ocr_line' title='bbox 1 11 50 20'>zweite</span></div></body></html>"
    )
    page = read_hocr(html, "o.html")
    assert [line.text for line in page.lines] == ["Erste Zeile", "zweite"]


def test_hocr_truncated_and_not_hocr() -> None:
    with pytest.raises(PageError, match="truncated"):
        read_hocr(HOCR[: HOCR.index("ocr_caption")], "cut.hocr")
    with pytest.raises(PageError, match="not hOCR"):
        read_hocr("<html><body><p>hi</p></body></html>", "x.html")


# --- ALTO ----------------------------------------------------------------------------------


def alto(ns: str, unit: str = "pixel", strings: str = "") -> str:
    strings = strings or (
        '<String CONTENT="新华社" HPOS="100" VPOS="200" WIDTH="90" HEIGHT="30" WC="0.9"/>'
        '<String CONTENT="北京" HPOS="190" VPOS="200" WIDTH="60" HEIGHT="30" WC="0.7"/>'
        '<SP WIDTH="10"/>'
        '<String CONTENT="3月1日" HPOS="260" VPOS="200" WIDTH="70" HEIGHT="30" WC="0.8"/>'
        '<SP/><String CONTENT="elec" HPOS="340" VPOS="200" WIDTH="40" HEIGHT="30"/>'
        '<HYP CONTENT="-"/>'
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><alto xmlns="{ns}"><Description>'
        f"<MeasurementUnit>{unit}</MeasurementUnit><sourceImageInformation>"
        "<fileName>C:\\scans\\p001.tif</fileName></sourceImageInformation></Description>"
        '<Layout><Page ID="P1" WIDTH="2000" HEIGHT="3000"><PrintSpace>'
        '<ComposedBlock ID="cb1"><TextBlock ID="TB1">'
        f'<TextLine ID="L1" HPOS="100" VPOS="200" WIDTH="300" HEIGHT="30">{strings}</TextLine>'
        '<TextLine ID="L2"><String CONTENT="二行" HPOS="100" VPOS="240" WIDTH="60" '
        'HEIGHT="30"/></TextLine>'
        "</TextBlock></ComposedBlock></PrintSpace></Page></Layout></alto>"
    )


@pytest.mark.parametrize(
    "ns",
    [
        "http://www.loc.gov/standards/alto/ns-v2#",
        "http://www.loc.gov/standards/alto/ns-v3#",
        "http://www.loc.gov/standards/alto/ns-v4#",
        "",
    ],
)
def test_alto_versions_lines_strings_sp_hyp(ns: str) -> None:
    page = read_alto(alto(ns).replace(' xmlns=""', ""), "a.xml")
    assert page.format == "alto"
    assert (page.width, page.height) == (2000, 3000)
    assert page.image == "C:\\scans\\p001.tif"
    assert [line.text for line in page.lines] == ["新华社北京 3月1日 elec-", "二行"]
    assert page.lines[0].box == Box(100, 200, 400, 230)
    assert page.lines[0].confidence == pytest.approx(0.8)
    assert page.lines[1].box == Box(100, 240, 160, 270)  # union of its Strings
    assert page.lines[0].region == "TB1"


def test_alto_units_kept_consistently_and_unknown_unit_refused() -> None:
    page = read_alto(alto("", unit="mm10"), "a.xml")
    assert page.width == 2000 and page.lines[0].box == Box(100, 200, 400, 230)
    with pytest.raises(PageError, match="MeasurementUnit"):
        read_alto(alto("", unit="furlong"), "a.xml")


# --- PAGE XML ------------------------------------------------------------------------------

PAGE_NS = {
    "2013": "http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15",
    "2019": "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15",
}


def pagexml(ns: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="{ns}"><Metadata><Creator>Transkribus</Creator></Metadata>
<Page imageFilename="scan.jpg" imageWidth="1500" imageHeight="2000">
 <ReadingOrder><OrderedGroup id="ro"><RegionRefIndexed index="0" regionRef="r2"/></OrderedGroup>
 </ReadingOrder>
 <TextRegion id="r1"><Coords points="0,0 500,0 500,500 0,500"/>
  <TextLine id="l1"><Coords points="10,20 300,18 302,60 8,62"/>
   <TextEquiv index="1" conf="0.4"><Unicode>second choice</Unicode></TextEquiv>
   <TextEquiv index="0" conf="0.93"><Unicode>头版头条</Unicode></TextEquiv></TextLine>
  <TextRegion id="r1a">
   <TextLine id="l2"><Coords points="10,70 300,70 300,100 10,100"/>
    <Word id="w1"><TextEquiv conf="0.5"><Unicode>人民</Unicode></TextEquiv></Word>
    <Word id="w2"><TextEquiv conf="0.7"><Unicode>日报</Unicode></TextEquiv></Word>
    <Word id="w3"><TextEquiv conf="0.9"><Unicode>App</Unicode></TextEquiv></Word>
   </TextLine>
  </TextRegion>
 </TextRegion>
 <TableRegion id="t1"><TextRegion id="cell"><TextLine id="l3">
   <Coords><Point x="5" y="110"/><Point x="50" y="140"/></Coords>
   <Word><Glyph><TextEquiv><Unicode>表</Unicode></TextEquiv></Glyph>
   <Glyph><TextEquiv><Unicode>格</Unicode></TextEquiv></Glyph></Word></TextLine>
 </TextRegion></TableRegion>
</Page></PcGts>"""


@pytest.mark.parametrize("version", sorted(PAGE_NS))
def test_page_xml_regions_lines_coords_textequiv(version: str) -> None:
    page = read_pagexml(pagexml(PAGE_NS[version]), "p.xml")
    assert page.format == "pagexml"
    assert (page.width, page.height, page.image) == (1500, 2000, "scan.jpg")
    assert [line.text for line in page.lines] == ["头版头条", "人民日报 App", "表格"]
    assert page.lines[0].box == Box(8, 18, 302, 62)
    assert page.lines[0].confidence == pytest.approx(0.93)
    assert page.lines[1].confidence == pytest.approx(0.7)
    assert [line.region for line in page.lines] == ["r1", "r1a", "cell"]
    assert page.lines[2].box == Box(5, 110, 50, 140)


# --- Tesseract TSV -------------------------------------------------------------------------

TSV = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    "1\t1\t0\t0\t0\t0\t0\t0\t1000\t1500\t-1\t\n"
    "2\t1\t1\t0\t0\t0\t10\t10\t300\t100\t-1\t\n"
    "4\t1\t1\t1\t1\t0\t10\t10\t300\t30\t-1\t\n"
    "5\t1\t1\t1\t1\t1\t10\t10\t30\t30\t90.5\t本\n"
    "5\t1\t1\t1\t1\t2\t40\t10\t30\t30\t80.5\t报\n"
    "5\t1\t1\t1\t1\t3\t80\t12\t60\t28\t70\tCEO\n"
    "5\t1\t1\t1\t1\t4\t150\t12\t60\t28\t-1\t \n"
    "5\t1\t1\t1\t2\t1\t10\t50\t30\t30\t95\t第\n"
)


def test_tsv_words_grouped_into_lines() -> None:
    page = read_tsv(TSV, "t.tsv")
    assert page.format == "tsv"
    assert (page.width, page.height) == (1000, 1500)
    assert [line.text for line in page.lines] == ["本报 CEO", "第"]
    assert page.lines[0].box == Box(10, 10, 140, 40)
    assert page.lines[0].confidence == pytest.approx((0.905 + 0.805 + 0.70) / 3)


def test_tsv_bad_rows() -> None:
    with pytest.raises(PageError, match="not Tesseract TSV"):
        read_tsv("a\tb\n", "t.tsv")
    with pytest.raises(PageError, match="row 3 has 4 columns"):
        read_tsv(
            TSV.split("\n")[0] + "\n1\t1\t0\t0\t0\t0\t0\t0\t10\t10\t-1\t\n5\t1\t1\t1\n", "t.tsv"
        )


# --- plain text and detection --------------------------------------------------------------


def test_text_raw_is_the_decoded_text_exactly() -> None:
    raw = "标题\r\n\r\n  第一段𠮷 <b>x</b>\n"
    page = read_text(raw.encode("gb18030", errors="ignore") if False else raw.encode(), "t.txt")
    assert page.raw == raw.replace("\r\n", "\n")
    assert page.format == "text" and not page.has_geometry
    assert page.warnings and "markup" in str(page.warnings[0])


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b'[{"text": "a", "box": [1, 2, 3, 4]}]', "json"),
        (b'\xef\xbb\xbf  {"ocr_results": []}', "json"),
        (HOCR.encode(), "hocr"),
        (alto("").encode(), "xml"),
        (pagexml(PAGE_NS["2019"]).encode(), "xml"),
        (TSV.encode(), "tsv"),
        ("[本报讯] 正文".encode(), "text"),
        ("<b>标题</b>\n正文".encode(), "text"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
    ],
)
def test_format_recognised_by_content(data: bytes, fmt: str) -> None:
    assert sniff(data) == fmt


def test_read_ocr_ignores_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(TSV, encoding="utf-8")
    assert read_ocr(path).format == "tsv"
    path.write_text(alto(""), encoding="utf-8")
    assert read_ocr(path).format == "alto"


def test_non_bmp_characters_survive_every_format() -> None:
    name = "𠮷野家"
    docs = [
        json.dumps([{"text": name, "box": BOX4, "score": 1}], ensure_ascii=False),
        HOCR.replace("标题", name),
        alto("").replace("二行", name),
        pagexml(PAGE_NS["2019"]).replace("头版头条", name),
        TSV.replace("第", name),
    ]
    for doc in docs:
        assert name in read_ocr_bytes(doc.encode("utf-8"), "x").raw


def test_cjk_words_join_without_space_unless_an_em_apart() -> None:
    """tesseract's ALTO has an SP between every Chinese word; only a visible gap (two names in
    a byline set apart) is a space."""
    strings = (
        '<String CONTENT="本报" HPOS="0" VPOS="0" WIDTH="40" HEIGHT="20"/><SP WIDTH="4"/>'
        '<String CONTENT="记者" HPOS="44" VPOS="0" WIDTH="40" HEIGHT="20"/><SP WIDTH="4"/>'
        '<String CONTENT="刘鑫焱" HPOS="88" VPOS="0" WIDTH="60" HEIGHT="20"/><SP WIDTH="30"/>'
        '<String CONTENT="付明丽" HPOS="178" VPOS="0" WIDTH="60" HEIGHT="20"/>'
    )
    assert read_alto(alto("", strings=strings), "a.xml").lines[0].text == "本报记者刘鑫焱 付明丽"
    tsv = TSV.replace("80\t12\t60\t28\t70\tCEO", "100\t10\t30\t30\t70\t者")
    assert read_tsv(tsv, "t.tsv").lines[0].text == "本报 者"  # 70 -> 100: gap 30 >= 0.8 * 30
