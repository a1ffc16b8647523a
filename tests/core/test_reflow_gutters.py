"""Run-on OCR boxes across a column gutter are cut back into one line per column."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import _cut, _filled, split_across_gutters

CHAR = 24.0
LEAD = 36.0
COLS = (60.0, 540.0, 1020.0)  # left edges; 17 characters a column, gutters of 72 px
PER_LINE = 17


def _line(text: str, x0: float, row: int, height: float = 28.0) -> OcrLine:
    y0 = 200 + row * LEAD
    return OcrLine(text, Box(x0, y0, x0 + CHAR * len(text), y0 + height), 0.99)


def _page(rows: int = 12, merged: tuple[int, int] | None = None) -> tuple[OcrPage, str, str]:
    """Three columns of body lines listed row by row; ``merged=(row, col)`` joins that row's
    lines of columns col and col + 1 into one box, as a detector does across a narrow gutter."""
    lines: list[OcrLine] = []
    left = right = ""
    for row in range(rows):
        texts = [f"{'甲乙丙丁戊'[c]}{row:02d}" + "字" * (PER_LINE - 3) for c in range(3)]
        if merged and row == merged[0]:
            c = merged[1]
            left, right = texts[c], texts[c + 1]
            joined = OcrLine(
                left + right,
                Box(COLS[c], 200 + row * LEAD, COLS[c + 1] + CHAR * PER_LINE, 228 + row * LEAD),
                0.97,
            )
            for k in range(3):
                if k == c:
                    lines.append(joined)
                elif k != c + 1:
                    lines.append(_line(texts[k], COLS[k], row))
            continue
        lines.extend(_line(texts[c], COLS[c], row) for c in range(3))
    return OcrPage("p.json", "paddle-json", tuple(lines)), left, right


def test_a_box_bridging_a_gutter_is_cut_at_the_gutter() -> None:
    page, left, right = _page(merged=(5, 0))
    out = split_across_gutters(page)
    assert len(out.lines) == len(page.lines) + 1
    texts = [ln.text for ln in out.lines]
    i = texts.index(left)
    assert texts[i + 1] == right
    assert out.lines[i].box is not None and out.lines[i + 1].box is not None
    assert out.lines[i].box.x1 <= COLS[0] + CHAR * PER_LINE + 1
    assert out.lines[i + 1].box.x0 >= COLS[1] - 1
    assert out.lines[i].confidence == 0.97
    assert "".join(texts) == "".join(ln.text for ln in page.lines)


def test_the_second_gutter_too_and_pages_without_run_ons_stay_as_they_are() -> None:
    page, left, right = _page(merged=(7, 1))
    texts = [ln.text for ln in split_across_gutters(page).lines]
    assert texts[texts.index(left) + 1] == right
    plain, _, _ = _page()
    assert split_across_gutters(plain) is plain


def test_a_headline_over_the_columns_is_not_cut() -> None:
    page, _, _ = _page()
    # a deck in body type over two columns, set off from them by more than the leading
    title = OcrLine("标题横跨两栏的大字标题", Box(200, 40, 900, 100), 0.99)
    deck = OcrLine("副题也横跨两栏副题也横跨两栏副题", Box(100, 110, 1000, 138), 0.99)
    with_head = OcrPage(page.source, page.format, (title, deck, *page.lines))
    out = split_across_gutters(with_head)
    assert out.lines[:2] == (title, deck)
    assert len(out.lines) == len(with_head.lines)


def test_a_run_on_box_is_cut_though_a_neighbour_overhangs_and_its_end_is_short() -> None:
    # Row 5 of columns 0 and 1 run together, the second part short of its column's edge by
    # two characters; a line two rows up is boxed from 30 px left of its column. A deck
    # centred over the columns stands in from the columns' edges on both sides; this line
    # starts at the edge where most lines of its column start, so it is cut.
    page, left, right = _page(merged=(5, 0))
    lines = list(page.lines)
    for k, line in enumerate(lines):
        box = line.box
        assert box is not None
        if line.text == left + right:
            right = right[:-2]
            lines[k] = OcrLine(left + right, Box(box.x0, box.y0, box.x1 - 2 * CHAR, box.y1), 0.97)
        elif line.text.startswith("甲03"):
            lines[k] = OcrLine(line.text, Box(box.x0 - 30, box.y0, box.x1, box.y1), 0.99)
    out = split_across_gutters(OcrPage(page.source, page.format, tuple(lines)))
    texts = [ln.text for ln in out.lines]
    assert texts[texts.index(left) + 1] == right


def test_a_deck_under_a_title_broken_in_two_boxes_is_not_cut() -> None:
    # The title read as two boxes at its dash, the second no taller than a deck's box but set
    # far wider; the deck centred under the whole title crosses the break and a gutter.
    page, _, _ = _page()
    one = OcrLine("迈向充满希望的新世纪", Box(300, 100, 740, 146), 0.99)
    two = OcrLine("-一九九八年新年讲话", Box(800, 109, 1200, 146), 0.99)
    text = "中共中央总书记国家主席江泽民发表一九九八年新年讲话"
    deck = OcrLine(text, Box(300, 150, 300 + 28 * len(text), 181), 0.99)
    with_head = OcrPage(page.source, page.format, (one, two, deck, *page.lines))
    out = split_across_gutters(with_head)
    assert out.lines[:3] == (one, two, deck)
    assert len(out.lines) == len(with_head.lines)


def test_a_run_on_box_taller_than_either_line_is_still_cut() -> None:
    # A detector's box of two lines run together stands a fifth taller than a body line's.
    page, left, right = _page(merged=(5, 0))
    lines = list(page.lines)
    for k, line in enumerate(lines):
        if line.text == left + right and line.box is not None:
            b = line.box
            lines[k] = OcrLine(line.text, Box(b.x0, b.y0 - 3, b.x1, b.y1 + 3), 0.97)
    texts = [ln.text for ln in split_across_gutters(OcrPage("p", "t", tuple(lines))).lines]
    assert texts[texts.index(left) + 1] == right


def test_a_gutter_split_by_a_box_stretched_into_it_is_one_gutter() -> None:
    # A line of the second column boxed from 12 px into the gutter leaves a sliver of gap
    # on either side of its start: still one gutter, where the run-on box is cut.
    page, left, right = _page(merged=(5, 0))
    lines = list(page.lines)
    for k, line in enumerate(lines):
        if line.text.startswith("乙04") and line.box is not None:
            b = line.box
            lines[k] = OcrLine(line.text, Box(COLS[1] - 40, b.y0, b.x1, b.y1), 0.99)
        elif line.text.startswith("甲06") and line.box is not None:
            b = line.box
            lines[k] = OcrLine(line.text, Box(b.x0, b.y0, b.x1 + 52, b.y1), 0.99)
    texts = [ln.text for ln in split_across_gutters(OcrPage("p", "t", tuple(lines))).lines]
    assert texts[texts.index(left) + 1] == right


def test_a_deck_under_a_title_wrapped_over_two_lines_is_not_cut() -> None:
    # The title's second line is short; the deck under it is as wide as the title's first
    # line and crosses a gutter: it is the headline's deck all the same.
    page, _, _ = _page()
    one = OcrLine("于永波会见全军和武警先进典型代表", Box(100, 40, 820, 80), 0.99)
    two = OcrLine("时指出", Box(400, 90, 520, 130), 0.99)
    text = "用先进典型推动部队全面建设用先进典型推动"
    deck = OcrLine(text, Box(200, 136, 200 + 28 * len(text), 167), 0.99)
    with_head = OcrPage(page.source, page.format, (one, two, deck, *page.lines))
    out = split_across_gutters(with_head)
    assert out.lines[:3] == (one, two, deck)
    assert len(out.lines) == len(with_head.lines)


def test_a_run_on_box_is_cut_at_the_columns_edge_though_a_neighbour_overhangs_it() -> None:
    # Two lines of the first column boxed 30 px into the gutter narrow the gap the lines
    # leave; the characters are set up to where the column's lines usually end, and cut there.
    page, left, right = _page(merged=(5, 0))
    lines = list(page.lines)
    for k, line in enumerate(lines):
        if line.text.startswith(("甲04", "甲07")) and line.box is not None:
            b = line.box
            lines[k] = OcrLine(line.text, Box(b.x0, b.y0, b.x1 + 30, b.y1), 0.99)
    texts = [ln.text for ln in split_across_gutters(OcrPage("p", "t", tuple(lines))).lines]
    assert texts[texts.index(left) + 1] == right


def test_a_caption_in_smaller_type_over_the_columns_is_not_cut() -> None:
    # A photo's caption right over the columns, from the first column's edge across the
    # gutter, set at 22 px against the body's 24: a line of its own, not two run together.
    page, _, _ = _page()
    text = "元旦前夜中国驻阿联酋使馆内一片欢声笑语小客人给大使带来一个三层大花篮"
    caption = OcrLine(text, Box(COLS[0], 200 - LEAD, COLS[0] + 22 * len(text), 226 - LEAD), 0.99)
    with_caption = OcrPage(page.source, page.format, (caption, *page.lines))
    out = split_across_gutters(with_caption)
    assert out.lines[0] == caption
    assert len(out.lines) == len(with_caption.lines)
    # The same line in body type is two lines run together across the gutter, and is cut.
    body = OcrLine(text, Box(COLS[0], 200 - LEAD, COLS[0] + 72 + 24 * len(text), 228 - LEAD), 0.99)
    run_on = OcrPage(page.source, page.format, (body, *page.lines))
    assert len(split_across_gutters(run_on).lines) == len(run_on.lines) + 1


def test_a_wide_line_without_columns_around_it_is_left_alone() -> None:
    lines = tuple(_line("很长的一行正文" * 5, 60, r) for r in range(10))
    page = OcrPage("p.json", "paddle-json", lines)
    assert split_across_gutters(page) is page


@settings(max_examples=40, deadline=None)
@given(row=st.integers(0, 11), col=st.integers(0, 1))
def test_no_character_is_lost_or_moved_out_of_order(row: int, col: int) -> None:
    page, left, right = _page(merged=(row, col))
    out = split_across_gutters(page)
    assert "".join(ln.text for ln in out.lines) == "".join(ln.text for ln in page.lines)
    texts = [ln.text for ln in out.lines]
    assert texts[texts.index(left) + 1] == right


def test_reflow_page_cuts_run_on_boxes_and_maps_every_character_to_a_box_holding_it() -> None:
    from desktop.core.reflow import reflow_page

    page, left, right = _page(merged=(5, 0))
    out = reflow_page(page)
    assert out.raw.split("\n").count(left) == 1 and out.raw.split("\n").count(right) == 1
    assert len(out.boxes) == len(out.raw.split("\n")) == len(page.lines) + 1
    line = out.raw.split("\n").index(right)
    box = out.boxes[line]
    assert box is not None and box[0] >= COLS[1] - 1


def test_a_box_stretched_into_the_gutter_is_trimmed_back_to_its_column() -> None:
    """A detector boxes a line of the middle column from the end of the line left of it: the
    box's blank overhang past the gutter is cut off, its text and the other lines untouched."""
    page, _, _ = _page()
    lines = list(page.lines)
    k = 5 * 3 + 1  # row 5, middle column
    box = lines[k].box
    assert box is not None
    lines[k] = OcrLine(lines[k].text, Box(COLS[0] + CHAR * PER_LINE - 1, box.y0, box.x1, box.y1))
    out = split_across_gutters(OcrPage("p.json", "paddle-json", tuple(lines)))
    assert [ln.text for ln in out.lines] == [ln.text for ln in page.lines]
    trimmed = out.lines[k].box
    assert trimmed is not None and trimmed.x0 >= COLS[1] - 1 and trimmed.x1 == box.x1
    assert all(a == b for n, (a, b) in enumerate(zip(out.lines, lines, strict=True)) if n != k)


def test_a_body_size_deck_right_under_a_headline_is_not_cut_but_a_run_on_line_there_is() -> None:
    """A deck in body type set under a title, within its span, bridges a gutter on purpose; a
    run-on body line right under a title runs past the title's ends and is cut."""
    page, _, _ = _page()
    title = OcrLine("标题横跨两栏的大字标题", Box(150, 110, 950, 160), 0.99)
    deck = OcrLine("副题也横跨两栏" * 3 + "副题横跨两栏", Box(200, 166, 900, 192), 0.99)
    with_deck = OcrPage(page.source, page.format, (title, deck, *page.lines))
    assert split_across_gutters(with_deck).lines[:2] == (title, deck)
    left, right = "甲" * PER_LINE, "乙" * PER_LINE
    run_on = OcrLine(left + right, Box(COLS[0], 166, COLS[1] + CHAR * PER_LINE, 194), 0.99)
    with_run_on = OcrPage(page.source, page.format, (title, run_on, *page.lines))
    assert [ln.text for ln in split_across_gutters(with_run_on).lines[1:3]] == [left, right]


def _beside_a_wide_column(
    run_ons: int, caption: bool = False
) -> tuple[OcrPage, list[tuple[str, str]]]:
    """Two narrow columns (x 60 and 540, 17 characters) beside a wide one (x 1020, 34
    characters), listed row by row; the first ``run_ons`` rows of the narrow columns boxed as
    one line each across their gutter; ``caption``: two lines in smaller type across the
    narrow columns over them (a photo's caption), listed first."""
    lines: list[OcrLine] = []
    joined: list[tuple[str, str]] = []
    if caption:
        for k in range(2):
            text = "图片说明文字横跨两栏" * 3 + f"第{k}行"
            y0 = 200 - (2 - k) * LEAD
            lines.append(OcrLine(text, Box(COLS[0], y0, COLS[0] + 22 * len(text), y0 + 26), 0.99))
    for row in range(14):
        y0 = 200 + row * LEAD
        left = f"甲{row:02d}" + "字" * (PER_LINE - 3)
        right = f"乙{row:02d}" + "字" * (PER_LINE - 3)
        wide = f"丙{row:02d}" + "文" * (2 * PER_LINE - 3)
        if row < run_ons:
            box = Box(COLS[0], y0, COLS[1] + CHAR * PER_LINE, y0 + 28)
            lines.append(OcrLine(left + right, box, 0.97))
            joined.append((left, right))
        else:
            lines.append(_line(left, COLS[0], row))
            lines.append(_line(right, COLS[1], row))
        lines.append(_line(wide, COLS[2], row))
    return OcrPage("p.json", "paddle-json", tuple(lines)), joined


def test_several_run_on_boxes_in_a_row_beside_a_wide_column_are_all_cut() -> None:
    """Listed among the wide column's lines and one another, the run-ons are no wider than
    the lines listed around them; against the column lines under them they are."""
    page, joined = _beside_a_wide_column(run_ons=3)
    texts = [ln.text for ln in split_across_gutters(page).lines]
    for left, right in joined:
        assert texts[texts.index(left) + 1] == right
    assert "".join(texts) == "".join(ln.text for ln in page.lines)


def test_run_on_boxes_right_under_a_caption_across_the_columns_are_cut() -> None:
    """The caption over the columns crosses their gutter: the lines under the run-ons alone
    show it, and that is enough."""
    page, joined = _beside_a_wide_column(run_ons=3, caption=True)
    out = split_across_gutters(page)
    texts = [ln.text for ln in out.lines]
    for left, right in joined:
        assert texts[texts.index(left) + 1] == right
    assert out.lines[:2] == page.lines[:2]  # the caption is left as it is


def test_a_short_line_boxed_from_under_its_neighbours_end_is_moved_to_its_column() -> None:
    """A paragraph's short last line in the second column, its box set off to the left so it
    starts under the last character of the line beside it, under a caption across both
    columns: trimmed back to its column (else no gutter is left for the layout to see)."""
    page, _ = _beside_a_wide_column(run_ons=0, caption=True)
    lines = list(page.lines)
    k = 2 + 4 * 3 + 1  # row 4, second column
    text = "：“新年好!”"
    x0 = COLS[0] + CHAR * PER_LINE - 20
    old = lines[k].box
    assert old is not None
    lines[k] = OcrLine(text, Box(x0, old.y0, x0 + 9 * CHAR, old.y1), 0.99)
    out = split_across_gutters(OcrPage("p.json", "paddle-json", tuple(lines)))
    moved = out.lines[k].box
    assert out.lines[k].text == text
    assert moved is not None and moved.x0 >= COLS[1] - 1


def _offset_beside_wide(run_on_row: int, offset: float = 10.0) -> tuple[OcrPage, str, str]:
    """Two narrow columns (x 60 and 540) beside a wide one (x 1020) whose rows sit ``offset``
    px lower (a story set beside another in wider columns: its rows do not line up with the
    narrow ones); at ``run_on_row`` the second narrow column's line and the wide column's line
    are boxed as one, a box as tall as both together."""
    lines: list[OcrLine] = []
    joined = ("", "")
    for row in range(14):
        y0 = 200 + row * LEAD
        left = f"甲{row:02d}" + "字" * (PER_LINE - 3)
        mid = f"乙{row:02d}" + "字" * (PER_LINE - 3)
        wide = f"丙{row:02d}" + "文" * (2 * PER_LINE - 3)
        lines.append(_line(left, COLS[0], row))
        if row == run_on_row:
            box = Box(COLS[1], y0, COLS[2] + CHAR * len(wide), y0 + offset + 28)
            lines.append(OcrLine(mid + wide, box, 0.97))
            joined = (mid, wide)
            continue
        lines.append(_line(mid, COLS[1], row))
        w0 = y0 + offset
        lines.append(OcrLine(wide, Box(COLS[2], w0, COLS[2] + CHAR * len(wide), w0 + 28), 0.99))
    return OcrPage("p.json", "paddle-json", tuple(lines)), *joined


def test_a_run_on_box_of_rows_that_do_not_line_up_beside_a_wide_column_is_cut() -> None:
    """The box runs a narrow column's line into the wide column's, whose rows sit lower: it
    stands a third taller than a body line (set at the body's pitch all the same), and only
    the wide column's lines (themselves wide against the narrow lines listed around them)
    show the gutter it bridges."""
    page, left, right = _offset_beside_wide(run_on_row=6)
    out = split_across_gutters(page)
    texts = [ln.text for ln in out.lines]
    assert texts[texts.index(left) + 1] == right
    assert "".join(texts) == "".join(ln.text for ln in page.lines)
    cut = out.lines[texts.index(left)].box
    assert cut is not None and cut.x1 <= COLS[1] + CHAR * PER_LINE + 1


def test_a_title_as_tall_as_such_a_run_on_box_is_not_cut() -> None:
    """A box of that height whose characters are set wider than the body's is headline type."""
    page, _, _ = _offset_beside_wide(run_on_row=-1)
    title = OcrLine("甲乙丙丁戊己庚辛壬癸" * 2, Box(COLS[1], 60, COLS[2] + 600, 98), 0.99)
    with_title = OcrPage(page.source, page.format, (title, *page.lines))
    assert split_across_gutters(with_title).lines[0] == title


def test_a_box_overhanging_the_gutter_short_of_an_indented_wide_line_is_trimmed() -> None:
    """A line of the second narrow column boxed past its end into the gutter; on its row the
    wide column's line is indented two characters, so the box stops short of it, and that
    line, wide against the narrow ones, is what shows the gutter: trimmed back all the same."""
    page, _ = _beside_a_wide_column(run_ons=0)
    lines = list(page.lines)
    k = 5 * 3 + 1  # row 5, second column
    box = lines[k].box
    wide = lines[k + 1]
    assert box is not None and wide.box is not None
    lines[k] = OcrLine(lines[k].text, Box(box.x0, box.y0, box.x1 + 40, box.y1), 0.99)
    wb = wide.box
    lines[k + 1] = OcrLine(wide.text, Box(wb.x0 + 2 * CHAR, wb.y0, wb.x1, wb.y1), 0.99)
    out = split_across_gutters(OcrPage("p.json", "paddle-json", tuple(lines)))
    assert [ln.text for ln in out.lines] == [ln.text for ln in page.lines]
    trimmed = out.lines[k].box
    assert trimmed is not None and trimmed.x1 <= COLS[1] + CHAR * PER_LINE + 1


def test_a_run_on_box_over_three_columns_is_cut_at_a_gutter_two_neighbours_overhang() -> None:
    """Two lines of the first column boxed into the gutter up to the next column's lines hide
    that gutter from a run-on box across all three columns; trimmed back, they show it, and
    the box is cut at both gutters, not at the second alone."""
    lines: list[OcrLine] = []
    texts: list[str] = []
    for row in range(12):
        row_texts = [f"{'甲乙丙'[c]}{row:02d}" + "字" * (PER_LINE - 3) for c in range(3)]
        if row == 6:
            y0 = 200 + row * LEAD
            box = Box(COLS[0], y0, COLS[2] + CHAR * PER_LINE, y0 + 28)
            lines.append(OcrLine("".join(row_texts), box, 0.97))
            texts = row_texts
            continue
        for c, text in enumerate(row_texts):
            line = _line(text, COLS[c], row)
            if c == 0 and row in (4, 8) and line.box is not None:
                b = line.box
                line = OcrLine(text, Box(b.x0, b.y0, COLS[1] + 4, b.y1), 0.99)
            lines.append(line)
    page = OcrPage("p.json", "paddle-json", tuple(lines))
    out = [ln.text for ln in split_across_gutters(page).lines]
    k = out.index(texts[0])
    assert out[k : k + 3] == texts
    assert "".join(out) == "".join(ln.text for ln in page.lines)


#: How far (px) the detector stretched each row's boxes into the first gutter, row by row:
#: the first column's line to the right, the second's to the left (irregularly, as it does).
_INTO = (0, 30, 0, 45, 0, 20, 0, 38, 0, 52, 0, 26, 0, 41, 0, 33)
_FROM = (0, 0, 25, 0, 40, 0, 15, 0, 47, 0, 22, 0, 36, 0, 18, 0)


def _stretched(merged_row: int | None = None, past: float = 0.0) -> tuple[OcrPage, str, str]:
    """Three columns of 16 rows whose boxes the detector stretched into the first gutter from
    both sides, row after row, so that no neighbour leaves it clear (a real page's
    four-column story); ``merged_row`` runs that row's first two lines into one box, and
    ``past`` stretches row 6's first line that far into the second column."""
    page, left, right = _page(rows=16, merged=None if merged_row is None else (merged_row, 0))
    lines = list(page.lines)
    for k, line in enumerate(lines):
        b = line.box
        assert b is not None
        row = round((b.y0 - 200) / LEAD)
        if line.text == left + right:
            continue
        if line.text.startswith("甲"):
            extra = past if row == 6 and past else _INTO[row]
            lines[k] = OcrLine(line.text, Box(b.x0, b.y0, b.x1 + extra, b.y1), 0.99)
        elif line.text.startswith("乙"):
            lines[k] = OcrLine(line.text, Box(b.x0 - _FROM[row], b.y0, b.x1, b.y1), 0.99)
    return OcrPage(page.source, page.format, tuple(lines)), left, right


def test_a_run_on_box_is_cut_at_the_column_grid_where_neighbours_hide_the_gutter() -> None:
    # Every row's boxes reach into the gutter, from one side or the other: no clear gap is
    # left, but the columns' lines still start and end where the page's columns do.
    page, left, right = _stretched(merged_row=8)
    out = split_across_gutters(page)
    texts = [ln.text for ln in out.lines]
    assert texts[texts.index(left) + 1] == right
    i = texts.index(left)
    first, second = out.lines[i].box, out.lines[i + 1].box
    assert first is not None and second is not None
    assert first.x1 <= COLS[0] + CHAR * PER_LINE + 1
    assert second.x0 >= COLS[1] - 1
    assert "".join(texts) == "".join(ln.text for ln in page.lines)


def test_a_box_stretched_past_a_hidden_gutter_is_trimmed_back_to_the_column_grid() -> None:
    # Row 6's first-column line is boxed 90 px on, 18 px into the second column's text.
    page, _, _ = _stretched(past=90.0)
    out = split_across_gutters(page)
    line = next(ln for ln in out.lines if ln.text.startswith("甲06"))
    assert line.box is not None
    assert line.box.x1 <= COLS[0] + CHAR * PER_LINE + 1
    assert [ln.text for ln in out.lines] == [ln.text for ln in page.lines]


def test_a_wide_column_below_is_not_cut_at_the_grid_of_the_columns_above() -> None:
    # Under the three columns, a story set in one wide column across the first two: its
    # lines cross the grid's first gutter, but so do the lines over and under each of them.
    page, _, _ = _stretched()
    wide = [
        OcrLine(
            f"宽{row:02d}" + "字" * 32,
            Box(COLS[0], 900 + row * LEAD, COLS[0] + 35 * CHAR, 928 + row * LEAD),
            0.99,
        )
        for row in range(8)
    ]
    with_wide = OcrPage(page.source, page.format, (*page.lines, *wide))
    out = split_across_gutters(with_wide)
    for line in wide:
        assert line in out.lines


def test_a_run_on_box_over_three_columns_is_cut_at_a_clear_gutter_and_at_a_hidden_one() -> None:
    # Row 8 runs over all three columns; the second gutter shows as a clear gap, the first
    # only in the column grid (its neighbours stretched into it): cut at both.
    page, _, _ = _stretched()
    row = [ln for ln in page.lines if ln.box is not None and ln.text[1:3] == "08"]
    assert len(row) == 3
    # (Its text all in CJK cells: digits are set narrower by a real font.)
    texts = [f"{'甲乙丙'[c]}八" + "字" * (PER_LINE - 2) for c in range(3)]
    y0 = 200 + 8 * LEAD
    joined = OcrLine("".join(texts), Box(COLS[0], y0, COLS[2] + CHAR * PER_LINE, y0 + 28), 0.97)
    lines = [ln for ln in page.lines if ln not in row]
    k = page.lines.index(row[0])
    out = split_across_gutters(OcrPage(page.source, page.format, (*lines[:k], joined, *lines[k:])))
    got = [ln.text for ln in out.lines]
    i = got.index(texts[0])
    assert got[i : i + 3] == texts


_HAN = str.maketrans("0123456789", "〇一二三四五六七八九")


def _in_cells(page: OcrPage) -> OcrPage:
    """The page with its digits written in CJK numerals: every character one cell, as the
    fixture's boxes set them (a real font sets digits narrower)."""
    lines = tuple(replace(ln, text=ln.text.translate(_HAN)) for ln in page.lines)
    return OcrPage(page.source, page.format, lines)


def _replaced(page: OcrPage, old: str, new: OcrLine) -> OcrPage:
    lines = [new if ln.text == old else ln for ln in page.lines]
    return OcrPage(page.source, page.format, tuple(lines))


def test_a_run_on_box_stretched_past_its_last_column_is_cut_at_the_hidden_gutter() -> None:
    # Row 8's run-on over the first two columns (the second part opening a paragraph, two
    # characters in) is boxed 84 px past the second column's end, into the clear gutter
    # beyond and a little over it (the third column's line of that row dropped): against its
    # own width, its characters read as a deck's larger type; trimmed back to the grid
    # first, it is a run-on and is cut.
    page, left, right = _stretched(merged_row=8)
    page, left, right = _in_cells(page), left.translate(_HAN), right.translate(_HAN)
    joined = next(ln for ln in page.lines if ln.text == left + right)
    assert joined.box is not None
    b = joined.box
    short = right[:-2]
    stretched = OcrLine(left + short, Box(b.x0, b.y0, b.x1 + 84, b.y1), 0.97)
    lines = [
        stretched if ln is joined else ln for ln in page.lines if not ln.text.startswith("丙〇八")
    ]
    page = OcrPage(page.source, page.format, tuple(lines))
    out = split_across_gutters(page)
    texts = [ln.text for ln in out.lines]
    assert texts[texts.index(left) + 1] == short
    second = out.lines[texts.index(short)].box
    assert second is not None and second.x1 <= COLS[1] + CHAR * PER_LINE + 1
    assert "".join(texts) == "".join(ln.text for ln in page.lines)


def test_a_run_on_box_whose_second_part_opens_an_indented_paragraph_is_cut() -> None:
    # Row 8's run-on: the second column's line opens a paragraph, two characters in; the box
    # holds the indent's blank, so its characters look set wider than the body's.
    page, left, right = _stretched(merged_row=8)
    page, left, right = _in_cells(page), left.translate(_HAN), right.translate(_HAN)
    joined = next(ln for ln in page.lines if ln.text == left + right)
    assert joined.box is not None
    b = joined.box
    short = right[:-2]
    page = _replaced(page, joined.text, OcrLine(left + short, Box(b.x0, b.y0, b.x1, b.y1)))
    out = split_across_gutters(page)
    texts = [ln.text for ln in out.lines]
    assert texts[texts.index(left) + 1] == short
    first = out.lines[texts.index(left)].box
    assert first is not None and first.x1 <= COLS[0] + CHAR * PER_LINE + 1


def test_a_box_stretched_into_the_last_character_of_the_column_before_is_trimmed() -> None:
    # Row 9's second-column line is boxed from 20 px left of the first column's end (where
    # the lines over and under it end; the line beside it ends a paragraph short) and holds
    # the characters of its own column alone: moved to its column. A box holding one more
    # character (run on from the column before) is left.
    page, _, _ = _stretched()
    beside = next(ln for ln in page.lines if ln.text.startswith("甲09"))
    assert beside.box is not None
    a = beside.box
    ends = OcrLine(beside.text[:8], Box(a.x0, a.y0, a.x0 + 8 * CHAR, a.y1), 0.99)
    page = _replaced(page, beside.text, ends)
    _moved_to_its_column_unless_one_more(page, COLS[0] + CHAR * PER_LINE - 20)


def _moved_to_its_column_unless_one_more(page: OcrPage, x0: float, cut_off: bool = False) -> None:
    """Row 9's second-column line boxed from ``x0`` (left of the second column): holding its
    own column's characters it is moved to that column; one more character (run on from the
    column before), it is not moved: left as boxed, or (``cut_off``) that character cut off
    at the column before's end by the last look (rules35a: it asks the run-on lines of a page
    no earlier look cut a line of) and the rest set from its own column's start."""
    old = next(ln for ln in page.lines if ln.text.startswith("乙09"))
    assert old.box is not None
    b = old.box
    # (In CJK cells alone: a real font sets digits narrower than the fixture's boxes do.)
    text = "乙九" + "字" * (PER_LINE - 2)
    out = split_across_gutters(_replaced(page, old.text, OcrLine(text, Box(x0, b.y0, b.x1, b.y1))))
    moved = next(ln for ln in out.lines if ln.text == text).box
    assert moved is not None and moved.x0 >= COLS[1] - 1
    more = "字" + text
    out = split_across_gutters(_replaced(page, old.text, OcrLine(more, Box(x0, b.y0, b.x1, b.y1))))
    if cut_off:
        parts = [
            ln for ln in out.lines if ln.box is not None and ln.box.x0 >= x0 and ln.box.y0 == b.y0
        ]
        assert [ln.text for ln in parts][:2] == ["字", text]
        assert parts[0].box is not None and parts[0].box.x0 == x0
        assert parts[0].box.x1 <= COLS[0] + CHAR * PER_LINE + 1
        assert parts[1].box is not None and parts[1].box.x0 >= COLS[1] - 1
        return
    kept = next(ln for ln in out.lines if ln.text == more).box
    assert kept is not None and kept.x0 == x0


def test_the_first_part_of_a_cut_box_stretched_into_a_hidden_gutter_is_trimmed() -> None:
    # Row 8's run-on over the second and third columns starts 20 px left of the second
    # column's start, in the hidden gutter: cut at the clear gutter, its first part is moved
    # to its column as a line of its own would be.
    page, _, _ = _stretched()
    row = [ln for ln in page.lines if ln.text[1:3] == "08"]
    mid, last = row[1], row[2]
    assert mid.box is not None and last.box is not None
    b = mid.box
    joined = OcrLine(mid.text + last.text, Box(COLS[1] - 20, b.y0, last.box.x1, b.y1), 0.97)
    lines = [joined if ln is mid else ln for ln in page.lines if ln is not last]
    out = split_across_gutters(OcrPage(page.source, page.format, tuple(lines)))
    texts = [ln.text for ln in out.lines]
    assert texts[texts.index(mid.text) + 1] == last.text
    first = out.lines[texts.index(mid.text)].box
    assert first is not None and first.x0 >= COLS[1] - 1


def test_a_run_on_box_stretched_over_its_first_parts_indent_is_shared_out_from_its_end() -> None:
    # Row 8's run-on over the second and third columns: the second column's line opens a
    # paragraph, two characters in, but the box starts 20 px left of that column, in the
    # hidden gutter (its start is not its characters'). Counted from its end (the third
    # column's full line), the first part holds the indented line and shows its indent.
    page, _, _ = _stretched()
    page = _in_cells(page)
    row = [ln for ln in page.lines if ln.text[1:3] == "〇八"]
    mid, last = row[1], row[2]
    assert mid.box is not None and last.box is not None
    b = mid.box
    short = mid.text[:-2]
    joined = OcrLine(short + last.text, Box(COLS[1] - 20, b.y0, last.box.x1, b.y1), 0.97)
    lines = [joined if ln is mid else ln for ln in page.lines if ln is not last]
    out = split_across_gutters(OcrPage(page.source, page.format, tuple(lines)))
    texts = [ln.text for ln in out.lines]
    assert texts[texts.index(short) + 1] == last.text
    first = out.lines[texts.index(short)].box
    assert first is not None and first.x0 >= COLS[1] + 1.5 * CHAR


def _tall_first_row(x0: float) -> tuple[OcrPage, OcrLine]:
    """The three columns under a title, their first row's last two lines boxed as one box
    from ``x0`` a fifth taller than a body line (a paragraph's first line, two characters in,
    run on into the three characters the next column's paragraph ends with)."""
    page, _, _ = _page()
    title = OcrLine("标题横跨两栏的大字标题", Box(700, 140, 1300, 180), 0.99)
    text = "乙" * (PER_LINE - 2) + "丙" * 3
    tall = OcrLine(text, Box(x0, 195, x0 + CHAR * len(text) + 72, 234), 0.97)
    lines = [ln for ln in page.lines if ln.text[1:3] != "00" or ln.text.startswith("甲")]
    return OcrPage(page.source, page.format, (title, tall, *lines)), tall


def test_a_tall_run_on_box_from_a_columns_indent_across_a_gutter_is_cut() -> None:
    """The box of two rows run together stands as tall as a deck and, with its gutter, is set
    wider than the body's pitch, but without it at that pitch; it starts at its column's
    indent and runs across the gutter by three characters (no wider than the lines around it
    by much): a run-on, cut, even right under the title."""
    page, tall = _tall_first_row(COLS[1] + 2 * CHAR)
    out = [ln.text for ln in split_across_gutters(page).lines]
    assert out[1:3] == ["乙" * (PER_LINE - 2), "丙" * 3]
    # The same box from the middle of the column (a title set over the columns starts
    # anywhere) is left whole.
    page, tall = _tall_first_row(COLS[1] + 6 * CHAR)
    assert split_across_gutters(page).lines[1] == tall


def _narrow_band(rows: int) -> list[OcrLine]:
    """A story in six narrow columns of six characters from y 1200, ``rows`` lines deep: more
    of its lines end at 444 than the wide columns' at 468, so the page's grid puts the gutter
    before 540 at (444, 540)."""
    return [
        OcrLine(
            f"窄{row:02d}{c}" + "字" * 2,
            Box(60 + 240 * c, 1200 + row * LEAD, 60 + 240 * c + 6 * CHAR, 1228 + row * LEAD),
            0.99,
        )
        for row in range(rows)
        for c in range(6)
    ]


def test_a_run_on_box_is_cut_where_another_bands_narrower_columns_drew_the_grid_gutter() -> None:
    # Under the three stretched wide columns (their first gutter 468..540), a story in six
    # narrow columns of six characters whose gutter before 540 opens at 444: more of its
    # lines end there, so the page's grid puts that gutter at (444, 540), left of where the
    # wide columns' lines end. Their starts still cluster right at 540: the run-on box of
    # row 8 is cut there all the same.
    page, left, right = _stretched(merged_row=8)
    narrow = _narrow_band(14)
    both = OcrPage(page.source, page.format, (*page.lines, *narrow))
    out = split_across_gutters(both)
    texts = [ln.text for ln in out.lines]
    assert left in texts and texts[texts.index(left) + 1] == right
    part = out.lines[texts.index(left)].box
    assert part is not None and part.x1 <= COLS[0] + CHAR * PER_LINE + 1
    assert "".join(texts) == "".join(ln.text for ln in both.lines)


def test_a_columns_clean_end_inside_another_bands_grid_gutter_is_not_trimmed() -> None:
    # The same grid gutter (444, 540) drawn by six narrow columns below; the three wide
    # columns above end cleanly at 468, inside it, together: that is their print edge, and
    # their lines keep it (trimmed to 444 they would fall a character short of their column).
    page, _, _ = _page(rows=16)
    narrow = _narrow_band(24)
    both = OcrPage(page.source, page.format, (*page.lines, *narrow))
    out = split_across_gutters(both)
    assert out.lines == both.lines


def _boxed_tall(text: str) -> tuple[OcrPage, OcrLine]:
    """Three columns; row 5's second-column line boxed 1.6 body lines tall and from 456 px,
    inside the last character of the first column's line on its row (ending at 468)."""
    page, _, _ = _page()
    lines = list(page.lines)
    k = next(k for k, ln in enumerate(lines) if ln.text.startswith("乙05"))
    y0 = 200 + 5 * LEAD
    tall = OcrLine(text, Box(456.0, y0 - 8, COLS[1] + CHAR * PER_LINE, y0 + 37), 0.95)
    lines[k] = tall
    return OcrPage(page.source, page.format, tuple(lines)), tall


def test_a_tall_box_at_body_pitch_overhanging_a_gutter_is_trimmed_back() -> None:
    # The detector boxed the line 1.6 body lines tall (above the body type's cutoff); its
    # characters, trimmed back to the gutter, stand at the body's pitch: a body line.
    page, tall = _boxed_tall("乙05" + "字" * (PER_LINE - 3))
    out = split_across_gutters(page)
    line = next(ln for ln in out.lines if ln.text == tall.text)
    assert line.box is not None and line.box.x0 >= COLS[1] - 1
    assert tall.box is not None and line.box.x1 == tall.box.x1
    assert [ln.text for ln in out.lines] == [ln.text for ln in page.lines]


def test_a_tall_box_at_a_headlines_pitch_is_not_trimmed() -> None:
    # Twelve characters over the same box: a larger type's pitch, even trimmed; left alone.
    page, tall = _boxed_tall("乙05" + "字" * 9)
    out = split_across_gutters(page)
    assert tall in out.lines


def test_a_run_on_box_is_cut_where_its_columns_lines_end_short_of_another_bands_gutter() -> None:
    # The first column's lines (digits in them, narrower than a cell) all end at 408, two
    # characters short of the grid gutter (444, 540) the narrow columns below draw, and the
    # gap they leave is too wide for a gutter of its own: the second column's lines starting
    # right at 540 show the column edge, and the run-on box of row 8 is cut there.
    page, left, right = _page(rows=16, merged=(8, 0))
    lines = []
    for line in page.lines:
        b = line.box
        assert b is not None
        if line.text.startswith("甲") and line.text != left + right:
            line = OcrLine(line.text, Box(b.x0, b.y0, 408.0, b.y1), 0.99)
        lines.append(line)
    narrow = _narrow_band(24)
    both = OcrPage(page.source, page.format, (*lines, *narrow))
    out = split_across_gutters(both)
    texts = [ln.text for ln in out.lines]
    assert "".join(texts) == "".join(ln.text for ln in both.lines)
    assert len(out.lines) == len(both.lines) + 1
    assert left in texts and texts[texts.index(left) + 1] == right
    part = out.lines[texts.index(left)].box
    assert part is not None and part.x1 <= 444 + 1


def test_a_run_of_run_on_boxes_under_a_caption_is_cut_once_the_ones_under_it_are() -> None:
    """Four run-on rows under a caption: the first is no wider than the lines over and under
    it (the caption and the run-ons), but once the run-ons under it are cut into their
    columns' lines it is, and it is cut too."""
    page, joined = _beside_a_wide_column(run_ons=4, caption=True)
    out = split_across_gutters(page)
    texts = [ln.text for ln in out.lines]
    for left, right in joined:
        assert texts[texts.index(left) + 1] == right
    assert out.lines[:2] == page.lines[:2]
    assert "".join(texts) == "".join(ln.text for ln in page.lines)


def test_a_box_stretched_back_over_its_neighbours_last_character_is_trimmed() -> None:
    # Row 9's second-column line is boxed from 32 px (over a character) left of the first
    # column's end, and the line beside it boxed short, ending where it starts (the detector
    # moved the boundary between them): its characters fit its own column, so it is moved
    # there; holding one more character (run on from the column before), it is left.
    page, _, _ = _stretched()
    beside = next(ln for ln in page.lines if ln.text.startswith("甲09"))
    assert beside.box is not None
    a = beside.box
    x0 = COLS[0] + CHAR * PER_LINE - 32
    page = _replaced(page, beside.text, OcrLine(beside.text, Box(a.x0, a.y0, x0, a.y1), 0.99))
    _moved_to_its_column_unless_one_more(page, x0, cut_off=True)


def test_a_stop_wrapped_onto_a_line_of_its_own_and_boxed_into_the_gutter_is_moved() -> None:
    """A column's last line holding only the stop that ends its paragraph: the detector grew
    its box to the left, into the gutter up to the line beside it, which hides the gutter; it
    is moved to its column. A stop boxed inside its column stays as it is."""
    page, _, _ = _page()
    y0 = 200 + 12 * LEAD
    beside = _line("甲十二" + "字" * (PER_LINE - 3), COLS[0], 12)
    stop = OcrLine("。", Box(COLS[0] + CHAR * PER_LINE + 4, y0, COLS[1] + 14, y0 + 28), 0.99)
    out = split_across_gutters(OcrPage(page.source, page.format, (*page.lines, beside, stop)))
    moved = out.lines[-1]
    assert moved.text == "。" and moved.box is not None
    assert moved.box.x0 >= COLS[1] - 1 and moved.box.x1 == stop.box.x1
    inside = OcrLine("。", Box(COLS[1], y0, COLS[1] + 14, y0 + 28), 0.99)
    kept = OcrPage(page.source, page.format, (*page.lines, beside, inside))
    assert split_across_gutters(kept) is kept


def test_a_short_line_boxed_tall_and_stretched_back_to_its_neighbours_end_is_moved() -> None:
    """A paragraph's short last line in the second column, boxed 1.3 body lines tall and
    stretched back over the gutter to under the last character of the line before it on its
    row: moved to its column. The same box with no line ending there (nothing it was
    stretched to meet: a deck over the columns) stays as it is."""
    page, _, _ = _page()
    old = next(ln for ln in page.lines if ln.text.startswith("乙05"))
    assert old.box is not None
    b = old.box
    text = "力大幅提升。"
    x0 = COLS[0] + CHAR * PER_LINE - 16
    tall = OcrLine(text, Box(x0, b.y0 - 4, COLS[1] + CHAR * len(text), b.y0 + 32), 0.99)
    out = split_across_gutters(_replaced(page, old.text, tall))
    moved = next(ln for ln in out.lines if ln.text == text).box
    assert moved is not None and moved.x0 >= COLS[1] - 1
    beside = next(ln for ln in page.lines if ln.text.startswith("甲05"))
    alone = _replaced(_replaced(page, old.text, tall), beside.text, _line("甲", COLS[0], 5))
    out = split_across_gutters(alone)
    kept = next(ln for ln in out.lines if ln.text == text).box
    assert kept is not None and kept.x0 == x0


def test_a_line_run_on_by_two_characters_into_the_next_column_is_cut_at_the_grid() -> None:
    """The last row: a first-column line boxed with the two characters that end the second
    column's paragraph. The box is barely wider than the lines around it, but it starts at
    the page's left margin and ends two characters past a gutter of the page's column grid:
    cut there."""
    page, _, _ = _page(rows=12)
    last = [ln for ln in page.lines if ln.box is not None and ln.box.y0 >= 200 + 11 * LEAD]
    left = next(ln for ln in last if ln.text.startswith("甲"))
    assert left.box is not None
    b = left.box
    run_on = OcrLine(left.text + "会。", Box(b.x0, b.y0, COLS[1] + 2 * CHAR, b.y1), 0.97)
    lines = [ln for ln in page.lines if ln not in last or ln.text.startswith("丙")]
    lines.insert(len(lines) - 1, run_on)
    out = split_across_gutters(OcrPage(page.source, page.format, tuple(lines)))
    texts = [ln.text for ln in out.lines]
    assert texts[texts.index(left.text) + 1] == "会。"
    part = out.lines[texts.index("会。")].box
    assert part is not None and part.x0 >= COLS[1] - 1


def _brief(joined: tuple[int, ...], gap_rows: int) -> tuple[OcrPage, list[tuple[str, str]]]:
    """Twelve rows of three columns, then ``gap_rows`` rows lower a short story of as many
    rows as ``joined`` has, in the same columns: in row r its lines of columns joined[r] and
    joined[r] + 1 are one box (-1: none)."""
    page, _, _ = _page(rows=12)
    lines = list(page.lines)
    pairs: list[tuple[str, str]] = []
    for r, c in enumerate(joined):
        y0 = 200 + (12 + gap_rows + r) * LEAD
        texts = [f"{'子丑寅'[k]}{r}" + "文" * (PER_LINE - 2) for k in range(3)]
        k = 0
        while k < 3:
            if k == c:
                box = Box(COLS[k], y0, COLS[k + 1] + CHAR * PER_LINE, y0 + 28)
                lines.append(OcrLine(texts[k] + texts[k + 1], box, 0.97))
                pairs.append((texts[k], texts[k + 1]))
                k += 2
            else:
                box = Box(COLS[k], y0, COLS[k] + CHAR * PER_LINE, y0 + 28)
                lines.append(OcrLine(texts[k], box, 0.99))
                k += 1
    return OcrPage(page.source, page.format, tuple(lines)), pairs


def test_run_on_boxes_of_a_short_story_are_cut_once_the_rows_around_them_are() -> None:
    """A short story three rows long under a band of three columns, its last two rows' first
    two columns each boxed as one: one of them shows its gutter only once the other is cut
    (a second look at the page's grid, with the parts cut so far)."""
    page, pairs = _brief((-1, 0, 0), gap_rows=4)
    texts = [ln.text for ln in split_across_gutters(page).lines]
    for left, right in pairs:
        assert texts[texts.index(left) + 1] == right
    assert "".join(texts) == "".join(ln.text for ln in page.lines)


def _run_on_story(digits: bool) -> tuple[OcrPage, list[tuple[str, str]]]:
    """Twelve rows of three columns, and eight rows lower a story of seven rows in the same
    columns whose middle five rows' first two lines are each boxed as one (listed row by
    row); ``digits``: its first column's lines end with a digit (set narrower than a cell)."""
    page = _in_cells(_page(rows=12)[0])
    lines = list(page.lines)
    pairs: list[tuple[str, str]] = []
    for r in range(7):
        y0 = 200 + (20 + r) * LEAD
        texts = ["子丑寅"[k] + "一二三四五六七"[r] + "文" * (PER_LINE - 2) for k in range(3)]
        if digits:
            texts[0] = texts[0][:-1] + "1"
        if 1 <= r <= 5:
            box = Box(COLS[0], y0, COLS[1] + CHAR * PER_LINE, y0 + 28)
            lines.append(OcrLine(texts[0] + texts[1], box, 0.97))
            pairs.append((texts[0], texts[1]))
        else:
            lines.extend(
                OcrLine(texts[k], Box(COLS[k], y0, COLS[k] + CHAR * PER_LINE, y0 + 28), 0.99)
                for k in range(2)
            )
        lines.append(OcrLine(texts[2], Box(COLS[2], y0, COLS[2] + CHAR * PER_LINE, y0 + 28), 0.99))
    return OcrPage(page.source, page.format, tuple(lines)), pairs


def test_a_run_on_whose_columns_lines_around_are_all_run_ons_is_cut_by_its_character_count() -> (
    None
):
    """The story's middle row: the lines of its columns two rows over and under it are all
    run-on boxes too, so none shows it is running text of its columns; but its first part
    holds as many characters as the whole lines with its edges near it (the story's first and
    last rows, the neighbouring rows' parts once cut): a column's line, cut. With a digit in
    each of the first column's lines (no character count to go by) the looks leave it whole;
    the last look at the lines still whole (``gutters._whole_run_ons``) cuts it, its rows
    over and under as placed then showing its columns."""
    page, pairs = _run_on_story(digits=False)
    texts = [ln.text for ln in split_across_gutters(page).lines]
    for left, right in pairs:
        assert texts[texts.index(left) + 1] == right
    assert "".join(texts) == "".join(ln.text for ln in page.lines)
    page, pairs = _run_on_story(digits=True)
    texts = [ln.text for ln in split_across_gutters(page).lines]
    assert all(texts[texts.index(a) + 1] == b for a, b in pairs)


def _row(page: OcrPage, row: int) -> list[OcrLine]:
    """The lines of a row of :func:`_page`, left to right."""
    found = [
        ln for ln in page.lines if ln.box is not None and round((ln.box.y0 - 200) / LEAD) == row
    ]
    return sorted(found, key=lambda ln: ln.box.x0 if ln.box is not None else 0.0)


def test_a_run_on_boxs_end_stretched_into_the_next_columns_indent_holds_no_character() -> None:
    """Row 8's run-on over the first two columns (whose gutter the stretched boxes hide) is
    boxed 30 px past the second column's end, over the next gutter into the blank of the third
    column's indented line beside it. Its characters fill the two columns exactly: it is cut at
    their gutter alone, the second part ending at its column's end."""
    page, left, right = _stretched(merged_row=8)
    page, left, right = _in_cells(page), left.translate(_HAN), right.translate(_HAN)
    joined = next(ln for ln in page.lines if ln.text == left + right)
    third = next(ln for ln in page.lines if ln.text.startswith("丙〇八"))
    assert joined.box is not None and third.box is not None
    b = joined.box
    stretched = OcrLine(joined.text, Box(b.x0, b.y0, COLS[2] + 30, b.y1), 0.97)
    indented = OcrLine(third.text[2:], Box(COLS[2] + 2 * CHAR, b.y0, third.box.x1, b.y1), 0.99)
    lines = [stretched if ln is joined else indented if ln is third else ln for ln in page.lines]
    out = split_across_gutters(OcrPage(page.source, page.format, tuple(lines)))
    texts = [ln.text for ln in out.lines]
    assert texts[texts.index(left) + 1] == right
    part = out.lines[texts.index(right)].box
    assert part is not None and part.x1 <= COLS[1] + CHAR * PER_LINE + 1
    assert "".join(texts) == "".join(ln.text for ln in lines)


def test_run_on_boxes_cut_a_character_off_are_cut_again_where_their_columns_are_filled() -> None:
    """Under three columns whose boxes the detector stretched into the first gutter, a short
    story of three rows, each row's first two lines boxed as one: cut at the gaps the lines
    around leave, in proportion, a character goes to the wrong column (the gap is not the
    gutter). Cut again at the column grid, each first part holds its column's whole line:
    that cut, as many parts, replaces the first."""
    page = _in_cells(_stretched()[0])
    lines = list(page.lines)
    pairs = []
    for r in range(3):
        y0 = 200 + (17 + r) * LEAD
        texts = ["子丑寅"[k] + "一二三"[r] + "文" * (PER_LINE - 2) for k in range(3)]
        box = Box(COLS[0], y0, COLS[1] + CHAR * PER_LINE, y0 + 28)
        lines.append(OcrLine(texts[0] + texts[1], box, 0.97))
        lines.append(OcrLine(texts[2], Box(COLS[2], y0, COLS[2] + CHAR * PER_LINE, y0 + 28)))
        pairs.append((texts[0], texts[1]))
    out = split_across_gutters(OcrPage(page.source, page.format, tuple(lines)))
    texts = [ln.text for ln in out.lines]
    for left, right in pairs:
        assert texts[texts.index(left) + 1] == right


def test_a_short_tall_line_stretched_back_to_its_neighbour_is_trimmed_where_no_grid_shows() -> None:
    """A column's first line of four characters (a percent sign read as a bracket, a stop's
    ink in the left half of its cell), boxed 1.36 body lines tall from 12 px past the end of
    the line before it on its row, over the gutter: in a story of five rows (too few for the
    page's column grid) the lines around show the gutter, and the box is trimmed back to its
    column, its characters' ink (the stop's half a cell) still in it. With no line ending
    before it on its row (nothing it was stretched to meet: a deck) it stays as it is."""
    page, _, _ = _page(rows=5)
    old = next(ln for ln in page.lines if ln.text.startswith("乙02"))
    assert old.box is not None
    b = old.box
    text = "」以上。"
    tall = OcrLine(text, Box(COLS[0] + CHAR * PER_LINE + 12, b.y0 - 5, COLS[1] + 65, b.y0 + 33))
    out = split_across_gutters(_replaced(page, old.text, tall))
    moved = next(ln for ln in out.lines if ln.text == text).box
    assert moved is not None and moved.x0 >= COLS[1] - 1
    beside = next(ln for ln in page.lines if ln.text.startswith("甲02"))
    alone = _replaced(_replaced(page, old.text, tall), beside.text, _line("甲", COLS[0], 2))
    kept = next(ln for ln in split_across_gutters(alone).lines if ln.text == text).box
    assert kept == tall.box


def _four_columns(first_row: list[tuple[str, float, float]]) -> OcrPage:
    """A title over four columns of twelve characters (x 60, 400, 740, 1080: gutters of 52
    px), its first row (text, x0, x1) right under it, closer than a body line, then nine
    rows of whole lines."""
    cols = (60.0, 400.0, 740.0, 1080.0)
    lines = [OcrLine("标题横跨四栏的大字标题", Box(100, 110, 1330, 160), 0.99)]
    lines += [OcrLine(t, Box(x0, 166, x1, 194), 0.97) for t, x0, x1 in first_row]
    for row in range(1, 10):
        y0 = 166 + row * LEAD
        for c, x in enumerate(cols):
            text = f"{'甲乙丙丁'[c]}{row:02d}" + "字" * 9
            lines.append(OcrLine(text, Box(x, y0, x + CHAR * 12, y0 + 28), 0.99))
    return OcrPage("p.json", "paddle-json", tuple(lines))


def test_a_run_on_first_row_under_a_title_with_column_lines_beside_it_is_cut() -> None:
    """Right under a title spanning its columns, the first row of a story in narrow columns
    (dev/page-113: five columns, 17 px under the title) holds a run-on box across a gutter,
    within the title's span: taken for a deck, it was never cut, and its two columns read as
    one. Two lines of the columns beside it on its row say it is their first row: a deck
    stands alone on its row."""
    a, b = "甲00" + "字" * 7, "乙00" + "字" * 9  # (its first line indented two characters)
    c, d = "丙00" + "字" * 9, "丁00" + "字" * 9
    page = _four_columns([(a + b, 108, 400 + 12 * CHAR), (c, 740, 1028), (d, 1080, 1368)])
    assert [ln.text for ln in split_across_gutters(page).lines[1:5]] == [a, b, c, d]
    # A deck broken in two at a space (one piece beside it) is still the title's deck.
    deck = [
        ("副题前半部分横跨两栏的文字内容", 300, 300 + 15 * CHAR),
        ("副题后半部分", 760, 760 + 6 * CHAR),
    ]
    page = _four_columns(deck)
    assert split_across_gutters(page).lines[1:3] == page.lines[1:3]


def test_a_box_grown_over_the_gutter_and_the_next_columns_indent_is_trimmed_back() -> None:
    """A full line of the first column boxed on over the gutter and over the blank of the
    second column's indent, to where that column's indented line on its row starts
    (dev/page-141: 新修订的《征兵工作条例》，自 boxed 83 px past its characters, into a
    paragraph's indent; the two columns were read row by row). Its characters fill its column
    before the gutter: trimmed back to it. A box reaching as far but holding characters past
    the gutter (too many to fit before it) keeps them there."""
    page, _, _ = _page()
    lines = list(page.lines)
    k = 5 * 3  # row 5, first column
    box, nxt = lines[k].box, lines[k + 1]
    assert box is not None and nxt.box is not None
    start = COLS[1] + 2 * CHAR
    lines[k] = OcrLine(lines[k].text, Box(box.x0, box.y0, start, box.y1), 0.99)
    indented = nxt.text[: PER_LINE - 2]
    lines[k + 1] = OcrLine(indented, Box(start, nxt.box.y0, start + CHAR * 15, nxt.box.y1), 0.99)
    out = split_across_gutters(OcrPage("p.json", "paddle-json", tuple(lines)))
    assert [ln.text for ln in out.lines] == [ln.text for ln in lines]
    trimmed = out.lines[k].box
    assert trimmed is not None and trimmed.x1 <= COLS[0] + CHAR * PER_LINE + 1
    lines[k] = OcrLine(lines[k].text + "末末末", Box(box.x0, box.y0, start, box.y1), 0.99)
    out = split_across_gutters(OcrPage("p.json", "paddle-json", tuple(lines)))
    assert "".join(ln.text for ln in out.lines).count("末") == 3
    assert any("末" in ln.text and ln.box is not None and ln.box.x0 >= COLS[1] for ln in out.lines)


def test_a_part_cut_at_a_grid_gutter_is_filled_by_lines_starting_a_third_character_off() -> None:
    """A part of a run-on box cut at the page grid starts where the grid's gutter ends (a
    median over the page); the lines of its column near it start 7 px left of that at a
    24.4 px pitch (dev/page-141's 李强 column: 818 and 825 px, the grid gutter ending at 825).
    Two of them holding as many characters as the part show it is that column's whole line."""
    part = OcrLine("神，深人落实习近平总书记关于", Box(825.0, 2524.0, 1169.6, 2559.0), 0.99)
    window = [(2505.0, 817.9, 1168.8), (2577.0, 817.9, 1169.6), (2648.0, 817.9, 1167.9)]
    cells = {w: 14.0 for w in window}
    assert _filled(part, window, cells, 24.4)
    # (A line starting half a character off is another column's, or indented.)
    far = [(cy, x0 - 5.0, x1) for cy, x0, x1 in window]
    assert not _filled(part, far, {w: 14.0 for w in far}, 24.4)


def test_a_line_set_a_little_small_across_two_columns_is_no_run_on() -> None:
    """A story's first paragraph set in one line across both its columns, a little smaller
    than the body type (40 characters in 900 px at a 24 px pitch, its 48 px gutter left out
    21.3 px a character: just over the smallest a run-on box reads as), the columns under it
    showing their gutter by a clear gap: the first look does not cut it there, for its box
    holds its characters short by more than half that gutter: no gutter's blank is in it
    (test10/page-10). A box of the same characters holding the gutter's blank is cut."""
    lx, rx = 100.0, 100.0 + 20 * CHAR + 2 * CHAR
    rows = sorted(
        (160 + row * LEAD + 14, x, x + 20 * CHAR) for row in range(1, 8) for x in (lx, rx)
    )
    centres = [c for c, _, _ in rows]
    for width, cut in ((900.0, False), (930.0, False), (40 * CHAR + 2 * CHAR, True)):
        lead = OcrLine("导语" + "小" * 38, Box(lx, 160, lx + width, 188), 0.99)
        parts = _cut(lead, rows, centres, rows, 28.0, CHAR)
        assert (parts is not None) == cut, width
