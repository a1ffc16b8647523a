"""A column's one box starting a little left of the rest does not make every line indented.

A column's left edge is where its lines start; indented lines (paragraph starts) only add to
it. On a probe page rendered from dev stories (six narrow columns), RapidOCR boxed the first
line of one column, a line running on from the column before, from 1.6 characters left of
where the column's other lines start (the box grown into the gutter, and shifted). Measured
from that box, every other line of the column stood indented, and each became a paragraph of
its own (14 pieces of one paragraph). The edge is now the start most lines share when one
box alone starts left of it by less than an indent and most lines would be indented from it;
a line really set two characters left of the rest (an unindented line above indented ones)
still sets the edge. A box two characters left of the rest or more (a run-on line's part cut
two characters early: the column's lines boxed short of their ends; on a retired held-out
page and a dev page a column became a paragraph a line) does not, when the lines it would
make indented run on from one to the next (stories._running_left). However far left a line
set over the column from further left starts. And a line five characters or more right of
its edge is no indented line (stories.FAR_IN): paragraphs indent two.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import S, Sheet, assert_provenance

TEXT = (
    "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜"
    "金生丽水玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽翔龙师火帝鸟官人皇"
    "始制文字乃服衣裳推位让国有虞陶唐吊民伐罪周发殷汤坐朝问道垂拱平章爱育黎首臣伏戎羌"
)


def _story(second_column: list[tuple[float, str]], grown: float = 0.0) -> Sheet:
    """A title over two columns of ten characters; the first column one paragraph's start.
    The second column's first box starts ``grown`` pixels left of its first character."""
    sheet = Sheet()
    sheet.line("千字文书法展览开幕", 40, 0, size=2 * S)
    y = 80.0
    y = sheet.line(TEXT[:8], 2 * S, y)
    for k in range(6):
        y = sheet.line(TEXT[8 + 10 * k : 18 + 10 * k], 0, y)
    y = 80.0
    for x, text in second_column:
        y = sheet.line(text, x, y)
    first = sheet.lines[7]
    assert first.box is not None
    sheet.lines[7] = replace(first, box=replace(first.box, x0=first.box.x0 - grown))
    return sheet


def _paragraphs(sheet: Sheet) -> list[str]:
    page = reflow_page(sheet.page())
    assert_provenance(page)
    assert len(page.articles) == 1
    return [b.text for b in page.articles[0].blocks if b.kind == "paragraph"]


def test_a_box_grown_left_of_its_column_leaves_the_lines_under_it_unindented() -> None:
    left = 10 * S + 2 * S  # ten characters and a gutter of two
    rest = TEXT[68:]
    rows = [(left, rest[10 * k : 10 + 10 * k]) for k in range(6)]
    rows.append((left, rest[60:64] + "。"))
    # The first box grown 1.5 characters into the gutter.
    paragraphs = _paragraphs(_story(rows, grown=1.5 * S))
    assert paragraphs == [TEXT[:68] + rest[:64] + "。"]


def test_a_line_set_two_characters_left_of_the_rest_still_sets_the_edge() -> None:
    left = 10 * S + 2 * S
    rest = TEXT[68:]
    # The column's first line ends the first column's paragraph; five one-line paragraphs,
    # each indented two characters and filling the column, follow it.
    rows = [(left, rest[:9] + "。")]
    rows += [(left + 2 * S, rest[9 + 8 * k : 16 + 8 * k] + "。") for k in range(5)]
    paragraphs = _paragraphs(_story(rows))
    assert paragraphs == [
        TEXT[:68] + rest[:9] + "。",
        *(rest[9 + 8 * k : 16 + 8 * k] + "。" for k in range(5)),
    ]


def test_a_box_two_characters_left_of_lines_running_on_does_not_set_the_edge() -> None:
    # A run-on line's part cut two characters early (its column's lines boxed short of their
    # ends), or a box grown over the whole gutter: two characters left of where the column's
    # lines run, more than OUTLIER_SHIFT. The lines under it run on, line to line, from one
    # start: that start is the edge, and they are one paragraph with the column before.
    left = 10 * S + 2 * S
    rest = TEXT[68:]
    rows = [(left, rest[10 * k : 10 + 10 * k]) for k in range(6)]
    rows.append((left, rest[60:64] + "。"))
    paragraphs = _paragraphs(_story(rows, grown=2 * S))
    assert paragraphs == [TEXT[:68] + rest[:64] + "。"]


def test_a_line_set_over_the_column_from_further_left_does_not_set_its_edge() -> None:
    # A deck set in body type from the story's left edge over a column set further right
    # (in the column's leaf: no row gap and no gutter part them): measured from its start,
    # each of the column's lines stood ten characters in and became a paragraph. They run on
    # from one start: that is the edge.
    sheet = Sheet()
    sheet.line("千字文书法展览开幕", 60, 0, size=2 * S)
    y = sheet.line(TEXT[100:118], 0, 60)
    left = 8 * S
    y = sheet.line(TEXT[:8], left + 2 * S, y)
    for k in range(6):
        y = sheet.line(TEXT[8 + 10 * k : 18 + 10 * k], left, y)
    sheet.line(TEXT[68:72] + "。", left, y)
    assert _paragraphs(sheet) == [TEXT[100:118], TEXT[:72] + "。"]


def test_a_line_far_right_of_its_edge_is_no_indented_line() -> None:
    # Too few lines to tell where the column's lines run (a short column under a line set
    # from further left, in its leaf): the edge stays that line's start, eight characters
    # left of the column. A paragraph indents two characters: a line eight or ten in is no
    # indented line, and the column's lines run on as their ends say.
    sheet = Sheet()
    sheet.line("千字文书法展览开幕", 60, 0, size=2 * S)
    y = sheet.line(TEXT[100:112] + "。", 0, 60)
    left = 8 * S
    y = sheet.line(TEXT[:8], left + 2 * S, y)
    y = sheet.line(TEXT[8:18], left, y)
    sheet.line(TEXT[18:22] + "。", left, y)
    assert _paragraphs(sheet) == [TEXT[100:112] + "。", TEXT[:22] + "。"]
