"""The core/GUI split is enforced here, not by hope (napari's habit)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "desktop" / "core"


def test_core_imports_without_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, desktop.core\n"
        "for m in pkgutil.walk_packages(desktop.core.__path__, 'desktop.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "", f"Qt loaded by the core: {out.stdout}"


def test_no_qt_import_statement_under_core() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(
                n.split(".")[0] in {"PySide6", "shiboken6", "desktop"}
                and (n.startswith(("PySide6", "shiboken6", "desktop.gui")))
                for n in names
            ):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b",
    re.IGNORECASE,
)


def test_gui_never_touches_sql() -> None:
    """The GUI goes through the facade: no sqlite module, no SQL statement under desktop/gui."""
    offenders = []
    for path in (ROOT / "desktop" / "gui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                mods = [node.module or ""]
            else:
                continue
            if any(m.split(".")[0] in {"sqlite3", "sqlite_utils"} or ".store" in m for m in mods):
                offenders.append(f"{path.relative_to(ROOT)}: imports {mods}")
        if SQL.search(source):
            offenders.append(f"{path.relative_to(ROOT)}: SQL statement")
    assert offenders == []
