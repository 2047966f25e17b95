"""A titled card with a small table and an empty-state text, as on the start page (the
areas add their own cards to it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QLabel, QTableView, QVBoxLayout

from wba_desktop.views.common.record_table import setup_table
from wba_desktop.views.common.simple_table import RecordListModel

RED = QColor("#b03a2e")


class _RedModel(RecordListModel):
    """Rows whose ``overdue`` attribute is true are shown in red."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            rec = self.record(index.row())
            if getattr(rec, "overdue", False):
                return RED
        return super().data(index, role)


class Section(QFrame):
    """A titled card with a small table and an empty-state text."""

    activated = Signal(object)

    def __init__(self, title: str, columns, empty_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("startCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(title, self)
        self.heading.setObjectName("cardTitle")
        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName("cardEmpty")
        self.model = _RedModel(columns, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table, columns, multi_select=True)
        self.table.activated.connect(
            lambda index: self.activated.emit(self.model.record(index.row()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows) -> None:
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        base = self.heading.text().split(" (")[0]
        self.heading.setText(f"{base} ({len(rows)})" if rows else base)
