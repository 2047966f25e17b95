"""E-mail to a Verteiler or a selection: mailto batches in BCC, copy addresses, and
the people without an address listed so they can be reached another way."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.exchange.mailto import address_text, mailto_batches
from wba_desktop.services.bundle import Services

SEPARATORS = (("; (Outlook unter Windows)", ";"), (", (andere Programme)", ","))


class MailDialog(QDialog):
    def __init__(self, services: Services, title: str, flt, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-Mail an: %1").replace("%1", title))
        self.setMinimumWidth(560)
        self.recipients = services.exports.recipients(flt)
        self.addresses = [email for _name, email in self.recipients.with_email]

        self.separator = QComboBox(self)
        for label, sep in SEPARATORS:
            self.separator.addItem(self.tr(label), sep)
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(self.tr("optional"))
        form = QFormLayout()
        form.addRow(self.tr("&Trennzeichen:"), self.separator)
        form.addRow(self.tr("&Betreff:"), self.subject)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.batch_box = QVBoxLayout()
        batches = QWidget(self)
        batches.setLayout(self.batch_box)
        self.copy_button = QPushButton(self.tr("Adressen kopieren"), self)
        self.copy_button.clicked.connect(self.copy_addresses)
        self.copied = QLabel(self)
        self.missing = QListWidget(self)
        self.missing.setObjectName("missingAddresses")
        for name, organisation, phone in self.recipients.without_email:
            details = " · ".join(p for p in (organisation, phone and f"Tel. {phone}") if p)
            self.missing.addItem(f"{name} – {details}" if details else name)
        close = QPushButton(self.tr("Schließen"), self)
        close.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(batches)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copied, 1)
        layout.addLayout(row)
        if self.recipients.without_email:
            layout.addWidget(
                QLabel(
                    self.tr("Ohne E-Mail-Adresse (%n) – bitte anders erreichen:").replace(
                        "%n", str(len(self.recipients.without_email))
                    ),
                    self,
                )
            )
            layout.addWidget(self.missing, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.separator.currentIndexChanged.connect(self.rebuild)
        self.subject.textChanged.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """Recompute the batches for the chosen separator and subject."""
        while self.batch_box.count():
            item = self.batch_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.batches = mailto_batches(
            self.addresses, separator=self.separator.currentData(), subject=self.subject.text()
        )
        n = len(self.addresses)
        if not n:
            self.summary.setText(self.tr("Niemand in dieser Liste hat eine E-Mail-Adresse."))
        elif len(self.batches) == 1:
            self.summary.setText(
                self.tr("%n Adressen als Blindkopie (BCC) in einer E-Mail.").replace("%n", str(n))
            )
        else:
            self.summary.setText(
                self.tr(
                    "%n Adressen als Blindkopie (BCC). Weil lange Empfängerlisten in E-Mail-"
                    "Programmen scheitern, auf %1 E-Mails verteilt:"
                )
                .replace("%n", str(n))
                .replace("%1", str(len(self.batches)))
            )
        self.batch_buttons: list[QPushButton] = []
        for i, batch in enumerate(self.batches, start=1):
            label = (
                self.tr("E-Mail öffnen (%n Empfänger)")
                if len(self.batches) == 1
                else self.tr("Teil %1 öffnen (%n Empfänger)").replace("%1", str(i))
            ).replace("%n", str(len(batch.addresses)))
            button = QPushButton(label, self)
            button.clicked.connect(lambda _c=False, url=batch.url: self.open_url(url))
            self.batch_box.addWidget(button)
            self.batch_buttons.append(button)
        self.copy_button.setEnabled(bool(n))

    def open_url(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.TolerantMode))

    def copy_addresses(self) -> str:
        text = address_text(self.addresses, self.separator.currentData())
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(
            self.tr("%n Adressen in der Zwischenablage.").replace("%n", str(len(self.addresses)))
        )
        return text
