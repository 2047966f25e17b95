"""Small forms of data protection: record a consent or a withdrawal (for one person or
a selection, e.g. after an event's sign-up sheet) and edit a consent purpose.

``ConsentForm`` saves through ``services.consents`` (``record`` for one person,
``record_many`` for several); the result (the new event's id, or a ``BulkResult``)
is in ``saved``. ``PurposeForm`` is the Stammdaten form of a purpose.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from wba_desktop.services.privacy.consents import (
    GRANTED,
    STATUSES,
    WITHDRAWN,
    ConsentInput,
    ConsentService,
    PurposeInfo,
)
from wba_desktop.text import format as fmt
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.directory.reference_forms import EditForm

STATUS_LABELS = {
    GRANTED: QT_TR_NOOP("Einwilligung erteilt"),
    WITHDRAWN: QT_TR_NOOP("Einwilligung widerrufen"),
    "abgelaufen": QT_TR_NOOP("Einwilligung abgelaufen"),
}


class ConsentForm(EditForm):
    """Purpose, status, date, valid until, source, wording version and note."""

    def __init__(
        self,
        consents: ConsentService,
        person_ids: Sequence[int],
        parent: QWidget,
        *,
        status: str = GRANTED,
        who: str = "",
        purpose: str | None = None,
        today: date | None = None,
    ) -> None:
        many = len(person_ids) > 1
        title = (
            self.tr("Widerruf erfassen")
            if status == WITHDRAWN
            else self.tr("Einwilligung erfassen")
        )
        super().__init__(title, parent)
        self.setObjectName("consentForm")
        self.setMinimumWidth(520)
        self._consents, self._ids = consents, list(person_ids)
        today = today or date.today()
        if who or many:
            label = who or self.tr("%n Personen").replace("%n", fmt.integer(len(person_ids)))
            self.add_row(self.tr("Für:"), QLabel(f"<b>{label}</b>", self))
        self.purpose = QComboBox(self)
        for p in consents.purposes(active_only=True):
            self.purpose.addItem(cell(p.name), p.name)
        if purpose:
            self.purpose.setCurrentIndex(max(self.purpose.findData(purpose), 0))
        self.status = QComboBox(self)
        for s in STATUSES:
            self.status.addItem(self.tr(STATUS_LABELS[s]), s)
        self.status.setCurrentIndex(max(self.status.findData(status), 0))
        self.effective_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.effective_on.setDisplayFormat("dd.MM.yyyy")
        self.effective_on.setCalendarPopup(True)
        self.expires_on = OptionalDateEdit(self)
        self.expires_on.setSpecialValueText(self.tr("unbefristet"))
        self.source = QLineEdit(self)
        self.source.setMaxLength(200)
        self.source.setPlaceholderText(self.tr("z. B. Anmeldebogen Netzwerktreffen 2025"))
        self.wording = QLineEdit(self)
        self.wording.setMaxLength(40)
        self.wording.setPlaceholderText(self.tr("z. B. Fassung 2025-01"))
        self.note = QLineEdit(self)
        self.note.setMaxLength(300)
        self.add_row(self.tr("&Zweck: *"), self.purpose, "purpose").setFocus()
        self.add_row(self.tr("&Status: *"), self.status, "status")
        self.add_row(self.tr("&Datum: *"), self.effective_on, "effective_on")
        self.add_row(self.tr("Gültig &bis:"), self.expires_on, "expires_on")
        self.add_row(self.tr("&Quelle:"), self.source, "source")
        self.add_row(self.tr("&Fassung des Textes:"), self.wording, "wording_version")
        self.add_row(self.tr("&Notiz:"), self.note, "note")
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        if many:
            self.save_button.setText(self.tr("Für alle erfassen"))

    def _status_changed(self) -> None:
        granted = self.status.currentData() == GRANTED
        self.expires_on.setEnabled(granted)
        if not granted:
            self.expires_on.clear_value()

    def entry(self) -> ConsentInput:
        d = self.effective_on.date()
        return ConsentInput(
            purpose=self.purpose.currentData() or "",
            status=self.status.currentData(),
            effective_on=date(d.year(), d.month(), d.day()),
            expires_on=self.expires_on.value(),
            source=self.source.text(),
            wording_version=self.wording.text(),
            note=self.note.text(),
        )

    def submit(self) -> Any:
        if len(self._ids) == 1:
            return self._consents.record(self._ids[0], self.entry())
        return self._consents.record_many(self._ids, self.entry())


class PurposeForm(EditForm):
    """Name, description, order and whether the purpose is still offered."""

    def __init__(
        self, consents: ConsentService, current: PurposeInfo | None, parent: QWidget
    ) -> None:
        new = current is None
        super().__init__(
            self.tr("Neuer Einwilligungszweck")
            if new
            else self.tr("Einwilligungszweck bearbeiten"),
            parent,
        )
        self._consents, self._id = consents, None if current is None else current.id
        self.name = self.line_edit(self.tr("z. B. Mitgliederbefragung"), current and current.name)
        self.name.setMaxLength(60)
        self.description = QLineEdit(current.description if current else "", self)
        self.description.setMaxLength(300)
        self.sort_order = QSpinBox(self)
        self.sort_order.setRange(0, 9999)
        self.sort_order.setSpecialValueText(self.tr("ans Ende"))
        self.sort_order.setValue(current.sort_order if current else 0)
        self.active = QCheckBox(self.tr("wird angeboten (aktiv)"), self)
        self.active.setChecked(new or current.active)
        self.add_row(self.tr("&Bezeichnung: *"), self.name, "name").setFocus()
        self.add_row(self.tr("Beschrei&bung:"), self.description, "description")
        self.add_row(self.tr("&Reihenfolge:"), self.sort_order, "sort_order")
        self.add_row("", self.active, "active")

    def submit(self) -> PurposeInfo:
        order = self.sort_order.value() or None
        return self._consents.save_purpose(
            self.name.text(),
            self.description.text(),
            self.active.isChecked(),
            order,
            purpose_id=self._id,
        )
