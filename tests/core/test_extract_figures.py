"""Figure rules from the guideline: forms, values, units, approx, metric and exclusions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core.extract import get_extractor
from desktop.core.model import Figure


def figures(text: str) -> list[Figure]:
    found = list(get_extractor().extract(text).figures)
    for f in found:
        assert text[f.start : f.end] == f.text
    return found


def one(text: str) -> Figure:
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


def test_money_with_metric_and_exact_value() -> None:
    f, g = figures("去年地区生产总值完成1539.4亿元，增长4.7%。")
    assert (f.text, f.kind, f.value, f.unit, f.metric) == (
        "1539.4亿元",
        "money",
        Decimal("153940000000"),
        "元",
        "地区生产总值",
    )
    assert (g.text, g.kind, g.value, g.metric) == (
        "4.7%",
        "percent",
        Decimal("4.7"),
        "地区生产总值增长",
    )


def test_stray_spaces_are_kept_in_the_span() -> None:
    f = one("完成 1539.4 亿元，")
    assert f.text == "1539.4 亿元" and f.value == Decimal("153940000000")
    d = one("2月 23日，举行活动")
    assert d.text == "2月 23日" and d.kind == "date" and d.value is None


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "approx"),
    [
        ("主隧道开挖完成1.3万余米。", "1.3万余米", "13000", "米", True),
        ("全市实有经营主体19.94万户。", "19.94万户", "199400", "户", False),
        ("推进2×100万千瓦煤电项目", "2×100万千瓦", "2000000", "千瓦", False),
        ("来了100余名建设工人。", "100余名", "100", "名", True),
        ("有一百五十人参加。", "一百五十人", "150", "人", False),
        ("新增两千个岗位。", "两千个", "2000", "个", False),
        ("建成5GW光伏项目", "5GW", "5", "GW", False),
        ("成立75周年。", "75周年", "75", "周年", False),
        ("总投资16.4亿元。", "16.4亿元", "1640000000", "元", False),
    ],
)
def test_forms(text: str, span: str, value: str, unit: str, approx: bool) -> None:
    f = one(text)
    assert (f.text, f.value, f.unit, f.approx) == (span, Decimal(value), unit, approx)


def test_percent_in_words() -> None:
    f = one("增长了百分之四十。")
    assert (f.text, f.kind, f.value) == ("百分之四十", "percent", Decimal("40"))


@pytest.mark.parametrize("cue", ["约", "近", "超过", "不足"])
def test_approx_before(cue: str) -> None:
    assert one(f"人口{cue}160万的城市").approx


def test_range_and_dates() -> None:
    r = one("工期3至5年。")
    assert (r.text, r.kind, r.value, r.unit) == ("3至5年", "duration", None, "年")
    kinds = [(f.text, f.kind) for f in figures("2024年是关键一年，预计3月份竣工。")]
    assert kinds == [("2024年", "date"), ("3月份", "date")]


def test_counts_name_the_counted_noun() -> None:
    f = one("这次活动共38个项目。")
    assert (f.text, f.kind, f.metric) == ("38个", "quantity", "项目")
    assert one("报告从五个方面回顾").text == "五个"


def test_rank() -> None:
    f = one("投资增速位列全省第一。")
    assert (f.text, f.kind, f.value) == ("第一", "rank", Decimal(1))


@pytest.mark.parametrize(
    "text",
    [
        "三一集团牵手硅芯项目",
        "融入一带一路建设",
        "“八纵八横”通道",
        "实现“十四五”规划目标",
        "贯彻落实好“两会”精神",
        "市七届人大四次会议",
        "一是坚持服务大局；二是坚持为民司法",
        "一要以更高站位强化建设",
        "第一时间与施工方协商",
        "打造一流营商环境",
        "一刻也不耽误",
        "引育一批重大项目",
        "一个个企业和项目",
        "落得一颗活棋",
        "（上接第1版）",
        "开展“三个一批”活动",
    ],
)
def test_exclusions(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("20世纪90年代以来", "20世纪90年代"),
        ("一季度经济开局良好", "一季度"),
        ("第三季度增长较快", "第三季度"),
        ("上午10时30分许，", "10时30分"),
        ("1-2月，全省", "1-2月"),
    ],
)
def test_more_dates(text: str, span: str) -> None:
    f = one(text)
    assert (f.text, f.kind, f.value, f.unit) == (span, "date", None, None)


def test_vague_counts_and_fractions() -> None:
    f = one("数十家企业参加")
    assert (f.text, f.value, f.unit, f.approx, f.metric) == ("数十家", None, "家", True, "企业")
    assert one("占四分之一").value == Decimal("0.25")
    assert one("占三分之一").value is None  # not a terminating decimal: no inexact value
    g = one("实现销售8000多万元。")
    assert (g.text, g.value, g.unit, g.approx) == ("8000多万元", Decimal("80000000"), "元", True)


@pytest.mark.parametrize("text", ["几乎所有人", "数据显示", "提出5点建议"])
def test_not_vague_figures(text: str) -> None:
    assert figures(text) == []


def test_approximation_glued_to_a_chinese_numeral() -> None:
    f = one("近三年来，累计培训农民")
    assert (f.text, f.value, f.unit, f.approx) == ("三年", Decimal(3), "年", True)
    assert figures("统一个人标准") == []
