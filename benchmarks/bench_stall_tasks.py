"""``gui_stall_tasks``: the GUI thread's longest stall during export, import and search.

The network's ``gui_stall`` covers layout and metrics; this one the other long work
the issue names. A 10 ms ``QTimer`` on the GUI thread notes the longest gap between
its ticks while, on the large demo and with the real thread pool (``TaskRunner``) as
the views use it:

- ``export``: ``services.exports.export("people", …)`` of all 100,000 people to xlsx;
- ``import_preview``: ``read_rows`` (with ``ImportService.prefetch`` beside it, as in
  the wizard) + ``suggest`` + ``ImportService.plan`` of the 20,000-row file of the
  ``import`` benchmark;
- ``import_apply``: ``ImportService.apply`` of that plan, on a copy of the database;
- ``search``: the global search dialog (``SearchDialog``) answering four queries,
  from ``run_search`` until its results are shown.

Peer: the same timer on an idle event loop. ``ours_s`` is the longest stall of all;
``ok`` needs it ≤ 100 ms. Extra keys: ``stall_ms`` and ``seconds`` per task. With
``--quick`` the small demo and a 2,000-row file.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_canvas import STALL_BUDGET_S, _Ticks
from benchmarks.bench_import import QUICK_ROWS, ROWS, make_file
from benchmarks.common import Context, info, result, sqlite_url

NAME = "gui_stall_tasks"
QUERIES = ("magdeburg", "fraunhofer", "müller", "bildung halle")


def _in_background(app, runner, fn, ticks: _Ticks) -> tuple[float, float, Any]:
    """Run ``fn`` on the runner until done; (seconds, longest gap, its result)."""
    from benchmarks.qtsupport import process_until

    outcome: dict[str, Any] = {}
    ticks.start()
    start = time.perf_counter()
    runner.run(fn, lambda r: outcome.setdefault("value", r), lambda e: outcome.setdefault("e", e))
    process_until(lambda: bool(outcome), timeout_s=900)
    app.processEvents()
    seconds, gap = time.perf_counter() - start, ticks.stop()
    if "e" in outcome:
        raise outcome["e"]
    return seconds, gap, outcome["value"]


def run(ctx: Context) -> dict[str, Any]:
    from benchmarks.qtsupport import application, dispose, process_until
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.exchange.mapping import suggest
    from wba_desktop.exchange.spreadsheet import read_rows
    from wba_desktop.services.bundle import Services
    from wba_desktop.services.directory.people import PersonFilter
    from wba_desktop.services.importing.service import ImportService
    from wba_desktop.views.common.tasks import TaskRunner
    from wba_desktop.views.shell.search_dialog import SearchDialog

    app = application()
    db = ctx.database()
    runner = TaskRunner()
    ticks = _Ticks()
    stalls: dict[str, float] = {}
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="wba-bench-stall-") as tmp:
        tmp_path = Path(tmp)
        copy = tmp_path / "copy.sqlite3"
        shutil.copyfile(db, copy)
        xlsx = tmp_path / "kontakte.xlsx"
        make_file(xlsx, QUICK_ROWS if ctx.quick else ROWS, db)
        engine = create_db_engine(sqlite_url(copy))
        try:
            services = Services.create(UnitOfWorkFactory(engine))
            out = tmp_path / "personen.xlsx"

            def export(*_):
                return services.exports.export("people", PersonFilter(active=None), path=out)

            importer = ImportService(UnitOfWorkFactory(engine))

            def preview(*_):
                ahead = importer.prefetch()  # as the wizard reads the file
                rows = read_rows(xlsx)
                return importer.plan(rows, suggest(rows), prefetched=ahead)

            for name, fn in (("export", export), ("import_preview", preview)):
                info(f"{NAME}: {name} ...")
                seconds[name], stalls[name], value = _in_background(app, runner, fn, ticks)
            plan = value
            info(f"{NAME}: import_apply ...")
            seconds["import_apply"], stalls["import_apply"], _ = _in_background(
                app, runner, lambda *_: importer.apply(plan), ticks
            )
            info(f"{NAME}: search ...")
            dialog = SearchDialog(services.search, runner)
            dialog.show()
            app.processEvents()
            ticks.start()
            start = time.perf_counter()
            for query in QUERIES:
                dialog.query.setText(query)
                dialog.run_search()
                process_until(lambda: not dialog._running, timeout_s=60)
                app.processEvents()
            seconds["search"], stalls["search"] = time.perf_counter() - start, ticks.stop()
            dispose(dialog)
        finally:
            runner.wait()
            engine.dispose()
    ticks.start()
    deadline = time.perf_counter() + min(sum(seconds.values()), 10.0)
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    peer_gap = ticks.stop()
    ours = max(stalls.values())
    info(
        "  longest stall per task: "
        + ", ".join(f"{k} {v * 1000:.0f} ms ({seconds[k]:.1f} s)" for k, v in stalls.items())
        + f"; idle {peer_gap * 1000:.0f} ms"
    )
    return result(
        NAME,
        ours,
        "the same 10 ms QTimer on an idle event loop",
        peer_gap,
        None,
        quick=ctx.quick,
        ok=ours <= STALL_BUDGET_S,
        budget_s=STALL_BUDGET_S,
        longest_ms=round(ours * 1000, 1),
        stall_ms={k: round(v * 1000, 1) for k, v in stalls.items()},
        seconds={k: round(v, 2) for k, v in seconds.items()},
    )
