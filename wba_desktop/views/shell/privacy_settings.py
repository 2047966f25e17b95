"""The "Datenschutz" page of the settings: how long the change log and the log files
are kept. The change log's period is shared by everyone on the database; the log
files are this PC's own (the backups' retention is on the "Sicherung" page)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QSpinBox, QWidget

from wba_desktop.services.bundle import Services
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
        self.log_days = QSpinBox(self)
        self.log_days.setObjectName("logRetention")
        self.log_days.setRange(1, 3650)
        self.log_days.setSuffix(self.tr(" Tage"))
        for box in (self.audit_days, self.log_days):
            box.setMinimumWidth(160)
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = QFormLayout(self)
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
        self.audit_days.setValue(self._services.audit.retention_days())
        self.log_days.setValue(self._settings.get(s.LOG_RETENTION_DAYS))

    def save(self) -> None:
        """Store both values; raises the service's ValidationError (nothing stored)."""
        if self.audit_days.value() != self._services.audit.retention_days():
            self._services.audit.set_retention_days(self.audit_days.value())
        self._settings.set(s.LOG_RETENTION_DAYS, self.log_days.value())
