"""A small Lotsen desk for the GUI tests: our agency with a coordinator, a partner in
Harz offering Weiterbildungsberatung to employees, one in Magdeburg offering the same
(not responsible for Harz), and the agency's own contact history empty (invented
names only)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.lotsen.offers import OfferData
from wba_desktop.views.common.tasks import SyncTaskRunner


@dataclass
class GuiDesk:
    agency: int
    coordinator: int
    harz_partner: int
    harz_contact: int
    far_partner: int
    topics: dict[str, int]
    regions: dict[str, int]


@pytest.fixture
def desk(services) -> GuiDesk:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    topics = {t.name: t.id for t in services.offers.topics()}
    org = services.organisations
    agency = org.create(
        OrganisationData(name="Weiterbildungsagentur Auenwald", type_id=types["Unternehmen"])
    ).id
    services.agency.set_own_organisation(agency)
    coordinator = services.people.create(PersonData(last_name="Quellmann", first_name="Ina")).id
    services.affiliations.save(AffiliationData(person_id=coordinator, organisation_id=agency))

    def partner(name, region, email):
        oid = org.create(
            OrganisationData(
                name=name,
                type_id=types["Weiterbildungsträger"],
                region_id=regions[region],
                email=email,
            )
        ).id
        services.offers.save_offers(
            oid, [OfferData(topics["Weiterbildungsberatung"], ("Beschäftigte",))]
        )
        return oid

    harz = partner("Bildungshaus Brockenblick", "Harz", "info@brockenblick.example")
    contact = services.people.create(
        PersonData(last_name="Tannenberg", first_name="Lutz", email="l.tannenberg@example.org")
    ).id
    services.affiliations.save(AffiliationData(person_id=contact, organisation_id=harz))
    far = partner("Lernforum Elbufer", "Magdeburg", "kontakt@elbufer.example")
    return GuiDesk(agency, coordinator, harz, contact, far, topics, regions)


@pytest.fixture
def desk_window(window, qtbot):
    """The main window on the „Anfragen“ area, background work run at once."""
    window.runner = SyncTaskRunner()
    window.resize(1280, 800)
    window.show_area("lotsen")
    view = window.lotsen.widget
    qtbot.waitUntil(lambda: view.isVisible())
    return window
