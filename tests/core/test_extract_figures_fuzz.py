"""Random numeral text never raises anything but NumeralError, and figures with any page date
stay valid: spans quote the text, values are exact Decimals, ISO values parse."""

from __future__ import annotations

import datetime
import json
import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.extract import segment
from desktop.core.extract.figures import extract_figures
from desktop.core.extract.numerals import NumeralError, parse_number
from desktop.core.model import decimal_to_json

NUMERAL = st.sampled_from(
    list("零〇一二两三四五六七八九十百千万亿兆億萬廿卅壹拾佰仟点0123456789.,１２")
)
TEXT = st.sampled_from(
    [
        *"零一二两三十百千万亿兆0123456789.-/·$￥年月日号元块毛角分成折半负下度米克个人",
        *("昨天", "去年", "今年", "前天", "美元", "美分", "又", "以上", "公分", "千克"),
        *("。", "，", " ", "𠮷"),
    ]
)
ISO = re.compile(r"^(?:-?\d{4}(?:-\d\d(?:-\d\d)?)?|--\d\d(?:-\d\d)?|---\d\d)$")


@settings(max_examples=400, deadline=None)
@given(st.text(NUMERAL, min_size=1, max_size=40))
def test_parse_number_raises_only_numeral_error(text: str) -> None:
    try:
        value = parse_number(text)
    except NumeralError:
        return
    assert isinstance(value, Decimal) and value.is_finite()
    json.dumps(decimal_to_json(value), allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(TEXT, max_size=30).map("".join),
    st.one_of(st.none(), st.dates(datetime.date(1, 1, 1), datetime.date(9999, 12, 31))),
)
def test_figures_are_valid_with_any_page_date(text: str, page: datetime.date | None) -> None:
    for f in extract_figures(text, segment.tokenize(text), page):
        assert text[f.start : f.end] == f.text
        assert f.value is None or (isinstance(f.value, Decimal) and f.value.is_finite())
        json.dumps(decimal_to_json(f.value), allow_nan=False)
        if f.iso is not None:
            assert f.kind == "date" and ISO.match(f.iso), f


def test_relative_dates_at_the_ends_of_the_calendar() -> None:
    for page in (datetime.date(1, 1, 1), datetime.date(9999, 12, 31)):
        for text in ("前天", "后天", "去年", "明年"):
            for f in extract_figures(text, segment.tokenize(text), page):
                assert f.iso is None or ISO.match(f.iso)
