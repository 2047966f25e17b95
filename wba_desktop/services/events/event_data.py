"""What an event is as the event services hand it out: the form a user fills in
(``EventData``), the row of a list (``EventInfo``, with the counts of its invitation
list), the whole record (``EventDetail``), and the rules a form must meet
(:func:`validate`). Times are naive wall-clock times in Europe/Berlin.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from wba_desktop.i18n import _
from wba_desktop.models import Event
from wba_desktop.services import validation as v
from wba_desktop.services.events.times import fmt_dt, fmt_period, naive
from wba_desktop.vocab import EVENT_STATUSES, EVENT_TYPES

#: statuses that hold a place (capacity) and statuses of people who said yes
OCCUPYING = ("zugesagt", "teilgenommen")
ACCEPTED = ("zugesagt", "teilgenommen", "nicht erschienen")


@dataclass
class EventData:
    """What a user enters for an event."""

    title: str = ""
    type: str = "Informationsveranstaltung"
    status: str = "Entwurf"
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    venue: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    online_url: str = ""
    region_id: int | None = None
    capacity: int | None = None
    description: str = ""
    organiser_ids: tuple[int, ...] = ()
    verbund_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class EventInfo:
    """An event as lists show it, with the counts of its invitation list."""

    id: int
    version: int
    title: str
    type: str
    status: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    city: str
    online_url: str
    region_id: int | None
    region_name: str
    wba_region: str
    capacity: int | None
    organiser_names: tuple[str, ...]
    verbund_names: tuple[str, ...]
    listed: int  # everyone on the list, also "vorgemerkt"
    invited: int  # everyone on the list except "vorgemerkt"
    accepted: int  # zugesagt, teilgenommen, nicht erschienen
    waiting: int
    attended: int

    @property
    def mode(self) -> str:
        on_site = bool(self.venue or self.city)
        if self.online_url and on_site:
            return "hybrid"
        return "online" if self.online_url else "vor Ort"

    @property
    def period(self) -> str:
        return fmt_period(self.starts_at, self.ends_at)

    @property
    def label(self) -> str:
        return f"{self.title} ({self.starts_at:%d.%m.%Y})"


@dataclass(frozen=True)
class EventDetail(EventInfo):
    """All of an event, for the edit dialog (``data`` fills the form)."""

    street: str
    postcode: str
    description: str
    organiser_ids: tuple[int, ...]
    verbund_ids: tuple[int, ...]
    created_at: datetime
    updated_at: datetime
    #: the calendar entry's UID and SEQUENCE (see ``sequence``)
    uid: str = ""
    ical_sequence: int = 0

    @property
    def location(self) -> str:
        """Venue and address in one line (for calendars and lists)."""
        place = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(p for p in (self.venue, self.street, place) if p)

    @property
    def data(self) -> EventData:
        return EventData(**{f.name: getattr(self, f.name) for f in fields(EventData)})


#: the form's fields in the order of the form, as a conflict names them
FIELD_LABELS = {
    "title": "Titel",
    "type": "Art",
    "status": "Status",
    "starts_at": "Beginn",
    "ends_at": "Ende",
    "capacity": "Plätze",
    "venue": "Veranstaltungsort",
    "street": "Straße",
    "postcode": "PLZ",
    "city": "Ort",
    "region_id": "Landkreis",
    "online_url": "Online-Link",
    "organiser_ids": "Veranstaltende Organisationen",
    "verbund_ids": "Verbünde",
    "description": "Beschreibung",
}


def validate(data: EventData, today: date | None = None) -> EventData:
    """Clean and check ``data``; ``today`` set means "new event" (no start in the past)."""
    c = v.Collector()
    for name in ("title", "venue", "street", "city"):
        setattr(data, name, v.clean_text(getattr(data, name)))
    data.description = v.clean_text(data.description)
    data.online_url = v.clean_website(data.online_url)
    data.postcode = v.clean_postcode(c, "postcode", data.postcode)
    data.starts_at, data.ends_at = naive(data.starts_at), naive(data.ends_at)
    v.check_required(c, "title", _("Titel"), data.title)
    v.check_texts(c, data, Event)
    v.check_choice(c, "type", _("Art"), data.type, EVENT_TYPES)
    v.check_choice(c, "status", _("Status"), data.status, EVENT_STATUSES)
    if not data.type:
        c.add("type", _("Art: Bitte wählen."))
    if data.starts_at is None:
        c.add("starts_at", _("Beginn: Bitte Datum und Uhrzeit angeben."))
    elif today is not None and data.starts_at.date() < today:
        c.add(
            "starts_at",
            _(
                "Beginn: Der {starts_at:%d.%m.%Y} liegt in der Vergangenheit. "
                "Neue Veranstaltungen bitte mit einem künftigen Datum anlegen."
            ).format(starts_at=data.starts_at),
        )
    if data.ends_at is None:
        c.add("ends_at", _("Ende: Bitte Datum und Uhrzeit angeben."))
    elif data.starts_at is not None and data.ends_at < data.starts_at:
        c.add(
            "ends_at",
            _("Ende: Das Ende ({ends_at}) liegt vor dem Beginn ({starts_at}).").format(
                ends_at=fmt_dt(data.ends_at), starts_at=fmt_dt(data.starts_at)
            ),
        )
    if data.capacity is not None and data.capacity <= 0:
        c.add("capacity", _("Plätze: Bitte eine Zahl größer als 0 eingeben oder leer lassen."))
    c.raise_if_any()
    data.organiser_ids = tuple(dict.fromkeys(data.organiser_ids))
    data.verbund_ids = tuple(dict.fromkeys(data.verbund_ids))
    return data
