"""decode: every accepted encoding gives the same text; every bad file one line naming it."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from desktop.core.decode import CUT_SHORT, MARKUP_KEPT, MAX_BYTES, Decoded, decode_bytes, read_page
from desktop.core.errors import PageError

TEXT = "本报讯（记者 某某）2月27日，\n市长𠮷某某说，增长4.7%。\n"


GBK_TEXT = TEXT.replace("𠮷", "吉")  # GBK has no supplementary-plane characters


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        (TEXT.encode("utf-8"), "utf-8", TEXT),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", TEXT),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", TEXT),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", TEXT),
        (GBK_TEXT.encode("gbk"), "gb18030", GBK_TEXT),
        (TEXT.encode("gb18030"), "gb18030", TEXT),
    ],
)
def test_accepted_encodings_decode_to_the_same_text(
    data: bytes, encoding: str, expected: str
) -> None:
    decoded = decode_bytes(data, "page.txt")
    assert decoded == Decoded(expected, encoding, ())


def test_non_bmp_character_passes_through_unharmed() -> None:
    decoded = decode_bytes(TEXT.encode("utf-8"), "p.txt")
    assert "𠮷" in decoded.text
    assert decoded.text.index("𠮷") == TEXT.index("𠮷")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends_are_normalised(newline: str) -> None:
    data = TEXT.replace("\n", newline).encode("utf-8")
    assert decode_bytes(data, "p.txt").text == TEXT


def _problem(data: bytes, name: str = "bad.txt") -> str:
    with pytest.raises(PageError) as info:
        decode_bytes(data, name)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{name}: ")
    return info.value.problem


def test_empty_and_whitespace_only_files_are_refused() -> None:
    assert "empty" in _problem(b"")
    assert "empty" in _problem(b" \n\r\n\t")
    assert "empty" in _problem(codecs.BOM_UTF8 + "\u3000\n".encode())


def test_binary_files_are_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    assert "binary" in _problem(png, "picture.png")
    assert "binary" in _problem("正文\x01\x02\x03正文".encode())


def test_undecodable_bytes_are_refused() -> None:
    assert "not text" in _problem(b"caf\xe9 \xff\xfe\xfd")


def test_mixed_encodings_are_refused() -> None:
    data = ("朔州市的发展" * 10).encode("utf-8") + ("山阴县的项目" * 10).encode("gbk")
    assert "mixes text encodings" in _problem(data)


def test_too_large_is_refused_with_the_limit_stated() -> None:
    problem = _problem(b"a" * (MAX_BYTES + 1))
    assert "too large" in problem and "2 MB" in problem


def test_html_document_is_refused() -> None:
    doc = "<!DOCTYPE html>\n<html><body><p>正文</p></body></html>".encode()
    assert _problem(doc) == "looks like an HTML document, not OCR text"
    assert "HTML" in _problem(b"  <html lang='zh'>\n<b>x</b></html>")


def test_stray_tags_are_kept_as_text_and_warned_about() -> None:
    text = '正文<b>加粗</b>和<img src="x.png">图片。\n'
    decoded = decode_bytes(text.encode("utf-8"), "p.txt")
    assert decoded.text == text
    assert len(decoded.warnings) == 1
    # the English line the CLI printed before warnings carried templates, unchanged
    assert str(decoded.warnings[0]) == (
        'contains 3 markup-like tag(s) (<b>, </b>, <img src="x.png">); kept as plain text'
    )
    assert decoded.warnings[0] == MARKUP_KEPT(count=3, tags='<b>, </b>, <img src="x.png">')


def test_a_page_cut_short_is_warned_about_with_a_template() -> None:
    decoded = decode_bytes("正文内容".encode()[:-1], "cut.txt")
    assert decoded.text == "正文内"
    assert decoded.warnings == (CUT_SHORT(offset=9),)
    assert str(decoded.warnings[0]) == (
        "ends in the middle of a UTF-8 character (cut short at byte 9); dropped"
    )


def test_read_page_names_the_path(tmp_path: Path) -> None:
    good = tmp_path / "p.txt"
    good.write_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))
    assert read_page(good) == Decoded(TEXT, "utf-16-le", ())
    with pytest.raises(PageError, match=r"missing\.txt: cannot be read"):
        read_page(tmp_path / "missing.txt")
    with pytest.raises(PageError, match="is a folder"):
        read_page(tmp_path)
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 10)
    with pytest.raises(PageError, match=r"big\.txt: is too large"):
        read_page(big)


def test_sample_page_is_utf8() -> None:
    sample = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"
    decoded = read_page(sample)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\n") == 588


def test_whole_sample_in_gbk_is_not_mistaken_for_mixed_encodings() -> None:
    sample = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"
    text = sample.read_text(encoding="utf-8")
    decoded = decode_bytes(text.encode("gbk"), "gbk.txt")
    assert (decoded.text, decoded.encoding) == (text, "gb18030")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec: str) -> None:
    sample = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"
    text = sample.read_text(encoding="utf-8")
    decoded = decode_bytes(text.encode(codec), "nobom.txt")
    assert (decoded.text, decoded.encoding) == (text, codec)


def test_random_binary_with_nul_bytes_is_not_taken_for_utf16() -> None:
    rng = random.Random(1)
    for _ in range(20):
        data = bytes(rng.randrange(256) for _ in range(2000)) + b"\x00\x00"
        assert "binary" in _problem(data)
