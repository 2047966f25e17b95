"""``duplicates``: the list „Mögliche Duplikate“ of 20,000 organisations.

Ours: ``services.duplicates.candidates("organisations")``: the same normalised name
and city, and similar names (difflib ratio ≥ 0.9) within a district, compared in
blocks of the same first letters and a length that allows the ratio.
Peer: the exact rule alone in SQL with raw ``sqlite3`` (``GROUP BY dup_key,
lower(city) HAVING count(*) > 1``): what any duplicate list needs at the least, with
no similar names at all. The people's list is timed once as an extra key
(``people_s``), as is the number of pairs per kind.

Goal: ours at most :data:`GOAL` times the peer. Ours does far more (similar names
too), but it must stay in the range of one plain pass over the table: measured on
the large demo about 0.8 s against 0.04 s (ratio ≈ 19). Comparing every pair within
a district instead (about 14 million ratios for 20,000 organisations in 14
districts) would take minutes, a ratio in the thousands.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from benchmarks.common import Context, info, paired_medians, result, sqlite_url

NAME = "duplicates"
GOAL = 40.0
PEER_SQL = (
    "SELECT dup_key, lower(city), group_concat(id) FROM organisation "
    "WHERE dup_key <> '' GROUP BY dup_key, lower(city) HAVING count(*) > 1"
)


def run(ctx: Context) -> dict[str, Any]:
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.services.bundle import Services

    db = ctx.database()
    repeat = ctx.repeat(full=5, quick=2)
    engine = create_db_engine(sqlite_url(db))
    raw = sqlite3.connect(db)
    try:
        services = Services.create(UnitOfWorkFactory(engine))
        pairs = services.duplicates.candidates("organisations")
        groups = raw.execute(PEER_SQL).fetchall()
        start = time.perf_counter()
        people = services.duplicates.candidates("people")
        people_s = time.perf_counter() - start
        info(
            f"duplicates: {len(pairs):,} organisation pairs (exact groups: {len(groups):,}), "
            f"{len(people):,} people pairs in {people_s:.2f} s; {repeat} runs each (+1 warm-up)"
        )

        def ours() -> float:
            t0 = time.perf_counter()
            services.duplicates.candidates("organisations")
            return time.perf_counter() - t0

        def peer() -> float:
            t0 = time.perf_counter()
            raw.execute(PEER_SQL).fetchall()
            return time.perf_counter() - t0

        ours_s, peer_s = paired_medians(ours, peer, repeat)
    finally:
        raw.close()
        engine.dispose()
    info(f"  ours {ours_s * 1e3:.0f} ms, exact groups in raw SQL {peer_s * 1e3:.0f} ms")
    return result(
        NAME,
        ours_s,
        "raw sqlite3 GROUP BY of the exact rule (no similar names)",
        peer_s,
        GOAL,
        quick=ctx.quick,
        organisation_pairs=len(pairs),
        exact_groups=len(groups),
        people_pairs=len(people),
        people_s=round(people_s, 3),
    )
