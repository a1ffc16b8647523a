"""A paragraph's one line cut off from its column by rows the OCR lost over it is still
indented against that column.

On probe page-315 the OCR lost two rows of a column (a paragraph's last two lines); the gap
they left cut the column in the XY cut, and the next paragraph's one line (``吴政隆陪同调研。``,
indented two characters) stood in a leaf of its own. Its column's edges were taken from it
alone, so it read unindented, and as the line over the gap ran on it was joined to that
paragraph. A line alone in its leaf, an indent in from a column of four lines or more whose
last line stands a few rows over it, takes that column's edges.
"""

from __future__ import annotations

from desktop.core.reflow.geometric import reflow_geometric
from tests.core.geometry_helpers import PITCH, Sheet, assert_provenance

COL = [
    "  今年以来，各地抓住有利时机，组织农民",
    "开展春耕生产，全省春播进度已经过半。",
    "  农业部门派出技术人员深入田间地头，指",
    "导农民科学合理施肥，确保粮食稳产增产，各",
    "地农机合作社组织农机手抢抓农时开展作业，",
]
X, WIDE = 40.0, 400.0  # one column of 20 characters


def _paragraphs(lost_rows: int) -> list[str]:
    sheet = Sheet()
    top = sheet.centered("春耕生产有序推进", X, WIDE, 40, 40) + 10
    y = sheet.column(COL, X, top)
    sheet.column(["  省长陪同调研。"], X, y + lost_rows * PITCH)
    page = reflow_geometric(sheet.page())
    assert_provenance(page)
    return [b.text for b in page.articles[0].blocks if b.kind == "paragraph"]


PARAS = [
    "今年以来，各地抓住有利时机，组织农民开展春耕生产，全省春播进度已经过半。",
    "农业部门派出技术人员深入田间地头，指导农民科学合理施肥，确保粮食稳产增产，各地"
    "农机合作社组织农机手抢抓农时开展作业，",
    "省长陪同调研。",
]


def test_an_indented_line_under_lost_rows_opens_a_paragraph() -> None:
    assert _paragraphs(2) == PARAS


def test_an_indented_line_right_under_its_column_opens_a_paragraph() -> None:
    # (As before: in the column's own leaf.)
    assert _paragraphs(0) == PARAS
