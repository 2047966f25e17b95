"""E-mail to the people of an invitation list: invitation, reminder, or a selection.

Addresses go into ``mailto:`` links in BCC, in batches (long links fail), with ``;``
as separator for Outlook by default; "Adressen kopieren" puts them on the clipboard.
The event's details are filled in as the text, editable and copyable; people without
an address or without consent are listed so they can be reached another way.
Opening a mail or copying the addresses is logged as a disclosure of those people.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.exchange.mailto import MailtoTooLong, address_text, mailto_batches
from wba_desktop.services.bundle import Services
from wba_desktop.services.events.invitation_queries import InvitationRow
from wba_desktop.services.events.records import EventDetail
from wba_desktop.text import format as fmt
from wba_desktop.views.exchange.mail_dialog import (
    SEPARATORS,
    log_mail,
    people_by_address,
    show_batches,
)

INVITATION, REMINDER, SELECTION = "invitation", "reminder", "selection"
#: kind -> (statuses written to, subject prefix, first line of the text)
KINDS = {
    INVITATION: (("vorgemerkt",), "Einladung", "wir laden Sie herzlich ein zur Veranstaltung"),
    REMINDER: (("zugesagt",), "Erinnerung", "wir freuen uns auf Ihre Teilnahme an"),
    SELECTION: ((), "", "wir schreiben Ihnen zur Veranstaltung"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def event_text(e: EventDetail, intro: str) -> str:
    """The body: greeting, the event's title, date, time and place or link."""
    if e.starts_at.date() == e.ends_at.date():
        when = [
            f"Datum: {e.starts_at:%d.%m.%Y}",
            f"Uhrzeit: {e.starts_at:%H:%M}–{e.ends_at:%H:%M} Uhr",
        ]
    else:
        when = [
            f"Beginn: {e.starts_at:%d.%m.%Y}, {e.starts_at:%H:%M} Uhr",
            f"Ende: {e.ends_at:%d.%m.%Y}, {e.ends_at:%H:%M} Uhr",
        ]
    lines = ["Sehr geehrte Damen und Herren,", "", f"{intro}:", "", e.title, *when]
    if e.location:
        lines.append(f"Ort: {e.location}")
    if e.online_url:
        lines.append(f"Online: {e.online_url}")
    lines += ["", "Mit freundlichen Grüßen", ""]
    return "\n".join(lines)


@dataclass(frozen=True)
class MailPlan:
    """Whom a mail goes to: addresses, the invitations behind them, the others."""

    recipients: list[tuple[str, str]]
    invitation_ids: list[int]
    not_reached: list[str]
    #: (e-mail, person id) of everyone reached, for the disclosure log
    people: list[tuple[str, int]] = field(default_factory=list)


def plan_mail(
    services: Services, event_id: int, kind: str, selection: Sequence[InvitationRow] = ()
) -> MailPlan:
    statuses = KINDS[kind][0]
    if kind == SELECTION:
        rows = list(selection)
        reachable = [r for r in rows if r.email and r.may_invite]
        recipients = [(r.name, r.email) for r in reachable]
    else:
        rows = services.invitation_queries.rows(event_id, status=statuses)
        reachable = [r for r in rows if r.email and r.may_invite]
        recipients = services.invitation_queries.recipients(event_id, statuses)
    not_reached = []
    for r in rows:
        if not r.may_invite:
            why = _tr("Einwilligung fehlt/widerrufen")
        elif not r.email:
            why = _tr("keine E-Mail-Adresse")
        else:
            continue
        not_reached.append(" – ".join(p for p in (r.name, why, r.organisation) if p))
    people = [(r.email, r.person_id) for r in reachable]
    return MailPlan(recipients, [r.id for r in reachable], not_reached, people)


class EventMailDialog(QDialog):
    """``sent`` is True once a link was opened or the addresses were copied."""

    def __init__(
        self,
        event: EventDetail,
        kind: str,
        plan: MailPlan,
        parent=None,
        services: Services | None = None,
    ) -> None:
        """``services``: where opening or copying is logged as a disclosure."""
        super().__init__(parent)
        self.kind = kind
        self.plan = plan
        self.sent = False
        self.addresses = [email for _name, email in plan.recipients]
        self._services = services
        self.ids_by_address = people_by_address(
            [e for e, _p in plan.people], [p for _e, p in plan.people]
        )
        _statuses, prefix, intro = KINDS[kind]
        titles = {
            INVITATION: self.tr("Einladung an Vorgemerkte"),
            REMINDER: self.tr("Erinnerung an Zugesagte"),
            SELECTION: self.tr("E-Mail an Auswahl"),
        }
        self.setWindowTitle(f"{titles[kind]}: {event.title}")
        self.resize(640, 620)

        self.separator = QComboBox(self)
        for label, sep in SEPARATORS:
            self.separator.addItem(self.tr(label), sep)
        self.subject = QLineEdit(f"{prefix}: {event.title}" if prefix else event.title, self)
        self.body = QPlainTextEdit(event_text(event, intro), self)
        self.body.setMinimumHeight(170)
        self.with_body = QCheckBox(self.tr("Text in die E-Mail übernehmen"), self)
        self.with_body.setChecked(True)
        self.copy_text_button = QPushButton(self.tr("Text kopieren"), self)
        self.copy_text_button.clicked.connect(self.copy_text)
        form = QFormLayout()
        form.addRow(self.tr("&Trennzeichen:"), self.separator)
        form.addRow(self.tr("&Betreff:"), self.subject)
        form.addRow(self.tr("Te&xt:"), self.body)
        text_row = QHBoxLayout()
        text_row.addWidget(self.with_body)
        text_row.addStretch(1)
        text_row.addWidget(self.copy_text_button)
        form.addRow("", text_row)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5a00;")
        self.batch_box = QVBoxLayout()
        batches = QWidget(self)
        batches.setLayout(self.batch_box)
        self.copy_button = QPushButton(self.tr("Adressen kopieren"), self)
        self.copy_button.clicked.connect(self.copy_addresses)
        self.copied = QLabel(self)
        self.missing = QListWidget(self)
        self.missing.setObjectName("missingAddresses")
        self.missing.addItems(plan.not_reached)
        self.missing.setVisible(bool(plan.not_reached))
        close = QPushButton(self.tr("Schließen"), self)
        close.clicked.connect(self.accept)
        for b in (self.copy_text_button, self.copy_button, close):
            b.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(batches)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copied, 1)
        layout.addLayout(row)
        if plan.not_reached:
            layout.addWidget(
                QLabel(
                    self.tr("Nicht per E-Mail erreichbar (%n):").replace(
                        "%n", str(len(plan.not_reached))
                    ),
                    self,
                )
            )
            self.missing.setMaximumHeight(110)
            layout.addWidget(self.missing)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.rebuild)
        self.separator.currentIndexChanged.connect(self.rebuild)
        self.with_body.toggled.connect(self.rebuild)
        self.subject.textChanged.connect(self._timer.start)
        self.body.textChanged.connect(self._timer.start)
        self.rebuild()

    def rebuild(self) -> None:
        """Recompute the batches for the separator, subject and text."""
        sep, subject = self.separator.currentData(), self.subject.text()
        body = self.body.toPlainText() if self.with_body.isChecked() else ""
        self.note.clear()
        try:
            self.batches = mailto_batches(self.addresses, sep, subject, body)
        except MailtoTooLong:
            self.batches = mailto_batches(self.addresses, sep, subject)
            self.note.setText(
                self.tr(
                    "Der Text ist zu lang für E-Mail-Links: Die E-Mails öffnen ohne Text. "
                    "Bitte „Text kopieren“ und in die E-Mail einfügen."
                )
            )
        self.note.setVisible(bool(self.note.text()))
        summary, self.batch_buttons = show_batches(
            self,
            self.batch_box,
            self.batches,
            len(self.addresses),
            self.tr("Niemand in dieser Auswahl ist per E-Mail erreichbar."),
            self.open_url,
        )
        self.summary.setText(summary)
        self.copy_button.setEnabled(bool(self.addresses))

    def open_url(self, url: str) -> None:
        self.sent = True
        batch = next((b for b in self.batches if b.url == url), None)
        addresses = batch.addresses if batch is not None else self.addresses
        self.log_disclosure(addresses, self.tr("E-Mail-Programm (Blindkopie)"))
        QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.TolerantMode))

    def log_disclosure(self, addresses: list[str], recipient: str) -> None:
        """Note in the disclosure log whose addresses left the app."""
        if self._services is not None:
            what = f"E-Mail – {self.windowTitle()}"
            log_mail(self, self._services, what, self.ids_by_address, addresses, recipient)

    def copy_addresses(self) -> str:
        text = address_text(self.addresses, self.separator.currentData())
        QGuiApplication.clipboard().setText(text)
        self.sent = True
        self.log_disclosure(self.addresses, self.tr("Zwischenablage (Adressen kopiert)"))
        self.copied.setText(
            self.tr("%n Adressen in der Zwischenablage.").replace(
                "%n", fmt.integer(len(self.addresses))
            )
        )
        return text

    def copy_text(self) -> str:
        text = self.body.toPlainText()
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(self.tr("Text in der Zwischenablage."))
        return text
