"""Core errors keep their English line and carry a template the window can translate.

The English ``str()`` of every error is a contract (the CLI prints it; tests and checks read
it): the table below was produced by the code before errors carried templates, and must not
change. Every template has a Chinese translation in the catalogue, and every raising site in the
core passes a template, so a new error without either fails here.
"""

from __future__ import annotations

import ast
import json
import pickle
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core import decode, importer
from desktop.core.decode import decode_bytes
from desktop.core.errors import (
    DatasetError,
    EditError,
    NewsdeskError,
    PageError,
    Problem,
    ProjectError,
    Template,
    all_templates,
    as_problem,
    template_fields,
)
from desktop.core.export import read as read_dataset
from desktop.core.labels import label_problem
from desktop.core.ocr.detect import read_ocr_bytes
from desktop.core.records import ImportProblem
from desktop.core.store import db

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "newsdesk_zh_CN.ts"
_CJK = re.compile(r"[\u4e00-\u9fff]")

_ALTO = (
    b'<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout>'
    b'<Page WIDTH="100" HEIGHT="100"><PrintSpace><TextBlock><TextLine HPOS="50" VPOS="10" '
    b'WIDTH="-40" HEIGHT="10"><String CONTENT="abc" HPOS="50" VPOS="10" WIDTH="-40" '
    b'HEIGHT="10"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>'
)


def _raise(exc: NewsdeskError) -> None:
    raise exc


def _cases(tmp: Path) -> dict[str, Callable[[], object]]:
    def f(name: str, data: bytes) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    ls_task = {"data": {"text": "abc"}, "annotations": [{"result": [{"type": "labels"}]}]}
    no_labels = json.loads(json.dumps(ls_task))
    no_labels["annotations"][0]["result"][0]["value"] = {"start": 0, "end": 1}
    misquoted = json.loads(json.dumps(ls_task))
    misquoted["annotations"][0]["result"][0]["value"] = {
        "start": 0,
        "end": 1,
        "text": "b",
        "labels": ["PER"],
    }
    return {
        "empty": lambda: decode_bytes(b"", "a.txt"),
        "blank": lambda: decode_bytes(b"  \n\t\n", "a.txt"),
        "nul": lambda: decode_bytes(b"ab\x00cd" * 10, "scan.txt"),
        "control": lambda: decode_bytes("正文\x01内容".encode(), "c.txt"),
        "html": lambda: decode_bytes(b"<!DOCTYPE html><html><body>x</body></html>", "p.txt"),
        "undecodable": lambda: decode_bytes(b"\x81\x30\xff\xff\xff abc", "g.txt"),
        "mixed": lambda: decode_bytes(
            "中文内容很多中文内容很多".encode() + "中文".encode("gbk") + "再来中文".encode(),
            "m.txt",
        ),
        "badbom": lambda: decode_bytes(b"\xef\xbb\xbfabc\xff", "b.txt"),
        "bommismatch": lambda: decode_bytes(b"\xff\xfe" + "中文内容".encode(), "u.txt"),
        "large": lambda: decode_bytes(b"a" * (decode.MAX_BYTES + 5), "big.txt"),
        "xml": lambda: read_ocr_bytes(b'<?xml version="1.0"?><alto><Layout>', "t.xml"),
        "otherxml": lambda: read_ocr_bytes(b'<?xml version="1.0"?><svg></svg>', "s.xml"),
        "entities": lambda: read_ocr_bytes(
            b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><alto>&x;</alto>', "e.xml"
        ),
        "json": lambda: read_ocr_bytes(b'[{"text": "a", ', "j.json"),
        "notpaddle": lambda: read_ocr_bytes(b'{"foo": 1}', "o.json"),
        "dataset": lambda: read_ocr_bytes(
            json.dumps([{"text": "x", "label": [[0, 1, "PER"]]}]).encode(), "d.json"
        ),
        "inverted": lambda: read_ocr_bytes(_ALTO, "inv.xml"),
        "paddlebox": lambda: read_ocr_bytes(
            json.dumps([{"text": "a", "box": [[0, 0], [1, "x"]], "score": 0.9}]).encode(),
            "pb.json",
        ),
        "folder_project": lambda: db.connect(tmp, create=False),
        "missing_project": lambda: db.connect(tmp / "nope.sqlite", create=False),
        "not_sqlite": lambda: db.connect(f("notes.sqlite", b"just notes\n" * 40), create=False),
        "empty_project": lambda: db.connect(f("e.sqlite", b""), create=False, adopt_empty=False),
        "locked": lambda: _raise(
            db.environment_error(tmp / "x.sqlite", sqlite3.OperationalError("database is locked"))
        ),
        "damaged": lambda: _raise(
            db.environment_error(tmp / "x.sqlite", sqlite3.DatabaseError("file is not a database"))
        ),
        "doccano_json": lambda: read_dataset(
            "doccano", f("a.jsonl", b'{"text": "abc", "label": [[0, 1, "PER"]]}\n{"text": \n')
        ),
        "doccano_span": lambda: read_dataset(
            "doccano",
            f("b.jsonl", b'{"text": "abc", "label": [[0, 9, "PER"]]}\n'),
            offsets="codepoints",
        ),
        "doccano_utf8": lambda: read_dataset("doccano", f("c.jsonl", b'{"text": "\xff"}\n')),
        "ls_list": lambda: read_dataset("labelstudio", f("d.json", b'"x"')),
        "ls_labels": lambda: read_dataset(
            "labelstudio", f("e.json", json.dumps([no_labels]).encode())
        ),
        "ls_quote": lambda: read_dataset(
            "labelstudio", f("f.json", json.dumps([misquoted]).encode())
        ),
        "fmt": lambda: read_dataset("brat", tmp / "x"),
    }


#: What each case said before errors carried templates (``{tmp}``: the test's folder).
ENGLISH = [
    ("empty", "a.txt: is empty"),
    ("blank", "a.txt: is empty"),
    ("nul", "scan.txt: looks like a binary file (it has NUL bytes), not text"),
    ("control", "c.txt: looks like a binary file (it has NUL or control bytes), not text"),
    ("html", "p.txt: looks like an HTML document, not OCR text"),
    (
        "undecodable",
        "g.txt: is not text in UTF-8, UTF-16 or GB18030 (undecodable byte at offset 0)",
    ),
    (
        "mixed",
        "m.txt: mixes text encodings (valid UTF-8, but not at byte 36); save it in one encoding",
    ),
    ("badbom", "b.txt: is not valid UTF-8 despite its BOM (byte 3)"),
    (
        "bommismatch",
        "u.txt: starts with a UTF-16-LE byte order mark but the rest is not UTF-16 text "
        "(it reads as UTF-8); save it in one encoding",
    ),
    ("large", "big.txt: is too large (2.0 MB; a page may be at most 2 MB)"),
    (
        "xml",
        "t.xml: is not well-formed XML (no element found at line 1, column 35); is it truncated?",
    ),
    ("otherxml", "s.xml: is XML but not ALTO, PAGE XML or hOCR (its root is <svg>)"),
    (
        "entities",
        "e.xml: declares XML entities, which are refused (an entity-expansion or "
        "external-entity attack, or not OCR output)",
    ),
    (
        "json",
        "j.json: is not valid JSON (Expecting property name enclosed in double quotes at "
        "line 1 column 16)",
    ),
    (
        "notpaddle",
        "o.json: is JSON but not PaddleOCR/RapidOCR output (an object without "
        '"ocr_results" or "rec_texts")',
    ),
    ("dataset", "d.json: looks like a doccano/Label Studio dataset; use `newsdesk import-dataset`"),
    (
        "inverted",
        "inv.xml: text line 1 has an inverted box (bbox 50 10 10 20: right or bottom "
        "before left or top)",
    ),
    ("paddlebox", "pb.json: result 1's box is not a number ('x')"),
    ("folder_project", "{tmp}: is a folder, not a project file"),
    ("missing_project", "{tmp}/nope.sqlite: no such project file"),
    ("not_sqlite", "{tmp}/notes.sqlite: not a newsdesk project (not an SQLite file)"),
    ("empty_project", "{tmp}/e.sqlite: not a newsdesk project (an empty file)"),
    ("locked", "{tmp}/x.sqlite: is locked by another program; close it and try again"),
    ("damaged", "{tmp}/x.sqlite: the project file is damaged (file is not a database)"),
    ("doccano_json", "{tmp}/a.jsonl: line 2: not JSON (Expecting value at column 10)"),
    ("doccano_span", "{tmp}/b.jsonl: line 1, span 1: span 0-9 is outside the text (length 3)"),
    ("doccano_utf8", "{tmp}/c.jsonl: not UTF-8 text (byte 0xff at offset 10)"),
    ("ls_list", "{tmp}/d.json: not a list of Label Studio tasks"),
    ("ls_labels", '{tmp}/e.json: task 1, result 1: "value" has no "labels" list'),
    ("ls_quote", "{tmp}/f.json: task 1, result 1: quotes 'b' but the text at 0-1 is 'a'"),
    ("fmt", "{tmp}/x: cannot import 'brat'; use one of doccano, labelstudio"),
]


@pytest.mark.parametrize(("case", "english"), ENGLISH, ids=[c for c, _ in ENGLISH])
def test_english_lines_are_unchanged_and_carry_a_template(
    tmp_path: Path, case: str, english: str
) -> None:
    known = {t.text for t in all_templates()}
    with pytest.raises(NewsdeskError) as info:
        _cases(tmp_path)[case]()
    assert str(info.value) == english.format(tmp=tmp_path)
    detail = info.value.detail
    assert detail.template in known  # translatable, not plain text passed through
    assert str(info.value).endswith(str(detail))


def test_label_problems_are_unchanged() -> None:
    said = {n: str(label_problem(n)) for n in ["", "a b", "x" * 40, "a<b", "a\u200bb"]}
    assert said == {
        "": "a label needs a name",
        "a b": "use one word without spaces",
        "x" * 40: "a label name has at most 32 characters, not 40",
        "a<b": "'<' is not allowed in a label name",
        "a\u200bb": "character U+200B is not allowed in a label name",
    }
    assert label_problem("地名") is None


def test_a_problem_renders_in_another_language_with_its_values() -> None:
    where = Template("task {task}, result {result}")
    problem = Template("{where}: quotes {quote}")(where=where(task=3, result=1), quote="'某'")
    zh = {
        "task {task}, result {result}": "任务 {task} 的结果 {result}",
        "{where}: quotes {quote}": "{where}：引用 {quote}",
    }
    assert str(problem) == "task 3, result 1: quotes '某'"
    assert problem.render(lambda t: zh.get(t, t)) == "任务 3 的结果 1：引用 '某'"
    broken = {"{where}: quotes {quote}": "{where}：引用 {quoted}"}  # a field misspelt
    assert problem.render(lambda t: broken.get(t, t)) == "task 3, result 1: quotes '某'"
    with pytest.raises(TypeError):
        Template("is {size} bytes")(bytes=3)


def test_plain_text_problems_pass_through_unchanged() -> None:
    assert str(PageError("a.txt", "odd {braces} kept")) == "a.txt: odd {braces} kept"
    assert str(EditError("no {field} here")) == "no {field} here"
    assert as_problem("x").template == "x" and str(as_problem("{")) == "{"


def test_errors_and_import_problems_survive_the_pool(tmp_path: Path) -> None:
    """Both cross the import pool's process boundary; the template must come along."""
    for exc in (
        PageError("a.txt", decode.EMPTY),
        ProjectError("p.sqlite", db.DAMAGED(detail="x")),
        DatasetError("d.json", "plain"),
        EditError(Template("label {name} already exists")(name="PER")),
    ):
        back = pickle.loads(pickle.dumps(exc))
        assert type(back) is type(exc) and str(back) == str(exc) and back.detail == exc.detail
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    problem = importer.prepare_page(binary)
    assert isinstance(problem, ImportProblem) and problem.detail is not None
    assert problem.detail.template == decode.BINARY_NUL.text
    assert pickle.loads(pickle.dumps(problem)) == problem
    missing = importer.prepare_page(tmp_path / "gone.txt")
    assert isinstance(missing, ImportProblem)
    assert missing.message == f"{tmp_path / 'gone.txt'}: no such file"
    assert missing.detail == Problem(importer.NO_SUCH_FILE.text)


def _translations() -> dict[str, str]:
    root = ET.parse(CATALOGUE).getroot()
    out = {}
    for context in root:
        if context.findtext("name") != "errors":
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            out[message.findtext("source") or ""] = translation.text or ""
    return out


def test_every_core_template_has_a_chinese_translation_with_the_same_fields() -> None:
    """A new error template needs its Chinese: run resources/translations/update.sh, translate
    the new "errors" messages in newsdesk_zh_CN.ts, run it again."""
    translations = _translations()
    templates = all_templates()
    assert len(templates) > 150
    missing = [t.text for t in templates if t.text not in translations]
    assert missing == []
    for t in templates:
        chinese = translations[t.text]
        assert template_fields(chinese) == t.fields, t.text
        filled = chinese.format(**{name: "X" for name in t.fields})
        assert _CJK.search(filled), t.text


_ERRORS = {"PageError", "ProjectError", "DatasetError", "EditError", "NewsdeskError"}
#: Parts of the core other work owns; their few errors are still plain English.
_NOT_YET = ("reflow", "extract")


def _plain_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def test_every_raising_site_in_the_core_passes_a_template() -> None:
    core = ROOT / "desktop" / "core"
    plain = []
    for path in sorted(core.rglob("*.py")):
        if path.relative_to(core).parts[0] in _NOT_YET:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in _ERRORS or not node.args:
                continue
            problem = node.args[-1]
            if _plain_text(problem) or isinstance(problem, ast.BinOp):
                plain.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert plain == []
