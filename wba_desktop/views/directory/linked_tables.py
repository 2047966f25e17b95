"""The "Personen" and "Beziehungen" tabs: a table with add / edit / remove buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.sizing import fit_titles


class LinkedTable(QWidget):
    """Emits ``add_requested``, ``edit_requested(record)``, ``remove_requested(record)``
    and ``open_requested(record)`` (double-click on the linked record)."""

    add_requested = Signal()
    edit_requested = Signal(object)
    remove_requested = Signal(object)
    open_requested = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        add_label: str,
        open_label: str,
        is_muted: Callable[[Any], bool] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.model = RecordListModel(columns, is_muted, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(columns):
            self.table.setColumnWidth(i, col.width)
        fit_titles(self.table)
        self.table.doubleClicked.connect(lambda idx: self._emit(self.edit_requested, idx.row()))

        self.add_button = QPushButton(add_label, self)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self)
        self.open_button = QPushButton(open_label, self)
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _emit(self, signal, row: int | None = None) -> None:
        rec = self.model.record(row) if row is not None else self.selected()
        if rec is not None:
            signal.emit(rec)

    def _update_buttons(self, *_args) -> None:
        has = self.selected() is not None
        for b in (self.edit_button, self.open_button, self.remove_button):
            b.setEnabled(has)
