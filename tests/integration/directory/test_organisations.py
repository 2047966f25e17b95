"""Organisations on a real SQLite file: CRUD, validation, duplicates, conflicts, deletion."""

from __future__ import annotations

import pytest

from wba_desktop.errors import (
    ConflictError,
    DuplicatesFound,
    InUseError,
    NotFoundError,
    ValidationError,
)
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData, OrganisationFilter
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.directory.relations import RelationData
from wba_desktop.services.listing import Sort

ALL = OrganisationFilter(active=None)


@pytest.fixture
def types(services) -> dict[str, int]:
    return {t.name: t.id for t in services.reference.organisation_types()}


@pytest.fixture
def regions(services) -> dict[str, int]:
    return {r.name: r.id for r in services.reference.regions()}


@pytest.fixture
def make_org(services, types):
    def make(name: str, **kw):
        kw.setdefault("type_id", types["Unternehmen"])
        return services.organisations.create(OrganisationData(name=name, **kw))

    return make


def test_create_and_get_round_trip(services, types, regions):
    data = OrganisationData(
        name="  IHK Halle-Dessau ",
        type_id=types["Kammer (IHK)"],
        short_name="IHK",
        region_id=regions["Halle (Saale)"],
        street="Franckestraße 5",
        postcode="06110",
        city="Halle (Saale)",
        website="www.ihk-halle.de",
        email="info@IHK-Halle.de",
        phone="0345 21260",
        influence=5,
        interest=4,
        stance="Unterstützend",
        size_class="Großunternehmen",
        tags=["Kammer", "Ausbildung"],
    )
    created = services.organisations.create(data)
    got = services.organisations.get(created.id)
    assert got.id == created.id and got.version == 1
    assert got.data.name == "IHK Halle-Dessau"
    assert got.data.website == "https://www.ihk-halle.de"
    assert got.data.email == "info@ihk-halle.de"
    assert got.data.phone == "+49 345 21260"
    assert sorted(got.data.tags) == ["Ausbildung", "Kammer"]
    assert got.type_name == "Kammer (IHK)"
    assert (got.region_name, got.wba_region) == ("Halle (Saale)", "Süd")
    assert got.label == "IHK Halle-Dessau (Halle (Saale))"


def test_get_unknown_raises_not_found(services):
    with pytest.raises(NotFoundError):
        services.organisations.get(4711)


def test_update_changes_data_and_bumps_version(services, make_org, regions):
    org = make_org("Bildungswerk Harz", city="Halberstadt")
    data = org.data
    data.name = "Bildungswerk Harz gGmbH"
    data.region_id = regions["Harz"]
    data.tags = ["Pflege"]
    updated = services.organisations.update(org.id, data, org.version)
    assert updated.version == org.version + 1  # one save, one version (tags included)
    got = services.organisations.get(org.id)
    assert got.version == updated.version
    assert got.data.name == "Bildungswerk Harz gGmbH"
    assert got.wba_region == "West"
    assert got.data.tags == ["Pflege"]


def test_update_with_stale_version_raises_conflict(services, make_org):
    org = make_org("Handwerkskammer Magdeburg")
    first = org.data
    first.city = "Magdeburg"
    services.organisations.update(org.id, first, org.version)
    stale = services.organisations.get(org.id).data
    stale.city = "Burg"
    with pytest.raises(ConflictError) as info:
        services.organisations.update(org.id, stale, org.version)
    assert "Handwerkskammer Magdeburg" in str(info.value)
    assert services.organisations.get(org.id).data.city == "Magdeburg"


def test_delete_unreferenced(services, make_org):
    org = make_org("Einmal GmbH")
    services.organisations.delete(org.id)
    with pytest.raises(NotFoundError):
        services.organisations.get(org.id)


def test_delete_referenced_by_person_raises_in_use(services, make_org):
    org = make_org("Jobcenter Stendal")
    person = services.people.create(PersonData(last_name="Schulze"))
    services.affiliations.save(AffiliationData(person_id=person.id, organisation_id=org.id))
    with pytest.raises(InUseError) as info:
        services.organisations.delete(org.id)
    assert "deaktivieren" in str(info.value)
    assert services.organisations.get(org.id).data.name == "Jobcenter Stendal"
    assert services.organisations.usage(org.id) == (1, 0)
    services.organisations.set_active(org.id, False)
    assert services.organisations.get(org.id).data.active is False
    services.organisations.set_active(org.id, True)
    assert services.organisations.get(org.id).data.active is True


def test_delete_referenced_by_relation_raises_in_use(services, make_org):
    a, b = make_org("A-Verband"), make_org("B-Verband")
    rtype = next(t for t in services.reference.relation_types() if t.name == "Kooperation")
    services.relations.save(RelationData(source_id=a.id, target_id=b.id, type_id=rtype.id))
    for org in (a, b):
        with pytest.raises(InUseError):
            services.organisations.delete(org.id)
    assert services.organisations.count() == 2


# -- validation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "word"),
    [
        ({"email": "info@@kaputt"}, "email", "E-Mail"),
        ({"postcode": "1234"}, "postcode", "PLZ"),
        ({"postcode": "ABCDE"}, "postcode", "PLZ"),
        ({"region_id": 999}, "region_id", "Landkreis"),
        ({"name": "   "}, "name", "Name"),
        ({"influence": 6}, "influence", "Einfluss"),
        ({"interest": 0}, "interest", "Interesse"),
        ({"phone": "12"}, "phone", "Telefon"),
        ({"type_id": None}, "type_id", "Art"),
        ({"type_id": 999}, "type_id", "Art"),
        ({"stance": "Begeistert"}, "stance", "Haltung"),
    ],
)
def test_invalid_data_is_rejected_and_nothing_saved(services, types, changes, field, word):
    before = services.organisations.count(ALL)
    kw = {"name": "Gültig GmbH", "type_id": types["Unternehmen"], **changes}
    with pytest.raises(ValidationError) as info:
        services.organisations.create(OrganisationData(**kw))
    assert set(info.value.errors) == {field}
    assert info.value.errors[field].startswith(word)
    assert services.organisations.count(ALL) == before


def test_all_field_errors_reported_at_once(services, types):
    data = OrganisationData(name="", type_id=types["Unternehmen"], email="x", postcode="1")
    with pytest.raises(ValidationError) as info:
        services.organisations.create(data)
    assert set(info.value.errors) == {"name", "email", "postcode"}


def test_invalid_update_leaves_record_unchanged(services, make_org):
    org = make_org("Stabil AG", city="Zeitz")
    data = org.data
    data.city = "Naumburg"
    data.email = "nicht gültig"
    with pytest.raises(ValidationError):
        services.organisations.update(org.id, data, org.version)
    got = services.organisations.get(org.id)
    assert (got.data.city, got.version) == ("Zeitz", org.version)


# -- duplicates ----------------------------------------------------------------------


def test_same_normalised_name_and_city_is_a_duplicate(services, make_org, types):
    first = make_org("Müller Straßenbau GmbH", city="Köthen")
    data = OrganisationData(
        name="Mueller Strassenbau", city="Koethen", type_id=types["Unternehmen"]
    )
    with pytest.raises(DuplicatesFound) as info:
        services.organisations.create(data)
    assert [c.id for c in info.value.candidates] == [first.id]
    assert info.value.candidates[0].reason == "gleicher Name und Ort"
    assert "Müller Straßenbau GmbH (Köthen)" in str(info.value)
    assert services.organisations.count() == 1
    again = OrganisationData(
        name="Mueller Strassenbau", city="Koethen", type_id=types["Unternehmen"]
    )
    created = services.organisations.create(again, allow_duplicate=True)
    assert created.id != first.id
    assert services.organisations.count() == 2


def test_same_name_in_other_city_is_not_a_duplicate(services, make_org):
    make_org("Müller Straßenbau GmbH", city="Köthen")
    make_org("Müller Straßenbau GmbH", city="Zerbst")
    assert services.organisations.count() == 2


def test_same_email_is_a_duplicate(services, make_org, types):
    first = make_org("Kreishandwerkerschaft", email="info@khw-harz.de")
    data = OrganisationData(name="KHW Harz", email="INFO@khw-harz.de", type_id=types["Sonstige"])
    with pytest.raises(DuplicatesFound) as info:
        services.organisations.create(data)
    assert [c.id for c in info.value.candidates] == [first.id]
    assert "E-Mail" in info.value.candidates[0].reason
    assert services.organisations.count() == 1
    services.organisations.create(data, allow_duplicate=True)
    assert services.organisations.count() == 2


def test_find_duplicates_excludes_the_record_itself(services, make_org):
    org = make_org("Selbst GmbH", city="Burg", email="a@selbst.de")
    assert services.organisations.find_duplicates(org.data, exclude_id=org.id) == []
    assert [c.id for c in services.organisations.find_duplicates(org.data)] == [org.id]


@pytest.mark.parametrize("again", ["Özdemir@beispiel.de", "özdemir@beispiel.de"])
def test_same_email_with_umlaut_is_a_duplicate(services, make_org, types, again):
    # regression: SQLite's own lower() left 'Ö' alone, so this was not found
    make_org("Özdemir Consulting", email="Özdemir@beispiel.de")
    data = OrganisationData(name="Beratung Ö.", email=again, type_id=types["Sonstige"])
    with pytest.raises(DuplicatesFound):
        services.organisations.create(data)
    assert services.organisations.count(ALL) == 1


# -- list_ids, count, rows -------------------------------------------------------------


@pytest.fixture
def listed(services, make_org, types, regions):
    """Four organisations with different kinds, districts, tags and states."""
    orgs = {
        "Bäckerei": make_org("Bäckerei Schulze", region_id=regions["Harz"], tags=["Handwerk"]),
        "Apfel": make_org("Apfel GmbH", region_id=regions["Magdeburg"], city="Magdeburg"),
        "Ärztekammer": make_org(
            "Ärztekammer Sachsen-Anhalt",
            type_id=types["Kammer (IHK)"],
            region_id=regions["Börde"],
            tags=["Gesundheit", "Handwerk"],
        ),
        "Zeitzer": make_org("Zeitzer Innung", type_id=types["Sonstige"]),
    }
    services.organisations.set_active(orgs["Zeitzer"].id, False)
    return {k: o.id for k, o in orgs.items()}


def _ids(listed, *names):
    return [listed[n] for n in names]


def test_list_default_active_sorted_german(services, listed):
    ids = services.organisations.list_ids()
    assert ids == _ids(listed, "Apfel", "Ärztekammer", "Bäckerei")
    desc = services.organisations.list_ids(sort=Sort("name", ascending=False))
    assert desc == _ids(listed, "Bäckerei", "Ärztekammer", "Apfel")


@pytest.mark.parametrize(
    ("active", "expected"),
    [(True, ("Apfel", "Ärztekammer", "Bäckerei")), (False, ("Zeitzer",)), (None, None)],
)
def test_list_active_filter(services, listed, active, expected):
    ids = services.organisations.list_ids(OrganisationFilter(active=active))
    want = _ids(listed, *(expected or ("Apfel", "Ärztekammer", "Bäckerei", "Zeitzer")))
    assert ids == want
    assert services.organisations.count(OrganisationFilter(active=active)) == len(want)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ({"text": "aerztekammer"}, ["Ärztekammer"]),
        ({"text": "magdeburg apfel"}, ["Apfel"]),
        ({"text": "gibt es nicht"}, []),
        ({"type_ids": ["Kammer (IHK)"]}, ["Ärztekammer"]),
        ({"region_ids": ["Harz", "Magdeburg"]}, ["Apfel", "Bäckerei"]),
        ({"wba_regions": ["Nord"]}, ["Apfel", "Ärztekammer"]),
        ({"tag_ids": ["Handwerk"]}, ["Ärztekammer", "Bäckerei"]),
        ({"tag_ids": ["Gesundheit"]}, ["Ärztekammer"]),
        ({"wba_regions": ["Nord"], "tag_ids": ["Handwerk"]}, ["Ärztekammer"]),
    ],
)
def test_list_filters(services, listed, types, regions, spec, expected):
    tags = {t.name: t.id for t in services.reference.tags()}
    lookup = {"type_ids": types, "region_ids": regions, "tag_ids": tags}
    kw = {
        key: value if key == "text" else tuple(lookup.get(key, {}).get(v, v) for v in value)
        for key, value in spec.items()
    }
    flt = OrganisationFilter(**kw)
    assert services.organisations.list_ids(flt) == _ids(listed, *expected)
    assert services.organisations.count(flt) == len(expected)


def test_list_sort_by_region_german(services, listed):
    ids = services.organisations.list_ids(sort=Sort("region_name"))
    # Börde < Harz < Magdeburg (Ö sorted as O)
    assert ids == _ids(listed, "Ärztekammer", "Bäckerei", "Apfel")
    # without a district: last, in either direction
    org = services.organisations
    assert org.list_ids(ALL, Sort("region_name")) == _ids(
        listed, "Ärztekammer", "Bäckerei", "Apfel", "Zeitzer"
    )
    assert org.list_ids(ALL, Sort("region_name", ascending=False)) == _ids(
        listed, "Apfel", "Bäckerei", "Ärztekammer", "Zeitzer"
    )


def test_rows_keep_order_and_count(services, listed):
    rel = next(t for t in services.reference.relation_types() if t.name == "Mitgliedschaft")
    services.relations.save(
        RelationData(source_id=listed["Bäckerei"], target_id=listed["Ärztekammer"], type_id=rel.id)
    )
    for last in ("Graf", "Hahn"):
        p = services.people.create(PersonData(last_name=last))
        services.affiliations.save(AffiliationData(person_id=p.id, organisation_id=listed["Apfel"]))
    order = _ids(listed, "Zeitzer", "Apfel", "Ärztekammer", "Bäckerei")
    rows = services.organisations.rows([*order, 99999])
    assert [r.id for r in rows] == order
    by = {r.name: r for r in rows}
    assert by["Apfel GmbH"].people == 2 and by["Apfel GmbH"].relations == 0
    assert by["Bäckerei Schulze"].relations == 1
    assert by["Ärztekammer Sachsen-Anhalt"].relations == 1
    assert by["Ärztekammer Sachsen-Anhalt"].tags == "Gesundheit, Handwerk"
    assert by["Ärztekammer Sachsen-Anhalt"].type_name == "Kammer (IHK)"
    assert (by["Apfel GmbH"].region_name, by["Apfel GmbH"].wba_region) == ("Magdeburg", "Nord")
    assert (by["Zeitzer Innung"].region_name, by["Zeitzer Innung"].active) == ("", False)
    assert services.organisations.rows([]) == []


def test_set_active_many_is_all_or_none(services, make_org):
    a, b = make_org("Verein Nord").id, make_org("Verein Süd").id
    assert services.organisations.set_active_many([a, b, a], False) == 2
    assert services.organisations.count(OrganisationFilter(active=True)) == 0
    with pytest.raises(NotFoundError, match="Mindestens eine Organisation"):
        services.organisations.set_active_many([a, 999_999], True)
    assert not services.organisations.get(a).data.active  # nothing half-done
    assert services.organisations.set_active_many([a, b], False) == 0  # already so
