"""A table model that holds only ids and fetches rows in pages, as they are shown.

Opening 100,000 records costs one query for their ids in display order; the rows
themselves are fetched 200 at a time when the view asks for them, and a small page
cache keeps scrolling smooth. Sorting asks the service for a new id order.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from wba_desktop.services.listing import Sort
from wba_desktop.text import format as fmt
from wba_desktop.views.common.translation import tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 3

PAGE_SIZE = 200
MAX_PAGES = 50

_INACTIVE = QColor("#8a8a8a")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: int = 120
    align_right: bool = False
    hidden_by_default: bool = False
    sortable: bool = True
    format: Callable[[Any], str] | None = None


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("ja") if value else tr("nein")
    if isinstance(value, datetime):
        if value.tzinfo is None:  # stored as naive UTC
            value = value.replace(tzinfo=UTC).astimezone()
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float | Decimal):
        return fmt.number(value)  # decimal comma: 0,43
    return str(value)


class LazyTableModel(QAbstractTableModel):
    """Subclasses give ``columns`` and the two service calls."""

    columns: Sequence[Column] = ()

    def __init__(
        self,
        list_ids: Callable[[Any, Sort], list[int]],
        fetch_rows: Callable[[Sequence[int]], list[Any]],
        initial_filter: Any,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._list_ids = list_ids
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._filter: Any = initial_filter
        self.loaded = False
        self._sort = Sort()

    # -- loading -------------------------------------------------------------------
    def set_filter(self, flt: Any) -> None:
        self._filter = flt
        self.reload()

    @property
    def current_filter(self) -> Any:
        return self._filter

    @property
    def current_sort(self) -> Sort:
        return self._sort

    def reload(self) -> None:
        self.loaded = True
        self.beginResetModel()
        self._ids = self._list_ids(self._filter, self._sort)
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Drop cached rows (after an edit) without changing the id order."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def record(self, row: int) -> Any | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            ids = self._ids[start : start + PAGE_SIZE]
            fetched = {r.id: r for r in self._fetch_rows(ids)}
            page = [fetched.get(i) for i in ids]
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row % PAGE_SIZE]

    # -- Qt API --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(self.columns[section].header)
            if role == SORT_KEY_ROLE:
                return self.columns[section].key
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        rec = self.record(index.row())
        if rec is None:
            return None
        col = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(rec, col.key)
            return col.format(value) if col.format else format_value(value)
        if role == ROW_ROLE:
            return rec
        if role == Qt.ItemDataRole.ForegroundRole and not getattr(rec, "active", True):
            return _INACTIVE
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if col.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return self.extra_data(rec, col, role)

    def extra_data(self, rec: Any, col: Column, role: int) -> Any:
        """Hook for subclasses (decorations, fonts)."""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        new = Sort(self.columns[column].key, order == Qt.SortOrder.AscendingOrder)
        if new == self._sort and self.loaded:
            return
        self._sort = new
        if self.loaded:  # before the first load only remember the order
            self.reload()
