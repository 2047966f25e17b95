"""Child process of the ``memory`` benchmark: start the app, visit every area, report.

``python -m benchmarks._memory_app app DB`` starts WBA Desktop on the database file
``DB`` the way ``app.run_gui`` does, then shows every area of the main window in the
sidebar's order and processes events until its background work has finished
(networks laid out, metrics computed, map drawn). After each area it notes the
process's resident memory (``VmRSS``) and at the end its peak (``VmHWM``), both
from ``/proc/self/status`` (Linux). ``peer`` shows a bare QMainWindow instead. With
``WBA_BENCH_TRACEMALLOC=1`` it also lists the 15 largest Python allocation sites
(slower; for finding the consumers, not for the numbers). One JSON line on stdout.
"""

import json
import os
import sys
import time
from typing import Any

#: how long an area's background work may run before the benchmark moves on
AREA_TIMEOUT_S = 120.0
#: the runner must stay idle this long before an area counts as done
SETTLE_S = 0.3


def proc_status_mb(key: str) -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def settle(window, earlier=frozenset()) -> None:
    """Process events until the runner has had no task for ``SETTLE_S`` other than the
    ``earlier`` ones (the start's maintenance may run for minutes on a large file)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    deadline = time.perf_counter() + AREA_TIMEOUT_S
    idle_since = None
    while time.perf_counter() < deadline:
        app.processEvents()
        if any(task not in earlier for task in window.runner._alive):
            idle_since = None
        elif idle_since is None:
            idle_since = time.perf_counter()
        elif time.perf_counter() - idle_since > SETTLE_S:
            return
        time.sleep(0.005)


def visit_all(db: str) -> dict[str, Any]:
    from wba_desktop.app import create_application, start_main_window
    from wba_desktop.views.common.settings import Settings
    from wba_desktop.views.shell.loading_window import LoadingWindow

    app = create_application([sys.argv[0]])
    settings = Settings()
    light = LoadingWindow(settings)
    light.show()
    window = start_main_window(light, settings, db, offer_demo=False)
    assert window is not None and app is not None
    # polling for others' changes every 2 s would keep the runner busy: an area counts
    # as done once its own work is (the polling costs no memory worth measuring)
    window.presence._started = False  # no further polls (a failed one restarts the timer)
    window.presence.timer.stop()
    until = time.perf_counter() + 1.0  # the first paint, then the start's maintenance
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.005)
    # today's backup, pruning the audit log, retention: running on, measured, not awaited
    settle(window, frozenset(window.runner._alive))
    areas: dict[str, float] = {"start": round(proc_status_mb("VmRSS"), 1)}
    for key, _widget in list(window._areas):
        earlier = frozenset(window.runner._alive)
        window.show_area(key)
        started = time.perf_counter()
        settle(window, earlier)
        areas[key] = round(proc_status_mb("VmRSS"), 1)
        sys.stderr.write(
            f"{key}: {areas[key]} MB, {time.perf_counter() - started:.1f} s, "
            f"{len(window.runner._alive)} tasks still running\n"
        )
    return {"areas_mb": areas}


def peer() -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QLabel("WBA Desktop", window))
    window.resize(1280, 800)
    window.show()
    for _ in range(20):
        app.processEvents()
    return {}


def main(argv: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    trace = os.environ.get("WBA_BENCH_TRACEMALLOC") == "1"
    if trace:
        import tracemalloc

        tracemalloc.start(8)
    info = visit_all(argv[2]) if argv[1] == "app" else peer()
    line = {"peak_mb": round(proc_status_mb("VmHWM"), 1), **info}
    if trace:
        snapshot = tracemalloc.take_snapshot()
        line["top"] = [
            f"{s.size / 2**20:.1f} MB {s.traceback.format()[-1].strip()}"
            for s in snapshot.statistics("traceback")[:15]
        ]
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv)
