"""Derive the figure held-out cases (cases.jsonl) from public Chinese ITN/TN test data.

Run once by hand, never at test time:
    python tests/data/figures/derive.py NEMO_GIT_DIR WETEXT_GIT_DIR > tests/data/figures/cases.jsonl
where the arguments are git directories of NVIDIA/NeMo-text-processing and
wenet-e2e/WeTextProcessing at the commits named in NOTES.md. Only the lines that are figures
(money, measures, percents, dates, counts) are kept. Gold values come from the other side of
each pair (the written form), read by the small rules below, or are written by hand in MANUAL
for the sentence lines; see NOTES.md for what was left out and why.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from decimal import Decimal

NEMO = "tests/nemo_text_processing/zh/"
WETEXT = "itn/chinese/test/data/", "tn/chinese/test/data/"


def show(repo: str, path: str) -> list[str]:
    out = subprocess.run(
        ["git", "-C", repo, "show", f"HEAD:{path}"], check=True, capture_output=True, text=True
    ).stdout
    return [line for line in out.splitlines() if line.strip()]


_MULT = {"万": Decimal(10**4), "亿": Decimal(10**8)}


def written_value(num: str) -> Decimal:
    """'1.5万' / '1000' / '100000' -> exact value (the written side of a pair)."""
    num = num.replace(",", "")
    factor = Decimal(1)
    if num and num[-1] in _MULT:
        factor, num = _MULT[num[-1]], num[:-1]
    value = Decimal(num) * factor
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def case(
    text: str, span: str, kind: str, value: object, unit: str | None, iso: str | None, src: str
) -> dict[str, object]:
    assert span in text, (span, text)
    return {
        "text": text,
        "span": span,
        "kind": kind,
        "value": None if value is None else str(value),
        "unit": unit,
        "iso": iso,
        "src": src,
    }


_CURRENCY = ("印度卢布", "美元", "欧元", "英镑", "韩元", "日元", "人民币", "元")


def nemo_money(repo: str) -> list[dict[str, object]]:
    out = []
    path = NEMO + "data_inverse_text_normalization/test_cases_money.txt"
    for i, line in enumerate(show(repo, path), 1):
        spoken, written = line.split("~")
        unit = next(u for u in _CURRENCY if spoken.endswith(u))
        num = re.search(r"[\d.,]+[万亿]?", written)
        assert num
        out.append(
            case(
                spoken, spoken, "money", written_value(num.group()), unit, None, f"nemo:{path}:{i}"
            )
        )
    path = NEMO + "data_text_normalization/test_cases_money.txt"
    for i, line in enumerate(show(repo, path), 1):
        written, spoken = line.split("~")
        m = re.search(r"[$￥€£₩]?[\d.]+万?(?:美元|韩元|元|毛|分|角|块|人民币)?", written)
        assert m
        span = m.group()
        if span.endswith(("毛", "分", "角")) and len(span) <= 2:
            continue  # 5毛 / 5分 / 5角 alone: no base unit written; left out (NOTES.md)
        unit = {"$": "美元", "￥": "元", "€": "欧元", "£": "英镑", "₩": "韩元"}.get(span[0])
        if unit is None:
            unit = next(u for u in ("美元", "韩元", "人民币", "元", "块") if span.endswith(u))
            unit = "元" if unit == "块" else unit
        num = re.search(r"[\d.]+万?", span)
        assert num
        out.append(
            case(written, span, "money", written_value(num.group()), unit, None, f"nemo:{path}:{i}")
        )
    return out


def iso_of(y: str | None, m: str | None, d: str | None) -> str:
    if y is None:
        return (
            f"--{int(m):02d}-{int(d):02d}"
            if m and d
            else (f"--{int(m):02d}" if m else f"---{int(d):02d}")
        )
    return "-".join([f"{int(y):04d}"] + [f"{int(x):02d}" for x in (m, d) if x])


def nemo_dates(repo: str) -> list[dict[str, object]]:
    out = []
    path = NEMO + "data_inverse_text_normalization/test_cases_date.txt"
    for i, line in enumerate(show(repo, path), 1):
        spoken, written = line.split("~")
        if "前" in spoken:
            continue  # BC dates: no ISO value in this project (NOTES.md)
        span = re.sub(r"^(公元|纪元)", "", spoken)
        m = re.fullmatch(r"(?:公元)?(?:(\d+)年)?(?:(\d+)月)?(?:(\d+)日)?", written)
        assert m, written
        out.append(case(spoken, span, "date", None, None, iso_of(*m.groups()), f"nemo:{path}:{i}"))
    path = NEMO + "data_text_normalization/test_cases_date.txt"
    for i, line in enumerate(show(repo, path), 1):
        written, _ = line.split("~")
        if re.search(r"前|bc|b\.c|ad|a\.d|^\d\d年$|\d+[./]\d+[./]\d+$", written) and not re.search(
            r"\d{4}[/·]\d", written
        ):
            continue  # BC, 'ad' suffixes, bare two-digit years (50年 is a duration too), 12.2.3
        m = re.search(r"(\d{4})[/·](\d{1,2})[/·](\d{1,2})", written)
        if m:
            out.append(
                case(
                    written, m.group(), "date", None, None, iso_of(*m.groups()), f"nemo:{path}:{i}"
                )
            )
            continue
        m = re.search(r"(?=\d)(?:(\d{2,4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})[日号])?", written)
        assert m and m.group(), written
        y, mo, d = m.groups()
        if y is not None and len(y) == 2:
            y = str(2000 + int(y))
        out.append(
            case(written, m.group(), "date", None, None, iso_of(y, mo, d), f"nemo:{path}:{i}")
        )
    path = NEMO + "data_text_normalization/test_cases_measure.txt"
    for i, line in enumerate(show(repo, path), 1):
        written, _ = line.split("~")
        m = re.search(r"-?[\d.]+(kg|°C|m²|ms|千克|g)", written)
        assert m
        num = re.match(r"-?[\d.]+", m.group())
        assert num
        kind = "duration" if m.group(1) == "ms" else "quantity"
        out.append(
            case(
                written,
                m.group(),
                kind,
                written_value(num.group()),
                m.group(1),
                None,
                f"nemo:{path}:{i}",
            )
        )
    return out


#: WeTextProcessing lines: spoken (ITN input) or written (TN input) -> figures, by hand.
#: (span, kind, value, unit, iso)
MANUAL: dict[str, list[tuple[str, str, str | None, str | None, str | None]]] = {
    # itn/chinese/test/data/date.txt
    "二零零八年八月八日": [("二零零八年八月八日", "date", None, None, "2008-08-08")],
    "二零零八年八月": [("二零零八年八月", "date", None, None, "2008-08")],
    "八月八日": [("八月八日", "date", None, None, "--08-08")],
    "二零零八年": [("二零零八年", "date", None, None, "2008")],
    "二千年": [("二千年", "date", None, None, "2000")],
    "两千零五年八月五号": [("两千零五年八月五号", "date", None, None, "2005-08-05")],
    "公元一九九六年": [("一九九六年", "date", None, None, "1996")],
    "八五年二月二十七日": [("八五年二月二十七日", "date", None, None, "1985-02-27")],
    # itn/chinese/test/data/money.txt
    "一点二五元": [("一点二五元", "money", "1.25", "元", None)],
    "一点二五人民币": [("一点二五人民币", "money", "1.25", "人民币", None)],
    "三十四点五二一元": [("三十四点五二一元", "money", "34.521", "元", None)],
    "八九千美元": [("八九千美元", "money", None, "美元", None)],
    "七八英镑": [("七八英镑", "money", None, "英镑", None)],
    "十五六卢布": [("十五六卢布", "money", None, "卢布", None)],
    "四十五六新台币": [("四十五六新台币", "money", None, "新台币", None)],
    "七百三四十欧元": [("七百三四十欧元", "money", None, "欧元", None)],
    "七百三四十马来西亚令吉": [("七百三四十马来西亚令吉", "money", None, "马来西亚令吉", None)],
    "三千三百八十元五角八分": [("三千三百八十元五角八分", "money", "3380.58", "元", None)],
    "二十五元三毛": [("二十五元三毛", "money", "25.3", "元", None)],
    # itn/chinese/test/data/measure.txt
    "一年后": [("一年", "duration", "1", "年", None)],
    "两年后": [("两年", "duration", "2", "年", None)],
    "二十年后": [("二十年", "duration", "20", "年", None)],
    "二两": [("二两", "quantity", "2", "两", None)],
    "一千克": [("一千克", "quantity", "1", "千克", None)],
    "百分之二": [("百分之二", "percent", "2", "%", None)],
    "百分之三十": [("百分之三十", "percent", "30", "%", None)],
    "百分之百": [("百分之百", "percent", "100", "%", None)],
    "百分之二点一五": [("百分之二点一五", "percent", "2.15", "%", None)],
    "每小时十公里": [("十公里", "quantity", "10", "公里", None)],
    "每小时十千米": [("十千米", "quantity", "10", "千米", None)],
    "三百二十四点七五克": [("三百二十四点七五克", "quantity", "324.75", "克", None)],
    "一百块钱": [("一百块", "money", "100", "元", None)],
    "十二块五毛": [("十二块五毛", "money", "12.5", "元", None)],
    "一万零三百人": [("一万零三百人", "quantity", "10300", "人", None)],
    "一亿两千三百人": [("一亿两千三百人", "quantity", "100002300", "人", None)],
    "一亿零两千三百人": [("一亿零两千三百人", "quantity", "100002300", "人", None)],
    "一亿七万两千三百人": [("一亿七万两千三百人", "quantity", "100072300", "人", None)],
    "一兆零三百万两千三百人": [("一兆零三百万两千三百人", "quantity", "1000003002300", "人", None)],
    "一兆零三百二十万五千人": [("一兆零三百二十万五千人", "quantity", "1000003205000", "人", None)],
    "两千万人": [("两千万人", "quantity", "20000000", "人", None)],
    "九千九百九十一人": [("九千九百九十一人", "quantity", "9991", "人", None)],
    "七八公斤": [("七八公斤", "quantity", None, "公斤", None)],
    "三五百公里": [("三五百公里", "quantity", None, "公里", None)],
    "三四万吨": [("三四万吨", "quantity", None, "吨", None)],
    "价格是十三点五元": [("十三点五元", "money", "13.5", "元", None)],
    "价格是十三点五美元": [("十三点五美元", "money", "13.5", "美元", None)],
    "价格是十三点五澳元": [("十三点五澳元", "money", "13.5", "澳元", None)],
    "价格是十三点五港元": [("十三点五港元", "money", "13.5", "港元", None)],
    "重达二十五千克": [("二十五千克", "quantity", "25", "千克", None)],
    "最高气温三十八摄氏度": [("三十八摄氏度", "quantity", "38", "摄氏度", None)],
    "实际面积一百二十平方米": [("一百二十平方米", "quantity", "120", "平方米", None)],
    "八月十六号的十二点之前": [("八月十六号", "date", None, None, "--08-16")],
    # itn/chinese/test/data/normalizer.txt
    "共四百六十五篇,约三百一十五万字": [
        ("四百六十五篇", "quantity", "465", "篇", None),
        ("三百一十五万字", "quantity", "3150000", "字", None),
    ],
    "共计六点四二万人": [("六点四二万人", "quantity", "64200", "人", None)],
    "同比升高零点六个百分点": [("零点六个百分点", "percent", "0.6", "个百分点", None)],
    "同比增长百分之六点三": [("百分之六点三", "percent", "6.3", "%", None)],
    "增幅百分之零点四": [("百分之零点四", "percent", "0.4", "%", None)],
    "二零零二年一月二十八日": [("二零零二年一月二十八日", "date", None, None, "2002-01-28")],
    "二零零二年一月": [("二零零二年一月", "date", None, None, "2002-01")],
    # tn/chinese/test/data (written forms)
    "共465篇，约315万字": [
        ("465篇", "quantity", "465", "篇", None),
        ("315万字", "quantity", "3150000", "字", None),
    ],
    "共计6.42万人": [("6.42万人", "quantity", "64200", "人", None)],
    "同比升高0.6个百分点": [("0.6个百分点", "percent", "0.6", "个百分点", None)],
    "同比增长6.3%": [("6.3%", "percent", "6.3", "%", None)],
    "增幅0.4%": [("0.4%", "percent", "0.4", "%", None)],
    "2002/01/28": [("2002/01/28", "date", None, None, "2002-01-28")],
    "2002-01-28": [("2002-01-28", "date", None, None, "2002-01-28")],
    "2008-08-08": [("2008-08-08", "date", None, None, "2008-08-08")],
    "2008/08/08": [("2008/08/08", "date", None, None, "2008-08-08")],
    "2008-8-8": [("2008-8-8", "date", None, None, "2008-08-08")],
    "8月16号12:00之前": [("8月16号", "date", None, None, "--08-16")],
    "价格是￥13.5": [("￥13.5", "money", "13.5", "元", None)],
    "价格是$13.5": [("$13.5", "money", "13.5", "美元", None)],
    "重达25kg": [("25kg", "quantity", "25", "kg", None)],
    "最高气温38°C": [("38°C", "quantity", "38", "°C", None)],
    "实际面积120m²": [("120m²", "quantity", "120", "m²", None)],
    "面积是10km²": [("10km²", "quantity", "10", "km²", None)],
    "1年后": [("1年", "duration", "1", "年", None)],
    "20年后": [("20年", "duration", "20", "年", None)],
    "1kg": [("1kg", "quantity", "1", "kg", None)],
    "1 kg": [("1 kg", "quantity", "1", "kg", None)],
    "仅仅是２０１５年": [("２０１５年", "date", None, None, "2015")],
    "包含３０００余件": [("３０００余件", "quantity", "3000", "件", None)],
    "查处４５０余名": [("４５０余名", "quantity", "450", "名", None)],
    "查处450余名": [("450余名", "quantity", "450", "名", None)],
    "独得300w张": [],
}


def wetext(repo: str) -> list[dict[str, object]]:
    out = []
    seen: set[str] = set()
    for folder in WETEXT:
        for name in ("date", "money", "measure", "normalizer"):
            path = folder + name + ".txt"
            for i, line in enumerate(show(repo, path), 1):
                left = line.split(" => ")[0]
                if left in MANUAL and left not in seen:
                    seen.add(left)
                    for span, kind, value, unit, iso in MANUAL[left]:
                        out.append(case(left, span, kind, value, unit, iso, f"wetext:{path}:{i}"))
    missing = set(MANUAL) - seen
    assert not missing, missing
    return out


def split(text: str) -> str:
    return "dev" if hashlib.md5(text.encode()).digest()[0] % 2 == 0 else "test"


def main() -> None:
    nemo, wet = sys.argv[1], sys.argv[2]
    for c in nemo_money(nemo) + nemo_dates(nemo) + wetext(wet):
        c["split"] = split(str(c["text"]))
        print(json.dumps(c, ensure_ascii=False))


if __name__ == "__main__":
    main()
