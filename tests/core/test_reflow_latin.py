"""Latin-script text keeps its word spaces; Chinese text loses its justification spaces.

The rule is on the characters either side of a space or line join (:mod:`spaces`), so both
read right on one page. Unit cases through ``emit`` (rows made by hand, one a line), then the
real tesseract pages of tests/data/ocr/real (hOCR and TSV of one page of Alice), whose
paragraphs must read with the words of the file, and the provenance check on every real page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.core.model import Marker
from desktop.core.ocr import read_ocr
from desktop.core.reflow import reflow_page
from desktop.core.reflow.rows import Row
from desktop.core.reflow.spaces import Emitted, Mode, emit
from tests.core.reflow_helpers import assert_nothing_lost, check_reflow

REAL = Path(__file__).resolve().parents[1] / "data" / "ocr" / "real"
ALICE = [
    REAL / "hocr" / "hocrtools_tesseract303_alice_1.hocr",
    REAL / "tsv" / "tesseract5_eng_alice_1.tsv",
]


def emitted(*lines: str, mode: Mode = "para") -> tuple[str, Emitted]:
    """``lines`` as raw text, one row a line, through ``emit``."""
    raw = "\n".join(lines) + "\n"
    rows: list[Row] = []
    pos = 0
    for n, line in enumerate(lines):
        rows.append(Row(n, pos, pos + len(line), line, False))
        pos += len(line) + 1
    return raw, emit(raw, rows, mode)


def text_of(*lines: str, mode: Mode = "para") -> str:
    raw, out = emitted(*lines, mode=mode)
    # the source map is exact: each character its raw one, a kept space a raw space
    assert len(out.offsets) == len(out.text())
    for ch, offset in zip(out.text(), out.offsets, strict=True):
        assert raw[offset] == ch or (ch == " " and raw[offset].isspace())
    return out.text()


# -- spaces inside a line


def test_a_space_after_latin_punctuation_stays() -> None:
    assert text_of("on the bank, and of having nothing to do: once or twice") == (
        "on the bank, and of having nothing to do: once or twice"
    )
    assert text_of("that; nor did Alice. First, she tried! Oh dear? Yes") == (
        "that; nor did Alice. First, she tried! Oh dear? Yes"
    )


def test_a_space_before_an_opening_bracket_or_quote_and_after_a_closing_one_stays() -> None:
    assert text_of("in her own mind (as well as she could), whether") == (
        "in her own mind (as well as she could), whether"
    )
    assert text_of("a book,’ thought Alice ‘Without pictures") == (
        "a book,’ thought Alice ‘Without pictures"
    )
    assert text_of('he said "yes" and left') == 'he said "yes" and left'


def test_no_space_before_closing_punctuation_nor_after_an_opening_bracket() -> None:
    # (Ground truth tokenised into words and marks, as OCR-D's ALTO of Kant.)
    assert text_of("Unmündigkeit . Unmündigkeit iſt das Unvermögen , ſich") == (
        "Unmündigkeit. Unmündigkeit iſt das Unvermögen, ſich"
    )
    assert text_of("( S . Decemb . 1783 . S . 516 . )") == "(S. Decemb. 1783. S. 516.)"


def test_dashes_keep_the_spaces_around_them() -> None:
    assert text_of("Bürgerentscheid - Situation and — then") == (
        "Bürgerentscheid - Situation and — then"
    )


def test_ligature_glyphs_are_letters_with_their_spaces() -> None:
    assert text_of("for it ﬂashed across the ﬁeld, they were ﬁlled") == (
        "for it ﬂashed across the ﬁeld, they were ﬁlled"
    )


def test_accented_and_long_s_letters_keep_their_spaces() -> None:
    assert text_of("aus ſeiner ſelbſt verſchuldeten Unmündigkeit, Über alles") == (
        "aus ſeiner ſelbſt verſchuldeten Unmündigkeit, Über alles"
    )


def test_ascii_punctuation_stays_ascii() -> None:
    text = text_of("Oh dear! (when she thought it over); but: yes, no.")
    assert text == "Oh dear! (when she thought it over); but: yes, no."
    assert not re.search("[\uff00-\uffef]", text)


def test_a_word_and_a_number_keep_their_space_two_numbers_none() -> None:
    assert text_of("Nr. 182 Polier von 25 fl., eventuell 1 539") == (
        "Nr. 182 Polier von 25 fl., eventuell 1539"
    )


def test_runs_of_spaces_become_one() -> None:
    assert text_of("by her   sister ,  and\u3000of") == "by her sister, and of"


# -- line joins


def test_a_line_join_between_latin_words_is_one_space() -> None:
    assert text_of("sitting by her sister on the bank,", "and of having") == (
        "sitting by her sister on the bank, and of having"
    )
    assert text_of("it was labelled ‘ORANGE", "MARMALADE’, but") == (
        "it was labelled ‘ORANGE MARMALADE’, but"
    )
    assert text_of("she thought it over", "(when", "in 1910", "the end") == (
        "she thought it over (when in 1910 the end"
    )
    assert text_of("across the", "ﬁeld after it") == "across the ﬁeld after it"


def test_a_hyphen_breaking_a_word_at_a_line_end_is_dropped_and_recorded() -> None:
    raw, out = emitted("Henry C Hall aver-", "age weight 1410")
    assert out.text() == "Henry C Hall average weight 1410"
    at = raw.index("-")
    assert out.hyphens == [Marker("hyphen", "-", "", at, at + 1)]
    assert at not in out.offsets
    # the other marks that break a word: the hyphen, soft hyphen and Fraktur's double hyphen
    for mark in ("\u2010", "\u00ad", "\u2e17", "¬"):
        assert text_of(f"in der Boerhave{mark}", "gaſſe im Bezirk") == (
            "in der Boerhavegaſſe im Bezirk"
        )
    # a lone hyphen after a space (tokenised ground truth) is the same break
    assert text_of("der Ausgang des Men -", "ſchen aus") == "der Ausgang des Menſchen aus"


def test_a_hyphen_that_is_no_break_stays_without_a_space() -> None:
    # before a capital or a number, or after one: part of a compound or a name
    assert text_of("1 Down the Rabbit-", "Hole") == "1 Down the Rabbit-Hole"
    assert text_of("Schleswig-Holstein und Baden-", "Württemberg") == (
        "Schleswig-Holstein und Baden-Württemberg"
    )
    assert text_of("COVID-", "19 pandemic") == "COVID-19 pandemic"
    assert text_of("ITS WAISTCOAT-", "POCKET, and") == "ITS WAISTCOAT-POCKET, and"
    assert text_of("said he —", "then left") == "said he—then left"  # (nothing after it in the row)
    _, out = emitted("Rabbit-", "Hole")
    assert out.hyphens == []


# -- Chinese text, and Latin inside it: as before


def test_chinese_justification_spaces_still_go() -> None:
    assert text_of("元，增长 4.7%，制 造 业 投 资 分 别 增", "长 7.5%、10.1%。") == (
        "元，增长4.7%，制造业投资分别增长7.5%、10.1%。"
    )
    assert text_of("经 济 发 展 的“ 晴 雨", "表”。他说 “我们 ” 是") == (
        "经济发展的“晴雨表”。他说“我们”是"
    )


def test_latin_inside_chinese_keeps_what_it_kept() -> None:
    assert text_of("GDP 增长 5.2%，发布 iPhone 15 手机") == "GDP增长5.2%，发布iPhone 15手机"
    assert text_of("记者 John Smith 报道") == "记者John Smith报道"
    assert text_of("本报讯（记者 John Smith）", mode="byline") == "本报讯（记者 John Smith）"
    assert text_of("热导率约为400 W /m ·K， A 、B") == "热导率约为400 W/m·K，A、B"


def test_a_number_broken_over_two_lines_of_a_chinese_column_stays_whole() -> None:
    assert text_of("今年新建5", "G基站一千座") == "今年新建5G基站一千座"
    assert text_of("名为", "Open", "Data Hub 的项目") == "名为Open Data Hub的项目"
    assert text_of("发布了 iPhone", "15手机") == "发布了iPhone15手机"


def test_a_plain_text_page_joins_a_broken_word_and_loses_nothing() -> None:
    page = check_reflow(
        "The cattle were bought by Henry C Hall aver-\nage weight 1410 pounds at six cents, and\n"
        "shipped to the Baltimore market last week.\n"
    )
    text = page.articles[0].text
    assert "Hall average weight 1410 pounds at six cents, and shipped" in text
    assert [m.kind for m in page.removed] == ["hyphen"]
    assert page.articles[0].markers == page.removed


# -- the real pages


def _words_of_file(path: Path) -> list[str]:
    """The page's words in file order, a word broken at a line-end hyphen (a lowercase letter
    before it, one after it) joined again."""
    words: list[str] = []
    broken = False
    for line in read_ocr(path).lines:
        tokens = line.text.split()
        if broken and tokens and tokens[0][0].islower():
            words[-1] = words[-1][:-1] + tokens.pop(0)
        words.extend(tokens)
        last = words[-1] if words else ""
        broken = len(last) > 1 and last[-1] == "-" and last[-2].islower()
    return words


@pytest.mark.parametrize("path", ALICE, ids=lambda p: p.suffix)
def test_the_alice_page_reads_with_the_words_of_its_file(path: Path) -> None:
    page = reflow_page(read_ocr(path))
    assert_nothing_lost(page)
    blocks = [b.text for a in page.articles for b in a.blocks]
    # every word of the file, in order, each once; one space between words, never two
    assert " ".join(blocks).split(" ") == _words_of_file(path)
    body = "\n".join(blocks)
    assert "  " not in body
    for seen in (
        "sitting by her sister on the bank, and of having nothing to do: once or twice",
        "in her own mind (as well as she could, for the hot",
        "stupid), whether the pleasure",
        "‘Oh dear! Oh dear! I shall be late!’ (when",
        "noticed that they were ",
        "cupboards and bookshelves; here",
    ):
        assert seen in body, seen
    ligatures = "ﬂ" in body
    assert ("for it ﬂashed across" if ligatures else "for it flashed across") in body
    assert ("across the ﬁeld after it" if ligatures else "across the field after it") in body
    assert [m.kind for m in page.removed] == ["hyphen"]  # book- / shelves


@pytest.mark.parametrize(
    "path",
    sorted(p for p in REAL.rglob("*") if p.suffix in {".xml", ".hocr", ".html", ".tsv"}),
    ids=lambda p: p.name,
)
def test_every_real_page_keeps_its_source_map_exact(path: Path) -> None:
    assert_nothing_lost(reflow_page(read_ocr(path)))


def test_the_newspaper_page_joins_its_hyphenated_word() -> None:
    page = reflow_page(read_ocr(REAL / "alto" / "ndnp_winchester_news_1910_p0070_inch1200.xml"))
    text = "\n".join(a.text for a in page.articles)
    assert "Henry C Hall average weight" in text and "aver-age" not in text
