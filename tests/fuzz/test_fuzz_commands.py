"""Fuzzing the commands with random input (issue 12, "Must show").

Random bytes and random page text go to ``reflow``, ``extract`` and ``import``; random dataset
records (valid, half-valid, of other tools' shapes, nested, with UTF-16 offsets, duplicated,
bad labels) go to ``import-dataset``. For every example: no traceback (``main`` returns an exit
code, it never raises), no hang (each example runs under a timer), and the project's
annotations are either unchanged (exit 2) or changed exactly as the command reported.

Bounded so ``make test`` runs it in a minute or two: ``FUZZ_EXAMPLES`` examples per test
(default 60), each under ``FUZZ_SECONDS`` (default 30 s).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import signal
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from desktop.core.library import Library

pytestmark = pytest.mark.fuzz

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_d93c9dc7b4603325.txt"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
SECONDS = int(os.environ.get("FUZZ_SECONDS", "30"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # the timer below bounds each example; a deadline would flake when busy
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


class Hang(Exception):
    pass


@contextlib.contextmanager
def bounded(seconds: int = SECONDS) -> Iterator[None]:
    """Fail the example (instead of hanging the suite) when it runs over ``seconds``."""

    def expire(signum: int, frame: object) -> None:
        raise Hang(f"example took over {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run(args: list[str]) -> tuple[int, str, str]:
    """``newsdesk ARGS`` in this process: exit code, stdout, stderr. Raising is a failure.
    With ``FUZZ_TALLY=FILE``, each run's command and exit code is appended to FILE (the
    figures of the closing note)."""
    out, err = io.StringIO(), io.StringIO()
    with bounded(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    assert "Traceback" not in err.getvalue()
    tally = os.environ.get("FUZZ_TALLY")
    if tally:
        with open(tally, "a", encoding="utf-8") as handle:
            handle.write(
                json.dumps({"command": args[0], "code": code, "err": err.getvalue()[-120:]}) + "\n"
            )
    return code, out.getvalue(), err.getvalue()


# --- pages -----------------------------------------------------------------------------------

PAGE_CHARS = st.sampled_from(
    list("北京市人民政府县长王小明在召开会议说指出公司集团有限委员会省区镇第版")
    + list("，。、；：“”（）《》—…·０１２３４５６７８９")
    + list("0123456789.%亿万元年月日 \n\t\r<>&")
    + ["𠮷", "\u200b", "\ufeff", "\x00", "\x1b", "下转第2版", "（上接第1版）"]
)
page_text = st.lists(PAGE_CHARS, max_size=3000).map("".join) | st.text(max_size=400)
ENCODINGS = ("utf-8", "gb18030", "utf-16", "utf-8-sig")


@st.composite
def page_bytes(draw: st.DrawFn) -> bytes:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.binary(max_size=2000))
    text = draw(page_text)
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, "replace")
    if kind == 2 and data:  # cut or splice: truncated or mixed encodings
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=20))
    return data


@FUZZ
@given(data=page_bytes(), as_json=st.booleans())
def test_reflow_and_extract_on_random_pages(data: bytes, as_json: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.txt"
        page.write_bytes(data)
        code, out, err = run(["reflow", str(page), *(["--json"] if as_json else [])])
        assert code in (0, 2) and (code == 0 or err.count("\n") == 1)
        code, out, err = run(["extract", str(page), "--json"])
        assert code in (0, 2)
        if code == 0:
            json.loads(out)  # valid JSON (no Infinity, no NaN)
        else:
            assert err.count("\n") == 1 and "page.txt" in err


@FUZZ
@given(pages=st.lists(page_bytes(), min_size=1, max_size=4))
def test_import_of_random_pages(pages: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for n, data in enumerate(pages):
            (folder / f"p{n}.txt").write_bytes(data)
        project = Path(tmp) / "p.sqlite"
        code, out, err = run(["import", str(folder), "--project", str(project), "--jobs", "1"])
        assert code in (0, 1)
        problems = [line for line in err.splitlines() if not line.startswith("newsdesk: warning")]
        imported = int(re.search(r"imported (\d+) page", out).group(1))  # type: ignore[union-attr]
        skipped = int(re.search(r"skipped (\d+)", out).group(1))  # type: ignore[union-attr]
        assert imported + skipped + len(problems) == len(pages)
        if not imported:  # nothing to keep: the project the import was to create is not left
            assert not project.exists() and "no project was created" in out
            return
        with Library.open(project, create=False, readonly=True) as lib:
            assert len(lib.documents()) == imported and lib.check() == []


# --- OCR box files --------------------------------------------------------------------------

#: Mostly a box on the page; now and then one no tool should print.
odd_coordinate = st.one_of(
    st.floats(-50, 5000, allow_nan=False),
    st.sampled_from([float("nan"), float("inf"), -1e9, 1e12, 0.0]),
)


@st.composite
def ocr_file(draw: st.DrawFn) -> tuple[str, bytes]:
    """A random page in one of the OCR formats, written by the test writers (so the shape is
    the tool's) or mangled after writing: random boxes (inverted, outside, NaN), random text
    (markup, astral characters, blank), random confidences, truncation."""
    from desktop.core.ocr.model import Box, OcrLine, OcrPage
    from tests.ocr_writers import (
        PADDLE_SHAPES,
        to_alto,
        to_hocr,
        to_paddle_json,
        to_page_xml,
        to_tsv,
    )

    n = draw(st.integers(0, 40))
    odd = draw(st.integers(0, 4)) == 0  # one page in five has impossible boxes somewhere
    lines = []
    for _ in range(n):
        if odd and draw(st.integers(0, 9)) == 0:
            x0, y0 = draw(odd_coordinate), draw(odd_coordinate)
            w, h = draw(st.floats(-20, 800, allow_nan=False)), draw(st.floats(-5, 120))
        else:
            x0, y0 = draw(st.floats(0, 1800)), draw(st.floats(0, 2800))
            w, h = draw(st.floats(1, 200)), draw(st.floats(1, 120))
        lines.append(
            OcrLine(
                draw(page_text.map(lambda t: t[:60])),
                Box(x0, y0, x0 + w, y0 + h),
                draw(st.one_of(st.none(), st.floats(0, 1))),
            )
        )
    page = OcrPage("p", "paddle-json", tuple(lines), width=2000.0, height=3000.0)
    fmt = draw(st.sampled_from(["paddle", "hocr", "alto", "page", "tsv"]))
    try:
        text = {
            "paddle": lambda: to_paddle_json(page, draw(st.sampled_from(PADDLE_SHAPES))),
            "hocr": lambda: to_hocr(page),
            "alto": lambda: to_alto(page),
            "page": lambda: to_page_xml(page),
            "tsv": lambda: to_tsv(page),
        }[fmt]()
    except (ValueError, OverflowError):  # a writer that cannot print a NaN box: say it raw
        text = json.dumps([{"text": ln.text, "box": [1, 2, "x"], "score": 0.5} for ln in lines])
    data = text.encode("utf-8")
    if draw(st.booleans()) and data:  # truncated on the way
        data = data[: draw(st.integers(0, len(data)))]
    suffix = {"paddle": ".json", "hocr": ".hocr", "alto": ".xml", "page": ".xml", "tsv": ".tsv"}
    return suffix[fmt], data


@FUZZ
@given(page=ocr_file())
def test_reflow_extract_and_import_of_random_ocr_box_files(page: tuple[str, bytes]) -> None:
    suffix, data = page
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"page{suffix}"
        path.write_bytes(data)
        code, out, err = run(["reflow", str(path), "--json"])
        assert code in (0, 2) and (code == 0 or err.count("\n") == 1)
        if code == 0:
            json.loads(out)
        code, out, err = run(["extract", str(path), "--json"])
        assert code in (0, 2)
        if code == 0:
            json.loads(out)
        else:
            assert err.count("\n") == 1 and path.name in err
        project = Path(tmp) / "p.sqlite"
        code, out, err = run(["import", str(path), "--project", str(project), "--jobs", "1"])
        assert code in (0, 1)
        if "imported 1" not in out:  # nothing to keep: no project is left
            assert not project.exists() and "no project was created" in out
            return
        with Library.open(project, create=False, readonly=True) as lib:
            assert len(lib.documents()) == 1
            assert lib.check() == []


# --- datasets --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_project() -> Iterator[tuple[Path, list[dict[str, Any]]]]:
    tmp = Path(tempfile.mkdtemp())
    project = tmp / "sample.sqlite"
    with Library.open(project) as lib:
        lib.import_paths([SAMPLE], jobs=1)
        lib.export("doccano", tmp / "d.jsonl", suggestions=True)
    lines = [json.loads(x) for x in (tmp / "d.jsonl").read_text("utf-8").splitlines()]
    yield project, lines
    shutil.rmtree(tmp, ignore_errors=True)


LABELS = st.sampled_from(["PER", "LOC", "ORG", "MONEY", "NEW", "<b>x</b>", "a b", "", "X" * 300])


@st.composite
def a_span(draw: st.DrawFn, length: int) -> Any:
    start = draw(st.integers(-2, length + 2))
    end = draw(st.integers(-2, length + 3))
    label = draw(LABELS)
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return [start, end, label]
    if shape == 1:
        return {"start_offset": start, "end_offset": end, "label": label}
    if shape == 2:
        return draw(st.sampled_from([None, "x", [start], [start, end], {"start": start}]))
    return [start, end, draw(st.sampled_from([1, None, ["PER"]]))]


@st.composite
def a_record(draw: st.DrawFn, lines: list[dict[str, Any]]) -> Any:
    kind = draw(st.sampled_from([0, 0, 0, 0, 1, 2, 2, 3, 4, 5, 6, 7]))  # mostly real records
    base = dict(draw(st.sampled_from(lines)))
    text = str(base["text"])
    if kind == 0:  # a real record, spans changed a little
        spans = list(base["label"])
        if spans and draw(st.booleans()):
            spans.pop(draw(st.integers(0, len(spans) - 1)))
        spans += draw(st.lists(a_span(len(text)), max_size=2))
        return dict(base, label=spans)
    if kind == 1:  # another tool's key
        key = draw(st.sampled_from(["spans", "ents", "ner_tags", "annotations", "data"]))
        return {"text": text, key: base["label"]}
    if kind == 2:  # text from elsewhere, with or without meta
        other = draw(st.lists(PAGE_CHARS, min_size=1, max_size=40).map("".join))
        record: dict[str, Any] = {
            "text": other,
            "label": draw(st.lists(a_span(len(other)), max_size=3)),
        }
        if draw(st.booleans()):
            record.update(
                article_id=draw(st.integers(-1, 10**20)),
                document="x.txt",
                index=draw(st.integers(0, 3)),
            )
        return record
    if kind == 3:  # any JSON
        return draw(
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                lambda c: (
                    st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=4), c, max_size=3)
                ),
                max_leaves=10,
            )
        )
    if kind == 4:  # astral text, offsets that differ in UTF-16
        astral = "𠮷" + text[:30]
        return {"text": astral, "label": [[1, 3, "LOC"], [2, 4, "PER"]]}
    if kind == 5:
        return dict(base)  # a duplicate of a real record
    if kind == 6:
        return dict(base, label=[])  # "no spans"
    return dict(base, label=draw(st.lists(a_span(len(text)), max_size=4)))


def _state(project: Path) -> dict[str, tuple[Any, ...]]:
    conn = sqlite3.connect(project)
    try:
        rows = conn.execute(
            "SELECT uuid, article_id, start, end, label, status, quote FROM annotations"
        )
        return {r[0]: tuple(r[1:]) for r in rows}
    finally:
        conn.close()


@FUZZ
@given(data=st.data())
def test_import_dataset_of_random_records(
    sample_project: tuple[Path, list[dict[str, Any]]], data: st.DataObject
) -> None:
    source, lines = sample_project
    records = data.draw(st.lists(a_record(lines), min_size=1, max_size=6))
    fmt = data.draw(st.sampled_from(["doccano", "labelstudio"]))
    flags = data.draw(
        st.lists(
            st.sampled_from(["--replace", "--offsets=utf16", "--offsets=codepoints", "--dry-run"]),
            max_size=2,
            unique=True,
        )
    )
    nest = data.draw(st.sampled_from([0] * 8 + [5, 100_000]))
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "p.sqlite"
        shutil.copy(source, project)
        path = Path(tmp) / "d.json"
        if fmt == "doccano":
            body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        else:
            tasks = [
                {
                    "data": {"text": r.get("text")},
                    "annotations": [
                        {
                            "result": [
                                {
                                    "type": "labels",
                                    "value": {"start": s[0], "end": s[1], "labels": [s[2]]},
                                }
                                for s in r.get("label", [])
                                if isinstance(s, list) and len(s) == 3
                            ],
                            "was_cancelled": data.draw(st.booleans()),
                        }
                    ],
                }
                if isinstance(r, dict)
                else r
                for r in records
            ]
            body = json.dumps(tasks, ensure_ascii=False)
        if nest:
            body = "[" * nest + body + "]" * nest
        path.write_text(body, "utf-8")
        before = _state(project)
        code, out, err = run(
            ["import-dataset", str(path), "--project", str(project), "--format", fmt, *flags]
        )
        after = _state(project)
        assert code in (0, 2), err
        if code == 2 or "--dry-run" in flags:
            assert after == before, "refused or previewed, but the project changed"
            if code == 2:
                assert err.count("\n") == 1
            return
        added = after.keys() - before.keys()
        removed = before.keys() - after.keys()
        updated = {u for u in after.keys() & before.keys() if after[u] != before[u]}
        m = re.search(r"(\d+) span\(s\) added, (\d+) removed, (\d+) updated", out)
        assert m is not None, out
        assert (len(added), len(removed), len(updated)) == tuple(map(int, m.groups()))
        if "--replace" not in flags:
            assert not removed
