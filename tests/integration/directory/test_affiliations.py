"""Affiliations: who works where; exactly one primary affiliation per person."""

from __future__ import annotations

from datetime import date

import pytest

from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData


@pytest.fixture
def ids(services):
    type_id = services.reference.organisation_types()[0].id
    org = services.organisations
    return {
        "person": services.people.create(
            PersonData(last_name="Heinze", first_name="Katrin", email="k.heinze@ihk.de")
        ).id,
        "ihk": org.create(OrganisationData(name="IHK Magdeburg", type_id=type_id)).id,
        "wbv": org.create(OrganisationData(name="Weiterbildungsverbund WASA", type_id=type_id)).id,
        "rkw": org.create(OrganisationData(name="RKW Sachsen-Anhalt", type_id=type_id)).id,
    }


def _primary(services, person_id) -> list[str]:
    return [
        a.organisation_name for a in services.affiliations.for_person(person_id) if a.is_primary
    ]


def test_first_affiliation_becomes_primary(services, ids):
    info = services.affiliations.save(
        AffiliationData(
            person_id=ids["person"], organisation_id=ids["ihk"], function=" Referentin "
        )
    )
    assert info.is_primary is True
    assert info.function == "Referentin"
    assert (info.person_name, info.person_email) == ("Katrin Heinze", "k.heinze@ihk.de")
    assert info.organisation_name == "IHK Magdeburg"
    second = services.affiliations.save(
        AffiliationData(person_id=ids["person"], organisation_id=ids["wbv"])
    )
    assert second.is_primary is False
    assert _primary(services, ids["person"]) == ["IHK Magdeburg"]


def test_setting_another_primary_unsets_the_first(services, ids):
    aff = services.affiliations
    first = aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"]))
    second = aff.save(
        AffiliationData(person_id=ids["person"], organisation_id=ids["wbv"], is_primary=True)
    )
    assert second.is_primary is True
    assert aff.get(first.id).is_primary is False
    assert _primary(services, ids["person"]) == ["Weiterbildungsverbund WASA"]
    # and back again by editing the first one
    data = AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"], is_primary=True)
    aff.save(data, affiliation_id=first.id)
    assert _primary(services, ids["person"]) == ["IHK Magdeburg"]
    assert aff.get(second.id).is_primary is False


def test_primary_listed_first_for_person(services, ids):
    aff = services.affiliations
    aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["rkw"]))
    aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"]))
    aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["wbv"]))
    names = [a.organisation_name for a in aff.for_person(ids["person"])]
    assert names == ["RKW Sachsen-Anhalt", "IHK Magdeburg", "Weiterbildungsverbund WASA"]


def test_deleting_primary_promotes_the_next(services, ids):
    aff = services.affiliations
    first = aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"]))
    ended = aff.save(
        AffiliationData(
            person_id=ids["person"],
            organisation_id=ids["wbv"],
            valid_from=date(2020, 1, 1),
            valid_until=date(2022, 12, 31),
        )
    )
    current = aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["rkw"]))
    aff.delete(first.id)
    with pytest.raises(NotFoundError):
        aff.get(first.id)
    # a current affiliation is preferred over one that has ended
    assert aff.get(current.id).is_primary is True
    assert aff.get(ended.id).is_primary is False
    assert _primary(services, ids["person"]) == ["RKW Sachsen-Anhalt"]


def test_deleting_non_primary_keeps_primary(services, ids):
    aff = services.affiliations
    first = aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"]))
    other = aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["wbv"]))
    aff.delete(other.id)
    assert aff.get(first.id).is_primary is True
    assert len(aff.for_person(ids["person"])) == 1


def test_until_before_from_rejected(services, ids):
    data = AffiliationData(
        person_id=ids["person"],
        organisation_id=ids["ihk"],
        valid_from=date(2024, 6, 1),
        valid_until=date(2024, 5, 31),
    )
    with pytest.raises(ValidationError) as info:
        services.affiliations.save(data)
    assert set(info.value.errors) == {"valid_until"}
    assert info.value.errors["valid_until"].startswith("Bis:")
    assert services.affiliations.for_person(ids["person"]) == []


def test_duplicate_affiliation_rejected(services, ids):
    aff = services.affiliations
    aff.save(
        AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"], function="Beirat")
    )
    with pytest.raises(ValidationError) as info:
        aff.save(
            AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"], function="Beirat")
        )
    assert set(info.value.errors) == {"organisation_id"}
    assert "gibt es schon" in info.value.errors["organisation_id"]
    # another function at the same organisation is a different affiliation
    aff.save(
        AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"], function="Vorsitz")
    )
    assert len(aff.for_person(ids["person"])) == 2


def test_editing_an_affiliation_does_not_clash_with_itself(services, ids):
    aff = services.affiliations
    a = aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"]))
    data = AffiliationData(
        person_id=ids["person"], organisation_id=ids["ihk"], department="Bildung", is_primary=True
    )
    edited = aff.save(data, affiliation_id=a.id)
    assert (edited.id, edited.department) == (a.id, "Bildung")
    assert len(aff.for_person(ids["person"])) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"person_id": None}, "person_id"),
        ({"organisation_id": None}, "organisation_id"),
        ({"person_id": 999}, "person_id"),
        ({"organisation_id": 999}, "organisation_id"),
    ],
)
def test_missing_or_unknown_references_rejected(services, ids, changes, field):
    kw = {"person_id": ids["person"], "organisation_id": ids["ihk"], **changes}
    with pytest.raises(ValidationError) as info:
        services.affiliations.save(AffiliationData(**kw))
    assert field in info.value.errors
    assert services.affiliations.for_person(ids["person"]) == []


def test_for_organisation_lists_current_first(services, ids):
    aff = services.affiliations
    other = services.people.create(PersonData(last_name="Albrecht")).id
    aff.save(
        AffiliationData(
            person_id=other,
            organisation_id=ids["ihk"],
            valid_from=date(2010, 1, 1),
            valid_until=date(2012, 1, 1),
        )
    )
    aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"]))
    infos = aff.for_organisation(ids["ihk"])
    assert [i.person_name for i in infos] == ["Katrin Heinze", "Albrecht"]
    assert [i.current for i in infos] == [True, False]


def test_unsetting_primary_on_edit_keeps_one_primary(services, ids):
    aff = services.affiliations
    first = aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"]))
    aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["wbv"]))
    data = AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"], function="neu")
    aff.save(data, affiliation_id=first.id)
    assert len(_primary(services, ids["person"])) == 1
    assert aff.get(first.id).function == "neu"


def test_only_affiliation_stays_primary_when_unset(services, ids):
    aff = services.affiliations
    only = aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"]))
    data = AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"], is_primary=False)
    assert aff.save(data, affiliation_id=only.id).is_primary is True


def test_moving_primary_affiliation_to_other_person_keeps_one_primary_each(services, ids):
    # regression: the previous person was left without a primary affiliation
    aff = services.affiliations
    moved = aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["ihk"]))
    aff.save(AffiliationData(person_id=ids["person"], organisation_id=ids["wbv"]))
    other = services.people.create(PersonData(last_name="Neumann")).id
    data = AffiliationData(person_id=other, organisation_id=ids["ihk"], is_primary=True)
    aff.save(data, affiliation_id=moved.id)
    assert _primary(services, other) == ["IHK Magdeburg"]
    assert _primary(services, ids["person"]) == ["Weiterbildungsverbund WASA"]
