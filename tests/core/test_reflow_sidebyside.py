"""A run-on box between two stories side by side is cut at the gutter their headlines show."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow import reflow_page
from desktop.core.reflow.gutters import split_across_gutters
from desktop.core.reflow.sidebyside import split_between_stories
from tests.core.geometry_helpers import assert_provenance

S = 20.0  # body type: 20 px a character
LEAD = 30.0
COLUMN = 20  # characters a line: each story one column 400 px wide
LEFT_X, RIGHT_X = 40.0, 500.0  # a 60 px gutter between the stories
TOP = 120.0

LEFT_PARAS = [
    "今年以来，各地抓住有利时机，组织农民开展春耕生产，农业部门派出技术人员深入田间地头，"
    "指导农民科学施肥，确保粮食稳产增产。",
    "据统计，全省已完成春播面积三百万亩以上，比去年同期多出两成，各地农机作业全面展开，"
    "春耕进度明显快于往年。",
]
RIGHT_PARAS = [
    "本市今天召开交通工作会议，部署新一年的道路建设任务。",
    "会议提出要加快城市快速路网建设，缓解中心城区交通压力，各区县要抓紧落实配套资金，"
    "确保重点工程按期开工。",
    "会议要求同时加强施工组织管理，减少施工对市民出行的影响。",
]


def _rows(paras: list[str]) -> list[str]:
    """Paragraphs wrapped into full lines of the column, each first line indented two cells."""
    rows: list[str] = []
    for para in paras:
        first, rest = para[: COLUMN - 2], para[COLUMN - 2 :]
        rows.append("  " + first)
        rows.extend(rest[k : k + COLUMN] for k in range(0, len(rest), COLUMN))
    return rows


def _line(text: str, x: float, y: float, size: float = S) -> OcrLine:
    indent = 2 * size if text.startswith("  ") else 0.0
    text = text.strip()
    return OcrLine(text, Box(x + indent, y, x + indent + len(text) * size, y + size), 0.98)


def _page(
    joined_row: int | None,
    across: str | None = None,
    *,
    gutter: float = RIGHT_X - LEFT_X - COLUMN * S,
    tilt: float = 5.5,
) -> tuple[OcrPage, str, str]:
    """Two stories side by side, each a 40 px title centred over one wide column, listed row
    by row, ``gutter`` px apart. ``joined_row``: that row's two lines are one box, taller by
    ``tilt`` px above and under (the detector's tilted box of a run-on across a wide band:
    1.55 body lines tall by default). ``across``: a line in smaller type set across both
    stories under their titles (a caption)."""
    right_x = LEFT_X + COLUMN * S + gutter
    lines = [
        _line("春耕生产有序推进", LEFT_X + 40, 40, 40),
        _line("全市道路建设提速", right_x + 40, 40, 40),
    ]
    y = TOP
    if across is not None:
        lines.append(OcrLine(across, Box(LEFT_X, y, LEFT_X + 0.8 * S * len(across), y + 16), 0.98))
        y += LEAD
    left_rows, right_rows = _rows(LEFT_PARAS), _rows(RIGHT_PARAS)
    left_text = right_text = ""
    for r in range(max(len(left_rows), len(right_rows))):
        a = left_rows[r] if r < len(left_rows) else None
        b = right_rows[r] if r < len(right_rows) else None
        if r == joined_row and a is not None and b is not None:
            left_text, right_text = a.strip(), b.strip()
            x0 = LEFT_X + (2 * S if a.startswith("  ") else 0.0)
            x1 = right_x + (2 * S if b.startswith("  ") else 0.0) + len(b.strip()) * S
            box = Box(x0, y - tilt, x1, y + S + tilt)
            lines.append(OcrLine(left_text + right_text, box, 0.97))
        else:
            lines.extend(_line(t, x, y) for t, x in ((a, LEFT_X), (b, right_x)) if t is not None)
        y += LEAD
    return OcrPage("p.json", "paddle-json", tuple(lines)), left_text, right_text


def _paragraphs(page, index: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text for b in page.articles[index].blocks if b.kind == "paragraph"]


def test_a_run_on_box_between_two_stories_is_cut_at_their_gutter() -> None:
    page, left, right = _page(joined_row=1)
    # Taller than gutters.py takes a run-on for: the band's own gutter shows it.
    assert split_across_gutters(page) is page
    out = split_between_stories(page)
    texts = [ln.text for ln in out.lines]
    assert len(texts) == len(page.lines) + 1
    k = texts.index(left)
    assert texts[k + 1] == right
    a, b = out.lines[k].box, out.lines[k + 1].box
    assert a is not None and b is not None
    assert a.x1 <= LEFT_X + COLUMN * S + 1 and b.x0 >= RIGHT_X - 1
    assert out.lines[k].confidence == 0.97
    assert "".join(texts) == "".join(ln.text for ln in page.lines)


def test_two_stories_side_by_side_keep_their_own_bodies_past_a_run_on_box() -> None:
    page, _, _ = _page(joined_row=1)
    result = reflow_page(page)
    assert [a.title for a in result.articles] == ["春耕生产有序推进", "全市道路建设提速"]
    assert _paragraphs(result, 0) == LEFT_PARAS
    assert _paragraphs(result, 1) == RIGHT_PARAS
    assert_provenance(result)


def test_without_a_run_on_box_the_page_is_left_as_it_is() -> None:
    page, _, _ = _page(joined_row=None)
    assert split_between_stories(page) is page
    result = reflow_page(page)
    assert _paragraphs(result, 0) == LEFT_PARAS and _paragraphs(result, 1) == RIGHT_PARAS


def test_a_caption_in_smaller_type_across_both_stories_under_their_titles_is_not_cut() -> None:
    caption = "图为春耕时节的田野与正在建设中的城市快速路网，两地相距不远，各有各的忙碌景象"
    page, _, _ = _page(joined_row=None, across=caption)
    assert split_between_stories(page) is page


def test_a_run_on_box_under_both_stories_last_lines_is_not_cut() -> None:
    """At the foot of both stories nothing stands under the box: it may be a line set across
    them (a credit, a caption), not two of their lines run together."""
    page, _, _ = _page(joined_row=None)
    last = max(ln.box.y1 for ln in page.lines if ln.box is not None)
    text = "本版责任编辑与图片摄影及版式设计人员名单见下期报纸的第二版右下方位置处，敬请读者留意"
    foot = OcrLine(text, Box(LEFT_X, last + 2, LEFT_X + 860, last + 28), 0.97)
    with_foot = OcrPage(page.source, page.format, (*page.lines, foot))
    assert split_between_stories(with_foot) is with_foot


def test_a_box_wider_than_its_characters_need_is_not_cut() -> None:
    """A box over a left line that stops six characters short (blank paper in the box) and
    the line beside it: its characters are set wider than their neighbours', so where the
    gutter falls among them is not known; it is left whole (a headline line is wider yet)."""
    page, left, right = _page(joined_row=1)
    lines = list(page.lines)
    k = next(n for n, ln in enumerate(lines) if ln.text == left + right)
    box = lines[k].box
    assert box is not None
    lines[k] = OcrLine(left[:-6] + right, box, 0.97)
    short = OcrPage(page.source, page.format, tuple(lines))
    assert split_between_stories(short) is short


def test_a_column_beside_a_headline_over_a_photo_goes_on_under_its_own_story() -> None:
    """Two stories side by side: the left one's column runs on past a line the OCR dropped,
    level with the foot of the photo under the right one's headline (blank to the OCR). The
    gap runs across the page, so the XY-cut reads the text under it as a band of its own; the
    right headline, with no text of its own above the gap, takes that band, but only the
    column under it: the left column goes on under its own story."""
    first = ["  " + LEFT_PARAS[0][:18]] + [LEFT_PARAS[0][k : k + 20] for k in (18, 38)]
    first.append(LEFT_PARAS[0][58:])
    rest = _rows(LEFT_PARAS[1:])
    caption = "图为本市新建成的城市快速路。"
    lines = [
        _line("春耕生产有序推进", LEFT_X + 40, 40, 40),
        _line("全市道路建设提速", RIGHT_X + 40, 40, 40),
    ]
    y = TOP
    for row in first:
        lines.append(_line(row, LEFT_X, y))
        y += LEAD
    y += LEAD  # a line dropped here; the photo on the right ends here too
    lines.append(_line(caption, RIGHT_X, y))
    for k, row in enumerate(rest):
        lines.append(_line(row, LEFT_X, y + k * LEAD))
    for k, row in enumerate(_rows(RIGHT_PARAS)):
        lines.append(_line(row, RIGHT_X, y + (k + 1) * LEAD))
    order = sorted(range(len(lines)), key=lambda i: (lines[i].box.y0, lines[i].box.x0))  # type: ignore[union-attr]
    page = OcrPage("p.json", "paddle-json", tuple(lines[i] for i in order))
    result = reflow_page(page)
    assert [a.title for a in result.articles] == ["春耕生产有序推进", "全市道路建设提速"]
    assert _paragraphs(result, 0) == LEFT_PARAS
    assert _paragraphs(result, 1) == [caption, *RIGHT_PARAS]
    assert_provenance(result)


def _inside_rows() -> list[int]:
    """Rows inside both stories' text (lines over and under on both sides) whose left line
    reaches the gutter."""
    lefts, rights = _rows(LEFT_PARAS), _rows(RIGHT_PARAS)
    return [r for r in range(1, min(len(lefts), len(rights)) - 1) if len(lefts[r]) == COLUMN]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.sampled_from(_inside_rows()), st.floats(30, 160), st.floats(0, 9))
def test_any_run_on_box_between_the_stories_is_cut_where_their_lines_meet(
    row: int, gutter: float, tilt: float
) -> None:
    """Whichever row inside both stories' text (a full line on the left: the box holds no
    blank before the gutter; on the right a full line or a paragraph's indented first line),
    however wide the gutter and however tall the box (1-1.9 body lines): the left line's
    characters go left, and each story keeps its own paragraphs."""
    page, left, right = _page(joined_row=row, gutter=gutter, tilt=tilt)
    texts = [ln.text for ln in split_between_stories(page).lines]
    k = texts.index(left)
    assert texts[k + 1] == right
    result = reflow_page(page)
    assert _paragraphs(result, 0) == LEFT_PARAS and _paragraphs(result, 1) == RIGHT_PARAS
    assert_provenance(result)


def test_a_run_on_box_of_one_storys_last_line_is_cut_while_the_other_goes_on() -> None:
    """The right story ends two rows before the left one, and its last line is boxed with
    the left line level with it: nothing stands under the box on the right (the foot of its
    story), but the left column goes on under it, so it is inside both stories' text."""
    page, left, right = _page(joined_row=4)
    y = next(ln.box.y1 for ln in page.lines if ln.text == left + right)  # type: ignore[union-attr]
    lines = tuple(
        ln
        for ln in page.lines
        if ln.box is not None and not (ln.box.x0 >= RIGHT_X - 1 and ln.box.y0 > y)
    )
    short = OcrPage(page.source, page.format, lines)
    texts = [ln.text for ln in split_between_stories(short).lines]
    assert texts[texts.index(left) + 1] == right
    result = reflow_page(short)
    assert _paragraphs(result, 0) == LEFT_PARAS
    assert _paragraphs(result, 1) == RIGHT_PARAS[:2]
    assert_provenance(result)


def test_the_band_under_a_title_broken_over_two_lines_reaches_past_its_second_line() -> None:
    """The left story's title is broken over two lines: its second line is no headline of the
    next band, and the run-on box under both headlines is still cut at their gutter."""
    page, left, right = _page(joined_row=1)
    drop = 50.0
    lines = [
        ln
        if ln.box is None or ln.box.y0 < TOP - 1
        else replace(ln, box=Box(ln.box.x0, ln.box.y0 + drop, ln.box.x1, ln.box.y1 + drop))
        for ln in page.lines
    ]
    lines.insert(1, _line("田间地头机声隆隆", LEFT_X + 40, 86, 40))
    broken = OcrPage(page.source, page.format, tuple(lines))
    texts = [ln.text for ln in split_between_stories(broken).lines]
    assert texts[texts.index(left) + 1] == right
    result = reflow_page(broken)
    assert _paragraphs(result, 0) == LEFT_PARAS and _paragraphs(result, 1) == RIGHT_PARAS
    assert_provenance(result)
