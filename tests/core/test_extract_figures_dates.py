"""Dates carry an ISO value, completed from the page's date when it is known (issue 10)."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.extract import get_extractor
from desktop.core.model import Figure

PAGE = datetime.date(2025, 3, 1)


def dates(text: str, page: datetime.date | None = PAGE) -> list[Figure]:
    return [f for f in get_extractor().extract(text, page_date=page).figures if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        ("2月22日举行", "2月22日", "2025-02-22"),
        ("于二十二日召开", "二十二日", "2025-02-22"),
        ("12月30日发布", "12月30日", "2024-12-30"),
        ("2024年3月5日", "2024年3月5日", "2024-03-05"),
        ("二〇二四年十月", "二〇二四年十月", "2024-10"),
        ("2023年", "2023年", "2023"),
        ("八五年二月二十七日", "八五年二月二十七日", "1985-02-27"),
        ("两千零五年八月五号", "两千零五年八月五号", "2005-08-05"),
        ("2019/2/10", "2019/2/10", "2019-02-10"),
        ("2008-08-08", "2008-08-08", "2008-08-08"),
        ("昨天上午", "昨天", "2025-02-28"),
        ("今年以来", "今年", "2025"),
        ("去年3月", "去年3月", "2024-03"),
        ("前年", "前年", "2023"),
    ],
)
def test_iso_with_page_date(text: str, span: str, iso: str) -> None:
    found = dates(text)
    assert [(f.text, f.iso, f.value) for f in found] == [(span, iso, None)]


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        ("2月22日举行", "2月22日", "--02-22"),
        ("于二十二日召开", "二十二日", "---22"),
        ("3月份竣工", "3月份", "--03"),
        ("2024年3月5日", "2024年3月5日", "2024-03-05"),
    ],
)
def test_iso_without_page_date_is_truncated(text: str, span: str, iso: str) -> None:
    assert [(f.text, f.iso) for f in dates(text, None)] == [(span, iso)]


def test_relative_words_need_a_page_date() -> None:
    assert dates("昨天上午", None) == []
    assert [f.text for f in dates("去年3月", None)] == ["3月"]


def test_day_after_a_duration_cue_is_a_duration() -> None:
    found = get_extractor().extract("历时二十二日", page_date=PAGE).figures
    assert [(f.text, f.kind, f.value) for f in found] == [("二十二日", "duration", Decimal(22))]


def test_impossible_dates_have_no_iso() -> None:
    assert [f.iso for f in dates("2月30日", None)] == [None]
    assert [f.iso for f in dates("2023年2月30日")] == [None]


def test_page_date_threads_through_extract_page() -> None:
    ext = get_extractor().extract_page(["2月22日举行", "昨天"], page_date=PAGE)
    assert [f.iso for e in ext for f in e.figures] == ["2025-02-22", "2025-02-28"]


@pytest.mark.parametrize(
    "text", ["地铁十八号线开工", "长征五号运载火箭", "嫦娥六号探测器", "发射嫦娥6号。"]
)
def test_numbered_names_are_not_days(text: str) -> None:
    assert dates(text) == []


def test_iso_in_cli_lines_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "2024年3月5日开工"}) + "\n", "utf-8")
    assert main(["extract", "--lines", str(src)]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert [(f["text"], f["iso"], f["value"]) for f in record["figures"]] == [
        ("2024年3月5日", "2024-03-05", None)
    ]


def test_workers_keep_the_iso_value() -> None:
    texts = ["2024年3月5日开工"] * 3
    out = get_extractor().extract_many(texts, workers=2)
    assert [f.iso for e in out for f in e.figures] == ["2024-03-05"] * 3


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        ("今天上午", "今天", "2025-03-01"),
        ("今年以来", "今年", "2025"),
        ("明天起", "明天", "2025-03-02"),
    ],
)
def test_relative_words_glued_to_time_words(text: str, span: str, iso: str) -> None:
    assert [(f.text, f.iso) for f in dates(text)] == [(span, iso)]


def test_relative_word_inside_a_word_is_not_a_date() -> None:
    assert dates("后天性疾病") == []


def test_cli_extract_completes_dates_from_the_page_meta(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``extract PAGE --json`` passes the page's printed date (PageMeta.date) to the finder."""
    import dataclasses

    from desktop import cli_commands as commands
    from desktop.core.model import PageMeta

    page = tmp_path / "page.txt"
    page.write_text("本报讯 2月22日，项目开工。昨天又签约。\n", "utf-8")
    original = commands.load_page
    monkeypatch.setattr(
        commands,
        "load_page",
        lambda path: dataclasses.replace(original(path), meta=PageMeta(date="2025-03-01")),
    )
    assert main(["extract", str(page), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    isos = [(f["text"], f["iso"]) for a in doc["articles"] for f in a["figures"]]
    assert isos == [("2月22日", "2025-02-22"), ("昨天", "2025-02-28")]
