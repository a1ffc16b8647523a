"""Columns whose rows' boxes overlap are parted from a lead set across them by a small gap.

dev/page-214: a story at the page's foot, its lead one line across three of its six columns
(set a little smaller than the body), 7 px over them; the detector boxed the columns' rows
37-44 px tall at a 37 px spacing, so no gap at all stands between them. The lead's gap over
them was under the share of a row gap that parts a caption from its columns, and the three
columns under it were read row by row as one. A gap over columns whose rows have none
between them parts them (a quarter of that share).
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import pool_text

CHAR = 25.0
XS = [60.0, 60 + 13 * CHAR, 60 + 26 * CHAR]  # three columns of 11 characters


def _page(height: float, gap: float) -> OcrPage:
    """The titled story: its lead (34 characters at 21 px) ``gap`` px over three columns of
    eight rows 37 px apart, boxed ``height`` px tall; a column of another story beside."""
    lines = [
        OcrLine("人民日报", Box(60, 60, 460, 160), 0.99),
        OcrLine("1998年1月2日星期五", Box(1500, 70, 1760, 100), 0.99),
        OcrLine("第3版要闻", Box(1500, 110, 1640, 140), 0.99),
        OcrLine("三栏通栏大字标题在此", Box(200, 300, 700, 345), 0.99),
    ]
    lead = pool_text(0, 33) + "。"
    lines.append(OcrLine(lead, Box(XS[0], 370, XS[0] + len(lead) * 21.0, 407), 0.99))
    top = 407 + gap
    for k, x in enumerate(XS):
        for row in range(8):
            first, last = row % 4 == 0, row % 4 == 3
            n = 11 - (2 if first else 0) - (4 if last else 0)
            text = pool_text(40 + 11 * row + 100 * k, n)
            text = ("甲乙丙"[k] + text[1:]) if first else text
            text = text[:-1] + "。" if last else text
            x0 = x + (2 * CHAR if first else 0)
            y0 = top + row * 37
            lines.append(OcrLine(text, Box(x0, y0, x0 + n * CHAR, y0 + height), 0.99))
    for row in range(20):
        y0 = 300 + row * 36
        lines.append(OcrLine(pool_text(500 + 13 * row, 13), Box(1300, y0, 1612, y0 + 28), 0.99))
    return OcrPage("p.json", "paddle-json", tuple(lines))


def _paragraphs(page: OcrPage) -> list[str]:
    return [b.text for a in reflow_page(page).articles for b in a.blocks if b.kind == "paragraph"]


def test_a_lead_over_columns_packed_row_on_row_parts_from_them() -> None:
    paragraphs = _paragraphs(_page(42.0, 7.0))
    opening = [p for p in paragraphs if p[0] in "甲乙丙"]
    assert [p[0] for p in opening] == ["甲", "甲", "乙", "乙", "丙", "丙"]
    assert all(sum(m in p for m in "甲乙丙") == 1 for p in opening)
