"""Moving everything that points at one organisation to another, inside the unit of
work of a merge (``merge.MergeService.merge_organisations``).

Every foreign key to ``organisation.id`` is handled: affiliations, relations (both
directions), Verbund memberships and coordinations, event organisers, invitations
(whom a person represented), contacts (activities). Where the survivor already has
the same link (the same person, the same Verbund, the same relation), the two are
joined into the survivor's entry (blanks filled from the other) and the other's is
deleted; a relation between the two records themselves would become one of the
survivor to itself and is dropped. Rows go through the ORM so that the audit log
records each change; the event organisers (a link table) are logged per event.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from wba_desktop.db import audit
from wba_desktop.models import (
    Activity,
    Affiliation,
    Invitation,
    Relation,
    Verbund,
    VerbundMember,
    event_organiser,
)
from wba_desktop.models.lotsen import OrganisationOffer


def organisation_links(s: Session, org_id: int) -> dict[str, int]:
    """How many entries of each kind point at the organisation."""

    def n(stmt) -> int:
        return s.scalar(select(func.count()).select_from(stmt.subquery())) or 0

    return {
        "affiliations": n(select(Affiliation.id).where(Affiliation.organisation_id == org_id)),
        "relations": n(
            select(Relation.id).where(
                or_(Relation.source_id == org_id, Relation.target_id == org_id)
            )
        ),
        "verbund_members": n(
            select(VerbundMember.id).where(VerbundMember.organisation_id == org_id)
        ),
        "coordinations": n(select(Verbund.id).where(Verbund.coordinator_id == org_id)),
        "organised_events": n(
            select(event_organiser.c.event_id).where(event_organiser.c.organisation_id == org_id)
        ),
        "invitations": n(select(Invitation.id).where(Invitation.organisation_id == org_id)),
        "activities": n(select(Activity.id).where(Activity.organisation_id == org_id)),
        "offers": n(
            select(OrganisationOffer.id).where(OrganisationOffer.organisation_id == org_id)
        ),
    }


def earliest(a: date | None, b: date | None) -> date | None:
    """The earlier of two start dates; an unknown start (None) stays unknown."""
    return None if a is None or b is None else min(a, b)


def latest_end(a: date | None, b: date | None) -> date | None:
    """The later of two end dates; an open end (None) stays open."""
    return None if a is None or b is None else max(a, b)


def fill(keep, gone, *names: str) -> None:
    """The survivor's entry takes the other's value where its own is blank."""
    for name in names:
        if getattr(keep, name) in (None, "") and getattr(gone, name) not in (None, ""):
            setattr(keep, name, getattr(gone, name))


def join_notes(keep, gone, name: str = "note") -> None:
    mine, theirs = getattr(keep, name) or "", getattr(gone, name) or ""
    if theirs and theirs != mine:
        setattr(keep, name, f"{mine}\n\n{theirs}" if mine else theirs)


def join_affiliation(keep: Affiliation, gone: Affiliation) -> None:
    """One person at one organisation twice: one entry, the primary flag kept."""
    keep.is_primary = keep.is_primary or gone.is_primary
    fill(keep, gone, "function", "department")
    keep.valid_from = earliest(keep.valid_from, gone.valid_from)
    keep.valid_until = latest_end(keep.valid_until, gone.valid_until)


def _move_affiliations(s: Session, keep: int, gone: int, moved: Counter, joined: Counter):
    existing = {
        a.person_id: a
        for a in s.scalars(select(Affiliation).where(Affiliation.organisation_id == keep))
    }
    for a in s.scalars(select(Affiliation).where(Affiliation.organisation_id == gone)).all():
        twin = existing.get(a.person_id)
        if twin is None:
            a.organisation_id = keep
            existing[a.person_id] = a
            moved["affiliations"] += 1
        else:
            join_affiliation(twin, a)
            s.delete(a)
            joined["affiliations"] += 1


def _move_relations(
    s: Session, keep: int, gone: int, moved: Counter, joined: Counter, dropped: Counter
) -> None:
    mine = s.scalars(
        select(Relation).where(or_(Relation.source_id == keep, Relation.target_id == keep))
    ).all()
    existing = {(r.source_id, r.target_id, r.type_id): r for r in mine}
    theirs = s.scalars(
        select(Relation).where(or_(Relation.source_id == gone, Relation.target_id == gone))
    ).all()
    moves = []
    for r in theirs:
        src = keep if r.source_id == gone else r.source_id
        tgt = keep if r.target_id == gone else r.target_id
        if src == tgt:  # a relation between the two: the survivor to itself
            s.delete(r)
            dropped["relations"] += 1
            continue
        if not r.type_directed and src > tgt:  # symmetric: smaller id first (see model)
            src, tgt = tgt, src
        twin = existing.get((src, tgt, r.type_id))
        if twin is not None:
            twin.strength = max(twin.strength, r.strength)
            twin.valid_from = earliest(twin.valid_from, r.valid_from)
            twin.valid_until = latest_end(twin.valid_until, r.valid_until)
            join_notes(twin, r)
            s.delete(r)
            joined["relations"] += 1
            continue
        existing[(src, tgt, r.type_id)] = r
        moves.append((r, src, tgt))
    s.flush()  # the deletes first: a moved row may take a deleted one's place
    for r, src, tgt in moves:
        r.source_id, r.target_id = src, tgt
        moved["relations"] += 1


def _move_verbund_members(s: Session, keep: int, gone: int, moved: Counter, joined: Counter):
    existing = {
        m.verbund_id: m
        for m in s.scalars(select(VerbundMember).where(VerbundMember.organisation_id == keep))
    }
    moves = []
    for m in s.scalars(select(VerbundMember).where(VerbundMember.organisation_id == gone)).all():
        twin = existing.get(m.verbund_id)
        if twin is None:
            moves.append(m)
            continue
        twin.joined_on = earliest(twin.joined_on, m.joined_on)
        twin.left_on = latest_end(twin.left_on, m.left_on)
        if twin.commitment in ("", "keine"):
            twin.commitment = m.commitment
        fill(twin, m, "role", "agreement_signed_on", "contact_person_id")
        join_notes(twin, m)
        s.delete(m)
        joined["verbund_members"] += 1
    s.flush()
    for m in moves:
        m.organisation_id = keep
        moved["verbund_members"] += 1
    for v in s.scalars(select(Verbund).where(Verbund.coordinator_id == gone)).all():
        v.coordinator_id = keep
        moved["coordinations"] += 1


def _move_organisers(s: Session, keep: int, gone: int, moved: Counter, joined: Counter):
    t = event_organiser
    events = s.scalars(select(t.c.event_id).where(t.c.organisation_id == gone)).all()
    for event_id in events:
        with audit.track_links(s, "event", event_id, {"organisers": t}):
            both = s.scalar(
                select(func.count()).where(t.c.event_id == event_id, t.c.organisation_id == keep)
            )
            if not both:
                s.execute(insert(t).values(event_id=event_id, organisation_id=keep))
                moved["organised_events"] += 1
            else:
                joined["organised_events"] += 1
            s.execute(delete(t).where(t.c.event_id == event_id, t.c.organisation_id == gone))


def move_organisation_links(s: Session, keep: int, gone: int) -> tuple[Counter, Counter, Counter]:
    """Move every entry pointing at organisation ``gone`` to ``keep``; returns the
    counts (moved, joined, dropped) per kind of :data:`merge_fields.MOVE_NOUNS`."""
    moved: Counter = Counter()
    joined: Counter = Counter()
    dropped: Counter = Counter()
    _move_affiliations(s, keep, gone, moved, joined)
    _move_relations(s, keep, gone, moved, joined, dropped)
    _move_verbund_members(s, keep, gone, moved, joined)
    _move_organisers(s, keep, gone, moved, joined)
    for inv in s.scalars(select(Invitation).where(Invitation.organisation_id == gone)).all():
        inv.organisation_id = keep
        moved["invitations"] += 1
    for act in s.scalars(select(Activity).where(Activity.organisation_id == gone)).all():
        act.organisation_id = keep
        moved["activities"] += 1
    _move_offers(s, keep, gone, moved, joined)
    s.flush()
    return moved, joined, dropped


def _move_offers(s: Session, keep: int, gone: int, moved: Counter, joined: Counter) -> None:
    """Offers („Leistungen“): a topic the survivor has too is joined into its offer
    (blanks filled); the other offers move."""

    def of(org_id: int) -> list[OrganisationOffer]:
        stmt = select(OrganisationOffer).where(OrganisationOffer.organisation_id == org_id)
        return list(s.scalars(stmt))

    mine = {o.topic_id: o for o in of(keep)}
    for o in of(gone):
        same = mine.get(o.topic_id)
        if same is None:
            o.organisation_id = keep
            moved["offers"] += 1
            continue
        fill(same, o, "target_groups", "contact_person_id")
        join_notes(same, o)
        if not same.regions and o.regions:
            same.regions = list(o.regions)
        s.delete(o)
        joined["offers"] += 1
