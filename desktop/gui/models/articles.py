"""The article list: one row per article, in page order, filtered by a substring query."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop.core.errors import Problem
from desktop.core.facade import ArticleSource
from desktop.core.records import ArticleSummary, Changes
from desktop.gui.error_text import translate_template
from desktop.gui.models.roles import (
    ID_ROLE,
    QT_TRANSLATE_NOOP,
    RECORD_ROLE,
    SORT_ROLE,
    plain_tooltip,
)
from desktop.gui.models.table import RecordTable

_Index = QModelIndex | QPersistentModelIndex

CONTEXT = "ArticleList"  # translation context (strings marked with QT_TRANSLATE_NOOP)
STATUS_TEXT = {
    "new": QT_TRANSLATE_NOOP("ArticleList", "new"),
    "in_progress": QT_TRANSLATE_NOOP("ArticleList", "in progress"),
    "reviewed": QT_TRANSLATE_NOOP("ArticleList", "reviewed"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_text(status: str) -> str:
    """The review status in words, in the interface language."""
    return _t(STATUS_TEXT.get(status, status))


STATUS_MARK = {"new": "○", "in_progress": "◐", "reviewed": "●"}
COUNTS_TIP = QT_TRANSLATE_NOOP("ArticleList", "%1 entities · %2 figures")
WARNINGS_TIP = QT_TRANSLATE_NOOP("ArticleList", "When this page was imported:")


def warnings_text(warnings: Iterable[Problem]) -> str:
    """A page's warnings, one line each, in the interface language ("" when it has none):
    what the reader said when the page was imported (read shrunk, markup kept as text), kept
    with the page so the user hears it whenever they come back to it."""
    return "\n".join("⚠ " + w.render(translate_template) for w in warnings)


@functools.cache
def warning_icon() -> QIcon:
    """The style's warning sign (the same the import's box shows), made once."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def page_label(summary: ArticleSummary) -> str:
    """Page and article number as the list shows them: ``000 · 3``, or with the printed page
    of an OCR page whose furniture named it, ``第3版 · 3`` (the tooltip names the file)."""
    page = (summary.page or "").strip() or _short(summary.document_name)
    return f"{page} · {summary.index + 1}"


def page_furniture(paper: str | None, date: str | None, page: str | None) -> str:
    """What the page's furniture says, ``山河日报 · 2025-03-01 · 第3版``: the known parts
    only, "" when none is known (plain text pages)."""
    return " · ".join(p.strip() for p in (paper, date, page) if p and p.strip())


class ArticleListModel(RecordTable):
    """Columns: page (document and article number), title, status, entities, figures."""

    CONTEXT = CONTEXT

    HEADERS = (
        QT_TRANSLATE_NOOP("ArticleList", "Page"),
        QT_TRANSLATE_NOOP("ArticleList", "Title"),
        # a mark over a column of marks (○ ◐ ●), its tooltip says what it is: the word
        # "Status" made the column four times as wide as its one-glyph cells and left the
        # title a few characters at 1024x700
        QT_TRANSLATE_NOOP("ArticleList", "✓"),
        QT_TRANSLATE_NOOP("ArticleList", "Ent."),
        QT_TRANSLATE_NOOP("ArticleList", "Fig."),
    )
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("ArticleList", "Page and article number"),
        "",
        QT_TRANSLATE_NOOP("ArticleList", "Review status"),
        QT_TRANSLATE_NOOP("ArticleList", "Entities"),
        QT_TRANSLATE_NOOP("ArticleList", "Figures"),
    )

    def __init__(self, library: ArticleSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[ArticleSummary] = []
        self._row_of: dict[int, int] = {}
        self.query = ""

    # --- loading ------------------------------------------------------------------------
    def reload(self, query: str | None = None) -> None:
        """Fetch the summaries again (after an import, or for a new filter)."""
        if query is not None:
            self.query = query
        self.beginResetModel()
        self._rows = list(self._library.article_summaries(self.query))
        self._row_of = {s.id: i for i, s in enumerate(self._rows)}
        self.endResetModel()

    def apply_changes(self, changes: Changes) -> None:
        """Update the rows ``changes`` touches: from the records it carries (review status,
        counts of spans not rejected) without a read, else read again those rows only."""
        touched = [a for a in changes.articles | changes.article_status if a in self._row_of]
        if not touched:
            return
        if not changes.has_records:
            self.refresh_articles(touched)
            return
        deltas = changes.count_deltas()
        for article_id in touched:
            row = self._row_of[article_id]
            old = self._rows[row]
            ent, fig = deltas.get(article_id, (0, 0))
            self._rows[row] = dataclasses.replace(
                old,
                status=changes.status_of(article_id) or old.status,
                n_entities=old.n_entities + ent,
                n_figures=old.n_figures + fig,
            )
            self._row_changed(row)

    def refresh_articles(self, article_ids: Iterable[int]) -> None:
        """Read the summaries of these articles again (one read for them all)."""
        wanted = [a for a in article_ids if a in self._row_of]
        if not wanted:
            return
        for summary in self._library.article_summaries(ids=wanted):
            row = self._row_of.get(summary.id)
            if row is not None:
                self._rows[row] = summary
                self._row_changed(row)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- lookup -------------------------------------------------------------------------
    def row_of(self, article_id: int) -> int | None:
        return self._row_of.get(article_id)

    def summary(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def article_ids(self) -> list[int]:
        return [s.id for s in self._rows]

    # --- Qt model API -------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                page_label(s),
                s.title,
                STATUS_MARK.get(s.status, s.status),
                str(s.n_entities),
                str(s.n_figures),
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            counts = _t(COUNTS_TIP).replace("%1", str(s.n_entities)).replace("%2", str(s.n_figures))
            furniture = page_furniture(s.paper, s.date, s.page)
            warned = f"\n\n{_t(WARNINGS_TIP)}\n{warnings_text(s.warnings)}" if s.warnings else ""
            return plain_tooltip(
                (f"{furniture}\n" if furniture else "")
                + f"{s.document_name} #{s.index + 1}: {s.title}\n{status_text(s.status)} · {counts}"
                + warned
            )
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and s.warnings:
            return warning_icon()  # the page was imported with a warning: the tooltip says it
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3, 4):
            horizontal = Qt.AlignmentFlag.AlignCenter if col == 2 else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return s.id
        if role == SORT_ROLE:
            return (s.id, s.title, s.status, s.n_entities, s.n_figures)[col]
        if role == RECORD_ROLE:
            return s
        return None


@functools.lru_cache(maxsize=4096)
def _short(name: str) -> str:
    """A page's name made readable for a narrow column (the tooltip has it whole).

    The extension goes, and so do parts that are content hashes (long runs of hex digits mixing
    letters and digits, as in ``000_d93c9dc7b4603325.txt`` -> ``000``); a name still long keeps
    its start and end around an ellipsis (``朔州日报…A03``).
    """
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    pieces = _SEPARATORS.split(stem)  # word, separator, word, …
    short = ""
    for i in range(0, len(pieces), 2):
        if pieces[i] and not _is_hash(pieces[i]):
            short += (pieces[i - 1] if short and i else "") + pieces[i]
    if not short:
        return stem[:8]
    if len(short) > SHORT_NAME_CHARS:
        half = (SHORT_NAME_CHARS - 1) // 2
        short = f"{short[:half]}…{short[-half:]}"
    return short


SHORT_NAME_CHARS = 15
_SEPARATORS = re.compile(r"([_\-\s]+)")
_HEX = frozenset("0123456789abcdefABCDEF")


def _is_hash(part: str) -> bool:
    return (
        len(part) >= 8
        and set(part) <= _HEX
        and any(c.isdigit() for c in part)
        and any(c.isalpha() for c in part)
    )
