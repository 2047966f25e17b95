"""The start page's one read on a real database: the counts behind the tiles, what is
due and overdue (follow-ups, Verbund tasks, checklist items), upcoming events, the
Verbünde by phase and health, partners by kind and district, and the newest changes
with who made them (invented names only)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from tests.integration.lotsen.desk_setup import TODAY, make_desk
from wba_desktop.services.dashboard import CHECKLIST, MILESTONE, TASK, Counts
from wba_desktop.services.directory.activities import ActivityData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.events.event_data import EventData
from wba_desktop.services.verbuende.progress import TaskData
from wba_desktop.services.verbuende.verbund_rules import VerbundData


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def _event(services, title: str, day: int, status: str = "Entwurf") -> int:
    start = datetime.combine(days(day), time(10))
    data = EventData(title, status=status, starts_at=start, ends_at=start + timedelta(hours=2))
    eid = services.events.create(data, today=TODAY).id
    for item in services.checklists.items(eid, TODAY):  # the template's to-dos
        services.checklists.delete_item(item.id)
    return eid


@pytest.fixture
def day(services):
    """A desk (agency, partner, company, an inactive one; one open inquiry), two
    Verbünde with tasks, three events (one cancelled) with a checklist item, and
    follow-ups; everything written by „Erika Testfrau“."""
    services.set_user_name("Erika Testfrau")
    desk = make_desk(services)
    services.inquiries.create(desk.private(), today=TODAY)
    types = {t.name: t.id for t in services.reference.organisation_types()}
    region = services.reference.regions()[1]
    services.organisations.create(
        OrganisationData(name="Handwerkskammer Tannenbühl", type_id=types["Kammer (HWK)"],
                         region_id=region.id)
    )  # fmt: skip
    services.people.create(PersonData(last_name="Ahornweg", first_name="Lea", active=False))
    active = services.verbuende.create(
        VerbundData(name="Verbund Mühlental", phase="Aktiv", phase_since=days(-100))
    ).id
    idea = services.verbuende.create(VerbundData(name="Verbund Kieselbach")).id
    progress = services.verbund_progress
    progress.save_task(active, TaskData("Beirat einladen", due_on=days(-2)))
    progress.save_task(active, TaskData("Kick-off", kind="Meilenstein", due_on=days(5)))
    progress.save_task(active, TaskData("Später", due_on=days(30)))
    progress.save_task(idea, TaskData("Erledigt", due_on=days(-9), done=True, done_on=days(-9)))
    soon = _event(services, "Fachtag Tannenbühl", 3)
    _event(services, "Netzwerkabend Mühlental", 20, status="Einladung versendet")
    cancelled = _event(services, "Abgesagter Stammtisch", 4)
    services.events.set_status(cancelled, "abgesagt")
    services.checklists.add_item(cancelled, "Absage verschicken", due_on=days(-1))
    services.checklists.add_item(soon, "Raum buchen", due_on=days(-1))
    for due, subject in ((-4, "Rückruf"), (2, "Angebot nachfassen"), (20, "Später")):
        services.activities.save(
            ActivityData(days(-30), organisation_id=desk.partner_id, subject=subject,
                         due_on=days(due)),
            today=TODAY,
        )  # fmt: skip
    return {"desk": desk, "active": active, "idea": idea, "soon": soon}


def test_counts_behind_the_tiles(services, day):
    d = services.dashboard.summary(TODAY)
    # active organisations: agency, partner, company, the chamber (not the inactive one)
    assert d.counts.partners == 4
    assert d.counts.active_verbuende == 1
    assert d.counts.open_inquiries == 1
    assert d.counts.events_ahead == 2  # the cancelled one is left out
    people_before = d.counts.people
    services.people.create(PersonData(last_name="Lindenhof", first_name="Ole"))
    assert services.dashboard.summary(TODAY).counts.people == people_before + 1


def test_due_and_overdue_tasks_and_checklist_items(services, day):
    d = services.dashboard.summary(TODAY)
    got = [(i.kind, i.title, i.due_on, i.overdue) for i in d.due]
    assert got == [
        (TASK, "Beirat einladen", days(-2), True),
        (CHECKLIST, "Raum buchen", days(-1), True),
        (MILESTONE, "Kick-off", days(5), False),
    ]  # not done, not beyond seven days ahead
    assert (d.due_total, d.overdue_total) == (3, 2)
    assert d.due[0].owner_id == day["active"] and d.due[0].owner_name == "Verbund Mühlental"
    assert d.due[1].owner_id == day["soon"] and d.due[1].owner_name == "Fachtag Tannenbühl"
    assert len(services.dashboard.summary(TODAY, rows=2).due) == 2
    assert services.dashboard.summary(TODAY, rows=2).due_total == 3


def test_due_follow_ups_and_contacts(services, day):
    d = services.dashboard.summary(TODAY)
    assert (d.followups.overdue, d.followups.due_soon) == (1, 1)
    assert [f.subject for f in d.followups.first] == ["Rückruf", "Angebot nachfassen"]
    assert d.followups.first[0].organisation_id == day["desk"].partner_id


def test_upcoming_events_phases_and_health(services, day):
    d = services.dashboard.summary(TODAY)
    assert [(e.title, e.starts_at.date()) for e in d.events] == [
        ("Fachtag Tannenbühl", days(3)),
        ("Netzwerkabend Mühlental", days(20)),
    ]  # by start, without the cancelled one
    assert d.events_total == 2
    assert dict(d.phases) == {"Idee": 1, "Aktiv": 1}
    assert [p for p, _n in d.phases] == ["Idee", "Aktiv"]  # in the phases' order
    names = [h.name for h in d.health]
    assert set(names) == {"Verbund Mühlental", "Verbund Kieselbach"}
    assert all(h.factors == 5 and 0 <= h.score <= 5 for h in d.health)
    scores = [h.score for h in d.health]
    assert scores == sorted(scores)  # weakest first
    assert all(len(h.missing) == h.factors - h.score for h in d.health)


def test_partners_by_kind_and_district(services, day):
    p = services.dashboard.summary(TODAY).partners
    region = services.reference.regions()[1].name
    assert p.counts[("Kammer (HWK)", region)] == 1
    assert p.total() == 4  # the inactive one is left out
    assert "" in p.districts  # the agency has no district
    assert len(p.kinds) == len(p.colours)


def test_recent_changes_newest_first_with_who(services, day):
    d = services.dashboard.summary(TODAY, rows=4)
    assert d.changes_allowed
    assert len(d.changes) == 4
    stamps = [c.changed_at for c in d.changes]
    assert stamps == sorted(stamps, reverse=True)
    assert {c.user_name for c in d.changes} == {"Erika Testfrau"}
    newest = d.changes[0]
    assert newest.table_name == "activity" and newest.action == "angelegt"


def test_an_empty_database_has_an_empty_day(services):
    d = services.dashboard.summary(TODAY)
    assert d.counts == Counts(0, 0, 0, 0, 0)
    assert (d.due, d.events, d.health, d.phases, d.changes) == ((), (), (), (), ())
    assert d.partners.total() == 0 and d.partners.districts == ()
