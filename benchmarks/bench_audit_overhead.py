"""``audit_overhead``: what the audit log costs a save.

Ours: 1,000 organisation updates through ``services.organisations.update`` (one unit
of work each: the version check, the changed field, the search keys, the change
notice and the audit row with the field's old and new value).
Peer: the very same 1,000 updates through the same services with the audit log's
listener switched off (``uow_factory.auditor.enabled = False``).

Each round changes the city of every organisation (to one of two values in turn), so
every update writes. The details (and their versions) are read before the clock
starts. Runs on a copy of the demo database; the cached file is never changed.

Goal: ours at most 1.3 times the peer. Extra keys: ``updates``, ``audit_rows`` (rows
ours wrote in one round).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.common import Context, info, paired_medians, result, sqlite_url

NAME = "audit_overhead"
GOAL = 1.3
UPDATES = 1000


def run(ctx: Context) -> dict[str, Any]:
    from sqlalchemy import func, select

    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.models import AuditEntry, Organisation
    from wba_desktop.services.bundle import Services

    db = ctx.database()
    repeat = ctx.repeat(full=5, quick=2)
    with tempfile.TemporaryDirectory(prefix="wba-bench-audit-") as tmp:
        copy = Path(tmp) / "copy.sqlite3"
        shutil.copyfile(db, copy)
        engine = create_db_engine(sqlite_url(copy))
        try:
            uow = UnitOfWorkFactory(engine)
            services = Services.create(uow)
            with uow() as u:
                ids = list(
                    u.session.scalars(
                        select(Organisation.id).order_by(Organisation.id).limit(UPDATES)
                    )
                )
            if len(ids) < UPDATES:
                info(f"audit_overhead: only {len(ids)} organisations in {db.name}")
            rounds = [0]

            def audit_rows() -> int:
                with uow() as u:
                    return u.session.scalar(select(func.count()).select_from(AuditEntry)) or 0

            def updates(audited: bool) -> float:
                rounds[0] += 1
                city = f"Auditstadt {rounds[0] % 2}"
                details = [services.organisations.get(i) for i in ids]
                uow.auditor.enabled = audited
                try:
                    t0 = time.perf_counter()
                    for d in details:
                        services.organisations.update(d.id, replace(d.data, city=city), d.version)
                    return time.perf_counter() - t0
                finally:
                    uow.auditor.enabled = True

            before = audit_rows()
            updates(True)
            written = audit_rows() - before
            if written != len(ids):
                raise RuntimeError(f"{written} audit rows for {len(ids)} updates")
            info(f"audit_overhead: {repeat} rounds of {len(ids)} updates each (+1 warm-up)")
            ours_s, peer_s = paired_medians(lambda: updates(True), lambda: updates(False), repeat)
        finally:
            engine.dispose()
    info(
        f"  ours {ours_s:.2f} s ({ours_s / len(ids) * 1e3:.2f} ms a save), "
        f"without the audit log {peer_s:.2f} s"
    )
    return result(
        NAME,
        ours_s,
        "the same updates with the audit listener switched off",
        peer_s,
        GOAL,
        quick=ctx.quick,
        repeat=repeat,
        updates=len(ids),
        audit_rows=written,
    )
