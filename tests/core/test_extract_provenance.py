"""Every suggestion says where it came from and how sure it is (issue 10): the finder
registry, the model beside the rules, and the project's "least sure first" queries."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.edits import SetReviewStatus
from desktop.core.extract import Extractor, segment, shipped_model, warm_up
from desktop.core.extract.registry import (
    CONVENTIONS,
    Context,
    Finder,
    finders,
    register,
    rule_candidates,
    unregister,
)
from desktop.core.library import Library
from desktop.core.model import Entity
from tests.core.test_store import synthetic_prepared

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def model_extractor() -> Extractor:
    warm_up()
    model = shipped_model()
    assert model is not None, "the shipped model is missing from resources/models"
    return Extractor(model)


def test_every_entity_names_its_finder_and_a_confidence(model_extractor: Extractor) -> None:
    names = {f.name for f in finders()} | {"model", "rule:repeat"}
    text = (
        "国务院总理李强在北京会见了来访的法国外长，双方就中法关系交换了意见。王建国也参加了会见。"
    )
    entities = model_extractor.extract(text).entities
    assert entities
    for e in entities:
        assert e.source in names, e
        assert 0.0 <= e.confidence <= 1.0, e
        assert text[e.start : e.end] == e.text


def test_provenance_is_not_identity() -> None:
    assert Entity(0, 2, "北京", "LOC", "model", 0.4) == Entity(0, 2, "北京", "LOC")


def test_the_model_adds_a_person_no_rule_finds(model_extractor: Extractor) -> None:
    # a bare name in a roster: no title, no person verb after it
    text = "出席会议的有孔繁森、董炯和巴金等同志。"
    tokens = segment.tokenize(text)
    by_rules = {text[s:e] for s, e, label, *_ in rule_candidates(text, tokens) if label == "PER"}
    found = {e.text: e for e in model_extractor.extract(text).entities if e.label == "PER"}
    added = {name for name, e in found.items() if e.source == "model"}
    assert added, (by_rules, found)
    assert not added & by_rules


def test_rules_alone_give_rule_ids_and_the_old_spans() -> None:
    warm_up()
    text = "湖南省委书记贺振东近日在湘西调研。"
    ext = Extractor(None).extract(text)
    assert {e.source for e in ext.entities} <= {f.name for f in finders()} | {"rule:repeat"}
    assert all(e.source.startswith("rule:") for e in ext.entities)


def test_a_new_finder_is_one_registered_component() -> None:
    warm_up()
    text = "某某研究所发布报告。"

    def find(ctx: Context) -> list[tuple[int, int, str, int]]:
        pos = ctx.text.find("某某研究所")
        return [] if pos < 0 else [(pos, pos + 5, "ORG", 5)]

    register(Finder("rule:test-institutes", "rule", ("ORG",), frozenset({"tokens"}), find))
    try:
        ents = Extractor(None).extract(text).entities
        assert [(e.text, e.label, e.source) for e in ents] == [
            ("某某研究所", "ORG", "rule:test-institutes")
        ]
    finally:
        unregister("rule:test-institutes")
    assert all(e.source != "rule:test-institutes" for e in Extractor(None).extract(text).entities)


def test_conventions_are_a_table() -> None:
    assert set(CONVENTIONS) == {"guideline", "corpus"}
    with pytest.raises(ValueError):
        Extractor(None, convention="nonsense")


def test_cli_json_keeps_its_keys_and_adds_provenance(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "记者王建国报道，上海市政府召开会议。"}) + "\n", "utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "extract", "--lines", str(src)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    record = json.loads(out.splitlines()[0])
    entities = record["entities"]
    assert entities and all(len(e) == 3 for e in entities)  # [start, end, label] as before
    assert len(record["sources"]) == len(record["confidences"]) == len(entities)
    assert all(s.startswith(("rule:", "model", "lexicon")) for s in record["sources"])
    assert all(0.0 <= c <= 1.0 for c in record["confidences"])


def test_page_json_entities_gain_source_and_confidence() -> None:
    from desktop.core.serialize import entity_json

    out = entity_json(Entity(1, 3, "北京", "LOC", "rule:places", 0.75))
    assert out == {
        "start": 1,
        "end": 3,
        "text": "北京",
        "label": "LOC",
        "source": "rule:places",
        "confidence": 0.75,
    }


def test_stored_suggestions_carry_provenance_and_sort_least_sure_first(tmp_path: Path) -> None:
    prepared = synthetic_prepared()
    first = prepared.extractions[0]
    sure = [
        Entity(e.start, e.end, e.text, e.label, "rule:people", 0.9 - 0.2 * i)
        for i, e in enumerate(first.entities)
    ]
    assert len(sure) >= 2
    prepared = dataclasses.replace(
        prepared,
        extractions=(dataclasses.replace(first, entities=tuple(sure)), *prepared.extractions[1:]),
    )
    path = tmp_path / "p.sqlite"
    with Library.open(path) as lib:
        lib.store_prepared(prepared)
        art = lib.article_summaries()[0].id
        order = lib.least_confident(art)
        confs = [a.confidence for a in order]
        assert confs == sorted(confs) and confs[0] == pytest.approx(0.9 - 0.2 * (len(sure) - 1))
        assert {a.suggested_by for a in order} == {"rule:people"}
        assert lib.next_least_confident(art) == order[0]
        assert lib.next_least_confident(art, after=order[0].uuid) == order[1]
        assert lib.next_least_confident(art, after=order[-1].uuid) is None
        ranking = lib.articles_to_review()
        assert ranking[0] == (art, pytest.approx(confs[0]))
        lib.apply(SetReviewStatus(art, "reviewed"))
        assert art not in [a for a, _ in lib.articles_to_review()]
    conn = sqlite3.connect(path)
    cols = {r[1] for r in conn.execute("PRAGMA table_info(annotations)")}
    assert {"suggested_by", "confidence"} <= cols
    conn.close()


def test_word_facts_import_no_finder() -> None:
    """facts.py is below the finders (issue 13: extract without import cycles): it imports no
    finder, not even inside a function, and every finder registers its own word filters."""
    import ast

    from desktop.core.extract import facts

    tree = ast.parse(Path(facts.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            imported |= {f"{node.module}.{a.name}" for a in node.names} | {str(node.module)}
        elif isinstance(node, ast.Import):
            imported |= {a.name for a in node.names}
    finders_ = ("orgs", "people", "places", "named", "companies", "registry", "entities")
    assert not [m for m in imported for f in finders_ if m.endswith(f"extract.{f}")], imported
    bits = (
        facts.PLACE,
        facts.ORG_LAST,
        facts.ORG_WORD,
        facts.NAMED_FIRST,
        facts.COMPANY_FIRST,
        facts.TITLE_LAST,
        facts.PERSON,
        facts.THREE,
        facts.SURNAME,
    )
    assert set(facts._filters) == set(bits)
