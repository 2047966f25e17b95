"""What every change of an invitation list writes besides the invitation itself: its
status history (one entry per change), the workshop places of people who cancel, and
the contact history (one entry "Veranstaltung" per participant and event).

Plain functions on an open session, shared by the use cases of ``invitations`` (add,
status, waiting list, attendance) and ``programme`` (workshop places). Times are
naive UTC, like all record stamps.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select

from wba_desktop.db import audit
from wba_desktop.errors import NotFoundError
from wba_desktop.i18n import _
from wba_desktop.models import (
    Activity,
    Event,
    Invitation,
    InvitationChange,
    SessionAttendee,
    event_verbund,
)
from wba_desktop.models.base import utcnow
from wba_desktop.services.events.event_data import OCCUPYING
from wba_desktop.services.events.invitation_sources import chunks
from wba_desktop.vocab import ATTENDANCE


def insert_invitations(
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
    audit.bulk(s, "invitation", audit.CREATED, ids)
    s.execute(
        insert(InvitationChange.__table__),
        [{"invitation_id": i, "status": status, "changed_at": now, "note": ""} for i in ids],
    )
    return ids


def load_invitations(s, invitation_ids: Iterable[int]) -> list[Invitation]:
    ids = list(dict.fromkeys(invitation_ids))
    found: dict[int, Invitation] = {}
    for part in chunks(ids):
        found.update(
            (i.id, i) for i in s.scalars(select(Invitation).where(Invitation.id.in_(part)))
        )
    if len(found) != len(ids):
        raise NotFoundError(_("Ein Eintrag der Einladungsliste wurde inzwischen gelöscht."))
    return [found[i] for i in ids]


def places_taken(s, event_id: int) -> int:
    """How many on the list hold a place ("zugesagt", "teilgenommen")."""
    return s.scalar(
        select(func.count())
        .select_from(Invitation)
        .where(Invitation.event_id == event_id, Invitation.status.in_(OCCUPYING))
    )


def record_changes(
    s, changes: Sequence[tuple[Invitation, str, str]], now: datetime
) -> list[Invitation]:
    """Set each (invitation, status, note) and write its history; people who
    cancelled lose their workshop places. Returns the invitations whose attendance
    ("teilgenommen" or not) changed, for :func:`sync_attendance`."""
    history: list[dict] = []
    cancelled: list[int] = []
    attendance: list[Invitation] = []
    for inv, status, note in changes:
        was_present = inv.status == "teilgenommen"
        inv.status, inv.status_changed_at = status, now
        history.append({"invitation_id": inv.id, "status": status, "changed_at": now, "note": note})
        if status == "abgesagt":  # a cancelled person frees their workshop place too
            cancelled.append(inv.id)
        if was_present != (status == "teilgenommen"):
            attendance.append(inv)
    if history:  # one multi-row INSERT (ORM objects would be written one by one)
        s.execute(insert(InvitationChange.__table__), history)
    for part in chunks(cancelled):
        s.execute(delete(SessionAttendee).where(SessionAttendee.invitation_id.in_(part)))
    return attendance


def delete_activities(s, *where) -> None:
    """Delete the contact-history entries ``where`` selects, logged in the audit log."""
    ids = s.scalars(select(Activity.id).where(*where)).all()
    if ids:
        audit.bulk(s, "activity", audit.DELETED, ids)
        s.execute(delete(Activity).where(*where))


def sync_attendance(s, invitations: Sequence[Invitation], on: date | None) -> None:
    """One contact-history entry per participant and event, none for others (dated
    ``on`` or the event day)."""
    by_event: dict[int, list[Invitation]] = defaultdict(list)
    for inv in invitations:
        by_event[inv.event_id].append(inv)
    for event_id, group in by_event.items():
        mine = (Activity.event_id == event_id, Activity.kind == ATTENDANCE)
        gone = [i.person_id for i in group if i.status != "teilgenommen"]
        for part in chunks(gone):
            delete_activities(s, *mine, Activity.person_id.in_(part))
        present = [i for i in group if i.status == "teilgenommen"]
        if not present:
            continue
        existing: dict[int, list[Activity]] = defaultdict(list)
        for part in chunks([i.person_id for i in present]):
            for a in s.scalars(
                select(Activity).where(*mine, Activity.person_id.in_(part)).order_by(Activity.id)
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
