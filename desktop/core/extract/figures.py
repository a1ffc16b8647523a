"""Figures: every numeric expression with kind, exact value, unit, approx flag and metric.

Why rules and not a model: the guideline is precise (what is a figure, its text, its value)
and journalists check the numbers, so the value must be exact and the span must be the numeral
with its unit as printed. A stray space inside a figure (``1539.4 亿元``, ``2月 23日``) is kept
in the span and ignored for the value.

Values are exact in base units: spoken and traditional numerals (两千六 2600, 一千零十万,
廿三, 壹拾壹万元整, 億, 兆 = 10^12, 100万三千), shares and discounts as percent (七成 70, 三成半 35,
八折 80, 75折 75), a trailing 半 (两米半 2.5 米), coins folded into the main unit (五元三毛 5.3 元,
两美元又三美分 2.03 美元), signs (零下十度, 负十度, -23°C), currency signs and names ($20, 300美圆,
瑞士法郎; resources/dict/currencies.txt). Neighbouring digits spoken as a range (七八英镑,
三四万吨) have no value. Dates carry ``Figure.iso`` (see there), completed from ``page_date``.
A digit run over ``numerals.MAX_DIGITS`` is not a figure.

Exclusions follow the guideline: numerals inside names and set phrases (no unit after a Chinese
numeral, or an opening quote before it), enumerators (一是, 二要), idioms (jieba words that merely
start with a numeral), 一 + measure word used as an article (一批), ordinals (第1版) except ranks.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from collections.abc import Sequence
from decimal import Decimal, localcontext

from desktop.core.extract.lexicons import RESOURCES, lexicons
from desktop.core.extract.metric import count_noun, metric_before
from desktop.core.extract.numerals import (
    CN_DIGITS,
    CN_ZEROS,
    CONTEXT,
    NumeralError,
    exact,
    parse_chinese,
    parse_number,
)
from desktop.core.extract.segment import Token
from desktop.core.model import Figure, FigureKind

#: Numeral characters a Chinese number is made of (千 and 兆 also start units: see below).
_CN = "零〇○一二两兩三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兆廿卅"
_CN_DIGIT = "零〇○一二三四五六七八九"
_CN_BODY = _CN.replace("千", "").replace("兆", "")
#: 千米, 千克, 千瓦 and 兆瓦 are units: 二十五千克 is 25 千克, not 25,000 克.
_KILO = "米克瓦伏卡帕焦赫"
_MEGA = "瓦赫帕焦字"
NUM_AR = r"\d+(?:[,，]\d{3})*(?:[.．]\d+)?"
NUM_CN = rf"(?:[{_CN_BODY}]|千(?![{_KILO}])|兆(?![{_MEGA}]))+(?:[点點][{_CN_DIGIT}]+)?"
MULT = rf"万亿|千亿|百亿|千万|百万|十万|亿|万|千(?![{_KILO}])|百"
SP = r"[ \u3000]?"
VAGUE = "十几|几十|数十|数百|数千|数万|几百|几千|几万|几"
DAY = rf"(?:\d{{1,2}}|[{_CN_DIGIT}十]{{1,3}})"
MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
#: Money written with a sign before the number ($20, ￥13.5, US$1000): the currency named.
_SYMBOLS = {
    "US$": "美元",
    "HK$": "港元",
    "A$": "澳元",
    "NT$": "新台币",
    "$": "美元",
    "＄": "美元",
    "￥": "元",
    "¥": "元",
    "€": "欧元",
    "£": "英镑",
    "₩": "韩元",
    "₹": "印度卢比",
    "₽": "卢布",
}
#: The smaller coin after a main unit (五元三毛, 两美元又三美分) and its worth in the main unit.
_MINOR = {"角": "0.1", "毛": "0.1", "分": "0.01", "美分": "0.01", "欧分": "0.01", "便士": "0.01"}
_MINOR_OF = {
    "元": ("角", "毛", "分"),
    "块": ("角", "毛", "分"),
    "美元": ("美分",),
    "欧元": ("欧分",),
    "英镑": ("便士",),
}
#: Relative dates, resolved against the page's date when it is known: (years, days) back/forward.
_RELATIVE = {
    "前年": (-2, None),
    "去年": (-1, None),
    "今年": (0, None),
    "明年": (1, None),
    "前天": (None, -2),
    "昨天": (None, -1),
    "昨日": (None, -1),
    "今天": (None, 0),
    "今日": (None, 0),
    "明天": (None, 1),
    "后天": (None, 2),
}
#: Before a Chinese day number, these make 二十二日 a length of time, not a date.
_DURATION_BEFORE = (
    "历时",
    "用时",
    "为期",
    "连续",
    "持续",
    "长达",
    "不到",
    "仅",
    "只",
    "近",
    "约",
    "达",
    "共",
    "每",
    "这",
    "那",
    "了",
    "过",
    "数",
    "头",
    "第",
)
_DURATION_AFTER = (
    "内",
    "之内",
    "以来",
    "来",
    "后",
    "以后",
    "前",
    "以前",
    "间",
    "之间",
    "三餐",
    "游",
    "之久",
)
#: Time units a lone 一 counts with when a time word follows (一年后, 一天内).
_TIME_AFTER = ("后", "前", "以后", "以前", "以来", "内", "之内", "多", "半", "左右")

_APPROX_BEFORE = ("超过", "不足", "不到", "将近", "接近", "大约", "约", "近", "超", "逾", "多达")
_RANK_CUES = ("位列", "位居", "名列", "排名", "排在", "位于", "居", "列", "排")
_RANK_SCOPES = ("全国", "全省", "全市", "全县", "全区", "全球", "世界", "同类", "行业", "")
_OPEN_QUOTES = "“‘「『《\"'"
#: 一次会议 / 四次全会 / 七届: session numbers of meetings are part of the meeting's name.
_MEETING_AFTER = ("会议", "全会", "全体会议", "党代会", "人代会")


@functools.cache
def unit_kinds() -> dict[str, str]:
    """Every unit a figure may end with and its kind: units.txt and currencies.txt."""
    kinds = dict(lexicons().units)
    with (RESOURCES / "currencies.txt").open(encoding="utf-8") as handle:
        for line in handle:
            for word in line.split("#", 1)[0].split():
                kinds.setdefault(word, "money")
    return kinds


def _units_pattern() -> str:
    units = sorted(unit_kinds(), key=len, reverse=True)
    alts = []
    for u in units:
        if u == "成":
            alts.append("成(?![为立功本员果就交绩熟长都型品效人年])")
        elif u == "折":
            alts.append("折(?![扣旧合算射腾])")
        else:
            alts.append(re.escape(u))
    return "|".join(alts)


def _compile() -> re.Pattern[str]:
    unit = _units_pattern()
    num = rf"(?:{NUM_AR}|{NUM_CN})"
    symbols = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
    minor = "|".join(sorted(_MINOR, key=len, reverse=True)).replace("|分", "|分(?![钟之])")
    return re.compile(
        rf"""
        (?P<pct_cn>百分之(?P<pc_num>{NUM_CN}|{NUM_AR}))
      | (?P<date>
            (?P<ny>\d{{4}})(?P<nsep>[-/.·])(?P<nm>\d{{1,2}})(?P=nsep)(?P<nd>\d{{1,2}})(?![\d.])
          | (?P<year>\d{{4}}|[{_CN_DIGIT}]{{4}}){SP}年
            (?:{SP}(?P<month>\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){SP}月
               (?:{SP}(?P<day>{DAY}){SP}[日号])?)?
            (?:份|度)?
          | (?P<year2>\d{{2}}|[{_CN_DIGIT}]{{2}}|[两二]千(?:零?[{_CN_DIGIT}十]{{1,3}})?){SP}年
            {SP}(?P<month2>{MONTH}){SP}月(?:{SP}(?P<day2>{DAY}){SP}[日号])?
          | (?P<month3>{MONTH})(?=.?月){SP}月
            (?:{SP}(?P<day3>{DAY}){SP}[日号]|份)?
          | (?P<day4>\d{{1,2}}){SP}日(?![本元])
          | (?P<day5>\d{{1,2}}){SP}号(?![\u4e00-\u9fff\w])
          | (?P<cday>[一二三]?十[一二三四五六七八九]?|[二三四五六七八九]){SP}日
          | \d{{1,2}}{SP}世纪(?:{SP}\d0{SP}年代)?
          | \d{{2,4}}{SP}年代
          | [一二三四1-4]{SP}季度
          | \d{{1,2}}{SP}[时点](?:{SP}\d{{1,2}}{SP}分|许|整)
        )
      | (?P<rel>{"|".join(_RELATIVE)})
            (?:{SP}(?P<rmonth>{MONTH}){SP}月(?:{SP}(?P<rday>{DAY}){SP}[日号])?)?
      | (?P<frac>(?P<den>{NUM_CN}|{NUM_AR})分之(?P<numer>{NUM_CN}|{NUM_AR}))
      | (?P<vague>(?:{VAGUE})[十百千万亿]?){SP}(?P<vunit>{unit})
      | (?P<range>(?P<r1>{num})(?:{SP}(?:{MULT}))?{SP}(?:至|到|—|－|-|～|~){SP}
            (?P<r2>{num})(?:{SP}(?P<rmult>{MULT}))?(?:余|多)?{SP}(?P<runit>{unit}|月))
      | (?P<product>(?P<p1>{NUM_AR}){SP}[×xX＊*]{SP}(?P<p2>{NUM_AR})
            (?:{SP}(?P<pmult>{MULT}))?{SP}(?P<punit>{unit}))
      | (?P<sym>{symbols}){SP}(?P<snum>{NUM_AR})(?:{SP}(?P<smult>{MULT}))?
      | (?P<plain>(?P<neg>零下|负|[-−－])?
            (?P<num>{NUM_AR}(?:{SP}(?:万|亿)[{_CN_BODY}]+)?|{NUM_CN})(?P<ap0>多|余)?(?:{SP}(?P<mult>{MULT}))?(?P<ap1>余|多)?
            (?:{SP}(?P<unit>{unit})(?P<half>半)?)?(?P<ap2>余|多)?
            (?P<minor>(?:{SP}又?{SP}(?:\d{{1,2}}|[{_CN_DIGIT}]){SP}(?:{minor}))+|整)?)
        """,
        re.VERBOSE,
    )


_PATTERN: re.Pattern[str] | None = None
_ANCHOR_CHARS = rf"\d{_CN}数几负\-−－$＄￥¥€£₩₹₽"
_ANCHOR = re.compile(rf"[{_ANCHOR_CHARS}]|(?:US|HK|NT|A)\$")
#: With a page date, relative date words (今年, 昨天) start figures too.
_ANCHOR_DATED = re.compile(
    rf"[{_ANCHOR_CHARS}{''.join(sorted({w[0] for w in _RELATIVE}))}]|(?:US|HK|NT|A)\$"
)


def pattern() -> re.Pattern[str]:
    global _PATTERN
    if _PATTERN is None:
        _PATTERN = _compile()
    return _PATTERN


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


class _TokenIndex:
    """Token lookups by character position, for boundary and context checks."""

    def __init__(self, tokens: Sequence[Token], length: int) -> None:
        self.tokens = tokens
        self.at = [-1] * (length + 1)
        for i, tok in enumerate(tokens):
            for pos in range(tok.start, tok.end):
                self.at[pos] = i
        self.starts = {t.start for t in tokens}

    def token_at(self, pos: int) -> Token | None:
        if 0 <= pos < len(self.at) and self.at[pos] >= 0:
            return self.tokens[self.at[pos]]
        return None


def _unit_kind(unit: str | None) -> FigureKind:
    if unit is None:
        return "other"
    kind = unit_kinds().get(unit, "quantity")
    return kind  # type: ignore[return-value]


def extract_figures(
    text: str, tokens: Sequence[Token], page_date: datetime.date | None = None
) -> list[Figure]:
    """All figures in ``text`` in order; ``tokens`` is its segmentation (for context).

    ``page_date`` (the date the page was printed, when known) completes dates that leave out
    the year or month (2月22日, 二十二日) and resolves 昨天, 今年, 去年 …; without it those keep a
    truncated ISO value (``--02-22``) or, for the relative words, are not figures.

    Linear in ``len(text)``: a numeral run is matched once and never re-scanned.
    """
    figures: list[Figure] = []
    index: _TokenIndex | None = None
    full = pattern()
    pos = 0
    anchors = _ANCHOR if page_date is None else _ANCHOR_DATED
    # The full pattern is a long alternation; try it only where a numeral starts.
    while True:
        anchor = anchors.search(text, pos)
        if anchor is None:
            return figures
        match = full.match(text, anchor.start())
        if match is None or match.end() == match.start():
            pos = anchor.start() + 1
            continue
        pos = match.end()
        if match.group("rel") and page_date is None:
            pos = match.end("rel")  # 去年3月 without a page date: 3月 alone
            continue
        if index is None:
            index = _TokenIndex(tokens, len(text))
        figure = _figure(text, match, index, figures, page_date)
        if figure is not None:
            figures.append(figure)


def iso_date(text: str | None) -> datetime.date | None:
    """The page date for :func:`extract_figures` from an ISO string (PageMeta.date), or None
    when there is none or it is not a full calendar date."""
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _approx_before(text: str, start: int) -> bool:
    return any(text.endswith(cue, 0, start) for cue in _APPROX_BEFORE)


def _small(text: str | None) -> int | None:
    """A month or day number (Arabic or Chinese) as an int, None when absent or unreadable."""
    if not text:
        return None
    try:
        value = parse_number(text)
    except NumeralError:
        return None
    return int(value) if value == value.to_integral_value() and 0 <= value < 100 else None


def _year(text: str, page_date: datetime.date | None) -> int | None:
    """A printed year: four digits, a built numeral (两千零五), or two digits (八五, 02) read in
    the century that puts it nearest before the page's year (or 1950-2049 without one)."""
    try:
        value = parse_number(text)
    except NumeralError:
        return None
    year = int(value)
    if len(text) == 2 and year < 100:
        base = page_date.year if page_date else 2049
        year += (base // 100) * 100
        if year > base:
            year -= 100
    return year if 1 <= year <= 9999 else None


#: Characters before N号 that make it a day of the month (于6号, 到30号).
_DAY_CUES = frozenset("于在到至从自起月")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _iso(
    year: int | None, month: int | None, day: int | None, page_date: datetime.date | None
) -> str | None:
    """ISO value at the precision printed, completed from the page date (see Figure.iso)."""
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= _MONTH_DAYS[(month or 1) - 1]:
        return None
    if year is None and page_date is not None:
        if month is None and day is not None:
            month = page_date.month
            year = page_date.year
            if day > page_date.day + 7:  # 三十日 on a page of the 2nd: last month
                month -= 1
                if month == 0:
                    month, year = 12, year - 1
        elif month is not None:
            year = page_date.year
            if month > page_date.month + 6:
                year -= 1  # 12月30日 on a January page: the year before
    if year is None:
        if month is not None:
            return f"--{month:02d}" + (f"-{day:02d}" if day is not None else "")
        return f"---{day:02d}" if day is not None else None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _date(
    text: str,
    m: re.Match[str],
    start: int,
    end: int,
    span: str,
    before: str,
    page_date: datetime.date | None,
) -> Figure | None:
    g = m.group
    if before == "第":
        if not span.endswith("季度"):
            return None
        return Figure(start - 1, end, "第" + span, "date", None, None, False, None)
    iso: str | None = None
    if g("ny"):
        iso = _iso(int(g("ny")), _small(g("nm")), _small(g("nd")), None)
        if iso is None:
            return None
    elif g("year"):
        year = _year(g("year"), page_date)
        iso = _iso(year, _small(g("month")), _small(g("day")), None)
    elif g("year2"):
        year = _year(g("year2"), page_date)
        iso = _iso(year, _small(g("month2")), _small(g("day2")), None)
    elif g("month3"):
        iso = _iso(None, _small(g("month3")), _small(g("day3")), page_date)
    elif g("day5") and _is_cjk(before) and before not in _DAY_CUES:
        return None  # 嫦娥6号, 神舟18号: a name's number, not the 6th
    elif g("day4") or g("day5"):
        iso = _iso(None, None, _small(g("day4") or g("day5")), page_date)
    elif g("cday"):
        day = _small(g("cday"))
        if any(text.endswith(c, 0, start) for c in _DURATION_BEFORE) or any(
            text.startswith(c, end) for c in _DURATION_AFTER
        ):
            return Figure(start, end, span, "duration", Decimal(day or 0), "日", False, None)
        iso = _iso(None, None, day, page_date)
    return Figure(start, end, span, "date", None, None, False, None, iso)


#: What jieba may glue after a relative date word that keeps it a date (今天上午, 今年以来).
_RELATIVE_GLUE = (
    "上午",
    "下午",
    "晚上",
    "早上",
    "凌晨",
    "中午",
    "夜",
    "以来",
    "同期",
    "年初",
    "年底",
    "年末",
    "初",
    "底",
    "末",
    "起",
    "上半年",
    "下半年",
    "全年",
    "前",
    "后",
)


def _relative_ok(word: str, start: int, index: _TokenIndex) -> bool:
    token = index.token_at(start)
    if token is None or (token.start == start and token.end == start + len(word)):
        return True
    if token.start != start:
        return False
    return token.tag == "t" or token.text[len(word) :].startswith(_RELATIVE_GLUE)


def _relative(m: re.Match[str], start: int, end: int, span: str, page: datetime.date) -> Figure:
    years, days = _RELATIVE[m.group("rel")]
    iso: str | None
    if days is not None:
        try:
            iso = (page + datetime.timedelta(days=days)).isoformat()
        except OverflowError:  # a page dated 0001-01-01 or 9999-12-31
            iso = None
    else:
        year = page.year + (years or 0)
        iso = None
        if 1 <= year <= 9999:
            iso = _iso(year, _small(m.group("rmonth")), _small(m.group("rday")), None)
    return Figure(start, end, span, "date", None, None, False, None, iso)


def _figure(
    text: str,
    m: re.Match[str],
    index: _TokenIndex,
    previous: list[Figure],
    page_date: datetime.date | None = None,
) -> Figure | None:
    start, end = m.span()
    span = text[start:end].rstrip(" \u3000")
    end = start + len(span)
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and (before.isdigit() or before in "．." or before in _OPEN_QUOTES):
        return None
    if before.isascii() and before.isalpha() and not m.group("sym"):
        return None
    approx = _approx_before(text, start)
    if m.group("pct_cn"):
        try:
            value = parse_number(m.group("pc_num"))
        except NumeralError:
            return None
        metric = metric_before(text, start, index.tokens, previous)
        return Figure(start, end, span, "percent", value, "%", approx, metric)
    if m.group("date"):
        return _date(text, m, start, end, span, before, page_date)
    if m.group("rel"):
        if page_date is None or not _relative_ok(m.group("rel"), start, index):
            return None  # 后天性: inside a word
        return _relative(m, start, end, span, page_date)
    if m.group("frac"):
        return _fraction(start, end, span, m.group("den"), m.group("numer"), approx)
    if m.group("vague"):
        if index.token_at(start) is not None and start not in index.starts:
            return None  # 几 inside a word (几乎 is not caught here, but 好几 … is)
        unit = m.group("vunit")
        metric = count_noun(text, end, index.tokens) if unit in _COUNT_WORDS else None
        return Figure(start, end, span, _unit_kind(unit), None, unit, True, metric)
    if m.group("range"):
        unit = m.group("runit")
        year_range = unit == "年" and len(m.group("r1")) == 4
        if year_range or unit in ("月", "日"):
            return Figure(start, end, span, "date", None, None, False, None)
        return Figure(start, end, span, _unit_kind(unit), None, unit, approx, None)
    if m.group("product"):
        try:
            value = parse_number(m.group("p1")) * parse_number(
                m.group("p2") + (m.group("pmult") or "")
            )
        except NumeralError:
            return None
        unit = m.group("punit")
        metric = metric_before(text, start, index.tokens, previous)
        return Figure(start, end, span, _unit_kind(unit), value, unit, approx, metric)
    if m.group("sym"):
        if before.isascii() and before.isalnum():
            return None
        try:
            value = parse_number(m.group("snum") + (m.group("smult") or ""))
        except NumeralError:
            return None
        metric = metric_before(text, start, index.tokens, previous)
        return Figure(start, end, span, "money", value, _SYMBOLS[m.group("sym")], approx, metric)
    return _plain(text, m, start, end, span, index, previous, approx, before, after)


def _digit_pair(num: str) -> bool:
    """七八, 三五百, 十五六, 七百三四十: two neighbouring digits spoken as 'seven or eight'."""
    num = num.split("点")[0].split("點")[0]
    digits = [ch in CN_DIGITS and ch not in CN_ZEROS for ch in num]
    if all(ch in CN_DIGITS for ch in num):
        return len(num) == 2 and all(digits)
    return any(a and b for a, b in itertools.pairwise(digits))


def _minor(unit: str, minor: str) -> Decimal | None:
    """五元三毛 -> 0.3 (in 元); None when the coins do not belong to the unit."""
    allowed = _MINOR_OF.get(unit, ())
    total = Decimal(0)
    for part in re.finditer(
        rf"(\d{{1,2}}|[{_CN_DIGIT}])[ \u3000]?({'|'.join(sorted(_MINOR, key=len, reverse=True))})",
        minor,
    ):
        if part.group(2) not in allowed:
            return None
        total += parse_number(part.group(1)) * Decimal(_MINOR[part.group(2)])
    return total


def _kuai_is_money(text: str, end: int, minor: str) -> bool:
    """块 is 元 in speech (三块钱, 五块一份, 十二块五毛, 花了三块。) and a measure word before a
    noun (两块金牌)."""
    if minor:
        return True
    nxt = text[end : end + 1]
    return not nxt or not _is_cjk(nxt) or nxt in "钱一" or text.startswith(("左右", "多"), end)


def _liang(num: str) -> bool:
    """二两, 五百两 (liang, the weight) but not 一两 / 三两 ('one or two', 'a few') nor 两千两
    (spoken 2200, as 两千二)."""
    if len(num) < 2 or num[-1] != "两":
        return False
    head = num[:-1]
    if head[-1] in "十百拾佰":
        return True
    return len(head) == 1 and head in "二四五六七八九"


def _adjust(value: Decimal, m: re.Match[str], unit: str | None, minor: str, neg: str) -> Decimal:
    """Apply what follows the number: 半 (两米半 2.5), shares (七成 70%, 八折 80%, 75折 75%),
    coins (五元三毛 5.3), the sign (零下十度 -10). Exact, in the numerals' context."""
    with localcontext(CONTEXT):
        if m.group("half"):
            value += Decimal("0.5")
        if unit == "成":
            value *= 10
        elif unit == "折":
            value = value * 10 if value < 10 else value
        if minor and minor != "整" and unit:
            value += _minor(unit, minor) or 0
        if neg:
            value = -value
        return exact(value)


def _plain(
    text: str,
    m: re.Match[str],
    start: int,
    end: int,
    span: str,
    index: _TokenIndex,
    previous: list[Figure],
    approx: bool,
    before: str,
    after: str,
) -> Figure | None:
    num = m.group("num")
    mult = m.group("mult") or ""
    unit = m.group("unit")
    neg = m.group("neg") or ""
    minor = m.group("minor") or ""
    if minor and minor != "整":
        extra = _minor(unit, minor) if unit else None
        if extra is None:
            end = m.start("minor")
            span = text[start:end].rstrip(" \u3000")
            end = start + len(span)
            after = text[end] if end < len(text) else ""
            minor = ""
    elif minor == "整" and _unit_kind(unit) != "money":
        return None
    if (
        neg
        and neg in "-−－"
        and before
        and ((before.isascii() and before.isalnum()) or before in "-−－")
    ):
        return None
    num_start = start + len(neg)
    approx = (
        approx
        or bool(m.group("ap0") or m.group("ap1") or m.group("ap2"))
        or text.startswith("左右", end)
        or (unit in ("成", "折") and text.startswith("以上", end))
    )
    chinese = not num[0].isdigit()
    if chinese and unit is None and not mult and _liang(num):
        num, unit = num[:-1], "两"  # 二两, 五百两: the weight 两 after a number
    if before == "第" and not neg:
        return _rank(text, start, end, span, num)
    if unit in ("次", "届") and any(text.startswith(w, end) for w in _MEETING_AFTER):
        return None
    if chinese:
        if not _chinese_ok(text, num_start, end, num, unit, index):
            return None
    elif unit is None and not mult and after and (_is_cjk(after) or after.isalpha()):
        return None  # a bare Arabic number glued to a word is a name or model (4号, 5G)
    if neg and unit is None:
        return None
    value: Decimal | None
    if chinese and unit != "折" and _digit_pair(num):
        value, approx = None, True  # 七八英镑, 三四万吨: a range, no single number
    else:
        try:
            value = parse_number(num + mult)
        except NumeralError:
            return None
    kind = _unit_kind(unit)
    if value is not None:
        value = _adjust(value, m, unit, minor, neg)
    if unit in ("成", "折"):
        unit = "%"
    elif unit == "块":
        if _kuai_is_money(text, end, minor):
            unit = "元"
        else:
            kind = "quantity"  # 两块金牌, 三块地: pieces, not yuan
    if unit == "年" and not chinese and len(num) == 4:
        return Figure(start, end, span, "date", None, None, False, None, num.translate(_FULL))
    if unit is None and mult:
        kind = "quantity"
    if kind == "quantity" and unit is not None and unit in _COUNT_WORDS:
        metric = count_noun(text, end, index.tokens) or metric_before(
            text, start, index.tokens, previous
        )
    elif kind in ("money", "percent", "quantity", "other"):
        metric = metric_before(text, start, index.tokens, previous)
    else:
        metric = None
    return Figure(start, end, span, kind, value, unit, approx, metric)


_FULL = str.maketrans("０１２３４５６７８９", "0123456789")


_COUNT_WORDS = frozenset(
    [
        "个",
        "项",
        "名",
        "位",
        "户",
        "座",
        "套",
        "件",
        "台",
        "家",
        "所",
        "条",
        "辆",
        "艘",
        "架",
        "列",
        "人",
        "次",
        "场",
        "批",
        "处",
        "支",
        "份",
        "本",
        "部",
        "株",
        "棵",
        "头",
        "只",
        "匹",
        "间",
        "栋",
        "幢",
        "层",
        "口",
        "片",
        "篇",
        "张",
        "种",
        "类",
        "级",
        "块",
    ]
)


def _chinese_ok(
    text: str, start: int, end: int, num: str, unit: str | None, index: _TokenIndex
) -> bool:
    """A Chinese numeral is a figure only when it stands as a number, not inside a word."""
    token = index.token_at(start)
    if start not in index.starts:
        # 近三年: jieba may glue an approximation cue to the numeral; anything else is a word
        glued = text[token.start : start] if token is not None else ""
        if glued not in _APPROX_BEFORE and glued not in _GLUED_BEFORE:
            return False
        return unit is not None and (num != "一" or _lone_one_ok(text, end, unit))
    if token is not None and token.end > end and token.tag not in ("m", "mq", None):
        return False  # an idiom or word that starts with a numeral (一流, 一体化, 三一集团)
    if unit is None:
        # Without a unit only a built number (两千, 一百五十) counts, not 十四五 or 千万.
        return num[0] in _CN_DIGIT + "两" and any(c in num for c in "十百千万亿") and len(num) > 1
    if num == "一" and not _lone_one_ok(text, end, unit):
        return False  # 一批, 一个, 一项: an article, not a count
    try:
        parse_chinese(num)
    except NumeralError:
        return False
    return True


#: Words jieba may glue to the numeral after them (打八折, 零下十度, 负十度).
_GLUED_BEFORE = ("打", "零下", "负", "每", "共", "达", "重达", "有", "于")
_TIME_UNITS = frozenset(["年", "天", "小时", "周", "星期", "个月", "分钟", "秒"])
_NOT_AFTER_ONE = frozenset(["度", "字", "成", "折", "块", "分"])


def _lone_one_ok(text: str, end: int, unit: str) -> bool:
    """一 before a unit is a count of one for money, shares and physical measures (一吨, 一米),
    and for time only before a time word (一年后); before a measure word it is an article
    (一批, 一个), and 一度, 一字 are words."""
    kind = _unit_kind(unit)
    if unit in _NOT_AFTER_ONE:
        return False
    if kind in ("money", "percent"):
        return True
    if unit in _TIME_UNITS or kind == "duration":
        return any(text.startswith(w, end) for w in _TIME_AFTER)
    return kind == "quantity" and unit not in _COUNT_WORDS


def _fraction(start: int, end: int, span: str, den: str, numer: str, approx: bool) -> Figure | None:
    """三分之一 -> 1/3: exact when the decimal ends (四分之一 = 0.25), else no value."""
    try:
        d, n = parse_number(den), parse_number(numer)
    except NumeralError:
        return None
    if d == 0:
        return None
    value: Decimal | None = n / d
    if value is not None and value * d != n:
        value = None
    return Figure(start, end, span, "other", value, None, approx, None)


def _rank(text: str, start: int, end: int, span: str, num: str) -> Figure | None:
    """第N after a ranking verb (位列全省第一) is a rank; other ordinals are not figures."""
    head = text[: start - 1]
    for scope in _RANK_SCOPES:
        for cue in _RANK_CUES:
            if head.endswith(cue + scope):
                core = num
                try:
                    value = parse_number(core)
                except NumeralError:
                    return None
                full = "第" + span
                return Figure(start - 1, end, full, "rank", value, None, False, None)
    return None
