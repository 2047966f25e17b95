"""The checklist of an event: template, due dates, overdue items, on a real database."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.services.events.checklist import ChecklistService, relative, template_for
from wba_desktop.services.events.records import EventData, EventService

TODAY = date(2026, 1, 15)


@pytest.fixture
def events(uow_factory) -> EventService:
    return EventService(uow_factory)


@pytest.fixture
def checklist(uow_factory) -> ChecklistService:
    return ChecklistService(uow_factory)


def event(events, type="Workshop", day=date(2026, 3, 10), online_url="", **kw):
    start = datetime.combine(day, datetime.min.time()).replace(hour=10)
    data = EventData(
        title=kw.pop("title", f"{type} am {day:%d.%m.}"),
        type=type,
        starts_at=start,
        ends_at=start.replace(hour=16),
        city="Magdeburg",
        online_url=online_url,
        **kw,
    )
    return events.create(data, today=TODAY)


def test_templates_per_type():
    common = {
        "Raum reservieren",
        "Einladung versenden",
        "Catering bestellen",
        "Erinnerung versenden",
        "Teilnehmerliste drucken",
        "Nachbericht schreiben",
        "Programm und Referierende bestätigen",
    }
    congress = dict(template_for("Fachkonferenz/Kongress"))
    assert common <= set(congress)
    assert congress["Einladung versenden"] == -42
    assert congress["Nachbericht schreiben"] == 7
    assert "Workshop-Räume und Moderation klären" in congress
    assert "Workshop-Räume und Moderation klären" not in dict(template_for("Workshop"))
    online = dict(template_for("Workshop", online=True))
    assert "Streaming- bzw. Videokonferenz-Technik testen" in online
    offsets = [o for _, o in template_for("Beiratssitzung")]
    assert offsets == sorted(offsets)


def test_new_event_gets_its_checklist_with_due_dates(events, checklist):
    e = event(events, type="Fachkonferenz/Kongress", day=date(2026, 6, 3))
    items = checklist.items(e.id, today=TODAY)
    due = {i.title: i.due_on for i in items}
    assert due["Raum reservieren"] == date(2026, 4, 22)
    assert due["Catering bestellen"] == date(2026, 5, 20)
    assert due["Teilnehmerliste drucken"] == date(2026, 6, 2)
    assert due["Nachbericht schreiben"] == date(2026, 6, 10)
    assert [i.due_on for i in items] == sorted(i.due_on for i in items)
    assert not any(i.overdue or i.done for i in items)
    assert items[0].event_title == e.title
    first = next(i for i in items if i.title == "Einladung versenden")
    assert first.due_text == "22.04.2026 (6 Wochen vorher)"


def test_online_event_gets_the_streaming_test(events, checklist):
    e = event(events, online_url="https://meet.example.org/x")
    titles = [i.title for i in checklist.items(e.id, today=TODAY)]
    assert "Streaming- bzw. Videokonferenz-Technik testen" in titles


def test_overdue_and_done(events, checklist):
    e = event(events, day=date(2026, 3, 10))
    later = date(2026, 3, 2)  # after "Einladung versenden" (27.01.) and "Catering" (24.02.)
    overdue = [i for i in checklist.items(e.id, today=later) if i.overdue]
    assert {i.title for i in overdue} >= {"Einladung versenden", "Catering bestellen"}
    assert "Erinnerung versenden" not in {i.title for i in overdue}  # due 03.03.
    invitation = next(i for i in overdue if i.title == "Einladung versenden")
    done = checklist.set_done(invitation.id, True, today=date(2026, 1, 20))
    assert done.done and done.done_on == date(2026, 1, 20) and not done.overdue
    again = checklist.set_done(invitation.id, False, today=later)
    assert not again.done and again.done_on is None and again.overdue
    with pytest.raises(NotFoundError):
        checklist.set_done(999, True)


def test_overdue_items_across_events(events, checklist):
    a = event(events, title="A", day=date(2026, 3, 10))
    b = event(events, title="B", day=date(2026, 2, 20))
    cancelled = event(events, title="C", day=date(2026, 2, 1), status="abgesagt")
    items = checklist.overdue_items(date(2026, 2, 1))
    assert {i.event_id for i in items} == {a.id, b.id}
    assert cancelled.id not in {i.event_id for i in items}
    assert [i.due_on for i in items] == sorted(i.due_on for i in items)
    assert all(i.overdue and i.due_on < date(2026, 2, 1) for i in items)
    for item in items:
        checklist.set_done(item.id, True, today=date(2026, 2, 1))
    assert checklist.overdue_items(date(2026, 2, 1)) == []


def test_own_items_fixed_or_relative(events, checklist):
    e = event(events, day=date(2026, 3, 10))
    relative_item = checklist.add_item(e.id, "Namensschilder drucken", offset_days=-2)
    assert relative_item.due_on == date(2026, 3, 8)
    fixed = checklist.add_item(e.id, "Rechnung prüfen", due_on=date(2026, 4, 1))
    undated = checklist.add_item(e.id, "Fotos sichten")
    assert undated.due_on is None
    moved = EventData(
        title=e.title,
        type=e.type,
        starts_at=datetime(2026, 3, 17, 10),
        ends_at=datetime(2026, 3, 17, 16),
    )
    events.update(e.id, moved, e.version)
    items = {i.title: i for i in checklist.items(e.id, today=TODAY)}
    assert items["Namensschilder drucken"].due_on == date(2026, 3, 15)
    assert items["Rechnung prüfen"].due_on == date(2026, 4, 1)
    assert list(items)[-1] == "Fotos sichten"  # undated last
    renamed = checklist.update_item(fixed.id, "Rechnung Catering prüfen", date(2026, 4, 2))
    assert renamed.title == "Rechnung Catering prüfen" and renamed.offset_days is None
    checklist.delete_item(undated.id)
    assert "Fotos sichten" not in {i.title for i in checklist.items(e.id)}
    with pytest.raises(ValidationError, match="Aufgabe"):
        checklist.add_item(e.id, "  ")
    with pytest.raises(NotFoundError):
        checklist.add_item(999, "x")


def test_template_can_be_added_again(events, checklist):
    e = event(events)
    before = len(checklist.items(e.id))
    assert checklist.create_from_template(e.id) == before
    positions = [i.position for i in checklist.items(e.id)]
    assert len(set(positions)) == 2 * before


def test_relative_words():
    assert relative(-42) == "6 Wochen vorher"
    assert relative(-7) == "1 Woche vorher"
    assert relative(-1) == "1 Tag vorher"
    assert relative(0) == "am Tag"
    assert relative(3) == "3 Tage danach"
