"""``export``: all 100,000 people of the large demo database to Excel.

Ours: ``ExportService.export("people", PersonFilter(active=None), path=….xlsx)``, the
full path the app takes: ids in list order, rows fetched from the database in
chunks, the write-only workbook with bold frozen header, autofilter, fitted column
widths, date cells formatted TT.MM.JJJJ HH:MM, formula-safe text, document
properties and the "Info" sheet.
Peer: the very same rows (values already fetched, outside the clock) dumped with
openpyxl's bare write-only writer: one sheet, ``ws.append`` per row, no styling.

Goal: ours at most 1.5 times the peer. Extra keys: ``rows``, ``columns``,
``ours_mb``/``peer_mb`` (file sizes) and ``peak_mb``, the Python heap peak of one
extra, untimed run of ours under ``tracemalloc`` (rows are streamed, so it stays far
below what the peer's list of all rows takes, ``rows_mb``).
"""

from __future__ import annotations

import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from benchmarks.common import Context, info, paired_medians, result, sqlite_url

NAME = "export"
GOAL = 1.5


def export_ours(services: Any, path: Path) -> float:
    from wba_desktop.services.directory.people import PersonFilter

    start = time.perf_counter()
    services.exports.export("people", PersonFilter(active=None), path=path)
    return time.perf_counter() - start


def export_peer(headers: list[str], rows: list[list[Any]], path: Path) -> float:
    from openpyxl import Workbook

    start = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Personen")
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return time.perf_counter() - start


def _peak_mb(fn) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def run(ctx: Context) -> dict[str, Any]:
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.services.bundle import Services
    from wba_desktop.services.directory.people import PersonFilter

    db: Path = ctx.database()
    repeat = ctx.repeat(full=3, quick=2)
    engine = create_db_engine(sqlite_url(db))
    try:
        services = Services.create(UnitOfWorkFactory(engine))
        table = services.exports.people_table(PersonFilter(active=None))
        headers = table.headers
        start = time.perf_counter()
        rows = [list(r) for r in table.rows]
        info(f"export: {len(rows):,} rows fetched in {time.perf_counter() - start:.1f} s")
        with tempfile.TemporaryDirectory(prefix="wba-bench-export-") as tmp:
            ours_path, peer_path = Path(tmp) / "ours.xlsx", Path(tmp) / "peer.xlsx"
            info(f"export: {repeat} runs each (+1 warm-up) on {db.name}")
            ours, peer = paired_medians(
                lambda: export_ours(services, ours_path),
                lambda: export_peer(headers, rows, peer_path),
                repeat,
            )
            sizes = ours_path.stat().st_size / 1e6, peer_path.stat().st_size / 1e6
            rows_mb = _peak_mb(lambda: [list(r) for r in table_rows(services)])
            peak = _peak_mb(lambda: export_ours(services, ours_path))
    finally:
        engine.dispose()
    info(f"  ours {ours:.2f} s, bare openpyxl {peer:.2f} s, ratio {ours / peer:.2f}")
    return result(
        NAME,
        ours,
        "bare openpyxl write_only of the same fetched rows, no styling",
        peer,
        GOAL,
        quick=ctx.quick,
        repeat=repeat,
        rows=len(rows),
        columns=len(headers),
        ours_mb=round(sizes[0], 1),
        peer_mb=round(sizes[1], 1),
        peak_mb=round(peak, 1),
        rows_mb=round(rows_mb, 1),
    )


def table_rows(services: Any):
    from wba_desktop.services.directory.people import PersonFilter

    return services.exports.people_table(PersonFilter(active=None)).rows
