"""iCalendar (RFC 5545) files of events and sessions, as Outlook takes them.

Times come in as naive wall-clock times in Europe/Berlin and are written with
``TZID=Europe/Berlin`` plus an embedded VTIMEZONE, without which Outlook shifts or
refuses events. The VTIMEZONE uses the yearly rules (last Sunday of March and of
October), the form Outlook and Exchange write themselves: Outlook is known to
misread VTIMEZONEs made of RDATE lists. Before it is used, the rule is checked
against the tz database for every time in the file; for a time it does not fit
(before 1996, or after a change of the law) the VTIMEZONE is generated from the tz
database by ``icalendar`` instead. DTSTAMP is UTC.

UIDs are the ones stored with each event and session (a UUID, so two offices'
"event 1" never meet in a recipient's calendar) and never change, so a file imported
again updates the entries instead of duplicating them; ``SEQUENCE`` counts the
changes of time, place and status, so the newer file wins. A calendar whose entries
are all cancelled is a cancellation (``METHOD:CANCEL``, each ``STATUS:CANCELLED``):
Outlook then removes the entries it imported before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
)

TZID = "Europe/Berlin"
BERLIN = ZoneInfo(TZID)
PRODID = "-//WBA Desktop//DE"


@dataclass(frozen=True)
class CalendarEvent:
    """One calendar entry; ``start``/``end`` naive Berlin wall-clock times."""

    uid: str
    title: str
    start: datetime
    end: datetime
    location: str = ""
    description: str = ""
    url: str = ""
    organiser_name: str = ""
    organiser_email: str = ""
    cancelled: bool = False
    #: RFC 5545 SEQUENCE: raised with each change of time, place or status
    sequence: int = 0


#: the summary prefix of a cancelled entry in a calendar that is not a cancellation
CANCELLED_PREFIX = "Abgesagt: "


def berlin_rule_timezone() -> Timezone:
    """Europe/Berlin as yearly rules (CET/CEST, EU rule since 1996)."""
    tz = Timezone()
    tz.add("tzid", TZID)
    for kind, name, start, offsets, month in (
        (TimezoneDaylight, "CEST", datetime(1970, 3, 29, 2), (1, 2), 3),
        (TimezoneStandard, "CET", datetime(1970, 10, 25, 3), (2, 1), 10),
    ):
        part = kind()
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part.add("tzname", name)
        part.add("tzoffsetfrom", timedelta(hours=offsets[0]))
        part.add("tzoffsetto", timedelta(hours=offsets[1]))
        tz.add_component(part)
    return tz


def berlin_timezone(times: Iterable[datetime]) -> Timezone:
    """The VTIMEZONE for ``times``: the yearly rules if they give the tz database's
    offset for each of them, else the tz database's own transitions."""
    times = list(times)
    rules = berlin_rule_timezone()
    rule_tz = rules.to_tz(lookup_tzid=False)
    if all(t.replace(tzinfo=rule_tz).utcoffset() == _berlin(t).utcoffset() for t in times):
        return rules
    first = min(times, default=datetime(1970, 1, 1)).date()
    last = max(times, default=datetime(1970, 1, 1)).date()
    return Timezone.from_tzid(
        TZID, first_date=date(first.year - 1, 1, 1), last_date=date(last.year + 2, 1, 1)
    )


def _berlin(value: datetime) -> datetime:
    if value.tzinfo is not None:
        return value.astimezone(BERLIN)
    return value.replace(tzinfo=BERLIN)


def _utc(value: datetime | None) -> datetime:
    if value is None:
        return datetime.now(UTC).replace(microsecond=0)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _vevent(item: CalendarEvent, stamp: datetime, method: str) -> Event:
    ev = Event()
    ev.add("uid", item.uid)
    ev.add("sequence", item.sequence)
    ev.add("dtstamp", stamp)
    ev.add("dtstart", _berlin(item.start))
    ev.add("dtend", _berlin(max(item.end, item.start)))
    # in a published calendar a cancelled entry also says so where everyone reads it
    prefix = CANCELLED_PREFIX if item.cancelled and method == "PUBLISH" else ""
    ev.add("summary", prefix + item.title)
    if item.location:
        ev.add("location", item.location)
    if item.description:
        ev.add("description", item.description)
    if item.url:
        ev.add("url", item.url)
    if item.organiser_email:
        organiser = vCalAddress(f"mailto:{item.organiser_email}")
        if item.organiser_name:
            organiser.params["cn"] = item.organiser_name
        ev.add("organizer", organiser)
    ev.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
    ev.add("transp", "OPAQUE")
    return ev


def is_cancellation(items: Sequence[CalendarEvent]) -> bool:
    """Whether a calendar of ``items`` is written as a cancellation: all are cancelled."""
    return bool(items) and all(i.cancelled for i in items)


def build_calendar(
    items: Sequence[CalendarEvent], name: str = "", stamp: datetime | None = None
) -> bytes:
    """An iCalendar file with ``items`` and the Berlin VTIMEZONE: ``METHOD:CANCEL`` if
    every item is cancelled (see ``is_cancellation``), else ``METHOD:PUBLISH`` with the
    cancelled ones marked. ``stamp`` is the DTSTAMP (UTC; naive means UTC), now by
    default."""
    method = "CANCEL" if is_cancellation(items) else "PUBLISH"
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    if name:
        cal.add("x-wr-calname", name)
    cal.add_component(berlin_timezone(t for i in items for t in (i.start, i.end)))
    when = _utc(stamp)
    for item in items:
        cal.add_component(_vevent(item, when, method))
    return cal.to_ical()


def event_calendar(
    event: CalendarEvent, sessions: Sequence[CalendarEvent] = (), stamp: datetime | None = None
) -> bytes:
    """The event, optionally followed by its programme items as entries of their own
    (they share the event's status, so a cancelled event's file is a cancellation)."""
    return build_calendar([event, *sessions], name=event.title, stamp=stamp)


def speaker_calendar(
    person_name: str, sessions: Sequence[CalendarEvent], stamp: datetime | None = None
) -> bytes:
    """The sessions in which one person speaks or moderates."""
    return build_calendar(list(sessions), name=f"Termine {person_name}", stamp=stamp)
