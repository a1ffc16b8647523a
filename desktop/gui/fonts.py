"""Find a system font that can draw Chinese, and say clearly when there is none.

Without a CJK font Qt draws article text as empty boxes, which looks like data loss. The app
checks once at start-up and shows :func:`check_cjk_font`'s message instead of failing silently.
Requires a QGuiApplication.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase

#: Families known to cover simplified Chinese well, best first (any other CJK family also works).
PREFERRED = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Serif CJK SC",
    "SimSun",
    "AR PL UMing CN",
)


def choose_cjk_family(families: Iterable[str]) -> str | None:
    """The best family among those said to support simplified Chinese, or None."""
    available = list(families)
    by_lower = {f.lower(): f for f in available}
    for name in PREFERRED:
        if name.lower() in by_lower:
            return by_lower[name.lower()]
    return available[0] if available else None


def cjk_families() -> list[str]:
    """Installed families that Qt says can write simplified Chinese."""
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def find_cjk_font() -> str | None:
    """The installed family to use for Chinese text, or None if there is none."""
    return choose_cjk_family(cjk_families())


def cjk_font(point_size: int = 0) -> QFont:
    """A font for article text: the best CJK family if any, else the application default."""
    font = QFont()
    family = find_cjk_font()
    if family:
        font.setFamilies([family, *font.families()])
    if point_size > 0:
        font.setPointSize(point_size)
    return font


def no_font_message() -> str:
    return QCoreApplication.translate(
        "fonts",
        "No font that can show Chinese was found, so article text would appear as empty boxes. "
        "Install a Chinese font (for example fonts-noto-cjk on Debian or Ubuntu, "
        "google-noto-sans-cjk-fonts on Fedora) and restart newsdesk.",
    )


def check_cjk_font() -> str | None:
    """None when a CJK font is installed, else the message to show the user."""
    return None if find_cjk_font() else no_font_message()
