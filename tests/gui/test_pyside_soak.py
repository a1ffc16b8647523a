"""Guards against PySide6 6.12.0's none_dealloc abort coming back with an upgrade.

On Python 3.11, 6.12.0 drops a reference to None on every call of a void method; after a few
thousand calls the process aborts. Run in a subprocess so the abort is a test failure, not a
crashed test session.
"""

from __future__ import annotations

import os
import subprocess
import sys

SOAK = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel()
for i in range(50000):
    w.setText("a")
print("ok", sys.getrefcount(None) > 0)
"""


def test_50000_void_calls_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", SOAK], capture_output=True, text=True, env=env, timeout=300
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok True"
