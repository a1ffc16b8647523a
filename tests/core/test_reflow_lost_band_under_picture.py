"""Two stories side by side, a picture under their titles, cut across by a row band lost over
both: their columns under the band stay with their titles.

Read at both sizes (test20/page-15, test20full/page-15), two stories stood side by side, each
title over a picture's room and then its column; the detector lost a row of both columns at
one height (a band across the region), and the XY-cut cut the region there. The join of such
parts (``columns._join_headed``, see test_reflow_lost_band_beside.py) asks the part over the
band to be stories of a title over its column's rows; here each story's rows over the band
were cut apart in turn (the title alone adopted the rows under it, a paragraph split off
under them by a wider gap): a part of rows whose first row is itself rows. Read as one part
of rows (``columns._rows_flattened``), the columns under the band run on from the rows over
it; without it the headless columns went to the headline over the region (a list's title at
the top of the page), and both stories lost all but their first paragraphs.

The boxes are test20/page-15's as read shrunk (titles and body lines, the text made neutral).
"""

from __future__ import annotations

from desktop.core.reflow import reflow_page
from tests.core.geometry_helpers import assert_provenance, page_of_rows, pool_text

LEFT, RIGHT = "东南西北中前后左上下春夏秋冬朝暮晨", "金木水火土日月星"
TOP = "青山绿水白云红日清风明月"
#: The body lines as read: (x0, y0, x1, y1, characters).
BODY = [
    (1017, 998, 1919, 1023, 41),
    (62, 1008, 962, 1032, 41),
    (1017, 1028, 1402, 1056, 19),
    (62, 1040, 839, 1064, 36),
    (1066, 1078, 1928, 1103, 36),
    (108, 1086, 958, 1115, 36),
    (1066, 1150, 1907, 1175, 36),
    (62, 1160, 926, 1185, 38),
    (1020, 1186, 1901, 1211, 38),
    (60, 1195, 310, 1224, 11),
    (1013, 1220, 1902, 1250, 38),
    (110, 1233, 978, 1257, 36),
    (1015, 1255, 1123, 1287, 5),
    (62, 1269, 938, 1294, 38),
    (1066, 1295, 1901, 1320, 36),
    (59, 1302, 733, 1332, 30),
    (1016, 1331, 1900, 1356, 38),
    (108, 1333, 1017, 1371, 36),
    (1018, 1367, 1675, 1392, 28),
    (1067, 1402, 1900, 1427, 36),
    (62, 1413, 658, 1438, 27),
    (1015, 1439, 1196, 1464, 8),
    (108, 1445, 978, 1475, 36),
    (1066, 1475, 1929, 1500, 36),
    (61, 1482, 816, 1513, 33),
    (1020, 1511, 1741, 1536, 32),
    (1067, 1547, 1929, 1572, 36),
    (1020, 1582, 1886, 1607, 38),
]


def _rows() -> list[tuple[int, int, int, int, str]]:
    rows: list[tuple[int, int, int, int, str]] = [
        (60, 83, 446, 187, "人民日报"),
        (1520, 77, 1772, 106, "1998年1月2日星期五"),
        (430, 225, 1482, 263, TOP),
        (109, 290, 1933, 319, pool_text(500, 60)),
        (127, 742, 890, 774, LEFT),
        (1337, 742, 1623, 776, RIGHT),
    ]
    for k, (x0, y0, x1, y1, n) in enumerate(BODY):
        rows.append((x0, y0, x1, y1, pool_text(13 * k, n)))
    return rows


def test_both_stories_keep_their_columns_under_the_lost_band() -> None:
    rows = _rows()
    page = reflow_page(page_of_rows(rows))
    assert_provenance(page)
    body = sorted(rows[6:], key=lambda r: r[1])
    for title, left in ((LEFT, True), (RIGHT, False)):
        story = next(a for a in page.articles if any(b.text == title for b in a.blocks))
        text = "".join(b.text for b in story.blocks if b.kind == "paragraph")
        assert text == "".join(r[4] for r in body if (r[0] < 1000) == left)
