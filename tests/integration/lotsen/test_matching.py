"""Matching on a real database with a tiny directory: coverage, past outcomes, target
groups, our agency's acquaintance and the network step change the ranking, the reasons
say why, and inactive organisations never appear."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import insert, select

from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.models.activity import Activity
from wba_desktop.models.lotsen import (
    Inquiry,
    OfferTopic,
    OrganisationOffer,
    Referral,
    inquiry_topic,
    offer_region,
)
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.relations import RelationData
from wba_desktop.services.shared_settings import OWN_ORGANISATION

QCG = "Förderberatung Qualifizierungschancengesetz"
ADVICE = "Weiterbildungsberatung"


class Directory:
    """A tiny directory on the test database, built through the services and models."""

    def __init__(self, services):
        self.services = services
        ref = services.reference
        self.types = {t.name: t.id for t in ref.organisation_types()}
        self.regions = {r.name: r.id for r in ref.regions()}
        self.rel_types = {t.name: t.id for t in ref.relation_types()}
        with services.uow() as uow:
            self.topics = dict(uow.session.execute(select(OfferTopic.name, OfferTopic.id)).all())

    def org(self, name, kind="Weiterbildungsträger", seat="Harz", covers=(), **kw) -> int:
        data = OrganisationData(
            name=name,
            type_id=self.types[kind],
            region_id=self.regions[seat] if seat else None,
            coverage_region_ids=[self.regions[r] for r in covers],
            **kw,
        )
        return self.services.organisations.create(data).id

    def offer(self, org_id, topic=QCG, groups=("Unternehmen", "KMU"), districts=()) -> None:
        with self.services.uow() as uow:
            offer = OrganisationOffer(
                organisation_id=org_id,
                topic_id=self.topics[topic],
                target_groups=";".join(groups),
                note="",
            )
            uow.session.add(offer)
            uow.session.flush()
            for d in districts:
                uow.session.execute(
                    insert(offer_region).values(offer_id=offer.id, region_id=self.regions[d])
                )
            uow.commit()

    def relate(self, a, b, kind="Kooperation", strength=2) -> None:
        src, dst = sorted((a, b))
        self.services.relations.save(
            RelationData(
                source_id=src, target_id=dst, type_id=self.rel_types[kind], strength=strength
            )
        )

    def inquiry(self, district="Harz", topics=(QCG,), kind="Unternehmen", org_id=None) -> int:
        with self.services.uow() as uow:
            inq = Inquiry(
                received_on=date.today() - timedelta(days=60),
                channel="Telefon",
                inquirer_kind=kind,
                organisation_id=org_id,
                region_id=self.regions[district],
            )
            uow.session.add(inq)
            uow.session.flush()
            for t in topics:
                uow.session.execute(
                    insert(inquiry_topic).values(inquiry_id=inq.id, topic_id=self.topics[t])
                )
            uow.commit()
            return inq.id

    def referral(self, org_id, outcome="", answer="angenommen", topics=(QCG,)) -> None:
        inquiry_id = self.inquiry(topics=topics)
        day = date.today() - timedelta(days=50)
        with self.services.uow() as uow:
            uow.session.add(
                Referral(
                    inquiry_id=inquiry_id,
                    organisation_id=org_id,
                    referred_on=day,
                    answer=answer,
                    answered_on=day,
                    outcome=outcome,
                    outcome_on=day if outcome else None,
                )
            )
            uow.commit()

    def contact(self, org_id, days_ago=10) -> None:
        with self.services.uow() as uow:
            uow.session.add(
                Activity(
                    organisation_id=org_id,
                    happened_on=date.today() - timedelta(days=days_ago),
                    kind="Telefonat",
                )
            )
            uow.commit()

    def ask(self, district="Harz", topics=(QCG,), kind="Unternehmen", **kw):
        return self.services.matching.matches_for(
            self.regions[district], [self.topics[t] for t in topics], kind, **kw
        )


@pytest.fixture
def d(services) -> Directory:
    return Directory(services)


def _names(matches):
    return [m.name for m in matches]


def test_covering_partner_ranks_first_and_coverage_changes_the_ranking(d, services):
    far = d.org("Aaa Bildung Halle", seat="Halle (Saale)")
    d.offer(far)
    near = d.org("Zzz Bildung Harz", seat="Harz")
    d.offer(near)
    unrelated = d.org("Sprachschule Harz")
    d.offer(unrelated, topic="Sprachförderung")

    matches = services.matching.matches(d.inquiry())
    assert _names(matches) == ["Zzz Bildung Harz", "Aaa Bildung Halle"]
    top, second = matches
    assert top.reasons[:2] == (f"bietet {QCG} für Unternehmen", "Sitz in Harz")
    assert top.district == "Harz" and top.kind == "Weiterbildungsträger"
    assert "nicht zuständig für Harz (Sitz in Halle (Saale))" in second.reasons
    assert top.score > second.score

    # Halle's provider now serves the Harz too (its coverage): it wins on its name
    data = services.organisations.get(far)
    services.coverage.set(far, [d.regions["Harz"]], data.version)
    matches = services.matching.matches(d.inquiry())
    assert _names(matches) == ["Aaa Bildung Halle", "Zzz Bildung Harz"]
    assert "zuständig für Harz" in matches[0].reasons
    assert matches[0].score == matches[1].score


def test_offer_districts_override_seat_and_coverage(d):
    seated = d.org("Harzer Träger", seat="Harz")
    d.offer(seated, districts=("Börde",))  # seated in the Harz, but offers only in the Börde
    listed = d.org("Magdeburger Träger", seat="Magdeburg")
    d.offer(listed, districts=("Harz", "Börde"))
    matches = d.ask()
    assert _names(matches) == ["Magdeburger Träger", "Harzer Träger"]
    assert "zuständig für Harz" in matches[0].reasons
    assert "nicht zuständig für Harz (Sitz in Harz)" in matches[1].reasons


def test_past_outcomes_change_the_ranking(d, services):
    a = d.org("Aaa Träger")
    b = d.org("Bbb Träger")
    d.offer(a)
    d.offer(b)
    assert _names(d.ask()) == ["Aaa Träger", "Bbb Träger"]
    for outcome in ("Förderung bewilligt", "Beratung erfolgt", "Weiterbildung begonnen"):
        d.referral(b, outcome)
    d.referral(b, "nicht erreichbar")
    d.referral(b)  # accepted, still running: not counted yet
    d.referral(a, answer="abgelehnt")  # declined counts as finished without success
    d.referral(b, "Förderung bewilligt", topics=("Sprachförderung",))  # another topic
    matches = d.ask()
    assert _names(matches) == ["Bbb Träger", "Aaa Träger"]
    assert "3 von 4 Vermittlungen zu diesem Thema erfolgreich" in matches[0].reasons
    assert "0 von 1 Vermittlung zu diesem Thema erfolgreich" in matches[1].reasons


def test_target_group_mismatch_lowers(d):
    a = d.org("Aaa Träger")
    d.offer(a, groups=("Arbeitsuchende",))
    b = d.org("Bbb Träger")
    d.offer(b, groups=("Beschäftigte",))
    matches = d.ask(kind="Arbeitsuchende/r")
    assert _names(matches) == ["Aaa Träger", "Bbb Träger"]
    assert matches[1].reasons[0] == f"bietet {QCG} (nur für Beschäftigte)"
    assert _names(d.ask(kind="Beschäftigte/r")) == ["Bbb Träger", "Aaa Träger"]


def test_kmu_follows_the_company_size(d, services):
    kmu_only = d.org("Aaa KMU-Beratung")
    d.offer(kmu_only, groups=("KMU",))
    everyone = d.org("Bbb Beratung")
    d.offer(everyone, groups=())
    small = d.org("Kleinbetrieb", kind="Unternehmen", size_class="Kleinunternehmen")
    large = d.org("Großbetrieb", kind="Unternehmen", size_class="Großunternehmen")
    for_small = services.matching.matches(d.inquiry(org_id=small))
    assert _names(for_small) == ["Aaa KMU-Beratung", "Bbb Beratung"]
    assert for_small[0].reasons[0] == f"bietet {QCG} für KMU"
    assert _names(services.matching.matches(d.inquiry(org_id=large))) == [
        "Bbb Beratung",
        "Aaa KMU-Beratung",
    ]


def test_acquaintance_with_our_agency(d, services):
    own = d.org("Weiterbildungsagentur Test", kind="Initiative / Netzwerk")
    services.settings.set(OWN_ORGANISATION, own)
    d.offer(own)  # our own agency is never proposed
    a = d.org("Aaa Träger")
    b = d.org("Bbb Träger")
    d.offer(a)
    d.offer(b)
    d.relate(own, b)
    for days in (5, 40, 200):
        d.contact(b, days)
    d.contact(b, 500)  # too long ago
    d.contact(a, 400)
    matches = d.ask()
    assert _names(matches) == ["Bbb Träger", "Aaa Träger"]
    assert (
        "bekannter Partner: im Netzwerk mit uns verbunden (Kooperation), "
        "3 Kontakte in den letzten 12 Monaten"
    ) in matches[0].reasons
    assert not any(r.startswith("bekannter Partner") for r in matches[1].reasons)


def test_network_fallback_names_the_introducing_organisation(d):
    provider = d.org("Bildungswerk Halle", seat="Halle (Saale)")
    d.offer(provider)
    stranger = d.org("Aaa Bildung Dessau", seat="Dessau-Roßlau")
    d.offer(stranger)
    khs = d.org("Kreishandwerkerschaft Harz", kind="Fach-/Branchenverband oder Innung")
    d.relate(khs, provider, "Netzwerkpartnerschaft")
    chamber = d.org("HWK Test", kind="Kammer (HWK)", seat="Magdeburg", covers=("Harz",))
    d.relate(chamber, provider, "Kooperation", strength=3)  # covering, but not seated: second

    matches = d.ask()
    assert _names(matches) == ["Bildungswerk Halle", "Aaa Bildung Dessau"]
    top = matches[0]
    assert (top.via_id, top.via_name) == (khs, "Kreishandwerkerschaft Harz")
    assert "über Kreishandwerkerschaft Harz (Sitz in Harz) erreichbar" in top.reasons
    assert matches[1].via_id is None

    # once a partner serves the district itself, nobody is proposed through the network
    near = d.org("Zzz Bildung Harz")
    d.offer(near)
    matches = d.ask()
    assert _names(matches)[0] == "Zzz Bildung Harz"
    assert all(m.via_id is None for m in matches)


def test_inactive_organisations_never_appear(d, services):
    gone = d.org("Aaa Geschlossen", active=False)
    d.offer(gone)
    far = d.org("Bildung Halle", seat="Halle (Saale)")
    d.offer(far)
    sleeping = d.org("Ruhender Verband Harz", kind="Arbeitgeberverband", active=False)
    d.relate(sleeping, far)
    matches = d.ask()
    assert _names(matches) == ["Bildung Halle"]
    assert matches[0].via_id is None  # an inactive organisation introduces nobody


def test_the_asking_company_is_not_proposed_and_contact_person_is_given(d, services):
    company = d.org("Firma mit Angebot", kind="Unternehmen")
    d.offer(company)
    partner = d.org("Träger")
    d.offer(partner)
    person = services.people.create(_person("Erika", "Beispiel")).id
    with services.uow() as uow:
        offer = uow.session.scalar(
            select(OrganisationOffer).where(OrganisationOffer.organisation_id == partner)
        )
        offer.contact_person_id = person
        uow.commit()
    (match,) = services.matching.matches(d.inquiry(org_id=company))
    assert (match.name, match.contact_person_id, match.contact_name) == (
        "Träger",
        person,
        "Erika Beispiel",
    )


def test_bad_input_names_the_field(d, services):
    with pytest.raises(ValidationError) as err:
        services.matching.matches_for(None, [], "Rentner/in")
    assert set(err.value.errors) == {"region_id", "topic_ids", "inquirer_kind"}
    assert err.value.errors["inquirer_kind"] == (
        "Wer fragt an: Bitte wählen (Beschäftigte/r, Arbeitsuchende/r oder Unternehmen)."
    )
    assert err.value.errors["topic_ids"].startswith("Themen:")
    with pytest.raises(ValidationError) as err:
        services.matching.matches_for(d.regions["Harz"], [999999], "Unternehmen")
    assert err.value.errors["topic_ids"] == "Themen: Ein gewähltes Thema gibt es nicht (mehr)."
    with pytest.raises(NotFoundError):
        services.matching.matches(999999)
    assert d.ask() == []  # nobody offers anything yet


def _person(first, last):
    from wba_desktop.services.directory.people import PersonData

    return PersonData(first_name=first, last_name=last)


def test_the_best_are_found_among_many_with_a_fixed_number_of_statements(d, services, engine):
    from sqlalchemy import event

    for i in range(12):
        org = d.org(f"Träger {i:02d}", seat="Harz" if i % 3 else "Börde")
        d.offer(org, groups=() if i % 2 else ("Unternehmen",))
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    first = d.ask(limit=100)
    counted = len(statements)
    late = d.org("Zzz spät", seat="Harz")  # last by name, its offer only half fitting
    d.offer(late, groups=())
    for outcome in ("Förderung bewilligt",) * 6:
        d.referral(late, outcome)  # … but with the best record: it climbs into the top 3
    statements.clear()
    top = d.ask(limit=3)
    assert len(statements) == counted  # no statement per candidate
    everyone = d.ask(limit=100)
    assert [m.organisation_id for m in top] == [m.organisation_id for m in everyone[:3]]
    assert late in [m.organisation_id for m in top]
    assert len(everyone) == len(first) + 1 == 13
    assert [m.score for m in everyone] == sorted((m.score for m in everyone), reverse=True)
