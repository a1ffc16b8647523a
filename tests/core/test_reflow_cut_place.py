"""Where a run-on box is cut (:mod:`desktop.core.reflow.gutters`): the gutter's ends its
characters are shared out around, so each part takes its own column's characters."""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.gutters import _filled, split_across_gutters

CHAR = 24.0
LEAD = 36.0
HEIGHT = 28.0
LEFT = 60.0
RIGHT = LEFT + 13 * CHAR  # columns of 11 characters, a gutter of two


def _box(text: str, x0: float, y0: float, width: float | None = None) -> OcrLine:
    w = CHAR * len(text) if width is None else width
    return OcrLine(text, Box(x0, y0, x0 + w, y0 + HEIGHT), 0.99)


def _grid_and_title(
    xs: list[float] | tuple[float, ...], title: str, x0: float, x1: float, top: float
) -> list[OcrLine]:
    """Twelve rows boxed a line a column in the columns starting at ``xs`` (the page's grid,
    eleven characters each), and ``title`` over the story that starts at ``top``."""
    lines = [
        _box(text * 11, x, 60 + row * LEAD)
        for row in range(12)
        for text, x in zip("戊己庚辛", xs, strict=False)
    ]
    lines.append(OcrLine(title, Box(x0, top - 60, x1, top - 15), 0.99))
    return lines


def _story_over_indented_lines(indent: float) -> OcrPage:
    """A story in two columns of twelve rows boxed a line a column (the page's grid); under
    it a title over a story in the same columns whose every other row is boxed run on over
    the gutter, the rows between a full left line and a right line ``indent`` characters in
    (a paragraph's first line: its box grown a little past two characters)."""
    top = 800.0
    lines = _grid_and_title((LEFT, RIGHT), "标题居中两栏之上", 100, 600, top)
    for row in range(8):
        y0 = top + row * LEAD
        if row % 2 == 0:
            lines.append(_box("甲" * 11 + "乙" * 11, LEFT, y0, 24 * CHAR))
        else:
            lines.append(_box("丙" * 11, LEFT, y0))
            lines.append(_box("丁" * 9, RIGHT + indent * CHAR, y0))
    return OcrPage("p.json", "paddle-json", tuple(lines))


def test_a_gutter_shown_by_indented_lines_alone_ends_where_the_grid_column_starts() -> None:
    """The lines beside a run-on row show its gutter from the left column's ends to the
    right column's indented starts (its full lines are run on): the gutter ends where the
    page's grid column starts, not an indent in, and each part holds its column's eleven
    characters (shared out from the indent, the left part took a character of the right)."""
    out = split_across_gutters(_story_over_indented_lines(2.2))
    texts = [ln.text for ln in out.lines]
    assert texts.count("甲" * 11) == 4
    assert texts.count("乙" * 11) == 4
    for ln in out.lines:
        if ln.text == "乙" * 11:
            assert ln.box is not None and abs(ln.box.x0 - RIGHT) < CHAR / 2


def _story_under_a_lead(first: OcrLine) -> OcrPage:
    """A story in two columns of twelve rows boxed a line a column (the page's grid); under
    it a title, a lead of two lines set across both columns (20 and 18 characters), then a
    short story in the same columns: ``first`` its first row, two rows boxed a line a
    column under it."""
    top = 800.0
    lines = _grid_and_title((LEFT, RIGHT), "标题居中两栏之上", 100, 600, top)
    lines += [_box("导" * 20, LEFT, top), _box("导" * 18, LEFT, top + LEAD), first]
    assert first.box is not None
    for row in (1, 2):
        lines += [_box("丙" * 11, LEFT, first.box.y0 + row * LEAD)]
        lines += [_box("丁" * 11, RIGHT, first.box.y0 + row * LEAD)]
    return OcrPage("p.json", "paddle-json", tuple(lines))


def test_a_run_on_row_is_no_centred_deck_by_the_ends_of_a_lead_across_its_gutter() -> None:
    """A run-on row, a paragraph's indented first line on the left and a paragraph's last
    line on the right, stands two characters in from the left column's edge and would stand
    about as far in from the right one's if the lead's lines, set across the gutter, set
    that edge: a line across a gutter ends in no column, and the right column's own lines
    end four characters further right. The row is cut at the gutter."""
    left, right = "甲" * 9, "乙" * 6 + "。"
    run_on = _box(left + right, LEFT + 2 * CHAR, 800 + 2.4 * LEAD, 18 * CHAR)
    out = split_across_gutters(_story_under_a_lead(run_on))
    texts = [ln.text for ln in out.lines]
    assert texts[texts.index("导" * 18) + 1 :][:2] == [left, right]


def _story_with_a_run_on_row(run_on: str, over_left: str, over_right: str) -> list[str]:
    """The texts of the lines of a short story in the page's two columns (a story of twelve
    rows over it its grid), under its title, once cut: its first row ``over_left`` and
    ``over_right`` boxed a line a column, its second ``run_on`` boxed as one line over both
    columns' full width, three rows of full lines under it."""
    top = 800.0
    lines = _grid_and_title((LEFT, RIGHT), "标题居中两栏之上", 100, 600, top)
    lines += [_box(over_left, LEFT, top), _box(over_right, RIGHT, top)]
    lines.append(_box(run_on, LEFT, top + LEAD, 24 * CHAR))
    for row in (2, 3, 4):
        lines += [_box("丙" * 11, LEFT, top + row * LEAD), _box("丁" * 11, RIGHT, top + row * LEAD)]
    out = split_across_gutters(OcrPage("p.json", "paddle-json", tuple(lines)))
    return [ln.text for ln in out.lines[27:29]]


def test_a_part_under_a_line_running_on_opens_no_paragraph_the_blank_is_the_part_befores() -> None:
    """A run-on row of two full columns' width holding two characters fewer than they do:
    the cut, counting from the box's start, fills the left column and sets the right part
    an indent in. Under a line of its column that ends no sentence the right part opens no
    paragraph: the blank is the left part's, a paragraph's last line ending short (it ends
    a sentence) or a first line's indent (the line over it ends a sentence). Under a line
    that ends a sentence the right part is a paragraph's indented first line, as cut."""
    full_left, full_right = "丙" * 11, "丁" * 11
    # A paragraph's last line on the left, two characters short.
    ends = _story_with_a_run_on_row("甲" * 8 + "。" + "乙" * 11, full_left, full_right)
    assert ends == ["甲" * 8 + "。", "乙" * 11]
    # A paragraph's first line on the left, its indent under the box's start.
    opens = _story_with_a_run_on_row("甲" * 9 + "乙" * 11, "丙" * 6 + "。", full_right)
    assert opens == ["甲" * 9, "乙" * 11]
    # A paragraph's first line on the right, under a line ending a sentence.
    indented = _story_with_a_run_on_row("甲" * 11 + "乙" * 9, full_left, "丁" * 6 + "。")
    assert indented == ["甲" * 11, "乙" * 9]


def test_the_blank_of_a_part_set_an_indent_in_goes_back_to_the_part_that_may_hold_it() -> None:
    """A row run on over three columns, two characters fewer than they hold: the cut fills
    the first two columns and sets the third part an indent in, under a line of its column
    that ends no sentence. The second part, under a line ending no sentence too and ending
    none itself once it gives its last two characters on, holds no blank: the first does,
    a paragraph's first line (the line over it ends a sentence), its indent under the box's
    stretched start; the second hands on the two characters it gets."""
    xs = [LEFT + k * 13 * CHAR for k in range(3)]
    top = 800.0
    lines = _grid_and_title(xs, "三栏通栏标题横跨其上", 200, 900, top)
    lines += [_box("丙" * 6 + "。", xs[0], top), _box("丁" * 11, xs[1], top)]
    lines.append(_box("辛" * 11, xs[2], top))
    lines.append(_box("甲" * 9 + "乙" * 11 + "壬" * 11, xs[0], top + LEAD, 37 * CHAR))
    for row in (2, 3, 4):
        lines += [
            _box(text * 11, x, top + row * LEAD) for text, x in zip("丙丁辛", xs, strict=True)
        ]
    out = split_across_gutters(OcrPage("p.json", "paddle-json", tuple(lines)))
    row1 = [ln.text for ln in out.lines if ln.box is not None and ln.box.y0 == top + LEAD]
    assert row1 == ["甲" * 9, "乙" * 11, "壬" * 11]


def test_a_part_holding_a_quote_read_as_ascii_fills_its_columns_line() -> None:
    """A run-on line's part whose column's lines over and under it are run on too is shown by
    its characters filling that column's whole line (as many cells as the column's whole
    lines nearby hold). The detector reads the full-width quotes of running text as ASCII
    ones: each still takes a whole cell in print, and a part holding one fills its line."""
    window = [(100.0 + k * LEAD, RIGHT, RIGHT + 12 * CHAR) for k in range(3)]
    cells = {key: 12.0 for key in window}
    part = _box("乙乙" + '"' + "乙" * 8 + '"', RIGHT, 100.0 + 4 * LEAD, 12 * CHAR)
    assert _filled(part, window, cells, CHAR)
    # (One character short of the column's line is no whole line.)
    short = _box("乙乙" + '"' + "乙" * 8, RIGHT, 100.0 + 4 * LEAD, 12 * CHAR)
    assert not _filled(short, window, cells, CHAR)


def test_a_part_ending_in_a_stop_fills_its_columns_line_half_a_cell_short() -> None:
    """A run-on box ends at its ink: a part ending in a stop (set in its cell's left half)
    ends half a cell short of its column's whole lines, and still fills one."""
    window = [(100.0 + k * LEAD, RIGHT, RIGHT + 12 * CHAR) for k in range(3)]
    cells = {key: 12.0 for key in window}
    ends = _box("乙" * 11 + "。", RIGHT, 100.0 + 4 * LEAD, 11.5 * CHAR)
    assert _filled(ends, window, cells, CHAR)
    # (A part ending in a character ends with its column's lines.)
    runs = _box("乙" * 12, RIGHT, 100.0 + 4 * LEAD, 11.5 * CHAR)
    assert not _filled(runs, window, cells, CHAR)
