"""Stories whose rows the detector boxed run on over a narrow gutter (the rules of
:mod:`desktop.core.reflow.gutters` that read such a story's columns off its own rows)."""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import split_across_gutters

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
