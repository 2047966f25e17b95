"""The intake form („Neue Anfrage“): filled in during a phone call, by keyboard only.

Left the inquiry (received on and via, who asks, district, topics, what is wanted,
urgency, coordinator), right who asks: a company from the directory or a new one, or
a private person with only what the referral needs — name and one way to reach them,
the legal basis, consent to be asked about the outcome, and whether name and contact
may go to the partners. Ctrl+Return saves; a wrong field is framed red and named.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.lotsen.intake import IntakeData
from wba_desktop.views.common.check_list import CheckList
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.vocab_combo import add_vocab, cell, set_vocab, vocab_value
from wba_desktop.vocab import (
    INQUIRER_KINDS,
    INQUIRY_CHANNELS,
    LEGAL_BASES,
    URGENCIES,
)

COMPANY = "Unternehmen"


class IntakeDialog(QDialog):
    """New inquiry, or edit one (``inquiry_id``); ``saved`` holds the id after saving."""

    def __init__(self, services: Services, inquiry_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDialog")
        self._services = services
        self._inquiry_id = inquiry_id
        self._version: int | None = None
        self._contact_id: int | None = None
        self._informed_on: date | None = None
        self.saved: int | None = None
        self.setWindowTitle(
            self.tr("Anfrage bearbeiten") if inquiry_id else self.tr("Neue Anfrage")
        )
        self.resize(940, 640)
        self.banner = ErrorBanner(self)

        # -- the inquiry ------------------------------------------------------------------
        self.received = QDateEdit(QDate.currentDate(), self)
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd.MM.yyyy")
        self.channel = QComboBox(self)
        add_vocab(self.channel, INQUIRY_CHANNELS)
        self.kind = QComboBox(self)
        add_vocab(self.kind, INQUIRER_KINDS)
        self.region = QComboBox(self)
        self.region.addItem(self.tr("– bitte wählen –"), None)
        for r in services.reference.regions():
            self.region.addItem(r.name, r.id)
        self.topics = CheckList(
            ((t.name, t.id) for t in services.offers.topics(active_only=True)), self
        )
        self.topics.setMinimumHeight(150)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)  # Tab leaves the field: keyboard only
        self.description.setPlaceholderText(
            self.tr("Was wird gesucht? Beruf, Ziel, Zeitrahmen … (ohne Namen: geht an Partner)")
        )
        self.description.setToolTip(
            self.tr(
                "Das Anliegen steht in der E-Mail an den Partner, auch ohne Einverständnis "
                "zur Weitergabe: bitte keine Namen oder Kontaktdaten hineinschreiben."
            )
        )
        self.urgency = QComboBox(self)
        add_vocab(self.urgency, URGENCIES)
        self.coordinator = QComboBox(self)
        self.coordinator.addItem(self.tr("– niemand –"), None)
        me = (services.uow.user_name or "").strip().casefold()
        for pid, name in services.inquiries.coordinators():
            self.coordinator.addItem(name, pid)
            if me and name.casefold() == me:  # the one taking the call, by default
                self.coordinator.setCurrentIndex(self.coordinator.count() - 1)
        left = QFormLayout()
        left.addRow(self.tr("&Eingang am: *"), self.received)
        left.addRow(self.tr("Eingang ü&ber: *"), self.channel)
        left.addRow(self.tr("&Wer fragt: *"), self.kind)
        left.addRow(self.tr("&Landkreis: *"), self.region)
        left.addRow(self.tr("&Themen: *"), self.topics)
        left.addRow(self.tr("&Anliegen:"), self.description)
        left.addRow(self.tr("&Dringlichkeit:"), self.urgency)
        left.addRow(self.tr("&Zuständig:"), self.coordinator)
        inquiry_box = QGroupBox(self.tr("Anfrage"), self)
        inquiry_box.setLayout(left)

        # -- who asks ---------------------------------------------------------------------
        self.who = QStackedWidget(self)
        self.who.addWidget(self._person_page())
        self.who.addWidget(self._company_page())
        who_box = QGroupBox(self.tr("Wer fragt"), self)
        box = QVBoxLayout(who_box)
        box.addWidget(self.who)
        box.addStretch(1)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed(vocab_value(self.kind)))

        columns = QHBoxLayout()
        columns.addWidget(inquiry_box, 5)
        columns.addWidget(who_box, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        hint = QLabel(self.tr("Strg+Eingabe speichert. * Pflichtfeld"), self)
        hint.setObjectName("hint")
        buttons = save_cancel_buttons(self)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        self.errors = FieldErrors(
            self.banner,
            {
                "received_on": self.received,
                "channel": self.channel,
                "inquirer_kind": self.kind,
                "region_id": self.region,
                "topic_ids": self.topics,
                "description": self.description,
                "urgency": self.urgency,
                "coordinator_id": self.coordinator,
                "organisation_id": self.company,
                "new_company_name": self.new_company,
                "first_name": self.first_name,
                "last_name": self.last_name,
                "phone": self.phone,
                "email": self.email,
                "legal_basis": self.legal_basis,
            },
        )
        if inquiry_id is not None:
            self._load(inquiry_id)
        self._kind_changed(vocab_value(self.kind))
        self.channel.setFocus()  # the date is today in nearly every call

    def _person_page(self) -> QWidget:
        page = QWidget(self)
        self.first_name = QLineEdit(page)
        self.last_name = QLineEdit(page)
        self.phone = QLineEdit(page)
        self.email = QLineEdit(page)
        self.legal_basis = QComboBox(page)
        self.legal_basis.addItem(self.tr("– bitte wählen –"), "")
        for basis in LEGAL_BASES:
            self.legal_basis.addItem(cell(basis), basis)
        # no default: the coordinator says on what ground the data is kept
        self.follow_up = QCheckBox(
            self.tr("Einverstanden, später nach dem Ergebnis gefragt zu werden"), page
        )
        self.share = QCheckBox(
            self.tr("Name und Kontakt dürfen an Partner weitergegeben werden"), page
        )
        for box in (self.follow_up, self.share):
            box.setStyleSheet("QCheckBox { spacing: 6px; }")
        note = QLabel(
            self.tr(
                "Nur erfassen, was die Vermittlung braucht. Ratsuchende erscheinen nicht "
                "in Listen, Verteilern und im Netzwerk und werden nach Abschluss "
                "automatisch anonymisiert."
            ),
            page,
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Vorname:"), self.first_name)
        form.addRow(self.tr("&Nachname:"), self.last_name)
        form.addRow(self.tr("Tele&fon:"), self.phone)
        form.addRow(self.tr("E-&Mail:"), self.email)
        form.addRow(self.tr("&Rechtsgrundlage: *"), self.legal_basis)
        form.addRow(self.follow_up)
        form.addRow(self.share)
        form.addRow(note)
        return page

    def _company_page(self) -> QWidget:
        page = QWidget(self)
        self.company = RecordPicker(self._services.organisations.choices, page)
        self.company.setPlaceholderText(self.tr("Unternehmen im Verzeichnis suchen …"))
        self.new_company = QLineEdit(page)
        self.new_company.setPlaceholderText(self.tr("oder Name eines neuen Unternehmens"))
        self.company_first = QLineEdit(page)
        self.company_last = QLineEdit(page)
        self.company_phone = QLineEdit(page)
        self.company_email = QLineEdit(page)
        self.company_share = QCheckBox(
            self.tr("Kontakt darf an Partner weitergegeben werden"), page
        )
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Unternehmen:"), self.company)
        form.addRow(self.tr("&Neues Unternehmen:"), self.new_company)
        form.addRow(QLabel(self.tr("Ansprechperson (freiwillig):"), page))
        form.addRow(self.tr("Vorname:"), self.company_first)
        form.addRow(self.tr("Nachname:"), self.company_last)
        form.addRow(self.tr("Telefon:"), self.company_phone)
        form.addRow(self.tr("E-Mail:"), self.company_email)
        form.addRow(self.company_share)
        return page

    def _kind_changed(self, kind: str) -> None:
        self.who.setCurrentIndex(1 if kind == COMPANY else 0)

    # -- data -------------------------------------------------------------------------------
    def _load(self, inquiry_id: int) -> None:
        detail = self._services.inquiries.get(inquiry_id)
        self._version = detail.version
        d = detail.data
        self.received.setDate(QDate(d.received_on.year, d.received_on.month, d.received_on.day))
        set_vocab(self.channel, d.channel)
        set_vocab(self.kind, d.inquirer_kind)
        self.region.setCurrentIndex(max(0, self.region.findData(d.region_id)))
        self.topics.set_checked(d.topic_ids)
        self.description.setPlainText(d.description)
        set_vocab(self.urgency, d.urgency)
        self.coordinator.setCurrentIndex(max(0, self.coordinator.findData(d.coordinator_id)))
        if d.inquirer_kind == COMPANY:
            if d.organisation_id is not None:
                self.company.set_current(d.organisation_id, detail.organisation_name)
            self._contact_id = d.contact_person_id
            self.company_first.setText(d.first_name)
            self.company_last.setText(d.last_name)
            self.company_phone.setText(d.phone)
            self.company_email.setText(d.email)
            self.company_share.setChecked(d.share_contact)
        else:
            self.first_name.setText(d.first_name)
            self.last_name.setText(d.last_name)
            self.phone.setText(d.phone)
            self.email.setText(d.email)
            self.legal_basis.setCurrentIndex(max(0, self.legal_basis.findData(d.legal_basis)))
            self.follow_up.setChecked(d.follow_up_consent)
            self.share.setChecked(d.share_contact)
            self._informed_on = d.informed_on

    def data(self) -> IntakeData:
        q = self.received.date()
        company = vocab_value(self.kind) == COMPANY
        common = dict(
            received_on=date(q.year(), q.month(), q.day()),
            channel=vocab_value(self.channel),
            inquirer_kind=vocab_value(self.kind),
            region_id=self.region.currentData(),
            topic_ids=tuple(self.topics.checked()),
            description=self.description.toPlainText(),
            urgency=vocab_value(self.urgency),
            coordinator_id=self.coordinator.currentData(),
        )
        if company:
            picked = self.company.current_id() if self.company.text() else None
            return IntakeData(
                **common,
                organisation_id=picked,
                new_company_name="" if picked else self.new_company.text(),
                contact_person_id=self._contact_id,
                first_name=self.company_first.text(),
                last_name=self.company_last.text(),
                phone=self.company_phone.text(),
                email=self.company_email.text(),
                share_contact=self.company_share.isChecked(),
            )
        return IntakeData(
            **common,
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            legal_basis=self.legal_basis.currentData() or "",
            follow_up_consent=self.follow_up.isChecked(),
            share_contact=self.share.isChecked(),
            informed_on=self._informed_on,
        )

    def save(self) -> None:
        data, service = self.data(), self._services.inquiries
        if self._inquiry_id is None:
            call = lambda: service.create(data)  # noqa: E731 - one line each
        else:
            iid, version = self._inquiry_id, self._version
            call = lambda: service.update(iid, data, version) and iid  # noqa: E731
        op(self, call, form=self.errors).success(accept_saved(self)).run()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Return in a line edit must not close the form half-filled; Ctrl+Return saves
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
