"""Changing the invitation list of an event: adding people (with a preview of who
would be added), replies, the waiting list, removing people and attendance.

Every status change is kept in the history (status, time, note). With a capacity,
a "zugesagt" beyond the free places becomes "Warteliste"; when someone who accepted
cancels (or is removed), the first on the waiting list, by the time they were put
on it, moves up and the history says "von der Warteliste nachgerückt". Times of
changes are stored as naive UTC, like all record stamps. The bookkeeping every
change writes (history, contact history) is in ``invitation_history``; lists,
history and the follow-up report are read through ``InvitationQueries``
(``services.invitation_queries``); workshop places are the programme's.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Activity, Event, Invitation, InvitationChange, Person
from wba_desktop.models.base import utcnow
from wba_desktop.services import validation as v
from wba_desktop.services.directory.people import PersonService, person_name
from wba_desktop.services.events.event_data import ACCEPTED, OCCUPYING
from wba_desktop.services.events.invitation_history import (
    delete_activities,
    insert_invitations,
    load_invitations,
    places_taken,
    record_changes,
    sync_attendance,
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
from wba_desktop.services.privacy.consent_filter import CONSENT_REASONS
from wba_desktop.services.verteiler.lists import VerteilerService
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


class InvitationService:
    """Who is on an event's list and with which status; reading is ``InvitationQueries``."""

    def __init__(
        self, uow_factory: UnitOfWorkFactory, people: PersonService, verteiler: VerteilerService
    ) -> None:
        self._uow = uow_factory
        self._people = people
        self._verteiler = verteiler

    # -- adding people ---------------------------------------------------------------
    def preview(
        self, event_id: int, sources: InvitationSources, today: date | None = None
    ) -> InvitationPreview:
        found = collect(sources, self._uow, self._people, self._verteiler, today or date.today())
        with self._uow() as uow:
            new, already, blocked, inactive, why = screen(uow.session, event_id, found)
        return InvitationPreview(tuple(new), already, len(blocked), blocked, inactive, why)

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
            raise ValidationError({"status": _("Status: „vorgemerkt“ oder „eingeladen“ wählen.")})
        today = today or date.today()
        found = collect(sources, self._uow, self._people, self._verteiler, today)
        with self._uow() as uow:
            s = uow.session
            new, already, blocked, inactive, why = screen(s, event_id, found)
            orgs = primary_organisations(s, [c.person_id for c in new], today)
            rows = [(c.person_id, orgs.get(c.person_id), c.source) for c in new]
            ids = insert_invitations(s, event_id, rows, status, now)
            uow.commit()
        log.info("event %s: %d people added to the list", event_id, len(ids))
        return AddResult(len(ids), already, len(blocked), blocked, inactive, tuple(ids), why)

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
            raise ValidationError({"status": _("Status: „vorgemerkt“ oder „eingeladen“ wählen.")})
        with self._uow() as uow:
            s = uow.session
            p = s.get(Person, person_id)
            if p is None:
                raise NotFoundError(_("Die Person wurde nicht gefunden (gelöscht?)."))
            if p.inquirer:  # held for the Lotsen desk's inquiry only
                raise ValidationError(
                    {"person_id": _("Person: Ratsuchende können nicht eingeladen werden.")}
                )
            new, already, blocked, inactive, why = screen(s, event_id, {person_id: ["einzeln"]})
            if already:
                raise ValidationError(
                    {"person_id": _("Person: {p} ist schon eingeladen.").format(p=person_name(p))}
                )
            if inactive:
                raise ValidationError(
                    {"person_id": _("Person: {p} ist inaktiv.").format(p=person_name(p))}
                )
            if blocked:
                reason = why[0][0] if why else ""
                raise ValidationError(
                    {
                        "person_id": _(
                            "Person: {p} kann nicht eingeladen werden "
                            "({reason} für „Veranstaltungseinladungen“)."
                        ).format(p=person_name(p), reason=reason)
                        if reason in CONSENT_REASONS
                        else _("Person: {p} kann nicht eingeladen werden ({reason}).").format(
                            p=person_name(p), reason=reason
                        )
                    }
                )
            org = primary_organisations(s, [person_id], today or date.today()).get(person_id)
            (new_id,) = insert_invitations(s, event_id, [(person_id, org, "einzeln")], status, now)
            uow.commit()
            return new_id

    # -- status ----------------------------------------------------------------------
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
            raise ValidationError(
                {
                    "status": _("Status: „{status}“ ist keine zulässige Auswahl.").format(
                        status=status
                    )
                }
            )
        note = v.clean_text(note)[:250]  # the history is written by a Core insert:
        c = v.Collector()  # the flush guard does not see it, so check here
        v.check_text(c, "note", _("Notiz"), note)
        c.raise_if_any()
        now = now or utcnow()
        changed = unchanged = 0
        waitlisted: list[int] = []  # person ids
        moved_up: list[str] = []
        with self._uow() as uow:
            s = uow.session
            invitations = load_invitations(s, invitation_ids)
            for event_id in dict.fromkeys(i.event_id for i in invitations):
                e = s.get(Event, event_id)
                occupied = places_taken(s, event_id)
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
                sync_attendance(s, record_changes(s, changes, now), None)
                if freed:
                    moved_up += self._move_up(s, e, now)
            names = person_names(s, waitlisted)
            uow.commit()
        return StatusResult(changed, unchanged, tuple(names), tuple(moved_up))

    def _move_up(self, s, e: Event, now: datetime) -> list[str]:
        """Fill free places from the waiting list, first come first served."""
        if not e.capacity:
            return []
        s.flush()
        free = e.capacity - places_taken(s, e.id)
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
        sync_attendance(s, record_changes(s, changes, now), None)
        return person_names(s, [inv.person_id for inv in waiting])

    def remove(self, invitation_ids: Iterable[int], *, now: datetime | None = None) -> StatusResult:
        """Take people off the list (with their history and attendance records)."""
        now = now or utcnow()
        moved_up: list[str] = []
        with self._uow() as uow:
            s = uow.session
            invitations = load_invitations(s, invitation_ids)
            freed_events = {i.event_id for i in invitations if i.status in OCCUPYING}
            people: dict[int, list[int]] = defaultdict(list)  # event id -> person ids
            for inv in invitations:
                people[inv.event_id].append(inv.person_id)
            for event_id, person_ids in people.items():
                for part in chunks(person_ids):
                    delete_activities(
                        s,
                        Activity.event_id == event_id,
                        Activity.person_id.in_(part),
                        Activity.kind == ATTENDANCE,
                    )
            for inv in invitations:
                s.delete(inv)
            s.flush()
            for event_id in sorted(freed_events):
                moved_up += self._move_up(s, s.get(Event, event_id), now)
            uow.commit()
        return StatusResult(len(invitations), 0, (), tuple(moved_up))

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
                raise NotFoundError(_("Die Veranstaltung wurde nicht gefunden (gelöscht?)."))
            rows = s.scalars(select(Invitation).where(Invitation.event_id == event_id)).all()
            unknown = present - {i.id for i in rows}
            if unknown:
                raise NotFoundError(_("Ein Eintrag der Einladungsliste wurde nicht gefunden."))
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
            record_changes(s, changes, now)
            sync_attendance(s, marked, on)
            uow.commit()
        return AttendanceResult(attended, no_show)
