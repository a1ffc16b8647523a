"""Character-level BIO in CoNLL layout: one ``char<TAB>tag`` per line.

- One "sentence" per block (title, deck, byline, sub-head, paragraph), followed by a blank
  line; text outside blocks is cut at line breaks. Articles follow one another the same way.
- Whitespace characters (spaces, the ideographic space, tabs, line breaks) are skipped: they
  are no tokens, and a space would break the column layout. A span keeps its I- tags across
  a skipped space.
- Tags are ``B-<label>``, ``I-<label>``, ``O``; whitespace in a label becomes ``_``.
- Nested or overlapping spans (a project may allow them, ``ExportOptions.allow_nested``) cannot
  be written: each character has one tag. Spans are taken in order of start, longest first,
  and a span that overlaps one already taken is dropped whole — the earlier span wins, and at
  the same start the longer one — and counted in :attr:`ExportSummary.dropped_nested`, which
  the CLI prints as a warning. Every sentence is a valid BIO sequence: an I- tag always follows a B-
  or I- tag of the same label (a span cut by a block boundary starts again with B-).
- When an article's page furniture is known (OCR pages), the first article of each document is
  preceded by one comment line ``# paper=… date=… page=…`` (known keys only, whitespace in a
  value as ``_``), the CoNLL-U convention that CoNLL readers skip (flair's ColumnCorpus with
  ``comment_symbol="#"``). Plain-text pages get none, so their files are as before.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop.core.export._common import Span, spans_of
from desktop.core.export._files import atomic_text
from desktop.core.export.options import ExportOptions, ExportSummary
from desktop.core.records import ExportArticle

_SPACE = re.compile(r"\s")


def tag_name(label: str) -> str:
    return _SPACE.sub("_", label) or "_"


def char_tags(text: str, spans: Iterable[Span], dropped: list[Span] | None = None) -> list[str]:
    """One tag per character of ``text``; overlaps resolved as the module says, the spans
    left out appended to ``dropped``."""
    tags = ["O"] * len(text)
    taken = [False] * len(text)
    for start, end, label in sorted(spans, key=lambda s: (s[0], s[0] - s[1], s[2])):
        if any(taken[start:end]):
            if dropped is not None:
                dropped.append((start, end, label))
            continue
        name = tag_name(label)
        tags[start] = f"B-{name}"
        for i in range(start + 1, end):
            tags[i] = f"I-{name}"
        taken[start:end] = [True] * (end - start)
    return tags


def segments(article: ExportArticle) -> list[tuple[int, int]]:
    """The article cut at block boundaries and line breaks, in text order."""
    cuts = {0, len(article.text)}
    for block in article.blocks:
        cuts.update((block.start, block.end))
    cuts.update(i for i, ch in enumerate(article.text) if ch == "\n")
    bounds = sorted(c for c in cuts if 0 <= c <= len(article.text))
    return list(itertools.pairwise(bounds))


def sentences(
    article: ExportArticle, dropped: list[Span] | None = None
) -> Iterator[list[tuple[str, str]]]:
    """Each non-empty segment as (char, tag) pairs, whitespace skipped, tags repaired."""
    text = article.text
    tags = char_tags(text, spans_of(article), dropped)
    for start, end in segments(article):
        rows: list[tuple[str, str]] = []
        previous = "O"
        for i in range(start, end):
            ch = text[i]
            if _SPACE.match(ch):
                continue
            tag = tags[i]
            if tag.startswith("I-") and previous[2:] != tag[2:]:
                tag = "B-" + tag[2:]
            rows.append((ch, tag))
            previous = tag
        if rows:
            yield rows


def page_comment(article: ExportArticle) -> str | None:
    """The ``# paper=… date=… page=…`` line for ``article``'s page, None when unknown."""
    values = (("paper", article.paper), ("date", article.date), ("page", article.page))
    known = [f"{key}={_SPACE.sub('_', value)}" for key, value in values if value]
    return "# " + " ".join(known) if known else None


def write(
    articles: Iterable[ExportArticle],
    out: Path,
    options: ExportOptions | None = None,
    summary: ExportSummary | None = None,
) -> None:
    dropped: list[Span] = []
    document: int | None = None
    with atomic_text(out) as handle:
        for article in articles:
            if article.document_id != document:
                document = article.document_id
                comment = page_comment(article)
                if comment is not None:
                    handle.write(comment + "\n")
            for rows in sentences(article, dropped):
                handle.write("".join(f"{ch}\t{tag}\n" for ch, tag in rows) + "\n")
    if summary is not None:
        summary.dropped_nested += len(dropped)
