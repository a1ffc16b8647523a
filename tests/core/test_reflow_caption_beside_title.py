"""A title over a photo whose caption is set flush left, beside the title's span, still heads
the band under it: the page is cut into bands, not into columns running down through them.

A probe page (dev stories in a new layout): three bands of stories in four columns, each
title centred over its story and spanning its middle columns only, the middle band's photo
(blank to the OCR) under its title and its caption set flush left under the photo, under no
part of the title. Cut into bands, the middle band's headline part held the title and the
caption, no text under the title's span, which the XY-cut took for a cut across stories
standing side by side (one's text beside another's headline) and cut the page into columns
instead: the fourth column, under no title, ran down through all three bands and was read
as one column of the last story. A cut across stories side by side leaves a story's text
beside (level with) another's headline; text all of it under its part's headline stands
under it, not beside it.
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows, paragraph_column, titled_stories

COLUMNS = [(60, 493), (538, 972), (1016, 1451), (1495, 1929)]  # 18 characters at 24.1 px
TITLES = ["东南西北中春夏秋冬", "金木水火土日月", "甲乙丙丁戊己庚辛"]
CAPTION = "子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃。"


def _band(
    rows: list[tuple[int, int, int, int, str]], title: str, top: int, lines: int, start: int
) -> tuple[int, list[str]]:
    """A title centred over the page at ``top``, its columns under it: their bottom and the
    story's paragraphs."""
    width = 44 * len(title)
    rows.append((995 - width // 2, top, 995 + width // 2, top + 41, title))
    paragraphs: list[str] = []
    for n, (x0, x1) in enumerate(COLUMNS):
        col, texts = paragraph_column(x0, x1, top + 66, lines, start + 17 * n, 24.1, 26)
        rows += col
        paragraphs += texts
    return top + 66 + (lines - 1) * 36 + 26, paragraphs


def test_a_caption_flush_left_under_a_photo_keeps_the_page_in_bands() -> None:
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第3版要闻"),
    ]
    bottom, first = _band(rows, TITLES[0], 220, 6, 0)
    top = bottom + 66
    rows.append((995 - 44 * 3, top, 995 + 44 * 4, top + 41, TITLES[1]))
    y = top + 41 + 230  # the photo's blank
    rows.append((61, y, 61 + 24 * len(CAPTION), y + 26, CAPTION))
    second = [CAPTION]
    for n, (x0, x1) in enumerate(COLUMNS):
        col, texts = paragraph_column(x0, x1, y + 51, 3, 70 + 13 * n, 24.1, 26)
        rows += col
        second += texts
    _, third = _band(rows, TITLES[2], y + 51 + 2 * 36 + 26 + 66, 6, 130)
    stories = titled_stories(reflow_page(page_of_rows(rows)))
    assert stories[TITLES[0]][1] == first
    assert stories[TITLES[1]][1] == second
    assert stories[TITLES[2]][1] == third
