"""The "Schwellenwerte" page of the settings: the rules of the Verbund health check and
the default follow-up periods („Wiedervorlage“) of contacts and referrals. Both are
kept in the database for the whole team (``services.health``,
``services.follow_up_defaults``); the services check the ranges and name the field
when a value is refused. The review period of data protection is on the
"Datenschutz" page.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.team_settings import MAX_FOLLOW_UP_DAYS, FollowUpDefaults
from wba_desktop.services.verbuende.health import HealthThresholds


def _spin(parent: QWidget, name: str, lo: int, hi: int, suffix: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(lo, hi)
    box.setSuffix(suffix)
    box.setMinimumWidth(150)
    box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return box


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("fieldHint")
    return label


class ThresholdSettingsPage(QWidget):
    """``load()`` fills the fields; ``check()`` raises the services' ValidationError
    before anything is stored; ``save()`` stores both groups."""

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdSettings")
        self._services = services
        health = QGroupBox(self.tr("Gesundheitscheck der Verbünde"), self)
        months = self.tr(" Monate")
        self.share = _spin(health, "agreementShare", 1, 100, " %")
        self.advice = _spin(health, "adviceMonths", 1, 60, months)
        self.events = _spin(health, "eventMonths", 1, 60, months)
        self.funding = _spin(health, "fundingMonths", 1, 60, months)
        form = QFormLayout(health)
        form.addRow(self.tr("Mitglieder mit Kooperationsvereinbarung, mindestens:"), self.share)
        form.addRow(self.tr("Beratung von Mitgliedsunternehmen in den letzten:"), self.advice)
        form.addRow(self.tr("Informations-/Dialogveranstaltung in den letzten:"), self.events)
        form.addRow(self.tr("Warnung, wenn die Förderung endet in:"), self.funding)

        cadence = QGroupBox(self.tr("Wiedervorlage (Vorschlag)"), self)
        days = self.tr(" Tage")
        self.activity_days = _spin(cadence, "activityFollowUp", 1, MAX_FOLLOW_UP_DAYS, days)
        self.referral_days = _spin(cadence, "referralFollowUp", 1, MAX_FOLLOW_UP_DAYS, days)
        cadence_form = QFormLayout(cadence)
        cadence_form.addRow(self.tr("Nach einem Kontakt:"), self.activity_days)
        cadence_form.addRow(self.tr("Nach einer Vermittlung (Lotsenstelle):"), self.referral_days)
        cadence_form.addRow(
            _hint(
                self.tr(
                    "Vorgeschlagenes Datum der Wiedervorlage; im Formular lässt es sich "
                    "ändern. Wie oft eine Organisation kontaktiert werden soll, steht bei "
                    "ihrer Art (Extras › Stammdaten › Organisationsarten) und bei der "
                    "Organisation selbst."
                ),
                cadence,
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(health)
        layout.addWidget(cadence)
        layout.addWidget(
            _hint(
                self.tr(
                    "Die Werte gelten für alle, die mit dieser Datenbank arbeiten. Nach wie "
                    "vielen Jahren ohne Kontakt Personen zur Überprüfung anstehen, steht unter "
                    "„Datenschutz“."
                ),
                self,
            )
        )
        layout.addStretch(1)

    def fields(self) -> dict[str, QWidget]:
        """The services' field names and their widgets (for the dialog's FieldErrors)."""
        return {
            "agreement_share": self.share,
            "advice_months": self.advice,
            "event_months": self.events,
            "funding_warning_months": self.funding,
            "activity_days": self.activity_days,
            "referral_days": self.referral_days,
        }

    def load(self) -> None:
        t = self._services.health.thresholds()
        self.share.setValue(round(t.agreement_share * 100))
        self.advice.setValue(t.advice_months)
        self.events.setValue(t.event_months)
        self.funding.setValue(t.funding_warning_months)
        d = self._services.follow_up_defaults.defaults()
        self.activity_days.setValue(d.activity_days)
        self.referral_days.setValue(d.referral_days)

    def thresholds(self) -> HealthThresholds:
        return HealthThresholds(
            agreement_share=self.share.value() / 100,
            advice_months=self.advice.value(),
            event_months=self.events.value(),
            funding_warning_months=self.funding.value(),
        )

    def follow_up(self) -> FollowUpDefaults:
        return FollowUpDefaults(self.activity_days.value(), self.referral_days.value())

    def check(self) -> None:
        self.thresholds().check()
        self.follow_up().check()

    def save(self) -> None:
        if self.thresholds() != self._services.health.thresholds():
            self._services.health.set_thresholds(self.thresholds())
        if self.follow_up() != self._services.follow_up_defaults.defaults():
            self._services.follow_up_defaults.set_defaults(self.follow_up())
