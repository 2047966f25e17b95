"""``search``: the global search (Ctrl+K) against the same SQL run with raw ``sqlite3``.

Ours is ``SearchService.search(text)``: folding the text, building the statements,
a unit of work, executing them through SQLAlchemy and turning rows into hits.
The peer runs the very statements SQLAlchemy sent to SQLite (captured with a
``before_cursor_execute`` listener during a warm-up call, parameters included) on
one plain ``sqlite3`` connection and fetches all rows. So the ratio is the price of
the service layer, not of a different query. Since migration 0010 the statements go
through the full-text index (FTS5 trigram), so the peer runs those too.

Goals (issue 16): the service's median per query ≤ 5 ms (``MEDIAN_GOAL_S``), and in
the GUI ≤ 50 ms from the moment the search dialog fires the query (after the typing
pause) to its results painted (``GUI_GOAL_S``; the query in a worker thread as in the
app, the list filled on the GUI thread, then a paint of the list).
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import Context, info, paired_medians, result, sqlite_url, timed

NAME = "search"
GOAL = 3.0
#: the service's median per query, and the GUI from firing to painted results
MEDIAN_GOAL_S = 0.005
GUI_GOAL_S = 0.050
#: A common word, a rare one, one with an umlaut, and two words (AND-ed).
QUERIES = ("magdeburg", "fraunhofer", "müller", "bildung halle")
#: how the search's queries begin (the index path's statements start with their CTEs)
QUERY_VERBS = ("SELECT", "WITH")

Statement = tuple[str, tuple[Any, ...]]


def capture_statements(engine: Any, call: Callable[[], object]) -> list[Statement]:
    """The SQL text and parameters ``call`` sends through ``engine``, in order."""
    from sqlalchemy import event

    captured: list[Statement] = []

    def listener(_conn, _cursor, statement, parameters, _context, executemany) -> None:
        if not executemany:
            captured.append((statement, tuple(parameters or ())))

    event.listen(engine, "before_cursor_execute", listener)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    return captured


def run_raw(conn: sqlite3.Connection, statements: list[Statement]) -> int:
    """Execute ``statements`` and fetch every row; the number of rows."""
    return sum(len(conn.execute(sql, params).fetchall()) for sql, params in statements)


def measure(db: Path, queries: tuple[str, ...], repeat: int) -> dict[str, dict[str, Any]]:
    """Per query: median seconds of ours and the peer, the statements and the hits."""
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.services.directory.search import SearchService

    engine = create_db_engine(sqlite_url(db))
    service = SearchService(UnitOfWorkFactory(engine))
    raw = sqlite3.connect(db)
    raw.execute("PRAGMA foreign_keys=ON")
    raw.execute("PRAGMA busy_timeout=5000")
    per_query: dict[str, dict[str, Any]] = {}
    try:
        for text in queries:
            hits: list[Any] = []
            statements = capture_statements(
                engine, lambda t=text, h=hits: h.extend(service.search(t))
            )
            # only the search statements, not the session's BEGIN/ROLLBACK bookkeeping
            statements = [s for s in statements if s[0].lstrip().upper().startswith(QUERY_VERBS)]
            # rows >= hits: the search also reads the offer topics and the few Verbünde
            # and events it folds in Python
            rows = run_raw(raw, statements)
            if rows < len(hits):
                info(f"  warning: {text!r}: raw SQL gave {rows} rows, search {len(hits)} hits")
            ours, peer = paired_medians(
                lambda t=text: timed(lambda: service.search(t)),
                lambda st=statements: timed(lambda: run_raw(raw, st)),
                repeat,
            )
            per_query[text] = {
                "ours_s": round(ours, 6),
                "peer_s": round(peer, 6),
                "hits": len(hits),
                "rows": rows,
                "statements": len(statements),
            }
            info(f"  {text!r}: ours {ours * 1e3:.2f} ms, raw sqlite3 {peer * 1e3:.2f} ms")
    finally:
        raw.close()
        engine.dispose()
    return per_query


def measure_gui(db: Path, queries: tuple[str, ...], repeat: int) -> dict[str, float]:
    """Per query: median seconds from the search dialog firing the query
    (``run_search``, what the typing pause's timer calls) until its result list is
    filled and painted."""
    from benchmarks.qtsupport import PaintWatcher, application, dispose, process_until
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.services.directory.search import SearchService
    from wba_desktop.views.shell.search_dialog import SearchDialog

    application()
    engine = create_db_engine(sqlite_url(db))
    dialog = SearchDialog(SearchService(UnitOfWorkFactory(engine)))
    dialog.resize(640, 520)
    dialog.show()
    watcher = PaintWatcher(dialog.results.viewport())
    shown: list[object] = []
    original = dialog._show
    dialog._show = lambda res: (original(res), shown.append(res))  # type: ignore[method-assign]
    out: dict[str, float] = {}
    try:
        for text in queries:
            times = []
            for _ in range(repeat + 1):  # the first run warms the caches
                dialog.query.blockSignals(True)  # no typing-pause timer: fire by hand
                dialog.query.setText(text)
                dialog.query.blockSignals(False)
                process_until(lambda: not dialog._running)
                shown.clear()
                watcher.painted = False
                start = time.perf_counter()
                dialog.run_search()
                process_until(lambda: bool(shown) and watcher.painted)
                times.append(time.perf_counter() - start)
            out[text] = round(statistics.median(times[1:]), 6)
            info(f"  GUI {text!r}: {out[text] * 1e3:.1f} ms fired to painted")
    finally:
        dispose(dialog)
        engine.dispose()
    return out


def run(ctx: Context) -> dict[str, Any]:
    """Sum of the per-query medians, ours against raw ``sqlite3``; the median per query
    and the GUI's time from firing to painted results against their goals."""
    db = ctx.database()
    repeat = ctx.repeat(full=15, quick=5)
    info(f"search: {len(QUERIES)} queries x {repeat} runs on {db.name}")
    per_query = measure(db, QUERIES, repeat)
    gui = measure_gui(db, QUERIES, ctx.repeat(full=7, quick=3))
    ours = sum(q["ours_s"] for q in per_query.values())
    peer = sum(q["peer_s"] for q in per_query.values())
    worst = max(q["ours_s"] / q["peer_s"] for q in per_query.values() if q["peer_s"] > 0)
    median_s = statistics.median(q["ours_s"] for q in per_query.values())
    gui_median_s = statistics.median(gui.values())
    return result(
        NAME,
        ours,
        "raw sqlite3, same SQL",
        peer,
        GOAL,
        quick=ctx.quick,
        ok=ours <= GOAL * peer and median_s <= MEDIAN_GOAL_S and gui_median_s <= GUI_GOAL_S,
        median_query_s=round(median_s, 6),
        median_goal_s=MEDIAN_GOAL_S,
        gui_median_s=round(gui_median_s, 6),
        gui_worst_s=round(max(gui.values()), 6),
        gui_goal_s=GUI_GOAL_S,
        gui=gui,
        repeat=repeat,
        worst_query_ratio=round(worst, 4),
        median_query_ratio=round(
            statistics.median(q["ours_s"] / q["peer_s"] for q in per_query.values()), 4
        ),
        queries=per_query,
    )
