"""Members of a Verbund: organisations with role, period, commitment and contact."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.verbuende.members import MemberInfo
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.record_table import (
    confirm,
    on_delete_key,
    open_dialog,
    setup_table,
)
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.verbuende.member_dialog import MemberDialog


class MemberRow:
    """Flat view of a MemberInfo for the table."""

    def __init__(self, m: MemberInfo, today: date) -> None:
        self.info = m
        self.id = m.id
        self.organisation_name = m.organisation_name
        self.organisation_type = m.organisation_type
        self.district = m.district
        self.role = m.data.role
        self.joined_on = m.data.joined_on
        self.left_on = m.data.left_on
        self.commitment = m.data.commitment
        self.signed_on = m.data.agreement_signed_on
        self.contact_name = m.contact_name
        self.contact_email = m.contact_email
        self.active = m.active_on(today)


COLUMNS = (
    Column("organisation_name", "Organisation", 230),
    Column("role", "Rolle", 150),
    Column("organisation_type", "Art", 150),
    Column("district", "Landkreis", 120),
    Column("commitment", "Verbindlichkeit", 160),
    Column("signed_on", "Unterzeichnet", 110),
    Column("joined_on", "Beigetreten", 100),
    Column("left_on", "Ausgetreten", 100),
    Column("contact_name", "Ansprechperson", 170),
    Column("contact_email", "E-Mail", 190),
)


class MembersModel(RecordListModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and self.columns[index.column()].key == "commitment"
        ):
            rec = self.record(index.row())
            if rec is not None and rec.commitment == "Kooperationsvereinbarung":
                return QColor("#1e7b34")
        return super().data(index, role)


class MembersTab(QWidget):
    changed = Signal()
    open_organisation = Signal(int)
    add_from_directory = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._verbund_id: int | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("tabSummary")
        self.show_former = QCheckBox(self.tr("Ausgetretene zeigen"), self)
        self.show_former.toggled.connect(lambda _on: self.reload())
        self.model = MembersModel(COLUMNS, is_muted=lambda r: not r.active, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("membersTable")
        self.table.setModel(self.model)
        setup_table(self.table, COLUMNS, multi_select=True)
        # rows come in role order; sorting starts when a header is clicked
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(lambda _i: self.edit_member())
        on_delete_key(self.table, self.remove_member)
        self.add_button = QPushButton(self.tr("Mitglied hinzufügen …"), self)
        self.add_many_button = QPushButton(self.tr("Aus dem Verzeichnis …"), self)
        self.add_many_button.setToolTip(
            self.tr(
                "Organisationen im Verzeichnis markieren und mit „Zu Verbund hinzufügen“ "
                "übernehmen (auch aus dem Netzwerk möglich)."
            )
        )
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self)
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        self.open_button = QPushButton(self.tr("Organisation öffnen"), self)
        self.add_button.clicked.connect(self.add_member)
        self.add_many_button.clicked.connect(self.add_from_directory.emit)
        self.edit_button.clicked.connect(self.edit_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.open_button.clicked.connect(self._open)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.add_many_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.show_former)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_verbund(self, verbund_id: int | None) -> None:
        self._verbund_id = verbund_id
        self.reload()

    def reload(self) -> None:
        if self._verbund_id is None:
            self.model.set_rows([])
            self.summary.setText("")
            self._update_buttons()
            return
        today = date.today()
        rows = [
            MemberRow(m, today) for m in self._services.verbund_members.members(self._verbund_id)
        ]
        active = [r for r in rows if r.active]
        signed = sum(1 for r in active if r.commitment == "Kooperationsvereinbarung")
        self.model.set_rows(rows if self.show_former.isChecked() else active)
        former = len(rows) - len(active)
        text = (
            self.tr("%1 aktive Mitglieder, davon %2 mit unterzeichneter Vereinbarung")
            .replace("%1", str(len(active)))
            .replace("%2", str(signed))
        )
        if former:
            text += self.tr(" · %1 ausgetreten").replace("%1", str(former))
        self.summary.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_verbund = self._verbund_id is not None
        has_row = self.current() is not None
        self.add_button.setEnabled(has_verbund)
        self.add_many_button.setEnabled(has_verbund)
        for b in (self.edit_button, self.remove_button, self.open_button):
            b.setEnabled(has_row)

    def current(self) -> MemberRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_organisation(self, name: str) -> bool:
        for i, r in enumerate(self.model.rows()):
            if r.organisation_name == name:
                self.table.selectRow(i)
                return True
        return False

    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()

    def add_member(self) -> MemberDialog | None:
        if self._verbund_id is None:
            return None
        dialog = MemberDialog(self._services, self._verbund_id, parent=self)
        return open_dialog(dialog, self._after_write)

    def edit_member(self) -> MemberDialog | None:
        row = self.current()
        if row is None or self._verbund_id is None:
            return None
        dialog = MemberDialog(self._services, self._verbund_id, row.info, parent=self)
        return open_dialog(dialog, self._after_write)

    def remove_member(self) -> None:
        row = self.current()
        if row is None:
            return

        def delete() -> None:
            self._services.verbund_members.delete_member(row.id)
            self._after_write()

        confirm(
            self,
            self.tr("Mitglied entfernen"),
            self.tr(
                "„%1“ aus dem Verbund entfernen? Wer ausgetreten ist, bekommt besser ein "
                "Austrittsdatum, damit die Geschichte erhalten bleibt."
            ).replace("%1", row.organisation_name),
            self.tr("Entfernen"),
            delete,
        )

    def _open(self) -> None:
        row = self.current()
        if row is not None:
            self.open_organisation.emit(row.info.data.organisation_id)
