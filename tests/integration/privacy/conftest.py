"""A small directory for the data-protection tests: one organisation, five people with
e-mail addresses and different legal bases. All names are invented."""

from __future__ import annotations

from datetime import date

import pytest

from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.privacy.consents import GRANTED, WITHDRAWN, ConsentInput
from wba_desktop.services.privacy.facts import PrivacyFacts

TODAY = date.today()
LONG_AGO = date(2025, 3, 12)


@pytest.fixture
def folk(services) -> dict[str, int]:
    """Anton (consent basis, consented to everything), Berta (legitimate interest),
    Cäcilie (consent basis, no consent), Dario (public task), Elke (consent basis,
    consented to the newsletter and the map); all at the Probewerk."""
    type_id = services.reference.organisation_types()[0].id
    org = services.organisations.create(
        OrganisationData(name="Probewerk Zerbst GmbH", type_id=type_id, city="Zerbst")
    ).id
    people = {}
    bases = {
        "Anton": "Einwilligung",
        "Berta": "berechtigtes Interesse",
        "Cäcilie": "Einwilligung",
        "Dario": "öffentliche Aufgabe",
        "Elke": "Einwilligung",
    }
    for first, basis in bases.items():
        pid = services.people.create(
            PersonData(
                first_name=first, last_name=f"{first}sohn", email=f"{first.lower()}@example.org"
            )
        ).id
        services.privacy_facts.save(pid, PrivacyFacts(legal_basis=basis, data_source="Probe"))
        services.affiliations.save(
            AffiliationData(person_id=pid, organisation_id=org, function="Referent/in")
        )
        people[first] = pid
    people["org"] = org
    for purpose in ("Newsletter", "Veranstaltungseinladungen", "Darstellung in Netzwerkkarten"):
        services.consents.record(
            people["Anton"], ConsentInput(purpose, GRANTED, LONG_AGO, source="Anmeldebogen")
        )
    for purpose in ("Newsletter", "Darstellung in Netzwerkkarten"):
        services.consents.record(people["Elke"], ConsentInput(purpose, GRANTED, LONG_AGO))
    return people


def withdraw(services, person_id: int, purpose: str) -> None:
    services.consents.record(person_id, ConsentInput(purpose, WITHDRAWN, TODAY))
