"""``invitations``: an event's invitation list filled from a large dynamic Verteiler.

On a copy of the demo database (the cached file is never changed) the benchmark
creates a dynamic Verteiler "all active people of WBA region West" (about 18,000
people on the large database, 100 on the small one) and, before every run, a new
event in the future; after the run the event is deleted again (its invitations and
their history go with it), so every run starts from the same database. Creating
and deleting the event is not timed.

Ours: ``services.invitations.add(event_id, InvitationSources(verteiler_ids=(vid,)),
"vorgemerkt")``, everything the dialog's "Hinzufügen" does: evaluating the
Verteiler, leaving out people already on the list, inactive ones and those without
consent, finding each person's organisation, and writing one invitation and one
history entry per person in one transaction.
Peer: raw ``sqlite3``, the minimum the feature needs: one SELECT of the people of
the same filter (active, primary organisation in region West) whom the same
data-protection rule allows (``PEER_SELECT``), with the organisation, then the
invitation rows and one ``invitation_change`` row each, both with ``executemany``,
in one transaction.

Goal: ours at most 3 times the peer. Extra keys: ``people`` (rows added),
``ours_rows_per_s``/``peer_rows_per_s``.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

from benchmarks.common import BenchmarkError, Context, info, paired_medians, result, sqlite_url

NAME = "invitations"
GOAL = 3.0
#: the WBA region of the Verteiler: about 18,000 active people on the large database
REGION = "West"
VERTEILER = f"Alle in Region {REGION} (Benchmark)"
STATUS = "vorgemerkt"

#: the people of the filter whom the data-protection rule lets onto an invitation list
#: (``consent_filter.allowed`` for "Veranstaltungseinladungen", consent not required for
#: everyone): not anonymised, not restricted, no objection against legitimate interest,
#: no withdrawn consent, and a current consent where consent is the legal basis. The
#: newest consent event per person decides (by date, then id).
PEER_SELECT = """
WITH newest AS (
  SELECT e.person_id, e.status, e.expires_on,
         row_number() OVER (PARTITION BY e.person_id ORDER BY e.effective_on DESC, e.id DESC) AS n
  FROM consent_event e JOIN consent_purpose c ON c.id = e.purpose_id
  WHERE lower(c.name) = lower(:purpose)
)
SELECT p.id, a.organisation_id FROM person p
LEFT JOIN affiliation a ON a.person_id = p.id AND a.is_primary = 1
LEFT JOIN organisation o ON o.id = a.organisation_id
LEFT JOIN region r ON r.id = o.region_id
LEFT JOIN newest s ON s.person_id = p.id AND s.n = 1
WHERE r.wba_region IN (:region) AND p.active = 1
  AND p.anonymised_on IS NULL AND coalesce(p.restricted, 0) = 0
  AND NOT (p.objected_on IS NOT NULL AND coalesce(nullif(p.legal_basis, ''), :li) = :li)
  AND coalesce(s.status, '') <> :withdrawn
  AND NOT (coalesce(p.legal_basis, '') = :consent AND (s.status IS NULL
           OR s.status = :expired
           OR (s.status = :granted AND coalesce(s.expires_on, '9999-12-31') < :today)))
"""
PEER_INSERT = (
    "INSERT INTO invitation (id, event_id, person_id, organisation_id, status,"
    " status_changed_at, source, note) VALUES (?, ?, ?, ?, ?, ?, ?, '')"
)
PEER_HISTORY = (
    "INSERT INTO invitation_change (invitation_id, status, changed_at, note) VALUES (?, ?, ?, '')"
)


def new_event(services: Any, n: int) -> int:
    from wba_desktop.services.events.records import EventData

    starts = datetime.combine(date.today() + timedelta(days=60), dtime(10))
    data = EventData(
        title=f"Benchmark-Veranstaltung {n}",
        type="Informationsveranstaltung",
        starts_at=starts,
        ends_at=starts + timedelta(hours=3),
        city="Magdeburg",
    )
    return services.events.create(data).id


def add_peer(conn: sqlite3.Connection, event_id: int, source: str) -> int:
    """The people of the filter as invitations with history, raw; rows added."""
    from wba_desktop.models.base import utcnow

    now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores DateTime
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = dict(conn.execute(PEER_SELECT, peer_parameters()).fetchall())  # once per person
        first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM invitation").fetchone()[0]
        ids = range(first, first + len(found))
        conn.executemany(
            PEER_INSERT,
            [
                (i, event_id, pid, oid, STATUS, now, source)
                for i, (pid, oid) in zip(ids, found.items(), strict=True)
            ],
        )
        conn.executemany(PEER_HISTORY, [(i, STATUS, now) for i in ids])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(found)


def peer_parameters() -> dict[str, str]:
    from wba_desktop.models.consent import EXPIRED, GRANTED, WITHDRAWN
    from wba_desktop.vocab import CONSENT, EVENT_INVITATIONS, LEGITIMATE_INTEREST

    return {
        "purpose": EVENT_INVITATIONS, "region": REGION, "li": LEGITIMATE_INTEREST,
        "consent": CONSENT, "withdrawn": WITHDRAWN, "expired": EXPIRED, "granted": GRANTED,
        "today": date.today().isoformat(),
    }  # fmt: skip


def listed(conn: sqlite3.Connection, event_id: int) -> tuple[set[int], int]:
    """Person ids on the event's list, and the number of history rows."""
    people = {
        r[0]
        for r in conn.execute("SELECT person_id FROM invitation WHERE event_id = ?", (event_id,))
    }
    changes = conn.execute(
        "SELECT count(*) FROM invitation_change c JOIN invitation i ON i.id = c.invitation_id"
        " WHERE i.event_id = ?",
        (event_id,),
    ).fetchone()[0]
    return people, changes


def run(ctx: Context) -> dict[str, Any]:
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.services.bundle import Services
    from wba_desktop.services.events.invitation_sources import InvitationSources
    from wba_desktop.services.verteiler.lists import Criteria

    db = ctx.database()
    repeat = ctx.repeat(full=3, quick=3)
    with tempfile.TemporaryDirectory(prefix="wba-bench-invitations-") as tmp:
        copy = Path(tmp) / "copy.sqlite3"
        shutil.copyfile(db, copy)
        engine = create_db_engine(sqlite_url(copy))
        raw = sqlite3.connect(copy, isolation_level=None)
        for pragma in ("foreign_keys=ON", "busy_timeout=5000", "synchronous=NORMAL"):
            raw.execute(f"PRAGMA {pragma}")
        try:
            services = Services.create(UnitOfWorkFactory(engine))
            vid = services.verteiler.create(
                VERTEILER, "dynamic", criteria=Criteria(wba_regions=(REGION,))
            ).id
            sources = InvitationSources(verteiler_ids=(vid,))
            source = f"Verteiler {VERTEILER}"
            counter = [0]

            def fresh_event() -> int:
                counter[0] += 1
                return new_event(services, counter[0])

            # one untimed round each: both must put the same people on the list
            eid = fresh_event()
            added = services.invitations.add(eid, sources, STATUS).added
            ours_people, ours_changes = listed(raw, eid)
            services.events.delete(eid)
            eid = fresh_event()
            add_peer(raw, eid, source)
            peer_people, peer_changes = listed(raw, eid)
            services.events.delete(eid)
            if not (ours_people == peer_people and added == ours_changes == peer_changes):
                raise BenchmarkError(
                    f"invitations: ours listed {len(ours_people)} people ({ours_changes} "
                    f"history rows), the peer {len(peer_people)} ({peer_changes})"
                )
            info(
                f"invitations: {added:,} people of Verteiler region {REGION} on {db.name}; "
                f"{repeat} runs each (+1 warm-up)"
            )

            def ours() -> float:
                event_id = fresh_event()
                start = time.perf_counter()
                services.invitations.add(event_id, sources, STATUS)
                elapsed = time.perf_counter() - start
                services.events.delete(event_id)
                return elapsed

            def peer() -> float:
                event_id = fresh_event()
                start = time.perf_counter()
                add_peer(raw, event_id, source)
                elapsed = time.perf_counter() - start
                services.events.delete(event_id)
                return elapsed

            ours_s, peer_s = paired_medians(ours, peer, repeat)
        finally:
            raw.close()
            engine.dispose()
    info(f"  ours {ours_s:.2f} s, raw sqlite3 {peer_s:.3f} s, ratio {ours_s / peer_s:.1f}")
    return result(
        NAME,
        ours_s,
        "raw sqlite3: same people SELECTed, executemany invitations + history, one transaction",
        peer_s,
        GOAL,
        quick=ctx.quick,
        repeat=repeat,
        people=added,
        ours_rows_per_s=round(added / ours_s),
        peer_rows_per_s=round(added / peer_s),
    )
