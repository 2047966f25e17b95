"""Qt helpers for the GUI benchmarks: one offscreen application, "painted" detection.

Imports only PySide6, so the start-up script can use it for ours and the peer alike.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

#: How long a view may take to paint before the benchmark gives up.
TIMEOUT_S = 30.0


def application() -> QApplication:
    """The process's QApplication (offscreen unless QT_QPA_PLATFORM says otherwise)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    if app is None:
        app = QApplication(["wba-benchmarks"])
    assert isinstance(app, QApplication)
    return app


class PaintWatcher(QObject):
    """Notes when ``widget`` receives a paint event.

    The filter sees the event just before the widget paints; the paint itself ends
    inside the same ``processEvents()`` call, so once that call returns with
    ``painted`` set, the widget has been drawn.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def process_until(condition: Callable[[], bool], timeout_s: float = TIMEOUT_S) -> None:
    """Process events until ``condition()`` holds; TimeoutError after ``timeout_s``."""
    app = QApplication.instance()
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"condition not reached within {timeout_s:.0f} s")
        app.processEvents()


def dispose(widget: QWidget) -> None:
    """Close and delete ``widget`` now, outside any measurement."""
    from PySide6.QtCore import QCoreApplication

    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
