"""Extras › Datenschutz › Auskunft erteilen …: pick the person (or type a name that is
not stored: then the "keine Daten gespeichert" letter is written), choose PDF or
Excel, save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.views.common.messages import inform
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.privacy.access_save import ask_access_file, write_access_report


class AccessDialog(QDialog):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("accessDialog")
        self.setWindowTitle(self.tr("Auskunft nach Art. 15 DSGVO"))
        self.setMinimumWidth(560)
        self._services = services
        self.written = None
        intro = QLabel(
            self.tr(
                "Die Auskunft enthält alles, was über die Person gespeichert ist – mit "
                "Zwecken, Herkunft und Empfängern – und ein Anschreiben. Ist die Person "
                "nicht gespeichert, den Namen einfach eintippen: Dann entsteht das Schreiben "
                "„keine Daten gespeichert“."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.person = RecordPicker(services.access_reports.choices, self)
        self.person.setPlaceholderText(self.tr("Name, E-Mail-Adresse oder Nummer …"))
        self.format = QComboBox(self)
        self.format.addItem(self.tr("PDF-Dokument (zum Übergeben)"), ".pdf")
        self.format.addItem(self.tr("Excel-Arbeitsmappe"), ".xlsx")
        form = QFormLayout()
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow(self.tr("&Format:"), self.format)
        self.save_button = QPushButton(self.tr("Auskunft speichern …"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.ask_file)
        close = QPushButton(self.tr("Schließen"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.person.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.person.text().strip()))

    def who(self) -> str:
        """What the report is asked for: the picked person's number, else the text."""
        picked = self.person.current_id()
        return str(picked) if picked is not None else self.person.text().strip()

    def ask_file(self):
        """Ask where to save; a text that is no one's name but part of some asks to
        pick from the list first (a typo must not produce a "keine Daten" letter)."""
        name = self.person.text().strip()
        if self.person.current_id() is None and not self._exact_or_unknown(name):
            return None
        return ask_access_file(self, name, self.format.currentData(), self.save_to)

    def _exact_or_unknown(self, text: str) -> bool:
        reports = self._services.access_reports
        matches = op(self, lambda: reports.find_people(text), title=self.windowTitle()).run()
        if matches is None:
            return False
        similar = [] if matches else op(self, lambda: reports.choices(text, 8)).run() or []
        if similar:
            inform(
                self,
                self.windowTitle(),
                self.tr(
                    "„%1“ ist kein vollständiger Name einer gespeicherten Person, passt aber "
                    "zu diesen Einträgen. Bitte die Person aus der Liste wählen oder den "
                    "vollständigen Namen eingeben:"
                ).replace("%1", text),
                "\n".join(label for _id, label in similar),
            )
            return False
        return True

    def save_to(self, path: Path) -> None:
        """Write the report to ``path`` in the background (the tests call this)."""
        write_access_report(self, self._services, self.who(), Path(path), self._written)

    def _written(self, result) -> None:
        self.written = result
