"""``map_overview``: the numbers behind the map of Sachsen-Anhalt on the large demo.

Ours: ``services.map.overview()``: partners, active Verbünde and events per
district, the ties between districts, every organisation placed inside its
district, and the gaps per district from the network's gap analysis.
Peer: ``services.network.graph()``, the network area's graph for the same
(default) filters, which the gap analysis builds anyway; like ours with the cyclic
garbage collector resting until the graph is freed (a full collection triggered
by the other side's 100,000s of fresh objects would otherwise land on whichever
side allocates next).

Goal: ours at most 2.5 times the peer. Besides that graph the map sends four small
queries, one over the relations, and places the dots with numpy; a service that
asked per district or per organisation would grow far past it. Extra keys:
``points``, ``ties``, ``district_s`` (one district's details: partners and
Verbünde of Magdeburg, the largest).
"""

from __future__ import annotations

import gc
import time
from typing import Any

from benchmarks.common import Context, info, paired_medians, result, sqlite_url

NAME = "map_overview"
GOAL = 2.5
MAGDEBURG = "15003"


def run(ctx: Context) -> dict[str, Any]:
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.services.bundle import Services

    engine = create_db_engine(sqlite_url(ctx.database()))
    try:
        services = Services.create(UnitOfWorkFactory(engine))
        overview = services.map.overview()
        found: dict[str, Any] = {}

        def ours() -> float:
            start = time.perf_counter()
            found["overview"] = services.map.overview()
            return time.perf_counter() - start

        def peer() -> float:
            # the same terms as ours: the collector rests until the graph is freed
            gc.disable()
            try:
                start = time.perf_counter()
                services.network.graph()
                return time.perf_counter() - start
            finally:
                gc.enable()

        ours_s, peer_s = paired_medians(ours, peer, ctx.repeat(full=5, quick=2))
        start = time.perf_counter()
        detail = services.map.district(overview, MAGDEBURG)
        district_s = time.perf_counter() - start
        points, ties = len(overview.points), len(overview.ties)
        info(
            f"map_overview: {points:,} organisations placed, {ties} ties; Magdeburg's "
            f"{len(detail.partners):,} partners in {district_s * 1000:.0f} ms"
        )
        checks = len(overview.districts) == 14 and points == len(found["overview"].points)
        return result(
            NAME, ours_s, "services.network.graph(), the same filters", peer_s, GOAL,
            quick=ctx.quick, ok=checks and ours_s / peer_s <= GOAL,
            points=points, ties=ties, district_s=round(district_s, 4),
        )  # fmt: skip
    finally:
        engine.dispose()
