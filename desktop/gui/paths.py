"""Where the app keeps its files, and the default project a first launch opens.

The default project lives in ``platformdirs.user_data_dir("newsdesk")``; the environment
variables ``NEWSDESK_DATA_DIR`` and ``NEWSDESK_CACHE_DIR`` override the data and cache folders
(tests point them at a temporary folder, so they never touch the user's files). On first use the
default project is created and the sample page shipped in ``seeds/`` is imported into it, so a
new user sees a real page at once.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop.core.package_data import resource_path

APP_NAME = "newsdesk"
DEFAULT_PROJECT_NAME = "newsdesk.sqlite"
SAMPLE_NAME = "000_d93c9dc7b4603325.txt"


def data_dir() -> Path:
    """The folder for projects (created on demand)."""
    env = os.environ.get("NEWSDESK_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME))


def cache_dir() -> Path:
    """The folder for caches such as jieba's dictionary (created on demand)."""
    env = os.environ.get("NEWSDESK_CACHE_DIR")
    return Path(env) if env else Path(platformdirs.user_cache_dir(APP_NAME))


def default_project_path() -> Path:
    """The project the window opens when none is named on the command line."""
    return data_dir() / DEFAULT_PROJECT_NAME


def sample_page() -> Path | None:
    """The sample page shipped with the package (``seeds/``, package data), if present."""
    try:
        candidate = resource_path("seeds", SAMPLE_NAME)
    except (FileNotFoundError, RuntimeError):
        return None
    return candidate if candidate.is_file() else None


def ensure_default_project() -> Path:
    """Return the default project, creating it and importing the sample page on first use.

    "First use" means the project holds no page yet, so a first launch that was interrupted
    during the import gets the sample on the next one (pages cannot be removed from a project, so
    a project that had pages never becomes empty again). A missing sample page leaves an empty,
    valid project. Raises :class:`desktop.core.errors.ProjectError` when the file exists but is
    not usable.
    """
    from desktop.core.library import Library

    path = default_project_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lib = Library.open(path)
    try:
        sample = sample_page()
        if sample is not None and not lib.documents():
            lib.import_paths([sample], jobs=1)
    finally:
        lib.close()
    return path
