"""Likely duplicates in the directory: one pair per reason, none for records that only
look alike across districts, and none for a pair marked „kein Duplikat“."""

from __future__ import annotations

from sqlalchemy import select

from wba_desktop.models import Affiliation, AppSetting
from wba_desktop.services.directory.duplicates import (
    DISMISSED_KEY,
    SAME_EMAIL,
    SAME_NAME_CITY,
    SIMILAR_NAME,
    first_names_agree,
)
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData


def _regions(services) -> list[int]:
    return [r.id for r in services.reference.regions()]


def _org(services, name, city, region_id) -> int:
    kind = services.reference.organisation_types()[0].id
    data = OrganisationData(name=name, type_id=kind, city=city, region_id=region_id)
    return services.organisations.create(data, allow_duplicate=True).id


def _person(services, last, first, email="", org_id=None) -> int:
    pid = services.people.create(
        PersonData(last_name=last, first_name=first, email=email), allow_duplicate=True
    ).id
    if org_id is not None:
        with services.uow() as uow:
            uow.session.add(Affiliation(person_id=pid, organisation_id=org_id))
            uow.commit()
    return pid


def _pairs(services, kind) -> dict[tuple[int, int], str]:
    return {p.key: p.reason for p in services.duplicates.candidates(kind)}


def test_organisation_candidates(services):
    harz, boerde = _regions(services)[:2]
    a = _org(services, "Bildungswerk Elbe GmbH", "Wernigerode", harz)
    b = _org(services, "Bildungswerk Elbe", "wernigerode", boerde)  # same name and city
    c = _org(services, "Bildungswerk Elbee", "Halberstadt", harz)  # a typo, same district
    d = _org(services, "Bildungswerk Elbee", "Haldensleben", boerde)
    _org(services, "Kammer Nord", "Wernigerode", harz)
    found = _pairs(services, "organisations")
    assert found[(a, b)] == SAME_NAME_CITY
    assert found[(a, c)] == SIMILAR_NAME
    assert found[(b, d)] == SIMILAR_NAME
    assert (c, d) not in found  # same name, other district, other city
    assert len(found) == 3
    [pair] = [p for p in services.duplicates.candidates("organisations") if p.key == (a, c)]
    assert pair.reason == "ähnlicher Name im selben Landkreis"
    assert pair.a_label == "Bildungswerk Elbe GmbH (Wernigerode)"
    assert pair.district == services.reference.regions()[0].name


def test_people_candidates(services):
    harz, boerde = _regions(services)[:2]
    org_h = _org(services, "Kammer Nord", "Wernigerode", harz)
    org_h2 = _org(services, "Verein Süd", "Halberstadt", harz)
    org_b = _org(services, "Handwerk Börde", "Haldensleben", boerde)
    a = _person(services, "Müller", "Jörg", "j.mueller@example.org", org_h)
    b = _person(services, "Mueller", "Joerg", "", org_h2)  # spelt without umlauts
    c = _person(services, "Müller", "J.", "", org_h)  # the initial only
    d = _person(services, "Müller", "Jörg", "", org_b)  # another district
    e = _person(services, "Müller", "Karin", "", org_h)  # another first name
    f = _person(services, "Beispiel", "Bert", "J.Mueller@Example.org")  # same address
    found = _pairs(services, "people")
    assert found[(a, f)] == SAME_EMAIL
    assert found[(a, b)] == found[(a, c)] == found[(b, c)] == SIMILAR_NAME
    assert not any(d in pair or e in pair for pair in found)
    assert len(found) == 4


def test_dismissed_pairs_stay_away(services):
    harz = _regions(services)[0]
    a = _org(services, "Bildungswerk Elbe", "Wernigerode", harz)
    b = _org(services, "Bildungswerk Elbe", "Wernigerode", harz)
    p = _person(services, "Testfrau", "Anna", "anna@example.org")
    q = _person(services, "Testfrau", "Anne", "anna@example.org")
    services.duplicates.dismiss("organisations", b, a)
    assert (a, b) not in _pairs(services, "organisations")
    assert (p, q) in _pairs(services, "people")  # the kinds are apart
    services.duplicates.dismiss("people", p, q)
    assert _pairs(services, "people") == {}
    with services.uow() as uow:  # kept in the shared settings, no table of its own
        assert uow.session.scalar(select(AppSetting.value).where(AppSetting.key == DISMISSED_KEY))
    services.duplicates.undismiss("organisations", a, b)
    assert (a, b) in _pairs(services, "organisations")


def test_merged_pair_is_gone(services):
    harz = _regions(services)[0]
    a = _org(services, "Bildungswerk Elbe", "Wernigerode", harz)
    b = _org(services, "Bildungswerk Elbe", "Wernigerode", harz)
    assert (a, b) in _pairs(services, "organisations")
    services.merge.merge_organisations(a, b, {})
    assert _pairs(services, "organisations") == {}


def test_first_names():
    assert first_names_agree("jorg", "j")
    assert first_names_agree("hans", "hans peter")
    assert first_names_agree("katrin", "kathrin")
    assert not first_names_agree("andre", "andreas")
    assert not first_names_agree("jorg", "karin")
