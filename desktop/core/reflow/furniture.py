"""Page furniture: the masthead, date line, folio, section name and editor line of a page.

These lines say what the page is, not what its stories say, so they go to
:class:`~desktop.core.model.PageMeta` and are set aside. A line is furniture when it is made
only of furniture tokens (a date, 星期X, a page number, an issue number, a section name, an
editor credit); the masthead is told by its place and size (see :mod:`geometric`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_CN_DIGITS.update({"七": 7, "八": 8, "九": 9})
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_NUM = r"[0-9０-９〇○零一二三四五六七八九十]"

_DATE = re.compile(
    rf"(?P<y>{_NUM}{{4}})\s*年\s*(?P<m>{_NUM}{{1,3}})\s*月\s*(?P<d>{_NUM}{{1,3}})\s*[日曰目]"
    r"|(?P<y2>(?:19|20)[0-9]{2})[-./](?P<m2>[0-9]{1,2})[-./](?P<d2>[0-9]{1,2})"
)
#: (The middle character of 星期 is read as another now and then: 星朗五, 星明五.)
_WEEKDAY = re.compile(r"星\S[一二三四五六日天]|周[一二三四五六日]")
#: What is left of a folio line's section name the OCR misread ("第1版  要阔"): a few CJK
#: characters, no punctuation.
_MISREAD_SECTION = re.compile(r"[\u4e00-\u9fff]{1,4}")
_LUNAR = re.compile(r"农历\S{2,12}")
_PAGE = re.compile(rf"第\s*(?P<n>{_NUM}{{1,3}})\s*版|(?P<lettered>[A-Z]\s*[0-9]{{1,2}})\s*版?")
_ISSUE = re.compile(
    r"(?:总\s*)?第\s*(?P<n>[0-9０-９]{3,6})\s*(?:期|号)|(?:今日|本期)\s*[0-9]{1,3}\s*版"
)
_EDITOR = re.compile(
    r"(?:(?:责任编辑|责编|美编|本版编辑|版式设计|校对|制图)\s*[:：\s]|编辑\s*[:：])\s*\S{2,4}"
)
_SECTIONS = (
    "要闻|经济|国际|评论|理论|体育|文化|社会|综合|地方新闻|本地新闻|时政|科技|教育|生态|副刊|"
    "视点|新闻|专版|专刊|广告|财经|民生|法治|健康|农村|读书|观点|城事|县区|聚焦|特别报道|文旅"
)
_SECTION = re.compile(rf"(?:{_SECTIONS})(?:新闻)?")
_FILLER = re.compile(r"[\s·•|/:：,，、()（）【】\[\]—-]+")


@dataclass(frozen=True, slots=True)
class Furniture:
    """What one furniture line says; fields it does not show are None."""

    date: str | None = None
    page: str | None = None
    issue: str | None = None
    section: str | None = None
    editor: bool = False
    #: The day of the week or the lunar date: a box of its own when the detector splits the
    #: date line at the space before it ("2025年3月1日" | "星期六").
    weekday: bool = False


def parse_line(text: str) -> Furniture | None:
    """The furniture a line holds when it holds nothing else, else None.

    Each token is cut out as it is recognised; the line is furniture only if nothing but
    separators is left, so a sentence that mentions a date ("2025年3月1日，…") stays text.
    """
    rest = text
    date = page = issue = section = None
    editor = False
    m = _DATE.search(rest)
    if m:
        date = _iso(m)
        rest = rest[: m.start()] + " " + rest[m.end() :]
    weekday = False
    for pattern in (_WEEKDAY, _LUNAR):
        rest, n = pattern.subn(" ", rest)
        weekday = weekday or n > 0
    m = _ISSUE.search(rest)
    if m:
        issue = "".join(m.group(0).split()).translate(_FULLWIDTH)
        rest = rest[: m.start()] + " " + rest[m.end() :]
    m = _PAGE.search(rest)
    folio_first = False
    if m:
        folio_first = not _FILLER.sub("", rest[: m.start()])
        if m.group("n"):
            page = f"第{_number(m.group('n'))}版"
        else:
            page = "".join(m.group("lettered").split())
        rest = rest[: m.start()] + " " + rest[m.end() :]
    if _EDITOR.search(rest):
        editor = True
        rest = _EDITOR.sub(" ", rest)
    stripped = _FILLER.sub("", rest)
    if stripped and _SECTION.fullmatch(stripped):
        section = stripped
        stripped = ""
    elif stripped and page and folio_first and _MISREAD_SECTION.fullmatch(stripped):
        stripped = ""  # the folio first, then a section name the OCR misread
    if stripped or not (date or page or issue or section or editor or weekday):
        return None
    return Furniture(
        date=date, page=page, issue=issue, section=section, editor=editor, weekday=weekday
    )


def _number(text: str) -> int:
    text = text.translate(_FULLWIDTH)
    if text.isdigit():
        return int(text)
    if "十" in text:  # 十二, 二十, 二十三
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0))
    value = 0
    for ch in text:
        value = value * 10 + _CN_DIGITS.get(ch, 0)
    return value


def _iso(m: re.Match[str]) -> str | None:
    if m.group("y"):
        y, mo, d = _number(m.group("y")), _number(m.group("m")), _number(m.group("d"))
    else:
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1800 <= y <= 2200):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"
