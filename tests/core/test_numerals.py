"""Numerals to exact Decimals: no float on the way (16.4亿 must not become 1639999999)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core.extract.numerals import NumeralError, parse_chinese, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1539.4亿", "153940000000"),
        ("16.4亿", "1640000000"),
        ("19.94万", "199400"),
        ("1.3万", "13000"),
        ("2,000", "2000"),
        ("0.1", "0.1"),
        ("7.5", "7.5"),
        ("3千万", "30000000"),
        ("一百五十", "150"),
        ("两千", "2000"),
        ("十四", "14"),
        ("十", "10"),
        ("四十", "40"),
        ("一万", "10000"),
        ("十万", "100000"),
        ("一亿三千万", "130000000"),
        ("二〇二四", "2024"),
        ("三点五", "3.5"),
        ("五", "5"),
    ],
)
def test_exact_values(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


def test_scaled_values_are_integral() -> None:
    assert str(parse_number("1539.4亿")) == "153940000000"


@pytest.mark.parametrize("text", ["", "abc", "一x"])
def test_bad_numerals_raise(text: str) -> None:
    with pytest.raises(NumeralError):
        parse_number(text) if text[:1].isdigit() or not text else parse_chinese(text)
