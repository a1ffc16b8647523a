"""The interface language: Chinese or English through Qt translations.

Source strings are English. The Chinese catalogue is ``resources/translations/newsdesk_zh_CN.ts``
(edited with Qt Linguist or by hand) compiled to ``.qm`` with ``pyside6-lrelease``. The language
follows the system locale unless the user picked one in View > Language; the choice is kept in
QSettings under :data:`KEY`. Switching installs the new translator at once; Qt then sends every
widget a LanguageChange event, and the window's parts set their texts again (each in its
``retranslate()``; menus, actions and dock titles through :func:`bind_text`), in place: the
window is not rebuilt, the article being read stays.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from desktop.core.package_data import resource_path
from desktop.gui.recent import app_settings

KEY = "ui/language"
# Language code -> name shown in the menu (each in its own language).
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


# --- retranslating a window in place -----------------------------------------------------------

_BOUND = "newsdeskText"


def bind_text(
    obj: QObject,
    context: str,
    source: str,
    setter: str = "setText",
    *,
    args: tuple[str, ...] = (),
    **fill: str,
) -> str:
    """Give ``obj`` the translation of ``source`` through its ``setter`` (``%1``… filled from
    ``args``, ``{name}`` from ``fill``), and remember it, so :func:`retranslate_bound` can set
    it again in another language. Mark ``source`` for lupdate with
    ``QT_TRANSLATE_NOOP(context, source)``. Returns the text set."""
    bound = [context, source, setter, dict(fill), list(args)]
    obj.setProperty(_BOUND, bound)
    return _apply(obj, bound)


def _apply(obj: QObject, bound: list[Any]) -> str:
    context, source, setter, fill, args = bound
    text = QCoreApplication.translate(str(context), str(source))
    for i, value in enumerate(list(args or []), start=1):
        text = text.replace(f"%{i}", str(value))
    for key, value in dict(fill or {}).items():
        text = text.replace("{" + str(key) + "}", str(value))
    getattr(obj, str(setter))(text)
    return text


def retranslate_bound(root: QObject) -> int:
    """Set again, in the language now installed, every text :func:`bind_text` gave ``root``
    and the objects below it (menus, actions, docks…); how many were set."""
    count = 0
    for obj in [root, *root.findChildren(QObject)]:
        bound = obj.property(_BOUND)
        if isinstance(bound, list | tuple) and len(bound) == 5:
            _apply(obj, list(bound))
            count += 1
    return count


# The joins below put the punctuation between parts of a line ("a; b", "a: b") in the
# interface's language (context "punctuation"): Chinese writes it full width ("a；b", "a：b").
_PLACES = re.compile(r"%([12])")


def _fill(template: str, first: str, second: str) -> str:
    """``template`` with %1 and %2 put in at once (a file name holding "%2" stays as it is)."""
    return _PLACES.sub(lambda m: first if m.group(1) == "1" else second, template)


def join_parts(first: str, second: str) -> str:
    """Two parts of a summary in the interface's punctuation ("a; b", in Chinese "a；b")."""
    #: two parts of a summary ("Imported 3 of 5 pages; 2 could not be read")
    return _fill(QCoreApplication.translate("punctuation", "%1; %2"), first, second)


def join_quote(line: str, quoted: str) -> str:
    """``line`` followed by what it names or quotes ("a: b", in Chinese "a：b")."""
    #: a line and what it names or quotes ("page.json: has no text")
    return _fill(QCoreApplication.translate("punctuation", "%1: %2"), line, quoted)


def join_list(names: list[str] | tuple[str, ...]) -> str:
    """Names as a list in the interface's punctuation ("a, b", in Chinese "a、b")."""
    if not names:
        return ""
    #: a list of names, one more added ("PER, ORG")
    template = QCoreApplication.translate("punctuation", "%1, %2")
    listed = names[0]
    for name in names[1:]:
        listed = _fill(template, listed, name)
    return listed
