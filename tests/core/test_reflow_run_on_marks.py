"""A paragraph's last line of a lone stop, boxed with the line left of it across the gutter.

A paragraph that fills its last full line but for the stop ends on a line of one ``。`` at the
top of its column's next row; a detector boxes that stop with the line of the column before
it on the same row (dev/page-207: ``…中央军委。``, the stop the next column's, the box tilted
down to it and 41-48 px tall at 25 px lines). That one box joins the two columns' rows and
they were read row by row as one; cut off, the stop ends its own paragraph.
"""

from __future__ import annotations

from desktop.core.model import Page
from desktop.core.ocr.model import OcrPage
from desktop.core.reflow import reflow_page
from desktop.core.reflow.marks import split_run_on_marks
from tests.core.geometry_helpers import page_of_rows

POOL = (
    "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水"
    "玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽翔龙师火帝鸟官人皇始制文字乃服衣裳"
)
CHAR = 24
LEAD = 36
TOP = 300
#: Three columns of 14 characters (336 px), 44 px gutters.
COLUMNS = [(825, 1161), (1205, 1541), (1585, 1921)]


def _text(start: int, n: int) -> str:
    return "".join(POOL[(start + k) % len(POOL)] for k in range(n))


#: Each column's rows, top down: a paragraph's first line (``i``, indented two characters), a
#: line of that many characters (``n``), or a paragraph's last (``nE``, a stop after them).
#: Column 2's first paragraph ends on a line of the stop alone (its row 1, ``0E``).
LAYOUT = [
    "i 14 14 5E i 14 14 14",
    "14 0E i 14 6E i 14 14",
    "14 8E i 14 14 14 14 9E",
]


def _rows_of(column: str) -> list[tuple[bool, int, bool]]:
    """(indented, characters, ends the paragraph) of each row of a LAYOUT column."""
    return [
        (True, 12, False) if row == "i" else (False, int(row.rstrip("E")), row.endswith("E"))
        for row in column.split()
    ]


def _story() -> tuple[list[tuple[int, int, int, int, str]], list[str]]:
    """The story's body rows (x0, y0, x1, y1, text) and its paragraphs."""
    rows: list[tuple[int, int, int, int, str]] = []
    paragraphs: list[str] = []
    current = ""
    start = 0
    for (x0, _), column in zip(COLUMNS, LAYOUT, strict=True):
        for k, (indented, n, ends) in enumerate(_rows_of(column)):
            text = _text(start, n) + ("。" if ends else "")
            start += n + 3
            lead = 2 * CHAR if indented else 0
            y = TOP + k * LEAD
            width = len(text) * CHAR
            rows.append((x0 + lead, y, x0 + lead + width, y + 25, text))
            current += text
            if ends:
                paragraphs.append(current)
                current = ""
    return rows, paragraphs


def _page(run_on: bool) -> tuple[OcrPage, list[str]]:
    rows, paragraphs = _story()
    head: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第8版要闻"),
        (1000, 220, 1740, 265, _text(100, 16)),
    ]
    if run_on:
        # Column 1's second row and column 2's lone stop in one box, tilted down to the stop.
        line = next(r for r in rows if r[0] == COLUMNS[0][0] and r[1] == TOP + LEAD)
        stop = next(r for r in rows if r[4] == "。")
        rows = [r for r in rows if r not in (line, stop)]
        rows.append((line[0] - 4, line[1] - 11, stop[0] + 43, line[1] + 37, line[4] + "。"))
    return page_of_rows(head + rows), paragraphs


def _paragraphs(page: Page) -> list[str]:
    return [b.text for a in page.articles for b in a.blocks if b.kind == "paragraph"]


def test_a_lone_stop_boxed_with_the_line_left_of_it_is_cut_off_at_the_gutter() -> None:
    page, paragraphs = _page(run_on=True)
    assert _paragraphs(reflow_page(page)) == paragraphs


def test_the_cut_gives_the_stop_a_box_of_its_own_past_the_gutter() -> None:
    page, _ = _page(run_on=True)
    cut = split_run_on_marks(page)
    stops = [ln for ln in cut.lines if ln.text == "。"]
    assert len(stops) == 1 and stops[0].box is not None
    assert COLUMNS[1][0] - CHAR < stops[0].box.x0 <= COLUMNS[1][0] + 1


def test_lines_ending_in_a_stop_at_their_columns_end_stay_whole() -> None:
    """The same story with the stop boxed apart: nothing to cut, the page as it was."""
    page, paragraphs = _page(run_on=False)
    assert split_run_on_marks(page) is page
    assert _paragraphs(reflow_page(page)) == paragraphs
