"""The "Datenschutz" page of the settings: after how many years without contact people
come onto the review list, after how many months private inquirers („Ratsuchende“) are
anonymised, and how long the change log and the log files are kept. The review period,
the inquirers' months and the change log's period are shared by everyone on the
database; the log files are this PC's own (the backups' retention is on the "Sicherung"
page)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QSpinBox, QWidget

from wba_desktop.services.bundle import Services
from wba_desktop.services.lotsen.retention import MAX_MONTHS, MIN_MONTHS
from wba_desktop.views.common import settings as s
from wba_desktop.views.common.settings import Settings


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("fieldHint")
    return label


class PrivacySettingsPage(QWidget):
    """``load()`` fills the fields; ``save()`` stores them (the shared value through
    the service, so a ValidationError reaches the dialog's banner)."""

    def __init__(self, services: Services, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("privacySettings")
        self._services, self._settings = services, settings
        self.audit_days = QSpinBox(self)
        self.audit_days.setObjectName("auditRetention")
        self.audit_days.setRange(30, 36500)
        self.audit_days.setSuffix(self.tr(" Tage"))
        self.audit_days.setGroupSeparatorShown(True)  # 1.095 Tage, as German numbers read
        self.log_days = QSpinBox(self)
        self.log_days.setObjectName("logRetention")
        self.log_days.setRange(1, 3650)
        self.log_days.setSuffix(self.tr(" Tage"))
        self.review_years = QSpinBox(self)
        self.review_years.setObjectName("reviewYears")
        self.review_years.setRange(1, 30)
        self.review_years.setSuffix(self.tr(" Jahre"))
        self.inquirer_months = QSpinBox(self)
        self.inquirer_months.setObjectName("inquirerMonths")
        self.inquirer_months.setRange(MIN_MONTHS, MAX_MONTHS)
        self.inquirer_months.setSuffix(self.tr(" Monaten"))
        for box in (self.review_years, self.inquirer_months, self.audit_days, self.log_days):
            box.setMinimumWidth(160)
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = QFormLayout(self)
        form.addRow(self.tr("Überprüfen nach:"), self.review_years)
        form.addRow(
            _hint(
                self.tr(
                    "Personen ohne Kontakt und ohne Teilnahme seit so vielen Jahren erscheinen "
                    "in der Überprüfungsliste (Extras › Datenschutz). Gilt für alle, die mit "
                    "dieser Datenbank arbeiten."
                ),
                self,
            )
        )
        form.addRow(self.tr("Ratsuchende anonymisieren nach:"), self.inquirer_months)
        form.addRow(
            _hint(
                self.tr(
                    "Ratsuchende (Personen, die nur wegen einer Anfrage gespeichert sind) "
                    "werden so viele Monate nach dem Abschluss ihrer letzten Anfrage beim "
                    "Start automatisch anonymisiert. Gilt für alle, die mit dieser Datenbank "
                    "arbeiten."
                ),
                self,
            )
        )
        form.addRow(self.tr("Änderungsprotokoll aufbewahren:"), self.audit_days)
        form.addRow(
            _hint(
                self.tr(
                    "Ältere Einträge werden beim Start gelöscht (Standard: 3 Jahre = 1095 Tage). "
                    "Gilt für alle, die mit dieser Datenbank arbeiten."
                ),
                self,
            )
        )
        form.addRow(self.tr("Protokolldateien aufbewahren:"), self.log_days)
        form.addRow(
            _hint(
                self.tr(
                    "Ältere Protokolldateien von WBA Desktop auf diesem PC werden beim Start "
                    "gelöscht. Wie lange Sicherungen aufbewahrt werden, steht unter "
                    "„Sicherung“."
                ),
                self,
            )
        )

    def load(self) -> None:
        self.review_years.setValue(self._services.review.years())
        self.inquirer_months.setValue(self._services.inquirer_retention.months())
        self.audit_days.setValue(self._services.audit.retention_days())
        self.log_days.setValue(self._settings.get(s.LOG_RETENTION_DAYS))

    def save(self) -> None:
        """Store the values; raises the service's ValidationError (nothing stored)."""
        if self.review_years.value() != self._services.review.years():
            self._services.review.set_years(self.review_years.value())
        retention = self._services.inquirer_retention
        if self.inquirer_months.value() != retention.months():
            retention.set_months(self.inquirer_months.value())
        if self.audit_days.value() != self._services.audit.retention_days():
            self._services.audit.set_retention_days(self.audit_days.value())
        self._settings.set(s.LOG_RETENTION_DAYS, self.log_days.value())
