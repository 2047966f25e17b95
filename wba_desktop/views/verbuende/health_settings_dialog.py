"""Extras › Gesundheitscheck: the thresholds of the five-factor check (shared by
everyone on the database)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QSpinBox, QVBoxLayout

from wba_desktop.services.bundle import Services
from wba_desktop.services.verbuende.health import HealthThresholds
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.ops import op


def _spin(parent, lo: int, hi: int, value: int, suffix: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(lo, hi)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class HealthSettingsDialog(QDialog):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("healthSettingsDialog")
        self.setWindowTitle(self.tr("Gesundheitscheck der Verbünde"))
        self._services = services
        t = services.health.thresholds()
        self.banner = ErrorBanner(self)
        intro = QLabel(
            self.tr(
                "Ab wann gilt ein Erfolgsfaktor als erfüllt? Die Werte gelten für alle, "
                "die mit dieser Datenbank arbeiten."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.share = _spin(self, 1, 100, round(t.agreement_share * 100), " %")
        self.advice = _spin(self, 1, 60, t.advice_months, " Monate")
        self.events = _spin(self, 1, 60, t.event_months, " Monate")
        self.funding = _spin(self, 1, 60, t.funding_warning_months, " Monate")
        form = QFormLayout()
        form.addRow(self.tr("Mitglieder mit Kooperationsvereinbarung, mindestens:"), self.share)
        form.addRow(self.tr("Beratung von Mitgliedsunternehmen in den letzten:"), self.advice)
        form.addRow(self.tr("Informations-/Dialogveranstaltung in den letzten:"), self.events)
        form.addRow(self.tr("Warnung, wenn die Förderung endet in:"), self.funding)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(save_cancel_buttons(self))
        self.errors = FieldErrors(
            self.banner,
            {
                "agreement_share": self.share,
                "advice_months": self.advice,
                "event_months": self.events,
                "funding_warning_months": self.funding,
            },
        )

    def thresholds(self) -> HealthThresholds:
        return HealthThresholds(
            agreement_share=self.share.value() / 100,
            advice_months=self.advice.value(),
            event_months=self.events.value(),
            funding_warning_months=self.funding.value(),
        )

    def save(self) -> None:
        thresholds = self.thresholds()
        op(
            self, lambda: self._services.health.set_thresholds(thresholds), form=self.errors
        ).success(lambda _r: self.accept()).run()
