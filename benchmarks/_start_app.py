"""Child process of the ``app_start`` benchmark: start, show a window, report, exit.

``python -m benchmarks._start_app app DB`` starts WBA Desktop on the database file
``DB`` (no first-start question) and waits until the organisation list has painted
its first rows; ``python -m benchmarks._start_app peer`` shows a bare QMainWindow
with a QLabel. Either prints one JSON line (seconds since this module's first line,
phases, which heavy modules got imported) and leaves at once with ``os._exit`` so
that interpreter teardown is not measured.
"""

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402

#: Modules the app needs only for later features; they must not load at start.
HEAVY_MODULES = ("networkx", "matplotlib", "openpyxl", "alembic")


def start_app(db: str, phases: dict[str, float]) -> dict[str, Any]:
    from wba_desktop.app import build_main_window, create_application, open_database

    phases["import_s"] = time.perf_counter() - T0
    app = create_application([sys.argv[0]])
    phases["qapplication_s"] = time.perf_counter() - T0
    services, engine = open_database(db)
    phases["database_s"] = time.perf_counter() - T0
    fetched: list[int] = []
    fetch_rows = services.organisations.rows

    def rows(ids):
        fetched.append(len(ids))
        return fetch_rows(ids)

    services.organisations.rows = rows  # seen by the organisation list's model
    window = build_main_window(services, engine, offer_demo=False)
    phases["window_s"] = time.perf_counter() - T0

    from benchmarks.qtsupport import PaintWatcher, process_until

    view = window.organisations
    watcher = PaintWatcher(view.table.viewport())
    window.show()
    process_until(lambda: watcher.painted and bool(fetched) and view.model.rowCount() > 0)
    assert app is not None
    return {"rows": view.model.rowCount(), "rows_fetched": sum(fetched)}


def start_peer(phases: dict[str, float]) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from benchmarks.qtsupport import PaintWatcher, process_until

    phases["import_s"] = time.perf_counter() - T0
    app = QApplication([sys.argv[0]])
    phases["qapplication_s"] = time.perf_counter() - T0
    window = QMainWindow()
    label = QLabel("WBA Desktop", window)
    window.setCentralWidget(label)
    window.resize(1280, 800)
    watcher = PaintWatcher(label)
    window.show()
    process_until(lambda: watcher.painted)
    assert app is not None
    return {}


def main(argv: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    phases: dict[str, float] = {}
    info = start_app(argv[2], phases) if argv[1] == "app" else start_peer(phases)
    elapsed = time.perf_counter() - T0
    line = {
        "elapsed_s": elapsed,
        "phases": phases,
        "heavy_modules": [m for m in HEAVY_MODULES if m in sys.modules],
        **info,
    }
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv)
