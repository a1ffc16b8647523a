"""The exports read by the real tools that consume them (issue 11, "Must show"), one test per
format, on the sample page's project (every span included) plus an article with 𠮷 and a nested
span:

- BIO: seqeval (strict IOB2) and flair's ColumnCorpus find exactly the spans BIO can hold;
- doccano and Label Studio: spaCy's ``Doc.char_span(..., alignment_mode="strict")`` lands every
  span on its quote (doccano with ``--offsets codepoints``, what Python tools count; the
  default UTF-16 offsets are shown to be what JavaScript counts instead);
- Label Studio: the SDK's LabelInterface validates the labeling config written beside the tasks
  and every annotation and prediction against it;
- brat: brat itself is not on PyPI; its verifier's overlap rule is checked in
  test_export_included.py.

These packages are large (seqeval pulls scikit-learn and SciPy, about 250 MB; spaCy about
250 MB; label-studio-sdk about 600 MB with pandas and OpenCV; flair about 1.5 GB with PyTorch),
so they are not in the ``dev`` extra: each test skips, saying why, when its package is missing.
Install them in a scratch environment to run these (README, Development).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import export
from desktop.core.export import bio
from desktop.core.library import Library
from desktop.core.records import ExportArticle
from tests.core.test_export_common import find, make_article

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_d93c9dc7b4603325.txt"
ALL = export.ExportOptions(suggestions=True)
ASTRAL = "𠮷州市长𠮷小川在唐山海丰集团调研。"


def astral_article() -> ExportArticle:
    return make_article(
        ASTRAL,
        [
            (*find(ASTRAL, "𠮷州市"), "LOC"),
            (*find(ASTRAL, "𠮷小川"), "PER"),
            (*find(ASTRAL, "唐山海丰集团"), "ORG"),
            (*find(ASTRAL, "唐山"), "LOC"),  # nested: BIO drops it
        ],
        article_id=99,
        document="extra.txt",
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, Path]]:
    folder = tmp_path_factory.mktemp("readers")
    lib = Library.open(folder / "p.sqlite")
    report = lib.import_paths([SAMPLE], jobs=1)
    assert report.imported and not report.problems
    yield lib, folder
    lib.close()


def spans_in(path: Path, fmt: str, lib: Library, **options: object) -> None:
    lib.export(fmt, path, suggestions=True, **options)  # type: ignore[arg-type]


def expected_bio_entities(articles: list[ExportArticle]) -> list[list[tuple[str, int, int]]]:
    """Per BIO sentence, the (label, first, last token) seqeval should find."""
    out: list[list[tuple[str, int, int]]] = []
    for article in articles:
        for rows in bio.sentences(article):
            entities: list[tuple[str, int, int]] = []
            for i, (_, tag) in enumerate(rows):
                if tag.startswith("B-"):
                    entities.append((tag[2:], i, i))
                elif tag.startswith("I-"):
                    label, start, _ = entities[-1]
                    entities[-1] = (label, start, i)
            out.append(entities)
    return out


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    sentences, rows = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line:
            char, tag = line.split("\t")
            rows.append((char, tag))
        elif rows:
            sentences.append(rows)
            rows = []
    return sentences


def test_bio_reads_in_seqeval_strict_iob2(project: tuple[Library, Path]) -> None:
    pytest.importorskip("seqeval", reason="seqeval not installed (pulls scikit-learn, ~250 MB)")
    from seqeval.metrics import classification_report, f1_score
    from seqeval.metrics.sequence_labeling import get_entities
    from seqeval.scheme import IOB2

    lib, folder = project
    out = folder / "all.conll"
    lib.export("bio", out, suggestions=True)
    extra = folder / "extra.conll"
    summary = export.write("bio", [astral_article()], extra, ALL)
    assert summary.dropped_nested == 1
    for path in (out, extra):
        sentences = read_conll(path)
        tags = [[tag for _, tag in rows] for rows in sentences]
        assert sum(map(len, tags)) > 0
        # strict IOB2: an invalid sequence would not score 1.0 against itself
        assert f1_score(tags, tags, mode="strict", scheme=IOB2) == 1.0
        classification_report(tags, tags, mode="strict", scheme=IOB2)
        found = [
            sorted((label, s, e) for label, s, e in get_entities(sentence)) for sentence in tags
        ]
        assert sum(map(len, found)) > 0
        if path == extra:
            assert found == [sorted(e) for e in expected_bio_entities([astral_article()])]
            chars = "".join(c for c, _ in sentences[0])
            names = [chars[s : e + 1] for _, s, e in found[0]]
            assert sorted(names) == sorted(["𠮷州市", "𠮷小川", "唐山海丰集团"])


def test_bio_reads_in_flair_column_corpus(tmp_path: Path) -> None:
    pytest.importorskip("flair", reason="flair not installed (pulls PyTorch, ~1.5 GB)")
    from flair.datasets import ColumnCorpus

    article = astral_article()
    export.write("bio", [article], tmp_path / "train.txt", ALL)
    corpus = ColumnCorpus(
        tmp_path,
        {0: "text", 1: "ner"},
        train_file="train.txt",
        sample_missing_splits=False,
        in_memory=True,
    )
    assert corpus.train is not None and len(corpus.train) == 1
    sentence = corpus.train[0]
    assert "".join(t.text for t in sentence) == ASTRAL  # one token per character, 𠮷 whole
    got = sorted(
        ("".join(t.text for t in span.tokens), span.get_label("ner").value)
        for span in sentence.get_spans("ner")
    )
    assert got == sorted([("𠮷州市", "LOC"), ("𠮷小川", "PER"), ("唐山海丰集团", "ORG")])


def _spacy_check(records: list[tuple[str, list[tuple[int, int, str, str]]]]) -> int:
    spacy = pytest.importorskip("spacy", reason="spaCy not installed (~250 MB)")
    nlp = spacy.blank("zh")  # character segmentation: no jieba or pkuseg needed
    checked = 0
    for text, spans in records:
        doc = nlp(text)
        for start, end, label, quote in spans:
            span = doc.char_span(start, end, label=label, alignment_mode="strict")
            assert span is not None, (text[:20], start, end, quote)
            assert span.text == quote and span.label_ == label
            checked += 1
    return checked


def test_doccano_spans_align_in_spacy(project: tuple[Library, Path]) -> None:
    pytest.importorskip("spacy", reason="spaCy not installed (~250 MB)")
    lib, folder = project
    out = folder / "cp.jsonl"
    lib.export("doccano", out, suggestions=True, offsets="codepoints")
    extra = folder / "extra-cp.jsonl"
    export.write("doccano", [astral_article()], extra, export.ExportOptions(offsets="codepoints"))
    records = []
    for path in (out, extra):
        for line in path.read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            text = obj["text"]
            records.append((text, [(s, e, lab, text[s:e]) for s, e, lab in obj["label"]]))
    expected = {(s, e, lab) for s, e, lab in export.to_record(astral_article()).spans}
    assert {(s, e, lab) for s, e, lab, _ in records[-1][1]} == expected
    assert _spacy_check(records) > 50

    # The default (UTF-16, what a default doccano project counts) is not what Python counts
    # after 𠮷: taken as code points, the span lands one character further per 𠮷 before it.
    utf16 = folder / "extra-utf16.jsonl"
    export.write("doccano", [astral_article()], utf16)
    obj = json.loads(utf16.read_text(encoding="utf-8"))
    s, e, _ = next(x for x in obj["label"] if x[2] == "PER")
    assert obj["text"][s:e] != "𠮷小川"
    assert obj["text"].encode("utf-16-le")[2 * s : 2 * e].decode("utf-16-le") == "𠮷小川"


def test_label_studio_spans_align_in_spacy(project: tuple[Library, Path]) -> None:
    pytest.importorskip("spacy", reason="spaCy not installed (~250 MB)")
    lib, folder = project
    out = folder / "tasks.json"
    lib.export("labelstudio", out, suggestions=True)
    extra = folder / "extra.json"
    export.write("labelstudio", [astral_article()], extra, ALL)
    records = []
    for path in (out, extra):
        for task in json.loads(path.read_text(encoding="utf-8")):
            text = task["data"]["text"]
            spans = [
                (
                    r["value"]["start"],
                    r["value"]["end"],
                    r["value"]["labels"][0],
                    r["value"]["text"],
                )
                for entry in task["annotations"] + task.get("predictions", [])
                for r in entry["result"]
            ]
            records.append((text, spans))
    assert _spacy_check(records) > 50


def test_label_studio_config_and_tasks_validate_in_the_sdk(project: tuple[Library, Path]) -> None:
    pytest.importorskip(
        "label_studio_sdk", reason="label-studio-sdk not installed (~600 MB with pandas, OpenCV)"
    )
    from label_studio_sdk.label_interface import LabelInterface

    lib, folder = project
    out = folder / "ls.json"
    lib.export("labelstudio", out, suggestions=True)
    config = (folder / "ls.config.xml").read_text(encoding="utf-8")
    interface = LabelInterface(config)
    interface.validate()  # raises on an invalid config
    tasks = json.loads(out.read_text(encoding="utf-8"))
    predictions = annotations = 0
    for task in tasks:
        # what validate_task checks first (it cannot be called on a task with annotations:
        # it calls validate_annotation() without its argument in label-studio-sdk 2.1.2)
        assert all(task["data"].get(o.value_name) is not None for o in interface.objects)
        for entry in task["annotations"]:
            assert interface.validate_annotation(entry), entry
            annotations += 1
        for entry in task.get("predictions", []):
            assert interface.validate_prediction(entry, return_errors=True) == []
            predictions += 1
    assert predictions > 0  # the sample's suggestions, as predictions
    # a label missing from the config is caught: the check is not vacuous
    bad = dict(tasks[0]["predictions"][0])
    bad["result"] = [
        dict(bad["result"][0], value={**bad["result"][0]["value"], "labels": ["NOPE"]})
    ]
    assert interface.validate_prediction(bad, return_errors=True) != []
