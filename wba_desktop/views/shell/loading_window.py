"""The light window the app shows first, while the database opens in the background.

It looks like the main window (title, icon, size and place, the sidebar of areas with
the start page chosen) but needs nothing but Qt, the paths and the settings, so it is
on screen before SQLAlchemy, the services and the views are even imported. The
composition root (``app.py``) replaces it with the real main window, at the same
place, as soon as the database is open; ``run_in_background`` keeps the event loop
(and so this window) alive meanwhile.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QWidget,
)

from wba_desktop import APP_NAME, paths
from wba_desktop.views.common import settings as keys

#: (label, icon) of the main window's areas, in its order (see MainWindow.__init__)
AREAS = (
    ("Start", "start"),
    ("Anfragen", "inquiry"),
    ("Organisationen", "organisation"),
    ("Personen", "person"),
    ("Verteiler", "verteiler"),
    ("Verbünde", "verbund"),
    ("Veranstaltungen", "event"),
    ("Netzwerk", "network"),
    ("Karte", "map"),
)


def _icon(name: str) -> QIcon:
    return QIcon(str(paths.resource_path("icons", f"{name}.svg")))


class LoadingWindow(QMainWindow):
    """The main window's frame with "Die Datenbank wird geöffnet …" on the start page."""

    def __init__(self, settings) -> None:
        super().__init__()
        self.setObjectName("loadingWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(_icon("app"))
        self.resize(1280, 800)
        sidebar = QListWidget(self)
        sidebar.setObjectName("sidebar")
        sidebar.setIconSize(QSize(22, 22))
        sidebar.setFixedWidth(190)
        for label, icon_name in AREAS:
            item = QListWidgetItem(_icon(icon_name), self.tr(label))
            item.setSizeHint(QSize(180, 40))
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # nothing to choose until the data is there
            sidebar.addItem(item)
        self.message = QLabel(self.tr("Die Datenbank wird geöffnet …"), self)
        self.message.setObjectName("loadingMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(sidebar)
        row.addWidget(self.message, 1)
        self.setCentralWidget(central)
        geometry = settings.get(keys.WINDOW_GEOMETRY)
        if geometry is not None and not geometry.isEmpty():
            self.restoreGeometry(geometry)


#: how often the GUI thread looks whether the start-up work is done (ms)
POLL_MS = 10


def run_in_background(call: Callable[[], Any]) -> Any:
    """``call()`` on a worker thread while the GUI thread keeps painting; its result, or
    its exception raised here. For the start only: the call must not touch widgets.

    The worker touches no Qt object at all (the GUI thread polls), and Python's cyclic
    garbage collector is paused meanwhile: run on the worker, it would release the Python
    wrappers of Qt objects there, which Shiboken then deletes on the GUI thread later –
    a crash when the object is gone by then."""
    outcome: dict[str, Any] = {}
    collecting = gc.isenabled()
    gc.disable()

    def work() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed to the GUI thread, raised there
            outcome["error"] = exc

    thread = threading.Thread(target=work, name="wba-start", daemon=True)
    thread.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    timer.start()
    if thread.is_alive():
        loop.exec()
    timer.stop()
    thread.join()
    if collecting:
        gc.enable()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class _PaintHook(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)

            QTimer.singleShot(0, watched, callback)  # after this paint; not if it is gone
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """``callback()`` once ``widget`` has painted for the first time."""
    _PaintHook(widget, callback)
