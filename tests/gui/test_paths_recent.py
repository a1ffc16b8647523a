"""The default project on first launch, and the recent-projects list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.gui import paths, recent


def test_data_and_cache_folders_follow_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSDESK_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("NEWSDESK_CACHE_DIR", str(tmp_path / "c"))
    assert paths.default_project_path() == tmp_path / "d" / "newsdesk.sqlite"
    assert paths.cache_dir() == tmp_path / "c"


def test_without_the_environment_the_platform_user_folder_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import platformdirs

    monkeypatch.delenv("NEWSDESK_DATA_DIR")
    assert paths.data_dir() == Path(platformdirs.user_data_dir("newsdesk"))


def test_the_sample_page_is_found_next_to_the_package() -> None:
    sample = paths.sample_page()
    assert sample is not None and sample.name == "000_d93c9dc7b4603325.txt"


def test_first_launch_creates_the_project_with_the_sample_once() -> None:
    from desktop.core.library import Library

    path = paths.ensure_default_project()
    assert path == paths.default_project_path() and path.exists()
    with Library.open(path) as lib:
        documents = lib.documents()
        assert [d.name for d in documents] == ["000_d93c9dc7b4603325.txt"]
        assert lib.article_count() == documents[0].n_articles > 1
    assert paths.ensure_default_project() == path  # second launch: nothing re-imported
    with Library.open(path) as lib:
        assert len(lib.documents()) == 1


def test_an_interrupted_first_launch_gets_the_sample_next_time() -> None:
    from desktop.core.library import Library

    path = paths.default_project_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    Library.open(path).close()  # created, but the import never happened
    paths.ensure_default_project()
    with Library.open(path) as lib:
        assert [d.name for d in lib.documents()] == ["000_d93c9dc7b4603325.txt"]


def test_a_damaged_default_project_is_a_one_line_error() -> None:
    from desktop.core.errors import ProjectError

    path = paths.default_project_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(ProjectError) as info:
        paths.ensure_default_project()
    assert "\n" not in str(info.value) and str(path) in str(info.value)


def test_recent_projects_most_recent_first_once_each(qtbot: Any, tmp_path: Path) -> None:
    files = []
    for name in "abc":
        f = tmp_path / f"{name}.sqlite"
        f.write_bytes(b"")
        files.append(f)
    for f in files:
        recent.add_recent_project(f)
    recent.add_recent_project(tmp_path / "x" / ".." / "a.sqlite")  # same file, other spelling
    assert recent.recent_projects() == [str(files[i].resolve()) for i in (0, 2, 1)]
    files[2].unlink()
    assert recent.recent_projects() == [str(files[i].resolve()) for i in (0, 1)]
    recent.clear_recent_projects()
    assert recent.recent_projects() == []


def test_recent_projects_are_capped(qtbot: Any, tmp_path: Path) -> None:
    for i in range(recent.LIMIT + 5):
        f = tmp_path / f"p{i}.sqlite"
        f.write_bytes(b"")
        recent.add_recent_project(f)
    kept = recent.recent_projects()
    assert len(kept) == recent.LIMIT
    assert kept[0].endswith(f"p{recent.LIMIT + 4}.sqlite")
