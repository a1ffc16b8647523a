"""What each export includes (issue 11): the corrected dataset by default, suggestions only
when asked and then kept apart (Label Studio predictions, brat's Suggested attribute, the
figures' status); the Label Studio config beside the tasks; the CSV byte-order mark; nested
spans in brat and BIO; unique brat names; targets that are no regular file (issue 12)."""

from __future__ import annotations

import csv
import json
import os
import stat
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core import export
from desktop.core.errors import DatasetError
from desktop.core.records import Annotation, ExportArticle, FigureFields
from tests.core.test_export_common import make_article, sample_articles, work

__all__ = ["work"]

TEXT = "朔州市委书记张某到朔州东站调研，投资1.5亿元。"


def mixed(review: str = "new") -> ExportArticle:
    """One accepted span, one suggestion, a nested suggestion, one rejected, a suggested
    figure."""
    base = make_article(TEXT, article_id=4, document="d1/b.txt", review=review)  # type: ignore[arg-type]

    def ann(uuid: str, needle: str, label: str, status: str, kind: str = "entity") -> Annotation:
        start = TEXT.index(needle)
        fig = FigureFields("money", Decimal("1.5E8"), "元") if kind == "figure" else None
        return Annotation(
            uuid,
            4,
            start,
            start + len(needle),
            needle,
            label,
            kind,
            "auto",
            status,
            fig,  # type: ignore[arg-type]
        )

    anns = (
        ann("a", "朔州市委", "ORG", "accepted"),
        ann("b", "张某", "PER", "suggested"),
        ann("c", "朔州东站", "LOC", "suggested"),
        ann("d", "朔州", "LOC", "rejected"),
        ann("e", "1.5亿元", "money", "suggested", "figure"),
    )
    return ExportArticle(
        **{**{f: getattr(base, f) for f in base.__dataclass_fields__}, "annotations": anns}
    )


def doccano_labels(path: Path) -> list[list[object]]:
    return json.loads(path.read_text(encoding="utf-8"))["label"]


def span(needle: str, label: str) -> list[object]:
    start = TEXT.index(needle)
    return [start, start + len(needle), label]


def test_default_is_the_corrected_dataset(work: Path) -> None:
    out = work / "d.jsonl"
    summary = export.write("doccano", [mixed()], out)
    assert doccano_labels(out) == [span("朔州市委", "ORG")]
    assert (summary.annotations, summary.suggestions, summary.suggestions_left_out) == (1, 0, 3)
    assert "3 unreviewed suggestion(s) left out (--include suggestions)" in summary.line("d")


def test_a_reviewed_article_exports_every_span_left_standing(work: Path) -> None:
    out = work / "d.jsonl"
    summary = export.write("doccano", [mixed("reviewed")], out)
    labels = doccano_labels(out)
    assert span("张某", "PER") in labels and span("朔州东站", "LOC") in labels
    assert span("朔州", "LOC") not in labels  # rejected: never
    assert summary.suggestions == 0 and summary.annotations == 4


def test_suggestions_on_request(work: Path) -> None:
    out = work / "d.jsonl"
    options = export.ExportOptions(suggestions=True)
    summary = export.write("doccano", [mixed()], out, options)
    assert len(doccano_labels(out)) == 4 and summary.suggestions == 3
    assert "3 unreviewed suggestion(s) as span(s)" in summary.line("d")


def test_label_studio_keeps_suggestions_as_predictions(work: Path) -> None:
    out = work / "tasks.json"
    export.write("labelstudio", [mixed()], out)
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert "predictions" not in task  # not asked for
    assert [r["value"]["text"] for r in task["annotations"][0]["result"]] == ["朔州市委"]

    export.write("labelstudio", [mixed()], out, export.ExportOptions(suggestions=True))
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert [r["value"]["text"] for r in task["annotations"][0]["result"]] == ["朔州市委"]
    (prediction,) = task["predictions"]
    assert [r["value"]["text"] for r in prediction["result"]] == ["张某", "朔州东站", "1.5亿元"]
    assert prediction["model_version"].startswith("newsdesk ")
    assert prediction["score"] == pytest.approx(1 / 4)  # share a person already accepted
    ids = [r["id"] for r in task["annotations"][0]["result"] + prediction["result"]]
    assert len(set(ids)) == len(ids)


def test_label_studio_task_with_only_suggestions_is_not_finished(work: Path) -> None:
    article = make_article("张某说", [(0, 2, "PER")], status="suggested")
    out = work / "tasks.json"
    export.write("labelstudio", [article], out, export.ExportOptions(suggestions=True))
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert task["annotations"] == [] and task["predictions"][0]["score"] == 0.0
    (record,) = export.read("labelstudio", out)  # a pre-annotated task reads back
    assert record.spans == ((0, 2, "PER"),)


def test_label_studio_config_is_written_beside_the_tasks(work: Path) -> None:
    out = work / "tasks.json"
    summary = export.write("labelstudio", sample_articles(), out)
    config = work / "tasks.config.xml"
    assert summary.files == [str(config)] and "also wrote" in summary.line(str(out))
    root = ET.fromstring(config.read_text(encoding="utf-8"))
    assert root.tag == "View"
    labels = root.find("Labels")
    assert labels is not None and labels.get("name") == "label" and labels.get("toName") == "text"
    text = root.find("Text")
    assert text is not None and text.get("name") == "text" and text.get("value") == "$text"
    names = [lab.get("value") for lab in labels.findall("Label")]
    tasks = json.loads(out.read_text(encoding="utf-8"))
    used = {
        label
        for task in tasks
        for entry in task["annotations"]
        for result in entry["result"]
        for label in result["value"]["labels"]
    }
    assert used <= set(names) and names[:3] == ["PER", "LOC", "ORG"]


def test_brat_marks_suggestions_and_declares_the_attribute(work: Path) -> None:
    export.write("brat", [mixed()], work / "b", export.ExportOptions(suggestions=True))
    ann = (work / "b" / "b_0.ann").read_text(encoding="utf-8").splitlines()
    t_ids = {line.split("\t")[2]: line.split("\t")[0] for line in ann if line.startswith("T")}
    marked = {line.split(" ")[1] for line in ann if line.startswith("A")}
    assert marked == {t_ids["张某"], t_ids["朔州东站"], t_ids["1.5亿元"]}
    assert all(line.split("\t")[1].startswith("Suggested T") for line in ann if line[0] == "A")
    conf = (work / "b" / "annotation.conf").read_text(encoding="utf-8")
    assert "[attributes]\n# an unreviewed automatic suggestion\nSuggested\tArg:<ENTITY>\n" in conf


def test_brat_allows_overlap_only_in_a_nested_project(work: Path) -> None:
    export.write("brat", [mixed()], work / "flat")
    assert "<OVERLAP>" not in (work / "flat" / "annotation.conf").read_text(encoding="utf-8")
    export.write("brat", [mixed()], work / "nested", export.ExportOptions(allow_nested=True))
    conf = (work / "nested" / "annotation.conf").read_text(encoding="utf-8")
    relations = conf.split("[relations]\n")[1].split("[events]")[0]
    assert "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:contain|equal\n" in relations


def test_bio_counts_the_nested_spans_it_drops(work: Path) -> None:
    text = "唐山海丰集团"
    article = make_article(text, [(0, 6, "ORG"), (0, 2, "LOC"), (2, 4, "ORG")])
    summary = export.write("bio", [article], work / "x.bio")
    tags = [line.split("\t")[1] for line in (work / "x.bio").read_text("utf-8").split("\n") if line]
    assert tags == ["B-ORG"] + ["I-ORG"] * 5  # the outer span wins
    assert summary.dropped_nested == 2
    assert summary.warnings() and "2 span(s)" in summary.warnings()[0]
    assert not export.write("bio", [make_article(text, [(0, 6, "ORG")])], work / "y").warnings()


def test_figures_status_column_and_bom_choice(work: Path) -> None:
    out = work / "f.csv"
    export.write("figures-csv", [mixed()], out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle))[0] == "\ufeffsurface"  # why utf-8-sig is needed
    with open(out, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.DictReader(handle)) == []  # the suggested figure is left out

    options = export.ExportOptions(suggestions=True, csv_bom=False)
    summary = export.write("figures-csv", [mixed()], out, options)
    assert out.read_bytes().startswith(b"surface,")
    with open(out, encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["surface"] == "1.5亿元" and row["status"] == "suggested"
    assert summary.suggestions == 1 and summary.annotations == 0  # figures only are counted


def test_brat_same_page_stem_in_two_folders_all_written(work: Path) -> None:
    """d1/b.txt and d2/b.txt (issue 12 item 12), and a page whose own name looks like a
    suffixed one (b_0.txt, article 3) written before the clash it would meet (b, 0, id 3)."""
    layout = [("d1/b.txt", 0, 1), ("b_0.txt", 3, 9), ("d2/b.txt", 0, 3), ("d2/b.txt", 1, 4)]
    articles = [
        make_article(f"第{n}篇", article_id=aid, document=doc, index=index)
        for n, (doc, index, aid) in enumerate(layout)
    ]
    summary = export.write("brat", articles, work / "out")
    txts = sorted(p.name for p in (work / "out").glob("*.txt"))
    assert len(txts) == summary.articles == len(layout)
    texts = {(work / "out" / name).read_text(encoding="utf-8") for name in txts}
    assert texts == {a.text for a in articles}


@pytest.mark.parametrize("fmt", ["doccano", "brat"])
def test_a_device_is_refused(fmt: str) -> None:
    target = Path("/dev/null")
    before = os.stat(target)
    with pytest.raises(DatasetError, match="is a device, not a regular file or folder"):
        export.write(fmt, sample_articles(), target)
    after = os.stat(target)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert not [p for p in Path("/dev").iterdir() if p.name.startswith(".null.")]


def test_a_fifo_is_refused_without_blocking(work: Path) -> None:
    fifo = work / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(DatasetError, match="named pipe"):
        export.write("markdown", sample_articles(), fifo)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_symlink_to_a_file_is_followed(work: Path) -> None:
    real = work / "real.jsonl"
    real.write_text("old", encoding="utf-8")
    link = work / "link.jsonl"
    link.symlink_to(real)
    export.write("doccano", sample_articles(), link)
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith('{"text"')
