"""The review list: who is on it (no contact for N years), who is not (recent activity
or attendance, kept until a later day, anonymised, new), keep and anonymise in bulk."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from wba_desktop.errors import ValidationError
from wba_desktop.models import Activity, Event, Invitation, Person
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.privacy.review import years_ago

TODAY = date.today()
LONG_AGO = datetime(2015, 1, 1)


def _person(services, last: str, created: datetime = LONG_AGO, **extra) -> int:
    pid = services.people.create(PersonData(last_name=last, first_name="Ria")).id
    with services.uow() as uow:
        uow.session.execute(
            update(Person).where(Person.id == pid).values(created_at=created, **extra),
            execution_options={"synchronize_session": False},
        )
        uow.commit()
    return pid


@pytest.fixture
def people(services):
    ids = {
        "silent": _person(services, "Stillmann"),
        "new": _person(services, "Neumann", created=datetime.now() - timedelta(days=30)),
        "recent_activity": _person(services, "Aktivmann"),
        "old_activity": _person(services, "Altmann"),
        "attended": _person(services, "Gastmann"),
        "invited_only": _person(services, "Absagemann"),
        "kept": _person(services, "Behaltmann", review_after=TODAY + timedelta(days=90)),
        "kept_expired": _person(services, "Ablaufmann", review_after=TODAY - timedelta(days=1)),
        "anonymised": _person(services, "Anonymmann", anonymised_on=TODAY),
    }
    with services.uow() as uow:
        s = uow.session
        s.add(Activity(happened_on=TODAY - timedelta(days=100), person_id=ids["recent_activity"]))
        s.add(Activity(happened_on=date(2016, 5, 1), person_id=ids["old_activity"]))
        recent = Event(
            title="Fachtag",
            starts_at=datetime.now() - timedelta(days=200),
            ends_at=datetime.now() - timedelta(days=200) + timedelta(hours=4),
        )
        s.add(recent)
        s.flush()
        s.add(Invitation(event_id=recent.id, person_id=ids["attended"], status="teilgenommen"))
        s.add(Invitation(event_id=recent.id, person_id=ids["invited_only"], status="abgesagt"))
        uow.commit()
    return ids


def test_who_is_up_for_review(services, people):
    rows = services.review.candidates()
    found = {r.id for r in rows}
    expected = {"silent", "old_activity", "invited_only", "kept_expired"}
    assert found == {people[k] for k in expected}
    old = next(r for r in rows if r.id == people["old_activity"])
    assert old.last_contact == date(2016, 5, 1) and old.created_on == date(2015, 1, 1)
    assert rows[0].id == people["old_activity"] or rows[0].last_contact is None


def test_the_years_are_a_shared_setting(services, people):
    assert services.review.years() == 3
    services.review.set_years(30)
    assert services.review.years() == 30
    # everyone was entered in 2015, less than thirty years ago
    assert services.review.candidates() == []
    assert {r.id for r in services.review.candidates(years=1)} >= {people["silent"]}
    with pytest.raises(ValidationError):
        services.review.set_years(0)


def test_keep_with_reason_and_date(services, people):
    ids = [people["silent"], people["old_activity"]]
    with pytest.raises(ValidationError) as err:
        services.review.keep(ids, "  ", TODAY - timedelta(days=1))
    assert set(err.value.errors) == {"reason", "next_review"}
    n = services.review.keep(ids, "Beiratsmitglied bis 2027", TODAY + timedelta(days=365))
    assert n == 2
    assert not {r.id for r in services.review.candidates()} & set(ids)
    with services.uow() as uow:
        p = uow.session.get(Person, people["silent"])
        assert p.review_note == "Beiratsmitglied bis 2027"
        assert p.review_after == TODAY + timedelta(days=365)


def test_anonymise_from_the_list(services, people):
    ids = [people["silent"], people["invited_only"]]
    report = services.erasure.anonymise_many(ids)
    assert report.count == 2 and "2 Personen wurden unwiderruflich anonymisiert" in report.message
    assert not {r.id for r in services.review.candidates()} & set(ids)


def test_years_ago_on_leap_day():
    assert years_ago(date(2024, 2, 29), 3) == date(2021, 2, 28)
