"""A run-on row's parts cut at the grid's gutters hold their columns' whole lines but for what
a paragraph's opening and a number leave out (:func:`gutters._filled_but_one`).

A story of three unequal columns under a story set in the same columns (the page's grid),
its rows boxed by the detector run on over all three, row after row. One row opens a
paragraph in the first column (its box starts two characters in) and holds a number in the
second (three digits, set narrower than the two characters they stand for: its characters
fill a fifth of a cell less than the column's whole lines). The lines over and under that row
are run-on boxes, so its parts are shown by their characters alone, and they fill their
columns' whole lines exactly in neither part: the grid's cut was thrown away, and the first
look's cut (by one pitch over the whole box) put a character of each column into the one
before (test13/page-05 read shrunk: ``……就是要在`` | ``济新体制……300多项重要国`` | ``在集成电路……``,
exactly the full-size read's boxes, thrown away).
"""

from __future__ import annotations

from desktop.core.ocr.model import Box, OcrLine
from desktop.core.reflow.gutters import _filled_but_one, split_across_gutters
from tests.core.geometry_helpers import page_of_rows

CHAR = 24
LEAD = 36
HEIGHT = 28
COLS = (20, 23, 22)
GUTTER = 42  # 1.75 characters


def _story(indent: bool) -> tuple[list[tuple[int, int, int, int, str]], int, list[str]]:
    """The page's rows (x0, y0, x1, y1, text), row 4's index and its three columns' texts:
    row 3 a box over the first two columns and a paragraph's end in the third; row 4 the
    first column's paragraph opening (``indent``: its box starts two characters in) and a
    number in the second column."""
    xs = [100]
    for n in COLS[:-1]:
        xs.append(xs[-1] + n * CHAR + GUTTER)
    end = xs[2] + COLS[2] * CHAR
    rows = [
        (
            xs[k],
            100 + row * LEAD,
            xs[k] + COLS[k] * CHAR,
            100 + row * LEAD + HEIGHT,
            "庚辛壬"[k] * COLS[k],
        )
        for row in range(8)
        for k in range(3)
    ]
    top = 100 + 8 * LEAD + 20
    rows.append((400, top, 1000, top + 45, "三栏通栏大字标题在此"))
    target, texts = -1, []
    for row in range(10):
        y0 = top + 60 + row * LEAD
        c = "零一二三四五六七八九"[row]
        t = [
            f"{n}{c}" + w * (COLS[k] - 2)
            for k, (n, w) in enumerate(zip("甲乙丙", "文字词", strict=True))
        ]
        x0 = xs[0]
        if row == 3:
            rows.append((xs[0], y0, xs[1] + COLS[1] * CHAR, y0 + HEIGHT, t[0] + t[1]))
            rows.append((xs[2], y0, xs[2] + 7 * CHAR, y0 + HEIGHT, f"丙{c}" + "词" * 4 + "。"))
            continue
        if row == 4:
            if indent:
                t[0], x0 = t[0][:-2], xs[0] + 2 * CHAR
            t[1] = t[1][:5] + "300" + t[1][7:]
            target, texts = len(rows), t
        rows.append((x0, y0, end, y0 + HEIGHT, "".join(t)))
    # (A column of whole lines beside them: the page's body pitch.)
    rows += [
        (
            end + 3 * CHAR,
            100 + row * LEAD,
            end + 15 * CHAR,
            100 + row * LEAD + HEIGHT,
            "旁栏正文" * 3,
        )
        for row in range(26)
    ]
    return rows, target, texts


def test_a_run_on_rows_parts_may_open_a_paragraph_and_hold_a_number() -> None:
    for indent in (True, False):
        rows, target, texts = _story(indent)
        out = split_across_gutters(page_of_rows(rows))
        y0 = rows[target][1]
        parts = [ln.text for ln in out.lines if ln.box is not None and abs(ln.box.y0 - y0) < 1]
        assert parts == texts, indent
        assert sorted("".join(ln.text for ln in out.lines)) == sorted("".join(r[4] for r in rows))


def test_a_part_holding_more_than_its_columns_whole_lines_is_not_let_through() -> None:
    """The slack is for a part short of its column's whole line: one holding more (a
    character of the next column's taken in) leaves the cut as the rule before left it."""
    window = [(float(100 + k * LEAD), 100.0, 580.0) for k in range(3)]
    cells = dict.fromkeys(window, 20.0)

    def part(text: str, x0: float = 100.0) -> OcrLine:
        return OcrLine(text, Box(x0, 400, 580, 428), 0.99)

    whole = part("文" * 20)
    # (A fifth of a cell short, another part whole: let through.)
    assert _filled_but_one([whole, part("文" * 18 + "300")], [0, 1], window, cells, 24.0, False)
    # (A fifth of a cell over: not.)
    assert not _filled_but_one([whole, part("文" * 19 + "30")], [0, 1], window, cells, 24.0, False)
    # (Short with no other part whole beside it: not.)
    assert not _filled_but_one([part("文" * 18 + "300")], [0], window, cells, 24.0, False)
    # (Short where a part the lines around show holds more than its column's: not.)
    assert not _filled_but_one(
        [whole, part("文" * 18 + "300"), part("文" * 19 + "30")], [0, 1], window, cells, 24.0, False
    )
    # (The first part a paragraph's opening, INDENT cells in and fewer: whole.)
    assert _filled_but_one([part("文" * 18, 148.0)], [0], window, cells, 24.0, False)
    assert not _filled_but_one([part("文" * 18, 148.0)], [0], window, cells, 24.0, True)
