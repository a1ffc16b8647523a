"""A column's left edge is where its lines start, not where one stretched box starts.

A detector sometimes boxes a line from a character or two left of its column (it reads a
character out of the gutter's blank: dev/page-136's ``i南命运共同体。`` boxed from 965 px, its
column at 1012). That start, the lowest of the column's, was taken for its edge, and every
line of the column then read as indented: each line a paragraph (page-136's 习近平同南非总统会谈,
60 paragraphs predicted for 9). The text shows it: a paragraph never opens in mid-sentence.
"""

from __future__ import annotations

from desktop.core.model import Page
from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow import reflow_page
from tests.core.real_ocr import DATA, score_page

CHAR = 24.0
LEAD = 36.0
PER_LINE = 24
LEFT = 100.0
TOP = 300.0


def _page(rows: list[tuple[str, float]]) -> Page:
    """One story under its title: ``rows`` of (text, how far right of the column it starts)."""
    lines = [
        OcrLine("人民日报", Box(60, 60, 460, 160), 0.99),
        OcrLine("1998年1月2日星期五", Box(1500, 70, 1760, 100), 0.99),
        OcrLine("第4版要闻", Box(1500, 110, 1640, 140), 0.99),
        OcrLine("全国冬运会筹备工作进入冲刺阶段", Box(150, 220, 150 + 15 * 40, 258), 0.99),
    ]
    for row, (text, lead) in enumerate(rows):
        y0 = TOP + row * LEAD
        x0 = LEFT + lead
        lines.append(OcrLine(text, Box(x0, y0, x0 + CHAR * len(text), y0 + 28), 0.99))
    return reflow_page(OcrPage("p.json", "paddle-json", tuple(lines)))


def _paragraphs(page: Page) -> list[str]:
    return [b.text for a in page.articles for b in a.blocks if b.kind == "paragraph"]


def test_a_box_stretched_left_of_its_column_does_not_make_every_line_indented() -> None:
    """Three paragraphs of four running lines each (the first indented two characters); the
    box of a line inside the second starts two characters left of the column, its first
    character read from the gutter. Three paragraphs, as without the stretched box."""
    rows: list[tuple[str, float]] = []
    for p in range(3):
        for k in range(4):
            lead = 2 * CHAR if k == 0 else 0.0
            n = PER_LINE - (2 if k == 0 else 0)
            body = (f"第{p}段第{k}行" + "文字内容" * 6)[: n - 1] + ("。" if k == 3 else "，")
            rows.append((body, lead))
    plain = _paragraphs(_page(rows))
    assert len(plain) == 3
    text, _ = rows[6]
    rows[6] = ("i" + text, -2 * CHAR)
    stretched = _paragraphs(_page(rows))
    assert len(stretched) == 3
    assert stretched[1].replace("i", "") == plain[1]


def test_a_column_of_one_line_paragraphs_keeps_its_edge_at_its_flush_line() -> None:
    """A column of one-line paragraphs, each indented and ending a sentence, and one that
    runs on to a second, flush line: the flush line's start is the column's edge (the indented
    lines follow sentence ends), and each indented line opens a paragraph."""
    rows: list[tuple[str, float]] = []
    for p in range(6):
        rows.append(((f"第{p}条" + "文字内容" * 6)[: PER_LINE - 3] + "。", 2 * CHAR))
        if p == 2:
            rows[-1] = ((f"第{p}条" + "文字内容" * 6)[: PER_LINE - 3] + "，", 2 * CHAR)
            rows.append(("续行文字内容。", 0.0))
    assert len(_paragraphs(_page(rows))) == 6


def test_real_ocr_a_two_column_story_with_a_box_stretched_into_the_gutter() -> None:
    s = score_page(DATA / "dev" / "page-136.json")
    assert s.matched >= 27 and s.predicted_paragraphs <= 34
