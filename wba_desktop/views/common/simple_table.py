"""A table model over a short list of dataclasses (details tabs, search results)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from wba_desktop.text.fold import sort_key
from wba_desktop.views.common.lazy_table import ID_ROLE, ROW_ROLE, Column, format_value
from wba_desktop.views.common.translation import tr

_GREY = QColor("#8a8a8a")


class RecordListModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        is_muted: Callable[[Any], bool] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._is_muted = is_muted

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def record(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return tr(self.columns[section].header)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rec = self._rows[index.row()]
        col = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(rec, col.key)
            return col.format(value) if col.format else format_value(value)
        if role == ID_ROLE:
            return getattr(rec, "id", None)
        if role == ROW_ROLE:
            return rec
        if role == Qt.ItemDataRole.ForegroundRole and self._is_muted and self._is_muted(rec):
            return _GREY
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key, shown = self.columns[column].key, self.columns[column].format

        def k(rec: Any):
            value = getattr(rec, key)
            if isinstance(value, str):  # as the cell reads (a vocabulary label, say)
                return (0, sort_key(shown(value) if shown else value))
            return (1 if value is None else 0, value if value is not None else 0)

        self.beginResetModel()
        self._rows.sort(key=k, reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()
