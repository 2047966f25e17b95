"""People on a real SQLite file: CRUD, validation, duplicates, list columns and filters."""

from __future__ import annotations

import pytest

from wba_desktop.errors import (
    ConflictError,
    DuplicatesFound,
    NotFoundError,
    ValidationError,
)
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData, PersonFilter
from wba_desktop.services.listing import Sort

ALL = PersonFilter(active=None)


@pytest.fixture
def types(services) -> dict[str, int]:
    return {t.name: t.id for t in services.reference.organisation_types()}


@pytest.fixture
def regions(services) -> dict[str, int]:
    return {r.name: r.id for r in services.reference.regions()}


def test_create_get_update(services):
    p = services.people.create(
        PersonData(
            last_name=" Heinze ",
            first_name="Katrin",
            salutation="Frau",
            title="Dr.",
            email="K.Heinze@Beispiel.de",
            phone="0340 502200",
            mobile="0171 1234567",
            preferred_channel="E-Mail",
            tags=["Beirat"],
        )
    )
    got = services.people.get(p.id)
    assert got.data.last_name == "Heinze"
    assert got.data.email == "K.Heinze@beispiel.de"  # domain folded, local part kept
    assert (got.data.phone, got.data.mobile) == ("+49 340 502200", "+49 171 1234567")
    assert got.data.tags == ["Beirat"]
    assert got.display_name == "Dr. Katrin Heinze"
    data = got.data
    data.last_name = "Heinze-Müller"
    updated = services.people.update(p.id, data, got.version)
    assert updated.version > got.version
    assert services.people.get(p.id).data.last_name == "Heinze-Müller"


def test_update_with_stale_version_raises_conflict(services):
    p = services.people.create(PersonData(last_name="Krause"))
    data = p.data
    data.first_name = "Eva"
    services.people.update(p.id, data, p.version)
    data.first_name = "Ina"
    with pytest.raises(ConflictError):
        services.people.update(p.id, data, p.version)
    assert services.people.get(p.id).data.first_name == "Eva"


def test_set_active_and_delete(services, types):
    p = services.people.create(PersonData(last_name="Weber"))
    org = services.organisations.create(OrganisationData(name="Org", type_id=types["Sonstige"]))
    services.affiliations.save(AffiliationData(person_id=p.id, organisation_id=org.id))
    services.people.set_active(p.id, False)
    assert services.people.get(p.id).data.active is False
    assert services.people.list_ids() == []
    services.people.delete(p.id)
    with pytest.raises(NotFoundError):
        services.people.get(p.id)
    assert services.affiliations.for_organisation(org.id) == []
    assert services.organisations.usage(org.id) == (0, 0)


@pytest.mark.parametrize(
    ("changes", "field", "word"),
    [
        ({"last_name": "  "}, "last_name", "Nachname"),
        ({"email": "heinze@"}, "email", "E-Mail"),
        ({"phone": "12"}, "phone", "Telefon"),
        ({"mobile": "abc"}, "mobile", "Mobil"),
        ({"salutation": "Hallo"}, "salutation", "Anrede"),
        ({"preferred_channel": "Fax"}, "preferred_channel", "Bevorzugter Kanal"),
    ],
)
def test_invalid_person_rejected_and_nothing_saved(services, changes, field, word):
    kw = {"last_name": "Gültig", **changes}
    with pytest.raises(ValidationError) as info:
        services.people.create(PersonData(**kw))
    assert set(info.value.errors) == {field}
    assert info.value.errors[field].startswith(word)
    assert services.people.count(ALL) == 0


def test_duplicate_by_name_and_by_email(services):
    first = services.people.create(
        PersonData(last_name="Müller", first_name="Jörg", email="j.mueller@ihk.de")
    )
    with pytest.raises(DuplicatesFound) as info:
        services.people.create(PersonData(last_name="MÜLLER", first_name="jörg"))
    assert [c.id for c in info.value.candidates] == [first.id]
    with pytest.raises(DuplicatesFound) as info:
        services.people.create(PersonData(last_name="Anders", email="J.Mueller@IHK.de"))
    assert "E-Mail" in info.value.candidates[0].reason
    assert services.people.count(ALL) == 1
    services.people.create(PersonData(last_name="Müller", first_name="Jörg"), allow_duplicate=True)
    assert services.people.count(ALL) == 2


# -- list columns and filters ------------------------------------------------------------


@pytest.fixture
def network(services, types, regions):
    """Two organisations, three people; Anna works at both (primary: Kammer)."""
    org = services.organisations
    kammer = org.create(
        OrganisationData(
            name="HWK Halle", type_id=types["Kammer (HWK)"], region_id=regions["Halle (Saale)"]
        )
    ).id
    firma = org.create(
        OrganisationData(
            name="Bau GmbH", type_id=types["Unternehmen"], region_id=regions["Magdeburg"]
        )
    ).id
    anna = services.people.create(PersonData(last_name="Ärmel", first_name="Anna")).id
    bert = services.people.create(PersonData(last_name="Bauer", first_name="Bert")).id
    carl = services.people.create(PersonData(last_name="Adler", first_name="Carl")).id
    aff = services.affiliations
    aff.save(AffiliationData(person_id=anna, organisation_id=firma, function="Beirat"))
    aff.save(
        AffiliationData(
            person_id=anna, organisation_id=kammer, function="Geschäftsführerin", is_primary=True
        )
    )
    aff.save(AffiliationData(person_id=bert, organisation_id=firma, function="Inhaber"))
    return {"kammer": kammer, "firma": firma, "anna": anna, "bert": bert, "carl": carl}


def test_primary_affiliation_drives_row_columns(services, network):
    n = network
    rows = {r.id: r for r in services.people.rows([n["anna"], n["bert"], n["carl"]])}
    anna = rows[n["anna"]]
    assert (anna.organisation, anna.organisation_id) == ("HWK Halle", n["kammer"])
    assert anna.function == "Geschäftsführerin"
    assert (anna.region_name, anna.wba_region) == ("Halle (Saale)", "Süd")
    assert anna.name == "Ärmel, Anna"
    bert = rows[n["bert"]]
    assert (bert.organisation, bert.function, bert.wba_region) == ("Bau GmbH", "Inhaber", "Nord")
    carl = rows[n["carl"]]
    assert (carl.organisation, carl.organisation_id, carl.region_name) == ("", None, "")


def test_rows_keep_requested_order(services, network):
    n = network
    order = [n["carl"], n["anna"], n["bert"]]
    assert [r.id for r in services.people.rows([*order, 4242])] == order


def test_each_person_listed_once_in_german_order(services, network):
    n = network
    assert services.people.list_ids() == [n["carl"], n["anna"], n["bert"]]  # Adler, Ärmel, Bauer
    desc = services.people.list_ids(sort=Sort("name", ascending=False))
    assert desc == [n["bert"], n["anna"], n["carl"]]
    assert services.people.count() == 3


def test_filters_on_primary_organisation(services, network, types, regions):
    n, people = network, services.people
    assert people.list_ids(PersonFilter(type_ids=(types["Kammer (HWK)"],))) == [n["anna"]]
    assert people.list_ids(PersonFilter(type_ids=(types["Unternehmen"],))) == [n["bert"]]
    assert people.list_ids(PersonFilter(region_ids=(regions["Magdeburg"],))) == [n["bert"]]
    assert people.list_ids(PersonFilter(wba_regions=("Süd",))) == [n["anna"]]
    assert people.list_ids(PersonFilter(wba_regions=("Ost",))) == []


def test_filter_by_organisation_includes_secondary_affiliations(services, network):
    n = network
    ids = services.people.list_ids(PersonFilter(organisation_id=n["firma"]))
    assert ids == [n["anna"], n["bert"]]
    assert services.people.list_ids(PersonFilter(organisation_id=n["kammer"])) == [n["anna"]]


def test_filter_by_text_tags_and_active(services, network):
    n, people = network, services.people
    assert people.list_ids(PersonFilter(text="aermel")) == [n["anna"]]
    assert people.list_ids(PersonFilter(text="anna aermel")) == [n["anna"]]
    assert people.list_ids(PersonFilter(text="anna bauer")) == []
    d = people.get(n["bert"])
    d.data.tags = ["Presse"]
    people.update(n["bert"], d.data, d.version)
    tag = next(t.id for t in services.reference.tags() if t.name == "Presse")
    assert people.list_ids(PersonFilter(tag_ids=(tag,))) == [n["bert"]]
    people.set_active(n["carl"], False)
    assert people.list_ids(PersonFilter(active=False)) == [n["carl"]]
    assert people.list_ids(ALL) == [n["carl"], n["anna"], n["bert"]]
    assert people.count() == 2


def test_sort_by_organisation(services, network):
    n = network
    ids = services.people.list_ids(sort=Sort("organisation"))
    # Bau GmbH before HWK Halle; Carl without organisation last in either direction
    assert ids == [n["bert"], n["anna"], n["carl"]]
    desc = services.people.list_ids(sort=Sort("organisation", ascending=False))
    assert desc == [n["anna"], n["bert"], n["carl"]]


@pytest.mark.parametrize("again", ["Özdemir@beispiel.de", "özdemir@beispiel.de"])
def test_same_email_with_umlaut_is_a_duplicate(services, again):
    # regression: SQLite's own lower() left 'Ö' alone, so this was not found
    services.people.create(PersonData(last_name="Özdemir", email="Özdemir@beispiel.de"))
    with pytest.raises(DuplicatesFound):
        services.people.create(PersonData(last_name="Anders", email=again))
    assert services.people.count(ALL) == 1


def test_duplicate_name_in_umlaut_free_spelling(services):
    services.people.create(PersonData(last_name="Müller", first_name="Jörg"))
    with pytest.raises(DuplicatesFound):
        services.people.create(PersonData(last_name="Mueller", first_name="Joerg"))
