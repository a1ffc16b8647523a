"""Raw text -> rows: the non-blank pieces of lines, with continuation markers and bylines cut out.

A *row* is what is left of one raw line once markers and a leading byline are removed, trimmed of
surrounding whitespace; it remembers whether a blank line came before it and whether it starts
or ends an article. Markers are returned as :class:`~desktop.core.model.Marker` objects; bylines
as :class:`BylineHit` (raw range plus the parsed :class:`~desktop.core.model.Byline`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.model import Byline, Marker, MarkerKind, PageMeta, SetAside
from desktop.core.reflow.text import ends_sentence, width

_MARKER = re.compile(
    r"[（(【]\s*(上接|接上|下转|转下|接|转)\s*(第?)\s*([A-Za-z]?[0-9０-９一二三四五六七八九十]+)"
    r"\s*(版|面)\s*[）)】]"
)
_MARKER_KIND: dict[str, MarkerKind] = {
    "上接": "continued_from",
    "接上": "continued_from",
    "接": "continued_from",
    "下转": "continued_to",
    "转下": "continued_to",
    "转": "continued_to",
}
_BYLINE = re.compile(
    r"(?P<source>本报讯|本报[^\s（(，。：:]{1,8}?讯"
    r"|(?:新华社|中新社|中新网|人民网|新华网|央视网|央广网|中国新闻网)[^\s（(，。：:]{0,16}?电)"
    r"\s*(?:[（(](?P<inner>[^（()）\n]{1,40})[）)])?"
)
_STAFF = re.compile(
    r"(?P<source>本报记者|本报通讯员|记者)\s+(?P<inner>[^\s《（(]{1,4}(?:\s+[^\s《（(]{1,4}){0,5})"
    r"\s*(?P<paper>《[^》\n]{1,16}》\s*(?:[（(][^）)\n]{0,40}[）)])?)?\s*$"
)
_SURE = re.compile(r"本报讯|本报记者|本报通讯员|新华社|中新社")
_ROLES = re.compile(r"本报|特约记者|见习记者|实习记者|记者|通讯员|实习生|摄影|报道")
_NAME_SPLIT = re.compile(r"[\s、，,；;/]+")
_CLAUSE_MARK = re.compile(r"[，。、；：,;:]")


@dataclass(frozen=True)
class BylineHit:
    start: int
    end: int
    byline: Byline


@dataclass(slots=True)
class Row:
    """A trimmed, non-empty piece of a raw line: ``raw[start:end]``."""

    line: int
    start: int
    end: int
    text: str
    blank_before: bool
    starts_article: bool = False
    ends_article: bool = False
    markers: list[Marker] = field(default_factory=list)
    byline: BylineHit | None = None
    #: The raw line begins with whitespace: what is left of a paragraph indent, if anything.
    indented: bool = False
    width: float = 0.0
    #: The row opens a lead summary (■ …): the first paragraph of an article, never a headline.
    lead: bool = False


def split_rows(raw: str) -> tuple[list[Row], list[Marker]]:
    """Cut ``raw`` into rows; return them and every marker found, in page order."""
    rows: list[Row] = []
    markers: list[Marker] = []
    pending: list[Marker] = []
    blank_before = True
    pos = 0
    for line_no, line in enumerate(raw.split("\n")):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            blank_before = True
            continue
        for start, end, before, after in cut_markers(line, line_start, markers):
            row = _make_row(raw, line_no, start, end, blank_before)
            if row is None:
                # A piece holding only a marker: a "continued to" ends the row before it, a
                # "continued from" starts the next one.
                if after and rows:
                    rows[-1].markers.extend(after)
                    rows[-1].ends_article = True
                    after = []
                pending.extend(before + after)
                continue
            row.markers.extend(pending + before + after)
            row.starts_article = any(m.kind == "continued_from" for m in pending + before)
            row.ends_article = any(m.kind == "continued_to" for m in after)
            pending = []
            rows.append(row)
            blank_before = False
    if pending and rows:
        rows[-1].markers.extend(pending)
    _find_bylines(rows)
    return rows, markers


_PAPER = re.compile(r"[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|时报|商报|周报)")
_DATE = re.compile(
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*农历\S{2,10})?"
)
_FOLIO = re.compile(r"第\s*(?P<n>[0-9０-９]{1,3}|[A-Z][0-9]{1,2})\s*版|(?P<bare>[A-Z]?[0-9]{1,2})")
_ISSUE = re.compile(r"第\s*[0-9０-９]{1,6}\s*(?:期|号)|总第\s*[0-9]{1,6}\s*期")
_EDITOR = re.compile(
    r"(?:(?:责任编辑|责编|美术编辑|版式设计|校对|编辑)\s*[：:]\s*\S{1,12}\s*){1,4}"
)
_SECTION = re.compile(r"[\u4e00-\u9fff·]{2,6}")
#: How many rows at the top of a page can be furniture.
_FURNITURE_ROWS = 8


def set_aside_furniture(rows: list[Row]) -> tuple[list[Row], list[SetAside], PageMeta]:
    """Take the page furniture off the top of a dump: paper, date line, 第N版, 版名, editors.

    OCR of a whole page starts with the masthead strip; as text it would become a title or
    merge into the first article. A run of rows from the top is taken when each reads as
    furniture, at least two rows long and with one unmistakable row (paper, date, folio,
    issue, editor); a short name (版名) is taken only inside such a run. Rows holding a
    marker or a byline are never furniture. Linear in the rows looked at (at most a few).
    """
    kinds: list[str] = []
    for row in rows[:_FURNITURE_ROWS]:
        kind = _furniture_kind(row)
        if kind is None:
            break
        kinds.append(kind)
    while kinds and kinds[-1] == "section" and len(_squash(rows[len(kinds) - 1].text)) > 4:
        kinds.pop()  # a short line right above the text may be its title; 版名 are shorter
    strong = sum(1 for k in kinds if k != "section")
    if not strong or kinds.count("section") > 1 or (strong < 2 and len(kinds) < 2):
        return rows, [], PageMeta()
    taken = rows[: len(kinds)]
    fields: dict[str, str] = {}
    aside: list[SetAside] = []
    for row, kind in zip(taken, kinds, strict=True):
        aside.append(SetAside("furniture", row.line, row.text, kind))
        if kind == "date":
            match = _DATE.search(row.text)
            assert match is not None
            fields.setdefault("date", f"{match['y']}-{int(match['m']):02d}-{int(match['d']):02d}")
        elif kind == "page":
            match = _FOLIO.fullmatch(_squash(row.text))
            assert match is not None
            number = (match["n"] or match["bare"]).translate(_FULLWIDTH_DIGITS)
            fields.setdefault("page", f"第{int(number)}版" if number.isdigit() else f"{number}版")
        elif kind in ("paper", "section", "issue"):
            fields.setdefault(kind, _squash(row.text))
    meta = PageMeta(
        paper=fields.get("paper"),
        date=fields.get("date"),
        page=fields.get("page"),
        section=fields.get("section"),
        issue=fields.get("issue"),
    )
    return rows[len(kinds) :], aside, meta


def _furniture_kind(row: Row) -> str | None:
    if row.markers or row.byline is not None or row.starts_article:
        return None
    text = _squash(row.text)
    if _PAPER.fullmatch(text):
        return "paper"
    if _DATE.fullmatch(row.text.strip()) or _DATE.fullmatch(text):
        return "date"
    if _FOLIO.fullmatch(text):
        return "page"
    if _ISSUE.fullmatch(text):
        return "issue"
    if _EDITOR.fullmatch(row.text.strip()):
        return "editor"
    if _SECTION.fullmatch(text):
        return "section"
    return None


def cut_markers(
    line: str, line_start: int, found: list[Marker]
) -> list[tuple[int, int, list[Marker], list[Marker]]]:
    """Split a line at its markers: (start, end, markers before, markers after) per piece."""
    pieces: list[tuple[int, int, list[Marker], list[Marker]]] = []
    cursor = 0
    before: list[Marker] = []
    for match in _MARKER.finditer(line):
        kind = _MARKER_KIND[match.group(1)]
        number = match.group(3).translate(_FULLWIDTH_DIGITS)
        # "第N版" as the contract says; a lettered page ("A2版") keeps its printed form.
        prefix = "第" if match.group(2) or not number[0].isalpha() else ""
        marker = Marker(
            kind=kind,
            text=match.group(0),
            value=f"{prefix}{number}{match.group(4)}",
            raw_start=line_start + match.start(),
            raw_end=line_start + match.end(),
        )
        found.append(marker)
        if kind == "continued_from":
            if line[cursor : match.start()].strip():
                pieces.append((line_start + cursor, line_start + match.start(), before, []))
                before = []
            before = [*before, marker]
        else:
            pieces.append((line_start + cursor, line_start + match.start(), before, [marker]))
            before = []
        cursor = match.end()
    pieces.append((line_start + cursor, line_start + len(line), before, []))
    return pieces


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _make_row(raw: str, line_no: int, start: int, end: int, blank_before: bool) -> Row | None:
    begin = start
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    text = raw[start:end]
    indented = start > begin and (begin == 0 or raw[begin - 1] == "\n")
    lead = text[0] in LEAD_MARKS and len(text) > 1
    return Row(
        line_no, start, end, text, blank_before, indented=indented, width=width(text), lead=lead
    )


#: Marks that open a lead summary printed above an article's body.
LEAD_MARKS = frozenset("■●▲◆")


def _find_bylines(rows: list[Row]) -> None:
    """Cut a byline off the front of a row that can start an article.

    That is a row after a blank line, a marker, a finished sentence or a line without clause
    punctuation (a headline printed right above it); never one inside a running sentence.
    """
    for i, row in enumerate(rows):
        can_start = row.blank_before or row.starts_article or i == 0
        hit = parse_byline(row.text)
        if hit is None:
            continue
        length, byline = hit
        if not can_start and not (byline.reporters and _SURE.match(row.text)):
            # Only a byline naming reporters (本报讯（记者 X）, a staff line) is sure enough
            # to follow a line that stops mid-clause (a subtitle with a comma).
            prev = rows[i - 1].text
            if not ends_sentence(prev) and _CLAUSE_MARK.search(prev):
                continue
        cut = row.start + length
        row.byline = BylineHit(row.start, cut, byline)
        row.starts_article = True
        rest = row.text[length:]
        lead = len(rest) - len(rest.lstrip())
        row.start = cut + lead
        row.text = rest.lstrip()
        row.width = width(row.text)


def parse_byline(text: str) -> tuple[int, Byline] | None:
    match = _BYLINE.match(text)
    if match is not None:
        inner = match.group("inner")
        if inner is not None and not _ROLES.search(inner):
            # "本报讯（记者 X）" names reporters; other brackets belong to the sentence.
            end = match.start("inner") - 1
            text_part = text[:end].rstrip()
            return len(text_part), Byline(byline_text(text_part), _squash(match["source"]), ())
        printed = match.group(0).rstrip()
        reporters = _names(inner) if inner else ()
        return len(printed), Byline(byline_text(printed), _squash(match["source"]), reporters)
    match = _STAFF.match(text)
    if match is not None:
        names = _names(match["inner"])
        if not names or any(len(n) > 4 for n in names):
            return None
        printed = match.group(0).rstrip()
        # "本报记者 X Y《人民日报》（…第 01 版）": the source line shares the byline's line; the
        # paper and date are where the story comes from.
        source = _squash(match["paper"]) if match["paper"] else _squash(match["source"])
        return len(printed), Byline(byline_text(printed), source, names)
    return None


def _names(inner: str) -> tuple[str, ...]:
    """Reporters' names; single characters in a row are one name spaced out ("田 鹏" -> 田鹏).

    Two-character names are printed with a space inside to fill the width of three-character
    ones, and names are separated by wider gaps or by 、; a lone character is never a name.
    """
    cleaned = _ROLES.sub(" ", inner)
    names: list[str] = []
    single = False
    for token in _NAME_SPLIT.split(cleaned):
        if not token:
            continue
        if len(token) == 1 and single and len(names[-1]) < 3:
            names[-1] += token
        else:
            names.append(token)
        single = len(token) == 1
    return tuple(names)


def _squash(text: str) -> str:
    return "".join(text.split())


def byline_text(text: str) -> str:
    """One space between words of a byline, none next to brackets or punctuation.

    The same rule as :func:`desktop.core.reflow.spaces.emit` in byline mode, so the parsed
    ``Byline.text`` equals the byline block of the article.
    """
    out: list[str] = []
    for token in text.split():
        if out and out[-1][-1].isalnum() and token[0].isalnum():
            out.append(" ")
        out.append(token)
    return "".join(out)


__all__ = ["BylineHit", "Row", "byline_text", "set_aside_furniture", "split_rows"]
