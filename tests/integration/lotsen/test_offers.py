"""What partners offer on a real database: the topic list, saving an organisation's
offers (replaced in one transaction), bad input refused with the field named, and the
districts served (own ones, else seat and coverage)."""

from __future__ import annotations

import pytest

from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.models import Organisation
from wba_desktop.models.lotsen import OrganisationOffer
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.lotsen.offers import OfferData, read_groups, served_regions


@pytest.fixture
def regions(services) -> dict[str, int]:
    return {r.name: r.id for r in services.reference.regions()}


@pytest.fixture
def topics(services) -> dict[str, int]:
    return {t.name: t.id for t in services.offers.topics()}


@pytest.fixture
def chamber(services, regions) -> int:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    return services.organisations.create(
        OrganisationData(
            name="IHK Testland",
            type_id=types["Kammer (IHK)"],
            region_id=regions["Magdeburg"],
            coverage_region_ids=[regions["Harz"], regions["Börde"]],
        )
    ).id


def _count(services) -> int:
    with services.uow() as uow:
        return uow.session.query(OrganisationOffer).count()


def test_the_topics_of_the_issue_are_there(services, topics):
    assert len(topics) == 11
    assert next(iter(topics)) == "Weiterbildungsberatung"
    assert "Förderberatung Qualifizierungschancengesetz" in topics


def test_add_rename_and_deactivate_a_topic(services):
    added = services.offers.save_topic("Gründungsberatung")
    assert services.offers.topics()[-1] == added
    with pytest.raises(ValidationError) as err:
        services.offers.save_topic("  gründungs beratung ")  # same name, other case/spacing
    assert "gibt es schon" in err.value.errors["name"]
    with pytest.raises(ValidationError) as err:
        services.offers.save_topic("   ")
    assert err.value.errors["name"] == "Bezeichnung: Bitte ausfüllen."
    renamed = services.offers.save_topic("Existenzgründung", topic_id=added.id)
    assert renamed.name == "Existenzgründung"
    services.offers.save_topic("Existenzgründung", active=False, topic_id=added.id)
    assert "Existenzgründung" not in [t.name for t in services.offers.topics()]
    assert "Existenzgründung" in [t.name for t in services.offers.topics(active_only=False)]


def test_save_offers_replaces_them(services, chamber, topics, regions):
    person = services.people.create(PersonData(last_name="Beispiel", first_name="Anna")).id
    first = [
        OfferData(topics["Weiterbildungsberatung"], ("KMU", "Beschäftigte")),
        OfferData(
            topics["Teilqualifizierung"],
            region_ids=(regions["Harz"],),
            contact_person_id=person,
            note=" nur Metall ",
        ),
    ]
    saved = services.offers.save_offers(chamber, first)
    assert [o.topic_name for o in saved] == ["Weiterbildungsberatung", "Teilqualifizierung"]
    assert saved[0].target_groups == ("Beschäftigte", "KMU")  # in the form's order
    assert saved[1].region_ids == (regions["Harz"],)
    assert saved[1].contact_name == "Anna Beispiel"
    assert saved[1].note == "nur Metall"
    kept_id = saved[1].id

    again = services.offers.save_offers(
        chamber, [OfferData(topics["Teilqualifizierung"], note="geändert")]
    )
    assert [(o.topic_name, o.note, o.region_ids) for o in again] == [
        ("Teilqualifizierung", "geändert", ())
    ]
    assert again[0].id == kept_id  # the same record, changed
    assert services.offers.offers_of(chamber) == again
    assert _count(services) == 1


@pytest.mark.parametrize(
    ("offer", "field", "words"),
    [
        (lambda t, r: OfferData(999_999), "topic_id", "Thema: unbekannt"),
        (lambda t, r: OfferData(t, ("Rentner",)), "target_groups", "„Rentner“"),
        (lambda t, r: OfferData(t, region_ids=(999_999,)), "region_ids", "Landkreise"),
        (lambda t, r: OfferData(t, contact_person_id=999_999), "contact_person_id", "Ansprech"),
        (lambda t, r: OfferData(t, note="a\x00b"), "note", "Notiz"),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(services, chamber, topics, offer, field, words):
    services.offers.save_offers(chamber, [OfferData(topics["Umschulung"])])
    with pytest.raises(ValidationError) as err:
        services.offers.save_offers(chamber, [offer(topics["Digitalisierung"], None)])
    assert words in err.value.errors[field]
    assert [o.topic_name for o in services.offers.offers_of(chamber)] == ["Umschulung"]


def test_a_topic_twice_is_refused(services, chamber, topics):
    twice = [OfferData(topics["Umschulung"]), OfferData(topics["Umschulung"], ("KMU",))]
    with pytest.raises(ValidationError) as err:
        services.offers.save_offers(chamber, twice)
    assert err.value.errors["topic_id"] == (
        "Thema: „Umschulung“ ist für diese Organisation schon eingetragen."
    )
    assert _count(services) == 0


def test_an_inactive_topic_stays_where_it_was_but_is_not_added(services, chamber, topics):
    other = services.organisations.create(OrganisationData(name="Träger X", type_id=1)).id
    services.offers.save_offers(chamber, [OfferData(topics["Sprachförderung"])])
    services.offers.save_topic("Sprachförderung", active=False, topic_id=topics["Sprachförderung"])
    services.offers.save_offers(chamber, [OfferData(topics["Sprachförderung"], ("KMU",))])
    with pytest.raises(ValidationError) as err:
        services.offers.save_offers(other, [OfferData(topics["Sprachförderung"])])
    assert "inaktiv" in err.value.errors["topic_id"]


def test_unknown_organisation(services, topics):
    with pytest.raises(NotFoundError):
        services.offers.save_offers(999_999, [OfferData(topics["Umschulung"])])


def test_served_regions_default_to_seat_and_coverage(services, chamber, topics, regions):
    services.offers.save_offers(
        chamber,
        [
            OfferData(topics["Umschulung"]),
            OfferData(topics["Digitalisierung"], region_ids=(regions["Stendal"],)),
        ],
    )
    with services.uow() as uow:
        org = uow.session.get(Organisation, chamber)
        offers = uow.session.query(OrganisationOffer).order_by(OrganisationOffer.id).all()
        assert served_regions(offers[0], org) == {
            regions["Magdeburg"],
            regions["Harz"],
            regions["Börde"],
        }
        assert served_regions(offers[1], org) == {regions["Stendal"]}
    data = services.organisations.get(chamber).data
    assert served_regions(OfferData(topics["Umschulung"]), data) == {
        regions["Magdeburg"],
        regions["Harz"],
        regions["Börde"],
    }


def test_read_groups():
    assert read_groups(" kmu; Beschäftigte ,jugendliche") == (
        ("Beschäftigte", "KMU", "Jugendliche"),
        [],
    )
    assert read_groups("KMU, Senioren") == (("KMU",), ["Senioren"])


def test_merging_organisations_and_people_keeps_the_offers(services, chamber, topics):
    other = services.organisations.create(OrganisationData(name="IHK Testland alt", type_id=1)).id
    anna = services.people.create(PersonData(last_name="Beispiel", first_name="Anna")).id
    anne = services.people.create(PersonData(last_name="Beispiel", first_name="Anne")).id
    services.offers.save_offers(chamber, [OfferData(topics["Umschulung"], note="hier")])
    services.offers.save_offers(
        other,
        [
            OfferData(topics["Umschulung"], ("KMU",), contact_person_id=anne, note="dort"),
            OfferData(topics["Digitalisierung"]),
        ],
    )
    services.merge.merge_organisations(chamber, other, {})
    offers = {o.topic_name: o for o in services.offers.offers_of(chamber)}
    assert set(offers) == {"Umschulung", "Digitalisierung"}
    assert offers["Umschulung"].target_groups == ("KMU",)  # blanks filled from the other
    assert offers["Umschulung"].contact_person_id == anne
    assert "hier" in offers["Umschulung"].note and "dort" in offers["Umschulung"].note

    services.merge.merge_people(anna, anne, {})
    assert services.offers.offers_of(chamber)[0].contact_person_id == anna


def test_the_access_report_names_the_offers_a_person_is_contact_for(services, chamber, topics):
    from wba_desktop.services.directory.affiliations import AffiliationData

    pid = services.people.create(PersonData(last_name="Holzapfel", first_name="Jana")).id
    services.affiliations.save(AffiliationData(person_id=pid, organisation_id=chamber))
    other = services.people.create(PersonData(last_name="Kornblum")).id
    before = [s.title for s in services.access_reports.report(pid).sections]
    assert "Ansprechperson für Leistungen" not in before
    services.offers.save_offers(
        chamber,
        [
            OfferData(topics["Weiterbildungsberatung"], ("Unternehmen", "KMU"), (), pid),
            OfferData(topics["Ausbildung/Nachwuchs"], (), (), pid),
        ],
    )
    report = services.access_reports.report(pid)
    rows = report.section("Ansprechperson für Leistungen").rows
    name = services.organisations.get(chamber).data.name
    assert rows == [
        [name, "Weiterbildungsberatung", "Unternehmen, KMU"],
        [name, "Ausbildung/Nachwuchs", "alle"],
    ]
    titles = [s.title for s in report.sections]
    assert titles.index("Ansprechperson für Leistungen") < titles.index("Empfänger")
    assert "Ansprechperson für Leistungen" not in [
        s.title for s in services.access_reports.report(other).sections
    ]
