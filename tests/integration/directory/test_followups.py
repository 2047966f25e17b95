"""Follow-ups ("Wiedervorlagen") on a real database: the rules when saving a contact,
the list of due and overdue follow-ups with its filters, the start page's summary,
marking one done, and the names of the responsible colleagues."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.models import Activity
from wba_desktop.services.directory.activities import ActivityData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData

TODAY = date(2026, 3, 16)  # a Monday


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def org_id(services) -> int:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    data = OrganisationData(name="Zulieferpark Eichenau GmbH", type_id=types["Unternehmen"])
    return services.organisations.create(data).id


@pytest.fixture
def follow(services, org_id):
    def make(due: int | None, who: str = "", done: int | None = None, subject: str = "Angebot"):
        data = ActivityData(
            days(-30),
            "Gespräch",
            subject,
            organisation_id=org_id,
            due_on=None if due is None else days(due),
            responsible=who,
            done_on=None if done is None else days(done),
        )
        return services.activities.save(data, today=TODAY).id

    return make


def done_on(uow_factory, activity_id: int) -> date | None:
    with uow_factory() as uow:
        return uow.session.scalar(select(Activity.done_on).where(Activity.id == activity_id))


@pytest.mark.parametrize(
    ("happened", "due", "done", "field", "words"),
    [
        (days(5), days(9), days(6), "done_on", "in der Zukunft"),  # future contact done
        (days(5), days(9), TODAY, "done_on", "in der Zukunft"),
        (days(-10), days(-12), None, "due_on", "vor dem Datum des Kontakts"),
        (days(-10), days(-2), days(3), "done_on", "Datum liegt in der Zukunft"),
        (days(-10), days(-2), days(-11), "done_on", "vor dem Datum des Kontakts"),
        (days(-10), None, days(-2), "done_on", "Nur bei einer Wiedervorlage"),
    ],
)
def test_bad_follow_ups_are_refused_in_german_and_nothing_is_saved(
    services, uow_factory, org_id, happened, due, done, field, words
):
    data = ActivityData(happened, organisation_id=org_id, due_on=due, done_on=done)
    with pytest.raises(ValidationError) as err:
        services.activities.save(data, today=TODAY)
    assert field in err.value.errors
    assert words in err.value.errors[field]
    with uow_factory() as uow:
        assert uow.session.scalar(select(Activity.id)) is None


def test_follow_up_fields_are_saved_and_read_back(services, org_id):
    data = ActivityData(
        days(-3),
        organisation_id=org_id,
        due_on=days(4),
        responsible="  Jana Ostwald ",
        done_on=None,
    )
    info = services.activities.save(data, today=TODAY)
    back = services.activities.history(organisation_id=org_id)[0].data
    assert (back.due_on, back.responsible, back.done_on) == (days(4), "Jana Ostwald", None)
    assert info.data.responsible == "Jana Ostwald"


def test_due_lists_open_follow_ups_most_overdue_first_with_filters(services, follow):
    late = follow(-5, "Jana Ostwald", subject="Kammer anrufen")
    today_ = follow(0, "Timo Brenner")
    soon = follow(6, "jana ostwald")
    later = follow(20, "Timo Brenner")
    done = follow(-9, "Jana Ostwald", done=-1)
    follow(None)  # no follow-up at all

    rows = services.followups.due(TODAY)
    assert [r.id for r in rows] == [late, today_, soon, later]
    first = rows[0]
    assert (first.overdue_days, first.overdue, first.subject) == (5, True, "Kammer anrufen")
    assert first.organisation_name == "Zulieferpark Eichenau GmbH"
    assert rows[1].overdue_days == 0 and not rows[1].overdue
    assert rows[2].overdue_days == -6

    assert [r.id for r in services.followups.due(TODAY, until=days(-1))] == [late]
    assert [r.id for r in services.followups.due(TODAY, until=days(7))] == [late, today_, soon]
    mine = services.followups.due(TODAY, responsible="Jana Ostwald")
    assert [r.id for r in mine] == [late, soon]  # the name regardless of case
    with_done = services.followups.due(TODAY, include_done=True)
    assert [r.id for r in with_done] == [done, late, today_, soon, later]


def test_summary_counts_overdue_and_due_within_seven_days_and_shows_five(services, follow):
    ids = [follow(-d) for d in (1, 2, 3, 4)] + [follow(d) for d in (0, 3, 7)]
    follow(8)  # beyond the week
    follow(-30, done=-2)  # done
    summary = services.followups.summary(TODAY)
    assert (summary.overdue, summary.due_soon, summary.total) == (4, 3, 7)
    assert [r.id for r in summary.first] == [ids[3], ids[2], ids[1], ids[0], ids[4]]
    assert services.followups.summary(days(-400)).total == 0


def test_mark_done_takes_the_follow_up_off_the_list(services, uow_factory, follow):
    fid = follow(-2, "Timo Brenner")
    row = services.followups.mark_done(fid)
    assert row.done_on == date.today()
    assert done_on(uow_factory, fid) == date.today()
    assert services.followups.due(TODAY) == []
    services.followups.reopen(fid)
    assert [r.id for r in services.followups.due(TODAY)] == [fid]


def test_mark_done_refuses_a_future_date_a_future_contact_and_a_contact_without_one(
    services, uow_factory, org_id, follow
):
    fid = follow(-2)
    with pytest.raises(ValidationError, match="in der Zukunft"):
        services.followups.mark_done(fid, on=date.today() + timedelta(days=1))
    ahead = services.activities.save(
        ActivityData(date.today() + timedelta(days=3), organisation_id=org_id, due_on=None)
    ).id
    with pytest.raises(ValidationError, match="keine Wiedervorlage"):
        services.followups.mark_done(ahead)
    planned = services.activities.save(
        ActivityData(
            date.today() + timedelta(days=3),
            organisation_id=org_id,
            due_on=date.today() + timedelta(days=5),
        )
    ).id
    with pytest.raises(ValidationError, match="Zukunft"):
        services.followups.mark_done(planned)
    assert done_on(uow_factory, planned) is None
    with pytest.raises(NotFoundError):
        services.followups.mark_done(999_999)


def test_person_names_and_responsible_names(services, org_id, follow):
    pid = services.people.create(PersonData(first_name="Ilka", last_name="Sommerfeld")).id
    services.activities.save(
        ActivityData(days(-1), person_id=pid, due_on=days(1), responsible="Timo Brenner"),
        today=TODAY,
    )
    follow(3, "Jana Ostwald")
    follow(4, "")
    rows = services.followups.due(TODAY)
    assert rows[0].person_name == "Ilka Sommerfeld" and rows[0].who == "Ilka Sommerfeld"
    assert services.followups.responsible_names() == ["Jana Ostwald", "Timo Brenner"]
