"""The start page's day in one read: counts, what is due, upcoming events, the Verbünde
by phase and health, partners by kind and district, and the newest changes.

``DashboardService.summary(today)`` returns a frozen :class:`Dashboard` of plain
dataclasses (no ORM objects), so the start page loads it on a worker thread and paints
it on the GUI thread. The parts that other services already answer (follow-ups, the
contact cadence, the funding warning and health check, open inquiries, the audit log)
are asked there; the rest are a few aggregate queries here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.models import (
    ChecklistItem,
    Event,
    Organisation,
    OrganisationType,
    Person,
    Region,
    Verbund,
    VerbundTask,
)
from wba_desktop.services.audit.service import AuditRow, AuditService
from wba_desktop.services.directory.cadence import ContactCadenceService
from wba_desktop.services.directory.followups import SOON_DAYS, FollowUpService
from wba_desktop.services.glance import (
    ACTIVE_PHASE,
    CANCELLED_EVENT,
    CHECKLIST,
    EVENT_DAYS,
    LIST_ROWS,
    MILESTONE,
    TASK,
    Counts,
    DueItem,
    Glance,
    UpcomingEvent,
    due_items,
    event_window,
)
from wba_desktop.services.lotsen.inquiries import InquiryService
from wba_desktop.services.lotsen.inquiry_list import InquiryFilter, InquiryRow
from wba_desktop.services.verbuende.health import FundingWarning, HealthService
from wba_desktop.vocab import PHASES

__all__ = [
    "ACTIVE_PHASE",
    "CANCELLED_EVENT",
    "CHECKLIST",
    "EVENT_DAYS",
    "LIST_ROWS",
    "MILESTONE",
    "TASK",
    "Counts",
    "Dashboard",
    "DashboardService",
    "DueItem",
    "HealthLine",
    "PartnerCounts",
    "UpcomingEvent",
]

#: phases whose Verbünde get no health check on the start page
RESTING_PHASES = ("Ruhend", "Beendet")


@dataclass(frozen=True)
class HealthLine:
    """A running Verbund with its health-check score (weakest first on the page)."""

    id: int
    name: str
    phase: str
    score: int
    factors: int
    missing: tuple[str, ...]


@dataclass(frozen=True)
class PartnerCounts:
    """Active organisations per kind (``kinds``, with their colours) and district
    (``districts``; organisations without a district under ``""``):
    ``counts[(kind, district)]``."""

    kinds: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    counts: dict[tuple[str, str], int] = field(default_factory=dict)

    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Dashboard(Glance):
    """The whole start page: what the first look shows (:class:`Glance`) and the rest."""

    contacts_overdue: int
    inquiries: tuple[InquiryRow, ...]
    funding: tuple[FundingWarning, ...]
    phases: tuple[tuple[str, int], ...]
    health: tuple[HealthLine, ...]
    partners: PartnerCounts
    changes: tuple[AuditRow, ...]
    #: False when the login may not read the audit log (the card says so)
    changes_allowed: bool = True


class DashboardService:
    """Reads the start page's :class:`Dashboard`; ``can_read_audit`` is asked when
    the summary is made (the team database may refuse the audit log)."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        *,
        followups: FollowUpService,
        cadence: ContactCadenceService,
        health: HealthService,
        inquiries: InquiryService,
        audit: AuditService,
        can_read_audit: Callable[[], bool] = lambda: True,
    ) -> None:
        self._uow = uow_factory
        self._followups = followups
        self._cadence = cadence
        self._health = health
        self._inquiries = inquiries
        self._audit = audit
        self._can_read_audit = can_read_audit

    def summary(self, today: date | None = None, rows: int = LIST_ROWS) -> Dashboard:
        today = today or date.today()
        inquiries = self._inquiries.search(InquiryFilter(open_only=True))
        allowed = self._can_read_audit()
        with self._uow() as uow:
            s = uow.session
            due, due_total, overdue_total = _due(s, today, rows)
            events, events_total = _events(s, today, rows)
            counts = Counts(
                partners=_count(s, Organisation, Organisation.active.is_(True)),
                people=_count(s, Person, Person.active.is_(True)),
                active_verbuende=_count(s, Verbund, Verbund.phase == ACTIVE_PHASE),
                events_ahead=_events_ahead(s, today),
                open_inquiries=len(inquiries),
            )
            phases = _phases(s)
            running = list(
                s.scalars(select(Verbund.id).where(Verbund.phase.not_in(RESTING_PHASES))).all()
            )
            partners = _partners(s)
        return Dashboard(
            today=today,
            counts=counts,
            followups=self._followups.summary(today, limit=rows),
            contacts_overdue=self._cadence.count(today),
            due=tuple(due),
            due_total=due_total,
            overdue_total=overdue_total,
            events=tuple(events),
            events_total=events_total,
            inquiries=tuple(inquiries[:rows]),
            funding=tuple(self._health.funding_warnings(today)[:rows]),
            phases=phases,
            health=self._health_lines(running, today, rows),
            partners=partners,
            changes=tuple(self._audit.search(limit=rows)) if allowed else (),
            changes_allowed=allowed,
        )

    def _health_lines(self, ids: list[int], today: date, rows: int) -> tuple[HealthLine, ...]:
        if not ids:
            return ()
        reports = self._health.check_many(ids, today)
        with self._uow() as uow:
            found = uow.session.execute(
                select(Verbund.id, Verbund.name, Verbund.phase).where(Verbund.id.in_(ids))
            ).all()
        names = {vid: (name, phase) for vid, name, phase in found}
        lines = [
            HealthLine(
                vid,
                *names[vid],
                r.score,
                len(r.factors),
                tuple(f.title for f in r.factors if not f.met),
            )
            for vid, r in reports.items()
        ]
        lines.sort(key=lambda h: (h.score - h.factors, h.name))
        return tuple(lines[:rows])


def _count(s, model, *where) -> int:
    return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _events_ahead(s, today: date) -> int:
    start, _end = event_window(today)
    return _count(s, Event, Event.ends_at >= start, Event.status != CANCELLED_EVENT)


def _due(s, today: date, rows: int) -> tuple[list[DueItem], int, int]:
    """Open Verbund tasks/milestones and checklist items due up to ``SOON_DAYS`` ahead
    (overdue included), earliest first; the first ``rows`` of them, their total and
    how many are overdue."""
    horizon = today + timedelta(days=SOON_DAYS)
    tasks = s.execute(
        select(VerbundTask.id, VerbundTask.kind, VerbundTask.due_on, VerbundTask.title,
               Verbund.id, Verbund.name)
        .join(Verbund, Verbund.id == VerbundTask.verbund_id)
        .where(VerbundTask.done.is_(False), VerbundTask.due_on <= horizon)
    ).all()  # fmt: skip
    items = s.execute(
        select(ChecklistItem.id, ChecklistItem.due_on, ChecklistItem.title, Event.id, Event.title)
        .join(Event, Event.id == ChecklistItem.event_id)
        .where(
            ChecklistItem.done.is_(False),
            ChecklistItem.due_on <= horizon,
            Event.status != CANCELLED_EVENT,
        )
    ).all()
    return due_items(tasks, items, today, rows)


def _events(s, today: date, rows: int) -> tuple[list[UpcomingEvent], int]:
    start, end = event_window(today)
    where = (Event.ends_at >= start, Event.starts_at < end, Event.status != CANCELLED_EVENT)
    found = s.execute(
        select(Event.id, Event.starts_at, Event.title, Event.status, Event.city)
        .where(*where)
        .order_by(Event.starts_at, Event.id)
        .limit(rows)
    ).all()
    return [UpcomingEvent(*r) for r in found], _count(s, Event, *where)


def _phases(s) -> tuple[tuple[str, int], ...]:
    found = dict(s.execute(select(Verbund.phase, func.count()).group_by(Verbund.phase)).all())
    order = [p for p in PHASES if p in found] + sorted(p for p in found if p not in PHASES)
    return tuple((p, found[p]) for p in order)


def _partners(s) -> PartnerCounts:
    """Grouped on the ids (one pass over the organisations), named afterwards."""
    found = s.execute(
        select(Organisation.type_id, Organisation.region_id, func.count())
        .where(Organisation.active.is_(True))
        .group_by(Organisation.type_id, Organisation.region_id)
    ).all()
    if not found:
        return PartnerCounts()
    types = {
        t.id: t
        for t in s.execute(
            select(OrganisationType.id, OrganisationType.name, OrganisationType.colour,
                   OrganisationType.sort_order)
        )
    }  # fmt: skip
    regions = dict(s.execute(select(Region.id, Region.name)).all())
    counts: dict[tuple[str, str], int] = {}
    per_district: dict[str, int] = {}
    used: dict[str, tuple[int, str]] = {}
    for type_id, region_id, n in found:
        t = types[type_id]
        district = regions.get(region_id, "") if region_id is not None else ""
        used[t.name] = (t.sort_order, t.colour)
        counts[(t.name, district)] = counts.get((t.name, district), 0) + n
        per_district[district] = per_district.get(district, 0) + n
    kinds = sorted(used, key=lambda k: (used[k][0], k))
    districts = sorted(per_district, key=lambda d: (-per_district[d], d == "", d))
    return PartnerCounts(
        kinds=tuple(kinds),
        colours=tuple(used[k][1] for k in kinds),
        districts=tuple(districts),
        counts=counts,
    )
