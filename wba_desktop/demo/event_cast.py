"""Who the demo events draw on: the public institutions of the catalogue (as
organisers and venues), the demo Verbünde with their members, Beirat and phases, and
a pool of active people by the kind of their organisation (guests and speakers).
Looked up once in the directory just written; ``events`` builds the events on it.
"""

from __future__ import annotations

import random
from datetime import date
from typing import NamedTuple

from sqlalchemy import or_, select

from wba_desktop import models as m
from wba_desktop.demo import directory_catalogue as cat
from wba_desktop.demo import events_catalogue as ec
from wba_desktop.demo import verbuende_catalogue as vc

#: guests and speakers come from the first people (all of the small demo, enough of the large)
POOL = 20_000


def _address() -> tuple:  # of an organisation, for venues
    o = m.Organisation
    return o.name, o.street, o.postcode, o.city, o.region_id


class Linked(NamedTuple):
    """What the events need of a demo Verbund."""

    id: int
    short: str
    coordinator_id: int | None
    members: list[tuple]  # (organisation, role, kind, contact, left_on)
    board: list[tuple]  # (person, until, organisation)
    phases: dict[str, date]


class EventCast:
    """Who and what the demo events draw on, looked up once in the written directory."""

    def __init__(self, session, rng: random.Random, today: date) -> None:
        self.s, self.rng, self.today = session, rng, today
        self.codes = {name: code for code, name in cat.KINDS.items()}
        self.regions = dict(session.execute(select(m.Region.ags, m.Region.id)).all())
        self.orgs: dict[int, tuple] = {}  # id -> (name, street, postcode, city, region id)
        self.keys = self._institutions()
        self.verbuende = self._verbuende()
        self.pool = self._pool()  # kind -> [(person, organisation, district)]
        self._found: dict[tuple, list[tuple[int, int]]] = {}  # (kinds, districts) -> people

    def _pool(self) -> dict[str, list[tuple[int, int, str]]]:
        """Active people by the kind of their organisation (primary affiliation); the first
        POOL people only (organisations looked up apart: SQLite would start the join from
        the organisations and sort all people of the large demo)."""
        o, a, p, t = m.Organisation, m.Affiliation, m.Person, m.OrganisationType
        types = dict(self.s.execute(select(t.id, t.name)).all())
        districts = {rid: ags for ags, rid in self.regions.items()}
        query = select(o.id, o.type_id, o.region_id).where(o.active.is_(True))
        orgs = {i: (self.codes.get(types.get(tid), ""), districts.get(rid, ""))
                for i, tid, rid in self.s.execute(query)}  # fmt: skip
        bound = self.s.scalar(select(p.id).order_by(p.id).offset(POOL).limit(1))
        query = (select(a.person_id, a.organisation_id).join(p, p.id == a.person_id)
                 .where(a.is_primary.is_(True), p.active.is_(True),
                        or_(a.valid_until.is_(None), a.valid_until > self.today))
                 .order_by(a.person_id, a.id))  # fmt: skip
        pool: dict[str, list[tuple[int, int, str]]] = {}
        seen: set[int] = set()  # one primary affiliation each
        for pid, oid in self.s.execute(query if bound is None else query.where(p.id < bound)):
            if pid not in seen and oid in orgs:
                seen.add(pid)
                kind, ags = orgs[oid]
                pool.setdefault(kind, []).append((pid, oid, ags))
        return pool

    def _institutions(self) -> dict[str, int]:
        wanted = {(i.name, cat.KINDS[i.kind]): i.key for i in cat.PUBLIC_INSTITUTIONS}
        keys: dict[str, int] = {}
        for oid, *address, type_name in self.s.execute(
            select(m.Organisation.id, *_address(), m.OrganisationType.name)
            .join(m.OrganisationType, m.OrganisationType.id == m.Organisation.type_id)
            .where(m.Organisation.name.in_(sorted({name for name, _ in wanted})))
            .order_by(m.Organisation.id)
        ):
            if (key := wanted.get((address[0], type_name))) and key not in keys:
                keys[key], self.orgs[oid] = oid, tuple(address)
        return keys

    def _verbuende(self) -> dict[str, Linked]:
        """The demo Verbünde the events are linked to, with members, Beirat and phases."""
        shorts = {spec.verbund for spec in ec.EVENTS} | {ec.SHOWCASE}
        names = {v.name: v.short_name for v in vc.VERBUENDE + vc.EXTRA_VERBUENDE
                 if v.short_name in shorts}  # fmt: skip
        v, vm, seat, ph = m.Verbund, m.VerbundMember, m.VerbundBoardSeat, m.VerbundPhase
        query = select(v.id, v.name, v.coordinator_id).where(v.name.in_(sorted(names)))
        by_id = {i: Linked(i, names[n], c, [], [], {}) for i, n, c in self.s.execute(query)}
        for vid, oid, role, type_name, contact, left, *address in self.s.execute(
            select(vm.verbund_id, vm.organisation_id, vm.role, m.OrganisationType.name,
                   vm.contact_person_id, vm.left_on, *_address())
            .join(m.Organisation, m.Organisation.id == vm.organisation_id)
            .join(m.OrganisationType, m.OrganisationType.id == m.Organisation.type_id)
            .where(vm.verbund_id.in_(list(by_id)))
            .order_by(vm.id)
        ):  # fmt: skip
            by_id[vid].members.append((oid, role, self.codes.get(type_name, ""), contact, left))
            self.orgs[oid] = tuple(address)
        a = m.Affiliation  # a Beirat member represents the primary organisation
        query = (select(seat.verbund_id, seat.person_id, seat.until, a.organisation_id)
                 .outerjoin(a, (a.person_id == seat.person_id) & a.is_primary.is_(True))
                 .where(seat.verbund_id.in_(list(by_id))).order_by(seat.id))  # fmt: skip
        for vid, pid, until, oid in self.s.execute(query):
            by_id[vid].board.append((pid, until, oid))
        query = select(ph.verbund_id, ph.phase, ph.since).where(ph.verbund_id.in_(list(by_id)))
        for vid, phase, since in self.s.execute(query):
            by_id[vid].phases[phase] = since
        return {vb.short: vb for vb in by_id.values()}

    def coordinator_contact(self, vb: Linked | None) -> int | None:
        vb = vb or self.verbuende.get(ec.SHOWCASE)
        members = vb.members if vb else ()
        return next((c for o, _, _, c, _ in members if o == vb.coordinator_id and c), None)

    def org(self, token: str, vb: Linked | None) -> int | None:
        if token == ec.COORD:
            return vb.coordinator_id if vb else None
        if token.startswith("member:"):
            kind = token.split(":", 1)[1]
            return next((o for o, _, k, _, _ in (vb.members if vb else ()) if k == kind), None)
        return self.keys.get(token)

    def draw(self, kinds, districts, n: int, used: set[int]) -> list[tuple[int, int]]:
        """``n`` people (person, organisation) of those kinds and districts, not in ``used``
        (a sample large enough to drop those used: fast on the large demo, too)."""
        if (kinds, districts) not in self._found:
            places = set(districts)
            self._found[kinds, districts] = [
                (pid, oid) for kind in kinds for pid, oid, ags in self.pool.get(kind, ())
                if not places or ags in places
            ]  # fmt: skip
        found = self._found[kinds, districts]
        picked = self.rng.sample(found, min(len(found), n + len(used)))
        return [p for p in picked if p[0] not in used][:n]
