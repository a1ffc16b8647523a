"""The interface language: Chinese or English through Qt translations.

Source strings are English. The Chinese catalogue is ``resources/translations/newsdesk_zh_CN.ts``
(edited with Qt Linguist or by hand) compiled to ``.qm`` with ``pyside6-lrelease``. The language
follows the system locale unless the user picked one in View > Language; the choice is kept in
QSettings under :data:`KEY`. Switching installs the new translator at once (Qt then sends every
widget a LanguageChange event); widgets that build their texts only once show the new language
after a restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.package_data import resource_path
from desktop.gui.recent import app_settings

KEY = "ui/language"
#: Language code -> name shown in the menu (each in its own language).
LANGUAGES: dict[str, str] = {"zh_CN": "中文", "en": "English"}
TRANSLATIONS = resource_path("resources", "translations")

_installed: list[QTranslator] = []


def system_language(locale: QLocale | None = None) -> str:
    """ "zh_CN" for any Chinese system locale, else "en"."""
    locale = locale or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def chosen_language() -> str:
    """The language the user picked, or "" to follow the system."""
    value = app_settings().value(KEY, "")
    value = str(value) if value else ""
    return value if value in LANGUAGES else ""


def current_language() -> str:
    return chosen_language() or system_language()


def catalogue(lang: str) -> Path:
    return TRANSLATIONS / f"newsdesk_{lang}.qm"


def _load(app: QCoreApplication, lang: str) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(catalogue(lang))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)  # Qt's standard dialogs and buttons (OK, Cancel, …)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)


def install_translator(app: QCoreApplication) -> None:
    """Install the translator for the chosen or system language (call before building widgets)."""
    _load(app, current_language())


def set_language(app: QCoreApplication, lang: str) -> None:
    """Switch to ``lang`` ("" follows the system), remember it, install it now."""
    if lang and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    settings = app_settings()
    settings.setValue(KEY, lang)
    settings.sync()
    _load(app, lang or system_language())
