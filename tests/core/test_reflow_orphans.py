"""Story assembly on box input: headline lines go to the story their group opened, and a
headline cut off from its columns goes to the text under its span."""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow import reflow_page
from desktop.core.reflow.columns import BoxT, _adopt_orphans
from desktop.core.reflow.stories import _split_at_groups

H = 25.0  # body line height, about a character


def _line(x0: float, y0: float, x1: float = 1000.0) -> BoxT:
    return (x0, y0, x1, y0 + H)


def _tail_page(tail_x0: float) -> tuple[list[list[int]], list[BoxT], list[int]]:
    """A band of text (0-2), two lines cut off under it by a dropped line (3-4), a headline
    nearer to them than to its own columns under a photo (5), and those columns (6-7)."""
    boxes = [
        _line(60, 100),
        _line(110, 135),
        _line(60, 170),
        _line(tail_x0, 240),  # 45 px under the band: a line lost between
        _line(60, 275),
        (300.0, 370.0, 800.0, 410.0),  # the headline, 70 px under the tail
        _line(60, 650),  # its story, 240 px under it (a photo between)
        _line(60, 685),
    ]
    group_of = [-1, -1, -1, -1, -1, 0, -1, -1]
    rows = [[0, 1, 2], [3, 4], [5], [6, 7]]
    return rows, boxes, group_of


def test_a_later_line_of_a_group_goes_to_the_story_that_group_opened() -> None:
    # Read row by row: the left title's first line, the right title's, then the left
    # title's second line, then each story's text.
    order = [0, 1, 2, 3, 4]
    group_of = [0, 1, 0, -1, -1]
    assert _split_at_groups(order, group_of) == [[0, 2], [1, 3, 4]]


def test_groups_seen_once_each_split_as_before() -> None:
    order = [0, 1, 2, 3, 4, 5]
    group_of = [0, 0, -1, 1, -1, -1]
    assert _split_at_groups(order, group_of) == [[0, 1, 2], [3, 4, 5]]


def test_a_stray_tail_rejoins_its_column_and_the_headline_heads_the_text_under_it() -> None:
    rows, boxes, group_of = _tail_page(tail_x0=60)
    assert _adopt_orphans(rows, boxes, group_of) == [[0, 1, 2, 3, 4], [5, 6, 7]]


def test_an_indented_part_above_a_headline_is_not_a_stray_tail() -> None:
    # Its first line starts a paragraph: it may be a story of its own, and stays apart from
    # the band. (The headline, 70 px under it, a band gap of 2.8 line heights, heads the
    # text under its photo: see test_reflow_title_over_photo.py; it joined the part above
    # as the nearer one before.)
    rows, boxes, group_of = _tail_page(tail_x0=110)
    assert _adopt_orphans(rows, boxes, group_of) == [[0, 1, 2], [3, 4], [5, 6, 7]]


def test_a_stray_tail_under_a_lone_indented_line_rejoins_it() -> None:
    """The band over the tail shows only its story's first line, indented two characters
    (the lines under it dropped or boxed across the gutters): the tail, flush with the
    column's edge two characters left of that line, still ends that column, and the headline
    under it heads the text under its photo (without the indent allowed, the headline took
    the tail, the nearer part, as its story)."""
    boxes = [
        (300.0, 30.0, 800.0, 70.0),  # the band's own headline
        _line(110, 100),  # its story's first line, indented; the rest lost
        _line(60, 170),  # 45 px under it: the tail, flush with the column's edge
        _line(60, 205),
        (300.0, 300.0, 800.0, 340.0),  # the next headline, 70 px under the tail
        _line(60, 580),  # its story, under a photo
        _line(60, 615),
    ]
    group_of = [1, -1, -1, -1, 0, -1, -1]
    rows = [[0, 1], [2, 3], [4], [5, 6]]
    assert _adopt_orphans(rows, boxes, group_of) == [[0, 1, 2, 3], [4, 5, 6]]


def _wrapped_deck_page() -> OcrPage:
    """A title, a centred deck whose last character wrapped onto a line of its own (a box
    no taller than a body line's, as a detector draws one character), and body columns."""
    char, body = 23.5, 28.0
    lines = [
        OcrLine("人民日报", Box(60, 60, 460, 160), 0.99),
        OcrLine("1998年1月2日星期五", Box(1500, 70, 1760, 100), 0.99),
        OcrLine("第4版要闻", Box(1500, 110, 1640, 140), 0.99),
        OcrLine("我国将实行播音员主持人持证上岗制度", Box(148, 220, 898, 264), 0.99),
        OcrLine("李铁映等向第一批获得资格证书的代表颁", Box(268, 272, 776, 307), 0.99),
        OcrLine("证", Box(507, 316, 539, 346), 0.99),
    ]
    text = (
        "本报北京十二月三十一日讯，记者从广播电影电视部获悉：自明年一月一日起，我国将用"
        "三年时间在广播影视系统陆续实行播音员主持人持证上岗制度，今天上午举行了颁证会，"
        "中央三台的代表领取了第一批资格证书，会议由有关部门负责同志主持。"
    )
    y, row = 366.0, 32
    first = True
    while text:
        take = row - 2 if first else row
        piece, text = text[:take], text[take:]
        x0 = 60 + (2 * char if first else 0)
        lines.append(OcrLine(piece, Box(x0, y, x0 + char * len(piece), y + body), 0.99))
        y += 1.3 * body
        first = False
    return OcrPage("p.json", "paddle-json", tuple(lines))


def test_a_deck_character_wrapped_onto_its_own_line_ends_the_deck() -> None:
    page = reflow_page(_wrapped_deck_page())
    (article,) = page.articles
    blocks = [(b.kind, b.text) for b in article.blocks]
    assert ("deck", "李铁映等向第一批获得资格证书的代表颁证") in blocks
    assert all(text != "证" for _, text in blocks)


_LEFT = "今年以来各地抓紧抢险救灾，组织群众转移安置，" * 6
_RIGHT = "消费市场持续回暖，各地出台以旧换新政策，带动家电汽车销售增长。" * 14


def _photo_page(dropped: bool) -> tuple[OcrPage, list[str], list[str]]:
    """Two stories side by side. Left: a title over a photo (blank to the OCR), a caption in
    smaller type under it, then two columns of 17 characters. Right: a title over one wide
    column of 34 characters, whose line level with the caption's top the OCR dropped (with
    ``dropped``): one gap then runs across the page there. Lines listed row by row."""
    lines: list[tuple[float, OcrLine]] = []

    def add(text: str, x0: float, y0: float, size: float = 24.0) -> None:
        lines.append((y0, OcrLine(text, Box(x0, y0, x0 + size * len(text), y0 + 28), 0.99)))

    lines.append((100.0, OcrLine("国家防总工作组赴灾区指导防汛", Box(224, 100, 784, 140), 0.99)))
    lines.append((100.0, OcrLine("消费市场回暖", Box(1308, 100, 1548, 140), 0.99)))
    right = [_RIGHT[k : k + 34] for k in range(0, len(_RIGHT), 34)]
    y = 170.0
    for n, row in enumerate(right):
        if not (dropped and n == 9):
            add(row, 1020, y)
        y += 36
    caption = "图为救援人员在受灾村庄转移群众，帮助他们安置生活，当地干部群众连夜加固堤防。"
    add(caption, 60, 512, 20)
    left = [_LEFT[k : k + 17] for k in range(0, len(_LEFT), 17)]
    half = (len(left) + 1) // 2
    for n, row in enumerate(left[:half]):
        add(row, 60, 560 + 36 * n)
    for n, row in enumerate(left[half:]):
        add(row, 540, 560 + 36 * n)
    ordered = [ln for _, ln in sorted(lines, key=lambda t: (t[0], t[1].box.x0))]  # type: ignore[union-attr]
    kept = [r for n, r in enumerate(right) if not (dropped and n == 9)]
    return OcrPage("p.json", "paddle-json", tuple(ordered)), [caption, *left], kept


def test_a_headline_over_a_photo_heads_its_caption_and_columns_across_a_gap_over_the_page() -> None:
    """The right column's dropped line and the photo's foot make one gap across the page:
    the XY-cut reads the caption, the left columns and the right column's rest as a band of
    their own, under the left headline (over the photo) and the right story. The left
    headline heads the caption and columns under its span, in their order; the right
    column's rest goes on under its own story."""
    for dropped in (False, True):
        page, left, right = _photo_page(dropped)
        result = reflow_page(page)
        assert [a.title for a in result.articles] == [
            "国家防总工作组赴灾区指导防汛",
            "消费市场回暖",
        ]
        text = ["".join(b.text for b in a.blocks if b.kind != "title") for a in result.articles]
        assert text == ["".join(left), "".join(right)], dropped


def test_columns_cut_across_by_a_dropped_row_are_read_column_by_column() -> None:
    """A story in two columns under its title; the OCR dropped the second row of both (one
    box run on across the gutter, lost): the gap across the columns makes the XY-cut read
    the first row as a band of its own. The columns run on across it, each in turn."""
    text = "各地积极推进数据要素市场化配置改革，健全数据基础制度，探索收益分配机制。" * 6
    rows = [text[k : k + 17] for k in range(0, 17 * 16, 17)]
    left, right = rows[:8], rows[8:]
    lines = [OcrLine("数据要素改革稳步推进", Box(284, 100, 684, 140), 0.99)]
    for n in range(8):
        if n == 1:
            continue  # the row the OCR dropped
        y0 = 170 + 36 * n
        for x0, row in ((60.0, left[n]), (540.0, right[n])):
            lines.append(OcrLine(row, Box(x0, y0, x0 + 24 * len(row), y0 + 28), 0.99))
    result = reflow_page(OcrPage("p.json", "paddle-json", tuple(lines)))
    assert [a.title for a in result.articles] == ["数据要素改革稳步推进"]
    body = "".join(b.text for b in result.articles[0].blocks if b.kind == "paragraph")
    assert body == "".join(left[:1] + left[2:] + right[:1] + right[2:])
