"""SQL of the project's settings: a small key/value table (migration 0008)."""

from __future__ import annotations

import sqlite3


def setting(conn: sqlite3.Connection, key: str) -> str | None:
    """The stored value of ``key``; None when it was never set (the caller's default)."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def settings(conn: sqlite3.Connection) -> dict[str, str]:
    """Every stored setting, by key."""
    return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM settings")}


def set_setting(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    """Store ``value`` for ``key``; None removes the row (back to the default)."""
    if value is None:
        conn.execute("DELETE FROM settings WHERE key = ?", [key])
    else:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
