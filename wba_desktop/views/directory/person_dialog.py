"""Person detail and edit: contact data, affiliations, contacts, notes and data
protection (legal basis, consents with history: ``privacy_tab``)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.people import PersonData, PersonDetail
from wba_desktop.views.common.audit_tab import AuditTab
from wba_desktop.views.common.lazy_table import Column, format_value
from wba_desktop.views.common.record_dialog import RecordDialog
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.directory.affiliation_dialog import AffiliationDialog
from wba_desktop.views.directory.history_tab import HistoryTab
from wba_desktop.views.directory.linked_tables import LinkedTable
from wba_desktop.views.directory.privacy_tab import PrivacyTab
from wba_desktop.views.privacy.access_action import add_access_button
from wba_desktop.vocab import CHANNELS

TITLES = ("", "Dr.", "Prof.", "Prof. Dr.", "Dr.-Ing.", "Dipl.-Ing.")

AFFILIATION_COLUMNS = (
    Column("organisation_name", QT_TR_NOOP("Organisation"), 260),
    Column("function", QT_TR_NOOP("Funktion"), 170),
    Column("department", QT_TR_NOOP("Abteilung"), 120),
    Column("is_primary", QT_TR_NOOP("Haupt"), 55),
    Column("valid_from", QT_TR_NOOP("Von"), 80),
    Column("valid_until", QT_TR_NOOP("Bis"), 80),
)


class PersonDialog(RecordDialog):
    duplicate_question = QT_TR_NOOP("Diese Person scheint es schon zu geben:")

    def __init__(self, services: Services, person_id: int | None = None, parent=None) -> None:
        super().__init__(services, parent)
        self.setObjectName("personDialog")
        self.resize(760, 560)
        self.tabs.addTab(self._build_master(), self.tr("Kontaktdaten"))
        self.affiliations = LinkedTable(
            AFFILIATION_COLUMNS,
            self.tr("Organisation zuordnen …"),
            self.tr("Organisation öffnen"),
            is_muted=lambda a: not a.current,
            parent=self,
        )
        self.tabs.addTab(self.affiliations, self.tr("Organisationen"))
        self.history = HistoryTab(services, "person", self.changed.emit, self)
        self.tabs.addTab(self.history, self.tr("Kontakte"))
        self.notes = QPlainTextEdit(self)
        self.tabs.addTab(self.notes, self.tr("Notizen"))
        self.privacy = PrivacyTab(services, self)
        self.tabs.addTab(self.privacy, self.tr("Datenschutz"))
        self.privacy.facts_saved.connect(self._facts_saved)
        self.privacy.changed.connect(self.changed.emit)
        self.audit = AuditTab(services, "person", self)
        self.tabs.addTab(self.audit, self.tr("Änderungen"))
        self.affiliations.add_requested.connect(self._add_affiliation)
        self.affiliations.edit_requested.connect(self._edit_affiliation)
        self.affiliations.remove_requested.connect(
            lambda a: self.confirm_remove_affiliation(a, self.reload_links)
        )
        self.affiliations.open_requested.connect(
            lambda a: self.open_organisation.emit(a.organisation_id)
        )
        self.access_button = add_access_button(self, services)
        self.finish_setup(person_id)

    def _fields(self) -> dict[str, QWidget]:
        return {
            "last_name": self.last_name,
            "email": self.email,
            "phone": self.phone,
            "mobile": self.mobile,
            "salutation": self.salutation,
        }

    def _build_master(self) -> QWidget:
        page = QWidget(self)
        self.salutation = QComboBox(page)
        for label in ("", "Frau", "Herr"):
            self.salutation.addItem(cell(label), label)
        self.academic_title = QComboBox(page)
        self.academic_title.setEditable(True)
        self.academic_title.addItems(TITLES)
        self.first_name = QLineEdit(page)
        self.last_name = QLineEdit(page)
        self.email = QLineEdit(page)
        self.phone = QLineEdit(page)
        self.phone.setPlaceholderText("0391 123456")
        self.mobile = QLineEdit(page)
        self.mobile.setPlaceholderText("0170 1234567")
        self.channel = QComboBox(page)
        self.channel.addItem("", "")
        for c in CHANNELS:
            self.channel.addItem(cell(c), c)
        self.tags = QLineEdit(page)
        self.tags.setPlaceholderText(self.tr("durch Komma getrennt"))
        self.active = QCheckBox(self.tr("aktiv"), page)
        name_row = QHBoxLayout()
        name_row.addWidget(self.salutation)
        name_row.addWidget(self.academic_title)
        name_row.addStretch(1)
        form = QFormLayout(page)
        form.addRow(self.tr("Anrede, Titel:"), name_row)
        form.addRow(self.tr("&Vorname:"), self.first_name)
        form.addRow(self.tr("&Nachname: *"), self.last_name)
        form.addRow(self.tr("&E-Mail:"), self.email)
        form.addRow(self.tr("&Telefon:"), self.phone)
        form.addRow(self.tr("&Mobil:"), self.mobile)
        form.addRow(self.tr("&Bevorzugter Kanal:"), self.channel)
        form.addRow(self.tr("Schlag&wörter:"), self.tags)
        form.addRow("", self.active)
        return page

    def _show_new(self) -> None:
        self.setWindowTitle(self.tr("Neue Person"))
        self.title.setText(self.tr("Neue Person"))
        self.subtitle.setText(self.tr("Organisationen lassen sich nach dem Speichern zuordnen."))
        self.active.setChecked(True)
        self.tabs.setTabEnabled(1, False)
        self.tabs.setTabEnabled(2, False)
        self.access_button.setEnabled(False)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.privacy), False)
        self.first_name.setFocus()

    @property
    def person_id(self) -> int | None:
        return self.record_id

    def load(self, person_id: int) -> None:
        d = self._services.people.get(person_id)
        self._detail = d
        data = d.data
        self.setWindowTitle(d.display_name)
        self.title.setText(d.display_name)
        links = self._services.affiliations.for_person(person_id)
        primary = next((a for a in links if a.is_primary), None)
        parts = [f"{primary.function}, {primary.organisation_name}".lstrip(", ")] if primary else []
        if not data.active:
            parts.append(self.tr("inaktiv"))
        parts.append(self.tr("geändert am") + " " + format_value(d.updated_at))
        self.subtitle.setText(" · ".join(parts))
        self.salutation.setCurrentIndex(max(self.salutation.findData(data.salutation), 0))
        self.academic_title.setCurrentText(data.title)
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.mobile.setText(data.mobile)
        self.channel.setCurrentIndex(max(self.channel.findData(data.preferred_channel), 0))
        self.tags.setText(", ".join(data.tags))
        self.active.setChecked(data.active)
        self.notes.setPlainText(data.notes)
        self.tabs.setTabEnabled(1, True)
        self.tabs.setTabEnabled(2, True)
        self.access_button.setEnabled(True)
        self.history.set_record(person_id, d.display_name)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.privacy), True)
        self.privacy.set_person(person_id, d.display_name)
        self.audit.set_record(person_id)
        self.reload_links()

    def _facts_saved(self, version: int) -> None:
        """The data-protection facts are saved on the person record: the form's next
        save builds on the new version."""
        if self._detail is not None:
            self._detail = replace(self._detail, version=version)

    def reload_links(self) -> None:
        if self.person_id is None:
            return
        rows = self._services.affiliations.for_person(self.person_id)
        self.affiliations.set_rows(rows)
        self.tabs.setTabText(1, self.tr("Organisationen") + f" ({len(rows)})")

    def data(self) -> PersonData:
        return PersonData(
            salutation=self.salutation.currentData() or "",
            title=self.academic_title.currentText(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            mobile=self.mobile.text(),
            preferred_channel=self.channel.currentData() or "",
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
        )

    def _create(self, data: PersonData, allow_duplicate: bool) -> PersonDetail:
        return self._services.people.create(data, allow_duplicate=allow_duplicate)

    def _update(self, data: PersonData, version: int, original: PersonData) -> PersonDetail:
        return self._services.people.update(self._detail.id, data, version, original=original)

    def _open_existing(self, record_id: int) -> None:
        self.open_person.emit(record_id)

    def _this(self) -> tuple[int, str]:
        assert self._detail is not None
        return self._detail.id, self._detail.display_name

    def _add_affiliation(self) -> None:
        dialog = AffiliationDialog(self._services, person=self._this(), parent=self)
        self.run_linked(dialog, self.reload_links)

    def _edit_affiliation(self, a) -> None:
        dialog = AffiliationDialog(self._services, existing=a, parent=self)
        self.run_linked(dialog, self.reload_links)
