"""A body box reaching a sliver into its row neighbour's box is trimmed back to its column.

Two stories side by side, each in one wide column under its title, a 40 px gutter between
them; one line of the right story opens with a comma and the detector boxed it from 60 px left
of its column, 20 px into the box of the left story's line on its row (as RapidOCR did on
dev/page-79). That one box hides the gutter: without the trim the two stories are read row by
row as one.
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow import reflow_page
from desktop.core.reflow.gutters import split_across_gutters
from desktop.core.reflow.overlaps import trim_mark_starts, trim_overlaps
from tests.core.real_ocr import DATA, score_page

CHAR = 24.0
LEAD = 36.0
PER_LINE = 30
LEFT, RIGHT = 60.0, 60.0 + PER_LINE * CHAR + 40.0  # columns' left edges; a 40 px gutter
TOP = 300.0


def _body(x0: float, row: int, text: str) -> OcrLine:
    y0 = TOP + row * LEAD
    return OcrLine(text, Box(x0, y0, x0 + CHAR * len(text), y0 + 28), 0.99)


def _story_text(mark: str, rows: int) -> list[str]:
    """Rows of one story's body: paragraphs of four lines, each opening indented."""
    out = []
    for row in range(rows):
        first = row % 4 == 0
        words = f"{mark}{row:02d}" + "文字内容" * 8
        out.append(("\u3000\u3000" if first else "") + words[: PER_LINE - (2 if first else 0)])
    return out


def _page(
    reach: float = 60.0, comma_row: int = 6, rows: int = 12, spare: bool = True
) -> tuple[OcrPage, int]:
    """The two-story page; returns it and the index of the comma line's box."""
    lines = [
        OcrLine("人民日报", Box(60, 60, 460, 160), 0.99),
        OcrLine("1998年1月2日星期五", Box(1500, 70, 1760, 100), 0.99),
        OcrLine("第4版要闻", Box(1500, 110, 1640, 140), 0.99),
        OcrLine("全国冬运会筹备工作进入冲刺阶段", Box(150, 220, 150 + 15 * 40, 258), 0.99),
        OcrLine("国务院常务会议研究新型工业化", Box(900, 220, 900 + 14 * 40, 258), 0.99),
    ]
    left, right = _story_text("甲", rows), _story_text("乙", rows)
    comma = -1
    for row in range(rows):
        a, b = left[row], right[row]
        la = _body(LEFT + (2 * CHAR if a.startswith("\u3000") else 0), row, a.strip())
        if row == comma_row:
            text = "，" + b[1:]
            y0 = TOP + row * LEAD - 14  # a box stretched up and left, taller than the rest
            x1 = RIGHT + CHAR * len(text) if spare else RIGHT - reach + CHAR * len(text)
            lb = OcrLine(text, Box(RIGHT - reach, y0, x1, y0 + 43), 0.95)
        else:
            lb = _body(RIGHT + (2 * CHAR if b.startswith("\u3000") else 0), row, b.strip())
        lines.append(la)
        if row == comma_row:
            comma = len(lines)
        lines.append(lb)
    return OcrPage("p.json", "paddle-json", tuple(lines)), comma


def test_a_box_reaching_into_its_neighbour_is_trimmed_to_its_column_edge() -> None:
    page, comma = _page()
    out = trim_overlaps(page)
    box = out.lines[comma].box
    assert box is not None and abs(box.x0 - RIGHT) < 1  # where its column's lines start
    assert box.x1 == page.lines[comma].box.x1  # type: ignore[union-attr]
    changed = [k for k, (a, b) in enumerate(zip(page.lines, out.lines, strict=True)) if a != b]
    assert changed == [comma]
    assert [ln.text for ln in out.lines] == [ln.text for ln in page.lines]


def test_a_left_box_reaching_right_is_trimmed_to_where_its_column_ends() -> None:
    # The slack on the other side: a left line boxed 20 px past its column's right edge, into
    # the box of the right column's line on its row, which its characters fill.
    page, _ = _page(reach=0.0)
    k = next(n for n, ln in enumerate(page.lines) if ln.text.startswith("甲05"))
    box = page.lines[k].box
    assert box is not None and abs(box.x1 - (LEFT + PER_LINE * CHAR)) < 1
    lines = list(page.lines)
    lines[k] = OcrLine(lines[k].text, Box(box.x0, box.y0, RIGHT + 20, box.y1), 0.95)
    out = trim_overlaps(OcrPage("p.json", "paddle-json", tuple(lines)))
    trimmed = out.lines[k].box
    assert trimmed is not None and abs(trimmed.x1 - (LEFT + PER_LINE * CHAR)) < 1
    assert [ln.box for n, ln in enumerate(out.lines) if n != k] == [
        ln.box for n, ln in enumerate(lines) if n != k
    ]


def test_a_box_its_characters_fill_is_not_trimmed() -> None:
    # The overlap is ink, not slack: nothing to take off.
    page, _ = _page(spare=False)
    assert trim_overlaps(page) is page


def test_an_overlap_of_more_than_a_character_is_left_to_the_gutter_cutting() -> None:
    page, _ = _page(reach=80.0)  # 40 px over the neighbour: more than a body character
    assert trim_overlaps(page) is page


def test_boxes_apart_are_left_alone() -> None:
    page, _ = _page(reach=0.0)
    assert trim_overlaps(page) is page


def test_the_two_stories_come_out_apart() -> None:
    page, _ = _page()
    articles = reflow_page(page).articles
    titled = {a.blocks[0].text: a.text for a in articles if a.blocks[0].kind == "title"}
    assert set(titled) == {"全国冬运会筹备工作进入冲刺阶段", "国务院常务会议研究新型工业化"}
    left, right = titled["全国冬运会筹备工作进入冲刺阶段"], titled["国务院常务会议研究新型工业化"]
    assert "甲" in left and "乙" not in left
    assert "乙" in right and "甲" not in right


def test_real_ocr_side_by_side_stories_under_an_overhanging_comma_line() -> None:
    # dev/page-79: a line opening with a comma, boxed from 50 px left of its column, hid the
    # gutter between two stories (11/18 paragraphs and 2/4 headline groups without the trim).
    s = score_page(DATA / "dev" / "page-79.json")
    assert s.matched == s.gold_paragraphs == 18
    assert s.right_headlines == s.stories == 4


def test_a_box_whose_characters_fill_its_column_to_a_hair_is_trimmed_to_it() -> None:
    """Trimmed to its column's edge, a box must still hold its characters at the body pitch;
    a full line's box measures its column to within a quarter character either way (the
    pitch is a median over the page's boxes: dev/page-95's line ended 0.04 px short of it and
    hid a gutter). Three px short of the pitch it is trimmed; ten px short (its characters
    then overfill the trimmed box: ink, not slack) it is not."""
    page, comma = _page()
    old = page.lines[comma]
    assert old.box is not None
    for short, trimmed in ((3.0, True), (10.0, False)):
        box = Box(old.box.x0, old.box.y0, RIGHT + CHAR * len(old.text) - short, old.box.y1)
        lines = list(page.lines)
        lines[comma] = OcrLine(old.text, box, 0.95)
        out = trim_overlaps(OcrPage("p.json", "paddle-json", tuple(lines)))
        new = out.lines[comma].box
        assert new is not None and (abs(new.x0 - RIGHT) < 1) == trimmed


def test_a_short_line_stretched_into_its_neighbour_is_trimmed_though_its_pitch_reads_wide() -> None:
    """A paragraph's last line of seven characters, boxed from 50 px left of its column (10 px
    into the box of the left story's line on its row): over its few characters the stretch
    reads as a headline's wider pitch, but its box is of body height and wider than body
    pitch by under a character: trimmed to its column. The same box a headline's height
    stays as it is."""
    page, _ = _page(reach=0.0)
    k = next(n for n, ln in enumerate(page.lines) if ln.text.startswith("乙05"))
    old = page.lines[k].box
    assert old is not None
    for height, trimmed in ((28.0, True), (43.0, False)):
        lines = list(page.lines)
        box = Box(RIGHT - 50, old.y0, RIGHT + 7 * CHAR, old.y0 + height)
        lines[k] = OcrLine("乙〇五文字内容", box, 0.95)
        out = trim_overlaps(OcrPage("p.json", "paddle-json", tuple(lines)))
        new = out.lines[k].box
        assert new is not None and (abs(new.x0 - RIGHT) < 1) == trimmed


def _mark_line(reach: float, text: str = "") -> tuple[OcrPage, int]:
    """The two-story page whose comma line (row 6 of the right story) is boxed from ``reach``
    px left of its column, in body height: into the 40 px gutter. The left story's line on its
    row ends a sentence ten characters short: no box there for it to overlap or meet; and its
    full lines' boxes end unevenly, up to one and a half characters short (as a detector's
    do), so that no page grid shows the gutter either."""
    page, comma = _page(reach=0.0)
    old = page.lines[comma]
    text = text or old.text
    y0 = TOP + 6 * LEAD
    lines = list(page.lines)
    for k, ln in enumerate(lines):
        box = ln.box
        if box is not None and ln.text.startswith("甲"):
            row = round((box.y0 - TOP) / LEAD)
            lines[k] = OcrLine(ln.text, Box(box.x0, box.y0, box.x1 - 9 * (row % 5), box.y1), 0.99)
    lines[comma] = OcrLine(text, Box(RIGHT - reach, y0, RIGHT + CHAR * len(text), y0 + 28), 0.95)
    short = lines[comma - 1]
    assert short.box is not None
    cut = short.text[: PER_LINE - 11] + "。"
    lines[comma - 1] = OcrLine(cut, Box(LEFT, y0, LEFT + CHAR * len(cut), y0 + 28), 0.99)
    return OcrPage("p.json", "paddle-json", tuple(lines)), comma


def test_a_line_opening_with_a_mark_boxed_into_the_gutter_is_trimmed_to_its_column() -> None:
    """The detector grows the box of a line opening with a mark (、，。) about a character left
    over the blank before it (dev/page-114, page-121): 36 px here, into a 40 px gutter. It
    overlaps and meets no box, but leaves the gutter 4 px: the two stories were read row by
    row as one."""
    page, comma = _mark_line(36.0)
    assert trim_overlaps(page) is page
    out = trim_mark_starts(page)
    box = out.lines[comma].box
    assert box is not None and abs(box.x0 - RIGHT) < 1  # where its column's lines start
    changed = [k for k, (a, b) in enumerate(zip(page.lines, out.lines, strict=True)) if a != b]
    assert changed == [comma]
    # (The two stories' rows meet at the gutter row after row, the full lines' boxes ending up
    # to one and a half characters short of it: the cutting's seam look trims the line to the
    # same place, see test_reflow_seams.py.)
    seam = split_across_gutters(page).lines[comma].box
    assert seam is not None and abs(seam.x0 - RIGHT) < 1
    articles = reflow_page(page).articles
    titled = {a.blocks[0].text: a.text for a in articles if a.blocks[0].kind == "title"}
    assert "乙" not in titled["全国冬运会筹备工作进入冲刺阶段"]
    assert "甲" not in titled["国务院常务会议研究新型工业化"]


def test_a_line_not_opening_with_a_mark_or_at_its_column_edge_keeps_its_box() -> None:
    # (A box of text stretched so is not the detector's slack before a mark: left alone here.)
    page, _ = _mark_line(36.0, "乙〇六" + "文字内容" * 6 + "文")
    assert trim_mark_starts(page) is page
    page, _ = _mark_line(0.0)
    assert trim_mark_starts(page) is page
    # (Nor an opening quote, which a paragraph or a deck may start with.)
    page, _ = _mark_line(36.0, '"乙〇六' + "文字内容" * 6 + "文")
    assert trim_mark_starts(page) is page


def test_real_ocr_columns_parted_by_a_gutter_a_mark_line_reached_across() -> None:
    # dev/page-114: 。江苏太仓… boxed 37 px into a 37 px gutter (8/11 paragraphs without the
    # trim); page-121: 、人民关切… and 、、提振… 24-50 px left of their column (10/13, 19
    # predicted: each row of two columns read across made a paragraph).
    for name, found in (("page-114", 11), ("page-121", 13)):
        s = score_page(DATA / "dev" / f"{name}.json")
        assert s.matched == s.gold_paragraphs == s.predicted_paragraphs == found


def test_lines_of_text_boxed_across_the_gutter_into_the_column_before_are_trimmed() -> None:
    """Two lines of the right story that open with a character, not a mark, each boxed 48 px
    left of its column (two characters: the detector read the gutter's blank), across the
    40 px gutter to past where full lines of the left story end (dev/page-136: 民族振兴… and
    支持，… boxed from 962 px, their column at 1012, the column before ending at 981). Each is
    the lowest start near the other, so neither may show the column's edge: the lines that
    start together do. Both are trimmed to it; a line 48 px left that reaches no line of the
    column before (those lines shorter by half a character) keeps its box."""
    page, comma = _mark_line(0.0)
    lines = list(page.lines)
    rows = {6: comma}
    eight = next(k for k, ln in enumerate(lines) if ln.text.startswith("乙08"))
    rows[8] = eight
    for row, k in rows.items():
        text = f"乙〇{row}" + "文字内容" * 6 + "文"
        y0 = TOP + row * LEAD
        lines[k] = OcrLine(text, Box(RIGHT - 48, y0, RIGHT + CHAR * len(text), y0 + 28), 0.95)
    crossing = OcrPage("p.json", "paddle-json", tuple(lines))
    out = trim_mark_starts(crossing)
    for k in rows.values():
        box = out.lines[k].box
        assert box is not None and abs(box.x0 - RIGHT) < 1
    changed = [k for k, (a, b) in enumerate(zip(crossing.lines, out.lines, strict=True)) if a != b]
    assert sorted(changed) == sorted(rows.values())
    # The left story's full lines end half a character short of the stretched box's start.
    short = [
        OcrLine(ln.text, Box(ln.box.x0, ln.box.y0, min(ln.box.x1, RIGHT - 60), ln.box.y1), 0.99)
        if ln.box is not None and ln.text.startswith("甲")
        else ln
        for ln in lines
    ]
    apart = OcrPage("p.json", "paddle-json", tuple(short))
    assert trim_mark_starts(apart) is apart


def test_a_box_stretched_to_meet_its_row_neighbour_is_trimmed_back() -> None:
    """A full line of the left story boxed on over the whole 40 px gutter, to meet (not
    overlap) the right story's line on its row (dev/page-141: 东片区综合改造提升项目现场，
    boxed 34 px past its characters to exactly where the next column's line starts; the two
    columns were read row by row). Wider than its characters by over half a character:
    trimmed back to where its column's lines end. A box that meets its neighbour but is no
    wider than its characters stays: its ink reaches there."""
    page, _ = _page(reach=0.0)
    lines = list(page.lines)
    k = next(n for n, ln in enumerate(lines) if ln.text.startswith("甲05"))
    box = lines[k].box
    assert box is not None and abs(box.x1 - (RIGHT - 40)) < 1
    lines[k] = OcrLine(lines[k].text, Box(box.x0, box.y0, RIGHT, box.y1), 0.99)
    out = trim_overlaps(OcrPage("p.json", "paddle-json", tuple(lines)))
    new = out.lines[k].box
    assert new is not None and abs(new.x1 - (RIGHT - 40)) < 1
    text = lines[k].text + "字"  # (its characters at the pitch: 41 px of ink past its column)
    lines[k] = OcrLine(text, Box(box.x0, box.y0, box.x0 + CHAR * len(text), box.y1), 0.99)
    nxt = next(n for n, ln in enumerate(lines) if ln.text.startswith("乙05"))
    nb = lines[nxt].box
    assert nb is not None
    lines[nxt] = OcrLine(lines[nxt].text, Box(box.x0 + CHAR * len(text), nb.y0, nb.x1, nb.y1), 0.99)
    inked = OcrPage("p.json", "paddle-json", tuple(lines))
    assert trim_overlaps(inked).lines[k] == inked.lines[k]


def test_a_short_line_boxed_into_a_fragment_of_its_neighbours_last_glyph_is_trimmed() -> None:
    """A paragraph's last line of seven characters (its stop inked in half a cell), boxed from
    50 px left of its column, 10 px into the box of the left story's line on its row, and a
    little taller than the body lines: the detector read the part of that line's last glyph
    it took in as a character of its own (``目民族复兴伟业。`` after ``…克服内部困``,
    test10/page-09: the two columns of a story were read row by row). Its box holds its
    characters with that one, but trimmed to its column's edge not all of them at the pitch:
    the first character's ink is not in its column, and it is trimmed all the same. Where its
    box does not reach into the neighbour's (it starts in the gutter), it stays as boxed."""
    page, _ = _page(reach=0.0)
    k = next(n for n, ln in enumerate(page.lines) if ln.text.startswith("乙05"))
    old = page.lines[k].box
    assert old is not None
    left = page.lines[k - 1].box
    assert left is not None and abs(left.x1 - (RIGHT - 40)) < 1
    for x0, trimmed in ((RIGHT - 50, True), (RIGHT - 38, False)):
        # (From 38 px left it starts in the gutter, not in the glyph.)
        lines = list(page.lines)
        lines[k] = OcrLine("目乙〇五文字内。", Box(x0, old.y0 - 3, RIGHT + 160, old.y0 + 31), 0.95)
        fragment = OcrPage("p.json", "paddle-json", tuple(lines))
        new = trim_overlaps(fragment).lines[k].box
        assert new is not None and (abs(new.x0 - RIGHT) < 1) == trimmed
    lines = list(page.lines)
    lines[k] = OcrLine(
        "目乙〇五文字内。", Box(RIGHT - 50, old.y0 - 3, RIGHT + 160, old.y0 + 31), 0.95
    )
    articles = reflow_page(OcrPage("p.json", "paddle-json", tuple(lines))).articles
    titled = {a.blocks[0].text: a.text for a in articles if a.blocks[0].kind == "title"}
    assert "乙" not in titled["全国冬运会筹备工作进入冲刺阶段"]
    assert "甲" not in titled["国务院常务会议研究新型工业化"]
