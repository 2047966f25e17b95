"""The small demo's offers: the public institutions offer what they do (the Agentur
für Arbeit funding advice under the Qualifizierungschancengesetz, the chambers the
recognition of foreign qualifications, …), training providers two to four topics,
contact persons are the organisation's own people, and the offers serve by seat and
coverage unless they name districts."""

from __future__ import annotations

from sqlalchemy import select

from wba_desktop.models import Affiliation, Organisation, OrganisationType
from wba_desktop.models.lotsen import OrganisationOffer


def _topics_by_kind(services, kind: str) -> dict[int, set[str]]:
    with services.uow() as uow:
        rows = uow.session.execute(
            select(Organisation.id)
            .join(OrganisationType, OrganisationType.id == Organisation.type_id)
            .where(OrganisationType.name == kind)
        ).all()
    return {str(oid): {o.topic_name for o in services.offers.offers_of(oid)} for (oid,) in rows}


def test_public_institutions_offer_what_they_do(services, demo):
    agencies = _topics_by_kind(services, "Agentur für Arbeit")
    assert agencies and all(
        {
            "Förderberatung Qualifizierungschancengesetz",
            "Weiterbildungsberatung",
            "Umschulung",
            "Teilqualifizierung",
        }
        <= topics
        for topics in agencies.values()
    )
    for chamber in ("Kammer (IHK)", "Kammer (HWK)"):
        found = _topics_by_kind(services, chamber)
        assert found and all(
            {
                "Anpassungsqualifizierung",
                "Ausbildung/Nachwuchs",
                "Anerkennung ausländischer Abschlüsse",
            }
            <= topics
            for topics in found.values()
        )
    jobcentres = _topics_by_kind(services, "Jobcenter")
    assert all("Umschulung" in topics for topics in jobcentres.values())
    providers = _topics_by_kind(services, "Weiterbildungsträger")
    assert providers and all(2 <= len(topics) <= 4 for topics in providers.values())
    companies = _topics_by_kind(services, "Unternehmen")
    assert not any(companies.values())


def test_contacts_are_own_people_and_districts_default_to_coverage(uow_factory, demo):
    with uow_factory() as uow:
        s = uow.session
        offers = list(s.scalars(select(OrganisationOffer)))
        links = set(s.execute(select(Affiliation.person_id, Affiliation.organisation_id)).all())
        assert len(offers) > 150
        with_contact = [o for o in offers if o.contact_person_id is not None]
        assert len(with_contact) > len(offers) // 2
        assert all((o.contact_person_id, o.organisation_id) in links for o in with_contact)
        own = [o for o in offers if o.regions]
        assert 0 < len(own) < len(offers) // 3  # most offers: seat and coverage
        # the sequence follows the explicit ids: a new offer gets a fresh one
        org = s.get(Organisation, offers[0].organisation_id)
        taken = {o.topic_id for o in offers if o.organisation_id == org.id}
        free = next(t for t in range(1, 12) if t not in taken)
        s.add(OrganisationOffer(organisation_id=org.id, topic_id=free))
        s.flush()
