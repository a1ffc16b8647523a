"""The formats through the facade on the sample page: export -> import -> export is identical,
and a corrected file comes back as corrected."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import export
from desktop.core.library import Library

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_d93c9dc7b4603325.txt"


def project(folder: Path) -> Library:
    lib = Library.open(folder / "p.sqlite")
    report = lib.import_paths([SAMPLE], jobs=1)
    assert report.imported and not report.problems
    return lib


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, Path]]:
    folder = tmp_path_factory.mktemp("project")
    lib = project(folder)
    yield lib, folder
    lib.close()


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_every_format_exports_the_sample(exported: tuple[Library, Path], fmt: str) -> None:
    lib, folder = exported
    out = folder / f"a.{fmt}"
    assert lib.export(fmt, out) >= 2
    assert out.exists()


@pytest.mark.parametrize("fmt", export.READABLE)
def test_export_import_export_is_identical(exported: tuple[Library, Path], fmt: str) -> None:
    lib, folder = exported
    first, second = folder / f"1.{fmt}", folder / f"2.{fmt}"
    lib.export(fmt, first, suggestions=True)
    records = export.read(fmt, first)
    assert sum(len(r.spans) for r in records) > 10  # the sample is pre-annotated
    assert not lib.import_dataset(fmt, first)  # nothing changed
    lib.export(fmt, second, suggestions=True)
    assert second.read_bytes() == first.read_bytes()


def test_a_corrected_doccano_file_comes_back_corrected(tmp_path: Path) -> None:
    lib = project(tmp_path)
    try:
        first = tmp_path / "1.jsonl"
        lib.export("doccano", first, suggestions=True)
        lines = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
        target = next(line for line in lines if line["label"])
        dropped = target["label"].pop(0)
        text = target["text"]
        free = next(i for i in range(len(text) - 1) if not _covered(target["label"], i))
        target["label"].append([free, free + 1, "LOC"])
        first.write_text(
            "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8"
        )
        changes = lib.import_dataset("doccano", first, replace=True)
        assert len(changes.added) == 1 and len(changes.removed) >= 1
        second = tmp_path / "2.jsonl"
        lib.export("doccano", second, suggestions=True)
        again = export.read("doccano", second)
        back = next(r for r in again if r.meta["article_id"] == target["article_id"])
        assert (free, free + 1, "LOC") in back.spans
        assert tuple(dropped) not in back.spans
    finally:
        lib.close()


def _covered(spans: list[list[object]], i: int) -> bool:
    return any(s <= i < e for s, e, _ in spans)  # type: ignore[operator]
