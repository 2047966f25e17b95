"""Extras › Änderungsprotokoll: every change in the database, filtered by who, when,
kind of record and text, exported to Excel. Read-only: the log cannot be edited or
deleted from the app (only its retention period in the settings removes old entries).

The table holds only the ids of the matching entries and fetches the rows as they are
shown, so 100,000 entries open at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from wba_desktop.services.audit import KINDS, AuditFilter
from wba_desktop.services.bundle import Services
from wba_desktop.text import format as fmt
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.file_export import export_file
from wba_desktop.views.common.lazy_table import Column, LazyTableModel
from wba_desktop.views.common.record_table import setup_table
from wba_desktop.views.common.tasks import TaskRunner

COLUMNS = (
    Column("changed_at", QT_TR_NOOP("Zeitpunkt"), 120),
    Column("who", QT_TR_NOOP("Wer"), 150, sortable=False),
    Column("kind", QT_TR_NOOP("Art"), 110),
    Column("action", QT_TR_NOOP("Aktion"), 80),
    Column("record_label", QT_TR_NOOP("Datensatz"), 260),
    Column("summary", QT_TR_NOOP("Änderungen (alt → neu)"), 420, sortable=False),
)


class AuditModel(LazyTableModel):
    columns = COLUMNS


class AuditDialog(QDialog):
    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Änderungsprotokoll"))
        self._services, self._runner = services, runner
        audit = services.audit
        self.who = QComboBox(self)
        self.who.addItem(self.tr("alle"), "")
        for name in audit.users():
            self.who.addItem(name, name)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("alle"), "")
        for kind in KINDS:
            self.kind.addItem(kind, kind)
        self.since = OptionalDateEdit(self)
        self.until = OptionalDateEdit(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Name, Wert …"))
        self.text.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&Wer:"), self.who),
            (self.tr("&Art:"), self.kind),
            (self.tr("&Von:"), self.since),
            (self.tr("&Bis:"), self.until),
            (self.tr("&Text:"), self.text),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 1 if widget is self.text else 0)
        self.model = AuditModel(audit.list_ids, audit.rows, AuditFilter(), self)
        self.view = QTableView(self)
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        setup_table(self.view, COLUMNS, compact=True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)  # newest first, as the service lists them
        self.count = QLabel(self)
        self.export_button = QPushButton(self.tr("E&xportieren …"), self)
        self.export_button.clicked.connect(lambda: self.export())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(300)
        self._typing.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(lambda _t: self._typing.start())
        for combo in (self.who, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.resize(1180, 640)
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            who=self.who.currentData() or "",
            since=self.since.value(),
            until=self.until.value(),
            kind=self.kind.currentData() or "",
            text=self.text.text().strip(),
        )

    def apply_filter(self) -> None:
        self._typing.stop()
        self.model.set_filter(self.current_filter())
        n = self.model.rowCount()
        self.count.setText(
            self.tr("1 Eintrag") if n == 1 else self.tr("%1 Einträge").replace("%1", fmt.integer(n))
        )
        self.export_button.setEnabled(n > 0)

    def export(self, chosen_path: Path | None = None):
        flt = self.current_filter()
        return export_file(
            self,
            self._runner,
            self.tr("Änderungsprotokoll exportieren"),
            f"Aenderungsprotokoll-{date.today():%Y-%m-%d}.xlsx",
            self.tr("Excel-Arbeitsmappe (*.xlsx)"),
            lambda path: self._services.audit.export_xlsx(path, flt),
            chosen_path=chosen_path,
        )
