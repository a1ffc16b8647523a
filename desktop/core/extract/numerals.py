"""Chinese and Arabic numerals to exact :class:`~decimal.Decimal` values.

Why: values are shown to journalists checking printed figures, so 16.4亿 must be exactly
1640000000 (converting through float, as cn2an does, gives 1639999999). Everything here is
integer or Decimal arithmetic.
"""

from __future__ import annotations

from decimal import Context, Decimal, InvalidOperation, localcontext

CN_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "壹": 1,
    "幺": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
CN_ZEROS = frozenset("零〇○Ｏ")
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: 廿 and 卅 are twenty and thirty on their own (廿三 = 23).
CN_TENS: dict[str, int] = {"廿": 20, "卅": 30}
CN_BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}

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

CN_NUMERAL_CHARS = (
    "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_TENS) + "".join(CN_BIG_UNITS)
)

#: The longest digit run read as a number. Printed figures never come near it; a longer run
#: (a page of 4,301+ digits, which Python's int() refuses) is not a figure.
MAX_DIGITS = 60


#: Arithmetic on values: enough precision that no value of MAX_DIGITS digits scaled by 兆 and
#: 亿 is ever rounded (the default context keeps 28 digits).
CONTEXT = Context(prec=4 * MAX_DIGITS)


class NumeralError(ValueError):
    """The text is not a numeral this module understands."""


def parse_arabic(text: str) -> Decimal:
    """'1,539.4' / '１２' / '7.5' -> Decimal; thousands separators and spaces are ignored."""
    cleaned = text.replace(",", "").replace("，", "").replace(" ", "").replace("．", ".")
    if sum(ch.isdigit() for ch in cleaned) > MAX_DIGITS:
        raise NumeralError(f"more than {MAX_DIGITS} digits")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise NumeralError(f"not a number: {text!r}") from exc
    if not value.is_finite():
        raise NumeralError(f"not a number: {text!r}")
    return value


#: The longest numeral read (characters): 一千二百三十四万五千六百七十八亿 is 16; a longer run
#: of numeral characters is not a number (and would compound 亿 past any bound).
MAX_NUMERAL = 2 * MAX_DIGITS


def _bounded(text: str) -> str:
    if len(text) > MAX_NUMERAL:
        raise NumeralError(f"a numeral of more than {MAX_NUMERAL} characters")
    return text


def parse_chinese(text: str) -> Decimal:
    """'一百五十' -> 150, '两千' -> 2000, '一亿三千万' -> 130000000, '二〇二四' -> 2024,
    '三点五' -> 3.5, '十四' -> 14, '两千六' -> 2600, '一千零十万' -> 10100000, '廿三' -> 23."""
    if not text:
        raise NumeralError("empty numeral")
    with localcontext(CONTEXT):
        return exact(_parse(_bounded(text)))


def _digit(ch: str) -> int:
    try:
        return CN_DIGITS[ch]
    except KeyError:
        raise NumeralError(f"not a Chinese digit: {ch!r}") from None


def _read_number(text: str, i: int) -> tuple[Decimal, int, bool]:
    """The number starting at ``text[i]`` (Arabic digits, or a run of Chinese digits with an
    optional 点 fraction): (value, end, zero_only), zero_only for a 零 that marks a gap."""
    j = i
    if text[i].isdigit():
        while j < len(text) and (text[j].isdigit() or text[j] in ".．,，"):
            j += 1
        return parse_arabic(text[i:j]), j, False
    while j < len(text) and text[j] in CN_DIGITS:
        j += 1
    run = text[i:j]
    if len(run) > MAX_DIGITS:
        raise NumeralError(f"more than {MAX_DIGITS} digits")
    zero_only = all(ch in CN_ZEROS for ch in run)
    if run[0] in CN_ZEROS and not zero_only and len(run.lstrip("".join(CN_ZEROS))) == 1:
        zero_only = True  # 零九 after a unit: a zero, then the digit (read below)
        return Decimal(0), i + 1, True
    value = Decimal(int("".join(str(CN_DIGITS[ch]) for ch in run)))
    if j + 1 < len(text) and text[j] in "点點" and text[j + 1] in CN_DIGITS:
        k = j + 1
        while k < len(text) and text[k] in CN_DIGITS:
            k += 1
        if k - j > MAX_DIGITS:
            raise NumeralError(f"more than {MAX_DIGITS} digits")
        value += Decimal("0." + "".join(str(CN_DIGITS[ch]) for ch in text[j + 1 : k]))
        return value, k, False
    return value, j, zero_only


def _parse(text: str) -> Decimal:
    """Read units from the largest (兆) down, Arabic and Chinese numbers alike (100万三千 =
    1003000). A digit left after 百/千/万/亿 with no 零 before it is one step below that unit,
    as spoken (两千六 = 2600, 一万三 = 13000, 二百五 = 250)."""
    zhao = Decimal(0)  # everything closed by 兆
    total = Decimal(0)  # closed by 亿, below 兆
    section = Decimal(0)  # closed by 万, below 亿
    small = Decimal(0)  # below 万
    pending: Decimal | None = None
    last_unit = 0
    zero = False  # a 零 since the last unit
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit() or ch in CN_DIGITS:
            value, i, zero_only = _read_number(text, i)
            if zero_only:
                zero = True
            else:
                pending = value
            continue
        if ch in CN_SMALL_UNITS:
            small += (Decimal(1) if pending is None else pending) * CN_SMALL_UNITS[ch]
            last_unit, pending, zero = CN_SMALL_UNITS[ch], None, False
        elif ch in CN_TENS:
            small += CN_TENS[ch]
            last_unit, pending, zero = 10, None, False
        elif ch in CN_BIG_UNITS:
            factor = CN_BIG_UNITS[ch]
            part = small + (pending or 0)
            if factor == 10**4:
                section += (part or 1) * factor
            elif factor == 10**8:
                total = ((total + section + part) or Decimal(1)) * factor
                section = Decimal(0)
            else:
                zhao = ((zhao + total + section + part) or Decimal(1)) * factor
                total = section = Decimal(0)
            small, pending, zero, last_unit = Decimal(0), None, False, factor
        else:
            raise NumeralError(f"not a numeral: {text!r}")
        i += 1
    if pending is not None and last_unit >= 100 and not zero and pending < 10:
        pending *= Decimal(last_unit) / 10  # 两千六, 一万三
    return zhao + total + section + small + (pending or 0)


def parse_number(text: str) -> Decimal:
    """A number in either script, with an optional trailing multiplier: '1539.4亿',
    '19.94万', '5', '一百五十', '两千万', '100万三千'."""
    text = text.replace(" ", "").replace("\u3000", "")
    if not text:
        raise NumeralError("empty number")
    if all(ch.isdigit() or ch in ".．,，" for ch in text):
        return parse_arabic(text)
    with localcontext(CONTEXT):
        return exact(_parse(_bounded(text)))


def exact(value: Decimal) -> Decimal:
    """Drop a zero fraction left by scaling (153940000000.0 -> 153940000000), exactly."""
    with localcontext(CONTEXT):
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()
