"""The programme of an event: sessions with speakers, parallel tracks, rooms and
places, and who takes part in which workshop.

Sessions must lie within the event's time; sessions that overlap run in parallel
(participants pick one of them). Views and the CLI reach these use cases as
``services.programme``; the event itself is ``services.events``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import N_, _
from wba_desktop.models import Event, EventSession, Person, SessionAttendee, SessionPerson
from wba_desktop.services import validation as v
from wba_desktop.services.directory.people import display_name, person_name
from wba_desktop.services.events.invitation_history import load_invitations
from wba_desktop.services.events.sequence import session_changed, session_state
from wba_desktop.services.events.times import (  # re-exported: views import them here
    fmt_dt,
    fmt_period,
    naive,
    overlaps,
)
from wba_desktop.text import format as fmt
from wba_desktop.vocab import SESSION_KINDS, SESSION_ROLES


@dataclass
class SessionData:
    """What a user enters for a programme item; ``speakers`` are (person_id, role)."""

    title: str = ""
    kind: str = "Impulsvortrag"
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    room: str = ""
    capacity: int | None = None
    description: str = ""
    speakers: tuple[tuple[int, str], ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Speaker:
    person_id: int
    name: str
    role: str


@dataclass(frozen=True)
class SessionInfo:
    id: int
    event_id: int
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    room: str
    capacity: int | None
    description: str
    speakers: tuple[Speaker, ...]
    parallel: bool  # overlaps another session of the event
    assigned: int  # participants assigned to it
    uid: str = ""  # the calendar entry's UID and SEQUENCE
    ical_sequence: int = 0

    @property
    def speaker_names(self) -> str:
        return ", ".join(s.name for s in self.speakers)

    @property
    def data(self) -> SessionData:
        values = {f.name: getattr(self, f.name) for f in fields(SessionData)}
        values["speakers"] = tuple((s.person_id, s.role) for s in self.speakers)
        return SessionData(**values)


@dataclass(frozen=True)
class SpeakerSession:
    """A session in which a person speaks or moderates, with its event."""

    session_id: int
    event_id: int
    event_title: str
    event_location: str
    title: str
    kind: str
    role: str
    starts_at: datetime
    ends_at: datetime
    room: str
    uid: str = ""  # the calendar entry: UID, SEQUENCE, event cancelled
    ical_sequence: int = 0
    cancelled: bool = False


def location_of(e: Event) -> str:
    place = " ".join(p for p in (e.postcode, e.city) if p)
    return ", ".join(p for p in (e.venue, e.street, place) if p)


def shift_sessions(s, e: Event, shift: timedelta) -> None:
    """Move the programme with the date; every session must stay within the event."""
    for es in s.scalars(select(EventSession).where(EventSession.event_id == e.id)):
        es.starts_at += shift
        es.ends_at += shift
        if es.starts_at < e.starts_at or es.ends_at > e.ends_at:
            raise ValidationError(
                {
                    "starts_at": _(
                        "Zeit: Der Programmpunkt „{title}“ "
                        "({ends_at}) läge außerhalb der neuen Zeit "
                        "der Veranstaltung ({ends_at2}). Bitte erst "
                        "das Programm anpassen."
                    ).format(
                        title=es.title,
                        ends_at=fmt_period(es.starts_at, es.ends_at),
                        ends_at2=fmt_period(e.starts_at, e.ends_at),
                    )
                }
            )


class ProgrammeService:
    """Sessions, their speakers and their participants."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def sessions(self, event_id: int) -> list[SessionInfo]:
        with self._uow() as uow:
            s = uow.session
            rows = list(
                s.scalars(
                    select(EventSession)
                    .where(EventSession.event_id == event_id)
                    .order_by(EventSession.starts_at, EventSession.ends_at, EventSession.id)
                )
            )
            ids = [r.id for r in rows]
            speakers: dict[int, list[Speaker]] = defaultdict(list)
            assigned: dict[int, int] = {}
            if ids:
                for sp, p in s.execute(
                    select(SessionPerson, Person)
                    .join(Person, Person.id == SessionPerson.person_id)
                    .where(SessionPerson.session_id.in_(ids))
                    .order_by(SessionPerson.role.desc(), Person.sort_key)
                ):
                    name = display_name(p.title, p.first_name, p.last_name)
                    speakers[sp.session_id].append(Speaker(p.id, name, sp.role))
                assigned = dict(
                    s.execute(
                        select(SessionAttendee.session_id, func.count())
                        .where(SessionAttendee.session_id.in_(ids))
                        .group_by(SessionAttendee.session_id)
                    ).all()
                )
            out = []
            for r in rows:
                parallel = any(
                    o.id != r.id and overlaps(r.starts_at, r.ends_at, o.starts_at, o.ends_at)
                    for o in rows
                )
                out.append(
                    SessionInfo(
                        r.id,
                        r.event_id,
                        r.title,
                        r.kind,
                        r.starts_at,
                        r.ends_at,
                        r.room,
                        r.capacity,
                        r.description,
                        tuple(speakers[r.id]),
                        parallel,
                        assigned.get(r.id, 0),
                        r.uid,
                        r.ical_sequence,
                    )
                )
            return out

    def save_session(
        self, event_id: int, data: SessionData, session_id: int | None = None
    ) -> SessionInfo:
        """Create or update a programme item; it must lie within the event's time."""
        c = v.Collector()
        data.title, data.room = v.clean_text(data.title), v.clean_text(data.room)
        data.description = v.clean_text(data.description)
        data.starts_at, data.ends_at = naive(data.starts_at), naive(data.ends_at)
        v.check_required(c, "title", _("Titel"), data.title)
        v.check_texts(c, data, EventSession)
        v.check_choice(c, "kind", _("Art"), data.kind, SESSION_KINDS)
        if data.starts_at is None:
            c.add("starts_at", _("Beginn: Bitte die Uhrzeit des Programmpunkts angeben."))
        if data.ends_at is None:
            c.add("ends_at", _("Ende: Bitte die Uhrzeit des Programmpunkts angeben."))
        elif data.starts_at is not None and data.ends_at < data.starts_at:
            c.add(
                "ends_at",
                _(
                    "Ende: Das Ende des Programmpunkts ({ends_at}) liegt vor "
                    "seinem Beginn ({starts_at})."
                ).format(ends_at=fmt_dt(data.ends_at), starts_at=fmt_dt(data.starts_at)),
            )
        if data.capacity is not None and data.capacity <= 0:
            c.add("capacity", _("Plätze: Bitte eine Zahl größer als 0 eingeben oder leer lassen."))
        roles = {}
        for person_id, role in data.speakers:
            if role not in SESSION_ROLES:
                c.add(
                    "speakers",
                    _("Mitwirkende: „{role}“ ist keine zulässige Rolle.").format(role=role),
                )
            if person_id in roles:
                c.add("speakers", _("Mitwirkende: Eine Person ist doppelt eingetragen."))
            roles[person_id] = role
        c.raise_if_any()
        with self._uow() as uow:
            s = uow.session
            e = s.get(Event, event_id)
            if e is None:
                raise NotFoundError(_("Die Veranstaltung wurde nicht gefunden (gelöscht?)."))
            self._check_within(e, data)
            if roles:
                found = s.scalar(
                    select(func.count()).select_from(Person).where(Person.id.in_(roles))
                )
                if found != len(roles):
                    raise ValidationError(
                        {"speakers": _("Mitwirkende: Eine Person gibt es nicht.")}
                    )
            before = None
            if session_id is None:
                es = EventSession(event_id=event_id)
                s.add(es)
            else:
                es = s.get(EventSession, session_id)
                if es is None or es.event_id != event_id:
                    raise NotFoundError(_("Der Programmpunkt wurde inzwischen gelöscht."))
                self._check_capacity_kept(s, es, data.capacity)
                before = session_state(es)
            for name in ("title", "kind", "starts_at", "ends_at", "room", "capacity"):
                setattr(es, name, getattr(data, name))
            if session_changed(es, before):
                es.ical_sequence += 1
            es.description = data.description
            s.flush()
            s.execute(delete(SessionPerson).where(SessionPerson.session_id == es.id))
            for person_id, role in roles.items():
                s.add(SessionPerson(session_id=es.id, person_id=person_id, role=role))
            uow.commit()
            new_id = es.id
        return next(i for i in self.sessions(event_id) if i.id == new_id)

    @staticmethod
    def _check_within(e: Event, data: SessionData) -> None:
        period = fmt_period(e.starts_at, e.ends_at)
        if data.starts_at < e.starts_at or data.starts_at > e.ends_at:
            raise ValidationError(
                {
                    "starts_at": _(
                        "Beginn: Der Beginn des Programmpunkts ({starts_at})"
                        " liegt außerhalb der Zeit der Veranstaltung ({period})."
                    ).format(starts_at=fmt_dt(data.starts_at), period=period)
                }
            )
        if data.ends_at > e.ends_at:
            raise ValidationError(
                {
                    "ends_at": _(
                        "Ende: Das Ende des Programmpunkts ({ends_at}) liegt "
                        "nach dem Ende der Veranstaltung ({period})."
                    ).format(ends_at=fmt_dt(data.ends_at), period=period)
                }
            )

    @staticmethod
    def _check_capacity_kept(s, es: EventSession, capacity: int | None) -> None:
        if capacity is None:
            return
        n = s.scalar(
            select(func.count())
            .select_from(SessionAttendee)
            .where(SessionAttendee.session_id == es.id)
        )
        if n > capacity:
            raise ValidationError(
                {
                    "capacity": _(
                        "Plätze: Für „{title}“ sind schon {n} Personen eingeteilt."
                    ).format(title=es.title, n=n)
                }
            )

    def delete_session(self, session_id: int) -> None:
        with self._uow() as uow:
            es = uow.session.get(EventSession, session_id)
            if es is not None:
                uow.session.delete(es)
                uow.commit()

    def speaker_sessions(self, person_id: int) -> list[SpeakerSession]:
        """Sessions in which the person speaks or moderates, by time (for the calendar)."""
        with self._uow() as uow:
            rows = uow.session.execute(
                select(EventSession, SessionPerson.role, Event)
                .join(SessionPerson, SessionPerson.session_id == EventSession.id)
                .join(Event, Event.id == EventSession.event_id)
                .where(SessionPerson.person_id == person_id)
                .order_by(EventSession.starts_at, EventSession.id)
            ).all()
            return [
                SpeakerSession(
                    es.id,
                    e.id,
                    e.title,
                    location_of(e),
                    es.title,
                    es.kind,
                    role,
                    es.starts_at,
                    es.ends_at,
                    es.room,
                    es.uid,
                    es.ical_sequence,
                    e.status == "abgesagt",
                )
                for es, role, e in rows
            ]

    # -- workshops -------------------------------------------------------------------
    def assign_session(self, invitation_ids: Iterable[int], session_id: int) -> int:
        """Put people into a session; from a parallel session they move over. Over the
        session's places nothing is saved."""
        with self._uow() as uow:
            added = self._assign(
                uow.session, self._session(uow.session, session_id), invitation_ids
            )
            uow.commit()
            return added

    def set_attendees(self, session_id: int, invitation_ids: Iterable[int]) -> tuple[int, int]:
        """Make exactly these people the session's attendees, in one unit of work: the
        ones no longer chosen free their places first, so a full workshop can swap
        people; over the places (or with someone who cancelled) nothing changes at all.
        Returns (added, removed)."""
        wanted = list(dict.fromkeys(invitation_ids))
        with self._uow() as uow:
            s = uow.session
            es = self._session(s, session_id)
            there = set(
                s.scalars(
                    select(SessionAttendee.invitation_id).where(
                        SessionAttendee.session_id == session_id
                    )
                )
            )
            gone = sorted(there - set(wanted))
            if gone:
                s.execute(
                    delete(SessionAttendee).where(
                        SessionAttendee.session_id == session_id,
                        SessionAttendee.invitation_id.in_(gone),
                    )
                )
            added = self._assign(s, es, wanted)
            uow.commit()
            return added, len(gone)

    @staticmethod
    def _session(s, session_id: int) -> EventSession:
        es = s.get(EventSession, session_id)
        if es is None:
            raise NotFoundError(_("Der Programmpunkt wurde nicht gefunden (gelöscht?)."))
        return es

    @staticmethod
    def _assign(s, es: EventSession, invitation_ids: Iterable[int]) -> int:
        """Add the invitations to ``es`` within the caller's unit of work (see
        ``assign_session``); returns how many were new."""
        invitations = load_invitations(s, invitation_ids)
        for inv in invitations:
            if inv.event_id != es.event_id:
                raise ValidationError(
                    {"session_id": _("Programmpunkt: Er gehört zu einer anderen Veranstaltung.")}
                )
            if inv.status == "abgesagt":
                raise ValidationError(
                    {
                        "session_id": _("Programmpunkt: {person} hat abgesagt.").format(
                            person=person_name(inv.person)
                        )
                    }
                )
        ids = [i.id for i in invitations]
        there = set(
            s.scalars(
                select(SessionAttendee.invitation_id).where(SessionAttendee.session_id == es.id)
            )
        )
        new = [i for i in ids if i not in there]
        if es.capacity is not None and len(there) + len(new) > es.capacity:
            raise ValidationError(
                {
                    "session_id": _(
                        "Programmpunkt: „{title}“ hat nur "
                        "{capacity} Plätze; {there} sind "
                        "belegt, {new} sollten dazukommen."
                    ).format(
                        title=es.title,
                        capacity=fmt.integer(es.capacity),
                        there=fmt.integer(len(there)),
                        new=_people(len(new)),
                    )
                }
            )
        parallel = [
            o.id
            for o in s.scalars(
                select(EventSession).where(
                    EventSession.event_id == es.event_id, EventSession.id != es.id
                )
            )
            if overlaps(o.starts_at, o.ends_at, es.starts_at, es.ends_at)
        ]
        if parallel and new:
            s.execute(
                delete(SessionAttendee).where(
                    SessionAttendee.session_id.in_(parallel),
                    SessionAttendee.invitation_id.in_(new),
                )
            )
        for inv_id in new:
            s.add(SessionAttendee(session_id=es.id, invitation_id=inv_id))
        s.flush()
        return len(new)


def _people(n: int) -> str:
    return fmt.count(n, N_("Person"), N_("Personen"))
