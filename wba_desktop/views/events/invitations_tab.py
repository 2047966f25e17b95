"""The invitation list of an event: who is on it, replies and waiting list, history,
e-mail to the list, participant list and calendar file, attendance."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import NotFoundError
from wba_desktop.services.bundle import Services
from wba_desktop.services.events.invitation_queries import InvitationRow
from wba_desktop.services.events.invitations import StatusResult
from wba_desktop.text import format as fmt
from wba_desktop.views.common.flow_bar import FlowLayout, labelled
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.record_table import confirm, on_delete_key, open_dialog, setup_table
from wba_desktop.views.common.sizing import show_rows
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.events.invitation_dialogs import HistoryDialog, InvitePersonDialog
from wba_desktop.views.events.invitation_mail import INVITATION, REMINDER, SELECTION
from wba_desktop.views.events.invitation_model import (
    COLUMNS,
    InvitationTableModel,
    status_text,
    summary_text,
)
from wba_desktop.views.events.invitation_outgoing import OutgoingMixin, show_calendar_texts
from wba_desktop.views.events.sources_dialog import SourcesDialog
from wba_desktop.vocab import INVITATION_STATUSES

INFO_STYLE = (
    "QLabel#invitationInfo { background: #eef1f4; color: #30404f; border: 1px solid #d5dae0;"
    " border-radius: 3px; padding: 4px 8px; }"
)


class InvitationsTab(OutgoingMixin, QWidget):
    changed = Signal()
    open_person = Signal(int)

    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._event_id: int | None = None
        self._capacity: int | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("tabSummary")
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("Alle Status"), None)
        for status in INVITATION_STATUSES:
            self.status_filter.addItem(cell(status), status)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, Organisation, E-Mail suchen …"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.model = InvitationTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("invitationsTable")
        self.table.setModel(self.model)
        setup_table(self.table, COLUMNS, multi_select=True)
        show_rows(self.table)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        on_delete_key(self.table, self.remove_selected)

        self.sources_button = QPushButton(self.tr("Einladungsliste erweitern …"), self)
        self.person_button = QPushButton(self.tr("Person einladen …"), self)
        self.status_button = QPushButton(self.tr("Status setzen"), self)
        self.status_menu = QMenu(self)
        self.status_actions = {}
        for status in INVITATION_STATUSES:
            act = self.status_menu.addAction(cell(status))
            act.triggered.connect(lambda _c=False, s=status: self.set_status(s))
            self.status_actions[status] = act
        self.status_button.setMenu(self.status_menu)
        self.history_button = QPushButton(self.tr("Verlauf …"), self)
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        self.mail_button = QPushButton(self.tr("E-Mail …"), self)
        self.mail_menu = QMenu(self)
        self.act_mail_invite = self.mail_menu.addAction(self.tr("Einladung an Vorgemerkte"))
        self.act_mail_remind = self.mail_menu.addAction(self.tr("Erinnerung an Zugesagte"))
        self.act_mail_selection = self.mail_menu.addAction(self.tr("An Auswahl"))
        self.act_mail_invite.triggered.connect(lambda: self.write_mail(INVITATION))
        self.act_mail_remind.triggered.connect(lambda: self.write_mail(REMINDER))
        self.act_mail_selection.triggered.connect(lambda: self.write_mail(SELECTION))
        self.mail_button.setMenu(self.mail_menu)
        self.xlsx_button = QPushButton(self.tr("Teilnehmerliste (Excel) …"), self)
        self.ics_button = QPushButton(self.tr("Kalenderdatei (.ics) …"), self)
        self.attendance_button = QPushButton(self.tr("Anwesenheit erfassen …"), self)
        self.sources_button.clicked.connect(self.extend_list)
        self.person_button.clicked.connect(self.invite_person)
        self.history_button.clicked.connect(self.show_history)
        self.remove_button.clicked.connect(self.remove_selected)
        self.xlsx_button.clicked.connect(lambda: self.export_participants())
        self.ics_button.clicked.connect(lambda: self.export_calendar())
        self.attendance_button.clicked.connect(self.take_attendance)

        self.info = QLabel(self)
        self.info.setObjectName("invitationInfo")
        self.info.setStyleSheet(INFO_STYLE)
        self.info.setWordWrap(True)
        self.info.hide()

        edit_row = FlowLayout()  # wraps in a narrow window instead of cutting labels
        for b in (
            self.sources_button,
            self.person_button,
            self.status_button,
            self.history_button,
            self.remove_button,
        ):
            edit_row.addWidget(b)
        edit_row.addStretch(1)
        edit_row.addWidget(self.attendance_button)
        view_row = FlowLayout()  # wraps on a small screen instead of overlapping
        view_row.addWidget(labelled(self.tr("&Status:"), self.status_filter, self))
        view_row.addWidget(self.search)
        for b in (self.mail_button, self.xlsx_button, self.ics_button):
            view_row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(edit_row)
        layout.addLayout(view_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.info)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------
    def set_event(self, event_id: int | None) -> None:
        if event_id != self._event_id:
            self.info.hide()
        self._event_id = event_id
        self.reload()

    def reload(self) -> None:
        """Fetch the list again (keeping the selection) and the summary line."""
        self._search_timer.stop()
        keep = [r.id for r in self.selected_rows()]
        if self._event_id is None:
            self.model.set_rows([])
            self.summary.setText(self.tr("Keine Veranstaltung gewählt."))
            self._update_buttons()
            return
        try:
            event = self._services.events.get(self._event_id)
            self._capacity = event.capacity
            show_calendar_texts(self.ics_button, event.status)
        except NotFoundError:  # deleted meanwhile (elsewhere or by a colleague)
            self._event_id = None
            self.reload()
            return
        everyone = self._services.invitation_queries.rows(self._event_id)
        status, text = self.status_filter.currentData(), self.search.text().strip()
        if status or text:
            rows = self._services.invitation_queries.rows(self._event_id, status, text)
        else:
            rows = everyone
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.summary.setText(summary_text(everyone, self._capacity))
        self.select_invitations(keep)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_event = self._event_id is not None
        selected = self.selected_rows()
        for b in (
            self.sources_button,
            self.person_button,
            self.mail_button,
            self.xlsx_button,
            self.ics_button,
            self.attendance_button,
        ):
            b.setEnabled(has_event)
        self.status_button.setEnabled(bool(selected))
        self.remove_button.setEnabled(bool(selected))
        self.history_button.setEnabled(len(selected) == 1)
        self.act_mail_selection.setEnabled(bool(selected))

    # -- selection -------------------------------------------------------------------
    def selected_rows(self) -> list[InvitationRow]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [r for r in (self.model.record(i) for i in rows) if r is not None]

    def select_invitations(self, invitation_ids) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for inv_id in invitation_ids:
            row = self.model.row_of(inv_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), flags)

    def _activated(self, index) -> None:
        rec = self.model.record(index.row())
        if rec is not None:
            self.open_person.emit(rec.person_id)

    def _say(self, text: str) -> None:
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def _after_write(self, text: str = "") -> None:
        self.reload()
        if text:
            self._say(text)
        self.changed.emit()

    # -- editing ---------------------------------------------------------------------
    def extend_list(self) -> SourcesDialog | None:
        if self._event_id is None:
            return None
        dialog = SourcesDialog(self._services, self._event_id, self)

        def added() -> None:
            r = dialog.result
            text = self.tr("%1 Personen hinzugefügt.").replace("%1", fmt.integer(r.added))
            if r.without_consent:
                why = ", ".join(f"{fmt.integer(n)} {reason}" for reason, n in r.left_out)
                text += " " + self.tr("%1 nicht eingeladen (%2).").replace(
                    "%1", fmt.integer(r.without_consent)
                ).replace("%2", why or self.tr("ohne Einwilligung"))
            self._after_write(text)

        return open_dialog(dialog, added)

    def invite_person(self) -> InvitePersonDialog | None:
        if self._event_id is None:
            return None
        dialog = InvitePersonDialog(self._services, self._event_id, self)

        def added() -> None:
            self._after_write()
            self.select_invitations([dialog.invitation_id])

        return open_dialog(dialog, added)

    def set_status(self, status: str, note: str = "") -> StatusResult | None:
        ids = [r.id for r in self.selected_rows()]
        if not ids:
            return None
        return (
            op(
                self,
                lambda: self._services.invitations.set_status(ids, status, note),
                title=self.tr("Status nicht gesetzt"),
            )
            .success(lambda result: self._after_write(status_text(result, status)))
            .failure(lambda _exc: self.reload())
            .run()
        )

    def show_history(self) -> HistoryDialog | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        entries = op(
            self,
            lambda: self._services.invitation_queries.history(rows[0].id),
            title=self.tr("Verlauf"),
        ).run()
        if entries is None:
            return None
        dialog = HistoryDialog(rows[0].name, entries, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        names = ", ".join(r.name for r in rows[:5]) + (", …" if len(rows) > 5 else "")

        def remove() -> None:
            result = self._services.invitations.remove([r.id for r in rows])
            text = self.tr("%1 Person(en) von der Liste genommen.").replace(
                "%1", str(result.changed)
            )
            self._after_write(" ".join(p for p in (text, status_text(result)) if p))

        confirm(
            self,
            self.tr("Von der Einladungsliste entfernen"),
            self.tr("%1 Person(en) von der Einladungsliste entfernen?\n%2")
            .replace("%1", fmt.integer(len(rows)))
            .replace("%2", names),
            self.tr("Entfernen"),
            remove,
            detail=self.tr(
                "Der Verlauf und eine erfasste Anwesenheit gehen dabei verloren. Wer nur "
                "nicht kommt, bekommt besser den Status „abgesagt“."
            ),
        )
