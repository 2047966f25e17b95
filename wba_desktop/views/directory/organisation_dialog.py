"""Organisation detail and edit: master data, people, relations, offers, notes."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData, OrganisationDetail
from wba_desktop.services.directory.reference import MAX_CADENCE_DAYS
from wba_desktop.views.common.audit_tab import AuditTab
from wba_desktop.views.common.lazy_table import Column, format_value
from wba_desktop.views.common.messages import ask
from wba_desktop.views.common.record_dialog import RecordDialog
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.directory.affiliation_dialog import AffiliationDialog
from wba_desktop.views.directory.coverage_field import CoverageField
from wba_desktop.views.directory.history_tab import HistoryTab
from wba_desktop.views.directory.linked_tables import LinkedTable
from wba_desktop.views.directory.offers_tab import OffersTab
from wba_desktop.views.directory.relation_dialog import RelationDialog
from wba_desktop.vocab import SIZE_CLASSES, STANCES

LEVELS = [("", None)] + [
    (f"{i} – " + t, i)
    for i, t in enumerate(("sehr gering", "gering", "mittel", "hoch", "sehr hoch"), start=1)
]

PEOPLE_COLUMNS = (
    Column("person_name", QT_TR_NOOP("Person"), 200),
    Column("function", QT_TR_NOOP("Funktion"), 170),
    Column("department", QT_TR_NOOP("Abteilung"), 120),
    Column("person_email", QT_TR_NOOP("E-Mail"), 190),
    Column("valid_from", QT_TR_NOOP("Von"), 80),
    Column("valid_until", QT_TR_NOOP("Bis"), 80),
)
RELATION_COLUMNS = (
    Column("label", QT_TR_NOOP("Beziehung"), 200),
    Column("other_name", QT_TR_NOOP("Organisation"), 250),
    Column("strength", QT_TR_NOOP("Stärke"), 60),
    Column("valid_from", QT_TR_NOOP("Von"), 80),
    Column("valid_until", QT_TR_NOOP("Bis"), 80),
    Column("note", QT_TR_NOOP("Notiz"), 150),
)


def _combo(parent, items) -> QComboBox:
    box = QComboBox(parent)
    for label, data in items:
        box.addItem(label, data)
    return box


class OrganisationDialog(RecordDialog):
    """Open with ``org_id=None`` to create. Emits ``changed`` after every save and
    ``open_person(id)`` / ``open_organisation(id)`` to show linked records."""

    duplicate_question = QT_TR_NOOP("Diese Organisation scheint es schon zu geben:")

    def __init__(self, services: Services, org_id: int | None = None, parent=None) -> None:
        super().__init__(services, parent)
        self.setObjectName("organisationDialog")
        self.resize(860, 640)
        self.tabs.addTab(self._build_master(), self.tr("Stammdaten"))
        self.people = LinkedTable(
            PEOPLE_COLUMNS,
            self.tr("Person zuordnen …"),
            self.tr("Person öffnen"),
            is_muted=lambda a: not a.current,
            parent=self,
        )
        self.relations = LinkedTable(
            RELATION_COLUMNS,
            self.tr("Beziehung hinzufügen …"),
            self.tr("Organisation öffnen"),
            is_muted=lambda r: not r.current or not r.other_active,
            parent=self,
        )
        self.tabs.addTab(self.people, self.tr("Personen"))
        self.tabs.addTab(self.relations, self.tr("Beziehungen"))
        self.offers = OffersTab(services, self)
        self.offers.offers_changed.connect(self._show_offer_count)
        self.offers.saved.connect(self.changed.emit)
        self.tabs.addTab(self.offers, self.tr("Leistungen"))
        self.history = HistoryTab(services, "organisation", self.changed.emit, self)
        self.tabs.addTab(self.history, self.tr("Kontakte"))
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(
            self.tr("Notizen zur Organisation, Absprachen, Hintergründe …")
        )
        self.tabs.addTab(self.notes, self.tr("Notizen"))
        self.audit = AuditTab(services, "organisation", self)
        self.tabs.addTab(self.audit, self.tr("Änderungen"))

        self.people.add_requested.connect(self._add_person)
        self.people.edit_requested.connect(self._edit_affiliation)
        self.people.remove_requested.connect(
            lambda a: self.confirm_remove_affiliation(a, self.reload_links)
        )
        self.people.open_requested.connect(lambda a: self.open_person.emit(a.person_id))
        self.relations.add_requested.connect(self._add_relation)
        self.relations.edit_requested.connect(self._edit_relation)
        self.relations.remove_requested.connect(self._remove_relation)
        self.relations.open_requested.connect(lambda r: self.open_organisation.emit(r.other_id))
        self.finish_setup(org_id)

    # -- building ------------------------------------------------------------------
    def _build_master(self) -> QWidget:
        page = QWidget(self)
        ref = self._services.reference
        self.name = QLineEdit(page)
        self.short_name = QLineEdit(page)
        kinds = ref.organisation_types()
        self.type = _combo(page, [("", None)] + [(cell(t.name), t.id) for t in kinds])
        self._kind_cadence = {t.id: t.default_cadence_days for t in kinds}
        regions = ref.regions()
        self.region = _combo(page, [("", None)] + [(r.name, r.id) for r in regions])
        self.coverage = CoverageField([(r.id, r.name) for r in regions], page)
        self.coverage.setToolTip(
            self.tr("Die Landkreise, für die die Organisation über ihren Sitz hinaus zuständig ist")
        )
        self.street = QLineEdit(page)
        self.postcode = QLineEdit(page)
        self.postcode.setMaxLength(5)
        self.postcode.setFixedWidth(70)
        self.postcode.setAccessibleName(self.tr("PLZ"))
        self.city = QLineEdit(page)
        self.city.setAccessibleName(self.tr("Ort"))
        self.email = QLineEdit(page)
        self.phone = QLineEdit(page)
        self.phone.setPlaceholderText("0391 123456")
        self.website = QLineEdit(page)
        self.sectors = QLineEdit(page)
        self.sectors.setPlaceholderText(self.tr("z. B. Metall, Logistik"))
        self.tags = QLineEdit(page)
        self.tags.setPlaceholderText(self.tr("durch Komma getrennt"))
        self.size_class = _combo(page, [("", "")] + [(cell(s), s) for s in SIZE_CLASSES])
        self.influence = _combo(page, LEVELS)
        self.interest = _combo(page, LEVELS)
        self.stance = _combo(page, [("", "")] + [(cell(s), s) for s in STANCES])
        self.cadence = QSpinBox(page)
        self.cadence.setRange(0, MAX_CADENCE_DAYS)  # 0: the kind's default
        self.cadence.setSingleStep(30)
        self.cadence.setSuffix(self.tr(" Tage"))
        self.cadence.setToolTip(
            self.tr("Wie oft jemand mit der Organisation in Kontakt sein sollte")
        )
        self.type.currentIndexChanged.connect(self._show_kind_cadence)
        self._show_kind_cadence()
        self.active = QCheckBox(self.tr("aktiv (in Listen und Auswertungen enthalten)"), page)

        city_row = QHBoxLayout()
        city_row.addWidget(self.postcode)
        city_row.addWidget(self.city, 1)
        left = QFormLayout()
        left.addRow(self.tr("&Name: *"), self.name)
        left.addRow(self.tr("&Kurzname:"), self.short_name)
        left.addRow(self.tr("&Art: *"), self.type)
        left.addRow(self.tr("&Landkreis:"), self.region)
        left.addRow(self.tr("&Straße:"), self.street)
        left.addRow(self.tr("PLZ, Ort:"), city_row)
        left.addRow(self.tr("&E-Mail:"), self.email)
        left.addRow(self.tr("&Telefon:"), self.phone)
        left.addRow(self.tr("&Website:"), self.website)
        right = QFormLayout()
        right.addRow(self.tr("&Branchen:"), self.sectors)
        right.addRow(self.tr("Schlag&wörter:"), self.tags)
        right.addRow(self.tr("&Größe:"), self.size_class)
        right.addRow(self.tr("&Einfluss:"), self.influence)
        right.addRow(self.tr("&Interesse:"), self.interest)
        right.addRow(self.tr("&Haltung:"), self.stance)
        right.addRow(self.tr("Kontakt &alle:"), self.cadence)
        right.addRow("", self.active)
        below = QFormLayout()
        below.addRow(self.tr("Zuständig &für:"), self.coverage)
        grid = QGridLayout(page)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addLayout(below, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(2, 1)
        return page

    def _fields(self) -> dict[str, QWidget]:
        return {
            "name": self.name,
            "type_id": self.type,
            "region_id": self.region,
            "postcode": self.postcode,
            "email": self.email,
            "phone": self.phone,
            "influence": self.influence,
            "interest": self.interest,
            "size_class": self.size_class,
            "stance": self.stance,
            "contact_cadence_days": self.cadence,
            "coverage_region_ids": self.coverage.list,
        }

    def _show_kind_cadence(self) -> None:
        """The spin box's empty value names the kind's default: „wie Art (90 Tage)“."""
        days = self._kind_cadence.get(self.type.currentData())
        self.cadence.setSpecialValueText(
            self.tr("wie Art (%1 Tage)").replace("%1", str(days))
            if days
            else self.tr("wie Art (keine Vorgabe)")
        )

    # -- loading -------------------------------------------------------------------
    def _show_new(self) -> None:
        self.setWindowTitle(self.tr("Neue Organisation"))
        self.title.setText(self.tr("Neue Organisation"))
        self.subtitle.setText(
            self.tr("Personen, Beziehungen und Leistungen lassen sich nach dem Speichern ergänzen.")
        )
        self.active.setChecked(True)
        self.coverage.set_ids([])
        for i in (1, 2, 3, 4):
            self.tabs.setTabEnabled(i, False)
        self.name.setFocus()

    @property
    def org_id(self) -> int | None:
        return self.record_id

    def load(self, org_id: int) -> None:
        d = self._services.organisations.get(org_id)
        self._detail = d
        data = d.data
        self.setWindowTitle(data.name)
        self.title.setText(data.name)
        where = " · ".join(
            p
            for p in (
                cell(d.type_name),
                data.city,
                d.region_name,
                d.wba_region and f"WBA {cell(d.wba_region)}",
            )
            if p
        )
        if d.coverage_label:
            n = len(data.coverage_region_ids or ())
            covered = d.coverage_label if len(d.coverage_label) <= 60 else f"{n} Landkreise"
            where += " · " + self.tr("zuständig für %1").replace("%1", covered)
        state = "" if data.active else self.tr(" · inaktiv")
        self.subtitle.setText(
            f"{where}{state} · " + self.tr("geändert am") + f" {format_value(d.updated_at)}"
        )
        self.name.setText(data.name)
        self.short_name.setText(data.short_name)
        self.type.setCurrentIndex(self.type.findData(data.type_id))
        self.region.setCurrentIndex(max(self.region.findData(data.region_id), 0))
        self.street.setText(data.street)
        self.postcode.setText(data.postcode)
        self.city.setText(data.city)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.website.setText(data.website)
        self.sectors.setText(data.sectors)
        self.tags.setText(", ".join(data.tags))
        self.size_class.setCurrentIndex(max(self.size_class.findData(data.size_class), 0))
        self.influence.setCurrentIndex(max(self.influence.findData(data.influence), 0))
        self.interest.setCurrentIndex(max(self.interest.findData(data.interest), 0))
        self.stance.setCurrentIndex(max(self.stance.findData(data.stance), 0))
        self.cadence.setValue(data.contact_cadence_days or 0)
        self.coverage.set_ids(data.coverage_region_ids)
        self.active.setChecked(data.active)
        self.notes.setPlainText(data.notes)
        for i in (1, 2, 3, 4):
            self.tabs.setTabEnabled(i, True)
        self.history.set_record(org_id, data.name)
        self.offers.set_record(org_id, data.name)
        self.audit.set_record(org_id)
        self.reload_links()

    def reload_links(self) -> None:
        if self.org_id is None:
            return
        people = self._services.affiliations.for_organisation(self.org_id)
        rels = self._services.relations.for_organisation(self.org_id)
        self.people.set_rows(people)
        self.relations.set_rows(rels)
        self.tabs.setTabText(
            1, self.tr("Personen (%n)", "", len(people)).replace("%n", str(len(people)))
        )
        self.tabs.setTabText(
            2, self.tr("Beziehungen (%n)", "", len(rels)).replace("%n", str(len(rels)))
        )

    def data(self) -> OrganisationData:
        return OrganisationData(
            name=self.name.text(),
            short_name=self.short_name.text(),
            type_id=self.type.currentData(),
            region_id=self.region.currentData(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            website=self.website.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            sectors=self.sectors.text(),
            size_class=self.size_class.currentData() or "",
            active=self.active.isChecked(),
            influence=self.influence.currentData(),
            interest=self.interest.currentData(),
            stance=self.stance.currentData() or "",
            contact_cadence_days=self.cadence.value() or None,
            notes=self.notes.toPlainText(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            coverage_region_ids=self.coverage.ids(),
        )

    def _create(self, data: OrganisationData, allow_duplicate: bool) -> OrganisationDetail:
        return self._services.organisations.create(data, allow_duplicate=allow_duplicate)

    def _update(
        self, data: OrganisationData, version: int, original: OrganisationData
    ) -> OrganisationDetail:
        return self._services.organisations.update(
            self._detail.id, data, version, original=original
        )

    def _open_existing(self, record_id: int) -> None:
        self.open_organisation.emit(record_id)

    def _show_offer_count(self, n: int) -> None:
        index = self.tabs.indexOf(self.offers)
        self.tabs.setTabText(index, self.tr("Leistungen (%n)", "", n).replace("%n", str(n)))

    # -- people and relations ------------------------------------------------------
    def _this(self) -> tuple[int, str]:
        assert self._detail is not None
        return self._detail.id, self._detail.data.name

    def _add_person(self) -> None:
        dialog = AffiliationDialog(self._services, organisation=self._this(), parent=self)
        self.run_linked(dialog, self.reload_links)

    def _edit_affiliation(self, a) -> None:
        self.run_linked(
            AffiliationDialog(self._services, existing=a, parent=self), self.reload_links
        )

    def _add_relation(self) -> None:
        self.run_linked(
            RelationDialog(self._services, self._this(), parent=self), self.reload_links
        )

    def _edit_relation(self, r) -> None:
        dialog = RelationDialog(self._services, self._this(), existing=r, parent=self)
        self.run_linked(dialog, self.reload_links)

    def _remove_relation(self, r) -> None:
        def answer(i: int) -> None:
            if i == 0:
                self._services.relations.delete(r.id)
                self.reload_links()
                self.changed.emit()

        ask(
            self,
            self.tr("Beziehung löschen"),
            self.tr("Beziehung „%1 %2“ löschen?")
            .replace("%1", r.label)
            .replace("%2", r.other_name),
            [
                (self.tr("Löschen"), QMessageBox.ButtonRole.DestructiveRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            answer,
            default=1,
        )
