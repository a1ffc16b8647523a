"""brat standoff: per article ``<page>_<index>.txt`` and ``.ann``, plus ``annotation.conf``.

``.ann`` lines (brat's standoff grammar, fields separated by one tab)::

    T1<TAB>PER 3 6<TAB>张某
    T2<TAB>money 40 48<TAB>1539.4亿元
    #1<TAB>AnnotatorNotes T2<TAB>kind=money value=153940000000 unit=元 metric=地区生产总值

Offsets are code points into the ``.txt`` (brat counts characters), end exclusive. brat's
files are line-oriented, so a span that crosses a line break is written as brat's
discontinuous form, one fragment per line (``T3<TAB>ORG 5 9;10 14<TAB>frag1 frag2``). Type
names cannot hold spaces or brat's config punctuation: such characters become ``_``.
A figure is a T line with its label; its kind, exact value, unit, metric and approx flag go
in an AnnotatorNotes line. ``annotation.conf`` lists PER, LOC, ORG and every exported label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from desktop.core.export._common import decimal_text, sorted_annotations
from desktop.core.export._files import atomic_folder
from desktop.core.records import Annotation, ExportArticle

DEFAULT_TYPES = ("PER", "LOC", "ORG")
_UNSAFE_TYPE = re.compile(r"[^\w-]")
_UNSAFE_NAME = re.compile(r"[^\w.-]")
_LINE_BREAK = re.compile(r"[\t\r\n]+")


def type_name(label: str) -> str:
    return _UNSAFE_TYPE.sub("_", label) or "_"


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``start..end`` cut at line breaks, without empty pieces."""
    pieces, begin = [], start
    for i in range(start, end):
        if text[i] == "\n":
            if i > begin:
                pieces.append((begin, i))
            begin = i + 1
    if end > begin:
        pieces.append((begin, end))
    return pieces


def figure_note(ann: Annotation) -> str | None:
    fig = ann.figure
    if fig is None:
        return None
    parts = [f"kind={fig.kind}"]
    if fig.value is not None:
        parts.append(f"value={decimal_text(fig.value)}")
    if fig.unit:
        parts.append(f"unit={fig.unit}")
    if fig.metric:
        parts.append(f"metric={fig.metric}")
    if fig.approx:
        parts.append("approx=true")
    return _LINE_BREAK.sub(" ", " ".join(parts))


def ann_text(article: ExportArticle) -> str:
    lines: list[str] = []
    notes = 0
    for n, ann in enumerate(sorted_annotations(article), 1):
        pieces = fragments(article.text, ann.start, ann.end)
        if not pieces:  # a span of line breaks only: nothing brat could show
            continue
        offsets = ";".join(f"{s} {e}" for s, e in pieces)
        covered = " ".join(article.text[s:e] for s, e in pieces)
        lines.append(f"T{n}\t{type_name(ann.label)} {offsets}\t{covered}")
        note = figure_note(ann)
        if note is not None:
            notes += 1
            lines.append(f"#{notes}\tAnnotatorNotes T{n}\t{note}")
    return "".join(line + "\n" for line in lines)


def annotation_conf(types: Iterable[str]) -> str:
    extra = sorted(set(types) - set(DEFAULT_TYPES))
    entities = "\n".join([*DEFAULT_TYPES, *extra])
    return f"[entities]\n{entities}\n\n[relations]\n\n[events]\n\n[attributes]\n"


def file_stem(article: ExportArticle, used: set[str]) -> str:
    page = _UNSAFE_NAME.sub("_", Path(article.document_name).stem) or "page"
    stem = f"{page}_{article.index}"
    if stem.lower() in used:  # case-insensitive file systems
        stem = f"{stem}_{article.article_id}"
    used.add(stem.lower())
    return stem


def write(articles: Iterable[ExportArticle], out: Path) -> None:
    types: set[str] = set()
    used: set[str] = {"annotation"}
    with atomic_folder(out) as folder:
        for article in articles:
            stem = file_stem(article, used)
            types.update(type_name(a.label) for a in article.annotations)
            _write_file(folder / f"{stem}.txt", article.text)
            _write_file(folder / f"{stem}.ann", ann_text(article))
        _write_file(folder / "annotation.conf", annotation_conf(types))


def _write_file(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
