"""Chinese and Arabic numerals to exact :class:`~decimal.Decimal` values.

Why: values are shown to journalists checking printed figures, so 16.4亿 must be exactly
1640000000 (converting through float, as cn2an does, gives 1639999999). Everything here is
integer or Decimal arithmetic.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

CN_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}

#: Multipliers written after a number (1539.4亿, 19.94万, 3千万): longest first.
MULTIPLIERS: dict[str, int] = {
    "万亿": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "千万": 10**7,
    "百万": 10**6,
    "十万": 10**5,
    "亿": 10**8,
    "万": 10**4,
    "千": 10**3,
    "百": 10**2,
}

CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)


class NumeralError(ValueError):
    """The text is not a numeral this module understands."""


def parse_arabic(text: str) -> Decimal:
    """'1,539.4' / '１２' / '7.5' -> Decimal; thousands separators and spaces are ignored."""
    cleaned = text.replace(",", "").replace("，", "").replace(" ", "").replace("．", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise NumeralError(f"not a number: {text!r}") from exc
    if not value.is_finite():
        raise NumeralError(f"not a number: {text!r}")
    return value


def parse_chinese(text: str) -> Decimal:
    """'一百五十' -> 150, '两千' -> 2000, '一亿三千万' -> 130000000, '二〇二四' -> 2024,
    '三点五' -> 3.5, '十四' -> 14."""
    if not text:
        raise NumeralError("empty numeral")
    whole, _, frac = text.partition("点")
    value = Decimal(_parse_chinese_int(whole)) if whole else Decimal(0)
    if frac:
        digits = "".join(str(_digit(ch)) for ch in frac)
        value += Decimal("0." + digits)
    return value


def _digit(ch: str) -> int:
    try:
        return CN_DIGITS[ch]
    except KeyError:
        raise NumeralError(f"not a Chinese digit: {ch!r}") from None


def _parse_chinese_int(text: str) -> int:
    if all(ch in CN_DIGITS for ch in text):
        if len(text) == 1:
            return CN_DIGITS[text]
        # 二〇二四: digit by digit (years, codes).
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    total = 0  # everything already closed by 亿
    section = 0  # the part below 亿, closed by 万
    small = 0  # the part below 万
    number = -1  # the pending digit, -1 when none
    for ch in text:
        if ch in CN_DIGITS:
            number = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            small += (1 if number < 0 else number) * CN_SMALL_UNITS[ch]
            number = -1
        elif ch in ("万", "萬"):
            section += (small + max(number, 0)) * 10**4
            if small == 0 and number < 0 and section == 0:
                section = 10**4
            small, number = 0, -1
        elif ch in ("亿", "億"):
            part = section + small + max(number, 0)
            total = (total + (part or 1)) * 10**8
            section, small, number = 0, 0, -1
        else:
            raise NumeralError(f"not a Chinese numeral: {text!r}")
    return total + section + small + max(number, 0)


def parse_number(text: str) -> Decimal:
    """A number in either script, with an optional trailing multiplier: '1539.4亿',
    '19.94万', '5', '一百五十', '两千万'."""
    text = text.replace(" ", "")
    if not text:
        raise NumeralError("empty number")
    if text[0].isdigit():
        for mult, factor in MULTIPLIERS.items():
            if text.endswith(mult):
                return _exact(parse_arabic(text[: -len(mult)]) * factor)
        return parse_arabic(text)
    return _exact(parse_chinese(text))


def _exact(value: Decimal) -> Decimal:
    """Drop a zero fraction left by scaling (153940000000.0 -> 153940000000)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
