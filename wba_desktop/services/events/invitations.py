"""The invitation list of an event: who is invited, replies, waiting list, workshops
and attendance.

Every status change is kept in the history (status, time, note). With a capacity,
a "zugesagt" beyond the free places becomes "Warteliste"; when someone who accepted
cancels (or is removed), the first on the waiting list, by the time they were put
on it, moves up and the history says "von der Warteliste nachgerückt". Times of
changes are stored as naive UTC, like all record stamps. Lists, history and the
follow-up report are read through :class:`InvitationQueries`.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.models import (
    Activity,
    Event,
    EventSession,
    Invitation,
    InvitationChange,
    Person,
    SessionAttendee,
    event_verbund,
)
from wba_desktop.models.base import utcnow
from wba_desktop.services.directory.people import PersonService, person_name
from wba_desktop.services.events.invitation_queries import (
    ACCEPTED,
    OCCUPYING,
    InvitationQueries,
)
from wba_desktop.services.events.invitation_sources import (
    AddResult,
    InvitationPreview,
    InvitationSources,
    chunks,
    collect,
    person_names,
    primary_organisations,
    screen,
)
from wba_desktop.services.events.programme import overlaps
from wba_desktop.services.verteiler.lists import VerteilerService
from wba_desktop.text import format as fmt
from wba_desktop.vocab import ATTENDANCE, INVITATION_STATUSES

log = logging.getLogger(__name__)

#: statuses a person can be put on the list with
ADD_STATUSES = ("vorgemerkt", "eingeladen")
#: leaving an accepted status for one of these frees a place for the waiting list
FREEING = ("abgesagt", "eingeladen", "vorgemerkt")
WAITING = "Warteliste"
MOVED_UP = "von der Warteliste nachgerückt"
FULL = "ausgebucht: auf die Warteliste gesetzt"


@dataclass(frozen=True)
class StatusResult:
    """``waitlisted``: people put on the waiting list instead of "zugesagt";
    ``moved_up``: people who moved up from the waiting list."""

    changed: int
    unchanged: int
    waitlisted: tuple[str, ...] = ()
    moved_up: tuple[str, ...] = ()


@dataclass(frozen=True)
class AttendanceResult:
    attended: int
    no_show: int


class InvitationService(InvitationQueries):
    def __init__(
        self, uow_factory: UnitOfWorkFactory, people: PersonService, verteiler: VerteilerService
    ) -> None:
        super().__init__(uow_factory)
        self._people = people
        self._verteiler = verteiler

    # -- adding people ---------------------------------------------------------------
    def preview(
        self, event_id: int, sources: InvitationSources, today: date | None = None
    ) -> InvitationPreview:
        found = collect(sources, self._uow, self._people, self._verteiler, today or date.today())
        with self._uow() as uow:
            new, already, blocked, inactive = screen(uow.session, event_id, found)
        return InvitationPreview(tuple(new), already, len(blocked), blocked, inactive)

    def add(
        self,
        event_id: int,
        sources: InvitationSources,
        status: str = "vorgemerkt",
        *,
        today: date | None = None,
        now: datetime | None = None,
    ) -> AddResult:
        """Put the people of ``sources`` on the list (each once; see the module doc)."""
        if status not in ADD_STATUSES:
            raise ValidationError({"status": "Status: „vorgemerkt“ oder „eingeladen“ wählen."})
        today = today or date.today()
        found = collect(sources, self._uow, self._people, self._verteiler, today)
        with self._uow() as uow:
            s = uow.session
            new, already, blocked, inactive = screen(s, event_id, found)
            orgs = primary_organisations(s, [c.person_id for c in new], today)
            rows = [(c.person_id, orgs.get(c.person_id), c.source) for c in new]
            ids = self._insert(s, event_id, rows, status, now)
            uow.commit()
        log.info("event %s: %d people added to the list", event_id, len(ids))
        return AddResult(len(ids), already, len(blocked), blocked, inactive, tuple(ids))

    def add_person(
        self,
        event_id: int,
        person_id: int,
        status: str = "vorgemerkt",
        *,
        today: date | None = None,
        now: datetime | None = None,
    ) -> int:
        """Put one person on the list; says why not if they cannot be added."""
        if status not in ADD_STATUSES:
            raise ValidationError({"status": "Status: „vorgemerkt“ oder „eingeladen“ wählen."})
        with self._uow() as uow:
            s = uow.session
            p = s.get(Person, person_id)
            if p is None:
                raise NotFoundError("Die Person wurde nicht gefunden (gelöscht?).")
            new, already, blocked, inactive = screen(s, event_id, {person_id: ["einzeln"]})
            if already:
                raise ValidationError(
                    {"person_id": f"Person: {person_name(p)} ist schon eingeladen."}
                )
            if inactive:
                raise ValidationError({"person_id": f"Person: {person_name(p)} ist inaktiv."})
            if blocked:
                raise ValidationError(
                    {
                        "person_id": f"Person: Für {person_name(p)} liegt keine Einwilligung in "
                        "Veranstaltungseinladungen vor (oder sie wurde widerrufen)."
                    }
                )
            org = primary_organisations(s, [person_id], today or date.today()).get(person_id)
            (new_id,) = self._insert(s, event_id, [(person_id, org, "einzeln")], status, now)
            uow.commit()
            return new_id

    @staticmethod
    def _insert(
        s,
        event_id: int,
        rows: Sequence[tuple[int, int | None, str]],
        status: str,
        now: datetime | None,
    ) -> list[int]:
        """Write one invitation and its first history entry per (person, organisation,
        source), in bulk; returns the new invitation ids in the order of ``rows``."""
        if not rows:
            return []
        now = now or utcnow()
        s.flush()  # pending changes first, then the rows in two multi-row statements
        s.execute(
            insert(Invitation.__table__),
            [
                {
                    "event_id": event_id,
                    "person_id": pid,
                    "organisation_id": oid,
                    "status": status,
                    "status_changed_at": now,
                    "source": source[:300],
                    "note": "",
                }
                for pid, oid, source in rows
            ],
        )
        # the new ids, read back (RETURNING in the order given is per row on SQLite);
        # (event, person) is unique, so the person finds the invitation
        new_id = dict(
            s.execute(
                select(Invitation.person_id, Invitation.id).where(Invitation.event_id == event_id)
            ).all()
        )
        ids = [new_id[pid] for pid, _, _ in rows]
        s.execute(
            insert(InvitationChange.__table__),
            [{"invitation_id": i, "status": status, "changed_at": now, "note": ""} for i in ids],
        )
        return ids

    # -- status ----------------------------------------------------------------------
    def _load(self, s, invitation_ids: Iterable[int]) -> list[Invitation]:
        ids = list(dict.fromkeys(invitation_ids))
        found: dict[int, Invitation] = {}
        for part in chunks(ids):
            found.update(
                (i.id, i) for i in s.scalars(select(Invitation).where(Invitation.id.in_(part)))
            )
        if len(found) != len(ids):
            raise NotFoundError("Ein Eintrag der Einladungsliste wurde inzwischen gelöscht.")
        return [found[i] for i in ids]

    @staticmethod
    def _change(
        s, changes: Sequence[tuple[Invitation, str, str]], now: datetime
    ) -> list[Invitation]:
        """Set each (invitation, status, note) and write its history; people who
        cancelled lose their workshop places. Returns the invitations whose attendance
        ("teilgenommen" or not) changed, for :meth:`_sync_activities`."""
        history: list[dict] = []
        cancelled: list[int] = []
        attendance: list[Invitation] = []
        for inv, status, note in changes:
            was_present = inv.status == "teilgenommen"
            inv.status, inv.status_changed_at = status, now
            history.append(
                {"invitation_id": inv.id, "status": status, "changed_at": now, "note": note}
            )
            if status == "abgesagt":  # a cancelled person frees their workshop place too
                cancelled.append(inv.id)
            if was_present != (status == "teilgenommen"):
                attendance.append(inv)
        if history:  # one multi-row INSERT (ORM objects would be written one by one)
            s.execute(insert(InvitationChange.__table__), history)
        for part in chunks(cancelled):
            s.execute(delete(SessionAttendee).where(SessionAttendee.invitation_id.in_(part)))
        return attendance

    def set_status(
        self,
        invitation_ids: Iterable[int],
        status: str,
        note: str = "",
        *,
        now: datetime | None = None,
    ) -> StatusResult:
        """Change the status of one or many invitations (capacity and waiting list apply)."""
        if status not in INVITATION_STATUSES:
            raise ValidationError({"status": f"Status: „{status}“ ist keine zulässige Auswahl."})
        note = (note or "").strip()[:250]
        now = now or utcnow()
        changed = unchanged = 0
        waitlisted: list[int] = []  # person ids
        moved_up: list[str] = []
        with self._uow() as uow:
            s = uow.session
            invitations = self._load(s, invitation_ids)
            for event_id in dict.fromkeys(i.event_id for i in invitations):
                e = s.get(Event, event_id)
                occupied = self._occupied(s, event_id)
                freed = False
                changes: list[tuple[Invitation, str, str]] = []
                for inv in (i for i in invitations if i.event_id == event_id):
                    target, text = status, note
                    was_occupying = inv.status in OCCUPYING
                    full = bool(e.capacity) and occupied >= e.capacity
                    if target == "zugesagt" and not was_occupying and full:
                        target, text = WAITING, "; ".join(t for t in (FULL, note) if t)
                        waitlisted.append(inv.person_id)
                    if inv.status == target:
                        unchanged += 1
                        continue
                    changes.append((inv, target, text))
                    changed += 1
                    occupied += (target in OCCUPYING) - was_occupying
                    freed = freed or (was_occupying and target in FREEING)
                self._sync_activities(s, self._change(s, changes, now), None)
                if freed:
                    moved_up += self._move_up(s, e, now)
            names = person_names(s, waitlisted)
            uow.commit()
        return StatusResult(changed, unchanged, tuple(names), tuple(moved_up))

    @staticmethod
    def _occupied(s, event_id: int) -> int:
        return s.scalar(
            select(func.count())
            .select_from(Invitation)
            .where(Invitation.event_id == event_id, Invitation.status.in_(OCCUPYING))
        )

    def _move_up(self, s, e: Event, now: datetime) -> list[str]:
        """Fill free places from the waiting list, first come first served."""
        if not e.capacity:
            return []
        s.flush()
        free = e.capacity - self._occupied(s, e.id)
        if free <= 0:
            return []
        last_change = (
            select(InvitationChange.invitation_id, func.max(InvitationChange.id).label("last"))
            .where(InvitationChange.status == WAITING)
            .group_by(InvitationChange.invitation_id)
            .subquery()
        )
        waiting = s.scalars(
            select(Invitation)
            .outerjoin(last_change, last_change.c.invitation_id == Invitation.id)
            .where(Invitation.event_id == e.id, Invitation.status == WAITING)
            .order_by(Invitation.status_changed_at, last_change.c.last, Invitation.id)
            .limit(free)
        ).all()
        changes = [(inv, "zugesagt", MOVED_UP) for inv in waiting]
        self._sync_activities(s, self._change(s, changes, now), None)
        return person_names(s, [inv.person_id for inv in waiting])

    def remove(self, invitation_ids: Iterable[int], *, now: datetime | None = None) -> StatusResult:
        """Take people off the list (with their history and attendance records)."""
        now = now or utcnow()
        moved_up: list[str] = []
        with self._uow() as uow:
            s = uow.session
            invitations = self._load(s, invitation_ids)
            freed_events = {i.event_id for i in invitations if i.status in OCCUPYING}
            people: dict[int, list[int]] = defaultdict(list)  # event id -> person ids
            for inv in invitations:
                people[inv.event_id].append(inv.person_id)
            for event_id, person_ids in people.items():
                for part in chunks(person_ids):
                    s.execute(
                        delete(Activity).where(
                            Activity.event_id == event_id,
                            Activity.person_id.in_(part),
                            Activity.kind == ATTENDANCE,
                        )
                    )
            for inv in invitations:
                s.delete(inv)
            s.flush()
            for event_id in sorted(freed_events):
                moved_up += self._move_up(s, s.get(Event, event_id), now)
            uow.commit()
        return StatusResult(len(invitations), 0, (), tuple(moved_up))

    # -- workshops -------------------------------------------------------------------
    def assign_session(self, invitation_ids: Iterable[int], session_id: int) -> int:
        """Put people into a session; from a parallel session they move over. Over the
        session's places nothing is saved."""
        with self._uow() as uow:
            s = uow.session
            es = s.get(EventSession, session_id)
            if es is None:
                raise NotFoundError("Der Programmpunkt wurde nicht gefunden (gelöscht?).")
            invitations = self._load(s, invitation_ids)
            for inv in invitations:
                if inv.event_id != es.event_id:
                    raise ValidationError(
                        {"session_id": "Programmpunkt: Er gehört zu einer anderen Veranstaltung."}
                    )
                if inv.status == "abgesagt":
                    raise ValidationError(
                        {"session_id": f"Programmpunkt: {person_name(inv.person)} hat abgesagt."}
                    )
            ids = [i.id for i in invitations]
            there = set(
                s.scalars(
                    select(SessionAttendee.invitation_id).where(
                        SessionAttendee.session_id == session_id
                    )
                )
            )
            new = [i for i in ids if i not in there]
            if es.capacity is not None and len(there) + len(new) > es.capacity:
                raise ValidationError(
                    {
                        "session_id": f"Programmpunkt: „{es.title}“ hat nur "
                        f"{fmt.integer(es.capacity)} Plätze; {fmt.integer(len(there))} sind "
                        f"belegt, {_people(len(new))} sollten dazukommen."
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
                s.add(SessionAttendee(session_id=session_id, invitation_id=inv_id))
            uow.commit()
            return len(new)

    def unassign(self, invitation_ids: Iterable[int], session_id: int) -> int:
        with self._uow() as uow:
            result = uow.session.execute(
                delete(SessionAttendee).where(
                    SessionAttendee.session_id == session_id,
                    SessionAttendee.invitation_id.in_(list(invitation_ids)),
                )
            )
            uow.commit()
            return result.rowcount or 0

    # -- attendance ------------------------------------------------------------------
    def mark_attendance(
        self,
        event_id: int,
        attended_invitation_ids: Iterable[int],
        on: date | None = None,
        *,
        now: datetime | None = None,
    ) -> AttendanceResult:
        """Those in the set took part (also walk-ins not yet accepted); the others who
        had accepted did not come. Each participant gets one entry "Veranstaltung" in
        the contact history (dated ``on`` or the event day); taking attendance back
        removes it."""
        now = now or utcnow()
        present = set(attended_invitation_ids)
        with self._uow() as uow:
            s = uow.session
            e = s.get(Event, event_id)
            if e is None:
                raise NotFoundError("Die Veranstaltung wurde nicht gefunden (gelöscht?).")
            rows = s.scalars(select(Invitation).where(Invitation.event_id == event_id)).all()
            unknown = present - {i.id for i in rows}
            if unknown:
                raise NotFoundError("Ein Eintrag der Einladungsliste wurde nicht gefunden.")
            attended = no_show = 0
            changes: list[tuple[Invitation, str, str]] = []
            marked: list[Invitation] = []
            for inv in rows:
                if inv.id in present:
                    target = "teilgenommen"
                elif inv.status in ACCEPTED:
                    target = "nicht erschienen"
                else:
                    continue
                if inv.status != target:
                    changes.append((inv, target, "Anwesenheit erfasst"))
                marked.append(inv)
                attended += target == "teilgenommen"
                no_show += target == "nicht erschienen"
            self._change(s, changes, now)
            self._sync_activities(s, marked, on)
            uow.commit()
        return AttendanceResult(attended, no_show)

    @staticmethod
    def _sync_activities(s, invitations: Sequence[Invitation], on: date | None) -> None:
        """One contact-history entry per participant and event, none for others (dated
        ``on`` or the event day)."""
        by_event: dict[int, list[Invitation]] = defaultdict(list)
        for inv in invitations:
            by_event[inv.event_id].append(inv)
        for event_id, group in by_event.items():
            mine = (Activity.event_id == event_id, Activity.kind == ATTENDANCE)
            gone = [i.person_id for i in group if i.status != "teilgenommen"]
            for part in chunks(gone):
                s.execute(delete(Activity).where(*mine, Activity.person_id.in_(part)))
            present = [i for i in group if i.status == "teilgenommen"]
            if not present:
                continue
            existing: dict[int, list[Activity]] = defaultdict(list)
            for part in chunks([i.person_id for i in present]):
                for a in s.scalars(
                    select(Activity)
                    .where(*mine, Activity.person_id.in_(part))
                    .order_by(Activity.id)
                ):
                    existing[a.person_id].append(a)
            e = s.get(Event, event_id)
            day = on or e.starts_at.date()
            verbund_id = None
            if any(i.person_id not in existing for i in present):
                verbund_id = s.scalar(
                    select(func.min(event_verbund.c.verbund_id)).where(
                        event_verbund.c.event_id == event_id
                    )
                )
            for inv in present:
                found = existing.get(inv.person_id)
                if found:
                    found[0].happened_on = day
                    for extra in found[1:]:
                        s.delete(extra)
                    continue
                s.add(
                    Activity(
                        happened_on=day,
                        kind=ATTENDANCE,
                        subject=e.title[:200],
                        person_id=inv.person_id,
                        organisation_id=inv.organisation_id,
                        verbund_id=verbund_id,
                        event_id=event_id,
                    )
                )


def _people(n: int) -> str:
    return fmt.count(n, "Person", "Personen")
