"""The light window the app shows first, while the database opens in the background.

It looks like the main window (title, icon, size and place, the sidebar of areas with
the start page chosen) but needs nothing but Qt, the paths and the settings, so it is
on screen before SQLAlchemy, the services and the views are even imported. When the
start page's first look at the file is there (``services.glance``), the start page
takes the message's place (``show_start``). The composition root (``app.py``) replaces
the window with the real main window, at the same place, as soon as the database is
open, and hands the start page over; ``run_in_background`` keeps the event loop (and
so this window) alive meanwhile.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QEvent, QEventLoop, QObject, QSize, Qt, QTimer
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
    (QT_TR_NOOP("Start"), "start"),
    (QT_TR_NOOP("Anfragen"), "inquiry"),
    (QT_TR_NOOP("Organisationen"), "organisation"),
    (QT_TR_NOOP("Personen"), "person"),
    (QT_TR_NOOP("Verteiler"), "verteiler"),
    (QT_TR_NOOP("Verbünde"), "verbund"),
    (QT_TR_NOOP("Veranstaltungen"), "event"),
    (QT_TR_NOOP("Netzwerk"), "network"),
    (QT_TR_NOOP("Karte"), "map"),
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
        self._row = row
        self.setCentralWidget(central)
        geometry = settings.get(keys.WINDOW_GEOMETRY)
        if geometry is not None and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def show_start(self, page: QWidget) -> None:
        """The start page (with its first look) in the message's place."""
        self._row.replaceWidget(self.message, page)
        self.message.hide()
        page.show()


#: how often the GUI thread looks whether the start-up work is done (ms)
POLL_MS = 10
#: how long the start waits at most for the first look to be painted (ms)
PAINT_WAIT_MS = 300


class Background:
    """``call()`` started on a worker thread; :meth:`wait` returns its result (or raises
    its exception) while the GUI thread keeps painting. For the start only: the call
    must not touch widgets.

    The worker touches no Qt object at all (the GUI thread polls), and Python's cyclic
    garbage collector is paused until the wait is over: run on the worker, it would
    release the Python wrappers of Qt objects there, which Shiboken then deletes on the
    GUI thread later – a crash when the object is gone by then."""

    def __init__(self, call: Callable[[], Any]) -> None:
        self._outcome: dict[str, Any] = {}
        self._collecting = gc.isenabled()
        gc.disable()

        def work() -> None:
            try:
                self._outcome["value"] = call()
            except BaseException as exc:  # handed to the GUI thread, raised there
                self._outcome["error"] = exc

        self._thread = threading.Thread(target=work, name="wba-start", daemon=True)
        self._thread.start()

    def wait(self) -> Any:
        thread = self._thread
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(POLL_MS)
        timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
        timer.start()
        if thread.is_alive():
            loop.exec()
        timer.stop()
        thread.join()
        if self._collecting:
            gc.enable()
        if "error" in self._outcome:
            raise self._outcome["error"]
        return self._outcome["value"]


def run_in_background(call: Callable[[], Any]) -> Any:
    """``call()`` on a worker thread while the GUI thread keeps painting (see
    :class:`Background`)."""
    return Background(call).wait()


def wait_until_painted(widget: QWidget, timeout_ms: int = PAINT_WAIT_MS) -> None:
    """Let the event loop run until ``widget`` has painted (at most ``timeout_ms``; not
    at all while its window is hidden or minimised)."""
    if not widget.isVisible() or widget.window().isMinimized():
        return
    loop = QEventLoop()
    _PaintHook(widget, loop.quit)
    QTimer.singleShot(timeout_ms, loop, loop.quit)
    loop.exec()


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
