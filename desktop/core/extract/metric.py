"""What a figure measures: the counted noun after a count, or the noun phrase before an amount.

Heuristics over jieba words, deliberately conservative: a wrong metric costs the user a
correction, a missing one costs nothing. 地区生产总值完成1539.4亿元，增长4.7% gives
地区生产总值 and 地区生产总值增长 (a bare change verb inherits the subject of the previous
figure in the same sentence).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extract.segment import Token
from desktop.core.model import Figure

_NOUNISH = frozenset({"n", "vn", "nz", "ng", "an", "j", "nr", "nt", "l"})
#: Common-noun tags for the phrase before a figure (a proper name there is who, not what).
_COMMON = frozenset({"n", "vn", "ng", "an", "l"})
#: Verbs that name an amount on their own (投资190亿元).
_AMOUNT_VERBS = frozenset(
    ["投资", "投入", "融资", "出口", "进口", "销售", "收入", "支出", "完成投资"]
)
#: Verbs of being/amount between a subject and its figure: skipped, not part of the metric.
_LINKS = frozenset(
    [
        "完成",
        "达到",
        "达",
        "为",
        "是",
        "共",
        "共计",
        "合计",
        "总计",
        "累计",
        "实现",
        "约",
        "近",
        "超过",
        "超",
        "不足",
        "逾",
        "突破",
        "预计",
        "分别",
        "占",
        "了",
        "的",
        "已",
        "已经",
        "将",
        "同比",
        "比",
        "上年",
        "去年",
        "年均",
        "平均",
        "高达",
        "至",
        "到",
        "在",
        "就",
    ]
)
_CHANGE = frozenset(
    [
        "增长",
        "下降",
        "提高",
        "增加",
        "减少",
        "上涨",
        "下跌",
        "降低",
        "上升",
        "回落",
        "净增",
        "增",
        "降",
        "提升",
        "扩大",
        "缩小",
    ]
)
_SCOPES = frozenset(
    ["全省", "全市", "全国", "全县", "全区", "全球", "我市", "我省", "我县", "本市"]
)
_BREAK = frozenset("，。；：！？,.;:!?（）()《》“”\"'\n")
_MAX_TOKENS = 3
_MAX_CHARS = 8


def _token_before(tokens: Sequence[Token], pos: int) -> int:
    """Index of the last token ending at or before ``pos`` (binary search)."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def _is_word(tok: Token) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in tok.text)


def _noun_phrase_before(tokens: Sequence[Token], i: int) -> tuple[str, int]:
    """The run of noun-like words ending at token ``i``; returns (phrase, first index)."""
    parts: list[str] = []
    j = i
    while j >= 0 and len(parts) < _MAX_TOKENS:
        tok = tokens[j]
        if tok.text in _SCOPES or not _is_word(tok):
            break
        if tok.tag in _COMMON:
            if sum(map(len, parts)) + len(tok.text) > _MAX_CHARS:
                break
            parts.insert(0, tok.text)
            j -= 1
            continue
        break
    return "".join(parts), j + 1


def metric_before(
    text: str, start: int, tokens: Sequence[Token], previous: Sequence[Figure]
) -> str | None:
    """The phrase before the figure at ``start`` that names what it measures."""
    i = _token_before(tokens, start)
    # Skip spaces and linking verbs (完成, 达到, 约 …).
    while i >= 0 and (tokens[i].text.isspace() or tokens[i].text in _LINKS):
        i -= 1
    if i < 0:
        return None
    tok = tokens[i]
    if tok.text == "、" and previous:
        # 7.5%、10.1%、16.9%: a list shares the first item's metric.
        prior = previous[-1]
        if text[prior.end : start].strip() in ("、", "和", "及"):
            return prior.metric
        return None
    if tok.text in _CHANGE:
        phrase, _ = _noun_phrase_before(tokens, _skip_adverbs(tokens, i - 1))
        if phrase:
            return phrase + tok.text
        inherited = _same_sentence_metric(text, start, previous)
        return inherited + tok.text if inherited else tok.text
    if tok.text in _BREAK:
        return None
    phrase, _ = _noun_phrase_before(tokens, i)
    if phrase:
        return phrase
    if tok.text in _AMOUNT_VERBS:
        head = tokens[i - 1].text if i > 0 else ""
        if head in ("总", "计划", "累计", "年", "新增"):
            return head + tok.text  # 总投资297.8亿元
        return tok.text  # 投资190亿元
    return None


def _skip_adverbs(tokens: Sequence[Token], i: int) -> int:
    while i >= 0 and (tokens[i].tag in ("d", "p") or tokens[i].text in _LINKS):
        i -= 1
    return i


#: How far back (characters) a bare change verb looks for the subject of an earlier figure; a
#: bound keeps a text without sentence ends linear.
_INHERIT_SPAN = 120


def _same_sentence_metric(text: str, start: int, previous: Sequence[Figure]) -> str | None:
    for prior in reversed(previous):
        if start - prior.end > _INHERIT_SPAN:
            return None
        between = text[prior.end : start]
        if "。" in between or "；" in between:
            return None
        if prior.metric and prior.kind in ("money", "quantity", "other"):
            return prior.metric
    return None


def count_noun(text: str, end: int, tokens: Sequence[Token]) -> str | None:
    """The counted noun right after a count (38个项目 -> 项目; 100余名建设工人 -> 建设工人)."""
    i = _token_before(tokens, end) + 1
    parts: list[str] = []
    while i < len(tokens) and len(parts) < 2:
        tok = tokens[i]
        if tok.start < end:
            i += 1
            continue
        if not _is_word(tok) or tok.text in _LINKS:
            break
        if tok.tag in _NOUNISH or tok.tag is None:
            parts.append(tok.text)
            i += 1
            continue
        break
    phrase = "".join(parts)
    return phrase or None
