"""Link a person to an organisation (function, department, period, primary)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.affiliations import AffiliationData, AffiliationInfo
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.record_picker import RecordPicker

FUNCTIONS = (
    "Geschäftsführung",
    "Personalleitung",
    "Ausbildungsleitung",
    "Referent/in Weiterbildung",
    "Bildungsberatung",
    "Projektleitung",
    "Teamleitung Arbeitgeber-Service",
    "Bürgermeister/in",
    "Landrat/Landrätin",
    "Vorstand",
    "Sachbearbeitung",
)


class AffiliationDialog(QDialog):
    """Fix one side (person or organisation) and pick the other."""

    def __init__(
        self,
        services: Services,
        *,
        person: tuple[int, str] | None = None,
        organisation: tuple[int, str] | None = None,
        existing: AffiliationInfo | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._existing = existing
        self.saved: AffiliationInfo | None = None
        self.setWindowTitle(
            self.tr("Zuordnung bearbeiten") if existing else self.tr("Person zuordnen")
        )
        self.setMinimumWidth(460)

        self.person = RecordPicker(lambda t: services.people.choices(t), self)
        self.organisation = RecordPicker(lambda t: services.organisations.choices(t), self)
        self.function = QLineEdit(self)
        from PySide6.QtWidgets import QCompleter

        self.function.setCompleter(QCompleter(list(FUNCTIONS), self.function))
        self.department = QLineEdit(self)
        self.primary = QCheckBox(
            self.tr("Hauptzuordnung (erscheint in Listen und Anschriften)"), self
        )
        self.valid_from = OptionalDateEdit(self)
        self.valid_until = OptionalDateEdit(self)

        form = QFormLayout()
        if existing:
            person = (existing.person_id, existing.person_name)
            organisation = (existing.organisation_id, existing.organisation_name)
        if person:
            self.person.set_current(*person)
            form.addRow(self.tr("Person:"), QLabel(f"<b>{person[1]}</b>", self))
        else:
            form.addRow(self.tr("&Person:"), self.person)
        if organisation:
            self.organisation.set_current(*organisation)
            form.addRow(self.tr("Organisation:"), QLabel(f"<b>{organisation[1]}</b>", self))
        else:
            form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Funktion:"), self.function)
        form.addRow(self.tr("&Abteilung:"), self.department)
        form.addRow("", self.primary)
        form.addRow(self.tr("&Von:"), self.valid_from)
        form.addRow(self.tr("&Bis:"), self.valid_until)

        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(
            self.banner,
            {
                "person_id": self.person,
                "organisation_id": self.organisation,
                "valid_until": self.valid_until,
            },
        )
        buttons = save_cancel_buttons(self)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

        if existing:
            self.function.setText(existing.function)
            self.department.setText(existing.department)
            self.primary.setChecked(existing.is_primary)
            self.valid_from.set_value(existing.valid_from)
            self.valid_until.set_value(existing.valid_until)

    def save_button(self):
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        data = AffiliationData(
            person_id=self.person.current_id(),
            organisation_id=self.organisation.current_id(),
            function=self.function.text(),
            department=self.department.text(),
            is_primary=self.primary.isChecked(),
            valid_from=self.valid_from.value(),
            valid_until=self.valid_until.value(),
        )
        existing = self._existing.id if self._existing else None
        op(
            self, lambda: self._services.affiliations.save(data, existing), form=self.errors
        ).success(accept_saved(self)).run()
