"""One test per rule of the geometric layout, on small hand-set pages (body type 20 px)."""

from __future__ import annotations

import pytest

from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.reflow.furniture import parse_line
from desktop.core.reflow.geometric import reflow_geometric
from desktop.core.reflow.stories import split_names
from tests.core.geometry_helpers import PITCH, S, Sheet, assert_provenance, blocks

COL1 = [
    "  今年以来，各地",
    "抓住有利时机，组织",
    "农民开展春耕生产。",
    "  农业部门派出技",
    "术人员深入田间地头",
]
COL2 = [
    "指导农民科学施肥确",
    "保粮食稳产增产。",
    "  据统计，全省已",
    "完成春播面积三百万",
    "亩以上。",
]
PARAS = [
    "今年以来，各地抓住有利时机，组织农民开展春耕生产。",
    "农业部门派出技术人员深入田间地头指导农民科学施肥确保粮食稳产增产。",
    "据统计，全省已完成春播面积三百万亩以上。",
]
X = [40.0, 250.0, 460.0, 670.0]  # columns 9 characters (180 px) wide, gutters 30 px
WIDE = 390.0  # two columns and their gutter


def two_column_story(sheet: Sheet, x: float, title: str, y: float = 40.0) -> None:
    top = sheet.centered(title, x, WIDE, y, 40) + 10
    sheet.column(COL1, x, top)
    sheet.column(COL2, x + 210, top)


def paragraphs(page, index: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    return [t for k, t in blocks(page, index) if k == "paragraph"]


def test_columns_listed_row_by_row_are_read_column_by_column() -> None:
    sheet = Sheet()
    two_column_story(sheet, X[0], "春耕生产有序推进")
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == ["春耕生产有序推进"]
    assert paragraphs(page) == PARAS
    assert_provenance(page)


def test_stories_side_by_side_with_headlines_on_one_row_stay_apart() -> None:
    sheet = Sheet()
    two_column_story(sheet, X[0], "春耕生产有序推进")
    two_column_story(sheet, X[2], "全省春播进度过半")
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == ["春耕生产有序推进", "全省春播进度过半"]
    assert paragraphs(page, 0) == PARAS and paragraphs(page, 1) == PARAS
    assert_provenance(page)


def test_stacked_bands_are_read_band_after_band() -> None:
    sheet = Sheet()
    two_column_story(sheet, X[0], "春耕生产有序推进")
    two_column_story(sheet, X[2], "全省春播进度过半")
    two_column_story(sheet, X[0], "农机作业全面展开", y=300)
    page = reflow_geometric(sheet.interleaved())
    titles = [a.title for a in page.articles]
    assert titles == ["春耕生产有序推进", "全省春播进度过半", "农机作业全面展开"]


def test_largest_type_is_the_title_smaller_lines_above_and_below_are_decks() -> None:
    sheet = Sheet()
    y = sheet.centered("省委召开全体会议", X[0], WIDE, 40, 28)
    y = sheet.centered("奋力开创发展新局面", X[0], WIDE, y, 40)
    y = sheet.centered("会议审议通过多项决定", X[0], WIDE, y, 28) + 10
    sheet.column(COL1, X[0], y)
    sheet.column(COL2, X[1], y)
    page = reflow_geometric(sheet.interleaved())
    assert blocks(page, 0)[:3] == [
        ("deck", "省委召开全体会议"),
        ("title", "奋力开创发展新局面"),
        ("deck", "会议审议通过多项决定"),
    ]


def test_a_deck_barely_larger_than_body_centred_under_its_title_stays_with_the_title() -> None:
    """A deck set only a little larger than the body, centred under a title over four columns
    and set off from the columns by more than a row gap: the deck and title head the columns
    under them (not a headline article over a headless one)."""
    sheet = Sheet()
    two_column_story(sheet, X[0], "春耕生产有序推进")
    two_column_story(sheet, X[2], "全省春播进度过半")
    y = sheet.centered("农机作业全面展开", X[0], 840, 300, 40)
    y = sheet.centered("各地抢抓农时确保春播顺利", X[0], 840, y, 1.15 * S) + 10
    for x, rows in zip(X, (COL1, COL2, COL1, COL2), strict=True):
        sheet.column(rows, x, y)
    page = reflow_geometric(sheet.interleaved())
    assert len(page.articles) == 3
    assert blocks(page, 2)[:2] == [
        ("title", "农机作业全面展开"),
        ("deck", "各地抢抓农时确保春播顺利"),
    ]
    assert paragraphs(page, 2) == PARAS + PARAS
    assert_provenance(page)


def test_a_first_line_that_looks_large_but_runs_on_unindented_is_no_subhead() -> None:
    """A paragraph's first line whose box came out wide (the OCR dropped a character, so its
    pitch looks like a sub-head's), with the next line running on unindented, and a short
    line right after a full line mid-sentence: body text, not sub-heads."""
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    # "  今年以来各地" (its comma dropped) spread over the width of seven characters.
    sheet.lines.append(OcrLine("今年以来各地", Box(X[0] + 2 * S, y, X[0] + 9 * S, y + S), 0.95))
    y = sheet.column(COL1[1:], X[0], y + 30)
    sheet.lines.append(OcrLine("确保", Box(X[0], y, X[0] + 2.6 * S, y + S), 0.95))
    sheet.column(["  据统计，全省已", "完成春播面积三百万", "亩以上。"], X[0], y + 30)
    page = reflow_geometric(sheet.page())
    assert [k for k, _ in blocks(page, 0)] == ["title", "paragraph", "paragraph", "paragraph"]
    assert paragraphs(page)[0] == "今年以来各地抓住有利时机，组织农民开展春耕生产。"
    assert paragraphs(page)[1].endswith("深入田间地头确保")
    assert_provenance(page)


def test_a_title_line_broken_in_two_boxes_at_its_dash_is_one_title() -> None:
    """The detector breaks a title line at its dash into two boxes standing over different
    columns: one title over all four columns; two stories' titles side by side, a gutter and
    their margins apart, stay two."""
    sheet = Sheet()
    sheet.line("迈向充满希望的新世纪", X[0] + 30, 40, 40)
    sheet.line("——一九九八年新年讲话", X[0] + 30 + 400 + 50, 40, 40)
    for x, rows in zip(X, (COL1, COL2, COL1, COL2), strict=True):
        sheet.column(rows, x, 106)
    two_column_story(sheet, X[0], "春耕生产有序推进", y=300)
    two_column_story(sheet, X[2], "全省春播进度过半", y=300)
    page = reflow_geometric(sheet.interleaved())
    titles = [a.title for a in page.articles]
    assert titles == [
        "迈向充满希望的新世纪——一九九八年新年讲话",
        "春耕生产有序推进",
        "全省春播进度过半",
    ]
    assert paragraphs(page, 0) == PARAS + PARAS
    assert_provenance(page)


def test_a_title_broken_at_its_dash_into_boxes_of_unlike_heights_is_one_title() -> None:
    """The detector boxes the two pieces of a title line broken at its dash 44 and 37 px
    tall (more apart than its boxes of one line run), the dash read as one of its two
    cells: both pieces are set at one pitch, the type as printed, and they are one title."""
    sheet = Sheet()
    sheet.lines.append(OcrLine("迈向充满希望的新世纪—", Box(70, 38, 70 + 11 * 40, 82), 0.95))
    sheet.lines.append(OcrLine("一九九八年新年讲话", Box(560, 42, 560 + 9 * 40, 79), 0.95))
    for x, rows in zip(X, (COL1, COL2, COL1, COL2), strict=True):
        sheet.column(rows, x, 106)
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == ["迈向充满希望的新世纪—一九九八年新年讲话"]
    assert paragraphs(page, 0) == PARAS + PARAS
    assert_provenance(page)


def test_the_title_is_the_largest_type_by_pitch_when_boxes_are_alike_in_height() -> None:
    """A title's box grows less than its type: a deck's box under it nearly as tall, its
    characters set far narrower, is a deck, not more title."""
    sheet = Sheet()
    sheet.lines.append(OcrLine("奋力开创发展新局面", Box(X[0], 40, X[0] + 9 * 40, 77), 0.95))
    sheet.lines.append(OcrLine("会议审议通过多项决定", Box(X[0], 84, X[0] + 10 * 28, 118), 0.95))
    sheet.column(COL1, X[0], 130)
    sheet.column(COL2, X[1], 130)
    page = reflow_geometric(sheet.interleaved())
    assert blocks(page, 0)[:2] == [
        ("title", "奋力开创发展新局面"),
        ("deck", "会议审议通过多项决定"),
    ]


def test_a_deck_whose_box_is_as_tall_as_the_titles_is_a_deck_by_its_pitch() -> None:
    """Real OCR boxes of headline type hardly grow with it: a 28 px deck's box nearly as tall
    as a 36 px title's. Its characters, set narrower by a fifth, make it a deck; the title's
    brackets (set a third as wide as a character) do not make the title look narrower."""
    sheet = Sheet()
    title = "山花烂漫(水墨画)"
    sheet.lines.append(OcrLine(title, Box(X[0], 40, X[0] + 7 * 36 + 2 * 12, 79), 0.95))
    deck = "中国青年油画展初现新世纪油画走向"
    sheet.lines.append(OcrLine(deck, Box(X[0], 84, X[0] + 16 * 28, 121), 0.95))
    sheet.column(COL1, X[0], 134)
    sheet.column(COL2, X[1], 134)
    page = reflow_geometric(sheet.interleaved())
    assert blocks(page, 0)[:2] == [("title", title), ("deck", deck)]
    assert paragraphs(page) == PARAS


def test_a_last_line_of_a_few_narrow_characters_in_a_wide_box_is_no_headline() -> None:
    """A paragraph's last line "的7%": a digit and a mark make a pitch of little weight,
    and a detector's box around so few characters runs wide. With a body line's height it is
    body text, not a headline that would cut the story in two."""
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.column(["  今年以来，各地", "新能源发电能力已占"], X[0], y)
    sheet.lines.append(OcrLine("的7%", Box(X[0], y, X[0] + 3.2 * S, y + 1.1 * S), 0.95))
    sheet.column(["  据统计，全省已", "完成春播面积三百万", "亩以上。"], X[0], y + 30)
    sheet.column(COL2, X[1], 100)
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == ["春耕生产有序推进"]
    assert paragraphs(page)[0] == "今年以来，各地新能源发电能力已占的7%"
    assert_provenance(page)


def test_a_two_character_name_under_the_title_is_a_deck() -> None:
    """An author's name set as a deck under the title (not centred), two characters in a box
    hardly taller than a body line's: its pitch makes it headline type, and as it stands with
    the title it stays a deck (alone it would be a paragraph's last line)."""
    sheet = Sheet()
    y = sheet.centered("发乎情贵乎理", X[0], WIDE, 40, 40)
    sheet.lines.append(OcrLine("潘驰", Box(X[0] + 75, y, X[0] + 145, y + 1.15 * S), 0.95))
    sheet.column(COL1, X[0], y + 40)
    sheet.column(COL2, X[1], y + 40)
    page = reflow_geometric(sheet.interleaved())
    assert blocks(page, 0)[:2] == [("title", "发乎情贵乎理"), ("deck", "潘驰")]
    assert paragraphs(page) == PARAS


def test_a_line_of_closing_marks_in_a_tall_box_is_no_headline() -> None:
    """A paragraph's end that wrapped to a line of its own, "”。", in a box a detector drew
    half again as tall as a body line: marks only, no headline."""
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.column(["  他说：“今年以", "来各地抓住有利时机", "，组织农民开展春耕"], X[0], y)
    sheet.lines.append(OcrLine("”。", Box(X[0], y, X[0] + 1.6 * S, y + 1.6 * S), 0.9))
    sheet.column(["  据统计，全省已", "完成春播面积三百万", "亩以上。"], X[0], y + 1.6 * S + 10)
    sheet.column(COL2, X[1], 100)
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == ["春耕生产有序推进"]
    assert paragraphs(page)[0] == "他说：“今年以来各地抓住有利时机，组织农民开展春耕”。"
    assert_provenance(page)


def test_a_full_line_with_digits_ending_a_sentence_does_not_end_the_paragraph() -> None:
    """Digits are set narrower than a CJK cell: a line of nine characters, four of them digits,
    ends two cells short of the column's edge, full all the same; the sentence it ends does
    not end the paragraph when the next line runs on unindented."""
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    sheet.column(
        [
            "  今年以来，各地",
            "抓住有利时机，组织",
            "农民在1998年。",
            "开展春耕生产，农业",
            "部门派出技术人员。",
            "  据统计，全省已",
            "完成春播面积三百万",
            "亩以上。",
        ],
        X[0],
        y,
    )
    page = reflow_geometric(sheet.page())
    assert paragraphs(page) == [
        "今年以来，各地抓住有利时机，组织农民在1998年。开展春耕生产，农业部门派出技术人员。",
        "据统计，全省已完成春播面积三百万亩以上。",
    ]


def test_a_lead_summary_stays_a_paragraph_of_its_story() -> None:
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.line("■全年粮食产量再创新高", X[0], y, 28)
    y = sheet.line("■农民收入稳步增长", X[0], y, 28)
    sheet.column(COL1, X[0], y + 10)
    page = reflow_geometric(sheet.page())
    assert page.articles[0].title == "春耕生产有序推进"
    assert paragraphs(page)[:2] == ["■全年粮食产量再创新高", "■农民收入稳步增长"]


def test_a_short_line_in_slightly_larger_type_between_paragraphs_is_a_subhead() -> None:
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.column(COL1[:3], X[0], y)
    y = sheet.line("科技助力增收", X[0] + 2 * S, y, 24)
    sheet.column(COL1[3:], X[0], y)
    page = reflow_geometric(sheet.page())
    assert [k for k, _ in blocks(page, 0)] == ["title", "paragraph", "subhead", "paragraph"]
    assert blocks(page, 0)[2] == ("subhead", "科技助力增收")


def test_a_short_line_centered_in_its_column_is_a_subhead() -> None:
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.column(COL1[:3], X[0], y)
    y = sheet.line("产业兴旺", X[0] + 2.5 * S, y)
    sheet.column(COL1[3:], X[0], y)
    page = reflow_geometric(sheet.page())
    assert ("subhead", "产业兴旺") in blocks(page, 0)


def test_an_indent_starts_a_paragraph_and_a_full_line_does_not() -> None:
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    rows = ["  今年以来，各地抓", "住有利时机，组织农", "民开展春耕。", "  农业部门派出人员"]
    sheet.column(rows, X[0], y)
    page = reflow_geometric(sheet.page())
    assert paragraphs(page) == [
        "今年以来，各地抓住有利时机，组织农民开展春耕。",
        "农业部门派出人员",
    ]


def test_a_line_boxed_a_character_in_is_not_indented() -> None:
    """A paragraph's indent is two characters. A line running on that opens with a dash is
    boxed from where the detector reads the dash, a character in: no paragraph start."""
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.column(["  今年以来，各地", "开创了一条养殖一"], X[0], y)
    y = sheet.line("-沼气-种植的路子", X[0] + 1.2 * S, y)
    sheet.column(["，效益明显。", "  据统计，全省已", "完成春播面积三百万", "亩以上。"], X[0], y)
    sheet.column(COL2, X[1], 100)
    page = reflow_geometric(sheet.interleaved())
    assert paragraphs(page)[0] == "今年以来，各地开创了一条养殖一-沼气-种植的路子，效益明显。"
    assert_provenance(page)


def test_a_short_line_ending_a_sentence_ends_a_paragraph_without_indent() -> None:
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    rows = [
        "今年以来，各地抓住",
        "有利时机开展春耕。",
        "农业部门派出技术人",
        "员到田间。",
        "指导农民",
        "科学施肥，确保增产",
    ]
    sheet.column(rows, X[0], y)
    page = reflow_geometric(sheet.page())
    # "员到田间。" is short and ends a sentence; "指导农民" is short but ends none.
    assert paragraphs(page) == [
        "今年以来，各地抓住有利时机开展春耕。农业部门派出技术人员到田间。",
        "指导农民科学施肥，确保增产",
    ]


def test_a_byline_line_is_parsed_with_its_reporters() -> None:
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.line("本报记者  刘鑫焱  付明丽", X[0], y)
    sheet.column(COL1, X[0], y)
    page = reflow_geometric(sheet.page())
    article = page.articles[0]
    assert blocks(page, 0)[1] == ("byline", "本报记者 刘鑫焱 付明丽")
    assert article.byline is not None
    assert article.byline.reporters == ("刘鑫焱", "付明丽")
    assert paragraphs(page)[0] == PARAS[0]


def test_reporters_are_kept_apart_when_the_spaces_between_them_are_gone() -> None:
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.line("本报记者刘鑫焱付明丽", X[0], y)
    sheet.column(COL1, X[0], y)
    page = reflow_geometric(sheet.page())
    byline = page.articles[0].byline
    assert byline is not None and byline.reporters == ("刘鑫焱", "付明丽")
    assert split_names("王科张帆") == ["王科", "张帆"]
    assert split_names("春耕生产") is None


def test_reporters_wrapped_onto_the_next_line_stay_in_the_byline() -> None:
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.line("本报记者  吴齐强", X[0], y)
    y = sheet.line("颜珂", X[0], y)
    sheet.column(COL1, X[0], y)
    page = reflow_geometric(sheet.page())
    byline = page.articles[0].byline
    assert byline is not None and byline.reporters == ("吴齐强", "颜珂")
    assert paragraphs(page)[0] == PARAS[0]


def test_a_continuation_marker_is_removed_and_recorded() -> None:
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.column(COL1[:3], X[0], y)
    sheet.line("（下转第2版）", X[0], y)
    page = reflow_geometric(sheet.page())
    article = page.articles[0]
    assert article.continued_to == "第2版"
    assert "下转" not in article.text
    assert [m.text for m in page.removed] == ["（下转第2版）"]
    assert_provenance(page)


def test_a_headless_column_opening_with_continued_from_is_its_own_story() -> None:
    sheet = Sheet()
    sheet.column(["（上接第1版）", *COL2], X[0], 40)
    two_column_story(sheet, X[1], "全省春播进度过半")
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == [None, "全省春播进度过半"]
    assert page.articles[0].continued_from == "第1版"


def test_a_headline_under_its_columns_heads_the_columns_above_it() -> None:
    sheet = Sheet()
    two_column_story(sheet, X[0], "春耕生产有序推进")
    y = sheet.column(COL1, X[0], 330)
    sheet.column(COL2, X[1], 330)
    sheet.centered("全省春播进度过半", X[0], WIDE, y + 10, 40)
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == ["春耕生产有序推进", "全省春播进度过半"]
    assert paragraphs(page, 1) == PARAS


def test_a_photo_caption_between_a_headline_and_its_columns_stays_in_the_story() -> None:
    # Under a band of two stories, a third: its headline, a photo (blank to the OCR), the
    # caption in smaller type across the story, then its columns. The photo's space and the
    # caption's gaps cut headline, caption and columns apart; all three are one story.
    sheet = Sheet()
    two_column_story(sheet, X[0], "春耕生产有序推进")
    two_column_story(sheet, X[2], "全省春播进度过半")
    y = sheet.centered("农机作业全面展开", X[0], WIDE, 330, 40)
    caption = "农机手在田间驾驶播种机作业，一天可播种三百亩。"
    sheet.line(caption, X[0], y + 200, 16)
    sheet.column(COL1, X[0], y + 250)
    sheet.column(COL2, X[1], y + 250)
    page = reflow_geometric(sheet.interleaved())
    titles = ["春耕生产有序推进", "全省春播进度过半", "农机作业全面展开"]
    assert [a.title for a in page.articles] == titles
    assert paragraphs(page, 2) == [caption, *PARAS]
    assert_provenance(page)


def test_columns_under_a_caption_closer_than_a_row_gap_are_still_read_column_by_column() -> None:
    # A photo's caption set across the story stands closer over its columns than the gap
    # that parts bands (0.6 body lines here: the detector's boxes of the first row grow up
    # a little), yet further than two lines of a column. No gap cuts the part then, and the
    # columns under the caption were read row by row across.
    sheet = Sheet()
    y = sheet.centered("农机作业全面展开", X[0], WIDE, 40, 40) + 200  # the photo's blank
    caption = "农机手在田间驾驶播种机作业，一天可播种三百亩。"
    sheet.line(caption, X[0], y, 16)
    top = y + 16 + 0.6 * S
    sheet.column(COL1, X[0], top)
    sheet.column(COL2, X[1], top)
    page = reflow_geometric(sheet.interleaved())
    assert paragraphs(page) == [caption, *PARAS]
    assert_provenance(page)


def test_a_continued_part_under_a_headline_with_a_line_of_text_stays_apart() -> None:
    # A brief (headline and one line) over a part opening with "continued from": that part
    # is another story's, not columns under a caption.
    sheet = Sheet()
    two_column_story(sheet, X[0], "春耕生产有序推进")
    two_column_story(sheet, X[2], "全省春播进度过半")
    y = sheet.centered("农机作业全面展开", X[0], WIDE, 330, 40)
    sheet.line("全省农机作业已经过半。", X[0] + 2 * S, y + 10)
    sheet.column(["（上接第1版）", *COL2], X[0], y + 100)
    sheet.column(COL1, X[1], y + 100)
    page = reflow_geometric(sheet.interleaved())
    titles = ["春耕生产有序推进", "全省春播进度过半", "农机作业全面展开", None]
    assert [a.title for a in page.articles] == titles
    assert page.articles[3].continued_from == "第1版"
    assert_provenance(page)


def test_a_headline_set_in_the_first_column_heads_the_columns_beside_it() -> None:
    sheet = Sheet()
    y = sheet.line("春耕生产", X[0] + 10, 40, 40)
    y = sheet.line("有序推进", X[0] + 10, y, 40)
    sheet.column(COL1, X[0], y + 10)
    sheet.column(COL2, X[1], 40)
    two_column_story(sheet, X[2], "全省春播进度过半")
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == ["春耕生产有序推进", "全省春播进度过半"]
    assert paragraphs(page, 0) == PARAS


def test_page_furniture_goes_to_the_page_metadata_and_is_set_aside() -> None:
    sheet = Sheet()
    sheet.line("光明日报", X[0], 20, 80)
    sheet.line("2025年3月1日  星期六", X[2], 20, 18)
    sheet.line("第12345期", X[2], 45, 18)
    sheet.line("第3版  要闻", X[2], 70, 18)
    sheet.line("责任编辑：王明", X[2], 95, 16)
    two_column_story(sheet, X[0], "春耕生产有序推进", y=140)
    page = reflow_geometric(sheet.interleaved())
    assert page.meta.paper == "光明日报"
    assert page.meta.date == "2025-03-01"
    assert page.meta.page == "第3版"
    assert page.meta.section == "要闻"
    assert page.meta.issue == "第12345期"
    assert sorted(s.text for s in page.set_aside if s.kind == "furniture") == sorted(
        ["光明日报", "2025年3月1日  星期六", "第12345期", "第3版  要闻", "责任编辑：王明"]
    )
    assert [a.title for a in page.articles] == ["春耕生产有序推进"]
    assert_provenance(page)


def test_a_date_line_the_detector_split_before_the_weekday_is_still_read() -> None:
    # "2025年3月1日" and "星期六" boxed apart: the weekday alone is furniture too, not the
    # first line of text under which the header zone would end (losing paper, date and page).
    sheet = Sheet()
    sheet.line("光明日报", X[0], 20, 80)
    sheet.line("2025年3月1日", X[2], 20, 18)
    sheet.line("星期六", X[2] + 150, 20, 18)
    sheet.line("第3版  要闻", X[2], 45, 18)
    two_column_story(sheet, X[0], "春耕生产有序推进", y=140)
    page = reflow_geometric(sheet.interleaved())
    assert (page.meta.paper, page.meta.date, page.meta.page) == ("光明日报", "2025-03-01", "第3版")
    assert "星期六" in [s.text for s in page.set_aside if s.kind == "furniture"]
    assert [a.title for a in page.articles] == ["春耕生产有序推进"]
    assert_provenance(page)


def test_a_misread_line_level_with_the_masthead_does_not_end_the_header() -> None:
    # The folio line misread past recognition ("笫3饭  要阔") reads as text; level with the
    # masthead it is still in the header zone, so the masthead and the date line are read.
    sheet = Sheet()
    sheet.line("光明日报", X[0], 20, 80)
    sheet.line("2025年3月1日  星期六", X[2], 20, 18)
    sheet.line("笫3饭  要阔", X[2], 45, 18)
    two_column_story(sheet, X[0], "春耕生产有序推进", y=140)
    page = reflow_geometric(sheet.interleaved())
    assert (page.meta.paper, page.meta.date) == ("光明日报", "2025-03-01")
    assert [a.title for a in page.articles][-1] == "春耕生产有序推进"
    assert paragraphs(page, len(page.articles) - 1)[-3:] == PARAS  # (the misread line kept)
    assert_provenance(page)


def test_an_inner_page_top_story_title_is_no_masthead() -> None:
    sheet = Sheet()
    sheet.line("A3  经济", X[0], 20, 18)
    two_column_story(sheet, X[0], "春耕生产有序推进", y=60)
    page = reflow_geometric(sheet.page())
    assert page.meta.paper is None and page.meta.page == "A3" and page.meta.section == "经济"
    assert page.articles[0].title == "春耕生产有序推进"


@pytest.mark.parametrize(
    ("text", "date", "folio", "issue"),
    [
        ("二〇二五年三月一日  星期六", "2025-03-01", None, None),
        ("2025-03-01", "2025-03-01", None, None),
        ("2025年3月1目  星期六", "2025-03-01", None, None),  # 日 misread as 目
        ("星期六", None, None, None),
        ("2025年3月1日星朗六", "2025-03-01", None, None),  # 期 misread
        ("第3版  要阔", None, "第3版", None),  # the section name misread
        ("第03版", None, "第3版", None),
        ("总第23456号", None, None, "总第23456号"),
    ],
)
def test_furniture_lines_parse(
    text: str, date: str | None, folio: str | None, issue: str | None
) -> None:
    found = parse_line(text)
    assert found is not None
    assert (found.date, found.page, found.issue) == (date, folio, issue)


def test_a_sentence_with_a_date_is_no_furniture() -> None:
    assert parse_line("2025年3月1日，全市召开动员大会。") is None
    assert parse_line("第3版刊登了全文") is None  # more than a section name after the folio
    assert parse_line("要闻第3版") is not None and parse_line("天气第3版") is None


def test_low_confidence_boxes_and_isolated_specks_are_noise_but_a_short_last_line_stays() -> None:
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.column(["  今年以来，各地抓", "住有利时机，组织农", "民开展春耕生产工作"], X[0], y)
    sheet.line("了。", X[0], y)
    sheet.line("卜", X[1] + 40, 150, 14, confidence=0.31)  # show-through
    sheet.line("口", 5, 120, 12, confidence=0.9)  # a speck in the margin
    page = reflow_geometric(sheet.page())
    noise = {s.text: s.note for s in page.set_aside if s.kind == "noise"}
    assert set(noise) == {"卜", "口"}
    assert "confidence" in noise["卜"] and "speck" in noise["口"]
    assert paragraphs(page) == ["今年以来，各地抓住有利时机，组织农民开展春耕生产工作了。"]
    assert_provenance(page)


def test_a_tall_narrow_box_is_vertical_type_set_aside_with_a_note() -> None:
    sheet = Sheet()
    two_column_story(sheet, X[0], "春耕生产有序推进")
    sheet.lines.append(OcrLine("新闻热线", Box(700, 60, 720, 140), 0.9))
    page = reflow_geometric(sheet.page())
    (vertical,) = [s for s in page.set_aside if s.kind == "vertical"]
    assert vertical.text == "新闻热线" and "vertical" in vertical.note
    assert all("新闻热线" not in a.text for a in page.articles)


def test_a_line_without_a_box_is_set_aside_and_an_empty_page_has_no_articles() -> None:
    sheet = Sheet()
    two_column_story(sheet, X[0], "春耕生产有序推进")
    sheet.lines.append(OcrLine("无框文字"))
    page = reflow_geometric(sheet.page())
    assert [s.text for s in page.set_aside] == ["无框文字"]
    assert reflow_geometric(OcrPage("empty", "test", ())).articles == ()


def test_the_page_keeps_its_boxes_size_and_format() -> None:
    sheet = Sheet()
    two_column_story(sheet, X[0], "春耕生产有序推进")
    page = reflow_geometric(sheet.page(width=900.0, height=600.0))
    assert page.size == (900.0, 600.0) and page.format == "test"
    assert len(page.boxes) == len(sheet.lines)
    first = sheet.lines[0].box
    assert first is not None and page.boxes[0] == (first.x0, first.y0, first.x1, first.y1)


def test_a_source_line_run_onto_the_byline_stays_in_the_byline_block() -> None:
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.line("本报记者  刘鑫焱  付明丽《人民日报》（2025年03月01日第 01 版）", X[0], y)
    sheet.column(COL1, X[0], y)
    page = reflow_geometric(sheet.page())
    article = page.articles[0]
    assert article.byline is not None
    assert article.byline.reporters == ("刘鑫焱", "付明丽")
    assert blocks(page, 0)[1][0] == "byline" and "人民日报" in blocks(page, 0)[1][1]
    assert paragraphs(page)[0] == PARAS[0]


def test_a_line_cut_into_two_boxes_reads_as_one_line() -> None:
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.column(COL1[:1], X[0], y)
    sheet.line("抓住有利", X[0], y + 1)  # one printed line, two boxes, the right one listed first
    sheet.line("时机，组织", X[0] + 4 * S, y - 1)
    sheet.lines[-1], sheet.lines[-2] = sheet.lines[-2], sheet.lines[-1]
    sheet.column(COL1[2:], X[0], y + 30)
    page = reflow_geometric(sheet.page())
    assert paragraphs(page)[0] == PARAS[0]


def test_columns_continue_under_stories_side_by_side_across_a_gap_at_one_height() -> None:
    # Two stories side by side; in all their columns the OCR left a gap at the same height
    # (a dropped line, a caption's wider spacing): the XY-cut cuts across the band there, and
    # the headless columns under the gap go on with the story over each of them.
    sheet = Sheet()
    for x, title in ((X[0], "春耕生产有序推进"), (X[2], "全省春播进度过半")):
        top = sheet.centered(title, x, WIDE, 40, 40) + 10
        for dx, rows in ((0.0, COL1), (210.0, COL2)):
            sheet.column(rows[:3], x + dx, top)
            sheet.column(rows[3:], x + dx, top + 4 * PITCH)
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == ["春耕生产有序推进", "全省春播进度过半"]
    joined = ["".join(PARAS)]
    assert "".join(paragraphs(page, 0)) == joined[0] and "".join(paragraphs(page, 1)) == joined[0]
    assert_provenance(page)


def test_columns_continue_under_their_stories_past_two_dropped_lines_in_one_of_them() -> None:
    # As above, but in the story on the right the OCR dropped two lines at that height: in
    # tightly led type its columns go on 2.5 line heights under their last line (2.3 on a
    # real page), further than one dropped line leaves, nearer than the next band's story.
    sheet = Sheet()
    for x, title, gap in ((X[0], "春耕生产有序推进", 4.0), (X[2], "全省春播进度过半", 4.5)):
        top = sheet.centered(title, x, WIDE, 40, 40) + 10
        for dx, rows in ((0.0, COL1), (210.0, COL2)):
            sheet.column(rows[:3], x + dx, top)
            sheet.column(rows[3:], x + dx, top + gap * PITCH)
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == ["春耕生产有序推进", "全省春播进度过半"]
    joined = ["".join(PARAS)]
    assert "".join(paragraphs(page, 0)) == joined[0] and "".join(paragraphs(page, 1)) == joined[0]
    assert_provenance(page)


def test_a_short_title_centred_over_its_photo_caption_and_columns_heads_them() -> None:
    # A story beside another: its title, short and centred over its two columns, then a photo
    # (blank to the OCR), the caption across the story and the columns; the story beside it
    # ends above the caption. The title spans less than half the columns' width.
    sheet = Sheet()
    y = sheet.centered("狂欢夜", X[0], WIDE, 40, 40)
    caption = "元旦之夜，巴黎人有欢聚香榭丽舍大街迎新年的传统。"
    sheet.line(caption, X[0], y + 220, 16)
    sheet.column(COL1, X[0], y + 260)
    sheet.column(COL2, X[1], y + 260)
    two_column_story(sheet, X[2], "全省春播进度过半")
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == ["狂欢夜", "全省春播进度过半"]
    assert paragraphs(page, 0) == [caption, *PARAS]
    assert_provenance(page)


def test_a_column_left_of_a_centred_headline_s_span_belongs_to_that_story() -> None:
    # A brief in three columns under a short title centred over all three, which spans only
    # the middle one; beside it, on the left, a one-column story under its own centred title.
    # The first column of the brief stands under neither title: it is the brief's (its
    # paragraph runs on at the head of the middle column), not the left story's.
    sheet = Sheet()
    left = ["  这是左边的一栏", "文字，自成一篇。"]
    top = sheet.centered("春耕", X[0], 180, 40, 40) + 10
    sheet.column(left, X[0], top)
    sheet.centered("进度过半", X[1], 600, 40, 40)
    sheet.column(COL1, X[1], top)
    sheet.column(COL2, X[2], top)
    sheet.column(["  另据报道，当地", "群众纷纷参与。"], X[3], top)
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == ["春耕", "进度过半"]
    assert paragraphs(page, 0) == ["这是左边的一栏文字，自成一篇。"]
    assert paragraphs(page, 1) == [*PARAS, "另据报道，当地群众纷纷参与。"]
    assert_provenance(page)


def test_a_column_continues_under_its_story_past_a_dropped_line_below_its_neighbour() -> None:
    # A story's column runs on further down than the story beside it ends; the OCR dropped a
    # line of it there, and the gap runs across the whole band: the rest of the column is
    # still that story's, not a headless story of its own.
    sheet = Sheet()
    two_column_story(sheet, X[0], "春耕生产有序推进")
    top = sheet.centered("全省春播进度过半", X[2], WIDE, 40, 40) + 10
    rows = COL1 + COL2
    sheet.column(rows[:7], X[2], top)
    sheet.column(rows[7:], X[2], top + 8 * PITCH)
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == ["春耕生产有序推进", "全省春播进度过半"]
    assert paragraphs(page, 1) == PARAS
    assert_provenance(page)


def test_a_full_line_ending_a_sentence_in_a_box_boxed_short_does_not_end_the_paragraph() -> None:
    # The OCR read the line's full-width quotes as ASCII ones and boxed it two characters
    # short of the column's edge; its nine characters still fill the nine-character column.
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    rows = [
        "  今年以来，各地",
        "抓住有利时机，他们",
        '说要从"0"起步。',
        "明天继续努力，做好",
        "春耕生产各项工作。",
        "  农业部门派出",
        "技术人员到田间去。",
    ]
    sheet.column(rows, X[0], y)
    k = next(n for n, ln in enumerate(sheet.lines) if ln.text.startswith("说"))
    box = sheet.lines[k].box
    assert box is not None
    sheet.lines[k] = OcrLine(sheet.lines[k].text, Box(box.x0, box.y0, box.x1 - 2 * S, box.y1))
    page = reflow_geometric(sheet.page())
    assert paragraphs(page) == [
        '今年以来，各地抓住有利时机，他们说要从"0"起步。明天继续努力，做好春耕生产各项工作。',
        "农业部门派出技术人员到田间去。",
    ]


def test_a_titles_last_two_characters_wrapped_onto_a_tall_box_stay_in_the_title() -> None:
    """A long title wrapped over two lines, its last two characters alone on the second: the
    detector boxes them taller than the first line's box and a part of a cell wide, which by
    pitch would make them larger type than the first line (and it a deck over them). A line
    of so few characters is sized by its box's height: the two lines are one title."""
    sheet = Sheet()
    first = "两国总理举行第十轮年度"
    sheet.lines.append(OcrLine(first, Box(X[0], 40, X[0] + 11 * 28, 40 + 1.1 * S), 0.95))
    sheet.lines.append(OcrLine("会晤", Box(X[0] + 120, 66, X[0] + 120 + 2 * 28 + 14, 95), 0.95))
    sheet.column(COL1, X[0], 110)
    sheet.column(COL2, X[1], 110)
    page = reflow_geometric(sheet.interleaved())
    assert blocks(page, 0)[0] == ("title", first + "会晤")
    assert paragraphs(page) == PARAS


def test_a_line_cut_into_two_boxes_grown_into_each_other_reads_as_one_line() -> None:
    """The detector cut a printed line in two and grew the right box a quarter of a character
    into the left one: still one line, not a paragraph opening a character or two in."""
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.column(COL1[:1], X[0], y)
    sheet.line("抓住有利", X[0], y + 1)
    sheet.line("时机，组织", X[0] + 4 * S - 5, y - 1)
    sheet.column(COL1[2:], X[0], y + 30)
    page = reflow_geometric(sheet.page())
    assert paragraphs(page)[0] == PARAS[0]


def test_the_search_for_a_caption_over_columns_stays_linear_on_a_long_single_column(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A single column of many lines (no caption, no columns): the search looks at the first
    CAPTION_ROWS rows as a possible caption, not at every row (it was quadratic in the rows:
    on a 20,000-box page a quarter of the layout's time)."""
    from desktop.core.reflow import columns

    calls = 0
    real = columns._split

    def counting(*args: object, **kwargs: object) -> list[list[int]]:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(columns, "_split", counting)
    boxes = [(60.0, 40.0 + 36 * k, 660.0, 64.0 + 36 * k) for k in range(400)]
    ys = list(range(len(boxes)))
    xs = sorted(ys, key=lambda i: boxes[i][0])
    assert columns._text_over_columns(ys, xs, boxes, 20.0, 30.0) == [ys]
    # (And one split more for columns packed row on row, columns._over_packed_columns.)
    assert calls <= 2 + 2 * columns.CAPTION_ROWS


def test_a_garbled_body_line_spread_over_its_width_is_no_headline() -> None:
    """A body line the detector could not read, boxed as wide and as tall as the column's
    lines but holding a few characters: set at twice the body's pitch by its box, it is no
    headline that would cut its story in two (a headline's box grows with its type)."""
    sheet = Sheet()
    y = sheet.centered("春耕生产有序推进", X[0], WIDE, 40, 40) + 10
    y = sheet.column(["  今年以来，各地", "抓住有利时机，组织"], X[0], y)
    sheet.lines.append(OcrLine("是国中是", Box(X[0], y, X[0] + 9 * S, y + S), 0.6))
    sheet.column(["农民开展春耕生产。", "  据统计，全省已", "完成春播面积三百万"], X[0], y + PITCH)
    sheet.column(COL2, X[1], 100)
    page = reflow_geometric(sheet.interleaved())
    assert [a.title for a in page.articles] == ["春耕生产有序推进"]
    assert paragraphs(page)[0] == "今年以来，各地抓住有利时机，组织是国中是农民开展春耕生产。"
    assert_provenance(page)
