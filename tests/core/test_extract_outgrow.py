"""Rule spans that are pieces of a longer name: a person's given name that is also a county's
short form (何 + 卫东 in a roster), a division's short form before a level word that is not its
own (合作 + 区 of 某某合作区), a level char that ends a common word (特别行政区 + 政府), a
term before a body (新一届 + 某政府)."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.core.extract import Extractor, segment, shipped_model, warm_up, zones
from desktop.core.extract.entities import _outgrown, rosters
from desktop.core.extract.registry import CONVENTIONS, rule_candidates
from desktop.core.model import Entity


@pytest.fixture(scope="module")
def shipped() -> Extractor:
    warm_up()
    model = shipped_model()
    assert model is not None
    return Extractor(model)


def _spans(ext: Extractor, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in ext.extract(text).entities}


@pytest.mark.parametrize(
    ("text", "name", "piece"),
    [
        ("蔡奇、李鸿忠、何卫东、何立峰、王东峰等同机离开澳门。", "何卫东", "卫东"),
        ("参加会见的有王毅、刘海星、孙卫东等。", "孙卫东", "卫东"),
        ("出席的有王毅、何城关、刘海星等。", "何城关", "城关"),
    ],
)
def test_a_sure_person_outgrows_a_weak_place_inside_it(
    shipped: Extractor, text: str, name: str, piece: str
) -> None:
    tokens = segment.tokenize(text)
    rules = {(text[s:e], label) for s, e, label, *_ in rule_candidates(text, tokens)}
    assert (piece, "LOC") in rules  # the rule's guess: a county's short form
    found = shipped.extract(text).entities
    assert (name, "PER") in {(e.text, e.label) for e in found}
    assert all(e.text != piece for e in found)
    assert next(e for e in found if e.text == name).source == "model"
    # without the rule of the table the rule's piece stays and the name is lost
    off = dataclasses.replace(CONVENTIONS["guideline"], outgrow=0.0)
    CONVENTIONS["off"] = off
    try:
        plain = Extractor(shipped_model(), convention="off")
        assert (piece, "LOC") in _spans(plain, text)
        assert (name, "PER") not in _spans(plain, text)
    finally:
        del CONVENTIONS["off"]


def test_outgrowing_needs_a_sure_person_and_weak_pieces_inside_it() -> None:
    policy = CONVENTIONS["guideline"]
    rule = (3, 5, "LOC", 2, "rule:places")
    ordered = [rule]
    starts = [3]
    person = (2, 5, "PER")
    conf = {person: 0.9, rule[:3]: 0.1}
    assert _outgrown(person, ordered, starts, 2, conf, policy) == [rule]
    # the model unsure of the person, or sure enough of the place: the rule keeps its call
    assert not _outgrown(person, ordered, starts, 2, {**conf, person: 0.7}, policy)
    assert not _outgrown(person, ordered, starts, 2, {**conf, rule[:3]: 0.5}, policy)
    # a rule span not inside the person (crossing it, or as long) is the rules' call
    crossing = (4, 7, "LOC", 2, "rule:places")
    c2 = {person: 0.9, crossing[:3]: 0.1}
    assert not _outgrown(person, [crossing], [4], 3, c2, policy)
    same = (2, 5, "LOC", 2, "rule:places")
    assert not _outgrown(person, [same], [2], 3, {person: 0.9, same[:3]: 0.1}, policy)
    # a rule span whose marginal was never read (the model did not run there) is not weak
    assert not _outgrown(person, ordered, starts, 2, {person: 0.9}, policy)
    # places and bodies from the model never outgrow the rules
    place = (2, 5, "LOC")
    assert not _outgrown(place, ordered, starts, 2, {place: 0.99, rule[:3]: 0.1}, policy)
    assert CONVENTIONS["corpus"].outgrow == 0.0


def test_a_short_form_takes_a_level_word_only_of_its_own() -> None:
    warm_up()
    rules = Extractor(None)
    # 合作 is 合作市's short form: before 区 (of a cooperation zone) it is no place
    assert not any(e.text == "合作" for e in rules.extract("考察了横琴粤澳深度合作区。").entities)
    assert not any(e.text == "合作" for e in rules.extract("两国共建经济合作区。").entities)
    assert ("合作市", "LOC") in _spans(rules, "在合作市调研。")
    assert ("山阴县", "LOC") in _spans(rules, "山阴县和朔州市合作开发。")


def test_a_level_char_ending_a_common_word_opens_no_body() -> None:
    warm_up()
    rules = Extractor(None)
    for text in ("中央政府将全力支持特别行政区政府履职。", "有特别行政区政府和社会各界共同努力。"):
        assert not any(e.text == "区政府" for e in rules.extract(text).entities), text
    assert ("澳门特别行政区政府", "ORG") in _spans(rules, "澳门特别行政区政府举行欢迎仪式。")
    assert ("北京市政府", "ORG") in _spans(rules, "北京市政府召开会议。")
    assert ("区人大常委会", "ORG") in _spans(rules, "新一届区人大常委会召开会议。")


def test_a_term_is_no_word_of_a_body_name() -> None:
    warm_up()
    found = _spans(Extractor(None), "新一届澳门特别行政区政府团结带领社会各界。")
    assert ("澳门特别行政区政府", "ORG") in found
    assert not any(text.startswith("新一届") for text, _ in found)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("粤港澳大湾区建设取得了阶段性成效。", "粤港澳大湾区"),
        ("考察了澳门科技大学和横琴粤澳深度合作区，同澳门民众交流。", "横琴粤澳深度合作区"),
        ("长江经济带生态环境保护成效明显。", "长江经济带"),
    ],
)
def test_a_zone_is_one_place_however_jieba_cut_it(text: str, zone: str) -> None:
    warm_up()
    found = Extractor(None).extract(text).entities
    at = text.index(zone)
    overlapping = [(e.text, e.source) for e in found if e.start < at + len(zone) and at < e.end]
    assert overlapping == [(zone, "rule:zones")]


def test_a_zone_name_needs_a_proper_opening() -> None:
    warm_up()
    rules = Extractor(None)
    # no place or rare word before the zone word: no name (全市 各类 开发区)
    assert not zones.find(
        "全市各类开发区要加快发展。", segment.tokenize("全市各类开发区要加快发展。")
    )
    # a word jieba alone tags ns opens a zone only right before its zone word: 黑海 + 经济 +
    # 合作区 (a grouping of states) stays the sea
    text = "由欧亚国家组成的黑海经济合作区首脑会议在伊斯坦布尔召开。"
    assert not zones.find(text, segment.tokenize(text))
    assert ("黑海", "LOC") in _spans(rules, text)
    # a division before another place heads nothing: 江苏 | 昆山经济技术开发区
    text = "江苏昆山经济技术开发区吸引了大批企业。"
    found = _spans(rules, text)
    assert ("江苏", "LOC") in found
    assert ("昆山经济技术开发区", "LOC") in found


def test_a_place_between_people_in_a_list_is_a_person(shipped: Extractor) -> None:
    text = "林孔、阿斯普里拉和瓦伦西亚等人都曾觅得得分良机。"
    tokens = segment.tokenize(text)
    raw = {(text[s:e], label) for s, e, label, *_ in rule_candidates(text, tokens)}
    assert ("瓦伦西亚", "LOC") in raw  # a city abroad by the list of world places
    listed = [
        Entity(0, 2, "林孔", "PER"),
        Entity(3, 8, "阿斯普里拉", "PER"),
        Entity(9, 13, "瓦伦西亚", "LOC", "rule:named", 0.9),
    ]
    found = rosters(text, listed)[2]
    assert (found.text, found.label, found.source) == ("瓦伦西亚", "PER", "rule:roster")
    # as shipped: the model finds the two people, the list makes the place the third
    found = next(e for e in shipped.extract(text).entities if e.text == "瓦伦西亚")
    assert (found.label, found.source) == ("PER", "rule:roster")


def test_a_division_or_a_country_in_a_list_stays_a_place() -> None:
    text = "习近平、李强、江西、甘肃和北京等人"
    ents = [
        Entity(0, 3, "习近平", "PER"),
        Entity(4, 6, "李强", "PER"),
        Entity(7, 9, "江西", "LOC"),
        Entity(10, 12, "甘肃", "LOC"),
        Entity(13, 15, "北京", "LOC"),
    ]
    assert rosters(text, ents) == ents
    text = "张三、美国、李四等人"
    ents = [Entity(0, 2, "张三", "PER"), Entity(3, 5, "美国", "LOC"), Entity(6, 8, "李四", "PER")]
    assert rosters(text, ents) == ents
    # a place abroad needs a person on both sides (or 等人 after it)
    text = "张三和巴黎的朋友"
    ents = [Entity(0, 2, "张三", "PER"), Entity(3, 5, "巴黎", "LOC")]
    assert rosters(text, ents) == ents
    text = "张三、巴黎、李四"
    ents = [Entity(0, 2, "张三", "PER"), Entity(3, 5, "巴黎", "LOC"), Entity(6, 8, "李四", "PER")]
    assert [e.label for e in rosters(text, ents)] == ["PER", "PER", "PER"]
