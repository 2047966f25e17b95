"""Demo events (``demo_events_catalogue``) on the generated directory and the demo
Verbünde, in the same transaction as ``demo.generate_demo``; dated relative to ``today``.

Each invitation list is played forward as the invitation service would record it: listed,
invited six weeks before, replies (beyond the capacity onto the waiting list), cancellations
that let the waiting list move up, attendance with an entry "Veranstaltung" in the contact
history, workshop places. Rows are written in bulk; all randomness comes from ``rng``.
The organisers, Verbünde and people the events draw on are looked up by ``event_cast``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from sqlalchemy import insert, select

from wba_desktop import models as m
from wba_desktop.demo import events_catalogue as ec
from wba_desktop.demo.event_cast import EventCast, Linked
from wba_desktop.services.events.checklist import template_for
from wba_desktop.services.events.invitations import FULL, MOVED_UP, WAITING
from wba_desktop.services.events.records import ACCEPTED
from wba_desktop.services.events.times import BERLIN
from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import ATTENDANCE

PRESENT = "Anwesenheit erfasst"


def add_demo_events(session, rng: random.Random, today: date) -> int:
    """Insert the demo events; returns how many were written. Events whose title exists
    already are skipped (demo written twice with --force)."""
    existing = {t.lower() for t in session.scalars(select(m.Event.title))}
    builder = _EventBuilder(session, rng, today)
    events, previous = [], today
    for spec in ec.EVENTS:
        day = previous = builder.day(spec, previous)
        title = spec.title.format(year=day.year)
        if title.lower() not in existing:
            events.append((spec, builder.event_row(spec, title, day)))
    if events:  # all events in one statement, then their ids by the (new, unique) titles
        session.execute(insert(m.Event.__table__), [row for _, row in events])
        titles = [row["title"] for _, row in events]
        query = select(m.Event.title, m.Event.id).where(m.Event.title.in_(titles))
        ids = dict(session.execute(query).all())
        for spec, row in events:
            builder.build(spec, row | {"id": ids[row["title"]]})
        builder.write()
    return len(events)


def _workday(day: date) -> date:
    """Saturday and Sunday move back to Friday."""
    return day - timedelta(days=max(0, day.weekday() - 4))


def _clock(day: date, hhmm: str) -> datetime:
    return datetime.combine(day, time(int(hhmm[:2]), int(hhmm[3:])))


@lru_cache(maxsize=1024)
def _offset(day: date) -> timedelta:
    return BERLIN.utcoffset(datetime.combine(day, time(12)))


def _utc(local: datetime) -> datetime:
    """Berlin wall-clock time (in the daytime) as naive UTC, as record stamps are stored."""
    return local - _offset(local.date())


@dataclass(eq=False)
class _Guest:
    person_id: int
    organisation_id: int | None
    source: str
    changes: list[tuple[str, datetime, str]] = field(default_factory=list)  # local times
    note: str = ""

    @property
    def status(self) -> str:
        return self.changes[-1][0]


class _EventBuilder:
    def __init__(self, session, rng: random.Random, today: date) -> None:
        self.s, self.rng, self.today = session, rng, today
        self.latest = datetime.combine(today - timedelta(days=1), time(18))  # no future stamps
        self.cast = EventCast(session, rng, today)
        self.verbuende, self.regions = self.cast.verbuende, self.cast.regions
        self.links: dict = {"organiser": [], "verbund": [], "speaker": [], "checklist": []}
        # (event id, guest), (workshop session id, guest), (event, Verbund id, participant)
        self.guests, self.places, self.attended = [], [], []

    # -- when ----------------------------------------------------------------------------
    def day(self, spec: ec.Spec, previous: date) -> date:
        if spec.day == "congress":  # the last 3 June: the follow-up can be shown
            day = date(self.today.year, 6, 3)
            return day if day < self.today else date(self.today.year - 1, 6, 3)
        if spec.day == "same":
            return previous
        if isinstance(spec.day, str):  # "phase:<phase>" of the linked Verbund
            vb = self.verbuende.get(spec.verbund)
            since = vb.phases.get(spec.day.split(":", 1)[1]) if vb else None
            return since or _workday(self.today - timedelta(days=400))
        jitter = self.rng.randint(-5, 5) if abs(spec.day) >= 30 else 0
        return _workday(self.today + timedelta(days=spec.day + jitter))

    def _moment(self, lo: datetime, hi: datetime) -> datetime:
        """A time between ``lo`` and ``hi``, in office hours where possible."""
        day = lo.date() + timedelta(days=self.rng.randint(0, max(0, (hi.date() - lo.date()).days)))
        t = datetime.combine(day, time(self.rng.randint(8, 17), self.rng.randint(0, 59)))
        return min(max(t, lo + timedelta(minutes=1)), hi)

    # -- one event -----------------------------------------------------------------------
    def event_row(self, spec: ec.Spec, title: str, day: date) -> dict:
        vb, rng, place = self.verbuende.get(spec.verbund), self.rng, spec.place
        start, end = _clock(day, spec.hours[0]), _clock(day, spec.hours[1])
        # planning began before the list was drawn up; the last change after the day
        created = start - timedelta(days=ec.INVITE_DAYS + 21 + rng.randint(2, 9))
        row = {
            "title": title, "type": spec.type, "status": spec.status, "starts_at": start,
            "ends_at": end, "venue": place.venue.format(org="").strip(" ,"),
            "street": place.street, "postcode": place.postcode, "city": place.city,
            "online_url": spec.online_url, "region_id": self.regions.get(place.ags),
            "capacity": spec.capacity, "description": spec.description,
            "sort_key": sort_key(title), "version": 1,
            "created_at": _utc(min(created, self.latest - timedelta(days=2))),
            "updated_at": _utc(min(end + timedelta(days=rng.randint(1, 10)), self.latest)),
        }  # fmt: skip
        org_id = self.cast.org(place.org, vb) if place.org else None
        if org_id in self.cast.orgs:
            name, row["street"], row["postcode"], row["city"], region_id = self.cast.orgs[org_id]
            row["venue"] = place.venue.format(org=name)
            row["region_id"] = row["region_id"] or region_id
        return row

    def build(self, spec: ec.Spec, e: dict) -> None:
        vb, eid = self.verbuende.get(spec.verbund), e["id"]
        start, end = e["starts_at"], e["ends_at"]
        organisers = dict.fromkeys(o for t in spec.organisers if (o := self.cast.org(t, vb)))
        self.links["organiser"] += [{"event_id": eid, "organisation_id": o} for o in organisers]
        if vb is not None:
            self.links["verbund"].append({"event_id": eid, "verbund_id": vb.id})
        used: set[int] = set()
        workshops = self._programme(e, spec.programme, vb, used)
        guests = self._guests(spec, vb, start.date(), used)
        invited = self._replies(spec, guests, start, end)
        self._checklist(e, spec, invited)
        self.guests += [(eid, g) for g in guests]
        self._assign(workshops, [g for g in guests if g.status in ACCEPTED])
        if spec.status == ec.HELD:
            vid = vb.id if vb else None
            self.attended += [(e, vid, g) for g in guests if g.status == "teilgenommen"]

    def _programme(self, e: dict, talks, vb: Linked | None, used: set[int]):
        """Sessions with speakers; returns the workshops as (session id, places)."""
        if not talks:
            return []
        day, table = e["starts_at"].date(), m.EventSession.__table__
        rows = [
            {"event_id": e["id"], "title": t.title, "kind": t.kind, "room": t.room,
             "starts_at": _clock(day, t.start), "ends_at": _clock(day, t.end),
             "capacity": t.capacity, "description": t.description}
            for t in talks
        ]  # fmt: skip
        self.s.execute(insert(table), rows)
        query = select(table.c.title, table.c.id).where(table.c.event_id == e["id"])
        found = dict(self.s.execute(query).all())  # the titles are unique per event
        ids = [found[t.title] for t in talks]
        for sid, talk in zip(ids, talks, strict=True):
            for role in talk.people:
                coord = role.kinds == (ec.COORD,)
                drawn = [] if coord else self.cast.draw(role.kinds, (), 1, used)
                pid = self.cast.coordinator_contact(vb) if coord else next(iter(drawn), (None,))[0]
                if pid is not None and pid not in used:
                    used.add(pid)
                    self.links["speaker"].append({"session_id": sid, "person_id": pid,
                                                  "role": role.role})  # fmt: skip
        return [(sid, t.capacity) for sid, t in zip(ids, talks, strict=True)
                if t.kind == "Workshop" and t.capacity]  # fmt: skip

    def _guests(self, spec: ec.Spec, vb: Linked | None, day: date, used: set[int]):
        guests: list[_Guest] = []

        def add(pid: int | None, oid: int | None, source: str) -> None:
            if pid is not None and pid not in used:
                used.add(pid)
                guests.append(_Guest(pid, oid, source))

        g = spec.guests
        if vb is not None:
            for oid, role, _, contact, left in vb.members:
                if ("*" in g.member_roles or role in g.member_roles) and (not left or left > day):
                    add(contact, oid, f"Verbund {vb.short}")
            for pid, until, oid in vb.board if g.board else ():
                if until is None or until > day:
                    add(pid, oid, f"Beirat {vb.short}")
        for group in g.groups:
            for pid, oid in self.cast.draw(group.kinds, group.districts, group.count, used):
                add(pid, oid, group.source)
        return guests

    def _replies(self, spec: ec.Spec, guests: list[_Guest], start, end) -> datetime:
        """Play the list forward: listed, invited, replies, waiting list, cancellations,
        attendance. Returns when the invitations went out."""
        rng, r = self.rng, spec.replies
        invited_day = _workday(start.date() - timedelta(days=ec.INVITE_DAYS))
        invited = datetime.combine(invited_day, time(10, rng.randint(0, 59)))
        listed = datetime.combine(
            _workday(invited_day - timedelta(days=rng.randint(7, 14))), time(rng.randint(9, 14))
        )
        listed = min(listed, self.latest - timedelta(days=1))
        sittings = {src: n for n, src in enumerate(dict.fromkeys(g.source for g in guests))}
        for g in guests:  # one sitting per source, a few minutes apart
            g.changes.append(("vorgemerkt", listed + timedelta(minutes=6 * sittings[g.source]), ""))
        if spec.status == ec.PLANNED:
            return invited
        for g in guests:
            g.changes.append(("eingeladen", invited, ""))
        order = guests[:]
        rng.shuffle(order)
        n_acc, n_dec = round(r.accept * len(order)), round(r.decline * len(order))
        lo = invited + timedelta(days=1)
        hi = min(start - timedelta(days=12 if r.cancel else 3), self.latest)
        replies = sorted(((self._moment(lo, hi), g) for g in order[:n_acc]), key=lambda x: x[0])
        waiting: list[_Guest] = []
        for i, (t, g) in enumerate(replies):  # beyond the capacity onto the waiting list
            if spec.capacity and i >= spec.capacity:
                g.changes.append((WAITING, t, FULL))
                waiting.append(g)
            else:
                g.changes.append(("zugesagt", t, ""))
                g.note = rng.choice(ec.INVITATION_NOTES) if rng.random() < 0.05 else ""
        for g in order[n_acc : n_acc + n_dec]:
            note = rng.choice(ec.DECLINE_NOTES) if rng.random() < 0.4 else ""
            g.changes.append(("abgesagt", self._moment(lo, hi), note))
        yes = [g for _, g in replies if g.status == "zugesagt"]
        last, until = (replies[-1][0] if replies else lo), min(start - timedelta(1), self.latest)
        cancels = [(self._moment(last, until), g) for g in rng.sample(yes, min(r.cancel, len(yes)))]
        for t, g in sorted(cancels, key=lambda x: x[0]):  # the waiting list moves up
            g.changes.append(("abgesagt", t, rng.choice(ec.CANCEL_NOTES)))
            if waiting:
                waiting.pop(0).changes.append(("zugesagt", t, MOVED_UP))
        if spec.status == ec.HELD:
            coming = [g for g in guests if g.status == "zugesagt"]
            absent = set(map(id, rng.sample(coming, round(r.no_show * len(coming)))))
            taken = end + timedelta(minutes=rng.randint(5, 40))
            for g in coming:
                status = "nicht erschienen" if id(g) in absent else "teilgenommen"
                g.changes.append((status, taken, PRESENT))
        return invited

    def _checklist(self, e: dict, spec: ec.Spec, invited: datetime) -> None:
        """The template of the type (as ``event_checklist.add_template_items`` adds it, but
        in bulk): done when due for held events, some left open (overdue) for planned ones."""
        stop = self.today  # a cancelled event's to-dos stopped some days ago
        if spec.status == ec.CANCELLED:
            stop -= timedelta(days=self.rng.randint(3, 6))
        for n, (title, offset) in enumerate(template_for(spec.type, bool(spec.online_url))):
            due, on = e["starts_at"].date() + timedelta(days=offset), None
            todo = title not in spec.open_items and (spec.status == ec.HELD or due < self.today)
            if due <= stop and todo:
                if title == "Einladung versenden" and spec.status != ec.PLANNED:
                    on = invited.date()
                else:
                    on = min(stop, due - timedelta(days=self.rng.randint(0, 4)))
            self.links["checklist"].append(
                {"event_id": e["id"], "title": title, "due_on": due, "offset_days": offset,
                 "done": on is not None, "done_on": on, "position": n}
            )  # fmt: skip

    def _assign(self, workshops: list[tuple[int, int]], guests: list[_Guest]) -> None:
        """Each participant into one of the parallel workshops, within the places."""
        free = dict(workshops)
        for g in guests:
            open_ = [sid for sid, n in free.items() if n > 0]
            if not open_:
                return
            sid = self.rng.choices(open_, [free[s] for s in open_])[0]
            free[sid] -= 1
            self.places.append((sid, g))

    # -- writing -------------------------------------------------------------------------
    def write(self) -> None:
        """Links, speakers, checklist and invitations; then, with the invitations' ids, the
        history, workshop places and attendance."""
        s, links, last = self.s, self.links, lambda g: _utc(g.changes[-1][1])
        invitations = [
            {"event_id": eid, "person_id": g.person_id, "organisation_id": g.organisation_id,
             "status": g.status, "status_changed_at": last(g), "source": g.source[:300],
             "note": g.note}
            for eid, g in self.guests
        ]  # fmt: skip
        _insert(s, (m.event_organiser, links["organiser"]), (m.event_verbund, links["verbund"]),
                (m.SessionPerson, links["speaker"]), (m.ChecklistItem, links["checklist"]),
                (m.Invitation, invitations))  # fmt: skip
        # ids by (event, person), unique (RETURNING in order costs a statement a row on SQLite)
        i = m.Invitation
        query = select(i.event_id, i.person_id, i.id)
        query = query.where(i.event_id.in_({eid for eid, _ in self.guests}))
        ids = {(eid, pid): iid for eid, pid, iid in s.execute(query)}
        inv = {id(g): ids[(eid, g.person_id)] for eid, g in self.guests}
        changes = [
            {"invitation_id": inv[id(g)], "status": st, "changed_at": _utc(t), "note": note}
            for _, g in self.guests for st, t, note in g.changes
        ]  # fmt: skip
        places = [{"session_id": sid, "invitation_id": inv[id(g)]} for sid, g in self.places]
        attendance = [
            {"happened_on": e["starts_at"].date(), "kind": ATTENDANCE, "subject": e["title"][:200],
             "note": "", "person_id": g.person_id, "organisation_id": g.organisation_id,
             "verbund_id": vid, "event_id": e["id"], "created_at": last(g), "updated_at": last(g)}
            for e, vid, g in self.attended
        ]  # fmt: skip
        _insert(s, (m.InvitationChange, changes), (m.SessionAttendee, places),
                (m.Activity, attendance))  # fmt: skip


def _insert(session, *tables) -> None:
    """Core executemany per (model or table, rows), skipping empty ones."""
    for table, rows in tables:
        if rows:
            session.execute(insert(getattr(table, "__table__", table)), rows)
