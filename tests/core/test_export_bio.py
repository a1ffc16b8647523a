"""Character-level BIO (CoNLL layout): layout, tag-sequence validity, overlaps, whitespace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import export
from desktop.core.export import bio
from tests.core.test_export_common import (
    find,
    make_article,
    sample_article,
    sample_articles,
    work,
)

__all__ = ["work"]

TAG = re.compile(r"O|[BI]-\S+")


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (char, tag); asserts the CoNLL layout on the way."""
    content = path.read_text(encoding="utf-8")
    assert content == "" or content.endswith("\n\n")
    sentences: list[list[tuple[str, str]]] = []
    for block in content.split("\n\n")[:-1] if content else []:
        rows = []
        for line in block.split("\n"):
            char, tag = line.split("\t")
            assert len(char) == 1 and not char.isspace() and TAG.fullmatch(tag), line
            rows.append((char, tag))
        sentences.append(rows)
    return sentences


def assert_valid_bio(sentence: list[tuple[str, str]]) -> None:
    previous = "O"
    for char, tag in sentence:
        if tag.startswith("I-"):
            assert previous in (f"B-{tag[2:]}", tag), f"{tag} after {previous} at {char!r}"
        previous = tag


def test_layout_and_validity(work: Path) -> None:
    out = work / "data.bio"
    articles = sample_articles()
    export.write("bio", articles, out)
    sentences = read_conll(out)
    non_empty_blocks = sum(1 for a in articles for b in a.blocks if a.text[b.start : b.end].strip())
    assert len(sentences) == non_empty_blocks  # a blank line after every paragraph/block
    for sentence in sentences:
        assert_valid_bio(sentence)
    chars = "".join(c for s in sentences for c, _ in s)
    assert chars == "".join(ch for a in articles for ch in a.text if not ch.isspace())


def test_tags_follow_the_spans_after_a_non_bmp_character(work: Path) -> None:
    export.write("bio", [sample_article()], work / "x.bio")
    sentences = read_conll(work / "x.bio")
    title = "".join(f"{c}/{t} " for c, t in sentences[0])
    assert title.startswith("𠮷/B-LOC 州/I-LOC 市/I-LOC 长/O 𠮷/B-PER 小/I-PER 川/I-PER 考/O")
    byline = sentences[2]
    # the ideographic space between the two names is skipped, both names stay whole
    assert [t for c, t in byline if c in "𠮷小川林某"] == [
        "B-PER",
        "I-PER",
        "I-PER",
        "B-PER",
        "I-PER",
        "I-PER",
    ]


def test_nested_and_overlapping_spans_first_and_longest_wins() -> None:
    text = "某州新区管委会"
    tags = bio.char_tags(text, [(0, 4, "LOC"), (0, 7, "ORG"), (5, 7, "X")])
    assert tags == ["B-ORG"] + ["I-ORG"] * 6
    tags = bio.char_tags(text, [(2, 5, "B"), (0, 3, "A")])
    assert tags == ["B-A", "I-A", "I-A", "O", "O", "O", "O"]


def test_a_span_cut_by_a_block_boundary_starts_again(work: Path) -> None:
    text = "某某集团\n有限公司"
    export.write("bio", [make_article(text, [(2, 7, "ORG")])], work / "x.bio")
    sentences = read_conll(work / "x.bio")
    assert [t for _, t in sentences[0]] == ["O", "O", "B-ORG", "I-ORG"]
    assert [t for _, t in sentences[1]] == ["B-ORG", "I-ORG", "O", "O"]


def test_span_starting_on_a_skipped_space_still_starts_with_b(work: Path) -> None:
    text = "见 某某"
    export.write("bio", [make_article(text, [(1, 4, "PER")])], work / "x.bio")
    assert read_conll(work / "x.bio") == [[("见", "O"), ("某", "B-PER"), ("某", "I-PER")]]


def test_labels_with_spaces_keep_the_two_columns(work: Path) -> None:
    text = "某某"
    start, end = find(text, "某某")
    export.write("bio", [make_article(text, [(start, end, "my label")])], work / "x.bio")
    assert read_conll(work / "x.bio") == [[("某", "B-my_label"), ("某", "I-my_label")]]


@settings(max_examples=80, deadline=None)
@given(data=st.data(), text=st.text(alphabet="某市 \n\u3000𠮷ab", min_size=1, max_size=30))
def test_any_spans_give_a_valid_sequence(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, text: str
) -> None:
    pairs = data.draw(
        st.lists(st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))), max_size=6)
    )
    spans = [(s, e, data.draw(st.sampled_from(["PER", "LOC"]))) for s, e in pairs if s < e]
    out = tmp_path_factory.mktemp("bio") / "x.bio"
    export.write("bio", [make_article(text, spans)], out)
    sentences = read_conll(out)
    for sentence in sentences:
        assert_valid_bio(sentence)
    assert "".join(c for s in sentences for c, _ in s) == "".join(text.split())
    positions = [i for i, ch in enumerate(text) if not ch.isspace()]
    tags = [t for s in sentences for _, t in s]
    for i, tag in zip(positions, tags, strict=True):
        if tag != "O":  # every tagged character lies in a span of that label
            assert any(s <= i < e and label == tag[2:] for s, e, label in spans)
    if spans and not any(text[s:e].isspace() for s, e, _ in spans):
        assert any(t != "O" for t in tags)
