"""Figures as CSV and JSON lines: columns, exact values, raw line numbers."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

from desktop.core import export
from desktop.core.export import figures
from desktop.core.records import FigureFields
from tests.core.test_export_common import make_article, sample_article, sample_articles, work

__all__ = ["work"]


def test_csv_columns_and_values(work: Path) -> None:
    out = work / "figures.csv"
    export.write("figures-csv", sample_articles(), out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfsurface,value,")  # BOM for spreadsheets
    with open(out, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == figures.COLUMNS
        rows = list(reader)
    assert [r["surface"] for r in rows] == ["1539.4亿元", "4.7%", "100余名"]  # no entities
    money, pct, crowd = rows
    assert money["value"] == "153940000000" and money["unit"] == "元"
    assert money["kind"] == "money" and money["approx"] == "false"
    assert money["metric"] == "生产总值" and money["label"] == "money"
    assert money["article_id"] == "1" and money["document"] == "dir/003_abc.txt"
    assert money["title"] == sample_article().title
    assert pct["value"] == "4.7" and crowd["approx"] == "true"
    start, end = int(money["start"]), int(money["end"])
    assert sample_article().text[start:end] == "1539.4亿元"


def test_jsonl_types(work: Path) -> None:
    out = work / "figures.jsonl"
    fig = FigureFields("date", None, None)
    article = make_article("2024年2月23日", figures=[(0, 10, "date", fig), (5, 10, "x", None)])
    export.write("figures-jsonl", [sample_article(), article], out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [tuple(r) for r in rows] == [figures.COLUMNS] * 5
    assert rows[0]["value"] == "153940000000" and rows[0]["approx"] is False
    assert rows[2]["approx"] is True
    assert rows[3]["value"] is None and rows[3]["unit"] is None and rows[3]["kind"] == "date"
    assert rows[4]["kind"] == "x" and rows[4]["metric"] is None  # a figure without fields


def test_values_stay_exact() -> None:
    cases = {"16.4E8": "1640000000", "0.10": "0.1", "1539.4E8": "153940000000", "-2.50": "-2.5"}
    for raw, expected in cases.items():
        fig = FigureFields("money", Decimal(raw), "元")
        (row,) = figures.rows([make_article("一二三", figures=[(0, 3, "money", fig)])])
        assert row["value"] == expected


def test_raw_line_numbers() -> None:
    text = "甲乙丙丁戊己"
    lines = (9, 9, 0, 10, 12, 13)  # 0: a character reflow inserted
    article = make_article(text, char_lines=lines)
    assert figures.line_ranges(article, 0, 4) == "9-10"
    assert figures.line_ranges(article, 1, 3) == "9"
    assert figures.line_ranges(article, 0, 6) == "9-10,12-13"
    assert figures.line_ranges(article, 2, 3) == ""
    assert figures.line_ranges(make_article(text, char_lines=()), 0, 3) == ""


def test_no_figures_gives_a_header_only(work: Path) -> None:
    export.write("figures-csv", [make_article("没有数字")], work / "f.csv")
    assert (work / "f.csv").read_text(encoding="utf-8-sig") == ",".join(figures.COLUMNS) + "\n"
    export.write("figures-jsonl", [make_article("没有数字")], work / "f.jsonl")
    assert (work / "f.jsonl").read_text(encoding="utf-8") == ""
