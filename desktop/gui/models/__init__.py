"""Item models over the facade's records: they hold records of ids and fetch through the Library."""

from desktop.gui.models.annotations import EntityTableModel, FigureTableModel
from desktop.gui.models.articles import ArticleListModel

__all__ = ["ArticleListModel", "EntityTableModel", "FigureTableModel"]
