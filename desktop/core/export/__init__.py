"""Dataset formats: writers from plain records to files, and readers back for doccano and
Label Studio. Pure: no SQLite, no Qt. :class:`desktop.core.library.Library` filters (reviewed
only, accepted only, labels) before calling :func:`write` and stores what :func:`read` returns.

What is included (accepted spans and spans of reviewed articles; unreviewed suggestions only
when asked) is decided once, in :mod:`desktop.core.export.options`.

Contract shared by every writer:

- offsets are Python code points, end exclusive, into the article text;
- output is deterministic (fixed key order, spans sorted by (start, end, label), UTF-8 as is,
  ``\\n`` line ends), so export -> import -> export gives identical files;
- every annotation is checked first (``quote == text[start:end]``): a mismatch raises
  :class:`EditError` naming the article, and nothing is written;
- writes are atomic: a failed export leaves no half file; an OS error (no such folder,
  permission) becomes a one-line :class:`DatasetError` naming the output; a target that is
  neither a regular file nor a folder (a device, a FIFO) is refused before anything is written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.core.errors import DatasetError, Template
from desktop.core.export import bio, brat, doccano, figures, labelstudio, markdown
from desktop.core.export._common import META_KEYS, check_article, checked, to_record
from desktop.core.export.options import (
    OFFSETS,
    ExportOptions,
    ExportSummary,
    Offsets,
    select,
)
from desktop.core.records import DatasetRecord, ExportArticle

__all__ = [
    "FORMATS",
    "META_KEYS",
    "OFFSETS",
    "READABLE",
    "ExportOptions",
    "ExportSummary",
    "check_quotes",
    "read",
    "to_record",
    "write",
]

FORMATS = ("doccano", "labelstudio", "brat", "bio", "figures-csv", "figures-jsonl", "markdown")
READABLE = ("doccano", "labelstudio")

Writer = Callable[[Iterable[ExportArticle], Path, ExportOptions, ExportSummary], None]

_WRITERS: dict[str, Writer] = {
    "doccano": doccano.write,
    "labelstudio": labelstudio.write,
    "brat": brat.write,
    "bio": bio.write,
    "figures-csv": figures.write_csv,
    "figures-jsonl": figures.write_jsonl,
    "markdown": markdown.write,
}
_FIGURES = ("figures-csv", "figures-jsonl")
UNKNOWN_FORMAT = Template("unknown format {format}; use one of {known}")
CANNOT_IMPORT = Template("cannot import {format}; use one of {known}")


def write(
    fmt: str,
    articles: Iterable[ExportArticle],
    out: str | os.PathLike[str],
    options: ExportOptions | None = None,
) -> ExportSummary:
    """Write ``articles`` to ``out`` (a file; a folder for brat) in format ``fmt``, keeping
    the annotations ``options`` include; returns what was written.

    Articles are streamed and checked one by one; the output appears only once all passed.
    """
    writer = _WRITERS.get(fmt)
    if writer is None:
        known = ", ".join(FORMATS)
        raise DatasetError(os.fspath(out), UNKNOWN_FORMAT(format=repr(fmt), known=known))
    options = options or ExportOptions()
    summary = ExportSummary(fmt)
    figures_only = fmt in _FIGURES
    chosen = (select(a, options, summary, figures_only=figures_only) for a in articles)
    writer(checked(chosen), Path(out), options, summary)
    return summary


def read(
    fmt: str, path: str | os.PathLike[str], *, offsets: Offsets = "utf16"
) -> list[DatasetRecord]:
    """Read a doccano JSONL or Label Studio JSON file back into records (offsets in code
    points). ``offsets`` says what a doccano file's offsets count (UTF-16 code units in a
    default doccano project, as the export writes by default; Label Studio's are always
    code points).

    Raises :class:`DatasetError` (one line, naming the file and the line or task) for a file
    that cannot be read, malformed JSON, a missing text, or a span outside or misquoting it.
    """
    if fmt == "doccano":
        return doccano.read(Path(path), offsets=offsets)
    if fmt == "labelstudio":
        return labelstudio.read(Path(path))
    known = ", ".join(READABLE)
    raise DatasetError(os.fspath(path), CANNOT_IMPORT(format=repr(fmt), known=known))


def check_quotes(articles: Iterable[ExportArticle]) -> None:
    """Raise :class:`EditError` naming the article if any quote != text[start:end]."""
    for article in articles:
        check_article(article)
