"""Help > Keyboard shortcuts and About, and View > Language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.gui import i18n, mnemonics
from desktop.gui.dialogs.menus import Actions, menu
from desktop.gui.dialogs.shortcuts import CheatSheetDialog
from desktop.gui.models.roles import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate


class HelpMenu(QObject):
    def __init__(self, window: MainWindow, actions: Actions) -> None:
        super().__init__(window)
        self.window = window
        help_menu = menu(window, "help")
        help_menu.addAction(
            actions.add(
                "cheatSheet",
                QT_TRANSLATE_NOOP("menu", "&Keyboard shortcuts"),
                self.cheat_sheet_open,
                "F1",
            )
        )
        help_menu.addAction(
            actions.add("about", QT_TRANSLATE_NOOP("menu", "&About newsdesk"), self.about_open)
        )

    def cheat_sheet_open(self) -> CheatSheetDialog:
        dialog = CheatSheetDialog(self._label_keys(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _label_keys(self) -> list[tuple[str, str, str]]:
        """The label keys as the window really binds them (a label whose key is taken by a
        built-in action gets another sequence there)."""
        group = translate("menu", "Labels")
        return [
            (
                group,
                mnemonics.plain(action.text()),
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for action in self.window.edit_actions.label_actions
            if not action.shortcut().isEmpty()
        ]

    def about_open(self) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setWindowTitle(translate("menu", "About newsdesk"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            translate(
                "menu",
                "newsdesk: read, correct and export OCR'd Chinese newspaper pages.\n"
                "Every correction is saved at once to the project file.",
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box


class LanguageMenu(QObject):
    """View > Language: install the language now; the window follows at once, in place (each
    part handles Qt's LanguageChange): nothing is rebuilt, the article being read stays, the
    undo history too."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.language_menu = menu(window, "view").addMenu("")
        i18n.bind_text(
            self.language_menu, "menu", QT_TRANSLATE_NOOP("menu", "&Language"), "setTitle"
        )
        self.language_menu.setObjectName("languageMenu")
        group = QActionGroup(self.language_menu)
        group.setExclusive(True)
        current = i18n.chosen_language()
        used = {"S"}  # System language's
        for code, name in [("", ""), *i18n.LANGUAGES.items()]:
            # each language in its own words, with a letter of its English name (中文 (&C))
            english = {"zh_CN": "C", "en": "E"}.get(code, "")
            action = QAction(mnemonics.mark(name, used, prefer=english), self.language_menu)
            if not code:
                i18n.bind_text(action, "menu", QT_TRANSLATE_NOOP("menu", "&System language"))
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.setObjectName(f"language_{code or 'system'}")
            group.addAction(action)
            self.language_menu.addAction(action)
        group.triggered.connect(self._on_language_triggered)

    def _on_language_triggered(self, action: QAction) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        i18n.set_language(app, str(action.data() or ""))  # Qt sends LanguageChange to all
