"""The events of a Verbund: those linked to it, with a button to plan a new one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.views.common.record_table import setup_table
from wba_desktop.views.events.events_model import EventRow, EventsModel


class VerbundEventsTab(QWidget):
    """Emits ``new_event_requested(verbund_id)`` and ``open_event(event_id)``."""

    changed = Signal()
    new_event_requested = Signal(int)
    open_event = Signal(int)

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._verbund_id: int | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("tabSummary")
        self.model = EventsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("verbundEventsTable")
        self.table.setModel(self.model)
        setup_table(self.table, self.model.columns)
        for i, col in enumerate(self.model.columns):
            self.table.setColumnHidden(i, col.key in ("verbuende", "wba_region"))
        self.table.activated.connect(lambda _i: self._open())
        self.new_button = QPushButton(self.tr("Neue Veranstaltung für den Verbund …"), self)
        self.open_button = QPushButton(self.tr("Veranstaltung öffnen"), self)
        self.new_button.clicked.connect(
            lambda: self._verbund_id is not None and self.new_event_requested.emit(self._verbund_id)
        )
        self.open_button.clicked.connect(self._open)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.set_verbund(None)

    def set_verbund(self, verbund_id: int | None) -> None:
        self._verbund_id = verbund_id
        self.reload()

    def reload(self) -> None:
        if self._verbund_id is None:
            self.model.set_rows([])
            self.summary.setText("")
        else:
            events = self._services.events.list_events(verbund_id=self._verbund_id)
            rows = [EventRow.build(e) for e in events]
            self.model.set_rows(rows)
            held = sum(1 for e in events if e.status == "durchgeführt")
            attended = sum(e.attended for e in events)
            self.summary.setText(
                self.tr("%1 Veranstaltungen, davon %2 durchgeführt · %3 Teilnahmen")
                .replace("%1", str(len(events)))
                .replace("%2", str(held))
                .replace("%3", str(attended))
            )
        self.new_button.setEnabled(self._verbund_id is not None)
        self.open_button.setEnabled(bool(self.model.rowCount()))

    def _open(self) -> None:
        index = self.table.currentIndex()
        row = self.model.record(index.row()) if index.isValid() else None
        if row is None and self.model.rowCount():
            row = self.model.record(0)
        if row is not None:
            self.open_event.emit(row.id)
