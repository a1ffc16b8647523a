"""Rows -> items: paragraphs, sub-heads and runs of headline blocks, in page order.

The evidence a printed page leaves in OCR text, taken together:

* a *block* is a run of rows between blank lines; a blank line is a paragraph break only when
  the text before it ends a sentence, otherwise it is a column break inside a sentence;
* inside a block, a row that ends a sentence and is clearly shorter than the column ends a
  paragraph (the next paragraph lost its indent and its blank line), and so does one followed
  by a row that kept some of its indent (leading whitespace, where few rows have it);
* a block that does not end a sentence and cannot continue into the next block is a heading:
  its phrases are separated by spaces, it is longer than the column, nothing (or a new article,
  or another heading) follows it, it is a short line in a body (a wrapped sub-head ends in
  a stub), or a line of its own numbered like a section ("一、…", "（二）…");
* a headline run between two parts of one sentence interrupts the paragraph, which goes on
  after it (a headline printed across another story's columns);
* the column width is estimated locally from the rows inside blocks, which are full rows.

A dump without blank lines (:func:`is_dense`; one line per OCR text box) leaves only widths,
punctuation and indents, and gets rules of its own: a line clearly off the column that ends
no sentence is a headline line, as are the unfinished lines right above a byline, a ■ lead, a
——subtitle or a paragraph's first line; a first line is one short of the column by about an
indent, or indented; a sentence-ending line two cells short ends its paragraph; and a lone
heading between paragraphs is a sub-head only if the text goes on with the same words
(:func:`same_story`), else it heads a new story.

A dump with only some blank lines (:func:`blank_lines_sporadic`: between some paragraphs, some
stories, at a column break, as many OCR tools and copy-pastes leave them) is read the same
way, with its blank lines as extra evidence rather than separators: a blank line after a
finished sentence ends a paragraph, one after an unfinished line is a column break, and a few
unfinished rows set apart by blank lines whose last row is no full line are a headline.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Literal

from desktop.core.reflow.rows import Row
from desktop.core.reflow.text import (
    bigrams,
    ends_like_kicker,
    ends_sentence,
    has_phrase_space,
    width,
)

ItemKind = Literal["para", "subhead", "run"]

#: How far (in rows) to look around a block when estimating the column width.
_WINDOW = 40
_CLAUSE = re.compile(r"[，。、；：！？,;:!?]")
#: A numbered section heading: "一、…", "（二）…", "3．…".
_ENUMERATED = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|[0-9]{1,2}(?:[．、]|\.(?=[^\x00-\x7f])))\S"
)
#: A row this much wider than the median row is no body text (a headline line).
_WIDE = 2.5
#: Fewer full rows than this nearby, and the whole page's rows are used instead.
_MIN_SAMPLE = 5
#: The column width of an empty page (a placeholder; no rule looks at it there).
DEFAULT_COLUMN = 16.0


@dataclass
class Block:
    rows: list[Row]
    column: float = DEFAULT_COLUMN
    heading: bool = False
    #: Headline rows cut out of a text block (no blank lines around them): a heading for sure.
    cut_out: bool = False


@dataclass
class Item:
    """A paragraph or sub-head (``rows``), or a run of headline blocks (``blocks``).

    A run that ``interrupts`` a paragraph sits between two parts of one sentence (a headline
    printed across the columns of another story); it ends no article, and the paragraph item
    after it ``continues`` the one before it.
    """

    kind: ItemKind
    rows: list[Row] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    interrupts: bool = False
    continues: bool = False


def make_blocks(rows: list[Row], dense: bool | None = None) -> list[Block]:
    """Group rows into blocks: a blank line, an article start or an article end separates.

    On a page read by line evidence (``dense``, see :func:`is_dense`) blank lines do not cut
    blocks: they are evidence the line rules weigh (a paragraph break after a finished
    sentence), not separators.
    """
    if dense is None:
        dense = is_dense(rows)
    blocks = _blocks(rows, by_blank_lines=not dense)
    _estimate_columns(blocks)
    indents = indents_mark_paragraphs(rows)
    split = [
        part
        for i, block in enumerate(blocks)
        for part in _split_off_headlines(
            block, indents, dense, blocks[i + 1].rows[0] if i + 1 < len(blocks) else None
        )
    ]
    if len(split) > len(blocks):
        blocks = split
        _estimate_columns(blocks)  # again, without the headline rows just found
    # Backwards: whether a block can continue into the next depends on what the next one is.
    for i in range(len(blocks) - 1, -1, -1):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if _stacked_headline(blocks[i]):
            blocks[i].cut_out = True
        blocks[i].heading = _looks_heading(blocks[i], nxt)
    return blocks


def _stacked_headline(block: Block) -> bool:
    """Two or three rows without any punctuation, the last no full line: a headline (kicker
    and title, a title in large type one phrase a line) set apart by blank lines.

    Text cut by a column break ends on a full line; a headline ends on a line of its own width.
    Such a block is read as rows cut out of the text (:attr:`Block.cut_out`), so that
    :func:`~desktop.core.reflow.headlines.split_groups` keeps a title wrapped in large type
    together.
    """
    rows = block.rows
    if not 1 < len(rows) <= 3 or not _headline_stack(block):
        return False
    if any(r.starts_article or r.lead or has_phrase_space(r.text) for r in rows):
        return False
    return not ends_sentence(rows[-1].text) and _off_column(rows[-1], block.column)


def _blocks(rows: list[Row], by_blank_lines: bool) -> list[Block]:
    blocks: list[Block] = []
    for i, row in enumerate(rows):
        cut = by_blank_lines and row.blank_before
        if i == 0 or cut or row.starts_article or rows[i - 1].ends_article:
            blocks.append(Block([row]))
        else:
            blocks[-1].rows.append(row)
    return blocks


def is_dense(rows: list[Row]) -> bool:
    """Whether the page is read by line evidence rather than by its blank lines.

    That is a dump without blank lines (one line per OCR text box), where blank lines cannot
    tell headlines from text and line widths, punctuation and indents must
    (:func:`_split_off_headlines` applies its dense rules); and a dump whose blank lines are
    sporadic (:func:`blank_lines_sporadic`), which the line rules read with the blank lines as
    one more piece of evidence.
    """
    if len(rows) < 4:
        return False
    blanks = sum(1 for r in rows[1:] if r.blank_before)
    return blanks * _DENSE_RATIO < len(rows) or blank_lines_sporadic(rows)


#: A page is read by line evidence when at least this share of the breaks its lines show
#: come without the blank line a page that separates with them puts there. A separated page
#: lacks it where the line evidence misreads a line (none of 24 breaks on the sample page, say
#: one in fifty), a page with sporadic blank lines at about two breaks in five: the two
#: likelihoods cross at about one in eight.
_UNSEPARATED_SHARE = 0.12
#: ... and at least this many: one line the line evidence misreads as a headline (a text line
#: cut short, a stray space read as an indent) must not turn a separated page over.
_MIN_UNSEPARATED = 2


def blank_lines_sporadic(rows: list[Row]) -> bool:
    """Whether blank lines are scattered rather than the page's separators.

    A page that separates with blank lines (the sample page; text copied with a blank line
    after every paragraph) puts one above every headline, between a headline and the text
    under it, and above every paragraph whose start the line lengths do not show otherwise (a
    first line short only by its lost indent, after a full line ending a sentence). OCR tools
    and copy-pastes that leave only some blank lines (between some paragraphs, some stories,
    at a column break) do not. So this looks at the breaks the line evidence alone finds
    (dense rules, blank lines ignored): a headline after body text, text opening under a
    headline (indented, a ■ lead, a byline) and such a hidden paragraph start. When at least
    two of them, and at least one in eight, lack a blank line, the blank lines are sporadic;
    so are they when one lacks it and indented paragraph starts are set apart now and then
    (:func:`_indented_starts_mixed`).

    Measured on generated pages: the sample page has its blank line at all 24 such breaks
    (9 headlines, 2 texts under one, 13 paragraphs), the property tests' pages at all (one
    misread line a page at most: hence two); 39 of the first 40 dev dumps with sporadic blank
    lines (93 of 100) lack it at two and one in eight or more.
    """
    blocks = _blocks(rows, by_blank_lines=False)
    _estimate_columns(blocks)
    indents = indents_mark_paragraphs(rows)
    parts = [
        part
        for i, block in enumerate(blocks)
        for part in _split_off_headlines(
            block,
            indents,
            True,
            blocks[i + 1].rows[0] if i + 1 < len(blocks) else None,
            blank_lines=False,
        )
    ]
    breaks = unseparated = 0
    for i, part in enumerate(parts):
        first = part.rows[0]
        after = parts[i + 1].rows[0] if i + 1 < len(parts) else None
        if i and part.cut_out and not parts[i - 1].cut_out:
            if len(part.rows) == 1 and after and _cut_short_by_word(first, after, part.column):
                continue  # a line of text the next one's Latin word did not fit on
            breaks += 1
            unseparated += not first.blank_before
        elif i and not part.cut_out and parts[i - 1].cut_out and _opens_text(first, indents):
            breaks += 1
            unseparated += not first.blank_before
        if not part.cut_out:
            for k in range(1, len(part.rows)):
                if _hidden_start(part.rows, k, part.column, indents):
                    breaks += 1
                    unseparated += not part.rows[k].blank_before
    if unseparated >= _MIN_UNSEPARATED and unseparated >= _UNSEPARATED_SHARE * breaks:
        return True
    # One break without its blank line may be a misread line; with paragraphs set apart by
    # blank lines only now and then as well, the blank lines are sporadic.
    return unseparated >= 1 and indents and _indented_starts_mixed(rows)


def _indented_starts_mixed(rows: list[Row]) -> bool:
    """Whether indented paragraph starts after a finished sentence come both with and
    without a blank line above, at least two of each and the rarer kind at least one in
    eight: a page that separates paragraphs with blank lines does so at each of them, one
    that separates only its stories at none."""
    spaced = glued = 0
    for prev, row in itertools.pairwise(rows):
        if row.indented and ends_sentence(prev.text):
            if row.blank_before:
                spaced += 1
            else:
                glued += 1
    rarer = min(spaced, glued)
    return rarer >= _MIN_UNSEPARATED and rarer >= _UNSEPARATED_SHARE * (spaced + glued)


def _opens_text(row: Row, indents: bool) -> bool:
    """A row that opens the text under a headline for sure: indented (where indents can be
    trusted), a ■ lead or a byline. A continuation marker is left out: a headline printed
    after its story is followed by the next story's （上接…）."""
    if any(m.kind == "continued_from" for m in row.markers):
        return False
    return (indents and row.indented) or row.lead or row.byline is not None


def _hidden_start(rows: list[Row], k: int, col: float, indents: bool) -> bool:
    """Row ``k`` starts a paragraph that only its lost indent shows: the row before is a full
    line ending a sentence, and row ``k`` keeps no indent but is short by one."""
    prev = rows[k - 1]
    if not ends_sentence(prev.text) or prev.width < col - 3.5:
        return False
    return not (indents and rows[k].indented) and _lost_indent(rows, k, col)


#: A page with fewer blank lines than one per this many rows is a dense dump.
_DENSE_RATIO = 25
#: How far (in cells) a headline line's width is from the column's, at least, in a dense dump.
_OFF_COLUMN = 2.5


def _split_off_headlines(
    block: Block,
    indents: bool,
    dense: bool = False,
    nxt: Row | None = None,
    blank_lines: bool = True,
) -> list[Block]:
    """Cut headline rows printed without blank lines around them out of a text block.

    A row without clause punctuation that sets phrases apart or is longer than the column is a
    headline when it comes first or after a finished sentence; a plain row right before it is
    its kicker, plain rows right after it its subtitle. Body text after them is a new block;
    so is an indented row, where indents can be trusted.

    In a dense dump (no blank lines) headline type shows only as a line whose width is not the
    column's: a row that does not end a sentence, comes first or after a finished sentence and
    is clearly shorter than the column without any clause punctuation, or wider than the column
    (a headline across several columns, commas allowed), is a headline line; so is a row ending
    like a kicker (…时强调) there. Under a headline line, a row off the column width or opening
    with —— is its subtitle; a plain row of the column's width is the first line of the body.
    A lead summary (■…) is never a headline line. With ``blank_lines`` (a dense page's blank
    lines as evidence, :func:`_set_apart`), a few unfinished rows between two blank lines
    after a finished sentence are a headline too.
    """
    rows = block.rows
    if len(rows) < 2:
        return [block]
    col = block.column
    n = len(rows)
    head = [False] * n
    # ``nxt`` is the first row of the next block (a byline there anchors a headline here).
    for k in range(n):
        row = rows[k]
        can_start = k == 0 or head[k - 1] or ends_sentence(rows[k - 1].text)
        plain = not _CLAUSE.search(row.text) and not ends_sentence(row.text)
        if (indents and row.indented) or row.starts_article or not row.text or row.lead:
            continue  # a paragraph's first line, or an article's
        if dense:
            head[k] = _dense_headline(rows, k, col, head, can_start, plain)
        elif _clearly_headline(row, col) and can_start:
            head[k] = True
        elif plain and can_start and k + 1 < n and _clearly_headline(rows[k + 1], col):
            head[k] = True  # a kicker
        elif plain and k > 0 and head[k - 1]:
            head[k] = True  # a subtitle
    if dense:
        for k in range(1, n + 1):
            if k == n and not (nxt is not None and _anchors_headline(nxt, False)):
                break
            if k == n or _anchors_headline(rows[k], head[k]):
                _walk_back(rows, k, head, indents)
            elif not head[k - 1] and (
                (indents and rows[k].indented) or _first_line_of_text(rows, k, col)
            ):
                # A paragraph starts here: unfinished lines off the column right above it
                # (after a finished sentence) are a headline, punctuation and all; over an
                # indent that can be trusted, full lines without a clause mark as well (a
                # paragraph ends on a finished sentence).
                trusted = indents and rows[k].indented
                _walk_back(rows, k, head, indents, col, plain_full=trusted)
            elif not head[k - 1] and _stops_unfinished(rows, k - 1, col):
                # A line without a clause mark stops short, unfinished: no paragraph ends so.
                _walk_back(rows, k, head, indents, col, plain_full=True)
        if blank_lines:
            _set_apart(rows, head, col, indents, nxt)
    elif nxt is not None:
        _glued_tail(rows, head, col, indents)
    if not any(head):
        return [block]
    if all(head):
        block.cut_out = True
        return [block]
    parts: list[Block] = []
    for k, row in enumerate(rows):
        if k == 0 or head[k] != head[k - 1]:
            parts.append(Block([row], column=col, cut_out=head[k]))
        else:
            parts[-1].rows.append(row)
    return parts


#: At most this many rows between two blank lines make a heading set apart by them.
_SET_APART_ROWS = 4


def _set_apart(
    rows: list[Row], head: list[bool], col: float, indents: bool, nxt: Row | None
) -> None:
    """Mark as headline rows the few rows a blank line sets apart above and below, when they
    come after a finished sentence, none ends a sentence and the last is no full line.

    A column break leaves a blank line after a full line of text; a headline (kicker, title,
    subtitle) ends on a line of its own width. Only in a page read by line evidence (dense),
    where blank lines come on top of it: it misses a title whose width happens to look like a
    paragraph's first line.
    """
    n = len(rows)
    start = 0
    while start < n:
        end = start + 1
        while end < n and not rows[end].blank_before:
            end += 1
        if _set_apart_heading(rows, start, end, head, col, indents, nxt):
            for m in range(start, end):
                head[m] = True
        start = end


def _glued_tail(rows: list[Row], head: list[bool], col: float, indents: bool) -> None:
    """On a page separated by blank lines, mark as a headline the few unfinished rows that
    end a block after a finished sentence, the last no more than three quarters of the
    column: a headline printed right under the text above, with its blank line below only.

    A column break cuts text after a full line (a little short, at most, where numbers or
    Latin letters did not fit); a headline ends on a line of its own width.
    """
    n = len(rows)
    start = n - 1
    while start > 0 and n - start < _SET_APART_ROWS and not ends_sentence(rows[start - 1].text):
        start -= 1
    if start == 0 or not ends_sentence(rows[start - 1].text):
        return  # the whole block (read as one by :func:`_looks_heading`), or a long run
    for row in rows[start:]:
        if ends_sentence(row.text) or row.lead or row.starts_article or not row.text:
            return
        if (indents and row.indented) or len(_CLAUSE.findall(row.text)) > 1:
            return
    last = rows[-1]
    if last.width <= 0.75 * col and not _CLAUSE.match(last.text[-1]):
        for m in range(start, n):
            head[m] = True


def _set_apart_heading(
    rows: list[Row],
    start: int,
    end: int,
    head: list[bool],
    col: float,
    indents: bool,
    nxt: Row | None,
) -> bool:
    if end - start > _SET_APART_ROWS or not rows[start].blank_before:
        return False
    if end == len(rows) and not (nxt is not None and nxt.blank_before):
        return False  # the text goes on in the next block without a blank line
    if start and not (head[start - 1] or ends_sentence(rows[start - 1].text)):
        return False  # a column break inside a sentence
    for row in rows[start:end]:
        if ends_sentence(row.text) or row.lead or row.starts_article or not row.text:
            return False
        if (indents and row.indented) or len(_CLAUSE.findall(row.text)) > 1:
            return False  # a first line; or text (a headline line has one clause mark at most)
    last = rows[end - 1]
    return _off_column(last, col) and not _CLAUSE.match(last.text[-1])


def _dense_headline(
    rows: list[Row], k: int, col: float, head: list[bool], can_start: bool, plain: bool
) -> bool:
    row = rows[k]
    nxt = rows[k + 1] if k + 1 < len(rows) else None
    if nxt is not None and _latin_end(row.text) and _LEADING_WORD.match(nxt.text):
        return False  # a Latin phrase broken over two lines: a running sentence
    if ends_sentence(row.text):
        return can_start and _question_title(row, nxt, rows, k, col)
    off = _off_column(row, col)
    if can_start and _clearly_headline(row, col):
        return True
    if can_start and plain and off and not _first_line_of_text(rows, k, col):
        return True
    if can_start and row.width > col + _OFF_COLUMN:
        return True  # across several columns, commas and all
    if can_start and plain and ends_like_kicker(row.text):
        return True
    if (
        plain
        and can_start
        and nxt is not None
        and not nxt.lead
        and not _CLAUSE.search(nxt.text)
        and not ends_sentence(nxt.text)
        and (_clearly_headline(nxt, col) or (_off_column(nxt, col) and not nxt.indented))
    ):
        return True  # a kicker right above a headline line
    if k > 0 and head[k - 1]:
        # A subtitle, unless it reads as the first line of the text under the headline.
        return (off and not _first_line_of_text(rows, k, col)) or row.text.startswith("——")
    # A line of its own above a paragraph's first line: a sub-head, or a title.
    return (
        can_start
        and (plain or off)
        and nxt is not None
        and not nxt.lead
        and not ends_sentence(nxt.text)
        and (nxt.indented or _lost_indent(rows, k + 1, col))
    )


_QUESTION = re.compile(r"[？！?!][”’」』]?$")


def _question_title(row: Row, nxt: Row | None, rows: list[Row], k: int, col: float) -> bool:
    """A title asking or exclaiming ("商圈如何接住流量？") ends like a sentence: it is one when
    it is a whole sentence clearly short of the column, with no clause punctuation before its
    mark, and text starts anew under it (a byline, a lead, an indented or short first line)."""
    text = row.text
    if not _QUESTION.search(text) or _CLAUSE.search(text[:-1]) or not _off_column(row, col):
        return False
    if nxt is None or not (nxt.byline is not None or nxt.starts_article or nxt.lead):
        return nxt is not None and (nxt.indented or _first_line_of_text(rows, k + 1, col))
    return True


def _anchors_headline(row: Row, is_head: bool) -> bool:
    """A byline, a lead summary or a ——subtitle: the rows right above them are a headline."""
    return row.byline is not None or row.lead or (is_head and row.text.startswith("——"))


#: How many rows above a byline or lead can be its headline (a long title set at the
#: column's width fills five).
_WALK_BACK = 6


def _walk_back(
    rows: list[Row],
    k: int,
    head: list[bool],
    indents: bool,
    col: float | None = None,
    plain_full: bool = False,
) -> None:
    """Mark the unfinished rows right above row ``k`` as a headline, if a finished sentence
    (or the block's start, or another headline) comes before them. With ``col``, only rows
    clearly off the column qualify (a full row is body text), and with ``plain_full`` full
    rows without a clause mark too, unless the run ends a sentence (a question set over two
    lines is a sentence of the text above)."""
    plain_full = plain_full and k > 0 and not ends_sentence(rows[k - 1].text)
    j = k - 1
    while j >= 0 and k - j <= _WALK_BACK and not head[j]:
        row = rows[j]
        asks = j == k - 1 and _QUESTION.search(row.text) and not _CLAUSE.search(row.text[:-1])
        if (ends_sentence(row.text) and not asks) or row.lead or row.starts_article:
            break
        if not row.text:
            break
        full = col is not None and not _off_column(row, col)
        if (indents and row.indented) or (full and not (plain_full and _title_line(row))):
            return
        j -= 1
    if j == k - 1 or (k - j > _WALK_BACK and not head[j]):
        return
    if j >= 0 and not (head[j] or ends_sentence(rows[j].text)):
        return
    for m in range(j + 1, k):
        head[m] = True


def _stops_unfinished(rows: list[Row], k: int, col: float) -> bool:
    """Row ``k`` holds no clause mark and stops clearly short of the column without ending a
    sentence, though text goes on under it: the last line of a headline, not of a paragraph
    (unless a Latin word or number too long for the rest of the line opens the next, or the
    line could open a paragraph -- after a finished sentence or a blank line -- short by no
    more than an indent: a paragraph's first line that lost it)."""
    row = rows[k]
    if not _plain(row) or ends_sentence(row.text) or row.lead or not row.text:
        return False
    if row.width >= col - _OFF_COLUMN or _cut_short_by_word(row, rows[k + 1], col):
        return False
    first = k == 0 or row.blank_before or ends_sentence(rows[k - 1].text)
    return not (first and row.width >= col - _LOST_INDENT_MAX)


def _plain(row: Row) -> bool:
    """No clause mark: a headline line's text, not a sentence's."""
    return not _CLAUSE.search(row.text)


#: Marks a title keeps (赵乐际与致公党、侨联…, 辽宁：以…): what a sentence has besides them.
_SENTENCE_MARKS = re.compile(r"[，。；,;]")


def _title_line(row: Row) -> bool:
    """No mark but a title's own (、：?!) inside the line, none ending it."""
    return not _SENTENCE_MARKS.search(row.text) and not _CLAUSE.match(row.text[-1:])


def _off_column(row: Row, col: float) -> bool:
    """Clearly shorter or wider than the column: not a full line of body text."""
    return row.width < col - _OFF_COLUMN or row.width > col + _OFF_COLUMN


def _clearly_headline(row: Row, col: float) -> bool:
    if _CLAUSE.search(row.text) or ends_sentence(row.text):
        return False
    return _phrase_space_unquoted(row.text) or row.width > col + 2.5


#: A quotation or title in 《》 from its opening mark to its close (or the line's end).
_QUOTED = re.compile(r"[“《「『][^”》」』]*(?:[”》」』]|$)")


def _phrase_space_unquoted(text: str) -> bool:
    """Phrase spaces outside quotes: a slogan quoted in a sentence keeps its own phrase space
    (以“汇聚网络正能量 引领时代新风尚”为主题), which makes no headline line."""
    return has_phrase_space(text) and has_phrase_space(_QUOTED.sub("", text))


def _estimate_columns(blocks: list[Block]) -> None:
    """Typical width of nearby rows that are followed by another row of their block."""
    full: list[Row] = []
    for block in blocks:
        if block.cut_out or _headline_stack(block):
            continue
        full.extend(r for r in block.rows[:-1] if r.width > 0 and not _headline_like(r.text))
    if len(full) < _MIN_SAMPLE:
        # Few rows: leave out those without clause punctuation (in a page without blank lines
        # they may be headline rows) as long as some with punctuation remain.
        texty = [r.width for r in full if _CLAUSE.search(r.text)]
        width = _small_page_width(blocks, texty or [r.width for r in full])
        for block in blocks:
            block.column = width
        return
    page_width = _upper_quartile([r.width for r in full])
    lo = hi = 0
    for block in blocks:
        line = block.rows[0].line
        while lo < len(full) and full[lo].line < line - _WINDOW:
            lo += 1
        hi = max(hi, lo)
        while hi < len(full) and full[hi].line <= line + _WINDOW:
            hi += 1
        window = [r.width for r in full[lo:hi]]
        block.column = _upper_quartile(window) if len(window) >= _MIN_SAMPLE else page_width


def _small_page_width(blocks: list[Block], inner: list[float]) -> float:
    """The column of a page with only a few full rows: the widest of them.

    A row cut off by a column break is full as well (and the few inner rows may all be first
    rows, short of their indent), so the last row of a text block that stops mid-sentence
    counts too, if it reads like text (clause punctuation). Single-row blocks and blocks that
    start like a headline are left out.
    """
    if not inner:
        return max((r.width for b in blocks for r in b.rows), default=DEFAULT_COLUMN)
    widest = max(_without_wide(inner))
    limit = widest + 3.5
    for block in blocks:
        last = block.rows[-1]
        if (
            len(block.rows) > 1
            and widest < last.width <= limit
            and _CLAUSE.search(last.text)
            and not ends_sentence(last.text)
            and not _headline_stack(block)
            and not _headline_like(block.rows[0].text)
        ):
            widest = last.width
    return widest


def _headline_stack(block: Block) -> bool:
    """A few rows without any clause punctuation: kicker, title, subtitle, not body text."""
    return len(block.rows) <= 3 and not any(_CLAUSE.search(r.text) for r in block.rows)


def _headline_like(text: str) -> bool:
    return has_phrase_space(text) or ends_like_kicker(text)


def _upper_quartile(widths: list[float]) -> float:
    """Robust "full row" width: most rows inside blocks are full, a few end a paragraph.

    Rows much wider than the median (headline lines in a page without blank lines) are left
    out first.
    """
    ordered = _without_wide(widths)
    return ordered[int(0.75 * (len(ordered) - 1) + 0.5)]


def _without_wide(widths: list[float]) -> list[float]:
    ordered = sorted(widths)
    median = ordered[len(ordered) // 2]
    return [w for w in ordered if w <= median + _WIDE]


def _looks_heading(block: Block, nxt: Block | None) -> bool:
    if block.cut_out:
        return True
    rows = block.rows
    first, last = rows[0], rows[-1]
    if len(rows) > 3 or first.starts_article or first.byline is not None or last.ends_article:
        return False
    if ends_sentence(last.text) or not last.text:
        return False
    col = block.column
    if any(has_phrase_space(r.text) for r in rows):
        return True
    if any(r.width > col + 2.5 for r in rows):
        return True
    if nxt is not None and nxt.rows[0].byline is not None:
        # A byline sits under a headline: the text above it cannot run on into it. A title
        # may have a mark of its own a line (、：), text has more.
        return all(len(_CLAUSE.findall(r.text)) <= 1 for r in rows)
    if nxt is None or nxt.heading or nxt.rows[0].starts_article:
        # Nothing can continue it: a headline line, unless it reads like a sentence (then the
        # page simply stops mid-sentence, or a headline interrupts the text).
        return _headline_stack(block)
    if len(rows) == 1 and (first.width <= 0.75 * col or _ENUMERATED.match(first.text)):
        return True
    return len(rows) == 2 and last.width <= 0.5 * col and first.width <= col - 2


def make_items(blocks: list[Block], dense: bool | None = None) -> list[Item]:
    """Turn blocks into paragraphs, sub-heads and headline runs, in page order.

    ``dense``: whether the page is read by line evidence (:func:`is_dense`, worked out from the
    rows when not given)."""
    all_rows = [r for b in blocks for r in b.rows]
    indents = indents_mark_paragraphs(all_rows)
    if dense is None:
        dense = is_dense(all_rows)
    items: list[Item] = []
    open_para: Item | None = None  # the paragraph the next block may continue
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.heading:
            j = i + 1
            while j < len(blocks) and blocks[j].heading:
                j += 1
            nxt = blocks[j] if j < len(blocks) else None
            if j == i + 1 and _is_subhead(block, items, nxt, dense):
                items.append(Item("subhead", rows=list(block.rows)))
                open_para = None
            else:
                interrupts = (
                    open_para is not None and nxt is not None and not nxt.rows[0].starts_article
                )
                items.append(Item("run", blocks=blocks[i:j], interrupts=interrupts))
                # The paragraph goes on after the run, as a continuation item.
                open_para = Item("para", continues=True) if interrupts else None
            i = j
            continue
        col = block.column
        para = open_para
        for k, row in enumerate(block.rows):
            if k == 0:
                new = para is None or row.starts_article or row.byline is not None
            else:
                prev = block.rows[k - 1]
                new = (
                    row.starts_article
                    or row.lead
                    or (
                        ends_sentence(prev.text)
                        and (
                            prev.width < col - 3.5
                            or (dense and row.blank_before)
                            or (indents and row.indented)
                            or (dense and _lost_indent(block.rows, k, col))
                            or (dense and _stops_short(prev, row, col, para))
                        )
                    )
                )
            if new or para is None:
                para = Item("para", rows=[row])
                items.append(para)
            else:
                if not para.rows:
                    items.append(para)  # the first row of a continuation item
                para.rows.append(row)
        last = block.rows[-1]
        open_para = None if last.ends_article or ends_sentence(last.text) else para
        i += 1
    return items


#: A paragraph's first line that lost its indent as spaces is this much short of the column.
_INDENT_GAP = 1.75


#: How short of the column (in cells) a first line that lost its indent can be, at most.
_LOST_INDENT_MAX = 4


def _lost_indent(rows: list[Row], k: int, col: float) -> bool:
    """Row ``k`` is short by about an indent, though text goes on after it: a first line.

    A full line fills the column to within a cell; a first line leaves the two cells of its
    indent empty even where OCR dropped the spaces. Used in dense dumps, after a sentence end.
    """
    row = rows[k]
    if k + 1 >= len(rows) or ends_sentence(row.text):
        return False
    if k and _latin_end(rows[k - 1].text) and row.text[:1].isascii() and row.text[:1].isalnum():
        return False  # a Latin phrase running on from the line above
    if not col - _LOST_INDENT_MAX <= row.width <= col - _INDENT_GAP:
        return False
    # A Latin word or number too long for the rest of the line leaves a gap as well.
    word = _LEADING_WORD.match(rows[k + 1].text)
    return word is None or row.width + width(word.group(0)) <= col - 1


def _first_line_of_text(rows: list[Row], k: int, col: float) -> bool:
    """Row ``k`` is short by an indent and a full line of text follows: a paragraph starts."""
    if k + 1 >= len(rows) or not _lost_indent(rows, k, col):
        return False
    nxt = rows[k + 1]
    return nxt.width >= col - _INDENT_GAP and not (
        nxt.starts_article or nxt.lead or nxt.indented or nxt.byline is not None
    )


def _stops_short(prev: Row, row: Row, col: float, para: Item | None) -> bool:
    """``prev`` ends a sentence clearly before the column's end: its paragraph ends there.

    Body lines are set full; a line that stops two cells short had nothing more to say,
    unless the next line opens with a Latin word or number too long for the gap, or the line
    is its paragraph's first (short by its indent already).
    """
    first = prev.indented or (para is not None and bool(para.rows) and para.rows[0] is prev)
    if prev.width > col - _INDENT_GAP - (2 if first else 0):
        return False
    word = _LEADING_WORD.match(row.text)
    return word is None or prev.width + width(word.group(0)) <= col - 1


def _cut_short_by_word(row: Row, nxt: Row, col: float) -> bool:
    """``row`` stops short of the column only because the Latin word or number opening
    ``nxt`` (kept whole) did not fit after it."""
    word = _LEADING_WORD.match(nxt.text)
    return word is not None and row.width + width(word.group(0)) > col - 1


def _latin_end(text: str) -> bool:
    return bool(text) and text[-1].isascii() and text[-1].isalnum()


#: A Latin phrase or number opening a line (kept whole when it is wrapped).
_LEADING_WORD = re.compile(r"[A-Za-z0-9.,%]+(?: [A-Za-z0-9.,%]+)*")


def indents_mark_paragraphs(rows: list[Row]) -> bool:
    """Whether a line's leading whitespace can be trusted as a paragraph indent.

    Some OCR keeps a remnant of the indent (a space or two before a paragraph's first line);
    when most lines start with whitespace, it is noise instead.
    """
    indented = sum(1 for r in rows if r.indented)
    return 0 < indented <= 0.5 * len(rows)


#: Bigram overlap of the text around a heading at least this high: one story goes on.
_SAME_STORY = 0.08
#: How much text before and after a heading the overlap looks at (characters).
_BEFORE, _AFTER = 300, 150


def same_story(before: str, after: str) -> bool:
    """Whether the text right before and right after a heading tell one story.

    Measured on real news (tests/data/news_dumps, dev half): the share of the character
    bigrams of the shorter side found in the other is 0.09-0.37 around sub-heads and below
    0.06 for 95% of the pairs of different stories.
    """
    a, b = set(bigrams(before)), set(bigrams(after))
    return len(a & b) >= _SAME_STORY * max(1, min(len(a), len(b)))


def _text_before(items: list[Item]) -> str:
    out: list[str] = []
    size = 0
    for item in reversed(items[-3:]):
        if item.kind != "para":
            break
        for row in reversed(item.rows):
            out.append(row.text)
            size += len(row.text)
            if size >= _BEFORE:
                return "".join(reversed(out))
    return "".join(reversed(out))


def _text_after(block: Block) -> str:
    out: list[str] = []
    size = 0
    for row in block.rows:
        out.append(row.text)
        size += len(row.text)
        if size >= _AFTER:
            break
    return "".join(out)


def _is_subhead(block: Block, items: list[Item], nxt: Block | None, dense: bool = False) -> bool:
    """A short heading between two paragraphs of one article heads a section of it.

    In a dump without blank lines a title over a story without kicker, subtitle or byline
    looks just like that; there the text after it must go on with the words of the text
    before it (:func:`same_story`)."""
    if len(block.rows) > 2 or not items or items[-1].kind != "para":
        return False
    if items[-1].rows[-1].ends_article or items[-1].rows[0].lead:
        return False  # a lead summary goes above or under a headline, not a sub-head
    if nxt is None or nxt.heading or nxt.rows[0].starts_article:
        return False
    if any(has_phrase_space(r.text) for r in block.rows):
        return False  # phrases set apart by spaces make a headline
    if not all(r.width <= block.column + 1 for r in block.rows):
        return False
    rows = block.rows
    if dense and len(rows) == 2 and rows[0].width < block.column - _OFF_COLUMN:
        # A sub-head set in the column's type wraps at the column; a title in large type over
        # two lines wraps short of it (often evenly). (A separated page sets its sub-heads
        # apart, in larger type too: there two short rows can be either.)
        return False
    if not dense and not block.cut_out:
        return True  # set apart by blank lines, as a sub-head is on a separated page
    return same_story(_text_before(items), _text_after(nxt))
