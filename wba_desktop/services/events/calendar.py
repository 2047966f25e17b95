"""The same-day rule of the event calendar: two planned (not cancelled) events on one
day in the same WBA region deserve a warning. An event "is on" the day it starts;
another event clashes when it runs on that day (a multi-day event counts on every
day it spans). Used by ``EventService.same_day_conflicts`` (one event, when saving)
and ``same_day_notes`` (every event of a list or month at once)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.i18n import _
from wba_desktop.models import Event, Region
from wba_desktop.text import format as fmt

CANCELLED = "abgesagt"


def runs_on(starts_at: datetime, ends_at: datetime, day: date) -> bool:
    return starts_at < datetime.combine(day + timedelta(days=1), time()) and ends_at >= (
        datetime.combine(day, time())
    )


def titles_text(titles: Sequence[str]) -> str:
    """„A“, „B“ und „C“."""
    return fmt.listing(f"„{t}“" for t in titles)


def same_day_text(day: date, wba_region: str, titles: Sequence[str]) -> str:
    return _("Am {value} ist in der WBA-Region {wba_region} schon {titles} geplant.").format(
        value=fmt.day(day), wba_region=wba_region, titles=titles_text(titles)
    )


def same_day_notes(
    uow_factory: UnitOfWorkFactory, start: date | None = None, end: date | None = None
) -> dict[int, str]:
    """For each planned event starting between ``start`` and ``end`` (open ends allowed)
    that clashes with others: the German warning naming them. One query, whatever the
    filters of the list that shows them."""
    stmt = (
        select(Event.id, Event.title, Event.starts_at, Event.ends_at, Region.wba_region)
        .join(Region, Region.id == Event.region_id)
        .where(Event.status != CANCELLED)
        .order_by(Event.starts_at, Event.id)
    )
    # events running into the range from before it can clash with those in it
    if start is not None:
        stmt = stmt.where(Event.ends_at >= datetime.combine(start - timedelta(days=1), time()))
    if end is not None:
        stmt = stmt.where(Event.starts_at < datetime.combine(end + timedelta(days=2), time()))
    with uow_factory() as uow:
        rows = uow.session.execute(stmt).all()
    by_region: dict[str, list] = defaultdict(list)
    for row in rows:
        if row.wba_region:
            by_region[row.wba_region].append(row)
    notes: dict[int, str] = {}
    for region, events in by_region.items():
        for e in events:
            day = e.starts_at.date()
            if (start is not None and day < start) or (end is not None and day > end):
                continue
            others = [
                o.title for o in events if o.id != e.id and runs_on(o.starts_at, o.ends_at, day)
            ]
            if others:
                notes[e.id] = same_day_text(day, region, others)
    return notes
