"""Label Studio JSON: a list of tasks, and beside it the labeling config they need.

Shape of one task (Label Studio's import format with pre-annotations)::

    {"data": {"text": "…", "article_id": 7, "document": "p.txt", "index": 0},
     "annotations": [{"result": [
        {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 3, "end": 6, "text": "张某", "labels": ["PER"]}}]}],
     "predictions": [{"model_version": "newsdesk 0.1.0", "score": 0.0, "result": […]}],
     "meta": {"paper": "…日报", "date": "2025-03-01", "page": "第3版"}}

``paper``, ``date`` and ``page`` (the OCR page's furniture) are in ``data`` (so a labeling
config can show them as ``$paper``) and in the task's ``meta``, each only when known.

What goes where: ``annotations`` are a person's finished work and mark the task done in
Label Studio, so they hold only what a person vouched for — the accepted spans, and every span
of an article marked reviewed. Unreviewed automatic suggestions are machine output: they go
in ``predictions`` (Label Studio shows them as pre-annotations to accept or fix), and only when
asked (``ExportOptions.suggestions``). The prediction's ``score`` is the share of the article's
spans that a person already accepted (0.0 when none: sort by it to review the least-checked
first); ``model_version`` names newsdesk and its version. A task with nothing a person vouched
for gets ``"annotations": []`` so Label Studio does not count it as finished.

Offsets are code points, end exclusive: Label Studio's ``Text`` tag stores code-point offsets
(since label-studio-frontend PR 308, which fixed texts with astral characters). The file holds
one task per line between ``[`` and ``]``, so it diffs well and streams.

The labeling config (:func:`labeling_config`: ``<Labels name="label" toName="text">`` and
``<Text name="text" value="$text"/>``) is written beside the tasks as ``<out stem>.config.xml``
with every label the tasks use: Label Studio imports tasks into a mismatched template without a
warning, so paste this file into the project's Labeling Interface (Code) first.

Reading takes, per task, the last annotation that was not cancelled, or else the last
prediction (a pre-annotated task nobody corrected). Results of other types (choices,
relations, text areas) are ignored; a result whose ``text`` differs from the task text at its
offsets is an error, since it means the offsets count something else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from desktop.core.errors import DatasetError, Problem, Template
from desktop.core.export._common import (
    Span,
    checked_span,
    json_line,
    meta_of,
    normalise_spans,
    page_meta,
    read_text,
    short,
    sorted_annotations,
)
from desktop.core.export._files import atomic_text
from desktop.core.export.options import ExportOptions, ExportSummary, is_suggestion
from desktop.core.records import Annotation, DatasetRecord, ExportArticle, Label

FROM_NAME = "label"
TO_NAME = "text"
CONFIG_SUFFIX = ".config.xml"


def model_version() -> str:
    from desktop import __version__

    return f"newsdesk {__version__}"


def _result(n: int, a: Annotation) -> dict[str, Any]:
    return {
        "id": f"r{n}",
        "from_name": FROM_NAME,
        "to_name": TO_NAME,
        "type": "labels",
        "value": {"start": a.start, "end": a.end, "text": a.quote, "labels": [a.label]},
    }


def task_of(article: ExportArticle, version: str = "") -> dict[str, Any]:
    """One task: vouched-for spans as its annotation, suggestions (if the article still
    carries any: the caller chose to include them) as its prediction."""
    data: dict[str, Any] = {"text": article.text}
    data.update(meta_of(article))
    done: list[dict[str, Any]] = []
    suggested: list[dict[str, Any]] = []
    for n, a in enumerate(sorted_annotations(article), 1):
        (suggested if is_suggestion(article, a) else done).append(_result(n, a))
    task: dict[str, Any] = {"data": data, "annotations": [{"result": done}] if done else []}
    page = page_meta(article)
    if suggested:
        score = len(done) / (len(done) + len(suggested))
        task["predictions"] = [
            {"model_version": version or model_version(), "score": score, "result": suggested}
        ]
    if page:
        task["meta"] = page
    return task


def config_path(out: Path) -> Path:
    """Where the labeling config goes beside the tasks file ``out``."""
    return out.with_name(out.stem + CONFIG_SUFFIX)


def write(
    articles: Iterable[ExportArticle],
    out: Path,
    options: ExportOptions | None = None,
    summary: ExportSummary | None = None,
) -> None:
    """The tasks in ``out`` and the labeling config beside it (both atomic; the config is
    written after the tasks, from the labels they use, PER/LOC/ORG always among them)."""
    version = (options or ExportOptions()).model_version
    labels: set[str] = set()
    with atomic_text(out) as handle:
        handle.write("[")
        sep = "\n"
        for article in articles:
            labels.update(a.label for a in article.annotations)
            handle.write(sep + json_line(task_of(article, version)))
            sep = ",\n"
        handle.write("\n]\n")
    config = config_path(out)
    with atomic_text(config) as handle:
        defaults = ("PER", "LOC", "ORG")
        handle.write(labeling_config([*defaults, *sorted(labels - set(defaults))]))
    if summary is not None:
        summary.files.append(str(config))


def labeling_config(labels: Iterable[str | Label]) -> str:
    """The Label Studio labeling config (XML) that matches :func:`write`'s tasks.

    Pass label names, or :class:`Label` records to carry their colour and hotkey along.
    """
    lines = ["<View>", f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">']
    for label in labels:
        if isinstance(label, Label):
            attrs = f"value={quoteattr(label.name)} background={quoteattr(label.colour)}"
            if label.key:
                attrs += f" hotkey={quoteattr(label.key)}"
        else:
            attrs = f"value={quoteattr(label)}"
        lines.append(f"    <Label {attrs}/>")
    lines += ["  </Labels>", f'  <Text name="{TO_NAME}" value="${TO_NAME}"/>', "</View>", ""]
    return "\n".join(lines)


TASK = Template("task {task}")
TASK_RESULT = Template("task {task}, result {result}")
NOT_JSON = Template("line {line} column {column}: not JSON ({reason})")
NOT_TASKS = Template("not a list of Label Studio tasks")
NOT_OBJECT = Template("{where}: not a JSON object")
NO_DATA_TEXT = Template('{where}: no "data" object with a "text" string')
NOT_A_LIST = Template('{where}: "{key}" must be a list')
RESULT_NOT_LIST = Template('{where}: "{key}" result must be a list')
NO_LABELS = Template('{where}: "value" has no "labels" list')
MISQUOTED = Template("{where}: quotes {quote} but the text at {start}-{end} is {actual}")


def read(path: Path) -> list[DatasetRecord]:
    name = str(path)
    try:
        obj = json.loads(read_text(name))
    except json.JSONDecodeError as exc:
        raise DatasetError(
            name, NOT_JSON(line=exc.lineno, column=exc.colno, reason=exc.msg)
        ) from exc
    tasks = [obj] if isinstance(obj, dict) else obj
    if not isinstance(tasks, list):
        raise DatasetError(name, NOT_TASKS)
    return [_record(name, n, task) for n, task in enumerate(tasks, 1)]


def _record(path: str, n: int, task: object) -> DatasetRecord:
    where = TASK(task=n)
    if not isinstance(task, dict):
        raise DatasetError(path, NOT_OBJECT(where=where))
    data = task.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise DatasetError(path, NO_DATA_TEXT(where=where))
    text: str = data["text"]
    spans: list[Span] = []
    for m, item in enumerate(_chosen_result(path, where, task), 1):
        spans.extend(_spans(path, TASK_RESULT(task=n, result=m), text, item))
    meta = {k: v for k, v in data.items() if k != "text"}
    return DatasetRecord(text=text, spans=normalise_spans(spans), meta=meta)


def _chosen_result(path: str, where: Problem, task: dict[str, Any]) -> list[Any]:
    for key in ("annotations", "predictions"):
        entries = task.get(key) or []
        if not isinstance(entries, list):
            raise DatasetError(path, NOT_A_LIST(where=where, key=key))
        usable = [e for e in entries if isinstance(e, dict) and not e.get("was_cancelled")]
        if usable:
            result = usable[-1].get("result") or []
            if not isinstance(result, list):
                raise DatasetError(path, RESULT_NOT_LIST(where=where, key=key))
            return result
    return []


def _spans(path: str, where: Problem, text: str, item: object) -> list[Span]:
    if not isinstance(item, dict):
        raise DatasetError(path, NOT_OBJECT(where=where))
    value = item.get("value")
    if item.get("type", "labels") != "labels" or not isinstance(value, dict):
        return []
    labels = value.get("labels")
    if not isinstance(labels, list) or not labels:
        raise DatasetError(path, NO_LABELS(where=where))
    start, end = value.get("start"), value.get("end")
    spans = [checked_span(path, where, text, start, end, label) for label in labels]
    quote = value.get("text")
    if quote is not None:
        s, e = spans[0][0], spans[0][1]
        if quote != text[s:e]:
            actual = short(text[s:e])
            raise DatasetError(
                path, MISQUOTED(where=where, quote=short(str(quote)), start=s, end=e, actual=actual)
            )
    return spans
