"""The "Änderungen" tab of the record dialogs: what happened to this record, when and
by whom, with each field's old and new value. Read-only: the log is not edited here.
Loaded when the tab is first shown (and again after each save while it is shown)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from wba_desktop.services.audit import AuditRow
from wba_desktop.services.bundle import Services
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.record_table import setup_table
from wba_desktop.views.common.simple_table import RecordListModel

COLUMNS = (
    Column("changed_at", QT_TR_NOOP("Zeitpunkt"), 120),
    Column("who", QT_TR_NOOP("Wer"), 150),
    Column("action", QT_TR_NOOP("Aktion"), 80),
    Column("what", QT_TR_NOOP("Datensatz"), 200),
    Column("summary", QT_TR_NOOP("Änderungen (alt → neu)"), 400),
)


class ChangeLine:
    """One row of the tab: an :class:`AuditRow` with the record named only when it is
    not the dialog's own record (an affiliation in the person's tab)."""

    def __init__(self, row: AuditRow, own_table: str) -> None:
        self.row = row
        self.id = row.id
        self.changed_at = row.changed_at
        self.who = row.who
        self.action = row.action
        self.what = "" if row.table_name == own_table else row.record_label
        self.summary = row.summary


class AuditTab(QWidget):
    """``table``: the record's table ("organisation", "person", "event", "verbund")."""

    def __init__(self, services: Services, table: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTab")
        self._services = services
        self._table = table
        self._record_id: int | None = None
        self._stale = True
        self.model = RecordListModel(COLUMNS, parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        setup_table(self.view, COLUMNS, compact=True)
        self.hint = QLabel(self)
        self.hint.setObjectName("fieldHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)

    def set_record(self, record_id: int | None) -> None:
        self._record_id = record_id
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        if self._record_id is None:
            self.model.set_rows([])
            self.hint.setText(self.tr("Änderungen werden nach dem ersten Speichern aufgezeichnet."))
            return
        if not self._services.permissions.can_read_audit:  # the database would refuse
            self.model.set_rows([])
            self.hint.setText(
                self.tr(
                    "Das Änderungsprotokoll dürfen auf der Teamdatenbank nur Anmeldungen mit "
                    "der Rolle „Datenschutz“ lesen."
                )
            )
            return
        rows = self._services.audit.for_record(self._table, self._record_id)
        lines = [ChangeLine(r, self._table) for r in rows]
        self.model.set_rows(lines)
        # the record column only where rows of linked records appear (a person's tab)
        self.view.setColumnHidden(3, not any(line.what for line in lines))
        self.hint.setText(
            self.tr(
                "%1 Einträge im Änderungsprotokoll. Einträge werden nach der eingestellten "
                "Aufbewahrungsfrist gelöscht."
            ).replace("%1", str(len(rows)))
        )

    def rows(self) -> list[ChangeLine]:
        return self.model.rows()
