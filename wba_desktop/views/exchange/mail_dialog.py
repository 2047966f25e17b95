"""E-mail to a Verteiler or a selection: mailto batches in BCC, copy addresses, and
the people without an address listed so they can be reached another way.

Opening a batch or copying the addresses is logged as a disclosure (the people whose
addresses went to the mail program), for the access report's recipients."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QUrl
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
from wba_desktop.text import format as fmt
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.purpose_combo import PurposeCombo
from wba_desktop.views.common.translation import tr

SEPARATORS = (
    (QT_TR_NOOP("; (Outlook unter Windows)"), ";"),
    (QT_TR_NOOP(", (andere Programme)"), ","),
)


class MailDialog(QDialog):
    def __init__(
        self, services: Services, title: str, flt, parent=None, purpose: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-Mail an: %1").replace("%1", title))
        self.setMinimumWidth(560)
        self._services, self._flt = services, flt
        self.purpose = PurposeCombo(
            [p.name for p in services.consents.purposes(active_only=True)], self
        )
        self.purpose.set_purpose(purpose)
        self.recipients = services.exports.recipients(flt, purpose=purpose)
        self.addresses = [email for _name, email in self.recipients.with_email]
        self._list_title = title
        self.ids_by_address = people_by_address(
            self.addresses, self.recipients.person_ids or [None] * len(self.addresses)
        )
        self.left_out = QLabel(self)
        self.left_out.setObjectName("leftOut")
        self.left_out.setWordWrap(True)

        self.separator = QComboBox(self)
        for label, sep in SEPARATORS:
            self.separator.addItem(self.tr(label), sep)
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(self.tr("optional"))
        form = QFormLayout()
        form.addRow(self.tr("&Zweck:"), self.purpose)
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
        self._fill_missing()
        close = QPushButton(self.tr("Schließen"), self)
        close.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.left_out)
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
        self.purpose.currentIndexChanged.connect(self.purpose_changed)
        self.rebuild()

    def purpose_changed(self) -> None:
        """Fetch the recipients again: the purpose decides who may be written to."""
        self.recipients = self._services.exports.recipients(
            self._flt, purpose=self.purpose.purpose()
        )
        self.addresses = [email for _name, email in self.recipients.with_email]
        self._fill_missing()
        self.rebuild()

    def _fill_missing(self) -> None:
        self.missing.clear()
        for name, organisation, phone in self.recipients.without_email:
            details = " · ".join(p for p in (organisation, phone and f"Tel. {phone}") if p)
            self.missing.addItem(f"{name} – {details}" if details else name)
        text = self.recipients.left_out_text
        self.left_out.setText(f"{text}." if text else "")
        self.left_out.setVisible(bool(text))

    def rebuild(self) -> None:
        """Recompute the batches for the chosen separator and subject."""
        self.batches = mailto_batches(
            self.addresses, separator=self.separator.currentData(), subject=self.subject.text()
        )
        summary, self.batch_buttons = show_batches(
            self,
            self.batch_box,
            self.batches,
            len(self.addresses),
            self.tr("Niemand in dieser Liste hat eine E-Mail-Adresse."),
            self.open_url,
        )
        self.summary.setText(summary)
        self.copy_button.setEnabled(bool(self.addresses))

    def open_url(self, url: str) -> None:
        batch = next((b for b in self.batches if b.url == url), None)
        addresses = batch.addresses if batch is not None else self.addresses
        self.log_disclosure(addresses, self.tr("E-Mail-Programm (Blindkopie)"))
        QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.TolerantMode))

    def log_disclosure(self, addresses: list[str], recipient: str) -> None:
        """Note in the disclosure log whose addresses left the app."""
        what = f"E-Mail an {self._list_title}"
        log_mail(self, self._services, what, self.ids_by_address, addresses, recipient)

    def copy_addresses(self) -> str:
        text = address_text(self.addresses, self.separator.currentData())
        QGuiApplication.clipboard().setText(text)
        self.log_disclosure(self.addresses, self.tr("Zwischenablage (Adressen kopiert)"))
        self.copied.setText(
            self.tr("%n Adressen in der Zwischenablage.").replace(
                "%n", fmt.integer(len(self.addresses))
            )
        )
        return text


def people_by_address(addresses: list[str], person_ids: list) -> dict[str, list[int]]:
    """Which people have each address (case-insensitive; one address may be shared)."""
    found: dict[str, list[int]] = {}
    for address, pid in zip(addresses, person_ids, strict=False):
        if pid is not None:
            found.setdefault(address.strip().lower(), []).append(pid)
    return found


def log_mail(
    dialog, services: Services, what: str, ids_by_address, addresses, recipient: str
) -> None:
    """Log the e-mail to ``addresses`` (opened or copied) as a disclosure of their people;
    shared by the Verteiler and event mail dialogs."""
    ids = [pid for a in addresses for pid in ids_by_address.get(a.strip().lower(), ())]
    if ids:
        op(
            dialog,
            lambda: services.disclosures.record_mail(what, ids, recipient),
            title=tr("E-Mail"),
        ).run()


def show_batches(
    dialog, layout, batches, count: int, empty_text: str, open_url
) -> tuple[str, list[QPushButton]]:
    """Fill ``layout`` with one button per mailto batch (old ones removed) and return
    the summary text and the buttons; shared by the Verteiler and event mail dialogs."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
    if not count:
        summary = empty_text
    elif len(batches) == 1:
        summary = tr("%n Adressen als Blindkopie (BCC) in einer E-Mail.").replace(
            "%n", fmt.integer(count)
        )
    else:
        summary = (
            tr(
                "%n Adressen als Blindkopie (BCC). Weil lange Empfängerlisten in E-Mail-"
                "Programmen scheitern, auf %1 E-Mails verteilt:"
            )
            .replace("%n", fmt.integer(count))
            .replace("%1", fmt.integer(len(batches)))
        )
    buttons: list[QPushButton] = []
    for i, batch in enumerate(batches, start=1):
        label = (
            tr("E-Mail öffnen (%n Empfänger)")
            if len(batches) == 1
            else tr("Teil %1 öffnen (%n Empfänger)").replace("%1", fmt.integer(i))
        ).replace("%n", fmt.integer(len(batch.addresses)))
        button = QPushButton(label, dialog)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False, url=batch.url: open_url(url))
        layout.addWidget(button)
        buttons.append(button)
    return summary, buttons
