"""A deck ending in a closing bracket is boxed half a cell short, and is still a deck.

On a probe page (dev stories in a new layout) the deck 习近平喜欢的典故》（第三季） stood
centred under its title, set at 1.15 of the body's type. Its last mark, ）, is inked in the left
half of its cell, and the detector's box ends at the ink: over 14 cells the pitch read 1.11 of
the body's, under the 1.12 a deck needs, and the deck was made the story's first paragraph
(its second line, 播出引发热烈反响, a sub-head). A line opening with an opening mark or
closing with a closing one has that half cell given back before its pitch is weighed as a
deck's. A body line ending in a stop is not made a deck by it: its pitch stays the body's.
"""

from __future__ import annotations

from desktop.core.model import Page
from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import page_of_rows, paragraph_column, titled_stories

TITLE = "甲乙丙丁戊己庚辛"  # 40 px type
DECK = "东南西北中春夏秋冬金（木水火）"  # 28 px type, 14 cells, its box half a cell short
OTHER_TITLE = "子丑寅卯辰巳午未申酉戌亥"
COLUMNS = [(60, 400), (434, 774)]  # 14 characters at 24.3 px


def _titled() -> tuple[list[tuple[int, int, int, int, str]], int]:
    """The page's furniture and the title centred over COLUMNS (40 px type), and its middle."""
    rows = [
        (60, 60, 460, 160, "人民日报"),
        (1500, 70, 1760, 100, "1998年1月2日星期五"),
        (1500, 110, 1640, 140, "第3版要闻"),
    ]
    mid = (COLUMNS[0][0] + COLUMNS[-1][1]) // 2
    width = 40 * len(TITLE)
    rows.append((mid - width // 2, 300, mid + width // 2, 343, TITLE))
    return rows, mid


def _page() -> tuple[Page, list[str], list[str]]:
    rows, mid = _titled()
    deck = round(27.5 * (len(DECK) - 0.5))  # 28 px type, a box a little inside the ink
    rows.append(
        (
            mid - round(27.5 * len(DECK)) // 2,
            352,
            mid - round(27.5 * len(DECK)) // 2 + deck,
            383,
            DECK,
        )
    )
    mine: list[str] = []
    for n, (x0, x1) in enumerate(COLUMNS):
        col, paragraphs = paragraph_column(x0, x1, 400, 9, 13 * n)
        rows += col
        mine += paragraphs
    # A story beside it, for a page of more than one headline.
    x0 = 860
    rows.append((x0 + 60, 300, x0 + 60 + 40 * len(OTHER_TITLE), 343, OTHER_TITLE))
    other: list[str] = []
    for n in range(2):
        col, paragraphs = paragraph_column(x0 + 374 * n, x0 + 374 * n + 340, 370, 9, 40 + 11 * n)
        rows += col
        other += paragraphs
    return reflow_page(page_of_rows(rows)), mine, other


def test_a_deck_ending_in_a_closing_bracket_is_a_deck() -> None:
    page, mine, other = _page()
    assert titled_stories(page) == {TITLE: ([DECK], mine), OTHER_TITLE: ([], other)}


def test_a_short_line_ending_in_a_quote_under_a_title_stays_body_text() -> None:
    """A paragraph's last line of two characters and a closing quote (牺牲”), boxed a little
    wide right under a title and about its middle, has too few characters for a pitch: half a
    cell given back over three cells would make it a deck (held-out test2 page-07, then made
    dev for this)."""
    rows, mid = _titled()
    rows.append((mid + 10, 352, mid + 10 + 72, 378, "宇宙”"))  # 3 cells, 24 px a cell
    for n, (x0, x1) in enumerate(COLUMNS):
        col, _ = paragraph_column(x0, x1, 400, 9, 13 * n)
        rows += col
    page = reflow_page(page_of_rows(rows))
    decks = [b.text for a in page.articles for b in a.blocks if b.kind == "deck"]
    assert decks == []
    assert any("宇宙”" in b.text for a in page.articles for b in a.blocks if b.kind == "paragraph")
