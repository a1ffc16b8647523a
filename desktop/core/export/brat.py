"""brat standoff: per article ``<page>_<index>.txt`` and ``.ann``, plus ``annotation.conf``.

``.ann`` lines (brat's standoff grammar, fields separated by one tab)::

    T1<TAB>PER 3 6<TAB>张某
    T2<TAB>money 40 48<TAB>1539.4亿元
    #1<TAB>AnnotatorNotes T2<TAB>kind=money value=153940000000 unit=元 metric=地区生产总值

Offsets are code points into the ``.txt`` (brat counts characters), end exclusive. brat's
files are line-oriented, so a span that crosses a line break is written as brat's
discontinuous form, one fragment per line (``T3<TAB>ORG 5 9;10 14<TAB>frag1 frag2``). Type
names cannot hold spaces or brat's config punctuation: such characters become ``_``.
A figure is a T line with its label; its kind, exact value, ISO date (``iso=2025-02-22``, for
dates), unit, metric and approx flag go in an AnnotatorNotes line. ``annotation.conf`` lists
PER, LOC, ORG and every exported label.

Page furniture: brat has no place for a document's metadata (a note needs an annotation), so
when any article's page is known (OCR pages) the folder also holds ``metadata.tsv``: a header
``file<TAB>document<TAB>index<TAB>paper<TAB>date<TAB>page`` and one row per article file
stem, empty cells where unknown. brat's file browser lists only ``.txt``/``.ann`` pairs, so it
does not get in the way; scripts join it on the file name.

What is included: accepted spans and the spans of reviewed articles; unreviewed suggestions
only when asked (``ExportOptions.suggestions``), each then marked with the ``Suggested``
attribute (``A1<TAB>Suggested T3``), declared in ``annotation.conf``.

Spans inside spans: brat's verifier rejects overlapping entities unless ``annotation.conf``
allows them. A project that annotates nested spans (``ExportOptions.allow_nested``) gets
``<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:contain|equal`` in ``[relations]``: an
entity may contain another or share its exact span (crossing spans stay an error).

File names: ``<page stem>_<index>``; two pages with the same stem in different folders
(d1/b.txt, d2/b.txt) or names differing only in case get a numbered suffix, so every article
is written and none replaces another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from desktop.core.export._common import decimal_text, sorted_annotations
from desktop.core.export._files import atomic_folder
from desktop.core.export.options import ExportOptions, ExportSummary, is_suggestion
from desktop.core.records import Annotation, ExportArticle

DEFAULT_TYPES = ("PER", "LOC", "ORG")
SUGGESTED = "Suggested"
OVERLAP = "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:contain|equal"
_UNSAFE_TYPE = re.compile(r"[^\w-]")
_UNSAFE_NAME = re.compile(r"[^\w.-]")
_LINE_BREAK = re.compile(r"[\t\r\n]+")
METADATA = "metadata.tsv"
METADATA_HEADER = "file\tdocument\tindex\tpaper\tdate\tpage\n"


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
    if fig.iso:
        parts.append(f"iso={fig.iso}")
    if fig.unit:
        parts.append(f"unit={fig.unit}")
    if fig.metric:
        parts.append(f"metric={fig.metric}")
    if fig.approx:
        parts.append("approx=true")
    return _LINE_BREAK.sub(" ", " ".join(parts))


def ann_text(article: ExportArticle) -> str:
    lines: list[str] = []
    notes = attributes = 0
    for n, ann in enumerate(sorted_annotations(article), 1):
        pieces = fragments(article.text, ann.start, ann.end)
        if not pieces:  # a span of line breaks only: nothing brat could show
            continue
        offsets = ";".join(f"{s} {e}" for s, e in pieces)
        covered = " ".join(article.text[s:e] for s, e in pieces)
        lines.append(f"T{n}\t{type_name(ann.label)} {offsets}\t{covered}")
        if is_suggestion(article, ann):
            attributes += 1
            lines.append(f"A{attributes}\t{SUGGESTED} T{n}")
        note = figure_note(ann)
        if note is not None:
            notes += 1
            lines.append(f"#{notes}\tAnnotatorNotes T{n}\t{note}")
    return "".join(line + "\n" for line in lines)


def metadata_row(stem: str, article: ExportArticle) -> str:
    """One line of ``metadata.tsv`` (tabs and line breaks inside a cell become spaces)."""
    cells = (
        stem,
        article.document_name,
        str(article.index),
        article.paper or "",
        article.date or "",
        article.page or "",
    )
    return "\t".join(_LINE_BREAK.sub(" ", c) for c in cells) + "\n"


def annotation_conf(types: Iterable[str], *, allow_nested: bool = False) -> str:
    """The config brat and its verifier need: every type, the Suggested attribute, and
    (``allow_nested``) the overlap rule."""
    extra = sorted(set(types) - set(DEFAULT_TYPES))
    entities = "\n".join([*DEFAULT_TYPES, *extra])
    relations = (
        f"# spans may nest (the project allows nested spans)\n{OVERLAP}\n" if allow_nested else ""
    )
    attributes = f"# an unreviewed automatic suggestion\n{SUGGESTED}\tArg:<ENTITY>\n"
    return (
        f"[entities]\n{entities}\n\n[relations]\n{relations}\n[events]\n\n"
        f"[attributes]\n{attributes}"
    )


def file_stem(article: ExportArticle, used: set[str]) -> str:
    """A file name of its own for ``article``: ``<page>_<index>``, then ``_2``, ``_3`` … while
    the name (compared without case, for case-insensitive file systems) is taken."""
    page = _UNSAFE_NAME.sub("_", Path(article.document_name).stem) or "page"
    base = stem = f"{page}_{article.index}"
    n = 1
    while stem.lower() in used:
        n += 1
        stem = f"{base}_{n}"
    used.add(stem.lower())
    return stem


def write(
    articles: Iterable[ExportArticle],
    out: Path,
    options: ExportOptions | None = None,
    summary: ExportSummary | None = None,
) -> None:
    options = options or ExportOptions()
    types: set[str] = set()
    used: set[str] = {"annotation", "metadata"}
    meta_rows: list[str] = []
    known = False
    with atomic_folder(out) as folder:
        for article in articles:
            stem = file_stem(article, used)
            types.update(type_name(a.label) for a in article.annotations)
            _write_file(folder / f"{stem}.txt", article.text)
            _write_file(folder / f"{stem}.ann", ann_text(article))
            known = known or bool(article.paper or article.date or article.page)
            meta_rows.append(metadata_row(stem, article))
        conf = annotation_conf(types, allow_nested=options.allow_nested)
        _write_file(folder / "annotation.conf", conf)
        if known:
            _write_file(folder / METADATA, "".join([METADATA_HEADER, *meta_rows]))


def _write_file(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
