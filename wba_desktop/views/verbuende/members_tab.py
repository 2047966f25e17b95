"""Members of a Verbund: organisations with role, period, commitment and contact."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QPushButton

from wba_desktop.services.bundle import Services
from wba_desktop.services.verbuende.members import MemberInfo
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.record_tab import OWNER, ROW, DeleteQuestion, RecordTab
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.vocab_combo import cell
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
    Column("organisation_name", QT_TR_NOOP("Organisation"), 230),
    Column("role", QT_TR_NOOP("Rolle"), 150, format=cell),
    Column("organisation_type", QT_TR_NOOP("Art"), 150, format=cell),
    Column("district", QT_TR_NOOP("Landkreis"), 120),
    Column("commitment", QT_TR_NOOP("Verbindlichkeit"), 160, format=cell),
    Column("signed_on", QT_TR_NOOP("Unterzeichnet"), 110),
    Column("joined_on", QT_TR_NOOP("Beigetreten"), 100),
    Column("left_on", QT_TR_NOOP("Ausgetreten"), 100),
    Column("contact_name", QT_TR_NOOP("Ansprechperson"), 170),
    Column("contact_email", QT_TR_NOOP("E-Mail"), 190),
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


class MembersTab(RecordTab):
    """Emits ``changed`` after every write, ``open_organisation(id)`` and
    ``add_from_directory()`` (pick organisations in the directory)."""

    open_organisation = Signal(int)
    add_from_directory = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(
            services,
            MembersModel(COLUMNS, is_muted=lambda r: not r.active),
            title=self.tr("Mitglieder"),
            table_name="membersTable",
            add=self.tr("Mitglied hinzufügen …"),
            remove=self.tr("Entfernen"),
            compact=False,
            multi_select=True,
            edit_on_activated=True,
            parent=parent,
        )
        self._all: list[MemberRow] = []
        # rows come in role order; sorting starts when a header is clicked
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.add_many_button = QPushButton(self.tr("Aus dem Verzeichnis …"), self)
        self.add_many_button.setToolTip(
            self.tr(
                "Organisationen im Verzeichnis markieren und mit „Zu Verbund hinzufügen“ "
                "übernehmen (auch aus dem Netzwerk möglich)."
            )
        )
        self.add_many_button.clicked.connect(self.add_from_directory.emit)
        self.add_extra(self.add_many_button, needs=OWNER)
        self.show_former = QCheckBox(self.tr("Ausgetretene zeigen"), self)
        self.show_former.toggled.connect(lambda _on: self.reload())
        self.add_extra(self.show_former, right=True)
        self.open_button = QPushButton(self.tr("Organisation öffnen"), self)
        self.open_button.clicked.connect(self._open)
        self.add_extra(self.open_button, right=True, needs=ROW)

    set_verbund = RecordTab.set_owner

    def load(self, verbund_id: int) -> list[MemberRow]:
        today = date.today()
        members = self._services.verbund_members.members(verbund_id)
        self._all = [MemberRow(m, today) for m in members]
        return self._all if self.show_former.isChecked() else [r for r in self._all if r.active]

    def summary_text(self, _rows: list[MemberRow]) -> str:
        active = [r for r in self._all if r.active]
        signed = sum(1 for r in active if r.commitment == "Kooperationsvereinbarung")
        text = (
            self.tr("%1 aktive Mitglieder, davon %2 mit unterzeichneter Vereinbarung")
            .replace("%1", str(len(active)))
            .replace("%2", str(signed))
        )
        former = len(self._all) - len(active)
        if former:
            text += self.tr(" · %1 ausgetreten").replace("%1", str(former))
        return text

    def select_organisation(self, name: str) -> bool:
        return self.select_where(lambda r: r.organisation_name == name)

    def make_dialog(self, row: MemberRow | None) -> MemberDialog:
        existing = row.info if row is not None else None
        return MemberDialog(self._services, self.owner_id, existing, parent=self)

    def delete(self, row: MemberRow) -> None:
        self._services.verbund_members.delete_member(row.id)

    def delete_question(self, row: MemberRow) -> DeleteQuestion:
        return DeleteQuestion(
            self.tr("Mitglied entfernen"),
            self.tr(
                "„%1“ aus dem Verbund entfernen? Wer ausgetreten ist, bekommt besser ein "
                "Austrittsdatum, damit die Geschichte erhalten bleibt."
            ).replace("%1", row.organisation_name),
            self.tr("Entfernen"),
        )

    add_member, edit_member, remove_member = RecordTab.add, RecordTab.edit, RecordTab.remove

    def _open(self) -> None:
        row = self.current()
        if row is not None:
            self.open_organisation.emit(row.info.data.organisation_id)
