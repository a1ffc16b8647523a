"""`newsdesk reflow PAGE [--json]` through the real argument parser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"


def test_reflow_prints_articles_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reflow", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.count("=== ") == 7
    assert "[subhead] 项目提速，转型新支撑逐步构建" in out
    assert "[title] 锐意创新谋改革 心无旁骛促转型" in out
    assert "上接第1版" in out and "（上接第1版）" not in out


def test_reflow_json_has_the_design_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reflow", str(SAMPLE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"] == SAMPLE.name
    assert len(data["articles"]) == 7
    for article in data["articles"]:
        text = article["text"]
        assert text == "\n".join(b["text"] for b in article["blocks"])
        for block in article["blocks"]:
            assert block["kind"] in {"title", "deck", "byline", "subhead", "paragraph"}
            assert text[block["start"] : block["end"]] == block["text"]
    assert [a["continued_from"] for a in data["articles"]].count("第1版") == 4


def test_reflow_of_a_gbk_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "gbk.txt"
    page.write_bytes(SAMPLE.read_text(encoding="utf-8").replace("\n", "\r\n").encode("gbk"))
    assert main(["reflow", str(page), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["encoding"] == "gb18030"
    assert len(data["articles"]) == 7


def test_binary_file_is_one_line_on_stderr_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "scan.png"
    page.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    assert main(["reflow", str(page)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert str(page) in lines[0] and "binary" in lines[0]
    assert "Traceback" not in captured.err


def test_missing_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reflow", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "nope.txt" in err


def test_stray_markup_is_a_warning_not_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "tags.txt"
    page.write_text("会议指出，要把<b>项目建设</b>放在\n首位。\n", encoding="utf-8")
    assert main(["reflow", str(page), "--json"]) == 0
    captured = capsys.readouterr()
    assert (
        json.loads(captured.out)["articles"][0]["text"] == "会议指出，要把<b>项目建设</b>放在首位。"
    )
    assert "markup" in captured.err and len(captured.err.splitlines()) == 1
