"""A page's import warnings are problems with a template, kept with the page in the project.

The reader warns of a page it read all the same (read shrunk, markup kept as text): the import
report names the file with the English line the CLI prints, the project keeps the template and
its values beside that line, and every article of the page carries them (the window marks the
page with them). Project files written before warnings kept their template hold English lines
only: those still open and say their line as it is.
"""

from __future__ import annotations

import json
import pickle
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.decode import MARKUP_KEPT
from desktop.core.errors import Problem
from desktop.core.importer import PreparedPage, prepare_page
from desktop.core.library import Library
from desktop.core.ocr.scale import SHRUNK
from desktop.core.store.rows.codec import warnings_from_json, warnings_to_json

RAPIDOCR = Path(__file__).resolve().parents[1] / "data" / "ocr" / "rapidocr"
SHRUNK_PAGE = RAPIDOCR / "test16" / "page-04.json"
FULL_PAGE = RAPIDOCR / "test16full" / "page-04.json"
SHRUNK_LINE = (
    "its boxes show it was read shrunk to about 1/1.54 of its size (RapidOCR and PaddleOCR "
    "shrink a page past max_side_len, 2,000 px by default, and lose text on tall pages): read "
    "it again with max_side_len=3000 for better articles"
)


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "p.sqlite")
    yield library
    library.close()


def _warnings_by_document(lib: Library) -> dict[str, set[tuple[Problem, ...]]]:
    out: dict[str, set[tuple[Problem, ...]]] = {}
    for s in lib.article_summaries():
        out.setdefault(s.document_name, set()).add(s.warnings)
    return out


def test_a_page_read_shrunk_is_reported_and_kept_with_its_template(
    lib: Library, tmp_path: Path
) -> None:
    markup = tmp_path / "markup.txt"
    markup.write_text("第一版\n\n正文<b>加粗</b>的段落，说了一件事。\n", "utf-8")
    report = lib.import_paths([SHRUNK_PAGE, markup], jobs=1)
    assert len(report.imported) == 2 and not report.problems
    by_path = {w.path: w for w in report.warnings}
    shrunk = by_path[str(SHRUNK_PAGE)]
    assert shrunk.detail == SHRUNK(factor="1.54", side=3000)
    assert shrunk.message == f"{SHRUNK_PAGE}: {SHRUNK_LINE}"  # what the CLI prints
    tags = by_path[str(markup)]
    assert tags.detail == MARKUP_KEPT(count=2, tags="<b>, </b>")
    warned = _warnings_by_document(lib)
    assert warned["page-04.json"] == {(SHRUNK(factor="1.54", side=3000),)}
    assert warned["markup.txt"] == {(MARKUP_KEPT(count=2, tags="<b>, </b>"),)}


def test_warnings_come_back_after_reopening_and_a_page_without_any_has_none(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.sqlite"
    with Library.open(path) as lib:
        lib.import_paths([SHRUNK_PAGE], jobs=1)
    full = tmp_path / "full" / "page-04-full.json"
    full.parent.mkdir()
    full.write_bytes(FULL_PAGE.read_bytes())
    with Library.open(path) as lib:
        report = lib.import_paths([full], jobs=1)
        assert report.imported and not report.warnings
        warned = _warnings_by_document(lib)
    assert warned["page-04.json"] == {(SHRUNK(factor="1.54", side=3000),)}
    assert warned["page-04-full.json"] == {()}
    with sqlite3.connect(path) as conn:
        stored = dict(conn.execute("SELECT name, warnings FROM documents").fetchall())
    # the English line stays in the file beside the template and its values
    (entry,) = json.loads(stored["page-04.json"])
    assert entry == {
        "text": SHRUNK_LINE,
        "template": SHRUNK.text,
        "fields": {"factor": "1.54", "side": 3000},
    }
    assert stored["page-04-full.json"] == "[]"


def test_old_project_files_with_english_lines_still_show_them(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Library.open(path) as lib:
        lib.import_paths([SHRUNK_PAGE], jobs=1)
    old = ["contains 1 markup-like tag(s) (<b>); kept as plain text", "odd {braces} kept"]
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE documents SET warnings = ?", [json.dumps(old)])
    with Library.open(path) as lib:
        (warnings,) = _warnings_by_document(lib)["page-04.json"]
    assert [str(w) for w in warnings] == old


def test_warnings_cross_the_import_pool_with_their_template() -> None:
    prepared = prepare_page(SHRUNK_PAGE)
    assert isinstance(prepared, PreparedPage)
    assert pickle.loads(pickle.dumps(prepared)).warnings == (SHRUNK(factor="1.54", side=3000),)


def test_stored_warnings_read_back_as_they_were_written() -> None:
    problems = (SHRUNK(factor="1.54", side=3000), MARKUP_KEPT(count=1, tags="<p>"))
    assert warnings_from_json(warnings_to_json(problems)) == problems
    nested = Problem("{where}: x", (("where", Problem("page {n}", (("n", 3),))),))
    assert warnings_from_json(warnings_to_json([nested])) == (nested,)


@pytest.mark.parametrize(
    ("stored", "said"),
    [
        ("", []),
        ("not json", []),
        ('{"text": "x"}', []),
        # a template whose values no longer fill it: its English line
        ('[{"text": "the line", "template": "a {b}", "fields": {}}]', ["the line"]),
        ('[{"template": 3}]', ["{'template': 3}"]),
        ("[7]", ["7"]),
    ],
)
def test_damaged_stored_warnings_never_stop_a_project_opening(stored: str, said: list[str]) -> None:
    assert [str(w) for w in warnings_from_json(stored)] == said
