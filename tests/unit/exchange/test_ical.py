"""iCalendar files: parsed back with icalendar, checked around the daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from icalendar import Calendar

from wba_desktop.exchange.ical import (
    CalendarEvent,
    event_calendar,
    speaker_calendar,
)

STAMP = datetime(2026, 1, 15, 12, 30, tzinfo=UTC)


def event_uid(n: int) -> str:
    return f"0f1e2d3c-0000-4000-8000-{n:012d}@wba-desktop"


def session_uid(n: int) -> str:
    return f"5a6b7c8d-0000-4000-8000-{n:012d}@wba-desktop"


def entry(uid: str, start: datetime, end: datetime, **kw) -> CalendarEvent:
    return CalendarEvent(uid=uid, title=kw.pop("title", "Fachtag"), start=start, end=end, **kw)


def parse(data: bytes) -> Calendar:
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    return Calendar.from_ical(data)


def utc(year, month, day, hour, minute=0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# Berlin wall-clock time -> UTC, around both changes of 2026 (29.03. and 25.10.)
DST_CASES = [
    (datetime(2026, 3, 28, 10), utc(2026, 3, 28, 9)),  # winter time, the day before
    (datetime(2026, 3, 30, 10), utc(2026, 3, 30, 8)),  # summer time, the day after
    (datetime(2026, 10, 24, 10), utc(2026, 10, 24, 8)),  # still summer time
    (datetime(2026, 10, 26, 10), utc(2026, 10, 26, 9)),  # winter time again
    (datetime(2026, 10, 25, 4), utc(2026, 10, 25, 3)),  # an hour after the change
]


def test_header_timezone_and_uids():
    cal = parse(
        event_calendar(
            entry(event_uid(12), datetime(2026, 6, 3, 9), datetime(2026, 6, 3, 17)),
            [entry(session_uid(34), datetime(2026, 6, 3, 10), datetime(2026, 6, 3, 11))],
            stamp=STAMP,
        )
    )
    assert str(cal["PRODID"]) == "-//WBA Desktop//DE"
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["METHOD"]) == "PUBLISH"
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Berlin"
    assert {c.name for c in tz.subcomponents} == {"STANDARD", "DAYLIGHT"}
    uids = [str(ev["UID"]) for ev in cal.walk("VEVENT")]
    assert uids == [event_uid(12), session_uid(34)]
    for ev in cal.walk("VEVENT"):
        assert ev["DTSTART"].params["TZID"] == "Europe/Berlin"
        assert ev["DTEND"].params["TZID"] == "Europe/Berlin"
        assert ev.decoded("DTSTAMP") == STAMP


def test_raw_text_as_outlook_reads_it():
    data = event_calendar(
        entry(event_uid(1), datetime(2026, 3, 28, 10), datetime(2026, 3, 28, 16)), stamp=STAMP
    )
    text = data.decode("utf-8")
    assert "DTSTART;TZID=Europe/Berlin:20260328T100000\r\n" in text
    assert "DTSTAMP:20260115T123000Z\r\n" in text
    assert text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")


@pytest.mark.parametrize(("local", "expected"), DST_CASES)
def test_utc_times_around_daylight_saving_changes(local, expected):
    cal = parse(event_calendar(entry(event_uid(1), local, local.replace(hour=local.hour + 1))))
    (ev,) = cal.walk("VEVENT")
    assert ev.decoded("DTSTART").astimezone(UTC) == expected


@pytest.mark.parametrize(("local", "expected"), DST_CASES)
def test_the_embedded_vtimezone_alone_gives_the_same_times(local, expected):
    """What a client without the tz database (Outlook) computes from the VTIMEZONE."""
    cal = parse(event_calendar(entry(event_uid(1), local, local)))
    (tz,) = cal.walk("VTIMEZONE")
    own = tz.to_tz(lookup_tzid=False)
    assert local.replace(tzinfo=own).astimezone(UTC) == expected


def test_times_the_yearly_rule_does_not_cover_use_the_tz_database():
    # 1990 summer time ended on the last Sunday of September, not of October
    local = datetime(1990, 10, 10, 10)
    cal = parse(event_calendar(entry(event_uid(1), local, local)))
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Berlin"
    own = tz.to_tz(lookup_tzid=False)
    assert local.replace(tzinfo=own).astimezone(UTC) == utc(1990, 10, 10, 9)


def test_text_fields_and_umlauts():
    item = entry(
        event_uid(5),
        datetime(2026, 6, 3, 9),
        datetime(2026, 6, 3, 17),
        title="Dialogspaziergang Köthen; Süd",
        location="Schloß Köthen, Schloßplatz 5, 06366 Köthen (Anhalt)",
        description="Treffpunkt: Eingang\nBitte festes Schuhwerk",
        url="https://wba.example.org/termine/5",
        organiser_name="Anke Heinze",
        organiser_email="heinze@wba.example.org",
    )
    (ev,) = parse(event_calendar(item)).walk("VEVENT")
    assert str(ev["SUMMARY"]) == "Dialogspaziergang Köthen; Süd"
    assert str(ev["LOCATION"]) == "Schloß Köthen, Schloßplatz 5, 06366 Köthen (Anhalt)"
    assert str(ev["DESCRIPTION"]) == "Treffpunkt: Eingang\nBitte festes Schuhwerk"
    assert str(ev["URL"]) == "https://wba.example.org/termine/5"
    assert str(ev["ORGANIZER"]) == "mailto:heinze@wba.example.org"
    assert ev["ORGANIZER"].params["CN"] == "Anke Heinze"
    assert str(ev["STATUS"]) == "CONFIRMED"


def test_sequence_in_every_entry():
    cal = parse(
        event_calendar(
            entry(event_uid(3), datetime(2026, 6, 3, 9), datetime(2026, 6, 3, 17), sequence=2),
            [entry(session_uid(4), datetime(2026, 6, 3, 10), datetime(2026, 6, 3, 11))],
        )
    )
    assert [ev["SEQUENCE"] for ev in cal.walk("VEVENT")] == [2, 0]
    assert str(cal["METHOD"]) == "PUBLISH"


def test_cancelled_event_is_a_cancellation():
    start, end = datetime(2026, 6, 3, 9), datetime(2026, 6, 3, 17)
    item = entry(event_uid(9), start, end, cancelled=True, sequence=3)
    session = entry(session_uid(1), start, start.replace(hour=10), cancelled=True, sequence=1)
    data = event_calendar(item, [session], stamp=STAMP)
    cal = parse(data)
    assert str(cal["METHOD"]) == "CANCEL"
    assert "METHOD:CANCEL\r\n" in data.decode("utf-8")
    events = cal.walk("VEVENT")
    assert [str(ev["STATUS"]) for ev in events] == ["CANCELLED", "CANCELLED"]
    assert [str(ev["UID"]) for ev in events] == [event_uid(9), session_uid(1)]
    assert [ev["SEQUENCE"] for ev in events] == [3, 1]
    assert str(events[0]["SUMMARY"]) == "Fachtag"  # Outlook says "Abgesagt" itself
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert events[0]["DTSTART"].params["TZID"] == "Europe/Berlin"


def test_a_calendar_mixing_cancelled_and_confirmed_entries_is_published():
    """A speaker's calendar across events: the cancelled entries are marked."""
    sessions = [
        entry(session_uid(1), datetime(2026, 3, 28, 10), datetime(2026, 3, 28, 11), title="A"),
        entry(
            session_uid(2),
            datetime(2026, 4, 28, 10),
            datetime(2026, 4, 28, 11),
            title="B",
            cancelled=True,
            sequence=1,
        ),
    ]
    cal = parse(speaker_calendar("Dr. Anke Heinze", sessions, stamp=STAMP))
    assert str(cal["METHOD"]) == "PUBLISH"
    a, b = cal.walk("VEVENT")
    assert (str(a["STATUS"]), str(a["SUMMARY"])) == ("CONFIRMED", "A")
    assert (str(b["STATUS"]), str(b["SUMMARY"])) == ("CANCELLED", "Abgesagt: B")
    assert b["SEQUENCE"] == 1


def test_speaker_calendar():
    sessions = [
        entry(session_uid(1), datetime(2026, 3, 28, 10), datetime(2026, 3, 28, 11), title="A"),
        entry(session_uid(2), datetime(2026, 10, 26, 14), datetime(2026, 10, 26, 15), title="B"),
    ]
    cal = parse(speaker_calendar("Dr. Anke Heinze", sessions, stamp=STAMP))
    assert str(cal["X-WR-CALNAME"]) == "Termine Dr. Anke Heinze"
    starts = [ev.decoded("DTSTART").astimezone(UTC) for ev in cal.walk("VEVENT")]
    assert starts == [utc(2026, 3, 28, 9), utc(2026, 10, 26, 13)]
    assert len(cal.walk("VTIMEZONE")) == 1
