"""Calendar files that replace what a recipient imported before: a UID stored with
each event (never two alike, also across databases), a SEQUENCE that rises with each
change of time, place or status, and a cancellation Outlook understands."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from icalendar import Calendar

from tests import databases
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.events.programme import SessionData
from wba_desktop.services.events.records import EventData

TODAY = date(2026, 1, 15)


def _event(services: Services, **changes) -> int:
    values = dict(
        title="Fachtag Weiterbildung",
        type="Workshop",
        status="geplant",
        starts_at=datetime(2026, 6, 3, 9),
        ends_at=datetime(2026, 6, 3, 17),
        venue="Bürgerhaus",
        postcode="06366",
        city="Köthen (Anhalt)",
    )
    values.update(changes)
    return services.events.create(EventData(**values), today=TODAY).id


def _with_session(services: Services) -> tuple[int, int]:
    e = _event(services)
    s = services.programme.save_session(
        e,
        SessionData("Impuls", "Impulsvortrag", datetime(2026, 6, 3, 10), datetime(2026, 6, 3, 11)),
    )
    return e, s.id


def _edit(services: Services, event_id: int, **changes) -> None:
    detail = services.events.get(event_id)
    data = dataclasses.replace(detail.data, **changes)
    services.events.update(event_id, data, detail.version, original=detail.data)


def _calendar(services: Services, event_id: int, tmp_path) -> Calendar:
    path = tmp_path / f"termin-{event_id}.ics"
    services.event_exports.export(event_id, path)
    return Calendar.from_ical(path.read_bytes())


def _entries(cal: Calendar) -> dict[str, tuple[int, str, str]]:
    """UID -> (SEQUENCE, STATUS, LOCATION) of every VEVENT."""
    return {
        str(ev["UID"]): (int(ev["SEQUENCE"]), str(ev["STATUS"]), str(ev.get("LOCATION", "")))
        for ev in cal.walk("VEVENT")
    }


def test_an_event_changed_twice_keeps_its_uid_and_has_sequence_two(services, tmp_path):
    e, s = _with_session(services)
    uid = services.events.get(e).uid
    (session,) = services.programme.sessions(e)
    first = _entries(_calendar(services, e, tmp_path))
    assert first == {
        uid: (0, "CONFIRMED", "Bürgerhaus, 06366 Köthen (Anhalt)"),
        session.uid: (0, "CONFIRMED", "Bürgerhaus, 06366 Köthen (Anhalt)"),
    }
    # the time: one day later (the programme moves with it)
    _edit(services, e, starts_at=datetime(2026, 6, 4, 9), ends_at=datetime(2026, 6, 4, 17))
    # the place
    _edit(services, e, venue="Schloss", street="Schlossplatz 5")
    cal = _calendar(services, e, tmp_path)
    assert "SEQUENCE:2\r\n" in cal.to_ical().decode("utf-8")
    place = "Schloss, Schlossplatz 5, 06366 Köthen (Anhalt)"
    assert _entries(cal) == {uid: (2, "CONFIRMED", place), session.uid: (2, "CONFIRMED", place)}
    assert str(cal["METHOD"]) == "PUBLISH"
    assert services.events.get(e).uid == uid
    assert [x.id for x in services.programme.sessions(e)] == [s]
    # the change log shows what the user changed, not the counter
    (last, *_older) = services.audit.for_record("event", e)
    fields = {c.field for c in last.changes}
    assert fields and not [f for f in fields if "sequence" in f.lower()], fields


def test_title_and_description_alone_do_not_raise_the_sequence(services, tmp_path):
    e, s = _with_session(services)
    _edit(services, e, title="Fachtag Weiterbildung 2026", description="Mit Mittagessen")
    _edit(services, e, type="Informationsveranstaltung", capacity=40)
    detail = services.events.get(e)
    assert (detail.title, detail.ical_sequence) == ("Fachtag Weiterbildung 2026", 0)
    (session,) = services.programme.sessions(e)
    assert session.ical_sequence == 0
    data = dataclasses.replace(session.data, title="Impuls: Fachkräfte", description="neu")
    services.programme.save_session(e, data, s)
    assert {ev["SEQUENCE"] for ev in _calendar(services, e, tmp_path).walk("VEVENT")} == {0}


def test_a_session_moved_or_given_another_room_raises_its_own_sequence(services):
    e, s = _with_session(services)
    (session,) = services.programme.sessions(e)
    moved = dataclasses.replace(
        session.data, starts_at=datetime(2026, 6, 3, 14), ends_at=datetime(2026, 6, 3, 15)
    )
    services.programme.save_session(e, moved, s)
    services.programme.save_session(e, dataclasses.replace(moved, room="Saal 2"), s)
    (session,) = services.programme.sessions(e)
    assert session.ical_sequence == 2
    assert services.events.get(e).ical_sequence == 0  # the event itself did not change
    # the event's end moves, the session stays where it is
    _edit(services, e, ends_at=datetime(2026, 6, 3, 18))
    assert services.events.get(e).ical_sequence == 1
    assert services.programme.sessions(e)[0].ical_sequence == 2


def test_a_cancelled_event_is_written_as_a_cancellation(services, tmp_path):
    e, _s = _with_session(services)
    before = _entries(_calendar(services, e, tmp_path))
    services.events.set_status(e, "abgesagt")
    path = tmp_path / "absage.ics"
    assert services.event_exports.export(e, path) == 2
    text = path.read_bytes().decode("utf-8")
    cal = Calendar.from_ical(path.read_bytes())
    assert str(cal["METHOD"]) == "CANCEL" and "METHOD:CANCEL\r\n" in text
    after = _entries(cal)
    assert set(after) == set(before)  # the same UIDs: Outlook finds what it imported
    assert {seq for seq, _, _ in after.values()} == {1}
    assert {status for _, status, _ in after.values()} == {"CANCELLED"}
    # Outlook needs the time zone for the entries it is to remove
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert all(ev["DTSTART"].params["TZID"] == "Europe/Berlin" for ev in cal.walk("VEVENT"))
    # setting the same status again is no change
    services.events.set_status(e, "abgesagt")
    assert services.events.get(e).ical_sequence == 1


def test_our_agency_is_the_organiser_outlook_needs_for_a_cancellation(services, tmp_path):
    e, _s = _with_session(services)
    assert all("ORGANIZER" not in ev for ev in _calendar(services, e, tmp_path).walk("VEVENT"))
    types = {t.name: t.id for t in services.reference.organisation_types()}
    own = services.organisations.create(
        OrganisationData(
            name="Weiterbildungsagentur Musterregion",
            type_id=types["Weiterbildungsträger"],
            email="wba@musterregion.example",
        )
    )
    services.agency.set_own_organisation(own.id)
    services.events.set_status(e, "abgesagt")
    cal = _calendar(services, e, tmp_path)
    assert str(cal["METHOD"]) == "CANCEL"
    organisers = {(str(ev["ORGANIZER"]), ev["ORGANIZER"].params["CN"]) for ev in cal.walk("VEVENT")}
    assert organisers == {("mailto:wba@musterregion.example", "Weiterbildungsagentur Musterregion")}


def test_cancelling_through_the_form_raises_the_sequence_too(services):
    e = _event(services)
    _edit(services, e, status="abgesagt")
    assert services.events.get(e).ical_sequence == 1


def test_speaker_calendar_carries_uids_sequences_and_cancellations(services, tmp_path):
    from wba_desktop.services.directory.people import PersonData

    speaker = services.people.create(PersonData(last_name="Wendland", first_name="Ida")).id
    uids = []
    for day in (3, 10):
        e = _event(
            services, starts_at=datetime(2026, 6, day, 9), ends_at=datetime(2026, 6, day, 17)
        )
        info = services.programme.save_session(
            e,
            SessionData(
                "Impuls",
                "Impulsvortrag",
                datetime(2026, 6, day, 10),
                datetime(2026, 6, day, 11),
                speakers=((speaker, "Referent/in"),),
            ),
        )
        uids.append(info.uid)
    services.events.set_status(e, "abgesagt")  # the second event
    path = tmp_path / "wendland.ics"
    services.event_exports.speaker_ics(speaker, path)
    cal = Calendar.from_ical(path.read_bytes())
    assert str(cal["METHOD"]) == "PUBLISH"  # one entry is still on
    entries = _entries(cal)
    assert [entries[u][:2] for u in uids] == [(0, "CONFIRMED"), (1, "CANCELLED")]


def test_two_databases_never_produce_the_same_uid(tmp_path, _sqlite_template):
    """Two offices (two SQLite files made from the same template), each with its
    "event 1", send their files to one recipient's calendar."""
    calendars = []
    for office in ("buero_halle", "buero_stendal"):
        url = databases.copy_sqlite(_sqlite_template, tmp_path / f"{office}.sqlite3")
        engine = create_db_engine(url)
        services = Services.create(UnitOfWorkFactory(engine))
        e, _s = _with_session(services)
        assert e == 1
        calendars.append(_calendar(services, e, tmp_path))
        engine.dispose()
    halle, stendal = (set(_entries(cal)) for cal in calendars)
    assert len(halle) == len(stendal) == 2
    assert halle.isdisjoint(stendal)
