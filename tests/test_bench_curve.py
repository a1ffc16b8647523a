"""The README's learning-curve plot (bench/curve_svg.py): a well-formed SVG that shows the
numbers it is given, the same bytes for the same numbers (issue 10)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.curve_svg import CurvePoint, curve_svg, write_curve

NS = "{http://www.w3.org/2000/svg}"
MEASURED = [
    CurvePoint(0, 0.401, 0.464, 0.353),
    CurvePoint(50, 0.456),
    CurvePoint(100, 0.475),
    CurvePoint(200, 0.503),
    CurvePoint(400, 0.500),
]
ROOT = Path(__file__).resolve().parent.parent


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # raises on anything that is not well-formed XML


def _texts(root: ET.Element, cls: str) -> list[str]:
    return [t.text or "" for t in root.iter(f"{NS}text") if t.get("class") == cls]


def _points(root: ET.Element) -> list[ET.Element]:
    return [c for c in root.iter(f"{NS}circle") if c.get("class") == "point"]


def test_measured_curve_is_well_formed_with_one_point_per_n() -> None:
    root = _parse(curve_svg(MEASURED, title="Learning", x_label="N reviewed", y_label="F1"))
    assert root.tag == f"{NS}svg"
    circles = _points(root)
    assert [int(c.get("data-n", "-1")) for c in circles] == [0, 50, 100, 200, 400]
    assert [c.get("data-f1") for c in circles] == ["0.401", "0.456", "0.475", "0.503", "0.500"]
    # x grows with N; the point with the higher F1 sits higher (smaller y)
    xs = [float(c.get("cx", "nan")) for c in circles]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    ys = {p.f1: float(c.get("cy", "nan")) for p, c in zip(MEASURED, circles, strict=True)}
    by_f1 = sorted(ys)
    assert [ys[f] for f in by_f1] == sorted(ys.values(), reverse=True)
    # the labels: a tick per N, each F1 beside its point, the title and both axes
    assert _texts(root, "x-tick") == ["0", "50", "100", "200", "400"]
    assert _texts(root, "value") == ["0.401", "0.456", "0.475", "0.503", "0.500"]
    assert _texts(root, "title") == ["Learning"]
    assert _texts(root, "x-label") == ["N reviewed"]
    assert _texts(root, "y-label") == ["F1"]
    assert len(_texts(root, "y-tick")) >= 3


def test_goal_line_sits_at_the_first_f1_plus_the_goal() -> None:
    root = _parse(curve_svg(MEASURED, goal=0.08, goal_at=200))
    goal = [g for g in root.iter(f"{NS}line") if g.get("class") == "goal"]
    assert len(goal) == 1
    y_goal = float(goal[0].get("y1", "nan"))
    cy = {p.f1: float(c.get("cy", "nan")) for p, c in zip(MEASURED, _points(root), strict=True)}
    # 0.401 + 0.08 = 0.481: between 0.475 and 0.500 on the page
    assert cy[0.500] < y_goal < cy[0.475]
    legend = " ".join(_texts(root, "legend-item") + _texts(root, "note"))
    assert "0.481" in legend and "+0.102" in legend and "meets the goal" in legend


def test_a_gain_short_of_the_goal_says_so_and_no_goal_draws_no_line() -> None:
    short = [CurvePoint(0, 0.40), CurvePoint(200, 0.45)]
    root = _parse(curve_svg(short, goal=0.08, goal_at=200))
    assert "below the goal" in " ".join(_texts(root, "note"))
    assert "+0.050" in " ".join(_texts(root, "note"))
    root = _parse(curve_svg(short, goal=None))
    assert not [g for g in root.iter(f"{NS}line") if g.get("class") == "goal"]


def test_text_is_escaped() -> None:
    root = _parse(curve_svg(MEASURED, title="F1 < 1 & N > 0", x_label='"N"'))
    assert _texts(root, "title") == ["F1 < 1 & N > 0"]
    assert _texts(root, "x-label") == ['"N"']


def test_bad_points_are_refused() -> None:
    with pytest.raises(ValueError):
        curve_svg([])
    with pytest.raises(ValueError):
        curve_svg([CurvePoint(0, 0.4), CurvePoint(0, 0.5)])
    with pytest.raises(ValueError):
        curve_svg([CurvePoint(0, 1.5)])


def test_writer_is_deterministic_for_the_same_numbers(tmp_path: Path) -> None:
    a = write_curve(MEASURED, tmp_path / "a", meta={"data": "x"})
    b = write_curve(list(MEASURED), tmp_path / "b", meta={"data": "x"})
    assert [p.name for p in a] == ["learning-curve.svg", "learning-curve.json"]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes()
    numbers = json.loads(a[1].read_text(encoding="utf-8"))
    assert [(r["n"], r["f1"]) for r in numbers["points"]] == [(p.n, p.f1) for p in MEASURED]
    assert numbers["points"][0]["precision"] == 0.464 and numbers["data"] == "x"
    # other numbers, another picture
    moved = [*MEASURED[:-1], CurvePoint(400, 0.52)]
    c = write_curve(moved, tmp_path / "c", meta={"data": "x"})
    assert c[0].read_bytes() != a[0].read_bytes()


def test_committed_plot_matches_its_numbers() -> None:
    """docs/learning-curve.svg is the one `python -m bench learn` wrote beside
    docs/learning-curve.json: its points are those numbers (no hand edits)."""
    numbers = json.loads((ROOT / "docs" / "learning-curve.json").read_text(encoding="utf-8"))
    root = _parse((ROOT / "docs" / "learning-curve.svg").read_text(encoding="utf-8"))
    drawn = [(int(c.get("data-n", "-1")), c.get("data-f1")) for c in _points(root)]
    assert drawn == [(r["n"], f"{r['f1']:.3f}") for r in numbers["points"]]
    assert [n for n, _ in drawn] == [0, 50, 100, 200, 400]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 5000), st.floats(0.0, 1.0, allow_nan=False)),
        min_size=1,
        max_size=8,
        unique_by=lambda t: t[0],
    )
)
def test_any_curve_is_well_formed_and_monotone(raw: list[tuple[int, float]]) -> None:
    pts = [CurvePoint(n, f) for n, f in sorted(raw)]
    svg = curve_svg(pts)
    assert svg == curve_svg(pts)
    root = _parse(svg)
    circles = _points(root)
    assert len(circles) == len(pts)
    h = float(root.get("height", "0"))
    for c in circles:
        assert 0.0 <= float(c.get("cy", "nan")) <= h
    for p, c in zip(pts, circles, strict=True):
        for q, d in zip(pts, circles, strict=True):
            if round(p.f1, 4) > round(q.f1, 4):
                assert float(c.get("cy", "nan")) <= float(d.get("cy", "nan"))
            if p.n > q.n:
                assert float(c.get("cx", "nan")) > float(d.get("cx", "nan"))
