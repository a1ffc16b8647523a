"""The CJK font check: the right family is chosen, and a missing font gives a clear message."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase

from desktop.gui import fonts


def test_choose_prefers_known_simplified_chinese_families() -> None:
    chosen = fonts.choose_cjk_family(["DejaVu Sans", "AR PL UMing CN", "noto sans cjk sc"])
    assert chosen == "noto sans cjk sc"


def test_choose_falls_back_to_any_family_qt_says_writes_chinese() -> None:
    assert fonts.choose_cjk_family(["Some Local Hei"]) == "Some Local Hei"
    assert fonts.choose_cjk_family([]) is None


def test_no_cjk_font_gives_one_clear_message(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_a: []))
    message = fonts.check_cjk_font()
    assert message is not None
    assert "Chinese" in message and "fonts-noto-cjk" in message
    assert "\n" not in message


def test_installed_cjk_font_means_no_message(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_a: ["Noto Sans CJK SC"]))
    assert fonts.check_cjk_font() is None
    assert "Noto Sans CJK SC" in fonts.cjk_font(12).families()


def test_real_font_database_answers_consistently(qtbot) -> None:
    """Whatever is installed here, the check and the finder agree."""
    assert (fonts.check_cjk_font() is None) == (fonts.find_cjk_font() is not None)
