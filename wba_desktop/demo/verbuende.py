"""Demo Weiterbildungsverbünde on top of the generated directory (same session, same
transaction as ``demo.generate_demo``).

The Verbünde are described in ``demo_verbuende_catalogue``; this module picks their members
from the organisations and people already written, and dates everything relative to
``today`` so that the demo stays current: phase history, members with commitments and
contact persons, Beirat, milestones and tasks (done, open and overdue), half-yearly key
figures and advice sessions ("Beratung") with member companies. All randomness comes from
``rng``, consumed in a fixed order, so a seed gives the same Verbünde.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from sqlalchemy import insert, or_, select

from wba_desktop.demo import directory_catalogue as cat
from wba_desktop.demo import verbuende_catalogue as vc
from wba_desktop.models import (
    Activity,
    Affiliation,
    Organisation,
    OrganisationType,
    Person,
    Region,
    Verbund,
    VerbundBoardSeat,
    VerbundFigure,
    VerbundMember,
    VerbundPhase,
    VerbundTask,
    verbund_region,
)
from wba_desktop.services.verbuende.health import months_back
from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import ADVICE

#: functions that make a good contact person for a Verbund
_CONTACT_WORDS = ("Geschäftsf", "Personal", "Projekt", "Koordinat", "leit", "Referent", "Berater")


class _Org(NamedTuple):
    id: int
    kind: str  # code of demo_catalogue.KINDS
    ags: str
    text: str  # name and sectors, lower case, for the preferred words


class _Joined(NamedTuple):
    organisation_id: int
    role: str
    contact_id: int | None
    left_on: date | None


def add_demo_verbuende(session, rng: random.Random, today: date, *, large: bool = False) -> int:
    """Insert the demo Verbünde (more for the large demo); returns how many were written.

    Verbünde whose name exists already are skipped (demo written twice with --force).
    """
    specs = vc.VERBUENDE + (vc.EXTRA_VERBUENDE if large else ())
    existing = {n.lower() for n in session.scalars(select(Verbund.name))}
    builder = _VerbundBuilder(session, rng, today)
    written = 0
    for spec in specs:
        if spec.name.lower() not in existing:
            builder.build(spec)
            written += 1
    session.flush()
    return written


def _workday(day: date) -> date:
    """Saturday and Sunday move back to Friday (never later, so the past stays past)."""
    return day - timedelta(days=max(0, day.weekday() - 4))


def _half_year(day: date) -> tuple[date, date]:
    if day.month <= 6:
        return date(day.year, 1, 1), date(day.year, 6, 30)
    return date(day.year, 7, 1), date(day.year, 12, 31)


class _VerbundBuilder:
    def __init__(self, session, rng: random.Random, today: date) -> None:
        self.s, self.rng, self.today = session, rng, today
        codes = {name: code for code, name in cat.KINDS.items()}
        rows = session.execute(
            select(
                Organisation.id,
                Organisation.name,
                Organisation.sectors,
                Organisation.active,
                OrganisationType.name,
                Region.ags,
            )
            .join(OrganisationType, OrganisationType.id == Organisation.type_id)
            .outerjoin(Region, Region.id == Organisation.region_id)
            .order_by(Organisation.id)
        ).all()
        public = {(i.name, i.kind): i.key for i in cat.PUBLIC_INSTITUTIONS}
        self.keys: dict[str, int] = {}  # public institution key -> organisation id
        self.pools: dict[str, list[_Org]] = {}  # kind code -> invented organisations
        for oid, name, sectors, active, type_name, ags in rows:
            code = codes.get(type_name, "")
            inst = public.get((name, code))
            if inst is not None:
                self.keys.setdefault(inst, oid)
            elif active:
                text = f"{name} {sectors}".lower()
                self.pools.setdefault(code, []).append(_Org(oid, code, ags or "", text))
        self.regions = dict(session.execute(select(Region.ags, Region.id)).all())
        self._people: dict[int, list[int]] = {}

    # -- helpers -------------------------------------------------------------------------
    def _month(self, months: int, jitter: int = 10) -> date:
        """A working day about ``months`` from today (never after today if in the past)."""
        day = months_back(self.today, -months) + timedelta(days=self.rng.randint(-jitter, jitter))
        if months <= 0:
            day = min(day, self.today)
        return _workday(day)

    def _when(self, value: int | str, since: dict[str, date], jitter: int = 10) -> date:
        """Months from today, or the day the Verbund entered the phase named ``value``."""
        if isinstance(value, str):
            return since.get(value) or self._month(0, 0)
        return self._month(value, jitter)

    def _pick(self, pick: vc.Pick, districts: tuple[str, ...], used: set[int]) -> int | None:
        if pick.kind == "key":
            oid = self.keys.get(pick.words[0])
            return None if oid is None or oid in used else oid
        places = set(pick.districts or districts)
        near = places.union(*(vc.NEIGHBOURS.get(a, ()) for a in places))
        pool = [o for o in self.pools.get(pick.kind, ()) if o.id not in used]
        fits = [o for o in pool if any(w.lower() in o.text for w in pick.words)]
        for tier in (
            [o for o in fits if o.ags in places],
            [o for o in fits if o.ags in near],
            fits,
            [o for o in pool if o.ags in places],
            [o for o in pool if o.ags in near],
            pool,
        ):
            if tier:
                return self.rng.choice(tier).id
        return None

    def _contact(self, org_id: int, taken: set[int] | frozenset[int] = frozenset()) -> int | None:
        """A person working at the organisation now (a fitting function preferred)."""
        if org_id not in self._people:
            rows = self.s.execute(
                select(Affiliation.person_id, Affiliation.function, Affiliation.is_primary)
                .join(Person, Person.id == Affiliation.person_id)
                .where(
                    Affiliation.organisation_id == org_id,
                    Person.active.is_(True),
                    or_(Affiliation.valid_until.is_(None), Affiliation.valid_until > self.today),
                )
                .order_by(Affiliation.id)
            ).all()
            fitting = [
                p for p, f, primary in rows if primary and any(w in f for w in _CONTACT_WORDS)
            ]
            self._people[org_id] = fitting or [p for p, _, _ in rows]
        people = [p for p in self._people[org_id] if p not in taken]
        return self.rng.choice(people) if people else None

    # -- one Verbund ---------------------------------------------------------------------
    def build(self, spec: vc.Spec) -> None:
        phases: list[tuple[str, date, str]] = []
        for phase, months, note in spec.phases:
            day = self._month(months)
            if phases and day <= phases[-1][1]:  # strictly ascending
                day = phases[-1][1] + timedelta(days=1)
            phases.append((phase, day, note))
        since = {phase: day for phase, day, _ in phases}
        ended = since.get("Beendet")
        vb = Verbund(
            name=spec.name,
            short_name=spec.short_name,
            type=spec.type,
            sectors=spec.sectors,
            topics=spec.topics,
            phase=phases[-1][0],
            goals=spec.goals,
            continuation_plan=spec.continuation_plan,
            notes=spec.notes,
            sort_key=sort_key(spec.name)[:200],
        )
        if spec.funding is not None:
            programme, start, months, budget = spec.funding
            vb.funding_start = months_back(self.today, -start).replace(day=1)
            vb.funding_end = months_back(vb.funding_start, -months) - timedelta(days=1)
            vb.funding_programme, vb.budget = programme, budget
            vb.grant_reference = f"WBV-{vb.funding_start.year}-{self.rng.randint(100, 999)}"
        self.s.add(vb)
        self.s.flush()
        vid = vb.id
        region_ids = sorted({self.regions[a] for a in spec.districts if a in self.regions})
        if region_ids:
            self.s.execute(
                insert(verbund_region), [{"verbund_id": vid, "region_id": r} for r in region_ids]
            )
        for phase, day, note in phases:
            recorded = datetime.combine(day, time(self.rng.randint(8, 16), self.rng.randint(0, 59)))
            self.s.add(
                VerbundPhase(
                    verbund_id=vid, phase=phase, since=day, note=note, recorded_at=recorded
                )
            )
        members = self._members(vid, spec, since, ended)
        coordinator = next((m for m in members if m.role == vc.COORD), None)
        vb.coordinator_id = coordinator.organisation_id if coordinator else None
        self._board(vid, spec, since.get("Aktiv"), ended)
        self._tasks(vid, spec, since, coordinator.contact_id if coordinator else None)
        self._figures(vid, members, since.get("Konstituierung"), since.get("Ruhend") or ended)
        self._advice(vid, spec, members, phases[0][1])

    def _members(self, vid, spec: vc.Spec, since: dict[str, date], ended) -> list[_Joined]:
        rng, used, out = self.rng, set(), []
        for m in spec.members:
            oid = self._pick(m.pick, spec.districts, used)
            if oid is None:
                continue
            used.add(oid)
            joined = self._when(m.joined, since)
            left = self._month(m.left) if m.left is not None else ended
            left = max(left, joined) if left is not None else None
            signed = None
            if m.commitment == vc.K:  # at the formal start, or some days after joining
                later = 0 if isinstance(m.joined, str) else rng.randint(0, 21)
                signed = _workday(min(joined + timedelta(days=later), left or self.today))
            contact = self._contact(oid)
            self.s.add(
                VerbundMember(
                    verbund_id=vid,
                    organisation_id=oid,
                    role=m.role,
                    joined_on=joined,
                    left_on=left,
                    commitment=m.commitment,
                    agreement_signed_on=signed,
                    contact_person_id=contact,
                    note=m.note,
                )
            )
            out.append(_Joined(oid, m.role, contact, left))
        return out

    def _board(self, vid: int, spec: vc.Spec, constituted: date | None, ended: date | None):
        if constituted is None:
            return
        taken: set[int] = set()
        for pick, function in spec.board:
            oid = self._pick(pick, spec.districts, set())
            person = self._contact(oid, taken) if oid is not None else None
            if person is None:
                continue
            taken.add(person)
            self.s.add(
                VerbundBoardSeat(
                    verbund_id=vid, person_id=person, function=function, since=constituted,
                    until=ended,
                )
            )  # fmt: skip

    def _tasks(self, vid: int, spec: vc.Spec, since: dict[str, date], responsible) -> None:
        for t in spec.tasks:
            due = self._when(t.due, since, 5)
            done_on = None
            if t.done and isinstance(t.due, str):  # a milestone that is a phase change
                done_on = due
            elif t.done:
                done_on = _workday(min(self.today, due + timedelta(days=self.rng.randint(-14, 3))))
            self.s.add(
                VerbundTask(
                    verbund_id=vid, kind=t.kind, title=t.title, due_on=due,
                    responsible_id=responsible, done=t.done, done_on=done_on,
                )
            )  # fmt: skip

    def _figures(self, vid: int, members, start: date | None, stop: date | None) -> None:
        """Key figures per completed half-year from the formal start to the last activity."""
        if start is None:
            return
        rng = self.rng
        companies = sum(1 for m in members if m.role == vc.COMPANY)
        period_start, period_end = _half_year(start)
        n = 0
        while period_end < self.today and (stop is None or period_start <= stop):
            reached = companies + rng.randint(2, 6) + 2 * min(n, 4)
            self.s.add(
                VerbundFigure(
                    verbund_id=vid, period_start=period_start, period_end=period_end,
                    companies_reached=reached, kmu_reached=reached - rng.randint(0, 2),
                    advice_sessions=rng.randint(3, 8) + 2 * min(n, 4),
                    course_participants=rng.randint(0, 12) if n == 0 else rng.randint(15, 60),
                    courses_developed=rng.randint(0, 1) if n == 0 else rng.randint(1, 3),
                    note=f"{1 if period_start.month == 1 else 2}. Halbjahr {period_start.year}",
                )
            )  # fmt: skip
            period_start, period_end = _half_year(period_end + timedelta(days=1))
            n += 1

    def _advice(self, vid: int, spec: vc.Spec, members: list[_Joined], first: date) -> None:
        """Advice sessions with member companies; the newest with a company still in."""
        count, newest = spec.advice
        companies = [m for m in members if m.role == vc.COMPANY]
        staying = [m for m in companies if m.left_on is None] or companies
        if not count or not companies:
            return
        rng, last = self.rng, self._month(newest, 7)
        span = max(0, (last - first).days)
        days = [last] + [
            _workday(first + timedelta(days=rng.randint(0, span))) for _ in range(1, count)
        ]
        for i, day in enumerate(sorted(days, reverse=True)):
            still = [m for m in companies if m.left_on is None or m.left_on >= day]
            m = rng.choice(staying if i == 0 else still or companies)
            self.s.add(
                Activity(
                    happened_on=day, kind=ADVICE, subject=rng.choice(vc.ADVICE_SUBJECTS),
                    organisation_id=m.organisation_id, person_id=m.contact_id, verbund_id=vid,
                )
            )  # fmt: skip
