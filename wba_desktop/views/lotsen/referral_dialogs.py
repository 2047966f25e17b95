"""The small forms of the Lotsen desk: refer an inquiry to a partner, record the
partner's answer, record the outcome, and move the inquiry to its next status."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.lotsen.status import next_statuses
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.vocab_combo import add_vocab, cell, vocab_value
from wba_desktop.vocab import ACCEPTED, CLOSED, DECLINED, OUTCOMES


def _date_edit(parent, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def _day(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class _Form(QDialog):
    """A titled form with an error banner and Speichern/Abbrechen."""

    def __init__(self, title: str, intro: str, parent) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(520, 0)
        self.saved = None
        self.banner = ErrorBanner(self)
        self.form = QFormLayout()
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.banner)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            self._layout.addWidget(label)
        self._layout.addLayout(self.form)

    def finish(self, fields: dict) -> None:
        self._layout.addWidget(save_cancel_buttons(self))
        self.errors = FieldErrors(self.banner, fields)


class ReferDialog(_Form):
    """Refer the inquiry to a partner (chosen from the matches, or any organisation)."""

    def __init__(
        self,
        services: Services,
        inquiry_id: int,
        organisation_id: int | None,
        organisation_name: str,
        contact_id: int | None = None,
        contact_name: str = "",
        parent=None,
    ) -> None:
        super().__init__(
            self.tr("Vermitteln"),
            self.tr(
                "Die Vermittlung steht danach in der Kontakthistorie des Partners; die "
                "Wiedervorlage erscheint auf der Startseite."
            ),
            parent,
        )
        self.setObjectName("referDialog")
        self._services, self._inquiry_id = services, inquiry_id
        self.partner = RecordPicker(services.organisations.choices, self)
        self.partner.setPlaceholderText(self.tr("Partner suchen …"))
        if organisation_id is not None:
            self.partner.set_current(organisation_id, organisation_name)
        self.contact = RecordPicker(services.people.choices, self)
        self.contact.setPlaceholderText(self.tr("Ansprechperson (freiwillig) …"))
        if contact_id is not None:
            self.contact.set_current(contact_id, contact_name)
        today = date.today()
        self.referred = _date_edit(self, today)
        days = services.follow_up_defaults.defaults().referral_days
        self.follow_up = _date_edit(self, today + timedelta(days=days))
        self.form.addRow(self.tr("&Partner: *"), self.partner)
        self.form.addRow(self.tr("&Ansprechperson:"), self.contact)
        self.form.addRow(self.tr("&Vermittelt am:"), self.referred)
        self.form.addRow(self.tr("&Wiedervorlage am:"), self.follow_up)
        self.finish(
            {
                "organisation_id": self.partner,
                "contact_person_id": self.contact,
                "referred_on": self.referred,
                "follow_up_on": self.follow_up,
            }
        )
        (self.contact if organisation_id is not None else self.partner).setFocus()

    def save(self) -> None:
        org = self.partner.current_id() if self.partner.text() else None
        contact = self.contact.current_id() if self.contact.text() else None
        if org is None:
            self.errors.show(
                {"organisation_id": self.tr("Partner: Bitte eine Organisation wählen.")}
            )
            return
        referred, follow_up = _day(self.referred), _day(self.follow_up)
        referrals, iid = self._services.referrals, self._inquiry_id
        op(
            self,
            lambda: referrals.refer(iid, org, contact, referred, follow_up),
            form=self.errors,
        ).success(accept_saved(self)).run()


class AnswerDialog(_Form):
    """The partner's answer: angenommen, or abgelehnt with a reason."""

    def __init__(self, services: Services, referral, parent=None) -> None:
        super().__init__(
            self.tr("Antwort des Partners"),
            self.tr("Vermittlung an %1 vom %2").replace("%1", referral.partner)
            .replace("%2", referral.referred_on.strftime("%d.%m.%Y")),
            parent,
        )  # fmt: skip
        self.setObjectName("answerDialog")
        self._services, self._referral = services, referral
        self.answer = QComboBox(self)
        add_vocab(self.answer, (ACCEPTED, DECLINED))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("bei Ablehnung: warum?"))
        self.on = _date_edit(self, date.today())
        self.form.addRow(self.tr("&Antwort:"), self.answer)
        self.form.addRow(self.tr("&Begründung:"), self.reason)
        self.form.addRow(self.tr("A&m:"), self.on)
        self.finish({"answer": self.answer, "reason": self.reason, "answered_on": self.on})

    def save(self) -> None:
        rid, referrals = self._referral.id, self._services.referrals
        answer, reason, on = vocab_value(self.answer), self.reason.text(), _day(self.on)
        op(self, lambda: referrals.answer(rid, answer, on, reason), form=self.errors).success(
            accept_saved(self)
        ).run()


class OutcomeDialog(_Form):
    """What came of a referral (the follow-up is done then)."""

    def __init__(self, services: Services, referral, parent=None) -> None:
        super().__init__(
            self.tr("Ergebnis der Vermittlung"),
            self.tr("Vermittlung an %1 vom %2").replace("%1", referral.partner)
            .replace("%2", referral.referred_on.strftime("%d.%m.%Y")),
            parent,
        )  # fmt: skip
        self.setObjectName("outcomeDialog")
        self._services, self._referral = services, referral
        self.outcome = QComboBox(self)
        add_vocab(self.outcome, OUTCOMES)
        self.on = _date_edit(self, date.today())
        self.form.addRow(self.tr("&Ergebnis:"), self.outcome)
        self.form.addRow(self.tr("&Am:"), self.on)
        self.finish({"outcome": self.outcome, "outcome_on": self.on})

    def save(self) -> None:
        rid, referrals = self._referral.id, self._services.referrals
        outcome, on = vocab_value(self.outcome), _day(self.on)
        op(self, lambda: referrals.record_outcome(rid, outcome, on), form=self.errors).success(
            accept_saved(self)
        ).run()


class StatusDialog(_Form):
    """The inquiry's next status (only the steps the flow allows)."""

    def __init__(self, services: Services, detail, parent=None) -> None:
        super().__init__(
            self.tr("Status ändern"),
            self.tr("%1 ist „%2“.").replace("%1", detail.number).replace("%2", cell(detail.status)),
            parent,
        )
        self.setObjectName("statusDialog")
        self._services, self._detail = services, detail
        self.status = QComboBox(self)
        add_vocab(self.status, detail.next_statuses or next_statuses(detail.status))
        self.outcome = QComboBox(self)
        self.outcome.addItem(self.tr("– bitte wählen –"), "")
        for o in OUTCOMES:
            self.outcome.addItem(cell(o), o)
        self.on = _date_edit(self, date.today())
        self.note = QLineEdit(self)
        self.form.addRow(self.tr("&Neuer Status:"), self.status)
        self.form.addRow(self.tr("&Ergebnis:"), self.outcome)
        self.form.addRow(self.tr("&Am:"), self.on)
        self.form.addRow(self.tr("N&otiz:"), self.note)
        self.status.currentIndexChanged.connect(
            lambda _i: self._status_changed(vocab_value(self.status))
        )
        self._status_changed(vocab_value(self.status))
        self.finish({"status": self.status, "outcome": self.outcome, "on": self.on,
                     "note": self.note})  # fmt: skip

    def _status_changed(self, status: str) -> None:
        self.outcome.setEnabled(status == CLOSED)

    def save(self) -> None:
        iid, inquiries = self._detail.id, self._services.inquiries
        status = vocab_value(self.status)
        outcome = self.outcome.currentData() if status == CLOSED else ""
        on, note = _day(self.on), self.note.text()
        op(
            self, lambda: inquiries.set_status(iid, status, on, outcome, note), form=self.errors
        ).success(accept_saved(self)).run()
