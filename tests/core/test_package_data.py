"""Shipped files are found through importlib.resources (issue 11 item 17); the built wheel
itself is installed and run outside the source tree by .ci/run."""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

import pytest

from desktop.core.package_data import resource_path

ROOT = Path(__file__).resolve().parents[2]


def test_resources_and_seeds_are_found_as_packages() -> None:
    assert resource_path("resources", "dict", "surnames.txt").is_file()
    assert resource_path("resources", "translations", "newsdesk_zh_CN.qm").is_file()
    assert resource_path("seeds", "000_d93c9dc7b4603325.txt").is_file()
    lexicons = importlib.import_module("desktop.core.extract.lexicons")
    assert resource_path("resources", "dict") == lexicons.RESOURCES


def test_a_missing_package_is_a_clear_error() -> None:
    with pytest.raises(FileNotFoundError, match="no_such_folder"):
        resource_path("no_such_folder", "x")


def test_the_wheel_declares_every_file_the_app_loads() -> None:
    """Each dictionary, model and compiled catalogue matches a package-data pattern (a new kind
    of resource file must be declared, or the installed app will not have it)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert {"resources*", "seeds"} <= set(setuptools["packages"]["find"]["include"])
    patterns = setuptools["package-data"]["resources"]
    folder = ROOT / "resources"
    needed = [
        *folder.glob("dict/*.t*"),
        *folder.glob("translations/*.qm"),
        *folder.glob("models/*"),
    ]
    needed = [p for p in needed if p.suffix != ".md"]
    assert needed
    for path in needed:
        rel = path.relative_to(folder)
        assert any(rel.match(p) for p in patterns), rel
