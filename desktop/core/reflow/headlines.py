"""Headline runs -> headline groups, and floating groups -> the articles they head.

A *run* is a sequence of heading blocks with nothing else between them. It holds one or more
*groups*, each ``[kicker] title [subtitle]``: a kicker is a line before a title that ends in a
reporting verb (…时强调) or precedes a line whose phrases are separated by spaces; a subtitle is
the line right under the title, in its block or (when the title stands alone) the next block.

Which article a group heads is decided in :mod:`assemble` by layout; a group the layout cannot
place ("floating") goes to the headline-less article it shares the most character bigrams with,
scored with BM25 so that words frequent on the whole page count little.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from desktop.core.reflow.layout import Block
from desktop.core.reflow.rows import Row
from desktop.core.reflow.text import bigrams, ends_like_kicker, has_phrase_space


@dataclass
class Group:
    """One headline: ``lines`` in reading order, each ("title" | "deck", rows of that line)."""

    lines: list[tuple[str, list[Row]]] = field(default_factory=list)

    def text(self) -> str:
        return "".join("".join(r.text.split()) for _, rows in self.lines for r in rows)


@dataclass
class _Line:
    row: Row
    new_block: bool
    cut_out: bool = False
    column: float = 0.0


#: A title runs over at most this many lines.
_TITLE_LINES = 6


_OPENERS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "【": "】", "「": "」"}


def _unclosed(rows: list[Row]) -> bool:
    """A quote or bracket opened in the title and not closed: the title goes on."""
    depth: list[str] = []
    for row in rows:
        for ch in row.text:
            if ch in _OPENERS:
                depth.append(_OPENERS[ch])
            elif depth and ch == depth[-1]:
                depth.pop()
    return bool(depth)


def _narrow(row: Row, column: float) -> bool:
    """A headline line no wider than the column, without phrase spaces or an opening ——."""
    return (
        row.width <= column + 2.5
        and not has_phrase_space(row.text)
        and not row.text.startswith("——")
    )


#: Marks of a subtitle's clauses (or sentence), which a title's own lines do not have.
_SUBTITLE_MARK = re.compile(r"[，。；！？,;!?]|^——")


def _title_line(row: Row) -> bool:
    """A line that can go on a title: no phrase spaces, no comma or sentence mark, no opening
    ——; a title's own marks (、：“”《》) allowed (a long title in large type is broken
    evenly, mid-word, or one phrase a line), and a question or exclamation mark ending the
    line (a title asking: "中国盾构机如 / 何建链成群？")."""
    text = row.text.rstrip("？！?!")
    return not has_phrase_space(row.text) and not _SUBTITLE_MARK.search(text)


def split_groups(blocks: list[Block]) -> list[Group]:
    """Split a run of heading blocks into headline groups."""
    lines: list[_Line] = []
    for block in blocks:
        for k, row in enumerate(block.rows):
            lines.append(_Line(row, k == 0, block.cut_out, block.column))
    groups: list[Group] = []
    i, n = 0, len(lines)
    while i < n:
        group = Group()
        if i + 1 < n and _kicker(lines, i):
            group.lines.append(("deck", [lines[i].row]))
            i += 1
        title = lines[i].row.text
        title_rows = [lines[i].row]
        i += 1
        if i < n and not lines[i].new_block and _wraps(title_rows[0], lines[i].row):
            title_rows.append(lines[i].row)
            i += 1
        elif lines[i - 1].cut_out and _narrow(title_rows[0], lines[i - 1].column):
            # A title in large type, wrapped or one phrase a line, in a dump without blank
            # lines: its narrow lines go on until a subtitle (——…, or clauses) or the next
            # kicker.
            while (
                i < n
                and len(title_rows) < _TITLE_LINES
                and not lines[i].new_block
                and _narrow(lines[i].row, lines[i].column)
                and (_title_line(lines[i].row) or _unclosed(title_rows))
                and not _next_kicker(lines, i)
            ):
                title_rows.append(lines[i].row)
                i += 1
        group.lines.append(("title", title_rows))
        subtitled = False
        while i < n and not lines[i].new_block and not _starts_group(lines, i, title):
            group.lines.append(("deck", [lines[i].row]))
            subtitled = True
            i += 1
        if not subtitled and i < n and not _starts_group(lines, i, title):
            rows = [lines[i].row]
            i += 1
            while i < n and not lines[i].new_block:
                rows.append(lines[i].row)
                i += 1
            group.lines.append(("deck", rows))
        groups.append(group)
    return groups


def _wraps(title: Row, below: Row) -> bool:
    """A stub under a title, in its block, is the end of the title (wrapped), not a subtitle."""
    return (
        not has_phrase_space(title.text)
        and not has_phrase_space(below.text)
        and not below.text.startswith("——")
        and below.width <= 0.5 * title.width
    )


def _next_kicker(lines: list[_Line], i: int) -> bool:
    """Line ``i`` ends like a kicker (…审议, …时强调) and a line follows it in the run for it to
    head: a kicker has a title under it, so the run's last line is the end of a title
    ("李强参加河北 / 代表团审议")."""
    return ends_like_kicker(lines[i].row.text) and i + 1 < len(lines)


def _kicker(lines: list[_Line], i: int) -> bool:
    text = lines[i].row.text
    if has_phrase_space(text):
        return False
    return ends_like_kicker(text) or has_phrase_space(lines[i + 1].row.text)


def _starts_group(lines: list[_Line], i: int, title: str) -> bool:
    """Whether line ``i``, right after a group with ``title``, begins the next group.

    A plain line between two titles is the first one's subtitle or the second one's kicker:
    a kicker only when it shares clearly more character bigrams with the second title (at
    least two, and more than with the first); a line under a title is its subtitle otherwise.
    """
    text = lines[i].row.text
    if has_phrase_space(text) or _next_kicker(lines, i):
        return True
    if i + 1 < len(lines) and has_phrase_space(lines[i + 1].row.text):
        own = set(bigrams(text))
        after = len(own & set(bigrams(lines[i + 1].row.text)))
        return after >= 2 and after > len(own & set(bigrams(title)))
    return False


class BigramIndex:
    """BM25 over the character bigrams of article bodies."""

    def __init__(self, bodies: list[str]) -> None:
        self.counts = [Counter(bigrams(b)) for b in bodies]
        self.lengths = [sum(c.values()) for c in self.counts]
        self.avg = (sum(self.lengths) / len(self.lengths)) if self.lengths else 1.0
        self.df: Counter[str] = Counter()
        for c in self.counts:
            self.df.update(c.keys())

    def score(self, query: str, doc: int, k1: float = 1.2, b: float = 0.75) -> float:
        counts = self.counts[doc]
        norm = k1 * (1 - b + b * self.lengths[doc] / max(self.avg, 1.0))
        n = len(self.counts)
        total = 0.0
        for gram in set(bigrams(query)):
            tf = counts.get(gram, 0)
            if tf:
                df = self.df[gram]
                idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
                total += idf * tf * (k1 + 1) / (tf + norm)
        return total


def confidence(best: float, second: float) -> float:
    """How sure a similarity-based assignment is: the winner's share of the top two scores."""
    if best <= 0:
        return 0.0
    return best / (best + second)
