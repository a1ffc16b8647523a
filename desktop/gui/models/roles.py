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


#: The default labels' descriptions (``desktop/core/store/migrations.py``), for lupdate: a
#: project's own descriptions are shown as they are written.
LABEL_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("Labels", "person"),
    QT_TRANSLATE_NOOP("Labels", "place"),
    QT_TRANSLATE_NOOP("Labels", "organisation"),
    QT_TRANSLATE_NOOP("Labels", "amount of money"),
    QT_TRANSLATE_NOOP("Labels", "percentage or rate"),
    QT_TRANSLATE_NOOP("Labels", "count or measure"),
    QT_TRANSLATE_NOOP("Labels", "date or time"),
    QT_TRANSLATE_NOOP("Labels", "rank or position"),
    QT_TRANSLATE_NOOP("Labels", "length of time"),
    QT_TRANSLATE_NOOP("Labels", "other number"),
)


def label_description(description: str) -> str:
    """A label's description in the interface language (the defaults are translated)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Labels", description) if description else ""
