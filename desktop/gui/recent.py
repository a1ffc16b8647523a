"""Recent projects, most recent first, remembered in QSettings.

Paths are stored resolved, so the same file opened by two spellings appears once. Projects whose
file has gone are dropped when the list is read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent/projects"
LIMIT = 10


def app_settings() -> QSettings:
    """The app's settings store, the same one the main window uses (tests redirect it to a
    temporary folder via QSettings.setPath)."""
    return QSettings("newsdesk", "newsdesk")


def _read(settings: QSettings) -> list[str]:
    value = settings.value(KEY, [])
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [str(v) for v in value if v]
    return []


def recent_projects(settings: QSettings | None = None) -> list[str]:
    """Recent project paths that still exist, most recent first."""
    settings = settings or app_settings()
    return [p for p in _read(settings) if Path(p).exists()]


def add_recent_project(path: str | Path, settings: QSettings | None = None) -> list[str]:
    """Put ``path`` at the head of the list (once), keep at most :data:`LIMIT`; return the list."""
    settings = settings or app_settings()
    resolved = str(Path(path).resolve())
    items = [resolved] + [p for p in _read(settings) if p != resolved]
    items = items[:LIMIT]
    settings.setValue(KEY, items)
    settings.sync()
    return items


def clear_recent_projects(settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.setValue(KEY, [])
    settings.sync()
