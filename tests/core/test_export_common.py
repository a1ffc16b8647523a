"""Shared builders for the export tests, and the contract every writer shares: quote checks,
determinism, atomic writes, one-line errors."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core import export
from desktop.core.errors import DatasetError, EditError
from desktop.core.records import (
    Annotation,
    AnnotationStatus,
    ArticleBlock,
    DatasetRecord,
    ExportArticle,
    FigureFields,
    ReviewStatus,
)

SpanSpec = tuple[int, int, str]


def blocks_by_line(text: str, kinds: Sequence[str] = ()) -> tuple[ArticleBlock, ...]:
    """One block per line of ``text``; kinds in order, then paragraphs."""
    blocks, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        kind = kinds[n] if n < len(kinds) else "paragraph"
        blocks.append(ArticleBlock(kind, pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(blocks)


def make_article(
    text: str,
    spans: Sequence[SpanSpec] = (),
    *,
    figures: Sequence[tuple[int, int, str, FigureFields | None]] = (),
    article_id: int = 1,
    document: str = "page.txt",
    index: int = 0,
    kinds: Sequence[str] = (),
    title: str | None = None,
    char_lines: tuple[int, ...] | None = None,
    status: AnnotationStatus = "accepted",
    review: ReviewStatus = "new",
) -> ExportArticle:
    """An article whose entity spans have ``status`` (accepted: exported by default) and whose
    figures are accepted; ``review`` is the article's review status."""
    anns = [
        Annotation(f"e{n}", article_id, s, e, text[s:e], label, "entity", "auto", status)
        for n, (s, e, label) in enumerate(spans)
    ]
    anns += [
        Annotation(f"f{n}", article_id, s, e, text[s:e], label, "figure", "auto", "accepted", fig)
        for n, (s, e, label, fig) in enumerate(figures)
    ]
    return ExportArticle(
        article_id=article_id,
        document_id=1,
        document_name=document,
        index=index,
        text=text,
        blocks=blocks_by_line(text, kinds),
        annotations=tuple(anns),
        status=review,
        title=title,
        continued_from=None,
        continued_to=None,
        char_lines=char_lines if char_lines is not None else tuple(range(1, len(text) + 1)),
    )


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


#: A made-up article: a non-BMP character (𠮷) before spans, Markdown and HTML specials,
#: a figure with an exact value, overlapping spans, an ASCII and an ideographic space.
TEXT = (
    "𠮷州市长𠮷小川考察 <b>新区</b>\n"
    "*关注* 民生_实事 #1\n"
    "本报讯（记者 𠮷小川　林某某）\n"
    "1. 发展成效\n"
    "𠮷州市生产总值1539.4亿元，增长4.7%，𠮷州新区管委会接待100余名客商。"
)


def sample_article(article_id: int = 1, index: int = 0) -> ExportArticle:
    text = TEXT
    money = find(text, "1539.4亿元")
    pct = find(text, "4.7%")
    crowd = find(text, "100余名")
    return make_article(
        text,
        [
            (*find(text, "𠮷州市"), "LOC"),
            (*find(text, "𠮷小川"), "PER"),
            (*find(text, "𠮷小川", 1), "PER"),
            (*find(text, "林某某"), "PER"),
            (*find(text, "𠮷州市", 1), "LOC"),
            (*find(text, "𠮷州新区管委会"), "ORG"),
            (*find(text, "𠮷州新区"), "LOC"),  # nested in the ORG
        ],
        figures=[
            (*money, "money", FigureFields("money", Decimal("1539.4E8"), "元", False, "生产总值")),
            (*pct, "percent", FigureFields("percent", Decimal("4.7"), "%", False, "增长")),
            (*crowd, "quantity", FigureFields("quantity", Decimal("100"), "名", True, "客商")),
        ],
        article_id=article_id,
        index=index,
        document="dir/003_abc.txt",
        kinds=("title", "deck", "byline", "subhead"),
        title="𠮷州市长𠮷小川考察 <b>新区</b>",
    )


def sample_articles() -> list[ExportArticle]:
    second = make_article(
        "某县召开会议。\n会议由王某主持。",
        [(0, 2, "LOC"), (10, 12, "PER")],
        article_id=2,
        index=1,
        document="dir/003_abc.txt",
    )
    second = _replace(second, fragment_ids=(2, 5))  # merged from two pages
    empty = make_article("没有实体的文章。", article_id=3, index=0, document="other.txt")
    return [sample_article(), second, empty]


def article_from_record(record: DatasetRecord) -> ExportArticle:
    """What the facade does on import, reduced to what doccano/Label Studio carry."""
    meta = record.meta
    assert isinstance(meta["article_id"], int) and isinstance(meta["index"], int)
    assert isinstance(meta["document"], str)
    article = make_article(
        record.text,
        record.spans,
        article_id=meta["article_id"],
        index=meta["index"],
        document=meta["document"],
    )
    fragments = meta.get("fragments", [])
    assert isinstance(fragments, list)
    return _replace(article, fragment_ids=tuple(fragments))


def output_bytes(out: Path) -> dict[str, bytes]:
    if out.is_dir():
        return {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    return {"": out.read_bytes()}


# --- tests of the shared contract ------------------------------------------------------------


def test_sample_quotes_are_consistent() -> None:
    export.check_quotes(sample_articles())


def test_check_quotes_names_the_article_on_mismatch() -> None:
    article = sample_article(article_id=42, index=3)
    bad = article.annotations[0]
    broken = Annotation(
        bad.uuid, 42, bad.start, bad.end, "别的", bad.label, "entity", "user", "accepted"
    )
    with pytest.raises(EditError) as err:
        export.check_quotes([article.__class__(**{**_fields(article), "annotations": (broken,)})])
    message = str(err.value)
    assert "article 42" in message and "003_abc.txt #3" in message and "别的" in message
    assert "\n" not in message


def test_check_quotes_rejects_spans_outside_the_text() -> None:
    article = make_article("短文")
    outside = Annotation("x", 1, 1, 5, "文", "PER", "entity", "user", "accepted")
    with pytest.raises(EditError, match="outside the text"):
        export.check_quotes([_replace(article, annotations=(outside,))])


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_mismatch_writes_nothing(work: Path, fmt: str) -> None:
    good = sample_article()
    bad_ann = Annotation("x", 9, 0, 2, "不对", "PER", "entity", "user", "accepted")
    bad = _replace(make_article("正文内容", article_id=9), annotations=(bad_ann,))
    out = work / "out"
    with pytest.raises(EditError, match="article 9"):
        export.write(fmt, [good, bad], out)
    assert list(work.iterdir()) == []  # neither the output nor a temporary file


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_failed_export_keeps_the_previous_file(work: Path, fmt: str) -> None:
    out = work / "out"
    export.write(fmt, sample_articles(), out)
    before = output_bytes(out)
    names = sorted(p.name for p in work.iterdir())  # Label Studio: and its config beside it
    assert names == (["out", "out.config.xml"] if fmt == "labelstudio" else ["out"])

    def failing() -> object:
        yield sample_article()
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        export.write(fmt, failing(), out)  # type: ignore[arg-type]
    assert output_bytes(out) == before
    assert sorted(p.name for p in work.iterdir()) == names  # no temporary file left


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_writers_are_deterministic(work: Path, fmt: str) -> None:
    export.write(fmt, sample_articles(), work / "a")
    shuffled = [_replace(a, annotations=tuple(reversed(a.annotations))) for a in sample_articles()]
    export.write(fmt, shuffled, work / "b")
    assert output_bytes(work / "a") == output_bytes(work / "b")
    for content in output_bytes(work / "a").values():
        assert b"\r" not in content


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_unwritable_output_is_a_one_line_error(work: Path, fmt: str) -> None:
    out = work / "no such folder" / "out"
    with pytest.raises(DatasetError) as err:
        export.write(fmt, sample_articles(), out)
    assert str(out) in str(err.value) and "\n" not in str(err.value)


def test_unknown_formats_are_one_line_errors(work: Path) -> None:
    with pytest.raises(DatasetError, match="unknown format 'xml'"):
        export.write("xml", [], work / "x")
    with pytest.raises(DatasetError, match="cannot import 'brat'"):
        export.read("brat", work / "x")


def test_writing_a_file_over_a_folder_is_refused(work: Path) -> None:
    with pytest.raises(DatasetError, match="is a folder"):
        export.write("doccano", sample_articles(), work)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """An empty folder of the test's own (work also holds the app's user data)."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


def _fields(article: ExportArticle) -> dict[str, object]:
    return {name: getattr(article, name) for name in article.__dataclass_fields__}


def _replace(article: ExportArticle, **changes: object) -> ExportArticle:
    return ExportArticle(**{**_fields(article), **changes})  # type: ignore[arg-type]
