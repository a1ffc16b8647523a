"""Clean articles as Markdown, for reading and sharing.

Per article::

    # Title

    *paper · date · page*   (what the OCR page's furniture says; only the parts known)

    > deck (kicker or subtitle)

    *byline*

    ## sub-head

    paragraph …

Text is escaped so that nothing in it is interpreted: backslash, backtick, ``* _ [ ] < > & | ~
# $ { }`` anywhere, and at the start of a line the characters that would open a list, quote,
heading or rule (``- + = >`` and ``1.``/``1)``). Leading and trailing whitespace of a block is
dropped (it would make a code block or a hard break). An article without a title block is
headed by its title field, or by its page name and position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop.core.export._files import atomic_text
from desktop.core.export.options import ExportOptions, ExportSummary
from desktop.core.records import ExportArticle

_INLINE = re.compile(r"([\\`*_\[\]<>&|~#${}])")
_LINE_START = re.compile(r"^([-+=])|^(\d+)([.)])", re.MULTILINE)


def escape(text: str) -> str:
    """``text`` as Markdown that renders as exactly this text."""
    text = _INLINE.sub(r"\\\1", text.strip())
    return _LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", text)


def article_lines(article: ExportArticle) -> Iterator[str]:
    """The article's Markdown blocks, each one line (or lines) without the blank separator."""
    text = article.text
    blocks = [(b.kind, text[b.start : b.end]) for b in article.blocks]
    if not blocks:
        blocks = [("paragraph", line) for line in text.split("\n")]
    titles = [t.strip() for kind, t in blocks if kind == "title" and t.strip()]
    heading = titles[0] if titles else (article.title or "").strip()
    yield "# " + escape(heading or f"{article.document_name} {article.index}")
    known = [v.strip() for v in (article.paper, article.date, article.page) if v and v.strip()]
    if known:
        yield "*" + " · ".join(escape(v) for v in known).replace("\n", " ") + "*"
    for kind, raw in blocks:
        body = escape(raw)
        if not body or (kind == "title" and raw.strip() == heading):
            continue
        if kind in ("title", "subhead"):
            yield "## " + body.replace("\n", " ")
        elif kind == "deck":
            yield "> " + body.replace("\n", "\n> ")
        elif kind == "byline":
            yield f"*{body}*".replace("\n", " ")
        else:
            yield body


def render(articles: Iterable[ExportArticle]) -> Iterator[str]:
    """The document in pieces: every block followed by a blank line."""
    first = True
    for article in articles:
        for block in article_lines(article):
            yield ("" if first else "\n") + block + "\n"
            first = False


def write(
    articles: Iterable[ExportArticle],
    out: Path,
    options: ExportOptions | None = None,
    summary: ExportSummary | None = None,
) -> None:
    with atomic_text(out) as handle:
        for piece in render(articles):
            handle.write(piece)
