"""``verbund_health``: the Verbund overview with the health check of every Verbund.

The demo databases hold only about ten Verbünde, so the benchmark first adds
``EXTRA_VERBUENDE`` (200; 30 with ``--quick``) to a copy of the database, each with 15
members of realistic kinds (coordination, companies, a chamber or employment
agency, a social partner, a municipality, an association, a school), advice
activities with some of the companies and a linked event. The cached database is
never changed.

Ours: ``services.verbuende.rows()`` and ``services.health.check_many(ids)`` of all
rows, as the Verbünde view and the start page call them.
Peer: raw ``sqlite3`` fetching the same raw data the overview and the check need,
in one statement each, for all Verbünde at once: the Verbund records with their
coordinator, districts, newest phase date, current members with the names of
their organisation kinds, advice activities per organisation in the window, the
linked (not cancelled) events, and the thresholds setting; the only Python is
grouping the rows by Verbund and counting members.

Goal: ours at most 5 times the peer. Ours builds five factors per Verbund with
German reasons, remedies and detail lists and goes through the ORM, which the peer
does not; with a fixed number of statements that costs a small multiple of the raw
fetch. A check that queries per Verbund (or per member) grows with the number of
Verbünde instead and misses the goal. Extra keys: ``verbuende``, ``members``,
``ours_statements``/``peer_statements`` (SQL statements per run, counted with a
``before_cursor_execute`` listener).
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import tempfile
import time
from collections import defaultdict
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

from benchmarks.common import Context, info, paired_medians, result, sqlite_url

NAME = "verbund_health"
GOAL = 5.0
EXTRA_VERBUENDE = 200
EXTRA_VERBUENDE_QUICK = 30
MEMBERS_PER_VERBUND = 15
#: member slots of an added Verbund: (role, kinds of organisation to pick from)
SLOTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Koordination", ("Weiterbildungsträger",)),
    *(("Mitgliedsunternehmen", ("Unternehmen",)),) * 8,
    ("Weiterbildungsträger", ("Weiterbildungsträger",)),
    (
        "strategischer Partner",
        ("Kammer (IHK)", "Kammer (HWK)", "Agentur für Arbeit", "Jobcenter"),
    ),
    ("strategischer Partner", ("Gewerkschaft", "Arbeitgeberverband")),
    ("Kommune", ("Kommune / Landkreis",)),
    ("Zivilgesellschaft", ("Verein / Zivilgesellschaft",)),
    ("strategischer Partner", ("Schule / Berufsschule",)),
)
COMMITMENTS = ("Kooperationsvereinbarung",) * 3 + ("Absichtserklärung", "keine")
EVENT_TYPES = ("Informationsveranstaltung", "Dialogformat", "Format für junge Menschen", "Workshop")


# -- the test data ------------------------------------------------------------------


def add_verbuende(db: Path, count: int, seed: int = 1) -> int:
    """Add ``count`` Verbünde with members, advice and events to ``db``; member rows."""
    from sqlalchemy import insert, select

    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.models import (
        Activity,
        Event,
        Organisation,
        OrganisationType,
        Region,
        Verbund,
        VerbundMember,
        VerbundPhase,
        event_verbund,
        verbund_region,
    )
    from wba_desktop.text.fold import sort_key

    rng = random.Random(seed)
    today = date.today()
    engine = create_db_engine(sqlite_url(db))
    members = 0
    try:
        with UnitOfWorkFactory(engine)() as uow:
            s = uow.session
            by_kind: dict[str, list[int]] = defaultdict(list)
            for oid, kind in s.execute(
                select(Organisation.id, OrganisationType.name).join(
                    OrganisationType, OrganisationType.id == Organisation.type_id
                )
            ):
                by_kind[kind].append(oid)
            every = [oid for ids in by_kind.values() for oid in ids]
            region_ids = list(s.scalars(select(Region.id)))
            for n in range(1, count + 1):
                start = today - timedelta(days=rng.randint(200, 1500))
                title = f"Benchmark-Verbund {n:03d}"
                vb = Verbund(
                    name=title,
                    short_name=f"BV{n:03d}",
                    type="Bildungsträger-geführt",
                    phase="Aktiv",
                    funding_programme="Bundesprogramm Aufbau von Weiterbildungsverbünden",
                    funding_start=start,
                    funding_end=today + timedelta(days=rng.randint(30, 900)),
                    sort_key=sort_key(title),
                )
                s.add(vb)
                s.flush()
                s.add(VerbundPhase(verbund_id=vb.id, phase="Aktiv", since=start))
                s.execute(
                    insert(verbund_region),
                    [{"verbund_id": vb.id, "region_id": r} for r in rng.sample(region_ids, 2)],
                )
                used: set[int] = set()
                for role, kinds in SLOTS:
                    pool = [o for k in kinds for o in by_kind.get(k, ())] or every
                    oid = rng.choice(pool)
                    while oid in used:
                        oid = rng.choice(every)
                    used.add(oid)
                    if role == "Koordination":
                        vb.coordinator_id = oid
                    left = today - timedelta(days=30) if rng.random() < 0.05 else None
                    s.add(
                        VerbundMember(
                            verbund_id=vb.id,
                            organisation_id=oid,
                            role=role,
                            joined_on=start,
                            left_on=left,
                            commitment=rng.choice(COMMITMENTS),
                        )
                    )
                    members += 1
                    if role == "Mitgliedsunternehmen":
                        for _ in range(rng.choice((0, 0, 1, 2))):
                            s.add(
                                Activity(
                                    happened_on=today - timedelta(days=rng.randint(1, 400)),
                                    kind="Beratung",
                                    subject="Weiterbildungsbedarf besprochen",
                                    organisation_id=oid,
                                    verbund_id=vb.id,
                                )
                            )
                if rng.random() < 0.7:
                    starts = datetime.combine(
                        today - timedelta(days=rng.randint(-120, 500)), dtime(10)
                    )
                    event_title = f"Netzwerktreffen {title}"
                    e = Event(
                        title=event_title,
                        type=rng.choice(EVENT_TYPES),
                        status="durchgeführt" if starts.date() < today else "geplant",
                        starts_at=starts,
                        ends_at=starts + timedelta(hours=3),
                        sort_key=sort_key(event_title),
                    )
                    s.add(e)
                    s.flush()
                    s.execute(insert(event_verbund).values(event_id=e.id, verbund_id=vb.id))
            uow.commit()
    finally:
        engine.dispose()
    return members


# -- the peer -----------------------------------------------------------------------

PEER_SQL = {
    "settings": "SELECT value FROM app_setting WHERE key = ?",
    "verbuende": (
        "SELECT v.id, v.name, v.short_name, v.type, v.phase, v.coordinator_id, c.name,"
        " v.funding_end, v.continuation_plan"
        " FROM verbund v LEFT JOIN organisation c ON c.id = v.coordinator_id"
    ),
    "regions": (
        "SELECT vr.verbund_id, r.name, r.wba_region FROM verbund_region vr"
        " JOIN region r ON r.id = vr.region_id ORDER BY r.name"
    ),
    "phase_since": "SELECT verbund_id, max(since) FROM verbund_phase GROUP BY verbund_id",
    "members": (
        "SELECT m.verbund_id, m.organisation_id, o.name, t.name, m.role, m.commitment"
        " FROM verbund_member m JOIN organisation o ON o.id = m.organisation_id"
        " LEFT JOIN organisation_type t ON t.id = o.type_id"
        " WHERE (m.joined_on IS NULL OR m.joined_on <= ?)"
        " AND (m.left_on IS NULL OR m.left_on > ?)"
    ),
    "advice": (
        "SELECT a.organisation_id, count(*) FROM activity a"
        " WHERE a.kind = 'Beratung' AND a.happened_on >= ? AND a.happened_on <= ?"
        " AND a.organisation_id IN (SELECT organisation_id FROM verbund_member)"
        " GROUP BY a.organisation_id"
    ),
    "events": (
        "SELECT ev.verbund_id, e.id, e.title, e.type, e.status, e.starts_at"
        " FROM event_verbund ev JOIN event e ON e.id = ev.event_id"
        " WHERE e.status != 'abgesagt' ORDER BY e.starts_at, e.id"
    ),
}


def peer_fetch(conn: sqlite3.Connection, today: date) -> dict[str, Any]:
    """All raw data of the overview and the check, grouped by Verbund."""
    from wba_desktop.services.verbuende.health import SETTINGS_KEY, HealthThresholds, months_back

    day = today.isoformat()
    settings = conn.execute(PEER_SQL["settings"], (SETTINGS_KEY,)).fetchall()
    saved = json.loads(settings[0][0]) if settings else {}
    months = saved.get("advice_months", HealthThresholds.advice_months)
    since = months_back(today, months).isoformat()
    verbuende = conn.execute(PEER_SQL["verbuende"]).fetchall()
    regions: dict[int, list[tuple]] = defaultdict(list)
    for vid, *rest in conn.execute(PEER_SQL["regions"]):
        regions[vid].append(tuple(rest))
    phase_since = dict(conn.execute(PEER_SQL["phase_since"]).fetchall())
    members: dict[int, list[tuple]] = defaultdict(list)
    for vid, *rest in conn.execute(PEER_SQL["members"], (day, day)):
        members[vid].append(tuple(rest))
    advice = dict(conn.execute(PEER_SQL["advice"], (since, day)).fetchall())
    events: dict[int, list[tuple]] = defaultdict(list)
    for vid, *rest in conn.execute(PEER_SQL["events"]):
        events[vid].append(tuple(rest))
    return {
        "settings": settings,
        "verbuende": verbuende,
        "regions": regions,
        "phase_since": phase_since,
        "members": members,
        "member_counts": {vid: len(rows) for vid, rows in members.items()},
        "advice": advice,
        "events": events,
    }


# -- timing -------------------------------------------------------------------------


def ours_once(services: Any, today: date) -> tuple[list[Any], dict[int, Any]]:
    rows = services.verbuende.rows()
    return rows, services.health.check_many([r.id for r in rows], today)


def count_statements(engine: Any, call) -> int:
    from sqlalchemy import event

    seen = [0]

    def listener(*_args) -> None:
        seen[0] += 1

    event.listen(engine, "before_cursor_execute", listener)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    return seen[0]


def run(ctx: Context) -> dict[str, Any]:
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.services.bundle import Services

    db = ctx.database()
    repeat = ctx.repeat(full=7, quick=3)
    extra = EXTRA_VERBUENDE_QUICK if ctx.quick else EXTRA_VERBUENDE
    today = date.today()
    with tempfile.TemporaryDirectory(prefix="wba-bench-health-") as tmp:
        copy = Path(tmp) / "copy.sqlite3"
        shutil.copyfile(db, copy)
        start = time.perf_counter()
        members = add_verbuende(copy, extra)
        info(
            f"verbund_health: added {extra} Verbünde with {members:,} members to a copy "
            f"of {db.name} in {time.perf_counter() - start:.1f} s"
        )
        engine = create_db_engine(sqlite_url(copy))
        raw = sqlite3.connect(copy)
        try:
            services = Services.create(UnitOfWorkFactory(engine))
            rows, reports = ours_once(services, today)
            fetched = peer_fetch(raw, today)
            if len(fetched["verbuende"]) != len(rows) or set(reports) != {r.id for r in rows}:
                raise RuntimeError("ours and the peer see different Verbünde")
            ours_statements = count_statements(engine, lambda: ours_once(services, today))
            factors = sum(len(r.factors) for r in reports.values())
            info(
                f"  {len(rows)} Verbünde, {factors} factors; ours sends "
                f"{ours_statements} SQL statements, the peer {len(PEER_SQL)}"
            )
            info(f"verbund_health: {repeat} runs each (+1 warm-up)")

            def ours() -> float:
                t0 = time.perf_counter()
                ours_once(services, today)
                return time.perf_counter() - t0

            def peer() -> float:
                t0 = time.perf_counter()
                peer_fetch(raw, today)
                return time.perf_counter() - t0

            ours_s, peer_s = paired_medians(ours, peer, repeat)
        finally:
            raw.close()
            engine.dispose()
    info(f"  ours {ours_s * 1e3:.1f} ms, raw sqlite3 {peer_s * 1e3:.1f} ms")
    return result(
        NAME,
        ours_s,
        "raw sqlite3: the raw data of all Verbünde in one statement each",
        peer_s,
        GOAL,
        quick=ctx.quick,
        repeat=repeat,
        verbuende=len(rows),
        members=sum(fetched["member_counts"].values()),
        scores_met=sum(r.score for r in reports.values()),
        ours_statements=ours_statements,
        peer_statements=len(PEER_SQL),
    )
