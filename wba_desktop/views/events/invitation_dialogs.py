"""Small dialogs of the invitation list: invite one person, and the status history
of one invitation."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.events.invitation_queries import HistoryEntry
from wba_desktop.services.events.invitations import ADD_STATUSES
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.vocab_combo import add_vocab, cell, vocab_value
from wba_desktop.views.events.invitation_model import fmt_local

HISTORY_COLUMNS = (
    Column("status", QT_TR_NOOP("Status"), 130, format=cell),
    Column("changed_at", QT_TR_NOOP("Zeitpunkt"), 125, format=fmt_local),
    Column("note", QT_TR_NOOP("Notiz"), 280),
)


class InvitePersonDialog(QDialog):
    """Put one person on the list; after ``accept()``: ``invitation_id``."""

    def __init__(self, services: Services, event_id: int, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._event_id = event_id
        self.invitation_id: int | None = None
        self.setWindowTitle(self.tr("Person einladen"))
        self.resize(480, 0)
        self.banner = ErrorBanner(self)
        self.person = RecordPicker(services.people.choices, self)
        self.status = QComboBox(self)
        add_vocab(self.status, ADD_STATUSES)
        form = QFormLayout()
        form.addRow(self.tr("&Person: *"), self.person)
        form.addRow(self.tr("&Status:"), self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Einladen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.errors = FieldErrors(self.banner, {"person_id": self.person, "status": self.status})

    def save(self) -> None:
        self.errors.clear()
        person_id = self.person.current_id()
        if person_id is None:
            self.errors.show({"person_id": self.tr("Person: Bitte aus der Liste wählen.")})
            return
        status = vocab_value(self.status)

        def added(invitation_id: int) -> None:
            self.invitation_id = invitation_id
            self.accept()

        op(
            self,
            lambda: self._services.invitations.add_person(self._event_id, person_id, status),
            form=self.errors,
        ).success(added).run()


class HistoryDialog(QDialog):
    """Every status change of one invitation, oldest first, in local time."""

    def __init__(self, name: str, entries: list[HistoryEntry], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verlauf: %1").replace("%1", name))
        self.resize(600, 320)
        self.model = RecordListModel(HISTORY_COLUMNS, parent=self)
        self.model.set_rows(entries)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(HISTORY_COLUMNS):
            self.table.setColumnWidth(i, col.width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("%n Statusänderung(en)").replace("%n", str(len(entries))), self)
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
