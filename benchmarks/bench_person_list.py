"""``person_list``: opening the person list on the large database until rows are painted.

Ours: build ``PersonListView`` (filters read from the database), ``reload()`` it as
the main window does (one query for all ids in display order), show it and process
events until its table has painted with the first page of rows fetched.
Peer: a bare ``QTableView`` over an empty ``QStandardItemModel``, shown and painted
the same way: what any Qt table costs.

There is no ratio goal; the check is that the list opens without loading all rows
(``rows_fetched`` must stay within ``FETCH_LIMIT``, far below ``rows``).
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.common import Context, info, paired_medians, result, sqlite_url

NAME = "person_list"
SIZE = (1100, 700)
#: A shown list needs a page or two; more than this means rows are loaded eagerly.
FETCH_LIMIT = 1000
#: issue 16: the person list opens in at most this long (on the large demo)
BUDGET_S = 0.3


class CountingPeople:
    """The person service, counting the rows the table model fetches."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.rows_fetched = 0

    def rows(self, ids: Sequence[int]) -> list[Any]:
        self.rows_fetched += len(ids)
        return self._inner.rows(ids)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def open_ours(services: Any, settings: Any, stats: dict[str, int]) -> float:
    """Seconds from constructing the person list to its first rows painted."""
    from benchmarks.qtsupport import PaintWatcher, dispose, process_until
    from wba_desktop.views.directory.person_list import PersonListView

    people = CountingPeople(services.people)
    services = dataclasses.replace(services, people=people)
    start = time.perf_counter()
    view = PersonListView(services, settings)
    view.reload()
    view.resize(*SIZE)
    watcher = PaintWatcher(view.table.viewport())
    view.show()
    process_until(lambda: watcher.painted and people.rows_fetched > 0)
    elapsed = time.perf_counter() - start
    stats["rows_listed"] = view.model.rowCount()
    stats["rows_fetched"] = people.rows_fetched
    dispose(view)
    return elapsed


def open_peer() -> float:
    """Seconds to show and paint a bare QTableView over an empty model."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from benchmarks.qtsupport import PaintWatcher, dispose, process_until

    start = time.perf_counter()
    model = QStandardItemModel()
    view = QTableView()
    view.setModel(model)
    view.resize(*SIZE)
    watcher = PaintWatcher(view.viewport())
    view.show()
    process_until(lambda: watcher.painted)
    elapsed = time.perf_counter() - start
    dispose(view)
    return elapsed


def run(ctx: Context) -> dict[str, Any]:
    from PySide6.QtCore import QSettings

    from benchmarks.qtsupport import application
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.services.bundle import Services
    from wba_desktop.services.directory.people import PersonFilter
    from wba_desktop.views.common.settings import Settings

    db: Path = ctx.database()
    repeat = ctx.repeat(full=9, quick=3)
    info(f"person_list: {repeat} runs on {db.name}")
    app = application()
    engine = create_db_engine(sqlite_url(db))
    stats: dict[str, int] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="wba-bench-") as tmp:
            qsettings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            settings = Settings(qsettings)
            services = Services.create(UnitOfWorkFactory(engine))
            total = services.people.count(PersonFilter(active=None))
            ours, peer = paired_medians(
                lambda: open_ours(services, settings, stats), open_peer, repeat
            )
    finally:
        engine.dispose()
    info(f"  ours {ours * 1e3:.1f} ms, bare QTableView {peer * 1e3:.1f} ms")
    fetched = stats.get("rows_fetched", 0)
    return result(
        NAME,
        ours,
        "bare QTableView + empty QStandardItemModel",
        peer,
        None,
        quick=ctx.quick,
        ok=0 < fetched <= FETCH_LIMIT and (ctx.quick or ours <= BUDGET_S),
        budget_s=BUDGET_S,
        repeat=repeat,
        rows=total,
        rows_listed=stats.get("rows_listed", 0),
        rows_fetched=fetched,
        qpa=app.platformName(),
    )
