"""Moving everything that points at one person to another, inside the unit of work of
a merge (``merge.MergeService.merge_people``).

Every foreign key to ``person.id`` is handled: affiliations (the same organisation
twice: one entry), invitations (the same event twice: the one with the further
status stays, with its history and the sessions chosen by either), programme
roles, contacts, consent declarations (moved whole: the history stays complete),
Verteiler memberships, Beirat seats, Verbund contact persons and tasks, and the
disclosures the person was part of. The audit log's old entries keep the other
person's id; the merge entry on the survivor names it.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from wba_desktop.db import audit
from wba_desktop.models import (
    Activity,
    Affiliation,
    ConsentEvent,
    Invitation,
    SessionAttendee,
    SessionPerson,
    VerbundBoardSeat,
    VerbundMember,
    VerbundTask,
    disclosure_person,
    distribution_member,
)
from wba_desktop.models.lotsen import OrganisationOffer
from wba_desktop.services.directory.merge_orgs import fill, join_affiliation, join_notes

#: how far an invitation got: the further one stays when a person was invited twice
STATUS_RANK = {
    "vorgemerkt": 0,
    "eingeladen": 1,
    "Warteliste": 2,
    "abgesagt": 3,
    "zugesagt": 4,
    "nicht erschienen": 5,
    "teilgenommen": 6,
}


def person_links(s: Session, person_id: int) -> dict[str, int]:
    """How many entries of each kind point at the person."""

    def n(column, *extra) -> int:
        stmt = select(func.count()).select_from(column.table).where(column == person_id, *extra)
        return s.scalar(stmt) or 0

    return {
        "affiliations": n(Affiliation.person_id),
        "invitations": n(Invitation.person_id),
        "sessions": n(SessionPerson.person_id),
        "activities": n(Activity.person_id),
        "consents": n(ConsentEvent.person_id),
        "verteiler": n(distribution_member.c.person_id),
        "board_seats": n(VerbundBoardSeat.person_id),
        "contact_for": n(VerbundMember.contact_person_id),
        "tasks": n(VerbundTask.responsible_id),
        "disclosures": n(disclosure_person.c.person_id),
    }


def _move_affiliations(s: Session, keep: int, gone: int, moved: Counter, joined: Counter):
    mine = s.scalars(select(Affiliation).where(Affiliation.person_id == keep)).all()
    had_primary = any(a.is_primary for a in mine)
    existing = {a.organisation_id: a for a in mine}
    for a in s.scalars(select(Affiliation).where(Affiliation.person_id == gone)).all():
        twin = existing.get(a.organisation_id)
        if twin is None:
            a.person_id = keep
            if had_primary:
                a.is_primary = False  # one primary organisation: the survivor's
            existing[a.organisation_id] = a
            moved["affiliations"] += 1
        else:
            primary = twin.is_primary
            join_affiliation(twin, a)
            twin.is_primary = primary or (a.is_primary and not had_primary)
            s.delete(a)
            joined["affiliations"] += 1


def _attendance(s: Session, invitation_id: int) -> set[int]:
    t = SessionAttendee.__table__
    return set(s.scalars(select(t.c.session_id).where(t.c.invitation_id == invitation_id)))


def _move_invitations(s: Session, keep: int, gone: int, moved: Counter, joined: Counter):
    mine = {
        i.event_id: i for i in s.scalars(select(Invitation).where(Invitation.person_id == keep))
    }
    theirs = s.scalars(select(Invitation).where(Invitation.person_id == gone)).all()
    moves = []
    t = SessionAttendee.__table__
    for inv in theirs:
        twin = mine.get(inv.event_id)
        if twin is None:
            moves.append(inv)
            continue
        rank = (STATUS_RANK.get(inv.status, 0), inv.status_changed_at)
        twin_rank = (STATUS_RANK.get(twin.status, 0), twin.status_changed_at)
        stays, goes = (inv, twin) if rank > twin_rank else (twin, inv)
        # the sessions either chose go with the invitation that stays
        for session_id in _attendance(s, goes.id) - _attendance(s, stays.id):
            s.execute(t.insert().values(session_id=session_id, invitation_id=stays.id))
        fill(stays, goes, "organisation_id", "source")
        join_notes(stays, goes)
        s.delete(goes)
        if stays is inv:
            moves.append(inv)
        joined["invitations"] += 1
    s.flush()  # the deleted twins first: (event, person) is unique
    for inv in moves:
        inv.person_id = keep
        moved["invitations"] += 1


def _move_link_rows(
    s: Session, table, key: str, keep: int, gone: int, moved: Counter, joined: Counter, kind: str
) -> None:
    """Rows of a link table keyed by (``key``, person_id): moved, or deleted where the
    survivor already has the same row."""
    person = table.c.person_id
    theirs = set(s.scalars(select(table.c[key]).where(person == gone)))
    mine = set(s.scalars(select(table.c[key]).where(person == keep)))
    both = theirs & mine
    if both:
        s.execute(delete(table).where(person == gone, table.c[key].in_(both)))
        joined[kind] += len(both)
    if theirs - both:
        s.execute(
            update(table)
            .where(person == gone, table.c[key].in_(theirs - both))
            .values(person_id=keep)
        )
        moved[kind] += len(theirs - both)


def _move_board_seats(s: Session, keep: int, gone: int, moved: Counter, joined: Counter):
    mine = {
        b.verbund_id: b
        for b in s.scalars(select(VerbundBoardSeat).where(VerbundBoardSeat.person_id == keep))
    }
    moves = []
    for seat in s.scalars(select(VerbundBoardSeat).where(VerbundBoardSeat.person_id == gone)).all():
        twin = mine.get(seat.verbund_id)
        if twin is None:
            moves.append(seat)
            continue
        fill(twin, seat, "since", "until")
        if twin.function in ("", "Mitglied") and seat.function:
            twin.function = seat.function
        s.delete(seat)
        joined["board_seats"] += 1
    s.flush()
    for seat in moves:
        seat.person_id = keep
        moved["board_seats"] += 1


def _move_consents(s: Session, keep: int, gone: int, moved: Counter) -> None:
    """Consent declarations are append-only for the ORM: moved with one statement and
    logged explicitly; none is changed or dropped, so the history stays complete."""
    t = ConsentEvent.__table__
    ids = list(s.scalars(select(t.c.id).where(t.c.person_id == gone)))
    if ids:
        s.execute(update(t).where(t.c.id.in_(ids)).values(person_id=keep))
        audit.bulk(s, "consent_event", audit.CHANGED, ids, {"person_id": [gone, keep]})
        moved["consents"] += len(ids)


def move_person_links(s: Session, keep: int, gone: int) -> tuple[Counter, Counter, Counter]:
    """Move every entry pointing at person ``gone`` to ``keep``; returns the counts
    (moved, joined, dropped) per kind of :data:`merge_fields.MOVE_NOUNS`."""
    moved: Counter = Counter()
    joined: Counter = Counter()
    _move_affiliations(s, keep, gone, moved, joined)
    _move_invitations(s, keep, gone, moved, joined)
    _move_board_seats(s, keep, gone, moved, joined)
    s.flush()
    speakers = SessionPerson.__table__
    _move_link_rows(s, speakers, "session_id", keep, gone, moved, joined, "sessions")
    _move_link_rows(s, distribution_member, "list_id", keep, gone, moved, joined, "verteiler")
    _move_link_rows(s, disclosure_person, "disclosure_id", keep, gone, moved, joined, "disclosures")
    for act in s.scalars(select(Activity).where(Activity.person_id == gone)).all():
        act.person_id = keep
        moved["activities"] += 1
    for m in s.scalars(select(VerbundMember).where(VerbundMember.contact_person_id == gone)).all():
        m.contact_person_id = keep
        moved["contact_for"] += 1
    for task in s.scalars(select(VerbundTask).where(VerbundTask.responsible_id == gone)).all():
        task.responsible_id = keep
        moved["tasks"] += 1
    offers = select(OrganisationOffer).where(OrganisationOffer.contact_person_id == gone)
    for offer in s.scalars(offers).all():
        offer.contact_person_id = keep
        moved["offer_contacts"] += 1
    _move_consents(s, keep, gone, moved)
    s.flush()
    return moved, joined, Counter()
