"""Custom item data roles shared by the models and views."""

import html

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # article id or annotation uuid
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a raw value that sorts right (numbers as numbers)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3  # the whole record


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` (pyside6-lupdate); returns it unchanged.

    Typed stand-in for Qt's, whose stub returns ``object``.
    """
    return text


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    Qt guesses whether a tooltip is rich text; page text such as ``<b>`` would be rendered.
    Escaped inside an explicit rich-text wrapper it always shows as typed.
    """
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
