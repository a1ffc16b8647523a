"""Malformed and hostile OCR files: one line naming the file and the problem, nothing read
half, nothing fetched, no entity expanded; and the line bound (10,000 lines read, 50,001 not)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from desktop.core.errors import PageError
from desktop.core.library import Library
from desktop.core.ocr import MAX_LINES, read_ocr, read_ocr_bytes
from desktop.core.ocr.model import Box, OcrLine, OcrPage
from tests.ocr_writers import WRITERS, to_paddle_json

BOX4 = [[10, 20], [110, 20], [110, 50], [10, 50]]
ALTO_HEAD = '<?xml version="1.0"?>\n'

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<alto><Layout><Page><PrintSpace><TextBlock><TextLine>
<String CONTENT="&lol9;" HPOS="1" VPOS="1" WIDTH="1" HEIGHT="1"/>
</TextLine></TextBlock></PrintSpace></Page></Layout></alto>"""

EXTERNAL_FILE = """<?xml version="1.0"?>
<!DOCTYPE PcGts [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<PcGts><Page imageWidth="10" imageHeight="10"><TextRegion><TextLine>
<TextEquiv><Unicode>&xxe;</Unicode></TextEquiv></TextLine></TextRegion></Page></PcGts>"""

EXTERNAL_HTTP = """<?xml version="1.0"?>
<!DOCTYPE alto SYSTEM "http://127.0.0.1:9/evil.dtd">
<alto><Layout><Page><PrintSpace><TextBlock><TextLine>
<String CONTENT="x" HPOS="1" VPOS="1" WIDTH="1" HEIGHT="1"/>
</TextLine></TextBlock></PrintSpace></Page></Layout></alto>"""

PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE alto [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]>
<alto/>"""


def alto_line(box: str, page: str = 'WIDTH="1000" HEIGHT="1000"') -> str:
    return (
        f"<alto><Layout><Page {page}><PrintSpace><TextBlock><TextLine {box}>"
        '<String CONTENT="字"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>'
    )


def one_line_error(data: bytes | str, name: str = "bad.ocr") -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with pytest.raises(PageError) as caught:
        read_ocr_bytes(raw, name)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{name}: ")
    return message


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (BILLION_LAUGHS, "entities"),
        (EXTERNAL_FILE, "entities"),
        (PARAMETER_ENTITY, "entities"),
        (ALTO_HEAD + "<alto><Layout><Page><PrintSpace><TextBlock><TextLine><Str", "well-formed"),
        ('<?xml version="1.0"?><PcGts><Page imageWidth="10"', "truncated"),
        ('<?xml version="1.0"?><root><a>x</a></root>', "not ALTO, PAGE XML or hOCR"),
        ('<?xml version="1.0"?><alto/>', "no text"),
        ('[{"text": "a", "box": [[1, 2], [3, 4]], "score": 0.5}', "not valid JSON"),
        ('{"pages": []}', "not PaddleOCR/RapidOCR output"),
        ('[{"caption": "a"}]', "has no text string"),
        ("[[1, 2, 3]]", "not an OCR result"),
        ("[]", "no text"),
        ("[null]", "no text"),
        ('[{"text": "a", "box": [1, 2, 3], "score": 1}]', "3 numbers"),
        ('[{"text": "a", "box": ["x", 2, 3, 4], "score": 1}]', "not a number"),
        ('[{"text": "a", "box": [1, 2, 3, 4], "score": "high"}]', "not a number"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (b"", "empty"),
        ("<html><body><p>not OCR</p></body></html>", "HTML document"),
        (b"\xef\xbb\xbf[1, \xff]", "not UTF-8"),
    ],
)
def test_bad_files_give_one_line(data: bytes | str, problem: str) -> None:
    assert problem in one_line_error(data)


def test_external_dtd_is_never_fetched() -> None:
    # Refused or read without the DTD; either way nothing is fetched (port 9 would hang/refuse).
    try:
        page = read_ocr_bytes(EXTERNAL_HTTP.encode(), "x.xml")
    except PageError as exc:
        assert "\n" not in str(exc)
    else:
        assert page.raw == "x"


@pytest.mark.parametrize(
    ("box", "problem"),
    [
        ('HPOS="NaN" VPOS="1" WIDTH="5" HEIGHT="5"', "not a finite number"),
        ('HPOS="inf" VPOS="1" WIDTH="5" HEIGHT="5"', "not a finite number"),
        ('HPOS="10" VPOS="10" WIDTH="-5" HEIGHT="5"', "inverted"),
        ('HPOS="-500" VPOS="10" WIDTH="5" HEIGHT="5"', "beyond the page's left edge"),
        ('HPOS="10" VPOS="10" WIDTH="5000" HEIGHT="5"', "far outside the page"),
    ],
)
def test_impossible_boxes(box: str, problem: str) -> None:
    assert problem in one_line_error(alto_line(box))


def test_box_slightly_off_the_edge_is_clamped() -> None:
    page = read_ocr_bytes(alto_line('HPOS="-3" VPOS="-2" WIDTH="20" HEIGHT="20"').encode(), "a")
    assert page.lines[0].box == Box(0, 0, 17, 18)
    page = read_ocr_bytes(alto_line('HPOS="990" VPOS="5" WIDTH="20" HEIGHT="20"').encode(), "a")
    assert page.lines[0].box == Box(990, 5, 1010, 25)  # within the edge slack


def test_impossible_page_size_and_coordinates_without_a_page_size() -> None:
    assert "page width" in one_line_error(
        alto_line('HPOS="1" VPOS="1" WIDTH="2" HEIGHT="2"', 'WIDTH="0" HEIGHT="10"')
    )
    doc = json.dumps([{"text": "a", "bbox": [1, 2, 3, 1e12], "score": 1}])
    assert "impossible bottom coordinate" in one_line_error(doc)
    doc = json.dumps([{"text": "a", "bbox": [float("nan"), 2, 3, 4], "score": 1}])
    assert "not a finite number" in one_line_error(doc)


@pytest.mark.parametrize(
    "dataset",
    [
        '{"text": "新华社北京", "label": [[0, 3, "ORG"]]}\n{"text": "b", "label": []}\n',
        '{"text": "新华社北京", "entities": []}',
        '[{"id": 1, "data": {"text": "新华社"}, "annotations": []}]',
        '[{"text": "新华社", "labels": [[0, 3, "ORG"]]}]',
        '[{"data": {"text": "新华社"}, "predictions": [{"result": []}]}]',
    ],
)
def test_annotation_datasets_are_pointed_to_import_dataset(dataset: str) -> None:
    message = one_line_error(dataset, "set.jsonl")
    assert message.endswith(
        "looks like a doccano/Label Studio dataset; use `newsdesk import-dataset`"
    )


def page_of(n: int) -> OcrPage:
    lines = tuple(
        OcrLine(
            f"第{i}行文字",
            Box(10 + (i % 7) * 300, (i // 7) * 12, 280 + (i % 7) * 300, (i // 7) * 12 + 10),
            0.9,
            f"r{i // 50}",
        )
        for i in range(n)
    )
    return OcrPage("big", "test", lines, width=2200.0, height=(n // 7 + 2) * 12.0)


@pytest.mark.parametrize("fmt", ["paddle", *sorted(WRITERS)])
def test_ten_thousand_lines_read_in_every_format(fmt: str) -> None:
    page = page_of(10_000)
    text = to_paddle_json(page, "nested") if fmt == "paddle" else WRITERS[fmt](page)
    start = time.perf_counter()
    back = read_ocr_bytes(text.encode("utf-8"), f"big.{fmt}")
    elapsed = time.perf_counter() - start
    assert len(back.lines) == 10_000 and back.lines[-1].text == "第9999行文字"
    assert elapsed < 30  # a sanity bound only (shared 2-core machine); measured ~0.1-0.5 s


def test_more_lines_than_the_bound_is_refused_early() -> None:
    rows = [[BOX4, ["字", 0.9]]] * (MAX_LINES + 1)
    message = one_line_error(json.dumps(rows), "huge.json")
    assert f"more than {MAX_LINES:,} text lines" in message


def test_read_ocr_names_folders_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(PageError, match="is a folder"):
        read_ocr(tmp_path)
    with pytest.raises(PageError, match="cannot be read"):
        read_ocr(tmp_path / "missing.json")


def test_a_bad_ocr_file_leaves_the_project_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "good.json").write_text(
        json.dumps(
            [{"text": "本报讯 今天天气晴朗。", "box": BOX4, "score": 0.9}], ensure_ascii=False
        ),
        encoding="utf-8",
    )
    (folder / "bad.xml").write_text(BILLION_LAUGHS, encoding="utf-8")
    (folder / "cut.hocr").write_text(
        "<html><body><div class='ocr_page' title='bbox 0 0 9 9'><span class='ocr_line'>x",
        encoding="utf-8",
    )
    with Library.open(tmp_path / "p.sqlite") as lib:
        report = lib.import_paths([folder], jobs=1)
        assert report.imported == (str(folder / "good.json"),)
        assert sorted(p.path for p in report.problems) == [
            str(folder / "bad.xml"),
            str(folder / "cut.hocr"),
        ]
        assert all("\n" not in p.message for p in report.problems)
        assert [d.name for d in lib.documents()] == ["good.json"]
