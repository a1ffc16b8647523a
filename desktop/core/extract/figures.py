"""Figures: every numeric expression with kind, exact value, unit, approx flag and metric.

Why rules and not a model: the guideline is precise (what is a figure, its text, its value)
and journalists check the numbers, so the value must be exact and the span must be the numeral
with its unit as printed. A stray space inside a figure (``1539.4 亿元``, ``2月 23日``) is kept
in the span and ignored for the value.

Exclusions follow the guideline: numerals inside names and set phrases (no unit after a Chinese
numeral, or an opening quote before it), enumerators (一是, 二要), idioms (jieba words that merely
start with a numeral), 一 + measure word used as an article (一批), ordinals (第1版) except ranks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from desktop.core.extract.lexicons import lexicons
from desktop.core.extract.metric import count_noun, metric_before
from desktop.core.extract.numerals import NumeralError, parse_chinese, parse_number
from desktop.core.extract.segment import Token
from desktop.core.model import Figure, FigureKind

_CN = "零〇○一二两三四五六七八九十百千万亿"
_CN_DIGIT = "零〇○一二三四五六七八九"
NUM_AR = r"\d+(?:[,，]\d{3})*(?:[.．]\d+)?"
NUM_CN = rf"[{_CN}]+(?:点[{_CN_DIGIT}]+)?"
MULT = "万亿|千亿|百亿|千万|百万|十万|亿|万|千|百"
SP = r"[ \u3000]?"
VAGUE = "十几|几十|数十|数百|数千|数万|几百|几千|几万|几"
DAY = rf"(?:\d{{1,2}}|[{_CN_DIGIT}十]{{1,3}})"

_APPROX_BEFORE = ("超过", "不足", "不到", "将近", "接近", "大约", "约", "近", "超", "逾", "多达")
_RANK_CUES = ("位列", "位居", "名列", "排名", "排在", "位于", "居", "列", "排")
_RANK_SCOPES = ("全国", "全省", "全市", "全县", "全区", "全球", "世界", "同类", "行业", "")
_OPEN_QUOTES = "“‘「『《\"'"
#: 一次会议 / 四次全会 / 七届: session numbers of meetings are part of the meeting's name.
_MEETING_AFTER = ("会议", "全会", "全体会议", "党代会", "人代会")


def _units_pattern() -> str:
    units = sorted(lexicons().units, key=len, reverse=True)
    return "|".join(re.escape(u) for u in units)


def _compile() -> re.Pattern[str]:
    unit = _units_pattern()
    num = rf"(?:{NUM_AR}|{NUM_CN})"
    return re.compile(
        rf"""
        (?P<pct_cn>百分之(?P<pc_num>{NUM_CN}|{NUM_AR}))
      | (?P<date>
            (?P<year>\d{{4}}|[{_CN_DIGIT}]{{4}}){SP}年
            (?:{SP}(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){SP}月(?:{SP}{DAY}{SP}[日号])?)?
            (?:份|度)?
          | (?:\d{{1,2}}|十[一二]?|[一二三四五六七八九])(?=.?月){SP}月
            (?:{SP}{DAY}{SP}[日号]|份)?
          | \d{{1,2}}{SP}日(?![本元])
          | \d{{1,2}}{SP}世纪(?:{SP}\d0{SP}年代)?
          | \d{{2,4}}{SP}年代
          | [一二三四1-4]{SP}季度
          | \d{{1,2}}{SP}[时点](?:{SP}\d{{1,2}}{SP}分|许|整)
        )
      | (?P<frac>(?P<den>{NUM_CN}|{NUM_AR})分之(?P<numer>{NUM_CN}|{NUM_AR}))
      | (?P<vague>(?:{VAGUE})[十百千万亿]?){SP}(?P<vunit>{unit})
      | (?P<range>(?P<r1>{num})(?:{SP}(?:{MULT}))?{SP}(?:至|到|—|－|-|～|~){SP}
            (?P<r2>{num})(?:{SP}(?P<rmult>{MULT}))?(?:余|多)?{SP}(?P<runit>{unit}))
      | (?P<product>(?P<p1>{NUM_AR}){SP}[×xX＊*]{SP}(?P<p2>{NUM_AR})
            (?:{SP}(?P<pmult>{MULT}))?{SP}(?P<punit>{unit}))
      | (?P<plain>(?P<num>{NUM_AR}|{NUM_CN})(?P<ap0>多|余)?(?:{SP}(?P<mult>{MULT}))?(?P<ap1>余|多)?
            (?:{SP}(?P<unit>{unit}))?(?P<ap2>余|多)?)
        """,
        re.VERBOSE,
    )


_PATTERN: re.Pattern[str] | None = None
_ANCHOR = re.compile(rf"[\d{_CN}数几]")


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
    kind = lexicons().units.get(unit, "quantity")
    return kind  # type: ignore[return-value]


def extract_figures(text: str, tokens: Sequence[Token]) -> list[Figure]:
    """All figures in ``text`` in order; ``tokens`` is its segmentation (for context)."""
    figures: list[Figure] = []
    index: _TokenIndex | None = None
    full = pattern()
    pos = 0
    # The full pattern is a long alternation; try it only where a numeral starts.
    while True:
        anchor = _ANCHOR.search(text, pos)
        if anchor is None:
            return figures
        match = full.match(text, anchor.start())
        if match is None or match.end() == match.start():
            pos = anchor.start() + 1
            continue
        pos = match.end()
        if index is None:
            index = _TokenIndex(tokens, len(text))
        figure = _figure(text, match, index, figures)
        if figure is not None:
            figures.append(figure)


def _approx_before(text: str, start: int) -> bool:
    return any(text.endswith(cue, 0, start) for cue in _APPROX_BEFORE)


def _figure(
    text: str, m: re.Match[str], index: _TokenIndex, previous: list[Figure]
) -> Figure | None:
    start, end = m.span()
    span = text[start:end].rstrip(" \u3000")
    end = start + len(span)
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and (before.isdigit() or before in "．." or before in _OPEN_QUOTES):
        return None
    if before.isascii() and before.isalpha():
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
        if before == "第":
            if not span.endswith("季度"):
                return None
            start, span = start - 1, "第" + span  # 第一季度
        return Figure(start, end, span, "date", None, None, False, None)
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
    return _plain(text, m, start, end, span, index, previous, approx, before, after)


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
    approx = (
        approx
        or bool(m.group("ap0") or m.group("ap1") or m.group("ap2"))
        or text.startswith("左右", end)
    )
    chinese = not num[0].isdigit()
    if before == "第":
        return _rank(text, start, end, span, num)
    if unit in ("次", "届") and any(text.startswith(w, end) for w in _MEETING_AFTER):
        return None
    if chinese:
        if not _chinese_ok(text, start, end, num, unit, index):
            return None
    elif unit is None and not mult and after and (_is_cjk(after) or after.isalpha()):
        return None  # a bare Arabic number glued to a word is a name or model (4号, 5G)
    try:
        value = parse_number(num + mult)
    except NumeralError:
        return None
    kind = _unit_kind(unit)
    if unit == "年" and not chinese and len(num) == 4:
        kind = "date"
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
        if glued not in _APPROX_BEFORE:
            return False
        return unit is not None and num != "一"
    if token is not None and token.end > end and token.tag not in ("m", "mq", None):
        return False  # an idiom or word that starts with a numeral (一流, 一体化, 三一集团)
    if unit is None:
        # Without a unit only a built number (两千, 一百五十) counts, not 十四五 or 千万.
        return num[0] in _CN_DIGIT + "两" and any(c in num for c in "十百千万亿") and len(num) > 1
    if num == "一" and lexicons().units.get(unit) not in ("money", "percent"):
        return False  # 一批, 一个, 一项: an article, not a count
    try:
        parse_chinese(num)
    except NumeralError:
        return False
    return True


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
