"""Issue 10's figure forms: spoken and traditional numerals, shares, 半, coins, currencies."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core.extract.numerals import parse_number
from tests.core.test_extract_figures import figures, one


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("卖出两千六本书", "两千六本", "2600", "本"),
        ("全年接待一万三千人次，其中一万三来自外地", "一万三千人次", "13000", "人次"),
        ("全村二百五户人家", "二百五户", "250", "户"),
        ("发放九万四件", "九万四件", "94000", "件"),
        ("投入一千零十万元", "一千零十万元", "10100000", "元"),
        ("气温零下十度", "零下十度", "-10", "度"),
        ("最低负十度", "负十度", "-10", "度"),
        ("合计壹拾壹万元整", "壹拾壹万元整", "110000", "元"),
        ("全村廿三户", "廿三户", "23", "户"),
        ("观众达100万三千人", "100万三千人", "1003000", "人"),
        ("投资三億元", "三億元", "300000000", "元"),
        ("总额两兆元", "两兆元", "2000000000000", "元"),
        ("身高168公分", "168公分", "168", "公分"),
        ("重一吨", "一吨", "1", "吨"),
        ("布长两米半", "两米半", "2.5", "米"),
        ("买了三斤半", "三斤半", "3.5", "斤"),
        ("运来一吨半", "一吨半", "1.5", "吨"),
        ("每斤五元三毛", "五元三毛", "5.3", "元"),
        ("售价50元6角三分", "50元6角三分", "50.63", "元"),
        ("只要两美元又三美分", "两美元又三美分", "2.03", "美元"),
        ("一碗面三块", "三块", "3", "元"),
        ("门票$20", "$20", "20", "美元"),
        ("捐了300美圆", "300美圆", "300", "美圆"),
        ("兑换50瑞士法郎", "50瑞士法郎", "50", "瑞士法郎"),
        ("装机5兆瓦", "5兆瓦", "5", "兆瓦"),
        ("重达二十五千克", "二十五千克", "25", "千克"),
    ],
)
def test_values(text: str, span: str, value: str, unit: str) -> None:
    f = figures(text)[0]
    assert (f.text, f.value, f.unit) == (span, Decimal(value), unit)


@pytest.mark.parametrize(
    ("text", "span", "value", "approx"),
    [
        ("七成以上的企业", "七成", "70", True),
        ("占三成半", "三成半", "35", False),
        ("商品一律打八折", "八折", "80", False),
        ("全场75折", "75折", "75", False),
        ("会员八五折", "八五折", "85", False),
    ],
)
def test_shares_and_discounts_are_percent(text: str, span: str, value: str, approx: bool) -> None:
    f = one(text)
    assert (f.text, f.kind, f.value, f.unit, f.approx) == (
        span,
        "percent",
        Decimal(value),
        "%",
        approx,
    )


@pytest.mark.parametrize("text", ["建成为全国示范", "一成不变", "打折促销", "他一度成为焦点"])
def test_words_with_share_units_are_not_figures(text: str) -> None:
    assert [f for f in figures(text) if f.unit == "%"] == []


@pytest.mark.parametrize("text", ["七八英镑", "三四万吨", "十五六卢布", "七百三四十欧元"])
def test_neighbouring_digits_are_a_range(text: str) -> None:
    f = one(text)
    assert f.value is None and f.approx


def test_money_kind_for_currency_names() -> None:
    for text in ("10瑞士法郎", "300美圆", "$20", "三块"):
        assert one(text).kind == "money"


def test_lone_one_is_still_an_article_before_measure_words() -> None:
    assert figures("引育一批重大项目") == []
    assert figures("一度成为热点") == []
    assert figures("2024年是关键一年") == [figures("2024年")[0]]
    assert one("一年后再看").value == Decimal(1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("两千六", "2600"),
        ("一千零十万", "10100000"),
        ("十一億零九", "1100000009"),
        ("一百零一億零九百萬", "10109000000"),
        ("一兆零三百万两千三百", "1000003002300"),
        ("六点四二万", "64200"),
        ("一万零五十一", "10051"),
        ("2.5万亿", "2500000000000"),
        ("卅", "30"),
    ],
)
def test_numerals(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


def test_issue_11_item_19_full_width_decimal_before_month_is_no_duration() -> None:
    found = figures("越南３．５月２３日")
    assert all(f.kind != "duration" for f in found)
    assert [f.text for f in found] == ["２３日"]
    assert all(f.kind != "duration" for f in figures("达3.5月"))
    assert one("工期3.5个月").kind == "duration"


def test_kuai_is_yuan_only_as_money() -> None:
    assert (one("三块钱").kind, one("三块钱").unit) == ("money", "元")
    f = one("获得两块金牌")
    assert (f.kind, f.unit, f.value, f.metric) == ("quantity", "块", Decimal(2), "金牌")
    assert one("十二块五毛").value == Decimal("12.5")


def test_liang_the_weight() -> None:
    f = one("喝了二两白酒")
    assert (f.text, f.value, f.unit) == ("二两", Decimal(2), "两")
    assert one("黄金五百两").value == Decimal(500)
    assert one("两千两百人").value == Decimal(2200)
    assert figures("三两句话") == []
