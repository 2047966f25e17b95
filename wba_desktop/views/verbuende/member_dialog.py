"""Add or edit one member of a Verbund: organisation, role, period, commitment,
contact person."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.verbuende.members import MemberData, MemberInfo, role_for_kind
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.vocab_combo import add_vocab, set_vocab, vocab_value
from wba_desktop.vocab import COMMITMENTS, MEMBER_ROLES


class MemberDialog(QDialog):
    def __init__(
        self,
        services: Services,
        verbund_id: int,
        existing: MemberInfo | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self._services = services
        self._verbund_id = verbund_id
        self._existing = existing
        self.saved: MemberInfo | None = None
        self.setWindowTitle(self.tr("Mitglied bearbeiten") if existing else self.tr("Mitglied"))
        self.resize(520, 0)
        self.banner = ErrorBanner(self)
        self.organisation = RecordPicker(services.organisations.choices, self)
        self.organisation.picked.connect(self._organisation_picked)
        self.role = QComboBox(self)
        add_vocab(self.role, MEMBER_ROLES)
        self.joined = OptionalDateEdit(self)
        self.left = OptionalDateEdit(self)
        self.commitment = QComboBox(self)
        add_vocab(self.commitment, COMMITMENTS)
        self.signed = OptionalDateEdit(self)
        self.commitment.currentIndexChanged.connect(self._commitment_changed)
        self.contact = RecordPicker(services.people.choices, self)
        self.contact.setPlaceholderText(self.tr("Ansprechperson suchen …"))
        self.note = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("&Organisation: *"), self.organisation)
        form.addRow(self.tr("&Rolle:"), self.role)
        form.addRow(self.tr("&Beigetreten:"), self.joined)
        form.addRow(self.tr("&Ausgetreten:"), self.left)
        form.addRow(self.tr("&Verbindlichkeit:"), self.commitment)
        form.addRow(self.tr("&Unterzeichnet am:"), self.signed)
        form.addRow(self.tr("Ansprech&person:"), self.contact)
        form.addRow(self.tr("&Notiz:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(save_cancel_buttons(self))
        self.errors = FieldErrors(
            self.banner,
            {
                "organisation_id": self.organisation,
                "role": self.role,
                "left_on": self.left,
                "commitment": self.commitment,
                "agreement_signed_on": self.signed,
                "contact_person_id": self.contact,
            },
        )
        if existing is not None:
            d = existing.data
            self.organisation.set_current(d.organisation_id, existing.organisation_name)
            self.organisation.setEnabled(False)
            set_vocab(self.role, d.role)
            self.joined.set_value(d.joined_on)
            self.left.set_value(d.left_on)
            set_vocab(self.commitment, d.commitment)
            self.signed.set_value(d.agreement_signed_on)
            self.contact.set_current(d.contact_person_id, existing.contact_name)
            self.note.setText(d.note)
        self._commitment_changed()

    def _commitment_changed(self, _index: int = 0) -> None:
        self.signed.setEnabled(vocab_value(self.commitment) == "Kooperationsvereinbarung")

    def _organisation_picked(self, org_id: int) -> None:
        detail = self._services.organisations.get(org_id)
        set_vocab(self.role, role_for_kind(detail.type_name))
        people = self._services.affiliations.for_organisation(org_id)
        current = [a for a in people if a.current]
        if current and not self.contact.text():
            self.contact.set_current(current[0].person_id, current[0].person_name)

    def data(self) -> MemberData:
        return MemberData(
            organisation_id=self.organisation.current_id(),
            role=vocab_value(self.role),
            joined_on=self.joined.value(),
            left_on=self.left.value(),
            commitment=vocab_value(self.commitment),
            agreement_signed_on=self.signed.value() if self.signed.isEnabled() else None,
            contact_person_id=self.contact.current_id() if self.contact.text() else None,
            note=self.note.text(),
        )

    def save(self) -> None:
        data, member_id = self.data(), self._existing.id if self._existing else None
        members = self._services.verbund_members
        op(
            self, lambda: members.save_member(self._verbund_id, data, member_id), form=self.errors
        ).success(accept_saved(self)).run()
