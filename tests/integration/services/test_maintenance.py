"""Database health check and the empty-database test used by the first start."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.engine import make_url

from wba_desktop.db.migrate import HEAD_REVISION
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.maintenance import check_database, is_empty


def _type_id(services) -> int:
    return services.reference.organisation_types()[0].id


def test_check_fresh_database(uow_factory, db_url):
    report = check_database(uow_factory)
    assert report.ok is True
    assert report.problems == []
    assert report.revision == HEAD_REVISION
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        assert report.location == db_url
    else:  # the password never shows up in a report
        assert url.password and f":{url.password}@" not in report.location
        assert report.location == url.render_as_string(hide_password=True)
        assert "***" in report.location
    assert report.counts == {
        "Landkreise": 14,
        "Organisationsarten": 17,
        "Beziehungsarten": 8,
        "Organisationen": 0,
        "Personen": 0,
        "Zuordnungen": 0,
        "Beziehungen": 0,
        "Schlagwörter": 0,
    }


def test_check_counts_records(services, uow_factory):
    org = services.organisations.create(
        OrganisationData(name="Org", type_id=_type_id(services), tags=["A", "B"])
    )
    person = services.people.create(PersonData(last_name="Person"))
    services.affiliations.save(AffiliationData(person_id=person.id, organisation_id=org.id))
    counts = check_database(uow_factory).counts
    assert counts["Organisationen"] == 1
    assert counts["Personen"] == 1
    assert counts["Zuordnungen"] == 1
    assert counts["Schlagwörter"] == 2


def test_check_reports_broken_references(services, uow_factory, db_url):
    if make_url(db_url).get_backend_name() != "sqlite":
        pytest.skip("needs a SQLite file to write a dangling reference into")
    person = services.people.create(PersonData(last_name="Waise"))
    con = sqlite3.connect(make_url(db_url).database)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute(
            "INSERT INTO affiliation (person_id, organisation_id, function, department, "
            "is_primary) VALUES (?, 999, '', '', 1)",
            (person.id,),
        )
        con.commit()
    finally:
        con.close()
    report = check_database(uow_factory)
    assert report.ok is False
    assert any("Verweise" in p for p in report.problems)


def test_is_empty_with_reference_data_only(uow_factory):
    assert is_empty(uow_factory) is True


def test_not_empty_with_an_organisation(services, uow_factory):
    services.organisations.create(OrganisationData(name="Org", type_id=_type_id(services)))
    assert is_empty(uow_factory) is False


def test_not_empty_with_a_person_only(services, uow_factory):
    services.people.create(PersonData(last_name="Allein"))
    assert is_empty(uow_factory) is False


def test_maintenance_service_in_the_bundle(services):
    assert services.maintenance.is_empty() is True
    assert services.maintenance.check().counts["Organisationen"] == 0
    services.people.create(PersonData(last_name="Allein"))
    assert services.maintenance.is_empty() is False
    assert services.maintenance.check().ok is True
