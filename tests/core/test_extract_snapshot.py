"""The extractor's output over the dev sets equals the checked-in snapshot (see
``tests/core/extract_snapshot.py`` for what it holds and how to refresh it)."""

from __future__ import annotations

import difflib

import pytest

from tests.core.extract_snapshot import SETS, path_of, snapshot


@pytest.mark.parametrize("name", sorted(SETS))
def test_output_matches_the_snapshot(name: str) -> None:
    want = path_of(name).read_text(encoding="utf-8")
    got = snapshot(name)
    if got != want:
        diff = "".join(
            difflib.unified_diff(
                want.splitlines(True), got.splitlines(True), "snapshot", "now", n=0
            )
        )
        pytest.fail(
            f"extraction changed on {name}; review the diff, then refresh with "
            f"`.venv/bin/python -m tests.core.extract_snapshot`:\n{diff[:6000]}"
        )
