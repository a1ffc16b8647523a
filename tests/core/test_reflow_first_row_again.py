"""A story's first row under its headline, run on over its three columns, is looked at again
once the rows under it are cut, and cut at both its gutters.

A story in three wide columns (25 characters, set a little narrower than the page's pitch)
stands under its headline, between stories in the page's six narrow columns. Its first row
(a paragraph's indented opening, a number in its middle column) is boxed as one line over all
three columns; so is the row under it (a straight quote in it: no count), and the row under
that over the first two columns (50 characters, a count). Read at the page's pitch, that
50-character box leaves no blank for a gutter: it seems a wider column's full line bridging
the first gutter (:func:`desktop.core.reflow.gutters._bridged`), so the first look cut the
first row at its second gutter only, a character off. The second look asked the first row
before the rows under it, which crossed its first gutter still, and cut those rows right
after; the grid's look (the page's grid is the narrow columns', its gutter ending a few
pixels past the wide column's end) found no part whole. So the row stayed in two parts, the
first two columns' lines read as one (test13/page-05 read at RapidOCR's default size:
``……就是要在济新体制……重要国`` | ``在集成电路……``). The page is made up, text neutral.
"""

from __future__ import annotations

from desktop.core.reflow.gutters import split_across_gutters
from tests.core.geometry_helpers import page_of_rows, pool_text

#: The page's narrow columns (11 characters, about 24.5 px apart).
NARROW = [(59, 326), (377, 645), (695, 966), (1024, 1296), (1333, 1602), (1652, 1921)]
#: The story's wide columns (25 characters, 23.4 px apart).
WIDE = [(59, 645), (692, 1280), (1333, 1922)]
PER = 25
TOP = 1076


def _narrow_story(top: int, rows: int, start: int) -> list[tuple[int, int, int, int, str]]:
    out = []
    for r in range(rows):
        y = top + 36 * r
        for k, (x0, x1) in enumerate(NARROW):
            lead = 2 if r % 4 == 0 else 0
            out.append(
                (x0 + 24 * lead, y, x1, y + 27, pool_text(start + 13 * k + 5 * r, 11 - lead))
            )
    return out


def _page() -> tuple[list[tuple[int, int, int, int, str]], list[str]]:
    """The page's rows, and the wide story's first row's three columns' texts."""
    rows: list[tuple[int, int, int, int, str]] = [(60, 60, 460, 160, "人民日报")]
    rows += _narrow_story(740, 6, 0)
    rows.append((646, 996, 1355, 1046, pool_text(90, 16)))
    pitch = (WIDE[0][1] - WIDE[0][0]) / PER
    first: list[str] = []
    for r in range(12):
        y = TOP + 36 * r
        # (A paragraph opens in the first column every fifth row, indented two characters.)
        lead = 2 if r % 5 == 0 else 0
        texts = [pool_text(3 * k + 5 * r, PER - (lead if k == 0 else 0)) for k in range(3)]
        if r == 0:
            # (A number: three digits for two characters' room.)
            texts[1] = texts[1][:10] + "300" + texts[1][12:]
            first = list(texts)
        if r == 1:
            texts[2] = texts[2][:3] + '"' + texts[2][4:]
        a, b, c = (
            (round(x0 + (lead if k == 0 else 0) * pitch), y, x1, y + 28, t)
            for k, ((x0, x1), t) in enumerate(zip(WIDE, texts, strict=True))
        )
        if r in (0, 1):
            rows.append((a[0], y, c[2], y + 28, a[4] + b[4] + c[4]))
        elif r == 2:
            rows += [(a[0], y, b[2], y + 28, a[4] + b[4]), c]
        elif r in (3, 4, 6, 7):
            rows += [a, (b[0], y, c[2], y + 28, b[4] + c[4])]
        else:
            rows += [a, b, c]
    rows.append((646, 1540, 1355, 1590, pool_text(120, 16)))
    rows += _narrow_story(1620, 14, 0)
    return rows, first


def test_a_first_row_under_its_title_is_cut_once_the_rows_under_it_are() -> None:
    rows, first = _page()
    page = split_across_gutters(page_of_rows(rows))
    parts = sorted(
        (ln.box.x0, ln.box.x1, ln.text) for ln in page.lines if ln.box and ln.box.y0 == TOP
    )
    assert [text for _, _, text in parts] == first, parts
    for (x0, x1, _), (c0, c1) in zip(parts, WIDE, strict=True):
        assert c0 - 1 <= x0 and x1 <= c1 + 20, parts
