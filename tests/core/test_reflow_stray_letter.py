"""A box stretched left over a speck read as a Latin letter is trimmed to its column's edge.

A detector sometimes boxes a line from a character or two left of its column, over a speck in
the blank that it reads as a letter (dev/page-136: ``i南命运共同体。`` boxed from 965 px, its
column's lines starting at 1012-1017). That start, the lowest of its column's, was taken for
the column's edge, and every other line of the column then read as indented: each line a
paragraph (page-136's 习近平同南非总统会谈, 60 paragraphs predicted for 9). The box is trimmed
to where the lines over and under it start together when it holds blank besides its characters,
stands alone over a character left of them, and its characters but the letter fit from there.
A column of indented one-line paragraphs keeps its edge at a wrapped line's start.
"""

from __future__ import annotations

from desktop.core.model import Page
from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow import reflow_page
from desktop.core.reflow.overlaps import trim_mark_starts
from tests.core.real_ocr import DATA, score_page

CHAR = 24.0
LEAD = 36.0
PER_LINE = 24
LEFT = 100.0
TOP = 300.0

#: A row: its text, how far right of the column its ink starts, and how far further left its
#: box starts (the stretch over the speck).
Row = tuple[str, float, float]


def _ocr(rows: list[Row]) -> OcrPage:
    """One story in one column under its title."""
    lines = [
        OcrLine("人民日报", Box(60, 60, 460, 160), 0.99),
        OcrLine("1998年1月2日星期五", Box(1500, 70, 1760, 100), 0.99),
        OcrLine("第4版要闻", Box(1500, 110, 1640, 140), 0.99),
        OcrLine("全国冬运会筹备工作进入冲刺阶段", Box(150, 220, 150 + 15 * 40, 258), 0.99),
    ]
    for row, (text, lead, stretch) in enumerate(rows):
        y0 = TOP + row * LEAD
        x0 = LEFT + lead
        ink = sum(0.6 if ch.isascii() else 1.0 for ch in text)
        if stretch:  # the speck's letter is no ink of the line: its characters from x0
            ink -= 0.6
        lines.append(OcrLine(text, Box(x0 - stretch, y0, x0 + CHAR * ink, y0 + 28), 0.99))
    return OcrPage("p.json", "paddle-json", tuple(lines))


def _paragraphs(page: Page) -> list[str]:
    return [b.text for a in page.articles for b in a.blocks if b.kind == "paragraph"]


def _running(paragraphs: int = 3) -> list[Row]:
    """Paragraphs of four running lines each, the first indented two characters."""
    rows: list[Row] = []
    for p in range(paragraphs):
        for k in range(4):
            lead = 2 * CHAR if k == 0 else 0.0
            n = PER_LINE - (2 if k == 0 else 0)
            body = (f"第{p}段第{k}行" + "文字内容" * 6)[: n - 1] + ("。" if k == 3 else "，")
            rows.append((body, lead, 0.0))
    return rows


def test_a_box_stretched_over_a_speck_read_as_a_letter_is_trimmed_to_its_column() -> None:
    """The box of a line inside the second paragraph starts two characters left of the
    column, over a speck read as ``i``: trimmed to the column's edge, its text kept; three
    paragraphs, as without the stretched box (each line a paragraph without the trim)."""
    rows = _running()
    plain = _paragraphs(reflow_page(_ocr(rows)))
    assert len(plain) == 3
    text, _, _ = rows[6]
    rows[6] = ("i" + text[2:], 0.0, 2 * CHAR)
    ocr = _ocr(rows)
    trimmed = trim_mark_starts(ocr)
    k = 4 + 6
    assert ocr.lines[k].box is not None and ocr.lines[k].box.x0 == LEFT - 2 * CHAR
    assert trimmed.lines[k].box is not None and trimmed.lines[k].box.x0 == LEFT
    assert trimmed.lines[k].text == ocr.lines[k].text
    assert len(_paragraphs(reflow_page(ocr))) == 3


def test_a_line_opening_with_a_letter_at_its_column_edge_keeps_its_box() -> None:
    """A line opening with a Latin letter set against a CJK character (X光) that starts where
    its column does, or whose box holds no blank besides its characters, is not stretched."""
    rows = _running()
    text, _, _ = rows[6]
    rows[6] = ("X光" + text[2:], 0.0, 0.0)
    ocr = _ocr(rows)
    assert trim_mark_starts(ocr) is ocr
    # Starting a character and a half left, its box tight on its characters: its ink.
    rows[6] = ("X光" + text[2:], -1.5 * CHAR, 0.0)
    ocr = _ocr(rows)
    assert trim_mark_starts(ocr) is ocr


def test_a_column_of_one_line_paragraphs_keeps_its_edge_at_a_wrapped_line() -> None:
    """A wide column of one-line paragraphs, each indented two characters and ending a
    sentence, and one that runs on to a short second line, flush: that line's start is the
    column's edge (two characters left of every other start, its few characters fitting from
    there), whether it opens with a letter or not; six paragraphs."""
    for wrapped in ("续行文字内容。", "X光检查结果。"):
        rows: list[Row] = []
        for p in range(6):
            end = "，" if p == 2 else "。"
            rows.append(((f"第{p}条" + "文字内容" * 6)[: PER_LINE - 3] + end, 2 * CHAR, 0.0))
            if p == 2:
                rows.append((wrapped, 0.0, 0.0))
        ocr = _ocr(rows)
        assert trim_mark_starts(ocr) is ocr
        paragraphs = _paragraphs(reflow_page(ocr))
        assert len(paragraphs) == 6
        assert paragraphs[2].endswith(wrapped)


def test_real_ocr_a_column_whose_lowest_start_is_a_speck_read_as_a_letter() -> None:
    s = score_page(DATA / "dev" / "page-136.json")
    assert s.matched >= 27 and s.predicted_paragraphs <= 34
