"""The guideline's settled cases (docs/annotation-guideline.md, "Settled cases") in the rules."""

from __future__ import annotations

import pytest

from desktop.core.extract import Extractor, warm_up


@pytest.fixture(scope="module")
def rules() -> Extractor:
    warm_up()
    return Extractor(None)


def spans(ext: Extractor, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in ext.extract(text).entities}


def test_country_pairs_are_one_place_per_character(rules: Extractor) -> None:
    ents = rules.extract("中俄两国签署联合声明，中美关系趋稳。").entities
    got = [(e.start, e.text, e.label, e.source) for e in ents]
    assert got == [
        (0, "中", "LOC", "rule:abbrev"),
        (1, "俄", "LOC", "rule:abbrev"),
        (11, "中", "LOC", "rule:abbrev"),
        (12, "美", "LOC", "rule:abbrev"),
    ]


def test_an_army_names_its_country(rules: Extractor) -> None:
    assert ("日", "LOC") in spans(rules, "日军侵华罪行不容否认。")
    assert not spans(rules, "我国加强军事合作。")


def test_pairs_need_a_relation_and_a_word_start(rules: Extractor) -> None:
    assert ("中", "LOC") not in spans(rules, "中美洲国家的美好生活。")
    assert ("中", "LOC") not in spans(rules, "其中美方表示同意。")


def test_mainland_and_the_strait(rules: Extractor) -> None:
    assert ("大陆", "LOC") in spans(rules, "台湾同胞来大陆投资。")
    assert ("大陆", "LOC") not in spans(rules, "大陆架资源丰富。")
    assert ("海峡两岸", "LOC") in spans(rules, "海峡两岸交流日益密切。")
    assert not any(t == "两岸" for t, _ in spans(rules, "两岸关系和平发展。"))
