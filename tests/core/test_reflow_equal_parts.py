"""A short story whose later columns are run on, row after row, cut at the page's grid
gutters where its characters share out as equal columns' whole lines
(:func:`desktop.core.reflow.gutters._equal_parts`).

Read at RapidOCR's default size (test15/page-10), a four-column story of four rows: its first
column boxed a line a column, but its other columns run on over their gutters in every row
(the last column's two lines never boxed alone), so no line over or under a part shows the
part's column, and the last column's gutter is shown by no line at all."""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import _equal_parts, split_across_gutters
from tests.core.geometry_helpers import PITCH, S, Sheet

STEP = 13 * S  # columns of eleven characters, gutters of two
XS = [60 + k * STEP for k in range(4)]
TOP = 800.0


def _run_on(sheet: Sheet, texts: list[str], first: int, y: float, short: float = 0.0) -> None:
    """A box run on over the columns from ``first``, one text a column, ``short`` px short of
    the last column's end (a stop at its end: the box ends at its ink)."""
    width = len(texts) * 11 * S + (len(texts) - 1) * 2 * S - short
    box = Box(XS[first], y, XS[first] + width, y + S)
    sheet.lines.append(OcrLine("".join(texts), box, 0.95))


def _story(first_row: list[str]) -> OcrPage:
    """The page's grid (a story of twelve rows in four columns, boxed a line a column), a
    title, and under it a story in the same columns: its first column boxed alone, its
    rows over the later columns run on (``first_row`` the first), the second ending in a
    stop, the third over two columns, the last row run on over the first three."""
    sheet = Sheet()
    for row in range(12):
        for text, x in zip("戊己庚辛", XS, strict=True):
            sheet.line(text * 11, x, 60 + row * PITCH)
    sheet.line("标题居中四栏之上", 300, TOP - 60, 36)
    y = TOP
    sheet.line("一" * 9, XS[0] + 2 * S, y)
    _run_on(sheet, first_row, 1, y)
    y += PITCH
    sheet.line("一" * 11, XS[0], y)
    _run_on(sheet, ["五" * 11, "六" * 11, "七" * 10 + "。"], 1, y, 0.6 * S)
    y += PITCH
    sheet.line("一" * 11, XS[0], y)
    _run_on(sheet, ["八" * 11, "九" * 11], 1, y)
    y += PITCH
    _run_on(sheet, ["子" * 11, "丑" * 11, "寅" * 11], 0, y)
    return sheet.page()


def _story_texts(page: OcrPage) -> list[str]:
    return [ln.text for ln in split_across_gutters(page).lines if ln.box and ln.box.y0 >= TOP]


def test_run_on_rows_of_a_short_story_are_cut_into_its_equal_columns() -> None:
    """Each run-on row is cut into its columns' lines, eleven characters each: the first
    row at all three gutters (the last one shown by no line, but the grid's, where the box's
    characters share out evenly), the second though its box ends at its stop's ink, the last
    at the wide gap its first column's lines show and at the grid's gutter too, the first
    column's characters kept together."""
    texts = _story_texts(_story(["二" * 11, "三" * 11, "四" * 11]))
    for text in ("二", "三", "四", "五", "六", "八", "九", "子", "丑", "寅"):
        assert text * 11 in texts, text
    assert "七" * 10 + "。" in texts


def test_a_line_set_solid_across_the_gutters_is_not_cut_as_equal_columns() -> None:
    """A line as wide holding characters where the gutters are (set solid across them: a
    lead, a wider column's line) shares out unevenly, its last part taking the rest: it is
    left whole."""
    solid = ["二" * 13, "三" * 13, "四" * 11]
    assert "".join(solid) in _story_texts(_story(solid))


def test_equal_parts_need_three_columns_of_one_count() -> None:
    """Three parts of eleven characters each, as wide, are equal columns' lines; two are
    not enough, nor parts of different counts or widths."""

    def part(text: str, x: float, width: float = 11 * S) -> OcrLine:
        return OcrLine(text, Box(x, 0, x + width, S), 0.95)

    three = [part("二" * 11, XS[1]), part("三" * 11, XS[2]), part("四" * 11, XS[3])]
    assert _equal_parts(three, S)
    assert not _equal_parts(three[:2], S)
    assert not _equal_parts([*three[:2], part("四" * 12, XS[3], 12 * S)], S)
    assert not _equal_parts([*three[:2], part("四" * 11, XS[3], 10 * S)], S)
    # (A last part ending in a stop: its box ends at the stop's ink, half a cell short.)
    stop = part("四" * 10 + "。", XS[3], 10.5 * S)
    assert _equal_parts([*three[:2], stop], S)
