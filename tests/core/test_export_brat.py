"""brat standoff: the .ann line grammar, offsets into the .txt, notes, config, file names."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from desktop.core import export
from desktop.core.export import brat
from desktop.core.records import FigureFields
from tests.core.test_export_common import (
    find,
    make_article,
    sample_article,
    sample_articles,
    work,
)

__all__ = ["work"]

# brat's standoff grammar: ID TAB TYPE START END[;START END]* TAB TEXT, and notes.
T_LINE = re.compile(r"T(\d+)\t([^\s]+) (\d+ \d+(?:;\d+ \d+)*)\t([^\t\n]*)")
NOTE_LINE = re.compile(r"#(\d+)\tAnnotatorNotes (T\d+)\t([^\t\n]*)")


def parse_ann(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], dict]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    notes: dict[str, str] = {}
    content = path.read_text(encoding="utf-8")
    assert content.endswith("\n") or content == ""
    for line in content.split("\n")[:-1]:
        if m := T_LINE.fullmatch(line):
            pieces = [tuple(map(int, p.split(" "))) for p in m[3].split(";")]
            spans[f"T{m[1]}"] = (m[2], pieces, m[4])  # type: ignore[assignment]
        elif m := NOTE_LINE.fullmatch(line):
            notes[m[2]] = m[3]
        else:
            raise AssertionError(f"not brat standoff: {line!r}")
    return spans, notes


def test_files_and_line_grammar(work: Path) -> None:
    out = work / "brat"
    export.write("brat", sample_articles(), out)
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "003_abc_0.ann",
        "003_abc_0.txt",
        "003_abc_1.ann",
        "003_abc_1.txt",
        "annotation.conf",
        "other_0.ann",
        "other_0.txt",
    ]
    article = sample_article()
    txt = (out / "003_abc_0.txt").read_bytes().decode("utf-8")
    assert txt == article.text
    spans, _ = parse_ann(out / "003_abc_0.ann")
    assert len(spans) == len(article.annotations)
    for _label, pieces, covered in spans.values():
        assert " ".join(txt[s:e] for s, e in pieces) == covered  # offsets are code points
    written = sorted((pieces[0][0], pieces[-1][1], label) for label, pieces, _ in spans.values())
    assert written == sorted((a.start, a.end, a.label) for a in article.annotations)
    assert (out / "other_0.ann").read_text(encoding="utf-8") == ""


def test_non_bmp_character_before_a_span(work: Path) -> None:
    text = "𠮷𠮷见到𠮷小川"
    start, end = find(text, "𠮷小川")
    export.write("brat", [make_article(text, [(start, end, "PER")], document="x.txt")], work)
    assert (work / "x_0.ann").read_text(encoding="utf-8") == "T1\tPER 4 7\t𠮷小川\n"


def test_figures_carry_their_fields_in_notes(work: Path) -> None:
    export.write("brat", [sample_article()], work)
    spans, notes = parse_ann(work / "003_abc_0.ann")
    by_text = {covered: tid for tid, (_, _, covered) in spans.items()}
    money = notes[by_text["1539.4亿元"]]
    assert money == "kind=money value=153940000000 unit=元 metric=生产总值"
    assert notes[by_text["100余名"]] == "kind=quantity value=100 unit=名 metric=客商 approx=true"
    assert by_text["𠮷小川"] not in notes  # entities have no note
    assert spans[by_text["1539.4亿元"]][0] == "money"


def test_annotation_conf_lists_every_type(work: Path) -> None:
    fig = FigureFields("date", None, None)
    article = make_article(
        "某地 标签\n2月23日", [(0, 2, "自定 义")], figures=[(6, 11, "date", fig)]
    )
    export.write("brat", [article], work)
    conf = (work / "annotation.conf").read_text(encoding="utf-8")
    sections = re.findall(r"^\[(\w+)\]$", conf, re.MULTILINE)
    assert sections == ["entities", "relations", "events", "attributes"]
    entities = conf.split("[entities]\n")[1].split("\n\n")[0].split("\n")
    assert entities == ["PER", "LOC", "ORG", "date", "自定_义"]
    spans, notes = parse_ann(work / "page_0.ann")
    assert {label for label, _, _ in spans.values()} <= set(entities)
    assert list(notes.values()) == ["kind=date"]


def test_a_span_across_a_line_break_becomes_fragments(work: Path) -> None:
    text = "某某集团\n有限公司成立"
    article = make_article(text, [(0, 8, "ORG")], document="x.txt")
    export.write("brat", [article], work)
    assert (work / "x_0.ann").read_text(encoding="utf-8") == "T1\tORG 0 4;5 8\t某某集团 有限公\n"


def test_file_names_are_safe_and_unique(work: Path) -> None:
    articles = [
        make_article("甲", document="a b/第1版:x.txt", index=0, article_id=7),
        make_article("乙", document="c/第1版:x.txt", index=0, article_id=8),
    ]
    export.write("brat", articles, work)
    names = sorted(p.name for p in work.iterdir())
    assert names == [
        "annotation.conf",
        "第1版_x_0.ann",
        "第1版_x_0.txt",
        "第1版_x_0_2.ann",
        "第1版_x_0_2.txt",
    ]


def test_existing_folder_keeps_other_files(work: Path) -> None:
    (work / "notes.md").write_text("mine", encoding="utf-8")
    export.write("brat", [make_article("甲", document="p.txt")], work)
    assert (work / "notes.md").read_text(encoding="utf-8") == "mine"
    assert (work / "p_0.txt").read_text(encoding="utf-8") == "甲"
    assert not [p for p in work.iterdir() if p.name.startswith(".")]


def test_type_names_have_no_spaces_or_config_punctuation() -> None:
    assert brat.type_name("PER") == "PER"
    assert brat.type_name("a b:c<d>|e=f,g!") == "a_b_c_d__e_f_g_"
    assert brat.decimal_text(Decimal("1.64E+9")) == "1640000000"
    assert brat.decimal_text(Decimal("4.70")) == "4.7"
