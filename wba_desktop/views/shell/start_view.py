"""The start page: what needs attention today – overdue milestones and tasks,
Verbünde whose funding ends without a plan, upcoming events and open to-dos."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.section import Section


class StartView(QWidget):
    """Emits ``open_verbund(verbund_id, tab_key)``."""

    #: change topics that make the area refresh (see MainWindow._on_changes)
    watches = frozenset({"verbuende", "events", "activities", "organisations", "inquiries"})

    open_verbund = Signal(int, str)
    counts_changed = Signal(str)
    #: emitted whenever the data is shown (``loaded`` is True from the first time on)
    loaded_signal = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("startView")
        self._services = services
        self._reload_hooks: list = []
        self.loaded = False
        self.greeting = QLabel(self)
        self.greeting.setObjectName("dialogTitle")
        self.tasks = Section(
            self.tr("Überfällige Meilensteine und Aufgaben"),
            (
                Column("due_on", "Fällig", 90),
                Column("verbund_name", "Verbund", 240),
                Column("title", "Was", 260),
                Column("responsible_name", "Verantwortlich", 160),
            ),
            self.tr("Nichts überfällig."),
            self,
        )
        self.funding = Section(
            self.tr("Förderung endet bald – ohne Verstetigung"),
            (
                Column("funding_end", "Förderende", 90),
                Column("name", "Verbund", 260),
                Column("phase", "Phase", 110),
            ),
            self.tr("Kein Verbund betroffen."),
            self,
        )
        self.tasks.activated.connect(lambda r: self.open_verbund.emit(r.verbund_id, "tasks"))
        self.funding.activated.connect(lambda r: self.open_verbund.emit(r.id, "record"))
        self.grid = QGridLayout()
        self.grid.addWidget(self.tasks, 0, 0)
        self.grid.addWidget(self.funding, 0, 1)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(self.greeting)
        layout.addLayout(self.grid, 1)

    def add_section(self, section: Section, row: int, column: int) -> None:
        """Further cards (events, checklists) are added by their areas."""
        self.grid.addWidget(section, row, column)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.loaded = True
        today = date.today()
        weekday = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
        self.greeting.setText(
            self.tr("Heute, %1, %2")
            .replace("%1", weekday[today.weekday()])
            .replace("%2", today.strftime("%d.%m.%Y"))
        )
        overdue = [_TaskRow(t) for t in self._services.verbund_progress.overdue_tasks(today)]
        self.tasks.set_rows(overdue)
        self.funding.set_rows(self._services.health.funding_warnings(today))
        for hook in self._reload_hooks:
            hook(today)
        self.counts_changed.emit(
            self.tr("%1 überfällige Aufgaben").replace("%1", str(len(overdue)))
        )
        self.loaded_signal.emit()

    def on_reload(self, hook) -> None:
        """``hook(today)`` runs on every reload (the cards other areas add)."""
        self._reload_hooks.append(hook)


class _TaskRow:
    def __init__(self, t) -> None:
        self.id = t.id
        self.verbund_id = t.verbund_id
        self.verbund_name = t.verbund_name
        self.due_on = t.data.due_on
        prefix = "◆ " if t.data.kind == "Meilenstein" else ""
        self.title = prefix + t.data.title
        self.responsible_name = t.responsible_name
        self.overdue = t.overdue
