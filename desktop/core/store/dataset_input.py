"""What a dataset file holds, checked before its records are trusted (issue 12, items 5, 9-11).

The readers in :mod:`desktop.core.export` turn doccano / Label Studio files into records. This
module looks at the same file first, as raw JSON, for what the readers cannot tell apart from
"no spans":

- nesting deeper than :data:`MAX_DEPTH` (``json`` would recurse 100,000 levels and crash);
- records of another tool's shape (Prodigy's ``spans``, spaCy's ``ents``, Hugging Face's
  ``ner_tags``; a Label Studio result of another type): refused, the key named;
- a Label Studio task whose annotations were all cancelled (and no predictions): no answer,
  so the task is skipped rather than read as "no spans";
- offsets counted in UTF-16 code units (doccano's default project) on text with characters
  outside the BMP: :func:`offset_readings` says which readings are possible, and
  :func:`converted` rewrites the file's offsets to code points for the reader.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

from desktop.core.errors import DatasetError, Template, os_reason
from desktop.core.export._common import read_text

MAX_DEPTH = 64
MAX_BYTES = 512 * 1024 * 1024
OFFSETS = ("utf16", "codepoints")

#: Keys other tools keep spans under, and the tool: a record that has one of these and none of
#: doccano's is refused instead of being read as a record without spans.
FOREIGN_KEYS = {
    "spans": "Prodigy",
    "ents": "spaCy",
    "ner_tags": "Hugging Face datasets",
    "tags": "a token-tagging tool",
    "annotations": "Label Studio (use --format labelstudio)",
    "predictions": "Label Studio (use --format labelstudio)",
    "data": "Label Studio (use --format labelstudio)",
    "entity_mentions": "an unknown tool",
}
_DOCCANO_SPAN_KEYS = ("label", "labels", "entities")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")

#: (start, end, quote or None): a span as the file writes it, before any check.
RawSpan = tuple[int, int, str | None]


@dataclass
class Scan:
    """The file's records as raw JSON objects, in the order the reader returns records."""

    fmt: str
    objects: list[dict[str, Any]]
    #: record index -> why the record is not an answer (a cancelled Label Studio task)
    skipped: dict[int, str] = field(default_factory=dict)


LINK_LOOP = Template("is a symbolic link loop")
CANNOT_READ = Template("cannot be read")
A_FOLDER = Template("is a folder, not a dataset file")
NOT_REGULAR = Template("is not a regular file (a pipe or a device)")
TOO_LARGE = Template("is {size} bytes, over {limit} for a dataset")
TOO_DEEP = Template("nested {depth} levels deep (a dataset needs a few)")
FOREIGN_SPANS = Template(
    'line {line}: spans under "{key}" ({tool}\'s shape), not doccano\'s "label": convert it to '
    '[start, end, label] lists under "label"'
)
NOT_TEXT_SPANS = Template('task {task}: its results are "{kinds}", not text spans ("labels")')


def check_file(path: Path) -> None:
    """A dataset must be a regular file of sane size: a FIFO or device would block the read."""
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            raise DatasetError(str(path), LINK_LOOP) from exc
        raise DatasetError(str(path), os_reason(exc, CANNOT_READ)) from exc
    if stat.S_ISDIR(st.st_mode):
        raise DatasetError(str(path), A_FOLDER)
    if not stat.S_ISREG(st.st_mode):
        raise DatasetError(str(path), NOT_REGULAR)
    if st.st_size > MAX_BYTES:
        raise DatasetError(str(path), TOO_LARGE(size=st.st_size, limit=MAX_BYTES))


def depth(text: str) -> int:
    """The deepest nesting of ``[`` / ``{`` outside strings, without recursion."""
    brackets = _BRACKETS.findall(_STRING.sub("", text))
    if not brackets:
        return 0
    return max(accumulate(1 if b in "[{" else -1 for b in brackets))


def scan(fmt: str, path: Path) -> Scan:
    """Read and check the file's shape (see the module docstring). A file the reader would
    refuse anyway (bad JSON) is left for the reader to name: this returns what it could read."""
    check_file(path)
    name = str(path)
    text = read_text(name)
    deepest = depth(text)
    if deepest > MAX_DEPTH:
        raise DatasetError(name, TOO_DEEP(depth=deepest))
    if fmt == "doccano":
        return _scan_doccano(name, text)
    return _scan_labelstudio(name, text)


def _scan_doccano(name: str, text: str) -> Scan:
    objects: list[dict[str, Any]] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            return Scan("doccano", [])  # the reader names the line
        if not isinstance(obj, dict):
            return Scan("doccano", [])
        if not any(k in obj for k in _DOCCANO_SPAN_KEYS):
            foreign = next((k for k in FOREIGN_KEYS if k in obj), None) or _span_like_key(obj)
            if foreign is not None:
                tool = FOREIGN_KEYS.get(foreign, "another tool")
                raise DatasetError(name, FOREIGN_SPANS(line=n, key=foreign, tool=tool))
        objects.append(obj)
    return Scan("doccano", objects)


def _span_like_key(obj: dict[str, Any]) -> str | None:
    """A key (other than doccano's) whose value is a list of span-like items."""
    for key, value in obj.items():
        if key in ("text", "relations", "meta") or not isinstance(value, list) or not value:
            continue
        first = value[0]
        if isinstance(first, dict) and (
            {"start", "end"} <= first.keys() or "start_offset" in first
        ):
            return key
        if (
            isinstance(first, list)
            and len(first) == 3
            and all(isinstance(x, int) for x in first[:2])
        ):
            return key
    return None


def _scan_labelstudio(name: str, text: str) -> Scan:
    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return Scan("labelstudio", [])
    tasks = [obj] if isinstance(obj, dict) else obj
    if not isinstance(tasks, list):
        return Scan("labelstudio", [])
    scan_ = Scan("labelstudio", [])
    for n, task in enumerate(tasks, 1):
        if not isinstance(task, dict):
            return Scan("labelstudio", [])
        annotations = task.get("annotations") or []
        predictions = task.get("predictions") or []
        if not isinstance(annotations, list) or not isinstance(predictions, list):
            return Scan("labelstudio", [])
        live = [a for a in annotations if isinstance(a, dict) and not a.get("was_cancelled")]
        if annotations and not live and not predictions:
            scan_.skipped[n - 1] = f"task {n}: its only annotation was cancelled, left as it is"
        chosen = (live or [p for p in predictions if isinstance(p, dict)])[-1:] or [{}]
        result = chosen[0].get("result") or []
        if isinstance(result, list) and result:
            types = {r.get("type", "labels") for r in result if isinstance(r, dict)}
            if "labels" not in types:
                kinds = ", ".join(sorted(str(t) for t in types))
                raise DatasetError(name, NOT_TEXT_SPANS(task=n, kinds=kinds))
        scan_.objects.append(task)
    return scan_


# --- offsets ---------------------------------------------------------------------------------


def record_text(fmt: str, obj: dict[str, Any]) -> str | None:
    if fmt == "doccano":
        text = obj.get("text")
    else:
        data = obj.get("data")
        text = data.get("text") if isinstance(data, dict) else None
    return text if isinstance(text, str) else None


def _span_items(fmt: str, obj: dict[str, Any]) -> Iterator[dict[str, Any] | list[Any]]:
    """The mutable span items of a record (doccano lists/dicts, Label Studio values)."""
    if fmt == "doccano":
        key = next((k for k in _DOCCANO_SPAN_KEYS if k in obj), None)
        items = obj.get(key) if key else None
        if isinstance(items, list):
            yield from (i for i in items if isinstance(i, (list, dict)))
        return
    for key in ("annotations", "predictions"):
        entries = obj.get(key)
        if not isinstance(entries, list):
            continue
        for entry in entries:
            result = entry.get("result") if isinstance(entry, dict) else None
            if isinstance(result, list):
                for r in result:
                    value = r.get("value") if isinstance(r, dict) else None
                    if isinstance(value, dict):
                        yield value


def _get(item: dict[str, Any] | list[Any]) -> RawSpan | None:
    if isinstance(item, list):
        if len(item) == 3 and _is_int(item[0]) and _is_int(item[1]):
            return item[0], item[1], None
        return None
    for s, e in (("start_offset", "end_offset"), ("start", "end")):
        if _is_int(item.get(s)) and _is_int(item.get(e)):
            quote = item.get("text")
            return item[s], item[e], quote if isinstance(quote, str) else None
    return None


def _set(item: dict[str, Any] | list[Any], start: int, end: int) -> None:
    if isinstance(item, list):
        item[0], item[1] = start, end
        return
    for s, e in (("start_offset", "end_offset"), ("start", "end")):
        if s in item:
            item[s], item[e] = start, end
            return


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def utf16_to_codepoints(text: str) -> dict[int, int]:
    """UTF-16 offset -> code point offset, for every offset that is not inside a pair."""
    out = {}
    u = 0
    for i, ch in enumerate(text):
        out[u] = i
        u += 2 if ord(ch) > 0xFFFF else 1
    out[u] = len(text)
    return out


@dataclass(frozen=True)
class Readings:
    """Whether the spans placed after a character outside the BMP (where the two ways of
    counting differ) fit the text when read as code points and as UTF-16 code units."""

    differ: int  # records whose spans the two readings place differently
    codepoints_fit: bool
    utf16_fit: bool
    first: int  # index of the first such record (for the message), -1 if none


def offset_readings(scan_: Scan) -> Readings:
    differ, cp_fit, u16_fit, first = 0, True, True, -1
    for n, obj in enumerate(scan_.objects):
        text = record_text(scan_.fmt, obj)
        if text is None or text.isascii() or max(map(ord, text)) <= 0xFFFF:
            continue
        table = utf16_to_codepoints(text)
        spans = [s for s in map(_get, _span_items(scan_.fmt, obj)) if s is not None]
        if not any(table.get(s) != s or table.get(e) != e for s, e, _ in spans):
            continue
        differ += 1
        first = n if first < 0 else first
        for s, e, quote in spans:
            if not (0 <= s < e <= len(text)) or (quote is not None and text[s:e] != quote):
                cp_fit = False
            cs, ce = table.get(s), table.get(e)
            if cs is None or ce is None or cs >= ce or (quote is not None and text[cs:ce] != quote):
                u16_fit = False
    return Readings(differ, cp_fit, u16_fit, first)


def utf16_spans(scan_: Scan, index: int) -> list[tuple[int, int]]:
    """Record ``index``'s (start, end) pairs read as UTF-16 and turned into code points
    (pairs that do not fit are left out)."""
    obj = scan_.objects[index]
    text = record_text(scan_.fmt, obj) or ""
    table = utf16_to_codepoints(text)
    out = []
    for span in map(_get, _span_items(scan_.fmt, obj)):
        if span is not None and span[0] in table and span[1] in table:
            out.append((table[span[0]], table[span[1]]))
    return out


def codepoint_spans(scan_: Scan, index: int) -> list[tuple[int, int]]:
    obj = scan_.objects[index]
    return [(s[0], s[1]) for s in map(_get, _span_items(scan_.fmt, obj)) if s is not None]


def convert_to_codepoints(scan_: Scan) -> None:
    """Rewrite every span's offsets from UTF-16 code units to code points, in place."""
    for obj in scan_.objects:
        text = record_text(scan_.fmt, obj)
        if text is None:
            continue
        table = utf16_to_codepoints(text)
        for item in _span_items(scan_.fmt, obj):
            span = _get(item)
            if span is not None and span[0] in table and span[1] in table:
                _set(item, table[span[0]], table[span[1]])


@contextmanager
def converted(scan_: Scan, path: Path) -> Iterator[Path]:
    """The scan's objects written back in the file's format to a temporary file (for the
    reader), removed afterwards."""
    fd, tmp = tempfile.mkstemp(suffix=path.suffix or ".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            if scan_.fmt == "doccano":
                for obj in scan_.objects:
                    handle.write(json.dumps(obj, ensure_ascii=False) + "\n")
            else:
                json.dump(scan_.objects, handle, ensure_ascii=False)
        yield Path(tmp)
    finally:
        os.unlink(tmp)
