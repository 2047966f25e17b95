"""The "Kontakte" tab of the person and organisation dialogs: the contact history
(advice, talks, event attendance) with add / edit / remove."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QMessageBox

from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.activities import ActivityInfo
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.messages import ask
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.directory.linked_tables import LinkedTable

COLUMNS = (
    Column("happened_on", QT_TR_NOOP("Datum"), 90),
    Column("kind", QT_TR_NOOP("Art"), 100, format=cell),
    Column("subject", QT_TR_NOOP("Betreff"), 220),
    Column("other", QT_TR_NOOP("Mit"), 200),
    Column("verbund_name", QT_TR_NOOP("Verbund"), 160),
    Column("note", QT_TR_NOOP("Notiz"), 200),
)


class HistoryRow:
    def __init__(self, info: ActivityInfo, about: str) -> None:
        self.info = info
        self.id = info.id
        self.happened_on: date | None = info.data.happened_on
        self.kind = info.data.kind
        self.subject = info.data.subject or info.event_title
        self.other = info.organisation_name if about == "person" else info.person_name
        self.verbund_name = info.verbund_name
        self.note = info.data.note


class HistoryTab(LinkedTable):
    """``about`` is "person" or "organisation"; ``set_record(id, label)`` loads it."""

    def __init__(self, services: Services, about: str, on_change, parent=None) -> None:
        super().__init__(COLUMNS, tr("Kontakt erfassen …"), tr("Öffnen"), parent=parent)
        self.setObjectName("historyTab")
        self._services = services
        self._about = about
        self._on_change = on_change
        self._record: tuple[int, str] | None = None
        self.open_button.hide()
        self.add_requested.connect(self.add_entry)
        self.edit_requested.connect(self.edit_entry)
        self.remove_requested.connect(self.remove_entry)

    def set_record(self, record_id: int | None, label: str = "") -> None:
        self._record = (record_id, label) if record_id is not None else None
        self.reload()

    def reload(self) -> None:
        if self._record is None:
            self.set_rows([])
            return
        key = "person_id" if self._about == "person" else "organisation_id"
        infos = self._services.activities.history(**{key: self._record[0]})
        self.set_rows([HistoryRow(i, self._about) for i in infos])

    def _dialog(self, existing: ActivityInfo | None = None):
        from wba_desktop.views.directory.activity_dialog import ActivityDialog

        preset = {self._about: self._record} if existing is None and self._record else {}
        dialog = ActivityDialog(self._services, existing=existing, parent=self, **preset)

        def done(result: int) -> None:
            dialog.deleteLater()
            if result:
                self.reload()
                self._on_change()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def add_entry(self):
        return self._dialog() if self._record is not None else None

    def edit_entry(self, row: HistoryRow):
        return self._dialog(row.info)

    def remove_entry(self, row: HistoryRow) -> None:
        def answer(i: int) -> None:
            if i == 0:
                self._services.activities.delete(row.id)
                self.reload()
                self._on_change()

        ask(
            self,
            self.tr("Kontakt löschen"),
            self.tr("Den Eintrag vom %1 löschen?").replace(
                "%1", row.happened_on.strftime("%d.%m.%Y") if row.happened_on else "–"
            ),
            [
                (self.tr("Löschen"), QMessageBox.ButtonRole.DestructiveRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            answer,
            default=1,
        )
