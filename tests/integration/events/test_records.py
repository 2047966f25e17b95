"""Events and their programme, on a real database."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from wba_desktop.errors import ConflictError, NotFoundError, ValidationError
from wba_desktop.models import Verbund
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.events.checklist import ChecklistService
from wba_desktop.services.events.programme import ProgrammeService, SessionData
from wba_desktop.services.events.records import EventData, EventService

TODAY = date(2026, 1, 15)


@pytest.fixture
def events(uow_factory) -> EventService:
    return EventService(uow_factory)


@pytest.fixture
def programme(uow_factory) -> ProgrammeService:
    return ProgrammeService(uow_factory)


@pytest.fixture
def ref(services, uow_factory):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    ihk = services.organisations.create(
        OrganisationData(name="IHK Halle-Dessau", type_id=types["Kammer (IHK)"])
    )
    with uow_factory() as uow:
        vb = Verbund(name="Weiterbildungsverbund Altmark-Süd-Anhalt", short_name="WASA")
        uow.session.add(vb)
        uow.commit()
        verbund_id = vb.id
    speaker = services.people.create(PersonData(last_name="Heinze", first_name="Anke", title="Dr."))
    services.affiliations.save(AffiliationData(person_id=speaker.id, organisation_id=ihk.id))
    return {"regions": regions, "ihk": ihk.id, "verbund": verbund_id, "speaker": speaker.id}


def congress(**changes) -> EventData:
    values = dict(
        title="Ostdeutscher Weiterbildungskongress",
        type="Fachkonferenz/Kongress",
        status="geplant",
        starts_at=datetime(2026, 6, 3, 9, 30),
        ends_at=datetime(2026, 6, 3, 17, 0),
        venue="Tagungszentrum",
        street="Franckeplatz 1",
        postcode="06110",
        city="Halle (Saale)",
        capacity=150,
    )
    values.update(changes)
    return EventData(**values)


def test_create_and_read_back(events, ref, uow_factory):
    data = congress(
        region_id=ref["regions"]["Halle (Saale)"],
        organiser_ids=(ref["ihk"],),
        verbund_ids=(ref["verbund"],),
    )
    e = events.create(data, today=TODAY)
    assert (e.title, e.type, e.capacity) == ("Ostdeutscher Weiterbildungskongress", data.type, 150)
    assert (e.region_name, e.wba_region) == ("Halle (Saale)", "Süd")
    assert e.organiser_names == ("IHK Halle-Dessau",)
    assert e.verbund_names == ("WASA",)
    assert (e.invited, e.accepted, e.waiting, e.attended) == (0, 0, 0, 0)
    assert e.mode == "vor Ort"
    assert e.location == "Tagungszentrum, Franckeplatz 1, 06110 Halle (Saale)"
    assert e.period == "03.06.2026 09:30–17:00"
    assert e.data.organiser_ids == (ref["ihk"],)
    # the checklist comes from the template of the type
    items = {i.title: i for i in ChecklistService(uow_factory).items(e.id, today=TODAY)}
    assert items["Einladung versenden"].due_on == date(2026, 4, 22)  # six weeks before
    assert "Workshop-Räume und Moderation klären" in items


def test_modes(events):
    online = events.create(
        congress(venue="", street="", postcode="", city="", online_url="meet.example.org/wba"),
        today=TODAY,
    )
    assert online.mode == "online"
    assert online.online_url == "https://meet.example.org/wba"
    hybrid = events.create(congress(online_url="https://stream.example.org"), today=TODAY)
    assert hybrid.mode == "hybrid"


def test_bad_input_is_named_and_nothing_saved(events):
    with pytest.raises(ValidationError) as exc:
        events.create(
            congress(
                title=" ",
                ends_at=datetime(2026, 6, 3, 8, 0),
                capacity=0,
                postcode="611",
            ),
            today=TODAY,
        )
    errors = exc.value.errors
    assert "Titel" in errors["title"]
    assert errors["ends_at"].startswith("Ende:") and "03.06.2026 08:00" in errors["ends_at"]
    assert "Plätze" in errors["capacity"]
    assert "PLZ" in errors["postcode"]
    assert events.list_events() == []


def test_a_new_event_cannot_start_in_the_past(events):
    with pytest.raises(ValidationError) as exc:
        events.create(
            congress(starts_at=datetime(2026, 1, 10, 10), ends_at=datetime(2026, 1, 10, 12)),
            today=TODAY,
        )
    assert "10.01.2026" in exc.value.errors["starts_at"]
    assert "Vergangenheit" in exc.value.errors["starts_at"]
    assert events.list_events() == []
    # today is fine
    events.create(
        congress(starts_at=datetime(2026, 1, 15, 18), ends_at=datetime(2026, 1, 15, 20)),
        today=TODAY,
    )


def test_update_with_version_check(events, ref):
    e = events.create(congress(), today=TODAY)
    changed = events.update(e.id, congress(title="Kongress 2026", capacity=120), e.version)
    assert changed.title == "Kongress 2026" and changed.version == e.version + 1
    with pytest.raises(ConflictError):
        events.update(e.id, congress(title="Noch einmal"), e.version)
    assert events.get(e.id).title == "Kongress 2026"
    # an event already past may still be edited (e.g. to note the real numbers)
    events.update(e.id, congress(verbund_ids=(ref["verbund"],)), changed.version)
    assert events.get(e.id).verbund_names == ("WASA",)
    with pytest.raises(NotFoundError):
        events.update(999, congress(), 1)


def test_moving_the_date_moves_checklist_and_programme(events, uow_factory, programme):
    e = events.create(congress(), today=TODAY)
    checklist = ChecklistService(uow_factory)
    fixed = checklist.add_item(e.id, "Rechnung Catering prüfen", due_on=date(2026, 7, 1))
    keynote = programme.save_session(
        e.id,
        SessionData(
            "Trends in der Weiterbildung",
            "Keynote",
            datetime(2026, 6, 3, 10),
            datetime(2026, 6, 3, 11),
        ),
    )
    moved = congress(starts_at=datetime(2026, 6, 10, 9, 30), ends_at=datetime(2026, 6, 10, 17))
    events.update(e.id, moved, e.version)
    items = {i.title: i for i in checklist.items(e.id)}
    assert items["Einladung versenden"].due_on == date(2026, 4, 29)
    assert items["Nachbericht schreiben"].due_on == date(2026, 6, 17)
    assert items[fixed.title].due_on == date(2026, 7, 1)  # a fixed date stays
    (session,) = programme.sessions(e.id)
    assert session.id == keynote.id and session.starts_at == datetime(2026, 6, 10, 10)


def test_shortening_the_event_below_its_programme_is_refused(events, programme):
    e = events.create(congress(), today=TODAY)
    programme.save_session(
        e.id,
        SessionData("Podium", "Podium", datetime(2026, 6, 3, 15), datetime(2026, 6, 3, 16, 30)),
    )
    with pytest.raises(ValidationError) as exc:
        events.update(e.id, congress(ends_at=datetime(2026, 6, 3, 13)), e.version)
    assert "Podium" in exc.value.errors["starts_at"]
    assert events.get(e.id).ends_at == datetime(2026, 6, 3, 17)


def test_list_filter_and_order(events, ref):
    r = ref["regions"]
    events.create(
        congress(
            title="Kick-off Köthen",
            type="Kick-off",
            region_id=r["Anhalt-Bitterfeld"],
            starts_at=datetime(2026, 5, 5, 10),
            ends_at=datetime(2026, 5, 5, 12),
        ),
        today=TODAY,
    )
    events.create(congress(region_id=r["Halle (Saale)"]), today=TODAY)
    events.create(
        congress(
            title="Beirat WASA",
            type="Beiratssitzung",
            status="Entwurf",
            starts_at=datetime(2026, 9, 1, 14),
            ends_at=datetime(2026, 9, 1, 16),
        ),
        today=TODAY,
    )
    titles = [e.title for e in events.list_events()]
    assert titles == ["Kick-off Köthen", "Ostdeutscher Weiterbildungskongress", "Beirat WASA"]
    june = events.list_events(date(2026, 6, 1), date(2026, 6, 30))
    assert [e.title for e in june] == ["Ostdeutscher Weiterbildungskongress"]
    assert [e.title for e in events.list_events(text="koethen")] == ["Kick-off Köthen"]
    assert [e.title for e in events.list_events(status="Entwurf")] == ["Beirat WASA"]
    assert [e.title for e in events.list_events(type="Kick-off")] == ["Kick-off Köthen"]
    assert [e.title for e in events.list_events(wba_region="Süd")] == [
        "Ostdeutscher Weiterbildungskongress"
    ]


def test_by_title(events):
    e = events.create(congress(), today=TODAY)
    assert events.by_title("  ostdeutscher WEITERBILDUNGSKONGRESS ").id == e.id
    with pytest.raises(NotFoundError, match="„Sommerfest“ gibt es nicht"):
        events.by_title("Sommerfest")


def test_same_day_conflicts_in_the_wba_region(events, ref):
    r = ref["regions"]
    base = events.create(congress(region_id=r["Halle (Saale)"]), today=TODAY)
    same = events.create(
        congress(title="Infotag Merseburg", region_id=r["Saalekreis"]), today=TODAY
    )
    events.create(
        congress(title="Abgesagt", region_id=r["Saalekreis"], status="abgesagt"), today=TODAY
    )
    events.create(congress(title="Magdeburg", region_id=r["Magdeburg"]), today=TODAY)
    events.create(
        congress(
            title="Tag danach",
            region_id=r["Halle (Saale)"],
            starts_at=datetime(2026, 6, 4, 10),
            ends_at=datetime(2026, 6, 4, 12),
        ),
        today=TODAY,
    )
    assert [e.id for e in events.same_day_conflicts(base.id)] == [same.id]
    found = events.same_day_conflicts(day=date(2026, 6, 3), region_id=r["Burgenlandkreis"])
    assert {e.id for e in found} == {base.id, same.id}
    assert events.same_day_conflicts(day=date(2026, 6, 3), region_id=None) == []


def test_same_day_notes_follow_the_same_rule_for_a_whole_list(events, ref):
    """The list and calendar use same_day_notes; it must agree with same_day_conflicts,
    also for an event that runs over two days, and ignore cancelled ones."""
    r = ref["regions"]
    two_days = events.create(
        congress(
            title="Fachtagung zwei Tage",
            region_id=r["Halle (Saale)"],
            starts_at=datetime(2026, 6, 3, 9),
            ends_at=datetime(2026, 6, 4, 16),
        ),
        today=TODAY,
    )
    next_day = events.create(
        congress(
            title="Sprechstunde",
            region_id=r["Saalekreis"],
            starts_at=datetime(2026, 6, 4, 10),
            ends_at=datetime(2026, 6, 4, 12),
        ),
        today=TODAY,
    )
    events.create(
        congress(title="Abgesagt", region_id=r["Saalekreis"], status="abgesagt"), today=TODAY
    )
    other_region = events.create(congress(title="Magdeburg", region_id=r["Magdeburg"]), today=TODAY)
    notes = events.same_day_notes(date(2026, 6, 1), date(2026, 6, 30))
    # the two-day event clashes on 4 June with the consultation; on 3 June it is alone
    assert set(notes) == {next_day.id}
    assert notes[next_day.id] == (
        "Am 04.06.2026 ist in der WBA-Region Süd schon „Fachtagung zwei Tage“ geplant."
    )
    assert [e.id for e in events.same_day_conflicts(next_day.id)] == [two_days.id]
    assert events.same_day_conflicts(two_days.id) == []
    assert other_region.id not in notes
    # the range only limits whose notes are given, not who can clash
    assert set(events.same_day_notes(date(2026, 6, 4), date(2026, 6, 4))) == {next_day.id}


def test_status_and_delete(events):
    e = events.create(congress(), today=TODAY)
    assert events.set_status(e.id, "Einladung versendet").status == "Einladung versendet"
    with pytest.raises(ValidationError):
        events.set_status(e.id, "erledigt")
    events.delete(e.id)
    assert events.list_events() == []
    with pytest.raises(NotFoundError):
        events.get(e.id)


# -- programme -----------------------------------------------------------------------


def test_programme_with_speakers_and_parallel_workshops(events, ref, programme):
    e = events.create(congress(), today=TODAY)
    keynote = programme.save_session(
        e.id,
        SessionData(
            "Trends in der Weiterbildung",
            "Keynote",
            datetime(2026, 6, 3, 10),
            datetime(2026, 6, 3, 10, 45),
            speakers=((ref["speaker"], "Referent/in"),),
        ),
    )
    assert keynote.speaker_names == "Dr. Anke Heinze" and not keynote.parallel
    for n in (1, 2):
        programme.save_session(
            e.id,
            SessionData(
                f"Workshop {n}",
                "Workshop",
                datetime(2026, 6, 3, 14),
                datetime(2026, 6, 3, 15, 30),
                room=f"Raum {n}",
                capacity=20,
            ),
        )
    sessions = programme.sessions(e.id)
    assert [s.title for s in sessions] == [
        "Trends in der Weiterbildung",
        "Workshop 1",
        "Workshop 2",
    ]
    assert [s.parallel for s in sessions] == [False, True, True]
    assert [s.assigned for s in sessions] == [0, 0, 0]
    mine = programme.speaker_sessions(ref["speaker"])
    assert [(s.title, s.event_title, s.role) for s in mine] == [
        ("Trends in der Weiterbildung", "Ostdeutscher Weiterbildungskongress", "Referent/in")
    ]
    # edit: the speaker becomes moderator
    data = keynote.data
    data.speakers = ((ref["speaker"], "Moderation"),)
    programme.save_session(e.id, data, keynote.id)
    assert programme.speaker_sessions(ref["speaker"])[0].role == "Moderation"
    programme.delete_session(keynote.id)
    assert programme.speaker_sessions(ref["speaker"]) == []


def test_session_outside_the_event_is_refused_and_nothing_saved(events, programme):
    e = events.create(congress(), today=TODAY)
    early = SessionData("Frühstück", "Sonstiges", datetime(2026, 6, 3, 8), datetime(2026, 6, 3, 9))
    with pytest.raises(ValidationError) as exc:
        programme.save_session(e.id, early)
    message = exc.value.errors["starts_at"]
    assert message.startswith("Beginn:") and "03.06.2026 09:30–17:00" in message
    late = SessionData(
        "Abendessen", "Sonstiges", datetime(2026, 6, 3, 16), datetime(2026, 6, 3, 19)
    )
    with pytest.raises(ValidationError) as exc:
        programme.save_session(e.id, late)
    assert exc.value.errors["ends_at"].startswith("Ende:")
    assert "03.06.2026 19:00" in exc.value.errors["ends_at"]
    assert programme.sessions(e.id) == []


def test_session_checks(events, programme):
    e = events.create(congress(), today=TODAY)
    start = datetime(2026, 6, 3, 12)
    with pytest.raises(ValidationError) as exc:
        programme.save_session(
            e.id,
            SessionData(
                "",
                "Workshop",
                start,
                start - timedelta(minutes=30),
                capacity=0,
                speakers=((1, "Chef"),),
            ),
        )
    assert set(exc.value.errors) == {"title", "ends_at", "capacity", "speakers"}
    with pytest.raises(ValidationError, match="Person gibt es nicht"):
        programme.save_session(
            e.id, SessionData("Panel", "Podium", start, start, speakers=((999, "Moderation"),))
        )
    assert programme.sessions(e.id) == []
