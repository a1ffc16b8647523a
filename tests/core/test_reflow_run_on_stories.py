"""Stories whose rows the detector boxed run on over a narrow gutter (the rules of
:mod:`desktop.core.reflow.gutters` that read such a story's columns off its own rows)."""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.grid import BandGrids
from desktop.core.reflow.gutters import _cut_crossing_parts, split_across_gutters
from tests.core.real_ocr import DATA, score_page

CHAR = 24.0
LEAD = 36.0
HEIGHT = 28.0


def _box(text: str, x0: float, y0: float, width: float | None = None) -> OcrLine:
    w = CHAR * len(text) if width is None else width
    return OcrLine(text, Box(x0, y0, x0 + w, y0 + HEIGHT), 0.99)


def _two_narrow_columns(first: OcrLine) -> OcrPage:
    """A title over two narrow columns (11 characters, a gutter of two), ``first`` the first
    row right under the title, the other rows boxed a line a column."""
    left, right = 60.0, 60.0 + 13 * CHAR
    title = OcrLine("标题居中两栏之上", Box(100, 120, 600, 165), 0.99)
    lines = [title, first]
    for row in range(1, 14):
        y0 = 180 + row * LEAD
        lines.append(_box(f"丙{row:02d}" + "丙" * 8, left, y0))
        lines.append(_box(f"丁{row:02d}" + "丁" * 8, right, y0))
    return OcrPage("p.json", "paddle-json", tuple(lines))


def test_a_run_on_first_row_under_a_title_within_its_span_is_cut_at_the_gutter_under_it() -> None:
    """The first row of two narrow columns, indented and ending short, boxed as one line right
    under their title and within its span, is no deck: the rows under it show the gutter it
    runs on over, and its box is as much wider than its characters as that gutter."""
    left, right = "甲" * 9, "乙" * 10
    # (Indented two characters; the right column's part ends a paragraph a character short.)
    run_on = _box(left + right, 60.0 + 2 * CHAR, 180.0, width=(9 + 2 + 10) * CHAR)
    out = split_across_gutters(_two_narrow_columns(run_on))
    assert [ln.text for ln in out.lines[1:3]] == [left, right]
    # A deck as wide as its characters there bridges the gutter on purpose.
    deck = _box("副题" * 9, 108.0, 180.0)
    page = _two_narrow_columns(deck)
    assert split_across_gutters(page).lines[1] == deck


def _run_on_story(gutter: float) -> tuple[OcrPage, list[tuple[str, str]]]:
    """A title over a story in two columns of 12 characters ``gutter`` px apart, every row
    boxed as one line across both but row 3 (a paragraph's end in the left column, a
    paragraph's indented start in the right one) and row 6 (two boxes, the right one
    stretched back a character and a half into the left column's last characters). The
    (left, right) texts of each row."""
    left_x = 100.0
    right_x = left_x + 12 * CHAR + gutter
    title = OcrLine("两栏通栏大字标题", Box(250, 100, 650, 145), 0.99)
    lines = [title]
    rows: list[tuple[str, str]] = []
    for row in range(9):
        y0 = 160 + row * LEAD
        n = "零一二三四五六七八"[row]
        a, b = f"左{n}" + "文" * 10, f"右{n}" + "字" * 10
        if row == 3:
            a, b = "左三" + "文" * 4 + "。", "右三" + "字" * 8
            lines.append(_box(a, left_x, y0))
            lines.append(_box(b, right_x + 2 * CHAR, y0))
        elif row == 6:
            lines.append(_box(a, left_x, y0))
            lines.append(
                _box(b, right_x - gutter - 1.5 * CHAR, y0, 12 * CHAR + gutter + 1.5 * CHAR)
            )
        else:
            lines.append(_box(a + b, left_x, y0, 24 * CHAR + gutter))
        rows.append((a, b))
    # (And a story of its own beside it, a column of whole lines: the page's body pitch.)
    lines.extend(_box("旁栏正文" * 3, 800.0, 160 + row * LEAD) for row in range(16))
    return OcrPage("p.json", "paddle-json", tuple(lines)), rows


def test_a_story_whose_every_row_is_run_on_over_its_gutter_is_cut_at_it() -> None:
    """A story in two equal columns whose rows the detector boxed run on over the gutter, row
    after row (no column's line whole, no gap a few lines show): its full rows are as much
    wider than their characters as the gutter, and its rows that show the gutter (a
    paragraph's end in the left column, an indented start in the right) agree with equal
    columns of half their characters: every run-on row is cut there, and a box stretched
    from the right column into the left one's last characters is trimmed back to it."""
    gutter = 1.5 * CHAR
    page, rows = _run_on_story(gutter)
    out = split_across_gutters(page)
    texts = [ln.text for ln in out.lines[1:] if not ln.text.startswith("旁栏")]
    assert texts == [t for pair in rows for t in pair]
    right_x = 100.0 + 12 * CHAR + gutter
    for ln in out.lines[1 : 1 + len(texts)]:
        assert ln.box is not None
        assert ln.box.x1 <= 100 + 12 * CHAR + 1 or ln.box.x0 >= right_x - 1, ln.text
    # A story in one wide column, its rows as wide as their characters, is left whole.
    wide, _ = _run_on_story(0.0)
    assert [ln.text for ln in split_across_gutters(wide).lines] == [ln.text for ln in wide.lines]


def test_a_short_storys_first_row_run_on_under_its_title_is_cut_at_the_gutter_under_it() -> None:
    """A story of four rows in three columns under its title, set in the columns of the story
    over it, its first row's last two columns boxed as one line within the title's span:
    the rows under it show the gutter (two lines a side: a line lost), and its box is wider
    than its characters by that gutter alone (less than a deck in larger type is wider):
    cut there."""
    gutter = 1.75 * CHAR
    xs = [60.0 + k * (14 * CHAR + gutter) for k in range(3)]
    lines = [_box("庚辛壬"[k] * 14, xs[k], 100 + row * LEAD) for row in range(10) for k in range(3)]
    top = 100 + 10 * LEAD + 20
    title = OcrLine("短讯通栏标题横跨三栏", Box(200, top, 1140, top + 45), 0.99)
    left, right = "乙" * 14, "丙" * 14
    first = top + 60
    lines += [
        title,
        _box("甲" * 14, xs[0], first),
        _box(left + right, xs[1], first, 28 * CHAR + gutter),
    ]
    for row in (1, 2, 3):
        # (The detector lost the second column's line of row 2: two lines under it a side.)
        lines.extend(
            _box("丁戊己"[k] * 14, xs[k], first + row * LEAD)
            for k in range(3)
            if (row, k) != (2, 1)
        )
    out = split_across_gutters(OcrPage("p.json", "paddle-json", tuple(lines)))
    texts = [ln.text for ln in out.lines]
    assert texts[texts.index("甲" * 14) + 1 :][:2] == [left, right]


def _titled_run_on_story(
    indented_first: bool, seams: bool = False
) -> tuple[OcrPage, tuple[str, str]]:
    """A story in two columns (13 and 12 characters, a gutter of one and a half: not equal)
    under a story set in the same columns, boxed a line a column; the lower story under its
    own title, its first seven rows boxed run on over the gutter and the rest a line a column
    (or, ``seams``, with no story over it: its last rows boxed a line a column, each box
    stretched into the gutter to meet the other), its first row a paragraph's opening,
    indented two characters (or not, ``indented_first`` False). The first row's (left,
    right) texts."""
    left_x = 60.0
    right_x = left_x + 13 * CHAR + 1.5 * CHAR
    lines = [OcrLine("上栏通栏标题", Box(200, 40, 500, 85), 0.99)]
    for row in range(0 if seams else 10):
        y0 = 100 + row * LEAD
        n = "零一二三四五六七八九"[row]
        lines.append(_box(f"丙{n}" + "丙" * 11, left_x, y0))
        lines.append(_box(f"丁{n}" + "丁" * 10, right_x, y0))
    # (Far enough under it that no line of it stands within a window of the first row.)
    top = 100 + 10 * LEAD + 240
    lines.append(OcrLine("下栏通栏标题居中", Box(150, top, 600, top + 45), 0.99))
    first: tuple[str, str] = ("", "")
    for row in range(12):
        y0 = top + 60 + row * LEAD
        n = "零一二三四五六七八九十百"[row]
        a, b = f"甲{n}" + "甲" * 11, f"乙{n}" + "乙" * 10
        x0 = left_x
        if row == 0 and indented_first:
            # (A date in it: its digits, set narrower than a character, leave the row's box
            # wider than its characters at the body's pitch by more than the gutter.)
            a, x0 = "甲零12月31日甲甲甲", left_x + 2 * CHAR
        if row == 0:
            first = (a, b)
        if row >= 7:
            # (Rows boxed a line a column, a window's reach under the first: no line near it
            # shows its gutter before the grid's look.)
            if seams:
                lines.append(_box(a, left_x, y0))
                lines.append(_box(b, right_x, y0))
            else:
                lines.append(_box(a, left_x, y0))
                lines.append(_box(b, right_x, y0))
            continue
        lines.append(_box(a + b, x0, y0, right_x + 12 * CHAR - x0))
    if seams:
        # (And a story of its own beside it, a column of whole lines: the page's body pitch.)
        lines.extend(
            _box("旁栏正文" * 2, 800.0 + k * 9 * CHAR, top + 60 + row * LEAD)
            for row in range(16)
            for k in range(3)
        )
    return OcrPage("p.json", "paddle-json", tuple(lines)), first


def test_a_run_on_first_row_under_a_title_is_cut_where_the_rows_under_it_were() -> None:
    """A story under its title whose every row the detector boxed run on over the gutter of
    the page's columns: the rows under the title are cut at the grid's gutter (each part fills
    its column's line, as the whole lines of the story over it do); the first row, a
    paragraph's indented opening, holds fewer characters than a whole line, and no line as
    boxed over or under it shows its columns, but the rows under it as cut do: it is cut
    there too, not left to read across both columns. (Its characters are shared out at the
    body's pitch: the date's digits, set narrow, leave the cut a character or two late.)"""
    gutter = (60.0 + 13 * CHAR, 60.0 + 14.5 * CHAR)
    for indented in (True, False):
        page, (left, right) = _titled_run_on_story(indented)
        out = split_across_gutters(page)
        first = [ln for ln in out.lines if ln.box is not None and 750 < ln.box.y0 < 770]
        assert "".join(ln.text for ln in first) == left + right
        assert len(first) == 2, (indented, [ln.text for ln in first])
        assert first[0].box is not None and first[1].box is not None
        assert first[0].box.x1 <= gutter[0] + 1 and first[1].box.x0 >= gutter[1] - 1


def test_a_run_on_first_row_under_a_title_is_cut_once_the_rows_under_it_are_cut_at_a_seam() -> None:
    """As above, in a story whose columns are not the page's (a story in three other columns
    beside it): the rows under its title are cut at the gutter its own lines under them show
    (the seams' look, not the grid's), and the first row, shown by no line as boxed near it,
    once they are."""
    gutter = (60.0 + 13 * CHAR, 60.0 + 14.5 * CHAR)
    page, (left, right) = _titled_run_on_story(True, seams=True)
    out = split_across_gutters(page)
    first = [
        ln for ln in out.lines if ln.box is not None and 750 < ln.box.y0 < 770 and ln.box.x0 < 800
    ]
    assert "".join(ln.text for ln in first) == left + right
    assert len(first) == 2, [ln.text for ln in first]
    assert first[0].box is not None and first[1].box is not None
    assert first[0].box.x1 <= gutter[0] + 1 and first[1].box.x0 >= gutter[1] - 1


def test_a_cut_lines_part_still_across_a_grid_gutter_is_cut_where_the_rows_around_are() -> None:
    """A story in three columns whose rows the looks before cut at both gutters but one, cut
    at the first gutter only (its last two columns' characters one too many for equal
    columns: a glyph read as two), its last part running on over the second gutter: the
    rows over and under it, as placed now, show that column and are cut there. The part is
    cut there too, the parts before it stand (dev/page-214: ``…全党全国推进改革开放…`` read
    across two columns). A part that crosses no grid gutter is left as it is."""
    gutter = 1.75 * CHAR
    xs = [100.0 + k * (14 * CHAR + gutter) for k in range(3)]
    placed: list[OcrLine] = []
    for row in range(9):
        if row == 4:
            continue
        y0 = 200 + row * LEAD
        placed.extend(_box("甲乙丙"[k] + "文" * 13, xs[k], y0) for k in range(3))
    y0 = 200 + 4 * LEAD
    first = _box("甲四" + "文" * 12, xs[0], y0)
    rest = _box("乙四" + "字" * 12 + "丙四" + "词" * 12, xs[1], y0, 28 * CHAR + gutter)
    keys = sorted((b.cy, b.x0, b.x1) for ln in [*placed, first, rest] if (b := ln.box))
    centres = [k[0] for k in keys]
    counts = {(b.cy, b.x0, b.x1): len(ln.text) for ln in [*placed, first, rest] if (b := ln.box)}
    grids = BandGrids(keys, HEIGHT, CHAR)
    assert rest.box is not None
    assert [round(e) for e, _ in grids.at(rest.box.cy)] == [
        round(xs[k] + 14 * CHAR) for k in (0, 1)
    ]
    cut = {7: [first, rest]}
    _cut_crossing_parts(cut, grids, keys, centres, keys, HEIGHT, CHAR, counts)
    assert [ln.text for ln in cut[7]] == [
        "甲四" + "文" * 12,
        "乙四" + "字" * 12,
        "丙四" + "词" * 12,
    ]
    assert cut[7][0] is first
    assert [round(ln.box.x0) for ln in cut[7] if ln.box] == [round(x) for x in xs]
    # (Its last part within its column: nothing to cut.)
    whole = {7: [first, _box("乙四" + "字" * 12, xs[1], y0)]}
    before = list(whole[7])
    _cut_crossing_parts(whole, grids, keys, centres, keys, HEIGHT, CHAR, counts)
    assert whole[7] == before


def test_real_ocr_rows_run_on_over_the_last_two_of_three_columns() -> None:
    # dev/page-214: the top story's rows boxed run on over three columns; one of them cut at
    # the first gutter only (17/23 paragraphs without the rule).
    s = score_page(DATA / "dev" / "page-214.json")
    assert s.matched >= 19


def _three_run_on_columns(lost: int, above: bool = True) -> tuple[OcrPage, int]:
    """A story of three columns (14 characters, a gutter of 1.75) under a story set in the
    same columns (the page's grid; or, ``above`` False, none: its row 6 boxed a line a
    column instead), its rows boxed run on over all three, row after row, but row 3 (a
    paragraph's end in the first column, a box over the other two); row 5 has lost ``lost``
    characters of its second column. A column of whole lines beside them (the page's body
    pitch). The page and row 5's index."""
    gutter = 1.75 * CHAR
    xs = [100.0 + k * (14 * CHAR + gutter) for k in range(3)]
    lines = [
        _box("庚辛壬"[k] * 14, xs[k], 100 + row * LEAD)
        for row in range(8 if above else 0)
        for k in range(3)
    ]
    top = 100 + 8 * LEAD + 20
    lines.append(OcrLine("三栏通栏大字标题在此", Box(300, top, 900, top + 45), 0.99))
    five = -1
    for row in range(10):
        y0 = top + 60 + row * LEAD
        c = "零一二三四五六七八九"[row]
        a, b, d = f"甲{c}" + "文" * 12, f"乙{c}" + "字" * 12, f"丙{c}" + "词" * 12
        if row == 3:
            lines.append(_box(f"甲{c}" + "文" * 5 + "。", xs[0], y0))
            lines.append(_box(b + d, xs[1], y0, 28 * CHAR + gutter))
            continue
        if row == 5:
            b = b[: len(b) - 1 - lost] + b[-1]
            five = len(lines)
        if row == 6 and not above:
            lines += [_box(t, x, y0) for t, x in zip((a, b, d), xs, strict=True)]
            continue
        lines.append(_box(a + b + d, xs[0], y0, 42 * CHAR + 2 * gutter))
    lines.extend(_box("旁栏正文" * 3, 1400.0, 100 + row * LEAD) for row in range(26))
    return OcrPage("p.json", "paddle-json", tuple(lines)), five


def test_a_run_on_row_the_looks_left_whole_is_cut_where_the_rows_around_it_are() -> None:
    """A story whose every row the detector boxed run on over its three columns: the looks
    cut its rows at the columns, but a row that lost two characters (its count off the
    columns' by more than the equal columns' look allows, its parts not shown by the rows
    around it as boxed) stayed whole and read across the three columns. At the end, the
    rows around it as placed show its columns: it is cut at their gutters (dev/page-219's
    first row, page-220, test11/page-09), its characters kept in order."""
    page, five = _three_run_on_columns(2)
    row = page.lines[five]
    out = split_across_gutters(page)
    assert row.box is not None
    parts = [ln for ln in out.lines if ln.box is not None and abs(ln.box.cy - row.box.cy) < 1]
    assert len(parts) == 3
    assert "".join(ln.text for ln in parts) == row.text
    for k, ln in enumerate(parts):  # (each within its column)
        x0 = 100.0 + k * 15.75 * CHAR
        assert ln.box is not None and x0 - 1 <= ln.box.x0 and ln.box.x1 <= x0 + 14 * CHAR + 1
    # (So with no story over it: the page's grid, drawn while its rows were whole, shows none
    # of its gutters; the lines as they stand at the end do.)
    page, five = _three_run_on_columns(2, above=False)
    row = page.lines[five]
    assert row.box is not None
    out = split_across_gutters(page)
    parts = [ln for ln in out.lines if ln.box is not None and abs(ln.box.cy - row.box.cy) < 1]
    assert len(parts) == 3 and "".join(ln.text for ln in parts) == row.text
    # (A row that lost one character the looks cut before.)
    page, _ = _three_run_on_columns(1)
    first = [ln for ln in split_across_gutters(page).lines if ln.text.startswith("甲五")]
    assert len(first) == 1 and first[0].box is not None and first[0].box.x1 <= 100 + 14 * CHAR + 1


def _short_run_on_story(lost: tuple[int, ...]) -> OcrPage:
    """A short story in two equal columns (12 characters, a gutter of one and a half) under
    its title: rows 0-2 boxed run on over the gutter, row 3 showing it (a paragraph's end in
    the left column, an indented opening in the right), row 4 its last, a line a column; the
    run-on rows of ``lost`` have lost two characters. A column of whole lines beside it (the
    page's body pitch)."""
    gutter = 1.5 * CHAR
    lx, rx = 100.0, 100.0 + 12 * CHAR + gutter
    lines = [OcrLine("两栏通栏大字标题", Box(250, 100, 650, 145), 0.99)]
    for row in range(5):
        y0 = 160 + row * LEAD
        n = "零一二三四"[row]
        a, b = f"左{n}" + "文" * 10, f"右{n}" + "字" * 10
        if row == 3:
            lines += [_box("左三文文文文。", lx, y0), _box("右三" + "字" * 8, rx + 2 * CHAR, y0)]
        elif row == 4:
            lines += [_box(a, lx, y0), _box("右四字字。", rx, y0)]
        else:
            text = a + b if row not in lost else a[:2] + a[4:] + b
            lines.append(_box(text, lx, y0, 24 * CHAR + gutter))
    lines.extend(_box("旁栏正文" * 3, 800.0, 100 + row * LEAD) for row in range(20))
    return OcrPage("p.json", "paddle-json", tuple(lines))


def test_equal_columns_are_read_off_the_full_rows_that_kept_their_characters() -> None:
    """A short story whose three full rows are boxed run on over its two equal columns, two
    of them having lost two characters (as the detector drops characters from a run-on row):
    the count most full rows hold (22) puts the gutter three and a half characters wide,
    too wide for a gutter; the count of the row that kept them (24) puts it where the rows
    showing the gutter agree (dev/page-219: 74, 76 and 74 characters in columns of 38). That
    row is cut at it."""
    out = split_across_gutters(_short_run_on_story((0, 2)))
    texts = [ln.text for ln in out.lines if ln.text[0] in "左右"]
    assert texts[1:3] == ["左一" + "文" * 10, "右一" + "字" * 10]
    # (With none lost, every run-on row is cut, as before.)
    out = split_across_gutters(_short_run_on_story(()))
    texts = [ln.text for ln in out.lines if ln.text[0] in "左右"]
    assert texts[:6] == [t for n in "零一二" for t in (f"左{n}" + "文" * 10, f"右{n}" + "字" * 10)]


def test_a_run_on_row_short_at_both_ends_between_its_storys_rows_is_no_deck() -> None:
    """A run-on row of the three-column story opening a paragraph (indented two characters)
    and ending one two characters short of the last column's end: short at both ends alike,
    it reads as a deck centred over the columns, and no look cut it (test10/page-14:
    ``河南冬小麦种植第一扩种冬小麦1.1万亩，``, its box ending short of its digits' line).
    Between rows of its story's columns as placed, over and under both its ends, and set at
    the body's pitch, it is running text: cut at the gutters. The same box holding a title's
    fewer characters, set wider, stays whole."""
    for above in (True, False):
        page, five = _three_run_on_columns(0, above=above)
        lines = list(page.lines)
        row = lines[five].box
        assert row is not None
        xs = [100.0 + k * 15.75 * CHAR for k in range(3)]
        box = Box(xs[0] + 2 * CHAR, row.y0, xs[2] + 12 * CHAR, row.y1)
        texts = ["甲五" + "文" * 10, "乙五" + "字" * 12, "丙五" + "词" * 10]
        lines[five] = OcrLine("".join(texts), box, 0.99)
        out = split_across_gutters(OcrPage("p.json", "paddle-json", tuple(lines)))
        parts = [ln.text for ln in out.lines if ln.box is not None and ln.box.cy == box.cy]
        assert parts == texts, above
        lines[five] = OcrLine("两栏之间居中的大字标题文字在此", box, 0.99)
        out = split_across_gutters(OcrPage("p.json", "paddle-json", tuple(lines)))
        assert lines[five].text in [ln.text for ln in out.lines]


def _short_story_under_title(first: OcrLine) -> OcrPage:
    """A story in two narrow columns (11 characters, a gutter of two) of twelve rows, the
    page's grid; under it a title over a short story in the same columns, ``first`` its first
    row right under the title, then two rows a column: the left column's lines whole, the
    right column's a paragraph's last line and the next paragraph's first, indented two
    characters."""
    left, right = 60.0, 60.0 + 13 * CHAR
    lines = [
        _box(text * 11, x, 60 + row * LEAD)
        for row in range(12)
        for text, x in (("戊", left), ("己", right))
    ]
    top = 800.0
    lines += [OcrLine("标题居中两栏之上", Box(100, top - 60, 600, top - 15), 0.99), first]
    lines += [_box("丙" * 11, left, top + row * LEAD) for row in (1, 2)]
    lines.append(_box("丁" * 7 + "。", right, top + LEAD))
    lines.append(_box("丁" * 9, right + 2 * CHAR, top + 2 * LEAD))
    return OcrPage("p.json", "paddle-json", tuple(lines))


def test_a_first_row_run_on_into_the_next_columns_first_characters_is_cut_at_the_gutter() -> None:
    """The first row under a title, a left column's indented line whose box grew over the
    gutter into the right column's first two characters (a paragraph's end there), is no
    deck and is cut at the gutter: only one line of the right column reaches under its box
    (the next starts an indent in, past its end), and the lines starting past its end show
    that column's start as well as those under it (:func:`gutters._starting_past`). A deck
    as wide as its characters there stays whole."""
    left, right = "甲" * 9, "乙。"
    run_on = _box(left + right, 60.0 + 2 * CHAR, 800.0, width=(9 + 2 + 2) * CHAR)
    out = split_across_gutters(_short_story_under_title(run_on))
    texts = [ln.text for ln in out.lines]
    assert texts[texts.index("标题居中两栏之上") + 1 :][:2] == [left, right]
    deck = _box("副题" * 5 + "副", 108.0, 800.0)
    page = _short_story_under_title(deck)
    assert deck in split_across_gutters(page).lines


def _four_columns_in_halves(cols: int = 10) -> tuple[OcrPage, list[float]]:
    """A story of four equal columns (``cols`` characters, a gutter of 1.75) under its title,
    each row boxed as two lines, one run on over the first two columns and one over the last
    two (as the detector, or a cut at the middle gutter, leaves them), but row 3: a
    paragraph's end in the first column, the second column's line boxed alone. A column of
    whole lines beside it (the page's body pitch). The page and the columns' starts."""
    gutter = 1.75 * CHAR
    xs = [100.0 + k * (cols * CHAR + gutter) for k in range(4)]
    half = 2 * cols * CHAR + gutter
    lines = [OcrLine("四栏通栏大字标题在此", Box(500, 100, 1000, 145), 0.99)]
    for row in range(6):
        y0 = 160 + row * LEAD
        c = "零一二三四五"[row]
        texts = [f"{n}{c}" + w * (cols - 2) for n, w in zip("甲乙丙丁", "文字词句", strict=True)]
        if row == 3:
            lines += [_box(f"甲{c}文文。", xs[0], y0), _box(texts[1], xs[1], y0)]
        else:
            lines.append(_box(texts[0] + texts[1], xs[0], y0, half))
        lines.append(_box(texts[2] + texts[3], xs[2], y0, half))
    lines.extend(_box("旁栏正文" * 3, xs[3] + 20 * CHAR, 100 + row * LEAD) for row in range(24))
    return OcrPage("p.json", "paddle-json", tuple(lines)), xs


def test_a_storys_full_rows_are_its_rows_across_it_however_many_boxes_hold_them() -> None:
    """A four-column story whose every row is boxed in two halves, each run on over two
    columns: no box runs across the whole story, so a half's story (the lines near it, the
    other half's among them) showed no full row. A full row is the row across the story,
    its boxes side by side a gutter apart: its characters together (four columns' worth)
    and its width put the four columns, and the first half is cut at its gutter
    (test12/page-12, a four-column story's rows cut at the middle gutter first)."""
    page, xs = _four_columns_in_halves()
    out = split_across_gutters(page)
    firsts = [ln for ln in out.lines if ln.text.startswith("甲零")]
    assert [ln.text for ln in firsts] == ["甲零" + "文" * 8]
    assert firsts[0].box is not None and firsts[0].box.x1 <= xs[1] - CHAR
    seconds = [ln for ln in out.lines if ln.text.startswith("乙零")]
    assert [ln.text for ln in seconds] == ["乙零" + "字" * 8]


def _deck_past_its_title(first: OcrLine) -> OcrPage:
    """A short title (seven characters, larger type) centred over ``first``, right under it,
    over a story of four columns (ten characters, a gutter of two) boxed a line a column
    (each paragraph's last line short). A column of whole lines beside it (the page's body
    pitch)."""
    assert first.box is not None
    xs = [100.0 + k * 12 * CHAR for k in range(4)]
    mid = (first.box.x0 + first.box.x1) / 2
    lines = [OcrLine("短短的大字标题", Box(mid - 140, 100, mid + 140, 145), 0.99), first]
    for row in range(9):
        y0 = 200 + row * LEAD
        for k, x in enumerate(xs):
            n = 5 if row % 3 == 2 else 10
            lines.append(_box("甲乙丙丁"[k] + "文" * (n - 1), x, y0))
    lines.extend(_box("旁栏正文" * 3, 1400.0, 100 + row * LEAD) for row in range(20))
    return OcrPage("p.json", "paddle-json", tuple(lines))


def test_a_deck_longer_than_its_title_centred_under_it_is_not_cut() -> None:
    """A deck longer than its title runs past the title's ends, as a story's first row run on
    over its columns does; but it is centred under the title wherever the columns' edges
    fall, and starts where no column's line under it starts and ends where none ends
    (test12/page-15: in type a fifth wider than the body's, its box no taller than a run-on
    body line's and as wide as its characters at the body's pitch and the gutters it
    crosses, its ends a character and two into the first and last columns, not alike). It
    is not cut at the gutters it crosses. The story's first row, run on over its columns
    from the first's start, its title centred over it, is cut."""
    deck = _box("副" * 24, 306.0, 150.0, 24 * CHAR + 3 * 2 * CHAR)
    out = split_across_gutters(_deck_past_its_title(deck))
    assert deck.text in [ln.text for ln in out.lines]
    texts = ["甲" * 10, "乙" * 10, "丙" * 10, "丁" * 10]
    first = _box("".join(texts), 100.0, 152.0, 40 * CHAR + 3 * 2 * CHAR)
    out = split_across_gutters(_deck_past_its_title(first))
    assert [ln.text for ln in out.lines[1:5]] == texts


def _narrow_gutter_story(gutter: float) -> tuple[OcrPage, list[tuple[str, str]]]:
    """A story in two columns of 12 characters ``gutter`` px apart under its title: its
    first three rows boxed a line a column (the left one stretched half a character into the
    gutter, the right one opening a paragraph, indented two characters), row 9 a paragraph's
    end in the left column beside the right column's line, every other row boxed run on
    over both columns. A column of whole lines beside it (the page's body pitch). The page
    and the (left, right) texts of the run-on rows."""
    lx, rx = 100.0, 100.0 + 12 * CHAR + gutter
    lines = [OcrLine("两栏通栏大字标题", Box(200, 100, 600, 145), 0.99)]
    runs: list[tuple[str, str]] = []
    for row in range(15):
        y0 = 160 + row * LEAD
        n = "零一二三四五六七八九十壹贰叁肆"[row]
        a, b = f"左{n}" + "文" * 10, f"右{n}" + "字" * 10
        if row < 3:
            lines += [_box(a, lx, y0, 12.5 * CHAR), _box(b[:10], rx + 2 * CHAR, y0)]
        elif row == 9:
            lines += [_box(a[:5] + "。", lx, y0), _box(b, rx, y0)]
        else:
            lines.append(_box(a + b, lx, y0, 24 * CHAR + gutter))
            runs.append((a, b))
    lines.extend(_box("旁栏正文" * 3, 900.0, 100 + row * LEAD) for row in range(20))
    return OcrPage("p.json", "paddle-json", tuple(lines)), runs


def test_run_on_rows_over_a_gutter_narrower_than_a_character_are_cut_at_it() -> None:
    """A story set with a gutter of 0.85 characters, its rows nearly all boxed run on over
    it: the rows boxed a line a column meet there row after row, a seam, but a seam is a
    character wide at least and runs to where those rows' right lines start (indented, as
    the detector boxes a row apart where a paragraph opens): over two characters. The run-on
    rows' characters at the body's pitch do not fill their boxes less that blank, and none
    was cut (test12/page-05). Less the blank the story's own full rows put (their width
    over their characters), they do: each is cut at the gutter, a column's line a side.
    (The two rows right under the seam's rows are cut at the seam by an earlier look, as
    before.)"""
    page, runs = _narrow_gutter_story(0.85 * CHAR)
    texts = [ln.text for ln in split_across_gutters(page).lines]
    for a, b in runs[2:]:
        assert a in texts and b in texts, a
