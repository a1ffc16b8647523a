"""Columns under a caption are read column by column though the story's last column holds a
single line.

A photo's caption set across a story stands closer over its columns than a row gap; the part
is split under it when the lines under it stand in columns, each two lines or more (a single
line under a caption is no column). A short story's last column holds what is left of its
text, one line now and then: on probe page-314 (six columns of four rows under a photo and
its caption, the last column the closing paragraph's one line) the columns were read row by
row across, one paragraph of the whole story. Only the last column may hold a single line.
"""

from __future__ import annotations

from desktop.core.reflow.geometric import reflow_geometric
from tests.core.geometry_helpers import S, Sheet, assert_provenance

COL_A = ["  今年以来，各地", "抓住有利时机，组织", "农民开展春耕生产。", "  农业部门派出技"]
COL_B = ["术人员深入田间地头", "指导农民科学施肥确", "保粮食稳产增产。", "  据统计，全省已"]
COL_C = ["完成春播面积过半。"]
PARAS = [
    "今年以来，各地抓住有利时机，组织农民开展春耕生产。",
    "农业部门派出技术人员深入田间地头指导农民科学施肥确保粮食稳产增产。",
    "据统计，全省已完成春播面积过半。",
]
X = [40.0, 250.0, 460.0]  # columns 9 characters (180 px) wide, gutters 30 px
WIDE = 600.0
CAPTION = "农机手在田间驾驶播种机作业，一天可播种三百亩，全省春播进度已经过半。"


def _paragraphs(columns: list[list[str]]) -> list[str]:
    sheet = Sheet()
    y = sheet.centered("农机作业全面展开", X[0], WIDE, 40, 40) + 200  # the photo's blank
    sheet.line(CAPTION, X[0], y, 16)
    top = y + 16 + 0.6 * S
    for x, rows in zip(X, columns, strict=False):
        sheet.column(rows, x, top)
    page = reflow_geometric(sheet.interleaved())
    assert_provenance(page)
    assert [a.title for a in page.articles] == ["农机作业全面展开"]
    return [b.text for b in page.articles[0].blocks if b.kind == "paragraph"]


def test_columns_under_a_caption_whose_last_column_holds_one_line_are_read_in_turn() -> None:
    assert _paragraphs([COL_A, COL_B, COL_C]) == [CAPTION, *PARAS]


def test_columns_of_two_lines_or_more_under_a_caption_are_read_in_turn() -> None:
    # (As before: every column two lines or more.)
    cols = [COL_A, COL_B[:3], [COL_B[3], *COL_C]]
    assert _paragraphs(cols) == [CAPTION, *PARAS]
