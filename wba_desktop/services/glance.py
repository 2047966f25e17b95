"""The start page's first look: the day's numbers read with Python's own ``sqlite3``
while the rest of the app is still loading.

Importing SQLAlchemy's ORM and the models alone takes longer on an office PC than a
coordinator should wait for the first numbers, so the start reads them straight from
the file: the tiles' counts, the follow-ups, the Verbund tasks and event checklist
items that are due, and the next events – a few indexed queries (about 15 ms on the
large demo with 20,000 organisations and 100,000 people). The full read
(:class:`~wba_desktop.services.dashboard.DashboardService`) follows and stays the
truth; tests hold both equal.

:func:`read_glance` answers None whenever it cannot be sure or would not be quick: a
team database, a file that is missing, of another schema revision, locked, damaged,
or on a network drive. The start page then simply waits for the full read. It opens
the file for reading only and never creates or changes anything.

The dataclasses of the start page that the first look fills live here too (no
SQLAlchemy in this module), and :mod:`wba_desktop.services.dashboard` builds the same
ones.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from wba_desktop.db.location import on_network_drive
from wba_desktop.db.revisions import HEAD_REVISION
from wba_desktop.services.directory.followup_rows import (
    FOLLOWUP_COLUMNS,
    SOON_DAYS,
    FollowUpSummary,
    followup_row,
)
from wba_desktop.vocab import CANCELLED, CLOSED

log = logging.getLogger(__name__)

#: the phase the tile „Aktive Verbünde“ counts (the Verbünde list filters the same)
ACTIVE_PHASE = "Aktiv"
CANCELLED_EVENT = "abgesagt"
#: how far ahead the start page lists events
EVENT_DAYS = 30
#: rows per list at most (the heading counts them all)
LIST_ROWS = 6
#: the kinds of due item
TASK, MILESTONE, CHECKLIST = "task", "milestone", "checklist"
#: an inquiry in one of these is no longer open
FINAL_INQUIRY_STATUSES = (CLOSED, CANCELLED)
#: how long the first look waits for a lock another program holds (seconds)
LOCK_WAIT_S = 0.2


@dataclass(frozen=True)
class Counts:
    """The tiles: active partners (organisations) and people, Verbünde in the active
    phase, events from today on (not cancelled), open inquiries."""

    partners: int
    people: int
    active_verbuende: int
    events_ahead: int
    open_inquiries: int


@dataclass(frozen=True)
class DueItem:
    """A Verbund task or milestone, or an event's checklist item, open and due by
    ``SOON_DAYS`` from today. ``owner_id`` is the Verbund or the event."""

    kind: str
    id: int
    due_on: date
    title: str
    owner_id: int
    owner_name: str
    overdue: bool


@dataclass(frozen=True)
class UpcomingEvent:
    id: int
    starts_at: datetime
    title: str
    status: str
    city: str


@dataclass(frozen=True)
class Glance:
    """The part of the start page the first look fills; the full
    :class:`~wba_desktop.services.dashboard.Dashboard` adds the rest to it."""

    today: date
    counts: Counts
    followups: FollowUpSummary
    due: tuple[DueItem, ...]
    due_total: int
    overdue_total: int
    events: tuple[UpcomingEvent, ...]
    events_total: int


def due_items(tasks, items, today: date, rows: int) -> tuple[list[DueItem], int, int]:
    """The first ``rows`` due items, earliest first, their total and how many are overdue,
    from Verbund tasks ``(id, kind, due_on, title, verbund_id, verbund_name)`` and
    checklist items ``(id, due_on, title, event_id, event_title)``."""
    out = [
        DueItem(MILESTONE if kind == "Meilenstein" else TASK, tid, due, title, vid, vname,
                due < today)
        for tid, kind, due, title, vid, vname in tasks
    ] + [
        DueItem(CHECKLIST, iid, due, title, eid, etitle, due < today)
        for iid, due, title, eid, etitle in items
    ]  # fmt: skip
    out.sort(key=lambda d: (d.due_on, d.owner_name, d.title, d.id))
    return out[:rows], len(out), sum(1 for d in out if d.overdue)


def event_window(today: date) -> tuple[datetime, datetime]:
    """From today's start to the end of the day ``EVENT_DAYS`` ahead."""
    start = datetime.combine(today, time())
    return start, start + timedelta(days=EVENT_DAYS + 1)


# -- reading the file ------------------------------------------------------------------
# Dates and times are compared as the text SQLAlchemy stores in SQLite
# („2026-12-07“, „2026-12-07 14:00:00.000000“), booleans as 0 and 1.


def _day(d: date) -> str:
    return d.isoformat()


def _moment(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S.%f")


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


_FOLLOWUPS = f"""
SELECT {", ".join(FOLLOWUP_COLUMNS)},
       count(*) OVER (),
       sum(CASE WHEN activity.due_on < :today THEN 1 ELSE 0 END) OVER ()
FROM activity
LEFT JOIN organisation ON organisation.id = activity.organisation_id
LEFT JOIN person ON person.id = activity.person_id
WHERE activity.due_on IS NOT NULL AND activity.due_on <= :soon AND activity.done_on IS NULL
ORDER BY activity.due_on, activity.id
LIMIT :rows
"""
_TASKS = """
SELECT verbund_task.id, verbund_task.kind, verbund_task.due_on, verbund_task.title,
       verbund.id, verbund.name
FROM verbund_task JOIN verbund ON verbund.id = verbund_task.verbund_id
WHERE verbund_task.done = 0 AND verbund_task.due_on <= :horizon
"""
_CHECKLIST = """
SELECT checklist_item.id, checklist_item.due_on, checklist_item.title, event.id, event.title
FROM checklist_item JOIN event ON event.id = checklist_item.event_id
WHERE checklist_item.done = 0 AND checklist_item.due_on <= :horizon
  AND event.status != :cancelled
"""
_EVENTS_WHERE = "ends_at >= :start AND starts_at < :end AND status != :cancelled"
_EVENTS = f"""
SELECT id, starts_at, title, status, city FROM event WHERE {_EVENTS_WHERE}
ORDER BY starts_at, id LIMIT :rows
"""
_COUNTS = f"""
SELECT (SELECT count(*) FROM organisation WHERE active = 1),
       (SELECT count(*) FROM person WHERE active = 1),
       (SELECT count(*) FROM verbund WHERE phase = :active_phase),
       (SELECT count(*) FROM event WHERE ends_at >= :start AND status != :cancelled),
       (SELECT count(*) FROM inquiry JOIN region ON region.id = inquiry.region_id
         WHERE inquiry.status NOT IN (:closed, :cancelled_inquiry)),
       (SELECT count(*) FROM event WHERE {_EVENTS_WHERE})
"""


def read_glance(path: Path | None, today: date, rows: int = LIST_ROWS) -> Glance | None:
    """The first look at the SQLite file ``path``, or None when it cannot be read safely
    (see the module's text); never raises for the file's sake."""
    if path is None or not path.is_file() or on_network_drive(path):
        return None  # a network drive: every page read is slow, the full read follows
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=LOCK_WAIT_S)
    except sqlite3.Error as exc:
        log.info("no first look at %s: %s", path, exc)
        return None
    try:
        return _read(conn, today, rows)
    except (sqlite3.Error, ValueError, TypeError) as exc:
        log.info("no first look at %s: %s", path, exc)
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, today: date, rows: int) -> Glance | None:
    found = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if [r[0] for r in found] != [HEAD_REVISION]:
        return None
    start, end = event_window(today)
    horizon = _day(today + timedelta(days=SOON_DAYS))
    args = {
        "today": _day(today),
        "soon": horizon,
        "horizon": horizon,
        "rows": rows,
        "start": _moment(start),
        "end": _moment(end),
        "cancelled": CANCELLED_EVENT,
        "active_phase": ACTIVE_PHASE,
        "closed": FINAL_INQUIRY_STATUSES[0],
        "cancelled_inquiry": FINAL_INQUIRY_STATUSES[1],
    }

    def run(sql: str) -> list[tuple]:
        return conn.execute(sql, args).fetchall()  # names a statement does not use: ignored

    partners, people, verbuende, ahead, inquiries, events_total = run(_COUNTS)[0]
    first = run(_FOLLOWUPS)
    followups = [
        followup_row((*r[:1], _date(r[1]), _date(r[2]), *r[3:12], _date(r[12])), today)
        for r in first
    ]
    late = int(first[0][14] or 0) if first else 0
    summary = FollowUpSummary(late, (first[0][13] - late) if first else 0, followups)
    tasks = [(i, k, _date(d), t, v, n) for i, k, d, t, v, n in run(_TASKS)]
    items = [(i, _date(d), t, e, n) for i, d, t, e, n in run(_CHECKLIST)]
    due, due_total, overdue_total = due_items(tasks, items, today, rows)
    events = tuple(
        UpcomingEvent(i, datetime.fromisoformat(s), title, status, city)
        for i, s, title, status, city in run(_EVENTS)
    )
    return Glance(
        today=today,
        counts=Counts(partners, people, verbuende, ahead, inquiries),
        followups=summary,
        due=tuple(due),
        due_total=due_total,
        overdue_total=overdue_total,
        events=events,
        events_total=events_total,
    )
