"""A paragraph's last characters at the top of a column, right under a title's last line, are
text, not a deck: a deck or an author's name set under a title ends no sentence.

A probe page (dev stories in a new layout): a title in two lines over a story's three
columns, its second line short and centred, standing over the second column; that column
opens with the last two characters of the first column's paragraph and its stop (``验。``),
their box drawn over a character too wide, back into the gutter. Headline type by its pitch
(two cells in a box five characters wide) and touching the title's last line, the line
joined the title's group (a short line in a group stays: an author's name) and was read as a
deck; its box, across the gutter, then held the first two columns together and they were
read row by row. A line of under three cells that ends a sentence, its box no taller than a
deck's, is a paragraph's end.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows, pool_text, titled_stories

TITLE = ["东南西北中春夏秋冬金木水火土日月星辰甲乙丙丁戊", "己庚辛壬癸子丑"]
COLUMNS = [(824, 1164), (1203, 1543), (1588, 1928)]  # 14 characters at 24.25 px
PITCH = 24.25
END = "宙。"  # the first column's paragraph's last characters, opening the second


def _row(x0: int, y: int, text: str, indent: int = 0) -> tuple[int, int, int, int, str]:
    return (round(x0 + indent * PITCH), y, round(x0 + (indent + len(text)) * PITCH), y + 29, text)


def test_a_short_line_ending_a_sentence_under_a_title_is_text() -> None:
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第1版要闻"),
        (829, 221, 1842, 270, TITLE[0]),
        (1228, 278, 1542, 329, TITLE[1]),
    ]
    top, step = 349, 36
    paragraphs: list[str] = []
    start = 0
    # The first column: a paragraph of four rows, then one of six running on into the next.
    for k, (indent, n) in enumerate([(2, 12), (0, 14), (0, 14), (0, 6), (2, 12)] + [(0, 14)] * 5):
        text = pool_text(start, n - (k == 3)) + ("。" if k == 3 else "")
        start += n
        rows.append(_row(COLUMNS[0][0], top + k * step, text, indent))
        if indent:
            paragraphs.append("")
        paragraphs[-1] += text
    # The second column opens with that paragraph's end, its box drawn back into the gutter.
    rows.append((1131, top - 3, 1258, top + 30, END))
    paragraphs[-1] += END
    # Then paragraphs of five rows (indented, three full, a short one with a stop): the
    # second column's from its second row on, the third's from its first.
    for x0, first in ((COLUMNS[1][0], 1), (COLUMNS[2][0], 0)):
        for k in range(10 - first):
            indent, n = [(2, 12), (0, 14), (0, 14), (0, 14), (0, 6)][k % 5]
            text = pool_text(start, n - (k % 5 == 4)) + ("。" if k % 5 == 4 else "")
            start += n
            rows.append(_row(x0, top + (first + k) * step, text, indent))
            if indent:
                paragraphs.append("")
            paragraphs[-1] += text
    stories = titled_stories(reflow_page(page_of_rows(rows)))
    title = "".join(TITLE)
    assert stories[title] == ([], paragraphs)
