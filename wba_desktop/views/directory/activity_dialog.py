"""Record or edit one entry of the contact history (advice, talk, visit …): from a
Verbund's contact tab with the Verbund fixed, or from the organisation and person forms."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.activities import ActivityData, ActivityInfo
from wba_desktop.views.common.count_edit import CountEdit
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.vocab import ACTIVITY_KINDS, ADVICE


class ActivityDialog(QDialog):
    """Record or edit one contact. With ``verbund_id`` the Verbund is fixed; without,
    it can be chosen (or left empty). ``organisation``/``person`` ((id, label)) pre-fill
    the pickers of a new entry."""

    def __init__(
        self,
        services: Services,
        verbund_id: int | None = None,
        existing: ActivityInfo | None = None,
        *,
        organisation: tuple[int, str] | None = None,
        person: tuple[int, str] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self._services = services
        self._verbund_id = verbund_id
        self._existing = existing
        self.saved: ActivityInfo | None = None
        self.setWindowTitle(
            self.tr("Kontakt bearbeiten") if existing else self.tr("Kontakt erfassen")
        )
        self.setMinimumWidth(500)

        self.happened_on = OptionalDateEdit(self)
        self.happened_on.set_value(date.today())
        self.kind = QComboBox(self)
        self.kind.addItems(ACTIVITY_KINDS)
        self.kind.setCurrentText(ADVICE)
        self.organisation = RecordPicker(services.organisations.choices, self)
        self.person = RecordPicker(services.people.choices, self)
        self.subject = QLineEdit(self)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(80)
        self.participants = CountEdit(self)
        self.participants.setToolTip(self.tr("Bei Veranstaltungen: wie viele teilnahmen"))
        self.verbund = QComboBox(self)

        form = QFormLayout()
        form.addRow(self.tr("&Datum:"), self.happened_on)
        form.addRow(self.tr("&Art:"), self.kind)
        if verbund_id is not None:
            name = services.verbuende.get(verbund_id).label
            form.addRow(self.tr("Verbund:"), QLabel(f"<b>{name}</b>", self))
            self.verbund.hide()
        else:
            self.verbund.addItem(self.tr("(kein Verbund)"), None)
            for vid, label in services.verbuende.choices():
                self.verbund.addItem(label, vid)
            form.addRow(self.tr("&Verbund:"), self.verbund)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow(self.tr("&Betreff:"), self.subject)
        form.addRow(self.tr("&Notiz:"), self.note)
        form.addRow(self.tr("&Teilnehmende:"), self.participants)
        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(
            self.banner,
            {
                "happened_on": self.happened_on,
                "kind": self.kind,
                "organisation_id": self.organisation,
                "person_id": self.person,
                "verbund_id": self.verbund,
                "participants": self.participants,
            },
        )
        self._buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        if organisation:
            self.organisation.set_current(*organisation)
        if person:
            self.person.set_current(*person)
        if existing:
            self._load(existing)

    def _load(self, a: ActivityInfo) -> None:
        d = a.data
        self.happened_on.set_value(d.happened_on)
        self.kind.setCurrentText(d.kind)
        if d.organisation_id is not None:
            self.organisation.set_current(d.organisation_id, a.organisation_name)
        if d.person_id is not None:
            self.person.set_current(d.person_id, a.person_name)
        self.subject.setText(d.subject)
        self.note.setPlainText(d.note)
        self.participants.set_value(d.participants)
        self.verbund.setCurrentIndex(max(self.verbund.findData(d.verbund_id), 0))

    def save_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        unpicked = {}
        for key, picker, label in (
            ("organisation_id", self.organisation, self.tr("Organisation")),
            ("person_id", self.person, self.tr("Person")),
        ):
            if picker.current_id() is None and picker.text().strip():
                unpicked[key] = label + self.tr(": Bitte aus der Liste wählen.")
        if unpicked:
            self.errors.show(unpicked)
            return
        data = ActivityData(
            happened_on=self.happened_on.value(),
            kind=self.kind.currentText(),
            subject=self.subject.text(),
            note=self.note.toPlainText(),
            organisation_id=self.organisation.current_id(),
            person_id=self.person.current_id(),
            verbund_id=self._verbund_id
            if self._verbund_id is not None
            else self.verbund.currentData(),
            participants=self.participants.value(),
        )
        activity_id = self._existing.id if self._existing else None
        activities = self._services.activities
        op(self, lambda: activities.save(data, activity_id), form=self.errors).success(
            accept_saved(self)
        ).run()
