"""Child process of the ``app_start`` benchmark: start, show a window, report, exit.

``python -m benchmarks._start_app app DB`` starts WBA Desktop on the database file
``DB`` (no first-start question) as ``app.run_gui`` does: the light window first
(``window_shown_s``: it has painted), the start page's first data painted
(``data_painted_s``: the first look of ``services.glance`` in the light window, or
the full read when there is none), then the database on a worker thread and the main
window on the start page until the full read has painted (``loaded_s``);
``python -m benchmarks._start_app peer`` shows a bare QMainWindow with a QLabel.
Either prints one JSON line (seconds since this module's first line, phases, which
heavy modules got imported) and leaves at once with ``os._exit`` so that interpreter
teardown is not measured.
"""

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402

#: Modules the app needs only for later features; they must not load at start.
HEAVY_MODULES = ("networkx", "matplotlib", "openpyxl", "alembic")
#: Modules that must not be imported before the light window is on screen.
HEAVY_AT_WINDOW = ("sqlalchemy", "sqlalchemy.orm", "numpy", "wba_desktop.services.bundle")


def start_app(db: str, phases: dict[str, float]) -> dict[str, Any]:
    """The path of ``app.run_gui``: the light window first, then the database on a worker
    thread, then the main window on the start page until its data has painted."""
    from benchmarks.qtsupport import PaintWatcher, process_until
    from wba_desktop.app import create_application, start_main_window
    from wba_desktop.views.common.settings import Settings
    from wba_desktop.views.shell.loading_window import LoadingWindow

    phases["import_s"] = time.perf_counter() - T0
    app = create_application([sys.argv[0]])
    phases["qapplication_s"] = time.perf_counter() - T0
    first_data = _first_data_watch()(app, phases)
    settings = Settings()
    light = LoadingWindow(settings)
    light_painted = PaintWatcher(light.message)
    light.show()
    process_until(lambda: light_painted.painted)
    phases["window_shown_s"] = time.perf_counter() - T0
    phases["heavy_at_window"] = [m for m in HEAVY_AT_WINDOW if m in sys.modules]
    window = start_main_window(light, settings, db, offer_demo=False)
    assert window is not None
    phases["window_s"] = time.perf_counter() - T0
    start = window.start
    watcher = PaintWatcher(start)
    process_until(lambda: watcher.painted and start.loaded)
    process_until(lambda: "data_painted_s" in phases)
    phases["loaded_s"] = time.perf_counter() - T0
    app.removeEventFilter(first_data)
    assert app is not None and window.current_view() is start
    return {"opened_area": "start", "first_look": first_data.first_look}


def _first_data_watch():
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstData(QObject):
        """Notes (in ``phases["data_painted_s"]``) when the start page has painted its
        first data, wherever it is: the first paint of the page with its first look
        or its full read shown, taken after that paint is done."""

        def __init__(self, app, phases: dict[str, float]) -> None:
            super().__init__(app)
            self.phases = phases
            self.first_look = False
            self._seen = False
            app.installEventFilter(self)

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
            if (
                not self._seen
                and event.type() == QEvent.Type.Paint
                and watched.objectName() == "startView"
                and (watched.glanced or watched.loaded)
            ):
                self._seen = True
                self.first_look = not watched.loaded
                QTimer.singleShot(0, self._painted)  # after this paint
            return False

        def _painted(self) -> None:
            self.phases["data_painted_s"] = time.perf_counter() - T0

    return FirstData


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
