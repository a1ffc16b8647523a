"""Markdown: structure, and escaping proven by parsing the output with a CommonMark parser."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from desktop.core import export
from desktop.core.export import markdown
from tests.core.test_export_common import make_article, sample_article, sample_articles, work

__all__ = ["work"]

#: CommonMark plus the GitHub extensions a reader is likely to use (tables, ~~strike~~).
PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
STRUCTURE = {"heading_open", "paragraph_open", "blockquote_open"}


def blocks(md: str) -> list[tuple[str, str]]:
    """(kind, plain text) per block: kind is h1, h2, quote, em (a whole-line emphasis), p.

    Fails if the parser found anything but plain text where the text went.
    """
    out: list[tuple[str, str]] = []
    quoted = False
    kind = ""
    for token in PARSER.parse(md):
        if token.type in ("blockquote_open", "blockquote_close"):
            quoted = token.type == "blockquote_open"
        elif token.type == "heading_open":
            kind = token.tag
        elif token.type == "paragraph_open":
            kind = "quote" if quoted else "p"
        elif token.type == "inline":
            out.append(_inline(kind, token.children or []))
        elif not token.type.endswith("_close"):
            raise AssertionError(f"Markdown interpreted a block as {token.type}: {md!r}")
    return out


def _inline(kind: str, children: list[Token]) -> tuple[str, str]:
    types = [c.type for c in children]
    if types[:1] == ["em_open"] and types[-1:] == ["em_close"]:
        kind, children = "em", children[1:-1]
    text = ""
    for child in children:
        if child.type == "text":
            text += child.content
        elif child.type == "softbreak":
            text += "\n"
        else:
            raise AssertionError(f"Markdown interpreted {child.type} in {children!r}")
    return kind, text


def test_article_structure(work: Path) -> None:
    out = work / "articles.md"
    export.write("markdown", sample_articles(), out)
    md = out.read_text(encoding="utf-8")
    assert md.endswith("\n") and not md.endswith("\n\n")
    article = sample_article()
    lines = article.text.split("\n")
    assert blocks(md)[:5] == [
        ("h1", lines[0]),  # the title, with its <b> shown as text
        ("quote", lines[1]),  # the deck
        ("em", lines[2]),  # the byline
        ("h2", lines[3]),  # the sub-head "1. …" is no list
        ("p", lines[4]),
    ]
    assert blocks(md)[5:] == [
        ("h1", "dir/003_abc.txt 1"),  # no title: page and position
        ("p", "某县召开会议。"),
        ("p", "会议由王某主持。"),
        ("h1", "other.txt 0"),
        ("p", "没有实体的文章。"),
    ]


def test_title_field_heads_an_article_without_title_block() -> None:
    md = "".join(markdown.render([make_article("正文。", title="外来标题")]))
    assert blocks(md) == [("h1", "外来标题"), ("p", "正文。")]


def test_repeated_title_of_a_merged_article_is_written_once() -> None:
    text = "标题\n上半\n标题\n下半\n续篇标题"
    article = make_article(text, kinds=("title", "paragraph", "title", "paragraph", "title"))
    md = "".join(markdown.render([article]))
    assert blocks(md) == [("h1", "标题"), ("p", "上半"), ("p", "下半"), ("h2", "续篇标题")]


@pytest.mark.parametrize(
    "text",
    [
        "- 列表？",
        "+ 加",
        "1. 一",
        "2024) 年",
        "# 不是标题 #",
        "===",
        "---",
        "***",
        "> 引用",
        "<div>html</div>",
        "<https://example.com>",
        "[链接](http://x.y)",
        "![图](a.png)",
        "`代码`",
        "```",
        "~~删除~~",
        "a | b\n--|--",
        "&amp; &#20013;",
        "*强调* _下划线_ **粗**",
        "行尾反斜杠\\",
        "\\*",
        "$x$ {#id}",
    ],
)
def test_specials_render_as_text(text: str) -> None:
    for line in text.split("\n"):
        assert blocks(markdown.escape(line) + "\n") == [("p", line)]
        assert blocks("# " + markdown.escape(line) + "\n") == [("h1", line)]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=string.punctuation + " \t\u3000中文1a", min_size=1, max_size=25))
def test_any_line_renders_as_itself(line: str) -> None:
    if not line.strip():
        return
    assert blocks(markdown.escape(line) + "\n") == [("p", line.strip())]
    assert blocks(f"*{markdown.escape(line)}*\n") == [("em", line.strip())]
    assert blocks("> " + markdown.escape(line) + "\n") == [("quote", line.strip())]
