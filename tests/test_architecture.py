"""The core/GUI split is enforced here, not by hope (napari's habit)."""

from __future__ import annotations

import ast
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
            if any(n.split(".")[0] in {"PySide6", "shiboken6", "desktop"} and
                   (n.startswith(("PySide6", "shiboken6", "desktop.gui"))) for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_only_store_knows_sql() -> None:
    """The GUI never writes SQL: no sqlite import outside the core."""
    gui = ROOT / "desktop" / "gui"
    offenders = [
        str(p.relative_to(ROOT))
        for p in gui.rglob("*.py")
        if "sqlite" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
