"""Issue 12 items 1-2 and linear time: huge numbers never raise, JSON never says Infinity,
and figure finding stays linear on text without punctuation."""

from __future__ import annotations

import gc
import json
import random
import time
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.extract import get_extractor, segment
from desktop.core.extract.figures import extract_figures, pattern
from desktop.core.extract.numerals import MAX_DIGITS, NumeralError, parse_number
from desktop.core.model import decimal_to_json


def _strict_json(text: str) -> object:
    def refuse(name: str) -> object:
        raise AssertionError(f"not JSON: {name}")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("digits", [MAX_DIGITS + 1, 4301, 5000])
def test_a_digit_run_over_the_bound_is_not_a_figure(digits: str) -> None:
    text = f"共有{'7' * int(digits)}元和{'五' * int(digits)}人"
    found = get_extractor().extract(text).figures
    assert found == ()
    with pytest.raises(NumeralError):
        parse_number("7" * int(digits))


@pytest.mark.parametrize("text", ["一亿" * 10_000, "兆" * 20_000, "一万" * 10_000, "9亿" * 10_000])
def test_endless_numerals_never_raise(text: str) -> None:
    """A run of numeral characters is never one endless number (亿 would compound past any
    bound and raise decimal.Overflow): it is either no figure or bounded ones."""
    found = extract_figures(text, segment.tokenize(text))
    assert all(len(f.text) <= 2 * MAX_DIGITS for f in found)


def test_the_longest_allowed_run_is_exact() -> None:
    f = get_extractor().extract(f"共{'9' * MAX_DIGITS}亿元").figures[0]
    assert f.value == Decimal("9" * MAX_DIGITS + "0" * 8)


@pytest.mark.parametrize(
    ("value", "out"),
    [
        (Decimal("153940000000"), 153940000000),
        (Decimal("7.5"), 7.5),
        (Decimal("34.521"), 34.521),
        (Decimal("9" * 400 + ".5"), "9" * 400 + ".5"),
        (Decimal("1234567890.123456789012345"), "1234567890.123456789012345"),
        (Decimal("1E+5000"), "1E+5000"),
        (Decimal("1" + "0" * 300), "1" + "0" * 300),
        (Decimal("9" * 300), int("9" * 300)),
        (Decimal("Infinity"), None),
        (Decimal("NaN"), None),
        (None, None),
    ],
)
def test_decimal_to_json_is_valid_and_exact(value: Decimal | None, out: object) -> None:
    got = decimal_to_json(value)
    assert got == out and type(got) is type(out)
    _strict_json(json.dumps({"value": got}))


def test_cli_json_and_lines_never_print_infinity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f"金额{'9' * 400}.5元，另有{'8' * 4301}人，还有{'1' * 30}.5元。"
    page = tmp_path / "page.txt"
    page.write_text(text + "\n", "utf-8")
    assert main(["extract", str(page), "--json"]) == 0
    doc = _strict_json(capsys.readouterr().out)
    assert isinstance(doc, dict)
    values = [f["value"] for a in doc["articles"] for f in a["figures"]]
    assert values == ["1" * 30 + ".5"]
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"text": text}) + "\n", "utf-8")
    assert main(["extract", "--lines", str(lines)]) == 0
    record = _strict_json(capsys.readouterr().out.splitlines()[0])
    assert isinstance(record, dict)
    assert [f["value"] for f in record["figures"]] == ["1" * 30 + ".5"]


def _best(text: str, repeat: int) -> float:
    tokens = segment.tokenize(text)
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t = time.process_time()  # CPU time: other jobs on the machine do not count
        extract_figures(text, tokens)
        best = min(best, time.process_time() - t)
    return best


@pytest.mark.parametrize(
    "alphabet",
    [
        "0123456789１２３一二三四五六七八九十百千万亿零两年月日元号点成折半负-/.$人个的在",
        "一二三四五六七八九十百千万亿零两",
    ],
)
def test_figure_finding_is_linear_without_punctuation(alphabet: str) -> None:
    """200k characters of digits and numerals take about 10x what 20k take (quadratic: 100x)."""
    pattern()
    rnd = random.Random(7)
    text = "".join(rnd.choice(alphabet) for _ in range(200_000))
    small = _best(text[:20_000], 3)
    large = _best(text, 2)
    assert large / small < 30, (small, large)
