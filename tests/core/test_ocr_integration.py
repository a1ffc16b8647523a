"""OCR pages through reflow_page, the CLI's JSON, import and the store's page geometry."""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.cli import main
from desktop.core.decode import read_page
from desktop.core.importer import PAGE_SUFFIXES, prepare_page
from desktop.core.library import Library
from desktop.core.model import SYNTHETIC, PageMeta, SetAside
from desktop.core.ocr import read_ocr
from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.records import LineBox, PageGeometry
from desktop.core.reflow import find_image, reflow, reflow_page
from desktop.core.store import rows
from desktop.core.store.db import connect
from desktop.core.store.migrations import migrations
from desktop.core.store.rows.codec import decode_boxes, encode_boxes
from tests.ocr_writers import to_alto, to_hocr, to_paddle_json

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"

#: Two columns of two short paragraphs each, listed row by row (as PaddleOCR lists them).
COLUMN_A = ["本报讯 全市春耕生产", "工作会议昨日召开。", "会议要求各地抓好", "农资供应和技术服务。"]
COLUMN_B = ["今年全市计划播种", "粮食作物三百万亩，", "比去年增加五万亩。", "各县区已经行动起来。"]


def two_column_page(source: str = "page.json") -> OcrPage:
    lines = []
    for row, (a, b) in enumerate(zip(COLUMN_A, COLUMN_B, strict=True)):
        y = 100 + row * 40
        lines.append(OcrLine(a, Box(100, y, 400, y + 30), 0.98))
        lines.append(OcrLine(b, Box(500, y, 800, y + 30), 0.97))
    return OcrPage(source, "paddle", tuple(lines), width=1000.0, height=1400.0)


def assert_provenance(page_raw: str, articles: tuple) -> None:  # type: ignore[type-arg]
    for article in articles:
        for ch, offset in zip(article.text, article.source_map, strict=True):
            if offset != SYNTHETIC:
                assert page_raw[offset] == ch


def test_text_pages_reflow_exactly_as_before() -> None:
    decoded = read_page(SAMPLE)
    expected = reflow(decoded.text, source=SAMPLE.name, encoding=decoded.encoding)
    page = reflow_page(read_ocr(SAMPLE))
    assert page == expected and page.format == "text" and page.boxes == ()


def test_boxes_listed_in_any_order_read_by_position_with_offsets_in_file_order() -> None:
    ocr = two_column_page()
    shuffled = list(ocr.lines)
    random.Random(4).shuffle(shuffled)
    ocr = replace(ocr, lines=tuple(shuffled))
    page = reflow_page(ocr)
    assert page.raw == ocr.raw  # raw stays in file order
    assert_provenance(page.raw, page.articles)
    text = "".join(a.text for a in page.articles)
    assert sorted(text.replace("\n", "")) == sorted(ocr.raw.replace("\n", "").replace(" ", ""))
    # by position: the left column top to bottom, then the right one
    assert text.index("本报讯") < text.index("工作会议") < text.index("农资供应")
    assert text.index("农资供应") < text.index("今年全市") < text.index("各县区")


def test_reflow_page_carries_format_boxes_size_and_scan(tmp_path: Path) -> None:
    ocr_path = tmp_path / "p001.json"
    ocr_path.write_text(to_paddle_json(two_column_page(), "ocr_results"), encoding="utf-8")
    (tmp_path / "p001.PNG").write_bytes(b"\x89PNG")
    page = reflow_page(read_ocr(ocr_path))
    assert page.source == "p001.json" and page.format == "paddle"
    assert page.size == (1000, 1400)
    assert len(page.boxes) == 8 and page.boxes[1] == (500, 100, 800, 130)
    assert page.image == str((tmp_path / "p001.PNG").resolve())
    assert_provenance(page.raw, page.articles)


def test_find_image_uses_the_named_file_beside_the_ocr_file(tmp_path: Path) -> None:
    (tmp_path / "scan 7.tif").write_bytes(b"II*\x00")
    ocr = OcrPage(
        str(tmp_path / "out.hocr"), "hocr", (OcrLine("x"),), image="C:\\scans\\scan 7.tif"
    )
    assert find_image(ocr) == str((tmp_path / "scan 7.tif").resolve())
    assert find_image(replace(ocr, image="missing.png")) is None
    assert find_image(replace(ocr, source="")) is None


def test_cli_reflow_json_gains_page_block_boxes_and_set_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.hocr"
    path.write_text(to_hocr(two_column_page()), encoding="utf-8")
    assert main(["reflow", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"] == "page.hocr" and data["encoding"] == "utf-8"
    assert data["page"] == {
        "format": "hocr",
        "paper": None,
        "date": None,
        "page": None,
        "section": None,
        "issue": None,
        "size": [1000.0, 1400.0],
        "image": None,
    }
    assert data["set_aside"] == []
    boxes = {tuple(b) for a in data["articles"] for block in a["blocks"] for b in block["boxes"]}
    assert (100.0, 100.0, 400.0, 130.0) in boxes and len(boxes) == 8
    for article in data["articles"]:
        assert {
            "continued_from",
            "continued_to",
            "title",
            "byline",
            "headline_confidence",
            "text",
            "blocks",
            "entities",
            "figures",
        } <= set(article)
        for block in article["blocks"]:
            assert article["text"][block["start"] : block["end"]] == block["text"]


def test_cli_text_page_json_has_empty_boxes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reflow", str(SAMPLE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["page"]["format"] == "text" and data["page"]["size"] is None
    assert all(b["boxes"] == [] for a in data["articles"] for b in a["blocks"])


def test_cli_extract_takes_alto_and_reports_bad_files_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.xml"
    path.write_text(to_alto(two_column_page()), encoding="utf-8")
    assert main(["extract", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["page"]["format"] == "alto" and data["articles"]
    bad = tmp_path / "bad.xml"
    bad.write_text("<?xml version='1.0'?><alto><Layout>", encoding="utf-8")
    assert main(["reflow", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err and "XML" in err


def test_ocr_suffixes_are_pages_when_a_folder_is_imported() -> None:
    assert {".txt", ".json", ".hocr", ".html", ".xml", ".tsv"} <= set(PAGE_SUFFIXES)


def test_import_stores_geometry_and_article_boxes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.json").write_text(to_paddle_json(two_column_page(), "nested"), encoding="utf-8")
    (folder / "a.png").write_bytes(b"\x89PNG")
    (folder / "b.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    with Library.open(tmp_path / "p.sqlite") as lib:
        report = lib.import_paths([folder], jobs=1)
        assert len(report.imported) == 2 and not report.problems
        docs = {d.name: d.id for d in lib.documents()}
        geometry = lib.page_geometry(docs["a.json"])
        assert geometry.format == "paddle" and geometry.size is None
        assert geometry.image == str((folder / "a.png").resolve())
        assert len(geometry.boxes) == 8 and geometry.boxes[0] == (100, 100, 400, 130)
        text_geometry = lib.page_geometry(docs["b.txt"])
        assert text_geometry == PageGeometry(docs["b.txt"], format="text")
        summary = next(s for s in lib.article_summaries() if s.document_id == docs["a.json"])
        detail = lib.article(summary.id)
        start = detail.text.index("工作会议")
        found = lib.article_boxes(summary.id, start, start + 4)
        assert found == [LineBox(2, (100, 140, 400, 170))]


def test_a_raw_line_leads_back_to_the_article_characters_made_from_it(tmp_path: Path) -> None:
    """locate_line is raw_lines backwards: a click on a box finds its text in the reader."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.json").write_text(to_paddle_json(two_column_page(), "nested"), encoding="utf-8")
    with Library.open(tmp_path / "p.sqlite") as lib:
        lib.import_paths([folder], jobs=1)
        document_id = lib.documents()[0].id
        raw = lib.document_raw(document_id).split("\n")
        for line, text in enumerate(raw):
            spot = lib.locate_line(document_id, line)
            assert spot is not None, text
            got = lib.article(spot.article_id).text[spot.start : spot.end]
            # justification spaces removed; a byline and its paragraph are two blocks
            assert got.replace("\n", "") == text.replace(" ", "")
            assert lib.raw_lines(spot.article_id, spot.start, spot.end) == [line]
        assert lib.locate_line(document_id, len(raw)) is None
        assert lib.locate_line(document_id, -1) is None


def test_store_keeps_page_furniture_and_set_aside_lines(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(to_paddle_json(two_column_page()), encoding="utf-8")
    prepared = prepare_page(path)
    assert not isinstance(prepared, type(None)) and hasattr(prepared, "page")
    page = replace(
        prepared.page,  # type: ignore[union-attr]
        meta=PageMeta(
            paper="朔州日报", date="2025-03-01", page="第2版", section="要闻", issue="第8123期"
        ),
        set_aside=(SetAside("noise", 3, "·", "confidence 0.12"),),
    )
    prepared = replace(prepared, page=page)  # type: ignore[type-var]
    with Library.open(tmp_path / "p.sqlite") as lib:
        lib.store_prepared(prepared)  # type: ignore[arg-type]
        (doc,) = lib.documents()
        geometry = lib.page_geometry(doc.id)
        assert (geometry.paper, geometry.date, geometry.page, geometry.section, geometry.issue) == (
            "朔州日报",
            "2025-03-01",
            "第2版",
            "要闻",
            "第8123期",
        )
        assert geometry.set_aside == (SetAside("noise", 3, "·", "confidence 0.12"),)
        summaries = lib.article_summaries()
        assert summaries and all(
            (s.paper, s.date, s.page) == ("朔州日报", "2025-03-01", "第2版") for s in summaries
        )
        assert lib.article_summaries(ids=[summaries[0].id])[0].paper == "朔州日报"


def test_boxes_blob_round_trips_and_stays_small() -> None:
    rng = random.Random(9)
    boxes: list[tuple[float, float, float, float] | None] = []
    for i in range(10_000):
        column, row = divmod(i, 400)
        x0 = 60 + column * 330 + rng.choice((0, 0, 0, 28))  # indents now and then
        y0 = 200 + row * 31 + rng.uniform(-1.5, 1.5)
        boxes.append((x0, round(y0, 1), x0 + rng.uniform(250, 300), round(y0 + 26, 1)))
    boxes[17] = None
    blob = encode_boxes(boxes)
    assert blob is not None and len(blob) < 120_000  # 43 kB measured; 160 kB as raw float32
    back = decode_boxes(blob)
    assert back[17] is None and len(back) == 10_000
    for a, b in zip(boxes, back, strict=True):
        if a is not None:
            assert b is not None and all(
                abs(u - v) <= 0.05 + 1e-9 for u, v in zip(a, b, strict=True)
            )
    assert (
        encode_boxes([]) is None and encode_boxes([None, None]) is None and decode_boxes(None) == ()
    )


def test_version_4_project_gains_the_geometry_table(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = connect(path, create=True)
    migrations.apply(Database(conn), stop_before="0005_page_geometry")
    conn.execute("PRAGMA user_version = 4")
    document_id = rows.insert_document(
        conn, rows.NewDocument("old.txt", "old.txt", "0" * 64, "utf-8", "旧的文本", "2020", 0, 0)
    )
    conn.close()
    with Library.open(path) as lib:
        assert lib.page_geometry(document_id) == PageGeometry(document_id)
    check = sqlite3.connect(path)
    assert check.execute("SELECT count(*) FROM page_geometry").fetchone()[0] == 0
    check.close()
