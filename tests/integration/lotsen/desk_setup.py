"""A small Lotsen desk for the inquiry and referral tests: our agency with a
coordinator, two districts, the seeded topics, an active partner with a contact
person and an inactive one (invented names only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from wba_desktop.models.lotsen import OfferTopic
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.lotsen.intake import IntakeData

TODAY = date(2026, 3, 16)


@dataclass
class Desk:
    services: object
    agency_id: int
    coordinator_id: int
    region_id: int
    other_region_id: int
    topics: dict[str, int]
    partner_id: int
    partner_contact_id: int
    inactive_id: int
    company_id: int

    def private(self, **changes) -> IntakeData:
        values = dict(
            received_on=date(2026, 3, 10),
            channel="Telefon",
            inquirer_kind="Beschäftigte/r",
            region_id=self.region_id,
            topic_ids=(self.topics["Weiterbildungsberatung"], self.topics["Digitalisierung"]),
            description="Sucht eine berufsbegleitende Fortbildung in Buchhaltung.",
            urgency="normal",
            coordinator_id=self.coordinator_id,
            first_name="Mara",
            last_name="Sonnenfeld",
            phone="0345 1234567",
            email="mara.sonnenfeld@example.org",
            legal_basis="Einwilligung",
            follow_up_consent=True,
        )
        values.update(changes)
        return IntakeData(**values)

    def company(self, **changes) -> IntakeData:
        values = dict(
            received_on=date(2026, 3, 11),
            channel="E-Mail",
            inquirer_kind="Unternehmen",
            region_id=self.region_id,
            topic_ids=(self.topics["Fachkräftesicherung KMU"],),
            description="Zwölf Beschäftigte sollen in CNC-Technik geschult werden.",
            urgency="eilig",
            coordinator_id=self.coordinator_id,
            organisation_id=self.company_id,
        )
        values.update(changes)
        return IntakeData(**values)


def count(services, model) -> int:
    with services.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def make_desk(services) -> Desk:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = services.reference.regions()
    org = services.organisations
    agency = org.create(
        OrganisationData(name="Weiterbildungsagentur Lindental", type_id=types["Unternehmen"])
    ).id
    services.agency.set_own_organisation(agency)
    coordinator = services.people.create(
        PersonData(last_name="Quellmann", first_name="Ina", email="ina.quellmann@example.org")
    ).id
    services.affiliations.save(AffiliationData(person_id=coordinator, organisation_id=agency))
    partner = org.create(
        OrganisationData(
            name="Bildungswerk Eichenhain",
            type_id=types["Unternehmen"],
            region_id=regions[0].id,
            email="info@bildungswerk-eichenhain.example",
        )
    ).id
    contact = services.people.create(
        PersonData(
            last_name="Birkenfeld",
            first_name="Tom",
            salutation="Herr",
            email="t.birkenfeld@bildungswerk-eichenhain.example",
        )
    ).id
    services.affiliations.save(AffiliationData(person_id=contact, organisation_id=partner))
    inactive = org.create(
        OrganisationData(name="Alte Lernwerkstatt", type_id=types["Unternehmen"], active=False)
    ).id
    company = org.create(
        OrganisationData(
            name="Drehteile Moorbach GmbH", type_id=types["Unternehmen"], region_id=regions[0].id
        )
    ).id
    with services.uow() as uow:
        topics = dict(uow.session.execute(select(OfferTopic.name, OfferTopic.id)).all())
    return Desk(
        services,
        agency,
        coordinator,
        regions[0].id,
        regions[1].id,
        topics,
        partner,
        contact,
        inactive,
        company,
    )
